import { randomToken, sha256Hex } from "../auth/crypto";
import {
  answerStatement,
  countRecentInvitations,
  getInvitationByTokenHash,
  insertCoSignersStatement,
  listCoSignerRows,
  listPendingInvitations,
  optedOutHashes,
  optOutStatements,
  sendInvitationStatements,
  stopInvitationStatement,
  updateCoSignersStatement,
  upsertCoSignerOrganizationsStatement,
  type Invitation,
} from "../db/cosigners";
import { indexAfterChange, indexBeforeChange } from "../db/search-index";
import {
  coSignerConflicts,
  INVITATIONS_PER_ADDRESS_PER_DAY,
  INVITATIONS_PER_SUBMISSION_PER_DAY,
  planCoSigners,
  type CoSignerEntry,
} from "../domain/cosign";
import type { SubmissionCreate } from "../domain/schemas";
import { isoNow } from "../domain/time";
import { renderEmail } from "../email/render";
import { AppError, keyedError, type FieldError } from "../http/errors";
import { fieldError } from "../i18n/messages";
import { isLocale } from "../i18n";

/** The API's co-signer list as stored (an empty acronym is absent). */
export function coSignerEntries(list: SubmissionCreate["coSigners"]): CoSignerEntry[] {
  return list.map((c) => ({ name: c.name, acronym: c.acronym || null, country: c.country, email: c.email }));
}

/** 422 on a co-signer named twice, or the same as the author (name and country). */
export function checkCoSigners(author: { name: string; country: string } | null, list: CoSignerEntry[]): void {
  const errors: FieldError[] = coSignerConflicts(author, list).map(({ index, kind }) =>
    fieldError(`coSigners.${index}.name`, kind === "self" ? "err.coSigners.self" : "err.coSigners.duplicate"),
  );
  if (errors.length) throw keyedError("validation-failed", "err.request.invalid", {}, { errors });
}

/** Statements that add a new submission's co-signers; batch them after the submission's insert. */
export function newCoSignerStatements(db: D1Database, writeId: string, list: CoSignerEntry[], now: string): D1PreparedStatement[] {
  if (list.length === 0) return [];
  return [upsertCoSignerOrganizationsStatement(db, list, now), insertCoSignersStatement(db, writeId, list.map((c, i) => ({ ...c, position: i + 1 })), now)];
}

/**
 * Statements that apply an edit to the co-signers (the list, when the patch has one; and the
 * re-invitations a change of the title, text or proposals calls for). Batch them after the
 * version-checked update: they find the submission by its new `writeId`.
 */
export async function editedCoSignerStatements(
  db: D1Database,
  args: { submissionId: number; writeId: string; next: CoSignerEntry[] | undefined; contentChanged: boolean; now: string },
): Promise<D1PreparedStatement[]> {
  if (args.next === undefined && !args.contentChanged) return [];
  const current = await listCoSignerRows(db, args.submissionId);
  const next = args.next ?? current.filter((r) => r.listed).map(({ name, acronym, country, email }) => ({ name, acronym, country, email }));
  if (current.length === 0 && next.length === 0) return [];
  const plan = planCoSigners(current, next, args.contentChanged);
  const out: D1PreparedStatement[] = [];
  if (plan.update.length) out.push(updateCoSignersStatement(db, args.writeId, plan.update, args.now));
  if (plan.insert.length) {
    out.push(upsertCoSignerOrganizationsStatement(db, plan.insert, args.now), insertCoSignersStatement(db, args.writeId, plan.insert, args.now));
  }
  return out;
}

function addDays(iso: string, days: number): string {
  return isoNow(new Date(Date.parse(iso) + days * 86_400_000));
}

const organizationLabel = (name: string, acronym: string | null) => (acronym ? `${name} (${acronym})` : name);

/**
 * Writes the invitation emails that are due: each pending invitation of a submitted (or published)
 * statement whose address did not opt out, within the limits per address and per statement; the
 * others wait for a later pass (the cron). A new token is made for each email. Runs after a
 * submission is saved, and from the scheduled job; two passes at once send each email once.
 */
export async function sendDueInvitations(env: Env, at: string = isoNow(), options: { reference?: string; limit?: number } = {}): Promise<Record<string, number>> {
  const db = env.DB;
  const pending = await listPendingInvitations(db, options.limit ?? 200, options.reference ?? null);
  const figures = { sent: 0, stopped: 0, deferred: 0 };
  if (pending.length === 0) return figures;
  const hashes = await Promise.all(pending.map((p) => sha256Hex(p.email.toLowerCase())));
  const optedOut = await optedOutHashes(db, [...new Set(hashes)]);
  const since = addDays(at, -1);
  const recent = await countRecentInvitations(db, [...new Set(pending.map((p) => p.email.toLowerCase()))], [...new Set(pending.map((p) => p.submissionId))], since);
  for (const [i, invitation] of pending.entries()) {
    if (optedOut.has(hashes[i]!)) {
      await stopInvitationStatement(db, invitation.id, at).run();
      figures.stopped++;
      continue;
    }
    const email = invitation.email.toLowerCase();
    const byEmail = recent.byEmail.get(email) ?? 0;
    const bySubmission = recent.bySubmission.get(invitation.submissionId) ?? 0;
    if (byEmail >= INVITATIONS_PER_ADDRESS_PER_DAY || bySubmission >= INVITATIONS_PER_SUBMISSION_PER_DAY) {
      figures.deferred++;
      continue;
    }
    const token = randomToken();
    const rendered = await renderInvitation(env, invitation, token);
    const [taken] = await db.batch(sendInvitationStatements(db, invitation.id, await sha256Hex(token), rendered, at));
    if (taken!.meta.changes === 0) continue;
    recent.byEmail.set(email, byEmail + 1);
    recent.bySubmission.set(invitation.submissionId, bySubmission + 1);
    figures.sent++;
  }
  return figures;
}

function renderInvitation(env: Env, inv: Invitation, token: string) {
  return renderEmail("cosign-invitation", {
    locale: isLocale(inv.locale) ? inv.locale : "en",
    organization: organizationLabel(inv.orgName, inv.orgAcronym),
    coSigner: inv.name,
    title: inv.title,
    text: inv.text,
    proposals: JSON.parse(inv.proposals) as string[],
    url: `${env.APP_ORIGIN}/cosign/${token}`,
  });
}

/**
 * After a statement is saved: its invitations go out now rather than at the next cron pass. A
 * failure here leaves them pending for the cron; the saved statement stands.
 */
export async function sendInvitationsNow(env: Env, reference: string): Promise<void> {
  try {
    await sendDueInvitations(env, isoNow(), { reference });
  } catch (err) {
    console.error(JSON.stringify({ level: "error", message: "co-signer invitations failed", reference, error: err instanceof Error ? err.message : "unknown" }));
  }
}

/** Tokens are base64url of 32 random bytes; anything else is unknown without a database read. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The invitation behind a token, as the `/cosign/{token}` page shows it; unknown or taken off the list → 404. */
export async function loadInvitation(db: D1Database, token: string): Promise<Invitation & { tokenHash: string }> {
  const tokenHash = TOKEN.test(token) ? await sha256Hex(token) : null;
  const found = tokenHash ? await getInvitationByTokenHash(db, tokenHash) : null;
  if (!found || !tokenHash || found.listed !== 1) throw keyedError("not-found", "err.cosign.unknown");
  return { ...found, tokenHash };
}

/** A statement that can no longer be published has nothing to co-sign. */
export function invitationClosed(inv: Invitation): boolean {
  return !["submitted", "changes_requested", "published"].includes(inv.status);
}

/**
 * Records a co-signer's answer. On a published statement the search facets (the `organization`
 * filter) and the public caches change in the same batch.
 */
export async function answerInvitation(env: Env, token: string, answer: "confirm" | "decline"): Promise<{ state: "confirmed" | "declined"; reference: string }> {
  const db = env.DB;
  const inv = await loadInvitation(db, token);
  if (invitationClosed(inv)) throw new AppError("conflict", "This statement was withdrawn or not accepted: there is nothing to confirm.");
  if (inv.state !== "invited") throw new AppError("conflict", `This invitation was already answered (${inv.state}).`);
  const state = answer === "confirm" ? "confirmed" : "declined";
  const before = indexBeforeChange(db, inv.reference);
  const results = await db.batch([...before, answerStatement(db, inv.id, inv.tokenHash, state, isoNow()), ...indexAfterChange(db, inv.reference)]);
  if (results[before.length]!.meta.changes === 0) throw new AppError("conflict", "This invitation was already answered.");
  return { state, reference: inv.reference };
}

/** One click: no invitation from the portal reaches this address again (waiting ones included). */
export async function optOut(env: Env, token: string): Promise<void> {
  const inv = await loadInvitationAnyListing(env.DB, token);
  const email = inv.email.toLowerCase();
  await env.DB.batch(optOutStatements(env.DB, email, await sha256Hex(email), isoNow()));
}

/** Opting out works from any invitation the address received, even one taken off its list since. */
async function loadInvitationAnyListing(db: D1Database, token: string): Promise<Invitation> {
  const found = TOKEN.test(token) ? await getInvitationByTokenHash(db, await sha256Hex(token)) : null;
  if (!found) throw keyedError("not-found", "err.cosign.unknown");
  return found;
}
