/**
 * Keeps the public search index (migrations/0002) in step with the base tables. Put
 * `indexBeforeChange` first and `indexAfterChange` last in every batch that changes a submission's
 * status or content: the first removes the statement's current entries (if it is published now),
 * the last adds them back from the changed rows (if it is published then). A batch whose version
 * check failed therefore removes and re-adds the same entries: the index always holds exactly the
 * published statements. Both also bump `archive_state.version`, which keys the public caches.
 *
 * The FTS tables are external-content: a 'delete' must quote the values that were indexed, which
 * the views still return at the start of the batch.
 */
const ID = "(SELECT id FROM submissions WHERE reference = ?1)";
const PUBLISHED = "EXISTS (SELECT 1 FROM submissions WHERE reference = ?1 AND status = 'published')";

export function indexBeforeChange(db: D1Database, reference: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO statements_fts (statements_fts, rowid, title, text, proposals, organization, speaker)
         SELECT 'delete', id, title, text, proposals, organization, speaker FROM statements_fts_source WHERE id = ${ID}`,
      )
      .bind(reference),
    db
      .prepare(
        `INSERT INTO statements_fts_trigram (statements_fts_trigram, rowid, body, organization, speaker)
         SELECT 'delete', id, body, organization, speaker FROM statements_fts_trigram_source WHERE id = ${ID}`,
      )
      .bind(reference),
    db
      .prepare(
        `INSERT INTO statements_words (statements_words, rowid, title, text, proposals)
         SELECT 'delete', id, title, text, proposals FROM statements_fts_source WHERE id = ${ID}`,
      )
      .bind(reference),
    db.prepare(`DELETE FROM statement_facets WHERE submission_id = ${ID}`).bind(reference),
    ...termImpactDeletes(db, `= ${ID}`, [reference]),
    bumpIf(db, reference),
  ];
}

/** `impacts: false`: the caller adds `termImpactWrites` for several statements at once (the import). */
export function indexAfterChange(db: D1Database, reference: string, { impacts = true } = {}): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO statements_fts (rowid, title, text, proposals, organization, speaker)
         SELECT id, title, text, proposals, organization, speaker FROM statements_fts_source WHERE id = ${ID}`,
      )
      .bind(reference),
    db
      .prepare(
        `INSERT INTO statements_fts_trigram (rowid, body, organization, speaker)
         SELECT id, body, organization, speaker FROM statements_fts_trigram_source WHERE id = ${ID}`,
      )
      .bind(reference),
    db
      .prepare(`INSERT INTO statements_words (rowid, title, text, proposals) SELECT id, title, text, proposals FROM statements_fts_source WHERE id = ${ID}`)
      .bind(reference),
    db
      .prepare(`INSERT OR IGNORE INTO statement_facets (submission_id, facet, value) SELECT submission_id, facet, value FROM statement_facets_source WHERE submission_id = ${ID}`)
      .bind(reference),
    ...(impacts ? termImpactWrites(db, "SELECT id FROM submissions WHERE reference = ?1", [reference]) : []),
    bumpIf(db, reference),
  ];
}

/**
 * Removes the frequent-term rows (migrations/0019) of the statements whose id satisfies `id ${idTest}`
 * (put with the FTS5 deletes: they describe the indexed text).
 */
export function termImpactDeletes(db: D1Database, idTest: string, binds: unknown[]): D1PreparedStatement[] {
  return [
    db.prepare(`DELETE FROM search_term_impacts WHERE term IN (SELECT term FROM search_frequent_terms) AND statement_id ${idTest}`).bind(...binds),
    db.prepare(`DELETE FROM search_statement_tokens WHERE statement_id ${idTest}`).bind(...binds),
  ];
}

/**
 * Adds, for the published statements among the ids `idsSql` selects (a column `id`), what the frequent-term
 * ranking needs (docs/search.md "Frequent terms"): the statements are tokenized in the scratch
 * tables (emptied first; D1 runs one batch at a time) by statements_fts's tokenizer and by
 * unicode61 alone. The first's `instance` vocabulary gives each statement's length and the tracked
 * terms' weighted occurrences (bm25's column weights); the second's distinct words, stemmed one a
 * row, the (form, term) pairs of the tracked terms. `pending`: only the terms not ready yet (the
 * job's backfill; the others' rows are already written).
 */
export function termImpactWrites(db: D1Database, idsSql: string, binds: unknown[], { pending = false } = {}): D1PreparedStatement[] {
  // The ids drive (CROSS JOIN): with `id IN (…)` on the view SQLite walked every published statement.
  const source = `SELECT f.id, f.title, f.text, f.proposals, f.organization, f.speaker FROM (${idsSql}) d CROSS JOIN statements_fts_source f ON f.id = d.id`;
  return [
    db.prepare("INSERT INTO search_scratch (search_scratch) VALUES ('delete-all')"),
    db.prepare("INSERT INTO search_scratch_words (search_scratch_words) VALUES ('delete-all')"),
    db.prepare("DELETE FROM search_scratch_stems"),
    db.prepare(`INSERT INTO search_scratch (rowid, title, text, proposals, organization, speaker) ${source}`).bind(...binds),
    db.prepare(`INSERT INTO search_scratch_words (rowid, title, text, proposals, organization, speaker) ${source}`).bind(...binds),
    db.prepare("INSERT INTO search_scratch_stems (word) SELECT term FROM search_scratch_words_row"),
    db.prepare(SCRATCH_TOKENS_SQL),
    db.prepare(SCRATCH_FORMS_SQL),
    db.prepare(pending ? SCRATCH_IMPACTS_SQL.replace("f.term = +i.term", "f.term = +i.term AND f.ready = 0") : SCRATCH_IMPACTS_SQL),
  ];
}

/** bm25's column weights (migrations/0002's rank) for an `instance` vocabulary's column name `col`. */
export function columnWeightSql(col: string): string {
  return `CASE ${col} WHEN 'title' THEN 10 WHEN 'text' THEN 1 WHEN 'proposals' THEN 2 WHEN 'organization' THEN 4 WHEN 'speaker' THEN 4 END`;
}

const SCRATCH_TOKENS_SQL = `INSERT OR REPLACE INTO search_statement_tokens (statement_id, tokens)
  SELECT doc, count(*) FROM search_scratch_instance GROUP BY doc`;

// (`+i.term`: a term constraint makes an fts5vocab 'instance' table slow; it is read whole.)
const SCRATCH_FORMS_SQL = `INSERT OR IGNORE INTO search_term_forms (form, term)
  SELECT s.word, i.term FROM search_scratch_stems_instance i CROSS JOIN search_scratch_stems s ON s.rowid = i.doc
   WHERE +i.term IN (SELECT term FROM search_frequent_terms)`;

const SCRATCH_IMPACTS_SQL = `INSERT OR REPLACE INTO search_term_impacts (term, statement_id, weighted, tokens)
  SELECT i.term, i.doc, sum(${columnWeightSql("i.col")}), t.tokens
  FROM search_scratch_instance i JOIN search_frequent_terms f ON f.term = +i.term JOIN search_statement_tokens t ON t.statement_id = i.doc
  GROUP BY i.term, i.doc`;

function bumpIf(db: D1Database, reference: string): D1PreparedStatement {
  return db.prepare(`UPDATE archive_state SET version = version + 1 WHERE id = 1 AND ${PUBLISHED}`).bind(reference);
}

/**
 * Invalidates every cached public response (segment titles, theme labels and the like appear in
 * them): batch it with any change to reference data that published statements show.
 */
export function bumpArchiveVersionStatement(db: D1Database): D1PreparedStatement {
  return db.prepare("UPDATE archive_state SET version = version + 1 WHERE id = 1");
}

/**
 * After a segment's own fields change (topics, date, title): its published statements' facets are
 * derived from them, so they are derived again, and cached public responses are invalidated.
 */
export function segmentChangedStatements(db: D1Database, slug: string): D1PreparedStatement[] {
  const ids = "(SELECT s.id FROM submissions s JOIN segments g ON g.id = s.segment_id WHERE g.slug = ?1)";
  return [
    db.prepare(`DELETE FROM statement_facets WHERE submission_id IN ${ids}`).bind(slug),
    db
      .prepare(`INSERT OR IGNORE INTO statement_facets (submission_id, facet, value) SELECT submission_id, facet, value FROM statement_facets_source WHERE submission_id IN ${ids}`)
      .bind(slug),
    bumpArchiveVersionStatement(db),
  ];
}

/** The statements that rebuild the whole index from the base tables (also `npm run search:rebuild`). */
export const REBUILD_SQL = [
  "INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')",
  "INSERT INTO statements_fts_trigram (statements_fts_trigram) VALUES ('rebuild')",
  "INSERT INTO statements_words (statements_words) VALUES ('rebuild')",
  "DELETE FROM statement_facets",
  "INSERT OR IGNORE INTO statement_facets (submission_id, facet, value) SELECT submission_id, facet, value FROM statement_facets_source",
  // The frequent-term tables (migrations/0019) are emptied; the job search-terms refills them from
  // the rebuilt index (tokens, then each term, then marks it ready). Forms are tokenizer facts: kept.
  "DELETE FROM search_term_impacts",
  "DELETE FROM search_statement_tokens",
  "UPDATE search_frequent_terms SET ready = 0",
  "UPDATE search_terms_state SET scanned_published = 0, pass_after = NULL, passed_at = NULL",
  "UPDATE archive_state SET version = version + 1 WHERE id = 1",
] as const;

export function rebuildIndexStatements(db: D1Database): D1PreparedStatement[] {
  return REBUILD_SQL.map((sql) => db.prepare(sql));
}
