-- Following the archive (API.md "Following the archive", docs/delegates.md): email subscriptions to
-- a search, the publication log their digests read, and email headers in the outbox.

-- Every statement's first publication, in commit order. `seq` is the digests' watermark: a digest
-- covers seq > the subscription's `since_seq`, so "published since the last digest" is exact even when
-- many statements share one second of `published_at` or an old submission is published late.
CREATE TABLE publications (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  submission_id INTEGER NOT NULL UNIQUE REFERENCES submissions (id) ON DELETE CASCADE,
  published_at  TEXT NOT NULL
);

-- What is already published counts as published before any subscription.
INSERT INTO publications (submission_id, published_at)
  SELECT id, published_at FROM submissions WHERE status = 'published' ORDER BY published_at, id;

-- Every path to 'published' (moderation, import, republish, the seed) goes through these. A statement
-- enters the log once: republishing it later does not mail it again.
CREATE TRIGGER trg_submissions_publication_insert AFTER INSERT ON submissions WHEN NEW.status = 'published'
BEGIN INSERT OR IGNORE INTO publications (submission_id, published_at) VALUES (NEW.id, coalesce(NEW.published_at, NEW.updated_at)); END;
CREATE TRIGGER trg_submissions_publication_update AFTER UPDATE OF status ON submissions
  WHEN NEW.status = 'published' AND OLD.status IS NOT 'published'
BEGIN INSERT OR IGNORE INTO publications (submission_id, published_at) VALUES (NEW.id, coalesce(NEW.published_at, NEW.updated_at)); END;

CREATE TABLE subscriptions (
  id                 INTEGER PRIMARY KEY,
  email              TEXT NOT NULL COLLATE NOCASE,
  frequency          TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
  -- The search followed, normalised: {"q"?: string, "segment"?: [..], "theme"?: [..], ...} (keys sorted).
  filters            TEXT NOT NULL CHECK (json_valid(filters)),
  -- The subscriber's interface language when subscribing: confirmation and digests are written in it.
  locale             TEXT NOT NULL CHECK (locale IN ('en', 'fr', 'es', 'ar', 'ru', 'zh')),
  status             TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'unsubscribed')),
  -- SHA-256 of the single confirmation token (the email carries the token).
  confirm_hash       TEXT NOT NULL UNIQUE,
  confirm_expires_at TEXT NOT NULL,
  -- The unsubscribe token, in every digest's link and List-Unsubscribe header. Kept as is (not hashed)
  -- because each digest must print it again; it can do nothing but end this one subscription.
  unsubscribe_token  TEXT NOT NULL UNIQUE,
  created_at         TEXT NOT NULL,
  confirmed_at       TEXT,
  unsubscribed_at    TEXT,
  -- Digest watermark: publications.seq already covered (set to the newest at confirmation).
  since_seq          INTEGER NOT NULL DEFAULT 0,
  -- When the next digest may be sent (confirmation time for the first: due at once).
  next_due_at        TEXT,
  last_digest_at     TEXT
);
CREATE INDEX idx_subscriptions_email ON subscriptions (email, status);
CREATE INDEX idx_subscriptions_due ON subscriptions (next_due_at, since_seq) WHERE status = 'active';

-- Extra email headers (JSON object), e.g. List-Unsubscribe on digests; the transport sends them.
ALTER TABLE outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(headers));
