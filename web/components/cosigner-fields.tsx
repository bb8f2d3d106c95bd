import { useI18n } from "../context";
import type { CoSignerFormRow } from "../forms/submission";
import { Select, TextInput, type Errors } from "./form";

/**
 * The co-signers of a joint statement on the submit and edit forms: one row per organization (an
 * empty row is left out), and a button that adds a row without JavaScript.
 */
export function CoSignerFields(props: { rows: CoSignerFormRow[]; errors: Errors; countries: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const rows = props.rows.length ? props.rows : [{ name: "", acronym: "", country: "", email: "" }];
  return (
    <fieldset class="cosigners-form">
      <legend>{t("cosigners.form.legend")}</legend>
      <p class="hint">{t("cosigners.form.hint")}</p>
      <input type="hidden" name="coSigners.shown" value="1" />
      <ol class="proposal-list">
        {rows.map((c, i) => (
          <li class="proposal-box">
            <TextInput name={`coSigners.${i}.name`} label={t("cosigners.form.name", { n: i + 1 })} value={c.name} errors={props.errors} maxlength={200} />
            <TextInput name={`coSigners.${i}.acronym`} label={t("cosigners.form.acronym", { n: i + 1 })} value={c.acronym} errors={props.errors} maxlength={20} />
            <Select name={`coSigners.${i}.country`} label={t("cosigners.form.country", { n: i + 1 })} value={c.country} errors={props.errors} placeholder={t("submit.choose")} options={props.countries} />
            <TextInput name={`coSigners.${i}.email`} label={t("cosigners.form.email", { n: i + 1 })} value={c.email} errors={props.errors} type="email" maxlength={254} />
          </li>
        ))}
      </ol>
      <button type="submit" name="intent" value="add-cosigner" class="secondary" formnovalidate>
        {t("cosigners.form.add")}
      </button>
    </fieldset>
  );
}
