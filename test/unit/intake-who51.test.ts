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
    expect(r.speaker).toEqual({ name: "Tamsin Vell-Abernathy", role: "Warden of the Guild" });
  });

  it("a given name cut short after a title (Sister Ma. NAME)", () => {
    const r = read([CHAIR.en!, "I am Sister Ma. Teodora Lumbay, and I have kept the light on the point for thirty winters.", ASK.en!, THANKS.en!]);
    expect(r.speaker?.name).toBe("Ma. Teodora Lumbay");
  });

  it("our Executive Director, Advocate NAME, spoke …", () => {
    const r = read(["On 3 May our Executive Director, Advocate Neema Wanjiru-Otieno, spoke at the constructive dialogue in Vienna. Here is her text.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Neema Wanjiru-Otieno", role: "Executive Director" });
  });

  it("an office or a team is no person", () => {
    expect(personName("Ferry Welcome Office")).toBeNull();
    expect(personName("Equipo Faro Sur")).toBeNull();
  });
});

describe("round 51: the body named only in the text", () => {
  it("I speak for NAME, a clinic … (no article)", () => {
    const r = read([CHAIR.en!, "I speak for Strait Crossing Help, a legal aid clinic for the ferry crews of the north coast.", ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Strait Crossing Help");
  });

  it("NAME es un movimiento … under a covering e-mail, the reader named for tomorrow", () => {
    const r = read([
      "Estimados:",
      "Enviamos el texto que leerá mañana nuestro delegado, Ulises Arrieta Bazán.",
      "-----",
      "Señor Presidente:",
      "Barqueros Jóvenes del Ponant es un movimiento de lancheros del estrecho.",
      ASK.es!,
      THANKS.es!,
    ]);
    expect(r.organization?.name).toBe("Barqueros Jóvenes del Ponant");
    expect(r.speaker).toEqual({ name: "Ulises Arrieta Bazán", role: "delegado" });
  });

  it("NAME, delivered by NAME, role, on date", () => {
    const r = read(["Ponant Ferry Aid Collective, delivered by Rosalind Achterberg, senior caseworker, on 3 May 2031.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Ponant Ferry Aid Collective");
  });

  it("a title naming the body before au dialogue", () => {
    const r = read(["Intervention du Collectif des Passeurs du Ponant au dialogue constructif sur les bacs (3 mai 2031)", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
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
    const r = read(["Last Friday, our chair Odile Quéré-Lanvaux read this statement at the UN dialogue on ferries.", CHAIR.en!, ASK.en!, THANKS.en!], ["Posted 7 May 2031 · 3 min read"]);
    expect(r.deliveredOn).toBe("2031-05-02");
  });

  it("le 2 mai, NAME est intervenue au dialogue", () => {
    const r = read(["Le 2 mai, notre coordinatrice, Mme Odile Quéré-Lanvaux, est intervenue au dialogue constructif sur les bacs. Voici son texte.", CHAIR.fr!, ASK.fr!, THANKS.fr!], ["Publié le 6 mai 2031"]);
    expect(r.deliveredOn).toBe("2031-05-02");
  });
});

describe("round 51: roles in an introduction", () => {
  it("the age before the role, and its before the role", () => {
    expect(read([CHAIR.en!, "My name is Tobias Quayle-Marsh, I am 23 and I am the youth lead of LPP in Mombasa.", ASK.en!, THANKS.en!]).speaker?.role).toBe("youth lead");
    expect(read([CHAIR.en!, "The Ponant Ferry Network brings together the crews of the night boats. I am Tobias Quayle-Marsh, its coordinator.", ASK.en!, THANKS.en!]).speaker?.role).toBe("coordinator");
  });
});

describe("round 51: a post's heading about the trip", () => {
  it("Le Collectif … à Vienne names the body, not the trip", () => {
    const r = read(["Le Collectif des Bacs du Ponant à Vienne", "Le 2 mai, notre coordinatrice a pris la parole au dialogue constructif sur les bacs.", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Collectif des Bacs du Ponant");
  });
});

describe("round 51: no office from the body's work", () => {
  it("I coordinate the Trust's work with … names no office", () => {
    const r = read(["Thank you, Madam Chair. My name is Tobias Quayle-Marsh and I coordinate the Trust's work with the ferry crews of the north coast.", ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Tobias Quayle-Marsh", role: null });
  });
});
