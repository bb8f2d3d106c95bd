import type { Segment } from "../../worker/db/segments";
import { CoSignerCount } from "../components/cosigners";
import { QUEUE_STATUSES, type Status } from "../../worker/domain/status";
import { BULK_DECISIONS } from "../../worker/domain/moderation";
import type { QueueItem } from "../../worker/services/moderation";
import type { CampaignRow } from "../../worker/db/campaigns";
import { DataTable } from "../components/data-table";
import { ErrorSummary, Field, fieldId, Notice, Select, type Errors } from "../components/form";
import { DecisionFields } from "../components/decision-fields";
import { useI18n } from "../context";
import { formatDateTime } from "../../worker/i18n";
import { segmentChoice } from "../../worker/i18n/taxonomy";

export type QueueFilterValues = { status: Status; segment: string; theme: string; q: string };
export type BulkValues = { items: string[]; action: string; reasonCode: string; reason: string };

type Props = {
  filters: QueueFilterValues;
  items: QueueItem[];
  /** Campaigns with members in this status, each shown as one row (first page, unfiltered). */
  campaigns?: CampaignRow[];
  counts: Record<string, number>;
  nextCursor: string | null;
  segments: Segment[];
  themes: { slug: string; label: string }[];
  notice?: string;
  bulk: { values: BulkValues; errors: Errors };
};

function queueHref(filters: QueueFilterValues, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) params.set(k, v);
  return `/moderation?${params.toString()}`;
}

export function FlagSummary(props: { item: QueueItem }) {
  const { t } = useI18n();
  const { pii, possibleDuplicateOf } = props.item.flags;
  if (pii.length === 0 && possibleDuplicateOf.length === 0) return <span class="muted">{t("moderation.noFlags")}</span>;
  return (
    <ul class="flag-list">
      {pii.length ? <li class="flag">{t("moderation.piiCount", { count: pii.length })}</li> : null}
      {possibleDuplicateOf.length ? (
        <li class="flag">
          {t("moderation.duplicateOf")}{" "}
          {possibleDuplicateOf.map((ref, i) => (
            <>
              {i > 0 ? ", " : ""}
              <a href={`/moderation/${ref}`} class="reference">
                {ref}
              </a>
            </>
          ))}
        </li>
      ) : null}
    </ul>
  );
}

function Filters(props: Pick<Props, "filters" | "segments" | "themes">) {
  const { locale, t } = useI18n();
  const f = props.filters;
  return (
    <form method="get" action="/moderation" class="queue-filters">
      <fieldset>
        <legend>{t("moderation.filters")}</legend>
        <div class="filter-row">
          <Select name="status" label={t("moderation.status")} value={f.status} errors={{}} options={QUEUE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <Select
            name="segment"
            label={t("moderation.segment")}
            value={f.segment}
            errors={{}}
            placeholder={t("moderation.allSegments")}
            options={props.segments.map((s) => ({ value: s.slug, label: segmentChoice(locale, s) }))}
          />
          <Select name="theme" label={t("moderation.theme")} value={f.theme} errors={{}} placeholder={t("moderation.allThemes")} options={props.themes.map((th) => ({ value: th.slug, label: th.label }))} />
          <Field name="q" label={t("moderation.q")} hint={t("moderation.qHint")} errors={{}}>
            {(attrs) => <input {...attrs} type="search" value={f.q} maxlength={200} />}
          </Field>
        </div>
        <button type="submit" class="secondary">
          {t("moderation.apply")}
        </button>
      </fieldset>
    </form>
  );
}

/** The queue: counts per status, filters (a GET form), the table with checkboxes, and the bulk decision form. */
export function ModerationQueuePage(props: Props) {
  const { locale, t } = useI18n();
  const { values, errors } = props.bulk;
  return (
    <section>
      <h1>{t("moderation.title")}</h1>
      <p class="lead">{t("moderation.intro")}</p>
      <p>
        <a href="/moderation/outcomes">{t("outcome.staff.nav")}</a>
      </p>
      <Notice text={props.notice} />
      <nav aria-label={t("moderation.statuses")} class="status-counts">
        <ul>
          {QUEUE_STATUSES.map((s) => (
            <li>
              <a href={queueHref({ ...props.filters, status: s })} aria-current={s === props.filters.status ? "page" : undefined}>
                {t("moderation.statusCount", { status: t(`status.${s}`), count: props.counts[s] ?? 0 })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Filters filters={props.filters} segments={props.segments} themes={props.themes} />
      <ErrorSummary errors={errors} />
      {props.items.length === 0 && !props.campaigns?.length ? (
        <p>{t("moderation.empty")}</p>
      ) : (
        <form method="post" action={`/moderation/bulk?${new URLSearchParams({ ...props.filters }).toString()}`}>
          <DataTable caption={t("moderation.caption", { count: props.items.length + (props.campaigns?.length ?? 0) })} headers={[t("moderation.select"), t("moderation.reference"), t("moderation.statement"), t("moderation.segment"), t("moderation.submitted"), t("moderation.flags")]} class="queue">
            {(props.campaigns ?? []).map((k) => (
              <tr class="campaign-row">
                <td></td>
                <td>
                  <a href={`/moderation/campaigns/${k.id}`}>{t("campaign.open")}</a>
                </td>
                <td>
                  <strong>{t("campaign.row", { count: k.size, organizations: k.organizations })}</strong>
                  <br />
                  <span class="muted" dir="auto">
                    {k.representative.reference} · {k.representative.title}
                  </span>
                </td>
                <td></td>
                <td></td>
                <td></td>
              </tr>
            ))}
            {props.items.map((s) => {
              const value = `${s.reference}:${s.version}`;
              return (
                <tr>
                  <td>
                    <input type="checkbox" name="item" value={value} id={`select-${s.reference}`} checked={values.items.includes(value)} aria-label={t("moderation.selectOne", { reference: s.reference })} />
                  </td>
                  <td>
                    <a href={`/moderation/${s.reference}`} class="reference">
                      {s.reference}
                    </a>
                  </td>
                  <td>
                    <strong>{s.title}</strong>
                    <br />
                    <span class="muted">
                      {s.organization.name} · {s.submitter.email}
                    </span>
                    {s.coSigners.length ? (
                      <>
                        <br />
                        <CoSignerCount coSigners={s.coSigners} />
                      </>
                    ) : null}
                  </td>
                  <td>{s.segment.title}</td>
                  <td>{formatDateTime(locale, s.submittedAt)}</td>
                  <td>
                    <FlagSummary item={s} />
                  </td>
                </tr>
              );
            })}
          </DataTable>
          <fieldset class="bulk" id={fieldId("items")}>
            <legend>{t("moderation.bulk")}</legend>
            <p class="hint">{t("moderation.bulkHint")}</p>
            <DecisionFields actions={BULK_DECISIONS} values={values} errors={errors} reasonRows={3} />
            <button type="submit" class="primary">
              {t("moderation.bulkApply")}
            </button>
          </fieldset>
        </form>
      )}
      {props.nextCursor ? (
        <p>
          <a href={queueHref(props.filters, { cursor: props.nextCursor })} rel="next">
            {t("moderation.next")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
