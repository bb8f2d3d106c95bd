import { toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import * as req from "../domain/schemas";
import * as res from "./responses";

type Schema = v.GenericSchema;
type Op = {
  summary: string;
  tags: string[];
  auth?: "user" | "staff" | "admin";
  body?: Schema;
  query?: { name: string; description: string; schema?: object }[];
  path?: { name: string; description: string }[];
  headers?: { name: string; description: string }[];
  responses: Record<number, { description: string; schema?: Schema; contentType?: string }>;
  errors?: number[];
};

const json = (schema: Schema) => toJsonSchema(schema, { target: "draft-2020-12", errorMode: "ignore" });

/** Every operation of /api/v1 and beyond: the single list the OpenAPI document is built from. */
export const OPERATIONS: Record<string, Record<string, Op>> = {};

export function register(path: string, method: string, op: Op): void {
  (OPERATIONS[path] ??= {})[method] = op;
}

const ref = { name: "reference", description: "The statement's reference, e.g. CD-7K3M-Q9XA." };
const page = [
  { name: "limit", description: "Page size, 1–100 (default 20).", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
  { name: "cursor", description: "The nextCursor of the previous page." },
];

register("/api/v1/auth/email-link", "post", { summary: "Email a sign-in link", tags: ["auth"], body: req.EmailLinkBody, responses: { 202: { description: "Sent (for any well-formed address)." } }, errors: [400, 413, 415, 422, 429] });
register("/api/v1/auth/verify", "post", { summary: "Exchange a sign-in token for a session cookie", tags: ["auth"], body: req.VerifyBody, responses: { 200: { description: "Signed in; sets the session cookie." } }, errors: [400, 413, 415, 422] });
register("/api/v1/auth/me", "get", { summary: "The signed-in user", tags: ["auth"], auth: "user", responses: { 200: { description: "The user." } }, errors: [401] });
register("/api/v1/auth/sign-out", "post", { summary: "End the session", tags: ["auth"], responses: { 204: { description: "Signed out." } } });

register("/api/v1/segments", "get", { summary: "List dialogue segments", tags: ["reference data"], responses: { 200: { description: "All segments, newest first." } } });
register("/api/v1/segments/{slug}", "get", { summary: "One segment", tags: ["reference data"], path: [{ name: "slug", description: "The segment's slug." }], responses: { 200: { description: "The segment.", schema: res.SegmentOut } }, errors: [404] });
register("/api/v1/themes", "get", { summary: "The theme taxonomy", tags: ["reference data"], responses: { 200: { description: "All themes." } } });

register("/api/v1/submissions", "post", {
  summary: "Submit a statement",
  tags: ["submissions"],
  auth: "user",
  body: req.SubmissionCreate,
  headers: [{ name: "Idempotency-Key", description: "Optional. A retry with the same key and body returns the first response; another body → 409." }],
  responses: { 201: { description: "Created; Location points at it. A receipt email is sent.", schema: res.SubmissionOut } },
  errors: [400, 401, 409, 413, 415, 422],
});
register("/api/v1/submissions", "get", { summary: "My submissions, newest first", tags: ["submissions"], auth: "user", query: page, responses: { 200: { description: "A page.", schema: res.SubmissionPageOut } }, errors: [400, 401] });
register("/api/v1/submissions/{reference}", "get", { summary: "One submission (owner or staff)", tags: ["submissions"], auth: "user", path: [ref], responses: { 200: { description: "The submission.", schema: res.SubmissionOut } }, errors: [401, 404] });
register("/api/v1/submissions/{reference}", "patch", {
  summary: "Edit my submission while submitted or changes requested",
  tags: ["submissions"],
  auth: "user",
  path: [ref],
  body: req.SubmissionPatch,
  responses: { 200: { description: "The edited submission (after changes_requested it is submitted again).", schema: res.SubmissionOut } },
  errors: [400, 401, 404, 409, 413, 415, 422],
});
register("/api/v1/submissions/{reference}/withdraw", "post", { summary: "Withdraw my submission", tags: ["submissions"], auth: "user", path: [ref], body: req.WithdrawBody, responses: { 200: { description: "Withdrawn.", schema: res.SubmissionOut } }, errors: [400, 401, 404, 409, 415, 422] });

register("/api/v1/admin/segments", "post", { summary: "Create a segment", tags: ["administration"], auth: "admin", body: req.SegmentCreate, responses: { 201: { description: "Created.", schema: res.SegmentOut } }, errors: [400, 401, 403, 409, 415, 422] });
register("/api/v1/admin/segments/{slug}", "patch", { summary: "Edit a segment (e.g. its submission window)", tags: ["administration"], auth: "admin", path: [{ name: "slug", description: "The segment's slug." }], body: req.SegmentPatch, responses: { 200: { description: "Updated.", schema: res.SegmentOut } }, errors: [400, 401, 403, 404, 415, 422] });
register("/api/v1/admin/themes", "post", { summary: "Add a theme", tags: ["administration"], auth: "admin", body: req.ThemeCreate, responses: { 201: { description: "Created.", schema: res.ThemeOut } }, errors: [400, 401, 403, 409, 415, 422] });
register("/api/v1/admin/themes/{slug}", "patch", { summary: "Relabel or describe a theme", tags: ["administration"], auth: "admin", path: [{ name: "slug", description: "The theme's slug." }], body: req.ThemePatch, responses: { 200: { description: "Updated.", schema: res.ThemeOut } }, errors: [400, 401, 403, 404, 415, 422] });
register("/api/v1/admin/staff/{email}", "put", { summary: "Set a person's staff roles", tags: ["administration"], auth: "admin", path: [{ name: "email", description: "The person's email address." }], body: req.StaffRolesBody, responses: { 200: { description: "The roles now in force.", schema: res.StaffOut } }, errors: [400, 401, 403, 415, 422] });

register("/api/v1/health", "get", { summary: "Health check", tags: ["operations"], responses: { 200: { description: "The database answers." } } });

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
        responses[status] = r.schema
          ? { description: r.description, content: { [r.contentType ?? "application/json"]: { schema: json(r.schema) } } }
          : { description: r.description };
      }
      for (const status of op.errors ?? []) {
        responses[String(status)] = { description: STATUS_TEXT[status] ?? "Error.", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
      }
      (paths[path] ??= {})[method] = {
        summary: op.summary,
        tags: op.tags,
        ...(op.auth ? { security: [{ sessionCookie: [] }], description: `Requires a session (${op.auth}).` } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: json(op.body) } } } } : {}),
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
        "Lists are paginated with `limit` (1–100) and an opaque `cursor`. Unknown body fields are rejected with 422.",
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
