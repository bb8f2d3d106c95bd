import { randomToken, sha256Hex } from "../auth/crypto";
import { createOnce } from "./create-once";
import { runVersionedBatch, writeApplied } from "../db/versioned-batch";
import type { SessionUser } from "../auth/session";
import { insertAttachmentStatement, type AttachmentInput } from "../db/attachments";
import { createDraftStatements, submitDraftStatements, updateDraftStatements, withdrawDraftStatement } from "../db/drafts";
import { insertOutboxStatement } from "../db/outbox";
import { getOrganizationProfile, saveProfileIfNoneStatement } from "../db/profiles";
import { consumeQuotaStatement, isQuotaExceeded } from "../db/quotas";
import { getSegmentBySlug } from "../db/segments";
import { insertEventStatement } from "../db/submission-events";
import { existingThemeSlugs } from "../db/themes";
import { getOwnSubmission, getSubmission, isDraft, submissionView, type Draft, type DraftContent, type OwnSubmission, type StoredDraft, type StoredOwn } from "../db/submissions";
import { queueEmail } from "../email/render";
import { isStaff, staffRoleOf } from "../domain/roles";
import { SubmissionCreate, SubmissionPatch, type DraftCreate, type DraftPatch, type OwnerPatch } from "../domain/schemas";
import { isoNow } from "../domain/time";
import { AppError, keyedError, type FieldError } from "../http/errors";
import { fieldError, segmentFieldError } from "../i18n/messages";
import { parseWith } from "../http/validate";
import type { Locale } from "../i18n";
import { localSegmentTitle } from "../i18n/taxonomy";
import { checkReferences, contentFromInput } from "./content";
import { quotaError, submissionQuotaStatements } from "./quotas";
import { editSubmission, withdrawSubmission } from "./submissions";
import { checkCoSigners, coSignerEntries, editedCoSignerStatements, newCoSignerStatements, sendInvitationsNow } from "./cosign";
import type { CoSignerEntry } from "../domain/cosign";

/**
 * Drafts (API.md "Drafts"): saved without a receipt, every field optional but the segment; submitted
 * later with `submitDraft`, which checks them as a whole. Drafts are their owner's alone: never in
 * the moderation queue, the archive or staff views.
 */

/** At most this many drafts a day per account: drafts are cheap to make, but not free to store. */
const DRAFTS_PER_USER_DAY = 50;

type DraftInput = Omit<DraftPatch, "version" | "coSigners">;

/** The author a draft's co-signers are checked against (a co-signer may not be the author): known once it has a name and a country. */
function draftAuthor(c: DraftContent): { name: string; country: string } | null {
  return c.organization?.name && c.organization.country ? { name: c.organization.name, country: c.organization.country } : null;
}

/** A draft's listed co-signers as entries (its stored rows, in order). */
const entriesOf = (d: StoredDraft): CoSignerEntry[] => d.coSigners.map(({ name, acronym, country, email }) => ({ name, acronym, country, email }));

const orNull = <T>(value: T | undefined | null | ""): T | null => (value === undefined || value === "" ? null : value);

/** A draft's content from a body (the API's or a page's): absent fields stay missing. */
export function draftContentFromInput(input: DraftInput, base: DraftContent = emptyDraftContent()): DraftContent {
  const next = { ...base };
  if (input.segment !== undefined) next.segmentSlug = input.segment;
  if (input.organization !== undefined) {
    const o = input.organization;
    const org = { name: orNull(o.name), acronym: orNull(o.acronym), country: orNull(o.country), type: orNull(o.type), website: orNull(o.website) };
    next.organization = Object.values(org).every((x) => x === null) ? null : org;
  }
  if (input.speaker !== undefined) {
    const speaker = { name: orNull(input.speaker.name), role: orNull(input.speaker.role) };
    next.speaker = speaker.name === null && speaker.role === null ? null : speaker;
  }
  if (input.language !== undefined) next.language = input.language;
  if (input.title !== undefined) next.title = input.title;
  if (input.text !== undefined) next.text = input.text;
  if (input.deliveredOn !== undefined) next.deliveredOn = input.deliveredOn;
  if (input.proposals !== undefined) next.proposals = input.proposals.map((p) => ({ text: p.text, themes: p.themes }));
  if (input.themes !== undefined) next.themes = input.themes;
  return next;
}

export function emptyDraftContent(): DraftContent {
  return { segmentSlug: null, organization: null, speaker: null, language: null, title: null, text: null, deliveredOn: null, proposals: [], themes: [] };
}

function draftContentOf(d: StoredDraft): DraftContent {
  return {
    segmentSlug: d.segment?.slug ?? null,
    organization: d.organization,
    speaker: d.speaker,
    language: d.language,
    title: d.title,
    text: d.text,
    deliveredOn: d.deliveredOn,
    proposals: d.proposals.map((p) => ({ text: p.text, themes: p.themes })),
    themes: d.themes,
  };
}

/**
 * What the database must confirm of a draft: its segment exists and is not closed (staff may use
 * any), its themes exist. A draft may wait for a segment that opens later.
 */
async function checkDraftReferences(db: D1Database, c: DraftContent, options: { now: string; mayUseClosedSegment: boolean }): Promise<void> {
  const errors: FieldError[] = [];
  if (c.segmentSlug !== null) {
    const segment = await getSegmentBySlug(db, c.segmentSlug, options.now);
    if (!segment) errors.push(fieldError("segment", "err.segment.unknown", { slug: c.segmentSlug }));
    else if (segment.status === "closed" && !options.mayUseClosedSegment) errors.push(segmentFieldError("segment", "err.segment.closed", segment));
  }
  const themes = c.themes.length > 0 || c.proposals.some((p) => p.themes.length > 0) ? await existingThemeSlugs(db) : new Set<string>();
  c.themes.forEach((slug, i) => {
    if (!themes.has(slug)) errors.push(fieldError(`themes.${i}`, "err.theme.unknown", { slug }));
  });
  c.proposals.forEach((p, i) =>
    p.themes.forEach((slug, j) => {
      if (!themes.has(slug)) errors.push(fieldError(`proposals.${i}.themes.${j}`, "err.theme.unknown", { slug }));
    }),
  );
  if (errors.length > 0) throw keyedError("validation-failed", "err.request.invalid", {}, { errors });
}

/**
 * Creates a draft for `owner`, with its idempotency record and attachment (if any) in one batch. The
 * segment may be missing at this level (an emailed draft); the API requires it. No receipt is sent.
 */
export async function createDraft(
  env: Env,
  owner: SessionUser,
  content: DraftContent,
  options: {
    locale: Locale;
    idempotencyKey?: string;
    rawBody?: string;
    attachment?: AttachmentInput;
    now?: string;
    /** More statements for the draft's own batch, made for its reference (an emailed draft's sign-in link and reply). */
    alsoInBatch?: (draft: { reference: string; writeId: string }) => Promise<D1PreparedStatement[]>;
    /** Co-signers kept with the draft, invited only once it is submitted. */
    coSigners?: CoSignerEntry[];
  },
): Promise<{ status: number; body: Draft }> {
  const db = env.DB;
  const once = createOnce<Draft>(db, owner.id, options.idempotencyKey, await sha256Hex(options.rawBody ?? JSON.stringify(content)));
  const earlier = await once.replay();
  if (earlier) return earlier;

  const now = options.now ?? isoNow();
  const coSigners = options.coSigners ?? [];
  checkCoSigners(draftAuthor(content), coSigners);
  await checkDraftReferences(db, content, { now, mayUseClosedSegment: isStaff(owner.roles) });
  return once.create(async ({ reference, writeId }) => {
    const statements = [
      ...createDraftStatements(db, { reference, ownerId: owner.id, writeId, content, now, locale: options.locale }),
      ...newCoSignerStatements(db, writeId, coSigners, now),
      consumeQuotaStatement(db, `drafts/user-day/${owner.id}/${now.slice(0, 10)}`, DRAFTS_PER_USER_DAY, now),
    ];
    if (options.attachment) statements.push(insertAttachmentStatement(db, writeId, options.attachment, now));
    if (options.alsoInBatch) statements.push(...(await options.alsoInBatch({ reference, writeId })));
    return { statements, body: await draftPreview(db, reference, content, now, coSigners) };
  }, {
    now,
    mapError: (err) => (isQuotaExceeded(err) ? keyedError("rate-limited", "err.quota.drafts", { count: DRAFTS_PER_USER_DAY }, { headers: { "Retry-After": "3600" } }) : err),
  });
}

/** `POST /api/v1/submissions` with `"draft": true`: the body's content and co-signers. */
export function draftFromBody(env: Env, owner: SessionUser, body: DraftCreate, options: { locale: Locale; idempotencyKey?: string; rawBody: string }) {
  const { coSigners, draft: _draft, ...fields } = body;
  return createDraft(env, owner, draftContentFromInput(fields), { ...options, coSigners: coSignerEntries(coSigners) });
}

/** The view of a draft about to be stored (for the idempotency record, written in the same batch). */
async function draftPreview(db: D1Database, reference: string, c: DraftContent, now: string, coSigners: CoSignerEntry[]): Promise<Draft> {
  const segment = c.segmentSlug ? await getSegmentBySlug(db, c.segmentSlug, now) : null;
  return {
    reference,
    segment: segment ? { slug: segment.slug, title: segment.title } : null,
    organization: c.organization,
    speaker: c.speaker,
    language: c.language,
    title: c.title,
    text: c.text,
    deliveredOn: c.deliveredOn,
    proposals: c.proposals.map((p, i) => ({ number: i + 1, text: p.text, themes: [...new Set(p.themes)].sort() })),
    themes: [...new Set(c.themes)].sort(),
    coSigners: coSigners.map((co) => ({ ...co, state: "invited" as const, invitation: "pending" as const, answeredAt: null })),
    documentPublic: false,
    publicNote: null,
    status: "draft",
    version: 1,
    submittedAt: now,
    updatedAt: now,
    publishedAt: null,
    moderation: null,
  };
}

/** The owner sees any of theirs, drafts included; staff see anyone's but drafts; anyone else is told it does not exist. */
export async function loadVisibleAny(db: D1Database, user: SessionUser, reference: string): Promise<StoredOwn> {
  const found = await getOwnSubmission(db, reference);
  if (found && found.ownerId === user.id) return found;
  const forStaff = isStaff(user.roles) ? await getSubmission(db, reference) : null;
  if (!forStaff) throw keyedError("not-found", "err.submission.notVisible", { reference });
  return forStaff;
}

/** The owner's submission of any status, drafts included; anyone else is told it does not exist. */
export async function loadOwnAny(db: D1Database, user: SessionUser, reference: string): Promise<StoredOwn> {
  const found = await getOwnSubmission(db, reference);
  if (!found || found.ownerId !== user.id) throw keyedError("not-found", "err.submission.notVisible", { reference });
  return found;
}

function draftVersionCheck(current: StoredOwn, version: number): StoredDraft {
  if (!isDraft(current)) throw new AppError("conflict", `This submission is ${current.status}, not a draft.`);
  if (version !== current.version) throw keyedError("conflict", "err.submission.version", { current: current.version, given: version });
  return current;
}

/**
 * Saves a draft's new content. `replace` (the pages' form, which posts every field) starts from an
 * empty draft; otherwise (the API's PATCH) absent fields stay as they are. It stays a draft.
 */
export async function editDraft(env: Env, user: SessionUser, reference: string, patch: DraftPatch, options: { replace?: boolean } = {}): Promise<OwnSubmission> {
  const db = env.DB;
  const current = draftVersionCheck(await loadOwnAny(db, user, reference), patch.version);
  const { version, coSigners: given, ...fields } = patch;
  const before = draftContentOf(current);
  const content = draftContentFromInput(fields, options.replace ? emptyDraftContent() : before);
  // Without `coSigners` (an API patch that leaves them out, a form that showed no co-signer rows) the draft keeps its list.
  const coSigners = given === undefined ? undefined : coSignerEntries(given);
  checkCoSigners(draftAuthor(content), coSigners ?? entriesOf(current));
  const now = isoNow();
  await checkDraftReferences(db, content, { now, mayUseClosedSegment: isStaff(user.roles) || content.segmentSlug === current.segment?.slug });
  // A patch that changes nothing is not a change (API.md: `version` +1 on each change).
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (same(content, before) && (coSigners === undefined || same(coSigners, entriesOf(current)))) return submissionView(current);
  const writeId = randomToken();
  const statements = [
    ...updateDraftStatements(db, { reference, version, writeId, content, now }),
    // Nobody has been invited yet (drafts invite no one): the list is simply replaced.
    ...(await editedCoSignerStatements(db, { submissionId: current.id, writeId, next: coSigners, contentChanged: false, now })),
  ];
  if (!(await runVersionedBatch(db, statements))) throw keyedError("conflict", "err.submission.changed");
  return submissionView((await getOwnSubmission(db, reference))!);
}

/** The body a draft would be submitted with: the saved organization stands in for a missing one. */
function candidateBody(d: DraftContent, profile: Awaited<ReturnType<typeof getOrganizationProfile>>): Record<string, unknown> {
  const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== null));
  return defined({
    segment: d.segmentSlug,
    organization: d.organization ? defined(d.organization) : profile ? defined(profile) : {},
    speaker: d.speaker ? defined(d.speaker) : {},
    language: d.language,
    title: d.title,
    text: d.text,
    deliveredOn: d.deliveredOn,
    proposals: d.proposals,
    themes: d.themes,
  });
}

/**
 * Submits a draft still at `version`: checked as a full submission (422 listing every missing or
 * invalid field), its segment open (unless staff), then `submitted` with its event, receipt, quotas
 * and, for a first submission, the saved organization, in one batch.
 */
export async function submitDraft(env: Env, user: SessionUser, reference: string, version: number, locale: Locale): Promise<OwnSubmission> {
  const db = env.DB;
  const current = draftVersionCheck(await loadOwnAny(db, user, reference), version);
  const profile = await getOrganizationProfile(db, user.id);
  const input = parseWith(SubmissionCreate, candidateBody(draftContentOf(current), profile));
  const content = contentFromInput(input);
  // The author is complete now: its co-signers are checked against it again.
  checkCoSigners(content.organization, entriesOf(current));
  const now = isoNow();
  const segment = await checkReferences(db, content, { now, mayUseClosedSegment: isStaff(user.roles) });
  const writeId = randomToken();
  const receipt = queueEmail("receipt", {
    locale,
    reference,
    segmentTitle: localSegmentTitle(locale, segment),
    title: content.title,
    url: `${env.APP_ORIGIN}/my/submissions/${reference}`,
  });
  const statements = [
    ...submitDraftStatements(db, { reference, version, writeId, content, now }),
    insertEventStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: staffRoleOf(user.roles), action: "submitted", changes: { status: { from: "draft", to: "submitted" } } }),
    insertOutboxStatement(db, user.email, receipt, now, writeId),
    saveProfileIfNoneStatement(db, writeId, content.organization, now),
    ...submissionQuotaStatements(env, user, content, now),
  ];
  let applied: boolean;
  try {
    applied = await runVersionedBatch(db, statements);
  } catch (err) {
    throw (await quotaError(env, user, content, now, err)) ?? err;
  }
  if (!applied) throw keyedError("conflict", "err.submission.changed");
  // Its co-signers were kept waiting while it was a draft: they are invited now (the cron retries a failure).
  if (current.coSigners.length > 0) await sendInvitationsNow(env, reference);
  return submissionView((await getOwnSubmission(db, reference))!);
}

/** Withdraws a draft still at `version` (see migration 0008: it stays a draft in storage, shown as withdrawn). */
export async function withdrawDraft(env: Env, user: SessionUser, reference: string, version: number): Promise<OwnSubmission> {
  const db = env.DB;
  const current = await loadOwnAny(db, user, reference);
  if (!isDraft(current)) throw new AppError("conflict", `A ${current.status} submission cannot be withdrawn.`);
  if (version !== current.version) throw keyedError("conflict", "err.submission.versionOnly", { current: current.version, given: version });
  const result = await withdrawDraftStatement(db, { reference, version, writeId: randomToken(), now: isoNow() }).run();
  if (!writeApplied(result)) throw keyedError("conflict", "err.submission.changedRetry");
  return submissionView((await getOwnSubmission(db, reference))!);
}

/**
 * The owner's PATCH, whatever the status: a draft takes a draft's body (partial organization and
 * speaker); any other submission the full rules of `SubmissionPatch`.
 */
export async function editOwn(env: Env, user: SessionUser, reference: string, patch: OwnerPatch): Promise<OwnSubmission> {
  const current = await loadOwnAny(env.DB, user, reference);
  if (current.status === "draft") return editDraft(env, user, reference, patch);
  // A withdrawn draft is stored as a draft (migration 0008): `editSubmission` would not find it.
  if (current.status === "withdrawn") throw new AppError("conflict", "This submission is withdrawn and can no longer be edited.");
  return editSubmission(env, user, reference, parseWith(SubmissionPatch, patch));
}

/** The owner's withdraw, whatever the status (drafts included). */
export async function withdrawOwn(env: Env, user: SessionUser, reference: string, version: number): Promise<OwnSubmission> {
  const current = await loadOwnAny(env.DB, user, reference);
  if (current.status === "draft") return withdrawDraft(env, user, reference, version);
  if (current.status === "withdrawn") throw new AppError("conflict", "A withdrawn submission cannot be withdrawn.");
  return withdrawSubmission(env, user, reference, version);
}
