import { diffWords } from "diff";
import { REVIEW_DECISIONS } from "../../worker/domain/moderation";
import type { StoredSubmission } from "../../worker/db/submissions";
import type { CampaignPageData } from "../../worker/services/campaigns";
import { DataTable } from "../components/data-table";
import { DecisionFields } from "../components/decision-fields";
import { percent } from "../components/flag-details";
import { ErrorSummary, Notice, type Errors } from "../components/form";
import { StatusBadge } from "../components/status-badge";
import { WordDiff } from "../components/word-diff";
import { useI18n } from "../context";
import { formatDateTime } from "../../worker/i18n";

export const MEMBERS_PER_PAGE = 50;
export type CampaignDecisionValues = { action: string; reasonCode: string; reason: string };

/** /moderation/campaigns/{id}: the representative text, each member with what differs from it, and one decision for all members still submitted. */
export function CampaignPage(props: { data: CampaignPageData; values: CampaignDecisionValues; errors: Errors; notice?: string }) {
  const { locale, t } = useI18n();
  const { data } = props;
  const rep = data.representative;
  const from = data.offset + 1;
  const to = data.offset + data.members.length;
  return (
    <article class="campaign">
      <h1>{t("campaign.title", { id: data.id })}</h1>
      <p class="lead">{t("campaign.intro")}</p>
      <Notice text={props.notice} />
      <p>{t("campaign.summary", { size: data.counts.members, pending: data.counts.pending, organizations: data.counts.organizations })}</p>
      <section aria-labelledby="representative-h">
        <h2 id="representative-h">{t("campaign.representative")}</h2>
        <p class="muted">
          <a href={`/moderation/${rep.reference}`} class="reference">
            {rep.reference}
          </a>{" "}
          — {t("campaign.representativeOf", { reference: rep.reference, organization: rep.organization.name })}
        </p>
        <h3 lang={rep.language} dir="auto">
          {rep.title}
        </h3>
        <div class="statement-text" lang={rep.language} dir="auto">
          {rep.text}
        </div>
      </section>
      <section aria-labelledby="decision-h">
        <h2 id="decision-h">{t("campaign.decision")}</h2>
        {data.counts.pending === 0 ? (
          <p>{t("campaign.nothingPending")}</p>
        ) : (
          <form method="post" action={`/moderation/campaigns/${data.id}/decision`}>
            <ErrorSummary errors={props.errors} />
            <p class="hint">{t("campaign.decisionHint")}</p>
            <DecisionFields actions={REVIEW_DECISIONS} values={props.values} errors={props.errors} reasonRows={3} />
            <button type="submit" class="primary">
              {t("campaign.decide", { count: data.counts.pending })}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="members-h">
        <h2 id="members-h">{t("campaign.members")}</h2>
        <p class="hint">{t("campaign.legend")}</p>
        <DataTable
          caption={t("campaign.membersCaption", { from, to, count: data.counts.members })}
          headers={[t("campaign.member"), t("campaign.status"), t("campaign.differences")]}
          class="campaign-members"
        >
          {data.members.map((m) => (
            <tr>
              <td>
                <a href={`/moderation/${m.reference}`} class="reference">
                  {m.reference}
                </a>
                <br />
                <strong dir="auto">{m.title}</strong>
                <br />
                <span class="muted" dir="auto">
                  {m.organization}
                </span>
                <br />
                <span class="muted">{formatDateTime(locale, m.submittedAt)}</span>
              </td>
              <td>
                <StatusBadge status={m.status} />
              </td>
              <td>{m.id === data.representative.id ? <p class="muted">{t("campaign.representative")}</p> : <WordDiff base={rep.text} text={m.text} />}</td>
            </tr>
          ))}
        </DataTable>
        {to < data.counts.members ? (
          <p>
            <a href={`/moderation/campaigns/${data.id}?from=${to}`} rel="next">
              {t("campaign.more")}
            </a>
          </p>
        ) : null}
      </section>
    </article>
  );
}

/** One side of the comparison: the text with the words only it has marked. */
function Side(props: { s: StoredSubmission; parts: { value: string; added?: boolean; removed?: boolean }[]; own: "added" | "removed" }) {
  const { t } = useI18n();
  const s = props.s;
  return (
    <section aria-labelledby={`side-${s.reference}`}>
      <h2 id={`side-${s.reference}`}>
        <a href={`/moderation/${s.reference}`} class="reference">
          {s.reference}
        </a>
      </h2>
      <p class="muted" dir="auto">
        {s.organization.name} · {s.ownerEmail}
      </p>
      <h3 lang={s.language} dir="auto">
        {s.title}
      </h3>
      <div class="statement-text word-diff" lang={s.language} dir="auto">
        {props.parts
          .filter((p) => !(props.own === "added" ? p.removed : p.added))
          .map((p) =>
            p.added || p.removed ? (
              props.own === "added" ? (
                <ins>
                  <span class="visually-hidden">[{t("campaign.added")}: </span>
                  {p.value}
                  <span class="visually-hidden">]</span>
                </ins>
              ) : (
                <del>
                  <span class="visually-hidden">[{t("campaign.removed")}: </span>
                  {p.value}
                  <span class="visually-hidden">]</span>
                </del>
              )
            ) : (
              p.value
            ),
          )}
      </div>
    </section>
  );
}

/** /moderation/{reference}/compare/{other}: two submissions side by side, words only in one of them marked. */
export function ComparePage(props: { a: StoredSubmission; b: StoredSubmission; similarity: number }) {
  const { t } = useI18n();
  const parts = diffWords(props.a.text, props.b.text);
  return (
    <article>
      <h1>{t("compare.title", { a: props.a.reference, b: props.b.reference })}</h1>
      <p>
        <a href={`/moderation/${props.a.reference}`}>{t("compare.back", { reference: props.a.reference })}</a>
      </p>
      <p>{t("compare.similarity", { percent: percent(props.similarity) })}</p>
      <p class="hint">{t("compare.intro")}</p>
      <div class="compare">
        <Side s={props.a} parts={parts} own="removed" />
        <Side s={props.b} parts={parts} own="added" />
      </div>
    </article>
  );
}
