import { app } from "./app";
import { deliverDue } from "./email/outbox";

export default {
  fetch: app.fetch,
  /** Cron: retry emails whose delivery failed, with backoff (see email/outbox.ts). */
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(deliverDue(env).then((r) => console.log(JSON.stringify({ level: "info", message: "outbox pass", ...r }))));
  },
} satisfies ExportedHandler<Env>;
