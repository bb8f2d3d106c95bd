-- Security audit trail (docs/security.md): sign-ins, refused authorizations and every staff action.
-- Rows are never updated; an operator may delete rows past the retention period (docs/operations.md).
CREATE TABLE audit_events (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('sign-in', 'sign-in-failed', 'sign-out', 'denied', 'staff-action')),
  actor_email TEXT COLLATE NOCASE,
  actor_role  TEXT CHECK (actor_role IN ('submitter', 'moderator', 'admin')),
  ip          TEXT,
  method      TEXT NOT NULL,
  path        TEXT NOT NULL,
  status      INTEGER NOT NULL,
  request_id  TEXT NOT NULL
);
CREATE INDEX idx_audit_events_at ON audit_events (at);
CREATE INDEX idx_audit_events_actor_email ON audit_events (actor_email, at);
CREATE INDEX idx_audit_events_kind ON audit_events (kind, at);
CREATE TRIGGER trg_audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

-- Hard quotas: one counter per (quota, scope). The CHECK makes the batch that would pass the cap
-- fail as a whole, so a quota holds even under concurrent requests.
CREATE TABLE quota_counters (
  key         TEXT PRIMARY KEY,
  used        INTEGER NOT NULL CHECK (used >= 0),
  cap         INTEGER NOT NULL CHECK (cap >= 0),
  updated_at  TEXT NOT NULL,
  CONSTRAINT quota_exceeded CHECK (used <= cap)
);
