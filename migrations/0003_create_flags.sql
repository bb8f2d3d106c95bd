-- Moderation flags (docs/moderation.md): derived data, recomputed whenever a submission's
-- version moves on, so they can always be dropped and rebuilt.

CREATE TABLE submission_flags (
  submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  -- The submission version these flags describe; a different version means they are stale.
  version       INTEGER NOT NULL,
  pii           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pii)),
  -- MinHash signature of the text's word shingles (JSON array of 128 unsigned 32-bit integers, or []).
  minhash       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(minhash)),
  computed_at   TEXT NOT NULL
);

-- LSH bands of the signatures: submissions sharing a (band, key) are duplicate candidates.
CREATE TABLE submission_flag_bands (
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  band          INTEGER NOT NULL CHECK (band >= 0),
  key           TEXT NOT NULL,
  PRIMARY KEY (submission_id, band)
);
CREATE INDEX idx_submission_flag_bands_band_key ON submission_flag_bands (band, key);

-- Submissions whose flags need (re)computing: filled by triggers in the same transaction as the
-- write, so finding stale flags never scans the submissions table.
CREATE TABLE submission_flag_queue (
  submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE
);
CREATE TRIGGER trg_submissions_flag_insert AFTER INSERT ON submissions
BEGIN INSERT INTO submission_flag_queue (submission_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER trg_submissions_flag_update AFTER UPDATE OF version ON submissions WHEN NEW.version <> OLD.version
BEGIN INSERT INTO submission_flag_queue (submission_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; END;
-- Submissions stored before this migration.
INSERT INTO submission_flag_queue (submission_id) SELECT id FROM submissions;
