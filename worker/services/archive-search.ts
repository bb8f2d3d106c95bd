import type { Context } from "hono";
import { endTime, startTime } from "hono/timing";
import { searchPage, searchStatements, type SummaryRow } from "../db/archive-search";
import { getUnpublishedNotice } from "../db/archive-read";
import { vocabularyCandidates } from "../db/archive-suggest";
import type { PublicCoSigner } from "../db/cosigners";
import { excerpt, snippetHtml } from "../domain/archive-format";
import { isEmptyQuery, parseSearchQuery, searchQuery, type Term } from "../domain/search-query";
import { makeSnippet } from "../domain/snippet";
import { closestWord, correctableWords, rewriteQuery } from "../domain/spelling";
import type { AppEnv } from "../env";
import { nextCursorFor, type ArchiveInput } from "../http/archive-params";
import { AppError } from "../http/errors";
import { keyed } from "../i18n/messages";

/**
 * Searching the public archive, shared by the API (`worker/api/statements.ts`, feeds) and the
 * `/statements` page: one page of results with total, facets and "Did you mean", statement
 * summaries as API.md shows them, and the 404/410 of an address that shows no statement.
 */

type C = Context<AppEnv>;

/** An address that no longer shows a statement: 410 with the public note if staff unpublished it, else 404. */
export async function goneOrNotFound(db: D1Database | D1DatabaseSession, reference: string): Promise<AppError> {
  const gone = await getUnpublishedNotice(db, reference);
  if (!gone) return new AppError("not-found", `There is no published statement ${reference}.`);
  const { message, text } = keyed("err.statement.gone", { reference });
  return new AppError("gone", message, { text, extensions: { reference, publicNote: gone.publicNote } });
}

export function statementUrl(origin: string, reference: string): string {
  return `${origin}/statements/${reference}`;
}

/** A search hit as API.md's "Statement summary"; `terms` are the query's, for the snippet. */
export function toSummary(r: SummaryRow, origin: string, terms: Term[] = []) {
  const marked = terms.length ? makeSnippet([r.text, r.proposalsText ?? "", r.title], terms) : null;
  return {
    reference: r.reference,
    title: r.title,
    organization: { name: r.orgName, acronym: r.orgAcronym, country: r.orgCountry, slug: r.orgSlug },
    coSigners: JSON.parse(r.coSigners) as PublicCoSigner[],
    speaker: { name: r.speakerName, role: r.speakerRole },
    segment: { slug: r.segmentSlug, title: r.segmentTitle },
    themes: JSON.parse(r.themes) as string[],
    language: r.language,
    deliveredOn: r.deliveredOn,
    publishedAt: r.publishedAt,
    snippet: snippetHtml(marked ?? excerpt(r.text.replace(/[\uE000\uE001]/g, ""))),
    url: statementUrl(origin, r.reference),
    // Only published members count (and only two or more make "one of N statements with this text").
    campaign: r.campaignId && r.campaignPublished >= 2 ? { id: r.campaignId, size: r.campaignPublished } : null,
  };
}

/** One page of search results with total and facets: shared by the API and the /statements page. */
/** `waitUntil` where the runtime gives one (a request handled without an execution context just lets the work run). */
function keepAlive(c: C, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // no execution context
  }
}

export async function searchArchive(db: D1Database | D1DatabaseSession, input: ArchiveInput, origin: string, c?: C) {
  if (c) startTime(c, "d1");
  // Bitmaps missing or stale in this isolate: answer by SQL now, read them after the response.
  const background = c ? (work: Promise<unknown>) => keepAlive(c, work) : undefined;
  const { rows, total, facets, version } = await searchStatements(db, { ...input, limit: input.limit + 1 }, { background });
  if (c) endTime(c, "d1");
  const page = rows.slice(0, input.limit);
  const terms = input.reference ? [] : parseSearchQuery(input.q);
  const suggestion = total === 0 && input.query ? await suggestQuery(db, input, terms) : null;
  const value = {
    total,
    items: page.map((r) => toSummary(r, origin, terms)),
    facets,
    nextCursor: nextCursorFor(input, page.at(-1), rows.length > input.limit),
    ...(suggestion ? { suggestion } : {}),
  };
  return { version, value };
}

/**
 * "Did you mean" (docs/search.md "Suggestions"): each word of the query the archive does not hold
 * is replaced by the closest word it does hold; the corrected query is offered only if it finds
 * something with the same filters. Runs only when nothing matched.
 */
export async function suggestQuery(db: D1Database | D1DatabaseSession, input: ArchiveInput, terms: Term[]): Promise<string | null> {
  const words = correctableWords(terms);
  if (words.length === 0) return null;
  const candidates = await vocabularyCandidates(db, words);
  const corrections = new Map<string, string>();
  words.forEach((w, i) => {
    const c = closestWord(w, candidates[i] ?? []);
    if (c) corrections.set(w, c);
  });
  if (corrections.size === 0) return null;
  const suggestion = rewriteQuery(terms, corrections);
  const query = searchQuery(suggestion);
  if (isEmptyQuery(query)) return null;
  const found = await searchPage(db, { query, filters: input.filters, sort: "newest", limit: 1, after: null });
  return found.length ? suggestion : null;
}

/** Confirmed co-signers in one cell: `Name (ACR, KE); Other (UG)`. */
export function coSignersCell(list: PublicCoSigner[]): string {
  return list.map((c) => `${c.name} (${c.acronym ? `${c.acronym}, ` : ""}${c.country})`).join("; ");
}
