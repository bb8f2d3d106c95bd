import type { CompiledQuery } from "./search-query.ts";

/**
 * Ranking one frequent word without bm25 for every match (docs/search.md "Frequent terms"). Pure:
 * the SQL is in worker/db/archive.ts (`impactItemsSql`), the data in migrations/0019.
 *
 * For a query of one term FTS5's bm25 (fts5_aux.c) is
 *   rank = -(idf · f·(k1+1) / (f + k1·(1 − b + b·D/avgdl)))      k1 = 1.2, b = 0.75
 * with f the term's occurrences weighted by column, D the statement's tokens over all columns,
 * avgdl the index's tokens / rows and idf > 0 the same for every statement. So the order by rank is
 * the order by the "tf score" f·(k1+1)/(…), which `search_term_impacts` lets SQL compute for every
 * statement holding the term in a range scan. That score only CHOOSES candidates; FTS5 still
 * computes the exact rank of each candidate, and the page comes from those ranks.
 */

/** Relative margin between a candidate and a statement left out (well above rounding, ~1e-16). */
export const IMPACT_MARGIN = 1e-9;

/** Candidates ranked by FTS5 for a page of `limit` rows (the page needs `limit` of them after the cursor). */
export function impactCandidates(limit: number): number {
  return limit * 2 + 8;
}

/** Letters whose unicode61 folding (`remove_diacritics 2`) is known: ASCII, and Latin letters that decompose to ASCII and marks. */
const SAFE_WORD = /^[A-Za-z0-9\u00C0-\u024F]+$/u;

/**
 * The unicode61 form (`remove_diacritics 2`: case and diacritics folded) of a query that is one bare
 * word and nothing else, or null (phrases of several words, prefixes, exclusions, CJK and Arabic,
 * punctuation inside the word, letters whose folding is not plain: the plain path ranks those).
 */
export function bareWordForm(q: CompiledQuery | null): string | null {
  if (!q?.match || q.exclude || q.trigram || q.trigramExclude || q.contains.length || q.notContains.length) return null;
  const m = /^"([^"]+)"$/u.exec(q.match);
  if (!m || !SAFE_WORD.test(m[1]!)) return null;
  const form = m[1]!.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase();
  return /^[a-z0-9]+$/.test(form) ? form : null;
}

/** SQLite's varints (as FTS5 writes them: 7 bits a byte, high bit "more", a 9th byte of 8 bits), from hex. */
export function decodeVarints(hex: string): number[] {
  const out: number[] = [];
  let i = 0;
  const byte = () => parseInt(hex.slice(i * 2, i++ * 2 + 2), 16);
  while (i * 2 < hex.length) {
    let v = 0;
    for (let k = 1; ; k++) {
      const b = byte();
      if (k === 9) {
        v = v * 256 + b;
        break;
      }
      v = v * 128 + (b & 127);
      if (!(b & 128)) break;
    }
    out.push(v);
  }
  return out;
}

/** FTS5's averages record (`statements_fts_data` id 1, hex): rows, then tokens per column. Null if absent or empty. */
export function ftsAverages(hex: string | null | undefined): { rows: number; tokens: number; avgdl: number } | null {
  if (!hex) return null;
  const [rows, ...columns] = decodeVarints(hex);
  if (!rows) return null;
  const tokens = columns.reduce((a, b) => a + b, 0);
  // FTS5: avgdl = (double)nToken / (double)nRow.
  return { rows, tokens, avgdl: tokens / rows };
}

/** A statement's length in tokens from its `statements_fts_docsize` blob (hex): one varint per column. */
export function docsizeTokens(hex: string): number {
  return decodeVarints(hex).reduce((a, b) => a + b, 0);
}

/** What `impactItemsSql` reports beside the page. */
export type ImpactMeta = {
  /** Statements holding the term (rows of search_term_impacts); 0 when the term is unknown or not ready. */
  impactScored: number;
  /** Candidates sent to FTS5 (the cursor's statement included), and how many of them FTS5 matched. */
  impactCandidates: number;
  impactRanked: number;
  /** Statements within the cursor's bound left out (score below the K-th's by more than the margin). */
  impactBelow: number;
  /** Candidates after the cursor whose score is at least the K-th's. */
  impactSure: number;
  /** FTS5's rank of the cursor's statement now (null without a cursor or if it no longer matches). */
  impactCursorRank: number | null;
};

/**
 * Whether the page `impactItemsSql` returned is exactly the plain path's (`ORDER BY rank, id` over
 * every match after the cursor, first `limit`). Let T be the K-th highest score within the bound.
 * - Every statement holding the term was scored (`impactScored` = the number of matches, read in
 *   the same batch) and every candidate matched (`impactRanked` = `impactCandidates`).
 * - A statement left out has a score below T·(1 − margin); one with score ≥ T has, in FTS5's own
 *   arithmetic (the same doubles; rounding is ~1e-16 relative), a strictly larger tf part, so
 *   idf·tf (idf > 0, rounding monotone) is ≥, and its rank ≤ and, the gap being 1e-9, <: it comes
 *   before. With `limit` such candidates after the cursor (`impactSure`), no statement left out can
 *   be among the first `limit` after the cursor; with none left out (`impactBelow` 0), nothing is.
 * - With a cursor (rank r0, id0) the scan was bounded to scores ≤ score(id0)·(1 + margin): a
 *   statement above the bound has a rank strictly below id0's current rank, which must be r0 (else
 *   the archive changed under the cursor: plain path), so it is not after the cursor.
 */
export function impactPageExact(meta: ImpactMeta, limit: number, matches: number, after: [number, number] | null): boolean {
  if (!meta.impactScored || meta.impactScored !== matches) return false;
  if (meta.impactRanked !== meta.impactCandidates) return false;
  if (after && meta.impactCursorRank !== after[0]) return false;
  return meta.impactBelow === 0 || meta.impactSure >= limit;
}

/** The number of ids in comma-separated lists. */
export function countIds(lists: string[]): number {
  let n = 0;
  for (const l of lists) {
    if (!l) continue;
    n++;
    for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) === 44) n++;
  }
  return n;
}
