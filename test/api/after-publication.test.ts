import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { HistoryOut } from "../../worker/openapi/paths/moderation";
import { SubmissionOut } from "../../worker/openapi/responses";
import { GoneOut, PublicStatementOut } from "../../worker/openapi/responses-archive";
import { call, freshSubmission, mailbox, problem, seed, signIn, signInModerator } from "../helpers";

/**
 * After publication (API.md): unpublish and republish in the same batch as the search index, facets
 * and archive version; the 410s; corrections; whether the original document is public.
 */

let moderator: string;

beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

const decide = (reference: string, json: unknown, cookie = moderator) => call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie, json });
const patch = (reference: string, json: unknown, cookie = moderator) => call(`/api/v1/moderation/submissions/${reference}`, { method: "PATCH", cookie, json });
const history = async (reference: string) => v.parse(HistoryOut, await (await call(`/api/v1/moderation/submissions/${reference}/history`, { cookie: moderator })).json()).items;
const fresh = (overrides: Record<string, unknown> = {}) => freshSubmission("ap", overrides);
const noCache = { headers: { "cache-control": "no-cache" } };

async function published(overrides: Record<string, unknown> = {}) {
  const s = await fresh(overrides);
  const res = await decide(s.reference, { action: "publish", version: s.version });
  expect(res.status).toBe(200);
  return { ...s, version: v.parse(SubmissionOut, await res.json()).version };
}

/** Everything public that lists statements, for one search word (the submission's tag). */
async function everywhere(tag: string, reference: string) {
  const searched = (await (await call(`/api/v1/statements?q=${tag}`, noCache)).json()) as { total: number; facets: { country: { value: string; count: number }[] } };
  const allFacets = (await (await call("/api/v1/statements?limit=1", noCache)).json()) as { facets: { country: { value: string; count: number }[] } };
  const csv = await (await call(`/api/v1/statements.csv?q=${tag}`, noCache)).text();
  const feed = await (await call(`/feeds/statements.atom?q=${tag}`, noCache)).text();
  const recent = await (await call("/feeds/statements.atom", noCache)).text();
  return {
    total: searched.total,
    iceland: allFacets.facets.country.find((f) => f.value === "IS")?.count ?? 0,
    inCsv: csv.includes(reference),
    inFeed: feed.includes(reference) || recent.includes(reference),
  };
}

/** The FTS index holds exactly the published statements. */
async function indexIsExact(): Promise<void> {
  await env.DB.prepare("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')").run();
  const indexed = await env.DB.prepare("SELECT count(*) AS n FROM statements_fts_docsize").first<{ n: number }>();
  const shown = await env.DB.prepare("SELECT count(*) AS n FROM submissions WHERE status = 'published'").first<{ n: number }>();
  expect(indexed?.n).toBe(shown?.n);
}

describe("unpublish", () => {
  it("takes a statement out of search, facets, CSV and feeds at once, and changes every ETag", async () => {
    const s = await published({ organization: { name: `Iceland Watch ${crypto.randomUUID().slice(0, 6)}`, country: "IS", type: "ngo" } });
    expect(await everywhere(s.tag, s.reference)).toEqual({ total: 1, iceland: 1, inCsv: true, inFeed: true });
    const paths = [`/api/v1/statements?q=${s.tag}`, `/api/v1/statements/${s.reference}`, `/api/v1/statements.csv?q=${s.tag}`, "/feeds/statements.atom"];
    const etags = await Promise.all(paths.map(async (p) => (await call(p)).headers.get("etag")!));

    const res = await decide(s.reference, { action: "unpublish", reason: "The organization asked us to take it down.", reasonCode: "takedown-request", publicNote: "Withdrawn at the organization's request.", version: s.version });
    expect(res.status).toBe(200);
    const body = v.parse(SubmissionOut, await res.json());
    expect(body).toMatchObject({ status: "unpublished", publicNote: "Withdrawn at the organization's request.", moderation: { decision: "unpublish", reasonCode: "takedown-request" } });

    expect(await everywhere(s.tag, s.reference)).toEqual({ total: 0, iceland: 0, inCsv: false, inFeed: false });
    for (const [i, path] of paths.entries()) {
      const again = await call(path, { headers: { "if-none-match": etags[i]! } });
      expect(again.status, path).not.toBe(304);
      expect(again.headers.get("etag") ?? "", path).not.toBe(etags[i]);
      await again.body?.cancel();
    }
    await indexIsExact();
  });

  it("answers 410 with the public note, never the text, in the API and on the page", async () => {
    const s = await published({ text: `${"Civil society calls for stronger protection of victims. ".repeat(3)}Secretword quixotic.` });
    expect((await decide(s.reference, { action: "unpublish", reason: "Personal data of a victim.", publicNote: "Removed: it named a victim.", version: s.version })).status).toBe(200);

    const api = await call(`/api/v1/statements/${s.reference}`);
    expect(api.status).toBe(410);
    expect(api.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const gone = v.parse(GoneOut, await api.json());
    expect(gone).toMatchObject({ status: 410, reference: s.reference, publicNote: "Removed: it named a victim." });
    expect(JSON.stringify(gone)).not.toContain("quixotic");

    const page = await call(`/statements/${s.reference}`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(410);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("Removed: it named a victim.");
    expect(html).toContain("<h1>This statement was unpublished</h1>");
    expect(html).not.toContain("quixotic");
    expect(html).not.toContain(s.title);

    const fr = await (await call(`/statements/${s.reference}?lang=fr`)).text();
    expect(fr).toContain("Cette déclaration a été dépubliée");
  });

  it("needs a reason, takes a public note only when unpublishing, and only from published", async () => {
    const s = await published();
    const noReason = await problem(await decide(s.reference, { action: "unpublish", version: s.version }));
    expect(noReason.status).toBe(422);
    expect(noReason.errors?.map((e) => e.path)).toEqual(["reason"]);
    const submitted = await fresh();
    const misplaced = await problem(await decide(submitted.reference, { action: "publish", publicNote: "Hello readers.", version: submitted.version }));
    expect(misplaced.errors?.map((e) => e.path)).toEqual(["publicNote"]);
    expect((await problem(await decide(submitted.reference, { action: "unpublish", reason: "No.", version: submitted.version }))).status).toBe(409);
    expect((await problem(await decide(submitted.reference, { action: "republish", version: submitted.version }))).status).toBe(409);
    expect((await problem(await decide(s.reference, { action: "unpublish", reason: "x", publicNote: 3, version: s.version }))).status).toBe(422);
    // Nothing was written by the refusals.
    expect((await call(`/api/v1/statements/${s.reference}`)).status).toBe(200);
  });

  it("emails the submitter the decision, its reason and the note for readers, in the same batch", async () => {
    const s = await published();
    await decide(s.reference, { action: "unpublish", reason: "A takedown request was received.", publicNote: "Taken down on request.", version: s.version });
    const [mail] = await mailbox(s.email);
    expect(mail!.subject).toBe(`Statement unpublished: ${s.reference}`);
    expect(mail!.text).toContain("A takedown request was received.");
    expect(mail!.text).toContain("Taken down on request.");
  });

  it("loses to a concurrent decision without writing or emailing anything", async () => {
    const s = await published();
    const [a, b] = await Promise.all([
      decide(s.reference, { action: "unpublish", reason: "First.", version: s.version }),
      decide(s.reference, { action: "unpublish", reason: "Second.", version: s.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await mailbox(s.email)).filter((m) => m.subject.startsWith("Statement unpublished"))).toHaveLength(1);
    expect((await history(s.reference)).filter((e) => e.action === "unpublished")).toHaveLength(1);
  });
});

describe("republish", () => {
  it("brings the statement back everywhere, keeping its first publication date", async () => {
    const s = await published({ organization: { name: `Iceland Again ${crypto.randomUUID().slice(0, 6)}`, country: "IS", type: "ngo" } });
    const first = v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${s.reference}`)).json()).publishedAt;
    const icelandBefore = (await everywhere(s.tag, s.reference)).iceland;
    const down = v.parse(SubmissionOut, await (await decide(s.reference, { action: "unpublish", reason: "Checking a complaint.", version: s.version })).json());
    expect((await everywhere(s.tag, s.reference)).iceland).toBe(icelandBefore - 1);
    const up = await decide(s.reference, { action: "republish", version: down.version });
    expect(up.status).toBe(200);
    expect(v.parse(SubmissionOut, await up.json())).toMatchObject({ status: "published", publishedAt: first, publicNote: null });
    expect(await everywhere(s.tag, s.reference)).toEqual({ total: 1, iceland: icelandBefore, inCsv: true, inFeed: true });
    expect((await call(`/api/v1/statements/${s.reference}`)).status).toBe(200);
    expect((await history(s.reference)).map((e) => e.action)).toEqual(["submitted", "published", "unpublished", "republished"]);
    expect((await mailbox(s.email))[0]!.subject).toBe(`Statement published again: ${s.reference}`);
    await indexIsExact();
  });
});

describe("corrections", () => {
  it("require a correctionNote to change a published statement's content", async () => {
    const s = await published();
    const res = await problem(await patch(s.reference, { version: s.version, title: `Corrected ${s.tag}` }));
    expect(res.status).toBe(422);
    expect(res.errors?.map((e) => e.path)).toEqual(["correctionNote"]);
    const submitted = await fresh();
    const early = await problem(await patch(submitted.reference, { version: submitted.version, title: "Fine title", correctionNote: "Not yet published." }));
    expect(early.errors?.map((e) => e.path)).toEqual(["correctionNote"]);
  });

  it("are recorded as corrected, shown in the API and on the page, and the index follows the corrected text", async () => {
    const s = await published({ text: `${"Civil society calls for stronger protection of victims. ".repeat(3)} Contact wrongname.` });
    expect((await (await call(`/api/v1/statements?q=wrongname`, noCache)).json()) as { total: number }).toMatchObject({ total: 1 });
    const text = `${"Civil society calls for stronger protection of victims. ".repeat(3)} Contact rightname.`;
    const res = await patch(s.reference, { version: s.version, text, correctionNote: "A name was misspelt." });
    expect(res.status).toBe(200);
    expect(v.parse(SubmissionOut, await res.json())).toMatchObject({ status: "published", text });

    const statement = v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${s.reference}`)).json());
    expect(statement.corrections).toEqual([{ at: expect.stringMatching(/Z$/), note: "A name was misspelt." }]);
    expect(statement.text).toBe(text);
    expect(((await (await call("/api/v1/statements?q=wrongname", noCache)).json()) as { total: number }).total).toBe(0);
    expect(((await (await call("/api/v1/statements?q=rightname", noCache)).json()) as { total: number }).total).toBe(1);
    const events = await history(s.reference);
    expect(events.at(-1)).toMatchObject({ action: "corrected", changes: { text: { to: text } } });
    expect(Object.keys(events.at(-1)!.changes)).toEqual(["text"]);
    const page = await (await call(`/statements/${s.reference}`)).text();
    expect(page).toContain("Corrections");
    expect(page).toContain("A name was misspelt.");
    await indexIsExact();
  });

  it("an uncorrected statement has an empty list", async () => {
    const s = await published();
    expect(v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${s.reference}`)).json()).corrections).toEqual([]);
  });
});

/** Stores an original document for a submission, as the upload path does (R2 object + attachments row). */
async function attachDocument(reference: string): Promise<void> {
  const key = `afterpub/${reference}.txt`;
  const body = `Original letterhead with a phone number (${reference})`;
  await env.DOCUMENTS.put(key, body, { httpMetadata: { contentType: "text/plain" } });
  await env.DB.prepare(
    `INSERT INTO attachments (submission_id, r2_key, content_type, size, sha256, filename, created_at)
     SELECT id, ?2, 'text/plain', ?3, ?4, 'statement.txt', '2026-01-01T00:00:00Z' FROM submissions WHERE reference = ?1`,
  )
    .bind(reference, key, body.length, "0".repeat(64))
    .run();
}

describe("documentPublic", () => {
  const publicPaths = (r: string) => [`/api/v1/statements/${r}/document`, `/statements/${r}/document`];

  it("keeps the original private by default, even once published; owner and staff always get it", async () => {
    const s = await published();
    await attachDocument(s.reference);
    for (const path of publicPaths(s.reference)) {
      const res = await call(path);
      expect(res.status, path).toBe(404);
      await res.body?.cancel();
    }
    expect((await (await call(`/statements/${s.reference}`)).text())).not.toContain(`/statements/${s.reference}/document`);
    for (const who of [s.cookie, moderator]) {
      const res = await call(`/api/v1/submissions/${s.reference}/document`, { cookie: who });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Original letterhead");
    }
  });

  it("is set by a patch without a correctionNote (audited), and unset again", async () => {
    const s = await published();
    await attachDocument(s.reference);
    const on = await patch(s.reference, { version: s.version, documentPublic: true });
    expect(on.status).toBe(200);
    const opened = v.parse(SubmissionOut, await on.json());
    expect(opened.documentPublic).toBe(true);
    for (const path of publicPaths(s.reference)) {
      const res = await call(path);
      expect(res.status, path).toBe(200);
      await res.body?.cancel();
    }
    expect(await (await call(`/statements/${s.reference}`)).text()).toContain(`/statements/${s.reference}/document`);
    expect((await history(s.reference)).at(-1)).toMatchObject({ action: "edited", changes: { documentPublic: { from: false, to: true } } });

    expect((await patch(s.reference, { version: opened.version, documentPublic: false })).status).toBe(200);
    for (const path of publicPaths(s.reference)) {
      const res = await call(path);
      expect(res.status, path).toBe(404);
      await res.body?.cancel();
    }
  });

  it("can be set with the decision, and is never public while unpublished", async () => {
    const s = await fresh();
    await attachDocument(s.reference);
    const res = await decide(s.reference, { action: "publish", documentPublic: true, version: s.version });
    const decided = v.parse(SubmissionOut, await res.json());
    expect(decided.documentPublic).toBe(true);
    expect((await call(`/api/v1/statements/${s.reference}/document`)).status).toBe(200);
    await decide(s.reference, { action: "unpublish", reason: "Complaint.", version: decided.version });
    expect((await call(`/api/v1/statements/${s.reference}/document`)).status).toBe(404);
  });

  it("must be a boolean (422), and a patch of a withdrawn submission is refused (409)", async () => {
    const s = await fresh();
    expect((await problem(await patch(s.reference, { version: s.version, documentPublic: "yes" }))).status).toBe(422);
    await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie: s.cookie, json: { version: s.version } });
    expect((await problem(await patch(s.reference, { version: s.version + 1, documentPublic: true }))).status).toBe(409);
  });

  it("is not something a submitter can set", async () => {
    const s = await fresh();
    expect((await problem(await patch(s.reference, { version: s.version, documentPublic: true }, await signIn()))).status).toBe(403);
  });
});
