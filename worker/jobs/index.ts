import { deliverDue } from "../email/outbox";
import { sendClosingReminders } from "./reminders";
import { cosignInvitationsJob } from "./cosign-invitations";
import { deliverBacklog } from "../email/outbox";
import { sendDigests } from "./digests";
import { refreshFlagsJob } from "./flags";
import { rebuildThemeModel } from "./theme-model";
import { refreshFrequentTerms } from "./search-terms";

/**
 * The scheduled jobs, run in this order by the cron (`worker/index.ts`) and by `POST /dev/run-scheduled`.
 * Each takes the time it runs "as at" (so development can run next week's digests now) and returns
 * figures for the log. A job must be safe to run twice for the same moment: the cron retries, and two
 * passes may overlap. Jobs that write emails come before `outbox`, so one pass also delivers them.
 */
export type ScheduledJob = {
  name: string;
  run: (env: Env, at: string) => Promise<Record<string, number>>;
};

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { name: "reminders", run: sendClosingReminders },
  cosignInvitationsJob,
  { name: "digests", run: (env, at) => sendDigests(env, at) },
  { name: "flags", run: (env) => refreshFlagsJob(env) },
  { name: "theme-model", run: (env, at) => rebuildThemeModel(env, at) },
  { name: "search-terms", run: (env, at) => refreshFrequentTerms(env, at) },
  // Keep `outbox` last: it delivers what the jobs above queued.
  { name: "outbox", run: (env, at) => deliverBacklog(env, at) },
];

/** Runs every job once, as at `at`; a failing job is logged and the next one still runs. */
export async function runScheduledJobs(env: Env, at: string): Promise<{ name: string; ok: boolean; result?: Record<string, number> }[]> {
  const ran: { name: string; ok: boolean; result?: Record<string, number> }[] = [];
  for (const job of SCHEDULED_JOBS) {
    try {
      const result = await job.run(env, at);
      ran.push({ name: job.name, ok: true, result });
      console.log(JSON.stringify({ level: "info", message: "scheduled job", job: job.name, at, ...result }));
    } catch (err) {
      ran.push({ name: job.name, ok: false });
      console.error(JSON.stringify({ level: "error", message: "scheduled job failed", job: job.name, at, error: err instanceof Error ? err.message : "failed" }));
    }
  }
  return ran;
}
