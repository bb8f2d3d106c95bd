import { OutcomeUploadFields } from "../domain/outcomes";
import { AppError } from "../http/errors";
import { parseWith } from "../http/validate";
import { readDocumentText, readUpload } from "../intake/request";

/** Reads the summary from the request: an uploaded document (multipart) or JSON text. */
export async function outcomeInput(req: Request, contentType: string) {
  if (contentType.startsWith("multipart/form-data")) {
    const upload = await readUpload(req);
    const fields = parseWith(OutcomeUploadFields, Object.fromEntries(Object.entries(upload.fields).filter(([, value]) => value.trim() !== "")));
    const { text, kind } = await readDocumentText(upload.bytes);
    return { text, source: kind, title: fields.title, publishedOn: fields.publishedOn, url: fields.url ?? null };
  }
  throw new AppError("unsupported-media-type", "Send the summary as multipart/form-data with a `file` field, or JSON { title, publishedOn, url?, text }.");
}
