import { describe, expect, it } from "vitest";
import { findSpeaker, formFields } from "../../worker/intake/people";
import { findAddressCountry } from "../../worker/intake/places";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);
const speaker = (line: string) => findSpeaker([line], [])?.speaker ?? null;
const curly = (s: string) => s.replace(/'/g, "’");

// Round 22 (who and when, blind set 17 used for development): text, names and places written for these tests.

const body = "Every autumn our ferrymen row the sheep across the lake before the ice, and the warden at the jetty counts the boats but never the sheep.";
const corps = "Chaque hiver nos potiers descendent les jarres au marché par la vieille route, et personne au péage ne sait combien sont passées.";
const cuerpo = "Cada invierno nuestros arrieros bajan las cabras al valle por el camino viejo, y nadie en la aduana sabe cuántas cruzaron.";

describe("by-lines", () => {
  it("\"Spoken by NAME, role\", \"Statement spoken by NAME (role, ACR)\": the speaker's verb is \"spoken\"", () => {
    expect(speaker("Spoken by Tavita Ruelmoss, ferry pilot and peer counsellor")).toEqual({ name: "Tavita Ruelmoss", role: "ferry pilot and peer counsellor" });
    expect(speaker("Statement spoken by Tavita Ruelmoss (volunteer counter, LFWA)")).toEqual({ name: "Tavita Ruelmoss", role: "volunteer counter" });
  });
  it("\"spoken\" with no \"by\" and a name after it names nobody", () => {
    expect(speaker("Spoken words are cheap, the sheep still drown")).toBeNull();
  });
  it("\"Read for ACR by its field officer, NAME\": the role first, named by whose it is, then the name", () => {
    expect(speaker("Read for LFWA by its field officer, Ksenia Obradlo")).toEqual({ name: "Ksenia Obradlo", role: "field officer" });
    expect(speaker("Delivered for the Guild by our treasurer, Ksenia Obradlo")).toEqual({ name: "Ksenia Obradlo", role: "treasurer" });
  });
  it("a possessive before words that are no role, or no name after the comma, names nobody", () => {
    expect(speaker("Read for the record by its authors, in full")).toBeNull();
  });
  it("a by-line set between dashes is read without them; \"Fr.\" is a title, \"chaplain\" and \"trustee\" are roles", () => {
    expect(speaker("— spoken by Fr. Aurel Vantooren, jetty chaplain and LFWA trustee —")).toEqual({ name: "Aurel Vantooren", role: "jetty chaplain and LFWA trustee" });
    const r = read(["Sheep on the ice", "", "— spoken by Fr. Aurel Vantooren, jetty chaplain —", "", "Chair,", "", body]);
    expect(r.speaker).toEqual({ name: "Aurel Vantooren", role: "jetty chaplain" });
  });
  it("\"Prise de parole de Mme NAME, role\": the French \"taking the floor\" as a title", () => {
    expect(speaker("Prise de parole de Mme Odile Vermandrac, chargée de mission")).toEqual({ name: "Odile Vermandrac", role: "chargée de mission" });
    expect(speaker("Prise de parole de la délégation")).toBeNull();
  });
  it("\"la licenciada\", \"la doctora\", \"Fray\" before a name are titles, not part of it", () => {
    expect(speaker("Intervención a cargo de la licenciada Nilda Quispaya Roca, trabajadora social")).toEqual({ name: "Nilda Quispaya Roca", role: "trabajadora social" });
    expect(speaker("Declaración presentada por la doctora Nilda Quispaya Roca, directora del área penal")).toEqual({ name: "Nilda Quispaya Roca", role: "directora del área penal" });
    expect(speaker("Palabras de Fray Anselmo Quintanal Tello, director del Comedor")).toEqual({ name: "Anselmo Quintanal Tello", role: "director del Comedor" });
  });
  it("a line in square brackets (a video script's on-screen caption) is read without them", () => {
    for (const line of ["[SOUS-TITRE : Odile Vermandrac - trésorière, présidente de l'APDL]", curly("[SOUS-TITRE : Odile Vermandrac - trésorière, présidente de l'APDL]")]) {
      expect(speaker(line)).toEqual({ name: "Odile Vermandrac", role: "trésorière, présidente" });
    }
  });
});

describe("roles: what stays after the role", () => {
  it("a founder and a psychologist keep the one-word kind of body (\"fundadora de la Red\", \"psicóloga de la Red\")", () => {
    expect(speaker("Lee esta declaración: Nilda Quispaya Roca, hermana de Ramiro y fundadora de la Red")?.role).toBe("hermana de Ramiro y fundadora de la Red");
    expect(speaker("Intervención a cargo de la licenciada Nilda Quispaya Roca, psicóloga de la Red")?.role).toBe("psicóloga de la Red");
  });
  it("any other role still loses it", () => {
    expect(speaker("Intervención a cargo de la licenciada Nilda Quispaya Roca, tesorera de la Red")?.role).toBe("tesorera");
    expect(speaker("Delivered by Ksenia Obradlo, treasurer of the Network")?.role).toBe("treasurer");
  });
  it("the organization's whole name after a comma ends the role", () => {
    const r = read(["Sheep on the ice", "", "Statement spoken by Tavita Ruelmoss, outreach lead, Lake Ferrymen Welfare Aid", "", "Chair,", "", body], ["LAKE FERRYMEN WELFARE AID", "Lake Ferrymen Welfare Aid (LFWA)", "0 Jetty Road, Brannock"]);
    expect(r.organization?.name).toBe("Lake Ferrymen Welfare Aid");
    expect(r.speaker).toEqual({ name: "Tavita Ruelmoss", role: "outreach lead" });
  });
});

describe("heading", () => {
  it("a content note above the heading: the heading is read below it and the note opens the text", () => {
    const r = read(["Content note: what follows speaks of harm done to children; no child is named.", "", "Our remarks for the dialogue on trafficking in persons, Vienna, 3 June 2022", "", "Sheep on the ice", "", "Spoken by Tavita Ruelmoss, peer counsellor", "", "Chair,", "", body]);
    expect(r.deliveredOn).toBe("2022-06-03");
    expect(r.segment).toBe("2022-4-trafficking-in-persons");
    expect(r.speaker).toEqual({ name: "Tavita Ruelmoss", role: "peer counsellor" });
    expect(r.text).toContain("Content note: what follows speaks of harm");
  });
  it("a content note with no heading under it is left where it is", () => {
    const r = read(["Content note: what follows speaks of harm done to children.", "", body]);
    expect(r.deliveredOn).toBeNull();
    expect(r.segment).toBeNull();
  });
});

describe("dates", () => {
  const heading = ["Parties to the Convention, ninth meeting", "", "Vienna · 10 to 14 October 2022", "", "Sheep on the ice", ""];
  it("a heading dated only by the session's span: the day opening the by-line paragraph is the delivery's", () => {
    const r = read([...heading, "Tuesday 11 October 2022. Statement delivered on behalf of LFWA by Tavita Ruelmoss, ferry coordinator.", "", "Mr President,", "", body]);
    expect(r.deliveredOn).toBe("2022-10-11");
    expect(r.speaker).toEqual({ name: "Tavita Ruelmoss", role: "ferry coordinator" });
  });
  it("a paragraph opening with a day that delivers nothing does not date the statement", () => {
    const r = read([...heading, "Tuesday 11 October 2022, the ice came early and the boats stayed home.", "", "Mr President,", "", body]);
    expect(r.deliveredOn).not.toBe("2022-10-11");
  });
});

describe("organizations and countries", () => {
  it("a capitals name over two lines joins when an acronym opening a footer line fits both lines and neither alone", () => {
    const r = read(["Sheep on the ice", "", "Spoken by Tavita Ruelmoss, peer counsellor", "", "Chair,", "", body], ["NORTH RIDGE", "FERRYMEN LEAGUE", "PO Box 000, Brannock", "NRFL · registered charity no. 0000 · 1 of 1"]);
    expect(r.organization).toMatchObject({ name: "North Ridge Ferrymen League", acronym: "NRFL" });
    const alone = read(["Sheep on the ice", "", "Chair,", "", body], ["NORTH RIDGE", "FERRYMEN LEAGUE", "PO Box 000, Brannock", "FL · registered charity no. 0000 · 1 of 1"]);
    expect(alone.organization?.name).not.toBe("North Ridge Ferrymen League");
  });
  it("a letterhead name in capitals is the organization's when another letterhead or footer line writes it with its fitting acronym", () => {
    const r = read(["Sheep on the ice", "", "Chair,", "", body], ["LAKE FERRYMEN WELFARE AID", "Brannock · Dunmere", "Lake Ferrymen Welfare Aid (LFWA), a company limited by guarantee, 0 Jetty Road, Brannock"]);
    expect(r.organization).toMatchObject({ name: "Lake Ferrymen Welfare Aid", acronym: "LFWA" });
    const other = read(["Sheep on the ice", "", "Chair,", "", body], ["LAKE FERRYMEN WELFARE AID", "Brannock · Dunmere", "Printed by Dunmere Press (DP), 0 Jetty Road, Brannock"]);
    expect(other.organization?.acronym ?? null).not.toBe("LFWA");
  });
  it("\"NAME - TOWN (ACR)\": a town the tables do not know is part of the name when the acronym fits only with it", () => {
    const r = read(["Las cabras del valle", "", "Señora presidenta:", "", cuerpo], ["REFUGIO GOLONDRINAS DEL LLANO - VILLA ARNEDO (RGLVA)", "Calle Ejemplo 0, Villa Arnedo", "rglva@example.org"]);
    expect(r.organization).toMatchObject({ name: "Refugio Golondrinas del Llano - Villa Arnedo", acronym: "RGLVA" });
    const short = read(["Las cabras del valle", "", "Señora presidenta:", "", cuerpo], ["REFUGIO GOLONDRINAS DEL LLANO - VILLA ARNEDO (RGL)", "Calle Ejemplo 0, Villa Arnedo", "rgl@example.org"]);
    expect(short.organization?.name).not.toBe("Refugio Golondrinas del Llano - Villa Arnedo");
  });
  it("a fax cover sheet's \"De :\" field naming a body with its fitting acronym gives the organization", () => {
    const r = read(["TÉLÉCOPIE", "De : Association des Potiers du Lac (APL)", "Objet : déclaration", "", "Madame la Présidente,", "", corps]);
    expect(r.organization).toMatchObject({ name: "Association des Potiers du Lac", acronym: "APL" });
    expect(formFields(["From: Lake Ferrymen Welfare Aid (LFWA)"]).sender).toBe("Lake Ferrymen Welfare Aid (LFWA)");
  });
  it("a sender that is a person, or whose acronym does not fit, gives none", () => {
    expect(read(["TÉLÉCOPIE", "De : Odile Vermandrac", "", "Madame la Présidente,", "", corps]).organization).toBeNull();
    expect(read(["TÉLÉCOPIE", "De : Potiers du Lac (XYZ)", "", "Madame la Présidente,", "", corps]).organization?.name).not.toBe("Potiers du Lac");
  });
  it("a country on a line of its own under the address line wins over a country's name inside the town's", () => {
    expect(findAddressCountry("0 Jetty Road, Little Andorra\nIceland")).toBe("IS");
    expect(findAddressCountry("0 Jetty Road, Brannock, Iceland")).toBe("IS");
  });
  it("a country's name broken over the two lines is still read joined", () => {
    expect(findAddressCountry("0 Jetty Road, Brannock, Saint Kitts and\nNevis")).toBe("KN");
  });
});
