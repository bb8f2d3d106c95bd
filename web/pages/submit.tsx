import type { RecentSpeaker } from "../../worker/db/profiles";
import type { Segment } from "../../worker/db/segments";
import type { Theme } from "../../worker/db/themes";
import { useI18n } from "../context";
import { Notice, type Errors } from "../components/form";
import { IntakeAttached, IntakeReviewPanel, IntakeUpload, type IntakeReview } from "../components/intake";
import { SubmissionForm } from "../components/submission-form";
import type { SubmissionFormValues } from "../forms/submission";

type IntakeProps = {
  /** Where the form posts: /submit, or /intake/submit when it carries an uploaded document. */
  action?: string;
  /** Hidden fields the form carries back (the held document's token). */
  hidden?: Record<string, string>;
  uploadErrors?: Errors;
  review?: IntakeReview;
  attached?: string;
};

type ProfileProps = {
  /** The account's recent speakers, offered before the typed speaker fields. */
  speakers?: readonly RecentSpeaker[];
  speakerChoice?: string;
  /** The organization fields were filled from the saved organization. */
  fromProfile?: boolean;
};

export function SubmitPage(props: { values: SubmissionFormValues; errors: Errors; segments: Segment[]; themes: Theme[] } & IntakeProps & ProfileProps) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("submit.title")}</h1>
      <p class="lead">{t("submit.intro")}</p>
      {props.segments.length === 0 ? (
        <Notice text={t("submit.noOpenSegments")} />
      ) : (
        <>
          <IntakeUpload errors={props.uploadErrors ?? {}} again={!!props.review} />
          {props.review ? <IntakeReviewPanel review={props.review} themeLabels={Object.fromEntries(props.themes.map((th) => [th.slug, th.label]))} /> : null}
          {!props.review && props.attached ? <IntakeAttached filename={props.attached} /> : null}
          {props.fromProfile ? (
            <p>
              {t("profile.fromProfile")} <a href="/my/organization">{t("profile.edit")}</a>
            </p>
          ) : null}
          <p class="hint">{t("drafts.hint")}</p>
          <SubmissionForm
            action={props.action ?? "/submit"}
            hidden={props.hidden}
            values={props.values}
            errors={props.errors}
            segments={props.segments}
            themes={props.themes}
            submitLabel={t("submit.send")}
            speakers={props.speakers}
            speakerChoice={props.speakerChoice}
            secondary={(props.action ?? "/submit") === "/submit" ? { label: t("drafts.saveAsDraft"), intent: "draft" } : undefined}
          />
        </>
      )}
    </section>
  );
}
