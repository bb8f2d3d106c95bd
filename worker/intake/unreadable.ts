import { english, type ErrorKey, type Localizable, type MessageVars } from "../i18n/messages.ts";

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

/**
 * The text a reader got out of a document: one string per page, plus parts dropped on the way
 * (DOCX headers, footers) and the footnotes' and endnotes' text (without their reference marks),
 * which intake adds at the end of the statement's text. `joined`: PDF lines the reader already
 * joined from a paragraph's wrapped lines (text in newspaper columns), which cleaning must not take
 * for the page's line width.
 */
export type ExtractedDocument = { pages: string[]; dropped: string[]; notes?: string[]; joined?: string[] };

/** Bounds that keep one request's CPU and memory small whatever the upload holds. */
export const LIMITS = {
  maxPages: 300,
  maxTextChars: 200_000,
  maxXmlBytes: 24 * 1024 * 1024,
  maxZipEntries: 5_000,
  /**
   * PDF streams, measured before pdf.js runs (pdf-budget.ts): everything the decoders produce, all
   * streams together. Set by pdf.js's cost, not the upload's size: reading decoded content costs it
   * up to ~330 ms per MiB (text drawn off the page, measured under Node), so 48 MiB stays near 16 s,
   * within the Workers 30 s CPU default, and the pre-scan itself under half a second. A statement is
   * far below (the fixtures: under 20 KiB each; 60 dense pages: about 1 MiB); only a PDF with
   * several page-sized lossless (Flate) images comes near it.
   */
  maxPdfInflatedBytes: 48 * 1024 * 1024,
  /**
   * One stream, decoded. pdf.js holds a whole decoded stream in a buffer it grows by doubling (a
   * 24 MiB stream: a 32 MiB buffer, 48 MiB while it grows), within the isolate's 128 MB beside the
   * upload itself. A page-wide image at Word's 220 ppi is about 14 MB decoded.
   */
  maxPdfStreamBytes: 24 * 1024 * 1024,
  /** Streams in the file (a page's content, a font, an image, an object stream each). */
  maxPdfStreams: 20_000,
  /** Indirect objects declared (top-level and in object streams); cross-reference stream entries up to 4× this. */
  maxPdfObjects: 250_000,
};
