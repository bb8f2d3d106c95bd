import { Hono, type Context } from "hono";
import { outcomeLinksByProposal } from "../db/outcomes";
import { outcomeParagraphUrl } from "../domain/outcomes";
import { endTime, startTime } from "hono/timing";
import * as v from "valibot";
import { requireStaff } from "../auth/session";
import { randomToken } from "../auth/crypto";
import { searchPage, searchStatements, type SummaryRow } from "../db/archive-search";
import { importPublishedStatements } from "../db/archive-import";
import { getPublishedStatement, publicStatementView, getUnpublishedNotice } from "../db/archive-read";
import type { PublicCoSigner } from "../db/cosigners";
import { csvRow, excerpt, snippetHtml } from "../domain/archive-format";
import { isReference, newReference } from "../domain/reference";
import { isEmptyQuery, parseSearchQuery, searchQuery, type Term } from "../domain/search-query";
import { closestWord, correctableWords, rewriteQuery } from "../domain/spelling";
import { vocabularyCandidates } from "../db/archive-suggest";
import { proposalsOfStatements } from "../db/archive-proposals";
import { makeSnippet } from "../domain/snippet";
import { staffRoleOf } from "../domain/roles";
import { IsoTimestamp, SubmissionCreate } from "../domain/schemas";
import { isoNow } from "../domain/time";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { keyed } from "../i18n/messages";
import { parseWith, readJson } from "../http/validate";
import { checkImport } from "../services/archive-import";
import { statementOutcomes } from "../services/outcomes";
import { contentFromInput } from "../services/content";
import { nextCursorFor, parseArchiveParams, type ArchiveInput } from "../http/archive-params";
import { cachedPublic } from "./public-cache";
import { publicReader, rememberBookmark } from "./public-reader";

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

/** `waitUntil` where the runtime gives one (a request handled without an execution context just lets the work run). */
function keepAlive(c: C, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // no execution context
  }
}

/** One page of search results with total and facets: shared by the API and the /statements page. */
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

const CSV_HEADER = [
  "reference", "title", "organization", "acronym", "country", "speaker", "segment", "segment_title", "themes", "language", "delivered_on", "published_at", "url",
  "organization_slug", "co_signers",
];
const PROPOSALS_CSV_HEADER = ["reference", "proposal", "title", "organization", "country", "segment", "deliveredOn", "themes", "text", "url", "outcome"];
const CSV_PAGE = 200;
/** A UTF-8 byte-order mark first, so spreadsheets read Arabic, Chinese and Cyrillic as UTF-8. */
const BOM = "\uFEFF";

type CsvRows = (db: D1Database | D1DatabaseSession, rows: SummaryRow[], origin: string) => Promise<(string | number | null)[][]>;

const statementRows: CsvRows = async (_db, rows, origin) =>
  rows.map((r) => {
    const s = toSummary(r, origin);
    return [
      s.reference, s.title, s.organization.name, s.organization.acronym, s.organization.country, s.speaker.name, s.segment.slug, s.segment.title,
      s.themes.join(";"), s.language, s.deliveredOn, s.publishedAt, s.url, s.organization.slug, coSignersCell(s.coSigners),
    ];
  });

/** One row per proposal of the page's statements (API.md): themes as labels joined by "; ", `outcome` the linked summary paragraphs' URLs. */
const proposalRows: CsvRows = async (db, rows, origin) => {
  const ids = rows.map((r) => r.id);
  const [proposals, outcomes] = await Promise.all([proposalsOfStatements(db, ids), outcomeLinksByProposal(db, ids)]);
  const bySubmission = new Map<number, typeof proposals>();
  for (const p of proposals) bySubmission.set(p.submissionId, [...(bySubmission.get(p.submissionId) ?? []), p]);
  return rows.flatMap((r) =>
    (bySubmission.get(r.id) ?? []).map((p) => {
      const themes = (JSON.parse(p.themes) as [string, string][]).map(([, label]) => label).join("; ");
      const outcome = (outcomes.get(`${r.id}:${p.number}`) ?? []).map((o) => outcomeParagraphUrl(origin, o.segment, o.paragraph)).join("; ");
      return [r.reference, p.number, r.title, r.orgName, r.orgCountry, r.segmentSlug, r.deliveredOn, themes, p.text, `${statementUrl(origin, r.reference)}#p${p.number}`, outcome];
    }),
  );
};

/** Streams up to `limit` statements (default and maximum 5000), page by page, so memory stays flat. */
function csvResponse(c: C, db: D1Database | D1DatabaseSession, input: ArchiveInput, header: string[], toRows: CsvRows, filename: string): Response {
  const origin = c.env.APP_ORIGIN;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(BOM + csvRow(header)));
      let after = input.after;
      let left = input.limit;
      while (left > 0) {
        const rows = await searchPage(db, { ...input, after, limit: Math.min(CSV_PAGE, left) });
        const lines = await toRows(db, rows, origin);
        if (lines.length) controller.enqueue(encoder.encode(lines.map(csvRow).join("")));
        left -= rows.length;
        const last = rows.at(-1);
        if (rows.length < CSV_PAGE || !last) break;
        after = input.sort === "relevance" && (input.query?.match || input.query?.trigram) ? [last.rank, last.id] : [last.publishedAt, last.id];
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
  });
}

// Imported statements were delivered long ago: nobody is asked to co-sign them.
const { coSigners: _coSigners, ...importEntries } = SubmissionCreate.entries;
const ImportBody = v.strictObject({
  statements: v.pipe(
    v.array(v.strictObject({ ...importEntries, publishedAt: v.optional(IsoTimestamp) }), "Give a list of statements."),
    v.minLength(1, "Give at least one statement."),
    v.maxLength(100, "Import at most 100 statements per request."),
  ),
});

/** /api/v1/statements, /api/v1/statements.csv, /api/v1/statements/{reference}, and the staff import. */
export const statementsApi = new Hono<AppEnv>()
  .get("/statements", async (c) => {
    const input = parseArchiveParams(new URL(c.req.url));
    const db = publicReader(c);
    return cachedPublic(c, db, {
      versioned: async () => {
        const { version, value } = await searchArchive(db, input, c.env.APP_ORIGIN, c);
        return { version, value: c.json(value) };
      },
    });
  })
  .get("/statements.csv", async (c) => {
    const input = parseArchiveParams(new URL(c.req.url), { defaultLimit: 5000, maxLimit: 5000 });
    const db = publicReader(c);
    return cachedPublic(c, db, async () => csvResponse(c, db, input, CSV_HEADER, statementRows, "statements.csv"), { stream: true });
  })
  .get("/proposals.csv", async (c) => {
    const input = parseArchiveParams(new URL(c.req.url), { defaultLimit: 5000, maxLimit: 5000 });
    const db = publicReader(c);
    return cachedPublic(c, db, async () => csvResponse(c, db, input, PROPOSALS_CSV_HEADER, proposalRows, "proposals.csv"), { stream: true });
  })
  .post("/statements/import", async (c) => {
    const user = requireStaff(c);
    const { statements } = parseWith(ImportBody, (await readJson(c)).value);
    const now = isoNow();
    const contents = statements.map((s) => contentFromInput({ ...s, coSigners: [] }));
    await checkImport(c.env.DB, contents);
    const items: { reference: string; url: string }[] = [];
    const batch: D1PreparedStatement[] = [];
    statements.forEach((s, i) => {
      const reference = newReference();
      items.push({ reference, url: statementUrl(c.env.APP_ORIGIN, reference) });
      batch.push(
        ...importPublishedStatements(c.env.DB, {
          reference, ownerId: user.id, actorEmail: user.email, actorRole: staffRoleOf(user.roles) === "admin" ? "admin" : "moderator",
          writeId: randomToken(), content: contents[i]!, publishedAt: s.publishedAt ?? now, now,
        }),
      );
    });
    // Through a primary session whose bookmark goes into a cookie: this browser's next public
    // reads see the import even from a replica (read-your-writes, docs/search.md).
    const session = c.env.DB.withSession("first-primary");
    await session.batch(batch);
    rememberBookmark(c, session);
    return c.json({ items }, 201);
  })
  .get("/statements/:reference", async (c) => {
    const reference = c.req.param("reference");
    if (!isReference(reference)) throw new AppError("not-found", `There is no published statement ${reference}.`);
    const db = publicReader(c);
    return cachedPublic(c, db, async () => {
      const found = await getPublishedStatement(db, reference);
      if (!found) throw await goneOrNotFound(db, reference);
      const view = publicStatementView(found);
      const outcomes = await statementOutcomes(db, c.env.APP_ORIGIN, found.id);
      const proposals = view.proposals.map((p) => ({ ...p, outcome: outcomes.get(p.number) ?? [] }));
      return c.json({ ...view, proposals, url: statementUrl(c.env.APP_ORIGIN, reference) });
    });
  });
