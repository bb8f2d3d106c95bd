export type AuditKind = "sign-in" | "sign-in-failed" | "sign-out" | "denied" | "staff-action";

export type AuditEvent = {
  at: string;
  kind: AuditKind;
  actorEmail: string | null;
  actorRole: "submitter" | "moderator" | "admin" | null;
  ip: string | null;
  method: string;
  path: string;
  status: number;
  requestId: string;
};

export type StoredAuditEvent = AuditEvent & { id: number };

const COLUMNS = "id, at, kind, actor_email AS actorEmail, actor_role AS actorRole, ip, method, path, status, request_id AS requestId";

export async function insertAuditEvent(db: D1Database, e: AuditEvent): Promise<void> {
  await db
    .prepare("INSERT INTO audit_events (at, kind, actor_email, actor_role, ip, method, path, status, request_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
    .bind(e.at, e.kind, e.actorEmail, e.actorRole, e.ip, e.method, e.path.slice(0, 500), e.status, e.requestId)
    .run();
}

export async function listAuditEventsForRequest(db: D1Database, requestId: string): Promise<StoredAuditEvent[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM audit_events WHERE request_id = ?1 ORDER BY id`).bind(requestId).all<StoredAuditEvent>();
  return results;
}

/** The email behind a session, found by the hash of its cookie value (used to name who just signed in). */
export async function getSessionEmail(db: D1Database, idHash: string): Promise<string | null> {
  const row = await db
    .prepare("SELECT users.email AS email FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.id_hash = ?1")
    .bind(idHash)
    .first<{ email: string }>();
  return row?.email ?? null;
}

/** Retention: removes events older than `before` (operators run this; see docs/operations.md). */
export async function deleteAuditEventsBefore(db: D1Database, before: string): Promise<number> {
  const result = await db.prepare("DELETE FROM audit_events WHERE at < ?1").bind(before).run();
  return result.meta.changes;
}
