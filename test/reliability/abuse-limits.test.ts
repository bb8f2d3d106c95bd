import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import type { AppEnv } from "../../worker/env";
import { errorHandler } from "../../worker/http/errors";
import { ErrorPage } from "../../web/pages/error-page";
import { rateLimit, rateLimitKey } from "../../worker/http/rate-limit";
import { buildRequest, ORIGIN, call, count, problem, seed, signIn, submissionBody, uniqueEmail, type CallInit } from "../helpers";

beforeAll(seed);

/** A stand-in for a Workers Rate Limiting binding that remembers the keys it was asked about. */
function limiter(success: boolean | "throws") {
  const keys: string[] = [];
  return {
    keys,
    binding: {
      async limit({ key }: { key: string }) {
        keys.push(key);
        if (success === "throws") throw new Error("limiter down");
        return { success };
      },
    } satisfies RateLimit,
  };
}

/** Runs the real app with some bindings or variables replaced. */
async function callWith(overrides: Partial<Env>, path: string, init: CallInit = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(buildRequest(path, init), { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe("rate limits (Workers Rate Limiting bindings)", () => {
  it("are configured as bindings for sign-in, submissions, uploads and search", async () => {
    for (const name of ["RL_SIGN_IN", "RL_SUBMIT", "RL_UPLOAD", "RL_SEARCH"] as const) {
      expect((await env[name].limit({ key: "probe" })).success).toBe(true);
    }
  });

  it("answers 429 problem+json with Retry-After once the limiter says no", async () => {
    const stub = limiter(false);
    const res = await callWith({ RL_SIGN_IN: stub.binding }, "/api/v1/auth/email-link", { method: "POST", json: { email: uniqueEmail() }, headers: { "cf-connecting-ip": "203.0.113.7" } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("60");
    expect((await problem(res)).type).toBe("/problems/rate-limited");
    expect(stub.keys).toEqual(["ip:203.0.113.7"]);
  });

  it("sends nothing when a sign-in request is rate limited", async () => {
    const email = uniqueEmail();
    await callWith({ RL_SIGN_IN: limiter(false).binding }, "/api/v1/auth/email-link", { method: "POST", json: { email } });
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1", email)).toBe(0);
  });

  it("counts signed-in people by account, not by address", async () => {
    const cookie = await signIn();
    const stub = limiter(false);
    const res = await callWith({ RL_SUBMIT: stub.binding }, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody(), headers: { "cf-connecting-ip": "198.51.100.1" } });
    expect(res.status).toBe(429);
    expect(stub.keys).toHaveLength(1);
    expect(stub.keys[0]).toMatch(/^user:\d+$/);
  });

  it("limits the HTML sign-in and submit forms and the search API too", async () => {
    const signInStub = limiter(false);
    const page = await callWith({ RL_SIGN_IN: signInStub.binding }, "/sign-in", {
      method: "POST",
      body: new URLSearchParams({ email: uniqueEmail() }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
    });
    expect(page.status).toBe(429);
    const searchStub = limiter(false);
    const search = await callWith({ RL_SEARCH: searchStub.binding }, "/api/v1/statements?q=victims");
    expect(search.status).toBe(429);
    expect(search.headers.get("retry-after")).toBe("60");
  });

  it("refuses a limited reader even what is cached: a cache hit, a 304 and the search page", async () => {
    // The search limiter is awaited lazily (the version and cache lookups run meanwhile), so
    // prove that a limited client gets nothing else from any of the cheap paths.
    const path = "/api/v1/statements?q=victims&sort=newest";
    const open = await callWith({}, path);
    expect(open.status).toBe(200);
    const etag = open.headers.get("etag")!;
    expect((await callWith({}, path)).headers.get("x-archive-cache")).toBe("hit");
    const hit = await callWith({ RL_SEARCH: limiter(false).binding }, path);
    expect(hit.status).toBe(429);
    expect(hit.headers.get("x-archive-cache")).toBeNull();
    const revalidated = await callWith({ RL_SEARCH: limiter(false).binding }, path, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(429);
    const uncached = await callWith({ RL_SEARCH: limiter(false).binding }, path, { headers: { "cache-control": "no-cache" } });
    expect(uncached.status).toBe(429);
    expect((await callWith({ RL_SEARCH: limiter(false).binding }, "/statements?q=victims")).status).toBe(429);
    expect((await callWith({ RL_SEARCH: limiter(false).binding }, "/feeds/statements.atom")).status).toBe(429);
  });

  it("lets requests through, and logs, when the limiter itself fails", async () => {
    const res = await callWith({ RL_SIGN_IN: limiter("throws").binding }, "/api/v1/auth/email-link", { method: "POST", json: { email: uniqueEmail() } });
    expect(res.status).toBe(202);
  });

  it("does not count routes it does not guard", async () => {
    const stub = limiter(false);
    const res = await callWith({ RL_SEARCH: stub.binding, RL_SUBMIT: stub.binding, RL_SIGN_IN: stub.binding }, "/api/v1/segments");
    expect(res.status).toBe(200);
    expect(stub.keys).toEqual([]);
  });

  it("keys by the client address Cloudflare reports, else a shared bucket", () => {
    expect(rateLimitKey(null, new Headers({ "cf-connecting-ip": "2001:db8::1" }))).toBe("ip:2001:db8::1");
    expect(rateLimitKey(null, new Headers())).toBe("ip:unknown");
    expect(rateLimitKey({ id: 42 }, new Headers({ "cf-connecting-ip": "2001:db8::1" }))).toBe("user:42");
  });

  it("works as a standalone middleware factory", async () => {
    const mini = new Hono<AppEnv>().use(async (c, next) => {
      c.set("user", null);
      await next();
    });
    mini.get("/x", rateLimit("RL_UPLOAD"), (c) => c.text("ok"));
    mini.onError(errorHandler(ErrorPage));
    expect((await mini.request("/x", {}, { RL_UPLOAD: limiter(true).binding })).status).toBe(200);
    const limited = await mini.request("/x", {}, { RL_UPLOAD: limiter(false).binding });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
  });
});

describe("hard quotas in D1", () => {
  it("refuses an account's submission past the per-segment cap with 422, writing nothing", async () => {
    const cookie = await signIn();
    const organization = { name: `Quota Org ${crypto.randomUUID()}`, country: "PK", type: "ngo" };
    const overrides = { QUOTA_SUBMISSIONS_PER_ORG_SEGMENT: "2" };
    for (let i = 0; i < 2; i++) {
      expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization }) })).status).toBe(201);
    }
    const before = { outbox: await count("SELECT count(*) AS n FROM outbox"), events: await count("SELECT count(*) AS n FROM events") };
    const res = await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { ...organization, name: organization.name.toUpperCase() } }) });
    expect(res.status).toBe(422);
    const body = await problem(res);
    expect(body.errors?.[0]?.path).toBe("organization");
    expect(body.detail).toMatch(/already sent 2 statements/);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE org_name = ?1 COLLATE NOCASE", organization.name)).toBe(2);
    expect(await count("SELECT count(*) AS n FROM outbox")).toBe(before.outbox);
    expect(await count("SELECT count(*) AS n FROM events")).toBe(before.events);
  });

  it("keys the per-segment cap on the account: a stranger typing the same organization name is not charged to it", async () => {
    const organization = { name: `Squatted Org ${crypto.randomUUID()}`, country: "KE", type: "ngo" };
    const overrides = { QUOTA_SUBMISSIONS_PER_ORG_SEGMENT: "1" };
    const stranger = await signIn();
    expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie: stranger, json: submissionBody({ organization }) })).status).toBe(201);
    expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie: stranger, json: submissionBody({ organization }) })).status).toBe(422);
    const realNgo = await signIn();
    expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie: realNgo, json: submissionBody({ organization }) })).status).toBe(201);
  });

  it("does not count withdrawn statements against the per-segment cap", async () => {
    const cookie = await signIn();
    const overrides = { QUOTA_SUBMISSIONS_PER_ORG_SEGMENT: "1" };
    const first = await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody() });
    expect(first.status).toBe(201);
    expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody() })).status).toBe(422);
    const { reference, version } = (await first.json()) as { reference: string; version: number };
    expect((await callWith(overrides, `/api/v1/submissions/${reference}/withdraw`, { method: "POST", cookie, json: { version } })).status).toBe(200);
    expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody() })).status).toBe(201);
    // A second withdrawal of the same statement (409) gives nothing back twice.
    expect((await callWith(overrides, `/api/v1/submissions/${reference}/withdraw`, { method: "POST", cookie, json: { version: version + 1 } })).status).toBe(409);
    expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody() })).status).toBe(422);
  });

  it("holds the per-segment cap exactly under concurrent submissions", async () => {
    const cookie = await signIn();
    const overrides = { QUOTA_SUBMISSIONS_PER_ORG_SEGMENT: "3" };
    const organization = { name: `Rush Org ${crypto.randomUUID()}`, country: "PK", type: "ngo" };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization, title: `Rush statement ${i}` }) })),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 422)).toHaveLength(7);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE org_name = ?1", organization.name)).toBe(3);
  });

  it("refuses a submitter's statements past the daily cap with 429 and Retry-After", async () => {
    const cookie = await signIn();
    const overrides = { QUOTA_SUBMISSIONS_PER_USER_DAY: "1" };
    expect((await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Daily One", country: "FR", type: "ngo" } }) })).status).toBe(201);
    const res = await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Daily Two", country: "FR", type: "ngo" } }) });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect((await problem(res)).detail).toMatch(/today/);
  });

  it("does not charge an idempotent replay against the quota", async () => {
    const cookie = await signIn();
    const overrides = { QUOTA_SUBMISSIONS_PER_USER_DAY: "1" };
    const init = { method: "POST", cookie, json: submissionBody({ organization: { name: "Replay Org", country: "DE", type: "ngo" } }), headers: { "idempotency-key": crypto.randomUUID() } };
    const first = await callWith(overrides, "/api/v1/submissions", init);
    const again = await callWith(overrides, "/api/v1/submissions", init);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(((await again.json()) as { reference: string }).reference).toBe(((await first.json()) as { reference: string }).reference);
  });

  it("exempts staff from the daily cap (they archive earlier statements)", async () => {
    const cookie = await signIn("moderator@example.org");
    const overrides = { QUOTA_SUBMISSIONS_PER_USER_DAY: "0" };
    const res = await callWith(overrides, "/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: `Archive ${crypto.randomUUID()}`, country: "IT", type: "ngo" } }) });
    expect(res.status).toBe(201);
  });

  it("treats a malformed cap setting as the strict default, never as unlimited", async () => {
    const { submissionQuotas } = await import("../../worker/services/quotas");
    expect(submissionQuotas({ QUOTA_SUBMISSIONS_PER_ORG_SEGMENT: "lots", QUOTA_SUBMISSIONS_PER_USER_DAY: "-1" })).toEqual({ perOrgSegment: 10, perUserDay: 20 });
    expect(submissionQuotas({})).toEqual({ perOrgSegment: 10, perUserDay: 20 });
  });
});
