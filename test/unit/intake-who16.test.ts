import { describe, expect, it } from "vitest";
import { findSpeaker } from "../../worker/intake/people";
import { domainCountry } from "../../worker/intake/places";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);

// Round 16 (who and when): text, names and places written for these tests.

describe("a by-line in the heading", () => {
  it("opening with a bare by / par / por", () => {
    expect(findSpeaker(["by Orlen Vasquit, Research Director"], [])?.speaker).toEqual({ name: "Orlen Vasquit", role: "Research Director" });
    expect(findSpeaker(["par Maëlle Trocadin, chargée de plaidoyer"], [])?.speaker).toEqual({ name: "Maëlle Trocadin", role: "chargée de plaidoyer" });
  });
  it("reads the French analyste as a role", () => {
    expect(findSpeaker(["Intervenant : M. Baptiste Oulémar, analyste"], [])?.speaker).toEqual({ name: "Baptiste Oulémar", role: "analyste" });
  });
});

describe("a covering note naming who will read the statement", () => {
  it("\"the speech our director, NAME, will deliver\"", () => {
    const r = read([
      "Dear colleagues,",
      "",
      "Here is the speech our director, Tamsin Orrowey, will deliver at the session. We thank you for the slot.",
      "",
      "Statement of the Quillbrook Lantern Society",
      "",
      "Madam Chair,",
      "",
      "Our society keeps the harbour lamps lit through the winter storms.",
    ]);
    expect(r.speaker).toEqual({ name: "Tamsin Orrowey", role: "director" });
  });
  it("\"le discours que prononcera notre présidente, NAME\" and \"sera lu en notre nom … par NAME, rôle\"", () => {
    const fr = read([
      "Madame, Monsieur,",
      "",
      "Voici le discours que prononcera notre présidente, Mme Odile Brancasse, devant les délégations.",
      "",
      "Madame la Présidente,",
      "",
      "Notre collectif entretient les sentiers de haute vallée depuis vingt ans.",
    ]);
    expect(fr.speaker).toEqual({ name: "Odile Brancasse", role: "présidente" });
    const letter = read([
      "Monsieur le Rapporteur,",
      "",
      "Voici notre courrier, qui sera lu en notre nom à la réunion des bergers du plateau par Me Armand Vélicourt, trésorier de la Ligue.",
      "",
      "Notre ligue entretient les refuges d'altitude.",
    ]);
    expect(letter.speaker).toEqual({ name: "Armand Vélicourt", role: "trésorier" });
  });
  it("not a report someone else will present", () => {
    const r = read([
      "Chair,",
      "",
      "The harbour survey will be presented by Dr Ilse Marrowby, an independent surveyor, next spring.",
      "",
      "Our guild repairs the quays of the northern coast.",
    ]);
    expect(r.speaker).toBeNull();
  });
});

describe("a newsletter reporting its own speaker", () => {
  it("\"ABC's deputy director, NAME, took the floor\"", () => {
    const r = read([
      "News from the Quillbrook Lantern Society",
      "",
      "Last spring, QLS's deputy director, Pello Strandwick, took the floor at the harbour council to speak for the lamp keepers.",
      "",
      "He set out the society's three requests.",
    ]);
    expect(r.speaker).toEqual({ name: "Pello Strandwick", role: "deputy director" });
  });
});

describe("a by-line paragraph after the statement's end", () => {
  it("is read with a list of members below it", () => {
    const r = read([
      "Statement of the Fernmoor Valley Network",
      "",
      "Chair,",
      "",
      "Our network of shepherds asks the valley councils to reopen the winter huts.",
      "",
      "Thank you.",
      "",
      "Read on behalf of our whole Network by Ysolde Karravane, Network Coordinator",
      "",
      "MEMBERS",
      "",
      "Upland Huts",
      "",
      "Stonefold Trust",
      "",
      "Riverbend Wardens",
      "",
      "Plover Paths",
      "",
      "Moorgate Shelter",
    ]);
    expect(r.speaker).toEqual({ name: "Ysolde Karravane", role: "Network Coordinator" });
  });
});

describe("dates of a covering letter, a scan and a paper", () => {
  it("a letter's subject line naming the dialogue's day wins over the letter's dateline", () => {
    const r = read([
      "Ravonne, le 2 mars 2025",
      "",
      "Objet : Dialogue constructif sur les sentiers du 14 mars 2025",
      "",
      "Madame, Monsieur,",
      "",
      "Notre collectif entretient les sentiers de haute vallée depuis vingt ans.",
    ]);
    expect(r.deliveredOn).toBe("2025-03-14");
  });
  it("a covering note's 'will deliver on Friday', counted from its own date", () => {
    const r = read([
      "From: Pell Orrin <pell@example.org>",
      "Sent: Monday, March 3, 2025 9:12 AM",
      "Subject: text of our statement",
      "",
      "Dear colleagues,",
      "",
      "Here is the statement that our director will deliver on Friday. We hope it reaches you in time for the interpreters.",
      "",
      "Chair,",
      "",
      "Our guild repairs the quays of the northern coast.",
    ]);
    expect(r.deliveredOn).toBe("2025-03-07");
  });
  it("a receipt stamp's date is not the delivery's", () => {
    const r = read([
      "GREMIO DE FAROLEROS DEL NORTE",
      "E N T R A D A",
      "21 MAR 2025",
      "",
      "DECLARACION ANTE LA REUNION DE FAROLEROS Ravona, 14 de marzo de 2025",
      "",
      "Señor Presidente:",
      "",
      "Nuestro gremio mantiene encendidos los faroles del puerto.",
    ]);
    expect(r.deliveredOn).toBe("2025-03-14");
  });
  it("a session's span is not a dateline: the paper's own date wins", () => {
    const r = read([
      "Distr.: General",
      "7 March 2025",
      "",
      "Eleventh session",
      "Ravonne, 10–14 March 2025",
      "",
      "Contribution by the Fernmoor Valley Network",
      "",
      "1. The network keeps the upland huts open in winter and asks the councils to fund them.",
    ]);
    expect(r.deliveredOn).toBe("2025-03-07");
  });
});

describe("the organization's name", () => {
  it("a letterhead in capitals without accents, or misread by OCR, takes the text's spelling", () => {
    const ocr = read([
      "CONSEJO VECINAL DE FAROLEROS lLUSTRES",
      "Calle del Muelle 12, Ravona",
      "",
      "Señor Presidente:",
      "",
      "El Consejo Vecinal de Faroleros Ilustres mantiene encendidos los faroles del puerto desde hace treinta años.",
    ]);
    expect(ocr.organization?.name).toBe("Consejo Vecinal de Faroleros Ilustres");
    const accents = read([
      "OBSERVATORIO ATLANTICO DE MAREAS",
      "Calle del Muelle 12, Ravona",
      "",
      "Señor Presidente:",
      "",
      "El Observatorio Atlántico de Mareas mide las mareas del puerto desde hace treinta años.",
    ]);
    expect(accents.organization?.name).toBe("Observatorio Atlántico de Mareas");
  });
  it("a member listed with its country in brackets is not the letterhead's name", () => {
    const r = read(["Statement of the Fernmoor Valley Network", "", "Chair,", "", "Our network of shepherds keeps the winter huts open."], [
      "MEMBERS",
      "Stonefold Centre Ravonne (Portugal)",
      "Upland Huts Association (Norway)",
      "Fernmoor Valley Network – FVN",
    ]);
    expect(r.organization?.name).toBe("Fernmoor Valley Network");
    expect(r.organization?.acronym).toBe("FVN");
  });
  it("a letterhead's non-profit description is no name", () => {
    const r = read(["Señor Presidente:", "", "Nuestro instituto forma a los guardianes de faros desde 2010."], [
      "IGF · Asociación civil sin fines de lucro",
      "Instituto de Guardianes de Faros",
      "Calle del Muelle 12, Ravona",
    ]);
    expect(r.organization?.name).toBe("Instituto de Guardianes de Faros");
  });
});

describe("the country from an address's domain", () => {
  it("a country-code domain, not one sold for other uses", () => {
    expect(domainCountry("contacto@faroleros.example.es")).toBe("ES");
    expect(domainCountry("www.lanterns.example.org.ar")).toBe("AR");
    expect(domainCountry("hello@lanterns.example.io")).toBeNull();
    expect(domainCountry("hello@lanterns.example.org")).toBeNull();
  });
});
