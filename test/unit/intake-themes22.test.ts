import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 22 of the theme lexicon (docs/intake.md, "Round 22: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 22 families: the idea without the theme's usual words", () => {
  it.each([
    // Officials as the ones to investigate; paid to look away; a regular rotation of posts.
    ["anti-corruption", "Audit the granaries of Pell, including the officials who sign the delivery notes.", "including the officials"],
    ["anti-corruption", "Prosecute the port officials of Wemby as well as the brokers.", "prosecute the port officials"],
    ["anti-corruption", "Que l'on enquête aussi sur les fonctionnaires du cadastre de Morlaine.", "enquete aussi sur les fonctionnaires"],
    ["anti-corruption", "Que se investigue también a los funcionarios del registro de Tolva.", "investigue tambien a los funcionarios"],
    ["anti-corruption", "No clerk in Ardmoor should be paid to look the other way.", "paid to look the other way"],
    ["anti-corruption", "Les gardes du silo de Vérac devraient être soumis à une rotation tous les deux ans.", "soumis a une rotation"],
    ["anti-corruption", "Una rotación periódica de los guardas del puente de Quila.", "rotacion periodica"],
    // Sharing what one knows with another State.
    ["international-cooperation", "Both river States should share what they learn about the barges of Fenwick.", "share what they learn"],
    ["international-cooperation", "Que Osle et Turne partagent ce qu'ils savent des caravanes.", "partagent ce qu'ils savent"],
    ["international-cooperation", "Que Osle et Turne partagent ce qu’ils savent des caravanes.", "partagent ce qu'ils savent"],
    // Satellite images; software.
    ["technology", "The rangers of Kessel could use satellite images of the marsh.", "satellite images"],
    ["technology", "Chaque greffe de Pontoise-la-Haute recevra un logiciel de suivi.", "logiciel"],
    ["technology", "Que los guardabosques de Lirio reciban imágenes satelitales cada semana.", "imagenes satelitales"],
    // Wild fauna and flora; fuel theft.
    ["emerging-forms", "La faune sauvage des collines de Brame disparaît dans des cages.", "faune sauvage"],
    ["emerging-forms", "Que cese el comercio de fauna silvestre en la feria de Ocre.", "fauna silvestre"],
    ["emerging-forms", "Pipelines near Dunholt lose barrels to oil theft every night.", "oil theft"],
    // Court by court.
    ["rule-of-law", "Publier les délais tribunal par tribunal dans la province de Lusse.", "tribunal par tribunal"],
    // Recognise and report; awareness talks.
    ["prevention-awareness", "Que les guides de montagne de Charvaz sachent reconnaître et signaler ce qu'ils voient.", "reconnaitre et signaler"],
    ["prevention-awareness", "Que los maestros de Pinar den charlas en cada escuela rural.", "charlas"],
    ["prevention-awareness", "Hold safety talks at every bus stop in Gorran.", "safety talks"],
    // Grants for study; small-scale fishing.
    ["socio-economic-drivers", "Que las hijas de los mineros de Veralta reciban una beca de estudios.", "beca"],
    ["socio-economic-drivers", "Protect small-scale fishing on the lake shores of Tamsin.", "small-scale fishing"],
    ["socio-economic-drivers", "Soutenir la pêche artisanale sur les rives de l'Orne-Vive.", "peche artisanale"],
    ["socio-economic-drivers", "Soutenir la pêche artisanale sur les rives de l’Orne-Vive.", "peche artisanale"],
    // "Commit an offence".
    ["legislation", "A landlord who locks tenants in should commit an offence in Brenmoor.", "commit an offence"],
    ["legislation", "Quien retenga el salario de un peón debería cometer un delito.", "cometer un delito"],
    // International aid; UNODC asked with "que"; UNODC's programmes.
    ["technical-assistance", "International aid should reach the potters of Hensby too.", "international aid"],
    ["technical-assistance", "Pedimos a la UNODC que acompañe a los jueces de paz de Sauce.", "unodc que acompane"],
    ["technical-assistance", "Que les programmes de l'ONUDC incluent les greffiers de Vaudrée.", "programmes de l'onudc"],
    ["technical-assistance", "Que les programmes de l’ONUDC incluent les greffiers de Vaudrée.", "programmes de l'onudc"],
    // Village or community committees.
    ["civil-society-participation", "The village committees of Hollin should sit on the district board.", "village committees"],
    ["civil-society-participation", "Que los comités comunitarios de Pampa sean escuchados.", "comites comunitarios"],
    // Weapons marked and registered; tracing in Spanish.
    ["firearms-control", "Every carbine of the Teshar guards must be marked and registered.", "marked and registered"],
    ["firearms-control", "Que toda escopeta hallada en Valdor sea rastreada.", "rastreada"],
    // Road checks; transit visas.
    ["border-management", "Road checks on the Kelby pass should look at the lorries.", "road checks"],
    ["border-management", "Les contrôles routiers de la vallée de Senne devraient être mixtes.", "controles routiers"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 22: what the families leave alone", () => {
  it("officials on their own, or officials who draft a text, are not corruption", () => {
    expect(slugs("The officials who draft the Lomby bylaws should meet twice a year.")).not.toContain("anti-corruption");
    expect(slugs("Los funcionarios de Tarsa asisten al curso de contabilidad.")).not.toContain("anti-corruption");
  });
  it("following the money in Spanish is left to other themes (joint teams that follow it are cooperation)", () => {
    expect(why("Que la policía de Marbo siga el dinero de los prestamistas.", "organized-criminal-groups")).not.toContain("siga el dinero");
  });
  it("a crop rotation is not a rotation of posts", () => {
    expect(slugs("Farmers of Brill practise crop rotation on the hills.")).not.toContain("anti-corruption");
  });
  it("a satellite town is not technology", () => {
    expect(slugs("The satellite towns around Merrow need buses.")).not.toContain("technology");
  });
  it("a stock exchange (bourse) and a refund (rembourser) are not grants", () => {
    expect(slugs("La bourse de Calvy ferme à midi et il faut rembourser le prêt.")).not.toContain("socio-economic-drivers");
  });
  it("hearings alone stay weak (round 14): they need another word of the courts", () => {
    expect(slugs("Nobody from Yarrow should wait years for their hearings.")).not.toContain("rule-of-law");
  });
  it("one hearing aid is not a court hearing", () => {
    expect(slugs("Give the elders of Pendlow a hearing aid each.")).not.toContain("rule-of-law");
  });
  it("a talk on its own in English is not prevention", () => {
    expect(slugs("The mayor of Ockley will talk to the bakers.")).not.toContain("prevention-awareness");
  });
  it("a single weapon in French is weak: a museum's weapon is not firearms control", () => {
    expect(slugs("Le musée de Carvin expose une arme ancienne.")).not.toContain("firearms-control");
  });
});
