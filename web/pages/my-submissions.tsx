import type { Segment } from "../../worker/db/segments";
import { CoSignersSection } from "../components/cosigners";
import type { OwnSubmission, Submission } from "../../worker/db/submissions";
import type { Theme } from "../../worker/db/themes";
import { isEditable } from "../../worker/domain/status";
import { countryName } from "../../worker/domain/countries";
import { formatDate, formatDateTime } from "../../worker/i18n";
import { segmentTitleFor, useI18n } from "../context";
import { DataTable } from "../components/data-table";
import { Notice, type Errors } from "../components/form";
import { StatusBadge } from "../components/status-badge";
import { TextBlocks } from "./archive-parts";
import { SubmissionForm } from "../components/submission-form";
import type { SubmissionFormValues } from "../forms/submission";
import { organizationLabel } from "../format";
import { Speaker } from "../components/speaker";
import { NextSteps } from "../components/next-steps";

export function MySubmissionsPage(props: { items: OwnSubmission[] }) {
  const { locale, t } = useI18n();
  const drafts = props.items.filter((s) => s.status === "draft");
  const sent = props.items.filter((s) => s.status !== "draft");
  return (
    <section>
      <h1>{t("my.title")}</h1>
      <p>
        <a href="/my/organization">{t("profile.title")}</a>
      </p>
      {props.items.length === 0 ? (
        <p>
          {t("my.none")} <a href="/submit">{t("nav.submit")}</a>
        </p>
      ) : null}
      {drafts.length > 0 ? (
        <section aria-labelledby="drafts-h">
          <h2 id="drafts-h">{t("drafts.heading")}</h2>
          <p class="hint">{t("drafts.intro")}</p>
          <DataTable headers={[t("my.reference"), t("my.statement"), t("my.segment"), t("drafts.lastSaved"), t("drafts.checkAndSubmit")]}>
            {drafts.map((s) => (
              <tr>
                <td>
                  <a href={`/my/submissions/${s.reference}`} class="reference">
                    {s.reference}
                  </a>
                </td>
                <td>{s.title ?? t("drafts.untitled")}</td>
                <td>{s.segment ? segmentTitleFor(s.segment.slug, s.segment.title) : t("drafts.noSegment")}</td>
                <td>{formatDateTime(locale, s.updatedAt)}</td>
                <td>
                  <a href={`/my/submissions/${s.reference}/submit`}>{t("drafts.checkAndSubmit")}</a>
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
      {sent.length > 0 ? (
        <section aria-labelledby={drafts.length > 0 ? "sent-h" : undefined}>
          {drafts.length > 0 ? <h2 id="sent-h">{t("drafts.sentHeading")}</h2> : null}
          <DataTable headers={[t("my.reference"), t("my.statement"), t("my.segment"), t("my.status"), t("my.submittedAt")]}>
            {sent.map((s) => (
              <tr>
                <td>
                  <a href={`/my/submissions/${s.reference}`} class="reference">
                    {s.reference}
                  </a>
                </td>
                <td>{s.title ?? t("drafts.untitled")}</td>
                <td>{s.segment ? segmentTitleFor(s.segment.slug, s.segment.title) : t("drafts.noSegment")}</td>
                <td>
                  <StatusBadge status={s.status} />
                </td>
                <td>{formatDateTime(locale, s.submittedAt)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </section>
  );
}

/** The status each decision leads to: a decision is current only while the statement is still in that status. */
const DECIDED_STATUS = { publish: "published", republish: "published", reject: "rejected", request_changes: "changes_requested", unpublish: "unpublished" } as const;

/**
 * What is true now: the status in words, the public page once published, and the decision with its
 * reason only while it is current; an older one (changes requested, then resubmitted) is labelled as earlier.
 */
function CurrentState(props: { submission: Submission }) {
  const { locale, t } = useI18n();
  const s = props.submission;
  const m = s.moderation;
  const current = m ? DECIDED_STATUS[m.decision] === s.status : false;
  return (
    <section class="decision" aria-labelledby="state-h">
      <h2 id="state-h">{t("my.state")}</h2>
      <p>
        <StatusBadge status={s.status} /> {t(`my.state.${s.status}`)}
      </p>
      {s.status === "published" ? (
        <p>
          <a href={`/statements/${s.reference}`}>{t("my.publicLink")}</a>
        </p>
      ) : null}
      {m ? (
        <>
          <h3>{t(current ? "my.decisionCurrent" : "my.decisionEarlier")}</h3>
          <p>{t("my.decisionLine", { decision: t(`my.decision.${m.decision}`), date: formatDateTime(locale, m.decidedAt) })}</p>
          {m.reason ? (
            <p>
              <strong>{t("submission.reason")}:</strong> <bdi>{m.reason}</bdi>
            </p>
          ) : null}
          {current && s.publicNote ? (
            <p>
              <strong>{t("email.decision.publicNote")}:</strong> <bdi>{s.publicNote}</bdi>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

type DetailProps = {
  submission: Submission;
  /** The submission's segment, for "what happens next" (its closing date and the dialogue's date). */
  segment?: Segment | null;
  notice?: string;
  form?: { values: SubmissionFormValues; errors: Errors; segments: Segment[]; themes: Theme[] };
  themeLabels: Record<string, string>;
};

/** The submitter's own view: status, decision, content; the edit form and withdraw while allowed. */
export function MySubmissionPage(props: DetailProps) {
  const { locale, t } = useI18n();
  const s = props.submission;
  const label = (slug: string) => props.themeLabels[slug] ?? slug;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/my/submissions">{t("my.title")}</a>
      </p>
      <h1 lang={s.language} dir="auto">
        {s.title}
      </h1>
      <Notice text={props.notice} />
      <dl class="meta">
        <dt>{t("my.reference")}</dt>
        <dd class="reference">{s.reference}</dd>
        <dt>{t("my.status")}</dt>
        <dd>
          <StatusBadge status={s.status} />
        </dd>
        <dt>{t("my.segment")}</dt>
        <dd>{segmentTitleFor(s.segment.slug, s.segment.title)}</dd>
        <dt>{t("submit.organization")}</dt>
        <dd>
          <bdi>{organizationLabel(s.organization)}</bdi>
          {t("list.separator")}
          {countryName(s.organization.country, locale)}
        </dd>
        <dt>{t("submit.speaker")}</dt>
        <dd>
          <Speaker speaker={s.speaker} />
        </dd>
        {s.deliveredOn ? (
          <>
            <dt>{t("statement.deliveredOn")}</dt>
            <dd>{formatDate(locale, s.deliveredOn)}</dd>
          </>
        ) : null}
        <dt>{t("my.submittedAt")}</dt>
        <dd>{formatDateTime(locale, s.submittedAt)}</dd>
      </dl>
      <NextSteps submission={s} segment={props.segment ?? null} />
      {s.moderation ? (
        <section class="decision" aria-labelledby="decision-h">
          <h2 id="decision-h">{t("submission.decision")}</h2>
          <p>
            <StatusBadge status={s.status} /> — {formatDateTime(locale, s.moderation.decidedAt)}
          </p>
          {s.moderation.reason ? (
            <p>
              <strong>{t("submission.reason")}:</strong> <bdi>{s.moderation.reason}</bdi>
            </p>
          ) : null}
        </section>
      ) : null}
      <CurrentState submission={s} />
      {s.proposals.length > 0 ? (
        <section aria-labelledby="proposals-h">
          <h2 id="proposals-h">{t("submission.proposals")}</h2>
          <ol class="proposals-view" lang={s.language} dir="auto">
            {s.proposals.map((p) => (
              <li id={`p${p.number}`}>
                <p>{p.text}</p>
                {p.themes.length ? (
                  <ul class="chips">
                    {p.themes.map((slug) => (
                      <li class="chip">{label(slug)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {s.themes.length ? (
        <section aria-labelledby="themes-h">
          <h2 id="themes-h">{t("submission.themes")}</h2>
          <ul class="chips">
            {s.themes.map((slug) => (
              <li class="chip">{label(slug)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="text-h">
        <h2 id="text-h">{t("submission.text")}</h2>
        <TextBlocks text={s.text} lang={s.language} />
      </section>
      <CoSignersSection coSigners={s.coSigners} />
      {isEditable(s.status) && props.form ? (
        <>
          <section aria-labelledby="edit-h" class="edit">
            <h2 id="edit-h">{t("submission.edit")}</h2>
            <details class="edit-details" open={Object.keys(props.form.errors).length > 0}>
              <summary>{t("submission.editOpen")}</summary>
              <SubmissionForm
              action={`/my/submissions/${s.reference}`}
              values={props.form.values}
              errors={props.form.errors}
              segments={props.form.segments}
              themes={props.form.themes}
              submitLabel={t("submit.save")}
              />
            </details>
          </section>
          <section aria-labelledby="withdraw-h" class="danger-zone">
            <h2 id="withdraw-h">{t("submission.withdraw")}</h2>
            <p>
              {t("submission.withdrawConfirm")} {t("submission.withdrawAsk")}
            </p>
            {/* Only leads to the confirmation page (GET): nothing is withdrawn from here. */}
            <form method="get" action={`/my/submissions/${s.reference}/withdraw`}>
              <button type="submit" class="danger">
                {t("submission.withdraw")}
              </button>
            </form>
          </section>
        </>
      ) : null}
    </article>
  );
}
