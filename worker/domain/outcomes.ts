import * as v from "valibot";
import { REFERENCE_PATTERN } from "./reference";

/** Outcomes: request bodies, paragraph anchors and URLs, and what a change of links means for each statement. */

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const OutcomeTitle = v.pipe(v.string("Give the summary's title."), v.trim(), v.minLength(3, "The title needs at least 3 characters."), v.maxLength(300, "The title can have at most 300 characters."));
export const OutcomeDate = v.pipe(v.string("Give the date the summary was published (YYYY-MM-DD)."), v.check(isDate, "Give the date the summary was published as YYYY-MM-DD."));
export const OutcomeUrl = v.nullish(
  v.pipe(v.string("Give the address as text."), v.trim(), v.maxLength(2000, "The address can have at most 2,000 characters."), v.regex(/^https?:\/\/\S+$/, "Give a web address starting with https://.")),
);

/** JSON body of `POST /segments/{slug}/outcome`: the summary's text, read like an uploaded document. */
export const OutcomeTextBody = v.strictObject({
  title: OutcomeTitle,
  publishedOn: OutcomeDate,
  url: OutcomeUrl,
  text: v.pipe(v.string("Give the summary's text."), v.minLength(1, "Give the summary's text."), v.maxLength(200_000, "The text can have at most 200,000 characters.")),
});

/** The multipart fields beside `file`: all optional, taken from the document when absent. */
export const OutcomeUploadFields = v.strictObject({
  title: v.optional(OutcomeTitle),
  publishedOn: v.optional(OutcomeDate),
  url: OutcomeUrl,
});

/** A paragraph label: "12" or "12(a)"; numbers are accepted too (`12`). */
export const ParagraphLabel = v.pipe(
  v.union([v.pipe(v.number(), v.integer(), v.minValue(1)), v.string()], "Give the paragraph as its label, e.g. \"12\" or \"12(a)\"."),
  v.transform((x) => String(x).replace(/\s+/g, "")),
  v.regex(/^\d{1,4}(?:\([a-z]\))?$/, "Give the paragraph as its label, e.g. \"12\" or \"12(a)\"."),
);

export const LinksBody = v.strictObject({
  links: v.pipe(
    v.array(
      v.strictObject({
        reference: v.pipe(v.string("Give the statement's reference."), v.regex(REFERENCE_PATTERN, "Give a reference like CD-7K3M-Q9XA.")),
        proposal: v.pipe(v.number("Give the proposal's number."), v.integer("Give the proposal's number."), v.minValue(1, "Give the proposal's number.")),
        paragraph: ParagraphLabel,
      }),
      "Give a list of links.",
    ),
    v.maxLength(5000, "At most 5,000 links per segment."),
  ),
});
export type LinkInput = v.InferOutput<typeof LinksBody>["links"][number];

/** `12(a)` → `para-12a`: the id of the paragraph on `/segments/{slug}/outcome`. */
export function paragraphAnchor(number: string): string {
  return `para-${number.replace(/[^0-9a-z]/gi, "")}`;
}

export function outcomePath(slug: string): string {
  return `/segments/${slug}/outcome`;
}

export function outcomeParagraphUrl(origin: string, slug: string, paragraph: string): string {
  return `${origin}${outcomePath(slug)}#${paragraphAnchor(paragraph)}`;
}

type Keyed = { submissionId: number; proposal: number; paragraph: string };

/**
 * Per statement, the proposals whose paragraphs changed between two sets of links, as history
 * changes: `{ "proposals.2.outcome": { from: ["12"], to: ["12", "14(a)"] } }`.
 */
export function linkChanges(before: readonly Keyed[], after: readonly Keyed[]): Map<number, Record<string, { from: string[]; to: string[] }>> {
  const group = (links: readonly Keyed[]) => {
    const m = new Map<string, string[]>();
    for (const l of links) m.set(`${l.submissionId}:${l.proposal}`, [...(m.get(`${l.submissionId}:${l.proposal}`) ?? []), l.paragraph]);
    return m;
  };
  const a = group(before);
  const b = group(after);
  const out = new Map<number, Record<string, { from: string[]; to: string[] }>>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const from = [...new Set(a.get(key) ?? [])].sort(byParagraph);
    const to = [...new Set(b.get(key) ?? [])].sort(byParagraph);
    if (from.join("|") === to.join("|")) continue;
    const [submissionId, proposal] = key.split(":").map(Number) as [number, number];
    out.set(submissionId, { ...(out.get(submissionId) ?? {}), [`proposals.${proposal}.outcome`]: { from, to } });
  }
  return out;
}

/** "2" < "12" < "12(a)" < "12(b)". */
export function byParagraph(x: string, y: string): number {
  const [, xn = "0", xl = ""] = /^(\d+)(?:\(([a-z])\))?/.exec(x) ?? [];
  const [, yn = "0", yl = ""] = /^(\d+)(?:\(([a-z])\))?/.exec(y) ?? [];
  return Number(xn) - Number(yn) || (xl < yl ? -1 : xl > yl ? 1 : 0);
}

/**
 * After a replaced document: where each old paragraph's links go. A link follows its paragraph's
 * exact text (spacing aside) to its new label; a paragraph whose text changed loses its links.
 */
export function carryLinks(oldParagraphs: readonly { number: string; text: string }[], newParagraphs: readonly { number: string; text: string }[]): Map<string, string> {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  const byText = new Map<string, string>();
  for (const p of newParagraphs) if (!byText.has(norm(p.text))) byText.set(norm(p.text), p.number);
  const out = new Map<string, string>();
  for (const p of oldParagraphs) {
    const sameLabel = newParagraphs.find((n) => n.number === p.number && norm(n.text) === norm(p.text));
    const target = sameLabel?.number ?? byText.get(norm(p.text));
    if (target) out.set(p.number, target);
  }
  return out;
}
