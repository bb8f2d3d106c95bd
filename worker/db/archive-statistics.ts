import { ARCHIVE_VERSION_SQL, hitSetSql, Params, type SearchParams, type SqlStatement } from "./archive";
import { PROPOSAL_REFLECTED_SQL } from "./outcomes";

/**
 * Statistics of the published statements matching a search (API.md "Public archive"): the search's
 * own match set (`hitSetSql`: query and every filter applied, unlike facets, which leave their own
 * filter out), then counts by dimension in one statement (D1 allows only a few compound terms, hence
 * the totals in one row). Rows are (dim, value, n); the 'total' row carries proposals, organizations and
 * proposals reflected in an outcome (a Chair's summary paragraph linked to them) too.
 */
export function statisticsSql(params: Pick<SearchParams, "query" | "filters">): SqlStatement {
  const p = new Params();
  const hit = hitSetSql(p, params.query, params.filters);
  const sql = `WITH hit AS MATERIALIZED (${hit}),
hp AS MATERIALIZED (SELECT pr.id FROM hit CROSS JOIN proposals pr ON pr.submission_id = hit.id)
SELECT 'total' AS dim, '' AS value, (SELECT count(*) FROM hit) AS n, (SELECT count(*) FROM hp) AS proposals,
  (SELECT count(DISTINCT s.organization_id) FROM hit CROSS JOIN submissions s ON s.id = hit.id) AS organizations,
  (SELECT count(*) FROM hit CROSS JOIN submissions s ON s.id = hit.id CROSS JOIN proposals p ON p.submission_id = hit.id WHERE ${PROPOSAL_REFLECTED_SQL}) AS reflected
UNION ALL SELECT f.facet, f.value, count(*), 0, 0, 0 FROM hit CROSS JOIN statement_facets f ON f.submission_id = hit.id
  WHERE f.facet IN ('year', 'segment', 'theme', 'country', 'language') GROUP BY f.facet, f.value
UNION ALL SELECT 'organizationType', s.org_type, count(*), 0, 0, 0 FROM hit CROSS JOIN submissions s ON s.id = hit.id GROUP BY s.org_type
UNION ALL SELECT 'themeProposals', pt.theme_slug, count(*), 0, 0, 0 FROM hp CROSS JOIN proposal_themes pt ON pt.proposal_id = hp.id GROUP BY pt.theme_slug`;
  return { sql, params: p.values };
}

/**
 * Proposals of the matching statements that are reflected in an outcome (linked to a paragraph of
 * their segment's Chair's summary), counted by segment, by organization type and by proposal theme:
 * rows (dim, value, n). A statement of its own in the batch: D1 caps the compound terms of one.
 */
export function reflectedSql(params: Pick<SearchParams, "query" | "filters">): SqlStatement {
  const p = new Params();
  const hit = hitSetSql(p, params.query, params.filters);
  const sql = `WITH hit AS MATERIALIZED (${hit}),
rp AS MATERIALIZED (SELECT p.id, s.org_type, s.segment_id FROM hit CROSS JOIN submissions s ON s.id = hit.id CROSS JOIN proposals p ON p.submission_id = hit.id WHERE ${PROPOSAL_REFLECTED_SQL})
SELECT 'segment' AS dim, g.slug AS value, count(*) AS n FROM rp CROSS JOIN segments g ON g.id = rp.segment_id GROUP BY g.slug
UNION ALL SELECT 'organizationType', rp.org_type, count(*) FROM rp GROUP BY rp.org_type
UNION ALL SELECT 'theme', pt.theme_slug, count(*) FROM rp CROSS JOIN proposal_themes pt ON pt.proposal_id = rp.id GROUP BY pt.theme_slug`;
  return { sql, params: p.values };
}

export type ReflectedRow = { dim: "segment" | "organizationType" | "theme"; value: string; n: number };

export type StatisticsRow = { dim: string; value: string; n: number; proposals: number; organizations: number; reflected: number };
export type LabelRow = { kind: "segment" | "theme"; slug: string; label: string };

/** The figures, the segment and theme labels and the archive version, in one batch (one consistent snapshot). */
export async function readStatistics(
  db: D1Database | D1DatabaseSession,
  params: Pick<SearchParams, "query" | "filters">,
): Promise<{ rows: StatisticsRow[]; reflected: ReflectedRow[]; labels: LabelRow[]; version: string }> {
  const stats = statisticsSql(params);
  const reflected = reflectedSql(params);
  const [v, a, r, b] = await db.batch([
    db.prepare(ARCHIVE_VERSION_SQL),
    db.prepare(stats.sql).bind(...stats.params),
    db.prepare(reflected.sql).bind(...reflected.params),
    db.prepare("SELECT 'segment' AS kind, slug, title AS label FROM segments UNION ALL SELECT 'theme', slug, label FROM themes"),
  ]);
  const version = (v!.results?.[0] as { v: string } | undefined)?.v ?? "0";
  return { rows: (a!.results ?? []) as StatisticsRow[], reflected: (r!.results ?? []) as ReflectedRow[], labels: (b!.results ?? []) as LabelRow[], version };
}
