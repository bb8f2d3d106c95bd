/** The statistics answer (API.md "Public archive"): figures by dimension, each value with its label. */

export const STAT_DIMENSIONS = ["byYear", "bySegment", "byTheme", "byCountry", "byOrganizationType", "byLanguage"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
/** `reflected` (segments and organization types): proposals of these statements reflected in an outcome. */
export type StatItem = { value: string; label: string; count: number; reflected?: number };
/** `reflected`: proposals of this theme reflected in an outcome (API.md "Outcomes"). */
export type ThemeStatItem = { value: string; label: string; statements: number; proposals: number; reflected: number };
export type Statistics = {
  statements: number;
  proposals: number;
  organizations: number;
  /** Proposals of the matching statements linked to a paragraph of their segment's outcome (API.md "Outcomes"). */
  proposalsReflected: number;
  byYear: StatItem[];
  bySegment: StatItem[];
  byTheme: ThemeStatItem[];
  byCountry: StatItem[];
  byOrganizationType: StatItem[];
  byLanguage: StatItem[];
};
/** The facet each dimension counts (and filters with, on the pages). */
export const DIMENSION_FACET = { byYear: "year", bySegment: "segment", byTheme: "theme", byCountry: "country", byOrganizationType: "organizationType", byLanguage: "language" } as const;

const FROM_ROW: Record<string, Exclude<StatDimension, "byTheme"> | undefined> = {
  year: "byYear", segment: "bySegment", country: "byCountry", organizationType: "byOrganizationType", language: "byLanguage",
};

const byCount = <T extends { label: string; value: string }>(n: (x: T) => number) => (a: T, b: T) =>
  n(b) - n(a) || a.label.localeCompare(b.label) || (a.value < b.value ? -1 : 1);

/**
 * Rows (dim, value, n) → the answer; `label` names a value of a facet. Years run in order, the rest by
 * count. `reflected` rows (dim, value, n) count the proposals reflected in an outcome per segment,
 * organization type and theme; those three dimensions carry `reflected` on every item (0 when none).
 */
export function toStatistics(
  rows: { dim: string; value: string; n: number; proposals?: number; organizations?: number; reflected?: number }[],
  label: (facet: string, value: string) => string,
  reflected: { dim: string; value: string; n: number }[] = [],
): Statistics {
  const out: Statistics = { statements: 0, proposals: 0, organizations: 0, proposalsReflected: 0, byYear: [], bySegment: [], byTheme: [], byCountry: [], byOrganizationType: [], byLanguage: [] };
  const themes = new Map<string, ThemeStatItem>();
  const theme = (value: string) => themes.get(value) ?? themes.set(value, { value, label: label("theme", value), statements: 0, proposals: 0, reflected: 0 }).get(value)!;
  for (const r of rows) {
    if (r.dim === "total") {
      out.statements = r.n;
      out.proposals = r.proposals ?? 0;
      out.organizations = r.organizations ?? 0;
      out.proposalsReflected = r.reflected ?? 0;
    } else if (r.dim === "theme") theme(r.value).statements = r.n;
    else if (r.dim === "themeProposals") theme(r.value).proposals = r.n;
    else {
      const dim = FROM_ROW[r.dim];
      if (dim) out[dim].push({ value: r.value, label: label(r.dim, r.value), count: r.n });
    }
  }
  const reflectedOf = new Map(reflected.map((r) => [`${r.dim}:${r.value}`, r.n]));
  for (const item of out.bySegment) item.reflected = reflectedOf.get(`segment:${item.value}`) ?? 0;
  for (const item of out.byOrganizationType) item.reflected = reflectedOf.get(`organizationType:${item.value}`) ?? 0;
  for (const item of themes.values()) item.reflected = reflectedOf.get(`theme:${item.value}`) ?? 0;
  out.byYear.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  for (const dim of ["bySegment", "byCountry", "byOrganizationType", "byLanguage"] as const) out[dim].sort(byCount((x: StatItem) => x.count));
  out.byTheme = [...themes.values()].sort(byCount((x: ThemeStatItem) => x.statements * 1e6 + x.proposals));
  return out;
}
