import { describe, expect, it } from "vitest";
import { suggestThemes } from "../../worker/intake/index";
import { emptyModel, learn, LEARNED } from "../../worker/intake/learned";
import { builtInTerms } from "../../worker/intake/lexicon";
import { buildLexicon, HEADING, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 14 of the theme lexicon (docs/intake.md, "Round 14: themes"): ideas written without the
// theme's usual words, in English, French and Spanish, and two false friends. Every sentence below
// is invented for these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 14 families: the idea without the theme's usual words", () => {
  it.each([
    // A duty imposed by law is legislation.
    ["legislation", "Quarry owners should be obliged by law to keep a ledger of every seasonal hire.", "by law"],
    ["legislation", "Que les loueurs de bateaux soient tenus par la loi de déclarer chaque sortie nocturne.", "par la loi"],
    ["legislation", "Las cooperativas pesqueras deberían estar obligadas por ley a publicar sus listas de tripulantes.", "por ley"],
    // Registers of who really owns a company are an integrity measure.
    ["anti-corruption", "Open the register of beneficial owners of every shipping agent to the press.", "beneficial owners"],
    ["anti-corruption", "Rendre public le registre des bénéficiaires effectifs des sociétés de gardiennage.", "beneficiaires effectifs"],
    ["anti-corruption", "Publicar quiénes son los beneficiarios finales de las empresas de transporte fluvial.", "beneficiarios finales"],
    // Observers at trials, and free legal help, are about the courts.
    ["rule-of-law", "Allow university clinics to send trial monitors to the district tribunal in Vostrana.", "trial monitors"],
    ["rule-of-law", "Offer free legal advice to every tenant farmer summoned before the land commission.", "free legal advice"],
    ["rule-of-law", "Garantir un conseil juridique gratuit aux saisonniers entendus par l'inspection.", "juridique gratuit"],
    ["rule-of-law", "Que las familias de los pescadores reciban apoyo jurídico gratuito en cada instancia.", "juridico gratuito"],
    // People threatened for their work, and reports made anonymously.
    ["civil-society-protection", "Forest rangers who receive threats from loggers should be moved with their families.", "receive threats"],
    ["civil-society-protection", "Les guides de montagne qui reçoivent des menaces doivent pouvoir changer de vallée.", "recoivent des menaces"],
    ["civil-society-protection", "Los guardaparques que reciben amenazas deberían contar con escolta durante un año.", "reciben amenazas"],
    ["civil-society-protection", "Let dock clerks report anonymously any cargo that bypasses the weighbridge.", "report anonymously"],
    // Asking for asylum, migrant detention centres and accessible formats are rights of the person.
    ["human-rights", "Every hiker found on the glacier route should be able to apply for asylum at the first hut.", "apply for asylum"],
    ["human-rights", "Fermer les centres de rétention installés dans les anciennes casernes de Lirande.", "centres de retention"],
    ["human-rights", "Que ningún adolescente pase la noche en una estación migratoria sin un tutor.", "estacion migratoria"],
    ["human-rights", "Print the new bus timetable of the ferry company in accessible formats.", "accessible formats"],
    // Policy grounded in evidence is about data.
    ["data-research", "Quotas for the lake fishery should be based on evidence gathered by the villages themselves.", "based on evidence"],
    // The right to work, and crossing lawfully, are what drives people (or not) to smugglers.
    ["socio-economic-drivers", "Give the rescued pearl divers the right to work while their case is heard.", "right to work"],
    ["socio-economic-drivers", "Permettre aux cueilleurs saisonniers l'accès au marché du travail dès leur arrivée.", "acces au marche du travail"],
    ["socio-economic-drivers", "Abrir más puestos para que los comerciantes puedan cruzar legalmente con sus mulas.", "cruzar legalmente"],
    // Reducing violence is prevention, in French and Spanish as in English.
    ["prevention-awareness", "Financer des clubs de boxe pour la réduction de la violence entre quartiers rivaux.", "reduction de la violence"],
    ["prevention-awareness", "Apoyar a las ligas de fútbol barrial que ayudan a reducir la violencia juvenil.", "reducir la violencia"],
    // Criminal economies are the groups' business.
    ["organized-criminal-groups", "Map the criminal economies that grow around the river gold dredges.", "criminal economies"],
    // UNODC helping a State, and a single workshop, are technical assistance.
    ["technical-assistance", "We ask UNODC to help the island registry digitise its ship files.", "unodc to help"],
    ["technical-assistance", "Que l'ONUDC aide les douanes lacustres à équiper leurs vedettes.", "onudc aide"],
    ["technical-assistance", "Organizar un taller para los inspectores de minas de la cordillera.", "taller"],
    // Weapons that go missing from a store are a firearms matter.
    ["firearms-control", "Publish how many guns went missing from the ranger stations each year.", "guns went missing"],
    ["firearms-control", "Investigar cada caso en que desaparecen armas de los cuarteles de montaña.", "desaparecen armas"],
  ])("%s: %s", (slug, text, word) => {
    expect(slugs(text)).toContain(slug);
    if (word) expect(why(text, slug)).toContain(word);
  });
});

describe("round 14: weak signs that need a second word", () => {
  it("reads a seat in a body as participation only beside another sign of it", () => {
    expect(slugs("Student unions should have a seat on the campus safety board.")).toContain("civil-society-participation");
    expect(slugs("Every bus should have a seat on the left for the driver's assistant.")).not.toContain("civil-society-participation");
  });

  it("reads hearings as the courts' only beside another word of the courts", () => {
    expect(slugs("Let volunteers attend the hearings of the small-claims court in each canton.")).toContain("rule-of-law");
    expect(slugs("Hold public hearings on the new tram line.")).not.toContain("rule-of-law");
  });

  it("reads a port as border management beside another word of it, and not a port State", () => {
    expect(slugs("Train port and customs staff to check the seals of reefer containers.")).toContain("border-management");
    expect(slugs("Fishers who flee a trawler in foreign ports should be heard in that port State.")).not.toContain("border-management");
  });

  it("reads bare criminal groups in French and Spanish as weak, as 'organized crime' is", () => {
    expect(slugs("Proteger a los guardabosques amenazados por grupos criminales.")).not.toContain("organized-criminal-groups");
    expect(slugs("Desarticular los grupos criminales que controlan las dragas y perseguir a sus cabecillas.")).toContain("organized-criminal-groups");
  });
});

describe("round 14: false friends", () => {
  it("does not read the French 'détention d'armes' (possession of weapons) as detention of people", () => {
    expect(slugs("Encadrer la détention d'armes par les clubs de tir sportif.")).not.toContain("human-rights");
    expect(slugs("Limiter la détention des mineurs étrangers à quelques heures.")).toContain("human-rights");
  });

  it("reads vocational training as livelihoods, not as technical assistance", () => {
    expect(slugs("Offer vocational training in carpentry to the young weavers of the valley.")).not.toContain("technical-assistance");
    expect(slugs("Ofrecer formación profesional en carpintería a las tejedoras del valle.")).not.toContain("technical-assistance");
    expect(slugs("Proposer une formation professionnelle en menuiserie aux tisserandes.")).not.toContain("technical-assistance");
    expect(slugs("Fund training for the harbour pilots on the new radar.")).toContain("technical-assistance");
  });

  it("lists the built-in terms without their exclusions on the admin page", () => {
    const terms = builtInTerms("technical-assistance");
    expect(terms.en).toContain("training*");
    expect(terms.fr).toContain("formation*");
    expect(terms.es).toContain("formacion");
  });
});

describe("round 14: a learned theme may lean on the heading the proposal stands under", () => {
  const seed = emptyModel();
  for (let i = 0; i < 30; i++) learn(seed, `Fund brelvic tallies of river barges in port ${i}.`, ["data-research"]);
  for (let i = 0; i < 60; i++) learn(seed, `Adopt a code for ferry crews, version ${i}.`, ["legislation"]);
  const context = { segments: [], themes: ["data-research", "legislation"], seed };
  const proposal = "Pay for brelvic tallies in every lake harbour.";

  it("suggests it when the heading has a word of the theme and the proposal none, saying so", () => {
    const why = suggestThemes(`Our asks.\n\nStatistics:\n- ${proposal}\n`, [proposal], null, context);
    const learned = why.proposals[0]!.find((m) => m.slug === "data-research");
    expect(learned?.terms).toContain(`${HEADING}: statistics`);
    expect(learned?.terms.some((t) => t.startsWith(LEARNED))).toBe(true);
  });

  it("does not suggest it under a heading of another topic, nor without the seed", () => {
    const other = suggestThemes(`Our asks.\n\nOn rural schools:\n- ${proposal}\n`, [proposal], null, context);
    expect(other.proposals[0]!.map((m) => m.slug)).not.toContain("data-research");
    const plain = suggestThemes(`Our asks.\n\nStatistics:\n- ${proposal}\n`, [proposal], null, { segments: [], themes: ["data-research", "legislation"] });
    expect(plain.proposals[0]!.map((m) => m.slug)).not.toContain("data-research");
  });
});
