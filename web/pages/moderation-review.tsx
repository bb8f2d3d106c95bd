import type { Segment } from "../../worker/db/segments";
import { CoSignersSection } from "../components/cosigners";
import type { HistoryItem } from "../../worker/db/submission-events";
import { countryName } from "../../worker/domain/countries";
import { ALL_REASON_CODES } from "../../worker/domain/moderation";
import { isEditable } from "../../worker/domain/status";
import type { QueueItem } from "../../worker/services/moderation";
import type { Duplicate } from "../../worker/services/flags";
import { CampaignLink, DuplicateList, PiiText } from "../components/flag-details";
import { Notice, type Errors } from "../components/form";
import { StatusBadge } from "../components/status-badge";
import { segmentTitleFor, useI18n } from "../context";
import { formatDate, formatDateTime } from "../../worker/i18n";
import { languageName } from "./archive-parts";
import { HistoryTimeline } from "./moderation-history";
import { ChangesSinceSeen, DocumentSection } from "./moderation-after";
import type { VersionItem } from "../../worker/db/submission-versions";
import type { VersionDiff } from "../../worker/domain/text-diff";
import { DecisionForm, EditForm, type DecisionValues, type EditValues } from "./moderation-review-forms";
import { organizationLabel } from "../format";
import { Speaker } from "../components/speaker";

type Props = {
  item: QueueItem & { duplicates?: Duplicate[] };
  history: HistoryItem[];
  /** The version staff last saw and the current one, when staff acted before (a re-review). */
  changes: { seen: VersionItem; current: VersionItem; diff: VersionDiff | null } | null;
  document: { filename: string } | null;
  segments: Segment[];
  themes: { slug: string; label: string }[];
  notice?: string;
  next: string | null;
  edit: { values: EditValues; errors: Errors };
  decision: { values: DecisionValues; errors: Errors };
};

function Flags(props: { item: Props["item"] }) {
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
          <DuplicateList reference={props.item.reference} duplicates={props.item.duplicates ?? possibleDuplicateOf.map((reference) => ({ reference, title: "", organization: "", similarity: 0 }))} />
        </>
      ) : null}
      <CampaignLink campaign={props.item.campaign} />
      {pii.length ? <p class="hint">{t("flags.piiHighlighted")}</p> : null}
    </section>
  );
}

/** Review of one submission: what was submitted, its flags, staff edits and tags, the decision and the history. */
export function ModerationReviewPage(props: Props) {
  const { locale, t } = useI18n();
  const s = props.item;
  const afterPublication = s.status === "published" || s.status === "unpublished";
  const themeLabels = Object.fromEntries(props.themes.map((th) => [th.slug, th.label]));
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
        <dd>{segmentTitleFor(s.segment.slug, s.segment.title)}</dd>
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
        {s.status === "published" || s.status === "unpublished" ? (
          <>
            <dt>{t("moderation.publicPage")}</dt>
            <dd>
              <a href={`/statements/${s.reference}`}>{`/statements/${s.reference}`}</a>
            </dd>
          </>
        ) : null}
        {s.moderation ? (
          <>
            <dt>{t("moderation.decision")}</dt>
            <dd>
              {t(`moderation.action.${s.moderation.decision}`)} — {formatDateTime(locale, s.moderation.decidedAt)}
              {s.moderation.reasonCode ? ` — ${t(`moderation.reason.${s.moderation.reasonCode as (typeof ALL_REASON_CODES)[number]}`)}` : ""}
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
          {props.changes ? (
            <li>
              <a href="#changes-h">{t("moderation.changesTitle")}</a>
            </li>
          ) : null}
          <li>
            <a href="#text-h">{t("moderation.asSubmitted")}</a>
          </li>
          <li>
            <a href="#document-h">{t("moderation.document")}</a>
          </li>
          {isEditable(s.status) || afterPublication ? (
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
      {props.changes ? <ChangesSinceSeen {...props.changes} language={s.language} themeLabels={themeLabels} /> : null}
      <section aria-labelledby="text-h">
        <h2 id="text-h">{t("moderation.asSubmitted")}</h2>
        <PiiText text={s.text} pii={s.flags.pii} />
      </section>
      <CoSignersSection coSigners={s.coSigners} />
      <DocumentSection reference={s.reference} version={s.version} document={props.document} documentPublic={s.documentPublic} canChange={s.status !== "withdrawn"} />
      {isEditable(s.status) || afterPublication ? (
        <>
          <EditForm {...props} />
          <DecisionForm {...props} />
        </>
      ) : (
        <p class="notice">{t("moderation.notEditable", { status: t(`status.${s.status}`) })}</p>
      )}
      <HistoryTimeline items={props.history} themeLabels={themeLabels} />
    </article>
  );
}
