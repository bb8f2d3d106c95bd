import type { CompiledQuery } from "../domain/search-query";
import { Params, rowConditions, SUMMARY_COLUMNS, type Filters, type SqlStatement } from "./archive";

/** Subscriptions to a search and their digests (docs/delegates.md). Tokens: only the confirmation's hash is stored. */

type Db = D1Database | D1DatabaseSession;

export type NewSubscription = {
  email: string; frequency: string; filters: string; locale: string; confirmHash: string; confirmExpiresAt: string; unsubscribeToken: string; now: string;
};

/** Unconfirmed, unexpired subscriptions of one address: what its inbox may still receive confirmations for. */
export async function countLivePending(db: Db, email: string, now: string): Promise<number> {
  const row = await db
    .prepare("SELECT count(*) AS n FROM subscriptions WHERE email = ?1 AND status = 'pending' AND confirm_expires_at > ?2")
    .bind(email, now)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export function insertSubscriptionStatement(db: D1Database, s: NewSubscription): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO subscriptions (email, frequency, filters, locale, confirm_hash, confirm_expires_at, unsubscribe_token, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    )
    .bind(s.email, s.frequency, s.filters, s.locale, s.confirmHash, s.confirmExpiresAt, s.unsubscribeToken, s.now);
}

/**
 * Confirms in one batch: the subscription becomes active with its watermark at the newest
 * publication (its first digest covers only what is published after this) and is due at once; an
 * earlier active subscription of the same address to the same search ends (the new frequency wins).
 */
export function confirmStatements(db: D1Database, confirmHash: string, now: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE subscriptions SET status = 'active', confirmed_at = ?2, next_due_at = ?2,
           since_seq = (SELECT coalesce(max(seq), 0) FROM publications)
         WHERE confirm_hash = ?1 AND status = 'pending' AND confirm_expires_at > ?2`,
      )
      .bind(confirmHash, now),
    db
      .prepare(
        `UPDATE subscriptions SET status = 'unsubscribed', unsubscribed_at = ?2
         WHERE status = 'active' AND confirm_hash <> ?1
           AND (email, filters) IN (SELECT email, filters FROM subscriptions WHERE confirm_hash = ?1 AND status = 'active' AND confirmed_at = ?2)`,
      )
      .bind(confirmHash, now),
  ];
}

export type SubscriptionView = { email: string; frequency: "daily" | "weekly"; filters: string; locale: string; status: "pending" | "active" | "unsubscribed" };

export async function getByConfirmHash(db: Db, confirmHash: string): Promise<SubscriptionView | null> {
  return db.prepare("SELECT email, frequency, filters, locale, status FROM subscriptions WHERE confirm_hash = ?1").bind(confirmHash).first<SubscriptionView>();
}

/** Ends the subscription whose unsubscribe token this is; true when the token names one (even one already ended). */
export async function unsubscribe(db: D1Database, token: string, now: string): Promise<boolean> {
  const [, found] = await db.batch([
    db.prepare("UPDATE subscriptions SET status = 'unsubscribed', unsubscribed_at = ?2 WHERE unsubscribe_token = ?1 AND status <> 'unsubscribed'").bind(token, now),
    db.prepare("SELECT 1 AS ok FROM subscriptions WHERE unsubscribe_token = ?1").bind(token),
  ]);
  return (found!.results?.length ?? 0) > 0;
}

// ---- Digests

export type DueSubscription = { id: number; email: string; frequency: "daily" | "weekly"; filters: string; locale: string; unsubscribeToken: string; sinceSeq: number };

/** The newest publication: the digests of one pass cover up to it. */
export const MAX_SEQ_SQL = "SELECT coalesce(max(seq), 0) AS seq FROM publications";

/**
 * Active subscriptions due by `at` that have not yet looked at publication `maxSeq`: one that
 * found nothing new keeps its due time but moves its watermark, so it costs nothing until the next
 * publication (docs/delegates.md). Subscriptions to the same search at the same watermark come
 * together (then by language), so one read and one render serve all of them.
 */
export async function listDue(db: D1Database, at: string, maxSeq: number, limit: number): Promise<DueSubscription[]> {
  const { results } = await db
    .prepare(
      `SELECT id, email, frequency, filters, locale, unsubscribe_token AS unsubscribeToken, since_seq AS sinceSeq
         FROM subscriptions WHERE status = 'active' AND next_due_at <= ?1 AND since_seq < ?2 ORDER BY since_seq, filters, locale, id LIMIT ?3`,
    )
    .bind(at, maxSeq, limit)
    .all<DueSubscription>();
  return results;
}

/**
 * A digest's statements: those first published after `afterSeq` (up to `uptoSeq`) that match the
 * followed query and filters, newest publication first. The publication log drives; the query and
 * filters are checked on those rows only (the search's own conditions, `rowConditions`).
 */
export function digestItemsSql(args: { query: CompiledQuery | null; filters: Filters; afterSeq: number; uptoSeq: number; limit: number }): SqlStatement {
  const p = new Params();
  const range = `pub.seq > ${p.add(args.afterSeq)} AND pub.seq <= ${p.add(args.uptoSeq)}`;
  const where = ["s.status = 'published'", ...rowConditions(p, args.query, args.filters, "s.id")];
  const sql = `SELECT ${SUMMARY_COLUMNS}, 0.0 AS rank, substr(s.text, 1, 600) AS text, NULL AS proposalsText
FROM publications pub CROSS JOIN submissions s ON s.id = pub.submission_id JOIN segments g ON g.id = s.segment_id
WHERE ${range} AND ${where.join(" AND ")}
ORDER BY pub.seq DESC LIMIT ${p.add(args.limit)}`;
  return { sql, params: p.values };
}

/**
 * The digest email and the subscription's new watermark, as one batch: both are guarded by the
 * watermark the pass read, so when two passes (or a retry) race, only the first writes anything and
 * no digest is queued twice.
 */
export function digestSentStatements(
  db: D1Database,
  sub: Pick<DueSubscription, "id" | "email" | "sinceSeq">,
  email: { template: string; subject: string; html: string; text: string; headers: Record<string, string> },
  args: { uptoSeq: number; at: string; nextDueAt: string },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO outbox (to_email, template, subject, html, text, headers, next_attempt_at, created_at)
         SELECT email, ?3, ?4, ?5, ?6, ?7, ?8, ?8 FROM subscriptions WHERE id = ?1 AND since_seq = ?2 AND status = 'active'`,
      )
      .bind(sub.id, sub.sinceSeq, email.template, email.subject, email.html, email.text, JSON.stringify(email.headers), args.at),
    db
      .prepare(
        `UPDATE subscriptions SET since_seq = ?3, last_digest_at = ?4, next_due_at = ?5
         WHERE id = ?1 AND since_seq = ?2 AND status = 'active'`,
      )
      .bind(sub.id, sub.sinceSeq, args.uptoSeq, args.at, args.nextDueAt),
  ];
}

/** Subscriptions that found nothing new up to `uptoSeq`: their watermark moves on, their due time stays. */
export function nothingNewStatement(db: D1Database, ids: number[], uptoSeq: number): D1PreparedStatement {
  return db
    .prepare("UPDATE subscriptions SET since_seq = ?2 WHERE id IN (SELECT value FROM json_each(?1)) AND since_seq < ?2 AND status = 'active'")
    .bind(JSON.stringify(ids), uptoSeq);
}

/**
 * Sent digests older than `before` leave the outbox (10,000 subscribers × a busy day is ~200 MB of
 * rendered email a day otherwise). Bounded per run; reads the (status, next_attempt_at) index, where a
 * sent row's time is its last attempt.
 */
export function purgeSentDigestsStatement(db: D1Database, before: string, limit: number): D1PreparedStatement {
  return db
    .prepare(
      `DELETE FROM outbox WHERE id IN (
         SELECT id FROM outbox WHERE status = 'sent' AND next_attempt_at < ?1 AND template = 'digest' ORDER BY next_attempt_at LIMIT ?2)`,
    )
    .bind(before, limit);
}
