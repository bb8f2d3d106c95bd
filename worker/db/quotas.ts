/**
 * Hard quotas kept in D1. Batch `consumeQuotaStatement` with the write it limits: past the cap the
 * counter's CHECK fails and the whole batch (the write included) is rolled back.
 */
export function consumeQuotaStatement(db: D1Database, key: string, cap: number, now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO quota_counters (key, used, cap, updated_at) VALUES (?1, 1, ?2, ?3)
       ON CONFLICT (key) DO UPDATE SET used = used + 1, cap = excluded.cap, updated_at = excluded.updated_at`,
    )
    .bind(key, cap, now);
}

/** Gives one use back, only if the submission write `writeId` of the same batch took place. */
export function releaseQuotaAfterWriteStatement(db: D1Database, key: string, writeId: string, now: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE quota_counters SET used = max(used - 1, 0), updated_at = ?3
       WHERE key = ?1 AND EXISTS (SELECT 1 FROM submissions WHERE write_id = ?2)`,
    )
    .bind(key, writeId, now);
}

export function isQuotaExceeded(err: unknown): boolean {
  return err instanceof Error && /CHECK constraint failed: quota_exceeded/.test(err.message);
}

export async function getQuotaUsed(db: D1Database, key: string): Promise<number> {
  const row = await db.prepare("SELECT used FROM quota_counters WHERE key = ?1").bind(key).first<{ used: number }>();
  return row?.used ?? 0;
}
