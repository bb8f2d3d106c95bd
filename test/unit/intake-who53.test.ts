import { describe, expect, it } from "vitest";
import { findSpeaker, isRole, personName } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 53 (who, forms read from blind sets 56 and 57 after round 52): signatures with the office above the name or only
// the body's name under it, the offices of guilds and clubs, readers named in a post or a covering note, a body presenting
// itself after a salutation, days said as "tomorrow" or "last". Invented text (lighthouses and ferries; invented bodies,
// people, towns).

describe("round 53: signatures", () => {
  it("the office after the possessive, above the name", () => {
    expect(findSpeaker([], ["Thank you.", "For the Ferry League, its treasurer,", "Halvard Ostby-Crane"])?.speaker).toEqual({ name: "Halvard Ostby-Crane", role: "treasurer" });
    expect(findSpeaker([], ["Merci.", "Pour la Guilde des Phares, son doyen,", "Aurèle Pinchard-Vallet"])?.speaker).toEqual({ name: "Aurèle Pinchard-Vallet", role: "doyen" });
    expect(findSpeaker([], ["Gracias.", "Por la Red de Faros, su secretaria,", "Maite Urrutia Lasa"])?.speaker).toEqual({ name: "Maite Urrutia Lasa", role: "secretaria" });
  });

  it("a guild's or a church's office is a role", () => {
    expect(isRole("Moderator")).toBe(true);
    expect(isRole("Harbour Warden")).toBe(true);
    expect(isRole("grand gardien")).toBe(true);
    expect(findSpeaker([], ["Thank you.", "Presented by Wilhelmina Ashcombe-Pryor, Beacon Captain"])?.speaker).toEqual({ name: "Wilhelmina Ashcombe-Pryor", role: "Beacon Captain" });
  });

  it("two titles in a row are both dropped", () => {
    expect(personName("Rev. Dr. Ambrose Quillfeather-Nunn")).toBe("Ambrose Quillfeather-Nunn");
  });

  it("a name alone over the body's own name, the last two lines", () => {
    const r = read(["Statement of the Night Ferry Circle", CHAIR.en!, "We are the Night Ferry Circle, a group of ferry crews who meet each month.", ASK.en!, THANKS.en!, "Tamsin Vell-Abernathy\nNight Ferry Circle"]);
    expect(r.speaker).toEqual({ name: "Tamsin Vell-Abernathy", role: null });
  });
});

describe("round 53: readers named in a post or a covering note", () => {
  it("the words of our ROLE, NAME", () => {
    const r = read(["Publicado el 9 de mayo de 2031", "La Red de Faros del Cabo participó en el diálogo constructivo. Reproducimos las palabras de nuestra tesorera, Lic. Rosalía Etxeberri Lanz.", CHAIR.es!, ASK.es!, THANKS.es!]);
    expect(r.speaker).toEqual({ name: "Rosalía Etxeberri Lanz", role: "tesorera" });
  });

  it("the text read this morning by our ROLE, M. NAME", () => {
    const r = read(["Voici l'intervention lue ce matin par notre trésorier, M. Hervé Kerloc'h-Daoulas. Merci de la verser au dossier.", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.speaker).toEqual({ name: "Hervé Kerloc'h-Daoulas", role: "trésorier" });
  });

  it("our ROLE, the DESCRIPTION NAME, read the following text", () => {
    const r = read(["On 3 May our guild spoke at the dialogue. Our treasurer, the boatwright Tamsin Vell-Abernathy, read the following text.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Tamsin Vell-Abernathy", role: "treasurer" });
  });

  it("a covering note above a statement pasted below a rule names its reader", () => {
    const text = [
      "From: Ferry League <league@example.org>",
      "Sent: Monday, 2 May 2031 18:10",
      "Subject: our text",
      "",
      "Dear colleagues,",
      "",
      "Below is the text our treasurer, Tamsin Vell-Abernathy, will read tomorrow.",
      "",
      "---",
      "",
      "Statement of the Ferry League, constructive dialogue, 3 May 2031",
      "",
      CHAIR.en!,
      "",
      `${ASK.en!} ${ASK.en!} ${ASK.en!}`,
      "",
      THANKS.en!,
    ].join("\n");
    expect(read([text]).speaker).toEqual({ name: "Tamsin Vell-Abernathy", role: "treasurer" });
  });
});

describe("round 53: bodies and days", () => {
  it("We are X, a … after a salutation under a post's introduction", () => {
    const r = read(["On 3 May, our crews spoke at the constructive dialogue. Here is the text.", "---", "Chair, delegates,", "We are the Lantern Ferry Guild, a collective of ferry crews on the river.", ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Lantern Ferry Guild");
  });

  it("tomorrow, in a note dated by its e-mail", () => {
    const r = read(["From: Ferry League <league@example.org>\nSent: Monday, 2 May 2031 18:10\nSubject: our statement", "Dear colleagues,", "Below is what Tamsin will read tomorrow morning. It is short.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.deliveredOn).toBe("2031-05-03");
  });

  it("a post dated only by its posting, telling of a day \"last\"", () => {
    const fr = read(["Publié le 9 mai 2031", "Le 6 mai dernier, notre trésorier a parlé au dialogue constructif. Voici son texte.", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(fr.deliveredOn).toBe("2031-05-06");
    const es = read(["Publicado el 5 de julio de 2031", "El pasado 1 de julio, la Red de Faros participó en el diálogo constructivo. Reproducimos su intervención.", CHAIR.es!, ASK.es!, THANKS.es!]);
    expect(es.deliveredOn).toBe("2031-07-01");
  });
});
