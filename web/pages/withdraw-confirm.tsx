import type { OwnSubmission } from "../../worker/db/submissions";
import { StatusBadge } from "../components/status-badge";
import { segmentTitleFor, useI18n } from "../context";

/**
 * The confirmation step before withdrawing (works without JavaScript): what will be withdrawn, what it
 * means, a button that posts the explicit confirmation and a way back that changes nothing.
 */
export function WithdrawConfirmPage(props: { submission: OwnSubmission }) {
  const { locale, t } = useI18n();
  const s = props.submission;
  const back = `/my/submissions/${s.reference}`;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/my/submissions">{t("my.title")}</a>
      </p>
      <h1>{t("submission.withdrawTitle")}</h1>
      <dl class="meta">
        <dt>{t("my.reference")}</dt>
        <dd class="reference">{s.reference}</dd>
        <dt>{t("my.statement")}</dt>
        <dd lang={s.language ?? undefined} dir="auto">
          {s.title ?? t("drafts.untitled")}
        </dd>
        <dt>{t("my.segment")}</dt>
        <dd>{s.segment ? segmentTitleFor(s.segment.slug, s.segment.title) : t("drafts.noSegment")}</dd>
        <dt>{t("my.status")}</dt>
        <dd>
          <StatusBadge status={s.status} />
        </dd>
      </dl>
      <p>{t("submission.withdrawConfirm")}</p>
      <form method="post" action={`${back}/withdraw`} class="actions">
        <input type="hidden" name="version" value={String(s.version)} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="danger">
          {t("submission.withdrawYes")}
        </button>{" "}
        <a href={back}>{t("submission.withdrawNo")}</a>
      </form>
    </article>
  );
}
