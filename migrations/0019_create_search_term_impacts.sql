-- Ranking a common word without bm25 for every match (docs/search.md "Frequent terms").
-- Everything here is derived from the search index (migrations/0002) and kept in step by
-- worker/db/search-index.ts in the same batch; the job worker/jobs/search-terms.ts fills it for the
-- statements published before a term was tracked, and `npm run search:rebuild` resets it.

-- The terms (porter stems of statements_fts) held by enough statements to be worth it. `ready`:
-- every statement holding the term has its row in search_term_impacts (set by the job after the
-- backfill); until then searches rank the term the plain way.
CREATE TABLE search_frequent_terms (
  term        TEXT PRIMARY KEY,
  docs        INTEGER NOT NULL,
  ready       INTEGER NOT NULL DEFAULT 0 CHECK (ready IN (0, 1)),
  promoted_at TEXT NOT NULL
) WITHOUT ROWID;

-- Per tracked term and statement what FTS5's bm25 reads: `weighted` = Σ over columns of the
-- column's weight (title 10, text 1, proposals 2, organization 4, speaker 4) × the term's
-- occurrences there; `tokens` = the statement's length in tokens over all columns.
CREATE TABLE search_term_impacts (
  term         TEXT NOT NULL,
  statement_id INTEGER NOT NULL,
  weighted     INTEGER NOT NULL,
  tokens       INTEGER NOT NULL,
  PRIMARY KEY (term, statement_id)
) WITHOUT ROWID;

-- Every indexed statement's length in tokens (all columns).
CREATE TABLE search_statement_tokens (
  statement_id INTEGER PRIMARY KEY,
  tokens       INTEGER NOT NULL
);

-- A word as unicode61 (remove_diacritics 2) folds it → the porter term statements_fts indexes it
-- under, for the tracked terms. Pairs are produced by SQLite's own tokenizers (the scratch tables
-- below), never guessed.
CREATE TABLE search_term_forms (
  form TEXT PRIMARY KEY,
  term TEXT NOT NULL
) WITHOUT ROWID;

-- The job's progress: the backfill pass over the published statements (the last id done; NULL:
-- no pass under way; when the last one ended), the last scan of the index for frequent terms.
CREATE TABLE search_terms_state (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  pass_after        INTEGER,
  passed_at         TEXT,
  scanned_published INTEGER NOT NULL DEFAULT 0,
  scanned_at        TEXT
);
INSERT INTO search_terms_state (id) VALUES (1);

-- Scratch tables: the statements of one batch are tokenized here (emptied first: D1 runs batches
-- one at a time) with statements_fts's tokenizer and with unicode61 alone; the vocabularies give
-- each term's occurrences per column, each statement's length and the batch's words.
CREATE VIRTUAL TABLE search_scratch USING fts5(
  title, text, proposals, organization, speaker,
  content = '',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_scratch_words USING fts5(
  title, text, proposals, organization, speaker,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);
-- The batch's distinct words (unicode61's forms), each stemmed on its own row of a third scratch
-- table (with content, so that a stem's `doc` leads back to its word by rowid).
CREATE VIRTUAL TABLE search_scratch_stems USING fts5(
  word,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_scratch_instance USING fts5vocab('search_scratch', 'instance');
CREATE VIRTUAL TABLE search_scratch_words_row USING fts5vocab('search_scratch_words', 'row');
CREATE VIRTUAL TABLE search_scratch_stems_instance USING fts5vocab('search_scratch_stems', 'instance');

-- The archive's own index, term by term: statements per term ('row'), occurrences ('instance').
CREATE VIRTUAL TABLE statements_fts_row USING fts5vocab('statements_fts', 'row');
CREATE VIRTUAL TABLE statements_fts_instance USING fts5vocab('statements_fts', 'instance');
