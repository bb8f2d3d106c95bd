import { english, type ErrorKey, type Localizable, type MessageVars } from "../http/messages.ts";

/** Why a document could not be read; the API answers 422 with the English message, the pages translate `text`. */
export class UnreadableDocument extends Error {
  readonly reason: "empty" | "encrypted" | "damaged" | "too-complex" | "no-text";
  readonly text: Localizable;
  constructor(reason: UnreadableDocument["reason"], key: ErrorKey, vars: MessageVars = {}, englishVars: MessageVars = {}) {
    super(english(key, vars, englishVars));
    this.reason = reason;
    this.text = { key, vars };
  }
}

/** The text a reader got out of a document: one string per page, plus parts dropped on the way (DOCX headers, footers). */
export type ExtractedDocument = { pages: string[]; dropped: string[] };

/** Bounds that keep one request's CPU and memory small whatever the upload holds. */
export const LIMITS = {
  maxPages: 300,
  maxTextChars: 200_000,
  maxXmlBytes: 24 * 1024 * 1024,
  maxZipEntries: 5_000,
  /**
   * PDF streams, measured before pdf.js runs (pdf-budget.ts). All decoded output together: 8× the
   * 20 MiB upload limit, far above a statement (the fixtures inflate to under 100 KiB; a text-heavy
   * 300-page PDF to a few MiB) and small enough to decode in about a second.
   */
  maxPdfInflatedBytes: 160 * 1024 * 1024,
  /** One stream, decoded: 2× the upload limit (pdf.js holds a whole decoded stream in memory). */
  maxPdfStreamBytes: 40 * 1024 * 1024,
  /** Streams in the file (a page's content, a font, an image, an object stream each). */
  maxPdfStreams: 20_000,
  /** Indirect objects declared (top-level and in object streams); cross-reference stream entries up to 4× this. */
  maxPdfObjects: 250_000,
};
