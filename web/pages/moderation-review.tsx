import type { Segment } from "../../worker/db/segments";
import type { HistoryItem } from "../../worker/db/submissions";
import { countryName } from "../../worker/domain/countries";
import { REASON_CODES } from "../../worker/domain/moderation";
import { isEditable, nextStatus } from "../../worker/domain/status";
import type { QueueItem } from "../../worker/services/moderation";
import { ErrorSummary, fieldId, Notice, Select, TextArea, TextInput, ThemeCheckboxes, type Errors } from "../components/form";
import { StatusBadge } from "../components/status-badge";
import { DecisionFields } from "../components/decision-fields";
import { useI18n } from "../context";
import { formatDate, formatDateTime } from "../i18n";
import { segmentChoice, segmentTitle } from "../i18n/taxonomy";
import { languageName } from "./archive-parts";
import { HistoryTimeline } from "./moderation-history";
import { organizationLabel } from "../format";
import { Speaker } from "../components/speaker";

export type EditValues = { version: string; segment: string; title: string; text: string; proposals: { text: string; themes: string[] }[]; themes: string[] };
export type DecisionValues = { version: string; action: string; reasonCode: string; reason: string };

type Props = {
  item: QueueItem;
  history: HistoryItem[];
  segments: Segment[];
  themes: { slug: string; label: string }[];
  notice?: string;
  next: string | null;
  edit: { values: EditValues; errors: Errors };
  decision: { values: DecisionValues; errors: Errors };
};

export function editValuesOf(item: QueueItem): EditValues {
  return {
    version: String(item.version),
    segment: item.segment.slug,
    title: item.title,
    text: item.text,
    proposals: item.proposals.map((p) => ({ text: p.text, themes: p.themes })),
    themes: item.themes,
  };
}

function Flags(props: { item: QueueItem }) {
  const { t } = useI18n();
  const { pii, possibleDuplicateOf } = props.item.flags;
  return (
    <section aria-labelledby="flags-h" class="flags">
      <h2 id="flags-h">{t("moderation.flags")}</h2>
      {pii.length === 0 && possibleDuplicateOf.length === 0 ? <p>{t("moderation.flagsNone")}</p> : null}
      {pii.length ? (
        <>
          <h3>{t("moderation.piiTitle")}</h3>
          <ul>
            {pii.map((f) => (
              <li>
                <strong>{t(`moderation.pii.${f.kind}`)}:</strong> <span class="pii">{f.value}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {possibleDuplicateOf.length ? (
        <>
          <h3>{t("moderation.duplicatesTitle")}</h3>
          <ul>
            {possibleDuplicateOf.map((ref) => (
              <li>
                <a href={`/moderation/${ref}`} class="reference">
                  {ref}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function EditForm(props: Props) {
  const { locale, t } = useI18n();
  const { values, errors } = props.edit;
  const s = props.item;
  return (
    <section aria-labelledby="edit-h" class="edit">
      <h2 id="edit-h">{t("moderation.edit")}</h2>
      <p class="hint">{t("moderation.editHint")}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/moderation/${s.reference}/edit`}>
        <input type="hidden" name="version" value={values.version} />
        <Select name="segment" label={t("moderation.segment")} value={values.segment} errors={errors} options={props.segments.map((g) => ({ value: g.slug, label: segmentChoice(locale, g) }))} />
        <TextInput name="title" label={t("submit.statementTitle")} value={values.title} errors={errors} maxlength={300} />
        <TextArea name="text" label={t("submit.text")} value={values.text} errors={errors} rows={12} />
        {values.proposals.map((p, i) => (
          <fieldset class="proposal-box" id={fieldId(`proposals.${i}`)}>
            <legend>{t("moderation.proposal", { n: i + 1 })}</legend>
            <TextArea name={`proposals.${i}.text`} label={t("moderation.proposalText", { n: i + 1 })} value={p.text} errors={errors} rows={3} />
            <ThemeCheckboxes name={`proposals.${i}.themes`} legend={t("moderation.proposalThemes", { n: i + 1 })} themes={props.themes} selected={p.themes} errors={errors} />
          </fieldset>
        ))}
        <ThemeCheckboxes name="themes" legend={t("moderation.statementThemes")} themes={props.themes} selected={values.themes} errors={errors} />
        <div class="actions">
          <button type="submit" class="primary">
            {t("moderation.save")}
          </button>
        </div>
      </form>
    </section>
  );
}

function DecisionForm(props: Props) {
  const { t } = useI18n();
  const { values, errors } = props.decision;
  const s = props.item;
  // From the mildest to the most final decision.
  const allowed = (["publish", "request_changes", "reject"] as const).filter((d) => nextStatus(s.status, d) !== null);
  if (allowed.length === 0) {
    return (
      <section aria-labelledby="decision-h" class="decide">
        <h2 id="decision-h">{t("moderation.decision")}</h2>
        <p class="notice">{t("moderation.awaitingChanges")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="decision-h" class="decide">
      <h2 id="decision-h">{t("moderation.decision")}</h2>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/moderation/${s.reference}/decision`}>
        <input type="hidden" name="version" value={values.version} />
        <DecisionFields actions={allowed} values={values} errors={errors} reasonRows={4} />
        <div class="actions">
          <button type="submit" class="primary">
            {t("moderation.decide")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Review of one submission: what was submitted, its flags, staff edits and tags, the decision and the history. */
export function ModerationReviewPage(props: Props) {
  const { locale, t } = useI18n();
  const s = props.item;
  return (
    <article class="review">
      <p class="breadcrumb">
        <a href="/moderation">{t("moderation.backToQueue")}</a>
        {props.next ? (
          <>
            {" · "}
            <a href={`/moderation/${props.next}`} rel="next">
              {t("moderation.nextInQueue", { reference: props.next })}
            </a>
          </>
        ) : null}
      </p>
      <h1 lang={s.language} dir="auto">
        {s.title}
      </h1>
      <Notice text={props.notice} />
      <dl class="meta">
        <dt>{t("moderation.reference")}</dt>
        <dd class="reference">{s.reference}</dd>
        <dt>{t("moderation.status")}</dt>
        <dd>
          <StatusBadge status={s.status} />
        </dd>
        <dt>{t("moderation.submitter")}</dt>
        <dd>{s.submitter.email}</dd>
        <dt>{t("submit.organization")}</dt>
        <dd>
          <bdi>{organizationLabel(s.organization)}</bdi>
          {t("list.separator")}
          {countryName(s.organization.country, locale)} — {t(`orgType.${s.organization.type as "ngo"}`)}
          {s.organization.website ? (
            <>
              {" "}
              <a href={s.organization.website} rel="nofollow noopener noreferrer">
                {s.organization.website}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{t("submit.speaker")}</dt>
        <dd>
          <Speaker speaker={s.speaker} />
        </dd>
        <dt>{t("moderation.segment")}</dt>
        <dd>{segmentTitle(locale, s.segment.slug, s.segment.title)}</dd>
        <dt>{t("moderation.language")}</dt>
        <dd>
          {languageName(locale, s.language)} ({s.language})
        </dd>
        {s.deliveredOn ? (
          <>
            <dt>{t("statement.deliveredOn")}</dt>
            <dd>{formatDate(locale, s.deliveredOn)}</dd>
          </>
        ) : null}
        <dt>{t("moderation.submitted")}</dt>
        <dd>{formatDateTime(locale, s.submittedAt)}</dd>
        {s.moderation ? (
          <>
            <dt>{t("moderation.decision")}</dt>
            <dd>
              {t(`moderation.action.${s.moderation.decision}`)} — {formatDateTime(locale, s.moderation.decidedAt)}
              {s.moderation.reasonCode ? ` — ${t(`moderation.reason.${s.moderation.reasonCode as (typeof REASON_CODES)[number]}`)}` : ""}
              {s.moderation.reason ? `: ${s.moderation.reason}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <nav aria-label={t("moderation.onThisPage")} class="on-this-page">
        <ul>
          <li>
            <a href="#flags-h">{t("moderation.flags")}</a>
          </li>
          <li>
            <a href="#text-h">{t("moderation.asSubmitted")}</a>
          </li>
          {isEditable(s.status) ? (
            <>
              <li>
                <a href="#edit-h">{t("moderation.edit")}</a>
              </li>
              <li>
                <a href="#decision-h">{t("moderation.decision")}</a>
              </li>
            </>
          ) : null}
          <li>
            <a href="#history-h">{t("moderation.history")}</a>
          </li>
        </ul>
      </nav>
      <Flags item={s} />
      <section aria-labelledby="text-h">
        <h2 id="text-h">{t("moderation.asSubmitted")}</h2>
        <div class="statement-text as-submitted">{s.text}</div>
      </section>
      {isEditable(s.status) ? (
        <>
          <EditForm {...props} />
          <DecisionForm {...props} />
        </>
      ) : (
        <p class="notice">{t("moderation.notEditable", { status: t(`status.${s.status}`) })}</p>
      )}
      <HistoryTimeline items={props.history} />
    </article>
  );
}
