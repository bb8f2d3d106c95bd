import { hasVisibleText } from "../../worker/domain/visible-text";
import type { Submission } from "../../worker/db/submissions";

/** What the submission form holds: strings as typed, so a failed post re-renders them unchanged. */
export type SubmissionFormValues = {
  segment: string;
  organization: { name: string; acronym: string; country: string; type: string; website: string };
  speaker: { name: string; role: string };
  language: string;
  title: string;
  text: string;
  deliveredOn: string;
  proposals: { text: string; themes: string[] }[];
  themes: string[];
  /** Co-signing organizations (rows `coSigners.N.*`); undefined when the form did not show them. */
  coSigners?: CoSignerFormRow[];
  version?: string;
  /** Random per form render: a double-clicked submit creates one statement. */
  idempotencyKey?: string;
};

export type CoSignerFormRow = { name: string; acronym: string; country: string; email: string };

type FormBody = Record<string, string | File | (string | File)[]>;

const str = (body: FormBody, name: string): string => {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" ? first : "";
};
const list = (body: FormBody, name: string): string[] => {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");
};

export function emptyForm(defaults: Partial<SubmissionFormValues> = {}): SubmissionFormValues {
  return {
    segment: "",
    organization: { name: "", acronym: "", country: "", type: "ngo", website: "" },
    speaker: { name: "", role: "" },
    language: "en",
    title: "",
    text: "",
    deliveredOn: "",
    proposals: [{ text: "", themes: [] }],
    themes: [],
    coSigners: [],
    ...defaults,
  };
}

export function formFromSubmission(s: Submission): SubmissionFormValues {
  return {
    segment: s.segment.slug,
    organization: {
      name: s.organization.name,
      acronym: s.organization.acronym ?? "",
      country: s.organization.country,
      type: s.organization.type,
      website: s.organization.website ?? "",
    },
    speaker: { name: s.speaker.name, role: s.speaker.role ?? "" },
    language: s.language,
    title: s.title,
    text: s.text,
    deliveredOn: s.deliveredOn ?? "",
    proposals: s.proposals.map((p) => ({ text: p.text, themes: p.themes })),
    themes: s.themes,
    coSigners: s.coSigners.map((c) => ({ name: c.name, acronym: c.acronym ?? "", country: c.country, email: c.email })),
    version: String(s.version),
  };
}

/** Reads the posted form. Proposal boxes are `proposals.N.text` / `proposals.N.themes`, N from 0. */
export function parseSubmissionForm(body: FormBody): SubmissionFormValues {
  const indexes = new Set<number>();
  for (const key of Object.keys(body)) {
    const m = /^proposals\.(\d{1,2})\.(text|themes)$/.exec(key);
    if (m) indexes.add(Number(m[1]));
  }
  const proposals = [...indexes]
    .sort((a, b) => a - b)
    .slice(0, 60)
    .map((i) => ({ text: str(body, `proposals.${i}.text`), themes: list(body, `proposals.${i}.themes`) }));
  return {
    segment: str(body, "segment"),
    organization: {
      name: str(body, "organization.name"),
      acronym: str(body, "organization.acronym"),
      country: str(body, "organization.country"),
      type: str(body, "organization.type"),
      website: str(body, "organization.website"),
    },
    speaker: { name: str(body, "speaker.name"), role: str(body, "speaker.role") },
    language: str(body, "language"),
    title: str(body, "title"),
    text: str(body, "text"),
    deliveredOn: str(body, "deliveredOn"),
    proposals,
    themes: list(body, "themes"),
    coSigners: parseCoSignerRows(body),
    version: str(body, "version") || undefined,
    idempotencyKey: str(body, "idempotencyKey") || undefined,
  };
}

/** Co-signer rows `coSigners.N.name|acronym|country|email`; the form marks that it showed them with `coSigners.shown`. */
function parseCoSignerRows(body: FormBody): CoSignerFormRow[] | undefined {
  if (body["coSigners.shown"] === undefined) return undefined;
  const indexes = new Set<number>();
  for (const key of Object.keys(body)) {
    const m = /^coSigners\.(\d{1,3})\.(name|acronym|country|email)$/.exec(key);
    if (m) indexes.add(Number(m[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .slice(0, 120)
    .map((i) => ({ name: str(body, `coSigners.${i}.name`), acronym: str(body, `coSigners.${i}.acronym`), country: str(body, `coSigners.${i}.country`), email: str(body, `coSigners.${i}.email`) }));
}

/**
 * The API body for these values: empty optional fields left out, empty proposal boxes dropped.
 * Proposal indexes are kept in a map so errors can be shown on the box they belong to.
 */
export function toApiInput(values: SubmissionFormValues): { input: Record<string, unknown>; proposalBoxes: number[]; coSignerBoxes: number[] } {
  const proposalBoxes: number[] = [];
  const proposals = values.proposals.flatMap((p, i) => {
    if (p.text.trim() === "") return [];
    proposalBoxes.push(i);
    return [{ text: p.text, themes: p.themes }];
  });
  // A box left empty, or holding only invisible characters (a pasted zero-width space), is left out.
  const optional = (s: string) => (hasVisibleText(s) ? s : undefined);
  // A co-signer row left wholly empty is left out, like an empty proposal box.
  const coSignerBoxes: number[] = [];
  const coSigners = values.coSigners?.flatMap((c, i) => {
    if (![c.name, c.acronym, c.country, c.email].some(hasVisibleText)) return [];
    coSignerBoxes.push(i);
    return [{ name: c.name, acronym: optional(c.acronym), country: c.country.trim().toUpperCase(), email: c.email }];
  });
  return {
    proposalBoxes,
    coSignerBoxes,
    input: {
      segment: values.segment,
      organization: {
        name: values.organization.name,
        acronym: optional(values.organization.acronym),
        country: values.organization.country.trim().toUpperCase(),
        type: values.organization.type,
        website: optional(values.organization.website),
      },
      speaker: { name: values.speaker.name, role: optional(values.speaker.role) },
      language: values.language,
      title: values.title,
      text: values.text,
      deliveredOn: optional(values.deliveredOn),
      proposals,
      themes: values.themes,
      ...(coSigners ? { coSigners } : {}),
    },
  };
}

/** Maps API error paths (`proposals.1.text`) back to the form's box numbering. */
export function formErrorPath(path: string, proposalBoxes: number[], coSignerBoxes: number[] = []): string {
  return path
    .replace(/^proposals\.(\d+)/, (_, i: string) => `proposals.${proposalBoxes[Number(i)] ?? i}`)
    .replace(/^coSigners\.(\d+)/, (_, i: string) => `coSigners.${coSignerBoxes[Number(i)] ?? i}`);
}
