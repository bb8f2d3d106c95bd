import { describe, expect, it } from "vitest";
import { suggestThemes } from "../../worker/intake/index";
import { emptyModel, learn, suggestLearned, thresholdsOf } from "../../worker/intake/learned";
import { LIKELIEST, LIKELIEST_FLOOR, LIKELIEST_THEMES, NEIGHBOURS, withLikeliest, withNeighbours, type NearTheme, type ThemeMatch } from "../../worker/intake/themes";

// Round 43 (themes.ts `withLikeliest`, docs/intake.md "Round 43: themes"): a proposal left with no theme at all gets the
// learned model's likeliest theme when it is at least LIKELIEST_FLOOR and one of LIKELIEST_THEMES. Every sentence below
// is invented.
const m = (...slugs: string[]): ThemeMatch[] => slugs.map((slug) => ({ slug, terms: ["word"] }));
const near = (slug: string, probability: number): NearTheme => ({ slug, terms: ["learned: pelican"], probability });
const slugsOf = (lists: ThemeMatch[][]) => lists.map((l) => l.map((x) => x.slug).sort());

describe("round 43: the likeliest theme of a proposal left with none", () => {
  it("adds the model's likeliest theme at the floor or more, saying why", () => {
    const got = withLikeliest([m("legislation"), m()], [[], [near("victim-protection", LIKELIEST_FLOOR), near("socio-economic-drivers", 0.3)]]);
    expect(slugsOf(got)).toEqual([["legislation"], ["victim-protection"]]);
    expect(got[1]![0]!.terms).toEqual(["learned: pelican", LIKELIEST]);
  });

  it("takes the likeliest even when the model's list is not sorted, and only one theme", () => {
    const got = withLikeliest([m()], [[near("legislation", 0.6), near("organized-criminal-groups", 0.9), near("border-management", 0.7)]]);
    expect(slugsOf(got)).toEqual([["organized-criminal-groups"]]);
  });

  it("adds nothing below the floor, nor a theme outside the list, nor a second choice in its place", () => {
    expect(slugsOf(withLikeliest([m()], [[near("victim-protection", LIKELIEST_FLOOR - 0.01)]]))).toEqual([[]]);
    expect(LIKELIEST_THEMES.has("international-cooperation")).toBe(false);
    expect(slugsOf(withLikeliest([m()], [[near("international-cooperation", 0.97), near("victim-protection", 0.9)]]))).toEqual([[]]);
    expect(slugsOf(withLikeliest([m()], [[]]))).toEqual([[]]);
    expect(slugsOf(withLikeliest([m()], []))).toEqual([[]]);
  });

  it("leaves a proposal that has a theme as it is, however likely another", () => {
    const lists = [m("technical-assistance"), m("data-research")];
    expect(slugsOf(withLikeliest(lists, [[near("victim-protection", 0.99)], [near("legislation", 0.999)]]))).toEqual([["technical-assistance"], ["data-research"]]);
  });

  it("comes after the neighbours: a proposal the neighbours gave a theme keeps that one only", () => {
    const lists = [m("border-management"), m(), m("border-management")];
    const nearBy = [[], [near("border-management", 0.85), near("victim-protection", 0.95)], []];
    const got = withLikeliest(withNeighbours(lists, nearBy), nearBy);
    expect(slugsOf(got)[1]).toEqual(["border-management"]);
    expect(got[1]![0]!.terms).toContain(NEIGHBOURS);
  });
});

describe("round 43: suggestThemes gives a proposal with no theme the model's likeliest", () => {
  const seed = emptyModel();
  for (let i = 0; i < 40; i++) learn(seed, `Shelter the quorvish families of valley ${i} through the winter.`, ["victim-protection"]);
  for (let i = 0; i < 40; i++) learn(seed, `Amend the ferry code for quay ${i}.`, ["legislation"]);
  for (let i = 0; i < 30; i++) learn(seed, `Repaint the quorvish lighthouse of cape ${i}.`, ["legislation"]);
  const context = { segments: [], themes: ["victim-protection", "legislation"], seed };
  const proposals = ["Amend the ferry code before the spring tides.", "Find the quorvish a warm room near the harbour."];
  const text = `Our asks.\n\n${proposals.map((p) => `- ${p}`).join("\n")}\n`;

  it("adds it with its why when the model leans to it but below its threshold", () => {
    const [p] = suggestLearned(seed, proposals[1]!, new Set(context.themes), LIKELIEST_FLOOR);
    expect(p?.slug).toBe("victim-protection");
    expect(p!.probability).toBeGreaterThanOrEqual(LIKELIEST_FLOOR);
    expect(p!.probability).toBeLessThan(thresholdsOf("victim-protection").thresholdAlone);
    const why = suggestThemes(text, proposals, null, context);
    const last = why.proposals[1]!;
    expect(last.map((x) => x.slug)).toEqual(["victim-protection"]);
    expect(last[0]!.terms).toContain(LIKELIEST);
    expect(why.statement.map((x) => x.slug)).toContain("victim-protection");
  });

  it("adds nothing without a model", () => {
    const why = suggestThemes(text, proposals, null, { segments: [], themes: context.themes });
    expect(why.proposals[1]!.map((x) => x.slug)).toEqual([]);
  });
});
