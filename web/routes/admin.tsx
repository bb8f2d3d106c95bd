import { Hono, type Context } from "hono";
import * as v from "valibot";
import { getSegmentBySlug, listSegments } from "../../worker/db/segments";
import { getTheme, listThemes } from "../../worker/db/themes";
import { listGrantedStaff } from "../../worker/db/users";
import { EmailAddress, SegmentCreate, SegmentPatch, Slug, StaffRolesBody, ThemeCreate, ThemePatch } from "../../worker/domain/schemas";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { AppError, type FieldError } from "../../worker/http/errors";
import { toFieldErrors } from "../../worker/http/validate";
import { createSegment, createTheme, editSegment, editTheme, setStaffRoles } from "../../worker/services/admin";
import { errorsByField, type Errors } from "../components/form";
import { t } from "../../worker/i18n";
import { errorMessage } from "../../worker/i18n/errors";
import { AdminEditPage, AdminPage, ADMIN_SECTIONS, type AdminSection } from "../pages/admin";
import { TRANSLATED_LOCALES } from "../../worker/domain/translations";
import { emptySegment, SegmentForm, ThemeForm, type Form, type SegmentValues, type StaffValues, type ThemeValues } from "../pages/admin-forms";
import { requireAdminPage } from "./staff";
import { notFoundPage } from "./shared";
import { str, strings } from "../forms/body-values";

type C = Context<AppEnv>;
type Body = Record<string, string | File | (string | File)[]>;

/** `datetime-local` gives minutes without a zone; the form says UTC. */
const toTimestamp = (local: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00Z` : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(local) ? `${local}Z` : local);
const toLocal = (iso: string) => iso.slice(0, 16);

/** `labels.fr`, `labels.es` … → { fr, es, … } (each language its own field; an empty one clears it). */
function perLanguage(body: Body, prefix: string): Record<string, string> {
  return Object.fromEntries(TRANSLATED_LOCALES.filter((l) => `${prefix}.${l}` in body).map((l) => [l, str(body[`${prefix}.${l}`])]));
}

function segmentValues(body: Body): SegmentValues {
  return {
    slug: str(body.slug), title: str(body.title), series: str(body.series), number: str(body.number), topics: strings(body.topics), heldOn: str(body.heldOn),
    opensAt: str(body.opensAt), closesAt: str(body.closesAt), titles: perLanguage(body, "titles"),
  };
}

function themeValues(body: Body, slug?: string): ThemeValues {
  return { slug: slug ?? str(body.slug), label: str(body.label), description: str(body.description), labels: perLanguage(body, "labels"), descriptions: perLanguage(body, "descriptions") };
}

const nonEmpty = (m: Record<string, string>) => (Object.keys(m).length ? m : undefined);

function segmentInput(values: SegmentValues, withSlug: boolean) {
  return {
    ...(withSlug ? { slug: values.slug } : {}),
    title: values.title,
    series: values.series,
    number: /^\d{1,4}$/.test(values.number) ? Number(values.number) : values.number,
    topics: values.topics,
    heldOn: values.heldOn,
    opensAt: toTimestamp(values.opensAt),
    closesAt: toTimestamp(values.closesAt),
    ...(nonEmpty(values.titles) ? { titles: values.titles } : {}),
  };
}

function fieldErrors(c: C, errors: readonly FieldError[]): Errors {
  return errorsByField(c.get("locale"), errors.map((e) => ({ ...e, path: e.path.replace(/^(topics|roles)\.\d+$/, "$1") })));
}

/** Runs a service call; validation problems and conflicts become form errors instead of error pages. */
async function attempt<T>(c: C, run: () => Promise<T>, conflictField: string): Promise<{ ok: true; value: T } | { ok: false; errors: Errors }> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    if (err instanceof AppError && err.type === "validation-failed") return { ok: false, errors: fieldErrors(c, err.errors ?? []) };
    if (err instanceof AppError && err.type === "conflict") return { ok: false, errors: { [conflictField]: t(c.get("locale"), "admin.conflict") } };
    throw err;
  }
}

const blank = <V,>(values: V): Form<V> => ({ values, errors: {} });

async function renderAdmin(c: C, section: AdminSection, forms: { segment?: Form<SegmentValues>; theme?: Form<ThemeValues>; staff?: Form<StaffValues> } = {}, notice?: string) {
  const [segments, themes, staff] = await Promise.all([listSegments(c.env.DB, isoNow()), listThemes(c.env.DB), listGrantedStaff(c.env.DB)]);
  const title = section === "overview" ? t(c.get("locale"), "admin.title") : `${t(c.get("locale"), section === "translations" ? "admin.translations" : `admin.${section}`)} — ${t(c.get("locale"), "admin.title")}`;
  return c.render(
    <AdminPage
      section={section}
      segments={segments}
      themes={themes}
      staff={staff}
      notice={notice}
      segmentForm={forms.segment ?? blank(emptySegment)}
      themeForm={forms.theme ?? blank({ slug: "", label: "", description: "", labels: {}, descriptions: {} })}
      staffForm={forms.staff ?? blank({ email: "", roles: [] })}
    />,
    { title },
  );
}

const savedNotice = (c: C) => (c.req.query("notice") === "saved" ? t(c.get("locale"), "admin.saved") : undefined);

/** /admin: segments, themes and staff roles, through the same services as the admin API. */
export const adminPages = new Hono<AppEnv>();
const pages = adminPages;
pages.use("/admin", requireAdminPage);
pages.use("/admin/*", requireAdminPage);

// A few short pages instead of one long one: an overview, then segments, themes, staff and missing translations.
pages.get("/admin", (c) => renderAdmin(c, "overview", {}, savedNotice(c)));
for (const section of ADMIN_SECTIONS) pages.get(`/admin/${section}`, (c) => renderAdmin(c, section, {}, savedNotice(c)));

pages.post("/admin/segments", async (c) => {
  const values = segmentValues(await c.req.parseBody({ all: true }));
  const parsed = v.safeParse(SegmentCreate, segmentInput(values, true), { abortEarly: false });
  const result = parsed.success ? await attempt(c, () => createSegment(c.env.DB, parsed.output), "slug") : { ok: false as const, errors: fieldErrors(c, toFieldErrors(parsed.issues)) };
  if (result.ok) return c.redirect("/admin/segments?notice=saved", 303);
  c.status(422);
  return renderAdmin(c, "segments", { segment: { values, errors: result.errors } });
});

async function renderSegmentEdit(c: C, slug: string, form?: Form<SegmentValues>) {
  const s = await getSegmentBySlug(c.env.DB, slug, isoNow());
  if (!s) return notFoundPage(c);
  const values = form?.values ?? { ...s, number: String(s.number), opensAt: toLocal(s.opensAt), closesAt: toLocal(s.closesAt), titles: s.titles };
  const heading = t(c.get("locale"), "admin.editNamed", { name: s.title });
  return c.render(
    <AdminEditPage heading={heading}>
      <SegmentForm action={`/admin/segments/${s.slug}`} form={{ values, errors: form?.errors ?? {} }} editing submitLabel={t(c.get("locale"), "admin.saveSegment")} />
    </AdminEditPage>,
    { title: heading },
  );
}

pages.get("/admin/segments/:slug", (c) => (v.is(Slug, c.req.param("slug")) ? renderSegmentEdit(c, c.req.param("slug")) : notFoundPage(c)));

pages.post("/admin/segments/:slug", async (c) => {
  const slug = c.req.param("slug");
  if (!v.is(Slug, slug) || !(await getSegmentBySlug(c.env.DB, slug, isoNow()))) return notFoundPage(c);
  const values = segmentValues(await c.req.parseBody({ all: true }));
  const parsed = v.safeParse(SegmentPatch, segmentInput(values, false), { abortEarly: false });
  const result = parsed.success ? await attempt(c, () => editSegment(c.env.DB, slug, parsed.output), "title") : { ok: false as const, errors: fieldErrors(c, toFieldErrors(parsed.issues)) };
  if (result.ok) return c.redirect("/admin/segments?notice=saved", 303);
  c.status(422);
  return renderSegmentEdit(c, slug, { values, errors: result.errors });
});

pages.post("/admin/themes", async (c) => {
  const values = themeValues(await c.req.parseBody());
  const input = { slug: values.slug, label: values.label, description: values.description, labels: nonEmpty(values.labels), descriptions: nonEmpty(values.descriptions) };
  const parsed = v.safeParse(ThemeCreate, input, { abortEarly: false });
  const result = parsed.success ? await attempt(c, () => createTheme(c.env.DB, parsed.output), "slug") : { ok: false as const, errors: fieldErrors(c, toFieldErrors(parsed.issues)) };
  if (result.ok) return c.redirect("/admin/themes?notice=saved", 303);
  c.status(422);
  return renderAdmin(c, "themes", { theme: { values, errors: result.errors } });
});

async function renderThemeEdit(c: C, slug: string, form?: Form<ThemeValues>) {
  const theme = await getTheme(c.env.DB, slug);
  if (!theme) return notFoundPage(c);
  const heading = t(c.get("locale"), "admin.editNamed", { name: theme.label });
  return c.render(
    <AdminEditPage heading={heading}>
      <ThemeForm
        action={`/admin/themes/${theme.slug}`}
        form={form ?? blank({ slug: theme.slug, label: theme.label, description: theme.description, labels: theme.labels, descriptions: theme.descriptions })}
        editing
        submitLabel={t(c.get("locale"), "admin.saveTheme")}
      />
    </AdminEditPage>,
    { title: heading },
  );
}

pages.get("/admin/themes/:slug", (c) => (v.is(Slug, c.req.param("slug")) ? renderThemeEdit(c, c.req.param("slug")) : notFoundPage(c)));

pages.post("/admin/themes/:slug", async (c) => {
  const slug = c.req.param("slug");
  if (!v.is(Slug, slug) || !(await getTheme(c.env.DB, slug))) return notFoundPage(c);
  const values = themeValues(await c.req.parseBody(), slug);
  const parsed = v.safeParse(ThemePatch, { label: values.label, description: values.description, labels: nonEmpty(values.labels), descriptions: nonEmpty(values.descriptions) }, { abortEarly: false });
  const result = parsed.success ? await attempt(c, () => editTheme(c.env.DB, slug, parsed.output), "label") : { ok: false as const, errors: fieldErrors(c, toFieldErrors(parsed.issues)) };
  if (result.ok) return c.redirect("/admin/themes?notice=saved", 303);
  c.status(422);
  return renderThemeEdit(c, slug, { values, errors: result.errors });
});

pages.post("/admin/staff", async (c) => {
  const body = await c.req.parseBody({ all: true });
  const values = { email: str(body.email), roles: strings(body.roles) };
  const email = v.safeParse(EmailAddress, values.email);
  const roles = v.safeParse(StaffRolesBody, { roles: values.roles }, { abortEarly: false });
  if (!email.success || !roles.success) {
    const errors: Errors = {
      ...(email.success ? {} : { email: errorMessage(c.get("locale"), email.issues[0]) }),
      ...(roles.success ? {} : fieldErrors(c, toFieldErrors(roles.issues))),
    };
    c.status(422);
    return renderAdmin(c, "staff", { staff: { values, errors } });
  }
  await setStaffRoles(c.env, c.get("user")!, email.output, roles.output.roles);
  return c.redirect("/admin/staff?notice=saved", 303);
});
