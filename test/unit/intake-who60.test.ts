import { describe, expect, it } from "vitest";
import { personName } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 60 (who, mechanisms read from blind sets 66 and 67's misses): a reported speaker with the verb before the office, a joint
// statement's count of co-signers, academic titles, a web page's menu between middle dots, a letterhead name described by its kind,
// a covering note's weekday, day and month. Invented text (ferries and river crossings; invented bodies, people and towns).

describe("round 60: the verb of speaking before the office and the name", () => {
  it("reads the speaker, and the verb and office are no part of the body's name", () => {
    const r = read([
      "Barqueros piden registro de lanchas",
      "PUERTO EJEMPLO, 3 de junio de 2031.– La Federación de Barqueros del Estrecho (FEBAE) tomó parte hoy en el diálogo de Viena sobre el tráfico de migrantes. En nombre de la Federación intervino su secretaria general, Ondina Marcial Quevedo, que cruza el estrecho desde hace veinte años.",
      `"${ASK.es!}", dijo Marcial Quevedo.`,
      "Acerca de la FEBAE\nLa Federación de Barqueros del Estrecho es una asociación civil de patrones de lancha fundada en 2020.",
    ]);
    expect(r.speaker?.name).toBe("Ondina Marcial Quevedo");
    expect(r.speaker?.role).toBe("secretaria general");
    // The sentence's words are never the name (the name itself is left to the release's other forms).
    expect(r.organization?.name ?? "").not.toMatch(/intervino|secretaria/);
  });
});

describe("round 60: a joint statement's co-signers given by their count", () => {
  it("ends the name before « et de trois organisations cosignataires »", () => {
    const r = read([
      "Dialogue constructif : trafic de migrants",
      "Déclaration prononcée au nom du Réseau des Passeurs de Bacs du Fleuve et de trois organisations cosignataires",
      CHAIR.fr!,
      `Nous traversons le fleuve chaque nuit. ${ASK.fr!}`,
      THANKS.fr!,
    ]);
    expect(r.organization?.name).toBe("Réseau des Passeurs de Bacs du Fleuve");
  });
  it("keeps an « et » that is part of the name", () => {
    const r = read([
      "Dialogue constructif : trafic de migrants",
      "Déclaration prononcée au nom du Réseau des Passeurs et des Bateliers du Fleuve",
      CHAIR.fr!,
      `Nous traversons le fleuve chaque nuit. ${ASK.fr!}`,
      THANKS.fr!,
    ]);
    expect(r.organization?.name).toBe("Réseau des Passeurs et des Bateliers du Fleuve");
  });
});

describe("round 60: academic and professional titles", () => {
  it("drops Mag. and Arq. before a name", () => {
    expect(personName("Mag. Ondina Marcial Quevedo")).toBe("Ondina Marcial Quevedo");
    expect(personName("Arq. Tobías Ferrán Lucero")).toBe("Tobías Ferrán Lucero");
  });
});

describe("round 60: a web page's menu between middle dots", () => {
  it("is no name; the name given in full below is", () => {
    const r = read([
      "Accueil · Le Réseau · Nos actions · Contact",
      "Notre intervention à Vienne",
      "Le 3 juin dernier, notre présidente, Mme Ondine Marsh-Kellaway, s'est exprimée au nom du Réseau des Passeurs de Bacs du Fleuve. Voici son texte.",
      CHAIR.fr!,
      `Nous traversons le fleuve chaque nuit. ${ASK.fr!}`,
      THANKS.fr!,
    ]);
    expect(r.organization?.name).toBe("Réseau des Passeurs de Bacs du Fleuve");
  });
});

describe("round 60: a letterhead name described by its kind after a dash", () => {
  it("reads « Name — association de … » as the name", () => {
    const r = read(
      ["Dialogue constructif : trafic de migrants", "Vienne, le 3 juin 2031", CHAIR.fr!, `Je suis Ondine Marsh-Kellaway. Nous traversons le fleuve chaque nuit. ${ASK.fr!}`, THANKS.fr!],
      ["Les Bacs Bleus du Val — association de passeurs bénévoles", "Quai 00 · 0000 Ville-Exemple · contact@example.org"],
    );
    expect(r.organization?.name).toBe("Les Bacs Bleus du Val");
  });
});

describe("round 60: a covering note's weekday, day and month over the e-mail's date", () => {
  it("dates the delivery by the day the note says the text will be read", () => {
    const r = read([
      "From: Pell Aldane <office@example.org>\nTo: Civil Society Unit <unit@example.org>\nSubject: Our statement\nDate: 1 June 2031",
      "Dear colleagues, below is the text our secretary Ondine Marsh-Kellaway will read at the dialogue on smuggling of migrants on Thursday 5 June. She will join online.",
      "Ferry Crossings Workers' Federation",
      CHAIR.en!,
      `We carry people across the strait every night. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.deliveredOn).toBe("2031-06-05");
  });
});
