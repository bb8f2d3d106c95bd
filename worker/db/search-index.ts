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
    bumpIf(db, reference),
  ];
}

export function indexAfterChange(db: D1Database, reference: string): D1PreparedStatement[] {
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
    bumpIf(db, reference),
  ];
}

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
  "UPDATE archive_state SET version = version + 1 WHERE id = 1",
] as const;

export function rebuildIndexStatements(db: D1Database): D1PreparedStatement[] {
  return REBUILD_SQL.map((sql) => db.prepare(sql));
}
