import type { CoSignerEntry, CoSignerPlan, CoSignerRow, CoSignState, InvitationState } from "../domain/cosign";
import { slugSeed } from "../domain/organization-slug";
import type { OutboxEmail } from "./outbox";

/** Co-signers of joint statements (migrations/0009): named SQL, batched by the services. */

/** A co-signer as its statement's owner and staff see it. */
export type CoSignerView = {
  name: string;
  acronym: string | null;
  country: string;
  email: string;
  state: CoSignState;
  invitation: InvitationState;
  answeredAt: string | null;
};

/** A confirmed co-signer as the public sees it. */
export type PublicCoSigner = { name: string; acronym: string | null; country: string; slug: string };

/** JSON of the listed co-signers of submission `s`, in the submitter's order (for SUBMISSION_SELECT). */
export const COSIGNERS_JSON = `(SELECT json_group_array(json_object('name', c.name, 'acronym', c.acronym, 'country', c.country, 'email', c.email,
    'state', c.state, 'invitation', c.invitation, 'answeredAt', c.answered_at))
   FROM (SELECT * FROM cosigners WHERE submission_id = s.id AND listed = 1 ORDER BY position, id) c)`;

/** JSON of the confirmed, listed co-signers of submission `s`: all the public ever sees. */
export const PUBLIC_COSIGNERS_JSON = `(SELECT json_group_array(json_object('name', c.name, 'acronym', c.acronym, 'country', c.country, 'slug', o.slug))
   FROM (SELECT * FROM cosigners WHERE submission_id = s.id AND listed = 1 AND state = 'confirmed' ORDER BY position, id) c
   JOIN organizations o ON o.id = c.organization_id)`;

/**
 * Co-signing organizations get a row in `organizations` (for their slug and page). `type` is a
 * placeholder: what the public sees of an organization comes from published statements only.
 */
export function upsertCoSignerOrganizationsStatement(db: D1Database, list: CoSignerEntry[], now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO organizations (name, acronym, country, type, website, created_at, updated_at, slug)
       SELECT j.value ->> 'name', j.value ->> 'acronym', j.value ->> 'country', 'other', NULL, ?2, ?2, j.value ->> 'slug' FROM json_each(?1) j WHERE 1
       ON CONFLICT (name COLLATE NOCASE, country) DO NOTHING`,
    )
    .bind(JSON.stringify(list.map((c) => ({ name: c.name, acronym: c.acronym, country: c.country, slug: slugSeed(c.name) }))), now);
}

/** Adds co-signers to the submission whose last write is `writeId` (nothing if that write did not apply). */
export function insertCoSignersStatement(db: D1Database, writeId: string, list: (CoSignerEntry & { position: number })[], now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO cosigners (submission_id, organization_id, position, name, acronym, country, email, created_at, updated_at)
       SELECT s.id, o.id, j.value ->> 'position', j.value ->> 'name', j.value ->> 'acronym', j.value ->> 'country', j.value ->> 'email', ?3, ?3
         FROM json_each(?2) j JOIN submissions s ON s.write_id = ?1
         JOIN organizations o ON o.name = (j.value ->> 'name') COLLATE NOCASE AND o.country = (j.value ->> 'country')
        WHERE 1 ON CONFLICT (submission_id, organization_id) DO NOTHING`,
    )
    .bind(writeId, JSON.stringify(list), now);
}

/** Applies a plan's updates to the rows of the submission whose last write is `writeId`. */
export function updateCoSignersStatement(db: D1Database, writeId: string, update: CoSignerPlan["update"], now: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE cosigners SET listed = j.value ->> 'listed', position = j.value ->> 'position', name = j.value ->> 'name',
         acronym = j.value ->> 'acronym', email = j.value ->> 'email',
         state = CASE WHEN j.value ->> 'reset' THEN 'invited' ELSE cosigners.state END,
         invitation = CASE WHEN j.value ->> 'reset' THEN 'pending' ELSE cosigners.invitation END,
         token_hash = CASE WHEN j.value ->> 'reset' THEN NULL ELSE cosigners.token_hash END,
         answered_at = CASE WHEN j.value ->> 'reset' THEN NULL ELSE cosigners.answered_at END,
         updated_at = ?3
       FROM json_each(?2) j
       WHERE cosigners.id = (j.value ->> 'id') AND cosigners.submission_id = (SELECT id FROM submissions WHERE write_id = ?1)`,
    )
    .bind(writeId, JSON.stringify(update.map((u) => ({ ...u, listed: u.listed ? 1 : 0, reset: u.reset ? 1 : 0 }))), now);
}

/** Every co-signer row of a submission, listed or not (for planning an edit). */
export async function listCoSignerRows(db: D1Database, submissionId: number): Promise<CoSignerRow[]> {
  const { results } = await db
    .prepare("SELECT id, position, name, acronym, country, email, state, listed FROM cosigners WHERE submission_id = ?1 ORDER BY position, id")
    .bind(submissionId)
    .all<Omit<CoSignerRow, "listed"> & { listed: number }>();
  return results.map((r) => ({ ...r, listed: r.listed === 1 }));
}

export type Invitation = {
  id: number; name: string; email: string; state: CoSignState; listed: number; answeredAt: string | null; submissionId: number;
  reference: string; status: string; locale: string; language: string; title: string; text: string; proposals: string;
  orgName: string; orgAcronym: string | null; orgCountry: string; speakerName: string;
};

const INVITATION_SELECT = `SELECT c.id, c.name, c.email, c.state, c.listed, c.answered_at AS answeredAt, c.submission_id AS submissionId,
  s.reference, s.status, s.locale, s.language, s.title, s.text, s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry,
  s.speaker_name AS speakerName,
  (SELECT json_group_array(text) FROM (SELECT text FROM proposals WHERE submission_id = s.id ORDER BY number)) AS proposals
  FROM cosigners c JOIN submissions s ON s.id = c.submission_id`;

/** The invitation a token belongs to, or null. */
export async function getInvitationByTokenHash(db: D1Database, tokenHash: string): Promise<Invitation | null> {
  return db.prepare(`${INVITATION_SELECT} WHERE c.token_hash = ?1`).bind(tokenHash).first<Invitation>();
}

/** Invitations waiting for their email, oldest first; drafts, withdrawn and rejected statements wait (or never go). */
export async function listPendingInvitations(db: D1Database, limit: number, reference: string | null = null): Promise<Invitation[]> {
  const { results } = await db
    .prepare(
      `${INVITATION_SELECT} WHERE c.invitation = 'pending' AND c.listed = 1 AND s.status IN ('submitted', 'changes_requested', 'published')
         AND (?2 IS NULL OR s.reference = ?2) ORDER BY c.id LIMIT ?1`,
    )
    .bind(limit, reference)
    .all<Invitation>();
  return results;
}

/** Invitations written in the window, per address and per statement. */
export async function countRecentInvitations(db: D1Database, emails: string[], submissionIds: number[], since: string): Promise<{ byEmail: Map<string, number>; bySubmission: Map<number, number> }> {
  const [a, b] = await db.batch<{ key: string | number; n: number }>([
    db
      .prepare("SELECT lower(email) AS key, count(*) AS n FROM cosign_invitations WHERE email IN (SELECT value FROM json_each(?1)) AND at > ?2 GROUP BY lower(email)")
      .bind(JSON.stringify(emails), since),
    db
      .prepare("SELECT submission_id AS key, count(*) AS n FROM cosign_invitations WHERE submission_id IN (SELECT value FROM json_each(?1)) AND at > ?2 GROUP BY submission_id")
      .bind(JSON.stringify(submissionIds), since),
  ]);
  return {
    byEmail: new Map(a!.results.map((r) => [String(r.key), r.n])),
    bySubmission: new Map(b!.results.map((r) => [Number(r.key), r.n])),
  };
}

export async function optedOutHashes(db: D1Database, hashes: string[]): Promise<Set<string>> {
  const { results } = await db.prepare("SELECT email_hash AS h FROM cosign_opt_outs WHERE email_hash IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(hashes)).all<{ h: string }>();
  return new Set(results.map((r) => r.h));
}

export function stopInvitationStatement(db: D1Database, id: number, now: string): D1PreparedStatement {
  return db.prepare("UPDATE cosigners SET invitation = 'stopped', updated_at = ?2 WHERE id = ?1 AND invitation = 'pending'").bind(id, now);
}

/**
 * The three statements that send one invitation: the row takes the new token only if it is still
 * pending, and the email and the rate-limit record are written only if it took this token. Two
 * overlapping passes therefore send one email.
 */
export function sendInvitationStatements(db: D1Database, id: number, tokenHash: string, email: OutboxEmail, now: string): D1PreparedStatement[] {
  return [
    db
      .prepare("UPDATE cosigners SET invitation = 'sent', token_hash = ?2, invited_at = ?3, updated_at = ?3 WHERE id = ?1 AND invitation = 'pending' AND listed = 1")
      .bind(id, tokenHash, now),
    db
      .prepare(
        `INSERT INTO outbox (to_email, template, subject, html, text, submission_id, next_attempt_at, created_at)
         SELECT email, ?3, ?4, ?5, ?6, submission_id, ?7, ?7 FROM cosigners WHERE id = ?1 AND token_hash = ?2`,
      )
      .bind(id, tokenHash, email.template, email.subject, email.html, email.text, now),
    db.prepare("INSERT INTO cosign_invitations (submission_id, email, at) SELECT submission_id, email, ?3 FROM cosigners WHERE id = ?1 AND token_hash = ?2").bind(id, tokenHash, now),
  ];
}

/** Records the answer if the invitation is still open under this token; `meta.changes` says whether it did. */
export function answerStatement(db: D1Database, id: number, tokenHash: string, state: "confirmed" | "declined", now: string): D1PreparedStatement {
  return db
    .prepare("UPDATE cosigners SET state = ?3, answered_at = ?4, updated_at = ?4 WHERE id = ?1 AND token_hash = ?2 AND state = 'invited' AND listed = 1")
    .bind(id, tokenHash, state, now);
}

/** Stops every further invitation to an address: the opt-out, and its waiting invitations. */
export function optOutStatements(db: D1Database, email: string, emailHash: string, now: string): D1PreparedStatement[] {
  return [
    db.prepare("INSERT INTO cosign_opt_outs (email_hash, created_at) VALUES (?1, ?2) ON CONFLICT (email_hash) DO NOTHING").bind(emailHash, now),
    db.prepare("UPDATE cosigners SET invitation = 'stopped', updated_at = ?2 WHERE email = ?1 AND invitation = 'pending'").bind(email, now),
  ];
}
