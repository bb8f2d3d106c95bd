import { describe, expect, it } from "vitest";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 62 (who, mechanisms read from blind sets 70 and 71's misses): a by-line's "on behalf of the Network" named in full by the
// letterhead in capitals, a press release's "About the Association" heading, a body's name read as a person's that the text calls
// "our choir", a site's menu bar run together under its name. Invented text (lighthouses and ferries; invented bodies, people and towns).

describe("round 62: a kind word alone, named in full by the letterhead", () => {
  it("reads the letterhead's name in capitals that holds the word, not the word", () => {
    const r = read(
      [
        "Joint statement to the dialogue on migrant smuggling",
        "Delivered on 2 June 2031 by Ms. Idony Carrow-Blythe, secretary of the Network, speaking on behalf of the Network and the organizations listed below",
        CHAIR.en!,
        `Our Network links the ferry crews of nine small harbours. ${ASK.en!}`,
        THANKS.en!,
      ],
      ["NORTHERN STRAITS NETWORK OF FERRY CREWS", "Secretariat: 4 Quay Lane · Portmerrow · example@example.org"],
    );
    expect(r.organization?.name).toBe("Northern Straits Network of Ferry Crews");
  });
});

describe("round 62: a press release's About heading naming the body by its kind word", () => {
  it("ends the headline's name at that word", () => {
    const r = read([
      "PRESS RELEASE",
      "Harbour Lamp Keepers' Guild urges States to register coastal ferries at the dialogue",
      "GENEVA, 3 June 2031 – The Harbour Lamp Keepers' Guild today addressed the dialogue on migrant smuggling.",
      `Speaking for the Guild, its Secretary, Mr. Osric Pellow-Vane, said: "${ASK.en!}"`,
      "About the Guild\nThe Harbour Lamp Keepers' Guild brings together the keepers of forty lighthouses.",
    ]);
    expect(r.organization?.name).toBe("Harbour Lamp Keepers' Guild");
  });
});

describe("round 62: a body's name read as a person's, which the text calls ours", () => {
  it("reads the heading's first line as the body and the speaker who introduces themselves", () => {
    const r = read(
      [
        "Marrowby Hollow Community Storytelling Troupe",
        "A short word from a storytelling troupe",
        "Constructive dialogue on migrant smuggling · Vienna and online · June 2, 2031",
        `Thank you, Madam Chair. I am Elowen Trask-Morrow, and I have led a village storytelling troupe for ten years. Our troupe meets every Friday by the harbour. ${ASK.en!}`,
        THANKS.en!,
      ],
      ["c/o Old Chapel Hall · 12 Harbour Row · Marrowby, Maine 00000 · USA", "troupe@example.org"],
    );
    expect(r.organization?.name).toBe("Marrowby Hollow Community Storytelling Troupe");
    expect(r.speaker?.name).toBe("Elowen Trask-Morrow");
  });
});

describe("round 62: a site's menu bar run together under its name", () => {
  it("reads the line over the menu, never the menu", () => {
    const r = read([
      "Amicale des veilleurs de Pointe-Grise\nAccueil Qui sommes-nous Nos actions Contact",
      "Notre secrétaire à Vienne",
      "Le 2 juin 2031, Mme Aveline Kerbrat-Noan, secrétaire de notre confrérie, est intervenue au dialogue constructif. Voici son intervention.",
      CHAIR.fr!,
      ASK.fr!,
      THANKS.fr!,
    ]);
    expect(r.organization?.name).toBe("Amicale des veilleurs de Pointe-Grise");
  });
});

describe("round 62: speakers who introduce themselves, or whom a covering note announces", () => {
  it("reads '…, I, NAME, would like …'", () => {
    const r = read(["Statement of the Harbour Lamp Keepers' Guild", CHAIR.en!, `Speaking as secretary of the Guild, I, Osric Pellow-Vane, would like to raise one point. ${ASK.en!}`, THANKS.en!]);
    expect(r.speaker?.name).toBe("Osric Pellow-Vane");
  });
  it("reads 'My name is NAME and for ten years I have …'", () => {
    const r = read(["Statement of the Harbour Lamp Keepers' Guild", CHAIR.en!, `My name is Idony Carrow-Blythe and for ten years I have kept the light at Portmerrow. ${ASK.en!}`, THANKS.en!]);
    expect(r.speaker?.name).toBe("Idony Carrow-Blythe");
  });
  it("reads 'Je suis le professeur NAME, directeur …'", () => {
    const r = read(["Déclaration de l'Amicale des veilleurs de Pointe-Grise", CHAIR.fr!, `Je suis le professeur Aubin Kerhervé-Luzel, directeur de l'Amicale. ${ASK.fr!}`, THANKS.fr!]);
    expect(r.speaker?.name).toBe("Aubin Kerhervé-Luzel");
  });
  it("reads a covering note's 'La leerá por videoconferencia nuestro director, el señor NAME'", () => {
    const r = read([
      "De: Cofradía de Lancheros del Estrecho <cofradia@example.org>\nPara: Secretaría <secretaria@example.org>\nAsunto: Declaración para el diálogo",
      "Estimadas y estimados colegas:",
      "Les enviamos el texto de nuestra intervención. La leerá por videoconferencia nuestro director, el señor Anselmo Quiroga-Beltrán, el viernes. Saludos cordiales.",
      CHAIR.es!,
      ASK.es!,
      THANKS.es!,
    ]);
    expect(r.speaker?.name).toBe("Anselmo Quiroga-Beltrán");
  });
});

describe("round 62: a PDF letterhead's name and dateline read as one line", () => {
  it("reads the name with its acronym, not the dateline after it", () => {
    const r = read(
      ["Diálogo constructivo: tráfico ilícito de migrantes", CHAIR.es!, `La Cofradía acompaña a los lancheros del estrecho desde hace veinte años. ${ASK.es!}`, THANKS.es!],
      ["Cofradía de Lancheros del Estrecho de Punta Brava (CLEPB) Viena, 2 de junio de 2031", "Calle del Muelle 4, Punta Brava · cofradia@example.org"],
    );
    expect(r.organization?.name).toBe("Cofradía de Lancheros del Estrecho de Punta Brava");
    expect(r.organization?.acronym).toBe("CLEPB");
  });
});

describe("round 62: a covering note naming the dialogue's day, the verb in the next sentence", () => {
  it("reads the dialogue's weekday and date over the e-mail's", () => {
    const r = read([
      "De: Cofradía de Lancheros del Estrecho <cofradia@example.org>\nPara: Secretaría <secretaria@example.org>\nAsunto: Nuestra declaración\nFecha: martes, 3 de junio de 2031, 09:15",
      "Estimadas y estimados:",
      "Les hacemos llegar la declaración de nuestra Cofradía para el diálogo constructivo sobre tráfico de migrantes del viernes 6 de junio. La leerá nuestro secretario, Anselmo Quiroga-Beltrán.",
      CHAIR.es!,
      ASK.es!,
      THANKS.es!,
    ]);
    expect(r.deliveredOn).toBe("2031-06-06");
  });
});

describe("round 62: the country written after the name in a heading", () => {
  it("reads 'DECLARACIÓN DE LA NAME, COUNTRY'", () => {
    const r = read([
      "De: Cofradía de Lancheros de Punta Brava <cofradia@example.org>\nPara: Secretaría <secretaria@example.org>\nAsunto: Nuestra declaración",
      "Estimadas y estimados: les hacemos llegar nuestra declaración. Saludos cordiales.",
      "DECLARACIÓN DE LA COFRADÍA DE LANCHEROS DE PUNTA BRAVA, HONDURAS",
      CHAIR.es!,
      `La Cofradía de Lancheros de Punta Brava acompaña a los lancheros desde hace veinte años. ${ASK.es!}`,
      "Cada noche salen del muelle más de treinta lanchas sin registro.",
      "Los lancheros no saben a quién avisar cuando ven algo extraño.",
      "Las familias esperan en la playa hasta el amanecer.",
      "Nadie lleva la cuenta de las lanchas que no vuelven.",
      THANKS.es!,
    ]);
    expect(r.organization?.country).toBe("HN");
  });
});
