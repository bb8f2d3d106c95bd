import { finishPass, indexedStatements, newPendingTerms, passChunk, passStatements, pendingTerms, readTermsState, scanFrequentTerms, startPass } from "../db/search-terms";

/** A term is tracked when held by at least this many statements… */
export const FREQUENT_TERM_MIN_DOCS = 10_000;
/** …and this share of them (bm25 for fewer matches costs a few tens of ms: docs/performance.md). */
export const FREQUENT_TERM_SHARE = 0.05;

export type FrequentTermsOptions = { minDocs?: number; share?: number; budgetMs?: number; chunk?: number };

const DAY_MS = 86_400_000;

/**
 * Keeps the frequent-term ranking (migrations/0019, docs/search.md "Frequent terms") complete:
 * scans the index for terms that became frequent (when the archive grew or shrank by 10 % since
 * the last scan, or daily), then backfills the new terms' rows by a pass over the published
 * statements in id order (each chunk the publish batch's own statements), and marks them ready at
 * its end. Idempotent; bounded by `budgetMs`, the pass goes on at the next run (`pending` > 0).
 * A term the pass leaves not ready (`unready`: its rows do not add up, never expected) waits for
 * the next day's pass rather than restarting one at every run.
 */
export async function refreshFrequentTerms(env: Env, at: string, options: FrequentTermsOptions = {}): Promise<Record<string, number>> {
  const db = env.DB;
  const started = Date.now();
  const budget = options.budgetMs ?? 20_000;
  const chunk = options.chunk ?? 500;
  // `pending`: work left for the next run; `unready`: terms a finished pass left not ready.
  const out = { scanned: 0, passed: 0, ready: 0, pending: 0, unready: 0 };

  let state = await readTermsState(db);
  if (state.passAfter === null) {
    const published = await indexedStatements(db);
    const minDocs = Math.max(options.minDocs ?? FREQUENT_TERM_MIN_DOCS, Math.ceil((options.share ?? FREQUENT_TERM_SHARE) * published));
    const grown = published >= state.scannedPublished * 1.1 || published * 1.1 <= state.scannedPublished;
    const old = !state.scannedAt || Date.parse(at) - Date.parse(state.scannedAt) >= DAY_MS;
    if (!state.scannedPublished || grown || old) {
      // Tracked terms are dropped only well under the threshold: a term near it does not flap.
      await db.batch(scanFrequentTerms(db, minDocs, Math.floor(minDocs / 2), published, at));
      out.scanned = 1;
    }
    // A pass starts for terms tracked since the last pass; a term a finished pass left not ready
    // (its rows did not add up: never expected) is tried again only by the next day's pass.
    const retry = !state.passedAt || Date.parse(at) - Date.parse(state.passedAt) >= DAY_MS;
    if ((await newPendingTerms(db, retry ? null : state.passedAt)) === 0) return { ...out, pending: 0 };
    await startPass(db).run();
    state = await readTermsState(db);
  }
  let after = state.passAfter ?? 0;
  for (;;) {
    if (Date.now() - started >= budget) return { ...out, pending: 1 };
    const ids = await passChunk(db, after, chunk);
    if (ids.length === 0) break;
    await db.batch(passStatements(db, ids));
    out.passed += ids.length;
    after = ids.at(-1)!;
  }
  const before = await pendingTerms(db);
  await db.batch(finishPass(db, at));
  const left = await pendingTerms(db);
  return { ...out, ready: before - left, unready: left };
}
