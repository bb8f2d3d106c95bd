import { listTaggedPublishedProposals, saveThemeModelStatement, themeModelSource } from "../db/theme-model";
import { emptyModel, learn } from "../intake/learned";

/** Proposals the model is rebuilt from, at most (the oldest first). */
export const MAX_TRAINING_PROPOSALS = 20_000;
/** A D1 value stays under 2 MB: past this, the rarest terms are dropped until the model fits. */
export const MAX_MODEL_BYTES = 1_500_000;

/**
 * Rebuilds the learned theme model from every published proposal and the themes staff gave it
 * (`worker/intake/learned.ts`), when they changed since the last build (a fingerprint of the
 * tagged proposals, the tags and the last decision). A full rebuild, so running it twice gives the
 * same model, and a proposal whose themes moderators changed, or a statement unpublished, is followed.
 */
export async function rebuildThemeModel(env: Env, at: string): Promise<Record<string, number>> {
  const source = await themeModelSource(env.DB);
  if (source.stored === source.now) return { rebuilt: 0 };
  const rows = await listTaggedPublishedProposals(env.DB, MAX_TRAINING_PROPOSALS);
  const model = emptyModel();
  for (const r of rows) learn(model, r.text, r.themes);
  let json = JSON.stringify(model);
  for (let floor = 1; json.length > MAX_MODEL_BYTES && floor < 1_000; floor++) {
    for (const [k, v] of Object.entries(model.terms)) if (v.n <= floor) delete model.terms[k];
    json = JSON.stringify(model);
  }
  await saveThemeModelStatement(env.DB, json, model.examples, source.now, at).run();
  return { rebuilt: 1, proposals: model.examples, terms: Object.keys(model.terms).length };
}
