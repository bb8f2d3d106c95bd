-- The public archive's search index (docs/search.md). Everything here is derived from the base
-- tables and rebuilt by `npm run search:rebuild`; worker/db/search-index.ts keeps it in step, in
-- the same batch as every change of a submission's status or content.

-- What the word index sees: published statements only, one row per statement.
CREATE VIEW statements_fts_source AS
SELECT s.id, s.title, s.text,
  coalesce((SELECT group_concat(p.text, char(10)) FROM (SELECT text FROM proposals WHERE submission_id = s.id ORDER BY number) p), '') AS proposals,
  s.org_name || coalesce(' ' || s.org_acronym, '') AS organization,
  s.speaker_name AS speaker
FROM submissions s
WHERE s.status = 'published';

-- English stemming on top of unicode61 with diacritics folded: one index serves en, fr and es
-- ("système" finds "systeme", "trafficking" finds "trafficked"). External content: the text lives
-- once, in submissions; snippets read it back through the view.
CREATE VIRTUAL TABLE statements_fts USING fts5(
  title, text, proposals, organization, speaker,
  content = 'statements_fts_source',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2',
  prefix = '2 3'
);
-- bm25 weights per column (title, text, proposals, organization, speaker): `ORDER BY rank` uses them.
INSERT INTO statements_fts (statements_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 2.0, 4.0, 4.0)');

-- Scripts written without spaces between words (Chinese, Japanese, Korean) and Arabic, whose
-- articles and conjunctions attach to the word (والأطفال = "and the children"), are searched by
-- substring through a trigram index. Arabic is normalised first (no tashkeel or tatweel; one alef,
-- yeh and heh form) and the query gets the same normalisation. Only statements in those languages
-- are indexed here: a trigram index is about three times the text.
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

CREATE VIRTUAL TABLE statements_fts_trigram USING fts5(
  body, organization, speaker,
  content = 'statements_fts_trigram_source',
  content_rowid = 'id',
  tokenize = 'trigram remove_diacritics 1'
);

-- Facet values of each published statement, one row per (facet, value): filters and facet
-- counts read this instead of joining proposals, themes and segments at query time.
-- `theme` is the union of the statement's and its proposals' themes; `year` is the year of
-- delivered_on, else of the segment's held_on.
CREATE TABLE statement_facets (
  facet         TEXT NOT NULL CHECK (facet IN ('segment', 'theme', 'topic', 'country', 'language', 'year', 'organization')),
  value         TEXT NOT NULL,
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  PRIMARY KEY (facet, value, submission_id)
) WITHOUT ROWID;
CREATE INDEX idx_statement_facets_submission_id ON statement_facets (submission_id, facet, value);

-- (D1 caps compound SELECTs at a few terms, hence json_each rather than one UNION per facet.)
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

-- Bumped whenever the published set changes: public responses are cached under this version
-- and their ETags carry it, so a publish invalidates them at once.
-- `epoch` is random per database, so two databases never share cache entries (tests, dev copies).
CREATE TABLE archive_state (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  epoch   TEXT NOT NULL
);
INSERT INTO archive_state (id, version, epoch) VALUES (1, 1, lower(hex(randomblob(8))));

CREATE INDEX idx_submissions_published_at ON submissions (published_at, id) WHERE status = 'published';
