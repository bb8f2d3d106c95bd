import type { PublicStatementRow } from "../../worker/db/archive-read";
import { outcomePath, paragraphAnchor } from "../../worker/domain/outcomes";
import { formatDate } from "../../worker/i18n";
import { segmentTitleFor, useAppContext, useI18n } from "../context";
import { countryName, languageName, TextBlocks, ThemeChips } from "./archive-parts";
import { organizationLabel } from "../format";
import { Speaker } from "../components/speaker";
import { CampaignMarker } from "../components/campaign-marker";
import type { PublishedCampaign } from "../../worker/db/campaign-public";

export type StatementPageProps = {
  statement: PublicStatementRow;
  url: string;
  themeLabels: Record<string, string>;
  document: { filename: string } | null;
  /** Per proposal number, the outcome paragraphs it is reflected in (docs/outcomes.md). */
  outcomes?: Map<number, { segment: string; paragraph: string }[]>;
  campaign?: PublishedCampaign | null;
};

/** JSON inside <script>: "<", ">" and "&" as \u escapes, so no "</script>" or "<!--" can close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function jsonLd(s: PublicStatementRow, url: string, themeLabels: Record<string, string>) {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    "@id": url,
    url,
    identifier: s.reference,
    headline: s.title,
    inLanguage: s.language,
    datePublished: s.publishedAt,
    ...(s.deliveredOn ? { dateCreated: s.deliveredOn } : {}),
    author: {
      "@type": "Organization",
      name: s.organization.name,
      ...(s.organization.acronym ? { alternateName: s.organization.acronym } : {}),
      address: { "@type": "PostalAddress", addressCountry: s.organization.country },
    },
    ...(s.coSigners.length
      ? { sponsor: s.coSigners.map((co) => ({ "@type": "Organization", name: co.name, ...(co.acronym ? { alternateName: co.acronym } : {}), address: { "@type": "PostalAddress", addressCountry: co.country } })) }
      : {}),
    contributor: { "@type": "Person", name: s.speaker.name, ...(s.speaker.role ? { jobTitle: s.speaker.role } : {}) },
    isPartOf: { "@type": "Event", name: s.segment.title, startDate: s.segmentHeldOn },
    about: [...new Set([...s.themes, ...s.proposals.flatMap((p) => p.themes)])].map((slug) => themeLabels[slug] ?? slug),
    publisher: { "@type": "Organization", name: "UNODC Civil Society Unit" },
  };
}

/** /statements/{reference}: the statement, its proposals with stable anchors, full text, citation, JSON-LD. */
export function StatementPage(props: StatementPageProps) {
  const c = useAppContext();
  const { locale, t } = useI18n();
  const s = props.statement;
  const org = organizationLabel(s.organization);
  const date = formatDate(locale, s.deliveredOn ?? s.segmentHeldOn);
  return (
    <article class="statement">
      <script type="application/ld+json" nonce={c.get("nonce")} dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd(s, props.url, props.themeLabels)) }} />
      {/* The statement keeps its own language and direction inside pages of any locale (an English statement on an Arabic page). */}
      <h1 lang={s.language} dir="auto">
        {s.title}
      </h1>
      <dl class="meta">
        <dt>{t("statement.reference")}</dt>
        <dd class="reference">{s.reference}</dd>
        <dt>{t("statement.organization")}</dt>
        <dd>
          <a href={`/organizations/${s.organization.slug}`}>{org}</a>
        </dd>
        {s.coSigners.length ? (
          <>
            <dt>{t("cosigners.publicHeading")}</dt>
            <dd>
              <ul class="cosigners">
                {s.coSigners.map((co) => (
                  <li>
                    <a href={`/organizations/${co.slug}`}>{organizationLabel(co)}</a> <span class="muted">({countryName(locale, co.country)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t("statement.country")}</dt>
        <dd>{countryName(locale, s.organization.country)}</dd>
        <dt>{t("statement.speaker")}</dt>
        <dd>
          <Speaker speaker={s.speaker} />
        </dd>
        <dt>{t("statement.segment")}</dt>
        <dd>
          <a href={`/segments/${s.segment.slug}`}>{segmentTitleFor(s.segment.slug, s.segment.title)}</a>
        </dd>
        <dt>{t("statement.deliveredOn")}</dt>
        <dd>{date}</dd>
        <dt>{t("statement.publishedOn")}</dt>
        <dd>{formatDate(locale, s.publishedAt)}</dd>
        <dt>{t("statement.language")}</dt>
        <dd>{languageName(locale, s.language)}</dd>
        {s.themes.length ? (
          <>
            <dt>{t("statement.themes")}</dt>
            <dd>
              <ThemeChips themes={s.themes} labels={props.themeLabels} />
            </dd>
          </>
        ) : null}
      </dl>
      <CampaignMarker campaign={props.campaign ?? null} />
      {props.document ? (
        <p>
          <a href={`/statements/${s.reference}/document`}>{t("statement.document", { filename: props.document.filename })}</a>
        </p>
      ) : null}

      {s.corrections.length ? (
        <section aria-labelledby="corrections" class="corrections">
          <h2 id="corrections">{t("statement.corrections")}</h2>
          <ul>
            {s.corrections.map((k) => (
              <li>
                <strong>
                  <time datetime={k.at}>{t("statement.correctedOn", { date: formatDate(locale, k.at) })}</time>
                </strong>
                {t("list.separator")}
                <span dir="auto">{k.note}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 id="proposals">{t("statement.proposals")}</h2>
      {s.proposals.length === 0 ? (
        <p>{t("statement.noProposals")}</p>
      ) : (
        <ol class="proposals-view" lang={s.language} dir="auto" data-cite-copy={t("cite.copy")} data-cite-copied={t("cite.copied")}>
          {s.proposals.map((p) => (
            <li
              id={`p${p.number}`}
              data-cite={t("cite.proposal", {
                organization: org,
                title: s.title,
                number: p.number,
                segment: s.segment.title,
                series: s.segmentSeries,
                date,
                reference: s.reference,
                url: `${props.url}#p${p.number}`,
              })}
            >
              <p>
                {p.text}{" "}
                <a href={`#p${p.number}`} class="anchor" aria-label={t("statement.proposalLink", { number: p.number })}>
                  #
                </a>
              </p>
              <ThemeChips themes={p.themes} labels={props.themeLabels} />
              {(props.outcomes?.get(p.number) ?? []).map((o) => (
                <p class="reflected" lang={locale} dir="auto">
                  <a href={`${outcomePath(o.segment)}#${paragraphAnchor(o.paragraph)}`}>{t("outcome.statement.reflected", { paragraph: o.paragraph })}</a>
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}

      <h2 id="text">{t("statement.text")}</h2>
      <TextBlocks text={s.text} lang={s.language} />

      <h2 id="cite">{t("statement.cite")}</h2>
      <p class="citation">
        {t("statement.citation", { organization: org, title: s.title, segment: s.segment.title, series: s.segmentSeries, date, reference: s.reference, url: props.url })}
      </p>
    </article>
  );
}
