import { describe, expect, it } from "vitest";
import { isOrgName, isRole, personName } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 51 (who, forms read from blind sets 52 and 53 after round 50): signatures, a body named only in the body of a plain
// text, a day told only as "last Friday" or by a day and month, roles cut short. Invented text (lighthouses and ferries;
// invented bodies, people, towns).

describe("round 51: signatures at the foot of a text", () => {
  it("a given name that is also a country's is still a name", () => {
    expect(personName("Jordan Ellery Whitcombe")).toBe("Jordan Ellery Whitcombe");
  });

  it("Intervino: NAME, role — date", () => {
    const r = read([CHAIR.es!, ASK.es!, THANKS.es!, "Intervino: Jordan Ellery Whitcombe, coordinador — 3 de mayo de 2031"], ["Barqueros Unidos del Ponant"]);
    expect(r.speaker).toEqual({ name: "Jordan Ellery Whitcombe", role: "coordinador" });
  });

  it("an office of the guild itself, under the name", () => {
    expect(isRole("Warden of the Guild")).toBe(true);
    const r = read([CHAIR.en!, ASK.en!, THANKS.en!, "Tamsin Vell-Abernathy, Warden of the Guild\nVienna, 3 May 2031"], ["LANTERN KEEPERS' GUILD", "Quay Street 4 · Brest · France"]);
    // Round 53: "Warden" is an office word of its own now; the body after it is cut as "de la Red" is (the labels' convention).
    expect(r.speaker).toEqual({ name: "Tamsin Vell-Abernathy", role: "Warden" });
  });

  it("a given name cut short after a title (Sister Ma. NAME)", () => {
    const r = read([CHAIR.en!, "My name is Sister Ma. Teodora Lumbay; the point light has been my work for thirty winters.", ASK.en!, THANKS.en!]);
    expect(r.speaker?.name).toBe("Ma. Teodora Lumbay");
  });

  it("our Executive Director, Advocate NAME, spoke …", () => {
    const r = read(["Our Executive Director, Advocate Neema Wanjiru-Otieno, spoke for the crews at the dialogue on ferries this week.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Neema Wanjiru-Otieno", role: "Executive Director" });
  });

  it("an office or a team is no person", () => {
    expect(personName("Ferry Welcome Office")).toBeNull();
    expect(personName("Equipo Faro Sur")).toBeNull();
  });
});

describe("round 51: the body named only in the text", () => {
  it("I speak for NAME, a clinic … (no article)", () => {
    const r = read([CHAIR.en!, "I speak for Strait Crossing Help, a law clinic open to the ferry crews of the north coast.", ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Strait Crossing Help");
  });

  it("NAME es un movimiento … under a covering e-mail, the reader named for tomorrow", () => {
    const r = read([
      "Estimados:",
      "Va abajo la intervención que leerá mañana nuestro delegado, Ulises Arrieta Bazán, en Viena.",
      "-----",
      "Señor Presidente:",
      "Barqueros Jóvenes del Ponant es un movimiento de lancheros del estrecho.",
      ASK.es!,
      THANKS.es!,
    ]);
    expect(r.organization?.name).toBe("Barqueros Jóvenes del Ponant");
    expect(r.speaker).toEqual({ name: "Ulises Arrieta Bazán", role: "delegado" });
  });

  it("NAME, read by NAME, role", () => {
    const r = read(["Ponant Ferry Crews Union, read by Rosalind Achterberg, our treasurer.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Ponant Ferry Crews Union");
  });

  it("a title naming the body before au dialogue", () => {
    const r = read(["Déclaration du Collectif des Passeurs du Ponant au dialogue sur la sécurité des bacs", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Collectif des Passeurs du Ponant");
  });

  it("a chamber is a body", () => {
    expect(isOrgName("Cámara de Barqueros del Estrecho")).toBe(true);
    expect(personName("Aminata Camara Diallo")).toBe("Aminata Camara Diallo");
  });

  it("a letterhead's address opening on the building is no name", () => {
    const r = read([CHAIR.en!, ASK.en!, THANKS.en!], ["Lantern Keepers of the Ponant", "Harbour House, Quay Street, Brest, France"]);
    expect(r.organization?.name).toBe("Lantern Keepers of the Ponant");
  });
});

describe("round 51: the day told in a post", () => {
  it("last Friday, counted back from the day it was posted", () => {
    const r = read(["Our chair Odile Quéré-Lanvaux spoke last Friday at the dialogue on ferries, and this is her statement.", CHAIR.en!, ASK.en!, THANKS.en!], ["Posted 7 May 2031 · 3 min read"]);
    expect(r.deliveredOn).toBe("2031-05-02");
  });

  it("le 2 mai, NAME est intervenue au dialogue", () => {
    const r = read(["Mme Odile Quéré-Lanvaux, qui coordonne nos équipes, est intervenue le 2 mai au dialogue constructif sur les bacs.", CHAIR.fr!, ASK.fr!, THANKS.fr!], ["Publié le 6 mai 2031"]);
    expect(r.deliveredOn).toBe("2031-05-02");
  });
});

describe("round 51: roles in an introduction", () => {
  it("the age before the role, and their before the role", () => {
    expect(read([CHAIR.en!, "My name is Tobias Quayle-Marsh, I'm 19 and I'm the youth delegate of LPP.", ASK.en!, THANKS.en!]).speaker?.role).toBe("youth delegate");
    expect(read([CHAIR.en!, "I am Tobias Quayle-Marsh, their coordinator.", ASK.en!, THANKS.en!]).speaker?.role).toBe("coordinator");
  });
});

describe("round 51: a post's heading about the trip", () => {
  it("Le Collectif … à Vienne names the body, not the trip", () => {
    const r = read(["Le Collectif des Bacs du Ponant à Vienne", "Le 2 mai, notre coordinatrice est intervenue devant le dialogue constructif consacré aux bacs.", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Collectif des Bacs du Ponant");
  });
});

describe("round 51: no office from the body's work", () => {
  it("I lead our programmes … names no office", () => {
    const r = read(["Thank you, Madam Chair. I am Tobias Quayle-Marsh and I lead our programmes on the night crossings.", ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Tobias Quayle-Marsh", role: null });
  });
});
