import { Hono } from "hono";
import { requireUser } from "../auth/session";
import { OrganizationProfileBody } from "../domain/schemas";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { jsonBody } from "../http/validate";
import { profileView, saveProfile } from "../services/profiles";

/** `/api/v1/me/organization`: the signed-in user's saved organization (API.md "Organization profile"). */
export const profileApi = new Hono<AppEnv>()
  .use(async (c, next) => {
    requireUser(c);
    await next();
  })
  .get("/organization", async (c) => {
    const view = await profileView(c.env.DB, requireUser(c));
    if (!view) throw new AppError("not-found", "No organization is saved for this account yet.");
    return c.json(view);
  })
  .put("/organization", jsonBody(OrganizationProfileBody), async (c) => c.json(await saveProfile(c.env.DB, requireUser(c), c.req.valid("json"))));
