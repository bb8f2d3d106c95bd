import { app } from "./app";
import { isoNow } from "./domain/time";
import { runScheduledJobs } from "./jobs";

export default {
  fetch: app.fetch,
  /** Cron: the scheduled jobs of `jobs/index.ts` (digests, reminders, then the outbox). */
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduledJobs(env, isoNow(new Date(controller.scheduledTime))).then(() => undefined));
  },
} satisfies ExportedHandler<Env>;
