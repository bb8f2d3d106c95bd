import { detectPii, type PiiFinding } from "../domain/pii.ts";
import { clean } from "./clean.ts";
import { extractDocx } from "./extract-docx.ts";
import { extractPdf } from "./extract-pdf.ts";
import { decodeText, type DocumentKind } from "./sniff.ts";
import { blend, suggestLearned, type ThemeModel } from "./learned.ts";
import { proposalHeadings } from "./theme-context.ts";
import { buildLexicon, proposalThemes, statementThemes, themeEvidence, topicalThemes, withHeading, type ExtraKeyword, type ThemeMatch } from "./themes.ts";
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

/** `model`: themes learned from published proposals' tags (`learned.ts`), blended with the lexicon. */
export type IntakeContext = { segments: readonly SegmentRef[]; themes: Iterable<string>; keywords?: readonly ExtraKeyword[]; model?: ThemeModel | null };

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
  const known = new Set(context.themes);
  const lexicon = buildLexicon(known, context.keywords);
  // The segment intake suggests is context: a proposal for the dialogue on firearms that speaks of "weapons" is about firearms control.
  const themeContext = { topical: topicalThemes(context.segments.find((s) => s.slug === understood.segment)?.topics).filter((t) => known.has(t)) };
  // The topic heading a proposal stands under ("On victim protection:") says which sense its weak words have.
  const headings = proposalHeadings(understood.text, understood.proposals);
  const perProposal = understood.proposals.map((p, i) => {
    const words = withHeading(proposalThemes(p, lexicon, themeContext), p, headings[i] ?? null, lexicon);
    return context.model ? blend(words, suggestLearned(context.model, p, known), themeEvidence(p, lexicon)) : words;
  });
  const overall = statementThemes(understood.text.slice(0, 100_000), perProposal, lexicon, themeContext);
  return {
    language: understood.language,
    why: { statement: overall, proposals: perProposal },
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

const NOTES_HEADING: Record<string, string> = { en: "Notes", fr: "Notes", es: "Notas" };

/** The text, then its notes under a "Notes" heading (in the statement's language), one a line. */
export function withNotes(text: string, notes: readonly string[], language: string): string {
  const kept = [...new Set(notes.map((n) => n.replace(/\s+/g, " ").trim()))].filter((n) => n !== "" && !text.includes(n));
  return kept.length ? `${text}\n\n${NOTES_HEADING[language] ?? "Notes"}\n${kept.join("\n")}` : text;
}
