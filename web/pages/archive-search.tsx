import type { Facet, Filters, Sort } from "../../worker/db/archive";
import type { FacetCounts } from "../../worker/db/archive-search";
import { formatDate, type Locale, type MessageKey } from "../../worker/i18n";
import { segmentTitleFor, useI18n } from "../context";
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
  result: { total: number; items: SummaryView[]; facets: FacetCounts; nextCursor: string | null; suggestion?: string } | null;
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

/** The URL without one value of a filter (the other values and the query stay). */
function withoutValue(params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams();
  for (const [k, v] of params) if (k !== "lang" && k !== "cursor" && !(k === name && v === value)) next.append(k, v);
  const s = next.toString();
  return `/statements${s ? `?${s}` : ""}`;
}

/** Active filters as removable chips: each a link to the same search without that value. */
function ActiveFilters(props: { selected: Filters; params: URLSearchParams; labels: SearchPageProps["labels"]; q: string }) {
  const { locale, t } = useI18n();
  const chips = FACET_ORDER.flatMap((f) => (props.selected[f] ?? []).map((value) => ({ name: f as string, value, label: `${t(`archive.facet.${f}` as MessageKey)}: ${facetLabel(locale, f, value, props.labels)}` })));
  for (const value of props.selected.organization ?? []) chips.push({ name: "organization", value, label: value });
  if (chips.length === 0) return null;
  return (
    <div class="active-filters">
      <h2 class="inline-heading" id="active-h">
        {t("finding.activeFilters")}
      </h2>
      <ul class="chips" aria-labelledby="active-h">
        {chips.map((c) => (
          <li>
            <a class="chip chip-remove" href={withoutValue(props.params, c.name, c.value)} aria-label={t("finding.removeFilter", { label: c.label })}>
              {c.label} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        <li>
          <a href={props.q ? `/statements?q=${encodeURIComponent(props.q)}` : "/statements"}>{t("archive.clearFilters")}</a>
        </li>
      </ul>
    </div>
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
        {t("archive.deliveredBy", { organization: org, country: countryName(locale, s.organization.country) })} · {segmentTitleFor(s.segment.slug, s.segment.title)} ·{" "}
        {formatDate(locale, s.deliveredOn ?? s.publishedAt)} · <span class="reference">{s.reference}</span>
      </p>
      {s.snippet ? <Snippet html={s.snippet} /> : null}
      <CampaignNote campaign={s.campaign} />
      <ThemeChips themes={s.themes} labels={props.labels.theme} max={3} moreHref={`/statements/${s.reference}`} />
    </li>
  );
}

/** /statements: search box, facets as checkboxes in the same GET form, results, pagination. */
export function ArchiveSearchPage(props: SearchPageProps) {
  const { t } = useI18n();
  const r = props.result;
  const countText = !r ? "" : r.total === 0 ? t("archive.countNone") : r.total === 1 ? t("archive.countOne") : t("archive.count", { count: r.total });
  const exportQuery = withParam(props.params, { cursor: null, limit: null });
  const activeCount = FACET_ORDER.reduce((n, f) => n + (props.selected[f]?.length ?? 0), 0);
  // A search typed on the blank page is ordered by relevance: "Best match first" is the form's
  // default; only an explicit choice of "newest" stays (with no words, best match is newest anyway).
  const newest = props.params.get("sort") === "newest";
  return (
    <>
      <h1>{t("archive.title")}</h1>
      <p class="lead">{t("archive.intro")}</p>
      <p>
        {t("finding.browse")} <a href="/segments">{t("finding.browseSegments")}</a> · <a href="/themes">{t("finding.browseThemes")}</a>
      </p>
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
              <option value="relevance" selected={!newest}>
                {t("archive.sort.relevance")}
              </option>
              <option value="newest" selected={newest}>
                {t("archive.sort.newest")}
              </option>
            </select>
          </p>
        </div>
        <ActiveFilters selected={props.selected} params={props.params} labels={props.labels} q={props.q} />
        <div class="archive-layout">
          <section class="results" aria-labelledby="results-h">
            <h2 id="results-h">
              {countText} {props.q && !props.unsearchable && r && r.total > 0 ? t("archive.countFor", { q: props.q }) : null}
            </h2>
            {r?.suggestion ? (
              <p class="suggestion">
                {t("finding.didYouMean")}{" "}
                <a href={`/statements${withParam(props.params, { q: r.suggestion, cursor: null, sort: null })}`} rel="nofollow">
                  <strong dir="auto">{r.suggestion}</strong>
                </a>
                ?
              </p>
            ) : null}
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
            <p class="follow-search">
              <a href={`/subscribe${withParam(props.params, { cursor: null, limit: null, sort: null })}`}>{t("follow.link")}</a> ·{" "}
              <a href={`/statistics${withParam(props.params, { cursor: null, limit: null, sort: null })}`}>{t("stats.title")}</a>
            </p>
            <p class="downloads">
              {t("archive.download")} <a href={`/api/v1/statements.csv${exportQuery}`}>{t("archive.csv")}</a> ·{" "}
              <a href={`/api/v1/proposals.csv${exportQuery}`}>{t("finding.proposalsCsv")}</a> · <a href={`/feeds/statements.atom${exportQuery}`}>{t("archive.atom")}</a> ·{" "}
              <a href={`/api/v1/statements${exportQuery}`}>{t("archive.json")}</a>
            </p>
          </section>
          {/* After the results in reading order; a disclosure on small screens (open on wide ones: CSS and app.js). */}
          <details class="facets" id="filters" open={activeCount > 0 ? true : undefined}>
            <summary>
              <span id="filters-h" class="summary-heading">
                {t("archive.filters")}
              </span>
              {activeCount > 0 ? <span class="muted"> ({t("finding.activeCount", { count: activeCount })})</span> : null}
            </summary>
            {r ? FACET_ORDER.map((f) => <FacetFieldset facet={f} counts={r.facets[f]} selected={props.selected[f] ?? []} labels={props.labels} />) : null}
            <p class="actions">
              <button type="submit" class="secondary">
                {t("archive.applyFilters")}
              </button>
              <a href={props.q ? `/statements?q=${encodeURIComponent(props.q)}` : "/statements"}>{t("archive.clearFilters")}</a>
            </p>
          </details>
        </div>
      </form>
    </>
  );
}
