import { describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import { call } from "../helpers";

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>> };

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
    const body = doc.paths["/api/v1/submissions"]!.post!.requestBody as { content: Record<string, { schema: { required: string[]; properties: Record<string, unknown>; additionalProperties: boolean } }> };
    const schema = body.content["application/json"]!.schema;
    expect(schema.required.sort()).toEqual(["language", "organization", "segment", "speaker", "text", "title"]);
    expect(Object.keys(schema.properties).sort()).toEqual(["deliveredOn", "language", "organization", "proposals", "segment", "speaker", "text", "themes", "title"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
