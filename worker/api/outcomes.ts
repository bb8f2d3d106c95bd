import { Hono } from "hono";
import { requireStaff } from "../auth/session";
import { LinksBody, OutcomeTextBody } from "../domain/outcomes";
import { deliverSoon } from "../email/deliver-soon";
import type { AppEnv } from "../env";
import { jsonBody, parseWith, readJson } from "../http/validate";
import { attachOutcome, publicOutcome, setLinks, suggestLinks } from "../services/outcomes";
import { outcomeInput } from "../services/outcome-input";

/** Outcomes (API.md "Outcomes"): attach a segment's summary, suggest and confirm links, and the public view. */
export const outcomesApi = new Hono<AppEnv>()
  // The role is checked before the body is read, so no input reveals more than 401/403.
  .use("/moderation/outcomes/*", async (c, next) => {
    requireStaff(c);
    await next();
  })
  .post("/segments/:slug/outcome", async (c) => {
    const user = requireStaff(c);
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    const input = /^application\/([\w.-]+\+)?json/.test(type)
      ? { ...parseWith(OutcomeTextBody, (await readJson(c)).value), source: "json" as const }
      : await outcomeInput(c.req.raw, type);
    const slug = c.req.param("slug");
    const saved = await attachOutcome(c.env, user, slug, input);
    c.header("Location", `/api/v1/segments/${slug}/outcome`);
    return c.json(saved, 201);
  })
  .get("/segments/:slug/outcome", async (c) => c.json(await publicOutcome(c.env.DB, c.env.APP_ORIGIN, c.req.param("slug"))))
  .get("/moderation/outcomes/:slug/suggestions", async (c) => {
    requireStaff(c);
    return c.json({ items: await suggestLinks(c.env.DB, c.req.param("slug")) });
  })
  .put("/moderation/outcomes/:slug/links", jsonBody(LinksBody), async (c) => {
    const result = await setLinks(c.env, requireStaff(c), c.req.param("slug"), c.req.valid("json").links);
    deliverSoon(c);
    return c.json(result);
  });
