import { describe, expect, it } from "vitest";
import { deliveredBySpeaker, findSpeaker, floorSpeaker, introSpeaker, personName } from "../../worker/intake/people";
import { todayFullDate } from "../../worker/intake/delivery-day";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 46 (who, forms read from blind sets 44 and 45 after their first measure): a web page's navigation bar is no name;
// a reverend canon's and a young speaker's titles are no part of the name; a closing "Allocution de M. NAME, …" and
// "Spoken for the Trust by …, Registrar"; a web page's "delivered by our Executive Director, NAME, in …"; "read the
// network's statement"; "Me presento: soy la abogada NAME, …"; what is spoken for ends before the meeting it was said at; a
// letterhead's lines run together after the name's acronym in brackets; a full date the speaker calls "this" day.
// Invented text (lighthouses and ferries; invented bodies, people and towns).
const OPEN = "For ten years we have helped the families of the ferry crews who work the crossing at night.";

describe("round 46: a web page's navigation bar is no person's name", () => {
  it.each(["Menu  Search  EN", "Menu Search", "Login Donate"])("%s", (line) => expect(personName(line)).toBeNull());
  it("a name is still a name", () => expect(personName("Mena Searle Okafor")).toBe("Mena Searle Okafor"));
});

describe("round 46: titles before a name are no part of it", () => {
  it.each([
    ["Reverend Canon Abel Mwangaza Tindi", "Abel Mwangaza Tindi"],
    ["Reverend Ruth Akinyi Obura", "Ruth Akinyi Obura"],
    ["Rev. Canon Peter Lwanga Oketch", "Peter Lwanga Oketch"],
  ])("%s", (raw, name) => expect(personName(raw)).toBe(name));
  it("a by-line naming a young speaker in Spanish", () => {
    expect(findSpeaker(["Intervención a cargo del joven Mateo Lince Varela, vocero de la Red de Faroleros."], [])?.speaker).toEqual({ name: "Mateo Lince Varela", role: "vocero" });
  });
});

describe("round 46: a closing line naming the address, or a registrar's by-line", () => {
  it.each([
    [["Je vous remercie.", "Allocution de Mme Odile Ferrand Lac, présidente du Réseau"], { name: "Odile Ferrand Lac", role: "présidente" }],
    [["Muchas gracias.", "Palabras de la Sra. Inés Roble Marín, coordinadora de la Red"], { name: "Inés Roble Marín", role: "coordinadora" }],
    [["Thank you.", "Spoken for the Trust by Ms. Hana Kerei Moana, Registrar"], { name: "Hana Kerei Moana", role: "Registrar" }],
  ])("%j", (closing, speaker) => expect(findSpeaker([], closing)?.speaker).toEqual(speaker));
});

describe("round 46: a web page's introduction naming the office, then the name and more", () => {
  it.each([
    ["The statement below was delivered by our Executive Director, Maren Solvik Aune, in the general debate of the session.", { name: "Maren Solvik Aune", role: "Executive Director" }],
    ["The statement was read by our treasurer, Ilse Marken Dorf, a ferry pilot for twenty years. Here is the text.", { name: "Ilse Marken Dorf", role: "treasurer" }],
    ["It was read on 3 May by the coordinator of the Trust, Ana Belo Costa.", { name: "Ana Belo Costa", role: "coordinator" }],
  ])("%s", (text, speaker) => expect(deliveredBySpeaker([text])).toEqual(speaker));
  it("a role in lower case is still wanted where the name goes on", () => {
    expect(deliveredBySpeaker(["The statement was read by our Lighthouse, Ana Belo Costa, in May."])).toBeNull();
  });
});

describe("round 46: whose statement was read, by a possessive", () => {
  it("our volunteer NAME read the trust's statement", () => {
    expect(floorSpeaker(["On 3 May 2031, our volunteer Tomas Vale Ribeiro read the trust's statement in the general debate."])).toEqual({ name: "Tomas Vale Ribeiro", role: "volunteer" });
  });
});

describe("round 46: a speaker presenting themselves, the verb and a profession after the colon", () => {
  it.each([
    ["Buenos días. Me presento: soy la enfermera Lucía Prado Vela, coordinadora de la Red de Faros del Sur.", { name: "Lucía Prado Vela", role: "coordinadora" }],
    ["Permettez-moi de me présenter : je suis le pilote Marc Olier Sable, président de l'Association des bacs.", { name: "Marc Olier Sable", role: "président" }],
    ["Let me introduce myself: I am Dr Ruth Amsel Harbour, director of the Ferry Safety Institute.", { name: "Ruth Amsel Harbour", role: "director" }],
  ])("%s", (text, speaker) => expect(introSpeaker([text])).toEqual(speaker));
});

describe("round 46: what is spoken for ends before the meeting it was said at", () => {
  it.each([
    "Last Friday our coordinator spoke on behalf of Lantern Bay Keepers Network at the constructive dialogue on ferries. Here is the text.",
    "Our coordinator spoke on behalf of Lantern Bay Keepers Network during the session on ferries. Here is the text.",
  ])("%s", (intro) => {
    expect(read([intro, CHAIR.en!, OPEN, ASK.en!, THANKS.en!]).organization?.name).toBe("Lantern Bay Keepers Network");
  });
});

// As a plain text's paragraph joins its lines.
describe("round 46: a letterhead's lines run together after the name's acronym in brackets", () => {
  it.each([
    ["Observatorio de Faros y Costas (OFC) Centro Regional Universitario, Puerto Niebla, Uruguay ofc@example.org", "Observatorio de Faros y Costas"],
    ["Lighthouse Keepers Trust (LKT) Harbour House Annex, Port Mist, Ireland lkt@example.org", "Lighthouse Keepers Trust"],
  ])("%s", (letterhead, name) => {
    expect(read([letterhead, "Constructive dialogue on ferries", CHAIR.en!, OPEN, ASK.en!, THANKS.en!]).organization?.name).toBe(name);
  });
});

describe("round 46: a full date the speaker calls this day", () => {
  it.each([
    ["The keepers sent me here with their message, and I bring it on this third day of May 2031. I thank you for hearing them.", "2031-05-03"],
    ["Nous sommes venus vous parler en ce 3 mai 2031, au nom des gardiens de phare.", "2031-05-03"],
    ["Venimos a hablarles este 3 de mayo de 2031 en nombre de los fareros.", "2031-05-03"],
  ])("%s", (text, day) => expect(todayFullDate([text])).toBe(day));
  it("a date merely cited is not the day of speaking", () => {
    expect(todayFullDate(["The law of 3 May 2019 changed this for the ferry crews."])).toBeNull();
  });
});
