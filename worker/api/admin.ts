import { Hono } from "hono";
import { requireAdmin } from "../auth/session";
import { revokeUserSessionsStatement } from "../db/auth";
import { getSegmentBySlug, insertSegmentStatement, publicSegment, updateSegment } from "../db/segments";
import { getTheme, insertThemeStatement, updateTheme } from "../db/themes";
import { getGrantedRoles, replaceGrantedRolesStatements } from "../db/users";
import { rolesFor } from "../domain/roles";
import { EmailAddress, SegmentCreate, SegmentPatch, StaffRolesBody, ThemeCreate, ThemePatch } from "../domain/schemas";
import { isoNow } from "../domain/time";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { jsonBody, parseWith } from "../http/validate";

function windowError(opensAt: string, closesAt: string): void {
  if (Date.parse(opensAt) > Date.parse(closesAt)) {
    throw new AppError("validation-failed", "The request has invalid fields.", { errors: [{ path: "closesAt", message: "The window must close after it opens." }] });
  }
}

function isConflict(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed|PRIMARY KEY/i.test(err.message);
}

export const adminApi = new Hono<AppEnv>()
  .use(async (c, next) => {
    requireAdmin(c);
    await next();
  })
  .post("/segments", jsonBody(SegmentCreate), async (c) => {
    const body = c.req.valid("json");
    windowError(body.opensAt, body.closesAt);
    const now = isoNow();
    try {
      await insertSegmentStatement(c.env.DB, body, now).run();
    } catch (err) {
      if (isConflict(err)) throw new AppError("conflict", `A segment "${body.slug}" already exists.`);
      throw err;
    }
    c.header("Location", `/api/v1/segments/${body.slug}`);
    return c.json(publicSegment((await getSegmentBySlug(c.env.DB, body.slug, now))!), 201);
  })
  .patch("/segments/:slug", jsonBody(SegmentPatch), async (c) => {
    const slug = c.req.param("slug");
    const now = isoNow();
    const current = await getSegmentBySlug(c.env.DB, slug, now);
    if (!current) throw new AppError("not-found", `There is no segment "${slug}".`);
    const next = { ...current, ...c.req.valid("json") };
    windowError(next.opensAt, next.closesAt);
    await updateSegment(c.env.DB, slug, next, now);
    return c.json(publicSegment((await getSegmentBySlug(c.env.DB, slug, now))!));
  })
  .post("/themes", jsonBody(ThemeCreate), async (c) => {
    const body = c.req.valid("json");
    try {
      await insertThemeStatement(c.env.DB, body, isoNow()).run();
    } catch (err) {
      if (isConflict(err)) throw new AppError("conflict", `A theme "${body.slug}" already exists.`);
      throw err;
    }
    return c.json((await getTheme(c.env.DB, body.slug))!, 201);
  })
  .patch("/themes/:slug", jsonBody(ThemePatch), async (c) => {
    const slug = c.req.param("slug");
    if (!(await updateTheme(c.env.DB, slug, c.req.valid("json"), isoNow()))) throw new AppError("not-found", `There is no theme "${slug}".`);
    return c.json((await getTheme(c.env.DB, slug))!);
  })
  .put("/staff/:email", jsonBody(StaffRolesBody), async (c) => {
    const admin = requireAdmin(c);
    const email = parseWith(EmailAddress, decodeURIComponent(c.req.param("email")));
    const roles = [...new Set(c.req.valid("json").roles)];
    const now = isoNow();
    const before = await getGrantedRoles(c.env.DB, email);
    const removed = before.some((r) => !roles.includes(r));
    // Taking a role away ends that person's sessions, so the change holds at once everywhere.
    await c.env.DB.batch([
      ...replaceGrantedRolesStatements(c.env.DB, email, roles, admin.email, now),
      ...(removed ? [revokeUserSessionsStatement(c.env.DB, email, now)] : []),
    ]);
    return c.json({ email, roles: rolesFor(email, c.env, roles).filter((r) => r !== "submitter"), granted: roles });
  });
