import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes, statementThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 24 of the theme lexicon (docs/intake.md, "Round 24: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish. Every sentence below is invented for
// these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 24 families: the idea without the theme's usual words", () => {
  it.each([
    // A duty written into a State's law; an activity that needs a licence.
    ["legislation", "The provinces of Arvell should write it into their law that night fishing is banned.", "write it into their law"],
    ["legislation", "Que chaque canton inscrive dans son droit une amende pour les faux permis de pêche.", "inscrive dans son droit"],
    ["legislation", "Conviene incorporar en la legislación una multa por vender cal sin factura.", "incorporar en la legislacion"],
    ["legislation", "Selling blasting caps in Ormby should require a licence, like selling dynamite.", "require a licence"],
    ["legislation", "El alquiler de retroexcavadoras en Salvia debería exigir una licencia.", "exigir una licencia"],
    // Scanners at a frontier, a port or a depot.
    ["border-management", "The depot at Haskin needs scanners for the grain trucks.", "scanners"],
    ["border-management", "Que le dépôt de Lanvic soit équipé de scanners pour les camions.", "de scanners"],
    ["border-management", "El depósito de Cerrillo necesita escáneres para los camiones.", "escaneres"],
    // Threats against someone, or threats to be investigated.
    ["civil-society-protection", "Threats against the beekeepers' union of Dunmere must be taken seriously.", "threats against"],
    ["civil-society-protection", "Que la policía de Brezal investigue las amenazas que recibió la cooperativa.", "investigue las amenazas"],
    ["civil-society-protection", "Qu'on enquête sur les menaces reçues par les bergers de Vaudrec.", "menaces recues"],
    // Officials trained to recognise something.
    ["technical-assistance", "Ferry crews at Tollan should be trained to spot forged tickets.", "trained to spot"],
    ["technical-assistance", "Que les agents du marché de Ferlac soient formés à repérer les balances truquées.", "formes a reperer"],
    ["technical-assistance", "Que los guardas del mercado de Junco sean capacitados para reconocer pesas falsas.", "capacitados para reconocer"],
    // Specialised prosecution offices.
    ["organized-criminal-groups", "The Varn district needs a specialised prosecutor for cattle rustling.", "specialised prosecutor"],
    ["organized-criminal-groups", "Que la provincia de Tilo cuente con una fiscalía especializada en abigeato.", "fiscalia especializada"],
    ["organized-criminal-groups", "Un parquet spécialisé dans le vol de bétail à Quercy-le-Bas.", "parquet specialise"],
    // Able to act without being detained or deported.
    ["human-rights", "Herders who cross to Lomar for water should be able to complain without being detained.", "without being detained"],
    ["human-rights", "Que los jornaleros de Arce puedan reclamar sin ser deportados.", "sin ser deportados"],
    ["human-rights", "Que les saisonniers de Nivel puissent porter plainte sans être expulsés.", "sans etre expulses"],
    // Rescued people, in Spanish.
    ["victim-protection", "Las niñas rescatadas en el valle de Tuna necesitan un hogar.", "rescatadas"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 24: what the families leave alone", () => {
  it("a law journal or a law school is not the law of a State", () => {
    expect(slugs("Students at Harlow write in their law journal every term.")).not.toContain("legislation");
  });
  it("a licence plate is not a licence", () => {
    expect(why("Every tractor in Pemby will require a licence plate.", "legislation")).not.toContain("require a licence");
  });
  it("a document scanner in an office is not border management", () => {
    expect(slugs("The registry office of Coldby needs a document scanner.")).not.toContain("border-management");
  });
  it("threats to health or a harvest are not threats to a defender", () => {
    expect(slugs("The threats posed by drought to the orchards of Veln are growing.")).not.toContain("civil-society-protection");
    expect(slugs("Las amenazas para la salud de los pastores de Olmo son muchas.")).not.toContain("civil-society-protection");
  });
  it("an algorithm trained to detect something is not technical assistance", () => {
    expect(slugs("An algorithm trained to detect fake adverts was bought in Quorlby.")).not.toContain("technical-assistance");
  });
  it("specialised tax advice (asesoría fiscal) is not a prosecution office", () => {
    expect(slugs("Una asesoría fiscal especializada para las cooperativas de Nogal.")).not.toContain("organized-criminal-groups");
  });
  it("being removed from a list is not a right at stake", () => {
    expect(slugs("Members can leave the club of Hadley without being removed from the list.")).not.toContain("human-rights");
  });
  it("funds or files recovered (rescatados) are not rescued people", () => {
    expect(slugs("Los fondos rescatados del banco de Pinto se repartirán en marzo.")).not.toContain("victim-protection");
  });
});

describe("round 24: a statement's themes beyond its proposals", () => {
  const proposals = [matchThemes("The mayor of Quorlby should open the library on Sundays.", lexicon)];
  it("takes a theme the rest of the text supports with three different words, one of them strong", () => {
    const text = "Our statistics on the fish markets of Brolly come from a household survey and the port's data.";
    expect(statementThemes(text, proposals, lexicon).map((m) => m.slug)).toContain("data-research");
  });
  it("leaves a theme with three weak words only, and one with two words, one strong", () => {
    expect(statementThemes("The survey of Brolly's markets gave data and indicators.", proposals, lexicon).map((m) => m.slug)).not.toContain("data-research");
    expect(statementThemes("Our statistics on Brolly come from the port's data.", proposals, lexicon).map((m) => m.slug)).not.toContain("data-research");
  });
});
