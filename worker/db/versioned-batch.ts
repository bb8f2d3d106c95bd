/**
 * Optimistic concurrency for batches. A change is one `db.batch`; exactly one of its statements is
 * the version check (`UPDATE … WHERE version = ?2 … RETURNING id`), made by `versionChecked()`, and
 * every later statement finds the row by the random `write_id` only that check sets. So when the
 * check matches nothing, the whole batch changes nothing, and `runVersionedBatch` says so: callers
 * never count positions in the batch's results.
 */
const VERSION_CHECKS = new WeakSet<D1PreparedStatement>();

/** Marks the statement whose returned row proves the batch applied (it must end `RETURNING id`). */
export function versionChecked(statement: D1PreparedStatement): D1PreparedStatement {
  VERSION_CHECKS.add(statement);
  return statement;
}

/**
 * Whether a version-checked write applied: its statement ends `RETURNING id`, so the row it changed
 * comes back. (`meta.changes` is no proof: with triggers on `submissions`, D1 reports changes for an
 * UPDATE that matched nothing.)
 */
export function writeApplied(result: D1Result | undefined): boolean {
  return (result?.results?.length ?? 0) > 0;
}

/**
 * Runs `statements` as one batch (a transaction) and returns whether its version check applied.
 * The batch must hold exactly one statement marked by `versionChecked()`.
 */
export async function runVersionedBatch(db: D1Database, statements: readonly D1PreparedStatement[]): Promise<boolean> {
  const checks = statements.flatMap((s, i) => (VERSION_CHECKS.has(s) ? [i] : []));
  if (checks.length !== 1) throw new Error(`A versioned batch needs exactly one version check; this one has ${checks.length}.`);
  const results = await db.batch([...statements]);
  return writeApplied(results[checks[0]!]);
}
