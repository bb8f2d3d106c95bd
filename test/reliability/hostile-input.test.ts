import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import { call, count, createSubmission, OPEN_SEGMENT, seed, signIn, submissionBody, uniqueEmail } from "../helpers";

/**
 * The hostile-input battery: every route the Worker serves under /api/v1 (read from the router,
 * so new routes join automatically), as every kind of caller, with malformed, oversized,
 * wrongly typed and hostile input. Never a 5xx; every error is problem+json; no partial rows.
 */

type Route = { method: string; path: string };

function apiRoutes(): Route[] {
  const seen = new Map<string, Route>();
  for (const r of app.routes) {
    if (!r.path.startsWith("/api/v1/") || r.path.includes("*") || r.method === "ALL") continue;
    const path = r.path.replace(/\/$/, "");
    seen.set(`${r.method} ${path}`, { method: r.method, path });
  }
  // Sign-out ends the caller's session: keep it last.
  return [...seen.values()].sort((a, b) => Number(a.path.endsWith("sign-out")) - Number(b.path.endsWith("sign-out")));
}

export const HOSTILE_STRINGS = [
  "'; DROP TABLE submissions; --",
  "\" OR 1=1 --",
  "1' UNION SELECT email FROM users --",
  "NEAR(a b) OR title:* AND \"",
  "\u0000\u0001\u0007\u001b[31m\u007f",
  "line\r\nbreak\u2028\u2029",
  "\ud800 lone high surrogate",
  "lone low \udfff surrogate",
  "مرحبا بالعالم \u202e\u202d RTL ‏mark",
  "人口贩运 受害者保护 𠜎𠜱",
  "<script>alert(1)</script><img src=x onerror=alert(1)>",
  "%00%2e%2e%2f../../etc/passwd",
  "🏳️‍🌈👩🏽‍🚀 e\u0301 ﬁ",
  "x".repeat(100_001),
];

const RAW_BODIES: { name: string; body: BodyInit; type?: string }[] = [
  { name: "truncated JSON", body: '{"email": "a@b.org", ' },
  { name: "not JSON at all", body: "<xml/>" },
  { name: "empty body", body: "" },
  { name: "JSON array", body: "[]" },
  { name: "JSON string", body: '"hello"' },
  { name: "JSON number", body: "42" },
  { name: "JSON null", body: "null" },
  { name: "prototype pollution", body: '{"__proto__": {"polluted": true, "roles": ["admin"]}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}}' },
  { name: "wrong types", body: '{"version": "1", "email": 5, "token": [], "roles": "admin", "segment": {}, "title": 3, "text": null, "action": true}' },
  { name: "deeply nested", body: "[".repeat(50_000) + "]".repeat(50_000) },
  { name: "lone surrogate escapes", body: '{"email": "\\ud800@example.org", "title": "\\udc00", "version": 1}' },
  { name: "invalid UTF-8", body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]) },
  { name: "duplicate keys", body: '{"version": 1, "version": "1", "email": "a@b.org", "email": "x"}' },
  { name: "huge number", body: '{"version": 1e309, "number": -0, "limit": 9007199254740993}' },
  { name: "text/plain", body: '{"email":"a@b.org"}', type: "text/plain" },
  { name: "form post", body: "email=a%40b.org", type: "application/x-www-form-urlencoded" },
  { name: "oversized", body: `{"x":"${"a".repeat(1024 * 1024 + 10)}"}` },
  { name: "multipart without boundary", body: "--x\r\n\r\n", type: "multipart/form-data" },
  { name: "truncated multipart", body: '--x\r\nContent-Disposition: form-data; name="file"; filename="../../a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 garbage', type: "multipart/form-data; boundary=x" },
  { name: "multipart with a lying file", body: '--x\r\nContent-Disposition: form-data; name="file"; filename="statement.pdf"\r\nContent-Type: application/pdf\r\n\r\nMZ\u0090\u0000 not a pdf\r\n--x--\r\n', type: "multipart/form-data; boundary=x" },
  { name: "multipart text field instead of file", body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n__proto__\r\n--x--\r\n', type: "multipart/form-data; boundary=x" },
];

const HOSTILE_PARAMS = ["CD-0000-0000", "' OR '1'='1", "%00", "..%2F..%2Fadmin", "%F0%9F%92%A9", "a".repeat(3000), "%E2%80%AE", "%ED%A0%80", "%ZZ", "null", "__proto__", "constructor"];

const HOSTILE_QUERY = [
  "limit=abc&cursor=%00",
  "limit=-1",
  "limit=100000000000000000000",
  "cursor=' OR 1=1 --",
  "cursor=eyJfX3Byb3RvX18iOnt9fQ",
  "q=%22unbalanced&segment=__proto__&theme=constructor&sort=%27",
  "q=*&year=99999999&country=%ED%A0%80",
  "q=" + encodeURIComponent("NEAR(\"a\" \"b\") OR -* ^ AND NOT :"),
  "status=published%00&q=%ED%A0%80%C0%AF",
  "to=%00&lang=__proto__",
];

type Seen = { route: string; what: string; status: number };
const fivexx: Seen[] = [];
const notProblem: Seen[] = [];

async function check(route: string, what: string, res: Response): Promise<void> {
  const seen = { route, what, status: res.status };
  if (res.status >= 500) fivexx.push(seen);
  if (res.status >= 400) {
    const type = res.headers.get("content-type") ?? "";
    if (!type.startsWith("application/problem+json")) notProblem.push(seen);
    else {
      const body = (await res.json()) as { status: number; type: string; title: string };
      if (body.status !== res.status || !body.type || !body.title) notProblem.push(seen);
    }
  } else {
    await res.arrayBuffer();
  }
}

let reference = "";
const cookies: Record<string, string | undefined> = {};

function fill(path: string, value: string | null): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => {
    if (value !== null) return value;
    if (name === "reference") return reference;
    if (name === "email") return encodeURIComponent(uniqueEmail("target"));
    if (name === "slug") return path.includes("themes") ? "victim-protection" : OPEN_SEGMENT;
    return "x";
  });
}

async function tableCounts() {
  const tables = ["submissions", "events", "outbox", "proposals", "organizations", "idempotency_keys", "staff_roles", "segments", "themes"];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(`SELECT count(*) AS n FROM ${t}`)] as const)));
}

beforeAll(async () => {
  await seed();
  cookies.anonymous = undefined;
  cookies.submitter = await signIn();
  cookies.otherSubmitter = await signIn();
  cookies.moderator = await signIn("moderator@example.org");
  cookies.admin = await signIn("admin@example.org");
  reference = (await createSubmission(cookies.submitter!)).reference;
});

describe("the hostile-input battery over every API route", () => {
  it("finds the API routes to attack", () => {
    const routes = apiRoutes().map((r) => `${r.method} ${r.path}`);
    expect(routes).toContain("POST /api/v1/submissions");
    expect(routes.length).toBeGreaterThanOrEqual(15);
  });

  for (const role of ["anonymous", "submitter", "otherSubmitter", "moderator", "admin"] as const) {
    it(`answers every malformed body, hostile path and query as ${role} with 4xx problem+json, never 5xx`, { timeout: 120_000 }, async () => {
      const cookie = cookies[role];
      const before = await tableCounts();
      for (const route of apiRoutes()) {
        const name = `${route.method} ${route.path}`;
        const hasBody = !["GET", "HEAD", "DELETE"].includes(route.method);
        if (hasBody && !route.path.endsWith("sign-out")) {
          for (const raw of RAW_BODIES) {
            const res = await call(fill(route.path, null), { method: route.method, cookie, body: raw.body, headers: { "content-type": raw.type ?? "application/json" } });
            await check(name, raw.name, res);
          }
        }
        if (route.path.includes(":")) {
          for (const p of HOSTILE_PARAMS) {
            const res = await call(fill(route.path, p), { method: route.method, cookie, ...(hasBody ? { json: {} } : {}) });
            await check(name, `param ${p.slice(0, 20)}`, res);
          }
        }
        if (!hasBody) {
          for (const q of HOSTILE_QUERY) {
            const res = await call(`${fill(route.path, null)}?${q}`, { method: route.method, cookie });
            await check(name, `query ${q.slice(0, 30)}`, res);
          }
        }
      }
      expect(fivexx).toEqual([]);
      expect(notProblem).toEqual([]);
      // Nothing in the battery is a valid write: no table gained or lost a row.
      const after = await tableCounts();
      expect(after).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("roles");
    });
  }
});

describe("hostile text in an otherwise valid submission", () => {
  const FIELDS: [string, (s: string) => Record<string, unknown>, (r: Record<string, any>) => unknown][] = [
    ["title", (s) => ({ title: `Title ${s}`.slice(0, 300) }), (r) => r.title],
    ["text", (s) => ({ text: `${"Statement text long enough to pass the minimum. ".repeat(2)}${s}`.slice(0, 100_000) }), (r) => r.text],
    ["organization.name", (s) => ({ organization: { name: `Org ${s}`.slice(0, 200), country: "KE", type: "ngo" } }), (r) => r.organization.name],
    ["speaker.name", (s) => ({ speaker: { name: `Sp ${s}`.slice(0, 200), role: null } }), (r) => r.speaker.name],
    ["proposals.0.text", (s) => ({ proposals: [{ text: `Proposal ${s}`.slice(0, 5000), themes: [] }] }), (r) => r.proposals[0].text],
  ];

  it("is stored and returned exactly (trimmed, CR LF and lone CR as LF), or refused with 422 and no row", { timeout: 120_000 }, async () => {
    const cookie = cookies.submitter!;
    const failures: string[] = [];
    for (const s of HOSTILE_STRINGS) {
      for (const [field, make, read] of FIELDS) {
        const overrides = make(s);
        const sent = JSON.parse(JSON.stringify(submissionBody(overrides))) as Record<string, any>;
        const expected = read(sent);
        const before = await count("SELECT count(*) AS n FROM submissions");
        const res = await call("/api/v1/submissions", { method: "POST", cookie, json: sent });
        if (res.status === 201) {
          const created = (await res.json()) as Record<string, any>;
          const fetched = (await (await call(`/api/v1/submissions/${created.reference}`, { cookie })).json()) as Record<string, any>;
          const want = typeof expected === "string" ? expected.replace(/\r\n?/g, "\n").trim() : expected;
          if (read(created) !== want || read(fetched) !== want) failures.push(`${field} ${JSON.stringify(s.slice(0, 20))}: not a faithful round-trip`);
        } else if (res.status === 422 || res.status === 413) {
          const body = (await res.json()) as { errors?: { path: string }[] };
          if (!body.errors?.length) failures.push(`${field}: 422 without errors`);
          if ((await count("SELECT count(*) AS n FROM submissions")) !== before) failures.push(`${field}: partial row after 422`);
        } else {
          failures.push(`${field} ${JSON.stringify(s.slice(0, 20))}: unexpected ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("keeps SQL-like text inert: the tables are intact afterwards", async () => {
    expect(await count("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'submissions'")).toBe(1);
    expect(await count("SELECT count(*) AS n FROM submissions")).toBeGreaterThan(1);
    expect(await count("SELECT count(*) AS n FROM segments")).toBeGreaterThan(0);
  });
});
