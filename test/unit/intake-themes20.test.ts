import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 20 of the theme lexicon (docs/intake.md, "Round 20: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 20 families: the idea without the theme's usual words", () => {
  it.each([
    // UNODC asked with a modal to help.
    ["technical-assistance", "UNODC could help the potters of Drell to write their first manual.", "unodc could help"],
    ["technical-assistance", "L'ONUDC pourrait appuyer les tisserands de Morve dans cette tâche.", "l'onudc pourrait appuyer"],
    // A referral procedure; a named contact person.
    ["institutional-coordination", "Agree on a referral pathway between the clinics of Tamsk.", "referral pathway"],
    ["institutional-coordination", "Chaque marché de Plouve devrait avoir une personne de contact.", "personne de contact"],
    // A minimum age; child marriage.
    ["legislation", "Raise the minimum age for harvest work in Quillon.", "minimum age"],
    ["human-rights", "Que se prohíba el matrimonio infantil en los pueblos de Arel.", "matrimonio infantil"],
    // Birth certificates.
    ["border-management", "Give every newborn of the Faro islands a birth certificate.", "birth certificate"],
    // People forced to commit crimes.
    ["emerging-forms", "Study forced criminality among the boys of Lurn.", "forced criminality"],
    ["emerging-forms", "Los jóvenes obligados a cometer robos en Tiva merecen ayuda.", "obligados a cometer"],
    // Savings groups, cooperatives, other incomes.
    ["socio-economic-drivers", "Support savings groups among the weavers of Hollin.", "savings groups"],
    ["socio-economic-drivers", "Financer des revenus de remplacement pour les charbonniers de Vesle.", "revenus de remplacement"],
    // Audits, an outside body, surprise checks.
    ["anti-corruption", "Las bodegas de sal de Orna deberían someterse a auditorías cada año.", "auditorias"],
    ["anti-corruption", "Que les entrepôts de Brive soient visités par un organe indépendant.", "organe independant"],
    ["anti-corruption", "Los graneros de Selt deberían recibir controles sorpresa.", "controles sorpresa"],
    // The chain of custody; the time from arrest to judgment.
    ["rule-of-law", "Keep the chain of custody of every sample taken in Merrow.", "chain of custody"],
    ["rule-of-law", "Réduire le délai entre l'arrestation et le jugement des bergers de Vaux.", "entre l'arrestation et le jugement"],
    // Joint investigation teams; countries of destination or transit; exchanging data.
    ["international-cooperation", "Create joint investigation teams for the lake ports of Amber.", "joint investigation teams"],
    ["international-cooperation", "Que les pays de destination entendent aussi les bûcherons de Rieu.", "pays de destination"],
    ["international-cooperation", "Que los puertos de Lisa intercambien los datos de sus barcazas.", "intercambien los datos"],
    // A case management system; electronic means.
    ["technology", "Courts of Parrow need one case management system.", "case management system"],
    ["technology", "Que los jueces de Oria reciban los escritos por medios electrónicos.", "medios electronicos"],
    // Witnesses, a borrowed name, volunteers.
    ["civil-society-protection", "Les villages de Tarn doivent mettre leurs témoins à l'abri.", "temoins"],
    ["civil-society-protection", "Que les bénévoles du refuge de Sorre ne soient pas inquiétés.", "benevoles"],
    ["civil-society-protection", "Les apiculteurs de Gard pourraient déposer sous un nom d'emprunt.", "nom d'emprunt"],
    // A helpline; help in one's own language.
    ["victim-protection", "Print a helpline on the tickets of the Kell ferry.", "helpline"],
    ["victim-protection", "Each deckhand of Brin should be heard in his own language.", "in his own language"],
    // Indigenous peoples.
    ["human-rights", "Que las escuelas de Ulla atiendan a las familias indígenas.", "indigenas"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 20: what the families leave alone", () => {
  it("a single witness who watches an event is not a witness to protect", () => {
    expect(slugs("Ask the mayor of Pell to witness the planting of the orchard.")).not.toContain("civil-society-protection");
  });
  it("countries of destination in English are not enough for cooperation", () => {
    expect(slugs("Tell the tourists which countries of destination have the best beaches.")).not.toContain("international-cooperation");
  });
  it("an English audit is left to other themes", () => {
    expect(slugs("Audit the ledgers of the Pomm cooperative.")).not.toContain("anti-corruption");
  });
  it("volunteers in English are left alone", () => {
    expect(slugs("Thank the volunteers who cleaned the park of Ebb.")).not.toContain("civil-society-protection");
  });
});
