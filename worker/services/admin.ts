import * as v from "valibot";
import type { SessionUser } from "../auth/session";
import { revokeUserSessionsStatement } from "../db/auth";
import { getSegmentBySlug, insertSegmentStatement, publicSegment, updateSegmentStatement, type Segment } from "../db/segments";
import { bumpArchiveVersionStatement, segmentChangedStatements } from "../db/search-index";
import { getTheme, insertThemeStatement, updateThemeStatement, type Theme } from "../db/themes";
import { getGrantedRoles, replaceGrantedRolesStatements } from "../db/users";
import { rolesFor, type StaffRole } from "../domain/roles";
import type { SegmentCreate, SegmentPatch, ThemeCreate, ThemePatch } from "../domain/schemas";
import { isoNow } from "../domain/time";
import { AppError, keyedError } from "../http/errors";
import { fieldError } from "../i18n/messages";

/** Administration (segments, themes, staff roles), shared by the admin API and the /admin pages. */

function windowError(opensAt: string, closesAt: string): void {
  if (Date.parse(opensAt) > Date.parse(closesAt)) {
    throw keyedError("validation-failed", "err.request.invalid", {}, { errors: [fieldError("closesAt", "err.window.order")] });
  }
}

function isConflict(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed|PRIMARY KEY/i.test(err.message);
}

export async function createSegment(db: D1Database, body: v.InferOutput<typeof SegmentCreate>): Promise<Segment> {
  windowError(body.opensAt, body.closesAt);
  const now = isoNow();
  try {
    await insertSegmentStatement(db, body, now).run();
  } catch (err) {
    if (isConflict(err)) throw new AppError("conflict", `A segment "${body.slug}" already exists.`);
    throw err;
  }
  return publicSegment((await getSegmentBySlug(db, body.slug, now))!);
}

export async function editSegment(db: D1Database, slug: string, patch: v.InferOutput<typeof SegmentPatch>): Promise<Segment> {
  const now = isoNow();
  const current = await getSegmentBySlug(db, slug, now);
  if (!current) throw keyedError("not-found", "err.segment.unknown", { slug });
  const next = { ...current, ...patch };
  windowError(next.opensAt, next.closesAt);
  // Published statements show the segment and are faceted by its topics and date.
  await db.batch([updateSegmentStatement(db, slug, next, now), ...segmentChangedStatements(db, slug)]);
  return publicSegment((await getSegmentBySlug(db, slug, now))!);
}

export async function createTheme(db: D1Database, body: v.InferOutput<typeof ThemeCreate>): Promise<Theme> {
  try {
    await insertThemeStatement(db, body, isoNow()).run();
  } catch (err) {
    if (isConflict(err)) throw new AppError("conflict", `A theme "${body.slug}" already exists.`);
    throw err;
  }
  return (await getTheme(db, body.slug))!;
}

export async function editTheme(db: D1Database, slug: string, patch: v.InferOutput<typeof ThemePatch>): Promise<Theme> {
  // Cached public responses show theme labels: the relabel invalidates them in the same batch.
  const [result] = await db.batch([updateThemeStatement(db, slug, patch, isoNow()), bumpArchiveVersionStatement(db)]);
  if (result!.meta.changes === 0) throw keyedError("not-found", "err.theme.unknown", { slug });
  return (await getTheme(db, slug))!;
}

/** Sets exactly `roles` as an email's granted staff roles; taking a role away ends that person's sessions. */
export async function setStaffRoles(env: Env, admin: SessionUser, email: string, requested: readonly StaffRole[]) {
  const roles = [...new Set(requested)];
  const now = isoNow();
  const before = await getGrantedRoles(env.DB, email);
  const removed = before.some((r) => !roles.includes(r));
  // Revoking sessions makes the change hold at once everywhere.
  await env.DB.batch([
    ...replaceGrantedRolesStatements(env.DB, email, roles, admin.email, now),
    ...(removed ? [revokeUserSessionsStatement(env.DB, email, now)] : []),
  ]);
  return { email, roles: rolesFor(email, env, roles).filter((r) => r !== "submitter"), granted: roles };
}
