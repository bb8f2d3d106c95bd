import { describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import * as v from "valibot";
import * as res from "../../worker/openapi/responses";
import { call, latestSignInToken, seed, signIn, uniqueEmail } from "../helpers";

type Response = { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, Response>; requestBody?: { content: Record<string, unknown> } }>> };

/** Every method+path the Hono app really serves under /api/v1 (middleware and catch-alls left out). */
function servedRoutes(): string[] {
  const out = new Set<string>();
  for (const r of app.routes) {
    if (!r.path.startsWith("/api/v1/") || r.path.includes("*") || r.method === "ALL") continue;
    const path = r.path.replace(/\/$/, "").replace(/:(\w+)(\{[^}]*\})?/g, "{$1}");
    out.add(`${r.method.toLowerCase()} ${path}`);
  }
  return [...out].sort();
}

describe("GET /api/openapi.json", () => {
  it("is OpenAPI 3.1 with full /api/v1 path keys", async () => {
    const res = await call("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    for (const key of Object.keys(doc.paths)) expect(key).toMatch(/^\/(api\/v1\/|feeds\/|api\/openapi)/);
  });

  it("documents exactly the routes the Worker serves under /api/v1", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as Doc;
    const documented = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/v1/"))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`))
      .sort();
    expect(documented).toEqual(servedRoutes());
  });

  it("gives every operation a success response and problem responses for errors", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as Doc;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const statuses = Object.keys(op.responses);
        expect(statuses.some((s) => s.startsWith("2")), `${method} ${path}`).toBe(true);
        if (method !== "get") expect(op.requestBody !== undefined || path.endsWith("sign-out"), `${method} ${path} body`).toBe(true);
      }
    }
  });

  it("describes the submission body from the same schema the API validates with", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as Doc;
    type Shape = { required: string[]; properties: Record<string, unknown>; additionalProperties: boolean };
    const body = doc.paths["/api/v1/submissions"]!.post!.requestBody as { content: Record<string, { schema: { anyOf: [Shape, Shape] } }> };
    // A submission, or a draft ("draft": true) where only the segment is required.
    const [schema, draft] = body.content["application/json"]!.schema.anyOf;
    // `organization` may be left out when the account has a saved organization.
    expect(schema.required.sort()).toEqual(["language", "segment", "speaker", "text", "title"]);
    expect(Object.keys(schema.properties).sort()).toEqual(["deliveredOn", "draft", "language", "organization", "proposals", "segment", "speaker", "text", "themes", "title"]);
    expect(schema.additionalProperties).toBe(false);
    expect(draft.required.sort()).toEqual(["draft", "segment"]);
    expect(draft.additionalProperties).toBe(false);
  });

  it("gives the body of every JSON success answer API.md shows", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as Doc;
    const shown: [string, string, string, string[]][] = [
      ["/api/v1/auth/email-link", "post", "202", ["status"]],
      ["/api/v1/auth/verify", "post", "200", ["user"]],
      ["/api/v1/auth/me", "get", "200", ["user"]],
      ["/api/v1/segments", "get", "200", ["items"]],
      ["/api/v1/themes", "get", "200", ["items"]],
      ["/api/v1/health", "get", "200", ["status"]],
    ];
    for (const [path, method, status, keys] of shown) {
      const schema = doc.paths[path]![method]!.responses[status]!.content?.["application/json"]?.schema;
      expect(Object.keys(schema?.properties ?? {}), `${method} ${path} ${status}`).toEqual(keys);
    }
  });

  it("documents Location on creation and Retry-After on every rate-limited route", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as Doc;
    expect(doc.paths["/api/v1/submissions"]!.post!.responses["201"]!.headers).toHaveProperty("Location");
    expect(doc.paths["/api/v1/admin/segments"]!.post!.responses["201"]!.headers).toHaveProperty("Location");
    const limited: [string, string][] = [
      ["/api/v1/auth/email-link", "post"], ["/api/v1/auth/verify", "post"], ["/api/v1/submissions", "post"], ["/api/v1/intake/extract", "post"],
      ["/api/v1/statements", "get"], ["/api/v1/statements.csv", "get"], ["/feeds/statements.atom", "get"],
    ];
    for (const [path, method] of limited) expect(doc.paths[path]![method]!.responses["429"]?.headers, `${method} ${path}`).toHaveProperty("Retry-After");
  });

  it("lists 413, 415 and 422 on every operation that takes a JSON body", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as Doc;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!op.requestBody?.content["application/json"]) continue;
        for (const status of ["413", "415", "422"]) expect(op.responses, `${method} ${path}`).toHaveProperty(status);
      }
    }
  });

  it("documents bodies that the real answers match", async () => {
    await seed();
    const email = uniqueEmail();
    v.parse(res.EmailLinkOut, await (await call("/api/v1/auth/email-link", { method: "POST", json: { email } })).json());
    v.parse(res.SignedInOut, await (await call("/api/v1/auth/verify", { method: "POST", json: { token: await latestSignInToken(email) } })).json());
    v.parse(res.SignedInOut, await (await call("/api/v1/auth/me", { cookie: await signIn() })).json());
    v.parse(res.SegmentListOut, await (await call("/api/v1/segments")).json());
    v.parse(res.ThemeListOut, await (await call("/api/v1/themes")).json());
    v.parse(res.HealthOut, await (await call("/api/v1/health")).json());
  });

  it("types versions and counts as integers, dates and times in API.md's formats", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as { components: { schemas: Record<string, { properties: Record<string, { type?: string; pattern?: string; anyOf?: { pattern?: string }[] }> }> } };
    const { Submission, Segment } = doc.components.schemas;
    expect(Submission!.properties.version!.type).toBe("integer");
    expect(Submission!.properties.submittedAt!.pattern).toBe("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$");
    expect(Segment!.properties.heldOn!.pattern).toBe("^\\d{4}-\\d{2}-\\d{2}$");
    expect(Segment!.properties.statementCount!.type).toBe("integer");
  });
});
