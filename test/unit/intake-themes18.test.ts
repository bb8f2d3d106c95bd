import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 18 of the theme lexicon (docs/intake.md, "Round 18: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 18 families: the idea without the theme's usual words", () => {
  it.each([
    // Making something a serious crime, an obligation under penalty, no longer prosecuting someone.
    ["legislation", "Make the theft of racing pigeons one of the serious crimes of the Quorn code.", "serious crimes"],
    ["legislation", "Que le vol de ruches soit traité comme une infraction grave dans la vallée de Brenne.", "infraction grave"],
    ["legislation", "Que el robo de alpacas se trate como un delito grave en los valles de Ostra.", "un delito grave"],
    ["legislation", "Kite sellers should report every sale, under penalty of losing their stall.", "under penalty of"],
    ["legislation", "Les meuniers déclarent chaque sac, sous peine de fermeture du moulin.", "sous peine de"],
    ["legislation", "Los herreros deben declarar cada yunque, bajo pena de multa.", "bajo pena de"],
    ["legislation", "Stop prosecuting the bell-ringers of Harv for ringing at night.", "stop prosecuting"],
    ["legislation", "Aucun jardinier ne devrait être poursuivi pour avoir arrosé un voisin.", "ne devrait etre poursuivi"],
    // Projects, needs assessments, course materials, UNODC asked to help.
    ["technical-assistance", "Publish the budgets of the ferry projects on the Lisk delta.", "projects"],
    ["technical-assistance", "Que les projets de ruchers de Vauclerc aient un comité de suivi.", "projets"],
    ["technical-assistance", "Que los proyectos de molinos de Tarla tengan un comité de seguimiento.", "proyectos"],
    ["technical-assistance", "Carry out needs assessments in the lighthouses of the Ferrow coast.", "needs assessments"],
    ["technical-assistance", "Print the course materials for the glassblowers of Senn in large type.", "course materials"],
    ["technical-assistance", "We ask UNODC to help the harbour of Valt count its seagulls.", "unodc to help"],
    // Liaison magistrates, a shared register, sharing data.
    ["international-cooperation", "Send liaison magistrates between the duchies of Orm and Pell.", "liaison magistrates"],
    ["international-cooperation", "Keep a shared register of lost sheep on both sides of the Dunn hills.", "shared register"],
    ["international-cooperation", "Les ports de Carvel et de Mirre devraient partager leurs données sur les mouettes.", "partager leurs donnees"],
    ["international-cooperation", "Crear una base de datos regional de cometas perdidas.", "base de datos regional"],
    // Irregular entry, a place of safety, whatever the nationality.
    ["human-rights", "No balloonist should be fined for irregular entry into the Sorl valley.", "irregular entry"],
    ["human-rights", "Les naufragés du lac de Vornes doivent être conduits dans un lieu sûr.", "lieu sur"],
    ["human-rights", "Atender a los alpinistas de Quel sin importar su nacionalidad.", "sin importar su nacionalidad"],
    // Knowing whom to call, information on trafficking.
    ["prevention-awareness", "Every ticket seller at Brask station should know whom to call.", "whom to call"],
    ["prevention-awareness", "Colgar información sobre la trata en los kioscos de Purna.", "informacion sobre la trata"],
    // Final or independent evaluations, a study on something.
    ["data-research", "Publish the final evaluations of the Yarrow canal works.", "final evaluations"],
    ["data-research", "Encargar un estudio sobre los nidos de cigüeña de Ledo.", "estudio sobre"],
    // Rotating officers, auditing.
    ["anti-corruption", "Rotate customs officers between the three piers of Hask every month.", "rotate customs"],
    ["anti-corruption", "Auditar cada año los almacenes de sal de Moria.", "auditar"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 18 families: what they leave alone", () => {
  it("a single project alone is weak: a statement tells of its own", () => {
    expect(slugs("Our project in the Venn hills counts owls.")).not.toContain("technical-assistance");
  });
  it("development projects are not technical assistance", () => {
    expect(slugs("Link the Marl orchards to development projects in the valley.")).not.toContain("technical-assistance");
  });
  it("paralegals are not the rule of law by themselves", () => {
    expect(slugs("Invite the paralegals of Tenby to the spring fair.")).not.toContain("rule-of-law");
  });
  it("serious crimes in Spanish need 'un' or 'como': background lists of them are left alone", () => {
    expect(slugs("Los delitos graves contra los faros de Ivel aumentaron.")).not.toContain("legislation");
  });
});
