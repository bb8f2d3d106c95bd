import type { Segment } from "../../worker/db/segments";
import type { Theme } from "../../worker/db/themes";
import { STAFF_ROLES, type StaffRole } from "../../worker/domain/roles";
import { DataTable } from "../components/data-table";
import { ErrorSummary, Field, Notice } from "../components/form";
import { useI18n } from "../context";
import { formatDate, formatDateTime } from "../../worker/i18n";
import { Checkboxes, SegmentForm, ThemeForm, type Form, type SegmentValues, type StaffValues, type ThemeValues } from "./admin-forms";

type AdminProps = {
  segments: Segment[];
  themes: Theme[];
  staff: { email: string; roles: StaffRole[] }[];
  notice?: string;
  segmentForm: Form<SegmentValues>;
  themeForm: Form<ThemeValues>;
  staffForm: Form<StaffValues>;
};

/** Segments (create, edit windows), themes (add, relabel, describe) and staff roles. */
export function AdminPage(props: AdminProps) {
  const { locale, t } = useI18n();
  const roleLabel = (r: StaffRole) => t(`admin.role.${r}`);
  return (
    <section>
      <h1>{t("admin.title")}</h1>
      <Notice text={props.notice} />
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
