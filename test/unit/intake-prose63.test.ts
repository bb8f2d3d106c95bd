import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 63 (blind sets 70 and 71 used for development; invented text only). A statement of the lacemakers of an invented
// harbour town, in three languages, around the paragraphs under test.
const FRAMES = {
  en: ["Good afternoon, Chair. I speak for the Quillmoor Lacemakers' Circle, forty home workers on the old harbour.", "Since 2029, agents have offered our younger members work abroad that turned out to be unpaid.", "Thank you."],
  fr: ["Bonjour, Monsieur le Président. Je parle au nom du Cercle des dentellières de Saint-Ornevaux, quarante ouvrières à domicile.", "Depuis 2029, des agents proposent à nos plus jeunes membres un travail à l'étranger qui n'est jamais payé.", "Je vous remercie."],
  es: ["Buenas tardes, señor Presidente. Hablo en nombre del Círculo de Encajeras de Villa Teruelo, cuarenta trabajadoras a domicilio.", "Desde 2029, unos agentes ofrecen a nuestras socias más jóvenes un trabajo en el extranjero que nunca se paga.", "Gracias."],
} as const;
const statement = (lang: keyof typeof FRAMES, ...paragraphs: string[]) => {
  const [open, back, close] = FRAMES[lang];
  return [open, back, ...paragraphs, close].join("\n\n");
};

// The speaker's ask set against one she denies right before it: a closing figure of contrast that says what the statement is
// about, not one more ask; unless set apart by a marker of its own, or long enough to ask something in full.
describe("round 63: an ask said instead of one denied just before", () => {
  const ask = {
    en: "Recruitment agents who place home workers abroad should be licensed and should lose the licence after one unpaid placement.",
    fr: "Les agences qui placent des ouvrières à l'étranger devraient être agréées et perdre leur agrément après un seul placement impayé.",
    es: "Las agencias que colocan trabajadoras en el extranjero deberían tener licencia y perderla tras una sola colocación impaga.",
  };
  it("leaves out 'We are not asking for …. We are asking to …' in English", () => {
    const text = statement("en", ask.en, "We are not asking for a seat on every board. We are asking to be listened to once a year.");
    expect(findProposals(text)).toEqual([ask.en]);
  });
  it("leaves out 'We do not ask to be …. We ask to be …' with a reason after it", () => {
    const text = statement("en", ask.en, "We do not ask to be praised. We ask to be counted among those who watch the ports, because we see the agents first.");
    expect(findProposals(text)).toEqual([ask.en]);
  });
  it("leaves out « Nous ne demandons pas …. Nous demandons qu'on … »", () => {
    const text = statement("fr", ask.fr, "Nous ne demandons pas de médailles. Nous demandons qu'on ne nous oublie pas.");
    expect(findProposals(text)).toEqual([ask.fr]);
  });
  it("leaves out « No pedimos …. Pedimos que … »", () => {
    const text = statement("es", ask.es, "No pedimos limosna. Pedimos que nos llamen cuando se reúnan.");
    expect(findProposals(text)).toEqual([ask.es]);
  });
  it("leaves out the figure in one sentence, in someone's words quoted in a release", () => {
    const text = statement("en", ask.en, '"We do not ask for pity, we ask for a ledger that someone reads," the treasurer said, recalling that the Circle had written to the ministry in 2028 and that its letter had been filed without an answer.');
    expect(findProposals(text)).toEqual([ask.en]);
  });
  it("reads an ask set apart by a marker of its own after the denial (guard)", () => {
    const marked = "Pedimos, eso sí, que cada agencia publique la lista de sus colocaciones en el extranjero.";
    expect(findProposals(statement("es", `No pedimos nuevas leyes. ${marked}`))).toEqual([marked]);
  });
  it("reads a long ask after the denial, one that asks in full (guard)", () => {
    const full = "We ask that every harbour office keep a register of the agents who recruit home workers, publish it each month, and send it to the unions and to the consulates of the countries where the work is offered.";
    expect(findProposals(statement("en", `We are not seeking another law. ${full}`))).toEqual([full]);
  });
});

describe("round 63: other forms of asking read", () => {
  it("reads people named at length who would have their place in a body, in three languages", () => {
    for (const [lang, s] of [
      ["fr", "Enfin, les cercles d'ouvrières qui suivent ces offres dans les quartiers auraient leur place au comité régional de lutte contre la traite, où aucune ouvrière ne siège aujourd'hui."],
      ["en", "Finally, the circles of home workers who follow these offers in the towns would have a natural place on the regional committee against trafficking, where no worker sits today."],
      ["es", "Por último, los círculos de trabajadoras que siguen estas ofertas en los barrios tendrían su lugar en el comité regional contra la trata, donde hoy no se sienta ninguna trabajadora."],
    ] as const) expect(findProposals(statement(lang, s))).toEqual([s]);
  });
  it("leaves out a place said of a pronoun, or in the indicative", () => {
    expect(findProposals(statement("fr", "Elles auraient leur place au comité, disent nos voisines."))).toEqual([]);
    expect(findProposals(statement("en", "The circles have a place on the committee since 2030, and they use it."))).toEqual([]);
  });
  it("reads 'Planteamos que …' with what should be, not 'que es …'", () => {
    const s = "Planteamos que toda trabajadora que vuelva de un empleo impago reciba asesoría jurídica gratuita durante un año.";
    expect(findProposals(statement("es", s))).toEqual([s]);
    expect(findProposals(statement("es", "Planteamos que es un problema de todos los puertos de la región."))).toEqual([]);
  });
  it("reads the one thing a body could encourage, said as a cleft, in three languages", () => {
    for (const [lang, s] of [
      ["en", "If there is a single thing the session might push for, it is for the large lace houses to tell their suppliers, in writing, that unpaid work abroad ends the contract."],
      ["fr", "Et s'il y a une chose que ce dialogue pourrait encourager, c'est que les grandes maisons de dentelle écrivent à leurs fournisseurs que le travail impayé met fin au contrat."],
      ["es", "Y si hay una cosa que este diálogo podría alentar, es que las grandes casas de encaje escriban a sus proveedores que el trabajo impago pone fin al contrato."],
    ] as const) expect(findProposals(statement(lang, s))).toEqual([s]);
  });
});

// Round 63, merged or extra asks by mechanism: an example set off by commas between a subject and its modal; a further ask in
// the negative ("Nor should …"); a body's verb of proposing denied ("La red no propone …").
describe("round 63: asks apart, and a denied proposal", () => {
  it("reads a passive ask whose subject carries an example set off by commas as one of its own", () => {
    const first = "Each review of the lace programmes must report how many of its workshops still run two years after the money stops.";
    const second = "Cooperatives that kept going for years, such as the Saturday bobbin classes, should receive the means to expand before new ones are opened.";
    expect(findProposals(statement("en", `${first} ${second}`))).toContain(second);
  });
  it("reads 'Nor should …' after an ask as an ask of its own", () => {
    const first = "Our wish is that a returning worker give her account a single time, to a trained officer, with a friend of her choice beside her.";
    const second = "Nor should the lace houses' hotline close on the day a worker's complaint is settled.";
    expect(findProposals(statement("en", `${first} ${second}`))).toEqual([first, second]);
  });
  it("leaves out a body that does not propose, before a law quoted", () => {
    const text = statement("es", 'La Red de Encajeras no propone nuevas leyes, explicó su tesorera: "La ley ya obliga a registrar cada agencia. Lo que falta es que se aplique".');
    expect(findProposals(text)).toEqual([]);
  });
});
