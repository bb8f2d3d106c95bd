import { describe, expect, it } from "vitest";
import { notOurRequest, requestFeatures, withRequests } from "../../worker/intake/request-model";
import { handMadeBlend } from "../intake/blend-setup";

// Round 27: the learned request classifier; a count told in the past reads as the narrative past, and an observation of
// the speaker's that asks nothing is not a request of ours. Sentences and names written for these tests; the names are invented.

const nowhere = { first: false, last: false };
const past = (s: string) => requestFeatures(s, nowhere).includes("past");

describe("round 27: a count told in the past is the narrative past", () => {
  it.each([
    ["fr", "Parmi les 212 saisonnières suivies au printemps, 58 avaient perdu leur passeport."],
    ["fr", "Près de 35 % des chauffeurs étaient payés à la course cette saison-là."],
    ["en", "Among the 312 pickers on the ridge farms, 74 had no written contract."],
    ["en", "Roughly 18 per cent were under the legal working age."],
    ["es", "Entre las 96 temporeras del valle, 41 no tenían contrato firmado."],
    ["es", "Unas 27 de ellas habían pagado una deuda de viaje al capataz."],
  ])("%s: %s", (_, s) => expect(past(s)).toBe(true));
  // Near misses: a count in the present or with a modal, and a year.
  it.each([
    ["fr", "Parmi les 212 saisonnières du foyer, 58 devraient pouvoir consulter un avocat."],
    ["en", "Among the 312 pickers on the ridge farms, 74 need a written contract now."],
    ["en", "In 2018 the assembly had promised a fund for the ridge farms."],
    ["es", "Entre las 96 temporeras del valle, 41 necesitan un contrato firmado."],
  ])("%s, not: %s", (_, s) => expect(past(s)).toBe(false));
});

describe("round 27: an observation of the speaker's that asks nothing is not a request of ours", () => {
  it.each([
    ["fr", "Nous observons aussi que les saisonnières convoquées au tribunal n'ont pas d'interprète."],
    ["en", "We also note with concern that the ridge farms keep the pickers' passports."],
    ["es", "Observamos también que las temporeras citadas por el juez no reciben intérprete."],
  ])("%s: %s", (_, s) => expect(notOurRequest(s)).toBe("observes"));
  // Near misses: an observation that asks (a modal, a verb of asking), and someone else's observation.
  it.each([
    ["fr", "Nous observons aussi que les préfectures devraient fournir un interprète aux saisonnières."],
    ["en", "We note with concern that the ridge farms must return the pickers' passports."],
    ["en", "The inspectors noted that the ridge farms keep the pickers' passports."],
    ["es", "Observamos también que los jueces deben ofrecer un intérprete a las temporeras."],
  ])("%s, not: %s", (_, s) => expect(notOurRequest(s)).toBeNull());

  describe("in the blend", () => {
    const { split, keep, use } = handMadeBlend({ bias: -4, w: { "w:passports": 6 } });
    it("the observation is not taken, last in its paragraph and scored high; the sentence that asks is", () => {
      use();
      const text = ["The ridge farms hire pickers every autumn.", "We also note that the ridge farms keep the pickers' passports."].join(" ") + "\n\nThe labour office could return the passports within a week.";
      expect(withRequests(text, [], split, keep)).toEqual(["The labour office could return the passports within a week."]);
    });
  });
});

describe("round 27: a second request in a paragraph where the rules took one, at a stricter threshold", () => {
  // Hand-made table: "wardens" alone scores sigmoid(0.2) ≈ 0.55; with "harbour", sigmoid(2.2) ≈ 0.90.
  const { split, keep, use } = handMadeBlend({ bias: -4, w: { "w:wardens": 4.2, "w:harbour": 2 } });
  const rule = "The port authority should publish the crew lists every month.";
  it("beside the rules' proposal, the sentence scored 0.90 is taken, the one scored 0.55 is not", () => {
    use();
    const text = `${rule} The wardens could walk the quays at night. The wardens could patrol the harbour after dark.`;
    expect(withRequests(text, [rule], split, keep)).toEqual([rule, "The wardens could patrol the harbour after dark."]);
  });
  // Near miss: the same 0.55 sentence in a paragraph of its own, where the rules took nothing, passes the plain threshold.
  it("not beside: the sentence scored 0.55 is taken", () => {
    use();
    const text = `${rule}\n\nThe wardens could walk the quays at night.`;
    expect(withRequests(text, [rule], split, keep)).toEqual([rule, "The wardens could walk the quays at night."]);
  });
});
