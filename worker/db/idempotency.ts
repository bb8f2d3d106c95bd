export type IdempotencyRecord = { bodyHash: string; status: number; response: string };

export async function getIdempotencyRecord(db: D1Database, userId: number, key: string): Promise<IdempotencyRecord | null> {
  return db
    .prepare("SELECT body_hash AS bodyHash, status, response FROM idempotency_keys WHERE user_id = ?1 AND key = ?2")
    .bind(userId, key)
    .first<IdempotencyRecord>();
}

/** Recorded in the same batch as the creation: a concurrent retry's batch fails on the primary key and writes nothing. */
export function insertIdempotencyStatement(db: D1Database, userId: number, key: string, record: IdempotencyRecord, now: string): D1PreparedStatement {
  return db
    .prepare("INSERT INTO idempotency_keys (user_id, key, body_hash, status, response, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    .bind(userId, key, record.bodyHash, record.status, record.response, now);
}
