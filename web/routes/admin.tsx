import { Hono, type Context } from "hono";
import * as v from "valibot";
import { getSegmentBySlug, listSegments } from "../../worker/db/segments";
import { getTheme, listThemes } from "../../worker/db/themes";
import { listGrantedStaff } from "../../worker/db/users";
import { listUndelivered } from "../../worker/db/outbox";
import { MAX_ATTEMPTS } from "../../worker/email/outbox";
import { EmailAddress, SegmentCreate, SegmentPatch, Slug, StaffRolesBody, ThemeCreate, ThemePatch } from "../../worker/domain/schemas";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { checkForm, isProblem, serviceFormErrors } from "../forms/check";
import { createSegment, createTheme, editSegment, editTheme, setStaffRoles } from "../../worker/services/admin";
import type { Errors } from "../components/form";
import { t } from "../../worker/i18n";
import { AdminEditPage, AdminPage, ADMIN_SECTIONS, type AdminSection } from "../pages/admin";
import { TRANSLATED_LOCALES } from "../../worker/domain/translations";
import { emptySegment, SegmentForm, ThemeForm, type Form, type SegmentValues, type StaffValues, type ThemeValues } from "../pages/admin-forms";
import { requireAdminPage } from "./guards";
import { notFound } from "./guards";
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

/** `topics.2`, `roles.0` → the one list field that shows them. */
const listField = (path: string) => path.replace(/^(topics|roles)\.\d+$/, "$1");

/** Runs a service call; validation problems and conflicts become form errors instead of error pages. */
async function attempt<T>(c: C, run: () => Promise<T>, conflictField: string): Promise<{ ok: true; value: T } | { ok: false; errors: Errors }> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    const errors = serviceFormErrors(c.get("locale"), err, listField);
    if (errors) return { ok: false, errors };
    if (isProblem(err, "conflict")) return { ok: false, errors: { [conflictField]: t(c.get("locale"), "admin.conflict") } };
    throw err;
  }
}

const blank = <V,>(values: V): Form<V> => ({ values, errors: {} });

async function renderAdmin(c: C, section: AdminSection, forms: { segment?: Form<SegmentValues>; theme?: Form<ThemeValues>; staff?: Form<StaffValues> } = {}, notice?: string) {
  const [segments, themes, staff, undelivered] = await Promise.all([
    listSegments(c.env.DB, isoNow()),
    listThemes(c.env.DB),
    listGrantedStaff(c.env.DB),
    section === "overview" ? listUndelivered(c.env.DB, MAX_ATTEMPTS) : null,
  ]);
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
      undelivered={undelivered ? { ...undelivered, maxAttempts: MAX_ATTEMPTS } : undefined}
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
  const parsed = checkForm(c.get("locale"), SegmentCreate, segmentInput(values, true), listField);
  const result = parsed.ok ? await attempt(c, () => createSegment(c.env.DB, parsed.output), "slug") : parsed;
  if (result.ok) return c.redirect("/admin/segments?notice=saved", 303);
  c.status(422);
  return renderAdmin(c, "segments", { segment: { values, errors: result.errors } });
});

async function renderSegmentEdit(c: C, slug: string, form?: Form<SegmentValues>) {
  const s = await getSegmentBySlug(c.env.DB, slug, isoNow());
  if (!s) throw notFound();
  const values = form?.values ?? { ...s, number: String(s.number), opensAt: toLocal(s.opensAt), closesAt: toLocal(s.closesAt), titles: s.titles };
  const heading = t(c.get("locale"), "admin.editNamed", { name: s.title });
  return c.render(
    <AdminEditPage heading={heading}>
      <SegmentForm action={`/admin/segments/${s.slug}`} form={{ values, errors: form?.errors ?? {} }} editing submitLabel={t(c.get("locale"), "admin.saveSegment")} />
    </AdminEditPage>,
    { title: heading },
  );
}

pages.get("/admin/segments/:slug", (c) => {
  if (!v.is(Slug, c.req.param("slug"))) throw notFound();
  return renderSegmentEdit(c, c.req.param("slug"));
});

pages.post("/admin/segments/:slug", async (c) => {
  const slug = c.req.param("slug");
  if (!v.is(Slug, slug) || !(await getSegmentBySlug(c.env.DB, slug, isoNow()))) throw notFound();
  const values = segmentValues(await c.req.parseBody({ all: true }));
  const parsed = checkForm(c.get("locale"), SegmentPatch, segmentInput(values, false), listField);
  const result = parsed.ok ? await attempt(c, () => editSegment(c.env.DB, slug, parsed.output), "title") : parsed;
  if (result.ok) return c.redirect("/admin/segments?notice=saved", 303);
  c.status(422);
  return renderSegmentEdit(c, slug, { values, errors: result.errors });
});

pages.post("/admin/themes", async (c) => {
  const values = themeValues(await c.req.parseBody());
  const input = { slug: values.slug, label: values.label, description: values.description, labels: nonEmpty(values.labels), descriptions: nonEmpty(values.descriptions) };
  const parsed = checkForm(c.get("locale"), ThemeCreate, input, listField);
  const result = parsed.ok ? await attempt(c, () => createTheme(c.env.DB, parsed.output), "slug") : parsed;
  if (result.ok) return c.redirect("/admin/themes?notice=saved", 303);
  c.status(422);
  return renderAdmin(c, "themes", { theme: { values, errors: result.errors } });
});

async function renderThemeEdit(c: C, slug: string, form?: Form<ThemeValues>) {
  const theme = await getTheme(c.env.DB, slug);
  if (!theme) throw notFound();
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

pages.get("/admin/themes/:slug", (c) => {
  if (!v.is(Slug, c.req.param("slug"))) throw notFound();
  return renderThemeEdit(c, c.req.param("slug"));
});

pages.post("/admin/themes/:slug", async (c) => {
  const slug = c.req.param("slug");
  if (!v.is(Slug, slug) || !(await getTheme(c.env.DB, slug))) throw notFound();
  const values = themeValues(await c.req.parseBody(), slug);
  const parsed = checkForm(c.get("locale"), ThemePatch, { label: values.label, description: values.description, labels: nonEmpty(values.labels), descriptions: nonEmpty(values.descriptions) }, listField);
  const result = parsed.ok ? await attempt(c, () => editTheme(c.env.DB, slug, parsed.output), "label") : parsed;
  if (result.ok) return c.redirect("/admin/themes?notice=saved", 303);
  c.status(422);
  return renderThemeEdit(c, slug, { values, errors: result.errors });
});

pages.post("/admin/staff", async (c) => {
  const body = await c.req.parseBody({ all: true });
  const values = { email: str(body.email), roles: strings(body.roles) };
  const email = checkForm(c.get("locale"), EmailAddress, values.email, () => "email");
  const roles = checkForm(c.get("locale"), StaffRolesBody, { roles: values.roles }, listField);
  if (!email.ok || !roles.ok) {
    const errors: Errors = { ...(email.ok ? {} : email.errors), ...(roles.ok ? {} : roles.errors) };
    c.status(422);
    return renderAdmin(c, "staff", { staff: { values, errors } });
  }
  await setStaffRoles(c.env, c.get("user")!, email.output, roles.output.roles);
  return c.redirect("/admin/staff?notice=saved", 303);
});
