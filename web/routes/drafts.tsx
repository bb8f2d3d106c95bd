import { Hono, type Context } from "hono";
import { getOrganizationProfile, listRecentSpeakers } from "../../worker/db/profiles";
import { getSegmentBySlug } from "../../worker/db/segments";
import { isDraftRow, type StoredDraft } from "../../worker/db/submissions";
import { isReference } from "../../worker/domain/reference";
import { OrganizationProfileBody, SubmissionCreate } from "../../worker/domain/schemas";
import { isoNow } from "../../worker/domain/time";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { checkForm, isProblem } from "../forms/check";
import { editDraft, loadOwnAny, submitDraft } from "../../worker/services/drafts";
import { saveProfile } from "../../worker/services/profiles";
import type { Errors } from "../components/form";
import { applySpeakerChoice, formFromDraft, validateDraftForm } from "../forms/draft";
import { parseSubmissionForm, type SubmissionFormValues } from "../forms/submission";
import { appErrorsToForm, validateForm } from "../forms/submission-check";
import { t } from "../../worker/i18n";
import { MyOrganizationPage, type OrganizationFormValues } from "../pages/my-organization";
import { renderDraft } from "./core";
import { notFound } from "./guards";
import { submissionFormChoices } from "./shared";

type C = Context<AppEnv>;

/** Drafts' check-and-submit step and the saved organization's page (`/my/organization`). */
export const draftPages = new Hono<AppEnv>();

/** The owner's draft, or null when it is not a draft (someone else's or an unknown one is a 404, thrown). */
async function ownDraft(c: C, reference: string): Promise<StoredDraft | null> {
  const found = await loadOwnAny(c.env.DB, c.get("user")!, reference);
  return isDraftRow(found) ? found : null;
}

async function renderCheck(c: C, draft: StoredDraft, form: { values: SubmissionFormValues; errors: Errors; speakerChoice?: string }, notice?: string) {
  const segment = draft.segment ? await getSegmentBySlug(c.env.DB, draft.segment.slug, isoNow()) : null;
  return renderDraft(c, draft, await submissionFormChoices(c), segment, form, notice, true);
}

/** Every missing or invalid field of the form at once, as the submit would find them. */
function checkDraft(c: C, values: SubmissionFormValues): Errors {
  const checked = validateForm(c.get("locale"), SubmissionCreate, values);
  return checked.ok ? {} : checked.errors;
}

draftPages.get("/my/submissions/:reference/submit", async (c) => {
  const reference = c.req.param("reference");
  const draft = isReference(reference) ? await ownDraft(c, reference) : null;
  if (!draft) throw notFound();
  if (draft.status !== "draft") return c.redirect(`/my/submissions/${reference}`, 303);
  const values = formFromDraft(draft);
  const profile = await getOrganizationProfile(c.env.DB, draft.ownerId);
  if (!draft.organization && profile) {
    values.organization = { name: profile.name, acronym: profile.acronym ?? "", country: profile.country, type: profile.type, website: profile.website ?? "" };
  }
  // A missing organization is filled from the saved one, as the API's submit does.
  return renderCheck(c, draft, { values, errors: checkDraft(c, values) });
});

draftPages.post("/my/submissions/:reference/submit", async (c) => {
  const user = c.get("user")!;
  const reference = c.req.param("reference");
  const draft = isReference(reference) ? await ownDraft(c, reference) : null;
  if (!draft) throw notFound();
  const body = await c.req.parseBody({ all: true });
  const speakerChoice = typeof body.speakerChoice === "string" ? body.speakerChoice : undefined;
  const values = applySpeakerChoice(parseSubmissionForm(body), body, await listRecentSpeakers(c.env.DB, user.id));
  const version = Number(values.version);
  if (body.intent === "add-proposal") {
    values.proposals.push({ text: "", themes: [] });
    return renderCheck(c, draft, { values, errors: {}, speakerChoice });
  }
  const errors = checkDraft(c, values);
  if (Object.keys(errors).length > 0) {
    c.status(422);
    return renderCheck(c, draft, { values, errors, speakerChoice });
  }
  try {
    // The form as shown is saved first (it stays a draft), then submitted: one version apart.
    const saved = validateDraftForm(c.get("locale"), values, Number.isInteger(version) ? version : 0);
    if (!saved.ok) {
      c.status(422);
      return renderCheck(c, draft, { values, errors: saved.errors, speakerChoice });
    }
    const edited = await editDraft(c.env, user, reference, saved.output, { replace: true });
    await submitDraft(c.env, user, reference, edited.version, c.get("locale"));
    deliverSoon(c);
    return c.redirect(`/my/submissions/${reference}?notice=received`, 303);
  } catch (err) {
    if (isProblem(err, "conflict")) {
      c.status(409);
      const fresh = await ownDraft(c, reference);
      if (!fresh || fresh.status !== "draft") return c.redirect(`/my/submissions/${reference}`, 303);
      return renderCheck(c, fresh, { values: formFromDraft(fresh), errors: {} }, t(c.get("locale"), "submission.conflict"));
    }
    const formErrors = appErrorsToForm(c.get("locale"), err, values);
    if (formErrors) {
      c.status(422);
      const fresh = (await ownDraft(c, reference)) ?? draft;
      values.version = String(fresh.version);
      return renderCheck(c, fresh, { values, errors: formErrors, speakerChoice });
    }
    throw err;
  }
});

const str = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");

async function renderOrganization(c: C, values: OrganizationFormValues, errors: Errors, saved: boolean, notice?: string) {
  const speakers = await listRecentSpeakers(c.env.DB, c.get("user")!.id);
  return c.render(<MyOrganizationPage values={values} errors={errors} saved={saved} speakers={speakers} notice={notice} />, { title: t(c.get("locale"), "profile.title") });
}

draftPages.get("/my/organization", async (c) => {
  const user = c.get("user")!;
  const profile = await getOrganizationProfile(c.env.DB, user.id);
  const values = profile
    ? { name: profile.name, acronym: profile.acronym ?? "", country: profile.country, type: profile.type, website: profile.website ?? "" }
    : { name: "", acronym: "", country: "", type: "ngo", website: "" };
  return renderOrganization(c, values, {}, !!profile, c.req.query("notice") === "saved" ? t(c.get("locale"), "profile.saved") : undefined);
});

draftPages.post("/my/organization", async (c) => {
  const user = c.get("user")!;
  const body = await c.req.parseBody();
  const values: OrganizationFormValues = { name: str(body, "name"), acronym: str(body, "acronym"), country: str(body, "country"), type: str(body, "type"), website: str(body, "website") };
  const optional = (s: string) => (s.trim() === "" ? undefined : s);
  const result = checkForm(c.get("locale"), OrganizationProfileBody, {
    name: values.name, acronym: optional(values.acronym), country: values.country.trim().toUpperCase(), type: values.type, website: optional(values.website),
  });
  if (!result.ok) {
    c.status(422);
    return renderOrganization(c, values, result.errors, (await getOrganizationProfile(c.env.DB, user.id)) !== null);
  }
  await saveProfile(c.env.DB, user, result.output);
  return c.redirect("/my/organization?notice=saved", 303);
});
