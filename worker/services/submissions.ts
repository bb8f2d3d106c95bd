import { randomToken, sha256Hex } from "../auth/crypto";
import { createOnce, untimed, type Step } from "./create-once";
import { runVersionedBatch } from "../db/versioned-batch";
import type { SessionUser } from "../auth/session";
import { insertAttachmentStatement, type AttachmentInput } from "../db/attachments";
import { insertOutboxStatement } from "../db/outbox";
import { indexAfterChange, indexBeforeChange } from "../db/search-index";
import { insertEventStatement } from "../db/submission-events";
import { snapshotStatement } from "../db/submission-versions";
import { createSubmissionStatements, setStatusIfVersionIsStatement, updateContentStatements } from "../db/submission-writes";
import { getSubmission, submissionView, type StoredSubmission, type Submission } from "../db/submissions";
import { queueEmail } from "../email/render";
import { isStaff, staffRoleOf } from "../domain/roles";
import type { SubmissionPatch, SubmissionPost } from "../domain/schemas";
import { getOrganizationProfile, saveProfileIfNoneStatement } from "../db/profiles";
import { fieldError } from "../i18n/messages";
import { isEditable, nextStatus } from "../domain/status";
import { isoNow } from "../domain/time";
import { AppError, keyedError } from "../http/errors";
import { localSegmentTitle } from "../i18n/taxonomy";
import { isLocale, type Locale } from "../i18n";
import { checkReferences, contentFromInput, contentOf, diffContent, mergeContent } from "./content";
import { quotaError, releaseSegmentQuotaStatement, submissionQuotaStatements } from "./quotas";
import { checkCoSigners, coSignerEntries, editedCoSignerStatements, newCoSignerStatements, sendInvitationsNow } from "./cosign";
import type { CoSignerEntry } from "../domain/cosign";

export type Outcome = { status: number; body: Submission };

/** Owner or staff may see a submission; anyone else is told it does not exist. */
export async function loadVisible(db: D1Database, user: SessionUser, reference: string): Promise<StoredSubmission> {
  const found = await getSubmission(db, reference);
  if (!found || (found.ownerId !== user.id && !isStaff(user.roles))) {
    throw keyedError("not-found", "err.submission.notVisible", { reference });
  }
  return found;
}

/** Same, but only the owner: editing and withdrawing are the submitter's acts. */
async function loadOwn(db: D1Database, user: SessionUser, reference: string): Promise<StoredSubmission> {
  const found = await getSubmission(db, reference);
  if (!found || found.ownerId !== user.id) throw keyedError("not-found", "err.submission.notVisible", { reference });
  return found;
}

/**
 * Creates a submission with its event, receipt email and (optional) idempotency record in one
 * batch: all of them are stored, or none.
 */
export async function createSubmission(
  env: Env,
  user: SessionUser,
  input: SubmissionPost,
  options: { idempotencyKey?: string; rawBody: string; locale: Locale; attachment?: AttachmentInput; step?: Step },
): Promise<Outcome> {
  const db = env.DB;
  const step = options.step ?? untimed;
  const once = createOnce<Submission>(db, user.id, options.idempotencyKey, await sha256Hex(options.rawBody));
  const now = isoNow();
  // The replay lookup and the checks' reads go to D1 at the same time; a replay answers whatever the checks find.
  const checked = step("check", async () => {
    // Without an organization, the saved one; without either, the field is missing (422).
    const organization = input.organization ?? (await getOrganizationProfile(db, user.id));
    if (!organization) throw keyedError("validation-failed", "err.request.invalid", {}, { errors: [fieldError("organization", "err.field.required")] });
    const content = contentFromInput({ ...input, organization });
    return { content, segment: await checkReferences(db, content, { now, mayUseClosedSegment: isStaff(user.roles) }) };
  });
  const earlier = await step("replay", once.replay).catch(async (err: unknown) => {
    await checked.catch(() => undefined);
    throw err;
  });
  if (earlier) {
    await checked.catch(() => undefined);
    return earlier;
  }
  const { content, segment } = await checked;
  const coSigners = coSignerEntries(input.coSigners ?? []);
  checkCoSigners(content.organization, coSigners);

  return once.create(async ({ reference, writeId }) => {
    const body: Submission = {
      reference,
      segment: { slug: segment.slug, title: segment.title },
      organization: content.organization,
      speaker: content.speaker,
      language: content.language,
      title: content.title,
      text: content.text,
      deliveredOn: content.deliveredOn,
      proposals: content.proposals.map((p, i) => ({ number: i + 1, text: p.text, themes: [...new Set(p.themes)].sort() })),
      themes: [...new Set(content.themes)].sort(),
      status: "submitted",
      version: 1,
      submittedAt: now,
      updatedAt: now,
      publishedAt: null,
      moderation: null,
      coSigners: coSigners.map((c) => ({ ...c, state: "invited", invitation: "pending", answeredAt: null })),
      documentPublic: false,
      publicNote: null,
    };
    const receipt = queueEmail("receipt", {
      locale: options.locale,
      reference,
      // A seeded segment's title in the submitter's language (an admin's edit stays as written).
      segmentTitle: localSegmentTitle(options.locale, segment),
      title: content.title,
      url: `${env.APP_ORIGIN}/my/submissions/${reference}`,
    });
    const statements = [
      ...createSubmissionStatements(db, { reference, ownerId: user.id, writeId, content, now, locale: options.locale }),
      ...newCoSignerStatements(db, writeId, coSigners, now),
      insertEventStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: staffRoleOf(user.roles), action: "submitted", changes: { status: { from: null, to: "submitted" } } }),
      snapshotStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: staffRoleOf(user.roles) }),
      insertOutboxStatement(db, user.email, receipt, now, writeId),
      // A user's first submission saves its organization when none is saved.
      saveProfileIfNoneStatement(db, writeId, content.organization, now),
      ...submissionQuotaStatements(env, user, content, now),
    ];
    // The original document (intake) is attached in the same batch: both are stored, or neither.
    if (options.attachment) statements.push(insertAttachmentStatement(db, writeId, options.attachment, now));
    return { statements, body };
  }, {
    now,
    mapError: async (err) => (await quotaError(env, user, content, now, err)) ?? err,
    onCreated: async (reference) => {
      if (coSigners.length) await step("invite", () => sendInvitationsNow(env, reference));
    },
    step,
  });
}

/** The submitter's edit, with the optimistic `version` check; after changes were requested it resubmits. */
export async function editSubmission(env: Env, user: SessionUser, reference: string, patch: SubmissionPatch): Promise<Submission> {
  const db = env.DB;
  const current = await loadOwn(db, user, reference);
  if (!isEditable(current.status)) throw new AppError("conflict", `This submission is ${current.status} and can no longer be edited.`);
  if (patch.version !== current.version) {
    throw keyedError("conflict", "err.submission.version", { current: current.version, given: patch.version });
  }
  const { version, ...fields } = patch;
  const before = contentOf(current);
  const after = mergeContent(before, fields);
  const now = isoNow();
  await checkReferences(db, after, { now, mayUseClosedSegment: isStaff(user.roles) || after.segmentSlug === before.segmentSlug });

  const coSigners = fields.coSigners === undefined ? undefined : coSignerEntries(fields.coSigners);
  checkCoSigners(after.organization, coSigners ?? current.coSigners);
  // An organization confirms the text it read: a new title, text or proposals asks again.
  const contentChanged =
    before.title !== after.title || before.text !== after.text || JSON.stringify(before.proposals.map((p) => p.text)) !== JSON.stringify(after.proposals.map((p) => p.text));

  const resubmit = current.status === "changes_requested";
  const toStatus = resubmit ? nextStatus(current.status, "resubmit")! : current.status;
  const changes = diffContent(before, after);
  if (resubmit) changes.status = { from: current.status, to: toStatus };
  // One comparison of the co-signers serves the history and the no-op check: every field the
  // owner can edit (the acronym too) is in it, the address compared as the portal stores it.
  const named = (list: CoSignerEntry[]) =>
    list.map((c) => `${c.name}${c.acronym ? ` [${c.acronym}]` : ""} (${c.country}) <${c.email.toLowerCase()}>`);
  if (coSigners && JSON.stringify(named(current.coSigners)) !== JSON.stringify(named(coSigners))) {
    changes.coSigners = { from: named(current.coSigners), to: named(coSigners) };
  }
  // A patch that changes nothing is not a change (API.md: `version` +1 on each change): no new
  // version, no empty history event, no duplicate content snapshot — as for staff edits.
  if (Object.keys(changes).length === 0) return submissionView(current);
  const writeId = randomToken();
  // A resubmission is confirmed to the submitter by email, in the language they submitted in.
  const notice = resubmit ? noticeEmail(env, current, "resubmitted", after.title) : null;
  const applied = await runVersionedBatch(db, [
    ...indexBeforeChange(db, reference),
    ...updateContentStatements(db, { reference, version, fromStatuses: [current.status], toStatus, writeId, content: after, now }),
    insertEventStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: "submitter", action: resubmit ? "resubmitted" : "edited", changes }),
    ...(await editedCoSignerStatements(db, { submissionId: current.id, writeId, next: coSigners, contentChanged, now })),
    snapshotStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: "submitter" }),
    ...(notice ? [insertOutboxStatement(db, current.ownerEmail, notice, now, writeId)] : []),
    ...indexAfterChange(db, reference),
  ]);
  if (!applied) throw keyedError("conflict", "err.submission.changed");
  await sendInvitationsNow(env, reference);
  return submissionView((await getSubmission(db, reference))!);
}

/** The email confirming a withdrawal or resubmission to the submitter. */
function noticeEmail(env: Env, s: StoredSubmission, kind: "withdrawn" | "resubmitted", title: string) {
  return queueEmail("status-notice", { locale: isLocale(s.locale) ? s.locale : "en", kind, reference: s.reference, title, url: `${env.APP_ORIGIN}/my/submissions/${s.reference}` });
}

export async function withdrawSubmission(env: Env, user: SessionUser, reference: string, version: number): Promise<Submission> {
  const db = env.DB;
  const current = await loadOwn(db, user, reference);
  const to = nextStatus(current.status, "withdraw");
  if (!to) throw new AppError("conflict", `A ${current.status} submission cannot be withdrawn.`);
  if (version !== current.version) throw keyedError("conflict", "err.submission.versionOnly", { current: current.version, given: version });
  const now = isoNow();
  const writeId = randomToken();
  const notice = noticeEmail(env, current, "withdrawn", current.title);
  const applied = await runVersionedBatch(db, [
    ...indexBeforeChange(db, reference),
    setStatusIfVersionIsStatement(db, { reference, version, fromStatuses: [current.status], toStatus: to, writeId, now }),
    insertEventStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: "submitter", action: "withdrawn", changes: { status: { from: current.status, to } } }),
    // Withdrawn statements do not count against the segment quota (drafts, withdrawn elsewhere, never did).
    releaseSegmentQuotaStatement(db, current.ownerId, current.segment.slug, writeId, now),
    insertOutboxStatement(db, current.ownerEmail, notice, now, writeId),
    ...indexAfterChange(db, reference),
  ]);
  if (!applied) throw keyedError("conflict", "err.submission.changedRetry");
  return submissionView((await getSubmission(db, reference))!);
}
