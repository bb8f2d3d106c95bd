import { detectPii, type PiiFinding } from "../domain/pii.ts";
import { clean } from "./clean.ts";
import { extractDocx } from "./extract-docx.ts";
import { extractPdf } from "./extract-pdf.ts";
import { decodeText, type DocumentKind } from "./sniff.ts";
import { blend, LEARNED, suggestLearned, thresholdsOf, type ThemeModel } from "./learned.ts";
import { proposalHeadings } from "./theme-context.ts";
import { buildLexicon, HEADING, LIKELIEST_FLOOR, NEIGHBOUR_FLOOR, proposalThemes, statementThemes, themeEvidence, topicalThemes, withHeading, withLikeliest, withNeighbours, type ExtraKeyword, type NearTheme, type ThemeMatch } from "./themes.ts";
import { understand } from "./understand.ts";
import { LIMITS, UnreadableDocument, type ExtractedDocument } from "./unreadable.ts";
import type { SegmentRef } from "./segments.ts";

/** Intake: a statement document in, the fields of a submission out (API.md "Intake"). Reads only; stores nothing. */
export type IntakeResult = {
  text: string;
  title: string | null;
  organization: { name: string; acronym: string | null; country: string | null } | null;
  speaker: { name: string; role: string | null } | null;
  deliveredOn: string | null;
  segment: string | null;
  proposals: { number: number; text: string; themes: string[] }[];
  themes: string[];
  removed: string[];
  pii: PiiFinding[];
};

/** The result plus what the form shows but the API does not return: the language, and why each theme was suggested. */
export type IntakeAnalysis = { result: IntakeResult; language: string; why: { statement: ThemeMatch[]; proposals: ThemeMatch[][] } };

/**
 * `model`: themes learned from published proposals' tags (`learned.ts`); `seed`: the model shipped
 * with the portal, learned from reference statements (`seed.ts`). Their counts are added and the
 * result blended with the lexicon.
 */
export type IntakeContext = { segments: readonly SegmentRef[]; themes: Iterable<string>; keywords?: readonly ExtraKeyword[]; model?: ThemeModel | null; seed?: ThemeModel | null };

export async function extractDocument(bytes: Uint8Array, kind: DocumentKind): Promise<ExtractedDocument> {
  if (kind === "pdf") return extractPdf(bytes);
  if (kind === "docx") return extractDocx(bytes);
  const text = decodeText(bytes);
  if (text === null) throw new UnreadableDocument("damaged", "err.document.encoding");
  return { pages: [text], dropped: [] };
}

export function analyse(doc: ExtractedDocument, kind: DocumentKind, context: IntakeContext): IntakeAnalysis {
  const notes = doc.notes ?? [];
  const size = [...doc.pages, ...notes].reduce((n, p) => n + p.length, 0);
  if (size > LIMITS.maxTextChars) throw new UnreadableDocument("too-complex", "err.document.tooManyChars", { max: LIMITS.maxTextChars }, { max: LIMITS.maxTextChars.toLocaleString("en") });
  const cleaned = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: kind === "pdf" ? true : undefined, paged: kind === "pdf", joined: doc.joined });
  if (cleaned.text.trim().length === 0) throw new UnreadableDocument("no-text", "err.document.noText");
  const read = understand(cleaned.text, cleaned.removed, context.segments, notes);
  // Footnotes are part of what the NGO said: kept at the end of the text, after everything the
  // statement's heading, signature and proposals were read from (so no note lands in a proposal).
  const understood = { ...read, text: withNotes(read.text, notes, read.language) };
  const why = suggestThemes(understood.text, understood.proposals, understood.segment, context);
  const { statement: overall, proposals: perProposal } = why;
  return {
    language: understood.language,
    why,
    result: {
      text: understood.text,
      title: understood.title,
      organization: understood.organization,
      speaker: understood.speaker,
      deliveredOn: understood.deliveredOn,
      segment: understood.segment,
      proposals: understood.proposals.map((text, i) => ({ number: i + 1, text, themes: perProposal[i]!.map((m) => m.slug).sort() })),
      themes: overall.map((m) => m.slug).sort(),
      removed: [...cleaned.removed, ...read.dropped.filter((l) => !cleaned.removed.includes(l))],
      pii: detectPii([...doc.pages, ...doc.dropped, ...notes].join("\n")),
    },
  };
}

/**
 * The themes of a statement read (its text, proposals and suggested segment) and of each of its
 * proposals, with why: the lexicon, the heading each proposal stands under, the segment's topic,
 * and the learned model(s). `eval:intake` calls it too, to measure other models on the same reading.
 */
export function suggestThemes(text: string, proposals: readonly string[], segment: string | null, context: IntakeContext): { statement: ThemeMatch[]; proposals: ThemeMatch[][] } {
  const known = new Set(context.themes);
  const lexicon = buildLexicon(known, context.keywords);
  // The segment intake suggests is context: a proposal for the dialogue on firearms that speaks of "weapons" is about firearms control.
  const themeContext = { topical: topicalThemes(context.segments.find((s) => s.slug === segment)?.topics).filter((t) => known.has(t)) };
  // The topic heading a proposal stands under ("On victim protection:") says which sense its weak words have.
  const headings = proposalHeadings(text, proposals);
  const models = context.model || context.seed ? { seed: context.seed ?? null, moderators: context.model ?? null } : null;
  // Learned themes below their threshold but at least `NEIGHBOUR_FLOOR`, per proposal, for `withNeighbours` (round 39),
  // or `LIKELIEST_FLOOR` for `withLikeliest` (round 43).
  const near: NearTheme[][] = [];
  const own = proposals.map((p, i) => {
    const heading = headings[i] ?? null;
    const words = withHeading(proposalThemes(p, lexicon, themeContext), p, heading, lexicon);
    if (!models) return words;
    // A learned theme needs a word of its theme beside it: in the proposal, or (since round 14) in
    // the topic heading it stands under, which says what the proposal is about ("heading: <word>").
    const evidence = themeEvidence(p, lexicon);
    if (heading) for (const [slug, terms] of themeEvidence(heading, lexicon)) if (!evidence.has(slug)) evidence.set(slug, terms.map((t) => `${HEADING}: ${t}`));
    const learned = suggestLearned(models, p, known, Math.min(NEIGHBOUR_FLOOR, LIKELIEST_FLOOR));
    near[i] = learned.map((m) => ({ ...m, terms: m.terms.map((t) => `${LEARNED}${t}`) }));
    return blend(words, learned.filter((m) => m.probability >= thresholdsOf(m.slug).threshold), evidence);
  });
  const perProposal = models ? withLikeliest(withNeighbours(own, near), near) : own;
  return { statement: statementThemes(text.slice(0, 100_000), perProposal, lexicon, themeContext), proposals: perProposal };
}

const NOTES_HEADING: Record<string, string> = { en: "Notes", fr: "Notes", es: "Notas" };

/** The text, then its notes under a "Notes" heading (in the statement's language), one a line. */
export function withNotes(text: string, notes: readonly string[], language: string): string {
  const kept = [...new Set(notes.map((n) => n.replace(/\s+/g, " ").trim()))].filter((n) => n !== "" && !text.includes(n));
  return kept.length ? `${text}\n\n${NOTES_HEADING[language] ?? "Notes"}\n${kept.join("\n")}` : text;
}
