import { describe, expect, it } from "vitest";
import { LEARNED } from "../../worker/intake/learned";
import { THEME_LR } from "../../worker/intake/theme-lr-weights";
import { STACKED, withStacked, type StackInput } from "../../worker/intake/theme-stack";
import type { ThemeMatch } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 45 (theme-stack.ts `withStacked`, docs/intake.md "Round 45: themes"): a theme is added where the stack over the
// learned model's probability, the LR's and the lexicon's evidence gives it at least THEME_LR.threshold; nothing is
// removed. Every text below is invented.
const known = new Set(THEMES.map((t) => t.slug));
const m = (...slugs: string[]): ThemeMatch[] => slugs.map((slug) => ({ slug, terms: ["word"] }));
const slugsOf = (lists: ThemeMatch[][]) => lists.map((l) => l.map((x) => x.slug).sort());
const input = (learned: Record<string, number>, evidence: string[] = []): StackInput => ({ evidence: new Set(evidence), learned: new Map(Object.entries(learned)) });

/** The LR's terms with the largest weights for a theme (single words), read from the weights module. */
function heaviest(slug: string, n: number): string[] {
  const t = THEME_LR.themes.indexOf(slug as (typeof THEME_LR.themes)[number]).toString(36);
  const rows = THEME_LR.weights.split("\n").map((line) => {
    const [term, pairs = ""] = line.split("\t");
    const w = pairs.split(" ").find((p) => p.startsWith(`${t}:`));
    return [term!, w ? Number(w.split(":")[1]) : 0] as const;
  });
  return rows.filter(([term]) => !term.includes(" ")).sort((a, b) => b[1] - a[1]).slice(0, n).map(([term]) => term);
}

describe("round 45: the stacked theme model", () => {
  const slug = "victim-protection";
  const text = `We ask for ${heaviest(slug, 6).join(", ")} in every district.`;

  it("adds a theme the learned model and the LR both give, saying why", () => {
    const got = withStacked([m()], [text], [input({ [slug]: 0.98 }, [slug])], known);
    const added = got[0]!.find((x) => x.slug === slug);
    expect(added).toBeDefined();
    expect(added!.source).toBe("reference");
    expect(added!.terms.at(-1)).toBe(STACKED);
    expect(added!.terms.length).toBeGreaterThanOrEqual(2);
    expect(added!.terms.length).toBeLessThanOrEqual(4);
    for (const t of added!.terms.slice(0, -1)) expect(t.startsWith(LEARNED)).toBe(true);
  });

  it("never removes a theme, and adds nothing the portal does not know", () => {
    const lists = [m("legislation", "technology"), m("firearms-control")];
    const got = withStacked(lists, [text, "Mark every rifle."], [input({ [slug]: 0.98 }, [slug]), input({})], known);
    expect(slugsOf(got)[0]).toEqual(expect.arrayContaining(["legislation", "technology"]));
    expect(slugsOf(got)[1]).toEqual(expect.arrayContaining(["firearms-control"]));
    expect(got[0]!.find((x) => x.slug === "legislation")).toEqual(lists[0]![0]);
    expect(slugsOf(withStacked([m()], [text], [input({ [slug]: 0.98 }, [slug])], new Set(["legislation"])))).toEqual([[]]);
  });

  it("adds nothing without the learned model's inputs, nor for a text with no weighty term and no learned probability", () => {
    expect(withStacked([m()], [text], [undefined], known)).toEqual([[]]);
    expect(slugsOf(withStacked([m()], ["Blue kites over the quiet pond."], [input({})], known))).toEqual([[]]);
  });

  it("is deterministic", () => {
    const run = () => withStacked([m(), m("technology")], [text, `${text} Also the kites.`], [input({ [slug]: 0.9, legislation: 0.4 }, [slug]), input({ [slug]: 0.7 })], known);
    expect(run()).toEqual(run());
  });
});

describe("round 45: the weights module", () => {
  it("has one bias and one stack row of six weights per theme, a threshold, and weights for known themes only", () => {
    expect(THEME_LR.bias.length).toBe(THEME_LR.themes.length);
    expect(THEME_LR.stack.length).toBe(THEME_LR.themes.length);
    for (const row of THEME_LR.stack) expect(row.length).toBe(6);
    for (const slug of THEME_LR.themes) expect(known.has(slug)).toBe(true);
    expect(THEME_LR.threshold).toBeGreaterThan(0);
    expect(THEME_LR.threshold).toBeLessThan(1);
  });

  it("writes one term a line with theme:weight pairs, weights at 2 decimals, and stays small", () => {
    const lines = THEME_LR.weights.split("\n");
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) expect(line).toMatch(/^[\p{L}]+(?: [\p{L}]+)?\t[0-9a-z]+:-?\d+(?: [0-9a-z]+:-?\d+)*$/u);
    for (const line of lines) for (const pair of line.split("\t")[1]!.split(" ")) expect(parseInt(pair.split(":")[0]!, 36)).toBeLessThan(THEME_LR.themes.length);
    expect(THEME_LR.weights.length).toBeLessThan(250 * 1024);
  });
});
