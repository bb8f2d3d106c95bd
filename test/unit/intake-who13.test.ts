import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { findDates } from "../../worker/intake/dates";
import { extractDocx } from "../../worker/intake/extract-docx";
import { expandAcronym, findSpeaker, introSpeaker, letterheadSpeaker, reportedSpeaker } from "../../worker/intake/people";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 13 (who and when). Every line here was written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

describe("who speaks: round 13 by-lines", () => {
  it("reads a field list's 'Speaker for ABC: NAME, role' line, and never a note-taker or a press contact", () => {
    expect(letterheadSpeaker(["Speaker for QLT: Dr Halvard Menkes, field coordinator"])).toEqual({ name: "Halvard Menkes", role: "field coordinator" });
    expect(findSpeaker([], ["Press contact: Orla Pennywhistle, communications officer"])).toBeNull();
    expect(findSpeaker(["Note-taker: Orla Pennywhistle, programme assistant"], [])).toBeNull();
  });

  it("reads a bilingual by-line label once, and the role without its translation, place and date", () => {
    const line = "Presentado por / Presented by: Tomasz Oyelaran-Pike, coordinador nacional / national coordinator – Lindqvara, 3 de marzo de 2021";
    expect(findSpeaker([line], [])?.speaker).toEqual({ name: "Tomasz Oyelaran-Pike", role: "coordinador nacional" });
  });

  it("ends the role before the meeting it was presented at", () => {
    const line = "Présentée par Mme Odile Varenkamp, directrice générale, lors du dialogue constructif en ligne (2 juin 2024)";
    expect(findSpeaker([line], [])?.speaker).toEqual({ name: "Odile Varenkamp", role: "directrice générale" });
  });

  it("reads a name and role after a dateline's dash", () => {
    expect(findSpeaker(["Lindqvara, 9 de abril de 2024 – Ximena Boldúa Terranz, secretaria técnica"], [])?.speaker).toEqual({ name: "Ximena Boldúa Terranz", role: "secretaria técnica" });
  });

  it("keeps a long introduction's role up to the organization it names", () => {
    const p = "Je m'appelle Anselme Corbière-Vasque, je suis chargé de mission à l'Atelier des Quartiers Unis de Lindqvara, où nous accueillons des familles.";
    expect(introSpeaker([p])).toEqual({ name: "Anselme Corbière-Vasque", role: "chargé de mission" });
  });
});

describe("who speaks: round 13 reported speech", () => {
  it("reads a minutes' or report's 'NAME, role, took the floor'", () => {
    expect(reportedSpeaker(["Mme Ysolde Brannic-Arvo, trésorière, a pris la parole au nom du réseau. Elle a rappelé les chiffres de l'année."])).toEqual({ name: "Ysolde Brannic-Arvo", role: "trésorière" });
  });

  it("reads a press release's 'Son trésorier, M. NAME, y a présenté …' and 'role NAME told delegates'", () => {
    expect(reportedSpeaker(["Son trésorier, M. Osric Vandermeer, y a présenté les résultats de deux années de travail."])).toEqual({ name: "Osric Vandermeer", role: "trésorier" });
    expect(reportedSpeaker(["At the Kettle Valley Forum's request, treasurer Osric Vandermeer told delegates that ferries need inspectors."])).toEqual({ name: "Osric Vandermeer", role: "treasurer" });
  });

  it("reads the speaker of a quotation: '\"…,\" said NAME, role of the organization'", () => {
    const p = "\"Inspectors must be able to board at night,\" said Perpetua Okonkwo-Lind, deputy director of the Harbour Lantern Trust.";
    expect(reportedSpeaker([p])).toEqual({ name: "Perpetua Okonkwo-Lind", role: "deputy director" });
  });

  it("does not take a sentence that names no speaker", () => {
    expect(reportedSpeaker(["The ferries need inspectors, and the ports need translators who can board at night."])).toBeNull();
  });
});

describe("which organization: round 13", () => {
  it("takes a joint statement's convenor from a 'Coordination:' footer, never a signatory bullet", () => {
    const text = [
      "Joint statement on placement charges",
      "",
      "Thank you, Madam Chair, for the floor.",
      "",
      "Our members meet workers who paid a year's wages for a job that did not exist. We call on States to ban the charges that agencies take from job seekers.",
      "",
      "Signatories",
      "",
      "• Lantern Bay Workers Centre (Norvania)",
      "• Fennick Road Legal Clinic (Norvania)",
    ].join("\n");
    const read = understand(text, ["Coordination: Quillmere Labour Rights Network (QLRN), 4 Orchard Row, Fennick · page 1 of 1"], segments);
    expect(read.organization?.name).toBe("Quillmere Labour Rights Network");
    expect(read.organization?.acronym).toBe("QLRN");
  });

  it("never takes a signatory bullet at the end for the organization", () => {
    const text = ["Joint statement on placement charges", "", "Thank you, Madam Chair, for the floor.", "", "We call on States to ban the charges that agencies take from job seekers, and to inspect agencies every year.", "", "Signatories", "", "• Lantern Bay Workers Centre (Norvania)", "• Fennick Road Legal Clinic (Norvania)"].join("\n");
    expect(understand(text, [], segments).organization?.name.startsWith("•") ?? false).toBe(false);
  });

  it("writes out an acronym without the article that opens the sentence, unless the acronym needs it", () => {
    expect(expandAcronym("CRQ", "Le Collectif des Riverains du Quai (CRQ) a présenté son bilan.")).toBe("Collectif des Riverains du Quai");
    expect(expandAcronym("LRF", "La Rive Foundation (LRF) works with families.")).toBe("La Rive Foundation");
  });

  it("leaves the organization's name out of the speaker's role, also when a word of it was cut", () => {
    const text = [
      "Mothers of Quiet Lanes",
      "22 Brook Street, Lindqvara",
      "",
      "Remarks at the constructive dialogue on firearms",
      "",
      "Good morning. My name is Henrietta Soames-Barrow and I am the founder of Mothers of Quiet Lanes, a group of families who lost children to gun violence.",
      "",
      "We ask States to trace every weapon used in a killing of a child, and to tell the family what was found.",
    ].join("\n");
    expect(understand(text, [], segments).speaker).toEqual({ name: "Henrietta Soames-Barrow", role: "founder" });
  });
});

describe("when: round 13, the day of delivery over other dates", () => {
  const body = "We ask States to license every private security company that carries arms, and to publish the list each year.";

  it("takes the day a press release says the dialogue was held, not the release's dateline", () => {
    const text = [
      "PRESS RELEASE",
      "Lindqvara, 14 June 2024",
      "",
      "WATCHMEN'S UNION SPEAKS AT UN DIALOGUE",
      "",
      "The Nightwatch Workers Guild addressed delegations at the constructive dialogue on firearms held in Vienna on 10 June 2024.",
      "",
      body,
    ].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2024-06-10");
  });

  it("takes the day a letter says it will be read, not the day it was written", () => {
    const text = [
      "Lindqvara, le 3 juin 2024",
      "",
      "Objet : prise de parole prévue le 10 juin 2024",
      "",
      "Madame la Présidente,",
      "",
      "Il faut que chaque État publie tous les ans la liste des sociétés de gardiennage armées.",
    ].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2024-06-10");
  });

  it("reads a letter's addressee block as heading, so the subject line's meeting date is read", () => {
    const text = [
      "Lindqvara, 3 de junio de 2024",
      "",
      "Señora Presidenta de la sesión",
      "Oficina de enlace",
      "Ciudad",
      "",
      "Asunto: texto que leeremos en el diálogo del 10 de junio de 2024",
      "",
      "Estimada presidenta de la sesión:",
      "",
      "Pedimos que cada año se publique la lista de empresas de seguridad armadas.",
    ].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2024-06-10");
  });

  it("takes the dialogue's date over an opinion's adoption date in the same heading line", () => {
    const text = ["AVIS DU CONSEIL DES GARDIENS DE NUIT", "adopté le 3 juin 2024, à lire lors du dialogue constructif du 10 juin 2024", "", "Le Conseil,", "", "Recommande que les États publient la liste des sociétés de gardiennage armées."].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2024-06-10");
  });

  it("takes the date a report says the dialogue was held over the date it was signed", () => {
    const text = ["COMPTE RENDU", "", "Le dialogue constructif a eu lieu le lundi 10 juin 2024. Notre trésorière y a parlé des sociétés de gardiennage.", "", "Lindqvara, le 19 juin 2024 – Le bureau"].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2024-06-10");
  });

  it("reads a thread's 'Hoy, lunes 10 de junio de 2024, …' opening", () => {
    const text = ["Hilo de @guardianesnoct", "", "Hoy, lunes 10 de junio de 2024, nuestra portavoz Rosalba Quintanar Ebro intervino en el diálogo sobre armas de fuego. (1/3)", "", "Pedimos registros públicos de armas. (2/3)"].join("\n");
    const read = understand(text, [], segments);
    expect(read.deliveredOn).toBe("2024-06-10");
    expect(read.speaker).toEqual({ name: "Rosalba Quintanar Ebro", role: "portavoz" });
  });

  it("keeps a heading's dateline when the text names a dialogue held long before", () => {
    const text = ["Lindqvara, 10 June 2024", "", "Statement on private security", "", "Thank you, Madam Chair, for the floor.", "", "At the dialogue held on 2 May 2022 we raised the same concern. " + body].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2024-06-10");
  });
});

describe("round 13: layouts that hide the heading", () => {
  it("reads a by-line that opens the first paragraph", () => {
    const text = [
      "Joint statement on night patrols",
      "",
      "Delivered by Ms Wilhelmina Astorga-Penn, press officer, on behalf of our eleven member unions",
      "In three provinces our groups meet guards who carry arms without a licence.",
    ].join("\n");
    expect(understand(text, [], segments).speaker).toEqual({ name: "Wilhelmina Astorga-Penn", role: "press officer" });
  });

  it("reads a slide deck's title slide as its heading", () => {
    const text = [
      "[Export of slides: deck_final.pptx]",
      "",
      "=== Slide 1 ===",
      "GUARDS WITHOUT LICENCES",
      "Nightwatch Workers Guild (NWG)",
      "Bartholomew Quayle, outreach worker",
      "Constructive dialogue on firearms",
      "Lindqvara, 10 June 2024",
      "",
      "=== Slide 2 ===",
      "What we ask",
      "- License every private security company that carries arms",
      "- Publish the list of licences each year",
      "",
      "=== Slide 3 ===",
      "Thank you",
    ].join("\n");
    const read = understand(text, [], segments);
    expect(read.organization).toMatchObject({ name: "Nightwatch Workers Guild", acronym: "NWG" });
    expect(read.speaker).toEqual({ name: "Bartholomew Quayle", role: "outreach worker" });
    expect(read.deliveredOn).toBe("2024-06-10");
    expect(read.title).toBe("GUARDS WITHOUT LICENCES");
  });
});

describe("round 13: a DOCX header cell with a line break", () => {
  it("sets aside each line of a header paragraph broken with <w:br/> as a line of its own", () => {
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const cell = (runs: string) => `<w:tc><w:p><w:r>${runs}</w:r></w:p></w:tc>`;
    const header = `<w:hdr ${ns}><w:tbl><w:tr>${cell("<w:t>NWG</w:t>")}${cell("<w:t>Nightwatch Workers Guild</w:t><w:br/><w:t>Calle de los Faroles 12, Lindqvara</w:t>")}</w:tr></w:tbl></w:hdr>`;
    const bytes = zipSync({
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body><w:p><w:r><w:t>Thank you, Chair.</w:t></w:r></w:p></w:body></w:document>`),
      "word/header1.xml": strToU8(header),
    });
    const doc = extractDocx(bytes);
    expect(doc.dropped).toEqual(["NWG", "Nightwatch Workers Guild", "Calle de los Faroles 12, Lindqvara"]);
  });
});

describe("round 13: blind set 5's leftovers, in general forms", () => {
  it("reads a long 'Read on <date> by NAME, Role, on behalf of …' line as part of the heading", () => {
    const text = [
      "Joint statement on night patrols",
      "",
      "Read on 11 June 2024 by Bartholomew Quayle, Policy Officer, on behalf of 14 unions convened by the Nightwatch Workers Guild (NWG)",
      "",
      "Honourable President,",
      "",
      "We ask States to license every private security company that carries arms.",
    ].join("\n");
    const read = understand(text, [], segments);
    expect(read.speaker).toEqual({ name: "Bartholomew Quayle", role: "Policy Officer" });
    expect(read.deliveredOn).toBe("2024-06-11");
  });

  it("reads a press release's 'role NAME, 31, described …' and its 'About ABC' section", () => {
    const text = [
      "PRESS RELEASE",
      "Lindqvara, 14 June 2024",
      "",
      "Guards speak at UN dialogue",
      "",
      "For the Guild, our shift leader Bartholomew Quayle, 31, described a night on patrol without a licence.",
      "",
      "About NWG",
      "The Nightwatch Workers Guild is a union of 900 guards. Calle de los Faroles 12, Lindqvara.",
    ].join("\n");
    const read = understand(text, [], segments);
    expect(read.speaker).toEqual({ name: "Bartholomew Quayle", role: "shift leader" });
    expect(read.organization?.name).toBe("Nightwatch Workers Guild");
  });

  it("reads a title's organization whole when its acronym fits it, across 'sur la'", () => {
    const text = ["Déclaration de l'Institut de recherche sur la vie des quartiers (IRVQ)", "", "Monsieur le Président, chers délégués,", "", "Il faut que chaque État publie tous les ans la liste des sociétés de gardiennage armées."].join("\n");
    expect(understand(text, [], segments).organization).toMatchObject({ name: "Institut de recherche sur la vie des quartiers", acronym: "IRVQ" });
  });

  it("reads the speaker from a footnote's by-line when nothing else names one", () => {
    const text = ["Déclaration sur les sociétés de gardiennage", "", "Monsieur le Président, chers délégués,", "", "Il faut que chaque État publie tous les ans la liste des sociétés de gardiennage armées."].join("\n");
    expect(understand(text, [], segments, ["Présentée en ligne par Mme Ysolde Brannic-Arvo, chargée d'études."]).speaker).toEqual({ name: "Ysolde Brannic-Arvo", role: "chargée d'études" });
    expect(understand(`${text}\n\n1 Présentée en ligne par Mme Ysolde Brannic-Arvo, chargée d'études.`, [], segments).speaker).toEqual({ name: "Ysolde Brannic-Arvo", role: "chargée d'études" });
  });
});

describe("round 13: dates written in words", () => {
  it("reads French and Spanish dates whose day and year are written out", () => {
    expect(findDates("Date : le vingt-neuf avril deux mille vingt-cinq").map((d) => d.iso)).toEqual(["2025-04-29"]);
    expect(findDates("el treinta y uno de enero de dos mil veintiséis").map((d) => d.iso)).toEqual(["2026-01-31"]);
    expect(findDates("le premier octobre deux mille vingt et un").map((d) => d.iso)).toEqual(["2021-10-01"]);
  });

  it("reads the formal English 'the Nth day of MONTH in the year …'", () => {
    expect(findDates("Signed on the fourteenth day of August in the year two thousand and twenty-five").map((d) => d.iso)).toEqual(["2025-08-14"]);
    expect(findDates("Done this 9th day of February, 2026").map((d) => d.iso)).toEqual(["2026-02-09"]);
    expect(findDates("on the second day of the hearing")).toEqual([]);
  });

  it("does not take a number in words without a month and a year", () => {
    expect(findDates("nous avons reçu vingt-deux demandes en deux mille")).toEqual([]);
  });
});
