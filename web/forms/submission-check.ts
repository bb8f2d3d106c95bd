import * as v from "valibot";
import { AppError } from "../../worker/http/errors";
import { toFieldErrors } from "../../worker/http/validate";
import { errorsByField, type Errors } from "../components/form";
import type { Locale } from "../../worker/i18n";
import { formErrorPath, toApiInput, type SubmissionFormValues } from "./submission";

/** Validates form values with the API's schema; errors come back keyed by form field. */
export function validateForm<S extends v.GenericSchema>(locale: Locale, schema: S, values: SubmissionFormValues, extra: Record<string, unknown> = {}): { ok: true; output: v.InferOutput<S> } | { ok: false; errors: Errors } {
  const { input, proposalBoxes, coSignerBoxes } = toApiInput(values);
  const result = v.safeParse(schema, { ...input, ...extra }, { abortEarly: false });
  if (result.success) return { ok: true, output: result.output };
  return { ok: false, errors: errorsByField(locale, toFieldErrors(result.issues).map((e) => ({ ...e, path: formErrorPath(e.path, proposalBoxes, coSignerBoxes) }))) };
}

/** A service's 422 (an unknown theme, a closed segment, a quota) as form errors; null for any other error. */
export function appErrorsToForm(locale: Locale, err: unknown, values: SubmissionFormValues): Errors | null {
  if (err instanceof AppError && err.type === "validation-failed") {
    const { proposalBoxes, coSignerBoxes } = toApiInput(values);
    return errorsByField(locale, (err.errors ?? []).map((e) => ({ ...e, path: formErrorPath(e.path, proposalBoxes, coSignerBoxes) })));
  }
  return null;
}

/** The form's `Idempotency-Key`, when it has the shape the form renders (a random token). */
export function formIdempotencyKey(values: SubmissionFormValues): string | undefined {
  return values.idempotencyKey && /^[A-Za-z0-9_-]{20,100}$/.test(values.idempotencyKey) ? values.idempotencyKey : undefined;
}
