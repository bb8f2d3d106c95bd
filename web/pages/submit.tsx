import type { Segment } from "../../worker/db/segments";
import type { Theme } from "../../worker/db/themes";
import { useI18n } from "../context";
import type { Errors } from "../components/form";
import { SubmissionForm } from "../components/submission-form";
import type { SubmissionFormValues } from "../forms/submission";

export function SubmitPage(props: { values: SubmissionFormValues; errors: Errors; segments: Segment[]; themes: Theme[] }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("submit.title")}</h1>
      <p class="lead">{t("submit.intro")}</p>
      {props.segments.length === 0 ? (
        <p class="notice" role="status">
          {t("submit.noOpenSegments")}
        </p>
      ) : (
        <SubmissionForm action="/submit" values={props.values} errors={props.errors} segments={props.segments} themes={props.themes} submitLabel={t("submit.send")} />
      )}
    </section>
  );
}
