-- Outcomes (docs/outcomes.md): the Chair's summary (or working-group report) of a segment, read
-- into its numbered paragraphs, and the links staff confirm between published proposals and them.

-- One outcome per segment; replacing it rewrites its paragraphs and keeps the links whose paragraph
-- text did not change.
CREATE TABLE outcomes (
  id            INTEGER PRIMARY KEY,
  segment_id    INTEGER NOT NULL UNIQUE REFERENCES segments (id),
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
  published_on  TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  url           TEXT,
  source        TEXT NOT NULL CHECK (source IN ('pdf', 'docx', 'text', 'json')),
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

-- `number` is the document's own label as text: "12", or "12(a)" for a sub-paragraph.
CREATE TABLE outcome_paragraphs (
  id          INTEGER PRIMARY KEY,
  outcome_id  INTEGER NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  number      TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 20),
  text        TEXT NOT NULL,
  UNIQUE (outcome_id, number),
  UNIQUE (outcome_id, position)
);

-- A confirmed link: proposal `proposal_number` of a statement reflected in paragraph `paragraph`
-- of its segment's outcome. Proposals are rewritten on edits (new ids), so the number is the key.
CREATE TABLE outcome_links (
  segment_id       INTEGER NOT NULL REFERENCES segments (id),
  submission_id    INTEGER NOT NULL REFERENCES submissions (id),
  proposal_number  INTEGER NOT NULL CHECK (proposal_number >= 1),
  paragraph        TEXT NOT NULL,
  linked_by        TEXT NOT NULL,
  linked_at        TEXT NOT NULL,
  PRIMARY KEY (segment_id, submission_id, proposal_number, paragraph)
) WITHOUT ROWID;
CREATE INDEX idx_outcome_links_submission_id ON outcome_links (submission_id, proposal_number);

-- The one email per outcome and submitter: a row once it is written to the outbox.
CREATE TABLE outcome_notices (
  segment_id  INTEGER NOT NULL REFERENCES segments (id),
  user_id     INTEGER NOT NULL REFERENCES users (id),
  sent_at     TEXT NOT NULL,
  PRIMARY KEY (segment_id, user_id)
) WITHOUT ROWID;
