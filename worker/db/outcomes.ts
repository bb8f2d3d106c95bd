/** Outcomes (migration 0015, docs/outcomes.md): a segment's summary, its paragraphs, and the confirmed proposal links. */
import type { OutboxEmail } from "./outbox";

type Db = D1Database | D1DatabaseSession;

export type OutcomeSource = "pdf" | "docx" | "text" | "json";
export type StoredOutcome = { id: number; segmentId: number; title: string; publishedOn: string; url: string | null; source: OutcomeSource; updatedAt: string };
export type Paragraph = { number: string; text: string };
export type LinkRow = { submissionId: number; reference: string; proposal: number; paragraph: string; ownerId: number };

export async function getOutcome(db: Db, segmentId: number): Promise<StoredOutcome | null> {
  return db
    .prepare(
      `SELECT id, segment_id AS segmentId, title, published_on AS publishedOn, url, source, updated_at AS updatedAt
       FROM outcomes WHERE segment_id = ?1`,
    )
    .bind(segmentId)
    .first<StoredOutcome>();
}

export async function listParagraphs(db: Db, outcomeId: number): Promise<Paragraph[]> {
  const { results } = await db.prepare("SELECT number, text FROM outcome_paragraphs WHERE outcome_id = ?1 ORDER BY position").bind(outcomeId).all<Paragraph>();
  return results;
}

/** Writes the outcome (new or replacing the segment's one) and all its paragraphs, in three statements. */
export function saveOutcomeStatements(
  db: D1Database,
  o: { segmentId: number; title: string; publishedOn: string; url: string | null; source: OutcomeSource; actor: string; now: string; paragraphs: Paragraph[] },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO outcomes (segment_id, title, published_on, url, source, created_by, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
         ON CONFLICT (segment_id) DO UPDATE SET title = excluded.title, published_on = excluded.published_on, url = excluded.url,
           source = excluded.source, updated_at = excluded.updated_at`,
      )
      .bind(o.segmentId, o.title, o.publishedOn, o.url, o.source, o.actor, o.now),
    db.prepare("DELETE FROM outcome_paragraphs WHERE outcome_id = (SELECT id FROM outcomes WHERE segment_id = ?1)").bind(o.segmentId),
    db
      .prepare(
        `INSERT INTO outcome_paragraphs (outcome_id, position, number, text)
         SELECT (SELECT id FROM outcomes WHERE segment_id = ?1), j.key + 1, j.value ->> '$.number', j.value ->> '$.text' FROM json_each(?2) j`,
      )
      .bind(o.segmentId, JSON.stringify(o.paragraphs)),
  ];
}

/** The segment's confirmed links, of any statement (a link outlives an unpublishing; public reads filter). */
export async function listLinks(db: Db, segmentId: number): Promise<LinkRow[]> {
  const { results } = await db
    .prepare(
      `SELECT l.submission_id AS submissionId, s.reference, l.proposal_number AS proposal, l.paragraph, s.owner_id AS ownerId
       FROM outcome_links l JOIN submissions s ON s.id = l.submission_id
       WHERE l.segment_id = ?1 ORDER BY s.id, l.proposal_number, l.paragraph`,
    )
    .bind(segmentId)
    .all<LinkRow>();
  return results;
}

/** Replaces the segment's links with `links` (one statement: the set goes in as JSON). */
export function replaceLinksStatements(
  db: D1Database,
  segmentId: number,
  links: { submissionId: number; proposal: number; paragraph: string; linkedBy: string; linkedAt: string }[],
): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM outcome_links WHERE segment_id = ?1").bind(segmentId),
    db
      .prepare(
        `INSERT OR IGNORE INTO outcome_links (segment_id, submission_id, proposal_number, paragraph, linked_by, linked_at)
         SELECT ?1, j.value ->> '$.submissionId', j.value ->> '$.proposal', j.value ->> '$.paragraph', j.value ->> '$.linkedBy', j.value ->> '$.linkedAt'
         FROM json_each(?2) j`,
      )
      .bind(segmentId, JSON.stringify(links)),
  ];
}

/** One `outcome_linked` history event; links are not content, so the statement's version stays. */
export function insertLinkEventStatement(
  db: D1Database,
  e: { submissionId: number; at: string; actorEmail: string; actorRole: string; changes: Record<string, { from: string[]; to: string[] }> },
): D1PreparedStatement {
  return db
    .prepare("INSERT INTO events (submission_id, at, actor_email, actor_role, action, changes) VALUES (?1, ?2, ?3, ?4, 'outcome_linked', ?5)")
    .bind(e.submissionId, e.at, e.actorEmail, e.actorRole, JSON.stringify(e.changes));
}

export async function notifiedOwners(db: Db, segmentId: number): Promise<Set<number>> {
  const { results } = await db.prepare("SELECT user_id AS userId FROM outcome_notices WHERE segment_id = ?1").bind(segmentId).all<{ userId: number }>();
  return new Set(results.map((r) => r.userId));
}

/**
 * The outcome email to a submitter, written only if none was written for this segment before
 * (checked inside the batch, so two saves at once never send two), then the notice that says so.
 */
export function noticeStatements(db: D1Database, segmentId: number, userId: number, to: string, email: OutboxEmail, now: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO outbox (to_email, template, subject, html, text, data, next_attempt_at, created_at)
         SELECT ?3, ?4, ?5, ?6, ?7, ?9, ?8, ?8 WHERE NOT EXISTS (SELECT 1 FROM outcome_notices WHERE segment_id = ?1 AND user_id = ?2)`,
      )
      .bind(segmentId, userId, to, email.template, email.subject, email.html ?? "", email.text ?? "", now, email.data === undefined ? null : JSON.stringify(email.data)),
    db.prepare("INSERT INTO outcome_notices (segment_id, user_id, sent_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING").bind(segmentId, userId, now),
  ];
}

export type SegmentProposal = { submissionId: number; reference: string; title: string; number: number; text: string; orgName: string; orgAcronym: string | null; ownerId: number; locale: string };

/** Every proposal of the segment's published statements, in publication order. */
export async function listSegmentProposals(db: Db, segmentId: number): Promise<SegmentProposal[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id AS submissionId, s.reference, s.title, p.number, p.text, s.org_name AS orgName, s.org_acronym AS orgAcronym,
         s.owner_id AS ownerId, s.locale
       FROM proposals p JOIN submissions s ON s.id = p.submission_id
       WHERE s.segment_id = ?1 AND s.status = 'published' ORDER BY s.published_at, s.id, p.number LIMIT 5000`,
    )
    .bind(segmentId)
    .all<SegmentProposal>();
  return results;
}

export async function getUserEmail(db: Db, userId: number): Promise<string | null> {
  return (await db.prepare("SELECT email FROM users WHERE id = ?1").bind(userId).first<{ email: string }>())?.email ?? null;
}

/**
 * For other features (proposals CSV, statistics, briefs): the outcome paragraphs each proposal of
 * these published statements is linked to, keyed `${submissionId}:${proposalNumber}`, each as the
 * segment slug and paragraph label; `outcomeParagraphUrl` (domain/outcomes.ts) makes the URL.
 */
export async function outcomeLinksByProposal(db: Db, submissionIds: readonly number[]): Promise<Map<string, { segment: string; paragraph: string }[]>> {
  const out = new Map<string, { segment: string; paragraph: string }[]>();
  if (submissionIds.length === 0) return out;
  const { results } = await db
    .prepare(
      `SELECT l.submission_id AS submissionId, l.proposal_number AS proposal, g.slug AS segment, l.paragraph
       FROM outcome_links l JOIN segments g ON g.id = l.segment_id
       JOIN outcomes o ON o.segment_id = l.segment_id
       JOIN outcome_paragraphs op ON op.outcome_id = o.id AND op.number = l.paragraph
       WHERE l.submission_id IN (SELECT value FROM json_each(?1)) ORDER BY l.submission_id, l.proposal_number, op.position`,
    )
    .bind(JSON.stringify(submissionIds))
    .all<{ submissionId: number; proposal: number; segment: string; paragraph: string }>();
  for (const r of results) {
    const key = `${r.submissionId}:${r.proposal}`;
    out.set(key, [...(out.get(key) ?? []), { segment: r.segment, paragraph: r.paragraph }]);
  }
  return out;
}

/**
 * For SQL elsewhere (statistics): true when proposal `p` of submission `s` is linked to an outcome
 * paragraph. Use with the aliases `s` (submissions) and `p` (proposals).
 */
export const PROPOSAL_REFLECTED_SQL = "EXISTS (SELECT 1 FROM outcome_links ol WHERE ol.submission_id = s.id AND ol.proposal_number = p.number)";

/** Per segment slug with an outcome: its paragraphs and confirmed links (the staff index). */
export async function outcomeCounts(db: Db): Promise<Map<string, { paragraphs: number; links: number }>> {
  const { results } = await db
    .prepare(
      `SELECT g.slug, (SELECT count(*) FROM outcome_paragraphs p WHERE p.outcome_id = o.id) AS paragraphs,
         (SELECT count(*) FROM outcome_links l WHERE l.segment_id = g.id) AS links
       FROM outcomes o JOIN segments g ON g.id = o.segment_id`,
    )
    .all<{ slug: string; paragraphs: number; links: number }>();
  return new Map(results.map((r) => [r.slug, { paragraphs: r.paragraphs, links: r.links }]));
}
