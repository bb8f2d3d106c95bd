import * as v from "valibot";
import { IntakeTextBody, ThemeKeywordsBody } from "../../domain/intake-schemas";
import { REFERENCE_PARAM, register } from "../registry";
import { DateOut, Int, TimeOut } from "../responses";

/** Response shapes of intake; the tests parse real responses with them. */
export const IntakeOut = v.strictObject({
  text: v.string(),
  title: v.nullable(v.string()),
  organization: v.nullable(v.strictObject({ name: v.string(), acronym: v.nullable(v.string()), country: v.nullable(v.string()) })),
  speaker: v.nullable(v.strictObject({ name: v.string(), role: v.nullable(v.string()) })),
  deliveredOn: v.nullable(DateOut),
  segment: v.nullable(v.string()),
  proposals: v.array(v.strictObject({ number: Int, text: v.string(), themes: v.array(v.string()) })),
  themes: v.array(v.string()),
  removed: v.array(v.string()),
  pii: v.array(v.strictObject({ kind: v.picklist(["email", "phone", "address"]), value: v.string() })),
});

const Lexicon = v.strictObject({ en: v.array(v.string()), fr: v.array(v.string()), es: v.array(v.string()) });
export const ThemeKeywordsOut = v.strictObject({
  theme: v.string(),
  builtIn: Lexicon,
  items: v.array(v.strictObject({ term: v.string(), language: v.string(), createdBy: v.string(), createdAt: TimeOut })),
});

register("/api/v1/intake/extract", "post", {
  summary: "Read a statement document and suggest the submission's fields",
  tags: ["intake"],
  auth: "user",
  body: IntakeTextBody,
  rawBody: {
    contentType: "multipart/form-data",
    description:
      "Either multipart/form-data with one `file` (PDF, DOCX or plain text, at most 20 MiB; the type is decided by the bytes, not the name), or JSON `{ text }`. " +
      "Nothing is stored. Unknown values are null. `removed` lists the repeated letterhead and footer lines dropped; `pii` the personal data found in the whole document.",
    schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } }, additionalProperties: false },
  },
  responses: { 200: { description: "What the document says, ready to pre-fill a submission.", schema: IntakeOut } },
  errors: [400, 401, 413, 415, 422, 429],
});

register("/api/v1/admin/themes/{slug}/keywords", "get", {
  summary: "The theme's intake lexicon: built-in words and admins' keywords",
  tags: ["administration"],
  auth: "admin",
  path: [{ name: "slug", description: "The theme's slug." }],
  responses: { 200: { description: "The lexicon.", schema: ThemeKeywordsOut } },
  errors: [401, 403, 404],
});
register("/api/v1/admin/themes/{slug}/keywords", "put", {
  summary: "Replace the keywords admins added to a theme's intake lexicon",
  tags: ["administration"],
  auth: "admin",
  path: [{ name: "slug", description: "The theme's slug." }],
  body: ThemeKeywordsBody,
  responses: { 200: { description: "The lexicon now in force. A trailing * matches any word ending.", schema: ThemeKeywordsOut } },
  errors: [400, 401, 403, 404, 413, 415, 422],
});

const documentResponse = { description: "The original document as uploaded (Content-Disposition: attachment).", contentType: "application/octet-stream" };
register("/api/v1/submissions/{reference}/document", "get", {
  summary: "The original document of a submission (its owner, drafts included, or staff)",
  tags: ["submissions"],
  auth: "user",
  path: [REFERENCE_PARAM],
  responses: { 200: documentResponse },
  errors: [401, 404],
});
register("/api/v1/statements/{reference}/document", "get", {
  summary: "The original document of a published statement, when staff made it public",
  tags: ["archive"],
  path: [REFERENCE_PARAM],
  responses: { 200: documentResponse },
  errors: [404],
});
