import type { Facet, Filters, Sort } from "../../worker/db/archive";
import type { FacetCounts } from "../../worker/db/archive-search";
import { formatDate, type Locale, type MessageKey } from "../i18n";
import { useI18n } from "../context";
import { segmentTitle } from "../i18n/taxonomy";
import { countryName, languageName, Snippet, ThemeChips, topicLabel } from "./archive-parts";
import { organizationLabel } from "../format";
import { Notice } from "../components/form";
import { CampaignNote } from "../components/campaign-marker";

export type SummaryView = {
  reference: string;
  title: string;
  organization: { name: string; acronym: string | null; country: string };
  segment: { slug: string; title: string };
  themes: string[];
  deliveredOn: string | null;
  publishedAt: string;
  snippet: string;
  campaign?: { id: string; size: number } | null;
};

export type SearchPageProps = {
  q: string;
  /** `q` had no searchable term (only punctuation, symbols, emoji…): it was ignored and every statement matches. */
  unsearchable?: boolean;
  sort: Sort;
  selected: Filters;
  result: { total: number; items: SummaryView[]; facets: FacetCounts; nextCursor: string | null } | null;
  error?: string;
  labels: { segment: Record<string, string>; theme: Record<string, string> };
  params: URLSearchParams;
};

const FACET_ORDER: Facet[] = ["theme", "segment", "topic", "year", "country", "language"];

function facetLabel(locale: Locale, facet: Facet, value: string, labels: SearchPageProps["labels"]): string {
  if (facet === "segment") return labels.segment[value] ?? value;
  if (facet === "theme") return labels.theme[value] ?? value;
  if (facet === "country") return countryName(locale, value);
  if (facet === "language") return languageName(locale, value);
  if (facet === "topic") return topicLabel(locale, value);
  return value;
}

function withParam(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  next.delete("lang");
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) next.delete(k);
    else next.set(k, v);
  }
  const s = next.toString();
  return s ? `?${s}` : "";
}

function FacetFieldset(props: { facet: Facet; counts: { value: string; count: number }[]; selected: string[]; labels: SearchPageProps["labels"] }) {
  const { locale, t } = useI18n();
  // A selected value stays visible (with 0) even when the other filters leave it no statement.
  const values = [...props.counts];
  for (const v of props.selected) if (!values.some((c) => c.value === v)) values.push({ value: v, count: 0 });
  if (values.length === 0) return null;
  return (
    <fieldset class="facet">
      <legend>{t(`archive.facet.${props.facet}` as MessageKey)}</legend>
      <ul class="facet-values">
        {values.map((c, i) => {
          const id = `facet-${props.facet}-${i}`;
          return (
            <li>
              <input type="checkbox" id={id} name={props.facet} value={c.value} checked={props.selected.includes(c.value)} />{" "}
              <label for={id} class="checkbox-label">
                {t("archive.facetOption", { label: facetLabel(locale, props.facet, c.value, props.labels), count: c.count })}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function Result(props: { item: SummaryView; labels: SearchPageProps["labels"] }) {
  const { locale, t } = useI18n();
  const s = props.item;
  const org = organizationLabel(s.organization);
  return (
    <li class="result">
      <h3>
        <a href={`/statements/${s.reference}`} dir="auto">
          {s.title}
        </a>
      </h3>
      <p class="muted">
        {t("archive.deliveredBy", { organization: org, country: countryName(locale, s.organization.country) })} · {segmentTitle(locale, s.segment.slug, s.segment.title)} ·{" "}
        {formatDate(locale, s.deliveredOn ?? s.publishedAt)} · <span class="reference">{s.reference}</span>
      </p>
      {s.snippet ? <Snippet html={s.snippet} /> : null}
      <CampaignNote campaign={s.campaign} />
      <ThemeChips themes={s.themes} labels={props.labels.theme} />
    </li>
  );
}

/** /statements: search box, facets as checkboxes in the same GET form, results, pagination. */
export function ArchiveSearchPage(props: SearchPageProps) {
  const { t } = useI18n();
  const r = props.result;
  const countText = !r ? "" : r.total === 0 ? t("archive.countNone") : r.total === 1 ? t("archive.countOne") : t("archive.count", { count: r.total });
  const exportQuery = withParam(props.params, { cursor: null, limit: null });
  return (
    <>
      <h1>{t("archive.title")}</h1>
      <p class="lead">{t("archive.intro")}</p>
      {props.error ? (
        <p class="error-box" role="alert">
          {t("archive.badQuery", { detail: props.error })}
        </p>
      ) : null}
      <Notice text={props.unsearchable ? t("archive.unsearchable", { q: props.q }) : null} />
      <form method="get" action="/statements" class="archive-form">
        <div role="search" class="search-box">
          <label for="archive-q">{t("archive.searchLabel")}</label>
          <div class="search-row">
            <input type="search" id="archive-q" name="q" value={props.q} />
            <button type="submit" class="primary">
              {t("archive.searchButton")}
            </button>
          </div>
          <p>
            <label for="archive-sort" class="inline-label">
              {t("archive.sortLabel")}
            </label>{" "}
            <select id="archive-sort" name="sort" class="inline-select">
              <option value="relevance" selected={props.sort === "relevance"}>
                {t("archive.sort.relevance")}
              </option>
              <option value="newest" selected={props.sort === "newest"}>
                {t("archive.sort.newest")}
              </option>
            </select>
          </p>
        </div>
        <div class="archive-layout">
          <section class="facets" aria-labelledby="filters-h">
            <h2 id="filters-h">{t("archive.filters")}</h2>
            {r ? FACET_ORDER.map((f) => <FacetFieldset facet={f} counts={r.facets[f]} selected={props.selected[f] ?? []} labels={props.labels} />) : null}
            <p class="actions">
              <button type="submit" class="secondary">
                {t("archive.applyFilters")}
              </button>
              <a href={props.q ? `/statements?q=${encodeURIComponent(props.q)}` : "/statements"}>{t("archive.clearFilters")}</a>
            </p>
          </section>
          <section class="results" aria-labelledby="results-h">
            <h2 id="results-h">
              {countText} {props.q && !props.unsearchable && r && r.total > 0 ? t("archive.countFor", { q: props.q }) : null}
            </h2>
            {r && r.items.length > 0 ? (
              <ol class="result-list">
                {r.items.map((item) => (
                  <Result item={item} labels={props.labels} />
                ))}
              </ol>
            ) : null}
            {r && (r.nextCursor || props.params.get("cursor")) ? (
              <nav aria-label={t("archive.pagination")} class="pagination">
                <ul>
                  {props.params.get("cursor") ? (
                    <li>
                      <a href={`/statements${withParam(props.params, { cursor: null })}`}>{t("archive.firstPage")}</a>
                    </li>
                  ) : null}
                  {r.nextCursor ? (
                    <li>
                      <a href={`/statements${withParam(props.params, { cursor: r.nextCursor })}`} rel="next">
                        {t("archive.nextPage")}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
            <p class="downloads">
              {t("archive.download")} <a href={`/api/v1/statements.csv${exportQuery}`}>{t("archive.csv")}</a> ·{" "}
              <a href={`/feeds/statements.atom${exportQuery}`}>{t("archive.atom")}</a> · <a href={`/api/v1/statements${exportQuery}`}>{t("archive.json")}</a>
            </p>
          </section>
        </div>
      </form>
    </>
  );
}
