import { randomToken } from "../auth/crypto";
import type { SessionUser } from "../auth/session";
import { countByStatus, decideIfVersionIsStatement, listQueue, type QueueFilters } from "../db/moderation";
import { insertOutboxStatement } from "../db/outbox";
import { indexAfterChange, indexBeforeChange } from "../db/search-index";
import { insertEventStatement } from "../db/submission-events";
import { updateContentStatements } from "../db/submission-writes";
import { getSubmission, submissionView, type StoredSubmission, type Submission } from "../db/submissions";
import { DECISION_ACTION, type BulkDecisionBody, type DecisionBody, type ModerationPatch } from "../domain/moderation";
import { isReference } from "../domain/reference";
import { staffRoleOf } from "../domain/roles";
import { QUEUE_STATUSES, isEditable, nextStatus } from "../domain/status";
import { isoNow } from "../domain/time";
import { renderEmail } from "../email/render";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { AppError, keyedError, PROBLEMS } from "../http/errors";
import { isLocale } from "../../web/i18n";
import { checkReferences, contentOf, mergeContent } from "./content";
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

/** Splits a staff edit into the history's "edited" (content, segment) and "tagged" (themes) changes. */
function staffChanges(before: StoredSubmission, after: ReturnType<typeof mergeContent>) {
  const edited: Record<string, { from: unknown; to: unknown }> = {};
  const tagged: Record<string, { from: unknown; to: unknown }> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (before.segment.slug !== after.segmentSlug) edited.segment = { from: before.segment.slug, to: after.segmentSlug };
  if (before.title !== after.title) edited.title = { from: before.title, to: after.title };
  if (before.text !== after.text) edited.text = { from: before.text, to: after.text };
  const sortedThemes = (list: readonly string[]) => [...new Set(list)].sort();
  if (!same(before.themes, sortedThemes(after.themes))) tagged.themes = { from: before.themes, to: sortedThemes(after.themes) };
  const beforeTexts = before.proposals.map((p) => p.text);
  const afterTexts = after.proposals.map((p) => p.text);
  if (!same(beforeTexts, afterTexts)) {
    edited.proposals = { from: before.proposals, to: after.proposals.map((p, i) => ({ number: i + 1, text: p.text, themes: sortedThemes(p.themes) })) };
  } else {
    after.proposals.forEach((p, i) => {
      const from = before.proposals[i]!.themes;
      if (!same(from, sortedThemes(p.themes))) tagged[`proposals.${i + 1}.themes`] = { from, to: sortedThemes(p.themes) };
    });
  }
  return { edited, tagged };
}

/** A staff edit of tags, segment, title or text; audited as "edited" and/or "tagged" events in the same batch. */
export async function staffEdit(env: Env, user: SessionUser, reference: string, patch: ModerationPatch): Promise<Submission> {
  const db = env.DB;
  const current = await loadForStaff(db, reference);
  if (!isEditable(current.status)) throw new AppError("conflict", `This submission is ${current.status}; only submitted statements or those awaiting changes can be edited.`);
  if (patch.version !== current.version) throw staleVersion(current, patch.version);
  const { version, ...fields } = patch;
  const after = mergeContent(contentOf(current), fields);
  const now = isoNow();
  await checkReferences(db, after, { now, mayUseClosedSegment: true });
  const { edited, tagged } = staffChanges(current, after);
  if (Object.keys(edited).length === 0 && Object.keys(tagged).length === 0) return submissionView(current);

  const writeId = randomToken();
  const actor = { actorEmail: user.email, actorRole: staffRoleOf(user.roles) };
  const indexFirst = indexBeforeChange(db, reference);
  const results = await db.batch([
    ...indexFirst,
    ...updateContentStatements(db, { reference, version, fromStatuses: [current.status], toStatus: current.status, writeId, content: after, now }),
    ...(Object.keys(edited).length ? [insertEventStatement(db, { writeId, at: now, ...actor, action: "edited", changes: edited })] : []),
    ...(Object.keys(tagged).length ? [insertEventStatement(db, { writeId, at: now, ...actor, action: "tagged", changes: tagged })] : []),
    ...indexAfterChange(db, reference),
  ]);
  if (results[indexFirst.length + 1]!.meta.changes === 0) throw keyedError("conflict", "err.submission.changed");
  return submissionView((await getSubmission(db, reference))!);
}

/**
 * Publishes, rejects or requests changes: the status (and publishedAt), the moderation fields, the
 * history event, the submitter's email and the search index change in one batch, or not at all.
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
  const email = await renderEmail("decision", {
    // Written in the interface language the submitter used, like their receipt.
    locale: isLocale(current.locale) ? current.locale : "en",
    reference,
    title: current.title,
    action: input.action,
    reason,
    url: `${env.APP_ORIGIN}/my/submissions/${reference}`,
    publicUrl: `${env.APP_ORIGIN}/statements/${reference}`,
  });
  const changes: Record<string, { from: unknown; to: unknown }> = { status: { from: current.status, to } };
  if (to === "published") changes.publishedAt = { from: current.publishedAt, to: now };
  if (reasonCode) changes.reasonCode = { from: current.moderation?.reasonCode ?? null, to: reasonCode };
  if (reason) changes.reason = { from: current.moderation?.reason ?? null, to: reason };
  const indexFirst = indexBeforeChange(db, reference);
  const results = await db.batch([
    ...indexFirst,
    decideIfVersionIsStatement(db, { reference, version: input.version, fromStatuses: [current.status], toStatus: to, decision: input.action, reasonCode, reason, decidedBy: user.email, writeId, now }),
    insertEventStatement(db, { writeId, at: now, actorEmail: user.email, actorRole: staffRoleOf(user.roles), action: DECISION_ACTION[input.action], changes, note: reason }),
    insertOutboxStatement(db, current.ownerEmail, email, now, writeId),
    ...indexAfterChange(db, reference),
  ]);
  if (results[indexFirst.length]!.meta.changes === 0) throw keyedError("conflict", "err.submission.changedDecide");
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
      if (!(err instanceof AppError)) throw err;
      const { status, title } = PROBLEMS[err.type];
      out.push({ reference: item.reference, status, problem: { type: `/problems/${err.type}`, title, status, detail: err.message } });
    }
  }
  return out;
}
