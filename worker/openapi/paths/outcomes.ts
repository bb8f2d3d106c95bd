import * as v from "valibot";
import { LinksBody, OutcomeTextBody } from "../../domain/outcomes";
import { register } from "../registry";
import { DateOut } from "../responses";

/** Response shapes of outcomes (API.md "Outcomes"); the tests parse real responses with them. */
const Label = v.pipe(v.string(), v.description('The document\'s own paragraph label: "12", or "12(a)" for a sub-paragraph.'));
export const OutcomeOut = v.strictObject({
  title: v.string(),
  publishedOn: DateOut,
  url: v.nullable(v.string()),
  paragraphs: v.array(v.strictObject({ number: Label, text: v.string() })),
});
export const SuggestionsOut = v.strictObject({
  items: v.array(
    v.strictObject({
      reference: v.string(),
      proposal: v.pipe(v.number(), v.integer()),
      candidates: v.array(
        v.strictObject({
          paragraph: Label,
          score: v.pipe(v.number(), v.description("BM25 score of the paragraph for the proposal's words; higher is better.")),
          why: v.pipe(v.array(v.string()), v.description("The proposal's words found in the paragraph, strongest first.")),
        }),
      ),
    }),
  ),
});
export const LinksOut = v.strictObject({
  links: v.array(v.strictObject({ reference: v.string(), proposal: v.pipe(v.number(), v.integer()), paragraph: Label })),
});
export const PublicOutcomeOut = v.strictObject({
  segment: v.strictObject({ slug: v.string(), title: v.string() }),
  title: v.string(),
  publishedOn: DateOut,
  url: v.nullable(v.string()),
  paragraphs: v.array(
    v.strictObject({
      number: Label,
      text: v.string(),
      url: v.pipe(v.string(), v.description("The paragraph on the page /segments/{slug}/outcome (#para-12, #para-12a).")),
      proposals: v.array(
        v.strictObject({
          reference: v.string(),
          proposal: v.pipe(v.number(), v.integer()),
          text: v.string(),
          organization: v.strictObject({ name: v.string(), acronym: v.nullable(v.string()) }),
          url: v.string(),
        }),
      ),
    }),
  ),
});

const slug = [{ name: "slug", description: "The segment's slug." }];

register("/api/v1/segments/{slug}/outcome", "post", {
  summary: "Attach (or replace) the segment's outcome: the Chair's summary or the working group's report",
  tags: ["outcomes"],
  auth: "staff",
  path: slug,
  body: OutcomeTextBody,
  rawBody: {
    contentType: "multipart/form-data",
    description:
      "Either multipart/form-data with a `file` (PDF, DOCX or plain text, at most 20 MiB, read and refused as intake reads statements) and optional " +
      "`title`, `publishedOn` (YYYY-MM-DD) and `url` (taken from the document's first lines when absent), or JSON `{ title, publishedOn, url?, text }`. " +
      'Paragraphs keep the document\'s own numbering ("12."; sub-paragraphs "(a)" as "12(a)"); a document without numbering is numbered 1, 2, 3…. ' +
      "Replacing the outcome keeps each confirmed link whose paragraph text is unchanged (following it to its new label) and drops the others, " +
      "recording the change in the statements' history. Both a first attachment and a replacement answer 201.",
    schema: {
      type: "object",
      required: ["file"],
      properties: { file: { type: "string", format: "binary" }, title: { type: "string" }, publishedOn: { type: "string", format: "date" }, url: { type: "string" } },
      additionalProperties: false,
    },
  },
  responses: { 201: { description: "The outcome as read.", schema: OutcomeOut, headers: { Location: "The public outcome, /api/v1/segments/{slug}/outcome." } } },
  errors: [400, 401, 403, 404, 413, 415, 422],
});
register("/api/v1/segments/{slug}/outcome", "get", {
  summary: "The segment's outcome, each paragraph with the published proposals linked to it",
  tags: ["outcomes"],
  path: slug,
  responses: { 200: { description: "The outcome.", schema: PublicOutcomeOut } },
  errors: [404],
});
register("/api/v1/moderation/outcomes/{slug}/suggestions", "get", {
  summary: "For each published proposal of the segment, the outcome paragraphs most likely to reflect it",
  tags: ["outcomes"],
  auth: "staff",
  path: slug,
  responses: {
    200: {
      description: "Up to five candidates per proposal, best first (BM25 over the paragraphs, English, French and Spanish words folded to common stems; docs/outcomes.md).",
      schema: SuggestionsOut,
    },
  },
  errors: [401, 403, 404],
});
register("/api/v1/moderation/outcomes/{slug}/links", "put", {
  summary: "Set the segment's confirmed links between proposals and outcome paragraphs",
  tags: ["outcomes"],
  auth: "staff",
  path: slug,
  body: LinksBody,
  responses: {
    200: {
      description:
        "The links now confirmed: exactly the set sent (a proposal may link to several paragraphs). Each statement whose links changed gets an `outcome_linked` " +
        "history event; each submitter whose first proposal of this segment is linked gets one email listing their linked proposals, never a second one.",
      schema: LinksOut,
    },
  },
  errors: [400, 401, 403, 404, 413, 415, 422],
});
