import type { Segment } from "../../worker/db/segments";
import type { Theme } from "../../worker/db/themes";
import { COUNTRY_CODES, countryName } from "../../worker/domain/countries";
import { ORGANIZATION_TYPES } from "../../worker/domain/schemas";
import { useI18n } from "../context";
import type { SubmissionFormValues } from "../forms/submission";
import type { RecentSpeaker } from "../../worker/db/profiles";
import { segmentChoice } from "../../worker/i18n/taxonomy";
import { ErrorSummary, Select, TextArea, TextInput, ThemeCheckboxes, type Errors } from "./form";
import { TurnstileWidget } from "./turnstile";
import { CoSignerFields } from "./cosigner-fields";

export const STATEMENT_LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh", "pt", "de", "it", "tr", "sw", "hi", "ur", "id", "ja", "ko"];

function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

type Props = {
  action: string;
  values: SubmissionFormValues;
  errors: Errors;
  segments: Segment[];
  themes: Theme[];
  submitLabel: string;
  /** Extra hidden fields, e.g. the token of a document read by intake. */
  hidden?: Record<string, string>;
  /** Where the main button posts, when not to `action` (a draft's "Check and submit"). */
  submitAction?: string;
  /** A second button (e.g. "Save as draft"): posts `intent` to the form's action. */
  secondary?: { label: string; intent: string };
  /** The account's recent speakers: offered in a select before the typed speaker fields. */
  speakers?: readonly RecentSpeaker[];
  speakerChoice?: string;
};

/** The statement form, shared by /submit and the edit page. Works without JavaScript. */
export function SubmissionForm(props: Props) {
  const { locale, t } = useI18n();
  const { values, errors } = props;
  const countries = [...COUNTRY_CODES].map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const languages = STATEMENT_LANGUAGES.includes(values.language) || !values.language ? STATEMENT_LANGUAGES : [...STATEMENT_LANGUAGES, values.language];
  return (
    <form method="post" action={props.action} class="submission-form" novalidate>
      {/* The form's default button: pressing Enter in a field saves, instead of "Add another proposal" (the first visible submit button). */}
      <button type="submit" hidden tabindex={-1} aria-hidden="true" />
      <ErrorSummary errors={errors} />
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      {values.idempotencyKey ? <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} /> : null}
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <Select
        name="segment"
        label={t("submit.segment")}
        hint={t("submit.segmentHint")}
        value={values.segment}
        errors={errors}
        required
        placeholder={t("submit.choose")}
        options={props.segments.map((s) => ({ value: s.slug, label: segmentChoice(locale, s) }))}
      />
      <fieldset>
        <legend>{t("submit.organization")}</legend>
        <TextInput name="organization.name" label={t("submit.orgName")} value={values.organization.name} errors={errors} required autocomplete="organization" maxlength={200} />
        <TextInput name="organization.acronym" label={t("submit.orgAcronym")} value={values.organization.acronym} errors={errors} maxlength={20} />
        <Select name="organization.country" label={t("submit.orgCountry")} value={values.organization.country} errors={errors} required placeholder={t("submit.choose")} options={countries} />
        <Select
          name="organization.type"
          label={t("submit.orgType")}
          value={values.organization.type}
          errors={errors}
          required
          options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
        />
        <TextInput name="organization.website" label={t("submit.orgWebsite")} value={values.organization.website} errors={errors} type="url" autocomplete="url" />
      </fieldset>
      <fieldset>
        <legend>{t("submit.speaker")}</legend>
        {props.speakers && props.speakers.length > 0 ? (
          <Select
            name="speakerChoice"
            label={t("profile.speakerChoice")}
            hint={t("profile.speakerChoiceHint")}
            value={props.speakerChoice ?? "new"}
            errors={{}}
            options={[
              ...props.speakers.map((sp, i) => ({ value: String(i), label: sp.role ? `${sp.name}${t("list.separator")}${sp.role}` : sp.name })),
              { value: "new", label: t("profile.speakerOther") },
            ]}
          />
        ) : null}
        <TextInput name="speaker.name" label={t("submit.speakerName")} value={values.speaker.name} errors={errors} required autocomplete="name" maxlength={200} />
        <TextInput name="speaker.role" label={t("submit.speakerRole")} value={values.speaker.role} errors={errors} autocomplete="organization-title" maxlength={200} />
      </fieldset>
      <Select name="language" label={t("submit.language")} value={values.language} errors={errors} required options={languages.map((l) => ({ value: l, label: languageName(l, locale) }))} />
      <TextInput name="title" label={t("submit.statementTitle")} value={values.title} errors={errors} required maxlength={300} />
      <TextInput name="deliveredOn" label={t("submit.deliveredOn")} value={values.deliveredOn} errors={errors} type="date" />
      <TextArea name="text" label={t("submit.text")} hint={t("submit.textHint")} value={values.text} errors={errors} rows={14} required />
      <fieldset class="proposals">
        <legend>{t("submit.proposals")}</legend>
        <p class="hint">{t("submit.proposalsHint")}</p>
        <ol class="proposal-list">
          {values.proposals.map((p, i) => (
            <li class="proposal-box">
              <TextArea name={`proposals.${i}.text`} label={t("submit.proposal", { n: i + 1 })} value={p.text} errors={errors} rows={4} maxlength={5000} />
              <ThemeCheckboxes name={`proposals.${i}.themes`} legend={t("submit.proposalThemes", { n: i + 1 })} themes={props.themes} selected={p.themes} errors={errors} collapsed />
            </li>
          ))}
        </ol>
        <button type="submit" name="intent" value="add-proposal" class="secondary" formnovalidate>
          {t("submit.addProposal")}
        </button>
      </fieldset>
      <ThemeCheckboxes name="themes" legend={t("submit.themes")} themes={props.themes} selected={values.themes} errors={errors} />
      {values.coSigners ? <CoSignerFields rows={values.coSigners} errors={errors} countries={countries} /> : null}
      {props.action === "/submit" || props.action === "/intake/submit" ? <TurnstileWidget /> : null}
      <div class="actions">
        <button type="submit" name="intent" value="save" class="primary" formaction={props.submitAction}>
          {props.submitLabel}
        </button>
        {props.secondary ? (
          <button type="submit" name="intent" value={props.secondary.intent} class="secondary" formnovalidate>
            {props.secondary.label}
          </button>
        ) : null}
      </div>
    </form>
  );
}
