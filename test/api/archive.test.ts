import { env } from "cloudflare:workers";
import * as v from "valibot";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PublicStatementOut, StatementImportOut } from "../../worker/openapi/responses-archive";
import { VERSION_MEMO_MS } from "../../worker/http/public-cache";
import { call, createSubmission, problem, seed, signIn, signInAdmin, signInModerator } from "../helpers";
import { archived, importStatements, LONG, refsOf, search } from "./archive-helpers";

let admin = "";
let ref = "";

/** The FTS index holds exactly the published statements: FTS5 compares it with the content view. */
async function indexIsExact(): Promise<void> {
  await env.DB.prepare("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')").run();
  await env.DB.prepare("INSERT INTO statements_fts_trigram (statements_fts_trigram) VALUES ('integrity-check')").run();
  const indexed = await env.DB.prepare("SELECT count(*) AS n FROM statements_fts_docsize").first<{ n: number }>();
  const published = await env.DB.prepare("SELECT count(*) AS n FROM submissions WHERE status = 'published'").first<{ n: number }>();
  expect(indexed?.n).toBe(published?.n);
}

beforeAll(async () => {
  await seed();
  admin = await signInAdmin();
  const created = await importStatements(admin, [
    archived({
      title: '=HYPERLINK("http://evil.example") "quoted", title',
      text: `${LONG}\nSecond line with <b>markup</b> & ampersand.`,
      organization: { name: "@Formula Org", acronym: "-FO", country: "KE", type: "ngo" },
      proposals: [{ text: "Train border officials to identify victims.", themes: ["border-management"] }],
      themes: ["victim-protection"],
    }),
  ]);
  ref = created[0]!;
});

describe("POST /api/v1/statements/import", () => {
  it("files published statements for staff and answers their references", async () => {
    const res = await call("/api/v1/statements/import", { method: "POST", cookie: admin, json: { statements: [archived({ publishedAt: "2023-06-01T10:00:00Z" })] } });
    expect(res.status).toBe(201);
    // The D1 session bookmark of the write, for read-your-writes on the next public reads.
    const bookmark = /(cdp_d1_bookmark=[^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
    expect(bookmark).toBeTruthy();
    expect((await call("/api/v1/statements?q=delegates", { cookie: bookmark })).status).toBe(200);
    const body = v.parse(StatementImportOut, await res.json());
    const detail = await call(`/api/v1/statements/${body.items[0]!.reference}`);
    expect(((await detail.json()) as { publishedAt: string }).publishedAt).toBe("2023-06-01T10:00:00Z");
    await indexIsExact();
  });

  it("refuses submitters (403), anonymous callers (401) and unknown themes (422)", async () => {
    const json = { statements: [archived()] };
    expect((await call("/api/v1/statements/import", { method: "POST", json })).status).toBe(401);
    expect((await call("/api/v1/statements/import", { method: "POST", json, cookie: await signIn() })).status).toBe(403);
    const bad = await call("/api/v1/statements/import", { method: "POST", cookie: admin, json: { statements: [archived({ themes: ["nope"] })] } });
    expect(bad.status).toBe(422);
    expect((await problem(bad)).errors?.[0]?.path).toBe("statements.0.themes.0");
    expect((await call("/api/v1/statements/import", { method: "POST", cookie: admin, json: { statements: [] } })).status).toBe(422);
  });
});

describe("the search index follows publication", () => {
  it("holds a statement only once it is published, with the text as staff edited it before publishing", async () => {
    const owner = await signIn();
    const moderator = await signInModerator();
    const s = await createSubmission(owner, { title: "Zanzibar xylophone proposals", text: `${LONG} Glockenspiel tuning.` });
    expect((await search("q=xylophone")).total).toBe(0);
    expect((await call(`/api/v1/statements/${s.reference}`)).status).toBe(404);
    await indexIsExact();

    const edited = await call(`/api/v1/moderation/submissions/${s.reference}`, {
      method: "PATCH",
      cookie: moderator,
      json: { version: s.version, text: `${LONG} Marimba tuning.` },
    });
    expect(edited.status).toBe(200);
    const version = ((await edited.json()) as { version: number }).version;
    expect((await search("q=marimba")).total).toBe(0);

    const published = await call(`/api/v1/moderation/submissions/${s.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version } });
    expect(published.status).toBe(200);
    expect(refsOf(await search("q=marimba"))).toEqual([s.reference]);
    expect((await search("q=glockenspiel")).total).toBe(0);
    expect(refsOf(await search("q=xylophone"))).toEqual([s.reference]);
    expect((await call(`/api/v1/statements/${s.reference}`)).status).toBe(200);
    await indexIsExact();
  });

  it("rebuilds to the same index from the base tables", async () => {
    const before = await search("q=delegates&limit=100");
    await env.DB.batch((await import("../../worker/db/search-index")).rebuildIndexStatements(env.DB));
    await indexIsExact();
    expect(refsOf(await search("q=delegates&limit=100"))).toEqual(refsOf(before));
  });
});

describe("GET /api/v1/statements/{reference}", () => {
  it("answers the published statement without private fields", async () => {
    const res = await call(`/api/v1/statements/${ref}`);
    expect(res.status).toBe(200);
    const body = v.parse(PublicStatementOut, await res.json());
    expect(body.proposals[0]).toEqual({ number: 1, text: "Train border officials to identify victims.", themes: ["border-management"], outcome: [] });
    expect(body.url).toBe(`http://localhost/statements/${ref}`);
    const raw = JSON.stringify(body);
    for (const key of ["moderation", "version", "status", "email", "ownerId", "decision"]) expect(raw).not.toContain(`"${key}"`);
  });

  it("answers 404 for malformed, unknown and unpublished references", async () => {
    const s = await createSubmission(await signIn());
    for (const r of ["nope", "CD-0000-0000", s.reference, "cd-cgr2-2022"]) {
      const res = await call(`/api/v1/statements/${r}`);
      expect(res.status, r).toBe(404);
      await problem(res);
    }
  });
});

describe("ETag, Cache-Control and the cache", () => {
  it("answers 304 to a matching If-None-Match and a new ETag after a publish", async () => {
    const first = await call("/api/v1/statements?q=officials");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toContain("public");
    const again = await call("/api/v1/statements?q=officials", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    const [added] = await importStatements(admin, [archived({ title: "Officials and oversight" })]);
    const after = await call("/api/v1/statements?q=officials", { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as { items: { reference: string }[] }).items.map((i) => i.reference)).toContain(added);
  });

  it("serves a repeated search from the cache", async () => {
    await call("/api/v1/statements?q=ampersand&limit=3");
    const second = await call("/api/v1/statements?limit=3&q=ampersand");
    expect(second.headers.get("x-archive-cache")).toBe("hit");
    expect(second.headers.get("content-security-policy")).toBeTruthy();
  });

  it("labels a search read without the cache (one D1 batch) with the same ETag, and caches it", async () => {
    const path = "/api/v1/statements?q=oversight&limit=2";
    const fresh = await call(path, { headers: { "cache-control": "no-cache" } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("x-archive-cache")).toBeNull();
    const cached = await call(path);
    expect(cached.headers.get("x-archive-cache")).toBe("hit");
    expect(cached.headers.get("etag")).toBe(fresh.headers.get("etag"));
    expect(await cached.json()).toEqual(await fresh.json());
    expect((await call(path, { headers: { "cache-control": "no-cache", "if-none-match": fresh.headers.get("etag")! } })).status).toBe(304);
  });

  it("reports the time spent in the Worker in Server-Timing", async () => {
    const res = await call("/api/v1/statements?q=officials", { headers: { "cache-control": "no-cache" } });
    const timing = res.headers.get("server-timing") ?? "";
    expect(timing).toMatch(/(^|,\s*)total;dur=\d/);
    expect(timing).toMatch(/(^|,\s*)build;dur=\d/);
  });

  it("puts ETags on the detail, the CSV and the feed too", async () => {
    for (const path of [`/api/v1/statements/${ref}`, "/api/v1/statements.csv", "/feeds/statements.atom"]) {
      const res = await call(path);
      const etag = res.headers.get("etag")!;
      expect(etag, path).toBeTruthy();
      expect((await call(path, { headers: { "if-none-match": etag } })).status, path).toBe(304);
    }
  });
});

describe("the archive version this isolate remembers", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  // Another isolate's publish is simulated by bumping the version in D1 directly. The clock is
  // frozen so that "within the second" does not depend on how fast this machine is.
  const bumpElsewhere = () => env.DB.prepare("UPDATE archive_state SET version = version + 1 WHERE id = 1").run();
  const path = "/api/v1/statements?q=officials&limit=1";

  it("is reused by anonymous readers for up to a second, then read again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const before = (await call(path)).headers.get("etag");
    await bumpElsewhere();
    expect((await call(path)).headers.get("etag")).toBe(before);
    vi.setSystemTime(Date.now() + VERSION_MEMO_MS);
    expect((await call(path)).headers.get("etag")).not.toBe(before);
  });

  it("is never reused for a signed-in reader (read-your-writes)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const before = (await call(path)).headers.get("etag");
    await bumpElsewhere();
    expect((await call(path, { cookie: admin })).headers.get("etag")).not.toBe(before);
  });

  it("is forgotten as soon as this isolate handles a write", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const before = (await call(path)).headers.get("etag");
    const [added] = await importStatements(admin, [archived({ title: "Officials, revisited" })]);
    expect((await call(path)).headers.get("etag")).not.toBe(before);
    const found = (await (await call("/api/v1/statements?q=revisited")).json()) as { items: { reference: string }[] };
    expect(found.items.map((i) => i.reference)).toContain(added);
  });
});

describe("GET /api/v1/statements.csv", () => {
  it("is RFC 4180 UTF-8 with a header row, quoting and neutralised formulas", async () => {
    const res = await call(`/api/v1/statements.csv?q=${encodeURIComponent("HYPERLINK")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await res.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("reference,title,organization,acronym,country,speaker,segment,segment_title,themes,language,delivered_on,published_at,url,organization_slug,co_signers,outcome");
    expect(lines[1]).toContain(`${ref},"'=HYPERLINK(""http://evil.example"") ""quoted"", title",'@Formula Org,'-FO,KE,`);
    expect(lines[1]).toContain("border-management;victim-protection");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("takes the same filters and rejects malformed ones with 400", async () => {
    const res = await call("/api/v1/statements.csv?country=ZZ");
    expect((await res.text()).split("\r\n").filter(Boolean)).toHaveLength(1);
    expect((await call("/api/v1/statements.csv?limit=0")).status).toBe(400);
  });
});

describe("GET /feeds/statements.atom", () => {
  it("is Atom 1.0 with escaped text and the same filters", async () => {
    const res = await call(`/feeds/statements.atom?country=KE&q=ampersand`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain("<title>=HYPERLINK(&quot;http://evil.example&quot;) &quot;quoted&quot;, title</title>");
    expect(xml).toContain("&lt;b&gt;markup&lt;/b&gt; &amp; ampersand");
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain('<category term="victim-protection" scheme="http://localhost/themes/" label="Protection, assistance and reintegration of victims and migrants"/>');
    expect(xml).toMatch(/<category term="[a-z0-9-]+" scheme="http:\/\/localhost\/segments\/" label="[^"]+"\/>/);
    expect(xml).not.toMatch(/<(?!\/?(feed|entry|id|title|link|published|updated|author|name|category|summary)\b|\?xml)/);
  });

  it("answers malformed filters with 400 problem+json", async () => {
    const res = await call("/feeds/statements.atom?limit=1000");
    expect(res.status).toBe(400);
    await problem(res);
  });
});
