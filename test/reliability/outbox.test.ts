import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { claimDue, insertOutboxStatement, type OutboxRow } from "../../worker/db/outbox";
import { addMinutes } from "../../worker/domain/time";
import { deliverDue, MAX_ATTEMPTS } from "../../worker/email/outbox";
import worker from "../../worker/index";
import { count, uniqueEmail } from "../helpers";

/** The outbox's delivery guarantees at their edges: leases, a lost acknowledgement, the cron itself. */

async function enqueue(to: string, at: string): Promise<number> {
  await insertOutboxStatement(env.DB, to, { template: "receipt", subject: "Receipt", html: "<p>hi</p>", text: "hi" }, at).run();
  return (await env.DB.prepare("SELECT max(id) AS id FROM outbox WHERE to_email = ?1").bind(to).first<{ id: number }>())!.id;
}

const statusOf = async (id: number) =>
  (await env.DB.prepare("SELECT status, attempts FROM outbox WHERE id = ?1").bind(id).first<{ status: string; attempts: number }>())!;

describe("the delivery lease", () => {
  it("keeps a claimed email from every other pass until its lease ends, then lets one pass retry it", async () => {
    const to = uniqueEmail("lease");
    const at = "2034-01-10T09:00:00Z";
    const id = await enqueue(to, at);
    const sent: number[] = [];
    // A pass claims it (a ten-minute lease) and dies before sending or recording anything (an isolate evicted mid-pass).
    const claimed = await claimDue(env.DB, at, MAX_ATTEMPTS, addMinutes(at, 10));
    expect(claimed.map((r) => r.id)).toContain(id);
    const collect = async (_env: Env, r: OutboxRow) => {
      if (r.id === id) sent.push(r.id);
    };
    // Passes inside the lease do not touch it.
    for (const minutes of [0, 1, 5, 9]) await deliverDue(env, collect, addMinutes(at, minutes));
    expect(sent).toEqual([]);
    // When the lease ends it is due again and goes out once.
    await deliverDue(env, collect, addMinutes(at, 10));
    await deliverDue(env, collect, addMinutes(at, 12));
    expect(sent).toEqual([id]);
    expect(await statusOf(id)).toEqual({ status: "sent", attempts: 1 });
  });

  it("sends a claimed email again only after the lease when the pass that sent it never recorded it (at-least-once)", async () => {
    const to = uniqueEmail("ack");
    const at = "2034-02-10T09:00:00Z";
    const id = await enqueue(to, at);
    const deliveries: number[] = [];
    // The transport accepts the email, then recording it fails (D1 unavailable for that write).
    const failingDb = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === "prepare") {
          return (sql: string) => {
            if (/SET status = 'sent'/.test(sql)) throw new Error("D1 unavailable");
            return target.prepare(sql);
          };
        }
        const value = Reflect.get(target, prop);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const transport = async (_env: Env, r: OutboxRow) => {
      if (r.id === id) deliveries.push(r.id);
    };
    await deliverDue({ ...env, DB: failingDb } as Env, transport, at);
    expect(deliveries).toEqual([id]);
    // Not again while the lease holds (ten minutes): a rush of passes sends nothing twice.
    for (const minutes of [0, 1, 9]) await deliverDue(env, transport, addMinutes(at, minutes));
    expect(deliveries).toEqual([id]);
    // After it, the email is retried once and recorded (documented: at-least-once, docs/operations.md).
    await deliverDue(env, transport, addMinutes(at, 10));
    await deliverDue(env, transport, addMinutes(at, 30));
    expect(deliveries).toEqual([id, id]);
    expect((await statusOf(id)).status).toBe("sent");
  });
});

describe("the scheduled() handler", () => {
  it("runs the scheduled jobs as at the cron's time: due email goes out, later email waits", async () => {
    const at = "2035-06-01T12:00:00Z";
    const due = await enqueue(uniqueEmail("cron"), at);
    const later = await enqueue(uniqueEmail("cron"), addMinutes(at, 60));
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(at), cron: "*/5 * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect((await statusOf(due)).status).toBe("sent");
    expect((await statusOf(later)).status).toBe("pending");
    expect(await count("SELECT count(*) AS n FROM outbox WHERE id = ?1 AND sent_at IS NOT NULL", due)).toBe(1);
  });
});
