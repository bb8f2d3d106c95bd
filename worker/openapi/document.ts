import { toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import * as res from "./responses";
import { OPERATIONS } from "./registry";
// Each area registers its operations; add one import per area.
import "./paths/foundation";
import "./paths/moderation";
import "./paths/campaigns";
import "./paths/intake";
import "./paths/archive";
import "./paths/drafts";
import "./paths/cosign";
import "./paths/outcomes";
import "./paths/follow";

const json = (schema: v.GenericSchema) => toJsonSchema(schema, { target: "draft-2020-12", errorMode: "ignore" });

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed body or query parameter.",
  401: "Not signed in.",
  403: "The role does not allow it.",
  404: "Not found, or not visible to you.",
  409: "Version conflict, invalid status transition or Idempotency-Key reuse.",
  413: "Body over its limit.",
  415: "Unsupported content type.",
  422: "Invalid fields; `errors` lists each.",
  429: "Rate limited; see Retry-After.",
};

/** The OpenAPI 3.1 document for everything registered above. */
export function openApiDocument(origin: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = [
        ...(op.path ?? []).map((p) => ({ name: p.name, in: "path", required: true, description: p.description, schema: { type: "string" } })),
        ...(op.query ?? []).map((q) => ({ name: q.name, in: "query", required: false, description: q.description, schema: q.schema ?? { type: "string" } })),
        ...(op.headers ?? []).map((h) => ({ name: h.name, in: "header", required: false, description: h.description, schema: { type: "string" } })),
      ];
      const responses: Record<string, object> = {};
      for (const [status, r] of Object.entries(op.responses)) {
        responses[status] = {
          description: r.description,
          ...(r.headers ? { headers: Object.fromEntries(Object.entries(r.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }])) } : {}),
          ...(r.schema ? { content: { [r.contentType ?? "application/json"]: { schema: json(r.schema) } } } : {}),
        };
      }
      for (const status of op.errors ?? []) {
        responses[String(status)] = {
          description: STATUS_TEXT[status] ?? "Error.",
          ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer", minimum: 1 } } } } : {}),
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        };
      }
      (paths[path] ??= {})[method] = {
        summary: op.summary,
        tags: op.tags,
        ...(op.auth ? { security: [{ sessionCookie: [] }], description: `Requires a session (${op.auth}).` } : {}),
        ...(parameters.length ? { parameters } : {}),
        // An operation may take a raw body (e.g. multipart), a JSON body, or either.
        ...(op.body || op.rawBody
          ? { requestBody: { required: true, ...(op.rawBody?.description ? { description: op.rawBody.description } : {}), content: { ...(op.rawBody ? { [op.rawBody.contentType]: { schema: op.rawBody.schema } } : {}), ...(op.body ? { "application/json": { schema: json(op.body) } } : {}) } } }
          : {}),
        responses,
      };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Constructive Dialogue Portal API",
      version: "1.0.0",
      description:
        "Statements by non-governmental stakeholders to the UNTOC constructive dialogues. Errors are RFC 9457 problem details. " +
        "Lists are paginated with `limit` (1–100) and an opaque `cursor`. Unknown body fields are rejected with 422. " +
        "Bodies are `application/json; charset=utf-8`; times are ISO 8601 UTC to the second (`2022-07-01T09:00:00Z`), whatever precision was sent. " +
        "Where the contract is silent: unknown query parameters are ignored and an empty one (`?cursor=`) counts as absent; a path with a trailing slash, or a method a path does not have, is a 404 problem.",
    },
    servers: [{ url: origin }],
    paths,
    components: {
      securitySchemes: { sessionCookie: { type: "apiKey", in: "cookie", name: "__Host-cdp_session", description: "Set by POST /api/v1/auth/verify (named cdp_session on plain-http localhost)." } },
      schemas: {
        Problem: json(res.ProblemOut),
        Submission: json(res.SubmissionOut),
        Segment: json(res.SegmentOut),
        Theme: json(res.ThemeOut),
      },
    },
  };
}
