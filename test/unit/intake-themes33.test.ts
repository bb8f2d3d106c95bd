import { beforeAll, describe, expect, it, vi } from "vitest";
import { blend, LEARNING } from "../../worker/intake/learned";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 33 of the theme lexicon (docs/intake.md, "Round 33: themes"): two situations that name victim protection
// without its words: leaving an employer "without losing" one's visa, permit or right to stay, and the missing
// (people disappeared on a route, their register). Every sentence below is invented for these tests (other trades,
// places and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug);
// The lexicon's expressions compile on first use, per language: slow on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(() => void slugs("warm up"), 120_000);

describe("round 33: a worker free to leave without losing the right to stay", () => {
  it.each([
    "Seasonal pickers must be able to switch to another farm without losing their permit.",
    "A nanny who walks out on a violent household should do so without losing her residence.",
    "Let crew members sign off in any port without losing the visa that brought them.",
    "Hotel cleaners ought to be free to quit without losing their immigration status.",
    "Que les ouvriers du bâtiment puissent quitter un chantier sans perdre leur titre de séjour.",
    "Une employée de maison doit pouvoir partir sans perdre son statut.",
    "Que las trabajadoras de los invernaderos puedan irse sin perder su residencia.",
    "Los jornaleros deberían cambiar de finca sin perder el permiso.",
  ])("%s", (text) => {
    expect(slugs(text)).toContain("victim-protection");
  });
});

describe("round 33: the missing and their families", () => {
  it.each([
    "The missing migrants of the northern desert deserve a search that does not stop after a week.",
    "A helpline for the relatives of disappeared persons should answer in their own language.",
    "Nous demandons un fichier des personnes disparues en montagne, ouvert aux proches.",
    "Hay que crear un archivo de personas desaparecidas en el altiplano.",
    "Que las familias de los desaparecidos reciban noticias cada trimestre.",
  ])("%s", (text) => {
    expect(slugs(text)).toContain("victim-protection");
  });
});

describe("round 33: nothing else is read as the missing or a tied permit", () => {
  it.each([
    "The ledgers went missing from the registry last spring.",
    "Farmers should be able to sell their crops without losing money on transport.",
    "Que los municipios puedan contratar sin perder tiempo en trámites.",
    "Les archives ont disparu lors du déménagement du tribunal.",
  ])("%s", (text) => {
    expect(slugs(text)).not.toContain("victim-protection");
  });
});

// Round 33 of the blend (learned.ts): the no-word threshold, measured leave one set out on blind 15–25.
describe("round 33: a learned theme without a lexicon word", () => {
  const evidence = new Map([["victim-protection", ["survivors"]]]);
  it("stays above the usual threshold", () => {
    expect(LEARNING.thresholdAlone).toBeGreaterThan(LEARNING.threshold);
    const learned = [{ slug: "data-research", terms: ["ledger"], probability: LEARNING.thresholdAlone }];
    expect(blend([], learned, evidence).map((m) => m.slug)).toEqual(["data-research"]);
  });
});
