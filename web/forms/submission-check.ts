import * as v from "valibot";
import type { Errors } from "../components/form";
import { checkForm, serviceFormErrors, type Checked } from "./check";
import type { Locale } from "../../worker/i18n";
import { formErrorPath, toApiInput, type SubmissionFormValues } from "./submission";

/** Validates form values with the API's schema; errors come back keyed by form field. */
export function validateForm<S extends v.GenericSchema>(locale: Locale, schema: S, values: SubmissionFormValues, extra: Record<string, unknown> = {}): Checked<v.InferOutput<S>> {
  const { input, proposalBoxes, coSignerBoxes } = toApiInput(values);
  return checkForm(locale, schema, { ...input, ...extra }, (path) => formErrorPath(path, proposalBoxes, coSignerBoxes));
}

/** A service's 422 (an unknown theme, a closed segment, a quota) as form errors; null for any other error. */
export function appErrorsToForm(locale: Locale, err: unknown, values: SubmissionFormValues): Errors | null {
  const { proposalBoxes, coSignerBoxes } = toApiInput(values);
  return serviceFormErrors(locale, err, (path) => formErrorPath(path, proposalBoxes, coSignerBoxes));
}

/** The form's `Idempotency-Key`, when it has the shape the form renders (a random token). */
export function formIdempotencyKey(values: SubmissionFormValues): string | undefined {
  return values.idempotencyKey && /^[A-Za-z0-9_-]{20,100}$/.test(values.idempotencyKey) ? values.idempotencyKey : undefined;
}
