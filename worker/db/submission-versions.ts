/**
 * Content snapshots (migration 0011): every state of a submission's content that staff could see,
 * one per content write of a non-draft submission, so that a re-review shows what changed.
 */

export type VersionContent = { title: string; text: string; proposals: { number: number; text: string; themes: string[] }[]; themes: string[] };
export type VersionItem = VersionContent & { version: number; at: string; actor: { email: string; role: string } };

const CONTENT = `json_object('title', s.title, 'text', s.text,
  'proposals', json((SELECT json_group_array(json_object('number', p.number, 'text', p.text,
      'themes', json((SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM proposal_themes WHERE proposal_id = p.id ORDER BY theme_slug)))))
    FROM (SELECT id, number, text FROM proposals WHERE submission_id = s.id ORDER BY number) p)),
  'themes', json((SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM submission_themes WHERE submission_id = s.id ORDER BY theme_slug))))`;

/**
 * Snapshots the content of the row whose last write is `writeId`, as stored: put it after the
 * content statements of the batch. A write whose version check failed matches nothing.
 */
export function snapshotStatement(db: D1Database, args: { writeId: string; at: string; actorEmail: string; actorRole: string }): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO submission_versions (submission_id, version, at, actor_email, actor_role, content)
       SELECT s.id, s.version, ?2, ?3, ?4, ${CONTENT} FROM submissions s WHERE s.write_id = ?1 AND s.status <> 'draft'
       ON CONFLICT (submission_id, version) DO NOTHING`,
    )
    .bind(args.writeId, args.at, args.actorEmail, args.actorRole);
}

/** Every snapshot of a submission, oldest first. */
export async function listVersions(db: D1Database, reference: string): Promise<VersionItem[]> {
  const { results } = await db
    .prepare(
      `SELECT v.version, v.at, v.actor_email AS email, v.actor_role AS role, v.content FROM submission_versions v
        JOIN submissions s ON s.id = v.submission_id WHERE s.reference = ?1 ORDER BY v.version`,
    )
    .bind(reference)
    .all<{ version: number; at: string; email: string; role: string; content: string }>();
  return results.map((r) => ({ version: r.version, at: r.at, actor: { email: r.email, role: r.role }, ...(JSON.parse(r.content) as VersionContent) }));
}

/** The content version staff last saw (their last decision or edit), or null if they never acted. */
export async function staffSeenVersion(db: D1Database, reference: string): Promise<number | null> {
  const row = await db.prepare("SELECT staff_seen_version AS seen FROM submissions WHERE reference = ?1").bind(reference).first<{ seen: number | null }>();
  return row?.seen ?? null;
}
