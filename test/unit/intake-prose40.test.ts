import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame, leaves, reads } from "./prose-statement";

// Round 40 (blind sets 34 and 35 used for development; invented text only): the simplest step said as what it would be;
// what it would mean to the speaker if someone acted; a thing that would do more good or work better if …; someone who would
// gain by doing a thing; "tendrían que" with a body named; right after a request, a body named anew with a modal, or a
// further belief with a modal (two requests, not one); what a body could do, said to be the last point.
const statement = frame([
  "Good afternoon, Chair. We are a network of tea pickers' cooperatives in the hill districts.",
  "Each season some of our pickers are taken across the border by brokers who promise them factory work.",
  "Thank you for listening.",
]);
const declaration = frame([
  "Bonjour, Monsieur le Président. Nous sommes un réseau de coopératives de cueilleuses de thé des collines.",
  "À chaque saison, des cueilleuses partent de l'autre côté de la frontière avec des courtiers qui leur promettent un emploi en usine.",
  "Merci de votre écoute.",
]);
const declaracion = frame([
  "Buenas tardes, señor Presidente. Somos una red de cooperativas de recolectoras de té de las colinas.",
  "Cada temporada, algunas recolectoras cruzan la frontera con intermediarios que les prometen trabajo en una fábrica.",
  "Gracias por escucharnos.",
]);

const splits = (cases: [string, string, (...p: string[]) => string][]) => {
  for (const [first, second, make] of cases) {
    it(`reads "${first.slice(0, 40)}…" and "${second.slice(0, 40)}…" as two`, () => {
      expect(findProposals(make(`${first} ${second}`))).toEqual([first, second]);
    });
  }
};

describe("round 40: the simplest step, what it would mean to us", () => {
  reads([
    ["The simplest fix would be for the labour offices of both countries to accept complaints by text message.", statement],
    ["The quickest remedy would be for the border posts to keep a copy of every broker's licence.", statement],
    ["Our first step would be for the district councils to publish the names of licensed brokers each season.", statement],
    ["La solution la plus simple serait que les postes frontières gardent une copie de la licence de chaque courtier.", declaration],
    ["La medida más sencilla sería que los puestos fronterizos guardaran una copia de la licencia de cada intermediario.", declaracion],
    ["It would mean a great deal to our members if consulates kept a phone line open at night for pickers in trouble.", statement],
    ["It would also mean a lot to the families if a returning picker could see a doctor free of charge.", statement],
    ["Significaría mucho para nosotras que los consulados abrieran una línea de noche para las recolectoras.", declaracion],
  ]);
  leaves([
    ["The simplest explanation is that the brokers moved to another district.", statement],
    ["It would mean a long walk for most of our members.", statement],
  ]);
});

describe("round 40: a thing that would do more good, work better, or someone who would gain by acting", () => {
  reads([
    ["Training on trafficking would do more good if the sessions took place in the hill districts, for the officers who meet the pickers.", statement],
    ["Inspections would work much better if they came during the picking season, not after it.", statement],
    ["A small loan from the district bank, given before the season, would break the chain better than any raid.", statement],
    ["Les formations seraient bien plus utiles si elles avaient lieu dans les collines, près des cueilleuses.", declaration],
    ["Les enquêteurs gagneraient à suivre l'argent des courtiers plutôt qu'à interroger les cueilleuses.", declaration],
    ["Las capacitaciones serían mucho más útiles si se dieran en las colinas, cerca de las recolectoras.", declaracion],
    ["Investigators would do well to follow the brokers' money rather than question the pickers.", statement],
    ["A nuestro juicio, los inspectores de ambos distritos tendrían que poder compartir sus listas de intermediarios.", declaracion],
  ]);
  leaves([
    ["It would work better if it rained less in the hills.", statement],
    ["Sin ese permiso, las recolectoras tendrían que esperar meses.", declaracion],
  ]);
});

describe("round 40: right after a request, a body named anew with a modal, or a further belief (two requests)", () => {
  splits([
    ["Brokers should be licensed by the labour office before each season.", "The border police should keep a register of every broker who crosses with pickers.", statement],
    ["We ask that pickers who come home be given a medical check.", "The labour inspectorate, the health office and the police should visit the estates together, with an interpreter.", statement],
    ["A picker who reports a broker ought to be allowed to keep her job while the case is heard.", "And the countries where brokers recruit and the countries where factories hire must share the names of the agencies they find.", statement],
    ["Sería deseable que los dos países compartieran las listas de intermediarios autorizados.", "Los inspectores de trabajo de los distritos de frontera deberían visitar las fincas cada temporada.", declaracion],
    ["Nos gustaría que los consulados abrieran una línea de noche para las recolectoras.", "Pensamos, además, que los folletos deben existir en las lenguas de las colinas, y no solo en castellano.", declaracion],
    ["Nous souhaitons que les deux pays partagent la liste des courtiers autorisés.", "Les inspecteurs du travail des districts frontaliers devraient visiter les plantations à chaque saison.", declaration],
  ]);
  it("keeps a thing as the subject (no body named, no 'and') as part of the request before", () => {
    const first = "We ask the district councils to weigh every sack of leaves at the collection point.";
    const second = "The checks should also cover the scales of the big buyers in town.";
    expect(findProposals(statement(`${first} ${second}`))).toEqual([`${first} ${second}`]);
  });
  it("reads a thing after 'and' as a request of its own", () => {
    const first = "Brokers should be licensed by the labour office before each season.";
    const second = "And the fees that brokers charge should never be taken from a picker's wages.";
    expect(findProposals(statement(`${first} ${second}`))).toEqual([first, second]);
  });
  it("keeps a sentence whose subject the request before names as part of it", () => {
    const first = "We ask the district councils to hire mediators for the estates.";
    const second = "The mediators should speak the pickers' languages.";
    expect(findProposals(statement(`${first} ${second}`))).toEqual([`${first} ${second}`]);
  });
});

describe("round 40: what a body could do, said to be the last point", () => {
  it("reads it after a request as a request of its own, without the word that counts it", () => {
    for (const [first, last, make] of [
      ["Brokers should be licensed by the labour office before each season.", "Finally, donors could fund a shelter at the main border crossing for pickers who run away.", statement],
      ["Los intermediarios deberían tener una licencia de la oficina de trabajo.", "Por último, la asistencia técnica podría financiar un albergue en el paso fronterizo principal.", declaracion],
      ["Les courtiers devraient obtenir une licence de l'inspection du travail.", "Enfin, l'ONUDC pourrait financer un refuge au principal poste frontière.", declaration],
    ] as const) {
      expect(findProposals(make(`${first} ${last}`))).toEqual([first, last.replace(/^[^,]+, /, "")]);
    }
  });
  it("leaves what could not be done", () => {
    expect(findProposals(statement("Brokers should be licensed by the labour office before each season. Finally, the council could not say how many brokers there are."))).toEqual([
      "Brokers should be licensed by the labour office before each season.",
    ]);
  });
});
