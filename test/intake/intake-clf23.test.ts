import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { REQUEST_BLEND, requestCandidates, requestFeatures, requestScore, withRequests } from "../../worker/intake/request-model";
import { REQUEST_WEIGHTS } from "../../worker/intake/request-weights";
import { handMadeBlend } from "./blend-setup";

// Round 23: the learned request classifier (request-model.ts, table request-weights.ts built by
// scripts/request-model.mjs). Sentences and names written for these tests; the names are invented.

const nowhere = { first: false, last: false };

describe("the request classifier's features", () => {
  it("reads folded words, adjacent pairs and shape; a capitalised word inside a sentence is a name, never itself", () => {
    const f = requestFeatures("We ask Tesmar and the Vandria Council to fund night shelters.", { first: true, last: false });
    expect(f).toContain("w:ask");
    expect(f).toContain("b:^ we");
    expect(f).toContain("b:to fund");
    expect(f).toContain("w:qqname");
    expect(f).toContain("first");
    expect(f).toContain("modal");
    expect(f.some((x) => /tesmar|vandria|council/.test(x))).toBe(false);
  });

  it("reads a contraction as the rules do, with ' or ’", () => {
    const straight = requestFeatures("We'd ask the ministries to fund night shelters.", nowhere);
    const curly = requestFeatures("We’d ask the ministries to fund night shelters.", nowhere);
    expect(curly).toEqual(straight);
    expect(straight).toContain("b:we would");
  });

  it("not a capitalised first word, nor 'I'", () => {
    const f = requestFeatures("Shelters open at night, as I saw.", nowhere);
    expect(f).toContain("w:shelters");
    expect(f).toContain("w:i");
    expect(f).not.toContain("w:qqname");
  });
});

describe("the request classifier's score", () => {
  it("is deterministic, a probability, explained by at most five features", () => {
    const s = "Ministries should publish the number of shelter places every year.";
    const a = requestScore(s);
    expect(requestScore(s)).toEqual(a);
    expect(a.p).toBeGreaterThan(0);
    expect(a.p).toBeLessThan(1);
    expect(a.why.length).toBeLessThanOrEqual(5);
    expect(a.why.every((w) => /^\S+(?: \S+)? [+-]\d+\.\d\d$/.test(w))).toBe(true);
  });

  it("the shipped table is small and general (no capitalised word, pairs at most)", () => {
    const names = Object.keys(REQUEST_WEIGHTS.w);
    expect(names.length).toBeGreaterThan(100);
    expect(names.length).toBeLessThanOrEqual(1500);
    expect(names.every((f) => /^(?:w:\S+|b:\S+ \S+|len:\S+|first|last|ends:.|modal|past|observes|wish|needs|helps|couldyou|imperative)$/.test(f))).toBe(true);
    expect(names.some((f) => /\p{Lu}/u.test(f))).toBe(false);
  });

  // A request scores above a sentence of background on the same subject, in each language.
  it.each([
    ["en", "We urge the ministries to open a night shelter in every district.", "The night shelter in our district opened its doors in the spring."],
    ["en", "Prosecutors should be trained to recognise forced labour on farms.", "Many of the farm workers we met had never seen a contract."],
    ["fr", "Nous demandons aux ministères d'ouvrir un foyer de nuit dans chaque district.", "Le foyer de nuit de notre district a ouvert ses portes au printemps."],
    ["es", "Pedimos a los ministerios que abran un albergue nocturno en cada distrito.", "El albergue nocturno de nuestro distrito abrió sus puertas en primavera."],
  ])("%s: a request outscores background", (_, ask, background) => {
    expect(requestScore(ask).p).toBeGreaterThan(requestScore(background).p);
  });
});

describe("the blend (one hook in findProposals, prose only)", () => {
  // A hand-made table, so that these tests hold whatever the shipped one learned.
  const { table, split, keep, shipped, use } = handMadeBlend({ bias: -4, w: { "w:fund": 6 } });

  it("ships on (threshold 0.5, chosen leave one set out; six sentences at least; 0.6 beside the rules' proposal, round 27); off, the rules' proposals as they are", () => {
    // Round 29: list items and asking questions, each at its own threshold (0.5, chosen leave one set out).
    expect(shipped).toEqual({ on: true, threshold: 0.5, minimumSentences: 6, beside: 0.6, list: 0.5, question: 0.5 });
    use();
    const text = "Our office is small.\n\nThe ministries fund the shelters of Tesmar poorly and late every year.";
    REQUEST_BLEND.on = false;
    expect(withRequests(text, [], split, keep)).toEqual([]);
    REQUEST_BLEND.on = true;
    expect(withRequests(text, [], split, keep)).toEqual(["The ministries fund the shelters of Tesmar poorly and late every year."]);
  });

  it("on, nothing added to a short text (fewer than six sentences of prose it may read): too little context", () => {
    use(shipped.minimumSentences);
    const few = ["Our office in Tesmar has two rooms and a kitchen.", "The ministries fund the shelters of Tesmar poorly and late every year."];
    const more = [...few, "Our volunteers answer the phone at night.", "The winter was long for every family we met.", "Three of our rooms were closed for repairs.", "The buses to the coast stop running at six."];
    expect(withRequests(few.join("\n\n"), [], split, keep)).toEqual([]);
    expect(withRequests(more.join("\n\n"), [], split, keep)).toEqual(["The ministries fund the shelters of Tesmar poorly and late every year."]);
  });

  it("on, a sentence of prose the model scores high becomes a proposal, in the text's order", () => {
    use();
    const text = "We propose that the ministries publish the waiting lists.\n\nOur office is small and has two rooms.\n\nDonors fund a second night shelter in the old port every winter.";
    expect(findProposals(text)).toEqual(["We propose that the ministries publish the waiting lists.", "Donors fund a second night shelter in the old port every winter."]);
  });

  it("on, not a heading, a question, a list item, a sentence of a paragraph where the rules took one (below `beside`), nor a short one", () => {
    use();
    // Round 29: a list item is a candidate of its own kind, taken at `REQUEST_BLEND.list`; this test keeps the gates before it.
    REQUEST_BLEND.list = 2;
    // The one sentence beside the rules' proposal scores 0.88 on this table: round 27 takes it at the shipped 0.6, not at 0.9.
    REQUEST_BLEND.beside = 0.9;
    const text = [
      "How donors fund the shelters",
      "Who will fund the second night shelter in the old port?",
      "- Donors fund the first night shelter in the old port today.",
      "We propose that the ministries publish the waiting lists. Donors fund half of them now, in the old port.",
      "Donors fund it.",
    ].join("\n\n");
    const taken = ["We propose that the ministries publish the waiting lists."];
    expect(requestCandidates(text, taken, split, keep, table).filter((c) => !c.beside)).toEqual([]);
    expect(withRequests(text, taken, split, keep)).toEqual(taken);
    REQUEST_BLEND.beside = shipped.beside;
    expect(withRequests(text, taken, split, keep)).toEqual([...taken, "Donors fund half of them now, in the old port."]);
  });
});
