import { describe, expect, it } from "vitest";
import { operationAnchor } from "../../web/api-reference/anchors";
import { HTTP_METHODS, type OpenApiDoc } from "../../web/api-reference/document";
import { EXAMPLES, groupOperations } from "../../web/api-reference/model";
import { schemaNode } from "../../web/api-reference/schema-tree";
import { call } from "../helpers";

/** The API reference page, `/api`: generated from the document `/api/openapi.json` serves. */

const page = async (path = "/api") => {
  const res = await call(path);
  return { res, html: await res.text() };
};
const openApi = async () => (await (await call("/api/openapi.json")).json()) as OpenApiDoc;
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
/** Every element's id on the page. */
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

describe("GET /api, the API reference", () => {
  it("answers 200 HTML in the site's layout, with the raw document linked; /api/openapi.json stays JSON", async () => {
    const { res, html } = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("<title>API reference — Constructive Dialogue Portal</title>");
    expect(html).toContain('href="/api/openapi.json"');
    expect(html).toContain('<link rel="stylesheet" href="/styles.css"');
    // No script of its own, no external asset, no inline style (the CSP forbids them anyway).
    expect(html.match(/<script\b/g)?.length).toBe(1);
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    expect(html).not.toMatch(/\sstyle="/);
    const raw = await call("/api/openapi.json");
    expect(raw.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(((await raw.json()) as OpenApiDoc).openapi).toBe("3.1.0");
    // The JSON API's namespace is untouched: unknown /api/ paths are still problem+json.
    const unknown = await call("/api/");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("the footer's JSON API link leads to the page", async () => {
    const { html } = await page("/");
    expect(html).toMatch(/<a href="\/api">JSON API \(OpenAPI\)<\/a>/);
  });

  it("shows every path and method of the served OpenAPI document, each under its own #op- anchor listed in the contents", async () => {
    const doc = await openApi();
    const { html } = await page();
    const pageIds = new Set(ids(html));
    let count = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of HTTP_METHODS.filter((m) => m in item)) {
        count++;
        const id = operationAnchor(method, path);
        expect(pageIds.has(id), `${method} ${path}: no #${id}`).toBe(true);
        expect(html, `${method} ${path}: not in the contents`).toContain(`href="#${id}"`);
        const section = html.slice(html.indexOf(`id="${id}"`), html.indexOf("</section>", html.indexOf(`id="${id}"`)));
        expect(section, `${method} ${path}`).toContain(`>${method.toUpperCase()}</span>`);
        expect(section, `${method} ${path}`).toContain(`>${escape(path)}</code>`);
        const op = (item as Record<string, { summary?: string; responses: Record<string, unknown> }>)[method]!;
        if (op.summary) expect(section, `${method} ${path} summary`).toContain(escape(op.summary));
        for (const status of Object.keys(op.responses)) expect(section, `${method} ${path} ${status}`).toContain(`<code dir="ltr">${status}</code>`);
      }
    }
    expect(count).toBeGreaterThan(30);
    expect(html.match(/<section class="api-op" id="op-/g)?.length).toBe(count);
  });

  it("puts the public archive first, and gives every id once", async () => {
    const { html } = await page();
    const groups = [...html.matchAll(/<h2 id="(tag-[^"]+)"/g)].map((m) => m[1]);
    expect(groups[0]).toBe("tag-public-archive");
    expect(groups).toContain("tag-administration");
    const all = ids(html);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    // Every in-page link has its target.
    const targets = new Set(all);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(targets.has(target!), `#${target}`).toBe(true);
  });

  it("shows parameters, request bodies, responses and access", async () => {
    const { html } = await page();
    const section = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf("</section>", html.indexOf(`id="${id}"`)));
    const search = section(operationAnchor("get", "/api/v1/statements"));
    expect(search).toContain("<h4 id=\"op-get-api-v1-statements-parameters\">Parameters</h4>");
    expect(search).toContain('<th scope="col">Required</th>');
    expect(search).toMatch(/<th scope="row"><code dir="ltr">sort<\/code><\/th><td><code dir="ltr">query<\/code><\/td><td>No<\/td>/);
    expect(search).toMatch(/Allowed values: <code dir="ltr">relevance<\/code>, <code dir="ltr">newest<\/code>/);
    expect(search).toContain("<code dir=\"ltr\">maximum: 100</code>");
    expect(search).toContain("public, no sign-in needed.");
    // The 429 links to the shared Problem schema, rendered at the end of the page.
    expect(search).toContain('<a href="#schema-problem"><code dir="ltr">Problem</code></a>');
    expect(html).toContain('<h3 id="schema-problem"><code dir="ltr">Problem</code></h3>');

    const submit = section(operationAnchor("post", "/api/v1/submissions"));
    expect(submit).toContain("requires a session; any signed-in user.");
    expect(submit).not.toContain("Requires a session (user)");
    expect(submit).toContain("<h4>Request body</h4>");
    // Nested objects as nested lists, required fields marked, constraints and enums shown.
    expect(submit).toMatch(/<code class="api-prop" dir="ltr">organization<\/code> <code dir="ltr">object<\/code> <strong class="api-required">required<\/strong><ul class="api-schema">/);
    expect(submit).toMatch(/<code class="api-prop" dir="ltr">acronym<\/code> <code dir="ltr">string \| null<\/code>/);
    expect(submit).toMatch(/<code class="api-prop" dir="ltr">proposals<\/code> <code dir="ltr">object\[\]<\/code>/);
    expect(submit).toMatch(/Allowed values: <code dir="ltr">ngo<\/code>, <code dir="ltr">academia<\/code>/);
    expect(submit).toContain('<code dir="ltr">Idempotency-Key</code></th><td><code dir="ltr">header</code>');
    expect(submit).toContain('<code dir="ltr">Location</code>');
    expect(submit).toMatch(/<summary>Body of the 201 response \(<code dir="ltr">application\/json<\/code>\)<\/summary>/);

    const staff = section(operationAnchor("post", "/api/v1/moderation/submissions/{reference}/decision"));
    expect(staff).toContain("requires a session; a moderator or an administrator.");
    const admin = section(operationAnchor("put", "/api/v1/admin/staff/{email}"));
    expect(admin).toContain("requires a session; an administrator.");
    const intake = section(operationAnchor("post", "/api/v1/intake/extract"));
    expect(intake).toContain('<code dir="ltr">multipart/form-data</code>');
    expect(intake).toContain('<code dir="ltr">format: binary</code>');
  });

  it("resolves every $ref: no JSON reference is left on the page", async () => {
    const doc = await openApi();
    expect(JSON.stringify(doc)).toContain('"$ref"');
    const { html } = await page();
    expect(html).not.toContain("$ref");
    expect(html).not.toContain("#/components");
  });

  it("escapes the document's text", async () => {
    const { html } = await page();
    // The search's description says matches are in <mark>: shown as text, never as markup.
    expect(html).toContain("&lt;mark&gt;");
    expect(html).not.toContain("<mark>");
    // Backticks in descriptions become code.
    expect(html).toContain('<code dir="ltr">errors</code>');
  });

  it("has an introduction with base URL, errors, pagination, caching, rate limits, sign-in and labelled curl examples of documented paths", async () => {
    const doc = await openApi();
    const { html } = await page();
    for (const heading of ["Base URL", "Data formats", "Errors", "Pagination", "Caching and ETags", "Rate limits", "Signing in", "Examples"]) expect(html).toContain(`<h3>${heading}</h3>`);
    expect(html).toContain('<code dir="ltr">http://localhost/api/v1</code>');
    expect(html).toContain('<code dir="ltr">Cache-Control: public, max-age=60, stale-while-revalidate=300</code>');
    for (const ex of EXAMPLES) expect(Object.keys(doc.paths), ex.path).toContain(ex.path);
    const figures = [...html.matchAll(/<figure class="api-example"><figcaption>([^<]+)<\/figcaption><pre dir="ltr"><code>([^<]+)<\/code><\/pre><\/figure>/g)];
    expect(figures.map((f) => f[2])).toEqual([
      "curl &#39;http://localhost/api/v1/statements?q=%22referral+mechanism%22&amp;theme=victim-protection&amp;sort=newest&#39;",
      "curl &#39;http://localhost/api/v1/statements/CD-7K3M-Q9XA&#39;",
      "curl -o statements.csv &#39;http://localhost/api/v1/statements.csv?year=2022&amp;topic=firearms&#39;",
      "curl &#39;http://localhost/feeds/statements.atom?theme=victim-protection&#39;",
    ]);
    expect(figures.every((f) => f[1]!.trim().length > 0)).toBe(true);
  });

  it("keeps heading levels in order and gives every table column headers", async () => {
    for (const lang of ["en", "ar"]) {
      const { html } = await page(`/api?lang=${lang}`);
      const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
      const tables = html.match(/<table\b[\s\S]*?<\/table>/g) ?? [];
      expect(tables.length).toBeGreaterThan(30);
      for (const table of tables) {
        expect(table).toContain('<th scope="col">');
        expect(table).toMatch(/<table [^>]*aria-labelledby="[^"]+"/);
      }
    }
  });

  it("speaks French with ?lang=fr, the document's own words marked as English", async () => {
    const { res, html } = await page("/api?lang=fr");
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain("<h1>Référence de l’API</h1>");
    expect(html).toContain(">Paramètres</h4>");
    expect(html).toContain(">Réponses</h4>");
    expect(html).toContain('<h2 id="tag-public-archive">Archives publiques</h2>');
    expect(html).toContain('<p lang="en" dir="ltr">Search published statements</p>');
    expect(html).not.toContain(">Parameters<");
  });

  it("is right-to-left in Arabic, code and English descriptions kept left-to-right", async () => {
    const { res, html } = await page("/api?lang=ar");
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("<h1>مرجع واجهة برمجة التطبيقات</h1>");
    expect(html).toContain(">المعاملات</h4>");
    expect(html).toContain(">الاستجابات</h4>");
    expect(html).toContain('<code class="api-path" dir="ltr">/api/v1/statements</code>');
    expect(html).toContain('<pre dir="ltr">');
    expect(html).not.toContain(">Responses<");
  });

  for (const lang of ["es", "ru", "zh"]) {
    it(`has no English interface headings in ?lang=${lang}`, async () => {
      const { res, html } = await page(`/api?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(html).toContain(`<html lang="${lang}" dir="ltr">`);
      for (const english of [">Parameters<", ">Responses<", ">Request body<", ">Contents<", ">Overview<", ">Public archive<"]) expect(html, english).not.toContain(english);
    });
  }
});

describe("the API reference's view of a document", () => {
  const doc = (extra: Partial<OpenApiDoc> = {}): OpenApiDoc => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, ...extra });

  it("groups by tag, public archive first, unknown tags after known ones and untagged last; numbers clashing anchors", () => {
    const d = doc({
      paths: {
        "/x": { get: { tags: ["zeta"], responses: {} }, post: { responses: {} } },
        "/a.b": { get: { tags: ["administration"], responses: {} } },
        "/a-b": { get: { tags: ["public archive"], responses: {} } },
      },
    });
    const groups = groupOperations(d);
    expect(groups.map((g) => g.tag)).toEqual(["public archive", "administration", "zeta", ""]);
    expect(groups.flatMap((g) => g.operations.map((o) => o.id)).sort()).toEqual(["op-get-a-b", "op-get-a-b-2", "op-get-x", "op-post-x"]);
  });

  it("resolves local refs (also in parameters and responses), stops at cycles, links shared schemas", () => {
    const d = doc({
      components: {
        schemas: { Shared: { type: "object", properties: { a: { type: "string" } } } },
        parameters: { Limit: { name: "limit", in: "query", schema: { type: "integer", enum: [1, 2] } } },
        responses: { Ok: { description: "fine", content: { "application/json": { schema: { $ref: "#/$defs/Node" } } } } },
      } as OpenApiDoc["components"],
      $defs: { Node: { type: "object", properties: { next: { anyOf: [{ $ref: "#/$defs/Node" }, { type: "null" }] }, shared: { $ref: "#/components/schemas/Shared" } } } },
      paths: { "/n": { get: { parameters: [{ $ref: "#/components/parameters/Limit" }], responses: { "200": { $ref: "#/components/responses/Ok" } } } } },
    } as Partial<OpenApiDoc>);
    const [op] = groupOperations(d)[0]!.operations;
    expect(op!.parameters).toMatchObject([{ name: "limit", in: "query", required: false, schema: { type: "integer", enum: ["1", "2"] } }]);
    const body = op!.responses[0]!.content[0]!.schema!;
    expect(op!.responses[0]!.description).toBe("fine");
    expect(body.properties!.map((p) => p.name)).toEqual(["next", "shared"]);
    // The cycle stops: a schema already being shown is named, not expanded again.
    expect(body.properties![0]!.node).toEqual({ type: "Node | null", constraints: [] });
    expect(body.properties![1]!.node.ref).toEqual({ name: "Shared", anchor: "schema-shared" });
    expect(JSON.stringify(groupOperations(d))).not.toContain("$ref");
  });

  it("folds arrays into their items, keeps constraints, lists alternatives", () => {
    expect(schemaNode(doc(), { type: "array", maxItems: 3, items: { type: "string", pattern: "^a$" } })).toEqual({ type: "string[]", constraints: [["maxItems", "3"], ["items.pattern", "^a$"]] });
    expect(schemaNode(doc(), { anyOf: [{ type: "string" }, { type: "integer" }, { type: "null" }] }).type).toBe("string | integer | null");
    expect(schemaNode(doc(), { const: "sent" })).toMatchObject({ type: "string", enum: ["sent"] });
    expect(schemaNode(doc(), { type: "object", additionalProperties: { type: "integer" } }).properties).toMatchObject([{ name: "*", node: { type: "integer" } }]);
  });
});
