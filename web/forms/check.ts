import * as v from "valibot";
import { AppError, type ProblemType } from "../../worker/http/errors";
import { toFieldErrors } from "../../worker/http/validate";
import type { Locale } from "../../worker/i18n";
import { errorsByField, type Errors } from "../components/form";

/** A form checked against the API's schema: the schema's output, or every error keyed by form field. */
export type Checked<T> = { ok: true; output: T } | { ok: false; errors: Errors };

/** Maps an API path (`proposals.1.text`) to the form field that shows its error; the same path by default. */
export type FieldPath = (path: string) => string;
const samePath: FieldPath = (path) => path;

/**
 * The one form reader: every page form is mapped to the API's request body and checked with the API's
 * own valibot schema (`worker/domain`), all issues at once, so a form accepts exactly what the API
 * accepts; each message is put on its field, in the page's language.
 */
export function checkForm<S extends v.GenericSchema>(locale: Locale, schema: S, input: unknown, fieldPath: FieldPath = samePath): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { abortEarly: false });
  if (result.success) return { ok: true, output: result.output };
  return { ok: false, errors: errorsByField(locale, toFieldErrors(result.issues).map((e) => ({ ...e, path: fieldPath(e.path) }))) };
}

/** A service's 422 (an unknown theme, a closed segment, a quota) as form errors, fields mapped the same way; null for any other error. */
export function serviceFormErrors(locale: Locale, err: unknown, fieldPath: FieldPath = samePath): Errors | null {
  if (!isProblem(err, "validation-failed")) return null;
  return errorsByField(locale, (err.errors ?? []).map((e) => ({ ...e, path: fieldPath(e.path) })));
}

/** Whether a service refused with this problem (a version conflict a page shows as a notice, not an error page). */
export function isProblem(err: unknown, type: ProblemType): err is AppError {
  return err instanceof AppError && err.type === type;
}
