import * as v from "valibot";
import { ProposalInput, Slug, text, ThemeList, Version } from "./schemas";
import { STATUSES } from "./status";

/** Moderation decisions and their request schemas, shared by the API, the pages and the OpenAPI document. */

export const DECISIONS = ["publish", "reject", "request_changes"] as const;
export type Decision = (typeof DECISIONS)[number];

/** Reason codes; the slugs are those of the `decision_reason_code` CHECK in the schema. */
export const REASON_CODES = ["off-topic", "not-ngo", "personal-data", "abusive", "duplicate", "other"] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The history action each decision is recorded as. */
export const DECISION_ACTION = { publish: "published", reject: "rejected", request_changes: "changes_requested" } as const;

const Reason = v.nullish(
  v.pipe(v.string("The reason must be text."), v.trim(), v.maxLength(5000, "The reason can have at most 5000 characters.")),
);
const Code = v.nullish(v.picklist(REASON_CODES, `Reason codes are: ${REASON_CODES.join(", ")}.`));

/** The submitter learns why: rejecting and requesting changes need a reason. */
const reasonRequired = <T extends { action: string; reason?: string | null }>(input: T) => input.action === "publish" || !!input.reason;

export const DecisionBody = v.pipe(
  v.strictObject({
    action: v.picklist(DECISIONS, `The action is one of: ${DECISIONS.join(", ")}.`),
    reason: Reason,
    reasonCode: Code,
    version: Version,
  }),
  v.forward(v.check(reasonRequired, "Give the reason the submitter will read."), ["reason"]),
);
export type DecisionBody = v.InferOutput<typeof DecisionBody>;

export const BulkDecisionBody = v.pipe(
  v.strictObject({
    action: v.picklist(["publish", "reject"], "The action is publish or reject."),
    reason: Reason,
    reasonCode: Code,
    items: v.pipe(
      v.array(v.strictObject({ reference: v.pipe(v.string("Give the reference."), v.maxLength(20, "That is not a reference.")), version: Version }), "Give a list of items."),
      v.minLength(1, "Choose at least one submission."),
      v.maxLength(100, "At most 100 submissions at once."),
    ),
  }),
  v.forward(v.check(reasonRequired, "Give the reason the submitters will read."), ["reason"]),
);
export type BulkDecisionBody = v.InferOutput<typeof BulkDecisionBody>;

/** Staff edits: tags, segment, title and text, with the optimistic `version`. */
export const ModerationPatch = v.strictObject({
  version: Version,
  segment: v.optional(Slug),
  themes: v.optional(ThemeList),
  proposals: v.optional(v.pipe(v.array(ProposalInput, "Give a list of proposals."), v.maxLength(50, "A statement can have at most 50 proposals."))),
  title: v.optional(text(3, 300, "The title")),
  text: v.optional(text(50, 100_000, "The statement")),
});
export type ModerationPatch = v.InferOutput<typeof ModerationPatch>;

export const QueueQuery = v.object({
  status: v.optional(v.picklist(STATUSES, `status is one of: ${STATUSES.join(", ")}.`), "submitted"),
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
