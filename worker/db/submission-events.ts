/** A submission's history (the append-only `events` table), as opposed to the security audit trail. */

export const EVENT_ACTIONS = [
  "submitted", "edited", "tagged", "changes_requested", "resubmitted", "published", "rejected", "withdrawn", "unpublished", "republished", "corrected", "outcome_linked",
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** The history event of the write `writeId`; appended only if that write applied. */
export function insertEventStatement(
  db: D1Database,
  args: { writeId: string; at: string; actorEmail: string; actorRole: string; action: EventAction; changes: Record<string, { from: unknown; to: unknown }>; note?: string | null },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO events (submission_id, at, actor_email, actor_role, action, changes, note)
       SELECT id, ?2, ?3, ?4, ?5, ?6, ?7 FROM submissions WHERE write_id = ?1`,
    )
    .bind(args.writeId, args.at, args.actorEmail, args.actorRole, args.action, JSON.stringify(args.changes), args.note ?? null);
}

export type HistoryItem = { at: string; actor: { email: string; role: string }; action: EventAction; changes: Record<string, { from: unknown; to: unknown }>; note?: string | null };

export async function listHistory(db: D1Database, reference: string): Promise<HistoryItem[]> {
  const { results } = await db
    .prepare(
      `SELECT e.at, e.actor_email AS email, e.actor_role AS role, e.action, e.changes, e.note FROM events e
        JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 ORDER BY e.id`,
    )
    .bind(reference)
    .all<{ at: string; email: string; role: string; action: EventAction; changes: string; note: string | null }>();
  return results.map((r) => ({ at: r.at, actor: { email: r.email, role: r.role }, action: r.action, changes: JSON.parse(r.changes) as HistoryItem["changes"], note: r.note }));
}

/** The API view of the history (API.md: at, actor, action, changes — only fields whose value changed, also in events older than that rule). */
export function historyView(items: HistoryItem[]) {
  return items.map(({ note: _note, changes, ...item }) => ({
    ...item,
    changes: Object.fromEntries(Object.entries(changes).filter(([, c]) => JSON.stringify(c.from) !== JSON.stringify(c.to))),
  }));
}
