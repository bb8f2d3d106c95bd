import { describe, expect, it } from "vitest";
import { blend, emptyModel, learn, LEARNING, suggestLearned, THEME_THRESHOLDS, thresholdsOf } from "../../worker/intake/learned";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 35 of the blend (learned.ts, docs/intake.md "Round 35: themes"): the learned model's two thresholds per theme
// (with a lexicon word beside the theme, and without one), chosen leave one set out. Every sentence below is invented.
const slugs = new Set<string>(THEMES.map((t) => t.slug));
const listed = Object.entries(THEME_THRESHOLDS);

describe("round 35: per-theme thresholds", () => {
  it("name only themes of the taxonomy, each pair in order (the no-word threshold never the lower)", () => {
    for (const [slug, [t, alone]] of listed) {
      expect(slugs.has(slug)).toBe(true);
      expect(t).toBeGreaterThan(0);
      expect(alone).toBeGreaterThanOrEqual(t);
    }
  });

  it("leave a theme not listed at the shared pair", () => {
    expect(thresholdsOf("no-such-theme")).toEqual({ threshold: LEARNING.threshold, thresholdAlone: LEARNING.thresholdAlone });
  });

  it("take a no-word theme at its own threshold, above or below the shared one", () => {
    const evidence = new Map([["some-other-theme", ["word"]]]);
    for (const slug of slugs) {
      const alone = thresholdsOf(slug).thresholdAlone;
      const just = alone <= 1 ? alone : 0.99999;
      const kept = blend([], [{ slug, terms: ["quayside"], probability: just }], evidence).map((m) => m.slug);
      expect(kept).toEqual(alone <= 1 ? [slug] : []);
      const below = blend([], [{ slug, terms: ["quayside"], probability: Math.min(alone, 1) - 1e-6 }], evidence);
      expect(below).toEqual([]);
    }
  });

  it("take a theme with a lexicon word at its own threshold in the model's suggestions", () => {
    const model = emptyModel();
    const known = new Set(["victim-protection", "data-research"]);
    const [a, b] = [...known];
    for (let i = 0; i < 25; i++) {
      learn(model, `Repaint the lighthouses of cove ${i} with a lantern crew.`, [a!]);
      learn(model, `Replant the orchards of hill ${i} with pear saplings.`, [b!]);
    }
    const got = suggestLearned(model, "A lantern crew for every lighthouse.", known);
    for (const m of got) expect(m.probability).toBeGreaterThanOrEqual(thresholdsOf(m.slug).threshold);
    if (thresholdsOf(a!).threshold <= 1) expect(got.map((m) => m.slug)).toContain(a);
    else expect(got.map((m) => m.slug)).not.toContain(a);
  });
});
