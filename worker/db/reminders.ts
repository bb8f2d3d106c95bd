import type { OutboxEmail } from "./outbox";

/** The closing reminders' bookkeeping (`segment_reminders`, migration 0008). */

export type DueReminder = {
  segmentId: number;
  segmentSlug: string;
  segmentTitle: string;
  closesAt: string;
  ownerId: number;
  ownerEmail: string;
  /** The interface language of the owner's most recently updated one of them. */
  locale: string;
  /** The owner's drafts and statements waiting for changes in that segment. */
  items: { reference: string; title: string | null; status: "draft" | "changes_requested" }[];
};

/**
 * Owners with drafts or statements waiting for changes in a segment that closes in (`from`, `until`],
 * who have not had that segment's reminder yet. Withdrawn drafts do not count.
 */
export async function listDueReminders(db: D1Database, from: string, until: string, limit: number): Promise<DueReminder[]> {
  const { results } = await db
    .prepare(
      `SELECT g.id AS segmentId, g.slug AS segmentSlug, g.title AS segmentTitle, g.closes_at AS closesAt, s.owner_id AS ownerId, u.email AS ownerEmail,
          json_group_array(json_object('reference', s.reference, 'title', s.title, 'status', s.status)) AS items,
          (SELECT s2.locale FROM submissions s2 WHERE s2.owner_id = s.owner_id AND s2.segment_id = g.id AND s2.status IN ('draft', 'changes_requested')
            ORDER BY s2.updated_at DESC, s2.id DESC LIMIT 1) AS locale
         FROM segments g
         JOIN submissions s ON s.segment_id = g.id AND s.status IN ('draft', 'changes_requested') AND s.draft_withdrawn_at IS NULL
         JOIN users u ON u.id = s.owner_id
        WHERE g.closes_at > ?1 AND g.closes_at <= ?2
          AND NOT EXISTS (SELECT 1 FROM segment_reminders r WHERE r.segment_id = g.id AND r.user_id = s.owner_id)
        GROUP BY g.id, s.owner_id
        ORDER BY g.closes_at, g.id, s.owner_id
        LIMIT ?3`,
    )
    .bind(from, until, limit)
    .all<Omit<DueReminder, "items"> & { items: string }>();
  return results.map((r) => ({ ...r, items: JSON.parse(r.items) as DueReminder["items"] }));
}

/**
 * Claims the (segment, owner) reminder and queues its email, in one batch: the email is written only
 * if this pass's `claim` is the one stored, so two overlapping passes send it once.
 */
export function claimReminderStatements(
  db: D1Database,
  r: { segmentId: number; ownerId: number; to: string; claim: string; references: string[]; email: OutboxEmail; now: string },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO segment_reminders (segment_id, user_id, claim, submissions, sent_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (segment_id, user_id) DO NOTHING`,
      )
      .bind(r.segmentId, r.ownerId, r.claim, JSON.stringify(r.references), r.now),
    db
      .prepare(
        `INSERT INTO outbox (to_email, template, subject, html, text, data, next_attempt_at, created_at)
         SELECT ?4, ?5, ?6, ?7, ?8, ?10, ?9, ?9 WHERE EXISTS (SELECT 1 FROM segment_reminders WHERE segment_id = ?1 AND user_id = ?2 AND claim = ?3)`,
      )
      .bind(r.segmentId, r.ownerId, r.claim, r.to, r.email.template, r.email.subject, r.email.html ?? "", r.email.text ?? "", r.now, r.email.data === undefined ? null : JSON.stringify(r.email.data)),
  ];
}
