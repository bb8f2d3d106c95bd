import { Hono, type Context } from "hono";
import { referenceLabels } from "../../worker/db/labels";
import { FOLLOWED_FILTERS, followedFromQuery, followedQuery, normalizeFollowed, SubscriptionCreate, type FollowedSearch } from "../../worker/domain/subscriptions";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { isLocalDevelopment } from "../../worker/http/development";
import { turnstileFormError } from "../../worker/http/turnstile";
import { checkForm } from "../forms/check";
import { confirmSubscription, endSubscription, requestSubscription } from "../../worker/services/subscriptions";
import { t } from "../../worker/i18n";
import { describeSearch } from "../../worker/i18n/follow";
import { SubscribePage, SubscribeSentPage, TokenActionPage, type FollowedView } from "../pages/follow";

type C = Context<AppEnv>;

/** /subscribe (the form, opened with the search page's filters), /subscribe/confirm and /unsubscribe. */
export const followPages = new Hono<AppEnv>();

async function followedView(c: C, search: FollowedSearch): Promise<FollowedView> {
  const query = followedQuery(search);
  return {
    lines: describeSearch(c.get("locale"), search, await referenceLabels(c.env.DB)),
    hidden: [...query.entries()],
    searchHref: `/statements${query.size ? `?${query.toString()}` : ""}`,
  };
}

const title = (c: C, key: Parameters<typeof t>[1]) => ({ title: t(c.get("locale"), key) });

followPages.get("/subscribe", async (c) => {
  const search = followedFromQuery(new URL(c.req.url).searchParams);
  return c.render(<SubscribePage search={await followedView(c, search)} email="" frequency="weekly" errors={{}} />, title(c, "follow.title"));
});

followPages.post("/subscribe", async (c) => {
  const form = await c.req.parseBody({ all: true });
  const text = (name: string) => (typeof form[name] === "string" ? (form[name] as string) : "");
  const list = (name: string) => [form[name] ?? []].flat().filter((x): x is string => typeof x === "string");
  const filters = { q: text("q"), ...Object.fromEntries(FOLLOWED_FILTERS.map((f) => [f, list(f)])) };
  const parsed = checkForm(c.get("locale"), SubscriptionCreate, { email: text("email"), frequency: text("frequency"), filters });
  if (!parsed.ok) {
    c.status(422);
    const search = followedFromQuery(new URLSearchParams([["q", filters.q], ...FOLLOWED_FILTERS.flatMap((f) => list(f).map((x): [string, string] => [f, x]))]));
    return c.render(<SubscribePage search={await followedView(c, search)} email={text("email")} frequency={text("frequency")} errors={parsed.errors} />, title(c, "follow.title"));
  }
  const human = await turnstileFormError(c.env, form, c.req.header("cf-connecting-ip"));
  if (human) {
    c.status(human.status);
    const search = normalizeFollowed(parsed.output.filters);
    return c.render(<SubscribePage search={await followedView(c, search)} email={parsed.output.email} frequency={parsed.output.frequency} errors={{ turnstile: t(c.get("locale"), human.message) }} />, title(c, "follow.title"));
  }
  await requestSubscription(c.env, parsed.output, c.get("locale"));
  deliverSoon(c);
  return c.render(<SubscribeSentPage email={parsed.output.email} development={isLocalDevelopment(c.env, c.req.url)} />, title(c, "follow.sentTitle"));
});

followPages.get("/subscribe/confirm", (c) =>
  c.render(<TokenActionPage kind="confirm" token={c.req.query("token") ?? ""} outcome="ask" />, title(c, "follow.confirmTitle")),
);

followPages.post("/subscribe/confirm", async (c) => {
  const body = await c.req.parseBody();
  const confirmed = typeof body.token === "string" ? await confirmSubscription(c.env, body.token) : null;
  if (!confirmed) {
    c.status(400);
    return c.render(<TokenActionPage kind="confirm" token="" outcome="invalid" />, title(c, "follow.confirmTitle"));
  }
  return c.render(
    <TokenActionPage kind="confirm" token="" outcome="done" frequency={confirmed.frequency} search={await followedView(c, confirmed.filters)} />,
    title(c, "follow.confirmTitle"),
  );
});

followPages.get("/unsubscribe", (c) =>
  c.render(<TokenActionPage kind="unsubscribe" token={c.req.query("token") ?? ""} outcome="ask" />, title(c, "follow.unsubscribeTitle")),
);

/**
 * The List-Unsubscribe URL of every digest: our own button posts here, and so do mail providers'
 * one-click unsubscribes (RFC 8058: body `List-Unsubscribe=One-Click`, the token in the URL, no
 * Origin; app.ts exempts exactly this route from the Origin check).
 */
followPages.post("/unsubscribe", async (c) => {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const token = c.req.query("token") ?? (typeof body.token === "string" ? body.token : "");
  const ok = token ? await endSubscription(c.env, token) : false;
  if (!ok) c.status(400);
  return c.render(<TokenActionPage kind="unsubscribe" token="" outcome={ok ? "done" : "invalid"} />, title(c, "follow.unsubscribeTitle"));
});
