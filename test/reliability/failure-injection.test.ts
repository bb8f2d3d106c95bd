import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOutboxStatement, type OutboxRow } from "../../worker/db/outbox";
import { backoffMinutes, deliverDue, MAX_ATTEMPTS } from "../../worker/email/outbox";
import { addMinutes } from "../../worker/domain/time";
import { call, count, problem, seed, signIn, submissionBody, uniqueEmail } from "../helpers";

beforeAll(seed);

/** Installs a trigger that aborts the statement it guards, runs `body`, and always removes it. */
async function withFailure<T>(name: string, table: string, when: string, body: () => Promise<T>): Promise<T> {
  await env.DB.exec(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} WHEN ${when} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
  try {
    return await body();
  } finally {
    await env.DB.exec(`DROP TRIGGER IF EXISTS ${name};`);
  }
}

/** Everything that one accepted submission writes, counted by its (unique) title. */
async function footprint(title: string) {
  const sub = "(SELECT id FROM submissions WHERE title = ?1)";
  return {
    submissions: await count("SELECT count(*) AS n FROM submissions WHERE title = ?1", title),
    events: await count(`SELECT count(*) AS n FROM events WHERE submission_id IN ${sub}`, title),
    outbox: await count(`SELECT count(*) AS n FROM outbox WHERE submission_id IN ${sub}`, title),
    proposals: await count(`SELECT count(*) AS n FROM proposals WHERE submission_id IN ${sub}`, title),
    idempotency: await count("SELECT count(*) AS n FROM idempotency_keys WHERE response LIKE '%' || ?1 || '%'", title.slice(0, 40)),
  };
}

const NOTHING = { submissions: 0, events: 0, outbox: 0, proposals: 0, idempotency: 0 };
const ONE = { submissions: 1, events: 1, outbox: 1, proposals: 2, idempotency: 1 };

describe("a D1 error in the middle of the submission batch", () => {
  for (const [table, when] of [
    ["outbox", "NEW.template = 'receipt'"],
    ["events", "NEW.action = 'submitted'"],
    ["idempotency_keys", "1"],
    ["proposals", "NEW.number = 2"],
  ] as const) {
    it(`leaves nothing behind when the ${table} insert fails, and the retry then succeeds once`, async () => {
      const email = uniqueEmail("inject");
      const cookie = await signIn(email);
      const title = `Injected ${table} failure ${crypto.randomUUID()}`;
      const organization = { name: `Org ${crypto.randomUUID()}`, country: "GH", type: "ngo" };
      const init = { method: "POST", cookie, json: submissionBody({ title, organization }), headers: { "idempotency-key": crypto.randomUUID() } };

      const failed = await withFailure(`trg_inject_${table}`, table, when, () => call("/api/v1/submissions", init));
      expect(failed.status).toBe(500);
      const body = await problem(failed);
      expect(body.detail).not.toMatch(/injected|SQLITE|trigger/i);
      expect(await footprint(title)).toEqual(NOTHING);
      expect(await count("SELECT count(*) AS n FROM organizations WHERE name = ?1", organization.name)).toBe(0);
      // The quota counters of the batch rolled back with it: the account has used none.
      const quotaUsed = "SELECT coalesce(sum(q.used), 0) AS n FROM quota_counters q, users u WHERE u.email = ?1 AND (q.key LIKE 'submissions/account-segment/%/' || u.id OR q.key LIKE 'submissions/user-day/' || u.id || '/%')";
      expect(await count(quotaUsed, email)).toBe(0);

      const retried = await call("/api/v1/submissions", init);
      expect(retried.status).toBe(201);
      const first = (await retried.json()) as { reference: string };
      expect(await footprint(title)).toEqual(ONE);
      expect(await count(quotaUsed, email)).toBe(2);

      const replayed = await call("/api/v1/submissions", init);
      expect(replayed.status).toBe(201);
      expect(((await replayed.json()) as { reference: string }).reference).toBe(first.reference);
      expect(await footprint(title)).toEqual(ONE);
    });
  }

  it("leaves a withdrawal undone, version and history unchanged, when its event cannot be written", async () => {
    const cookie = await signIn();
    const created = (await (await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody() })).json()) as { reference: string; version: number };
    const failed = await withFailure("trg_inject_withdraw", "events", "NEW.action = 'withdrawn'", () =>
      call(`/api/v1/submissions/${created.reference}/withdraw`, { method: "POST", cookie, json: { version: created.version } }),
    );
    expect(failed.status).toBe(500);
    const row = await env.DB.prepare("SELECT status, version FROM submissions WHERE reference = ?1").bind(created.reference).first<{ status: string; version: number }>();
    expect(row).toEqual({ status: "submitted", version: 1 });
    const retried = await call(`/api/v1/submissions/${created.reference}/withdraw`, { method: "POST", cookie, json: { version: created.version } });
    expect(retried.status).toBe(200);
    expect(await count("SELECT count(*) AS n FROM events WHERE action = 'withdrawn' AND submission_id = (SELECT id FROM submissions WHERE reference = ?1)", created.reference)).toBe(1);
  });
});

describe("retries", () => {
  it("creates exactly one submission when the same Idempotency-Key arrives ten times at once", async () => {
    const cookie = await signIn();
    const title = `Concurrent retries ${crypto.randomUUID()}`;
    const init = { method: "POST", cookie, json: submissionBody({ title }), headers: { "idempotency-key": crypto.randomUUID() } };
    const responses = await Promise.all(Array.from({ length: 10 }, () => call("/api/v1/submissions", init)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const references = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { reference: string }).reference)));
    expect(references.size).toBe(1);
    expect(await footprint(title)).toEqual(ONE);
  });

  it("refuses the same Idempotency-Key with another body with 409 and writes nothing", async () => {
    const cookie = await signIn();
    const key = crypto.randomUUID();
    const title = `Key reuse ${crypto.randomUUID()}`;
    expect((await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ title }), headers: { "idempotency-key": key } })).status).toBe(201);
    const other = `Key reuse other ${crypto.randomUUID()}`;
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ title: other }), headers: { "idempotency-key": key } });
    expect(res.status).toBe(409);
    expect(await footprint(other)).toEqual(NOTHING);
  });
});

describe("email delivery failing for hours", () => {
  async function enqueue(to: string, at: string): Promise<number> {
    await insertOutboxStatement(env.DB, to, { template: "receipt", subject: "Receipt", html: "<p>hi</p>", text: "hi" }, at).run();
    return (await env.DB.prepare("SELECT max(id) AS id FROM outbox WHERE to_email = ?1").bind(to).first<{ id: number }>())!.id;
  }
  const row = (id: number) =>
    env.DB.prepare("SELECT status, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError FROM outbox WHERE id = ?1").bind(id).first<{ status: string; attempts: number; nextAttemptAt: string; lastError: string | null }>();

  it("keeps the email, backs off between attempts, and sends it once the transport recovers", async () => {
    const to = uniqueEmail("outage");
    const start = "2031-03-01T08:00:00Z";
    const id = await enqueue(to, start);
    let delivered = 0;
    let outage = true;
    const transport = async (_env: Env, r: OutboxRow) => {
      if (r.toEmail !== to) return;
      if (outage) throw new Error("mail provider unavailable");
      delivered++;
    };

    // Every minute for six hours the cron runs; the provider is down the whole time.
    let attemptsSeen = 0;
    let now = start;
    const attemptTimes: string[] = [];
    for (let minute = 0; minute <= 6 * 60; minute += 1) {
      now = addMinutes(start, minute);
      const before = (await row(id))!;
      if (before.nextAttemptAt > now) continue;
      await deliverDue(env, transport, now);
      const after = (await row(id))!;
      expect(after.status).toBe("failed");
      expect(after.attempts).toBe(before.attempts + 1);
      expect(after.lastError).toBe("mail provider unavailable");
      expect(after.nextAttemptAt).toBe(addMinutes(now, backoffMinutes(after.attempts)));
      attemptsSeen = after.attempts;
      attemptTimes.push(now);
    }
    // Backoff 1, 2, 4 … minutes: nine attempts in six hours, not 360.
    expect(attemptsSeen).toBe(9);
    expect(attemptsSeen).toBeLessThan(MAX_ATTEMPTS);
    expect(attemptTimes.slice(0, 4)).toEqual([start, addMinutes(start, 1), addMinutes(start, 3), addMinutes(start, 7)]);

    // An early cron pass does not touch it.
    const waiting = (await row(id))!;
    await deliverDue(env, transport, addMinutes(waiting.nextAttemptAt, -1));
    expect((await row(id))!.attempts).toBe(attemptsSeen);

    outage = false;
    await deliverDue(env, transport, waiting.nextAttemptAt);
    expect((await row(id))!.status).toBe("sent");
    expect(delivered).toBe(1);

    // Later passes never send it again.
    await deliverDue(env, transport, addMinutes(waiting.nextAttemptAt, 600));
    expect(delivered).toBe(1);
  });

  it("sends each email once even when delivery passes overlap (a rush of requests plus the cron)", async () => {
    const at = "2033-05-01T00:00:00Z";
    const recipients = Array.from({ length: 5 }, () => uniqueEmail("overlap"));
    for (const to of recipients) await enqueue(to, at);
    const deliveries: string[] = [];
    const slow = async (_env: Env, r: OutboxRow) => {
      await scheduler.wait(5);
      if (recipients.includes(r.toEmail)) deliveries.push(r.toEmail);
    };
    await Promise.all(Array.from({ length: 8 }, () => deliverDue(env, slow, at)));
    expect(deliveries.sort()).toEqual([...recipients].sort());
    for (const to of recipients) expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND status = 'sent' AND attempts = 1", to)).toBe(1);
  });

  it("never drops an email that keeps failing: it stays in the outbox with its last error", async () => {
    const to = uniqueEmail("dead");
    const start = "2032-01-01T00:00:00Z";
    const id = await enqueue(to, start);
    const failing = async (_env: Env, r: OutboxRow) => {
      if (r.toEmail === to) throw new Error("mailbox does not exist");
    };
    let now = start;
    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) {
      await deliverDue(env, failing, now);
      now = addMinutes(now, 24 * 60);
    }
    const final = (await row(id))!;
    expect(final.attempts).toBe(MAX_ATTEMPTS);
    expect(final.status).toBe("failed");
    expect(final.lastError).toBe("mailbox does not exist");
  });
});
