import * as v from "valibot";
import { SubmissionCreate } from "../../domain/schemas";
import * as res from "../responses-archive";
import { REFERENCE_PARAM, register } from "../registry";
import { PUBLIC_CACHE_CONTROL } from "../../http/public-cache";

const { coSigners: _coSigners, ...importEntries } = SubmissionCreate.entries;

/** The public archive: search, one statement, CSV, Atom, and the staff import of historical statements. */

const TAGS = ["public archive"];
const many = (what: string) => `${what} Repeat the parameter for several values (any of them matches); an unknown value matches nothing.`;
export const FILTERS = [
  { name: "segment", description: many("Segment slug.") },
  { name: "theme", description: many("Theme slug, on the statement or on any of its proposals.") },
  { name: "topic", description: many("Working-group topic of the statement's segment.") },
  { name: "country", description: many("Organization's country, ISO 3166-1 alpha-2.") },
  { name: "organization", description: many("Organization slug (as in /organizations/{slug}, e.g. 42-grupo-oceano): statements it wrote or co-signed (confirmed co-signers only).") },
  { name: "campaign", description: many("Campaign id (CC-XXXX-XXXX): the published near-identical statements of one campaign (a summary's `campaign.id`).") },
  { name: "language", description: many("Language tag of the statement.") },
  { name: "year", description: many("Year of deliveredOn, else of the segment's date.") },
];
export const Q = {
  name: "q",
  description:
    'Words (all must match, English stemming, accents ignored), "quoted phrases", prefix* and -excluded words or phrases. Chinese, Japanese, Korean and Arabic terms match as substrings. Any other character is searched as text; no query fails. A query that is exactly a reference (CD-XXXX-XXXX, any case) finds that statement.',
};
const SORT = { name: "sort", description: "relevance (bm25, title weighted above text; the default with q) or newest (by publishedAt; the default without q).", schema: { type: "string", enum: ["relevance", "newest"] } };
const CURSOR = { name: "cursor", description: "The nextCursor of the previous page (same q and sort)." };
export const CACHING = "Public: carries ETag (304 on If-None-Match) and Cache-Control; the ETag changes whenever a statement is published or changed.";
/** The response headers of every cached public answer (`worker/http/public-cache.ts`). */
export const CACHE_HEADERS = {
  ETag: "Weak validator of this answer (W/\"…\"); it changes whenever the archive changes (a statement published, corrected, unpublished, co-signed…). Send it back in If-None-Match.",
  "Cache-Control": PUBLIC_CACHE_CONTROL,
};
/** The request header that turns a cached public answer into a 304. */
export const IF_NONE_MATCH = { name: "If-None-Match", description: "The ETag of an earlier answer: 304 Not Modified (no body) while it still matches." };

register("/api/v1/statements", "get", {
  summary: "Search published statements",
  tags: TAGS,
  query: [Q, ...FILTERS, SORT, { name: "limit", description: "Page size, 1–100 (default 20).", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } }, CURSOR],
  headers: [IF_NONE_MATCH],
  responses: {
    200: {
      description: `A page of statement summaries, the total, and facet counts (each facet computed with its own filter left out). \`snippet\` is HTML-escaped text with matches in <mark>. ${CACHING}`,
      schema: res.StatementSearchOut,
      headers: CACHE_HEADERS,
    },
    304: { description: "Not modified (If-None-Match matched)." },
  },
  errors: [400, 429],
});

register("/api/v1/statements.csv", "get", {
  summary: "Export published statements as CSV",
  tags: TAGS,
  query: [Q, ...FILTERS, SORT, { name: "limit", description: "Rows, 1–5000 (default 5000).", schema: { type: "integer", minimum: 1, maximum: 5000, default: 5000 } }, CURSOR],
  headers: [IF_NONE_MATCH],
  responses: {
    200: {
      description: `RFC 4180 CSV (UTF-8 with a byte-order mark, CRLF, header row): reference, title, organization, acronym, country, speaker, segment, segment_title, themes (separated by ;), language, delivered_on, published_at, url, organization_slug, co_signers (the confirmed co-signers, "Name (ACR, KE)" separated by ;), outcome (the URLs of the Chair's summary paragraphs the statement's proposals are linked to, separated by "; "). Cells that would start with = + - @ tab or CR are prefixed with '. ${CACHING}`,
      contentType: "text/csv",
      schema: v.pipe(v.string(), v.description("CSV text")),
      headers: CACHE_HEADERS,
    },
    304: { description: "Not modified." },
  },
  errors: [400, 429],
});

register("/api/v1/proposals.csv", "get", {
  summary: "Export the proposals of published statements as CSV",
  tags: TAGS,
  query: [Q, ...FILTERS, SORT, { name: "limit", description: "Statements, 1–5000 (default 5000); each gives one row per proposal.", schema: { type: "integer", minimum: 1, maximum: 5000, default: 5000 } }, CURSOR],
  headers: [IF_NONE_MATCH],
  responses: {
    200: {
      description: `RFC 4180 CSV (UTF-8 with a byte-order mark, CRLF, header row), one row per proposal of the matching statements, in the statements' order: reference, proposal (its number), title, organization, country (ISO 3166-1 alpha-2), segment (slug), deliveredOn, themes (labels separated by "; "), text, url (the statement's page with #p<number>), outcome (URLs of linked outcome paragraphs separated by "; "; empty when none). Cells that would start with = + - @ tab or CR are prefixed with '. ${CACHING}`,
      contentType: "text/csv",
      schema: v.pipe(v.string(), v.description("CSV text")),
      headers: CACHE_HEADERS,
    },
    304: { description: "Not modified." },
  },
  errors: [400, 429],
});

register("/api/v1/statements/{reference}", "get", {
  summary: "One published statement",
  tags: TAGS,
  path: [REFERENCE_PARAM],
  headers: [IF_NONE_MATCH],
  responses: {
    200: { description: `The statement, without private fields (no emails, no moderation notes), with its \`corrections\`. ${CACHING}`, schema: res.PublicStatementOut, headers: CACHE_HEADERS },
    304: { description: "Not modified." },
    410: { description: "Unpublished by staff: a problem with `reference` and the `publicNote` for readers (never the text).", schema: res.GoneOut, contentType: "application/problem+json" },
  },
  errors: [404],
});

register("/api/v1/statements/import", "post", {
  summary: "Import historical statements as published (staff)",
  tags: TAGS,
  auth: "staff",
  body: v.strictObject({
    // As the server reads it (worker/api/statements.ts): no `coSigners`, nobody is asked to co-sign a statement delivered long ago.
    statements: v.pipe(v.array(v.strictObject({ ...importEntries, publishedAt: v.optional(v.pipe(v.string(), v.description("ISO 8601 UTC; default now."))) })), v.minLength(1), v.maxLength(100)),
  }),
  responses: { 201: { description: "Filed as published, each with its history events and search index entry; no email is sent.", schema: res.StatementImportOut } },
  errors: [400, 401, 403, 413, 415, 422],
});

register("/feeds/statements.atom", "get", {
  summary: "Atom 1.0 feed of the newest published statements",
  tags: TAGS,
  query: [Q, ...FILTERS, { name: "limit", description: "Entries, 1–100 (default 50).", schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } }],
  headers: [IF_NONE_MATCH],
  responses: { 200: { description: `Atom 1.0, newest first, with the same filters as the search. ${CACHING}`, contentType: "application/atom+xml", schema: v.pipe(v.string(), v.description("Atom XML")), headers: CACHE_HEADERS }, 304: { description: "Not modified." } },
  errors: [400, 429],
});
