/** Counts for the index pages, read from the facet table's primary key (no scan of statements). */

type Db = D1Database | D1DatabaseSession;

/**
 * Published statements per theme (the statement's themes and its proposals', each statement once):
 * the same count as `listThemes`' statementCount, without a correlated scan per theme.
 */
export async function themeStatementCounts(db: Db): Promise<Map<string, number>> {
  const { results } = await db.prepare("SELECT value, count(*) AS n FROM statement_facets WHERE facet = 'theme' GROUP BY value").all<{ value: string; n: number }>();
  return new Map(results.map((r) => [r.value, r.n]));
}

/** The taxonomy in its order, without counts. */
export async function listThemeRows(db: Db): Promise<{ slug: string; label: string; description: string }[]> {
  const { results } = await db.prepare("SELECT slug, label, description FROM themes ORDER BY position, label").all<{ slug: string; label: string; description: string }>();
  return results;
}
