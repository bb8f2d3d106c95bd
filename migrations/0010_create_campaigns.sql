-- Campaigns (docs/moderation.md "Campaigns"): submissions whose texts are near-duplicates form one
-- campaign, assigned incrementally when a submission's flags are computed. Like the flags, this is
-- derived data: it can be dropped and rebuilt by queueing every submission again.

CREATE TABLE campaigns (
  id                TEXT PRIMARY KEY CHECK (length(id) = 12 AND substr(id, 1, 3) = 'CC-'),
  -- Members (every status but draft and withdrawn), kept current with campaign_members.
  size              INTEGER NOT NULL CHECK (size >= 0),
  -- The oldest member (earliest submitted_at): the text the others are compared with.
  representative_id INTEGER NOT NULL REFERENCES submissions (id),
  created_at        TEXT NOT NULL
);
CREATE INDEX idx_campaigns_size ON campaigns (size DESC, id);

CREATE TABLE campaign_members (
  submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  campaign_id   TEXT NOT NULL REFERENCES campaigns (id),
  joined_at     TEXT NOT NULL
);
CREATE INDEX idx_campaign_members_campaign ON campaign_members (campaign_id, submission_id);

-- Each submission's possible duplicates, most similar first, at most 20 kept per submission (both
-- directions: a later arrival is added to the earlier one's list), so the queue reads them by index.
CREATE TABLE submission_duplicates (
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  duplicate_id  INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  similarity    REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
  PRIMARY KEY (submission_id, duplicate_id)
);
CREATE INDEX idx_submission_duplicates_ranked ON submission_duplicates (submission_id, similarity DESC);
CREATE INDEX idx_submission_duplicates_duplicate ON submission_duplicates (duplicate_id);

-- One computation of flags at a time: clustering reads then writes, so two concurrent passes could
-- each miss the other's arrivals. A pass takes this lease (a single row) or leaves the work to the
-- pass that holds it; a lease left by a crashed pass expires.
CREATE TABLE flag_lease (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  token TEXT,
  until TEXT NOT NULL DEFAULT ''
);
INSERT INTO flag_lease (id, token, until) VALUES (1, NULL, '');

-- Flags (and campaign membership) depend on the content and on whether the submission counts at
-- all (draft and withdrawn do not): a decision that only changes the status between other statuses
-- no longer queues a recomputation (a 2,000-member campaign decision would otherwise queue 2,000).
DROP TRIGGER IF EXISTS trg_submissions_flag_update;
CREATE TRIGGER trg_submissions_flag_update AFTER UPDATE ON submissions
WHEN NEW.version <> OLD.version AND (
  NEW.title IS NOT OLD.title OR NEW.text IS NOT OLD.text
  OR (NEW.status <> OLD.status AND (NEW.status IN ('draft', 'withdrawn') OR OLD.status IN ('draft', 'withdrawn'))))
BEGIN INSERT INTO submission_flag_queue (submission_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER trg_proposals_flag_insert AFTER INSERT ON proposals
BEGIN INSERT INTO submission_flag_queue (submission_id) VALUES (NEW.submission_id) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER trg_proposals_flag_delete AFTER DELETE ON proposals
BEGIN INSERT INTO submission_flag_queue (submission_id) SELECT OLD.submission_id WHERE EXISTS (SELECT 1 FROM submissions WHERE id = OLD.submission_id) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER trg_proposals_flag_update AFTER UPDATE OF text ON proposals
BEGIN INSERT INTO submission_flag_queue (submission_id) VALUES (NEW.submission_id) ON CONFLICT DO NOTHING; END;

-- Every existing submission is clustered on the next pass.
INSERT INTO submission_flag_queue (submission_id) SELECT id FROM submissions WHERE true ON CONFLICT DO NOTHING;
