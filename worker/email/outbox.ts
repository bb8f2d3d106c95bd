import { claimDue, markFailed, markSent, outboxHeaders, type OutboxRow } from "../db/outbox";
import { addMinutes, isoNow } from "../domain/time";
import { keepsMailLocally } from "../http/development";
import { headersFor, renderedRow } from "./render";

export const MAX_ATTEMPTS = 12;
/** How long a pass holds an email it is sending before another pass may try it. */
const CLAIM_MINUTES = 10;

/** Minutes to wait after the n-th failed attempt: 1, 2, 4 … capped at six hours. */
export function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}

export function parseMailbox(value: string): { name?: string; email: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return match ? { name: match[1] || undefined, email: match[2]! } : { email: value.trim() };
}

export type Transport = (env: Env, row: OutboxRow) => Promise<void>;

/**
 * In development on a loopback origin the development mailbox (which reads the outbox) is the
 * delivery; anywhere else the Email Service binding sends it (a development configuration deployed
 * by mistake fails here and keeps retrying rather than dropping mail). A missing binding is a failure, retried later.
 */
export const defaultTransport: Transport = async (env, queued) => {
  if (keepsMailLocally(env)) return;
  if (!env.EMAIL) throw new Error("no EMAIL binding configured");
  // Rendered here, on delivery, not when it was queued (a template that fails is a failed attempt, retried).
  const row = await renderedRow(queued);
  const from = parseMailbox(env.MAIL_FROM);
  await env.EMAIL.send({
    from: from.name ? { name: from.name, email: from.email } : from.email,
    to: row.toEmail,
    subject: row.subject,
    html: row.html,
    text: row.text,
    headers: { ...headersFor(row.template), ...outboxHeaders(row) },
  });
};

/**
 * Attempts every due email once; failures are recorded with the next attempt time, never dropped.
 * The emails sent are recorded together at the end of the pass (one D1 write, however many).
 */
export async function deliverDue(env: Env, transport: Transport = defaultTransport, now: string = isoNow()): Promise<{ sent: number; failed: number }> {
  const due = await claimDue(env.DB, now, MAX_ATTEMPTS, addMinutes(now, CLAIM_MINUTES));
  const sent: number[] = [];
  let failed = 0;
  for (const row of due) {
    try {
      await transport(env, row);
    } catch (err) {
      failed++;
      const message = err instanceof Error ? err.message : "delivery failed";
      await markFailed(env.DB, row.id, message, addMinutes(now, backoffMinutes(row.attempts + 1)));
      console.warn(JSON.stringify({ level: "warn", message: "email delivery failed", outboxId: row.id, attempt: row.attempts + 1, error: message }));
      continue;
    }
    sent.push(row.id);
  }
  try {
    await markSent(env.DB, sent, isoNow());
  } catch (err) {
    // Sent, but not recorded: the claim's lease keeps every pass away from them for CLAIM_MINUTES,
    // after which they are sent once more (at-least-once; docs/operations.md). Never a failure with a
    // one-minute backoff, which would resend them within the minute.
    console.error(JSON.stringify({ level: "error", message: "email sent but not recorded", outboxIds: sent, error: err instanceof Error ? err.message : "markSent failed" }));
  }
  return { sent: sent.length, failed };
}

/** One pass takes this many emails (`claimDue`'s default). */
const PASS_SIZE = 50;

/**
 * The cron's delivery: passes of `deliverDue` while each one is full, up to `maxPasses` (300
 * emails) or `budgetMs`, so a burst such as a day's digests drains in hours, not days. Each email
 * costs one D1 write, which keeps a run well inside the invocation's 1,000 D1 queries.
 */
export async function deliverBacklog(env: Env, now: string, maxPasses = 6, budgetMs = 20_000): Promise<{ sent: number; failed: number; passes: number }> {
  const started = Date.now();
  const total = { sent: 0, failed: 0, passes: 0 };
  while (total.passes < maxPasses && Date.now() - started < budgetMs) {
    const pass = await deliverDue(env, defaultTransport, now);
    total.passes++;
    total.sent += pass.sent;
    total.failed += pass.failed;
    if (pass.sent + pass.failed < PASS_SIZE) break;
  }
  return total;
}
