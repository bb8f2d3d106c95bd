import type { PublicStatementRow, ThemeProposal } from "../../worker/db/archive-read";
import type { Segment } from "../../worker/db/segments";
import type { Theme } from "../../worker/db/themes";
import { formatDate, formatDateTime } from "../../worker/i18n";
import { segmentTitleFor, useI18n } from "../context";
import { localSegmentTitle } from "../../worker/i18n/taxonomy";
import { countryName, listLabel, ThemeChips, topicLabel, OrgTypeLabel } from "./archive-parts";
import { organizationLabel } from "../format";

export function StatementItem(props: { s: PublicStatementRow; showSegment?: boolean; themeLabels?: Record<string, string> }) {
  const { locale, t } = useI18n();
  const s = props.s;
  const by = {
    organization: organizationLabel(s.organization),
    country: countryName(locale, s.organization.country),
    segment: segmentTitleFor(s.segment.slug, s.segment.title),
    date: formatDate(locale, s.deliveredOn ?? s.segmentHeldOn),
  };
  return (
    <li>
      <a href={`/statements/${s.reference}`} dir="auto">{s.title}</a>
      <span class="muted">
        {" "}
        — {props.showSegment ? t("archive.itemBySegment", by) : t("archive.itemBy", by)}
      </span>
      {props.themeLabels ? <ThemeChips themes={s.themes} labels={props.themeLabels} /> : null}
    </li>
  );
}

/** /segments/{slug}: the segment and its statements grouped by theme (statement or proposal themes). */
export function SegmentPage(props: { segment: Segment & { titles?: Record<string, string> }; statements: PublicStatementRow[]; themes: Theme[]; outcome?: { title: string } | null }) {
  const { locale, t } = useI18n();
  const g = props.segment;
  const groups = props.themes
    .map((th) => ({ theme: th, items: props.statements.filter((s) => s.themes.includes(th.slug) || s.proposals.some((p) => p.themes.includes(th.slug))) }))
    .filter((gr) => gr.items.length > 0);
  const untagged = props.statements.filter((s) => s.themes.length === 0 && s.proposals.every((p) => p.themes.length === 0));
  return (
    <>
      <h1>{localSegmentTitle(locale, g)}</h1>
      <dl class="meta">
        <dt>{t("statement.deliveredOn")}</dt>
        <dd>{t("segment.heldOn", { date: formatDate(locale, g.heldOn) })}</dd>
        <dt>{t("segment.topics")}</dt>
        <dd>{listLabel(locale, g.topics.map((topic) => topicLabel(locale, topic)))}</dd>
      </dl>
      <p>{t("segment.window", { opens: formatDateTime(locale, g.opensAt), closes: formatDateTime(locale, g.closesAt) })}</p>
      {g.status === "open" ? (
        <p>
          <a href={`/submit?segment=${g.slug}`}>{t("segment.submit")}</a>
        </p>
      ) : null}
      <p>
        <a href={`/statements?segment=${encodeURIComponent(g.slug)}`}>{t("segment.searchWithin")}</a>
        {props.statements.length ? (
          <>
            {" "}
            · <a href={`/briefs/segments/${g.slug}`}>{t("brief.link")}</a>
          </>
        ) : null}
      </p>
      {props.outcome ? (
        <p>
          <a href={`/segments/${g.slug}/outcome`}>{t("outcome.segment.link", { title: props.outcome.title })}</a>
        </p>
      ) : null}
      <h2>{t("segment.byTheme")}</h2>
      {props.statements.length === 0 ? <p>{t("segment.none")}</p> : null}
      {groups.map((gr) => (
        <section aria-labelledby={`theme-${gr.theme.slug}`}>
          <h3 id={`theme-${gr.theme.slug}`}>
            <a href={`/themes/${gr.theme.slug}`}>{gr.theme.label}</a>
          </h3>
          <ul class="statement-list">
            {gr.items.map((s) => (
              <StatementItem s={s} />
            ))}
          </ul>
        </section>
      ))}
      {untagged.length ? (
        <section aria-labelledby="theme-untagged">
          <h3 id="theme-untagged">{t("segment.untagged")}</h3>
          <ul class="statement-list">
            {untagged.map((s) => (
              <StatementItem s={s} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** /themes/{slug}: every proposal with the theme, across statements and years: what, by whom, when. */
export function ThemePage(props: { theme: Theme; proposals: ThemeProposal[] }) {
  const { locale, t } = useI18n();
  const statements = new Set(props.proposals.map((p) => p.reference)).size;
  return (
    <>
      <h1>{props.theme.label}</h1>
      {props.theme.description ? <p class="lead">{props.theme.description}</p> : null}
      <p>
        <a href={`/statements?theme=${encodeURIComponent(props.theme.slug)}`}>{t("theme.statementsLink")}</a>
        {props.proposals.length ? (
          <>
            {" "}
            · <a href={`/briefs/themes/${props.theme.slug}`}>{t("brief.link")}</a>
          </>
        ) : null}
      </p>
      <h2>{t("theme.proposals")}</h2>
      {props.proposals.length === 0 ? (
        <p>{t("theme.none")}</p>
      ) : (
        <>
          <p>{t("theme.count", { count: props.proposals.length, statements })}</p>
          <ol class="theme-proposals">
            {props.proposals.map((p) => (
              <li>
                <blockquote cite={`/statements/${p.reference}#p${p.number}`}>
                  <p dir="auto">{p.text}</p>
                </blockquote>
                <p class="muted">
                  <a href={`/statements/${p.reference}#p${p.number}`}>{t("statement.proposal", { number: p.number })}</a>:{" "}
                  {t("theme.by", {
                    organization: p.orgAcronym ? `${p.orgName} (${p.orgAcronym})` : p.orgName,
                    country: countryName(locale, p.orgCountry),
                    segment: segmentTitleFor(p.segmentSlug, p.segmentTitle),
                    date: formatDate(locale, p.date),
                  })}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
