import * as v from "valibot";
import type { Draft } from "../../worker/db/submissions";
import type { RecentSpeaker } from "../../worker/db/profiles";
import { DraftCreate, DraftPatch } from "../../worker/domain/schemas";
import { hasVisibleText } from "../../worker/domain/visible-text";
import type { Errors } from "../components/form";
import { checkForm } from "./check";
import type { Locale } from "../../worker/i18n";
import { emptyForm, formErrorPath, type SubmissionFormValues } from "./submission";

type FormBody = Record<string, string | File | (string | File)[]>;

/** A draft's form values: missing fields as empty boxes. */
export function formFromDraft(d: Draft): SubmissionFormValues {
  return emptyForm({
    segment: d.segment?.slug ?? "",
    organization: {
      name: d.organization?.name ?? "",
      acronym: d.organization?.acronym ?? "",
      country: d.organization?.country ?? "",
      type: d.organization?.type ?? "ngo",
      website: d.organization?.website ?? "",
    },
    speaker: { name: d.speaker?.name ?? "", role: d.speaker?.role ?? "" },
    language: d.language ?? "en",
    title: d.title ?? "",
    text: d.text ?? "",
    deliveredOn: d.deliveredOn ?? "",
    proposals: d.proposals.length > 0 ? d.proposals.map((p) => ({ text: p.text, themes: p.themes })) : [{ text: "", themes: [] }],
    themes: d.themes,
    coSigners: d.coSigners.map((c) => ({ name: c.name, acronym: c.acronym ?? "", country: c.country, email: c.email })),
    version: String(d.version),
  });
}

/**
 * The draft body for these values: only what was typed (a box left empty, or holding only invisible
 * characters, is missing), so saving a draft checks nothing but the segment and what is there.
 */
function toDraftInput(values: SubmissionFormValues): { input: Record<string, unknown>; proposalBoxes: number[]; coSignerBoxes: number[] } {
  const given = (s: string) => (hasVisibleText(s) ? s : undefined);
  const proposalBoxes: number[] = [];
  const proposals = values.proposals.flatMap((p, i) => {
    if (!hasVisibleText(p.text)) return [];
    proposalBoxes.push(i);
    return [{ text: p.text, themes: p.themes }];
  });
  const country = given(values.organization.country)?.trim().toUpperCase();
  // Co-signer rows as a submission's (a wholly empty row is left out); absent when the form showed none, so the draft keeps its list.
  const coSignerBoxes: number[] = [];
  const coSigners = values.coSigners?.flatMap((c, i) => {
    if (![c.name, c.acronym, c.country, c.email].some(hasVisibleText)) return [];
    coSignerBoxes.push(i);
    return [{ name: c.name, acronym: given(c.acronym), country: c.country.trim().toUpperCase(), email: c.email }];
  });
  return {
    proposalBoxes,
    coSignerBoxes,
    input: {
      segment: values.segment,
      organization: {
        name: given(values.organization.name),
        acronym: given(values.organization.acronym),
        country,
        // The type select always has a value: it counts only next to something typed.
        type: given(values.organization.name) || country ? given(values.organization.type) : undefined,
        website: given(values.organization.website),
      },
      speaker: { name: given(values.speaker.name), role: given(values.speaker.role) },
      language: given(values.language),
      title: given(values.title),
      text: given(values.text),
      deliveredOn: given(values.deliveredOn),
      proposals,
      themes: values.themes,
      ...(coSigners ? { coSigners } : {}),
    },
  };
}

/** Validates a draft's form: the segment, and each typed field within its limits. `version` for an existing draft. */
export function validateDraftForm(locale: Locale, values: SubmissionFormValues, version?: number): { ok: true; output: v.InferOutput<typeof DraftPatch> } | { ok: false; errors: Errors } {
  const { input, proposalBoxes, coSignerBoxes } = toDraftInput(values);
  const field = (path: string) => formErrorPath(path, proposalBoxes, coSignerBoxes);
  const result = version === undefined ? checkForm(locale, DraftCreate, { ...input, draft: true }, field) : checkForm(locale, DraftPatch, { ...input, version }, field);
  if (!result.ok) return result;
  const { draft: _d, ...output } = result.output as v.InferOutput<typeof DraftCreate>;
  return { ok: true, output: { ...output, version: version ?? 1 } };
}

/**
 * The speaker: the one typed, if any; otherwise the one picked from the recent speakers
 * (`speakerChoice` = its index). Works without JavaScript: the server applies the choice.
 */
export function applySpeakerChoice(values: SubmissionFormValues, body: FormBody, speakers: readonly RecentSpeaker[]): SubmissionFormValues {
  if (hasVisibleText(values.speaker.name)) return values;
  const choice = typeof body.speakerChoice === "string" ? body.speakerChoice : "";
  const picked = /^\d{1,2}$/.test(choice) ? speakers[Number(choice)] : undefined;
  return picked ? { ...values, speaker: { name: picked.name, role: picked.role ?? "" } } : values;
}
