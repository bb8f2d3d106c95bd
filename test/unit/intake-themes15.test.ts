import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 16 of the theme lexicon (docs/intake.md, "Round 16: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 16 families: the idea without the theme's usual words", () => {
  it.each([
    // Gold and mercury belong to the crimes against the environment.
    ["emerging-forms", "Trace the gold that leaves the Velmoor dredges by canoe.", "gold"],
    ["emerging-forms", "Que les orfèvres déclarent le mercure qu'ils achètent aux colporteurs.", "mercure"],
    ["emerging-forms", "Que los joyeros de Quelba registren cada gramo de oro que funden.", "oro"],
    ["emerging-forms", "Inspecter chaque mois les sites miniers du plateau de Dorvane.", "sites miniers"],
    // Ports of arrival are the border.
    ["border-management", "Que los puertos de llegada de los transbordadores tengan intérpretes.", "puertos de llegada"],
    // Help not tied to cooperating, the same rights, a risk of torture: the person's rights.
    ["human-rights", "Shelter for the orchard pickers should not depend on their cooperation with inspectors.", "depend on their cooperation"],
    ["human-rights", "Que l'hébergement des vendangeurs ne dépende pas de leur coopération, même minime, avec la gendarmerie.", "depende pas de leur cooperation"],
    ["human-rights", "Que el alojamiento de los recolectores no dependa de su cooperación con la policía.", "dependa de su cooperacion"],
    ["human-rights", "Night porters should have the same rights as the day shift.", "same rights as"],
    ["human-rights", "Les bergers étrangers doivent avoir les mêmes droits que les autres.", "memes droits"],
    ["human-rights", "Que los arrieros gocen de igualdad de trato en los albergues de montaña.", "igualdad de trato"],
    ["human-rights", "Ne renvoyer aucun marin qui risque la torture dans son port d'attache.", "risque la torture"],
    // Fair trials, defence lawyers (in French) and judicial schools (in Spanish) are about the courts.
    ["rule-of-law", "Nobody from the Brisk valley should be sent back to face an unfair trial.", "unfair trial"],
    ["rule-of-law", "Que les avocats de la défense des saisonniers aient accès aux pièces.", "avocats de la defense"],
    ["rule-of-law", "Incluir el módulo sobre pesca furtiva en las escuelas judiciales de la costa.", "escuelas judiciales"],
    // Labour and criminal law, a new law, not prosecuting: legislation.
    ["legislation", "Bring the cork strippers under labour law from next season.", "labour law"],
    ["legislation", "Inscrire la pêche à l'explosif dans le droit pénal des îles.", "droit penal"],
    ["legislation", "Parliament should adopt a single law on the sale of crossbows.", "adopt a single law"],
    ["legislation", "Adopter une loi sur les fourrières de bateaux abandonnés.", "adopter une loi"],
    ["legislation", "Ne pas poursuivre les passeurs de chèvres qui n'ont rien gagné.", "ne pas poursuivre"],
    // The States of a region, countries of origin and destination, transit States.
    ["international-cooperation", "The States of the region should agree on one form for lost ferry tickets.", "states of the region"],
    ["international-cooperation", "Que les pays de la sous-région harmonisent leurs fiches de bord.", "pays de la sous-region"],
    ["international-cooperation", "Countries of origin and destination should pay the cost of return together.", "countries of origin and destination"],
    ["international-cooperation", "Transit States should warn the next harbour of every barge carrying cattle.", "transit states"],
    // Job offers (in French) are where deceptive recruitment starts.
    ["prevention-awareness", "Vérifier les offres d'emploi de cueilleurs publiées sur les panneaux du marché.", "offres d'emploi"],
    // Checks by someone outside the unit are integrity.
    ["anti-corruption", "Losses from a depot should be checked by an officer from outside the unit.", "outside the unit"],
    ["anti-corruption", "Que una auditoría externa revise cada año las cajas de las guarniciones del altiplano.", "auditoria externa"],
    // Following the money (in French; English had it) is going after the groups.
    ["organized-criminal-groups", "Suivre l'argent des armateurs de chalutiers pirates jusqu'à leurs banques.", "suivre l'argent"],
    // A single national unit is coordination.
    ["institutional-coordination", "Confier les registres de bateaux à une cellule nationale unique.", "cellule nationale unique"],
    // Organizations led by those concerned take part.
    ["civil-society-participation", "Consult organizations led by the shepherds themselves before the census.", "organizations led by"],
    ["civil-society-participation", "Que las comisiones incluyan a organizaciones lideradas por las pescadoras.", "organizaciones lideradas por"],
    // Exchanges of practitioners are technical assistance.
    ["technical-assistance", "Organiser des échanges de praticiens entre les greffes des deux rives.", "echanges de praticiens"],
    // 3D printing is technology.
    ["technology", "Ban the 3D printing of crossbow triggers without a permit.", "3d printing"],
    ["technology", "Prohibir la impresión 3D de gatillos sin autorización.", "impresion 3d"],
    // Social workers and reception facilities protect the victims.
    ["victim-protection", "A social worker should meet every rescued deckhand at the pier.", "social worker"],
    ["victim-protection", "Orienter chaque apprenti repéré vers une structure d'accueil du canton.", "structure d'accueil"],
    // A weapon lost or stolen.
    ["firearms-control", "Los clubes de caza deben avisar en un día de la pérdida o el robo de cada escopeta.", "perdida o el robo"],
  ])("%s: %s", (slug, text, word) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(word);
  });
});

describe("round 16: limits of the new families", () => {
  it("does not read a social worker as a worker of the socio-economic theme", () => {
    expect(slugs("Les jeunes bergers devraient rencontrer un travailleur social à la gare.")).not.toContain("socio-economic-drivers");
    expect(slugs("Les jeunes bergers devraient trouver un travailleur saisonnier à la gare.")).toContain("socio-economic-drivers");
    expect(slugs("Los jóvenes pastores deberían ver a una trabajadora social en la estación.")).not.toContain("socio-economic-drivers");
  });

  it("does not read criminal law enforcement as legislation", () => {
    expect(why("Criminal law enforcement units should patrol the salt flats.", "legislation")).not.toContain("criminal law enforcement");
    expect(slugs("Criminal law enforcement units should patrol the salt flats.")).not.toContain("legislation");
  });

  it("reads the States of a region in Spanish as weak: it needs a second word of cooperation", () => {
    expect(slugs("Que los Estados de la región alarguen los horarios de los mercados.")).not.toContain("international-cooperation");
    expect(slugs("Que los Estados de la región intercambien información sobre los botes robados.")).toContain("international-cooperation");
  });

  it("leaves out what was measured and dropped: boats in distress, English job advertisements", () => {
    expect(slugs("Any raft in distress near the Osk reefs must be towed to the slipway.")).not.toContain("human-rights");
    expect(slugs("Remove job advertisements that promise orchard work with free flights.")).not.toContain("prevention-awareness");
  });
});
