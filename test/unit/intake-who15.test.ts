import { describe, expect, it } from "vitest";
import { findDates } from "../../worker/intake/dates";
import { findSpeaker, formFields, formLine, isFormLine, reportedSpeaker } from "../../worker/intake/people";
import { understand, unmarked } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 14, second part (who and when). Every line here was written for these tests; none comes
// from an evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

const request = "We ask States parties to license every private guard company that carries arms and to publish the register every year.";

describe("forms and exports: round 14", () => {
  it("reads a form label with its required star, a gender ending, '(facultatif)' or Markdown bold", () => {
    expect(formLine("Nom de l'intervenant(e) * : Ottilie Marchetti-Vos")).toEqual({ label: "nom de l'intervenant", value: "Ottilie Marchetti-Vos" });
    expect(formLine("**Submitted by:** Lantern Quay Trust")).toEqual({ label: "submitted by", value: "Lantern Quay Trust" });
    expect(formLine("Cargo del orador(a) (obligatorio): tesorera")?.label).toBe("cargo del orador");
    expect(formLine("We ask States parties to do three things that nobody has yet asked them to do: first, …")).toBeNull();
    expect(formLine("Nombre del orador/a: Itziar Bengoechea Lund")?.label).toBe("nombre del orador");
    expect(formLine("Acronym (if any): LQT")?.label).toBe("acronym");
    expect(isFormLine("Orador(a) : Itziar Bengoechea Lund")).toBe(true);
    expect(isFormLine("Sigle : LQT")).toBe(true);
    expect(isFormLine("Pays du siège * : Islande")).toBe(true);
  });

  it("takes the organization, acronym, country, speaker and role of an online form in French, English and Spanish", () => {
    expect(formFields(["Nom de l'organisation * : Ligue des Gardiens du Fjord", "Sigle : LGF", "Pays du siège * : Norvège", "Fonction : trésorière"])).toMatchObject({ organization: "Ligue des Gardiens du Fjord", acronym: "LGF", country: "Norvège", role: "trésorière" });
    expect(formFields(["Organisation name (required): Harbour Bell Watch", "Acronym: HBW", "Headquarters country: Iceland", "Speaker's name: Bram Oyelaran-Quist"])).toMatchObject({ organization: "Harbour Bell Watch", acronym: "HBW", country: "Iceland", speaker: "Bram Oyelaran-Quist" });
    expect(formFields(["Nombre de la organización*: Red Ribereña de Vigías", "Siglas: RRV", "País de la sede*: Uruguay", "Nombre del orador(a)*: Itziar Bengoechea Lund"])).toMatchObject({ organization: "Red Ribereña de Vigías", acronym: "RRV", country: "Uruguay", speaker: "Itziar Bengoechea Lund" });
  });

  it("reads an exported submission form whose field block is longer than a heading's, and not its registration date", () => {
    const text = [
      "CONSTRUCTIVE DIALOGUE – STATEMENT SUBMISSION FORM",
      "Fields marked * are required.",
      "",
      "Name of organization * : Harbour Bell Watch",
      "Acronym : HBW",
      "Country of headquarters * : Iceland",
      "Address : Skipholt 99, 105 Reykjavik",
      "E-mail * : desk@hbw.example.is",
      "Name of speaker * : Bram Oyelaran-Quist",
      "Position : night patrol coordinator",
      "Dialogue * : Constructive dialogue on firearms",
      "Date of delivery * : 12/06/2025",
      "Topics (optional) : [ ] Trafficking in persons  [x] Firearms  [ ] Smuggling of migrants  [ ] Other",
      "Attachment : none",
      "",
      "Text of the statement * :",
      "",
      "Madam Chair, thank you for the floor.",
      "",
      request,
      "",
      "[Submit]   [Save draft]",
      "Statement saved on 02/06/2025 at 11:05 – reference 0042",
    ].join("\n");
    const read = understand(text, [], segments);
    expect(read.organization).toEqual({ name: "Harbour Bell Watch", acronym: "HBW", country: "IS" });
    expect(read.speaker).toEqual({ name: "Bram Oyelaran-Quist", role: "night patrol coordinator" });
    expect(read.deliveredOn).toBe("2025-06-12");
  });

  it("reads a Markdown export's '**Submitted by:** ORG (ABC), Town, Country' as the organization, not a person", () => {
    expect(unmarked("**Submitted by:** Lantern Quay Trust (LQT), Ostervik, Norway")).toBe("Submitted by: Lantern Quay Trust (LQT), Ostervik, Norway");
    expect(unmarked("# Written statement on ferries")).toBe("Written statement on ferries");
    expect(unmarked("*Contact:* [desk@lqt.example.org](mailto:desk@lqt.example.org)")).toBe("Contact: desk@lqt.example.org");
    expect(unmarked("Nom de l'organisation * : Ligue")).toBe("Nom de l'organisation * : Ligue");
    const text = [
      "# Written contribution to the Conference of the Parties",
      "",
      "**Submitted by:** Lantern Quay Trust (LQT), Ostervik, Norway",
      "**Date:** 9 September 2025",
      "",
      "---",
      "",
      "## Our recommendations",
      "",
      `1. ${request}`,
      "",
      "*Sent in writing only.*",
    ].join("\n");
    const read = understand(text, [], segments);
    expect(read.organization).toEqual({ name: "Lantern Quay Trust", acronym: "LQT", country: "NO" });
    expect(read.speaker).toBeNull();
    expect(read.deliveredOn).toBe("2025-09-09");
  });

  it("reads a person after 'Submitted by:' as the speaker, not as the organization", () => {
    const text = ["Written statement on ferries", "", "Submitted by: Dr Ysolde Farquharson-Obi, Legal Adviser, Lantern Quay Trust", "", "Madam Chair,", "", request].join("\n");
    const read = understand(text, [], segments);
    expect(read.speaker).toEqual({ name: "Ysolde Farquharson-Obi", role: "Legal Adviser" });
    expect(read.organization?.name).toBe("Lantern Quay Trust");
  });
});

describe("who speaks: round 14", () => {
  it("keeps the first of two speakers named in one by-line, in the first one's role", () => {
    const text = [
      "Statement of the Fjordside Youth Watch (FYW)",
      "Read by two speakers: Oskar Lindahl-Mwangi, youth delegate, and Marisol Quenby, research officer",
      "",
      "OSKAR LINDAHL-MWANGI:",
      "",
      "Madam Chair, we are two of the Watch's forty volunteers.",
      "",
      "MARISOL QUENBY:",
      "",
      request,
    ].join("\n");
    expect(understand(text, [], segments).speaker).toEqual({ name: "Oskar Lindahl-Mwangi", role: "youth delegate" });
  });

  it("keeps 'and' inside a role that names no second person", () => {
    const text = ["Statement by the Fjordside Youth Watch", "Delivered by Oskar Lindahl-Mwangi, Head of Research and Advocacy", "", "Madam Chair,", "", request].join("\n");
    expect(understand(text, [], segments).speaker).toEqual({ name: "Oskar Lindahl-Mwangi", role: "Head of Research and Advocacy" });
  });

  it("reads an interview's subject: 'We asked our director, NAME, what …'", () => {
    expect(reportedSpeaker(["The ferries now cross at night. We asked our director, Tevita Lindqvist, what this means for the islands."])).toEqual({ name: "Tevita Lindqvist", role: "director" });
    expect(reportedSpeaker(["Nous avons interrogé notre présidente, Maëlle Guerrero-Stam, sur les patrouilles de nuit."])).toEqual({ name: "Maëlle Guerrero-Stam", role: "présidente" });
    // Someone else's person, without a possessive, is not the statement's speaker.
    expect(reportedSpeaker(["We asked the harbour master, Tevita Lindqvist, what this means for the islands."])).toBeNull();
  });

  it("takes a quotation's speaker only when the quotation ties them to the statement's organization", () => {
    const quoted = "\"Nobody checks the boats at night,\" said Halvard Pemberton-Oduya, a judge of the Coastal Court.";
    expect(reportedSpeaker([quoted], { name: "Lantern Quay Trust", acronym: "LQT" })).toBeNull();
    expect(reportedSpeaker([quoted], null)).toBeNull();
    const own = "\"Nobody checks the boats at night,\" said Halvard Pemberton-Oduya, night coordinator of LQT.";
    expect(reportedSpeaker([own], { name: "Lantern Quay Trust", acronym: "LQT" })).toEqual({ name: "Halvard Pemberton-Oduya", role: "night coordinator" });
    const ours = "\"Nobody checks the boats at night,\" said Halvard Pemberton-Oduya, our night coordinator.";
    expect(reportedSpeaker([ours], null)).toEqual({ name: "Halvard Pemberton-Oduya", role: "night coordinator" });
  });

  it("does not take a quoted official for the speaker of a statement that names none", () => {
    const text = [
      "Written contribution of the Lantern Quay Trust (LQT)",
      "",
      "\"Nobody checks the boats at night,\" said Halvard Pemberton-Oduya, president of the Coastal Court, in March.",
      "",
      request,
    ].join("\n");
    expect(understand(text, [], segments).speaker).toBeNull();
  });
});

describe("which organization: round 14", () => {
  it("reads a title whose name has no kind-of-body word, after an article and before a footnote mark", () => {
    const text = ["FJORD SIGNAL LAB", "", "Statement of the Fjord Signal Lab (FSL)*", "", "Madam Chair,", "", request, "", "* Delivered by Ines Oyarzun-Holt, data lead."].join("\n");
    const read = understand(text, [], segments);
    expect(read.organization?.name).toBe("Fjord Signal Lab");
    expect(read.organization?.acronym).toBe("FSL");
  });
});

describe("when: round 14", () => {
  it("gives an undated statement the segment of the year its heading names", () => {
    const text = ["Intervención de la Red Ribereña de Vigías sobre armas de fuego (diálogo constructivo de 2023)", "", "Señora presidenta:", "", "Instamos a los Estados a publicar cada año el registro de las empresas de seguridad armadas."].join("\n");
    const read = understand(text, [], segments);
    expect(read.deliveredOn).toBeNull();
    expect(read.segment).toBe("2023-1-firearms");
  });

  it("does not take the date of an earlier dialogue the text recalls for the delivery", () => {
    const text = ["Tromsvik, 27 May 2022", "", "Statement on mutual legal assistance", "", "Thank you, Madam Chair.", "", "At the previous dialogue, held on 6 May 2022, we raised the same concern. " + request].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2022-05-27");
  });

  it("does not take the date of a dialogue on another topic than the heading's", () => {
    const text = ["Tromsvik, 27 May 2022", "", "Statement on international cooperation", "", "Thank you, Madam Chair.", "", "The dialogue on firearms held on 6 May 2022 showed how slow requests are. " + request].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2022-05-27");
  });

  it("still takes the day a report says this dialogue was held over the date it was signed", () => {
    const text = ["REPORT OF THE MISSION", "", "The constructive dialogue on firearms was held on 6 May 2022. Our treasurer spoke there about private guards.", "", "Tromsvik, 19 May 2022 – The board"].join("\n");
    expect(understand(text, [], segments).deliveredOn).toBe("2022-05-06");
  });
});

describe("dates and signatures: round 14", () => {
  it("reads the formal closings 'a los N días del mes de …' and 'le Nième jour du mois de …'", () => {
    expect(findDates("Montevideo, a los veintiún días del mes de marzo de dos mil veinticinco").map((d) => d.iso)).toEqual(["2025-03-21"]);
    expect(findDates("a los 31 días del mes de enero de 2026").map((d) => d.iso)).toEqual(["2026-01-31"]);
    expect(findDates("el primer día del mes de agosto del año 2024").map((d) => d.iso)).toEqual(["2024-08-01"]);
    expect(findDates("Fait à Nantes, le douzième jour du mois d'avril deux mille vingt-cinq").map((d) => d.iso)).toEqual(["2025-04-12"]);
    expect(findDates("le 3e jour du mois de mai 2025").map((d) => d.iso)).toEqual(["2025-05-03"]);
  });

  it("gives where a date's words end, so that a signature run on after it can be read", () => {
    const [d] = findDates("Salto, 9 June 2025 Dr Ines Oyarzun-Holt");
    expect("Salto, 9 June 2025 Dr Ines Oyarzun-Holt".slice(d!.end).trim()).toBe("Dr Ines Oyarzun-Holt");
  });

  it("reads a signature whose name a PDF ran onto the dateline, above the role", () => {
    const closing = ["comunidades ribereñas.", "Salto, a los nueve días del mes de junio de dos mil veinticinco Dra. Ines Oyarzun Holt", "Investigadora asociada"];
    expect(findSpeaker([], closing)?.speaker).toEqual({ name: "Ines Oyarzun Holt", role: "Investigadora asociada" });
  });
});

describe("letterheads: round 14", () => {
  it("joins a letterhead name set over two lines when the acronym on a line of its own fits the two and not the first", () => {
    const letterhead = ["ARVD", "Alianza Ribereña de Vigías", "Desplazados", "Calle Larga 12, Salto, Uruguay"];
    const text = ["Intervención de Ines Oyarzun Holt, vocera", "", "Señora presidenta:", "", "Instamos a los Estados a publicar cada año el registro de las empresas de seguridad armadas."].join("\n");
    const read = understand(text, letterhead, segments);
    expect(read.organization?.name).toBe("Alianza Ribereña de Vigías Desplazados");
    expect(read.organization?.acronym).toBe("ARVD");
  });
});

describe("which organization in prose and signatures: round 14", () => {
  it("reads the organization opening a paragraph by thanking or welcoming, in English, French and Spanish", () => {
    const en = ["Constructive dialogue on firearms – 12 June 2025", "", "The Saltmarsh Night Watch welcomes the opportunity to address this dialogue. " + request].join("\n");
    expect(understand(en, [], segments).organization?.name).toBe("Saltmarsh Night Watch");
    const fr = ["Dialogue constructif (armes à feu), 12 juin 2025", "", "Le Réseau des Gardiennes du Lac remercie la présidence pour cette occasion. Nous demandons aux États de marquer les armes."].join("\n");
    expect(understand(fr, [], segments).organization?.name).toBe("Réseau des Gardiennes du Lac");
    const es = ["Diálogo constructivo sobre armas de fuego – 12 de junio de 2025", "", "La Fundación Faro del Estuario agradece la oportunidad de intervenir. Instamos a los Estados a marcar las armas."].join("\n");
    expect(understand(es, [], segments).organization?.name).toBe("Fundación Faro del Estuario");
  });

  it("does not take the chair or a ministry that welcomes for the organization", () => {
    const chair = ["Constructive dialogue on firearms – 12 June 2025", "", "The Chair welcomes all participants. " + request].join("\n");
    expect(understand(chair, [], segments).organization).toBeNull();
    const ministry = ["Constructive dialogue on firearms – 12 June 2025", "", "The Ministry of the Interior welcomes this dialogue. " + request].join("\n");
    expect(understand(ministry, [], segments).organization).toBeNull();
  });

  it("takes the endorser marked as convenor in a joint statement's list", () => {
    const text = ["Joint statement on private guards", "Endorsed by: Saltmarsh Night Watch (convenor); Estuary Ferry Workers Union; Lakeside Mothers Network", "", "Chair,", "", request].join("\n");
    expect(understand(text, [], segments).organization?.name).toBe("Saltmarsh Night Watch");
  });

  it("reads a signature's 'For the ORG:' line above the name", () => {
    const text = ["Statement on private guards", "", "Chair,", "", request, "", "For the Saltmarsh Night Watch:", "Ines Oyarzun-Holt, Data Lead"].join("\n");
    const read = understand(text, [], segments);
    expect(read.organization?.name).toBe("Saltmarsh Night Watch");
    expect(read.speaker).toEqual({ name: "Ines Oyarzun-Holt", role: "Data Lead" });
  });
});
