import { Hono } from "hono";
import { SubscriptionCreate, SubscriptionToken } from "../domain/subscriptions";
import { deliverSoon } from "../email/deliver-soon";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { jsonBody } from "../http/validate";
import { confirmSubscription, endSubscription, requestSubscription } from "../services/subscriptions";

/** /api/v1/subscriptions: follow a search by email (double opt-in), confirm, unsubscribe. */
export const subscriptionsApi = new Hono<AppEnv>()
  .post("/", jsonBody(SubscriptionCreate), async (c) => {
    await requestSubscription(c.env, c.req.valid("json"), c.get("locale"));
    deliverSoon(c);
    return c.json({ status: "sent" }, 202);
  })
  .post("/confirm", jsonBody(SubscriptionToken), async (c) => {
    const confirmed = await confirmSubscription(c.env, c.req.valid("json").token);
    if (!confirmed) throw new AppError("bad-request", "This confirmation link has expired, was replaced or is not valid. Subscribe again.");
    return c.json({ status: "confirmed", frequency: confirmed.frequency, filters: confirmed.filters });
  })
  .post("/unsubscribe", jsonBody(SubscriptionToken), async (c) => {
    if (!(await endSubscription(c.env, c.req.valid("json").token))) throw new AppError("bad-request", "This unsubscribe link is not valid.");
    return c.json({ status: "unsubscribed" });
  });
