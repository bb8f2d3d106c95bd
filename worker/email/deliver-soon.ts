import type { Context } from "hono";
import type { AppEnv } from "../env";
import { deliverDue } from "./outbox";

/**
 * This isolate's delivery pass, if one is running, and whether email was queued since it claimed.
 * During a rush every request queues an email: one pass at a time per isolate takes them all (up to
 * 50 a pass) instead of one pass per request, each claiming and recording on its own.
 */
let running = false;
let queuedSince = false;
/** Passes one run may chain before it stops (a waitUntil lasts 30 s at most); the cron takes what is left. */
const MAX_CHAINED_PASSES = 20;

/** Tries the outbox right after the response; whatever fails is retried by the cron trigger. */
export function deliverSoon(c: Context<AppEnv>): void {
  if (running) {
    queuedSince = true;
    return;
  }
  running = true;
  const work = (async () => {
    try {
      for (let pass = 0; pass < MAX_CHAINED_PASSES; pass++) {
        queuedSince = false;
        await deliverDue(c.env);
        if (!queuedSince) break;
      }
    } catch (err) {
      console.error(JSON.stringify({ level: "error", message: "outbox delivery pass failed", error: err instanceof Error ? err.message : "unknown" }));
    } finally {
      running = false;
    }
  })();
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // No execution context (e.g. app.request in unit tests): the promise still runs.
  }
}
