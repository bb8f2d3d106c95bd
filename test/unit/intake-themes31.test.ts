import { describe, expect, it } from "vitest";
import { blend, LEARNED, LEARNING } from "../../worker/intake/learned";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 31 of the theme lexicon (docs/intake.md, "Round 31: themes"): the bare Spanish "frontera(s)" is weak, as
// the English "border(s)" has long been: a frontier named as a place (the shelters, prosecutors or towns "de la
// frontera") is not a proposal about managing it. Its compounds stay strong. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug);

describe("round 31: a frontier named as a place is not border management", () => {
  it.each([
    "Que los comedores escolares de la frontera reciban leche todo el año.",
    "Pedimos que los jueces de paz de las fronteras del desierto tengan un intérprete.",
    "Los pescadores que viven en la frontera deberían poder vender en los dos mercados.",
    "The radio stations on the border should broadcast the helpline number.",
  ])("%s", (text) => {
    expect(slugs(text)).not.toContain("border-management");
  });
});

describe("round 31: the frontier's management, or a second word of the theme, still names it", () => {
  it.each([
    "Que la gestión de las fronteras del altiplano tenga un presupuesto propio.",
    "Hace falta un control fronterizo en los pasos de montaña durante el invierno.",
    "Que la guardia de frontera revise los pasaportes de los menores que viajan solos.",
    "Que en la frontera se revisen también los pasaportes de los acompañantes.",
    "Que les contrôles aux frontières du plateau soient faits par des agents formés.",
  ])("%s", (text) => {
    expect(slugs(text)).toContain("border-management");
  });
});

// Round 31 of the blend (learned.ts): a learned theme with no word of the lexicon beside it is suggested when the
// model is very sure (LEARNING.thresholdAlone), and says why by the model's own words.
describe("round 31: a learned theme without a lexicon word, when the model is very sure", () => {
  const evidence = new Map([["victim-protection", ["survivors"]]]);
  it("is kept at the higher threshold, with the model's words as its why", () => {
    const sure = [{ slug: "data-research", terms: ["ledger", "tally"], probability: 0.9995, source: "reference" as const }];
    expect(blend([], sure, evidence)).toEqual([{ slug: "data-research", terms: [`${LEARNED}ledger`, `${LEARNED}tally`], source: "reference" }]);
  });
  it("is left out below it, while a theme with a lexicon word needs only the usual threshold", () => {
    const learned = [
      { slug: "data-research", terms: ["ledger"], probability: 0.995 },
      { slug: "victim-protection", terms: ["hotline"], probability: 0.991 },
    ];
    expect(blend([], learned, evidence).map((m) => m.slug)).toEqual(["victim-protection"]);
    expect(LEARNING.thresholdAlone).toBeGreaterThan(LEARNING.threshold);
  });
});
