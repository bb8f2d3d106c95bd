import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOutboxStatement } from "../../worker/db/outbox";
import { queueEmail } from "../../worker/email/render";
import { deliverDue } from "../../worker/email/outbox";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { Context } from "hono";
import type { AppEnv } from "../../worker/env";
import { call, count, mailbox, seed, signIn, submissionBody, uniqueEmail } from "../helpers";

/**
 * A lighter write path (issue 14): a submission's receipt is stored as its template's name and data
 * in the same batch, and rendered only when delivered (or read in the development mailbox).
 */
beforeAll(seed);

const production = (sent: unknown[]) => ({
  ...env,
  ENVIRONMENT: "production",
  MAIL_FROM: "Portal <no-reply@dialogue.example.org>",
  EMAIL: { send: async (message: unknown) => (sent.push(message), { messageId: `m-${sent.length}` }) } as unknown as SendEmail,
});

describe("emails queued with their template's data", () => {
  it("a submission stores its receipt unrendered (template, subject, data), and the mailbox shows it rendered", async () => {
    const email = uniqueEmail("queued");
    const cookie = await signIn(email);
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ title: "Queued receipt" }) });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const row = await env.DB.prepare("SELECT template, subject, html, text, data FROM outbox WHERE to_email = ?1 AND template = 'receipt'")
      .bind(email)
      .first<{ template: string; subject: string; html: string; text: string; data: string }>();
    expect(row).toMatchObject({ template: "receipt", subject: `Statement received: ${reference}`, html: "", text: "" });
    expect(JSON.parse(row!.data)).toMatchObject({ reference, title: "Queued receipt", locale: "en", url: `http://localhost/my/submissions/${reference}` });
    const [receipt] = (await mailbox(email)).filter((m) => m.subject.includes(reference));
    expect(receipt!.html).toContain("Queued receipt");
    expect(receipt!.text).toContain(`http://localhost/my/submissions/${reference}`);
  });

  it("the production transport renders it on delivery, in the language it was queued in", async () => {
    const to = uniqueEmail("render");
    await env.DB.prepare("UPDATE outbox SET next_attempt_at = '2031-01-01T00:00:00Z' WHERE status <> 'sent'").run();
    const queued = queueEmail("receipt", { locale: "fr", reference: "CD-TEST-0001", segmentTitle: "Segment", title: "Titre", url: "https://portal.example/my/submissions/CD-TEST-0001" });
    await insertOutboxStatement(env.DB, to, queued, "2020-01-01T00:00:00Z").run();
    const sent: { to: string; subject: string; html: string; text: string }[] = [];
    await deliverDue(production(sent), undefined, "2030-01-01T00:00:00Z");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(to);
    expect(sent[0]!.subject).toBe(queued.subject);
    expect(sent[0]!.subject).toContain("CD-TEST-0001");
    expect(sent[0]!.html).toContain('lang="fr"');
    expect(sent[0]!.text).toContain("https://portal.example/my/submissions/CD-TEST-0001");
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND status = 'sent' AND attempts = 1", to)).toBe(1);
  });

  it("a row whose template cannot be rendered is a failed attempt, kept and retried, not lost", async () => {
    const to = uniqueEmail("broken");
    await env.DB.prepare("UPDATE outbox SET next_attempt_at = '2031-01-01T00:00:00Z' WHERE status <> 'sent'").run();
    await insertOutboxStatement(env.DB, to, { template: "no-such-template", subject: "x", data: {} }, "2020-01-01T00:00:00Z").run();
    const sent: unknown[] = [];
    await deliverDue(production(sent), undefined, "2030-02-01T00:00:00Z");
    expect(sent).toHaveLength(0);
    const row = await env.DB.prepare("SELECT status, attempts, last_error AS err FROM outbox WHERE to_email = ?1").bind(to).first();
    expect(row).toMatchObject({ status: "failed", attempts: 1, err: 'unknown email template "no-such-template"' });
  });
});

describe("Server-Timing on a submission", () => {
  it("names each step of POST /api/v1/submissions, and a replay writes nothing", async () => {
    const cookie = await signIn();
    const key = crypto.randomUUID();
    const post = () => call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ title: "Timed" }), headers: { "idempotency-key": key } });
    const steps = (res: Response) => new Map((res.headers.get("server-timing") ?? "").split(",").map((m) => m.trim().split(";")).map(([name, ...rest]) => [name!, rest.join(";")]));
    const first = await post();
    expect(first.status).toBe(201);
    const timed = steps(first);
    for (const name of ["session", "parse", "replay", "check", "batch", "total"]) {
      expect(timed.has(name), name).toBe(true);
      expect(timed.get(name), name).toMatch(/dur=\d+(\.\d+)?/);
    }
    const again = steps(await post());
    expect(again.has("replay")).toBe(true);
    expect(again.has("batch")).toBe(false);
  });
});

describe("delivery right after the response", () => {
  it("runs one pass at a time per isolate: a request during a pass only asks for another, and every email goes out", async () => {
    const to = uniqueEmail("soon");
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const waits: Promise<unknown>[] = [];
    const c = { env, executionCtx: { waitUntil: (p: Promise<unknown>) => waits.push(p) } } as unknown as Context<AppEnv>;
    await insertOutboxStatement(env.DB, to, queueEmail("sign-in", { locale: "en", url: "http://localhost/auth/verify?token=a" }), now).run();
    deliverSoon(c);
    await insertOutboxStatement(env.DB, to, queueEmail("sign-in", { locale: "en", url: "http://localhost/auth/verify?token=b" }), now).run();
    deliverSoon(c);
    deliverSoon(c);
    expect(waits).toHaveLength(1);
    await Promise.all(waits);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND status = 'sent' AND attempts = 1", to)).toBe(2);
    // The pass is over: the next request starts its own.
    deliverSoon(c);
    expect(waits).toHaveLength(2);
    await Promise.all(waits);
  });
});
