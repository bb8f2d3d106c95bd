/** The archive search run on D1: a page with its total and facets, pages of items only, the cache version. */
import { ARCHIVE_VERSION_SQL, FACETS, searchFacetsSql, searchItemsSql, type Facet, type SearchParams } from "./archive";

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

/**
 * The page, total and facets with the archive version they were read at, in one round trip (one
 * batch, so one consistent snapshot: the version names exactly this data for the cache).
 */
export async function searchStatements(
  db: D1Database | D1DatabaseSession,
  params: SearchParams,
): Promise<{ rows: SummaryRow[]; total: number; facets: FacetCounts; version: string }> {
  const items = searchItemsSql(params);
  const facets = searchFacetsSql(params);
  const [v, a, b] = await db.batch([db.prepare(ARCHIVE_VERSION_SQL), db.prepare(items.sql).bind(...items.params), db.prepare(facets.sql).bind(...facets.params)]);
  const version = (v!.results?.[0] as { v: string } | undefined)?.v ?? "0";
  return { rows: (a!.results ?? []) as SummaryRow[], ...toFacets((b!.results ?? []) as FacetRow[]), version };
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
