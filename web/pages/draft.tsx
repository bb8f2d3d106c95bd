import type { RecentSpeaker } from "../../worker/db/profiles";
import type { Segment } from "../../worker/db/segments";
import type { Draft } from "../../worker/db/submissions";
import type { Theme } from "../../worker/db/themes";
import { useI18n } from "../context";
import { Notice, type Errors } from "../components/form";
import { NextSteps } from "../components/next-steps";
import { SubmissionForm } from "../components/submission-form";
import type { SubmissionFormValues } from "../forms/submission";

type FormProps = { values: SubmissionFormValues; errors: Errors; segments: Segment[]; themes: Theme[]; speakers: readonly RecentSpeaker[]; speakerChoice?: string };

/**
 * A draft: its owner's alone. The form saves it as it is ("Save draft") or goes to the check
 * ("Check and submit"), which shows every missing field at once. Withdrawing leads to its confirmation page.
 */
export function DraftPage(props: { draft: Draft; segment: Segment | null; notice?: string; form: FormProps; check?: boolean }) {
  const { t } = useI18n();
  const d = props.draft;
  const title = d.title ?? t("drafts.untitled");
  const hasErrors = Object.keys(props.form.errors).length > 0;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/my/submissions">{t("my.title")}</a>
      </p>
      <h1 dir="auto">{props.check ? t("drafts.checkTitle", { title }) : title}</h1>
      <Notice text={props.notice} />
      <p class="reference">{d.reference}</p>
      {props.check ? <p>{hasErrors ? t("drafts.checkIntro") : t("drafts.ready")}</p> : <p>{t("drafts.isDraft")}</p>}
      {d.status === "draft" ? (
        <SubmissionForm
          action={`/my/submissions/${d.reference}${props.check ? "/submit" : ""}`}
          values={props.form.values}
          errors={props.form.errors}
          segments={props.form.segments}
          themes={props.form.themes}
          speakers={props.form.speakers}
          speakerChoice={props.form.speakerChoice}
          submitLabel={props.check ? t("submit.send") : t("drafts.checkAndSubmit")}
          submitAction={`/my/submissions/${d.reference}/submit`}
          secondary={props.check ? undefined : { label: t("drafts.saveDraft"), intent: "draft" }}
        />
      ) : null}
      <NextSteps submission={d} segment={props.segment} />
      {d.status === "draft" && !props.check ? (
        <section aria-labelledby="withdraw-h" class="danger-zone">
          <h2 id="withdraw-h">{t("submission.withdraw")}</h2>
          <form method="get" action={`/my/submissions/${d.reference}/withdraw`}>
            <button type="submit" class="danger">
              {t("submission.withdraw")}
            </button>
          </form>
        </section>
      ) : null}
    </article>
  );
}
