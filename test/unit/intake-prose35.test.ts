import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 35: forms of asking in running prose that generalise (invented text only): what people deserve or have earned,
// a new subject set apart by "too", "je demande encore une fois que", "tendrían que" after a belief, a hope whose act
// comes after a first verb of minding, the speaker's leave asked before a colon; and sentences that look like asks and
// are not: a letter's apology and its thanks before the courtesy formula, a review's advice to read, the group's own work
// with a body's verb used as a noun ("a course on drafting requests").
type Lang = "en" | "fr" | "es";
const FRAME: Record<Lang, [string, string, string]> = {
  en: [
    "Thank you, Chair. We are a cooperative of salt harvesters who work the pans along a shallow lagoon in the north.",
    "Each dry season, brokers arrive with advances that our younger members cannot repay, and some leave with them for months.",
    "We thank you for your attention.",
  ],
  fr: [
    "Merci, Madame la Présidente. Nous sommes une coopérative de sauniers qui exploitent les salines d'une lagune peu profonde du nord.",
    "À chaque saison sèche, des courtiers arrivent avec des avances que nos jeunes membres ne peuvent pas rembourser.",
    "Nous vous remercions de votre attention.",
  ],
  es: [
    "Gracias, señora Presidenta. Somos una cooperativa de salineros que trabajan las salinas de una laguna poco profunda del norte.",
    "Cada temporada seca llegan intermediarios con adelantos que nuestros socios más jóvenes no pueden devolver.",
    "Les agradecemos su atención.",
  ],
};
const statement = (lang: Lang, ...paragraphs: string[]) => {
  const [open, back, close] = FRAME[lang];
  return [open, back, ...paragraphs, close].join("\n\n");
};

// What people or a group deserve or have earned: a request.
const DESERVE: [Lang, string][] = [
  ["en", "Widows of lagoon wardens deserve a pension that arrives on time and without a broker's fee."],
  ["en", "The pan owners' own councils have earned a place in the planning of the next labour inspection round."],
  ["en", "Young harvesters who testify against a broker deserve to be housed far from the pans where he works."],
  ["en", "And the boatmen who report a missing worker deserve the protection a witness would get in court."],
  ["fr", "Les jeunes sauniers qui quittent un courtier méritent un logement sûr pendant au moins une saison."],
  ["fr", "Les comités de village méritent d'être consultés avant chaque campagne d'inspection des salines."],
  ["es", "Los guardas de la laguna merecen la misma protección que un testigo en un juicio penal."],
  ["es", "Las familias de los salineros desaparecidos merecen ser escuchadas por la fiscalía de cada provincia."],
];
const NOT_DESERVE: [Lang, string][] = [
  ["en", "Those who speak out against the brokers deserve no less."],
  ["en", "Our volunteers deserve our thanks for every night they spent on the pans."],
  ["en", "This point deserves to be stressed before the delegations."],
  ["en", "They deserved more than what the old rules gave them."],
  ["en", "The harvesters deserve better."],
  ["en", "We deserve a hearing as much as anyone else in this room."],
  ["en", "Many of the young men had earned less than the advance they were told they owed."],
  ["fr", "Ce point mérite d'être souligné devant les délégations présentes."],
  ["es", "Merece la pena recordar lo que ocurrió en la laguna aquel invierno."],
];
// [first request, the sentence with a subject set apart by "too"]: two requests, not one going on.
const TOO: [Lang, string, string][] = [
  ["en", "We urge every State to pay interpreters for each hearing where a harvester testifies.", "Labour inspectors, too, should learn the words the brokers use for an advance."],
  ["fr", "Nous demandons aux États de financer des interprètes à chaque audience.", "Les greffiers, eux aussi, devraient être formés aux nouvelles règles sur les avances."],
  ["es", "Pedimos a los Estados que financien intérpretes en cada audiencia.", "Los jueces de paz, también, deberían recibir esa formación antes de fin de año."],
];
// Not a new subject: a clause of place or a demonstrative goes on with the request before it.
const NOT_TOO: [Lang, string, string][] = [
  ["en", "We urge every State to pay interpreters for each hearing where a harvester testifies.", "Here, too, the courts should act within the month."],
  ["en", "We urge every State to pay interpreters for each hearing.", "These interpreters, too, should be paid on time."],
];
const AGAIN: [Lang, string][] = [
  ["fr", "Je demande encore une fois que les salines aient un point d'écoute pour les jeunes qui arrivent seuls."],
  ["fr", "Je demande à nouveau aux communes de publier la liste des courtiers autorisés."],
  ["es", "Les pido una vez más que los consulados abran sus puertas también los sábados de cosecha."],
];
const NOT_AGAIN: [Lang, string][] = [["fr", "Je demande la parole une fois de plus, Madame la Présidente."]];
const TENDRIAN: string[] = [
  "Creemos que los puertos pequeños tendrían que contar con un inspector laboral en cada temporada seca.",
  "Pensamos que las aseguradoras tendrían que declarar cada año las embarcaciones que cubren en la laguna.",
];
const NOT_TENDRIAN = "Creemos que la situación tendría que mejorar con la temporada de lluvias.";
const HOPE: string[] = [
  "I hope the donors present tonight will remember that the first weeks after a flood are the most dangerous, and will put money into cash grants for families then.",
  "We trust that the agencies will bear in mind how far the pans are from any town, and fund boats for the outreach teams.",
  "We hope the secretariat will note how few of us could travel, and will make room for remote speakers next year.",
];
const NOT_HOPE: string[] = [
  "I hope the donors present tonight will remember the families we lost.",
  "We hope the delegates will remember how dangerous the season after a storm is, and that nobody is to blame.",
  "We hope the ministers will see the report, and will talk about it at home.",
];
// [the sentence, the request as read without the lead-in].
const LEAVE: [Lang, string, string][] = [
  ["en", "If I may keep the floor a minute longer: I hope the donors present tonight will fund cash grants for families right after a storm.", "I hope the donors present tonight will fund cash grants for families right after a storm."],
  ["en", "If you will allow me one more word: States should give the boat crews a number to call on the lagoon.", "States should give the boat crews a number to call on the lagoon."],
  ["fr", "Si vous me permettez encore un mot : nous demandons aux communes d'ouvrir un foyer de nuit près des salines.", "nous demandons aux communes d'ouvrir un foyer de nuit près des salines."],
  ["es", "Si me permiten un minuto más: pedimos a los donantes que financien las radios de las comunidades.", "pedimos a los donantes que financien las radios de las comunidades."],
];
const NOT_LEAVE: [Lang, string][] = [
  ["en", "If I may keep the floor a minute longer: I want to thank my husband and our children."],
  ["en", "If I may add one thing: we were all very moved by the film about the pans."],
];
// A letter's apology for an absence, its thanks before the courtesy formula, a review's advice to read: no request.
const COURTESY: [Lang, string][] = [
  ["fr", "Nous vous prions de bien vouloir excuser notre absence auprès du Bureau et des délégations."],
  ["fr", "Veuillez excuser notre absence à la séance de cette semaine."],
  ["fr", "En vous remerciant de votre attention, nous vous prions d'agréer, Madame, l'expression de nos sentiments distingués."],
  ["en", "Please accept our apologies for the late submission of this text."],
  ["en", "Please excuse our absence from the session on Thursday."],
  ["en", "Thanking you in advance, we remain yours faithfully."],
  ["es", "Les rogamos disculpar nuestra ausencia en la sesión del jueves."],
  ["es", "Agradeciendo de antemano su atención, les saludamos atentamente."],
];
const READ_IT: [Lang, string][] = [
  ["es", "Recomendamos la lectura."],
  ["es", "Recomendamos vivamente este libro a todos los delegados."],
  ["en", "We warmly recommend this book to every delegate."],
  ["en", "I can only recommend it."],
  ["fr", "Nous en recommandons vivement la lecture."],
];
// The group's own work, a body's verb used as a noun: no request.
const OWN_WORK: [Lang, string][] = [
  ["en", "Our Cooperative has built a short course on drafting requests, and we have given it to forty clerks."],
  ["en", "The Network has written a guide for answering requests from abroad."],
];
const STILL_ASKS: string[] = [
  "The Association therefore requests that States publish the list of licensed brokers each year.",
  "Our network strongly recommends that courts keep a record of the interpreters they use.",
];

describe("round 35: what people deserve or have earned is a request", () => {
  for (const [lang, text] of DESERVE) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([text]));
  for (const [lang, text] of NOT_DESERVE) it(`${lang}: not taken: ${text.slice(0, 45)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 35: a new subject set apart by 'too' is a request of its own", () => {
  for (const [lang, first, second] of TOO) it(`${lang}: ${second.slice(0, 50)}`, () => expect(findProposals(statement(lang, `${first} ${second}`))).toEqual([first, second]));
  for (const [lang, first, second] of NOT_TOO) it(`${lang}: goes on: ${second.slice(0, 45)}`, () => expect(findProposals(statement(lang, `${first} ${second}`))).toEqual([`${first} ${second}`]));
});
describe("round 35: 'je demande encore une fois que', 'les pido una vez más que'", () => {
  for (const [lang, text] of AGAIN) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([text]));
  for (const [lang, text] of NOT_AGAIN) it(`${lang}: not taken: ${text.slice(0, 45)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 35: 'tendrían que' after a belief", () => {
  for (const text of TENDRIAN) it(text.slice(0, 50), () => expect(findProposals(statement("es", text))).toEqual([text]));
  it("not an expectation: " + NOT_TENDRIAN.slice(0, 40), () => expect(findProposals(statement("es", NOT_TENDRIAN))).toEqual([]));
});
describe("round 35: a hope whose act comes after a first verb of minding", () => {
  for (const text of HOPE) it(text.slice(0, 50), () => expect(findProposals(statement("en", text))).toEqual([text]));
  for (const text of NOT_HOPE) it(`not taken: ${text.slice(0, 45)}`, () => expect(findProposals(statement("en", text))).toEqual([]));
});
describe("round 35: the speaker's leave asked before a colon", () => {
  for (const [lang, text, read] of LEAVE) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([read]));
  for (const [lang, text] of NOT_LEAVE) it(`${lang}: not taken: ${text.slice(0, 45)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 35: a letter's apology and closing thanks, a review's advice to read", () => {
  for (const [lang, text] of COURTESY) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
  for (const [lang, text] of READ_IT) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
});
describe("round 35: a body's verb used as a noun in the group's own work", () => {
  for (const [lang, text] of OWN_WORK) it(`${lang}: ${text.slice(0, 50)}`, () => expect(findProposals(statement(lang, text))).toEqual([]));
  for (const text of STILL_ASKS) it(`still a request: ${text.slice(0, 45)}`, () => expect(findProposals(statement("en", text))).toEqual([text]));
});
