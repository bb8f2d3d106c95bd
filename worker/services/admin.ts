import * as v from "valibot";
import type { SessionUser } from "../auth/session";
import { revokeUserSessionsStatement } from "../db/auth";
import { adminSegment, getSegmentBySlug, insertSegmentStatement, setSegmentTitleStatement, updateSegmentStatement, type Segment } from "../db/segments";
import { bumpArchiveVersionStatement, segmentChangedStatements } from "../db/search-index";
import { getTheme, insertThemeStatement, setThemeTranslationStatements, updateThemeStatement, type Theme } from "../db/themes";
import { presentEntries, TRANSLATED_LOCALES, type TranslationInput } from "../domain/translations";
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

type AdminSegment = Segment & { titles: Record<string, string> };

/** One statement per language given: that language's title only (API.md: editing one language never changes another). */
function segmentTitleStatements(db: D1Database, slug: string, titles: TranslationInput | undefined, now: string): D1PreparedStatement[] {
  return presentEntries(titles).map(([locale, title]) => setSegmentTitleStatement(db, slug, locale, title, now));
}

function themeTranslationStatements(db: D1Database, slug: string, labels: TranslationInput | undefined, descriptions: TranslationInput | undefined, now: string): D1PreparedStatement[] {
  return TRANSLATED_LOCALES.flatMap((locale) => {
    const label = labels?.[locale];
    const description = descriptions?.[locale];
    return setThemeTranslationStatements(db, slug, locale, { label: label === undefined ? undefined : (label ?? ""), description: description === undefined ? undefined : (description ?? "") }, now);
  });
}

export async function createSegment(db: D1Database, body: v.InferOutput<typeof SegmentCreate>): Promise<AdminSegment> {
  windowError(body.opensAt, body.closesAt);
  const now = isoNow();
  try {
    await db.batch([insertSegmentStatement(db, body, now), ...segmentTitleStatements(db, body.slug, body.titles, now)]);
  } catch (err) {
    if (isConflict(err)) throw new AppError("conflict", `A segment "${body.slug}" already exists.`);
    throw err;
  }
  return adminSegment((await getSegmentBySlug(db, body.slug, now))!);
}

export async function editSegment(db: D1Database, slug: string, patch: v.InferOutput<typeof SegmentPatch>): Promise<AdminSegment> {
  const now = isoNow();
  const current = await getSegmentBySlug(db, slug, now);
  if (!current) throw keyedError("not-found", "err.segment.unknown", { slug });
  const { titles, ...fields } = patch;
  const next = { ...current, ...fields };
  windowError(next.opensAt, next.closesAt);
  // Published statements show the segment and are faceted by its topics and date.
  await db.batch([updateSegmentStatement(db, slug, next, now), ...segmentTitleStatements(db, slug, titles, now), ...segmentChangedStatements(db, slug)]);
  return adminSegment((await getSegmentBySlug(db, slug, now))!);
}

export async function createTheme(db: D1Database, body: v.InferOutput<typeof ThemeCreate>): Promise<Theme> {
  const now = isoNow();
  try {
    await db.batch([insertThemeStatement(db, body, now), ...themeTranslationStatements(db, body.slug, body.labels, body.descriptions, now)]);
  } catch (err) {
    if (isConflict(err)) throw new AppError("conflict", `A theme "${body.slug}" already exists.`);
    throw err;
  }
  return (await getTheme(db, body.slug))!;
}

export async function editTheme(db: D1Database, slug: string, patch: v.InferOutput<typeof ThemePatch>): Promise<Theme> {
  // Cached public responses show theme labels: the relabel invalidates them in the same batch.
  // Each language is its own field: the English columns here, the others one row per language.
  if (!(await getTheme(db, slug))) throw keyedError("not-found", "err.theme.unknown", { slug });
  const now = isoNow();
  await db.batch([updateThemeStatement(db, slug, patch, now), ...themeTranslationStatements(db, slug, patch.labels, patch.descriptions, now), bumpArchiveVersionStatement(db)]);
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
