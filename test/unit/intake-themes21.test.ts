import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 21 of the theme lexicon (docs/intake.md, "Round 21: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 21 families: the idea without the theme's usual words", () => {
  it.each([
    // One person screened as a possible victim; people brought ashore; identifying remains.
    ["victim-protection", "A cook stopped in Varn should be seen as a possible victim first.", "as a possible victim"],
    ["victim-protection", "Les familles de disparus de Quelle méritent des nouvelles.", "familles de disparus"],
    ["victim-protection", "Que se busque a las niñas desaparecidas del valle de Oste.", "ninas desaparecidas"],
    ["victim-protection", "Crews of Moll must be brought ashore before anything else.", "brought ashore"],
    ["victim-protection", "Fund the identification of remains found near Tullo.", "identification of remains"],
    // Rights whatever one's status; an individual assessment; expulsions; a reflection period.
    ["human-rights", "Every herder in Pesk gets a doctor, whatever their status.", "whatever their status"],
    ["human-rights", "Nobody leaves Dorrow without an individual assessment.", "individual assessment"],
    ["human-rights", "Que cesen las expulsiones colectivas en el paso de Yema.", "expulsiones colectivas"],
    ["human-rights", "Accorder un délai de réflexion aux vanniers de Brisse.", "delai de reflexion"],
    ["human-rights", "Stop the fruit pickers of Lamb being treated as criminals.", "treated as criminals"],
    ["human-rights", "Que los avisos de Tuna se escriban en lenguas indígenas.", "lenguas indigenas"],
    // Anti-trafficking committees; referring cases; labour inspections in the plural.
    ["institutional-coordination", "Invite the anti-trafficking committees of Hesk to the fair.", "anti-trafficking committees"],
    ["institutional-coordination", "Les comités locaux de lutte contre l'exploitation de Rance doivent siéger.", "comites locaux de lutte contre"],
    ["institutional-coordination", "Que les inspections du travail de Mirre visitent les serres.", "inspections du travail"],
    // States agreeing on a procedure; pooling data; joint teams; the two shores.
    ["international-cooperation", "Olt and Pira should agree on a protocol for the river barges.", "agree on a protocol"],
    ["international-cooperation", "Que Sirve et Tolan mettent en commun leurs cartes.", "mettent en commun"],
    ["international-cooperation", "Les ports des deux rives du lac de Fosse devraient s'écrire.", "des deux rives"],
    ["international-cooperation", "Que Bela y Corno acuerden un procedimiento para los pastores.", "acuerden un procedimiento"],
    // Courses; UNODC asked to bring people together; donated equipment; trained staff.
    ["technical-assistance", "Offer the clerks of Wend a two-week course.", "course"],
    ["technical-assistance", "We ask UNODC to bring the harbour masters of Gisk together.", "unodc to bring"],
    ["technical-assistance", "Los equipos donados a Pelta necesitan repuestos.", "equipos donados"],
    ["technical-assistance", "Hace falta personal capacitado en los silos de Ruda.", "capacitado"],
    // Those who give the orders; accomplices; renting weapons.
    ["organized-criminal-groups", "Find the man who gave the orders to the boatmen of Trell.", "gave the orders"],
    ["organized-criminal-groups", "Juger les complices des voleurs de bétail de Norre.", "complices"],
    ["organized-criminal-groups", "Que se persiga a quien alquila armas en el mercado de Isca.", "alquila armas"],
    // Officials selling the State's weapons; weapons leaking back.
    ["anti-corruption", "A guard caught selling service rifles in Orm must lose his post.", "selling service rifles"],
    ["anti-corruption", "Stores in Kelp let old pistols leak back to the town.", "leak back"],
    // Cash support; herds and grazing; retraining.
    ["socio-economic-drivers", "Give cash support to the salt workers of Ebron.", "cash support"],
    ["socio-economic-drivers", "Protect the grazing land of the Ashby plateau.", "grazing"],
    ["socio-economic-drivers", "Financer la reconversion des forgerons de Tulle-sur-Ome.", "reconversion"],
    // Sports programmes.
    ["prevention-awareness", "Open sports clubs for the teenagers of Marl.", "sports clubs"],
    ["prevention-awareness", "Que haya torneos de deporte en las plazas de Sáez.", "deporte"],
    // Aggregate figures; the number of victims; every year.
    ["data-research", "Publish the totals of Quint in aggregate form.", "aggregate"],
    ["data-research", "Tell us the number of victims found in the mills of Arvo.", "number of victims"],
    ["data-research", "Que cada puerto de Lanza lleve un registro de los botes.", "lleve un registro"],
    // Online marketplaces; transshipment; cultural property.
    ["emerging-forms", "Watch the online marketplaces where relics of Ossa are sold.", "online marketplaces"],
    ["emerging-forms", "Surveiller les transbordements au large de Pointe-Aube.", "transbordements"],
    ["emerging-forms", "Return the cultural property taken from the temples of Vey.", "cultural property"],
    // Court interpreters.
    ["rule-of-law", "Pay the court interpreters of Hallam on time.", "court interpreters"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 21: what the families leave alone", () => {
  it("'of course' and 'in the course of' are not a training course", () => {
    expect(why("Of course, the mills of Brack will open in the course of the year.", "technical-assistance")).toEqual([]);
  });
  it("missing migrants in Spanish are not taken as victim protection", () => {
    expect(slugs("Que se cuenten las personas migrantes desaparecidas en la ruta de Ubra.")).not.toContain("victim-protection");
  });
  it("sport on its own in English is not prevention", () => {
    expect(slugs("The sport pages of the Dunmore paper should be longer.")).not.toContain("prevention-awareness");
  });
  it("one side of a river is not two countries cooperating", () => {
    expect(slugs("Plant trees on one side of the Arro river.")).not.toContain("international-cooperation");
  });
  it("keeping records is left to firearms control, not data", () => {
    expect(slugs("Gunsmiths in Corve must keep records of each rifle they repair.")).not.toContain("data-research");
  });
  it("a fund in French is left to other themes", () => {
    expect(slugs("Le fonds de la bibliothèque de Sarre compte mille livres.")).not.toContain("technical-assistance");
  });
});
