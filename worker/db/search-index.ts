/**
 * Keeps the public search index in step with the base tables. Put `indexBeforeChange` first and
 * `indexAfterChange` last in every batch that changes a submission's status or content.
 *
 * Placeholder until the archive's FTS5 index exists (issue: public archive): both return no statements.
 */
export function indexBeforeChange(_db: D1Database, _reference: string): D1PreparedStatement[] {
  return [];
}

export function indexAfterChange(_db: D1Database, _reference: string): D1PreparedStatement[] {
  return [];
}
