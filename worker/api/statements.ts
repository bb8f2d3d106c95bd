import { Hono, type Context } from "hono";
import { endTime, startTime } from "hono/timing";
import * as v from "valibot";
import { requireStaff } from "../auth/session";
import { randomToken } from "../auth/crypto";
import { searchPage, searchStatements, type SummaryRow } from "../db/archive-search";
import { importPublishedStatements } from "../db/archive-import";
import { getPublishedStatement, publicStatementView } from "../db/archive-read";
import { csvRow, excerpt, snippetHtml } from "../domain/archive-format";
import { isReference, newReference } from "../domain/reference";
import { parseSearchQuery, type Term } from "../domain/search-query";
import { makeSnippet } from "../domain/snippet";
import { staffRoleOf } from "../domain/roles";
import { IsoTimestamp, SubmissionCreate } from "../domain/schemas";
import { isoNow } from "../domain/time";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { parseWith, readJson } from "../http/validate";
import { checkImport } from "../services/archive-import";
import { contentFromInput } from "../services/content";
import { nextCursorFor, parseArchiveParams, type ArchiveInput } from "./archive-params";
import { cachedPublic } from "./public-cache";
import { publicReader, rememberBookmark } from "./public-reader";

type C = Context<AppEnv>;

export function statementUrl(origin: string, reference: string): string {
  return `${origin}/statements/${reference}`;
}

/** A search hit as API.md's "Statement summary"; `terms` are the query's, for the snippet. */
export function toSummary(r: SummaryRow, origin: string, terms: Term[] = []) {
  const marked = terms.length ? makeSnippet([r.text, r.proposalsText ?? "", r.title], terms) : null;
  return {
    reference: r.reference,
    title: r.title,
    organization: { name: r.orgName, acronym: r.orgAcronym, country: r.orgCountry },
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
export async function searchArchive(db: D1Database | D1DatabaseSession, input: ArchiveInput, origin: string, c?: C) {
  if (c) startTime(c, "d1");
  const { rows, total, facets, version } = await searchStatements(db, { ...input, limit: input.limit + 1 });
  if (c) endTime(c, "d1");
  const page = rows.slice(0, input.limit);
  const terms = parseSearchQuery(input.q);
  const value = { total, items: page.map((r) => toSummary(r, origin, terms)), facets, nextCursor: nextCursorFor(input, page.at(-1), rows.length > input.limit) };
  return { version, value };
}

const CSV_HEADER = ["reference", "title", "organization", "acronym", "country", "speaker", "segment", "segment_title", "themes", "language", "delivered_on", "published_at", "url"];
const CSV_PAGE = 200;

/** Streams up to `limit` rows (default and maximum 5000), page by page, so memory stays flat. */
function csvResponse(c: C, db: D1Database | D1DatabaseSession, input: ArchiveInput): Response {
  const origin = c.env.APP_ORIGIN;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvRow(CSV_HEADER)));
      let after = input.after;
      let left = input.limit;
      while (left > 0) {
        const rows = await searchPage(db, { ...input, after, limit: Math.min(CSV_PAGE, left) });
        for (const r of rows) {
          const s = toSummary(r, origin);
          controller.enqueue(
            encoder.encode(
              csvRow([s.reference, s.title, s.organization.name, s.organization.acronym, s.organization.country, s.speaker.name, s.segment.slug, s.segment.title, s.themes.join(";"), s.language, s.deliveredOn, s.publishedAt, s.url]),
            ),
          );
        }
        left -= rows.length;
        const last = rows.at(-1);
        if (rows.length < CSV_PAGE || !last) break;
        after = input.sort === "relevance" && (input.query?.match || input.query?.trigram) ? [last.rank, last.id] : [last.publishedAt, last.id];
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="statements.csv"' },
  });
}

const ImportBody = v.strictObject({
  statements: v.pipe(
    v.array(v.strictObject({ ...SubmissionCreate.entries, publishedAt: v.optional(IsoTimestamp) }), "Give a list of statements."),
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
    return cachedPublic(c, db, async () => csvResponse(c, db, input), { stream: true });
  })
  .post("/statements/import", async (c) => {
    const user = requireStaff(c);
    const { statements } = parseWith(ImportBody, (await readJson(c)).value);
    const now = isoNow();
    const contents = statements.map((s) => contentFromInput(s));
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
      if (!found) throw new AppError("not-found", `There is no published statement ${reference}.`);
      return c.json({ ...publicStatementView(found), url: statementUrl(c.env.APP_ORIGIN, reference) });
    });
  });
