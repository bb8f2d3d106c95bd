import { describe, expect, it } from "vitest";
import { findSpeaker, floorSpeaker, personName } from "../../worker/intake/people";
import { forwardedStatement } from "../../worker/intake/understand";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 49 (who, forms read from blind sets 48 and 49 after round 48): honorifics of religious and union by-lines, a web post's
// officer who "took part in" the dialogue, a statement pasted under a covering e-mail and a bare rule, a web post's body named
// after a date with no comma and again in the page's menu. Invented text (lighthouses and ferries; invented bodies, people, towns).
const OPEN = "For ten years we have helped the families of the ferry crews who work the crossing at night.";

describe("round 49: titles before a name are no part of it", () => {
  it("Br. and Esc.", () => {
    expect(personName("Br. Halvard Quist-Imbert")).toBe("Halvard Quist-Imbert");
    expect(personName("Esc. Nerea Osuna Belloch")).toBe("Nerea Osuna Belloch");
  });
  it("a religious's title after Reverend", () => {
    expect(personName("Reverend Sister Maite Urrutia Solano")).toBe("Maite Urrutia Solano");
  });
  it("a union's 'la compañera NAME, role' in a title", () => {
    expect(findSpeaker(["Palabras de la compañera Maite Urrutia Solano, tesorera del sindicato"], [])?.speaker).toEqual({ name: "Maite Urrutia Solano", role: "tesorera del sindicato" });
  });
});

describe("round 49: a web post's officer took part in the dialogue", () => {
  it("Spanish: nuestra ROLE, NAME, participó en …", () => {
    const intro = "El martes 6 de mayo de 2031, nuestra coordinadora de muelles, Nerea Osuna Belloch, participó en el diálogo constructivo en Viena.";
    expect(floorSpeaker([intro])).toEqual({ name: "Nerea Osuna Belloch", role: "coordinadora de muelles" });
  });
  it("English: our ROLE, NAME, took part in …", () => {
    expect(floorSpeaker(["On 6 May 2031 our treasurer, Halvard Quist-Imbert, took part in the dialogue."])).toEqual({ name: "Halvard Quist-Imbert", role: "treasurer" });
  });
});

describe("round 49: a statement pasted under a covering e-mail and a bare rule", () => {
  const mail = ["From: Halvard Quist-Imbert <desk@example.org>", "Subject: the text as read", "Date: 10 May 2031", "", "Hello everyone, below is my text as delivered. Could you put it online?", "", "---", ""];
  const statement = ["Osterholm Ferry Guild", "Statement to the constructive dialogue on smuggling", "Vienna, 9 May 2031", "", CHAIR.en!, "", OPEN, "", "Our crews see the same vans at the pier every week, and nobody asks where they go after dark or who pays the drivers.", "", ASK.en!, "", THANKS.en!];
  it("the statement is what follows the rule", () => {
    expect(forwardedStatement([...mail, ...statement].join("\n")).startsWith("Osterholm Ferry Guild")).toBe(true);
  });
  it("its own heading names the body and dates it, not the e-mail", () => {
    const r = read([[...mail, ...statement].join("\n")]);
    expect(r.organization?.name).toBe("Osterholm Ferry Guild");
    expect(r.deliveredOn).toBe("2031-05-09");
  });
  it("a French sender and subject only, then the rule", () => {
    const note = ["De : Secrétariat <desk@example.org>", "Objet : le texte lu ce matin", "", "Bonjour, voici le texte lu ce matin.", "", "---", ""];
    expect(forwardedStatement([...note, ...statement].join("\n")).startsWith("Osterholm Ferry Guild")).toBe(true);
  });
  it("a text opening on the chair under the rule keeps the note above it, which may name the body and the day", () => {
    const text = [...mail, ...statement.slice(4)].join("\n");
    expect(forwardedStatement(text)).toBe(text);
  });
  it("a statement that never dates itself keeps the note above it, which says the day and the dialogue", () => {
    const undated = statement.filter((l) => !l.startsWith("Vienna,"));
    const text = [...mail, ...undated].join("\n");
    expect(forwardedStatement(text)).toBe(text);
  });
  it("a short text under the rule is no statement", () => {
    const text = [...mail, "Halvard", "Pier Lane 4, Osterholm"].join("\n");
    expect(forwardedStatement(text)).toBe(text);
  });
});

describe("round 49: a web post's body named after a date with no comma, and in the page's menu", () => {
  it("the menu's first item names it again", () => {
    const page = "Lantern Youth Onward | Home | Stories | Donate\n\nOur statement to the dialogue";
    const intro = "On 6 May 2031 Lantern Youth Onward took part, as a newcomer, in the constructive dialogue on smuggling.";
    expect(read([page, intro, `Thank you, Chair. ${OPEN}`, ASK.en!, THANKS.en!]).organization?.name).toBe("Lantern Youth Onward");
  });
  it("a name the page never repeats is not taken", () => {
    const intro = "On 6 May 2031 Lantern Youth Onward took part, as a newcomer, in the constructive dialogue on smuggling.";
    expect(read(["Our statement to the dialogue", intro, `Thank you, Chair. ${OPEN}`, ASK.en!, THANKS.en!]).organization?.name).not.toBe("Lantern Youth Onward");
  });
});

describe("round 49: a by-line under the salutation ending on a full stop", () => {
  it("Intervention de Mme NAME, role de BODY.", () => {
    const open = "Depuis dix ans, nous aidons les familles des équipages des bacs qui traversent le détroit la nuit.";
    expect(read([CHAIR.fr!, "Intervention de Mme Nerea Osuna Belloch, coordonnatrice de la Ligue des phares.", open, ASK.fr!, THANKS.fr!]).speaker?.name).toBe("Nerea Osuna Belloch");
  });
  it("Intervención de la compañera NAME, role del BODY.", () => {
    const open = "Desde hace diez años acompañamos a las familias de los lancheros que cruzan el estrecho de noche.";
    expect(read([CHAIR.es!, "Intervención de la compañera Maite Urrutia Solano, tesorera del Sindicato.", open, ASK.es!, THANKS.es!]).speaker).toEqual({ name: "Maite Urrutia Solano", role: "tesorera" });
  });
});
