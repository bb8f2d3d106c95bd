import type { CompiledQuery } from "../domain/search-query.ts";
import { IMPACT_MARGIN } from "../domain/term-impacts.ts";

/**
 * Search over published statements (docs/search.md). The SQL is built here as plain
 * `{ sql, params }` so that `npm run bench` runs exactly the same statements on raw SQLite;
 * `archive-search.ts` runs them on D1.
 *
 * Plan: the FTS table drives (a MATERIALIZED CTE of matching rowids with their `rank`), filters
 * probe `statement_facets` by primary key per match, and only the page's rows are joined to
 * `submissions`; snippets are made from their text in the Worker (worker/domain/snippet.ts).
 * Facet counts come from one pass over the matches: a row counts towards facet F if it passes
 * every filter except possibly F's own.
 */

export const FACETS = ["segment", "theme", "topic", "country", "language", "year"] as const;
export type Facet = (typeof FACETS)[number];
/** `organization` and `campaign` filter like facets but have no facet counts. */
export type FilterName = Facet | "organization" | "campaign";
export type Filters = Partial<Record<FilterName, string[]>>;
export type Sort = "relevance" | "newest";
/** Keyset position: relevance → [rank, id]; newest → [publishedAt, id]. */
export type After = [number, number] | [string, number];

/** `reference`: the query was exactly a reference (API.md): only that statement matches. */
export type SearchParams = { query: CompiledQuery | null; filters: Filters; sort: Sort; limit: number; after: After | null; reference?: string | null };
export type SqlStatement = { sql: string; params: (string | number)[] };

export class Params {
  readonly values: (string | number)[] = [];
  add(value: string | number): string {
    this.values.push(value);
    return `?${this.values.length}`;
  }
}

export function filterCondition(p: Params, facet: FilterName, values: string[], idExpr: string): string {
  const list = p.add(JSON.stringify(values));
  if (facet === "campaign") return `EXISTS (SELECT 1 FROM campaign_members cm WHERE cm.campaign_id IN (SELECT value FROM json_each(${list})) AND cm.submission_id = ${idExpr})`;
  return `EXISTS (SELECT 1 FROM statement_facets sf WHERE sf.facet = '${facet}' AND sf.value IN (SELECT value FROM json_each(${list})) AND sf.submission_id = ${idExpr})`;
}

function referenceCondition(p: Params, reference: string, idExpr: string): string {
  return `${idExpr} = (SELECT id FROM submissions WHERE reference = ${p.add(reference)})`;
}

/**
 * The CTE body `m(id, rank)`: published statements matching the query and the organization and
 * campaign filters, and the facet filters too with `allFilters`. FTS5 computes `rank` only for the
 * rows that pass every condition, so filters applied here spare bm25 for the rows they exclude.
 */
function matchSet(p: Params, q: CompiledQuery | null, filters: Filters, ranked = true, reference: string | null = null, allFilters = false, candidates: number[] | null = null, guard: string | null = null): string {
  // bm25 costs more than the match itself on common terms: facet counts do without it.
  const rank = ranked ? "rank" : "0.0 AS rank";
  const where: string[] = [];
  let from: string;
  let id: string;
  if (q?.match) {
    from = `SELECT rowid AS id, ${rank} FROM statements_fts WHERE statements_fts MATCH ${p.add(q.match)}`;
    id = "statements_fts.rowid";
  } else if (q?.trigram) {
    from = `SELECT rowid AS id, ${rank} FROM statements_fts_trigram WHERE statements_fts_trigram MATCH ${p.add(q.trigram)}`;
    id = "statements_fts_trigram.rowid";
  } else {
    from = "SELECT s0.id, 0.0 AS rank FROM submissions s0 WHERE s0.status = 'published'";
    id = "s0.id";
  }
  if (q?.match && q.trigram) where.push(`${id} IN (SELECT rowid FROM statements_fts_trigram WHERE statements_fts_trigram MATCH ${p.add(q.trigram)})`);
  where.push(...restConditions(p, q, id));
  // `candidates`: the statements passing every facet filter, already known (a list probed per match
  // is much cheaper than one facet-table probe per filter per match).
  // `guard`: the archive version the caller's bitmaps are of; at another version nothing matches,
  // so a batch that will be thrown away does not rank or list every match.
  // A rowid bound FTS5 receives once (0 at another version), not a test per row.
  if (guard && (q?.match || q?.trigram)) where.push(`${id} <= (CASE WHEN (SELECT epoch || '.' || version FROM archive_state WHERE id = 1) = ${p.add(guard)} THEN 9223372036854775807 ELSE 0 END)`);
  if (allFilters && candidates) where.push(`+${id} IN (SELECT value FROM json_each(${p.add(JSON.stringify(candidates))}))`);
  const names = allFilters && !candidates ? ([...FACETS, ...OTHER_FILTERS] as const) : OTHER_FILTERS;
  for (const name of names) if (filters[name]?.length) where.push(filterCondition(p, name, filters[name], id));
  if (reference) where.push(referenceCondition(p, reference, id));
  return where.length ? `${from} AND ${where.join(" AND ")}` : from;
}

/** The query's exclusions and substring terms, as conditions on the statement id `id`. */
function restConditions(p: Params, q: CompiledQuery | null, id: string): string[] {
  const where: string[] = [];
  if (q?.exclude) where.push(`${id} NOT IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ${p.add(q.exclude)})`);
  if (q?.trigramExclude) where.push(`${id} NOT IN (SELECT rowid FROM statements_fts_trigram WHERE statements_fts_trigram MATCH ${p.add(q.trigramExclude)})`);
  for (const term of q?.contains ?? []) {
    where.push(`EXISTS (SELECT 1 FROM statements_fts_trigram_source t WHERE t.id = ${id} AND instr(lower(t.body), ${p.add(term)}) > 0)`);
  }
  for (const term of q?.notContains ?? []) {
    where.push(`NOT EXISTS (SELECT 1 FROM statements_fts_trigram_source t WHERE t.id = ${id} AND instr(lower(t.body), ${p.add(term)}) > 0)`);
  }
  return where;
}

/**
 * The whole query and every filter as conditions on ONE statement id, for a few candidate rows
 * that drive the plan (a digest's new publications): the positive terms probe the FTS tables by
 * rowid instead of listing every match in the archive.
 */
export function rowConditions(p: Params, q: CompiledQuery | null, filters: Filters, id: string): string[] {
  const where: string[] = [];
  if (q?.match) where.push(`EXISTS (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ${p.add(q.match)} AND rowid = ${id})`);
  if (q?.trigram) where.push(`EXISTS (SELECT 1 FROM statements_fts_trigram WHERE statements_fts_trigram MATCH ${p.add(q.trigram)} AND rowid = ${id})`);
  where.push(...restConditions(p, q, id));
  for (const name of [...FACETS, ...OTHER_FILTERS] as const) {
    const values = filters[name];
    if (values?.length) where.push(filterCondition(p, name, values, id));
  }
  return where;
}

/** Ids of the published statements matching the query and every filter (statistics count over them). */
export function hitSetSql(p: Params, q: CompiledQuery | null, filters: Filters): string {
  const facets = activeFacets(filters);
  const m = matchSet(p, q, filters, false);
  const checks = facets.map((f) => filterCondition(p, f, filters[f]!, "m.id"));
  return `SELECT m.id FROM (${m}) m${checks.length ? ` WHERE ${checks.join(" AND ")}` : ""}`;
}

const OTHER_FILTERS = ["organization", "campaign"] as const;
function hasOtherFilter(filters: Filters): boolean {
  return OTHER_FILTERS.some((name) => (filters[name]?.length ?? 0) > 0);
}

function activeFacets(filters: Filters): Facet[] {
  return FACETS.filter((f) => (filters[f]?.length ?? 0) > 0);
}

/** What the Worker makes the snippet from: the whole text with a query, its start without. */
function snippetSource(query: CompiledQuery | null): string {
  return query
    ? "s.text AS text, (SELECT group_concat(text, char(10)) FROM (SELECT text FROM proposals WHERE submission_id = s.id ORDER BY number)) AS proposalsText"
    : "substr(s.text, 1, 600) AS text, NULL AS proposalsText";
}

export const SUMMARY_COLUMNS = `s.id, s.reference, s.title, s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry,
  s.speaker_name AS speakerName, s.speaker_role AS speakerRole, g.slug AS segmentSlug, g.title AS segmentTitle, s.language,
  s.delivered_on AS deliveredOn, s.published_at AS publishedAt,
  (SELECT json_group_array(value) FROM statement_facets WHERE submission_id = s.id AND facet = 'theme') AS themes,
  (SELECT slug FROM organizations WHERE id = s.organization_id) AS orgSlug,
  (SELECT json_group_array(json_object('name', c.name, 'acronym', c.acronym, 'country', c.country, 'slug', o.slug))
     FROM (SELECT name, acronym, country, organization_id FROM cosigners WHERE submission_id = s.id AND listed = 1 AND state = 'confirmed' ORDER BY position, id) c
     JOIN organizations o ON o.id = c.organization_id) AS coSigners,
  (SELECT campaign_id FROM campaign_members WHERE submission_id = s.id) AS campaignId,
  (SELECT count(*) FROM campaign_members cm JOIN submissions cs ON cs.id = cm.submission_id AND cs.status = 'published'
    WHERE cm.campaign_id = (SELECT campaign_id FROM campaign_members WHERE submission_id = s.id)) AS campaignPublished`;

/**
 * One page of matching statements, best first (or newest first), with snippets. `candidates`
 * (with a query): the ids of the published statements passing every facet filter, in place of
 * the filters themselves; the caller must know they are of the snapshot the statement reads.
 */
export function searchItemsSql(params: SearchParams, candidates: number[] | null = null, guard: string | null = null): SqlStatement {
  const p = new Params();
  const relevance = params.sort === "relevance" && !!(params.query?.match || params.query?.trigram);
  const idExpr = params.query ? "m.id" : "s.id";
  // With a query every filter is applied inside the match set (before bm25); without, here.
  const where = params.query ? [] : activeFacets(params.filters).map((f) => filterCondition(p, f, params.filters[f]!, idExpr));
  if (!params.query) for (const name of OTHER_FILTERS) if (params.filters[name]?.length) where.push(filterCondition(p, name, params.filters[name], idExpr));
  if (!params.query && params.reference) where.push(referenceCondition(p, params.reference, idExpr));
  if (params.after) {
    where.push(relevance ? `(m.rank, m.id) > (${p.add(params.after[0])}, ${p.add(params.after[1])})` : `(s.published_at, s.id) < (${p.add(params.after[0])}, ${p.add(params.after[1])})`);
  }
  const order = relevance ? "m.rank, m.id" : "s.published_at DESC, s.id DESC";
  const limit = p.add(params.limit);
  // With a query the FTS table drives (matches materialized once, with their rank). Without one,
  // "newest" walks idx_submissions_published_at and stops at the page's end.
  const page = params.query
    ? `WITH m AS MATERIALIZED (${matchSet(p, params.query, params.filters, true, null, true, candidates, guard)}),
page AS MATERIALIZED (SELECT m.id, m.rank FROM m${relevance ? "" : " CROSS JOIN submissions s ON s.id = m.id"}
  ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ${limit})`
    : `WITH page AS MATERIALIZED (SELECT s.id, 0.0 AS rank FROM submissions s
  WHERE s.status = 'published'${where.map((w) => ` AND ${w}`).join("")}
  ORDER BY s.published_at DESC, s.id DESC LIMIT ${limit})`;
  const sql = `${page}
SELECT ${SUMMARY_COLUMNS}, page.rank, ${snippetSource(params.query)}
FROM page JOIN submissions s ON s.id = page.id JOIN segments g ON g.id = s.segment_id
ORDER BY ${relevance ? "page.rank, page.id" : "s.published_at DESC, s.id DESC"}`;
  return { sql, params: p.values };
}

/**
 * The page of a one-word query by relevance from `search_term_impacts` (docs/search.md "Frequent
 * terms"; the proof is `impactPageExact` in worker/domain/term-impacts.ts): every statement holding
 * the term gets the tf part of bm25 in a range scan (the same expression as fts5_aux.c, in the same
 * order of operations), the best `k` within the cursor's bound (and everything within the margin of
 * the k-th) become candidates, and FTS5 computes the exact `rank` of those only (`+rowid IN`: rank
 * is computed only for the rows passing it). The page's rows come back with the figures the check
 * needs on every row (`ImpactMeta`); one row of nulls but those when the page is empty. Nothing is
 * read unless the term of `form` is ready and the archive is at `guard` (the version `avgdl` was read at).
 */
export function impactItemsSql(params: SearchParams, form: string, avgdl: number, k: number, guard: string): SqlStatement {
  const p = new Params();
  const after = params.after ? ([Number(params.after[0]), Number(params.after[1])] as const) : null;
  const avg = p.add(avgdl);
  const ctes = [
    `t AS MATERIALIZED (SELECT f.term FROM search_term_forms f JOIN search_frequent_terms r ON r.term = f.term AND r.ready = 1
  WHERE f.form = ${p.add(form)} AND (SELECT epoch || '.' || version FROM archive_state WHERE id = 1) = ${p.add(guard)})`,
    // fts5_aux.c: (aFreq * (k1 + 1.0)) / (aFreq + k1 * (1 - b + b * D / avgdl)), k1 = 1.2, b = 0.75.
    `sc AS MATERIALIZED (SELECT i.statement_id AS id, i.weighted * (1.2 + 1.0) / (i.weighted + 1.2 * ((1 - 0.75) + 0.75 * i.tokens / ${avg})) AS score
  FROM search_term_impacts i WHERE i.term = (SELECT term FROM t))`,
  ];
  let cursorId = "";
  if (after) {
    cursorId = p.add(after[1]);
    ctes.push(`sb AS (SELECT id, score FROM sc WHERE score <= (SELECT score * (1 + ${IMPACT_MARGIN_SQL}) FROM sc WHERE id = ${cursorId}))`);
  } else ctes.push("sb AS (SELECT id, score FROM sc)");
  ctes.push(
    `lo AS MATERIALIZED (SELECT coalesce((SELECT score FROM sb ORDER BY score DESC LIMIT 1 OFFSET ${p.add(k - 1)}), -1e308) AS t)`,
    `cand AS MATERIALIZED (SELECT id, score FROM sb WHERE score >= (SELECT t FROM lo) * (1 - ${IMPACT_MARGIN_SQL})${after ? ` UNION SELECT id, score FROM sc WHERE id = ${cursorId}` : ""})`,
    `ranked AS MATERIALIZED (SELECT rowid AS id, rank FROM statements_fts WHERE statements_fts MATCH ${p.add(params.query!.match!)} AND +rowid IN (SELECT id FROM cand))`,
  );
  const cursor = after ? `(r.rank, r.id) > (${p.add(after[0])}, ${cursorId})` : "1";
  ctes.push(
    `page AS MATERIALIZED (SELECT r.id, r.rank FROM ranked r WHERE ${cursor} ORDER BY r.rank, r.id LIMIT ${p.add(params.limit)})`,
    `meta AS MATERIALIZED (SELECT (SELECT count(*) FROM sc) AS impactScored, (SELECT count(*) FROM cand) AS impactCandidates,
  (SELECT count(*) FROM ranked) AS impactRanked,
  (SELECT count(*) FROM sb WHERE score < (SELECT t FROM lo) * (1 - ${IMPACT_MARGIN_SQL})) AS impactBelow,
  (SELECT count(*) FROM ranked r JOIN cand c ON c.id = r.id WHERE c.score >= (SELECT t FROM lo) AND ${cursor}) AS impactSure,
  ${after ? `(SELECT rank FROM ranked WHERE id = ${cursorId})` : "NULL"} AS impactCursorRank)`,
  );
  const sql = `WITH ${ctes.join(",\n")}
SELECT ${SUMMARY_COLUMNS}, page.rank, ${snippetSource(params.query)}, meta.*
FROM meta LEFT JOIN page ON 1 LEFT JOIN submissions s ON s.id = page.id LEFT JOIN segments g ON g.id = s.segment_id
ORDER BY page.rank, page.id`;
  return { sql, params: p.values };
}

/** The margin of worker/domain/term-impacts.ts as an SQL literal. */
const IMPACT_MARGIN_SQL = String(IMPACT_MARGIN);

/**
 * The total and every facet's counts for the query, each facet with its own filter left out.
 * Rows come back as (facet, value, n); the row with facet '' is the total.
 */
export function searchFacetsSql(params: Pick<SearchParams, "query" | "filters" | "reference">): SqlStatement {
  const p = new Params();
  const facets = activeFacets(params.filters);
  const facetList = FACETS.map((f) => `'${f}'`).join(", ");
  // A constant guard alone is re-tested per row; an empty IN list skips the plan not taken.
  const facetJson = JSON.stringify(FACETS);
  const narrowed = hasOtherFilter(params.filters) || !!params.reference;
  if (!params.query && !narrowed && facets.length === 0) {
    // Everything published: straight from the facet table's primary key, no per-row work.
    return {
      sql: `SELECT '' AS facet, '' AS value, count(*) AS n FROM submissions WHERE status = 'published'
UNION ALL SELECT facet, value, count(*) FROM statement_facets WHERE facet IN (${facetList}) GROUP BY facet, value`,
      params: [],
    };
  }
  const k = facets.length;
  const ok = k ? facets.map((f) => `c_${f}`).join(" + ") : "0";
  const miss = k ? `CASE ${facets.map((f) => `WHEN c_${f} = 0 THEN '${f}'`).join(" ")} ELSE '' END` : "''";
  let flagged: string;
  if (!params.query && !narrowed && k >= 2) {
    // No query and several filters: a row that counts anywhere passes at least one filter, so
    // read just the filters' (facet, value) ranges of the primary key, not every statement.
    const ranges = facets.map((f) => `(facet = '${f}' AND value IN (SELECT value FROM json_each(${p.add(JSON.stringify(params.filters[f]))})))`);
    flagged = `SELECT submission_id AS id, ${facets.map((f) => `max(facet = '${f}') AS c_${f}`).join(", ")} FROM statement_facets WHERE ${ranges.join(" OR ")} GROUP BY submission_id`;
  } else {
    const m = matchSet(p, params.query, params.filters, false, params.reference ?? null);
    const checks = facets.map((f) => `${filterCondition(p, f, params.filters[f]!, "m.id")} AS c_${f}`);
    flagged = `SELECT m.id${checks.length ? `, ${checks.join(", ")}` : ""} FROM m`;
    flagged = `WITH m AS MATERIALIZED (${m}) ${flagged}`;
  }
  // Counting facet values of the rows passing every filter ("hit") has two plans: join each hit to
  // its facet rows (cheap for few hits) or scan the facet table in (facet, value) order, testing
  // membership, which needs no sort (cheap for many). `few` picks one: the other gets an empty
  // facet list. It compares with the highest submission id, a free upper bound of the published
  // count (counting them costs ~0.5 ms per 10,000): only the plan depends on it, never the counts. Rows failing exactly one filter count for that facet only.
  const sql = `WITH e AS MATERIALIZED (SELECT id, ${ok} AS ok, ${miss} AS miss FROM (${flagged})${k ? ` WHERE ${ok} >= ${k - 1}` : ""}),
hit AS MATERIALIZED (SELECT id FROM e WHERE ok = ${k}),
few AS MATERIALIZED (SELECT (SELECT count(*) FROM hit) * 5 <= (SELECT max(id) FROM submissions) AS yes),
counts AS (
  SELECT f.facet, f.value, count(*) AS n FROM hit CROSS JOIN statement_facets f ON f.submission_id = hit.id
    WHERE f.facet IN (SELECT value FROM json_each(CASE WHEN (SELECT yes FROM few) THEN '${facetJson}' ELSE '[]' END)) GROUP BY f.facet, f.value
  UNION ALL
  SELECT f.facet, f.value, count(*) AS n FROM statement_facets f
    WHERE f.facet IN (SELECT value FROM json_each(CASE WHEN (SELECT yes FROM few) THEN '[]' ELSE '${facetJson}' END)) AND +f.submission_id IN (SELECT id FROM hit)
    GROUP BY f.facet, f.value${
      k
        ? `
  UNION ALL
  SELECT f.facet, f.value, count(*) AS n FROM e CROSS JOIN statement_facets f ON f.submission_id = e.id AND f.facet = e.miss
    WHERE e.ok = ${k - 1} GROUP BY f.facet, f.value`
        : ""
    }
)
SELECT '' AS facet, '' AS value, (SELECT count(*) FROM hit) AS n
UNION ALL SELECT facet, value, sum(n) FROM counts GROUP BY facet, value`;
  return { sql, params: p.values };
}

/** The word forms whose term is ready in `search_term_impacts` (a hint kept with the bitmaps: the page's SQL checks again). */
export const READY_FORMS_SQL = "SELECT f.form FROM search_term_forms f JOIN search_frequent_terms r ON r.term = f.term WHERE r.ready = 1";

/** FTS5's averages record of statements_fts (rows and tokens per column, varints), as hex. */
export const FTS_AVERAGES_SQL = "SELECT hex(block) AS b FROM statements_fts_data WHERE id = 1";

export const ARCHIVE_VERSION_SQL = "SELECT epoch || '.' || version AS v FROM archive_state WHERE id = 1";

/**
 * The ids of the statements matching the query and the organization, campaign and reference
 * conditions, facet filters NOT applied (`worker/domain/facet-bitmaps.ts` applies them to count
 * each facet with its own filter left out), as comma-separated lists, one row per 65,536 ids (a
 * D1 value is at most 2 MB). Null when no such condition exists: the published set is the answer.
 */
export function searchHitIdsSql(params: Pick<SearchParams, "query" | "filters" | "reference">, guard: string | null = null): SqlStatement | null {
  if (!params.query && !hasOtherFilter(params.filters) && !params.reference) return null;
  const p = new Params();
  const m = matchSet(p, params.query, params.filters, false, params.reference ?? null, false, null, guard);
  return { sql: `SELECT id >> 16 AS chunk, group_concat(id) AS ids FROM (${m}) GROUP BY 1`, params: p.values };
}

/**
 * Every facet value's published statements, and the published statements themselves (facet ''),
 * as comma-separated id lists: read once per archive version by each isolate. One list per value
 * streams in primary-key order (chunking them by id range made SQLite sort 1.2 M rows: 2.5× slower);
 * the largest list is the most common language's (~6 bytes an id: a D1 value holds 2 MB).
 */
export const FACET_POSTINGS_SQL = `SELECT facet, value, group_concat(submission_id) AS ids FROM statement_facets
  WHERE facet IN (${FACETS.map((f) => `'${f}'`).join(", ")}) GROUP BY facet, value
UNION ALL SELECT '', '', group_concat(id) FROM submissions WHERE status = 'published'`;

/** The published statements' ids newest first (the order of pages without a query), from the covering partial index. */
export const NEWEST_ORDER_SQL = `SELECT group_concat(id, ',' ORDER BY published_at DESC, id DESC) AS ids
  FROM submissions INDEXED BY idx_submissions_published_at WHERE status = 'published'`;

/** The page's rows for ids already chosen (newest first, no query), in that order: the summary of `searchItemsSql`. */
export function pageRowsSql(ids: number[]): SqlStatement {
  const p = new Params();
  const list = p.add(JSON.stringify(ids));
  const sql = `WITH page AS MATERIALIZED (SELECT CAST(value AS INTEGER) AS id, 0.0 AS rank, CAST(key AS INTEGER) AS pos FROM json_each(${list}))
SELECT ${SUMMARY_COLUMNS}, page.rank, ${snippetSource(null)}
FROM page JOIN submissions s ON s.id = page.id JOIN segments g ON g.id = s.segment_id
ORDER BY page.pos`;
  return { sql, params: p.values };
}

/** 1 when the cursor's statement is published with the cursor's date (a newest-first cursor is then a position). */
export const CURSOR_CHECK_SQL = "SELECT count(*) AS ok FROM submissions WHERE id = ?1 AND status = 'published' AND published_at = ?2";
