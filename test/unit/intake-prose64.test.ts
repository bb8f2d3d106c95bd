import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 64 (blind sets 72 and 73 used for development; invented text only). A statement of the bargemen of an invented river
// town, in three languages, around the paragraphs under test.
const FRAMES = {
  en: ["Good morning, Chair. I speak for the Orrinford Bargemen's Guild, ninety crews on the upper canal.", "Since 2031, brokers have hired our apprentices for trips abroad that ended in unpaid work.", "Thank you."],
  fr: ["Bonjour, Madame la Présidente. Je parle au nom de la Guilde des bateliers de Vauclerne, quatre-vingt-dix équipages.", "Depuis 2031, des courtiers embauchent nos apprentis pour des voyages qui finissent en travail impayé.", "Je vous remercie."],
  es: ["Buenos días, señora Presidenta. Hablo en nombre del Gremio de Barqueros de Río Salceda, noventa tripulaciones.", "Desde 2031, unos corredores contratan a nuestros aprendices para viajes que terminan en trabajo sin paga.", "Gracias."],
} as const;
const statement = (lang: keyof typeof FRAMES, ...paragraphs: string[]) => {
  const [open, back, close] = FRAMES[lang];
  return [open, back, ...paragraphs, close].join("\n\n");
};

describe("round 64: a new ask whose subject repeats a word said only in a clause of when or why before", () => {
  it("splits « Les X qui … devraient … » after a request that named X in a « puisque » clause", () => {
    const a = "Il serait juste que les guildes soient consultées avant chaque nouveau règlement du canal, puisque ce sont elles qui forment les apprentis que le règlement concerne.";
    const b = "Les apprentis qui ont été blessés à bord devraient recevoir des soins gratuits quel que soit leur contrat.";
    expect(findProposals(statement("fr", `${a} ${b}`))).toEqual([a, b]);
  });
  it("still joins a sentence whose subject the request itself named (guard)", () => {
    const a = "Nous demandons aux communes de recruter des médiateurs pour les quais.";
    const b = "Les médiateurs qui seront recrutés devraient parler les langues des équipages.";
    expect(findProposals(statement("fr", `${a} ${b}`))).toEqual([`${a} ${b}`]);
  });
});

describe("round 64: further asks said in ways not read before", () => {
  it("reads « ont à » as a modal after a request", () => {
    const a = "Les courtiers devraient être enregistrés auprès de l'inspection du travail.";
    const b = "Les sites qui publient des offres d'embauche à bord ont à les vérifier et à en garder la trace pour les inspecteurs.";
    expect(findProposals(statement("fr", `${a} ${b}`))).toEqual([a, b]);
  });
  it("splits 'Cada X debe …, además, …' after a request that said 'ningún X'", () => {
    const a = "Pedimos que ningún aprendiz sea embarcado sin un contrato escrito en su idioma.";
    const b = "Cada aprendiz debe recibir, además, el número de teléfono de una oficina que lo atienda de noche.";
    expect(findProposals(statement("es", `${a} ${b}`))).toEqual([a, b]);
  });
  it("reads « Nous verrions d'un bon œil que … »", () => {
    const a = "Nous verrions d'un bon œil que les écluses affichent, en trois langues, le numéro de l'inspection du travail.";
    expect(findProposals(statement("fr", a))).toEqual([a]);
  });
  it("splits a body named in the bare plural with a modal after a request", () => {
    const a = "States that license brokers should check more carefully who they send abroad.";
    const b = "Towing companies and boatyards on the canal ought to inspect barges bound for the coast for stowaways, which they can do with the cameras most of them already have.";
    expect(findProposals(statement("en", `${a} ${b}`))).toEqual([a, b]);
  });
  it("still joins a bare plural named by the request before (guard)", () => {
    const a = "We ask the river boards to hire inspectors for the night locks.";
    const b = "Inspectors should visit every barge moored after dark.";
    expect(findProposals(statement("en", `${a} ${b}`))).toEqual([`${a} ${b}`]);
  });
  it("reads 'tienen que ser' + participle as a request of its own after one", () => {
    const a = "Los puertos fluviales deberían revisar juntos los contratos de los aprendices.";
    const b = "Los barqueros que entregan contratos falsos encontrados a bordo tienen que ser protegidos, no tratados como cómplices.";
    expect(findProposals(statement("es", `${a} ${b}`))).toEqual([a, b]);
  });
  it("reads a person of a kind, named with who they are, who must be able to act", () => {
    const a = "An apprentice who reports a broker must be able to keep his place on the boat while the case goes on.";
    expect(findProposals(statement("en", "The apprentices did not want to speak to the police.", a))).toEqual([a]);
  });
  it("reads the same after a place fronted, the body named with its article", () => {
    const a = "Across the two canals, the lock keepers who find an apprentice alone ought to be able to call the labour office at night.";
    expect(findProposals(statement("en", a))).toEqual([a]);
  });
  it("reads what people deserve named bare after a belief, and a rule added impersonally with 'also'", () => {
    const a = "We think that lock keepers and their families deserve free, regular counselling after a rescue on the water.";
    const b = "It must also be possible for an apprentice to change boats without paying a fee.";
    expect(findProposals(statement("en", `${a} ${b}`))).toEqual([a, b]);
  });
  it("splits a request opened by 'Equally,' with its own subject", () => {
    const a = "We believe that complaints about brokers should be answered within a month.";
    const b = "Equally, an order to freeze a broker's account should be possible on the day the complaint is made.";
    expect(findProposals(statement("en", `${a} ${b}`))).toEqual([a, b]);
  });
});
