import type { Statistics, StatDimension } from "../../worker/domain/statistics";
import { DIMENSION_FACET } from "../../worker/domain/statistics";
import { useAppContext, useI18n } from "../context";
import { direction, formatNumber, type MessageKey } from "../../worker/i18n";
import { valueLabel, type LabelledFacet, type ReferenceLabels } from "../../worker/i18n/follow";

/**
 * /statistics: totals and one chart per dimension, each an inline SVG (no script) drawn from the
 * same rows as the table under it. Bars are mirrored for right-to-left pages.
 */

export type StatisticsPageProps = {
  stats: Statistics;
  q: string;
  /** The active filters (facet → values), each shown as a chip that removes it. */
  filters: [string, string][];
  params: URLSearchParams;
};

type Row = { value: string; label: string; counts: number[] };

/** Rows drawn and tabulated per chart; the rest are summed into one "N others" row. */
const MAX_ROWS = 10;
const W = 600;
const LABEL_W = 190;
const GAP = 8;
const BAR_W = 330;

function href(params: URLSearchParams, change: (p: URLSearchParams) => void): string {
  const next = new URLSearchParams(params);
  next.delete("lang");
  change(next);
  const s = next.toString();
  return `/statistics${s ? `?${s}` : ""}`;
}

const short = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);

function Chart(props: { title: string; rows: Row[]; series: number }) {
  const { locale, t } = useI18n();
  const rtl = direction(locale) === "rtl";
  const max = Math.max(1, ...props.rows.flatMap((r) => r.counts));
  const rowH = props.series === 2 ? 30 : 22;
  const height = props.rows.length * rowH + 4;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${height}`} width={W} height={height} role="img" aria-label={t("stats.chartLabel", { title: props.title })} direction="ltr">
      {props.rows.map((r, i) => {
        const y = i * rowH + 2;
        const text = r.counts.map((n) => formatNumber(locale, n)).join(" / ");
        const widest = Math.max(...r.counts.map((n) => Math.round((n / max) * BAR_W)));
        return (
          <g>
            <text x={rtl ? W - LABEL_W : LABEL_W} y={y + 14} text-anchor={rtl ? "start" : "end"}>
              {short(r.label)}
            </text>
            {r.counts.map((n, k) => {
              const w = Math.max(n > 0 ? 2 : 0, Math.round((n / max) * BAR_W));
              const x0 = rtl ? W - LABEL_W - GAP - w : LABEL_W + GAP;
              return <rect class={k === 0 ? "bar-a" : "bar-b"} x={x0} y={y + 3 + k * 13} width={w} height={props.series === 2 ? 11 : 14} />;
            })}
            <text x={rtl ? W - LABEL_W - GAP - widest - 4 : LABEL_W + GAP + widest + 4} y={y + 14} text-anchor={rtl ? "end" : "start"}>
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Dimension(props: { dim: StatDimension; rows: Row[]; params: URLSearchParams; headers: string[] }) {
  const { locale, t } = useI18n();
  const title = t(`stats.${props.dim}` as MessageKey);
  const facet = DIMENSION_FACET[props.dim];
  // organizationType is not a search filter: its rows are not links.
  const filterable = facet !== "organizationType";
  const shown = props.rows.slice(0, MAX_ROWS);
  const rest = props.rows.slice(MAX_ROWS);
  const rows = rest.length
    ? [...shown, { value: "", label: t("stats.other", { count: rest.length }), counts: shown[0]!.counts.map((_, k) => rest.reduce((n, r) => n + r.counts[k]!, 0)) }]
    : shown;
  const id = `stats-${props.dim}`;
  return (
    <section class="stats-dimension" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {props.headers.length > 2 ? (
        <p class="legend" aria-hidden="true">
          <span class="swatch bar-a"></span> {props.headers[1]} <span class="swatch bar-b"></span> {props.headers[2]}
        </p>
      ) : null}
      <Chart title={title} rows={rows} series={props.headers.length - 1} />
      <table class="data stats-table">
        <thead>
          <tr>
            {props.headers.map((h, i) => (
              <th scope="col" class={i > 0 ? "num" : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {filterable && r.value ? (
                  <a href={href(props.params, (p) => p.append(facet, r.value))}>{r.label}</a>
                ) : (
                  r.label
                )}
              </th>
              {r.counts.map((n) => (
                <td class="num">{formatNumber(locale, n)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * What became of the proposals (API.md "Outcomes"): proposals reflected in a Chair's summary, by
 * segment, theme and type of organization, as tables (the counts are small and exact).
 */
function Reflected(props: { stats: Statistics; label: (facet: LabelledFacet, value: string) => string }) {
  const { locale, t } = useI18n();
  const s = props.stats;
  const groups = [
    { key: "bySegment", facet: "segment", header: t("archive.facet.segment"), rows: s.bySegment.map((i) => ({ value: i.value, n: i.reflected ?? 0 })) },
    { key: "byTheme", facet: "theme", header: t("archive.facet.theme"), rows: s.byTheme.map((i) => ({ value: i.value, n: i.reflected })) },
    { key: "byOrganizationType", facet: "organizationType", header: t("stats.value"), rows: s.byOrganizationType.map((i) => ({ value: i.value, n: i.reflected ?? 0 })) },
  ] as const;
  return (
    <section class="stats-reflected" aria-labelledby="stats-reflected-h">
      <h2 id="stats-reflected-h">{t("outcome.stats.title")}</h2>
      <p>{t("outcome.stats.intro")}</p>
      {s.proposalsReflected === 0 ? (
        <p class="notice">{t("outcome.stats.none")}</p>
      ) : (
        <div class="stats-grid">
          {groups.map((g) => {
            const rows = g.rows.filter((r) => r.n > 0).sort((a, b) => b.n - a.n);
            return (
              <table class="data stats-table">
                <caption>{t(`outcome.stats.${g.key}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{g.header}</th>
                    <th scope="col" class="num">
                      {t("outcome.stats.reflected")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr>
                      <th scope="row">{props.label(g.facet, r.value)}</th>
                      <td class="num">{formatNumber(locale, r.n)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </div>
      )}
    </section>
  );
}

export function StatisticsPage(props: StatisticsPageProps) {
  const { locale, t } = useI18n();
  const s = props.stats;
  const taxonomy = useAppContext().get("taxonomy");
  const labels: ReferenceLabels = {
    segment: Object.fromEntries(s.bySegment.map((i) => [i.value, i.label])),
    theme: Object.fromEntries(s.byTheme.map((i) => [i.value, i.label])),
    ...(taxonomy ? { translations: taxonomy } : {}),
  };
  const label = (facet: LabelledFacet, value: string) => valueLabel(locale, facet, value, labels);
  const simple = (dim: Exclude<StatDimension, "byTheme">) => s[dim].map((i) => ({ value: i.value, label: label(DIMENSION_FACET[dim], i.value), counts: [i.count] }));
  const statementsQuery = new URLSearchParams(props.params);
  statementsQuery.delete("lang");
  return (
    <>
      <h1>{t("stats.title")}</h1>
      <p class="lead">{t("stats.intro")}</p>
      <form method="get" action="/statistics" class="stats-form" role="search">
        {props.filters.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <label for="stats-q">{t("stats.searchLabel")}</label>
        <div class="search-row">
          <input type="search" id="stats-q" name="q" value={props.q} />
          <button type="submit" class="primary">
            {t("stats.apply")}
          </button>
        </div>
      </form>
      {props.filters.length ? (
        <nav aria-labelledby="stats-filters-h" class="stats-filters">
          <h2 id="stats-filters-h" class="inline-heading">
            {t("stats.filters")}
          </h2>
          <ul class="chips">
            {props.filters.map(([name, value]) => (
              <li>
                <a class="chip" href={href(props.params, (p) => p.delete(name, value))}>
                  {t("stats.removeFilter", { label: label(name as LabelledFacet, value) })}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={props.q ? `/statistics?q=${encodeURIComponent(props.q)}` : "/statistics"}>{t("stats.clear")}</a>
          </p>
        </nav>
      ) : null}
      <p>
        <a href={`/statements${statementsQuery.size ? `?${statementsQuery.toString()}` : ""}`}>{t("stats.seeStatements")}</a>
      </p>
      <section aria-labelledby="stats-totals-h">
        <h2 id="stats-totals-h">{t("stats.totals")}</h2>
        <dl class="stats-totals">
          <div>
            <dt>{t("stats.statements")}</dt>
            <dd>{formatNumber(locale, s.statements)}</dd>
          </div>
          <div>
            <dt>{t("stats.proposals")}</dt>
            <dd>{formatNumber(locale, s.proposals)}</dd>
          </div>
          <div>
            <dt>{t("stats.organizations")}</dt>
            <dd>{formatNumber(locale, s.organizations)}</dd>
          </div>
          <div>
            <dt>{t("outcome.stats.total")}</dt>
            <dd>{formatNumber(locale, s.proposalsReflected)}</dd>
          </div>
        </dl>
      </section>
      {s.statements === 0 ? (
        <p class="notice" role="status">
          {t("stats.none")}
        </p>
      ) : (
        <div class="stats-grid">
          <Dimension dim="byYear" rows={simple("byYear")} params={props.params} headers={[t("archive.facet.year"), t("stats.count")]} />
          <Dimension dim="bySegment" rows={simple("bySegment")} params={props.params} headers={[t("archive.facet.segment"), t("stats.count")]} />
          <Dimension
            dim="byTheme"
            rows={s.byTheme.map((i) => ({ value: i.value, label: label("theme", i.value), counts: [i.statements, i.proposals] }))}
            params={props.params}
            headers={[t("archive.facet.theme"), t("stats.statements"), t("stats.proposals")]}
          />
          <Dimension dim="byCountry" rows={simple("byCountry")} params={props.params} headers={[t("archive.facet.country"), t("stats.count")]} />
          <Dimension dim="byOrganizationType" rows={simple("byOrganizationType")} params={props.params} headers={[t("stats.value"), t("stats.count")]} />
          <Dimension dim="byLanguage" rows={simple("byLanguage")} params={props.params} headers={[t("archive.facet.language"), t("stats.count")]} />
        </div>
      )}
      {s.statements > 0 ? <Reflected stats={s} label={label} /> : null}
    </>
  );
}
