import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, count, latestSignInToken, mailbox, postForm, problem, seed, signIn, uniqueEmail } from "../helpers";
import { app } from "../../worker/app";

beforeAll(seed);

describe("POST /api/v1/auth/email-link", () => {
  it("answers 202 and emails a single-use link for any well-formed address", async () => {
    const email = uniqueEmail();
    const res = await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: "sent" });
    const [mail] = await mailbox(email);
    expect(mail?.subject).toBe("Your sign-in link");
    expect(mail?.text).toContain("http://localhost/auth/verify?token=");
    expect(mail?.links.some((l) => l.startsWith("http://localhost/auth/verify?token="))).toBe(true);
  });

  it("stores only a hash of the token", async () => {
    const email = uniqueEmail();
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    const token = await latestSignInToken(email);
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(await count("SELECT count(*) AS n FROM sign_in_tokens WHERE token_hash = ?1", token)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM sign_in_tokens WHERE email = ?1", email)).toBe(1);
  });

  it("keeps at most 5 unused links alive per address, answering every request alike (no inbox flooding, nothing revealed)", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 7; i++) {
      const res = await call("/api/v1/auth/email-link", { method: "POST", json: { email }, headers: { "cf-connecting-ip": `198.51.100.${i}` } });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ status: "sent" });
    }
    const page = await postForm("/sign-in", { email });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Check your email");
    expect((await mailbox(email)).filter((m) => m.subject === "Your sign-in link")).toHaveLength(5);
    expect(await count("SELECT count(*) AS n FROM sign_in_tokens WHERE email = ?1", email)).toBe(5);
    // Using a link frees a place: the person can always ask again.
    const verified = await call("/api/v1/auth/verify", { method: "POST", json: { token: await latestSignInToken(email) } });
    expect(verified.status).toBe(200);
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    expect((await mailbox(email)).filter((m) => m.subject === "Your sign-in link")).toHaveLength(6);
  });

  it("rejects a malformed address with 422 naming the field", async () => {
    const res = await call("/api/v1/auth/email-link", { method: "POST", json: { email: "not-an-address" } });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors).toEqual([{ path: "email", message: "Give a valid email address." }]);
  });

  it("rejects unknown fields with 422", async () => {
    const res = await call("/api/v1/auth/email-link", { method: "POST", json: { email: uniqueEmail(), admin: true } });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.map((e) => e.path)).toContain("admin");
  });

  it("answers unparseable JSON with 400", async () => {
    const res = await call("/api/v1/auth/email-link", { method: "POST", body: "{email", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect((await problem(res)).title).toBe("Bad request");
  });

  it("answers a non-JSON content type with 415", async () => {
    const res = await call("/api/v1/auth/email-link", { method: "POST", body: "email=a@b.org", headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(415);
    await problem(res);
  });

  it("answers a body over 1 MiB with 413", async () => {
    const res = await call("/api/v1/auth/email-link", { method: "POST", json: { email: "a@b.org", pad: "x".repeat(1024 * 1024) } });
    expect(res.status).toBe(413);
    await problem(res);
  });
});

describe("POST /api/v1/auth/verify", () => {
  it("exchanges the token for a session cookie and the user", async () => {
    const email = uniqueEmail();
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    const token = await latestSignInToken(email);
    const res = await call("/api/v1/auth/verify", { method: "POST", json: { token } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: { email, roles: ["submitter"] } });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^cdp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
  });

  it("marks the session cookie Secure everywhere but on plain-http localhost", async () => {
    const origins: [string, boolean][] = [["http://localhost", false], ["http://127.0.0.1", false], ["https://portal.example.org", true], ["http://portal.example.org", true]];
    for (const [origin, secure] of origins) {
      const email = uniqueEmail();
      await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
      const body = JSON.stringify({ token: await latestSignInToken(email) });
      // Development settings answer on loopback only: the public hosts run as production does.
      const deployed = origin.includes("localhost") || origin.includes("127.0.0.1") ? env : { ...env, ENVIRONMENT: "production", APP_ORIGIN: origin };
      const res = await app.request(`${origin}/api/v1/auth/verify`, { method: "POST", headers: { "content-type": "application/json" }, body }, deployed);
      expect(res.status, origin).toBe(200);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie, origin).toMatch(/HttpOnly/);
      expect(/;\s*Secure(;|$)/i.test(cookie), origin).toBe(secure);
    }
  });

  it("refuses a token the second time with 400", async () => {
    const email = uniqueEmail();
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    const token = await latestSignInToken(email);
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token } })).status).toBe(200);
    const again = await call("/api/v1/auth/verify", { method: "POST", json: { token } });
    expect(again.status).toBe(400);
    expect((await problem(again)).detail).toMatch(/used|expired/);
  });

  it("refuses an expired token with 400", async () => {
    const email = uniqueEmail();
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    const token = await latestSignInToken(email);
    await env.DB.prepare("UPDATE sign_in_tokens SET expires_at = '2000-01-01T00:00:00Z' WHERE email = ?1").bind(email).run();
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token } })).status).toBe(400);
  });

  it("refuses an unknown or malformed token with 400", async () => {
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token: "A".repeat(43) } })).status).toBe(400);
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token: "<script>" } })).status).toBe(400);
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token: 42 } })).status).toBe(422);
  });

  it("lets only one of two concurrent uses of a token succeed", async () => {
    const email = uniqueEmail();
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    const token = await latestSignInToken(email);
    const results = await Promise.all([1, 2, 3].map(() => call("/api/v1/auth/verify", { method: "POST", json: { token } })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
    expect(await count("SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ?1", email)).toBe(1);
  });

  it("GET /auth/verify shows a Continue button and does not consume the token", async () => {
    const email = uniqueEmail();
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    const token = await latestSignInToken(email);
    const page = await call(`/auth/verify?token=${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/auth/verify">');
    expect(html).toContain(`value="${token}"`);
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token } })).status).toBe(200);
  });
});

describe("GET /api/v1/auth/me and sign-out", () => {
  it("answers 401 problem without a session", async () => {
    const res = await call("/api/v1/auth/me");
    expect(res.status).toBe(401);
    expect((await problem(res)).status).toBe(401);
  });

  it("returns the user with a session and 401 after sign-out", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const me = await call("/api/v1/auth/me", { cookie });
    expect(await me.json()).toEqual({ user: { email, roles: ["submitter"] } });
    const out = await call("/api/v1/auth/sign-out", { method: "POST", cookie });
    expect(out.status).toBe(204);
    expect((await call("/api/v1/auth/me", { cookie })).status).toBe(401);
  });

  it("gives the configured staff their roles", async () => {
    const admin = await signIn("admin@example.org");
    expect(await (await call("/api/v1/auth/me", { cookie: admin })).json()).toEqual({ user: { email: "admin@example.org", roles: ["submitter", "admin"] } });
    const moderator = await signIn("Moderator@Example.org");
    expect(await (await call("/api/v1/auth/me", { cookie: moderator })).json()).toEqual({ user: { email: "moderator@example.org", roles: ["submitter", "moderator"] } });
  });

  it("ignores an expired or revoked session", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    await env.DB.prepare("UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z' WHERE user_id = (SELECT id FROM users WHERE email = ?1)").bind(email).run();
    expect((await call("/api/v1/auth/me", { cookie })).status).toBe(401);
  });
});
