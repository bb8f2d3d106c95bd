import { app } from "./app";
import { isoNow } from "./domain/time";
import { deliverDue } from "./email/outbox";
import { runScheduledJobs } from "./jobs";
import { receiveStatementEmail } from "./services/email-intake";

export default {
  fetch: app.fetch,
  /** Cron: the scheduled jobs of `jobs/index.ts` (digests, reminders, then the outbox). */
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduledJobs(env, isoNow(new Date(controller.scheduledTime))).then(() => undefined));
  },
  /** Email Routing: statements sent to INTAKE_ADDRESS become drafts, answered through the outbox (docs/intake.md). */
  async email(message, env, ctx) {
    await receiveStatementEmail(message, env);
    ctx.waitUntil(
      deliverDue(env).catch((err: unknown) => {
        console.error(JSON.stringify({ level: "error", message: "outbox delivery pass failed", error: err instanceof Error ? err.message : "unknown" }));
      }),
    );
  },
} satisfies ExportedHandler<Env>;
