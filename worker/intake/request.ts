import { AppError, keyedError } from "../http/errors";
import { english, fieldError, type Localizable, type MessageVars } from "../i18n/messages";
import { readLimited } from "../http/validate";
import { listSegments } from "../db/segments";
import { existingThemeSlugs } from "../db/themes";
import { listThemeKeywords } from "../db/theme-keywords";
import { loadThemeModel } from "../db/theme-model";
import { themeSeed } from "./seed";
import { isoNow } from "../domain/time";
import { analyse, extractDocument, type IntakeAnalysis, type IntakeContext } from "./index";
import { sniff, type DocumentKind } from "./sniff";
import { LIMITS, UnreadableDocument } from "./unreadable";
import { clean } from "./clean";

/** The HTTP side of intake, shared by the API and the /submit page: read the upload within limits, then analyse it. */
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
// Multipart framing and the other form fields on top of the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

export type Upload = { bytes: Uint8Array; filename: string; fields: Record<string, string> };

/** Reads a multipart/form-data body with a `file`; 413 past 20 MiB, 400 if unparseable, 422 without a file. */
export async function readUpload(req: Request): Promise<Upload> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) throw keyedError("unsupported-media-type", "err.upload.mediaType");
  const body = await readLimited(req, UPLOAD_LIMIT + MULTIPART_OVERHEAD);
  let form: FormData;
  try {
    form = await new Request("http://upload.invalid/", { method: "POST", headers: { "content-type": type }, body }).formData();
  } catch {
    throw keyedError("bad-request", "err.document.unparseable");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw keyedError("validation-failed", "err.request.invalid", {}, { errors: [fieldError("file", "err.upload.missing")] });
  if (file.size > UPLOAD_LIMIT) throw keyedError("payload-too-large", "err.upload.tooLarge");
  const fields: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string") fields[k] = v;
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, fields };
}

export async function intakeContext(db: D1Database): Promise<IntakeContext> {
  const [segments, themes, keywords, model] = await Promise.all([listSegments(db, isoNow()), existingThemeSlugs(db), listThemeKeywords(db), loadThemeModel(db)]);
  return { segments, themes, keywords: keywords.map((k) => ({ theme: k.theme, term: k.term })), model, seed: themeSeed() };
}

function unreadable(text: Localizable, englishVars: MessageVars = {}): AppError {
  const message = english(text.key, text.vars, englishVars);
  return new AppError("validation-failed", message, { errors: [{ path: "file", message, text }], text });
}

/** The document's own English message (as the API has always sent it) with its key for the pages. */
function unreadableDocument(err: UnreadableDocument): AppError {
  return new AppError("validation-failed", err.message, { errors: [{ path: "file", message: err.message, text: err.text }], text: err.text });
}

/** Decides the type by content (415 if none we read) and analyses it; a document that cannot be read is 422, never 5xx. */
export async function analyseBytes(bytes: Uint8Array, context: IntakeContext): Promise<{ analysis: IntakeAnalysis; kind: DocumentKind }> {
  if (bytes.length === 0) throw unreadable({ key: "err.document.empty", vars: {} });
  const kind = sniff(bytes);
  if (!kind) throw keyedError("unsupported-media-type", "err.upload.kind");
  try {
    const doc = await extractDocument(bytes, kind);
    return { analysis: analyse(doc, kind, context), kind };
  } catch (err) {
    if (err instanceof UnreadableDocument) throw unreadableDocument(err);
    if (err instanceof AppError) throw err;
    // A reader library failing on a hostile file is the file's problem, not a server error.
    console.warn(JSON.stringify({ level: "warn", message: "intake could not read a document", kind, error: err instanceof Error ? err.message : String(err) }));
    throw unreadable({ key: "err.document.unreadable", vars: {} });
  }
}

export function analyseText(text: string, context: IntakeContext): IntakeAnalysis {
  try {
    return analyse({ pages: [text], dropped: [] }, "text", context);
  } catch (err) {
    if (err instanceof UnreadableDocument) throw unreadableDocument(err);
    throw err;
  }
}

/**
 * The cleaned text of a document (letterheads, page numbers, footers removed), read and refused
 * exactly as intake reads a statement: for documents that are not statements (outcomes).
 */
export async function readDocumentText(bytes: Uint8Array): Promise<{ text: string; kind: DocumentKind }> {
  if (bytes.length === 0) throw unreadable({ key: "err.document.empty", vars: {} });
  const kind = sniff(bytes);
  if (!kind) throw keyedError("unsupported-media-type", "err.upload.kind");
  try {
    const doc = await extractDocument(bytes, kind);
    const size = doc.pages.reduce((n, p) => n + p.length, 0);
    if (size > LIMITS.maxTextChars) throw new UnreadableDocument("too-complex", "err.document.tooManyChars", { max: LIMITS.maxTextChars }, { max: LIMITS.maxTextChars.toLocaleString("en") });
    const text = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: kind === "pdf" ? true : undefined, paged: kind === "pdf", joined: doc.joined }).text;
    if (text.trim() === "") throw new UnreadableDocument("no-text", "err.document.noText");
    return { text, kind };
  } catch (err) {
    if (err instanceof UnreadableDocument) throw unreadableDocument(err);
    if (err instanceof AppError) throw err;
    console.warn(JSON.stringify({ level: "warn", message: "could not read an outcome document", kind, error: err instanceof Error ? err.message : String(err) }));
    throw unreadable({ key: "err.document.unreadable", vars: {} });
  }
}
