import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 17 of the theme lexicon (docs/intake.md, "Round 17: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 17 families: the idea without the theme's usual words", () => {
  it.each([
    // Wildlife and timber named by what is traded.
    ["emerging-forms", "Weigh every crate of rosewood leaving the Olmar sawmills.", "rosewood"],
    ["emerging-forms", "Count the endangered species sold at the Tersk bazaar each spring.", "endangered species"],
    ["emerging-forms", "Que les douanes de Brévanne pèsent le bois précieux chargé sur les barges.", "bois precieux"],
    ["emerging-forms", "Que los guardaparques de Ulmia decomisen el marfil en los mercados nocturnos.", "marfil"],
    // A legal vacuum, an authorisation regime, forbidding, a rule written in the law.
    ["legislation", "Forbid the hire of kayaks to children under ten on the Pell lagoon.", "forbid"],
    ["legislation", "Les cerfs-volants géants restent dans un vide juridique à Corvelle.", "vide juridique"],
    ["legislation", "Que la cría de halcones quede sujeta a un régimen de autorización municipal.", "regimen de autorizacion"],
    ["legislation", "Seize the yachts of the smugglers of saffron even without a criminal conviction.", "without a criminal conviction"],
    // A State and its neighbours, consulates, requests to freeze assets, a common procedure.
    ["international-cooperation", "Velmark and its neighbours should print the ferry timetable in four languages.", "its neighbours"],
    ["international-cooperation", "Que les consulats de Morvanie gardent une liste des cuisiniers disparus.", "consulats"],
    ["international-cooperation", "Que los tres ducados acuerden un procedimiento común para los globos perdidos.", "procedimiento comun"],
    ["international-cooperation", "Answer freezing requests about racehorses within ten days.", "freezing requests"],
    // Deaths and disappearances counted, figures published every year or anonymised.
    ["data-research", "Count the deaths and disappearances of hikers on the Skarn ridge.", "disappearances"],
    ["data-research", "Publier chaque année le nombre de ruches volées dans la vallée.", "publier chaque annee"],
    ["data-research", "Difundir cifras anonimizadas sobre los accidentes de los teleféricos.", "cifras anonimizadas"],
    // A statement recorded once on video, for the person who was harmed.
    ["victim-protection", "The jockey's video-recorded statement should be enough for the whole case.", "video-recorded statement"],
    ["victim-protection", "Que el vendedor de globos pueda declarar una sola vez ante la jueza.", "declarar una sola vez"],
    // Designated or specialised courts and judges.
    ["rule-of-law", "Cases of stolen beehives should go to designated magistrates in Pellow.", "designated magistrates"],
    ["rule-of-law", "Confier les vols de truffes à une juridiction spécialisée de Castrel.", "juridiction specialisee"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 17 families: what they leave alone", () => {
  it("sharing information in Spanish is left out: two services of one country may share it", () => {
    expect(slugs("Que las fiscalías de Norvia compartan información con las aduanas en equipos conjuntos.")).not.toContain("international-cooperation");
  });
  it("wood in general is no timber trade", () => {
    expect(slugs("Paint the wooden benches of the Harl station every spring.")).not.toContain("emerging-forms");
  });
});
