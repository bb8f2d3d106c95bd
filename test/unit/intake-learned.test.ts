import { describe, expect, it } from "vitest";
import { blend, emptyModel, learn, LEARNING, suggestLearned } from "../../worker/intake/learned";

// Proposals written for this test: a model taught that "hotline" proposals are victim protection.
const known = new Set(["victim-protection", "firearms-control", "data-research"]);
function taught() {
  const model = emptyModel();
  for (let i = 0; i < 20; i++) {
    learn(model, `Open a free hotline for survivors in district ${i} with trained counsellors.`, ["victim-protection"]);
    learn(model, `Mark every rifle and pistol held in armoury ${i} and record it.`, ["firearms-control"]);
  }
  return model;
}

describe("themes learned from moderators' tags", () => {
  it("suggests a theme from words it learned with it, and says which words", () => {
    const [first, ...rest] = suggestLearned(taught(), "A hotline staffed by trained counsellors, open at night.", known);
    expect(first).toMatchObject({ slug: "victim-protection" });
    expect(first!.probability).toBeGreaterThanOrEqual(LEARNING.threshold);
    expect(first!.terms.length).toBeGreaterThan(0);
    expect(first!.terms.every((t) => /hotline|counsellors|trained/.test(t))).toBe(true);
    expect(rest.map((m) => m.slug)).not.toContain("victim-protection");
  });

  it("suggests nothing before it has seen enough tagged proposals, for themes it was not taught, or for unknown themes", () => {
    const young = emptyModel();
    for (let i = 0; i < LEARNING.minExamples - 1; i++) learn(young, "Open a free hotline for survivors.", ["victim-protection"]);
    expect(suggestLearned(young, "Open a free hotline for survivors.", known)).toEqual([]);
    expect(suggestLearned(taught(), "Publish statistics every year.", known).map((m) => m.slug)).not.toContain("data-research");
    expect(suggestLearned(taught(), "A hotline staffed by trained counsellors.", new Set(["firearms-control"]))).toEqual([]);
  });

  it("adds the model's themes to the lexicon's, marking their words as learned", () => {
    expect(blend([{ slug: "victim-protection", terms: ["shelter*"] }], [{ slug: "victim-protection", terms: ["hotline"] }, { slug: "data-research", terms: ["statistics"] }])).toEqual([
      { slug: "victim-protection", terms: ["shelter*"] },
      { slug: "data-research", terms: ["learned: statistics"] },
    ]);
  });

  it("adds a learned theme only where the lexicon has a word for it too, and says both", () => {
    const evidence = new Map([["data-research", ["figures"]]]);
    expect(blend([], [{ slug: "data-research", terms: ["statistics"] }, { slug: "firearms-control", terms: ["rifle"] }], evidence)).toEqual([
      { slug: "data-research", terms: ["figures", "learned: statistics"] },
    ]);
  });
});

describe("the model's vocabulary", () => {
  it("stays within its bound, keeping the frequent words, and learning stays fast", () => {
    const model = emptyModel();
    const started = Date.now();
    // Three words never seen before in every proposal: "qbaaa", "qbaab"…
    const word = (n: number) => `q${n.toString(26).split("").map((d) => String.fromCharCode(97 + parseInt(d, 26))).join("").padStart(5, "a")}`;
    for (let i = 0; i < 20_000; i++) learn(model, `hotline survivors ${word(3 * i)} ${word(3 * i + 1)} ${word(3 * i + 2)}`, ["victim-protection"]);
    expect(Object.keys(model.terms).length).toBeLessThanOrEqual(LEARNING.maxTerms);
    expect(model.terms["hotline"]?.n).toBe(20_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
