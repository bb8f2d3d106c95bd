import { describe, expect, it } from "vitest";
import { findSpeaker, personName } from "../../worker/intake/people";
import { chatStatement, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);

// Round 19 (who and when, blind set 14 used for development): text, names and places written for these tests.

const body = "Nos veilleurs comptent chaque nuit les barques qui passent sous les lanternes du marais, et ils notent celles qui ne portent aucun feu.";

describe("a national section's name in a title", () => {
  it("\"Name – Country (ACR)\" whose acronym spells the country too: the country is part of the name", () => {
    const r = read(["Dialogue constructif sur les lanternes", "Vienne, 3 mai 2031", "Déclaration du Foyer lanterne des marais – Islande (FLMI)", "", "Monsieur le Président,", "", body]);
    expect(r.organization).toEqual({ name: "Foyer lanterne des marais – Islande", acronym: "FLMI", country: "IS" });
  });
  it("the letterhead line in capitals that repeats it leaves the text", () => {
    const r = read(["FOYER LANTERNE DES MARAIS – ISLANDE", "", "Dialogue constructif sur les lanternes", "Vienne, 3 mai 2031", "Déclaration du Foyer lanterne des marais – Islande (FLMI)", "", "Monsieur le Président,", "", body]);
    expect(r.organization?.name).toBe("Foyer lanterne des marais – Islande");
    expect(r.text).not.toContain("CERCLE LANTERNE");
  });
  it("an acronym that leaves the country out does not take it into the name", () => {
    const r = read(["Dialogue constructif sur les lanternes", "Vienne, 3 mai 2031", "Déclaration du Foyer lanterne des marais – Islande (FLM)", "", "Monsieur le Président,", "", body]);
    expect(r.organization?.name).not.toBe("Foyer lanterne des marais – Islande");
  });
});

describe("by-lines opening with \"speaks\"", () => {
  it("\"Interviene la Lic. NAME, role\" and \"Intervient M. NAME, role\"", () => {
    expect(findSpeaker(["Interviene la Lic. Orquídea Valmaseda, coordinadora de faroles"], [])?.speaker).toEqual({ name: "Orquídea Valmaseda", role: "coordinadora de faroles" });
    expect(findSpeaker(["Intervient M. Ambroise Telliac, animateur des veillées"], [])?.speaker).toEqual({ name: "Ambroise Telliac", role: "animateur des veillées" });
  });
  it("\"Interviene D. NAME, role de la Fundación … (ABC)\": the honorific and the organization are left out", () => {
    expect(findSpeaker(["Interviene D. Anselmo Quirós Bedel, responsable de faroles de la Fundación Faro y Marea (FFM)"], [])?.speaker).toEqual({ name: "Anselmo Quirós Bedel", role: "responsable de faroles" });
  });
  it("\"D.\" is an honorific only before a name of two words or more; \"interviene\" inside a sentence names nobody", () => {
    expect(personName("D. Anselmo Quirós")).toBe("Anselmo Quirós");
    expect(personName("D. Quirós")).toBe("D. Quirós");
    expect(findSpeaker([], ["La sociedad civil interviene en cada revisión de faroles"])).toBeNull();
  });
});

describe("a statement pasted into a chat export", () => {
  const chat = [
    "Chat con Equipo Faroles",
    "3/5/31, 20:58 - Los mensajes de este chat están cifrados.",
    "3/5/31, 21:02 - Orquídea Valmaseda: Buenas noches, les paso el texto final",
    "3/5/31, 21:03 - Orquídea Valmaseda: DECLARACIÓN DE LA FUNDACIÓN FARO Y MAREA",
    "Diálogo constructivo sobre armas de fuego – viernes 4 de mayo de 2031",
    "Intervención de Anselmo Quirós Bedel, responsable de faroles",
    "",
    "Señor Presidente:",
    "Nuestros vigías cuentan cada noche las barcas que pasan bajo los faroles de la marisma y anotan las que no llevan luz alguna.",
    "3/5/31, 21:05 - Anselmo Quirós: Perfecto, así la leo.",
  ];
  it("starts at the message that opens with the title, read without its stamp", () => {
    expect(chatStatement(chat.join("\n")).split("\n")[0]).toBe("DECLARACIÓN DE LA FUNDACIÓN FARO Y MAREA");
    const r = read(chat);
    expect(r.organization?.name).toBe("Fundación Faro y Marea");
    expect(r.speaker).toEqual({ name: "Anselmo Quirós Bedel", role: "responsable de faroles" });
    expect(r.deliveredOn).toBe("2031-05-04");
  });
  it("a text with fewer than three stamped lines is read as it is", () => {
    const text = ["3/5/31, 21:03 - Orquídea Valmaseda: DECLARACIÓN DE LA FUNDACIÓN FARO Y MAREA", "Señor Presidente:"].join("\n");
    expect(chatStatement(text)).toBe(text);
  });
});
