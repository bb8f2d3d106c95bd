import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import { insertOutboxStatement } from "../../worker/db/outbox";
import { deliverDue } from "../../worker/email/outbox";
import { renderEmail } from "../../worker/email/render";
import { MailboxOut } from "../../worker/openapi/responses";
import { call, count, createSubmission, mailbox, problem, seed, signIn, submissionBody, uniqueEmail } from "../helpers";

beforeAll(seed);

describe("cross-cutting behaviour", () => {
  it("answers unknown API routes with a 404 problem", async () => {
    const res = await call("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(await problem(res)).toMatchObject({ type: "/problems/not-found", title: "Not found", status: 404 });
    expect((await call("/api/v2/anything", { method: "DELETE" })).status).toBe(404);
  });

  it("puts security headers and a request id on every response", async () => {
    for (const path of ["/", "/api/v1/segments", "/api/v1/nothing", "/sign-in"]) {
      const res = await call(path);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'.*|script-src 'self' 'nonce-/);
      expect(res.headers.get("x-request-id"), path).toMatch(/^[\w.-]{8,64}$/);
    }
  });

  it("uses a fresh CSP nonce per response and puts it on the page's script", async () => {
    const a = await call("/");
    const b = await call("/");
    const nonce = /'nonce-([^']+)'/.exec(a.headers.get("content-security-policy")!)![1]!;
    expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(b.headers.get("content-security-policy")!)![1]);
    expect(await a.text()).toContain(`nonce="${nonce}"`);
  });

  it("echoes a sane client request id", async () => {
    expect((await call("/api/v1/health", { headers: { "x-request-id": "client-abc-123" } })).headers.get("x-request-id")).toBe("client-abc-123");
  });

  it("labels every JSON answer application/json; charset=utf-8", async () => {
    const cookie = await signIn();
    const created = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody() });
    expect(created.status).toBe(201);
    const answers = [created, await call("/api/v1/auth/me", { cookie }), await call("/api/openapi.json"), await call("/api/v1/health")];
    // The public archive twice: built, then from the isolate's memory.
    for (const path of ["/api/v1/segments", "/api/v1/themes", "/api/v1/statements", "/api/v1/statements", "/api/v1/statements/CD-CGR2-2022"]) answers.push(await call(path));
    for (const res of answers) expect(res.headers.get("content-type"), res.url).toBe("application/json; charset=utf-8");
  });

  it("reports health", async () => {
    expect(await (await call("/api/v1/health")).json()).toEqual({ status: "ok" });
  });
});

describe("links built from the request path", () => {
  it("never turn a path starting with // into a link to another site (language links on any page)", async () => {
    for (const path of ["//evil.example/x", "///evil.example", "//evil.example/statements"]) {
      const html = await (await call(path)).text();
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      expect(hrefs.filter((h) => h.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(h)), path).toEqual([]);
      expect(hrefs.some((h) => h.includes("lang=fr")), path).toBe(true);
    }
  });
});

describe("development mailbox", () => {
  it("lists every email sent to an address, newest first, as rendered", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const s = await createSubmission(cookie);
    const body = v.parse(MailboxOut, await (await call(`/dev/mailbox?to=${encodeURIComponent(email)}`)).json());
    expect(body.messages.map((m) => m.subject)).toEqual([`Statement received: ${s.reference}`, "Your sign-in link"]);
    expect(body.messages[0]!.html).toMatch(/^<!DOCTYPE html/);
    expect(body.messages[0]!.html).toContain(s.reference);
  });

  it("needs a valid ?to (400)", async () => {
    expect((await call("/dev/mailbox")).status).toBe(400);
    expect((await call("/dev/mailbox?to=nobody")).status).toBe(400);
  });

  it("does not exist outside development", async () => {
    const res = await app.request("/dev/mailbox?to=a@example.org", {}, { ...env, ENVIRONMENT: "production" });
    expect(res.status).toBe(404);
  });

  it("does not exist on a public host even when a deployment inherits ENVIRONMENT=development", async () => {
    const email = uniqueEmail();
    await signIn(email);
    const deployed = { ...env, ENVIRONMENT: "development", APP_ORIGIN: "https://dialogue.example.org" };
    expect((await app.request(`https://dialogue.example.org/dev/mailbox?to=${encodeURIComponent(email)}`, {}, deployed)).status).toBe(403);
    expect((await app.request(`http://localhost/dev/mailbox?to=${encodeURIComponent(email)}`, {}, deployed)).status).toBe(404);
    expect((await app.request(`https://dialogue.example.org/dev/mailbox?to=${encodeURIComponent(email)}`, {}, { ...env, ENVIRONMENT: "development" })).status).toBe(403);
    // Nor is any page served there: development settings answer on loopback only.
    const page = await app.request(
      "https://dialogue.example.org/sign-in",
      { method: "POST", body: new URLSearchParams({ email }).toString(), headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://dialogue.example.org" } },
      deployed,
    );
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).not.toContain("/auth/verify?token=");
    expect(html).toContain("development settings");
  });

  it("refuses every request on a public host when a deployment inherits the development settings", async () => {
    const deployed = { ...env, ENVIRONMENT: "development", APP_ORIGIN: "https://dialogue.example.org" };
    for (const path of ["/", "/statements", "/api/v1/health", "/api/v1/statements"]) {
      const res = await app.request(`https://dialogue.example.org${path}`, {}, deployed);
      expect(res.status, path).toBe(403);
    }
    const production = await app.request("https://dialogue.example.org/api/v1/health", {}, { ...env, ENVIRONMENT: "production", APP_ORIGIN: "https://dialogue.example.org" });
    expect(production.status).toBe(200);
  });
});

/**
 * An outbox row written directly, not through a request: a request's own delivery pass runs in
 * the background and would race with the test.
 */
async function queuedEmail(to: string, nextAttemptAt: string): Promise<number> {
  const rendered = await renderEmail("sign-in", { locale: "en", url: "http://localhost/auth/verify?token=test-token" });
  await insertOutboxStatement(env.DB, to, rendered, nextAttemptAt).run();
  return (await env.DB.prepare("SELECT id FROM outbox WHERE to_email = ?1").bind(to).first<{ id: number }>())!.id;
}

describe("email delivery", () => {
  it("keeps a failed email, retries it with backoff, and sends it later", async () => {
    const email = uniqueEmail();
    const id = await queuedEmail(email, "2030-01-01T00:00:00Z");
    const transport = async (_env: Env, row: { id: number }) => {
      if (row.id === id) throw new Error("mail service down");
    };
    // Attempt 1 fails at 10:00; the next is due one minute later, not before.
    await deliverDue(env, transport, "2030-01-01T10:00:00Z");
    let row = await env.DB.prepare("SELECT status, attempts, next_attempt_at AS next, last_error AS err FROM outbox WHERE id = ?1").bind(id).first<{ status: string; attempts: number; next: string; err: string }>();
    expect(row).toMatchObject({ status: "failed", attempts: 1, next: "2030-01-01T10:01:00Z", err: "mail service down" });
    await deliverDue(env, transport, "2030-01-01T10:00:30Z");
    expect((await env.DB.prepare("SELECT attempts FROM outbox WHERE id = ?1").bind(id).first<{ attempts: number }>())!.attempts).toBe(1);
    // Hours of failures later the email is still there.
    for (const at of ["2030-01-01T10:01:00Z", "2030-01-01T10:03:00Z", "2030-01-01T10:07:00Z", "2030-01-01T10:15:00Z"]) await deliverDue(env, transport, at);
    row = await env.DB.prepare("SELECT status, attempts, next_attempt_at AS next, last_error AS err FROM outbox WHERE id = ?1").bind(id).first();
    expect(row).toMatchObject({ status: "failed", attempts: 5, next: "2030-01-01T10:31:00Z" });
    await deliverDue(env, async () => {}, "2030-01-01T10:31:00Z");
    expect(await count("SELECT count(*) AS n FROM outbox WHERE id = ?1 AND status = 'sent' AND attempts = 6", id)).toBe(1);
    expect((await mailbox(email)).length).toBe(1);
  });
});

describe("production delivery through the Email Service binding", () => {
  it("sends the rendered email from MAIL_FROM and marks it sent", async () => {
    const email = uniqueEmail();
    // Everything else in this file's outbox is due later than this pass.
    await env.DB.prepare("UPDATE outbox SET next_attempt_at = '2031-01-01T00:00:00Z' WHERE status <> 'sent'").run();
    const id = await queuedEmail(email, "2020-01-01T00:00:00Z");
    const sent: unknown[] = [];
    const EMAIL = { send: async (message: unknown) => (sent.push(message), { messageId: "m-1" }) } as unknown as SendEmail;
    await deliverDue({ ...env, ENVIRONMENT: "production", MAIL_FROM: "Portal <no-reply@dialogue.example.org>", EMAIL }, undefined, "2030-01-01T00:00:00Z");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ from: { name: "Portal", email: "no-reply@dialogue.example.org" }, to: email, subject: "Your sign-in link" });
    expect((sent[0] as { html: string }).html).toContain("/auth/verify?token=test-token");
    expect((sent[0] as { text: string }).text).toContain("/auth/verify?token=test-token");
    expect(await count("SELECT count(*) AS n FROM outbox WHERE id = ?1 AND status = 'sent'", id)).toBe(1);
  });

  it("records a missing binding as a failed attempt to retry, never losing the email", async () => {
    const email = uniqueEmail();
    await env.DB.prepare("UPDATE outbox SET next_attempt_at = '2031-01-01T00:00:00Z' WHERE status <> 'sent'").run();
    const id = await queuedEmail(email, "2020-01-01T00:00:00Z");
    const { EMAIL: _none, ...withoutBinding } = env;
    await deliverDue({ ...withoutBinding, ENVIRONMENT: "production" } as Env, undefined, "2030-06-01T00:00:00Z");
    const row = await env.DB.prepare("SELECT status, attempts, last_error AS err FROM outbox WHERE id = ?1").bind(id).first();
    expect(row).toMatchObject({ status: "failed", attempts: 1, err: "no EMAIL binding configured" });
  });
});

