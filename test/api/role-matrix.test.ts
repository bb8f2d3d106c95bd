import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import { call, createSubmission, seed, signIn, signInAdmin, signInModerator, submissionBody, uniqueEmail } from "../helpers";

/**
 * The role matrix: EVERY API route of the app × every kind of caller, with the status each must get.
 * One table; a route added to the app without a row here fails the coverage test below.
 *
 * Expected values: "2xx" (allowed), or the exact refusal: 401 (no session), 403 (wrong role),
 * 404 (private thing of someone else: never revealed), 400 (role-independent: bad token).
 */
const ROLES = ["anonymous", "submitter", "otherSubmitter", "moderator", "admin"] as const;
type Role = (typeof ROLES)[number];
type Expected = "2xx" | 400 | 401 | 403 | 404;
type Ctx = {
  cookie: Record<Role, string>;
  ownSubmission: () => Promise<{ reference: string; version: number }>;
  /** A complete draft of the submitter's, ready to submit. */
  ownDraft: () => Promise<{ reference: string; version: number }>;
  /** The submitter's submission with an original document, and a published one with a document. */
  withDocument: { own: string; published: string };
};
type Request = { path: string; method?: string; json?: unknown; cookie?: string };
type Row = { route: string; request: (ctx: Ctx, role: Role) => Promise<Request> | Request; expect: Record<Role, Expected> };

const everyone = (e: Expected): Record<Role, Expected> => ({ anonymous: e, submitter: e, otherSubmitter: e, moderator: e, admin: e });
const PUBLIC = everyone("2xx");
const SIGNED_IN: Record<Role, Expected> = { ...everyone("2xx"), anonymous: 401 };
const OWNER_OR_STAFF: Record<Role, Expected> = { anonymous: 401, submitter: "2xx", otherSubmitter: 404, moderator: "2xx", admin: "2xx" };
const OWNER_ONLY: Record<Role, Expected> = { anonymous: 401, submitter: "2xx", otherSubmitter: 404, moderator: 404, admin: 404 };
const STAFF: Record<Role, Expected> = { anonymous: 401, submitter: 403, otherSubmitter: 403, moderator: "2xx", admin: "2xx" };
const ADMIN: Record<Role, Expected> = { anonymous: 401, submitter: 403, otherSubmitter: 403, moderator: 403, admin: "2xx" };

/** A Chair's summary for the closed seeded segment (attached in beforeAll, so the outcome routes have one). */
const OUTCOME = { title: "Chair's summary", publishedOn: "2022-07-20", text: "1. Participants underlined the value of referral mechanisms.\n\n2. Several speakers called for training." };
const LETTER = "Distinguished delegates, we thank the Member States for this constructive dialogue on trafficking in persons.";
const slug = () => `matrix-${crypto.randomUUID().slice(0, 8)}`;
const segmentBody = () => ({ slug: slug(), title: "Matrix test segment", series: "2030", number: 1, topics: ["firearms"], heldOn: "2030-05-01", opensAt: "2030-03-01T00:00:00Z", closesAt: "2030-04-30T23:59:59Z" });

/** Sessions for sign-out are thrown away, so each call signs in afresh as that role. */
async function disposableCookie(role: Role): Promise<string> {
  if (role === "anonymous") return "";
  if (role === "moderator") return signInModerator();
  if (role === "admin") return signInAdmin();
  return signIn();
}

export const MATRIX: Row[] = [
  { route: "POST /api/v1/auth/email-link", request: () => ({ path: "/api/v1/auth/email-link", method: "POST", json: { email: uniqueEmail("matrix") } }), expect: PUBLIC },
  { route: "POST /api/v1/auth/verify", request: () => ({ path: "/api/v1/auth/verify", method: "POST", json: { token: "A".repeat(43) } }), expect: everyone(400) },
  { route: "GET /api/v1/auth/me", request: () => ({ path: "/api/v1/auth/me" }), expect: SIGNED_IN },
  { route: "POST /api/v1/auth/sign-out", request: async (_, role) => ({ path: "/api/v1/auth/sign-out", method: "POST", cookie: await disposableCookie(role) }), expect: PUBLIC },
  { route: "GET /api/v1/segments", request: () => ({ path: "/api/v1/segments" }), expect: PUBLIC },
  { route: "GET /api/v1/segments/:slug", request: () => ({ path: "/api/v1/segments/2022-4-trafficking-in-persons" }), expect: PUBLIC },
  { route: "GET /api/v1/themes", request: () => ({ path: "/api/v1/themes" }), expect: PUBLIC },
  { route: "POST /api/v1/submissions", request: () => ({ path: "/api/v1/submissions", method: "POST", json: submissionBody() }), expect: SIGNED_IN },
  { route: "GET /api/v1/submissions", request: () => ({ path: "/api/v1/submissions" }), expect: SIGNED_IN },
  { route: "GET /api/v1/submissions/:reference", request: async (ctx) => ({ path: `/api/v1/submissions/${(await ctx.ownSubmission()).reference}` }), expect: OWNER_OR_STAFF },
  {
    route: "PATCH /api/v1/submissions/:reference",
    request: async (ctx) => ({ path: `/api/v1/submissions/${(await ctx.ownSubmission()).reference}`, method: "PATCH", json: { version: 1, title: "Edited in the matrix" } }),
    expect: OWNER_ONLY,
  },
  {
    route: "POST /api/v1/submissions/:reference/submit",
    request: async (ctx) => ({ path: `/api/v1/submissions/${(await ctx.ownDraft()).reference}/submit`, method: "POST", json: { version: 1 } }),
    expect: OWNER_ONLY,
  },
  {
    route: "POST /api/v1/submissions/:reference/withdraw",
    request: async (ctx) => ({ path: `/api/v1/submissions/${(await ctx.ownSubmission()).reference}/withdraw`, method: "POST", json: { version: 1 } }),
    expect: OWNER_ONLY,
  },
  {
    // Each caller's own profile, saved first (one without any is a 404: test/api/profile.test.ts).
    route: "GET /api/v1/me/organization",
    request: async (ctx, role) => {
      if (role !== "anonymous") {
        await call("/api/v1/me/organization", { method: "PUT", cookie: ctx.cookie[role], json: { name: "Matrix Organization", country: "KE", type: "ngo" } });
      }
      return { path: "/api/v1/me/organization" };
    },
    expect: SIGNED_IN,
  },
  {
    route: "PUT /api/v1/me/organization",
    request: () => ({ path: "/api/v1/me/organization", method: "PUT", json: { name: "Matrix Organization", country: "KE", type: "ngo" } }),
    expect: SIGNED_IN,
  },
  { route: "POST /api/v1/admin/segments", request: () => ({ path: "/api/v1/admin/segments", method: "POST", json: segmentBody() }), expect: ADMIN },
  { route: "PATCH /api/v1/admin/segments/:slug", request: () => ({ path: "/api/v1/admin/segments/2023-1-firearms", method: "PATCH", json: { title: "Firearms (2023)" } }), expect: ADMIN },
  { route: "POST /api/v1/admin/themes", request: () => ({ path: "/api/v1/admin/themes", method: "POST", json: { slug: slug(), label: "Matrix theme", description: "" } }), expect: ADMIN },
  { route: "PATCH /api/v1/admin/themes/:slug", request: () => ({ path: "/api/v1/admin/themes/technology", method: "PATCH", json: { description: "Online exploitation, digital evidence." } }), expect: ADMIN },
  { route: "PUT /api/v1/admin/staff/:email", request: () => ({ path: `/api/v1/admin/staff/${uniqueEmail("staff")}`, method: "PUT", json: { roles: ["moderator"] } }), expect: ADMIN },
  { route: "GET /api/v1/moderation/queue", request: () => ({ path: "/api/v1/moderation/queue" }), expect: STAFF },
  { route: "GET /api/v1/moderation/campaigns", request: () => ({ path: "/api/v1/moderation/campaigns" }), expect: STAFF },
  {
    // The role is checked before the campaign is looked up: staff learn that this one does not exist.
    route: "POST /api/v1/moderation/campaigns/:id/decision",
    request: () => ({ path: "/api/v1/moderation/campaigns/CC-0000-0000/decision", method: "POST", json: { action: "publish" } }),
    expect: { ...STAFF, moderator: 404, admin: 404 },
  },
  {
    route: "POST /api/v1/moderation/bulk-decision",
    request: async (ctx) => ({ path: "/api/v1/moderation/bulk-decision", method: "POST", json: { action: "publish", items: [{ ...(await ctx.ownSubmission()) }] } }),
    expect: STAFF,
  },
  {
    route: "PATCH /api/v1/moderation/submissions/:reference",
    request: async (ctx) => ({ path: `/api/v1/moderation/submissions/${(await ctx.ownSubmission()).reference}`, method: "PATCH", json: { version: 1, themes: ["legislation"] } }),
    expect: STAFF,
  },
  {
    route: "POST /api/v1/moderation/submissions/:reference/decision",
    request: async (ctx) => ({ path: `/api/v1/moderation/submissions/${(await ctx.ownSubmission()).reference}/decision`, method: "POST", json: { action: "publish", version: 1 } }),
    expect: STAFF,
  },
  { route: "GET /api/v1/moderation/submissions/:reference/history", request: async (ctx) => ({ path: `/api/v1/moderation/submissions/${(await ctx.ownSubmission()).reference}/history` }), expect: STAFF },
  { route: "GET /api/v1/health", request: () => ({ path: "/api/v1/health" }), expect: PUBLIC },
  { route: "GET /api/v1/statements", request: () => ({ path: "/api/v1/statements?q=trafficking" }), expect: PUBLIC },
  { route: "GET /api/v1/statements.csv", request: () => ({ path: "/api/v1/statements.csv" }), expect: PUBLIC },
  { route: "GET /api/v1/proposals.csv", request: () => ({ path: "/api/v1/proposals.csv" }), expect: PUBLIC },
  { route: "GET /api/v1/statements/:reference", request: () => ({ path: "/api/v1/statements/CD-CGR2-2022" }), expect: PUBLIC },
  {
    route: "POST /api/v1/statements/import",
    request: () => ({ path: "/api/v1/statements/import", method: "POST", json: { statements: [{ ...submissionBody({ segment: "2022-4-trafficking-in-persons" }), publishedAt: "2022-07-15T09:00:00Z" }] } }),
    expect: STAFF,
  },
  { route: "POST /api/v1/intake/extract", request: () => ({ path: "/api/v1/intake/extract", method: "POST", json: { text: `${LETTER}\n\n1. Establish national referral mechanisms for victims.` } }), expect: SIGNED_IN },
  { route: "GET /api/v1/admin/themes/:slug/keywords", request: () => ({ path: "/api/v1/admin/themes/technology/keywords" }), expect: ADMIN },
  { route: "PUT /api/v1/admin/themes/:slug/keywords", request: () => ({ path: "/api/v1/admin/themes/technology/keywords", method: "PUT", json: { keywords: [{ term: "deepfake", language: "en" }] } }), expect: ADMIN },
  { route: "GET /api/v1/submissions/:reference/document", request: (ctx) => ({ path: `/api/v1/submissions/${ctx.withDocument.own}/document` }), expect: OWNER_OR_STAFF },
  { route: "GET /api/v1/statements/:reference/document", request: (ctx) => ({ path: `/api/v1/statements/${ctx.withDocument.published}/document` }), expect: PUBLIC },
  { route: "GET /api/v1/moderation/submissions/:reference/versions", request: async (ctx) => ({ path: `/api/v1/moderation/submissions/${(await ctx.ownSubmission()).reference}/versions` }), expect: STAFF },
  { route: "GET /api/openapi.json", request: () => ({ path: "/api/openapi.json" }), expect: PUBLIC },
  // No session: the invitation's token is the credential, the same for every caller (an unknown one is 404).
  { route: "POST /api/v1/cosign/:token", request: () => ({ path: `/api/v1/cosign/${"D".repeat(43)}`, method: "POST", json: { answer: "confirm" } }), expect: everyone(404) },
  { route: "POST /api/v1/cosign/:token/opt-out", request: () => ({ path: `/api/v1/cosign/${"D".repeat(43)}/opt-out`, method: "POST" }), expect: everyone(404) },
  { route: "POST /api/v1/segments/:slug/outcome", request: () => ({ path: "/api/v1/segments/2022-4-trafficking-in-persons/outcome", method: "POST", json: OUTCOME }), expect: STAFF },
  { route: "GET /api/v1/segments/:slug/outcome", request: () => ({ path: "/api/v1/segments/2022-4-trafficking-in-persons/outcome" }), expect: PUBLIC },
  { route: "GET /api/v1/moderation/outcomes/:slug/suggestions", request: () => ({ path: "/api/v1/moderation/outcomes/2022-4-trafficking-in-persons/suggestions" }), expect: STAFF },
  { route: "PUT /api/v1/moderation/outcomes/:slug/links", request: () => ({ path: "/api/v1/moderation/outcomes/2022-4-trafficking-in-persons/links", method: "PUT", json: { links: [] } }), expect: STAFF },
  { route: "POST /api/v1/subscriptions", request: () => ({ path: "/api/v1/subscriptions", method: "POST", json: { email: uniqueEmail("follow"), frequency: "weekly", filters: { theme: "firearms-control" } } }), expect: PUBLIC },
  { route: "POST /api/v1/subscriptions/confirm", request: () => ({ path: "/api/v1/subscriptions/confirm", method: "POST", json: { token: "A".repeat(43) } }), expect: everyone(400) },
  { route: "POST /api/v1/subscriptions/unsubscribe", request: () => ({ path: "/api/v1/subscriptions/unsubscribe", method: "POST", json: { token: "A".repeat(43) } }), expect: everyone(400) },
  { route: "GET /api/v1/statistics", request: () => ({ path: "/api/v1/statistics?theme=victim-protection" }), expect: PUBLIC },
];

/** Every concrete API route registered on the app (middleware and catch-alls left out). */
function registeredApiRoutes(): string[] {
  const routes = app.routes.filter((r) => r.method !== "ALL" && r.path.startsWith("/api/") && !r.path.endsWith("*")).map((r) => `${r.method} ${r.path}`);
  return [...new Set(routes)].sort();
}

function outcome(status: number): Expected | number {
  return status >= 200 && status < 300 ? "2xx" : status;
}

/** Stores an original document for a submission, as the upload path does (R2 object + attachments row). */
async function attachDocument(reference: string): Promise<void> {
  const key = `matrix/${reference}.txt`;
  const body = `${LETTER} (${reference})`;
  await env.DOCUMENTS.put(key, body, { httpMetadata: { contentType: "text/plain" } });
  await env.DB.prepare(
    `INSERT INTO attachments (submission_id, r2_key, content_type, size, sha256, filename, created_at)
     SELECT id, ?2, 'text/plain', ?3, ?4, 'statement.txt', '2026-01-01T00:00:00Z' FROM submissions WHERE reference = ?1`,
  )
    .bind(reference, key, body.length, "0".repeat(64))
    .run();
}

let ctx: Ctx;

beforeAll(async () => {
  await seed();
  const [submitter, otherSubmitter, moderator, admin] = await Promise.all([signIn(), signIn(), signInModerator(), signInAdmin()]);
  const cookie = { anonymous: "", submitter, otherSubmitter, moderator, admin };
  const own = (await createSubmission(submitter)).reference;
  const published = (await createSubmission(submitter)).reference;
  // The original is public only when staff say so (API.md "After publication").
  await call(`/api/v1/moderation/submissions/${published}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: 1, documentPublic: true } });
  for (const reference of [own, published]) await attachDocument(reference);
  await call("/api/v1/segments/2022-4-trafficking-in-persons/outcome", { method: "POST", cookie: moderator, json: OUTCOME });
  ctx = {
    cookie,
    ownSubmission: async () => {
      const s = await createSubmission(submitter);
      return { reference: s.reference, version: s.version };
    },
    ownDraft: async () => {
      const s = await createSubmission(submitter, { draft: true });
      return { reference: s.reference, version: s.version };
    },
    withDocument: { own, published },
  };
});

describe("role matrix", () => {
  it("has exactly one row for every API route of the app", () => {
    const listed = MATRIX.map((r) => r.route);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(registeredApiRoutes());
  });

  for (const row of MATRIX) {
    it(`${row.route}: ${ROLES.map((r) => `${r} ${row.expect[r]}`).join(", ")}`, async () => {
      const got: Record<string, Expected | number> = {};
      for (const role of ROLES) {
        const req = await row.request(ctx, role);
        const res = await call(req.path, { method: req.method ?? "GET", json: req.json, cookie: req.cookie ?? ctx.cookie[role] });
        got[role] = outcome(res.status);
        if (res.status >= 400) expect(res.headers.get("content-type"), `${row.route} as ${role}`).toMatch(/^application\/problem\+json/);
        await res.body?.cancel();
      }
      expect(got).toEqual(row.expect);
    });
  }
});

// ---- Audit (reliability/security issue): every refusal and every staff write in the table is recorded.
import { env } from "cloudflare:workers";
import { listAuditEventsForRequest } from "../../worker/db/audit";

describe("role matrix: the audit trail", () => {
  for (const row of MATRIX) {
    const refused = ROLES.filter((r) => row.expect[r] === 401 || row.expect[r] === 403);
    const staffWrite = (row.route.startsWith("GET ") ? [] : (["moderator", "admin"] as const)).filter((r) => row.expect[r] === "2xx" && !row.route.includes("/auth/"));
    if (refused.length === 0 && staffWrite.length === 0) continue;
    it(`${row.route}: ${[...refused.map((r) => `${r} denied`), ...staffWrite.map((r) => `${r} staff-action`)].join(", ")}`, async () => {
      for (const role of [...refused, ...staffWrite]) {
        const req = await row.request(ctx, role);
        const id = `matrix-${crypto.randomUUID()}`;
        const res = await call(req.path, { method: req.method ?? "GET", json: req.json, cookie: req.cookie ?? ctx.cookie[role], headers: { "x-request-id": id } });
        await res.body?.cancel();
        const events = await listAuditEventsForRequest(env.DB, id);
        const kind = (refused as readonly Role[]).includes(role) ? "denied" : "staff-action";
        expect(events.map((e) => [e.kind, e.status, e.actorEmail !== null]), `${row.route} as ${role}`).toEqual([[kind, res.status, role !== "anonymous"]]);
      }
    });
  }
});

// ---- The same matrix for the HTML pages: every page route × the five callers. A page refuses by
// redirecting to sign-in (no session), with a 403 page (wrong role) or a 404 page (someone else's);
// "in" means the request got past authorization (the page, a form re-rendered with errors, a redirect
// after success). Public pages must answer every caller alike.
type PageExpected = "in" | "sign-in" | 403 | 404;
type PageRow = { route: string; path: (ctx: Ctx) => Promise<string> | string; expect: Record<Role, PageExpected> | "alike"; multipart?: true };

const P_SIGNED_IN: Record<Role, PageExpected> = { anonymous: "sign-in", submitter: "in", otherSubmitter: "in", moderator: "in", admin: "in" };
const P_OWNER: Record<Role, PageExpected> = { anonymous: "sign-in", submitter: "in", otherSubmitter: 404, moderator: 404, admin: 404 };
const P_STAFF: Record<Role, PageExpected> = { anonymous: "sign-in", submitter: 403, otherSubmitter: 403, moderator: "in", admin: "in" };
const P_ADMIN: Record<Role, PageExpected> = { anonymous: "sign-in", submitter: 403, otherSubmitter: 403, moderator: 403, admin: "in" };
const own = async (ctx: Ctx) => (await ctx.ownSubmission()).reference;

const PAGE_MATRIX: PageRow[] = [
  { route: "GET /", path: () => "/", expect: "alike" },
  { route: "GET /sign-in", path: () => "/sign-in", expect: "alike" },
  { route: "POST /sign-in", path: () => "/sign-in", expect: "alike" },
  { route: "GET /auth/verify", path: () => "/auth/verify?token=x", expect: "alike" },
  { route: "POST /auth/verify", path: () => "/auth/verify", expect: "alike" },
  { route: "POST /sign-out", path: () => "/sign-out", expect: "alike" },
  { route: "GET /dev/mailbox", path: () => "/dev/mailbox?to=nobody%40example.org", expect: "alike" },
  { route: "POST /dev/run-scheduled", path: () => "/dev/run-scheduled", expect: "alike" },
  { route: "GET /statements", path: () => "/statements?q=trafficking", expect: "alike" },
  { route: "GET /statements/:reference", path: () => "/statements/CD-CGR2-2022", expect: "alike" },
  { route: "GET /statements/:reference/document", path: () => "/statements/CD-CGR2-2022/document", expect: "alike" },
  { route: "GET /segments/:slug", path: () => "/segments/2022-4-trafficking-in-persons", expect: "alike" },
  { route: "GET /themes/:slug", path: () => "/themes/victim-protection", expect: "alike" },
  { route: "GET /segments", path: () => "/segments", expect: "alike" },
  { route: "GET /themes", path: () => "/themes", expect: "alike" },
  { route: "GET /briefs/segments/:slug", path: () => "/briefs/segments/2022-4-trafficking-in-persons", expect: "alike" },
  { route: "GET /briefs/themes/:slug", path: () => "/briefs/themes/victim-protection", expect: "alike" },
  { route: "GET /organizations/:slug", path: () => "/organizations/unknown-organization-1", expect: "alike" },
  { route: "GET /organizations", path: () => "/organizations", expect: "alike" },
  { route: "GET /cosign/:token", path: () => `/cosign/${"D".repeat(43)}`, expect: "alike" },
  { route: "POST /cosign/:token", path: () => `/cosign/${"D".repeat(43)}`, expect: "alike" },
  { route: "POST /cosign/:token/opt-out", path: () => `/cosign/${"D".repeat(43)}/opt-out`, expect: "alike" },
  { route: "GET /feeds/statements.atom", path: () => "/feeds/statements.atom", expect: "alike" },
  { route: "GET /api", path: () => "/api", expect: "alike" },
  { route: "GET /subscribe", path: () => "/subscribe?q=firearms", expect: "alike" },
  { route: "POST /subscribe", path: () => "/subscribe", expect: "alike" },
  { route: "GET /subscribe/confirm", path: () => "/subscribe/confirm?token=x", expect: "alike" },
  { route: "POST /subscribe/confirm", path: () => "/subscribe/confirm", expect: "alike" },
  { route: "GET /unsubscribe", path: () => "/unsubscribe?token=x", expect: "alike" },
  { route: "POST /unsubscribe", path: () => "/unsubscribe?token=x", expect: "alike" },
  { route: "GET /statistics", path: () => "/statistics?theme=victim-protection", expect: "alike" },
  { route: "GET /submit", path: () => "/submit", expect: P_SIGNED_IN },
  { route: "POST /submit", path: () => "/submit", expect: P_SIGNED_IN },
  { route: "POST /intake/extract", path: () => "/intake/extract", expect: P_SIGNED_IN, multipart: true },
  { route: "POST /intake/submit", path: () => "/intake/submit", expect: P_SIGNED_IN },
  { route: "GET /my/submissions", path: () => "/my/submissions", expect: P_SIGNED_IN },
  { route: "GET /my/submissions/:reference", path: async (ctx) => `/my/submissions/${await own(ctx)}`, expect: P_OWNER },
  { route: "POST /my/submissions/:reference", path: async (ctx) => `/my/submissions/${await own(ctx)}`, expect: P_OWNER },
  { route: "GET /my/submissions/:reference/withdraw", path: async (ctx) => `/my/submissions/${await own(ctx)}/withdraw`, expect: P_OWNER },
  { route: "POST /my/submissions/:reference/withdraw", path: async (ctx) => `/my/submissions/${await own(ctx)}/withdraw`, expect: P_OWNER },
  { route: "GET /my/submissions/:reference/submit", path: async (ctx) => `/my/submissions/${(await ctx.ownDraft()).reference}/submit`, expect: P_OWNER },
  { route: "POST /my/submissions/:reference/submit", path: async (ctx) => `/my/submissions/${(await ctx.ownDraft()).reference}/submit`, expect: P_OWNER },
  { route: "GET /my/organization", path: () => "/my/organization", expect: P_SIGNED_IN },
  { route: "POST /my/organization", path: () => "/my/organization", expect: P_SIGNED_IN },
  { route: "GET /moderation", path: () => "/moderation", expect: P_STAFF },
  { route: "GET /moderation/:reference", path: async (ctx) => `/moderation/${await own(ctx)}`, expect: P_STAFF },
  { route: "POST /moderation/:reference/edit", path: async (ctx) => `/moderation/${await own(ctx)}/edit`, expect: P_STAFF },
  { route: "POST /moderation/:reference/decision", path: async (ctx) => `/moderation/${await own(ctx)}/decision`, expect: P_STAFF },
  { route: "POST /moderation/bulk", path: () => "/moderation/bulk", expect: P_STAFF },
  // An unknown campaign: the role is checked first (sign-in, 403), then staff get the 404 page.
  { route: "GET /moderation/campaigns/:id", path: () => "/moderation/campaigns/CC-0000-0000", expect: { ...P_STAFF, moderator: 404, admin: 404 } },
  { route: "POST /moderation/campaigns/:id/decision", path: () => "/moderation/campaigns/CC-0000-0000/decision", expect: { ...P_STAFF, moderator: 404, admin: 404 } },
  { route: "GET /moderation/:reference/compare/:other", path: async (ctx) => `/moderation/${await own(ctx)}/compare/${await own(ctx)}`, expect: P_STAFF },
  { route: "GET /admin", path: () => "/admin", expect: P_ADMIN },
  { route: "GET /admin/segments", path: () => "/admin/segments", expect: P_ADMIN },
  { route: "GET /admin/themes", path: () => "/admin/themes", expect: P_ADMIN },
  { route: "GET /admin/staff", path: () => "/admin/staff", expect: P_ADMIN },
  { route: "GET /admin/translations", path: () => "/admin/translations", expect: P_ADMIN },
  { route: "GET /admin/segments/:slug", path: () => "/admin/segments/2023-1-firearms", expect: P_ADMIN },
  { route: "POST /admin/segments", path: () => "/admin/segments", expect: P_ADMIN },
  { route: "POST /admin/segments/:slug", path: () => "/admin/segments/2023-1-firearms", expect: P_ADMIN },
  { route: "GET /admin/themes/:slug", path: () => "/admin/themes/technology", expect: P_ADMIN },
  { route: "POST /admin/themes", path: () => "/admin/themes", expect: P_ADMIN },
  { route: "POST /admin/themes/:slug", path: () => "/admin/themes/technology", expect: P_ADMIN },
  { route: "POST /admin/staff", path: () => "/admin/staff", expect: P_ADMIN },
  { route: "GET /admin/themes/:slug/keywords", path: () => "/admin/themes/technology/keywords", expect: P_ADMIN },
  { route: "POST /admin/themes/:slug/keywords", path: () => "/admin/themes/technology/keywords", expect: P_ADMIN },
  { route: "POST /admin/themes/:slug/keywords/remove", path: () => "/admin/themes/technology/keywords/remove", expect: P_ADMIN },
  { route: "GET /segments/:slug/outcome", path: () => "/segments/2022-4-trafficking-in-persons/outcome", expect: "alike" },
  { route: "GET /moderation/outcomes", path: () => "/moderation/outcomes", expect: P_STAFF },
  { route: "GET /moderation/outcomes/:slug", path: () => "/moderation/outcomes/2022-4-trafficking-in-persons", expect: P_STAFF },
  { route: "POST /moderation/outcomes/:slug", path: () => "/moderation/outcomes/2022-4-trafficking-in-persons", expect: P_STAFF },
  { route: "POST /moderation/outcomes/:slug/document", path: () => "/moderation/outcomes/2022-4-trafficking-in-persons/document", expect: P_STAFF, multipart: true },
];

function registeredPageRoutes(): string[] {
  const routes = app.routes.filter((r) => r.method !== "ALL" && !r.path.startsWith("/api/") && !r.path.endsWith("*")).map((r) => `${r.method} ${r.path}`);
  return [...new Set(routes)].sort();
}

/**
 * What a caller got: "in" is a page (2xx), a redirect after success, or, for an empty form post
 * only, the form's own validation answer (400/422: the request got past authorization and was read).
 * Anything else (401, 409, 429, a 4xx to a GET) is reported as its status, so it cannot pass as "in".
 */
function pageOutcome(res: Response, method: string): PageExpected | number {
  if (res.status >= 500) return res.status;
  if (res.status === 302 || res.status === 303) return (res.headers.get("location") ?? "").startsWith("/sign-in") ? "sign-in" : "in";
  if (res.status === 403 || res.status === 404) return res.status;
  if (res.status >= 200 && res.status < 300) return "in";
  if (method === "POST" && (res.status === 400 || res.status === 422)) return "in";
  return res.status;
}

describe("role matrix: HTML pages", () => {
  it("has exactly one row for every page route of the app", () => {
    const listed = PAGE_MATRIX.map((r) => r.route);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(registeredPageRoutes());
  });

  for (const row of PAGE_MATRIX) {
    const label = row.expect === "alike" ? "every caller alike" : ROLES.map((r) => `${r} ${(row.expect as Record<Role, PageExpected>)[r]}`).join(", ");
    it(`${row.route}: ${label}`, async () => {
      const method = row.route.split(" ")[0]!;
      const got: Record<string, PageExpected | number> = {};
      for (const role of ROLES) {
        // Sign-out ends the session it is sent with: use a throwaway one.
        const cookie = row.route === "POST /sign-out" ? await disposableCookie(role) : ctx.cookie[role];
        // An empty form of the route's own kind: the upload form is multipart.
        const multipart = row.multipart ? new FormData() : null;
        const headers: Record<string, string> =
          method !== "POST" ? {} : multipart ? { origin: "http://localhost" } : { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" };
        const res = await call(await row.path(ctx), { method, cookie, headers, body: method === "POST" ? (multipart ?? "") : undefined });
        got[role] = pageOutcome(res, method);
        await res.body?.cancel();
      }
      if (row.expect === "alike") {
        expect(Object.values(got).every((v) => typeof v === "string" || v < 500), JSON.stringify(got)).toBe(true);
        expect(new Set(Object.values(got)).size, JSON.stringify(got)).toBe(1);
      } else expect(got).toEqual(row.expect);
    });
  }
});
