import type { Child } from "hono/jsx";
import { TOPICS } from "../../worker/domain/segment";
import { ErrorSummary, FieldError, fieldId, TextArea, TextInput, type Errors } from "../components/form";
import { useI18n } from "../context";
import { LOCALE_NAMES } from "../../worker/i18n";
import { TRANSLATED_LOCALES } from "../../worker/domain/translations";

export type SegmentValues = { slug: string; title: string; series: string; number: string; topics: string[]; heldOn: string; opensAt: string; closesAt: string; titles: Record<string, string> };
export type ThemeValues = { slug: string; label: string; description: string; labels: Record<string, string>; descriptions: Record<string, string> };
export type StaffValues = { email: string; roles: string[] };
export type Form<V> = { values: V; errors: Errors };

export const emptySegment: SegmentValues = { slug: "", title: "", series: "", number: "", topics: [], heldOn: "", opensAt: "", closesAt: "", titles: {} };

/**
 * One field per UN language other than English (the English is the main field): each is saved on
 * its own, so editing one language never changes another; an empty one shows the English.
 */
function PerLanguage(props: { fields: { prefix: string; label: "admin.labelIn" | "admin.descriptionIn" | "admin.titleIn"; values: Record<string, string>; max: number; area?: boolean }[]; errors: Errors }) {
  const { t } = useI18n();
  return (
    <fieldset class="per-language">
      <legend>{t("admin.otherLanguages")}</legend>
      <p class="hint">{t("admin.translationHint")}</p>
      {TRANSLATED_LOCALES.map((l) => (
        <div lang={l} dir={l === "ar" ? "rtl" : "ltr"}>
          {props.fields.map((f) =>
            f.area ? (
              <TextArea name={`${f.prefix}.${l}`} label={t(f.label, { language: LOCALE_NAMES[l] })} value={f.values[l] ?? ""} errors={props.errors} rows={2} maxlength={f.max} />
            ) : (
              <TextInput name={`${f.prefix}.${l}`} label={t(f.label, { language: LOCALE_NAMES[l] })} value={f.values[l] ?? ""} errors={props.errors} maxlength={f.max} />
            ),
          )}
        </div>
      ))}
    </fieldset>
  );
}

export function Checkboxes(props: { name: string; legend: string; options: { value: string; label: string }[]; selected: string[]; errors: Errors }) {
  const error = props.errors[props.name];
  const id = fieldId(props.name);
  return (
    <fieldset id={id} class={error ? "has-error" : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      <FieldError id={id} message={error} />
      {props.options.map((o) => (
        <label class="checkbox">
          <input type="checkbox" name={props.name} value={o.value} checked={props.selected.includes(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The frame of an admin create/edit form: error summary, the slug (only when creating: `slug` not null), the fields, the submit button. */
function AdminForm(props: { action: string; errors: Errors; slug: string | null; submitLabel: string; children: Child }) {
  const { t } = useI18n();
  return (
    <form method="post" action={props.action}>
      <ErrorSummary errors={props.errors} />
      {props.slug === null ? null : <TextInput name="slug" label={t("admin.slug")} hint={t("admin.slugHint")} value={props.slug} errors={props.errors} maxlength={80} required />}
      {props.children}
      <div class="actions">
        <button type="submit" class="primary">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Create or edit a segment; the slug is fixed once created. */
export function SegmentForm(props: { action: string; form: Form<SegmentValues>; editing: boolean; submitLabel: string }) {
  const { t } = useI18n();
  const { values, errors } = props.form;
  return (
    <AdminForm action={props.action} errors={errors} slug={props.editing ? null : values.slug} submitLabel={props.submitLabel}>
      <TextInput name="title" label={t("admin.segmentTitle")} value={values.title} errors={errors} maxlength={300} required />
      <TextInput name="series" label={t("admin.series")} hint={t("admin.seriesHint")} value={values.series} errors={errors} maxlength={40} required />
      <TextInput name="number" label={t("admin.number")} value={values.number} errors={errors} type="number" required />
      <Checkboxes name="topics" legend={t("admin.topics")} options={TOPICS.map((topic) => ({ value: topic, label: t(`admin.topic.${topic}`) }))} selected={values.topics} errors={errors} />
      <TextInput name="heldOn" label={t("admin.heldOn")} value={values.heldOn} errors={errors} type="date" required />
      <TextInput name="opensAt" label={t("admin.opensAt")} value={values.opensAt} errors={errors} type="datetime-local" required />
      <TextInput name="closesAt" label={t("admin.closesAt")} value={values.closesAt} errors={errors} type="datetime-local" required />
      <PerLanguage fields={[{ prefix: "titles", label: "admin.titleIn", values: values.titles, max: 300 }]} errors={errors} />
    </AdminForm>
  );
}

export function ThemeForm(props: { action: string; form: Form<ThemeValues>; editing: boolean; submitLabel: string }) {
  const { t } = useI18n();
  const { values, errors } = props.form;
  return (
    <AdminForm action={props.action} errors={errors} slug={props.editing ? null : values.slug} submitLabel={props.submitLabel}>
      <TextInput name="label" label={t("admin.label")} value={values.label} errors={errors} maxlength={200} required />
      <TextArea name="description" label={t("admin.description")} value={values.description} errors={errors} rows={3} maxlength={2000} />
      <PerLanguage
        fields={[
          { prefix: "labels", label: "admin.labelIn", values: values.labels, max: 200 },
          { prefix: "descriptions", label: "admin.descriptionIn", values: values.descriptions, max: 2000, area: true },
        ]}
        errors={errors}
      />
    </AdminForm>
  );
}
