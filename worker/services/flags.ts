import { getFlags, listDuplicateCandidates, listStaleFlagSources, saveFlagsStatements } from "../db/moderation";
import { bandKeys, DUPLICATE_THRESHOLD, flaggedText, minhash, similarity } from "../domain/flags";
import { detectPii, type PiiFinding } from "../domain/pii";
import { isoNow } from "../domain/time";

/** Moderation flags: computing the queued ones, and reading them with possible duplicates resolved. */

export type Flags = { pii: PiiFinding[]; possibleDuplicateOf: string[] };

const MAX_DUPLICATES_LISTED = 20;

/**
 * Computes the flags of the submissions queued by the triggers of migration 0003 (new or changed)
 * (a bounded amount per call: new arrivals are few between two looks at the queue).
 */
export async function refreshStaleFlags(db: D1Database, max = 200): Promise<number> {
  const stale = await listStaleFlagSources(db, max);
  const now = isoNow();
  for (let i = 0; i < stale.length; i += 40) {
    await db.batch(
      stale.slice(i, i + 40).flatMap((s) => {
        const sig = minhash(s.text);
        return saveFlagsStatements(db, { id: s.id, version: s.version, pii: detectPii(flaggedText(s)), minhash: sig, bands: bandKeys(sig), now });
      }),
    );
  }
  return stale.length;
}

/** Flags of the given submissions (refresh first); possible duplicates are the most similar first. */
export async function flagsOf(db: D1Database, ids: readonly number[]): Promise<Map<number, Flags>> {
  const out = new Map<number, Flags>(ids.map((id) => [id, { pii: [], possibleDuplicateOf: [] }]));
  if (ids.length === 0) return out;
  const [stored, candidates] = await Promise.all([getFlags(db, ids), listDuplicateCandidates(db, ids)]);
  const signatures = new Map(stored.map((f) => [f.id, f.minhash]));
  for (const f of stored) out.get(f.id)!.pii = f.pii;
  const scored = candidates
    .map((c) => ({ ...c, score: similarity(signatures.get(c.of) ?? [], c.minhash) }))
    .filter((c) => c.score >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  for (const c of scored) {
    const list = out.get(c.of)!.possibleDuplicateOf;
    if (list.length < MAX_DUPLICATES_LISTED) list.push(c.reference);
  }
  return out;
}

