import type { Segment } from "../../worker/db/segments";
import type { OwnSubmission } from "../../worker/db/submissions";
import { useI18n } from "../context";
import type { MessageKey } from "../../worker/i18n";
import { formatDate, formatDateTime } from "../../worker/i18n";

type Step = { key: MessageKey; state: "done" | "current" | "ahead"; at?: string | null };

/** The steps behind and ahead of a submission: (draft →) submitted → review → decision → published. */
export function stepsOf(s: Pick<OwnSubmission, "status" | "submittedAt" | "publishedAt" | "moderation" | "updatedAt">): Step[] {
  const decidedAt = s.moderation?.decidedAt ?? null;
  switch (s.status) {
    case "draft":
      return [
        { key: "next.draft", state: "current", at: s.updatedAt },
        { key: "next.submitted", state: "ahead" },
        { key: "next.review", state: "ahead" },
        { key: "next.decision", state: "ahead" },
        { key: "next.published", state: "ahead" },
      ];
    case "submitted":
      return [
        { key: "next.submitted", state: "done", at: s.submittedAt },
        { key: "next.review", state: "current" },
        { key: "next.decision", state: "ahead" },
        { key: "next.published", state: "ahead" },
      ];
    case "changes_requested":
      return [
        { key: "next.submitted", state: "done", at: s.submittedAt },
        { key: "next.review", state: "done" },
        { key: "next.changes", state: "current", at: decidedAt },
        { key: "next.decision", state: "ahead" },
        { key: "next.published", state: "ahead" },
      ];
    case "published":
      return [
        { key: "next.submitted", state: "done", at: s.submittedAt },
        { key: "next.review", state: "done" },
        { key: "next.decision", state: "done", at: decidedAt },
        { key: "next.published", state: "done", at: s.publishedAt },
      ];
    case "unpublished":
      return [
        { key: "next.submitted", state: "done", at: s.submittedAt },
        { key: "next.review", state: "done" },
        { key: "next.published", state: "done", at: s.publishedAt },
        { key: "next.unpublished", state: "done", at: decidedAt },
      ];
    case "rejected":
      return [
        { key: "next.submitted", state: "done", at: s.submittedAt },
        { key: "next.review", state: "done" },
        { key: "next.rejected", state: "done", at: decidedAt },
      ];
    case "withdrawn":
      return [
        { key: "next.submitted", state: "done", at: s.submittedAt },
        { key: "next.withdrawn", state: "done", at: s.updatedAt },
      ];
  }
}

/** "What happens next": the timeline, the segment's closing date and the dialogue's date. */
export function NextSteps(props: { submission: OwnSubmission; segment: Segment | null }) {
  const { locale, t } = useI18n();
  const steps = stepsOf(props.submission);
  const g = props.segment;
  return (
    <section aria-labelledby="next-h" class="next-steps">
      <h2 id="next-h">{t("next.title")}</h2>
      <ol class="timeline">
        {steps.map((step) => (
          <li class={`step step-${step.state}`} aria-current={step.state === "current" ? "step" : undefined}>
            <span class="step-label">{t(step.key)}</span> <span class="step-state">({t(`next.${step.state}`)})</span>
            {step.at ? <span class="step-at"> — {formatDateTime(locale, step.at)}</span> : null}
          </li>
        ))}
      </ol>
      {g ? (
        <p>
          {t(g.status === "closed" ? "next.closed" : "next.closes", { date: formatDateTime(locale, g.closesAt) })} {t("next.held", { date: formatDate(locale, g.heldOn) })}
        </p>
      ) : null}
    </section>
  );
}
