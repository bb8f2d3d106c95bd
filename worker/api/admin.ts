import { Hono } from "hono";
import * as v from "valibot";
import { requireAdmin } from "../auth/session";
import { EmailAddress, SegmentCreate, SegmentPatch, StaffRolesBody, ThemeCreate, ThemePatch } from "../domain/schemas";
import type { AppEnv } from "../env";
import { jsonBody, parseWith } from "../http/validate";
import { createSegment, createTheme, editSegment, editTheme, setStaffRoles } from "../services/admin";

export const adminApi = new Hono<AppEnv>()
  .use(async (c, next) => {
    requireAdmin(c);
    await next();
  })
  .post("/segments", jsonBody(SegmentCreate), async (c) => {
    const segment = await createSegment(c.env.DB, c.req.valid("json"));
    c.header("Location", `/api/v1/segments/${segment.slug}`);
    return c.json(segment, 201);
  })
  .patch("/segments/:slug", jsonBody(SegmentPatch), async (c) => c.json(await editSegment(c.env.DB, c.req.param("slug"), c.req.valid("json"))))
  .post("/themes", jsonBody(ThemeCreate), async (c) => c.json(await createTheme(c.env.DB, c.req.valid("json")), 201))
  .patch("/themes/:slug", jsonBody(ThemePatch), async (c) => c.json(await editTheme(c.env.DB, c.req.param("slug"), c.req.valid("json"))))
  .put("/staff/:email", jsonBody(StaffRolesBody), async (c) => {
    // The router has decoded the parameter already; errors name it `email`.
    const { email } = parseWith(v.object({ email: EmailAddress }), { email: c.req.param("email") });
    return c.json(await setStaffRoles(c.env, requireAdmin(c), email, c.req.valid("json").roles));
  });
