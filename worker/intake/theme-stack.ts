import { LEARNED, terms } from "./learned.ts";
import { THEME_LR } from "./theme-lr-weights.ts";
import type { ThemeMatch } from "./themes.ts";

/** The "why" of a theme `withStacked` adds, after the terms that weighed most for it. */
export const STACKED = "weighed with the reference statements' labels";

/** What `withStacked` reads of one proposal besides its text: the themes the lexicon has a word of, the learned model's probabilities. */
export type StackInput = { evidence: ReadonlySet<string>; learned: ReadonlyMap<string, number> };

/** The LR's weights by term: [theme index, weight] pairs, decoded once from the generated text. */
let decoded: Map<string, [number, number][]> | null = null;
function weightsOf(term: string): [number, number][] | undefined {
  if (!decoded) {
    decoded = new Map();
    for (const line of THEME_LR.weights.split("\n")) {
      const [t, pairs = ""] = line.split("\t");
      decoded.set(t!, pairs.split(" ").map((p) => { const [i, w] = p.split(":"); return [parseInt(i!, 36), Number(w) / 100]; }));
    }
  }
  return decoded.get(term);
}

const logit = (p: number) => { const q = Math.min(1 - 1e-6, Math.max(1e-6, p)); return Math.log(q / (1 - q)); };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Per theme of `THEME_LR`, the LR's logit for a text and its terms with a positive weight, weightiest first. */
function regression(text: string): { z: number; terms: string[] }[] {
  const out = THEME_LR.bias.map((b) => ({ z: b, weighed: [] as [string, number][] }));
  for (const term of terms(text))
    for (const [t, w] of weightsOf(term) ?? []) {
      out[t]!.z += w;
      if (w > 0) out[t]!.weighed.push([term, w]);
    }
  return out.map(({ z, weighed }) => ({ z, terms: weighed.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t) }));
}

/**
 * Round 45 (docs/intake.md, "Round 45: themes"): a theme the proposal does not have yet is added when the stack (per
 * theme, a small logistic regression learned on every labelled set's leave-one-set-out scores) gives it at least
 * `THEME_LR.threshold`, from the learned model's probability, the LR's (`theme-lr-weights.ts`, learned from the labels
 * of the reference statements) and whether the lexicon has a word of the theme in the proposal. It never removes a
 * theme: the stack learned alone removed lexicon themes and lost recall on the older sets. A candidate is neither a
 * lexicon theme nor a shipped one (those are in the list already), so the stack's last two inputs are 0 for it; the
 * themes are those of the portal (`known`). Its "why": the LR's three weightiest terms in the proposal, then `STACKED`.
 */
export function withStacked(lists: readonly ThemeMatch[][], texts: readonly string[], inputs: readonly (StackInput | undefined)[], known: ReadonlySet<string>): ThemeMatch[][] {
  return lists.map((own, i) => {
    const input = inputs[i];
    if (!input) return own;
    const out = [...own];
    regression(texts[i]!).forEach(({ z, terms: weighed }, t) => {
      const slug = THEME_LR.themes[t]!;
      if (!known.has(slug) || out.some((m) => m.slug === slug)) return;
      const [bias, nb, lr, , word] = THEME_LR.stack[t]!;
      const p = sigmoid(bias! + (nb! * logit(input.learned.get(slug) ?? 0)) / 5 + (lr! * logit(sigmoid(z))) / 5 + (input.evidence.has(slug) ? word! : 0));
      if (p >= THEME_LR.threshold) out.push({ slug, terms: [...weighed.slice(0, 3).map((w) => `${LEARNED}${w}`), STACKED], source: "reference" });
    });
    return out;
  });
}
