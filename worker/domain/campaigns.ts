import * as v from "valibot";
import { m } from "../i18n/messages";
import { DUPLICATE_THRESHOLD, similarity } from "./flags";
import { REASON_CODES, REVIEW_DECISIONS } from "./moderation";
import { QUEUE_STATUSES } from "./status";
import { CROCKFORD } from "./reference";

/**
 * Campaigns, free of I/O: which of a new arrival's LSH candidates are its duplicates, and which
 * campaign it joins. Incremental: an arrival is compared with a bounded sample of the submissions
 * sharing its bands (`CANDIDATES_PER_BAND` per band, most recent first), never with a whole campaign.
 */

export const CAMPAIGN_ID_PATTERN = /^CC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const MAX_DUPLICATES_LISTED = 20;
/** Per band, how many of the submissions sharing its key are compared: bounds an arrival's cost. */
export const CANDIDATES_PER_BAND = 20;

export function newCampaignId(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const bytes = random(8);
  let s = "";
  for (let i = 0; i < 8; i++) s += CROCKFORD[bytes[i]! & 31];
  return `CC-${s.slice(0, 4)}-${s.slice(4)}`;
}

export function isCampaignId(value: string): boolean {
  return CAMPAIGN_ID_PATTERN.test(value);
}

export type Candidate = { id: number; minhash: readonly number[]; campaignId: string | null };
export type Ranked = Candidate & { similarity: number };

/** Candidates at least `DUPLICATE_THRESHOLD` similar, most similar first (ties: oldest id first). */
export function rankDuplicates(signature: readonly number[], candidates: readonly Candidate[]): Ranked[] {
  return candidates
    .map((c) => ({ ...c, similarity: similarity(signature, c.minhash) }))
    .filter((c) => c.similarity >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || a.id - b.id);
}

export type Assignment = { kind: "none" } | { kind: "join"; campaignId: string } | { kind: "create"; campaignId: string; with: number };

/**
 * The campaign an arrival joins: that of its most similar duplicate already in one; else a new
 * campaign with its most similar duplicate; none without duplicates. Campaigns are never merged,
 * so an id stays while it has members.
 */
export function assignCampaign(ranked: readonly Ranked[], newId: () => string = () => newCampaignId()): Assignment {
  const member = ranked.find((r) => r.campaignId !== null);
  if (member) return { kind: "join", campaignId: member.campaignId! };
  const best = ranked[0];
  return best ? { kind: "create", campaignId: newId(), with: best.id } : { kind: "none" };
}

// ---- requests ---------------------------------------------------------------------------------

export const CampaignsQuery = v.object({
  status: v.optional(v.picklist(QUEUE_STATUSES, `status is one of: ${QUEUE_STATUSES.join(", ")}.`), "submitted"),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/, "limit must be a number from 1 to 100."), v.transform(Number), v.minValue(1, "limit must be from 1 to 100."), v.maxValue(100, "limit must be from 1 to 100.")),
    "20",
  ),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,200}$/, "cursor is malformed."))),
});
export type CampaignsQuery = v.InferOutput<typeof CampaignsQuery>;

/**
 * One decision for every member still `submitted`: no version (each member is checked to still be
 * submitted). Only the decisions a submitted statement can get: unpublish and republish → 422.
 */
export const CampaignDecisionBody = v.pipe(
  v.strictObject({
    action: v.picklist(REVIEW_DECISIONS, m("err.action.choose", { options: REVIEW_DECISIONS.join(", ") })),
    reason: v.nullish(v.pipe(v.string(m("err.reason.type")), v.trim(), v.maxLength(5000, m("err.reason.max", { max: 5000 })))),
    reasonCode: v.nullish(v.picklist(REASON_CODES, m("err.reasonCode.choose", { options: REASON_CODES.join(", ") }))),
  }),
  v.forward(
    v.check((input) => input.action === "publish" || !!input.reason, m("err.reason.required")),
    ["reason"],
  ),
);
export type CampaignDecisionBody = v.InferOutput<typeof CampaignDecisionBody>;
