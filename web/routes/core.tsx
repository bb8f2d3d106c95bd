import { Hono, type Context } from "hono";
import { randomToken } from "../../worker/auth/crypto";
import { listSegments } from "../../worker/db/segments";
import { isDraftRow, listLatestPublished, listOwnSubmissions, submissionView, type Draft, type StoredDraft } from "../../worker/db/submissions";
import { isReference } from "../../worker/domain/reference";
import { isEditable } from "../../worker/domain/status";
import { SubmissionCreate, SubmissionPatch } from "../../worker/domain/schemas";
import { isoNow } from "../../worker/domain/time";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { isProblem } from "../forms/check";
import { turnstileFormError } from "../../worker/http/turnstile";
import { createSubmission, editSubmission } from "../../worker/services/submissions";
import { createDraft, draftContentFromInput, editDraft, loadOwnAny, withdrawOwn } from "../../worker/services/drafts";
import { coSignerEntries } from "../../worker/services/cosign";
import { getOrganizationProfile, listRecentSpeakers } from "../../worker/db/profiles";
import { getSegmentBySlug } from "../../worker/db/segments";
import { applySpeakerChoice, formFromDraft, validateDraftForm } from "../forms/draft";
import { DraftPage } from "../pages/draft";
import type { Errors } from "../components/form";
import { emptyForm, formFromSubmission, parseSubmissionForm, type SubmissionFormValues } from "../forms/submission";
import { appErrorsToForm, formIdempotencyKey, validateForm } from "../forms/submission-check";
import { t } from "../../worker/i18n";
import { HomePage } from "../pages/home";
import { MySubmissionPage, MySubmissionsPage } from "../pages/my-submissions";
import { WithdrawConfirmPage } from "../pages/withdraw-confirm";
import { notFound } from "./guards";
import { submissionFormChoices } from "./shared";
import { SubmitPage } from "../pages/submit";

type C = Context<AppEnv>;

/** The submitter's journey: home, submit, list, view, edit, withdraw. */
export const corePages = new Hono<AppEnv>();
const pages = corePages;

pages.get("/", async (c) => {
  const segments = await listSegments(c.env.DB, isoNow());
  const latest = await listLatestPublished(c.env.DB, 8);
  return c.render(<HomePage open={segments.filter((s) => s.status === "open")} latest={latest} />, { title: t(c.get("locale"), "nav.home") });
});

pages.get("/submit", async (c) => {
  const choices = await submissionFormChoices(c);
  const segment = c.req.query("segment");
  const user = c.get("user")!;
  const [profile, speakers] = await Promise.all([getOrganizationProfile(c.env.DB, user.id), listRecentSpeakers(c.env.DB, user.id)]);
  const values = emptyForm({ segment: choices.segments.some((s) => s.slug === segment) ? segment : choices.segments.length === 1 ? choices.segments[0]!.slug : "" });
  // The form starts from the saved organization and the most recent speaker.
  if (profile) values.organization = { name: profile.name, acronym: profile.acronym ?? "", country: profile.country, type: profile.type, website: profile.website ?? "" };
  values.idempotencyKey = randomToken();
  return c.render(<SubmitPage values={values} errors={{}} {...choices} speakers={speakers} speakerChoice={speakers.length > 0 ? "0" : undefined} fromProfile={!!profile} />, {
    title: t(c.get("locale"), "submit.title"),
  });
});

pages.post("/submit", async (c) => {
  const user = c.get("user")!;
  const body = await c.req.parseBody({ all: true });
  const speakers = await listRecentSpeakers(c.env.DB, user.id);
  const values = applySpeakerChoice(parseSubmissionForm(body), body, speakers);
  const speakerChoice = typeof body.speakerChoice === "string" ? body.speakerChoice : undefined;
  const render = async (errors: Errors, status: 200 | 422 | 503) => {
    c.status(status);
    return c.render(<SubmitPage values={values} errors={errors} {...await submissionFormChoices(c)} speakers={speakers} speakerChoice={speakerChoice} />, { title: t(c.get("locale"), "submit.title") });
  };
  if (body.intent === "add-cosigner") {
    values.coSigners = [...(values.coSigners ?? []), { name: "", acronym: "", country: "", email: "" }];
    return render({}, 200);
  }
  if (body.intent === "add-proposal") {
    values.proposals.push({ text: "", themes: [] });
    return render({}, 200);
  }
  if (body.intent === "draft") {
    // "Save as draft": only the segment is needed; nothing is sent.
    const draft = validateDraftForm(c.get("locale"), values);
    if (!draft.ok) return render(draft.errors, 422);
    try {
      const { version: _v, coSigners, ...fields } = draft.output;
      const key = formIdempotencyKey(values);
      const outcome = await createDraft(c.env, user, draftContentFromInput(fields), {
        idempotencyKey: key ? `draft-${key}` : undefined,
        rawBody: JSON.stringify(draft.output),
        locale: c.get("locale"),
        coSigners: coSignerEntries(coSigners ?? []),
      });
      return c.redirect(`/my/submissions/${outcome.body.reference}?notice=draft`, 303);
    } catch (err) {
      const errors = appErrorsToForm(c.get("locale"), err, values);
      if (errors) return render(errors, 422);
      throw err;
    }
  }
  const checked = validateForm(c.get("locale"), SubmissionCreate, values);
  if (!checked.ok) return render(checked.errors, 422);
  const human = await turnstileFormError(c.env, body, c.req.header("cf-connecting-ip"));
  if (human) return render({ turnstile: t(c.get("locale"), human.message) }, human.status);
  try {
    const outcome = await createSubmission(c.env, user, checked.output, { idempotencyKey: formIdempotencyKey(values), rawBody: JSON.stringify(checked.output), locale: c.get("locale") });
    deliverSoon(c);
    return c.redirect(`/my/submissions/${outcome.body.reference}?notice=received`, 303);
  } catch (err) {
    const errors = appErrorsToForm(c.get("locale"), err, values);
    if (errors) return render(errors, 422);
    throw err;
  }
});

pages.get("/my/submissions", async (c) => {
  const user = c.get("user")!;
  const items = (await listOwnSubmissions(c.env.DB, user.id, 100, null)).map(submissionView);
  return c.render(<MySubmissionsPage items={items} />, { title: t(c.get("locale"), "my.title") });
});

async function renderOwn(c: C, reference: string, form?: { values: SubmissionFormValues; errors: Errors; speakerChoice?: string }, notice?: string) {
  const user = c.get("user")!;
  const found = await loadOwnAny(c.env.DB, user, reference);
  const choices = await submissionFormChoices(c);
  const segment = found.segment ? await getSegmentBySlug(c.env.DB, found.segment.slug, isoNow()) : null;
  if (isDraftRow(found)) return renderDraft(c, found, choices, segment, form, notice);
  const submission = submissionView(found);
  // The submission's own segment stays selectable even once closed.
  if (!choices.segments.some((s) => s.slug === submission.segment.slug)) {
    const all = await listSegments(c.env.DB, isoNow());
    const own = all.find((s) => s.slug === submission.segment.slug);
    if (own) choices.segments.unshift(own);
  }
  const themeLabels = Object.fromEntries(choices.themes.map((th) => [th.slug, th.label]));
  const values = form?.values ?? formFromSubmission(submission);
  if (form?.values) values.version = String(submission.version);
  return c.render(<MySubmissionPage submission={submission} segment={segment} notice={notice} themeLabels={themeLabels} form={{ values, errors: form?.errors ?? {}, ...choices }} />, {
    title: submission.title ?? reference,
  });
}

type Choices = Awaited<ReturnType<typeof submissionFormChoices>>;

/** A draft's page (also a withdrawn one): its form, with the owner's recent speakers, and what happens next. */
export async function renderDraft(
  c: C,
  draft: StoredDraft,
  choices: Choices,
  segment: Awaited<ReturnType<typeof getSegmentBySlug>>,
  form?: { values: SubmissionFormValues; errors: Errors; speakerChoice?: string },
  notice?: string,
  check = false,
) {
  const speakers = await listRecentSpeakers(c.env.DB, c.get("user")!.id);
  // The draft's own segment stays selectable even before it opens.
  if (segment && !choices.segments.some((s) => s.slug === segment.slug)) choices.segments.unshift(segment);
  const values = form?.values ?? formFromDraft(draft);
  values.version = String(draft.version);
  const view = submissionView(draft) as Draft;
  return c.render(<DraftPage draft={view} segment={segment} notice={notice} check={check} form={{ values, errors: form?.errors ?? {}, ...choices, speakers, speakerChoice: form?.speakerChoice ?? "new" }} />, {
    title: check ? t(c.get("locale"), "drafts.checkTitle", { title: draft.title ?? t(c.get("locale"), "drafts.untitled") }) : (draft.title ?? t(c.get("locale"), "drafts.untitled")),
  });
}

const NOTICES = { received: "my.received", saved: "my.saved", withdrawn: "my.withdrawn", draft: "drafts.saved", profile: "profile.saved" } as const;

pages.get("/my/submissions/:reference", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference)) throw notFound();
  const notice = c.req.query("notice");
  const key = notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  return renderOwn(c, reference, undefined, key ? t(c.get("locale"), key, { reference }) : undefined);
});

pages.post("/my/submissions/:reference", async (c) => {
  const user = c.get("user")!;
  const reference = c.req.param("reference");
  if (!isReference(reference)) throw notFound();
  const body = await c.req.parseBody({ all: true });
  const values = applySpeakerChoice(parseSubmissionForm(body), body, await listRecentSpeakers(c.env.DB, user.id));
  const speakerChoice = typeof body.speakerChoice === "string" ? body.speakerChoice : undefined;
  if (body.intent === "add-cosigner") {
    values.coSigners = [...(values.coSigners ?? []), { name: "", acronym: "", country: "", email: "" }];
    return renderOwn(c, reference, { values, errors: {}, speakerChoice });
  }
  if (body.intent === "add-proposal") {
    values.proposals.push({ text: "", themes: [] });
    return renderOwn(c, reference, { values, errors: {}, speakerChoice });
  }
  const version = Number(values.version);
  const current = await loadOwnAny(c.env.DB, user, reference);
  if (current.status === "draft") return saveDraftForm(c, reference, values, Number.isInteger(version) ? version : 0, speakerChoice);
  const checked = validateForm(c.get("locale"), SubmissionPatch, values, { version: Number.isInteger(version) ? version : 0 });
  if (!checked.ok) {
    c.status(422);
    return renderOwn(c, reference, { values, errors: checked.errors });
  }
  try {
    await editSubmission(c.env, user, reference, checked.output);
    return c.redirect(`/my/submissions/${reference}?notice=saved`, 303);
  } catch (err) {
    if (isProblem(err, "conflict")) {
      c.status(409);
      return renderOwn(c, reference, undefined, t(c.get("locale"), "submission.conflict"));
    }
    const errors = appErrorsToForm(c.get("locale"), err, values);
    if (errors) {
      c.status(422);
      return renderOwn(c, reference, { values, errors });
    }
    throw err;
  }
});

/** Withdrawing asks first: this page, then a post with `confirm=yes`. Once decided there is nothing to withdraw. */
async function renderWithdrawConfirm(c: C, reference: string) {
  const user = c.get("user")!;
  const submission = submissionView(await loadOwnAny(c.env.DB, user, reference));
  if (!isEditable(submission.status)) return c.redirect(`/my/submissions/${reference}`, 303);
  return c.render(<WithdrawConfirmPage submission={submission} />, { title: t(c.get("locale"), "submission.withdrawTitle") });
}

pages.get("/my/submissions/:reference/withdraw", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference)) throw notFound();
  return renderWithdrawConfirm(c, reference);
});

pages.post("/my/submissions/:reference/withdraw", async (c) => {
  const user = c.get("user")!;
  const reference = c.req.param("reference");
  if (!isReference(reference)) throw notFound();
  const body = await c.req.parseBody();
  try {
    // Without the explicit confirmation (an old one-click form, a stray post) it only asks.
    if (body.confirm !== "yes") return await renderWithdrawConfirm(c, reference);
    await withdrawOwn(c.env, user, reference, Number(body.version));
    return c.redirect(`/my/submissions/${reference}?notice=withdrawn`, 303);
  } catch (err) {
    if (isProblem(err, "conflict")) {
      c.status(409);
      return renderOwn(c, reference, undefined, t(c.get("locale"), "submission.conflict"));
    }
    throw err;
  }
});

/** "Save draft": the form as typed (only the segment needed), the draft replaced by it; it stays a draft. */
async function saveDraftForm(c: C, reference: string, values: SubmissionFormValues, version: number, speakerChoice?: string) {
  const checked = validateDraftForm(c.get("locale"), values, version);
  if (!checked.ok) {
    c.status(422);
    return renderOwn(c, reference, { values, errors: checked.errors, speakerChoice });
  }
  try {
    await editDraft(c.env, c.get("user")!, reference, checked.output, { replace: true });
    return c.redirect(`/my/submissions/${reference}?notice=draft`, 303);
  } catch (err) {
    if (isProblem(err, "conflict")) {
      c.status(409);
      return renderOwn(c, reference, undefined, t(c.get("locale"), "submission.conflict"));
    }
    const errors = appErrorsToForm(c.get("locale"), err, values);
    if (errors) {
      c.status(422);
      return renderOwn(c, reference, { values, errors, speakerChoice });
    }
    throw err;
  }
}
