import { fold } from "./markers.ts";
import type { ThemeModel } from "../domain/theme-model.ts";
import type { ThemeMatch } from "./themes.ts";

/**
 * Themes learned from the moderators' own tags: a Bernoulli naive Bayes model, one yes/no
 * classifier per theme, over the words and word pairs of published proposals. It is a plain JSON
 * object (stored in D1 by the `theme-model` job, `worker/db/theme-model.ts`), updated one tagged
 * proposal at a time, and explains each suggestion by the words that weighed most for it.
 */
export type { ThemeModel };

export const LEARNING = {
  /** No learned suggestion before the model has seen this many tagged proposals… */
  minExamples: 30,
  /** …nor for a theme with fewer examples than this. */
  minThemeExamples: 4,
  /**
   * A learned theme is suggested at this probability or more (0.95 until round 11; 0.99 measured
   * better with a model learned from the other sets' labels on most sets: docs/intake.md "Round 11: themes").
   */
  threshold: 0.99,
  /**
   * A learned theme with no word of the lexicon in the proposal (nor in its heading) is suggested only at this
   * probability or more (round 31; until then never: docs/intake.md "Round 7: themes", "Round 31: themes"). With the
   * seed learned from every set, measured leave one set out on statements never seen, such themes were right about
   * two times in three at 0.999; its "why" is then the words that weighed most ("learned: …").
   */
  thresholdAlone: 0.999,
  /** Vocabulary bound: past it, terms seen once are dropped. */
  maxTerms: 30_000,
} as const;

/**
 * Round 35 (docs/intake.md, "Round 35: themes"): the two thresholds above per theme, [threshold, thresholdAlone], for
 * themes one shared pair under- or over-suggests; `NEVER` (2): the model does not suggest the theme at all (the
 * lexicon still does). Learned by `scripts/theme-sweep.mjs --per-theme --learn` on the labels' texts of every set
 * (each set scored by a seed built without it): each theme's point maximising right − 0.75 × wrong. Data and research
 * keeps the shared pair. Learn it again after the seed is rebuilt. A theme not listed keeps `LEARNING`'s pair.
 * Round 51: learned again (λ 0.75) after the seed learned blind 48–53 (`--per-theme --learn --alone --seed=all`, 62 sets);
 * chosen leave one set out, 76.1 / 71.6 per proposal against 76.1 / 71.2 for round 35's table on the same seed
 * (docs/intake.md, "Round 51: themes"). The model now suggests border management, and firearms control when very sure.
 */
const NEVER = 2;
export const THEME_THRESHOLDS: Readonly<Record<string, readonly [number, number]>> = {
  "national-strategy": [NEVER, NEVER],
  "legislation": [0.99, NEVER],
  "institutional-coordination": [0.99, 0.99],
  "organized-criminal-groups": [0.9, 0.99],
  "prevention-awareness": [0.5, 0.995],
  "socio-economic-drivers": [0.95, 0.99],
  "human-rights": [0.8, 0.9999],
  "victim-protection": [0.5, 0.995],
  "border-management": [0.5, 0.99],
  "anti-corruption": [0.5, 0.9999],
  "rule-of-law": [0.9, 0.9999],
  "technology": [0.8, NEVER],
  "international-cooperation": [0.9, 0.9995],
  "technical-assistance": [0.99, 0.99],
  "civil-society-participation": [0.5, 0.9995],
  "civil-society-protection": [0.5, 0.995],
  "firearms-control": [0.999, 0.9999],
  "emerging-forms": [0.9, 0.998],
};

/** A theme's learned thresholds: with a word of the lexicon beside it, and without one. */
export function thresholdsOf(slug: string): { threshold: number; thresholdAlone: number } {
  const own = THEME_THRESHOLDS[slug];
  return own ? { threshold: own[0], thresholdAlone: own[1] } : { threshold: LEARNING.threshold, thresholdAlone: LEARNING.thresholdAlone };
}

const STOP = new Set(
  "the and for that with this from are was were have has been will would should shall must may can their them they its our your all any not but also into such other more most than which who whom whose what when where while these those there here each per upon under over between within without about against les des une pour que qui dans par sur aux avec est sont ses leur leurs nous vous ils elles del los las una por para que con sus como entre sobre este esta estos estas".split(
    " ",
  ),
);

/** Weight of the prior in the m-estimates (in examples). */
const M = 16;

/** The distinct words (3+ letters, accents folded, common words left out) and adjacent word pairs of a text. */
export function terms(text: string): Set<string> {
  const words = (fold(text).match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w)).slice(0, 2_000);
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

export const emptyModel = (): ThemeModel => ({ examples: 0, themes: {}, terms: {} });

/** Terms in each model being trained, so that the vocabulary bound is checked without counting keys each time. */
const sizes = new WeakMap<ThemeModel, number>();

/** Adds one tagged proposal to the model (in place). Past `maxTerms`, the rarest terms go until three quarters are left. */
export function learn(model: ThemeModel, text: string, themes: readonly string[]): void {
  model.examples++;
  for (const t of themes) model.themes[t] = (model.themes[t] ?? 0) + 1;
  let added = 0;
  for (const term of terms(text)) {
    let entry = model.terms[term];
    if (!entry) {
      entry = model.terms[term] = { n: 0, t: {} };
      added++;
    }
    entry.n++;
    for (const t of themes) entry.t[t] = (entry.t[t] ?? 0) + 1;
  }
  const size = (sizes.get(model) ?? Object.keys(model.terms).length - added) + added;
  sizes.set(model, size > LEARNING.maxTerms ? prune(model) : size);
}

function prune(model: ThemeModel): number {
  let left = Object.keys(model.terms).length;
  for (let floor = 1; left > LEARNING.maxTerms * 0.75 && floor <= model.examples; floor++) {
    for (const [k, v] of Object.entries(model.terms)) if (v.n <= floor) delete model.terms[k];
    left = Object.keys(model.terms).length;
  }
  return left;
}

/**
 * Where learned suggestions come from: the seed shipped with the portal (learned from reference
 * statements, `theme-seed.ts`) and the model the `theme-model` job learns from the moderators'
 * tags. Their counts are added, so suggestions work from the first day and the moderators' tags
 * take over as they grow.
 */
export type LearnedModels = { seed?: ThemeModel | null; moderators?: ThemeModel | null };
/** Which of the two a suggestion owes most to (the one where its weightiest words were seen with its theme more often). */
export type LearnedSource = NonNullable<ThemeMatch["source"]>;

/**
 * The themes the model(s) suggest for a proposal, each with its probability, the (up to three)
 * words that weighed most for it and where it was mostly learned. Only words seen at least twice
 * count. A single model is read as the moderators'.
 */
/**
 * `floor` (round 39): also return the themes whose probability is at least `floor` though below their own threshold
 * (`thresholdsOf`), for a caller that weighs them with other evidence (`withNeighbours` in `themes.ts`); such a caller
 * keeps only those at their threshold for `blend`.
 */
export function suggestLearned(models: ThemeModel | LearnedModels, text: string, known: ReadonlySet<string>, floor?: number): (ThemeMatch & { probability: number; source: LearnedSource })[] {
  const { seed, moderators } = "examples" in models ? { seed: null, moderators: models as ThemeModel } : models;
  const parts = [seed, moderators].filter((m): m is ThemeModel => !!m);
  const examples = parts.reduce((n, m) => n + m.examples, 0);
  if (examples < LEARNING.minExamples) return [];
  const entries = new Map<string, { n: number; t: Record<string, number> }[]>();
  for (const term of terms(text)) {
    const found = parts.map((m) => m.terms[term]).filter((e): e is { n: number; t: Record<string, number> } => !!e);
    if (found.length) entries.set(term, found);
  }
  const themes = new Set(parts.flatMap((m) => Object.keys(m.themes)));
  const out: (ThemeMatch & { probability: number; source: LearnedSource })[] = [];
  for (const slug of themes) {
    const count = parts.reduce((n, m) => n + (m.themes[slug] ?? 0), 0);
    if (!known.has(slug) || count < LEARNING.minThemeExamples) continue;
    const yes = count;
    const no = examples - count;
    let logit = Math.log((yes + 1) / (no + 1));
    const weights: [string, number][] = [];
    for (const [term, found] of entries) {
      const n = found.reduce((a, e) => a + e.n, 0);
      if (n < 2) continue;
      const inYes = found.reduce((a, e) => a + (e.t[slug] ?? 0), 0);
      // m-estimates around the term's overall rate: a word no more frequent with the theme than
      // without it weighs nothing, however few examples the theme has.
      const rate = n / examples;
      const w = Math.log((inYes + M * rate) / (yes + M)) - Math.log((n - inYes + M * rate) / (no + M));
      logit += w;
      weights.push([term, w]);
    }
    const probability = 1 / (1 + Math.exp(-logit));
    if (probability >= Math.min(floor ?? Infinity, thresholdsOf(slug).threshold)) {
      const words = weights.filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t]) => t);
      // Learned where its weightiest words were seen with the theme most (or, without words, where the theme was).
      const seen = (m: ThemeModel | null | undefined) => (m ? (words.length ? words.reduce((a, w) => a + (m.terms[w]?.t[slug] ?? 0), 0) : (m.themes[slug] ?? 0)) : 0);
      const source: LearnedSource = seen(moderators) >= seen(seed) ? "moderators" : "reference";
      out.push({ slug, terms: words, probability, source });
    }
  }
  return out.sort((a, b) => b.probability - a.probability);
}

/** The seed's compact text (`theme-seed.ts`, written by `scripts/theme-seed.mjs`) as a model. */
export function decodeSeed(text: string): ThemeModel {
  const [examples = "0", themeLine = "", ...lines] = text.split("\n");
  const model: ThemeModel = { examples: Number(examples), themes: {}, terms: {} };
  const slugs: string[] = [];
  for (const pair of themeLine.split(" ").filter(Boolean)) {
    const [slug, count] = pair.split(":");
    slugs.push(slug!);
    model.themes[slug!] = Number(count);
  }
  for (const line of lines) {
    const [term, n, counts = ""] = line.split("\t");
    if (!term) continue;
    const t: Record<string, number> = {};
    for (const pair of counts.split(" ").filter(Boolean)) {
      const [i, c] = pair.split(":");
      const slug = slugs[parseInt(i!, 36)];
      if (slug) t[slug] = Number(c);
    }
    model.terms[term] = { n: Number(n), t };
  }
  return model;
}

/** How a learned word is marked among a suggestion's words ("learned: hotline"); the form shows it as learned from reference statements or from the moderators' tags (`source`). */
export const LEARNED = "learned: ";

/**
 * Lexicon and model together: the lexicon's themes, plus the model's that the lexicon did not
 * suggest but has at least one word for (`evidence`, from `themeEvidence`: a weak word such as
 * "victims" or "officials"). A learned theme with no word of the lexicon at all is left out unless
 * its probability is at least `LEARNING.thresholdAlone` (0.999): until round 31 always left out, as
 * on statements the model had not seen those were wrong more often than right (docs/intake.md,
 * "Round 7: themes"); with the seed learned from every set, the surest of them were right about
 * two times in three on blind 15–23, measured leave one set out ("Round 31: themes"). Each learned theme says why: its lexicon words and the model's top words.
 */
export function blend(lexicon: ThemeMatch[], learned: (ThemeMatch & { probability?: number })[], evidence?: ReadonlyMap<string, string[]>): ThemeMatch[] {
  const out = [...lexicon];
  for (const m of learned) {
    if (out.some((x) => x.slug === m.slug)) continue;
    const words = evidence?.get(m.slug);
    if (evidence && !words?.length && !((m.probability ?? 0) >= thresholdsOf(m.slug).thresholdAlone)) continue;
    out.push({ slug: m.slug, terms: [...(words ?? []), ...m.terms.map((t) => `${LEARNED}${t}`)], ...(m.source ? { source: m.source } : {}) });
  }
  return out;
}
