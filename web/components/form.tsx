import type { Child } from "hono/jsx";
import type { FieldError as ProblemField } from "../../worker/http/errors";
import { useI18n } from "../context";
import { errorMessage } from "../../worker/i18n/errors";
import type { Locale } from "../../worker/i18n";

export type Errors = Record<string, string>;

/** Field errors keyed by the field's name (`themes.3` is shown on `themes`), in the page's language. */
export function errorsByField(locale: Locale, errors: readonly ProblemField[]): Errors {
  const out: Errors = {};
  for (const e of errors) {
    const key = e.path.replace(/^(themes|proposals\.\d+\.themes)\.\d+$/, "$1");
    out[key] ??= errorMessage(locale, e);
  }
  return out;
}

export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;

/** A confirmation after an action ("Saved."), announced to screen readers; nothing without text. */
export function Notice(props: { text?: string | null }) {
  if (!props.text) return null;
  return (
    <p class="notice" role="status">
      {props.text}
    </p>
  );
}

/** A field's error message, referenced by the control's aria-describedby as `${id}-error`. */
export function FieldError(props: { id: string; message?: string; alert?: boolean }) {
  if (!props.message) return null;
  return (
    <p class="error" id={`${props.id}-error`} role={props.alert ? "alert" : undefined}>
      {props.message}
    </p>
  );
}

export function ErrorSummary(props: { errors: Errors }) {
  const { t } = useI18n();
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{t("submit.errorSummary")}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors: Errors;
  children: (attrs: Record<string, string | boolean | undefined>) => Child;
};

/** A labelled control with its hint and error wired through aria-describedby. */
export function Field(props: FieldProps) {
  const id = fieldId(props.name);
  const error = props.errors[props.name];
  const described = [props.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={id} message={error} />
      {props.children({ id, name: props.name, "aria-describedby": described, "aria-invalid": error ? "true" : undefined })}
    </div>
  );
}

export function TextInput(props: { name: string; label: string; value?: string | null; hint?: string; errors: Errors; type?: string; required?: boolean; autocomplete?: string; maxlength?: number }) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      {(attrs) => (
        <input {...attrs} type={props.type ?? "text"} value={props.value ?? ""} required={props.required} autocomplete={props.autocomplete} maxlength={props.maxlength} />
      )}
    </Field>
  );
}

export function TextArea(props: { name: string; label: string; value?: string | null; hint?: string; errors: Errors; rows?: number; required?: boolean; maxlength?: number }) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      {(attrs) => (
        <textarea {...attrs} rows={props.rows ?? 6} required={props.required} maxlength={props.maxlength}>
          {props.value ?? ""}
        </textarea>
      )}
    </Field>
  );
}

export function Select(props: { name: string; label: string; value?: string | null; hint?: string; errors: Errors; options: { value: string; label: string }[]; required?: boolean; placeholder?: string }) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint} errors={props.errors}>
      {(attrs) => (
        <select {...attrs} required={props.required}>
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of theme checkboxes in a fieldset (collapsible for long lists). */
export function ThemeCheckboxes(props: { name: string; legend: string; themes: { slug: string; label: string }[]; selected: readonly string[]; errors: Errors; collapsed?: boolean }) {
  const id = fieldId(props.name);
  const error = props.errors[props.name];
  const boxes = (
    <fieldset class={error ? "themes has-error" : "themes"} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      <FieldError id={id} message={error} />
      <div class="checkbox-grid">
        {props.themes.map((theme) => (
          <label class="checkbox">
            <input type="checkbox" name={props.name} value={theme.slug} checked={props.selected.includes(theme.slug)} /> {theme.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  if (!props.collapsed) return boxes;
  return (
    <details class="theme-details" open={props.selected.length > 0 || !!error}>
      <summary>
        {props.legend} ({props.selected.length})
      </summary>
      {boxes}
    </details>
  );
}
