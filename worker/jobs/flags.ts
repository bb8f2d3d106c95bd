import { refreshStaleFlags } from "../services/flags";

/**
 * Computes queued flags and campaign membership (at most 1,000 a run), so campaigns and the public
 * archive's campaign markers are current even when no moderator opens the queue. Idempotent: a
 * second run finds nothing queued (and two overlapping runs share the flag lease).
 */
export async function refreshFlagsJob(env: Env): Promise<Record<string, number>> {
  let computed = 0;
  for (let pass = 0; pass < 5; pass++) {
    const n = await refreshStaleFlags(env.DB);
    computed += n;
    if (n === 0) break;
  }
  return { computed };
}
