import { FACETS, type After, type FilterName, type Filters, type SearchParams, type Sort } from "../db/archive";
import { referenceFromQuery } from "../domain/reference";
import { isEmptyQuery, searchQuery } from "../domain/search-query";
import { decodeCursor, encodeCursor } from "./cursor";
import { keyedError, type FieldError } from "./errors";
import { fieldError } from "../i18n/messages";

export const FILTER_NAMES: readonly FilterName[] = [...FACETS, "organization", "campaign"];
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 100;

export type ArchiveInput = SearchParams & { q: string };

function bad(errors: FieldError[]): never {
  throw keyedError("bad-request", "err.query.malformed", {}, { errors });
}

/**
 * The archive's query string (API.md "Public archive"), shared by the JSON API, CSV, Atom and the
 * pages. Filters may repeat (`theme=a&theme=b`: either); unknown filter values simply match
 * nothing; an empty value is absent. `limit` outside its range, an unknown `sort` or a malformed `cursor` → 400.
 */
export function parseArchiveParams(url: URL, options: { defaultLimit?: number; maxLimit?: number } = {}): ArchiveInput {
  const sp = url.searchParams;
  const errors: FieldError[] = [];
  const q = (sp.get("q") ?? "").trim();
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(sp.getAll(name).map((v) => v.trim()).filter(Boolean))];
    if (values.length > MAX_VALUES) errors.push(fieldError(name, "err.filter.max", { max: MAX_VALUES, name }));
    else if (values.some((v) => v.length > MAX_VALUE_LENGTH)) errors.push(fieldError(name, "err.filter.tooLong", { max: MAX_VALUE_LENGTH, name }));
    else if (values.length) filters[name] = values;
  }
  const maxLimit = options.maxLimit ?? 100;
  const rawLimit = sp.get("limit");
  let limit = options.defaultLimit ?? 20;
  if (rawLimit !== null && rawLimit !== "") {
    limit = /^\d{1,4}$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!(limit >= 1 && limit <= maxLimit)) errors.push(fieldError("limit", "err.limit.range", { min: 1, max: maxLimit }));
  }
  // A query that is exactly a reference finds that statement (API.md), not the words "CD" and its parts.
  const reference = referenceFromQuery(q);
  const query = q && !reference ? searchQuery(q) : null;
  const ranked = !!(query?.match || query?.trigram);
  const rawSort = sp.get("sort");
  let sort: Sort = ranked ? "relevance" : "newest";
  if (rawSort !== null && rawSort !== "") {
    if (rawSort === "relevance" || rawSort === "newest") sort = rawSort;
    else errors.push(fieldError("sort", "err.sort.choose"));
  }
  if (errors.length) bad(errors);
  const cursor = sp.get("cursor");
  let after: After | null = null;
  if (cursor !== null && cursor !== "") {
    if (!/^[A-Za-z0-9_-]{1,300}$/.test(cursor)) bad([fieldError("cursor", "err.cursor.invalid")]);
    const byRank = sort === "relevance" && ranked;
    const decoded = decodeCursor(cursor, byRank ? ["number", "number"] : ["string", "number"]);
    if (!Number.isFinite(decoded[1]) || (byRank && !Number.isFinite(decoded[0]))) bad([fieldError("cursor", "err.cursor.invalid")]);
    after = decoded as After;
  }
  return { q, query: query && !isEmptyQuery(query) ? query : null, filters, sort, limit, after, reference };
}

/** The cursor for the page after `last`, consistent with how the page was ordered. */
export function nextCursorFor(input: ArchiveInput, last: { id: number; rank: number; publishedAt: string } | undefined, more: boolean): string | null {
  if (!more || !last) return null;
  const byRank = input.sort === "relevance" && !!(input.query?.match || input.query?.trigram);
  return encodeCursor(byRank ? [last.rank, last.id] : [last.publishedAt, last.id]);
}
