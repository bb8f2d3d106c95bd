-- The archive's own vocabulary, for "Did you mean" (docs/search.md "Suggestions"). The word
-- index statements_fts stems English (porter), so its terms are stems ("traffick"), not words a
-- person can be offered. This second index over the same view keeps whole words: unicode61 folds
-- case only (diacritics kept, so a suggestion is spelt as in the statements), detail=none and no
-- column sizes (only which statements hold each word: the smallest FTS5 index). It is derived
-- like statements_fts: kept in step by worker/db/search-index.ts and rebuilt by
-- `npm run search:rebuild`.
CREATE VIRTUAL TABLE statements_words USING fts5(
  title, text, proposals,
  content = 'statements_fts_source',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0',
  detail = 'none',
  columnsize = 0
);
INSERT INTO statements_words (statements_words) VALUES ('rebuild');

-- One row per distinct word with the number of statements holding it.
CREATE VIRTUAL TABLE statements_words_vocab USING fts5vocab('statements_words', 'row');
