import { describe, expect, it } from "vitest";
import { suggestThemes } from "../../worker/intake/index";
import { emptyModel, learn, suggestLearned, thresholdsOf } from "../../worker/intake/learned";
import { NEIGHBOUR_FLOOR, NEIGHBOURS, withNeighbours, type NearTheme, type ThemeMatch } from "../../worker/intake/themes";

// Round 39 (themes.ts `withNeighbours`, docs/intake.md "Round 39: themes"): a proposal between two proposals that both
// have a theme gets it when the learned model gives it at least NEIGHBOUR_FLOOR. Every sentence below is invented.
const m = (...slugs: string[]): ThemeMatch[] => slugs.map((slug) => ({ slug, terms: ["word"] }));
const near = (slug: string, probability: number): NearTheme => ({ slug, terms: ["learned: lantern"], probability });
const slugsOf = (lists: ThemeMatch[][]) => lists.map((l) => l.map((x) => x.slug).sort());

describe("round 39: the proposals before and after", () => {
  it("adds a theme both neighbours have when the model gives it at least the floor, saying why", () => {
    const lists = [m("firearms-control"), m("technical-assistance"), m("firearms-control", "legislation")];
    const got = withNeighbours(lists, [[], [near("firearms-control", NEIGHBOUR_FLOOR)], []]);
    expect(slugsOf(got)[1]).toEqual(["firearms-control", "technical-assistance"]);
    expect(got[1]!.find((x) => x.slug === "firearms-control")!.terms).toEqual(["learned: lantern", NEIGHBOURS]);
  });

  it("does not add it below the floor, nor when only one neighbour has it", () => {
    const lists = [m("victim-protection"), m(), m("victim-protection"), m("data-research"), m()];
    expect(slugsOf(withNeighbours(lists, [[], [near("victim-protection", NEIGHBOUR_FLOOR - 0.01)], [], [], []]))[1]).toEqual([]);
    expect(slugsOf(withNeighbours(lists, [[], [], [], [near("victim-protection", 0.97)], []]))[3]).toEqual(["data-research"]);
  });

  it("leaves the first and the last proposal as they are (one neighbour each)", () => {
    const lists = [m(), m("human-rights"), m()];
    const got = withNeighbours(lists, [[near("human-rights", 0.99)], [], [near("human-rights", 0.99)]]);
    expect(slugsOf(got)).toEqual([[], ["human-rights"], []]);
  });

  it("reads the lists as they were before this step: no chain along a list", () => {
    const lists = [m("prevention-awareness"), m(), m(), m("prevention-awareness")];
    const all = [0, 1, 2, 3].map(() => [near("prevention-awareness", 0.9)]);
    expect(slugsOf(withNeighbours(lists, all))).toEqual([["prevention-awareness"], [], [], ["prevention-awareness"]]);
  });

  it("does not add a theme twice, nor one the model does not give", () => {
    const lists = [m("legislation"), m("legislation"), m("legislation")];
    expect(withNeighbours(lists, [[], [near("legislation", 0.9)], []])[1]).toHaveLength(1);
    expect(slugsOf(withNeighbours([m("legislation"), m(), m("legislation")], [[], [], []]))[1]).toEqual([]);
  });
});

describe("round 39: the learned model's floor", () => {
  const known = new Set(["data-research", "legislation"]);
  const model = emptyModel();
  for (let i = 0; i < 30; i++) learn(model, `Count the brelvic barges of harbour ${i} every spring.`, ["data-research"]);
  for (let i = 0; i < 30; i++) learn(model, `Amend the ferry code for pier ${i}.`, ["legislation"]);
  for (let i = 0; i < 10; i++) learn(model, `Paint the brelvic barges of pier ${i} blue.`, ["legislation"]);

  it("returns the same themes as before without a floor, and more with one, none below it", () => {
    const text = "Moor the brelvic barges by the old quay.";
    const plain = suggestLearned(model, text, known);
    for (const x of plain) expect(x.probability).toBeGreaterThanOrEqual(thresholdsOf(x.slug).threshold);
    const floored = suggestLearned(model, text, known, 0.5);
    for (const x of floored) expect(x.probability).toBeGreaterThanOrEqual(Math.min(0.5, thresholdsOf(x.slug).threshold));
    expect(floored.length).toBeGreaterThanOrEqual(plain.length);
    for (const x of plain) expect(floored.map((y) => y.slug)).toContain(x.slug);
  });
});

describe("round 39: suggestThemes reads a proposal's neighbours", () => {
  const seed = emptyModel();
  for (let i = 0; i < 40; i++) learn(seed, `Publish statistics on the brelvic barges of harbour ${i}.`, ["data-research"]);
  for (let i = 0; i < 25; i++) learn(seed, `Count the brelvic barges of pier ${i} by hand.`, i % 3 ? ["data-research"] : ["legislation"]);
  for (let i = 0; i < 60; i++) learn(seed, `Amend the ferry code for quay ${i}.`, ["legislation"]);
  const context = { segments: [], themes: ["data-research", "legislation"], seed };
  const proposals = ["Publish statistics on every lake harbour each year.", "Tally the brelvic barges moored at each pier.", "Share the survey data with the river towns."];
  const text = `Our asks.\n\n${proposals.map((p) => `- ${p}`).join("\n")}\n`;

  it("gives the middle proposal the theme both neighbours have when the model leans to it", () => {
    const [p] = suggestLearned(seed, proposals[1]!, new Set(context.themes), NEIGHBOUR_FLOOR).filter((x) => x.slug === "data-research");
    expect(p?.probability ?? 0).toBeGreaterThanOrEqual(NEIGHBOUR_FLOOR);
    const why = suggestThemes(text, proposals, null, context);
    expect(why.proposals[0]!.map((x) => x.slug)).toContain("data-research");
    expect(why.proposals[2]!.map((x) => x.slug)).toContain("data-research");
    const middle = why.proposals[1]!.find((x) => x.slug === "data-research");
    expect(middle?.terms).toContain(NEIGHBOURS);
  });

  it("does nothing without a learned model", () => {
    const plain = suggestThemes(text, proposals, null, { segments: [], themes: context.themes });
    expect(plain.proposals[1]!.map((x) => x.slug)).not.toContain("data-research");
  });
});
