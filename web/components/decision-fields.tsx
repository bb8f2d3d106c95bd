import { ALL_REASON_CODES, REASON_CODES, type Decision } from "../../worker/domain/moderation";
import { useI18n } from "../context";
import { fieldId, Select, TextArea, type Errors } from "./form";

/** The decision radios, reason code and reason: shared by the review page and the queue's bulk form; after publication, the note for readers too. */
export function DecisionFields(props: {
  actions: readonly Decision[];
  values: { action?: string; reasonCode?: string; reason?: string; publicNote?: string };
  errors: Errors;
  reasonRows: number;
  afterPublication?: boolean;
}) {
  const { t } = useI18n();
  const { values, errors } = props;
  return (
    <>
      <fieldset class="radios" id={fieldId("action")}>
        <legend>{t("moderation.action")}</legend>
        {errors.action ? <p class="error">{errors.action}</p> : null}
        {props.actions.map((a) => (
          <label class="checkbox">
            <input type="radio" name="action" value={a} checked={values.action === a} required /> {t(`moderation.action.${a}`)}
          </label>
        ))}
      </fieldset>
      <Select
        name="reasonCode"
        label={t("moderation.reasonCode")}
        value={values.reasonCode}
        errors={errors}
        placeholder={t("moderation.noReasonCode")}
        options={(props.afterPublication ? ALL_REASON_CODES : REASON_CODES).map((code) => ({ value: code, label: t(`moderation.reason.${code}`) }))}
      />
      <TextArea name="reason" label={t("moderation.reason")} hint={t("moderation.reasonHint")} value={values.reason} errors={errors} rows={props.reasonRows} maxlength={5000} />
      {props.actions.includes("unpublish") ? (
        <TextArea name="publicNote" label={t("moderation.publicNote")} hint={t("moderation.publicNoteHint")} value={values.publicNote} errors={errors} rows={2} maxlength={2000} />
      ) : null}
    </>
  );
}
