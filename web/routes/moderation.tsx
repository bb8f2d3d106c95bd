import { Hono, type Context } from "hono";
import * as v from "valibot";
import { listThemeChoices } from "../../worker/db/moderation";
import { listSegments } from "../../worker/db/segments";
import { BulkDecisionBody, QueueQuery } from "../../worker/domain/moderation";
import type { Status } from "../../worker/domain/status";
import { isoNow } from "../../worker/domain/time";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { isProblem } from "../forms/check";
import { checkForm } from "../forms/check";
import { bulkDecide, queuePage } from "../../worker/services/moderation";
import type { Errors } from "../components/form";
import { str, strings } from "../forms/body-values";
import { t } from "../../worker/i18n";
import { ModerationQueuePage, type BulkValues, type QueueFilterValues } from "../pages/moderation-queue";
import { adminPages } from "./admin";
import { adminKeywordPages } from "./admin-keywords";
import { decidedNotice, moderationReviewPages } from "./moderation-review";
import { requireStaffPage } from "./guards";
import { moderationCampaignPages } from "./moderation-campaigns";
import { listCampaignPage } from "../../worker/db/campaigns";

type C = Context<AppEnv>;

/** Filters from a query string; anything malformed falls back to "no filter" rather than an error page. */
function filtersOf(query: Record<string, string>): QueueFilterValues & { cursor?: string } {
  const parsed = (name: string) => {
    const one = v.safeParse(QueueQuery, { [name]: query[name] });
    return one.success ? (one.output as Record<string, unknown>)[name] : undefined;
  };
  return {
    status: (parsed("status") as Status | undefined) ?? "submitted",
    segment: (parsed("segment") as string | undefined) ?? "",
    theme: (parsed("theme") as string | undefined) ?? "",
    q: (parsed("q") as string | undefined) ?? "",
    cursor: parsed("cursor") as string | undefined,
  };
}

async function renderQueue(c: C, filters: QueueFilterValues & { cursor?: string }, bulk: { values: BulkValues; errors: Errors }, notice?: string) {
  // Unfiltered, each campaign is one row (on the first page) and the list holds the other statements.
  const grouped = !filters.segment && !filters.theme && !filters.q;
  let page;
  try {
    page = await queuePage(c.env.DB, { ...filters, limit: 50, outsideCampaigns: grouped });
  } catch (err) {
    if (!isProblem(err, "bad-request")) throw err;
    page = await queuePage(c.env.DB, { ...filters, cursor: undefined, limit: 50, outsideCampaigns: grouped });
  }
  const [campaigns, segments, themes] = await Promise.all([
    grouped && !filters.cursor ? listCampaignPage(c.env.DB, filters.status, 20, null) : [],
    listSegments(c.env.DB, isoNow()),
    listThemeChoices(c.env.DB),
  ]);
  return c.render(<ModerationQueuePage filters={filters} {...page} campaigns={campaigns} segments={segments} themes={themes} bulk={bulk} notice={notice} />, {
    title: t(c.get("locale"), "moderation.title"),
  });
}

const EMPTY_BULK: BulkValues = { items: [], action: "", reasonCode: "", reason: "" };

/** /moderation (queue, bulk decisions) and /moderation/{reference} (review, edit, decide, history); /admin is mounted here too. */
export const moderationPages = new Hono<AppEnv>();
const pages = moderationPages;

pages.use("/moderation", requireStaffPage);
pages.use("/moderation/*", requireStaffPage);

pages.get("/moderation", async (c) => {
  const query = c.req.query();
  const done = /^\d{1,3}$/.test(query.done ?? "") ? Number(query.done) : null;
  const failed = /^\d{1,3}$/.test(query.failed ?? "") ? Number(query.failed) : 0;
  const notice = done !== null ? t(c.get("locale"), "moderation.bulkDone", { done, failed }) : await decidedNotice(c);
  return renderQueue(c, filtersOf(query), { values: EMPTY_BULK, errors: {} }, notice);
});

pages.post("/moderation/bulk", async (c) => {
  const filters = filtersOf(c.req.query());
  const body = await c.req.parseBody({ all: true });
  const values: BulkValues = { items: strings(body.item).slice(0, 100), action: str(body.action), reasonCode: str(body.reasonCode), reason: str(body.reason) };
  const input = {
    action: values.action,
    reasonCode: values.reasonCode || null,
    reason: values.reason,
    items: values.items.map((item) => {
      const [reference = "", version = ""] = item.split(":");
      return { reference, version: /^\d{1,9}$/.test(version) ? Number(version) : 0 };
    }),
  };
  const parsed = checkForm(c.get("locale"), BulkDecisionBody, input, (path) => (path.startsWith("items") ? "items" : path));
  if (!parsed.ok) {
    const errors = parsed.errors;
    if (errors.items) errors.items = t(c.get("locale"), "moderation.bulkNone");
    c.status(422);
    return renderQueue(c, filters, { values, errors });
  }
  const results = await bulkDecide(c.env, c.get("user")!, parsed.output);
  deliverSoon(c);
  const ok = results.filter((r) => r.status === 200).length;
  const params = new URLSearchParams({ status: filters.status, segment: filters.segment, theme: filters.theme, q: filters.q, done: String(ok), failed: String(results.length - ok) });
  return c.redirect(`/moderation?${params.toString()}`, 303);
});

pages.route("/", moderationCampaignPages);
pages.route("/", moderationReviewPages);
pages.route("/", adminPages);
pages.route("/", adminKeywordPages);
