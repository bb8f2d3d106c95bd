/**
 * A theme model learned from moderators' tags (`worker/intake/learned.ts` trains and reads it,
 * `worker/db/theme-model.ts` stores it as JSON).
 */
export type ThemeModel = {
  /** Tagged proposals learned from. */
  examples: number;
  /** Per theme: how many of them carry it. */
  themes: Record<string, number>;
  /** Per term: how many proposals contain it, and how many of those carry each theme. */
  terms: Record<string, { n: number; t: Record<string, number> }>;
};
