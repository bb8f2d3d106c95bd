import { beforeAll, describe, expect, it } from "vitest";
import { call, createSubmission, seed, signIn } from "../helpers";

beforeAll(seed);

/**
 * What browsers and shared caches downstream may keep. The Worker's own caches (Cache API,
 * isolate memory) are keyed and stripped in worker/http/public-cache.ts; these are the headers.
 */
describe("HTTP caching of personal responses", () => {
  it("marks every response for a signed-in person private, no-store unless it is a public archive answer", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    for (const path of ["/", "/my/submissions", `/my/submissions/${s.reference}`, "/submit", "/api/v1/auth/me", "/api/v1/submissions", `/api/v1/submissions/${s.reference}`]) {
      const res = await call(path, { cookie });
      expect(res.status, path).toBeLessThan(400);
      expect(res.headers.get("cache-control") ?? "", path).toMatch(/private.*no-store|no-store.*private/);
      await res.body?.cancel();
    }
  });

  it("never lets a shared cache keep a response that sets a cookie (?lang= on a public answer)", async () => {
    for (const path of ["/api/v1/statements?lang=fr", "/feeds/statements.atom?lang=fr", "/statements?lang=fr"]) {
      const res = await call(path);
      expect(res.headers.get("set-cookie") ?? "", path).toContain("lang=fr");
      expect(res.headers.get("cache-control") ?? "", path).not.toContain("public");
      expect(res.headers.get("cache-control") ?? "", path).toContain("private");
      await res.body?.cancel();
    }
  });

  it("leaves public archive answers public for everyone, signed in or not", async () => {
    const cookie = await signIn();
    for (const who of [undefined, cookie]) {
      const res = await call("/api/v1/statements", { cookie: who });
      expect(res.headers.get("cache-control")).toContain("public");
      expect(res.headers.get("set-cookie")).toBeNull();
      await res.body?.cancel();
    }
  });
});

describe("HTTP caching of anonymous pages", () => {
  it("keeps anonymous pages out of shared caches and says they vary by language cookie and Accept-Language", async () => {
    for (const path of ["/", "/statements", "/sign-in"]) {
      const res = await call(path, { headers: { "accept-language": "fr" } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control") ?? "", path).toMatch(/private/);
      expect(res.headers.get("vary") ?? "", path).toMatch(/Cookie/);
      expect(res.headers.get("vary") ?? "", path).toMatch(/Accept-Language/);
      await res.body?.cancel();
    }
  });

  it("never lets anything keep a page reached through a secret link, nor send its URL onwards", async () => {
    const res = await call(`/auth/verify?token=${"A".repeat(43)}`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    await res.body?.cancel();
  });
});
