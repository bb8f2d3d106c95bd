import type { Decision, ReasonCode } from "../domain/moderation";
import type { Status } from "../domain/status";
import { termImpactWrites } from "./search-index";

/** Reading campaigns (migration 0010) and deciding their members in chunks. */

export type CampaignRow = { id: string; size: number; organizations: number; representative: { reference: string; title: string }; references: string[] };

/**
 * Campaigns with members in `status`, largest (by those members) first, after the keyset
 * `after` ([count, id]): `size`, `organizations` and `references` (first 100, oldest first) count
 * only the members in that status.
 */
export async function listCampaignPage(db: D1Database, status: Status, limit: number, after: [number, string] | null): Promise<CampaignRow[]> {
  const { results } = await db
    .prepare(
      // Materialized once; each campaign's references are read from its own members (CROSS JOIN keeps
      // that order: driven by the status index instead, it would scan every submission in the status).
      `WITH counted AS MATERIALIZED (
         SELECT m.campaign_id AS id, count(*) AS n, count(DISTINCT s.organization_id) AS orgs
           FROM submissions s JOIN campaign_members m ON m.submission_id = s.id
          WHERE s.status = ?1 GROUP BY m.campaign_id)
       SELECT c.id, c.n, c.orgs, r.reference, coalesce(r.title, '') AS title,
         (SELECT json_group_array(reference) FROM (
            SELECT s2.reference FROM campaign_members m2 CROSS JOIN submissions s2 ON s2.id = m2.submission_id
             WHERE m2.campaign_id = c.id AND s2.status = ?1 ORDER BY s2.submitted_at, s2.id LIMIT 100)) AS refs
         FROM counted c JOIN campaigns k ON k.id = c.id JOIN submissions r ON r.id = k.representative_id
        WHERE ?2 IS NULL OR c.n < ?2 OR (c.n = ?2 AND c.id > ?3)
        ORDER BY c.n DESC, c.id LIMIT ?4`,
    )
    .bind(status, after?.[0] ?? null, after?.[1] ?? null, limit)
    .all<{ id: string; n: number; orgs: number; reference: string; title: string; refs: string }>();
  return results.map((r) => ({ id: r.id, size: r.n, organizations: r.orgs, representative: { reference: r.reference, title: r.title }, references: JSON.parse(r.refs) as string[] }));
}

export type Campaign = { id: string; size: number; representativeId: number; representativeReference: string; createdAt: string };

export async function getCampaign(db: D1Database, id: string): Promise<Campaign | null> {
  return db
    .prepare(
      `SELECT c.id, c.size, c.representative_id AS representativeId, r.reference AS representativeReference, c.created_at AS createdAt
         FROM campaigns c JOIN submissions r ON r.id = c.representative_id WHERE c.id = ?1`,
    )
    .bind(id)
    .first<Campaign>();
}

export type CampaignMember = {
  id: number;
  reference: string;
  status: Status;
  title: string;
  text: string;
  organization: string;
  organizationId: number | null;
  submittedAt: string;
  publishedAt: string | null;
  reasonCode: string | null;
  reason: string | null;
  locale: string;
  ownerEmail: string;
};

/** Every member, oldest first (`withText` false leaves `text` empty: the decision needs no text); or one page of them. */
export async function listCampaignMembers(db: D1Database, id: string, withText: boolean, page: { offset: number; limit: number } = { offset: 0, limit: -1 }): Promise<CampaignMember[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.reference, s.status, coalesce(s.title, '') AS title, CASE WHEN ?2 THEN coalesce(s.text, '') ELSE '' END AS text,
         coalesce(s.org_name, '') AS organization, s.organization_id AS organizationId, s.submitted_at AS submittedAt, s.published_at AS publishedAt,
         s.decision_reason_code AS reasonCode, s.decision_reason AS reason, s.locale, u.email AS ownerEmail
         FROM campaign_members m JOIN submissions s ON s.id = m.submission_id JOIN users u ON u.id = s.owner_id
        WHERE m.campaign_id = ?1 ORDER BY s.submitted_at, s.id LIMIT ?3 OFFSET ?4`,
    )
    .bind(id, withText ? 1 : 0, page.limit, page.offset)
    .all<CampaignMember>();
  return results;
}

/** Members in all, those still `submitted`, and the distinct organizations of those. */
export async function campaignCounts(db: D1Database, id: string): Promise<{ members: number; pending: number; organizations: number }> {
  const row = await db
    .prepare(
      `SELECT count(*) AS members, coalesce(sum(s.status = 'submitted'), 0) AS pending,
         count(DISTINCT CASE WHEN s.status = 'submitted' THEN s.organization_id END) AS organizations
         FROM campaign_members m JOIN submissions s ON s.id = m.submission_id WHERE m.campaign_id = ?1`,
    )
    .bind(id)
    .first<{ members: number; pending: number; organizations: number }>();
  return row ?? { members: 0, pending: 0, organizations: 0 };
}

/** One member decided in a chunk: its history changes and its email, written only if its status change applied. */
export type ChunkMember = { id: number; changes: Record<string, { from: unknown; to: unknown }>; to: string; subject: string; html: string; text: string };

/**
 * One chunk of a campaign decision, as one batch (all or nothing): the members still `submitted`
 * change status (each its own `write_id`, `chunkId.id`), then only those get their history event,
 * their email and (when published) their search-index entries. Members decided meanwhile are left
 * alone, so a retried chunk decides and mails nobody twice. The first statement's returned rows (`RETURNING id`)
 * is the number decided.
 */
export function decideChunkStatements(
  db: D1Database,
  args: {
    chunkId: string;
    members: readonly ChunkMember[];
    toStatus: Status;
    decision: Decision;
    action: string;
    reasonCode: ReasonCode | null;
    reason: string | null;
    actorEmail: string;
    actorRole: string;
    template: string;
    now: string;
  },
): D1PreparedStatement[] {
  const ids = JSON.stringify(args.members.map((m) => m.id));
  const data = JSON.stringify(args.members);
  const mine = "SELECT id FROM submissions WHERE id IN (SELECT value FROM json_each(?1)) AND write_id = ?2 || '.' || id";
  return [
    db
      .prepare(
        `UPDATE submissions SET status = ?3, version = version + 1, updated_at = ?4, write_id = ?2 || '.' || id,
           published_at = CASE WHEN ?3 = 'published' THEN ?4 ELSE published_at END,
           decision = ?5, decision_reason_code = ?6, decision_reason = ?7, decided_at = ?4, decided_by = ?8
          WHERE id IN (SELECT value FROM json_each(?1)) AND status = 'submitted'
          RETURNING id`,
      )
      .bind(ids, args.chunkId, args.toStatus, args.now, args.decision, args.reasonCode, args.reason, args.actorEmail),
    db
      .prepare(
        `INSERT INTO events (submission_id, at, actor_email, actor_role, action, changes, note)
         SELECT s.id, ?3, ?4, ?5, ?6, j.value ->> '$.changes', ?7
           FROM json_each(?1) j JOIN submissions s ON s.id = j.value ->> '$.id' WHERE s.write_id = ?2 || '.' || s.id ORDER BY s.id`,
      )
      .bind(data, args.chunkId, args.now, args.actorEmail, args.actorRole, args.action, args.reason),
    db
      .prepare(
        `INSERT INTO outbox (to_email, template, subject, html, text, submission_id, next_attempt_at, created_at)
         SELECT j.value ->> '$.to', ?3, j.value ->> '$.subject', j.value ->> '$.html', j.value ->> '$.text', s.id, ?4, ?4
           FROM json_each(?1) j JOIN submissions s ON s.id = j.value ->> '$.id' WHERE s.write_id = ?2 || '.' || s.id ORDER BY s.id`,
      )
      .bind(data, args.chunkId, args.template, args.now),
    // The members were `submitted` (not in the index) before; those published now go in.
    db
      .prepare(
        `INSERT INTO statements_fts (rowid, title, text, proposals, organization, speaker)
         SELECT id, title, text, proposals, organization, speaker FROM statements_fts_source WHERE id IN (${mine})`,
      )
      .bind(ids, args.chunkId),
    db
      .prepare(`INSERT INTO statements_fts_trigram (rowid, body, organization, speaker) SELECT id, body, organization, speaker FROM statements_fts_trigram_source WHERE id IN (${mine})`)
      .bind(ids, args.chunkId),
    db
      .prepare(`INSERT INTO statements_words (rowid, title, text, proposals) SELECT id, title, text, proposals FROM statements_fts_source WHERE id IN (${mine})`)
      .bind(ids, args.chunkId),
    db
      .prepare(`INSERT OR IGNORE INTO statement_facets (submission_id, facet, value) SELECT submission_id, facet, value FROM statement_facets_source WHERE submission_id IN (${mine})`)
      .bind(ids, args.chunkId),
    ...termImpactWrites(db, mine, [ids, args.chunkId]),
    db
      .prepare(`UPDATE archive_state SET version = version + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM submissions WHERE id IN (${mine}) AND status = 'published')`)
      .bind(ids, args.chunkId),
  ];
}
