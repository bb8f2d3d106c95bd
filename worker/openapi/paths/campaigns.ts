import * as v from "valibot";
import { CampaignDecisionBody } from "../../domain/campaigns";
import { QUEUE_STATUSES } from "../../domain/status";
import { Int } from "../responses";
import { PAGE_PARAMS, register } from "../registry";

/** Response shapes of the campaign operations; the tests parse real responses with them. */
export const CampaignOut = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^CC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)),
  size: Int,
  organizations: Int,
  representative: v.strictObject({ reference: v.string(), title: v.string() }),
  references: v.array(v.string()),
});
export const CampaignPageOut = v.strictObject({ items: v.array(CampaignOut), nextCursor: v.nullable(v.string()) });
export const CampaignDecisionOut = v.strictObject({ decided: Int, skipped: v.array(v.strictObject({ reference: v.string(), status: v.string() })) });

const TAGS = ["moderation"];

register("/api/v1/moderation/campaigns", "get", {
  summary: "Campaigns: submissions whose texts are near-duplicates, largest first",
  tags: TAGS,
  auth: "staff",
  query: [
    { name: "status", description: `Count only members in this status: one of ${QUEUE_STATUSES.join(", ")} (default submitted).`, schema: { type: "string", enum: [...QUEUE_STATUSES], default: "submitted" } },
    ...PAGE_PARAMS,
  ],
  responses: {
    200: {
      description:
        "Campaigns with at least one member in `status`, largest first. `size` is the number of those members, `organizations` how many distinct organizations sent them, " +
        "`representative` the campaign's oldest member (the text the others are compared with) and `references` the first 100 of those members, oldest first.",
      schema: CampaignPageOut,
    },
  },
  errors: [400, 401, 403],
});
register("/api/v1/moderation/campaigns/{id}/decision", "post", {
  summary: "One decision for every member of a campaign still submitted",
  tags: TAGS,
  auth: "staff",
  path: [{ name: "id", description: "The campaign's id, e.g. CC-4M2K-9QXA." }],
  body: CampaignDecisionBody,
  responses: {
    200: {
      description:
        "Every member still `submitted` is decided (publish, reject or request_changes; `reason` required to reject or request changes), each with its own history event and email, " +
        "in batches of 50. `decided` counts the members this call decided; `skipped` lists the others with their status. A call interrupted part-way can be repeated: " +
        "members already decided are skipped, nobody is decided or emailed twice. Unknown campaign (or one whose members have all left) → 404.",
      schema: CampaignDecisionOut,
    },
  },
  errors: [400, 401, 403, 404, 413, 415, 422],
});
