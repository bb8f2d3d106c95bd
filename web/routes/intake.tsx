import { Hono, type Context } from "hono";
import { randomToken } from "../../worker/auth/crypto";
import { attachmentKeyExists } from "../../worker/db/attachments";
import { COUNTRY_CODES } from "../../worker/domain/countries";
import { SubmissionCreate } from "../../worker/domain/schemas";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { AppError } from "../../worker/http/errors";
import { turnstileFormError } from "../../worker/http/turnstile";
import type { IntakeAnalysis } from "../../worker/intake/index";
import { analyseBytes, intakeContext, readUpload } from "../../worker/intake/request";
import { claimHeld, holdDocument, pendingKey, storeDocument, TOKEN_PATTERN } from "../../worker/services/documents";
import { createSubmission } from "../../worker/services/submissions";
import type { Errors } from "../components/form";
import { STATEMENT_LANGUAGES } from "../components/submission-form";
import type { IntakeReview } from "../components/intake";
import { emptyForm, parseSubmissionForm, type SubmissionFormValues } from "../forms/submission";
import { appErrorsToForm, formIdempotencyKey, validateForm } from "../forms/submission-check";
import { t } from "../../worker/i18n";
import { errorMessage } from "../../worker/i18n/errors";
import { SubmitPage } from "../pages/submit";
import { submissionFormChoices } from "./shared";

type C = Context<AppEnv>;

/** The submission form's values from what intake read; only values the form can hold are used. */
function prefill(a: IntakeAnalysis, segments: { slug: string }[]): SubmissionFormValues {
  const r = a.result;
  const country = r.organization?.country && COUNTRY_CODES.has(r.organization.country) ? r.organization.country : "";
  const segment = r.segment && segments.some((s) => s.slug === r.segment) ? r.segment : segments.length === 1 ? segments[0]!.slug : "";
  return emptyForm({
    segment,
    organization: { name: r.organization?.name ?? "", acronym: (r.organization?.acronym ?? "").slice(0, 20), country, type: "ngo", website: "" },
    speaker: { name: r.speaker?.name ?? "", role: r.speaker?.role ?? "" },
    language: STATEMENT_LANGUAGES.includes(a.language) ? a.language : "en",
    title: r.title ?? "",
    text: r.text,
    deliveredOn: r.deliveredOn ?? "",
    proposals: r.proposals.length ? r.proposals.map((p) => ({ text: p.text, themes: p.themes })) : [{ text: "", themes: [] }],
    themes: r.themes,
    idempotencyKey: randomToken(),
  });
}

function uploadError(c: C, err: unknown): Errors | null {
  if (!(err instanceof AppError)) return null;
  const locale = c.get("locale");
  if (err.type === "payload-too-large") return { file: t(locale, "intake.error.tooLarge") };
  if (err.type === "unsupported-media-type") return { file: t(locale, "intake.error.type") };
  if (err.type === "validation-failed" && err.errors?.some((e) => e.path === "file" && e.text?.key === "err.upload.missing")) return { file: t(locale, "intake.error.missing") };
  if (err.type === "validation-failed" || err.type === "bad-request") {
    const detail = errorMessage(locale, err.errors?.[0] ?? { message: err.message, text: err.text });
    return { file: t(locale, "intake.error.unreadable", { detail }) };
  }
  return null;
}

/** "Fill from a document" on /submit: read the upload, hold the original, render the form pre-filled. */
export const intakePages = new Hono<AppEnv>();

intakePages.post("/intake/extract", async (c) => {
  const user = c.get("user")!;
  const form = await submissionFormChoices(c);
  const render = (status: 200 | 400 | 413 | 415 | 422, extra: Parameters<typeof SubmitPage>[0] | null, errors: Errors = {}) => {
    c.status(status);
    return c.render(<SubmitPage {...(extra ?? { values: { ...emptyForm(), idempotencyKey: randomToken() }, errors: {}, ...form, uploadErrors: errors })} />, { title: t(c.get("locale"), "submit.title") });
  };
  try {
    const upload = await readUpload(c.req.raw);
    const { analysis, kind } = await analyseBytes(upload.bytes, await intakeContext(c.env.DB));
    const held = await holdDocument(c.env.DOCUMENTS, user.id, upload.bytes, kind, upload.filename, new Date());
    const review: IntakeReview = { filename: held.filename, proposals: analysis.result.proposals.length, removed: analysis.result.removed, pii: analysis.result.pii, why: analysis.why };
    return render(200, { values: prefill(analysis, form.segments), errors: {}, ...form, action: "/intake/submit", hidden: { document: held.token }, review });
  } catch (err) {
    const errors = uploadError(c, err);
    if (!errors) throw err;
    const status = err instanceof AppError ? (err.status as 400 | 413 | 415 | 422) : 422;
    return render(status, null, errors);
  }
});

intakePages.post("/intake/submit", async (c) => {
  const user = c.get("user")!;
  const body = await c.req.parseBody({ all: true });
  const values = parseSubmissionForm(body);
  const token = typeof body.document === "string" && TOKEN_PATTERN.test(body.document) ? body.document : null;
  const held = token ? await c.env.DOCUMENTS.head(pendingKey(token)) : null;
  const render = async (errors: Errors, status: 200 | 409 | 422 | 503, keep = true) => {
    c.status(status);
    const keepToken = keep && token && held;
    return c.render(
      <SubmitPage
        values={values}
        errors={errors}
        {...await submissionFormChoices(c)}
        action={keepToken ? "/intake/submit" : "/submit"}
        hidden={keepToken ? { document: token } : undefined}
        attached={keepToken ? held.customMetadata?.filename : undefined}
        uploadErrors={errors.file ? { file: errors.file } : undefined}
      />,
      { title: t(c.get("locale"), "submit.title") },
    );
  };
  if (body.intent === "add-cosigner") {
    values.coSigners = [...(values.coSigners ?? []), { name: "", acronym: "", country: "", email: "" }];
    return render({}, 200);
  }
  if (body.intent === "add-proposal") {
    values.proposals.push({ text: "", themes: [] });
    return render({}, 200);
  }
  const checked = validateForm(c.get("locale"), SubmissionCreate, values);
  if (!checked.ok) return render(checked.errors, 422);
  const human = await turnstileFormError(c.env, body, c.req.header("cf-connecting-ip"));
  if (human) return render({ turnstile: t(c.get("locale"), human.message) }, human.status);

  const now = new Date();
  const claimed = token ? await claimHeld(c.env.DOCUMENTS, user.id, token, now) : null;
  if (token && !claimed) return render({ file: t(c.get("locale"), "intake.error.expired") }, 422, false);
  const attachment = claimed ? await storeDocument(c.env.DOCUMENTS, claimed.bytes, claimed.attachment) : undefined;
  try {
    const outcome = await createSubmission(c.env, user, checked.output, { idempotencyKey: formIdempotencyKey(values), rawBody: JSON.stringify(checked.output), locale: c.get("locale"), attachment });
    // A replayed submission (double click) attached the first copy; this one is not needed.
    if (attachment && !(await attachmentKeyExists(c.env.DB, attachment.r2Key))) await c.env.DOCUMENTS.delete(attachment.r2Key);
    if (token) await c.env.DOCUMENTS.delete(pendingKey(token));
    deliverSoon(c);
    return c.redirect(`/my/submissions/${outcome.body.reference}?notice=received`, 303);
  } catch (err) {
    if (attachment) await c.env.DOCUMENTS.delete(attachment.r2Key);
    const errors = appErrorsToForm(c.get("locale"), err, values);
    if (errors) return render(errors, 422);
    throw err;
  }
});
