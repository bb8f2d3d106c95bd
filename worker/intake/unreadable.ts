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
};
