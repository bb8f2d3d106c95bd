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
