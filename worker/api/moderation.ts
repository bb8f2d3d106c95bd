import { Hono } from "hono";
import { requireStaff } from "../auth/session";
import { historyView, listHistory } from "../db/submission-events";
import { listVersions } from "../db/submission-versions";
import { BulkDecisionBody, DecisionBody, ModerationPatch, QueueQuery } from "../domain/moderation";
import { deliverSoon } from "../email/deliver-soon";
import type { AppEnv } from "../env";
import { jsonBody, queryParams } from "../http/validate";
import { bulkDecide, decide, loadForStaff, queuePage, staffEdit } from "../services/moderation";
import { CampaignDecisionBody, CampaignsQuery } from "../domain/campaigns";
import { campaignPage, decideCampaign } from "../services/campaigns";

/** The staff side (moderator or admin): queue, edits and tags, decisions, history. */
export const moderationApi = new Hono<AppEnv>()
  // The role is checked before anything is read, so no input reveals more than 401/403.
  .use(async (c, next) => {
    requireStaff(c);
    await next();
  })
  .get("/queue", queryParams(QueueQuery), async (c) => c.json(await queuePage(c.env.DB, c.req.valid("query"))))
  .get("/campaigns", queryParams(CampaignsQuery), async (c) => c.json(await campaignPage(c.env.DB, c.req.valid("query"))))
  .post("/campaigns/:id/decision", jsonBody(CampaignDecisionBody), async (c) => {
    const result = await decideCampaign(c.env, requireStaff(c), c.req.param("id"), c.req.valid("json"));
    deliverSoon(c);
    return c.json(result);
  })
  .post("/bulk-decision", jsonBody(BulkDecisionBody), async (c) => {
    const results = await bulkDecide(c.env, requireStaff(c), c.req.valid("json"));
    deliverSoon(c);
    return c.json({ results });
  })
  .patch("/submissions/:reference", jsonBody(ModerationPatch), async (c) =>
    c.json(await staffEdit(c.env, requireStaff(c), c.req.param("reference"), c.req.valid("json"))),
  )
  .post("/submissions/:reference/decision", jsonBody(DecisionBody), async (c) => {
    const submission = await decide(c.env, requireStaff(c), c.req.param("reference"), c.req.valid("json"));
    deliverSoon(c);
    return c.json(submission);
  })
  .get("/submissions/:reference/history", async (c) => {
    const found = await loadForStaff(c.env.DB, c.req.param("reference"));
    return c.json({ items: historyView(await listHistory(c.env.DB, found.reference)) });
  })
  .get("/submissions/:reference/versions", async (c) => {
    const found = await loadForStaff(c.env.DB, c.req.param("reference"));
    return c.json({ items: await listVersions(c.env.DB, found.reference) });
  });
