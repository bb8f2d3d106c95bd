import type { Segment } from "../../worker/db/segments";
import type { Theme } from "../../worker/db/themes";
import { STAFF_ROLES, type StaffRole } from "../../worker/domain/roles";
import { DataTable } from "../components/data-table";
import { UndeliveredEmails } from "../components/undelivered-emails";
import type { UndeliveredEmail } from "../../worker/db/outbox";
import { ErrorSummary, Field, Notice } from "../components/form";
import { useI18n } from "../context";
import { formatDate, formatDateTime, LOCALE_NAMES } from "../../worker/i18n";
import { TRANSLATED_LOCALES } from "../../worker/domain/translations";
import { Checkboxes, SegmentForm, ThemeForm, type Form, type SegmentValues, type StaffValues, type ThemeValues } from "./admin-forms";

export type AdminSection = "overview" | "segments" | "themes" | "staff" | "translations";
export const ADMIN_SECTIONS: readonly Exclude<AdminSection, "overview">[] = ["segments", "themes", "staff", "translations"];

type AdminProps = {
  section: AdminSection;
  segments: (Segment & { titles?: Record<string, string> })[];
  themes: Theme[];
  staff: { email: string; roles: StaffRole[] }[];
  notice?: string;
  segmentForm: Form<SegmentValues>;
  themeForm: Form<ThemeValues>;
  staffForm: Form<StaffValues>;
  /** The overview's list of emails past their last delivery attempt. */
  undelivered?: { total: number; items: UndeliveredEmail[]; maxAttempts: number };
};

/** The links between the short administration pages; the current one is marked. */
function AdminNav(props: { section: AdminSection }) {
  const { t } = useI18n();
  const label = (s: AdminSection) => t(s === "overview" ? "admin.overview" : s === "translations" ? "admin.translations" : `admin.${s}`);
  return (
    <nav aria-label={t("admin.sections")} class="admin-nav">
      <ul>
        {(["overview", ...ADMIN_SECTIONS] as const).map((s) => (
          <li>
            <a href={s === "overview" ? "/admin" : `/admin/${s}`} aria-current={props.section === s ? "page" : undefined}>
              {label(s)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type Missing = { kind: "theme" | "segment"; slug: string; name: string; href: string; fields: { field: "label" | "description" | "title"; locales: string[] }[] };

/** What lacks a translation, per theme and segment and field (a missing one shows the English). */
export function missingTranslations(themes: Theme[], segments: AdminProps["segments"]): Missing[] {
  const locales = TRANSLATED_LOCALES;
  const out: Missing[] = [];
  for (const th of themes) {
    const fields = [
      { field: "label" as const, locales: locales.filter((l) => !th.labels[l]) },
      { field: "description" as const, locales: th.description ? locales.filter((l) => !th.descriptions[l]) : [] },
    ].filter((f) => f.locales.length);
    if (fields.length) out.push({ kind: "theme", slug: th.slug, name: th.label, href: `/admin/themes/${th.slug}`, fields });
  }
  for (const g of segments) {
    const missing = locales.filter((l) => !g.titles?.[l]);
    if (missing.length) out.push({ kind: "segment", slug: g.slug, name: g.title, href: `/admin/segments/${g.slug}`, fields: [{ field: "title", locales: missing }] });
  }
  return out;
}

function MissingList(props: { items: Missing[] }) {
  const { locale, t } = useI18n();
  const display = new Intl.DisplayNames([locale], { type: "language" });
  const names = (codes: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(codes.map((c) => display.of(c) ?? LOCALE_NAMES[c as keyof typeof LOCALE_NAMES] ?? c));
  if (props.items.length === 0) return <p>{t("admin.translationsNone")}</p>;
  return (
    <ul class="missing-translations">
      {props.items.map((m) => (
        <li>
          <a href={m.href}>{m.name}</a> <span class="muted reference">{m.slug}</span>
          <ul>
            {m.fields.map((f) => (
              <li>{t("admin.missingField", { field: t(`admin.field.${f.field}`), languages: names(f.locales) })}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** /admin and its short pages: segments (create, edit windows), themes (add, relabel, describe), staff roles, missing translations. */
export function AdminPage(props: AdminProps) {
  const { locale, t } = useI18n();
  const roleLabel = (r: StaffRole) => t(`admin.role.${r}`);
  const show = (s: AdminSection) => props.section === s;
  const missing = missingTranslations(props.themes, props.segments);
  const missingCount = missing.reduce((n, m) => n + m.fields.reduce((k, f) => k + f.locales.length, 0), 0);
  return (
    <section>
      <h1>{props.section === "overview" ? t("admin.title") : `${t("admin.title")} — ${t(props.section === "translations" ? "admin.translations" : `admin.${props.section}`)}`}</h1>
      <AdminNav section={props.section} />
      <Notice text={props.notice} />
      {show("overview") ? (
        <ul class="admin-overview">
          <li>
            <a href="/admin/segments">{t("admin.segments")}</a> ({props.segments.length})
          </li>
          <li>
            <a href="/admin/themes">{t("admin.themes")}</a> ({props.themes.length})
          </li>
          <li>
            <a href="/admin/staff">{t("admin.staff")}</a> ({props.staff.length})
          </li>
          <li>
            <a href="/admin/translations">{t("admin.translations")}</a> — {t("admin.missingCount", { count: missingCount })}
          </li>
        </ul>
      ) : null}
      {show("overview") && props.undelivered ? <UndeliveredEmails {...props.undelivered} /> : null}
      {show("translations") ? (
        <section aria-labelledby="translations-h">
          <h2 id="translations-h">{t("admin.translations")}</h2>
          <p>{t("admin.translationsIntro")}</p>
          <MissingList items={missing} />
        </section>
      ) : null}
      {show("segments") ? (
      <section aria-labelledby="segments-h">
        <h2 id="segments-h">{t("admin.segments")}</h2>
        <DataTable headers={[t("admin.segmentTitle"), t("admin.heldOn"), t("admin.window"), t("admin.status"), t("admin.statements"), t("admin.edit")]}>
          {props.segments.map((s) => (
            <tr>
              <td>
                {s.title}
                <br />
                <span class="muted reference">{s.slug}</span>
              </td>
              <td>{formatDate(locale, s.heldOn)}</td>
              <td>
                {formatDateTime(locale, s.opensAt)} – {formatDateTime(locale, s.closesAt)}
              </td>
              <td>{t(`admin.segmentStatus.${s.status}`)}</td>
              <td>{s.statementCount}</td>
              <td>
                <a href={`/admin/segments/${s.slug}`} aria-label={t("admin.editNamed", { name: s.title })}>
                  {t("admin.edit")}
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
        <h3>{t("admin.newSegment")}</h3>
        <SegmentForm action="/admin/segments" form={props.segmentForm} editing={false} submitLabel={t("admin.createSegment")} />
      </section>
      ) : null}
      {show("themes") ? (
      <section aria-labelledby="themes-h">
        <h2 id="themes-h">{t("admin.themes")}</h2>
        <DataTable headers={[t("admin.label"), t("admin.description"), t("admin.statements"), t("admin.edit"), t("admin.keywordsLink")]}>
          {props.themes.map((th) => (
            <tr>
              <td>
                {th.label}
                <br />
                <span class="muted reference">{th.slug}</span>
              </td>
              <td>{th.description}</td>
              <td>{th.statementCount}</td>
              <td>
                <a href={`/admin/themes/${th.slug}`} aria-label={t("admin.editNamed", { name: th.label })}>
                  {t("admin.edit")}
                </a>
              </td>
              <td>
                <a href={`/admin/themes/${th.slug}/keywords`} aria-label={t("admin.keywordsNamed", { name: th.label })}>
                  {t("admin.keywordsLink")}
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
        <h3>{t("admin.newTheme")}</h3>
        <ThemeForm action="/admin/themes" form={props.themeForm} editing={false} submitLabel={t("admin.createTheme")} />
      </section>
      ) : null}
      {show("staff") ? (
      <section aria-labelledby="staff-h">
        <h2 id="staff-h">{t("admin.staff")}</h2>
        <p>{t("admin.staffIntro")}</p>
        {props.staff.length === 0 ? (
          <p>{t("admin.noStaff")}</p>
        ) : (
          <DataTable headers={[t("admin.email"), t("admin.roles"), t("admin.revokeShort")]}>
            {props.staff.map((s) => (
              <tr>
                <td>{s.email}</td>
                <td>{s.roles.map(roleLabel).join(t("list.separator"))}</td>
                <td>
                  <form method="post" action="/admin/staff" class="inline">
                    <input type="hidden" name="email" value={s.email} />
                    <button type="submit" class="danger" aria-label={t("admin.revoke", { email: s.email })}>
                      {t("admin.revokeShort")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <h3>{t("admin.setRoles")}</h3>
        <form method="post" action="/admin/staff">
          <ErrorSummary errors={props.staffForm.errors} />
          <p class="hint">{t("admin.setRolesHint")}</p>
          <Field name="email" label={t("admin.email")} errors={props.staffForm.errors}>
            {(attrs) => <input {...attrs} type="email" value={props.staffForm.values.email} required autocomplete="off" />}
          </Field>
          <Checkboxes name="roles" legend={t("admin.roles")} options={STAFF_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} selected={props.staffForm.values.roles} errors={props.staffForm.errors} />
          <div class="actions">
            <button type="submit" class="primary">
              {t("admin.setRoles")}
            </button>
          </div>
        </form>
      </section>
      ) : null}
    </section>
  );
}

export function AdminEditPage(props: { heading: string; children: unknown }) {
  const { t } = useI18n();
  return (
    <section>
      <p class="breadcrumb">
        <a href="/admin">{t("admin.back")}</a>
      </p>
      <h1>{props.heading}</h1>
      {props.children as never}
    </section>
  );
}
