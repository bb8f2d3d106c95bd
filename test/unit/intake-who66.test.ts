import { describe, expect, it } from "vitest";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 66 (who, mechanisms read from blind sets 76 and 77's misses): a letterhead's name for a body named after its members, a
// role's words inside it ("… Legal Aid Practitioners"); the country in brackets after the body's own name in a heading that lists
// every co-signer with its own; an e-mail's sender, no person, whose name opens the list of co-signers below. Invented text
// (lighthouses and ferries; invented bodies, people and towns).

const BODY: Record<string, string> = {
  en: "The night ferries of the strait carry more passengers each season than their papers show. The keepers of the lighthouses see them pass.",
  fr: "Les bacs de nuit du détroit transportent chaque saison plus de passagers que leurs papiers ne l'indiquent. Les gardiens des phares les voient passer.",
  es: "Las lanchas nocturnas del estrecho llevan cada temporada más pasajeros de los que dicen sus papeles. Los guardianes de los faros las ven pasar.",
};

const letterhead = (name: string, address: string) => [
  name,
  address,
  "Constructive dialogue on the smuggling of migrants",
  "Vienna, 3 June 2031",
  CHAIR.en!,
  BODY.en!,
  ASK.en!,
  THANKS.en!,
  "Idonea Carrick-Vell, Coordinator",
];

describe("round 66: a letterhead's name for a body named after its members", () => {
  it("reads 'TARNWICK VALLEY LEGAL AID PRACTITIONERS' over its address", () => {
    const r = read(letterhead("TARNWICK VALLEY LEGAL AID PRACTITIONERS", "Box 00000, Selmarro, Kenya · desk@example.org"));
    expect(r.organization?.name).toBe("Tarnwick Valley Legal Aid Practitioners");
    expect(r.organization?.country).toBe("KE");
  });

  it("reads 'KELDA BAY LEGAL ADVISERS' over its address", () => {
    const r = read(letterhead("KELDA BAY LEGAL ADVISERS", "PO Box 000, Ormsby Cross, Ghana · office@example.org"));
    expect(r.organization?.name).toBe("Kelda Bay Legal Advisers");
    expect(r.organization?.country).toBe("GH");
  });

  it("guard: a body named for its members with no role's word ('… Social Workers')", () => {
    const r = read(letterhead("MERROW DISTRICT SOCIAL WORKERS", "Box 00000, Selmarro, Kenya · desk@example.org"));
    expect(r.organization?.name).toBe("Merrow District Social Workers");
  });

  it("guard: a line of offices over the address is still no name ('CHAIR AND BOARD MEMBERS')", () => {
    const r = read(letterhead("CHAIR AND BOARD MEMBERS", "Box 00000, Selmarro, Kenya · desk@example.org"));
    expect(r.organization).toBeNull();
  });
});

describe("round 66: the country after the body's own name in a heading listing every co-signer with its own", () => {
  it("reads the first member's country in a French heading, not the last one's", () => {
    const r = read([
      "De : Ombeline Ravanaud <desk@example.org>\nEnvoyé : mardi 3 juin 2031 17:40\nÀ : dialogue@example.org\nObjet : Déclaration conjointe",
      "Madame, Monsieur,",
      "Voici, plus bas, la déclaration conjointe lue ce matin par notre collectif.",
      "Bien cordialement,\nOmbeline Ravanaud",
      "-----",
      "Déclaration conjointe du Collectif des passeurs de Kerbénec (Madagascar), de l'Union des gardiens de phare d'Ambolo (Madagascar) et du Réseau des bacs de Mohéli-Sud (Comores)",
      CHAIR.fr!,
      BODY.fr!,
      ASK.fr!,
      THANKS.fr!,
    ]);
    expect(r.organization?.name).toBe("Collectif des passeurs de Kerbénec");
    expect(r.organization?.country).toBe("MG");
  });

  it("reads it in an English heading", () => {
    const r = read([
      "Joint statement of the Harlowe Strait Ferry Forum (Ghana), the Brennock Keepers Guild (Togo) and the Selmar Boatmen's Union (Benin)",
      "Vienna, 3 June 2031",
      CHAIR.en!,
      BODY.en!,
      ASK.en!,
      THANKS.en!,
    ]);
    expect(r.organization?.name).toBe("Harlowe Strait Ferry Forum");
    expect(r.organization?.country).toBe("GH");
  });

  it("reads it in a Spanish heading", () => {
    const r = read([
      "Declaración conjunta de la Red de Fareros de Punta Tolmeca (Chile), de la Asociación de Lancheros del Quimpal (Perú) y del Colectivo Barqueros del Sur (Bolivia)",
      "Viena, 3 de junio de 2031",
      CHAIR.es!,
      BODY.es!,
      ASK.es!,
      THANKS.es!,
    ]);
    expect(r.organization?.name).toBe("Red de Fareros de Punta Tolmeca");
    expect(r.organization?.country).toBe("CL");
  });
});

describe("round 66: an e-mail's sender, no person, whose name opens the list of co-signers below", () => {
  const mail = (sender: string, list: string, lang: "en" | "fr" | "es") => [
    `${lang === "en" ? "From" : "De"} : ${sender} <desk@example.org>\n${lang === "en" ? "To" : lang === "fr" ? "À" : "Para"} : Secretariat <dialogue@example.org>\nDate : 28 April 2031`,
    lang === "en" ? "Dear colleagues," : lang === "fr" ? "Madame, Monsieur," : "Estimados colegas:",
    lang === "en" ? "Please find below the joint statement of three organizations for the dialogue." : lang === "fr" ? "Veuillez trouver ci-après la déclaration conjointe de nos trois organisations pour le dialogue." : "Encontrarán a continuación la declaración conjunta de tres organizaciones para el diálogo.",
    "--",
    lang === "en" ? "JOINT STATEMENT" : lang === "fr" ? "DÉCLARATION CONJOINTE" : "DECLARACIÓN CONJUNTA",
    list,
    CHAIR[lang]!,
    BODY[lang]!,
    ASK[lang]!,
    THANKS[lang]!,
  ];

  it("reads a French sender that opens the list, with its country", () => {
    const r = read(mail("Concertation Phares et Passages du Verlan", "Concertation Phares et Passages du Verlan (Burundi), Cercle des Bateliers d'Ambolo\n(Rwanda), Union des Passeurs de Mohéli (Tanzanie)", "fr"));
    expect(r.organization?.name).toBe("Concertation Phares et Passages du Verlan");
    expect(r.organization?.country).toBe("BI");
  });

  it("reads an English sender that opens the list", () => {
    const r = read(mail("Harlowe Strait Keepers and Pilots", "Harlowe Strait Keepers and Pilots (Ghana), Brennock Ferry Guild (Togo), Selmar Boatmen's Union (Benin)", "en"));
    expect(r.organization?.name).toBe("Harlowe Strait Keepers and Pilots");
    expect(r.organization?.country).toBe("GH");
  });

  it("reads a Spanish sender that opens the list", () => {
    const r = read(mail("Concertación Faros y Pasos del Quimpal", "Concertación Faros y Pasos del Quimpal (Perú), Asociación de Lancheros de Tolmeca (Chile), Colectivo Barqueros del Sur (Bolivia)", "es"));
    expect(r.organization?.name).toBe("Concertación Faros y Pasos del Quimpal");
    expect(r.organization?.country).toBe("PE");
  });

  it("guard: a person sending it is no organization", () => {
    const r = read(mail("Ombeline Ravanaud", "Concertation Phares et Passages du Verlan (Burundi), Cercle des Bateliers d'Ambolo (Rwanda)", "fr"));
    expect(r.organization?.name).not.toBe("Ombeline Ravanaud");
  });
});

describe("round 66: two signatures, one marked as the one who speaks", () => {
  const signed = (lang: "en" | "fr" | "es", first: string[], second: string[]) => [
    lang === "en" ? "Joint statement on the smuggling of migrants by sea" : lang === "fr" ? "Déclaration sur le trafic illicite de migrants par mer" : "Declaración sobre el tráfico ilícito de migrantes por mar",
    lang === "en" ? "Vienna, 3 June 2031" : lang === "fr" ? "Vienne, 3 juin 2031" : "Viena, 3 de junio de 2031",
    CHAIR[lang]!,
    BODY[lang]!,
    ASK[lang]!,
    THANKS[lang]!,
    first.join("\n"),
    second.join("\n"),
  ];

  it("reads the name over '(speaker)', with its role, not the first signature's", () => {
    const r = read(signed("en", ["Idonea Carrick-Vell", "Chairperson", "Brennock Lighthouse Keepers Alliance"], ["Tamsyn Orrowby", "(speaker)", "Policy Officer", "Brennock Lighthouse Keepers Alliance"]));
    expect(r.speaker).toEqual({ name: "Tamsyn Orrowby", role: "Policy Officer" });
  });

  it("reads « (intervenante) » on the name's line", () => {
    const r = read(signed("fr", ["Ombeline Ravanaud", "Présidente", "Collectif des Phares de Kerbénec"], ["Gwenaëlle Kerdanet (intervenante)", "Chargée de plaidoyer", "Collectif des Phares de Kerbénec"]));
    expect(r.speaker?.name).toBe("Gwenaëlle Kerdanet");
  });

  it("reads '(oradora)' under the name", () => {
    const r = read(signed("es", ["Rosalba Quintanar Oyeda", "Presidenta", "Red de Fareros de Punta Tolmeca"], ["Maribel Chacaltana Ruiz", "(oradora)", "Coordinadora", "Red de Fareros de Punta Tolmeca"]));
    expect(r.speaker?.name).toBe("Maribel Chacaltana Ruiz");
  });

  it("guard: with no mark, the first signature still speaks", () => {
    const r = read(signed("en", ["Idonea Carrick-Vell", "Chairperson", "Brennock Lighthouse Keepers Alliance"], ["Tamsyn Orrowby", "Policy Officer", "Brennock Lighthouse Keepers Alliance"]));
    expect(r.speaker?.name).toBe("Idonea Carrick-Vell");
  });
});

describe("round 66: a title of address before the name that the role names again", () => {
  const closing = (lines: string[]) => [
    "Statement to the constructive dialogue on the smuggling of migrants",
    "Vienna, 3 June 2031",
    CHAIR.en!,
    BODY.en!,
    ASK.en!,
    THANKS.en!,
    lines.join("\n"),
  ];

  it("drops 'Coach' over 'Head coach'", () => {
    const r = read(closing(["Yours sincerely,", "Coach Dorran Whitlacke-Pym", "Head coach, Selmar Rowing Club"]));
    expect(r.speaker?.name).toBe("Dorran Whitlacke-Pym");
  });

  it("drops 'Captain' over 'Team captain'", () => {
    const r = read(closing(["Captain Ysolde Marrack-Tenby", "Team captain, Harlowe Ferry Crews"]));
    expect(r.speaker?.name).toBe("Ysolde Marrack-Tenby");
  });

  it("guard: a given name that a body's name in the role holds stays ('Grace …, Director of Grace Harbour Shelter')", () => {
    const r = read(closing(["Grace Atieno Mwanzoni", "Director of Grace Harbour Shelter"]));
    expect(r.speaker?.name).toBe("Grace Atieno Mwanzoni");
  });
});
