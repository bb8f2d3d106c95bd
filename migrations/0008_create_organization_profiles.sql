-- Saved organization profiles, the closing reminders' bookkeeping, and withdrawn drafts (API.md
-- "Organization profile and joint statements", "Drafts").

-- One saved organization per account: the submission form starts from it. Submissions keep their own
-- copy (org_* columns), so changing the profile never changes a statement already submitted.
CREATE TABLE organization_profiles (
  user_id     INTEGER PRIMARY KEY REFERENCES users (id),
  name        TEXT NOT NULL,
  acronym     TEXT,
  country     TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('ngo', 'academia', 'private-sector', 'foundation', 'network', 'other')),
  website     TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- One reminder per owner and segment, ever: the row is claimed in the same batch that queues the
-- email, and the email is queued only if this pass's claim is the one stored.
CREATE TABLE segment_reminders (
  segment_id   INTEGER NOT NULL REFERENCES segments (id),
  user_id      INTEGER NOT NULL REFERENCES users (id),
  claim        TEXT NOT NULL,
  submissions  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(submissions)),
  sent_at      TEXT NOT NULL,
  PRIMARY KEY (segment_id, user_id)
);

-- A withdrawn draft. Migration 0007's CHECK needs every field of any status but `draft`, and a draft
-- may be withdrawn half written, so a withdrawn draft keeps status `draft` in storage with this time
-- set; the API shows it as `withdrawn`, and it can no longer be edited, submitted or reminded of.
ALTER TABLE submissions ADD COLUMN draft_withdrawn_at TEXT;
