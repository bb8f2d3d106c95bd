import { describe, expect, it } from "vitest";
import { personName } from "../../worker/intake/people";
import { withCorporateForm } from "../../worker/intake/who-elsewhere";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 61 (who, mechanisms read from blind sets 68 and 69's misses): the statement's own heading under a covering note, a footer's
// or letterhead's name with no kind word that the text writes again, a press release's "About …" heading and its reported officer,
// a post's officer named before "he spoke", a national chamber's title, corporate forms, an annex table after the signature.
// Invented text (ferries and river crossings; invented bodies, people and towns).

describe("round 61: the statement's own heading under a covering note", () => {
  it("reads the body and the dialogue's day from the heading below the note, not the e-mail's date", () => {
    const r = read([
      "From: Tobias Wren-Halloway <tobias@example.org>\nDate: Mon, 6 May 2031 at 10:12\nSubject: Text for the dialogue\nTo: Desk <desk@example.org>",
      "Dear colleagues, our text is below. Tobias will read it himself. T.",
      "RIVER CROSSING BOATMEN ASSOCIATION (RCBA)\nStatement for the dialogue with civil society on migrant smuggling, 9 May 2031",
      CHAIR.en!,
      `We carry workers across the river every night. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.name).toBe("River Crossing Boatmen Association");
    expect(r.organization?.acronym).toBe("RCBA");
    expect(r.deliveredOn).toBe("2031-05-09");
  });
});

describe("round 61: a name with no kind word that the text writes again", () => {
  it("takes a footer's first piece, never the place after it", () => {
    const r = read([
      "Notre intervention à Vienne",
      "Le 3 juin 2031, notre président s'est exprimé devant le dialogue sur le trafic de migrants.",
      CHAIR.fr!,
      `Je préside Passeurs Vigilants, un groupe de bateliers du fleuve. ${ASK.fr!}`,
      THANKS.fr!,
      "Passeurs Vigilants · Quartier Haut-Rivage, Villeneuve · contact@passeurs.example.org",
    ]);
    expect(r.organization?.name).toBe("Passeurs Vigilants");
  });
  it("takes a letterhead's name in capitals over the tagline under it", () => {
    const r = read(
      [
        "Intervención del grupo Remeros Sin Fronteras",
        CHAIR.es!,
        `Somos Remeros Sin Fronteras, un grupo de lancheros del estrecho. ${ASK.es!}`,
        THANKS.es!,
      ],
      ["REMEROS SIN FRONTERAS", "Colectivo de lancheros del estrecho · Puerto Ejemplo · contacto@example.org"],
    );
    expect(r.organization?.name).toBe("Remeros Sin Fronteras");
  });
});

describe("round 61: a press release", () => {
  it("reads the body from its About heading, not the headline, and the officer the release reports", () => {
    const r = read([
      "COMUNICADO DE PRENSA",
      "La Red de Lancheros del Estrecho pide en Viena un registro de lanchas",
      "PUERTO EJEMPLO, 3 de junio de 2031.– La coordinadora general de la Red de Lancheros del Estrecho, Ondina Marcial Quevedo, intervino hoy en la sesión sobre el tráfico de migrantes reunida en Viena, ante delegaciones de muchos países.",
      `"${ASK.es!}", afirmó.`,
      "Marcial Quevedo recordó que la Red acompaña desde 2020 a los lancheros que cruzan el estrecho de noche, y que desde entonces cuenta demasiados naufragios.",
      "Acerca de la Red de Lancheros del Estrecho\nLa Red de Lancheros del Estrecho es una asociación civil fundada en 2020.",
    ]);
    expect(r.organization?.name).toBe("Red de Lancheros del Estrecho");
    expect(r.speaker?.name).toBe("Ondina Marcial Quevedo");
    expect(r.speaker?.role).toBe("coordinadora general");
  });
  it("reads the officer named by the body's possessive", () => {
    const r = read([
      "PRESS RELEASE",
      "Boatmen ask for a register of ferries",
      "PORT EXAMPLE, 3 June 2031 – The River Crossing Boatmen Association told the dialogue on the smuggling of migrants today that ferries should be registered.",
      "Speaking in the dialogue, the Association's treasurer, Tobias Wren-Halloway, said that the boats carry workers every night.",
      `"${ASK.en!}"`,
    ]);
    expect(r.speaker?.name).toBe("Tobias Wren-Halloway");
    expect(r.speaker?.role).toBe("treasurer");
  });
});

describe("round 61: a post naming its officer, then saying he spoke", () => {
  it("reads the officer between commas", () => {
    const r = read([
      "Our treasurer in Vienna",
      "Posted on 8 June 2031",
      "Members will know that our treasurer, Tobias Wren-Halloway, travelled to Vienna last week. On Friday 6 June he spoke in the dialogue on the smuggling of migrants. Here is his text.",
      CHAIR.en!,
      `We carry workers across the river every night. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.speaker?.name).toBe("Tobias Wren-Halloway");
    expect(r.speaker?.role).toBe("treasurer");
  });
});

describe("round 61: titles and forms", () => {
  it("keeps Venerable out of a name", () => {
    expect(personName("Venerable Sumedha Wattegama Thero")).toBe("Sumedha Wattegama Thero");
  });
  it("reads a national chamber named in the title after its article", () => {
    const r = read(["Declaración de la Cámara Ejemplar de Lancheros de Chile", CHAIR.es!, `Nuestra Cámara reúne a 40 lancheros. ${ASK.es!}`, THANKS.es!]);
    expect(r.organization?.name).toBe("Cámara Ejemplar de Lancheros de Chile");
  });
  it("keeps the corporate form a letterhead in capitals or a cooperative's writes", () => {
    expect(withCorporateForm({ name: "River Crossing Rowing Club" }, ["RIVER CROSSING ROWING CLUB INC."])?.name).toBe("River Crossing Rowing Club Inc.");
    expect(withCorporateForm({ name: "Cooperativa de Lancheros del Estrecho" }, ["Cooperativa de Lancheros del Estrecho Ltda."])?.name).toBe("Cooperativa de Lancheros del Estrecho Ltda.");
    expect(withCorporateForm({ name: "Colectivo Ribereño" }, ["Colectivo Ribereño, A.C."])?.name).toBe("Colectivo Ribereño");
  });
});

describe("round 61: an annex table after the signature", () => {
  it("reads the signature above the annex's cells", () => {
    const r = read([
      "Declaración de la Cooperativa de Lancheros del Estrecho",
      CHAIR.es!,
      `Somos una cooperativa de lancheros. ${ASK.es!}`,
      THANKS.es!,
      "Puerto Ejemplo, mayo de 2031\nOndina Marcial Quevedo\nPresidenta del Consejo de Administración",
      "Anexo: lanchas por muelle (2031)",
      "Muelle",
      "Lanchas",
      "Norte",
      "12",
      "Sur",
      "9",
      "Total",
      "21",
    ]);
    expect(r.speaker?.name).toBe("Ondina Marcial Quevedo");
  });
});
