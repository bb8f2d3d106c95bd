import { Hono, type Context } from "hono";
import { outcomeLinksByProposal } from "../db/outcomes";
import { outcomeParagraphUrl } from "../domain/outcomes";
import * as v from "valibot";
import { requireStaff } from "../auth/session";
import { randomToken } from "../auth/crypto";
import { searchPage, type SummaryRow } from "../db/archive-search";
import { importedTermImpacts, importPublishedStatements } from "../db/archive-import";
import { getPublishedStatement, publicStatementView } from "../db/archive-read";
import { getPublishedCampaign } from "../db/campaign-public";
import { csvRow } from "../domain/archive-format";
import { isReference, newReference } from "../domain/reference";
import { proposalsOfStatements } from "../db/archive-proposals";
import { staffRoleOf } from "../domain/roles";
import { IsoTimestamp, SubmissionCreate } from "../domain/schemas";
import { isoNow } from "../domain/time";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { parseWith, readJson } from "../http/validate";
import { checkImport } from "../services/archive-import";
import { statementOutcomes } from "../services/outcomes";
import { contentFromInput } from "../services/content";
import { parseArchiveParams, type ArchiveInput } from "../http/archive-params";
import { cachedPublic } from "../http/public-cache";
import { coSignersCell, goneOrNotFound, searchArchive, statementUrl, toSummary } from "../services/archive-search";
import { publicReader, rememberBookmark } from "../http/public-reader";

type C = Context<AppEnv>;

const CSV_HEADER = [
  "reference", "title", "organization", "acronym", "country", "speaker", "segment", "segment_title", "themes", "language", "delivered_on", "published_at", "url",
  "organization_slug", "co_signers", "outcome",
];
const PROPOSALS_CSV_HEADER = ["reference", "proposal", "title", "organization", "country", "segment", "deliveredOn", "themes", "text", "url", "outcome"];
const CSV_PAGE = 200;
/** A UTF-8 byte-order mark first, so spreadsheets read Arabic, Chinese and Cyrillic as UTF-8. */
const BOM = "\uFEFF";

type CsvRows = (db: D1Database | D1DatabaseSession, rows: SummaryRow[], origin: string) => Promise<(string | number | null)[][]>;

/** One row per statement; `outcome`: the summary paragraphs its proposals are linked to (URLs, in proposal order, each once). */
const statementRows: CsvRows = async (db, rows, origin) => {
  const outcomes = await outcomeLinksByProposal(db, rows.map((r) => r.id));
  const bySubmission = new Map<number, string[]>();
  for (const [key, links] of outcomes) {
    const id = Number(key.split(":")[0]);
    const urls = bySubmission.get(id) ?? [];
    for (const o of links) urls.push(outcomeParagraphUrl(origin, o.segment, o.paragraph));
    bySubmission.set(id, urls);
  }
  return rows.map((r) => {
    const s = toSummary(r, origin);
    return [
      s.reference, s.title, s.organization.name, s.organization.acronym, s.organization.country, s.speaker.name, s.segment.slug, s.segment.title,
      s.themes.join(";"), s.language, s.deliveredOn, s.publishedAt, s.url, s.organization.slug, coSignersCell(s.coSigners),
      [...new Set(bySubmission.get(r.id) ?? [])].join("; "),
    ];
  });
};

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
    batch.push(...importedTermImpacts(c.env.DB, items.map((i) => i.reference)));
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
      const [outcomes, campaign] = await Promise.all([statementOutcomes(db, c.env.APP_ORIGIN, found.id), getPublishedCampaign(db, reference, 0)]);
      const proposals = view.proposals.map((p) => ({ ...p, outcome: outcomes.get(p.number) ?? [] }));
      return c.json({ ...view, proposals, campaign: campaign ? { id: campaign.id, size: campaign.size } : null, url: statementUrl(c.env.APP_ORIGIN, reference) });
    });
  });
