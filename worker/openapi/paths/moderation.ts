import * as v from "valibot";
import { BulkDecisionBody, DecisionBody, ModerationPatch } from "../../domain/moderation";
import { EVENT_ACTIONS } from "../../db/submission-events";
import { QUEUE_STATUSES } from "../../domain/status";
import { Int, ProblemOut, SubmissionOut, TimeOut } from "../responses";
import { PAGE_PARAMS, REFERENCE_PARAM, register } from "../registry";

/** Response shapes of the moderation API; the tests parse real responses with them. */
export const FlagsOut = v.strictObject({
  pii: v.array(v.strictObject({ kind: v.picklist(["email", "phone", "address"]), value: v.string() })),
  possibleDuplicateOf: v.array(v.string()),
});
/** A campaign as items carry it: its id and size (`CC-XXXX-XXXX`; members in every status but draft and withdrawn). */
export const CampaignRefOut = v.strictObject({ id: v.pipe(v.string(), v.regex(/^CC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)), size: Int });
export const QueueItemOut = v.strictObject({
  ...SubmissionOut.entries,
  submitter: v.strictObject({ email: v.string() }),
  flags: FlagsOut,
  campaign: v.nullable(CampaignRefOut),
});
export const QueuePageOut = v.strictObject({
  items: v.array(QueueItemOut),
  nextCursor: v.nullable(v.string()),
  counts: v.strictObject(Object.fromEntries(QUEUE_STATUSES.map((s) => [s, Int])) as Record<(typeof QUEUE_STATUSES)[number], typeof Int>),
});
export const HistoryOut = v.strictObject({
  items: v.array(
    v.strictObject({
      at: TimeOut,
      actor: v.strictObject({ email: v.string(), role: v.picklist(["submitter", "moderator", "admin", "system"]) }),
      action: v.picklist(EVENT_ACTIONS),
      changes: v.record(v.string(), v.strictObject({ from: v.unknown(), to: v.unknown() })),
    }),
  ),
});
export const VersionsOut = v.strictObject({
  items: v.array(
    v.strictObject({
      version: Int,
      at: TimeOut,
      actor: v.strictObject({ email: v.string(), role: v.picklist(["submitter", "moderator", "admin", "system"]) }),
      title: v.string(),
      text: v.string(),
      proposals: v.array(v.strictObject({ number: Int, text: v.string(), themes: v.array(v.string()) })),
      themes: v.array(v.string()),
    }),
  ),
});
export const BulkDecisionOut = v.strictObject({
  results: v.array(
    v.union([
      v.strictObject({ reference: v.string(), status: v.literal(200), submission: SubmissionOut }),
      v.strictObject({ reference: v.string(), status: Int, problem: ProblemOut }),
    ]),
  ),
});

const TAGS = ["moderation"];
const path = [REFERENCE_PARAM];

register("/api/v1/moderation/queue", "get", {
  summary: "The moderation queue, oldest first",
  tags: TAGS,
  auth: "staff",
  query: [
    { name: "status", description: `One of ${QUEUE_STATUSES.join(", ")} (default submitted).`, schema: { type: "string", enum: [...QUEUE_STATUSES], default: "submitted" } },
    { name: "segment", description: "Only this segment (slug)." },
    { name: "theme", description: "Only statements tagged with this theme, on the statement or on a proposal." },
    { name: "q", description: "Text contained in the reference, title, text, organization, speaker or submitter's email (case-insensitive)." },
    ...PAGE_PARAMS,
  ],
  responses: {
    200: {
      description:
        "A page of submissions, each with the submitter's email, its flags (personal data found in the text; possible duplicates: at most 20 references of near-identical submissions, most similar first) " +
        "and its campaign (`{ id, size }`, or null when its text is like no other's). " +
        "Extension: `counts` gives the number of submissions in each status under the same segment, theme and q filters. " +
        "Each item carries its `coSigners` (at most 100, each with its `state`): the queue page shows \"3 of 5 co-signers confirmed\" from them.",
      schema: QueuePageOut,
    },
  },
  errors: [400, 401, 403],
});
register("/api/v1/moderation/submissions/{reference}", "patch", {
  summary: "Edit a submission's segment, themes, proposals, title or text (staff)",
  tags: TAGS,
  auth: "staff",
  path,
  body: ModerationPatch,
  responses: {
    200: {
      description:
        "The edited submission. Before publication: audited as an `edited` (segment, title, text, proposal texts, documentPublic) and/or `tagged` (themes) event. " +
        "A published or unpublished statement's content changes only with a `correctionNote` (422 naming it otherwise), recorded as one `corrected` event and shown to readers as `corrections`. " +
        "`documentPublic` (default false) makes the uploaded original public at /api/v1/statements/{reference}/document; it needs no correctionNote. " +
        "Only fields whose value changes are recorded; a patch that changes nothing changes nothing. Every content change stores a snapshot (see `/versions`).",
      schema: SubmissionOut,
    },
  },
  errors: [400, 401, 403, 404, 409, 413, 415, 422],
});
register("/api/v1/moderation/submissions/{reference}/decision", "post", {
  summary: "Publish, reject, request changes, unpublish or publish again",
  tags: TAGS,
  auth: "staff",
  path,
  body: DecisionBody,
  responses: {
    200: {
      description:
        "The decided submission. `reason` is required to reject, request changes or unpublish; `reasonCode` is one of off-topic, not-ngo, personal-data, abusive, duplicate, takedown-request, other. " +
        "`unpublish` (published → unpublished) takes an optional `publicNote` for readers (only with unpublish): in the same batch the statement leaves search, facets, CSV, feeds and caches " +
        "(the archive version, hence every ETag, changes), and its public address and /api/v1/statements/{reference} answer 410 with the note. `republish` (unpublished → published) brings it back, keeping its first publication date. " +
        "`documentPublic` may be set with any action. The submitter is emailed the decision and reason. Stale version or invalid transition → 409.",
      schema: SubmissionOut,
    },
  },
  errors: [400, 401, 403, 404, 409, 413, 415, 422],
});
register("/api/v1/moderation/submissions/{reference}/history", "get", {
  summary: "A submission's append-only history, oldest first",
  tags: TAGS,
  auth: "staff",
  path,
  responses: { 200: { description: "Every event: when, who (email and role), what, and each changed field as { from, to }.", schema: HistoryOut } },
  errors: [401, 403, 404],
});
register("/api/v1/moderation/submissions/{reference}/versions", "get", {
  summary: "Every state of a submission's content staff have seen, oldest first",
  tags: TAGS,
  auth: "staff",
  path,
  responses: {
    200: {
      description:
        "One item per content version (submitted, edited, resubmitted, staff edit, correction): version number, when, who, and the title, text, proposals and themes as they were. " +
        "Submissions older than this endpoint start with the state they had when it was introduced (actor `system`).",
      schema: VersionsOut,
    },
  },
  errors: [401, 403, 404],
});
register("/api/v1/moderation/bulk-decision", "post", {
  summary: "Publish or reject several submissions with one reason (extension)",
  tags: TAGS,
  auth: "staff",
  body: BulkDecisionBody,
  responses: {
    200: {
      description:
        "Extension to API.md. One result per item, in order: `status` 200 with the submission, or the item's own problem (404 unknown, 409 stale version or invalid transition). " +
        "Each decided item gets its own history event and email.",
      schema: BulkDecisionOut,
    },
  },
  errors: [400, 401, 403, 413, 415, 422],
});
