
/**
 * An email as the outbox stores it: rendered (`html`, `text`: the email layer's `RenderedEmail`), or
 * queued as its template's `data`, rendered when it is delivered (`QueuedEmail`, migration 0018).
 */
export type OutboxEmail = { template: string; subject: string; headers?: Record<string, string> } & (
  | { html: string; text: string; data?: undefined }
  | { data: unknown; html?: undefined; text?: undefined }
);

export type OutboxRow = {
  id: number;
  toEmail: string;
  template: string;
  subject: string;
  html: string;
  text: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  createdAt: string;
  /** Extra headers as a JSON object (`{}` for most emails; List-Unsubscribe on digests). */
  headers: string;
  /** The template's data (JSON) of an email rendered on delivery; null when `html` and `text` are stored. */
  data: string | null;
};

const COLUMNS = "id, to_email AS toEmail, template, subject, html, text, status, attempts, created_at AS createdAt, headers, data";

/** The stored headers of an outbox row, as an object (a row from before migration 0012 has `{}`). */
export function outboxHeaders(row: Pick<OutboxRow, "headers">): Record<string, string> {
  try {
    const parsed = JSON.parse(row.headers) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}

/**
 * The outbox row for an email; batch it with the change that causes it. With `writeId` the row is
 * written only if that submission write applied (and is linked to the submission).
 */
export function insertOutboxStatement(db: D1Database, to: string, email: OutboxEmail, now: string, writeId: string | null = null): D1PreparedStatement {
  const headers = JSON.stringify(email.headers ?? {});
  const data = email.data === undefined ? null : JSON.stringify(email.data);
  const [html, text] = [email.html ?? "", email.text ?? ""];
  if (writeId === null) {
    return db
      .prepare("INSERT INTO outbox (to_email, template, subject, html, text, headers, next_attempt_at, created_at, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)")
      .bind(to, email.template, email.subject, html, text, headers, now, data);
  }
  return db
    .prepare(
      `INSERT INTO outbox (to_email, template, subject, html, text, headers, submission_id, next_attempt_at, created_at, data)
       SELECT ?1, ?2, ?3, ?4, ?5, ?8, id, ?7, ?7, ?9 FROM submissions WHERE write_id = ?6`,
    )
    .bind(to, email.template, email.subject, html, text, writeId, now, headers, data);
}

export async function listDue(db: D1Database, now: string, maxAttempts: number, limit = 50): Promise<OutboxRow[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM outbox WHERE status IN ('pending', 'failed') AND next_attempt_at <= ?1 AND attempts < ?2 ORDER BY id LIMIT ?3`)
    .bind(now, maxAttempts, limit)
    .all<OutboxRow>();
  return results;
}

/**
 * Takes up to `limit` due emails for one delivery pass, in one statement: their next attempt moves
 * to `leaseUntil`, so a concurrent pass (another request's, or the cron's) cannot take them too and
 * no email goes out twice. One write per pass, however many passes overlap during a rush.
 */
export async function claimDue(db: D1Database, now: string, maxAttempts: number, leaseUntil: string, limit = 50): Promise<OutboxRow[]> {
  const { results } = await db
    .prepare(
      `UPDATE outbox SET next_attempt_at = ?3
       WHERE id IN (SELECT id FROM outbox WHERE status IN ('pending', 'failed') AND next_attempt_at <= ?1 AND attempts < ?2 ORDER BY id LIMIT ?4)
       RETURNING ${COLUMNS}`,
    )
    .bind(now, maxAttempts, leaseUntil, limit)
    .all<OutboxRow>();
  return results.sort((a, b) => a.id - b.id);
}

/** Records the emails a pass sent, in one write (a pass sends up to 50). */
export async function markSent(db: D1Database, ids: readonly number[], now: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .prepare("UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?2, last_error = NULL WHERE id IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(ids), now)
    .run();
}

export async function markFailed(db: D1Database, id: number, error: string, nextAttemptAt: string): Promise<void> {
  await db
    .prepare("UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE id = ?1")
    .bind(id, error.slice(0, 500), nextAttemptAt)
    .run();
}

export async function listMailbox(db: D1Database, to: string, limit = 50): Promise<OutboxRow[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE to_email = ?1 ORDER BY id DESC LIMIT ?2`).bind(to, limit).all<OutboxRow>();
  return results;
}

/** An email the outbox gave up on: every delivery attempt failed. */
export type UndeliveredEmail = { id: number; toEmail: string; subject: string; lastError: string | null; attempts: number; createdAt: string };

/** The emails past their last delivery attempt, newest first (at most `limit`), and how many there are in all. */
export async function listUndelivered(db: D1Database, maxAttempts: number, limit = 20): Promise<{ total: number; items: UndeliveredEmail[] }> {
  const [items, total] = await db.batch<UndeliveredEmail | { n: number }>([
    db
      .prepare(
        `SELECT id, to_email AS toEmail, subject, last_error AS lastError, attempts, created_at AS createdAt
           FROM outbox WHERE status = 'failed' AND attempts >= ?1 ORDER BY id DESC LIMIT ?2`,
      )
      .bind(maxAttempts, limit),
    db.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'failed' AND attempts >= ?1").bind(maxAttempts),
  ]);
  return { total: (total!.results[0] as { n: number }).n, items: items!.results as UndeliveredEmail[] };
}
