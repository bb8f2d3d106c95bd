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
  version?: string;
  /** Random per form render: a double-clicked submit creates one statement. */
  idempotencyKey?: string;
};

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
    version: str(body, "version") || undefined,
    idempotencyKey: str(body, "idempotencyKey") || undefined,
  };
}

/**
 * The API body for these values: empty optional fields left out, empty proposal boxes dropped.
 * Proposal indexes are kept in a map so errors can be shown on the box they belong to.
 */
export function toApiInput(values: SubmissionFormValues): { input: Record<string, unknown>; proposalBoxes: number[] } {
  const proposalBoxes: number[] = [];
  const proposals = values.proposals.flatMap((p, i) => {
    if (p.text.trim() === "") return [];
    proposalBoxes.push(i);
    return [{ text: p.text, themes: p.themes }];
  });
  // A box left empty, or holding only invisible characters (a pasted zero-width space), is left out.
  const optional = (s: string) => (hasVisibleText(s) ? s : undefined);
  return {
    proposalBoxes,
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
    },
  };
}

/** Maps API error paths (`proposals.1.text`) back to the form's box numbering. */
export function formErrorPath(path: string, proposalBoxes: number[]): string {
  return path.replace(/^proposals\.(\d+)/, (_, i: string) => `proposals.${proposalBoxes[Number(i)] ?? i}`);
}
