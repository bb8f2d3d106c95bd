import { describe, expect, it } from "vitest";
import { findDates } from "../../worker/intake/dates";
import { bioRole, findSpeaker, transcriptSpeaker } from "../../worker/intake/people";
import { speakingFromCountry } from "../../worker/intake/places";
import { countryLed, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);

// Round 17 (who and when, blind sets 10 and 11 used for development): text, names and places written for these tests.

describe("roles", () => {
  it("reads an associate as a role (\"Speaking for ABC: NAME, Research Associate\")", () => {
    expect(findSpeaker(["Speaking for QLM: Tavish Ombrecourt, Research Associate"], [])?.speaker).toEqual({ name: "Tavish Ombrecourt", role: "Research Associate" });
  });
  it("keeps a governing body in the role, and drops the acronym after it", () => {
    expect(findSpeaker(["Delivered by Dr. Ysolde Marrintane, Chair of the Steering Committee, QLM"], [])?.speaker).toEqual({ name: "Ysolde Marrintane", role: "Chair of the Steering Committee" });
  });
  it("drops a place and date set after a middle dot", () => {
    expect(findSpeaker(["Delivered by Corvin Ashbelt, Outreach Officer · Gaborone, 3 March 2031"], [])?.speaker).toEqual({ name: "Corvin Ashbelt", role: "Outreach Officer" });
  });
  it("drops the organization's acronym in brackets after the role", () => {
    const r = read(["Lanterns of the Quiet Marsh (LQM)", "", "Présentées par Me Odalie Vranquet, rapporteure de l'atelier (LQM)", "", "Madame la Présidente,", "", "Nous gardons les lanternes allumées sur les marais depuis longtemps."]);
    expect(r.speaker).toEqual({ name: "Odalie Vranquet", role: "rapporteure de l'atelier" });
  });
  it("drops \"of our organization\" after a role", () => {
    const r = read(["Madam Chair,", "", "My name is Pellam Quorrish and I serve as legal director of our organization, which keeps ferries safe. Thank you."]);
    expect(r.speaker).toEqual({ name: "Pellam Quorrish", role: "legal director" });
  });
});

describe("honorifics and by-lines", () => {
  it("D.ª, padre", () => {
    expect(findSpeaker(["Toma la palabra: D.ª Ilvana Soterrial, coordinadora de huertos"], [])?.speaker).toEqual({ name: "Ilvana Soterrial", role: "coordinadora de huertos" });
    expect(findSpeaker(["Intervención del padre Rufino Alcabreza, coordinador del comedor"], [])?.speaker?.name).toBe("Rufino Alcabreza");
  });
  it("\"a cargo del Lic. NAME\" and \"Presenta: NAME\"", () => {
    expect(findSpeaker(["Declaración de la Red Brumosa, a cargo del Lic. Teodulo Marcavén, director de estudios"], [])?.speaker).toEqual({ name: "Teodulo Marcavén", role: "director de estudios" });
    expect(findSpeaker(["Ciudad, 5 de mayo de 2031 · Presenta: Oriana Velcastro, investigadora"], [])?.speaker).toEqual({ name: "Oriana Velcastro", role: "investigadora" });
  });
});

describe("transcripts", () => {
  it("the label naming the organization, not the chair's or the next speaker's", () => {
    const paragraphs = [
      "CHAIR: Thank you. I give the floor to the Drizzleford Lamp Trust.",
      "MR. OSWIN PELLACOTT (Drizzleford Lamp Trust): Thank you, Chair. We keep the lamps lit.",
      "MS. RUANNA VELLISH (Harbour Kite Network): Thank you, Chair.",
    ];
    expect(transcriptSpeaker(paragraphs, { name: "Harbour Kite Network", acronym: null })).toEqual({ name: "Ruanna Vellish", role: null });
    expect(transcriptSpeaker(paragraphs)).toEqual({ name: "Oswin Pellacott", role: null });
  });
  it("the role in the brackets", () => {
    const r = read([
      "Constructive dialogue on technical assistance — 3 June 2031",
      "Unofficial transcript made by the Trust from the recording",
      "",
      "CHAIR: I give the floor to Ms. Pellory of the Quiet Fen Lantern Trust.",
      "",
      "MS. ISOLDE PELLORY (Programme Coordinator, Quiet Fen Lantern Trust): Many thanks, Chair, and good afternoon from Maseru, it is late here.",
      "",
      "Our Trust sends boats with lanterns to the fens every winter.",
    ]);
    expect(r.speaker).toEqual({ name: "Isolde Pellory", role: "Programme Coordinator" });
  });
  it("a transcript's heading is never a name, and its bracketed acronym marks where the organization's name starts", () => {
    const r = read([
      "UNOFFICIAL TRANSCRIPT - prepared from the recording by the Fenwick Ledger Institute (FLI)",
      "Constructive dialogue on technical assistance",
      "",
      "CHAIR: Madam, you have the floor.",
      "",
      "MS. ORLA VANTERRE (Fenwick Ledger Institute): Thank you, Chair. My name is Orla Vanterre and I am the research director of our institute.",
    ]);
    expect(r.organization?.name).toBe("Fenwick Ledger Institute");
    expect(r.organization?.acronym).toBe("FLI");
    expect(r.speaker?.name).toBe("Orla Vanterre");
  });
  it("a greeting from a city gives the country", () => {
    expect(speakingFromCountry("Many thanks, Chair, and good evening from Gaborone, where it is late.")).toBe("BW");
  });
});

describe("said after the fact", () => {
  it("\"This letter was handed over … by NAME, role of the X\"", () => {
    const r = read([
      "Lighthouse keepers ask for help",
      "",
      "This letter was handed over at the lamp meeting of 2 June 2031 by Merrow Altavine, outreach coordinator of the Gullstone Keepers Network, for all its keepers.",
      "",
      "We, the keepers, ask for new lamps.",
    ]);
    expect(r.speaker).toEqual({ name: "Merrow Altavine", role: "outreach coordinator" });
  });
  it("an op-ed's closing note gives the author's role", () => {
    expect(bioRole("Tamsel Quiver", ["Tamsel Quiver is the treasurer of the Marrowbank Ferry Network in a small town."])).toBe("treasurer");
    expect(bioRole("Tamsel Quiver", ["Tamsel Quiver is also a keen sailor."])).toBeNull();
  });
  it("\"Last Tuesday, <date>, I spoke at the dialogue\" dates the op-ed's statement, not its posting", () => {
    const r = read([
      "THE MARSH GAZETTE | Opinion",
      "Published 12 October 2023",
      "",
      "Kites over the harbour must be trafficking's end",
      "",
      "By Tamsel Quiver",
      "",
      "Last Tuesday, 3 October 2023, I spoke in Maseru, at the yearly dialogue about trafficking in persons. I spoke for the Marrowbank Ferry Network, a small group of ferry crews.",
      "",
      "Tamsel Quiver is the treasurer of the Marrowbank Ferry Network.",
    ]);
    expect(r.deliveredOn).toBe("2023-10-03");
    expect(r.organization?.name).toBe("Marrowbank Ferry Network");
    expect(r.speaker).toEqual({ name: "Tamsel Quiver", role: "treasurer" });
  });
});

describe("dates and headings", () => {
  it("a month in Roman numerals", () => {
    expect(findDates("Ciudad, 5-V-2031").map((d) => d.iso)).toEqual(["2031-05-05"]);
    expect(findDates("le 17.XI.2030").map((d) => d.iso)).toEqual(["2030-11-17"]);
    expect(findDates("item 5-V-A")).toEqual([]);
  });
  it("a title asking a question above a dateline is a heading", () => {
    const r = read([
      "Checklist for the lamp wardens: what does your harbour already do for its lanterns?",
      "",
      "Maseru, 5 May 2031 · Presenter: Quillon Varrasse, researcher",
      "",
      "Our harbour keeps its lanterns lit through the winter, and we want every harbour to do so.",
    ]);
    expect(r.deliveredOn).toBe("2031-05-05");
    expect(r.speaker).toEqual({ name: "Quillon Varrasse", role: "researcher" });
  });
  it("a revision note under a revised version's heading gives no date, and the heading below it still does", () => {
    const r = read([
      "Version révisée (Rév. 1) – 29 juin 2031",
      "",
      "Note : cette version remplace le texte envoyé le 24 juin 2031. Au paragraphe deux, lire « trois lanternes » et non « deux ».",
      "",
      "Déclaration du Cercle des lanterniers du Marais (CLM)",
      "",
      "Traite des personnes, dialogue constructif – Maseru, 1er juillet 2031",
      "",
      "Madame la Présidente,",
      "",
      "Notre cercle allume les lanternes du marais depuis longtemps.",
    ]);
    expect(r.deliveredOn).toBe("2031-07-01");
    expect(r.text).toContain("Note : cette version remplace");
  });
});

describe("organizations", () => {
  it("a name in its own language over its translation with the acronym", () => {
    const r = read(["PERSATUAN LENTERA RAWA SUNYI", "Quiet Marsh Lantern Society (PLRS)", "Jl. Lentera No. 4, Kota Rawa", "", "Madam Chair,", "", "Our society keeps the marsh lanterns lit through every winter, and it asks the harbours to help it."]);
    expect(r.organization?.name).toBe("Persatuan Lentera Rawa Sunyi");
  });
  it("a national body's name opening with its country, above its address", () => {
    const r = read(["Lesotho Quarry Workers Mutual Aid", "Plot 12 Stone Road, Maseru, Lesotho", "", "Madam Chair,", "", "Our members cut stone in the hills and carry it down to the valley towns on foot every day."]);
    expect(r.organization?.name).toBe("Lesotho Quarry Workers Mutual Aid");
    expect(r.organization?.country).toBe("LS");
    expect(countryLed("Lesotho Quarry Workers Mutual Aid")).toBe("LS");
    expect(countryLed("Lesotho Office")).toBeNull();
  });
  it("a tagline between the name and its acronym is not joined to a name the acronym already fits", () => {
    const r = read(["Thank you, Chair.", "", "Our observatory counts the lanterns."], ["OBSERVATOIRE DES LANTERNES DU MARAIS", "Compter · Veiller · Alerter", "OLM", "Rue des Joncs 4, Ville"]);
    expect(r.organization?.name).toBe("Observatoire des lanternes du Marais"); // round 41: a French name from capitals in sentence case
  });
  it("a title naming a body whose name holds its country, with the acronym", () => {
    const r = read(["Statement of the Lesotho Lantern Keepers Alliance (LLKA): trafficking in persons", "", "Madam Chair,", "", "Our alliance keeps the lanterns of the mountain passes lit for travellers in every season."]);
    expect(r.organization?.name).toBe("Lesotho Lantern Keepers Alliance");
    expect(r.organization?.acronym).toBe("LLKA");
  });
});
