import { paragraphAnchor } from "../../worker/domain/outcomes";
import type { publicOutcome } from "../../worker/services/outcomes";
import { segmentTitleFor, useI18n } from "../context";
import { formatDate } from "../../worker/i18n";

export type PublicOutcome = Awaited<ReturnType<typeof publicOutcome>>;

/** /segments/{slug}/outcome: the summary paragraph by paragraph, each beside the proposals it reflects (anchors #para-12, #para-12a). */
export function OutcomePage(props: { outcome: PublicOutcome }) {
  const { locale, t } = useI18n();
  const o = props.outcome;
  const reflected = o.paragraphs.reduce((n, p) => n + p.proposals.length, 0);
  return (
    <article class="outcome">
      <p class="breadcrumb">
        <a href={`/segments/${o.segment.slug}`}>{t("outcome.public.kicker", { segment: segmentTitleFor(o.segment.slug, o.segment.title) })}</a>
      </p>
      <h1 dir="auto">{o.title}</h1>
      <p class="meta">
        {t("outcome.public.publishedOn", { date: formatDate(locale, o.publishedOn) })}
        {o.url ? (
          <>
            {t("list.separator")}
            <a href={o.url} rel="noopener">
              {t("outcome.public.original")}
            </a>
          </>
        ) : null}
      </p>
      <p>{t("outcome.public.intro")}</p>
      <p>{t("outcome.public.count", { count: reflected })}</p>
      <ol class="outcome-paragraphs">
        {o.paragraphs.map((p) => (
          <li id={paragraphAnchor(p.number)} class={p.proposals.length ? "outcome-row reflected" : "outcome-row"}>
            <div class="outcome-text">
              <p>
                <a href={`#${paragraphAnchor(p.number)}`} class="paragraph-number" aria-label={t("outcome.public.paragraph", { number: p.number })}>
                  {p.number}
                </a>{" "}
                <span dir="auto">{p.text}</span>
              </p>
            </div>
            {p.proposals.length ? (
              <aside class="outcome-echoes" aria-label={t("outcome.public.echoes")}>
                <h2 class="echoes-heading">{t("outcome.public.echoes")}</h2>
                <ul>
                  {p.proposals.map((x) => (
                    <li>
                      <a href={`/statements/${x.reference}#p${x.proposal}`}>
                        {t("outcome.public.proposal", { number: x.proposal, organization: x.organization.acronym ? `${x.organization.name} (${x.organization.acronym})` : x.organization.name })}
                      </a>
                      <p dir="auto">{x.text}</p>
                    </li>
                  ))}
                </ul>
              </aside>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
