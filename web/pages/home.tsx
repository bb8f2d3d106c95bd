import type { Segment } from "../../worker/db/segments";
import { formatDate } from "../../worker/i18n";
import { segmentTitleFor, useI18n } from "../context";
import { localSegmentTitle } from "../../worker/i18n/taxonomy";

export type LatestStatement = { reference: string; title: string; organization: string; segmentSlug: string; segmentTitle: string; publishedAt: string };

export function HomePage(props: { open: Segment[]; latest: LatestStatement[] }) {
  const { locale, t } = useI18n();
  return (
    <>
      <section class="hero">
        <h1>{t("home.title")}</h1>
        <p class="lead">{t("home.intro")}</p>
        <form method="get" action="/statements" role="search" class="search-box">
          <label for="home-q">{t("home.searchLabel")}</label>
          <div class="search-row">
            <input type="search" id="home-q" name="q" />
            <button type="submit" class="primary">
              {t("home.searchButton")}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="open-h">
        <h2 id="open-h">{t("home.openSegments")}</h2>
        {props.open.length === 0 ? (
          <p>{t("home.noOpenSegments")}</p>
        ) : (
          <ul class="cards">
            {props.open.map((s) => (
              <li class="card">
                <h3>
                  <a href={`/segments/${s.slug}`}>{localSegmentTitle(locale, s)}</a>
                </h3>
                <p>{t("home.heldOn", { date: formatDate(locale, s.heldOn) })}</p>
                <p>
                  <strong>{t("home.closesOn", { date: formatDate(locale, s.closesAt) })}</strong>
                </p>
                <p>
                  <a href={`/submit?segment=${s.slug}`}>{t("nav.submit")}</a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="latest-h">
        <h2 id="latest-h">{t("home.latest")}</h2>
        {props.latest.length === 0 ? (
          <p>{t("home.none")}</p>
        ) : (
          <ul class="statement-list">
            {props.latest.map((s) => (
              <li>
                <a href={`/statements/${s.reference}`} dir="auto">{s.title}</a>
                <span class="muted">
                  {" "}
                  — {t("archive.latestBy", { organization: s.organization, segment: segmentTitleFor(s.segmentSlug, s.segmentTitle), date: formatDate(locale, s.publishedAt) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
