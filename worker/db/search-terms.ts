import { termImpactWrites } from "./search-index";

/**
 * SQL of the frequent-term job (worker/jobs/search-terms.ts; tables in migrations/0019): finding the
 * terms held by many statements, and the backfill of their rows for statements indexed before.
 */

export type TermsState = { passAfter: number | null; passedAt: string | null; scannedPublished: number; scannedAt: string | null };

export async function readTermsState(db: D1Database): Promise<TermsState> {
  const row = await db
    .prepare("SELECT pass_after AS passAfter, passed_at AS passedAt, scanned_published AS scannedPublished, scanned_at AS scannedAt FROM search_terms_state WHERE id = 1")
    .first<TermsState>();
  return row ?? { passAfter: null, passedAt: null, scannedPublished: 0, scannedAt: null };
}

export async function indexedStatements(db: D1Database): Promise<number> {
  return (await db.prepare("SELECT count(*) AS n FROM statements_fts_docsize").first<{ n: number }>())?.n ?? 0;
}

/**
 * Tracks every term held by at least `minDocs` statements (FTS5's `row` vocabulary: a walk of the
 * whole index, ~1.6 s at 100,000 statements), refreshes the counts of those tracked, and drops the
 * terms fallen under `dropBelow` with their rows.
 */
export function scanFrequentTerms(db: D1Database, minDocs: number, dropBelow: number, published: number, at: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO search_frequent_terms (term, docs, ready, promoted_at) SELECT term, doc, 0, ?2 FROM statements_fts_row WHERE doc >= ?1
          ON CONFLICT (term) DO UPDATE SET docs = excluded.docs`,
      )
      .bind(minDocs, at),
    db.prepare("UPDATE search_frequent_terms SET docs = coalesce((SELECT doc FROM statements_fts_row v WHERE v.term = search_frequent_terms.term), 0) WHERE docs < ?1").bind(minDocs),
    db.prepare("DELETE FROM search_term_impacts WHERE term IN (SELECT term FROM search_frequent_terms WHERE docs < ?1)").bind(dropBelow),
    db.prepare("DELETE FROM search_frequent_terms WHERE docs < ?1").bind(dropBelow),
    db.prepare("UPDATE search_terms_state SET scanned_published = ?1, scanned_at = ?2 WHERE id = 1").bind(published, at),
  ];
}

export async function pendingTerms(db: D1Database): Promise<number> {
  return (await db.prepare("SELECT count(*) AS n FROM search_frequent_terms WHERE ready = 0").first<{ n: number }>())?.n ?? 0;
}

/** Terms not ready that were tracked after `since` (all of them without `since`). */
export async function newPendingTerms(db: D1Database, since: string | null): Promise<number> {
  return (await db.prepare("SELECT count(*) AS n FROM search_frequent_terms WHERE ready = 0 AND (?1 IS NULL OR promoted_at > ?1)").bind(since).first<{ n: number }>())?.n ?? 0;
}

export function startPass(db: D1Database): D1PreparedStatement {
  return db.prepare("UPDATE search_terms_state SET pass_after = 0 WHERE id = 1 AND pass_after IS NULL");
}

/** The next published statements of the pass, by id. */
export async function passChunk(db: D1Database, after: number, limit: number): Promise<number[]> {
  const { results } = await db.prepare("SELECT id FROM submissions WHERE status = 'published' AND id > ?1 ORDER BY id LIMIT ?2").bind(after, limit).all<{ id: number }>();
  return results.map((r) => r.id);
}

/** One chunk of the pass: the statements' rows for the terms not ready (the publish batch's statements), and the progress. */
export function passStatements(db: D1Database, ids: number[]): D1PreparedStatement[] {
  return [
    ...termImpactWrites(db, "SELECT value AS id FROM json_each(?1)", [JSON.stringify(ids)], { pending: true }),
    db.prepare("UPDATE search_terms_state SET pass_after = ?1 WHERE id = 1").bind(ids.at(-1) ?? 0),
  ];
}

/**
 * The pass is over: every statement published before it went through it, every one published
 * since through its own batch. A term is ready when it has a row for every statement holding it
 * (counted in the index itself); one that has not (never expected) waits for another pass.
 */
export function finishPass(db: D1Database, at: string): D1PreparedStatement[] {
  return [
    db.prepare(
      `UPDATE search_frequent_terms SET ready = 1
        WHERE ready = 0 AND (SELECT count(*) FROM search_term_impacts i WHERE i.term = search_frequent_terms.term)
                          = coalesce((SELECT doc FROM statements_fts_row v WHERE v.term = search_frequent_terms.term), 0)`,
    ),
    db.prepare("UPDATE search_terms_state SET pass_after = NULL, passed_at = ?1 WHERE id = 1").bind(at),
  ];
}
