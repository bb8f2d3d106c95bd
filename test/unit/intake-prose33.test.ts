import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 33: forms of asking in running prose that generalise (invented text only): a need stated as the ask in a cleft,
// softened wishes, what a body could also do after a request, and the "ustedes" imperative without "por favor"; and
// sentences that look like them and ask for nothing.
type Lang = "en" | "fr" | "es";
const FRAME: Record<Lang, [string, string, string]> = {
  en: [
    "Thank you, Chair. We are a union of ferry crews who carry goods and passengers between the three lake islands.",
    "Every season some crews are hired by agents who keep their wages and their identity cards until the last crossing.",
    "We thank you for listening.",
  ],
  fr: [
    "Merci, Monsieur le Président. Nous sommes un syndicat d'équipages de bacs qui relient les trois îles du lac.",
    "Chaque saison, des équipages sont recrutés par des agents qui gardent leurs salaires et leurs papiers jusqu'à la dernière traversée.",
    "Nous vous remercions de votre écoute.",
  ],
  es: [
    "Gracias, señor Presidente. Somos un sindicato de tripulaciones de barcazas que unen las tres islas del lago.",
    "Cada temporada, algunas tripulaciones son contratadas por agentes que se quedan con su salario y sus documentos hasta la última travesía.",
    "Les agradecemos su atención.",
  ],
};
const statement = (lang: Lang, ...paragraphs: string[]) => {
  const [open, back, close] = FRAME[lang];
  return [open, back, ...paragraphs, close].join("\n\n");
};

const NEEDS: [Lang, string][] = [
  ["en", "What would help most is a small fund that lets each crew pay a lawyer when an agent keeps its wages."],
  ["en", "What would help us most is a hotline on the quays that answers at night in the crews' own languages."],
  ["en", "What is missing above all is an inspector who boards the ferries during the busy season."],
  ["en", "What the crews would need is a written contract that the agent cannot take back at the last crossing."],
  ["en", "And what would make the biggest difference is a register of the agents licensed to hire on the lake."],
  ["fr", "Ce dont les équipages ont besoin, c'est que les inspecteurs montent à bord pendant la haute saison."],
  ["fr", "Ce dont nous aurions le plus besoin, c'est d'un fonds pour payer un avocat à chaque équipage lésé."],
  ["fr", "Ce qui nous aiderait le plus, c'est une ligne d'écoute sur les quais qui réponde la nuit."],
  ["fr", "Ce qui manque avant tout, c'est un registre des agents autorisés à recruter sur le lac."],
  ["es", "Lo que más falta nos haría es un fondo para pagar un abogado a cada tripulación engañada."],
  ["es", "Lo que más nos ayudaría es una línea telefónica en los muelles que atienda de noche."],
  ["es", "Lo que necesitan las tripulaciones es que los inspectores suban a bordo durante la temporada alta."],
  ["es", "Lo que hace falta sobre todo es un registro de los agentes autorizados a contratar en el lago."],
];
const WISHES: [Lang, string][] = [
  ["en", "It would be most welcome if the crews were heard before the next port regulation is drafted."],
  ["en", "It would be good if inspectors boarded the ferries in the busy season and not only in winter."],
  ["fr", "Nous aimerions que les inspecteurs montent à bord des bacs pendant la haute saison."],
  ["es", "Sería deseable que los inspectores subieran a las barcazas durante la temporada alta."],
];
const USTEDES: string[] = [
  "Den a las tripulaciones un contrato escrito antes de la primera travesía.",
  "Escuchen a los marineros antes de decidir sobre su expulsión del país.",
  "No deporten a nadie que haya denunciado a su agente mientras dure la causa.",
  "Incluyan a los sindicatos en la redacción del próximo reglamento de puertos.",
];
// A request, then what a body could also do: [language, the request, the "could also" sentence].
const COULD_ALSO: [Lang, string, string][] = [
  ["en", "We ask the port authority to board the ferries during the busy season.", "The Office could also help the inspectors learn the signs of forced labour on board."],
  ["en", "We urge the lake States to license the agents who hire crews.", "Donors, too, could pay for interpreters at the labour courts on the islands."],
  ["fr", "Nous demandons que les inspecteurs montent à bord pendant la haute saison.", "L'agence pourrait également aider les inspecteurs à repérer les signes du travail forcé à bord."],
  ["fr", "Nous recommandons un registre des agents autorisés à recruter.", "Le Secrétariat pourrait aussi organiser une formation commune des inspecteurs et des juges."],
  ["es", "Pedimos que los inspectores suban a bordo durante la temporada alta.", "La Oficina podría también apoyar a los sindicatos con un pequeño fondo de asistencia jurídica."],
];

describe("round 33: a need stated as the ask, in a cleft", () => {
  for (const [lang, text] of NEEDS) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([text]));
});
describe("round 33: softened wishes", () => {
  for (const [lang, text] of WISHES) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([text]));
});
describe("round 33: the 'ustedes' imperative in prose, without 'por favor'", () => {
  for (const text of USTEDES) it(text.slice(0, 50), () => expect(findProposals(statement("es", text))).toEqual([text]));
});
describe("round 33: what a body could also do, after a request", () => {
  for (const [lang, ask, could] of COULD_ALSO) {
    it(`${lang}: ${could.slice(0, 50)}`, () => expect(findProposals(statement(lang, ask, could))).toEqual([ask, could]));
    it(`${lang}: alone, not taken: ${could.slice(0, 40)}`, () => expect(findProposals(statement(lang, could))).toEqual([]));
  }
});

describe("round 33: near misses, not taken", () => {
  const misses: [Lang, string][] = [
    ["en", "What we need to understand is why the inspectors never boarded the ferries."],
    ["en", "What the crews needed was a lawyer, and nobody gave them one."],
    ["en", "What is missing is clear."],
    ["en", "What would help most, if not a fund for lawyers?"],
    ["en", "We will open a second office on the northern quay next spring."],
    ["en", "In 2019 the port authority promised a hotline, and it was never set up."],
    ["en", "Article 9 of the maritime code says that every crew member shall receive a written contract."],
    ["en", "Who, after all, would choose to sail for a whole season without pay?"],
    ["en", "It would be wrong to think that the problem ends when the season is over."],
    ["fr", "Ce dont les équipages avaient besoin, c'était d'un avocat, et personne ne leur en a donné."],
    ["fr", "Ce qui manque, c'est pourquoi nous sommes ici aujourd'hui."],
    ["fr", "Ce que nous avons vu, c'est que des enfants travaillent sur les bacs dès l'aube."],
    ["es", "Lo que necesitamos saber es por qué los inspectores nunca subieron a bordo."],
    ["es", "Lo que faltaba era un abogado, y nadie se lo dio."],
    ["es", "Las leyes ya existen. Lo que falta es que alguien escuche a los marineros."],
    ["en", "It is not laws that we lack. What is missing is someone who listens to the crews."],
    ["es", "Lo que vimos en los muelles es que los niños trabajan junto a sus padres desde el alba."],
    ["es", "Piensen en un muchacho de catorce años que carga sacos desde el alba."],
    ["es", "Imaginen lo que significa navegar una temporada entera sin cobrar."],
  ];
  for (const [lang, text] of misses) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
  it("a possibility that is no help, after a request, is not taken", () => {
    const ask = "We ask the port authority to board the ferries during the busy season.";
    expect(findProposals(statement("en", ask, "The agents could also hide the crews in the holds when inspectors come, as they did last year."))).toEqual([ask]);
    expect(findProposals(statement("en", ask, "We could also help the inspectors find the holds where crews sleep."))).toEqual([ask]);
    expect(findProposals(statement("en", ask, "Could the Office also help the inspectors?"))).toEqual([ask]);
  });
});
