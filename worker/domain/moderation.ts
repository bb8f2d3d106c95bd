import * as v from "valibot";
import { m } from "../i18n/messages";
import { ProposalInput, Slug, text, ThemeList, Version } from "./schemas";
import { QUEUE_STATUSES } from "./status";

/** Moderation decisions and their request schemas, shared by the API, the pages and the OpenAPI document. */

export const DECISIONS = ["publish", "reject", "request_changes", "unpublish", "republish"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The decisions as the forms offer them: from the mildest to the most final, then those after publication. */
export const REVIEW_DECISIONS = ["publish", "request_changes", "reject"] as const satisfies readonly Decision[];
export const AFTER_PUBLICATION_DECISIONS = ["unpublish", "republish"] as const satisfies readonly Decision[];
/** A bulk decision only publishes or rejects (a reason per statement makes no sense in bulk). */
export const BULK_DECISIONS = ["publish", "reject"] as const satisfies readonly Decision[];

/** Reason codes; the slugs are those of the `decision_reason_code` CHECK in the schema. */
export const REASON_CODES = ["off-topic", "not-ngo", "personal-data", "abusive", "duplicate", "other"] as const;
export type ReasonCode = (typeof REASON_CODES)[number] | "takedown-request";

/** The history action each decision is recorded as. */
export const DECISION_ACTION = {
  publish: "published",
  reject: "rejected",
  request_changes: "changes_requested",
  unpublish: "unpublished",
  republish: "republished",
} as const;

/** Reason codes staff may give; `takedown-request` only makes sense after publication. */
export const ALL_REASON_CODES = [...REASON_CODES, "takedown-request"] as const;

const Reason = v.nullish(
  v.pipe(v.string(m("err.reason.type")), v.trim(), v.maxLength(5000, m("err.reason.max", { max: 5000 }))),
);
const Code = v.nullish(v.picklist(REASON_CODES, m("err.reasonCode.choose", { options: REASON_CODES.join(", ") })));
const AnyCode = v.nullish(v.picklist(ALL_REASON_CODES, m("err.reasonCode.choose", { options: ALL_REASON_CODES.join(", ") })));

/** The submitter learns why: rejecting, requesting changes and unpublishing need a reason. */
const reasonRequired = <T extends { action: string; reason?: string | null }>(input: T) => input.action === "publish" || input.action === "republish" || !!input.reason;

/** What readers of a taken-down statement's address see instead of it. */
const PublicNote = v.nullish(
  v.pipe(v.string(m("err.publicNote.type")), v.trim(), v.maxLength(2000, m("err.publicNote.max", { max: 2000 }))),
);
const DocumentPublic = v.optional(v.boolean(m("err.documentPublic.type")));

export const DecisionBody = v.pipe(
  v.strictObject({
    action: v.picklist(DECISIONS, m("err.action.choose", { options: DECISIONS.join(", ") })),
    reason: Reason,
    reasonCode: AnyCode,
    publicNote: PublicNote,
    documentPublic: DocumentPublic,
    version: Version,
  }),
  v.forward(v.check(reasonRequired, m("err.reason.required")), ["reason"]),
  v.forward(v.check((input) => !input.publicNote || input.action === "unpublish", m("err.publicNote.onlyUnpublish")), ["publicNote"]),
);
export type DecisionBody = v.InferOutput<typeof DecisionBody>;

export const BulkDecisionBody = v.pipe(
  v.strictObject({
    action: v.picklist(BULK_DECISIONS, m("err.action.bulkChoose")),
    reason: Reason,
    reasonCode: Code,
    items: v.pipe(
      v.array(v.strictObject({ reference: v.pipe(v.string(m("err.reference.type")), v.maxLength(20, m("err.reference.invalid"))), version: Version }), m("err.items.type")),
      v.minLength(1, m("err.items.min")),
      v.maxLength(100, m("err.items.max", { max: 100 })),
    ),
  }),
  v.forward(v.check(reasonRequired, m("err.reason.requiredBulk")), ["reason"]),
);
export type BulkDecisionBody = v.InferOutput<typeof BulkDecisionBody>;

/** Staff edits: tags, segment, title and text, with the optimistic `version`. */
export const ModerationPatch = v.strictObject({
  version: Version,
  segment: v.optional(Slug),
  themes: v.optional(ThemeList),
  proposals: v.optional(v.pipe(v.array(ProposalInput, m("err.proposals.type")), v.maxLength(50, m("err.proposals.max", { max: 50 })))),
  title: v.optional(text(3, 300, "title")),
  text: v.optional(text(50, 100_000, "statement")),
  /** Required to change the content of a published (or unpublished) statement: shown to readers. */
  correctionNote: v.optional(v.pipe(v.string(m("err.correctionNote.type")), v.trim(), v.minLength(3, m("err.correctionNote.min", { min: 3 })), v.maxLength(2000, m("err.correctionNote.max", { max: 2000 })))),
  documentPublic: DocumentPublic,
});
export type ModerationPatch = v.InferOutput<typeof ModerationPatch>;

export const QueueQuery = v.object({
  status: v.optional(v.picklist(QUEUE_STATUSES, `status is one of: ${QUEUE_STATUSES.join(", ")}.`), "submitted"),
  segment: v.optional(v.union([v.literal(""), Slug], "segment must be a segment slug.")),
  theme: v.optional(v.union([v.literal(""), Slug], "theme must be a theme slug.")),
  q: v.optional(v.pipe(v.string(), v.maxLength(200, "q can have at most 200 characters."))),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/, "limit must be a number from 1 to 100."), v.transform(Number), v.minValue(1, "limit must be from 1 to 100."), v.maxValue(100, "limit must be from 1 to 100.")),
    "20",
  ),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,200}$/, "cursor is malformed."))),
});
export type QueueQuery = v.InferOutput<typeof QueueQuery>;
