import { Hono, type Context } from "hono";
import { CampaignDecisionBody, isCampaignId } from "../../worker/domain/campaigns";
import { minhash, similarity } from "../../worker/domain/flags";
import { isReference } from "../../worker/domain/reference";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { checkForm } from "../forms/check";
import { campaignReview, decideCampaign } from "../../worker/services/campaigns";
import { loadForStaff } from "../../worker/services/moderation";
import type { Errors } from "../components/form";
import { str } from "../forms/body-values";
import { t } from "../../worker/i18n";
import { CampaignPage, ComparePage, MEMBERS_PER_PAGE, type CampaignDecisionValues } from "../pages/moderation-campaign";
import { notFound } from "./guards";

type C = Context<AppEnv>;

const EMPTY: CampaignDecisionValues = { action: "", reasonCode: "", reason: "" };

async function renderCampaign(c: C, id: string, offset: number, form: { values: CampaignDecisionValues; errors: Errors }, notice?: string) {
  const data = await campaignReview(c.env.DB, id, offset, MEMBERS_PER_PAGE);
  return c.render(<CampaignPage data={data} values={form.values} errors={form.errors} notice={notice} />, {
    title: `${t(c.get("locale"), "campaign.title", { id })} — ${t(c.get("locale"), "moderation.title")}`,
  });
}

/** /moderation/campaigns/{id} (review and decide a campaign) and /moderation/{reference}/compare/{other}; staff only (checked where mounted). */
export const moderationCampaignPages = new Hono<AppEnv>();
const pages = moderationCampaignPages;

pages.get("/moderation/campaigns/:id", async (c) => {
  const id = c.req.param("id");
  if (!isCampaignId(id)) throw notFound();
  const from = c.req.query("from") ?? "";
  const offset = /^\d{1,6}$/.test(from) ? Number(from) : 0;
  const decided = c.req.query("decided") ?? "";
  const skipped = c.req.query("skipped") ?? "";
  const notice = /^\d{1,6}$/.test(decided) && /^\d{1,6}$/.test(skipped) ? t(c.get("locale"), "campaign.decided", { decided: Number(decided), skipped: Number(skipped) }) : undefined;
  return renderCampaign(c, id, offset, { values: EMPTY, errors: {} }, notice);
});

pages.post("/moderation/campaigns/:id/decision", async (c) => {
  const id = c.req.param("id");
  if (!isCampaignId(id)) throw notFound();
  const body = await c.req.parseBody();
  const values: CampaignDecisionValues = { action: str(body.action), reasonCode: str(body.reasonCode), reason: str(body.reason) };
  const parsed = checkForm(c.get("locale"), CampaignDecisionBody, { action: values.action, reasonCode: values.reasonCode || null, reason: values.reason });
  if (!parsed.ok) {
    c.status(422);
    return renderCampaign(c, id, 0, { values, errors: parsed.errors });
  }
  const result = await decideCampaign(c.env, c.get("user")!, id, parsed.output);
  deliverSoon(c);
  return c.redirect(`/moderation/campaigns/${id}?decided=${result.decided}&skipped=${result.skipped.length}`, 303);
});

pages.get("/moderation/:reference/compare/:other", async (c) => {
  const [a, b] = [c.req.param("reference"), c.req.param("other")];
  if (!isReference(a) || !isReference(b)) throw notFound();
  const [left, right] = await Promise.all([loadForStaff(c.env.DB, a), loadForStaff(c.env.DB, b)]);
  return c.render(<ComparePage a={left} b={right} similarity={similarity(minhash(left.text ?? ""), minhash(right.text ?? ""))} />, {
    title: `${t(c.get("locale"), "compare.title", { a, b })} — ${t(c.get("locale"), "moderation.title")}`,
  });
});
