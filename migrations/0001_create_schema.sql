-- First cut of the data model (docs/data-model.md). All timestamps are UTC ISO 8601 text
-- ("2022-07-01T09:00:00.000Z"); calendar dates are YYYY-MM-DD.

CREATE TABLE segments (
  id          INTEGER PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE CHECK (slug GLOB '[a-z0-9]*' AND length(slug) BETWEEN 2 AND 80),
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
  series      TEXT NOT NULL,
  number      INTEGER NOT NULL CHECK (number >= 0),
  topics      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
  held_on     TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  opens_at    TEXT NOT NULL,
  closes_at   TEXT NOT NULL,
  is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (opens_at <= closes_at)
);
CREATE INDEX idx_segments_held_on ON segments (held_on);

CREATE TABLE themes (
  slug        TEXT PRIMARY KEY CHECK (slug GLOB '[a-z0-9]*' AND length(slug) BETWEEN 2 AND 80),
  label       TEXT NOT NULL CHECK (length(label) BETWEEN 2 AND 200),
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE organizations (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  acronym     TEXT,
  country     TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
  type        TEXT NOT NULL CHECK (type IN ('ngo', 'academia', 'private-sector', 'foundation', 'network', 'other')),
  website     TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX idx_organizations_name_country ON organizations (name COLLATE NOCASE, country);

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at    TEXT NOT NULL,
  last_sign_in_at TEXT
);

-- Roles granted by admins; roles from ADMIN_EMAILS / MODERATOR_EMAILS are added at run time.
CREATE TABLE staff_roles (
  email       TEXT NOT NULL COLLATE NOCASE,
  role        TEXT NOT NULL CHECK (role IN ('moderator', 'admin')),
  granted_by  TEXT NOT NULL,
  granted_at  TEXT NOT NULL,
  PRIMARY KEY (email, role)
);

CREATE TABLE sessions (
  id_hash       TEXT PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  expires_at    TEXT NOT NULL,
  revoked_at    TEXT
);
CREATE INDEX idx_sessions_user_id ON sessions (user_id);

CREATE TABLE sign_in_tokens (
  token_hash  TEXT PRIMARY KEY,
  email       TEXT NOT NULL COLLATE NOCASE,
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  used_at     TEXT,
  -- Hash of the session the token was exchanged for: ties the sign-in batch to this one use.
  session_hash TEXT
);
CREATE INDEX idx_sign_in_tokens_email ON sign_in_tokens (email);

CREATE TABLE submissions (
  id                INTEGER PRIMARY KEY,
  -- CD-XXXX-XXXX (Crockford base-32); D1 limits GLOB patterns to 50 characters, hence substr().
  reference         TEXT NOT NULL UNIQUE CHECK (length(reference) = 12 AND substr(reference, 1, 3) = 'CD-' AND substr(reference, 8, 1) = '-'),
  owner_id          INTEGER NOT NULL REFERENCES users (id),
  organization_id   INTEGER NOT NULL REFERENCES organizations (id),
  -- The organization as this submitter described it; organization_id groups statements by (name, country).
  org_name          TEXT NOT NULL,
  org_acronym       TEXT,
  org_country       TEXT NOT NULL,
  org_type          TEXT NOT NULL CHECK (org_type IN ('ngo', 'academia', 'private-sector', 'foundation', 'network', 'other')),
  org_website       TEXT,
  segment_id        INTEGER NOT NULL REFERENCES segments (id),
  speaker_name      TEXT NOT NULL,
  speaker_role      TEXT,
  language          TEXT NOT NULL,
  title             TEXT NOT NULL,
  text              TEXT NOT NULL,
  delivered_on      TEXT,
  status            TEXT NOT NULL DEFAULT 'submitted'
                    CHECK (status IN ('submitted', 'changes_requested', 'published', 'rejected', 'withdrawn')),
  version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  submitted_at      TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  published_at      TEXT,
  decision          TEXT CHECK (decision IN ('publish', 'reject', 'request_changes')),
  decision_reason_code TEXT CHECK (decision_reason_code IN ('off-topic', 'not-ngo', 'personal-data', 'abusive', 'duplicate', 'other')),
  decision_reason   TEXT,
  decided_at        TEXT,
  decided_by        TEXT,
  -- Random id of the last write: later statements of the same batch find the row through it,
  -- so a batch whose version check failed changes nothing at all.
  write_id          TEXT NOT NULL
);
CREATE UNIQUE INDEX idx_submissions_write_id ON submissions (write_id);
CREATE INDEX idx_submissions_owner_id ON submissions (owner_id, submitted_at);
CREATE INDEX idx_submissions_status_submitted_at ON submissions (status, submitted_at);
CREATE INDEX idx_submissions_segment_id ON submissions (segment_id, status);
CREATE INDEX idx_submissions_organization_id ON submissions (organization_id);

CREATE TABLE proposals (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  number        INTEGER NOT NULL CHECK (number >= 1),
  text          TEXT NOT NULL,
  UNIQUE (submission_id, number)
);

CREATE TABLE proposal_themes (
  proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  theme_slug  TEXT NOT NULL REFERENCES themes (slug) ON UPDATE CASCADE,
  PRIMARY KEY (proposal_id, theme_slug)
);
CREATE INDEX idx_proposal_themes_theme_slug ON proposal_themes (theme_slug);

CREATE TABLE submission_themes (
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  theme_slug    TEXT NOT NULL REFERENCES themes (slug) ON UPDATE CASCADE,
  PRIMARY KEY (submission_id, theme_slug)
);
CREATE INDEX idx_submission_themes_theme_slug ON submission_themes (theme_slug);

CREATE TABLE attachments (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  r2_key        TEXT NOT NULL UNIQUE,
  content_type  TEXT NOT NULL CHECK (content_type IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain')),
  size          INTEGER NOT NULL CHECK (size > 0),
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  filename      TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX idx_attachments_submission_id ON attachments (submission_id);

-- Append-only history: never updated, never deleted (see the triggers below).
CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id),
  at            TEXT NOT NULL,
  actor_email   TEXT NOT NULL,
  actor_role    TEXT NOT NULL CHECK (actor_role IN ('submitter', 'moderator', 'admin', 'system')),
  action        TEXT NOT NULL CHECK (action IN ('submitted', 'edited', 'tagged', 'changes_requested', 'resubmitted', 'published', 'rejected', 'withdrawn')),
  changes       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
  note          TEXT
);
CREATE INDEX idx_events_submission_id ON events (submission_id, id);
CREATE TRIGGER trg_events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER trg_events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Transactional outbox: an email is written in the same batch as the change that causes it.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  to_email        TEXT NOT NULL COLLATE NOCASE,
  template        TEXT NOT NULL,
  subject         TEXT NOT NULL,
  html            TEXT NOT NULL,
  text            TEXT NOT NULL,
  submission_id   INTEGER REFERENCES submissions (id),
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT
);
CREATE INDEX idx_outbox_status_next_attempt_at ON outbox (status, next_attempt_at);
CREATE INDEX idx_outbox_to_email ON outbox (to_email, id);

-- Idempotency-Key replays for POST /api/v1/submissions.
CREATE TABLE idempotency_keys (
  user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key           TEXT NOT NULL,
  body_hash     TEXT NOT NULL,
  status        INTEGER NOT NULL,
  response      TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);
