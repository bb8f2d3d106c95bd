import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 34: forms of asking in running prose that generalise (invented text only): a belief or a plain-saying lead-in
// before a request, "qu'" after "il nous paraît indispensable", a wish in "que" after an ordinal, a request to see to it
// that something never happens again; and sentences that look like asks and are not: a contrary view announced, a
// proposal told as history.
type Lang = "en" | "fr" | "es";
const FRAME: Record<Lang, [string, string, string]> = {
  en: [
    "Thank you, Chair. We are a league of beekeepers who sell honey at the markets along the southern highway.",
    "Every summer some of our members are stopped at roadblocks by men who take their cash and their licences.",
    "We thank you for listening.",
  ],
  fr: [
    "Merci, Madame la Présidente. Nous sommes une ligue d'apiculteurs qui vendent leur miel sur les marchés de la route du sud.",
    "Chaque été, certains de nos membres sont arrêtés à des barrages par des hommes qui prennent leur argent et leurs permis.",
    "Nous vous remercions de votre écoute.",
  ],
  es: [
    "Gracias, señora Presidenta. Somos una liga de apicultores que venden miel en los mercados de la carretera del sur.",
    "Cada verano, algunos de nuestros socios son detenidos en retenes por hombres que les quitan el dinero y las licencias.",
    "Les agradecemos su atención.",
  ],
};
const statement = (lang: Lang, ...paragraphs: string[]) => {
  const [open, back, close] = FRAME[lang];
  return [open, back, ...paragraphs, close].join("\n\n");
};

// [language, sentence, the request as read: the sentence itself unless given].
const BELIEFS: [Lang, string, string?][] = [
  ["en", "We also believe that beekeepers who report a roadblock ought to be given a receipt by the nearest station."],
  ["en", "We firmly think that licences taken at a roadblock should be returned within a week."],
  ["en", "It is our firm view that sellers who report extortion must never be fined for it, and the rules should say so.", "sellers who report extortion must never be fined for it, and the rules should say so."],
  ["en", "It is our considered view that every checkpoint on the highway should display the name of the officer in charge.", "every checkpoint on the highway should display the name of the officer in charge."],
  ["en", "Our firm view is that market permits should be valid in every district and not in one alone.", "market permits should be valid in every district and not in one alone."],
  ["fr", "Nous pensons que chaque barrage de la route devrait afficher le nom de l'agent qui en a la charge."],
  ["fr", "Nous sommes convaincus que les permis saisis devraient être rendus dans la semaine."],
  ["es", "Por eso creemos que cada retén de la carretera debería mostrar el nombre del agente responsable."],
  ["es", "Creemos que las licencias decomisadas deberían devolverse en el plazo de una semana."],
  ["es", "Estamos convencidos de que cada denuncia debería registrarse el mismo día en que se presenta."],
];
const NOT_BELIEFS: [Lang, string][] = [
  ["en", "We think that we should hold our next meeting at the market hall."],
  ["en", "We believe that the harvest will be better once the rains come back."],
  ["en", "We feel that sellers must travel too far to reach a licensing office."],
  ["fr", "Nous pensons que nous devons poursuivre notre travail auprès des familles."],
  ["es", "Creemos que esto debería cambiar pronto."],
  ["es", "Creemos que las ventas deberían mejorar cuando vuelvan las lluvias al sur."],
  ["en", "We believe that if prices fall, the markets should still open on Sundays?"],
];
const PLAINLY: [Lang, string, string][] = [
  ["en", "If we may put our thinking plainly: licences should come with a phone number that answers when a roadblock appears.", "licences should come with a phone number that answers when a roadblock appears."],
  ["en", "To put it plainly: every receipt given at a checkpoint should carry the officer's badge number.", "every receipt given at a checkpoint should carry the officer's badge number."],
  ["en", "In short: the district councils should issue one permit valid for every market on the highway.", "the district councils should issue one permit valid for every market on the highway."],
  ["fr", "Pour le dire simplement : chaque permis devrait être valable sur tous les marchés de la route.", "chaque permis devrait être valable sur tous les marchés de la route."],
  ["es", "Dicho de forma sencilla: cada licencia debería valer en todos los mercados de la carretera.", "cada licencia debería valer en todos los mercados de la carretera."],
];
const NOT_PLAINLY: [Lang, string][] = [
  ["en", "To put it simply: we lost half of our hives to the drought last year."],
  ["en", "In short: it was the worst summer our members can remember on the highway."],
];
const INDISPENSABLE: string[] = [
  "Il nous paraît indispensable qu'un permis saisi soit rendu à l'apiculteur avant la fin de la semaine.",
  "Il nous semble essentiel qu'aucun vendeur ne soit arrêté sans qu'un reçu lui soit remis sur-le-champ.",
  "Il nous paraît donc nécessaire qu'une ligne d'écoute réponde aux vendeurs pendant la saison du miel.",
];
// [first wish, second wish]: an answer that counts its wishes.
const ORDINALS: [string, string][] = [
  ["Lo primero, que la policía entregue un recibo por cada licencia que retenga en la carretera.", "Lo segundo, que los retenes muestren el nombre del agente responsable de cada turno."],
  ["Respuesta: Lo primero, que los municipios publiquen la lista de los retenes autorizados.", "Lo segundo, que se devuelvan las licencias retenidas en el plazo de una semana."],
  ["Premièrement, que la police remette un reçu pour chaque permis saisi sur la route.", "Deuxièmement, que les barrages affichent le nom de l'agent responsable de chaque équipe."],
];
const SEE_TO_IT: [Lang, string][] = [
  ["fr", "Nous vous prions de bien veiller à ce que les vendeurs ne soient plus jamais arrêtés sans recevoir un reçu."],
  ["en", "We ask you to make sure that no seller is ever again stopped without a receipt for what is taken."],
  ["es", "Les pedimos que velen por que nunca más se detenga a un vendedor sin darle un recibo."],
];
const PLEAS: [Lang, string][] = [
  ["fr", "Nous demandons que plus jamais une famille ne vive ce que nous avons vécu."],
  ["en", "We ask that no other family has to go through what ours went through."],
];
const GRATEFUL: string[] = [
  "Nous serions reconnaissants à l'Office de rendre public, chaque année, le compte des barrages signalés sur la route.",
  "Nous serions très reconnaissants au Bureau régional d'aider les communes à former leurs agents.",
];
// A short sentence announcing a contrary view, then the case made for it: no request.
const CONTRARY: [Lang, string][] = [
  ["en", "Many think beekeepers slow the markets down. We would like to suggest quite the opposite. When honey is sold openly, the markets grow."],
  ["en", "Some say the roadblocks protect the sellers. I would argue otherwise. Our members lose a week of sales each time."],
  ["fr", "On dit souvent que les barrages protègent les vendeurs. Nous voudrions suggérer le contraire. Nos membres perdent une semaine de ventes à chaque fois."],
  ["es", "Se dice que los retenes protegen a los vendedores. Quisiéramos sugerir lo contrario. Nuestros socios pierden una semana de ventas cada vez."],
];
// A proposal the group made in the past, told as history: no request.
const HISTORY: [Lang, string][] = [
  ["fr", "Il y a deux ans, notre ligue a proposé aux communes une carte unique pour tous les marchés."],
  ["en", "Two years ago, our league proposed to the districts a single card for all the markets."],
  ["en", "In 2021 we asked the district councils to publish the list of authorised checkpoints."],
  ["es", "Hace tres años, nuestra liga propuso a los municipios una licencia única para todos los mercados."],
];

// The group's own plans, told after its requests: not taken by the learned classifier either (`ownAim`).
const PLANS: [Lang, string][] = [
  ["en", "The League will publish a short guide to the market permits in the three local languages next spring."],
  ["en", "HMBL will go back to the markets in March to meet each seller who reported a roadblock."],
  ["fr", "Notre ligue publiera au printemps un petit guide des permis de marché dans les trois langues locales."],
  ["es", "Nuestra liga publicará en primavera una pequeña guía de las licencias de mercado en las tres lenguas locales."],
];
// Two more sentences of background, so that the learned classifier reads the statement (six prose sentences at least).
const MORE = {
  en: "Last season the losses came to a third of our sales. Several sellers gave up the highway markets altogether.",
  fr: "La saison dernière, les pertes ont atteint le tiers de nos ventes. Plusieurs vendeurs ont renoncé aux marchés de la route.",
  es: "La temporada pasada las pérdidas llegaron a un tercio de las ventas. Varios vendedores dejaron los mercados de la carretera.",
};
const ASK = {
  en: "We ask the district councils to issue one permit valid for every market on the highway.",
  fr: "Nous demandons aux communes de délivrer un permis unique valable sur tous les marchés de la route.",
  es: "Pedimos a los municipios que expidan una licencia única válida en todos los mercados de la carretera.",
};

describe("round 34: a belief, then a request with 'should' or in the passive", () => {
  for (const [lang, text, read] of BELIEFS) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([read ?? text]));
  for (const [lang, text] of NOT_BELIEFS) it(`${lang}: not taken: ${text.slice(0, 45)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 34: a lead-in that says how plainly it is put, before a colon", () => {
  for (const [lang, text, read] of PLAINLY) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([read]));
  for (const [lang, text] of NOT_PLAINLY) it(`${lang}: not taken: ${text.slice(0, 45)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 34: 'il nous paraît indispensable qu'…'", () => {
  for (const text of INDISPENSABLE) it(text.slice(0, 50), () => expect(findProposals(statement("fr", text))).toEqual([text]));
});
describe("round 34: a wish in 'que' after an ordinal", () => {
  for (const [first, second] of ORDINALS) {
    const lang: Lang = /^Premi/.test(first) ? "fr" : "es";
    it(`${lang}: ${second.slice(0, 50)}`, () => expect(findProposals(statement(lang, `${first} ${second}`))).toEqual([first, second]));
  }
});
describe("round 34: to see to it that it never happens again is a request, not a plea", () => {
  for (const [lang, text] of SEE_TO_IT) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([text]));
  for (const [lang, text] of PLEAS) it(`${lang}: a plea, not taken: ${text.slice(0, 40)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 34: gratitude to the Office or a bureau for what it would do", () => {
  for (const text of GRATEFUL) it(text.slice(0, 50), () => expect(findProposals(statement("fr", text))).toEqual([text]));
});
describe("round 34: a contrary view announced is no request", () => {
  for (const [lang, text] of CONTRARY) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 34: a proposal told as history is no request", () => {
  for (const [lang, text] of HISTORY) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 34: the group's own plan after its request is no request", () => {
  for (const [lang, text] of PLANS) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, MORE[lang], ASK[lang], text))).toEqual([ASK[lang]]));
});
