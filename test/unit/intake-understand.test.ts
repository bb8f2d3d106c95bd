import { describe, expect, it } from "vitest";
import { findDates } from "../../worker/intake/dates";
import { readMarker } from "../../worker/intake/markers";
import { acronymFits, findSpeaker, organizationCase, personName } from "../../worker/intake/people";
import { findCityCountry, findCountry } from "../../worker/intake/places";
import { findProposals } from "../../worker/intake/proposals";
import { likelySegment, topicScores } from "../../worker/intake/segments";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

describe("dates in English, French and Spanish", () => {
  it.each([
    ["UNTOC Constructive Dialogue: Trafficking in Persons: 01 July 2022", "2022-07-01"],
    ["July 1, 2022", "2022-07-01"],
    ["Abidjan, le 1er juillet 2022", "2022-07-01"],
    ["Viena, 4 de octubre de 2023", "2023-10-04"],
    ["4 de octubre del 2023", "2023-10-04"],
    ["le 31 mai 2023", "2023-05-31"],
    ["Date: 04/10/2023", "2023-10-04"],
    ["2023-05-31", "2023-05-31"],
    ["Sept. 5, 2023", "2023-09-05"],
  ])("reads %s", (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it("ignores years alone and impossible dates", () => {
    expect(findDates("since 2000, and in May 2022")).toEqual([]);
    expect(findDates("31 February 2022")).toEqual([]);
  });
});

describe("list markers", () => {
  it.each([
    ["1. States should", "number", 1],
    ["2) Adopter", "number", 2],
    ["(b) giving inspectors", "letter", 2],
    ["iii. Fund prevention", "roman", 3],
    ["i. à harmoniser leurs législations", "roman", 1],
    ["Recommendation 4: Member States", "number", 4],
    ["• Member States should", "bullet", 0],
    ["Second, Member States", "ordinal", 2],
    ["Deuxièmement, les États", "ordinal", 2],
    ["En primer lugar, pedimos", "ordinal", 1],
  ])("reads %s", (line, kind, value) => {
    expect(readMarker(line)?.marker).toMatchObject({ kind, value });
  });

  it("does not take a year or a sentence for a marker", () => {
    expect(readMarker("2022. The year")).toBeNull();
    expect(readMarker("10:30 the meeting opens")).toBeNull();
    expect(readMarker("i. e. the one")).toBeNull();
  });
});

describe("proposals", () => {
  it("prefers the list introduced as proposals over another list", () => {
    const text = "Three factors matter:\n\n1. Poverty in source villages.\n2. Weak institutions everywhere.\n\nWe therefore recommend:\n\n1. States should adopt action plans against trafficking.\n2. States should fund shelters for victims of trafficking.";
    expect(findProposals(text)).toEqual(["States should adopt action plans against trafficking.", "States should fund shelters for victims of trafficking."]);
  });

  it("joins sub-items that finish their item's sentence to it, with single spaces, and drops the trailing '; and'", () => {
    const text = "We propose:\n\n1. Strengthen inspection, in particular by:\n(a) entering private homes;\n(b) separating inspection from immigration control; and\n2. Ban recruitment fees charged to workers.";
    expect(findProposals(text)).toEqual(["Strengthen inspection, in particular by: entering private homes; separating inspection from immigration control", "Ban recruitment fees charged to workers."]);
  });

  it("reads ordinal paragraphs and unnumbered proposing sentences in three languages", () => {
    expect(findProposals("First, States should protect victims of trafficking.\n\nSecond, they should train the police.\n\nFinally, we thank you.")).toEqual([
      "States should protect victims of trafficking.",
      "They should train the police.",
    ]);
    expect(findProposals("Contexte.\n\nNous recommandons que les États financent des refuges. C'est urgent.\n\nMerci.")).toEqual(["Nous recommandons que les États financent des refuges. C'est urgent."]);
    expect(findProposals("Contexto.\n\nFinalmente, instamos a los gobiernos a abrir más visados de trabajo.")).toEqual(["Finalmente, instamos a los gobiernos a abrir más visados de trabajo."]);
  });

  it("finds nothing in general remarks", () => {
    expect(findProposals("Distinguished delegates, we are grateful to take part.\n\nThank you.")).toEqual([]);
  });
});

describe("people, organizations and places", () => {
  it("recognizes names, roles and organizations", () => {
    expect(personName("Dr. Pieter de Vries")).toBe("Pieter de Vries");
    expect(personName("Constructive Dialogue")).toBeNull();
    expect(personName("Centre for Governance Research")).toBeNull();
    expect(organizationCase("CENTRE for GOVERNANCE RESEARCH")).toBe("Centre for Governance Research");
    expect(acronymFits("Centre for Governance Research", "CGR")).toBe(true);
    expect(acronymFits("Youth Against Crime Example", "YACE")).toBe(true);
    expect(acronymFits("Centre for Governance Research", "UN")).toBe(false);
  });

  it("finds the speaker in a header line or a signature", () => {
    expect(findSpeaker(["CGR-NIOC Pakistan Statement: Tariq Khosa: Director/CEO"], [])?.speaker).toEqual({ name: "Tariq Khosa", role: "Director/CEO" });
    expect(findSpeaker(["Présenté par Mme Mariam Sangaré, Directrice exécutive"], [])?.speaker).toEqual({ name: "Mariam Sangaré", role: "Directrice exécutive" });
    expect(findSpeaker([], ["Thank you.", "Ines Carvalho-Dube", "Founder and Director"])?.speaker).toEqual({ name: "Ines Carvalho-Dube", role: "Founder and Director" });
  });

  it("keeps the organization, an article before a title and a degree out of the speaker", () => {
    expect(findSpeaker(["Remarks of Pema Lhamo, Founder and Chairperson, Mountain Freedom Collective"], [])?.speaker).toEqual({ name: "Pema Lhamo", role: "Founder and Chairperson" });
    expect(findSpeaker(["Intervención de la Dra. Valeria Quintero, Investigadora principal"], [])?.speaker).toEqual({ name: "Valeria Quintero", role: "Investigadora principal" });
    expect(findSpeaker(["Expositora: María José Ibarra, Coordinadora Nacional"], [])?.speaker).toEqual({ name: "María José Ibarra", role: "Coordinadora Nacional" });
    expect(findSpeaker([], ["Thank you.", "Prof. Hannah Goldberg, PhD", "Director, Migration Law Clinic"])?.speaker).toEqual({ name: "Hannah Goldberg", role: "Director" });
    expect(findSpeaker(["Statement by Ada Obi, Director, Programmes"], [])?.speaker).toEqual({ name: "Ada Obi", role: "Director, Programmes" });
  });

  it("reads the country at the end of an address line", () => {
    expect(findCountry("Rue des Exemples 7, 1201 Genève, Switzerland")).toBe("CH");
    expect(findCountry("PAKISTAN")).toBe("PK");
    expect(findCountry("Dakar, Sénégal")).toBe("SN");
    expect(findCountry("Chad Smith, Director")).toBeNull();
  });
});

describe("round 5: by-lines, honorifics, legal forms, acronyms and cities", () => {
  it("reads a closing by-line, and not a sentence that merely says 'delivered by'", () => {
    expect(findSpeaker([], ["Thank you.", "Delivered by Dr. Kanya Wongsawat, Research Coordinator"])?.speaker).toEqual({ name: "Kanya Wongsawat", role: "Research Coordinator" });
    expect(findSpeaker([], ["Thank you.", "Delivered by Prof. Marta Lindqvist, Scientific Coordinator, on behalf of the Baltic Labour Observatory"])?.speaker).toEqual({
      name: "Marta Lindqvist",
      role: "Scientific Coordinator",
    });
    expect(findSpeaker([], ["Aid must be delivered by the agencies best placed to reach victims."])).toBeNull();
  });

  it("strips honorifics in three languages, but not a name that begins like one", () => {
    expect(personName("Me Nadège Pierre-Louis")).toBe("Nadège Pierre-Louis");
    expect(personName("Dra. Paula Serrano Vidal")).toBe("Paula Serrano Vidal");
    expect(personName("Sra. Ana Gómez")).toBe("Ana Gómez");
    expect(personName("Mme Mariam Sangaré")).toBe("Mariam Sangaré");
    expect(personName("Prof. Marta Lindqvist")).toBe("Marta Lindqvist");
    expect(personName("Mercy Otieno")).toBe("Mercy Otieno");
    expect(personName("Melanie Brandt")).toBe("Melanie Brandt");
  });

  it("drops the organization or its acronym after a role, keeping 'de' inside the role", () => {
    expect(findSpeaker(["Intervención de la Dra. Paula Serrano Vidal, Directora de Incidencia de REDALTE"], [])?.speaker).toEqual({ name: "Paula Serrano Vidal", role: "Directora de Incidencia" });
    expect(findSpeaker(["Statement by Ada Obi, Head of Research of the Migrant Rights Network"], [])?.speaker).toEqual({ name: "Ada Obi", role: "Head of Research" });
    expect(findSpeaker(["Présenté par M. Paul Diouf, Responsable de Plaidoyer"], [])?.speaker).toEqual({ name: "Paul Diouf", role: "Responsable de Plaidoyer" });
  });

  it("fits syllable acronyms and initials across elided articles, not any capitals", () => {
    expect(acronymFits("Red Andina de Lucha contra la Trata y la Explotación", "REDALTE")).toBe(true);
    expect(acronymFits("Réseau Côtier pour la Paix et l'Armement Responsable", "RECOPA")).toBe(true);
    expect(acronymFits("Réseau d'action contre les trafics en Afrique de l'Ouest", "RACTAO")).toBe(true);
    expect(acronymFits("Red Andina de Lucha contra la Trata y la Explotación", "UNODC")).toBe(false);
    expect(acronymFits("Centre for Governance Research", "CEGO")).toBe(false);
    expect(acronymFits("Centre for Governance Research", "CERE")).toBe(false);
  });

  it("recognizes a letterhead name with a legal form, and an acronym found only in the closing", () => {
    const body = "Madam Chair,\n\nWe work with victims in many communities across the region and we offer the following proposals to the Member States today.\n\n1. States should adopt laws.\n\nThank you.";
    const ac = understand(`Red Andina de Lucha contra la Trata y la Explotación, A.C.\nCalle Ejemplo 221, Oficina 4, Lima, Perú\n\n${body}\n\nPor la REDALTE,`, [], []);
    expect(ac.organization).toEqual({ name: "Red Andina de Lucha contra la Trata y la Explotación", acronym: "REDALTE", country: "PE" });
    const asbl = understand(`AMVE – Accueil des Migrantes Victimes d'Exploitation asbl Rue des Tanneurs 12, 1000 Bruxelles, Belgique\n\n${body}`, [], []);
    expect(asbl.organization).toEqual({ name: "Accueil des Migrantes Victimes d'Exploitation asbl", acronym: "AMVE", country: "BE" });
    const ev = understand(`Netzwerk gegen Menschenhandel e.V.\n\n${body}`, [], []);
    expect(ev.organization?.name).toBe("Netzwerk gegen Menschenhandel e.V.");
    // An abbreviation that is not the organization's is not taken for its acronym. An English corporate form after the
    // name is part of the registered name, as the labelled sets keep it (since round 36; a Spanish "A.C." is not kept).
    const other = understand(`Migrant Rights Network, Inc.\n\n${body}\n\nWith UNODC and IOM,`, [], []);
    expect(other.organization).toEqual({ name: "Migrant Rights Network, Inc.", acronym: null, country: null });
  });

  it("falls back on a city for the country, but never on Vienna, where statements are dated", () => {
    expect(findCityCountry("Av. Insurgentes Sur 1605, 03900 Ciudad de México")).toBe("MX");
    expect(findCityCountry("Tamkeen Centre – Amman")).toBe("JO");
    expect(findCityCountry("Bogotá D.C.")).toBe("CO");
    expect(findCityCountry("Vienna, 4 October 2023")).toBeNull();
    expect(findCityCountry("Santiago de Compostela")).toBeNull();
  });
});

describe("likely segment", () => {
  const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

  it("tells two segments of the same day apart by topic", () => {
    expect(likelySegment(segments, topicScores("Trafficking in Persons", ""), "2022-07-01", "")).toBe("2022-4-trafficking-in-persons");
    expect(likelySegment(segments, topicScores("Smuggling of Migrants", ""), "2022-07-01", "")).toBe("2022-3-smuggling-of-migrants");
  });

  it("prefers the open segment when no date is given, and says nothing when two fit equally", () => {
    const open = [...segments, { slug: "demo", series: "demo", number: 0, topics: ["trafficking-in-persons"], heldOn: "2030-01-01", status: "open" }];
    expect(likelySegment(open, topicScores("", "human trafficking"), null, "")).toBe("demo");
    expect(likelySegment(segments, topicScores("", "human trafficking"), null, "")).toBeNull();
  });
});
