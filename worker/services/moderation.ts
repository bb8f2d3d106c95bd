import { randomToken } from "../auth/crypto";
import { runVersionedBatch } from "../db/versioned-batch";
import type { SessionUser } from "../auth/session";
import { countByStatus, decideIfVersionIsStatement, listQueue, setDocumentPublicIfVersionStatement, setDocumentPublicStatement, staffSawStatement, type QueueFilters } from "../db/moderation";
import { insertOutboxStatement } from "../db/outbox";
import { indexAfterChange, indexBeforeChange } from "../db/search-index";
import { insertEventStatement } from "../db/submission-events";
import { snapshotStatement } from "../db/submission-versions";
import { updateContentStatements } from "../db/submission-writes";
import { getSubmission, submissionView, type StoredSubmission, type Submission } from "../db/submissions";
import { DECISION_ACTION, type BulkDecisionBody, type DecisionBody, type ModerationPatch } from "../domain/moderation";
import { isReference } from "../domain/reference";
import { staffRoleOf } from "../domain/roles";
import { QUEUE_STATUSES, isEditable, nextStatus, type Status } from "../domain/status";
import { isoNow } from "../domain/time";
import { queueEmail } from "../email/render";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { AppError, keyedError, PROBLEMS } from "../http/errors";
import { isLocale } from "../i18n";
import { checkReferences, contentOf, mergeContent, diffContent } from "./content";
import { fieldError } from "../i18n/messages";
import { flagsOf, refreshStaleFlags, type CampaignRef, type Duplicate, type FlagView, type Flags } from "./flags";

export type QueueItem = Submission & { submitter: { email: string }; flags: Flags; campaign: CampaignRef | null };
/** A queue item with its duplicates' titles, organizations and similarity (the review page). */
export type ReviewItem = QueueItem & { duplicates: Duplicate[] };

export async function loadForStaff(db: D1Database, reference: string): Promise<StoredSubmission> {
  const found = isReference(reference) ? await getSubmission(db, reference) : null;
  if (!found) throw keyedError("not-found", "err.submission.unknown", { reference });
  return found;
}

export function queueItem(s: StoredSubmission, view: FlagView | undefined): QueueItem {
  return { ...submissionView(s), submitter: { email: s.ownerEmail }, flags: view?.flags ?? { pii: [], possibleDuplicateOf: [] }, campaign: view?.campaign ?? null };
}

export async function reviewItem(db: D1Database, reference: string): Promise<ReviewItem> {
  await refreshStaleFlags(db);
  const s = await loadForStaff(db, reference);
  const view = (await flagsOf(db, [s.id])).get(s.id);
  return { ...queueItem(s, view), duplicates: view?.duplicates ?? [] };
}

export async function queuePage(
  db: D1Database,
  query: { status: QueueFilters["status"]; segment?: string; theme?: string; q?: string; limit: number; cursor?: string; outsideCampaigns?: boolean },
): Promise<{ items: QueueItem[]; nextCursor: string | null; counts: Record<string, number> }> {
  const after = query.cursor ? (decodeCursor(query.cursor, ["string", "number"]) as [string, number]) : null;
  const q = query.q?.trim().toLowerCase() || null;
  const filters = { status: query.status, segment: query.segment || null, theme: query.theme || null, q, outsideCampaigns: query.outsideCampaigns ?? false };
  await refreshStaleFlags(db);
  const [rows, counted] = await Promise.all([listQueue(db, filters, query.limit + 1, after), countByStatus(db, filters)]);
  const page = rows.slice(0, query.limit);
  const flags = await flagsOf(db, page.map((s) => s.id));
  const last = page.at(-1);
  return {
    items: page.map((s) => queueItem(s, flags.get(s.id))),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.submittedAt, last.id]) : null,
    counts: Object.fromEntries(QUEUE_STATUSES.map((st) => [st, counted[st] ?? 0])),
  };
}

function staleVersion(current: StoredSubmission, version: number): AppError {
  return keyedError("conflict", "err.submission.version", { current: current.version, given: version });
}

/** Splits a staff edit into the history's "edited" (content, segment) and "tagged" (themes) changes: only fields that really changed. */
function staffChanges(before: StoredSubmission, after: ReturnType<typeof mergeContent>) {
  const edited: Changes = {};
  const tagged: Changes = {};
  for (const [field, change] of Object.entries(diffContent(contentOf(before), after))) {
    if (field === "themes" || /^proposals\.\d+\.themes$/.test(field)) tagged[field] = change;
    else edited[field] = change;
  }
  return { edited, tagged };
}

type Changes = Record<string, { from: unknown; to: unknown }>;

/** Content of a published (or unpublished) statement may change only as a correction readers are told about. */
const CORRECTABLE: readonly Status[] = ["published", "unpublished"];

/**
 * A staff edit of tags, segment, title or text, and/or of whether the original document is public.
 * Before publication it is audited as "edited" and/or "tagged" events; after publication a content
 * change needs a `correctionNote` and is one "corrected" event, shown to readers. Same batch as the
 * change, the content snapshot and the search index.
 */
export async function staffEdit(env: Env, user: SessionUser, reference: string, patch: ModerationPatch): Promise<Submission> {
  const db = env.DB;
  const current = await loadForStaff(db, reference);
  const correcting = CORRECTABLE.includes(current.status);
  const { version, correctionNote, documentPublic, ...fields } = patch;
  const touchesContent = Object.keys(fields).length > 0;
  if (touchesContent && !isEditable(current.status) && !correcting) {
    throw new AppError("conflict", `This submission is ${current.status}; only submitted statements, those awaiting changes and published ones (as a correction) can be edited.`);
  }
  if (documentPublic !== undefined && current.status === "withdrawn") {
    throw new AppError("conflict", `This submission is ${current.status}.`);
  }
  if (correctionNote !== undefined && !correcting) {
    throw keyedError("validation-failed", "err.request.invalid", {}, { errors: [fieldError("correctionNote", "err.correctionNote.onlyPublished")] });
  }
  if (version !== current.version) throw staleVersion(current, version);
  const after = mergeContent(contentOf(current), fields);
  const now = isoNow();
  await checkReferences(db, after, { now, mayUseClosedSegment: true });
  const { edited, tagged } = staffChanges(current, after);
  const contentChanged = Object.keys(edited).length > 0 || Object.keys(tagged).length > 0;
  if (contentChanged && correcting && !correctionNote) {
    throw keyedError("validation-failed", "err.request.invalid", {}, { errors: [fieldError("correctionNote", "err.correctionNote.required")] });
  }
  const documentChange = documentPublic !== undefined && documentPublic !== current.documentPublic;
  if (!contentChanged && !documentChange) return submissionView(current);

  const writeId = randomToken();
  const actor = { actorEmail: user.email, actorRole: staffRoleOf(user.roles) };
  const events: D1PreparedStatement[] = [];
  const documentChanges: Changes = documentChange ? { documentPublic: { from: current.documentPublic, to: documentPublic } } : {};
  if (correcting && contentChanged) {
    events.push(insertEventStatement(db, { writeId, at: now, ...actor, action: "corrected", changes: { ...edited, ...tagged, ...documentChanges }, note: correctionNote }));
  } else {
    const editedAll = { ...edited, ...documentChanges };
    if (Object.keys(editedAll).length) events.push(insertEventStatement(db, { writeId, at: now, ...actor, action: "edited", changes: editedAll }));
    if (Object.keys(tagged).length) events.push(insertEventStatement(db, { writeId, at: now, ...actor, action: "tagged", changes: tagged }));
  }
  const guard = { reference, version, fromStatuses: [current.status], writeId, now };
  const writes = contentChanged
    ? [
        ...updateContentStatements(db, { ...guard, toStatus: current.status, content: after }),
        ...(documentChange ? [setDocumentPublicStatement(db, writeId, documentPublic)] : []),
        snapshotStatement(db, { writeId, at: now, ...actor }),
        staffSawStatement(db, writeId),
      ]
    : [setDocumentPublicIfVersionStatement(db, { ...guard, documentPublic: documentPublic! })];
  const applied = await runVersionedBatch(db, [...indexBeforeChange(db, reference), ...writes, ...events, ...indexAfterChange(db, reference)]);
  if (!applied) throw keyedError("conflict", "err.submission.changed");
  // A correction changes a published text: its campaign (which readers see) is recomputed before the
  // answer, so the archive never shows a membership the new text no longer has.
  if (correcting && contentChanged) await refreshStaleFlags(db);
  return submissionView((await getSubmission(db, reference))!);
}

/**
 * Publishes, rejects, requests changes, unpublishes or republishes: the status (and publishedAt),
 * the moderation fields, the public note, the history event, the submitter's email and the search
 * index (facets, archive version: caches and ETags) change in one batch, or not at all.
 */
export async function decide(env: Env, user: SessionUser, reference: string, input: Omit<DecisionBody, "version"> & { version: number }): Promise<Submission> {
  const db = env.DB;
  const current = await loadForStaff(db, reference);
  const to = nextStatus(current.status, input.action);
  if (!to) throw new AppError("conflict", `A ${current.status} submission cannot be given the decision ${input.action}.`);
  if (input.version !== current.version) throw staleVersion(current, input.version);
  const now = isoNow();
  const writeId = randomToken();
  const reason = input.reason || null;
  const reasonCode = input.reasonCode ?? null;
  const publicNote = input.action === "unpublish" ? input.publicNote || null : null;
  const email = queueEmail("decision", {
    // Written in the interface language the submitter used, like their receipt.
    locale: isLocale(current.locale) ? current.locale : "en",
    reference,
    title: current.title,
    action: input.action,
    reason,
    publicNote,
    url: `${env.APP_ORIGIN}/my/submissions/${reference}`,
    publicUrl: `${env.APP_ORIGIN}/statements/${reference}`,
  });
  const changes: Changes = { status: { from: current.status, to } };
  if (input.action === "publish") changes.publishedAt = { from: current.publishedAt, to: now };
  if (reasonCode && reasonCode !== current.moderation?.reasonCode) changes.reasonCode = { from: current.moderation?.reasonCode ?? null, to: reasonCode };
  if (reason && reason !== current.moderation?.reason) changes.reason = { from: current.moderation?.reason ?? null, to: reason };
  if ((input.action === "unpublish" || input.action === "republish") && publicNote !== current.publicNote) changes.publicNote = { from: current.publicNote, to: publicNote };
  if (input.documentPublic !== undefined && input.documentPublic !== current.documentPublic) changes.documentPublic = { from: current.documentPublic, to: input.documentPublic };
  const applied = await runVersionedBatch(db, [
    ...indexBeforeChange(db, reference),
    decideIfVersionIsStatement(db, {
      reference, version: input.version, fromStatuses: [current.status], toStatus: to, decision: input.action, reasonCode, reason,
      publicNote, documentPublic: input.documentPublic ?? null, decidedBy: user.email, writeId, now,
    }),
    insertEventStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: staffRoleOf(user.roles), action: DECISION_ACTION[input.action], changes, note: reason }),
    insertOutboxStatement(db, current.ownerEmail, email, now, writeId),
    ...indexAfterChange(db, reference),
  ]);
  if (!applied) throw keyedError("conflict", "err.submission.changedDecide");
  return submissionView((await getSubmission(db, reference))!);
}

export type BulkResult =
  | { reference: string; status: 200; submission: Submission }
  | { reference: string; status: number; problem: { type: string; title: string; status: number; detail: string } };

/** The same decision for several submissions; each is its own batch, event and email, and fails alone. */
export async function bulkDecide(env: Env, user: SessionUser, input: BulkDecisionBody): Promise<BulkResult[]> {
  const out: BulkResult[] = [];
  for (const item of input.items) {
    try {
      const submission = await decide(env, user, item.reference, { action: input.action, reason: input.reason, reasonCode: input.reasonCode, version: item.version });
      out.push({ reference: item.reference, status: 200, submission });
    } catch (err) {
      // Each item is its own batch: one that fails writes nothing, and the others keep their answer.
      // An unexpected failure (D1 unavailable) is reported for that item, never as a 500 that
      // would hide the decisions already made in this request.
      const known = err instanceof AppError;
      if (!known) console.error(JSON.stringify({ level: "error", message: "bulk decision item failed", reference: item.reference, error: err instanceof Error ? err.message : "failed" }));
      const type = known ? err.type : "internal";
      const { status, title } = PROBLEMS[type];
      const detail = known ? err.message : "This statement could not be decided just now; nothing was changed. Try it again.";
      out.push({ reference: item.reference, status, problem: { type: `/problems/${type}`, title, status, detail } });
    }
  }
  return out;
}
