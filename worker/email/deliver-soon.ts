import type { Context } from "hono";
import type { AppEnv } from "../env";
import { deliverDue } from "./outbox";

/** Tries the outbox right after the response; whatever fails is retried by the cron trigger. */
export function deliverSoon(c: Context<AppEnv>): void {
  const work = deliverDue(c.env).catch((err: unknown) => {
    console.error(JSON.stringify({ level: "error", message: "outbox delivery pass failed", error: err instanceof Error ? err.message : "unknown" }));
  });
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // No execution context (e.g. app.request in unit tests): the promise still runs.
  }
}
