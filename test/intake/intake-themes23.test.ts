import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 23 of the theme lexicon (docs/intake.md, "Round 23: themes"): ideas written without the
// theme's usual words, in English, French and Spanish. Every sentence below is invented for these
// tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 23 families: the idea without the theme's usual words", () => {
  it.each([
    // A second State named: another or other States, between States.
    ["international-cooperation", "Quarrow should answer within a week when another State asks about a missing barge.", "another state"],
    ["international-cooperation", "Lease records of Brindmoor could be opened to other countries on request.", "other countries"],
    ["international-cooperation", "Les greffes d'Orvane devraient répondre aux demandes venues d'un autre État.", "autre etat"],
    ["international-cooperation", "Les greffes d’Orvane devraient répondre aux demandes venues d’un autre État.", "autre etat"],
    ["international-cooperation", "Un registro de Caldris que puedan consultar otros países de la cuenca.", "otros paises"],
    ["international-cooperation", "Que le partage des frais de garde se fasse entre États, selon un barème.", "entre etats"],
    // The right to work while waiting; people who must not be charged or punished.
    ["human-rights", "Claimants in Pellow should be allowed to work while their case is heard.", "allowed to work"],
    ["human-rights", "Que en Zanthe les den permiso para trabajar mientras esperan.", "permiso para trabajar"],
    ["human-rights", "Que les demandeurs de Marrock aient le droit de travailler pendant l'attente.", "droit de travailler"],
    ["human-rights", "A porter forced to carry parcels across Velsan should never be punished for it.", "never be punished"],
    ["human-rights", "Que los pastores de Ostrel no sean castigados por guiar a otros.", "no sean castigados"],
    // Trained staff in Spanish; judicial and police schools.
    ["technical-assistance", "Que haya inspectores formados en cada distrito de Durnay.", "formados"],
    ["technical-assistance", "The police academy of Ferlac should add a week on forged permits.", "police academy"],
    ["technical-assistance", "The prosecutors' training college of Harwen should run it every year.", "prosecutors' training college"],
    ["technical-assistance", "The prosecutors’ training college of Harwen should run it every year.", "prosecutors' training college"],
    ["technical-assistance", "Que l'école de la magistrature de Lisket ouvre un module sur les saisies.", "ecole de la magistrature"],
    ["technical-assistance", "Que la escuela judicial de Kestwick repita el módulo cada año.", "escuela judicial"],
    // The voluntary hand-in of weapons; schooling.
    ["prevention-awareness", "A voluntary collection of old carbines in Marvale, with a small reward.", "voluntary collection"],
    ["prevention-awareness", "Organiser une remise volontaire des fusils dans les villages de Tullen.", "remise volontaire"],
    ["prevention-awareness", "Una entrega voluntaria de escopetas en las ferias de Brisca.", "entrega voluntaria"],
    ["prevention-awareness", "Soutenir la scolarisation des enfants des bergers de Senlo.", "scolarisation"],
    // Recognising another State's decisions.
    ["legislation", "Dunmere should recognise foreign orders to freeze a bank account.", "recognise foreign orders"],
    ["legislation", "The two coasts should recognise each other's rulings on seized boats.", "recognise each other's rulings"],
    ["legislation", "The two coasts should recognise each other’s rulings on seized boats.", "recognise each other's rulings"],
    ["legislation", "Que los juzgados de Aldren reconozcan las sentencias dictadas al otro lado.", "reconozcan las sentencias"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 23: what the families leave alone", () => {
  it("a State on its own, or a state of things, is not cooperation", () => {
    expect(slugs("The State of Quarrow and its coastal towns should publish the ferry timetable.")).not.toContain("international-cooperation");
    expect(slugs("Another statement from the mayor of Brindmoor is expected.")).not.toContain("international-cooperation");
    expect(slugs("Que el Estado de Caldris publique el horario de los transbordadores.")).not.toContain("international-cooperation");
  });
  it("workers not charged a fee are not a matter of non-punishment", () => {
    expect(why("Seasonal pickers in Pellow should not be charged a fee for their bunks.", "human-rights")).not.toContain("not be charged");
  });
  it("a work permit on its own, and an ability to work together, are not the right to work", () => {
    expect(slugs("The clerks of Zanthe will be able to work together on Mondays.")).not.toContain("human-rights");
  });
  it("groups made up of people (formados por) are not trained staff", () => {
    expect(slugs("Los comités de Durnay están formados por vecinos del barrio.")).not.toContain("technical-assistance");
  });
  it("a school on its own is not a judicial or police school", () => {
    expect(slugs("The primary school of Ferlac needs a new roof.")).not.toContain("technical-assistance");
  });
  it("a voluntary surrender of weapons is left to firearms control (its labeller read no prevention)", () => {
    expect(why("A voluntary surrender of old carbines in Marvale, recorded in the register.", "prevention-awareness")).not.toContain("voluntary surrender");
  });
  it("recognising someone's work is not recognising a decision", () => {
    expect(slugs("Dunmere should recognise the work of its harbour volunteers.")).not.toContain("legislation");
  });
});
