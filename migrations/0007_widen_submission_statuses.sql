-- Statuses and history actions grown with API.md: `draft` (saved, not yet submitted; may lack any
-- field but its owner), `unpublished` (taken down by staff after publication), and the history
-- actions of corrections, takedowns and outcomes. SQLite cannot alter a CHECK, so `submissions` and
-- `events` are rebuilt. Dropping `submissions` would cascade to its children (D1 keeps foreign keys
-- on), so their rows are kept aside and put back; ids are preserved, so every reference still holds.
PRAGMA defer_foreign_keys = on;

CREATE TABLE keep_proposals AS SELECT * FROM proposals;
CREATE TABLE keep_proposal_themes AS SELECT * FROM proposal_themes;
CREATE TABLE keep_submission_themes AS SELECT * FROM submission_themes;
CREATE TABLE keep_attachments AS SELECT * FROM attachments;
CREATE TABLE keep_submission_flags AS SELECT * FROM submission_flags;
CREATE TABLE keep_submission_flag_bands AS SELECT * FROM submission_flag_bands;
CREATE TABLE keep_submission_flag_queue AS SELECT * FROM submission_flag_queue;
CREATE TABLE keep_statement_facets AS SELECT * FROM statement_facets;

-- Views name `submissions`; renaming a table re-parses them, so they go first and come back below.
DROP VIEW statement_facets_source;
DROP VIEW statements_fts_trigram_source;
DROP VIEW statements_fts_source;

CREATE TABLE submissions_next (
  id                INTEGER PRIMARY KEY,
  reference         TEXT NOT NULL UNIQUE CHECK (length(reference) = 12 AND substr(reference, 1, 3) = 'CD-' AND substr(reference, 8, 1) = '-'),
  owner_id          INTEGER NOT NULL REFERENCES users (id),
  -- A draft may lack any of the fields below; every other status has them all (last CHECK).
  organization_id   INTEGER REFERENCES organizations (id),
  org_name          TEXT,
  org_acronym       TEXT,
  org_country       TEXT,
  org_type          TEXT CHECK (org_type IN ('ngo', 'academia', 'private-sector', 'foundation', 'network', 'other')),
  org_website       TEXT,
  segment_id        INTEGER REFERENCES segments (id),
  speaker_name      TEXT,
  speaker_role      TEXT,
  language          TEXT,
  title             TEXT,
  text              TEXT,
  delivered_on      TEXT,
  status            TEXT NOT NULL DEFAULT 'submitted'
                    CHECK (status IN ('draft', 'submitted', 'changes_requested', 'published', 'unpublished', 'rejected', 'withdrawn')),
  version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- For a draft: when it was created; set again when it is submitted.
  submitted_at      TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  published_at      TEXT,
  decision          TEXT CHECK (decision IN ('publish', 'reject', 'request_changes', 'unpublish', 'republish')),
  decision_reason_code TEXT CHECK (decision_reason_code IN ('off-topic', 'not-ngo', 'personal-data', 'abusive', 'duplicate', 'takedown-request', 'other')),
  decision_reason   TEXT,
  decided_at        TEXT,
  decided_by        TEXT,
  write_id          TEXT NOT NULL,
  locale            TEXT NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'es', 'ar', 'ru', 'zh')),
  CHECK (status = 'draft' OR (organization_id IS NOT NULL AND org_name IS NOT NULL AND org_country IS NOT NULL
    AND org_type IS NOT NULL AND segment_id IS NOT NULL AND speaker_name IS NOT NULL AND language IS NOT NULL
    AND title IS NOT NULL AND text IS NOT NULL))
);
INSERT INTO submissions_next (id, reference, owner_id, organization_id, org_name, org_acronym, org_country, org_type, org_website,
  segment_id, speaker_name, speaker_role, language, title, text, delivered_on, status, version, submitted_at, updated_at,
  published_at, decision, decision_reason_code, decision_reason, decided_at, decided_by, write_id, locale)
SELECT id, reference, owner_id, organization_id, org_name, org_acronym, org_country, org_type, org_website,
  segment_id, speaker_name, speaker_role, language, title, text, delivered_on, status, version, submitted_at, updated_at,
  published_at, decision, decision_reason_code, decision_reason, decided_at, decided_by, write_id, locale
FROM submissions;

DROP TABLE submissions;
ALTER TABLE submissions_next RENAME TO submissions;

CREATE UNIQUE INDEX idx_submissions_write_id ON submissions (write_id);
CREATE INDEX idx_submissions_owner_id ON submissions (owner_id, submitted_at);
CREATE INDEX idx_submissions_status_submitted_at ON submissions (status, submitted_at);
CREATE INDEX idx_submissions_segment_id ON submissions (segment_id, status);
CREATE INDEX idx_submissions_organization_id ON submissions (organization_id);
CREATE INDEX idx_submissions_published_at ON submissions (published_at, id) WHERE status = 'published';

CREATE TRIGGER trg_submissions_flag_insert AFTER INSERT ON submissions
BEGIN INSERT INTO submission_flag_queue (submission_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER trg_submissions_flag_update AFTER UPDATE OF version ON submissions WHEN NEW.version <> OLD.version
BEGIN INSERT INTO submission_flag_queue (submission_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; END;

-- The children, as they were (the drop emptied the cascading ones).
DELETE FROM proposals;
DELETE FROM submission_themes;
DELETE FROM attachments;
DELETE FROM submission_flags;
DELETE FROM submission_flag_bands;
DELETE FROM submission_flag_queue;
DELETE FROM statement_facets;
INSERT INTO proposals SELECT * FROM keep_proposals;
INSERT INTO proposal_themes SELECT * FROM keep_proposal_themes;
INSERT INTO submission_themes SELECT * FROM keep_submission_themes;
INSERT INTO attachments SELECT * FROM keep_attachments;
INSERT INTO submission_flags SELECT * FROM keep_submission_flags;
INSERT INTO submission_flag_bands SELECT * FROM keep_submission_flag_bands;
INSERT INTO submission_flag_queue SELECT * FROM keep_submission_flag_queue;
INSERT INTO statement_facets SELECT * FROM keep_statement_facets;
DROP TABLE keep_proposals;
DROP TABLE keep_proposal_themes;
DROP TABLE keep_submission_themes;
DROP TABLE keep_attachments;
DROP TABLE keep_submission_flags;
DROP TABLE keep_submission_flag_bands;
DROP TABLE keep_submission_flag_queue;
DROP TABLE keep_statement_facets;

-- The views of 0002, unchanged.
CREATE VIEW statements_fts_source AS
SELECT s.id, s.title, s.text,
  coalesce((SELECT group_concat(p.text, char(10)) FROM (SELECT text FROM proposals WHERE submission_id = s.id ORDER BY number) p), '') AS proposals,
  s.org_name || coalesce(' ' || s.org_acronym, '') AS organization,
  s.speaker_name AS speaker
FROM submissions s
WHERE s.status = 'published';

CREATE VIEW statements_fts_trigram_source AS
SELECT f.id,
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    f.title || char(10) || f.text || char(10) || f.proposals,
    char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''),
    char(1648), ''), char(1600), ''), char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)),
    char(1609), char(1610)), char(1577), char(1607)), char(1572), char(1608)) AS body,
  f.organization, f.speaker
FROM statements_fts_source f JOIN submissions s ON s.id = f.id
WHERE substr(s.language, 1, 2) IN ('ar', 'zh', 'ja', 'ko') OR substr(s.language, 1, 3) IN ('yue', 'cmn');

CREATE VIEW statement_facets_source AS
SELECT s.id AS submission_id, j.value ->> '$[0]' AS facet, j.value ->> '$[1]' AS value
  FROM submissions s JOIN segments g ON g.id = s.segment_id,
  json_each(json_array(
    json_array('segment', g.slug), json_array('country', s.org_country), json_array('language', s.language),
    json_array('organization', CAST(s.organization_id AS TEXT)), json_array('year', substr(coalesce(s.delivered_on, g.held_on), 1, 4)))) j
  WHERE s.status = 'published'
UNION ALL
SELECT s.id, 'topic', j.value FROM submissions s JOIN segments g ON g.id = s.segment_id, json_each(g.topics) j WHERE s.status = 'published'
UNION ALL
SELECT s.id, 'theme', t.theme_slug FROM submissions s JOIN submission_themes t ON t.submission_id = s.id WHERE s.status = 'published'
UNION ALL
SELECT s.id, 'theme', pt.theme_slug FROM submissions s JOIN proposals p ON p.submission_id = s.id JOIN proposal_themes pt ON pt.proposal_id = p.id
  WHERE s.status = 'published';

-- The history, with the actions API.md lists now. Its append-only triggers do not fire on DROP.
CREATE TABLE events_next (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id),
  at            TEXT NOT NULL,
  actor_email   TEXT NOT NULL,
  actor_role    TEXT NOT NULL CHECK (actor_role IN ('submitter', 'moderator', 'admin', 'system')),
  action        TEXT NOT NULL CHECK (action IN ('submitted', 'edited', 'tagged', 'changes_requested', 'resubmitted', 'published', 'rejected',
                  'withdrawn', 'unpublished', 'republished', 'corrected', 'outcome_linked')),
  changes       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
  note          TEXT
);
INSERT INTO events_next (id, submission_id, at, actor_email, actor_role, action, changes, note)
SELECT id, submission_id, at, actor_email, actor_role, action, changes, note FROM events;
DROP TABLE events;
ALTER TABLE events_next RENAME TO events;
CREATE INDEX idx_events_submission_id ON events (submission_id, id);
CREATE TRIGGER trg_events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER trg_events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

PRAGMA defer_foreign_keys = off;
