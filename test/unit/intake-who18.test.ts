import { describe, expect, it } from "vitest";
import { findDates } from "../../worker/intake/dates";
import { acronymFits, findSpeaker } from "../../worker/intake/people";
import { findAddressCountry, findCityCountry, nameDemonymCountry } from "../../worker/intake/places";
import { forwardedStatement, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);

// Round 18 (who and when, blind sets 12 and 13 used for development): text, names and places written for these tests.

describe("by-lines", () => {
  it("a by-line with the place and day between \"delivered\" and \"by\"", () => {
    expect(findSpeaker(["Statement of the Quill Marsh Aid (QMA), delivered in Lanthorn on 3 March 2031 by Odrin Pellaway, ferry coordinator"], [])?.speaker).toEqual({ name: "Odrin Pellaway", role: "ferry coordinator" });
  });
  it("\"Submitted on <date> by\" and a field's \"Delivered: <date> by NAME (Role)\"", () => {
    expect(findSpeaker(["Submitted on 9 April 2031 by Tamsin Orrelby, Lantern Officer"], [])?.speaker).toEqual({ name: "Tamsin Orrelby", role: "Lantern Officer" });
    expect(findSpeaker(["Delivered: 2031-04-09 by Tamsin Orrelby (Lantern Officer)"], [])?.speaker).toEqual({ name: "Tamsin Orrelby", role: "Lantern Officer" });
  });
  it("\"Toma la palabra\", \"prend la parole\": the one who takes the floor", () => {
    expect(findSpeaker(["Toma la palabra la Lic. Orquídea Valmaseda, coordinadora de faroles del GFB."], [])?.speaker).toEqual({ name: "Orquídea Valmaseda", role: "coordinadora de faroles" });
    expect(findSpeaker(["Prend la parole M. Ambroise Telliac, animateur des veillées"], [])?.speaker).toEqual({ name: "Ambroise Telliac", role: "animateur des veillées" });
  });
  it("\"Delivered orally by NAME, role.\" opening a paragraph that goes on", () => {
    const r = read(["Quill Marsh Aid (QMA)", "Constructive dialogue on firearms, 3 June 2031", "", "Delivered orally by Odrin Pellaway, ferry coordinator. The points he made are set out below in the order of our own working table."]);
    expect(r.speaker).toEqual({ name: "Odrin Pellaway", role: "ferry coordinator" });
  });
});

describe("headings", () => {
  it("a data export's comment lines at the top are its heading", () => {
    const r = read([
      "# Lantern requests tracker - export",
      "# Statement: dialogue on lamps",
      "# Delivered: 2031-10-04 by Tamsin Orrelby (Lantern Officer)",
      "# Exported: 2031-10-09 10:00 by admin",
      "# Context: " + "we keep the lamps of the marsh lit every night, and we count the boats that pass them. ".repeat(3),
      "ref,status,text",
      "QMA-1,new,\"Ferry wardens should be paid for the night hours they keep the lamps.\"",
    ]);
    expect(r.speaker).toEqual({ name: "Tamsin Orrelby", role: "Lantern Officer" });
    expect(r.deliveredOn).toBe("2031-10-04");
  });
  it("a form's instructions under its title do not end the heading", () => {
    const r = read([
      "FORMULARIO DE APORTES",
      "",
      "Instrucciones: complete los campos. Las peticiones deben ser breves y concretas, y se envían por correo a la oficina indicada.",
      "",
      "Nombre de la organización: Centro de Faroles del Páramo",
      "Sigla: CFP",
      "Presentada por (nombre y cargo): Orquídea Valmaseda, directora",
      "Fecha: 14/03/2031",
      "",
      "Contexto: cuidamos los faroles del páramo desde hace muchos años y llevamos la cuenta de quienes cruzan de noche por los caminos altos.",
    ]);
    expect(r.organization?.name).toBe("Centro de Faroles del Páramo");
    expect(r.organization?.acronym).toBe("CFP");
    expect(r.speaker).toEqual({ name: "Orquídea Valmaseda", role: "directora" });
  });
});

describe("e-mails and joint statements", () => {
  it("the statement below an e-mail's labelled rule, not the e-mail's date", () => {
    const text = [
      "De: Equipo <equipo@faroles.example.org>",
      "Para: aliadas@faroles.example.org",
      "Fecha: lunes, 2 de junio de 2031, 9:00",
      "Asunto: texto final",
      "",
      "Queridas colegas: les enviamos el texto.",
      "",
      "---------- TEXTO FINAL ----------",
      "",
      "Declaración conjunta de faroleras del páramo",
      "Diálogo constructivo - Lanthorn, viernes 6 de junio de 2031",
      "",
      "Convocada por la Red de Faroles del Páramo (REFAP), La Habana, Cuba. La leerá Orquídea Valmaseda, coordinadora de faroles de REFAP.",
      "",
      "Señor Presidente: cuidamos los faroles del páramo y contamos a quienes cruzan de noche por el paso alto.",
    ].join("\n");
    expect(forwardedStatement(text).startsWith("Declaración conjunta")).toBe(true);
    const r = understand(text, [], segments);
    expect(r.organization).toEqual({ name: "Red de Faroles del Páramo", acronym: "REFAP", country: "CU" });
    expect(r.deliveredOn).toBe("2031-06-06");
  });
  it("a reply's \"-----Original Message-----\" rule is no statement's rule", () => {
    const text = [
      "From: Lamp Desk <desk@lamps.example.org>",
      "Sent: Monday, 2 June 2031 9:00",
      "To: Marsh Office <office@marsh.example.org>",
      "Subject: RE: your text",
      "",
      "Dear colleagues, below is the text our warden will read on Friday. " + "We keep the lamps of the marsh lit every night. ".repeat(3),
      "",
      "-----Original Message-----",
      "From: Marsh Office <office@marsh.example.org>",
      "",
      "> Please send us the text. " + "The lamps are lit at dusk and put out at dawn. ".repeat(5),
    ].join("\n");
    expect(forwardedStatement(text)).toBe(text);
  });
  it("\"el paso\" in a Spanish sentence is no city; \"El Paso\" is", () => {
    expect(findCityCountry("los barqueros nos cobran el paso del río cada martes")).toBeNull();
    expect(findCityCountry("Oficina de El Paso")).toBe("US");
  });
});

describe("places and dates", () => {
  it("a country's name broken over an address's two lines", () => {
    expect(findAddressCountry("QMA – Calle de los Faroles 3, Dubái, Emiratos Árabes\nUnidos")).toBe("AE");
  });
  it("a national body's name built on its country's adjective", () => {
    expect(nameDemonymCountry("Angolan Lamp Keepers' Centre")).toBe("AO");
    expect(nameDemonymCountry("Collectif érythréen pour les lanternes")).toBe("ER");
    expect(nameDemonymCountry("Quill Marsh Aid")).toBeNull();
  });
  it("a date with hyphens, day first", () => {
    expect(findDates("31-05-2031")[0]?.iso).toBe("2031-05-31");
    expect(findDates("05-31-2031")[0]?.iso).toBe("2031-05-31");
    expect(findDates("31-05/2031")).toEqual([]);
  });
  it("an acronym of syllables that leaves out a small word", () => {
    expect(acronymFits("Centro de Ayuda a Faroleros del Alto Páramo", "CAFAP")).toBe(true);
    expect(acronymFits("Centro de Ayuda a Faroleros del Alto Páramo", "CEFARO")).toBe(false);
  });
});
