import type { BriefProposal } from "../../worker/db/archive-proposals";
import { formatDate } from "../../worker/i18n";
import { segmentTitleFor, useI18n } from "../context";
import { countryName } from "./archive-parts";
import { paragraphAnchor } from "../../worker/domain/outcomes";
import { citationUrl, OUTCOME_ID, type Brief, type BriefOutcome } from "./brief-model";

function Proposal(props: { p: BriefProposal; origin: string; showSegment: boolean; reflected?: { number: string; url: string }[] }) {
  const { locale, t } = useI18n();
  const p = props.p;
  const url = citationUrl(props.origin, p);
  const by = t("brief.by", { organization: p.orgAcronym ? `${p.orgName} (${p.orgAcronym})` : p.orgName, country: countryName(locale, p.orgCountry) });
  return (
    <li>
      <p lang={p.language} dir="auto">
        {p.text}
      </p>
      <p class="muted">
        {by}
        {props.showSegment ? ` — ${t("brief.segmentLine", { segment: segmentTitleFor(p.segmentSlug, p.segmentTitle), date: formatDate(locale, p.date) })}` : ` — ${formatDate(locale, p.date)}`}
      </p>
      {props.reflected?.map((r) => (
        <p class="outcome-mark">
          <a href={`#${OUTCOME_ID}-${paragraphAnchor(r.number)}`}>{t("outcome.statement.reflected", { paragraph: r.number })}</a>
        </p>
      ))}
      <p class="brief-source">
        <a href={`/statements/${p.reference}#p${p.number}`}>{t("brief.cite", { url })}</a>
      </p>
    </li>
  );
}

/** The segment's Chair's summary in the pack: each paragraph that reflects proposals, with them. */
function Outcome(props: { outcome: BriefOutcome }) {
  const { locale, t } = useI18n();
  const o = props.outcome;
  return (
    <section class="brief-theme brief-outcome" aria-labelledby={OUTCOME_ID}>
      <h2 id={OUTCOME_ID}>{t("outcome.brief.title")}</h2>
      <p>
        {t("outcome.brief.intro", { title: o.title, date: formatDate(locale, o.publishedOn) })} <a href={o.url}>{o.url}</a>
      </p>
      {o.paragraphs.map((par) => (
        <section aria-labelledby={`${OUTCOME_ID}-${paragraphAnchor(par.number)}`}>
          <h3 id={`${OUTCOME_ID}-${paragraphAnchor(par.number)}`}>{t("outcome.brief.paragraph", { number: par.number })}</h3>
          <blockquote cite={par.url}>
            <p>{par.text}</p>
          </blockquote>
          <ul>
            {par.proposals.map((x) => (
              <li>
                <a href={x.url}>{t("outcome.public.proposal", { number: x.proposal, organization: x.organization.acronym ? `${x.organization.name} (${x.organization.acronym})` : x.organization.name })}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/**
 * /briefs/segments/{slug} and /briefs/themes/{slug}: a printable briefing (contents, then each
 * group on its own page when printed, every proposal with its organization, country and citation URL).
 */
export function BriefPage(props: { brief: Brief; origin: string; path: string; today: string; showSegment: boolean }) {
  const { locale, t } = useI18n();
  const b = props.brief;
  return (
    <article class="brief">
      <h1>{b.title}</h1>
      <p class="lead">{t("brief.intro", { subject: b.subject })}</p>
      <p>{t("brief.count", { count: b.proposals, statements: b.statements })}</p>
      <p class="muted">{t("brief.generated", { date: formatDate(locale, props.today), url: `${props.origin}${props.path}` })}</p>
      {b.truncated ? (
        <p class="error-box">
          <a href={b.csv}>{t("brief.truncated", { count: b.proposals })}</a>
        </p>
      ) : null}
      <p class="no-print">
        <a href={`${props.path}.docx`} download>
          {t("brief.word")}
        </a>{" "}
        · <a href={b.csv}>{t("finding.proposalsCsv")}</a> · {t("brief.print")}
      </p>
      {b.groups.length === 0 ? (
        <p>{t("brief.none")}</p>
      ) : (
        <>
          <nav class="brief-toc" aria-labelledby="contents-h">
            <h2 id="contents-h">{t("brief.contents")}</h2>
            <ol>
              {b.groups.map((g) => (
                <li>
                  <a href={`#${g.id}`}>{g.title}</a> ({g.proposals.length})
                </li>
              ))}
              {b.outcome ? (
                <li>
                  <a href={`#${OUTCOME_ID}`}>{t("outcome.brief.title")}</a> ({b.outcome.reflected.size})
                </li>
              ) : null}
            </ol>
          </nav>
          {b.groups.map((g) => (
            <section class="brief-theme" aria-labelledby={g.id}>
              <h2 id={g.id}>{g.title}</h2>
              <ol class="brief-proposals">
                {g.proposals.map((p) => (
                  <Proposal p={p} origin={props.origin} showSegment={props.showSegment} reflected={b.outcome?.reflected.get(`${p.reference}:${p.number}`)} />
                ))}
              </ol>
            </section>
          ))}
          {b.outcome ? <Outcome outcome={b.outcome} /> : null}
        </>
      )}
    </article>
  );
}
