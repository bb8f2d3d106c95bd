/** The archive search run on D1: a page with its total and facets, pages of items only, the cache version. */
import { bitmapOfIds, buildPostings, countFacets, filteredIds, hitBitmap, newestPage, type IdListRow, type Postings } from "../domain/facet-bitmaps";
import { bareWordForm, countIds, ftsAverages, impactCandidates, impactPageExact, type ImpactMeta } from "../domain/term-impacts";
import { ARCHIVE_VERSION_SQL, CURSOR_CHECK_SQL, FACET_POSTINGS_SQL, FACETS, FTS_AVERAGES_SQL, impactItemsSql, READY_FORMS_SQL, NEWEST_ORDER_SQL, pageRowsSql, searchFacetsSql, searchHitIdsSql, searchItemsSql, type Facet, type SearchParams, type SqlStatement } from "./archive";

export type SummaryRow = {
  id: number; reference: string; title: string; orgName: string; orgAcronym: string | null; orgCountry: string;
  speakerName: string; speakerRole: string | null; segmentSlug: string; segmentTitle: string; language: string;
  deliveredOn: string | null; publishedAt: string; themes: string; rank: number; text: string; proposalsText: string | null;
  orgSlug: string; coSigners: string;
  campaignId: string | null; campaignPublished: number;
};
export type FacetRow = { facet: string; value: string; n: number };

export type FacetCounts = Record<Facet, { value: string; count: number }[]>;

/** Facet rows → the API's shape: each facet's values by count, then value. */
export function toFacets(rows: FacetRow[]): { total: number; facets: FacetCounts } {
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as FacetCounts;
  let total = 0;
  for (const r of rows) {
    if (r.facet === "") total = r.n;
    else if ((FACETS as readonly string[]).includes(r.facet)) facets[r.facet as Facet].push({ value: r.value, count: r.n });
  }
  for (const f of FACETS) facets[f].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { total, facets };
}

/** At most this many candidate ids are sent with a filtered query (~70 KB of JSON). */
const MAX_CANDIDATES = 10_000;

/**
 * Each isolate's facet bitmaps, for one archive version (worker/domain/facet-bitmaps.ts), read in
 * one batch with that version; a search uses them only if its own batch read the same version. A
 * publish moves the version on: they are read again (after the response when the Worker can).
 * Replicas at different versions can make an isolate read them more often; never use stale ones.
 */
let postingsMemory: { version: string; postings: Postings; avgdl: number | null; forms: Set<string> } | null = null;

/** For tests: forget the isolate's facet bitmaps. */
export function forgetFacetPostings(): void {
  postingsMemory = null;
}

/** Pages served from `search_term_impacts` by this isolate (tests check the path was taken). */
let impactPages = 0;
export function impactPagesServed(): number {
  return impactPages;
}

/** For tests: the archive version of the isolate's facet bitmaps, if it holds any. */
export function facetPostingsVersion(): string | null {
  return postingsMemory?.version ?? null;
}

/** The isolate's read of the bitmaps under way, if any (one at a time). */
let postingsLoading: Promise<void> | null = null;

/** Reads the bitmaps of the current version into the isolate's memory (one batch: one snapshot). */
export function loadFacetPostings(db: D1Database | D1DatabaseSession): Promise<void> {
  postingsLoading ??= (async () => {
    try {
      const [v, facets, newest, averages, forms] = await db.batch([
        db.prepare(ARCHIVE_VERSION_SQL), db.prepare(FACET_POSTINGS_SQL), db.prepare(NEWEST_ORDER_SQL), db.prepare(FTS_AVERAGES_SQL), db.prepare(READY_FORMS_SQL),
      ]);
      const lists = ((newest!.results ?? []) as { ids: string | null }[]).map((r) => r.ids ?? "");
      postingsMemory = { version: versionOf(v!), postings: buildPostings((facets!.results ?? []) as IdListRow[], lists), avgdl: avgdlOf(averages!), forms: formsOf(forms!) };
    } finally {
      postingsLoading = null;
    }
  })();
  return postingsLoading;
}

export type SearchOptions = {
  /** Count facets in SQL (`searchFacetsSql`): the plain path the tests compare the bitmaps with. */
  plain?: boolean;
  /**
   * Runs work after the response (the Worker's `waitUntil`). Given, an isolate whose bitmaps are
   * missing or stale answers by the plain path at once and reads them in the background; without
   * it, they are read in the search's own batch.
   */
  background?: (work: Promise<unknown>) => void;
};

/**
 * The page, total and facets with the archive version they were read at, in one round trip (one
 * batch, so one consistent snapshot: the version names exactly this data for the cache). Facets
 * are counted from the isolate's bitmaps of that version and the ids of the matches (docs/search.md
 * "Facets"); when the bitmaps are missing or of another version (a publish since), the plain path
 * answers (with `background`) or a second batch reads everything again with them.
 */
export async function searchStatements(
  db: D1Database | D1DatabaseSession,
  params: SearchParams,
  options: SearchOptions = {},
): Promise<{ rows: SummaryRow[]; total: number; facets: FacetCounts; version: string }> {
  const known = postingsMemory;
  const plainNow = () => {
    options.background?.(loadFacetPostings(db).catch(() => undefined));
    return plainSearch(db, params);
  };
  if (options.plain) return plainSearch(db, params);
  if (!known && options.background) return plainNow();
  const hits = searchHitIdsSql(params, known?.version ?? null);
  if (!hits && !params.query && known) {
    const page = await newestFromPostings(db, params, known);
    if (page === "stale" && options.background) return plainNow();
    if (page && page !== "stale") return page;
  }
  // With a query and facet filters, the statements passing the filters come from the bitmaps
  // (valid only if they are of the version the batch reads: checked below). The match set is
  // guarded by the bitmaps' version: at another, the batch does no costly work before it is redone.
  const candidates = known && params.query ? filteredIds(known.postings, FACETS, params.filters, MAX_CANDIDATES) : null;
  const read = async (withPostings: boolean, items: SqlStatement) => {
    const statements = [db.prepare(ARCHIVE_VERSION_SQL), db.prepare(items.sql).bind(...items.params)];
    const ids = withPostings ? searchHitIdsSql(params) : hits;
    if (ids) statements.push(db.prepare(ids.sql).bind(...ids.params));
    if (withPostings) statements.push(db.prepare(FACET_POSTINGS_SQL), db.prepare(NEWEST_ORDER_SQL), db.prepare(FTS_AVERAGES_SQL), db.prepare(READY_FORMS_SQL));
    const results = await db.batch(statements);
    const version = versionOf(results[0]!);
    const rows = (results[1]!.results ?? []) as SummaryRow[];
    const lists = ids ? ((results[2]!.results ?? []) as { ids: string | null }[]).map((r) => r.ids ?? "") : null;
    let postings: Postings | null = null;
    if (withPostings) {
      const n = statements.length;
      const newest = ((results[n - 3]!.results ?? []) as { ids: string | null }[]).map((r) => r.ids ?? "");
      postings = buildPostings((results[n - 4]!.results ?? []) as IdListRow[], newest);
      postingsMemory = { version, postings, avgdl: avgdlOf(results[n - 2]!), forms: formsOf(results[n - 1]!) };
    }
    return { version, rows, lists, postings };
  };
  // One bare word by relevance, no filter: candidates from `search_term_impacts` when the term is
  // ready (docs/search.md "Frequent terms"), kept only if provably the plain path's page. The
  // isolate's list of ready forms spares a round trip for the other words (a term made ready since
  // waits for the next version; one dropped since is caught by the SQL, which checks again).
  const form = known?.avgdl && hits && params.sort === "relevance" && !params.reference && !Object.values(params.filters).some((v) => v?.length) && (!params.after || typeof params.after[0] === "number") ? bareWordForm(params.query) : null;
  if (form && known?.forms.has(form)) {
    const r = await read(false, impactItemsSql(params, form, known.avgdl!, impactCandidates(params.limit), known.version));
    if (r.version !== known.version && options.background) return plainNow();
    const meta = r.rows[0] as unknown as ImpactMeta | undefined;
    if (r.version === known.version && meta && r.lists && impactPageExact(meta, params.limit, countIds(r.lists), params.after as [number, number] | null)) {
      const rows = r.rows.filter((row) => row.id !== null).map(withoutMeta);
      impactPages++;
      return { rows, ...toFacets(countFacets(known.postings, FACETS, bitmapOfIds(r.lists, known.postings.words), params.filters) as FacetRow[]), version: r.version };
    }
  }
  let r = await read(!known, searchItemsSql(params, candidates, known?.version ?? null));
  let postings = r.postings ?? (known && known.version === r.version ? known.postings : null);
  if (!postings) {
    if (options.background) return plainNow();
    r = await read(true, searchItemsSql(params));
    postings = r.postings!;
  }
  const matches = r.lists ? bitmapOfIds(r.lists, postings.words) : null;
  return { rows: r.rows, ...toFacets(countFacets(postings, FACETS, matches, params.filters) as FacetRow[]), version: r.version };
}

/** The page with its facets counted in SQL, one batch. */
async function plainSearch(db: D1Database | D1DatabaseSession, params: SearchParams) {
  const items = searchItemsSql(params);
  const facets = searchFacetsSql(params);
  const [v, a, b] = await db.batch([db.prepare(ARCHIVE_VERSION_SQL), db.prepare(items.sql).bind(...items.params), db.prepare(facets.sql).bind(...facets.params)]);
  return { rows: (a!.results ?? []) as SummaryRow[], ...toFacets((b!.results ?? []) as FacetRow[]), version: versionOf(v!) };
}

/**
 * Without a query (nor organization, campaign or reference condition) the page is chosen from the
 * isolate's bitmaps and newest-first order, and only its rows are read, with the version: if that
 * is still the bitmaps' version, page, total and facets are of one snapshot. Null otherwise (a
 * publish since: "stale"; a cursor whose statement moved: null): the SQL path answers.
 */
async function newestFromPostings(db: D1Database | D1DatabaseSession, params: SearchParams, known: { version: string; postings: Postings }) {
  const after = params.after ? { id: Number(params.after[1]), publishedAt: String(params.after[0]) } : null;
  const ids = newestPage(known.postings, hitBitmap(known.postings, FACETS, null, params.filters), params.limit, after?.id ?? null);
  if (!ids) return null;
  const rows = pageRowsSql(ids);
  const statements = [db.prepare(ARCHIVE_VERSION_SQL), db.prepare(rows.sql).bind(...rows.params)];
  if (after) statements.push(db.prepare(CURSOR_CHECK_SQL).bind(after.id, after.publishedAt));
  const results = await db.batch(statements);
  const version = versionOf(results[0]!);
  if (version !== known.version) return "stale" as const;
  if (after && (results[2]!.results?.[0] as { ok: number } | undefined)?.ok !== 1) return null;
  return { rows: (results[1]!.results ?? []) as SummaryRow[], ...toFacets(countFacets(known.postings, FACETS, null, params.filters) as FacetRow[]), version };
}

const IMPACT_META_KEYS: readonly (keyof ImpactMeta)[] = ["impactScored", "impactCandidates", "impactRanked", "impactBelow", "impactSure", "impactCursorRank"];

/** A row of `impactItemsSql` without the figures of its check. */
function withoutMeta(row: SummaryRow): SummaryRow {
  const rest: Record<string, unknown> = { ...row };
  for (const key of IMPACT_META_KEYS) delete rest[key];
  return rest as SummaryRow;
}

function formsOf(result: D1Result): Set<string> {
  return new Set(((result.results ?? []) as { form: string }[]).map((r) => r.form));
}

function avgdlOf(result: D1Result): number | null {
  return ftsAverages((result.results?.[0] as { b: string | null } | undefined)?.b)?.avgdl ?? null;
}

function versionOf(result: D1Result): string {
  return (result.results?.[0] as { v: string } | undefined)?.v ?? "0";
}

/** Pages of items only (CSV and Atom): no facets, no total. */
export async function searchPage(db: D1Database | D1DatabaseSession, params: SearchParams): Promise<SummaryRow[]> {
  const items = searchItemsSql(params);
  const { results } = await db.prepare(items.sql).bind(...items.params).all<SummaryRow>();
  return results;
}

/** The cache generation of the public archive: changes whenever the published set changes. */
export async function archiveVersion(db: D1Database | D1DatabaseSession): Promise<string> {
  const row = await db.prepare(ARCHIVE_VERSION_SQL).first<{ v: string }>();
  return row?.v ?? "0";
}
