import type { Organization, PublicOrganization, PublicStatementRow } from "../../worker/db/archive-read";
import { formatDate } from "../../worker/i18n";
import { useI18n } from "../context";
import { organizationLabel } from "../format";
import { countryName, OrgTypeLabel } from "./archive-parts";
import { StatementItem } from "./archive-browse";

/** /organizations: every organization with a published statement (written or co-signed), by name. */
export function OrganizationsPage(props: { organizations: PublicOrganization[] }) {
  const { locale, t } = useI18n();
  const sorted = [...props.organizations].sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: "base" }));
  return (
    <>
      <h1>{t("organizations.title")}</h1>
      <p>{t("organizations.intro")}</p>
      {sorted.length === 0 ? (
        <p>{t("organizations.empty")}</p>
      ) : (
        <ul class="statement-list organizations">
          {sorted.map((o) => (
            <li>
              <a href={`/organizations/${o.slug}`} dir="auto">
                {organizationLabel(o)}
              </a>
              <span class="muted">
                {" "}
                — {countryName(locale, o.country)}, {t("organizations.count", { count: o.statements })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * /organizations/{slug}: the organization as its latest published statement describes it (never
 * what an unpublished submission typed), the statements it wrote and those it co-signed.
 */
export function OrganizationPage(props: { organization: Organization; statements: PublicStatementRow[]; coSigned: PublicStatementRow[]; themeLabels: Record<string, string> }) {
  const { locale, t } = useI18n();
  const o = props.organization;
  return (
    <>
      <h1 dir="auto">{organizationLabel(o)}</h1>
      <dl class="meta">
        <dt>{t("statement.country")}</dt>
        <dd>{countryName(locale, o.country)}</dd>
        {o.type ? (
          <>
            <dt>{t("organization.type")}</dt>
            <dd>
              <OrgTypeLabel type={o.type} />
            </dd>
          </>
        ) : null}
        {o.website ? (
          <>
            <dt>{t("organization.website")}</dt>
            <dd>
              <a href={o.website} rel="nofollow noopener">
                {o.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <p class="muted">
        {t("organization.source", { date: formatDate(locale, o.asOf) })} <a href="/organizations">{t("organizations.title")}</a>
      </p>
      {props.statements.length > 0 || props.coSigned.length === 0 ? (
        <>
          <h2>{t("organization.statements")}</h2>
          {props.statements.length === 0 ? (
            <p>{t("organization.none")}</p>
          ) : (
            <ul class="statement-list">
              {props.statements.map((s) => (
                <StatementItem s={s} showSegment themeLabels={props.themeLabels} />
              ))}
            </ul>
          )}
        </>
      ) : null}
      {props.coSigned.length > 0 ? (
        <>
          <h2>{t("organization.cosigned")}</h2>
          <ul class="statement-list">
            {props.coSigned.map((s) => (
              <StatementItem s={s} showSegment themeLabels={props.themeLabels} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
