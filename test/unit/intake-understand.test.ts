import { describe, expect, it } from "vitest";
import { findDates } from "../../worker/intake/dates";
import { readMarker } from "../../worker/intake/markers";
import { acronymFits, findSpeaker, organizationCase, personName } from "../../worker/intake/people";
import { findCountry } from "../../worker/intake/places";
import { findProposals } from "../../worker/intake/proposals";
import { likelySegment, topicScores } from "../../worker/intake/segments";
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

  it("keeps sub-items with their item and drops the trailing '; and'", () => {
    const text = "We propose:\n\n1. Strengthen inspection, in particular by:\n(a) entering private homes;\n(b) separating inspection from immigration control; and\n2. Ban recruitment fees charged to workers.";
    expect(findProposals(text)).toEqual(["Strengthen inspection, in particular by:\n(a) entering private homes;\n(b) separating inspection from immigration control", "Ban recruitment fees charged to workers."]);
  });

  it("reads ordinal paragraphs and unnumbered proposing sentences in three languages", () => {
    expect(findProposals("First, States should protect victims of trafficking.\n\nSecond, they should train the police.\n\nFinally, we thank you.")).toEqual([
      "States should protect victims of trafficking.",
      "They should train the police.",
    ]);
    expect(findProposals("Contexte.\n\nNous recommandons que les États financent des refuges. C'est urgent.\n\nMerci.")).toEqual(["Nous recommandons que les États financent des refuges. C'est urgent."]);
    expect(findProposals("Contexto.\n\nFinalmente, instamos a los Estados a ampliar las vías regulares.")).toEqual(["Finalmente, instamos a los Estados a ampliar las vías regulares."]);
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
    expect(findSpeaker(["Présenté par Mme Awa Koné, Directrice exécutive"], [])?.speaker).toEqual({ name: "Awa Koné", role: "Directrice exécutive" });
    expect(findSpeaker([], ["Thank you.", "Ravi Menon", "Founder and Director"])?.speaker).toEqual({ name: "Ravi Menon", role: "Founder and Director" });
  });

  it("keeps the organization, an article before a title and a degree out of the speaker", () => {
    expect(findSpeaker(["Remarks of Sita Gurung, Founder and Chairperson, Anti-Slavery Action Nepal"], [])?.speaker).toEqual({ name: "Sita Gurung", role: "Founder and Chairperson" });
    expect(findSpeaker(["Intervención de la Dra. Carolina Restrepo, Investigadora principal"], [])?.speaker).toEqual({ name: "Carolina Restrepo", role: "Investigadora principal" });
    expect(findSpeaker(["Expositora: Ana Lucía Martínez, Coordinadora Nacional"], [])?.speaker).toEqual({ name: "Ana Lucía Martínez", role: "Coordinadora Nacional" });
    expect(findSpeaker([], ["Thank you.", "Prof. Hannah Goldberg, PhD", "Director, Migration Law Clinic"])?.speaker).toEqual({ name: "Hannah Goldberg", role: "Director" });
    expect(findSpeaker(["Statement by Ada Obi, Director, Programmes"], [])?.speaker).toEqual({ name: "Ada Obi", role: "Director, Programmes" });
  });

  it("reads the country at the end of an address line", () => {
    expect(findCountry("Avenue de France 23, 1202 Geneva, Switzerland")).toBe("CH");
    expect(findCountry("PAKISTAN")).toBe("PK");
    expect(findCountry("Dakar, Sénégal")).toBe("SN");
    expect(findCountry("Chad Smith, Director")).toBeNull();
  });
});

describe("likely segment", () => {
  const segments = SEGMENTS.map((s) => ({ ...s, status: "closed" }));

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
