import { describe, expect, it } from "vitest";
import { findSpeaker } from "../../worker/intake/people";
import { forwardedStatement } from "../../worker/intake/understand";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 59 (who, mechanisms read from blind sets 64 and 65's misses): a forwarded message whose statement is under a bare rule,
// a joint statement's "and of its members", a list's heading under a signature. Invented text (ferries and river crossings;
// invented bodies, people and towns).

const STATEMENT = [
  "Ferry Crossings Workers' Federation (FCWF)",
  "Box 00, Harbour Road, Example Town",
  "",
  "Dialogue on smuggling of migrants",
  "Vienna, 3 June 2031",
  "",
  "Statement by Ondine Marsh-Kellaway, General Secretary",
  "",
  CHAIR.en!,
  "",
  `We carry people across the strait every night and we see who pays and who is paid. ${ASK.en!} ${ASK.en!}`,
  "",
  THANKS.en!,
].join("\n");

describe("round 59: a forwarded message with a bare rule under the forwarder's note", () => {
  const mail = [
    "---------- Forwarded message ---------",
    "From: Pell Aldane <office@fcwf.example.org>",
    "Date: Thu, 6 Jun 2031 at 10:40",
    "Subject: statement as read on Tuesday",
    "To: Corin Tavel <corin@example.org>",
    "",
    "Corin, here is the text our secretary read in Vienna. Please pass it to the branches.",
    "",
    "Pell",
    "",
    "---",
    "",
    STATEMENT,
  ].join("\n");

  it("is read from below the rule: the note, its sender and the day it was sent are not the statement's", () => {
    expect(forwardedStatement(mail)).toBe(STATEMENT);
    const r = read([mail]);
    expect(r.organization?.name).toBe("Ferry Crossings Workers' Federation");
    expect(r.speaker).toEqual({ name: "Ondine Marsh-Kellaway", role: "General Secretary" });
    expect(r.deliveredOn).toBe("2031-06-03");
  });

  it("a forwarded message without a rule is read whole", () => {
    const whole = mail.replace("\n---\n", "\n");
    expect(forwardedStatement(whole)).toBe(whole);
  });
});

describe("round 59: a joint statement read 'au nom du Réseau et de ses organisations membres'", () => {
  it("names the network, not its members", () => {
    const r = read(
      [
        "Déclaration conjointe sur les traversées en bac",
        `Lue au nom du Réseau et de ses organisations membres par Mme Ondine Marsh-Kellaway, coordinatrice`,
        "Madame la Présidente,",
        `Je prends la parole au nom du Réseau Bacs et Passeurs du Fleuve, qui réunit douze associations de bateliers. ${ASK.fr!}`,
        THANKS.fr!,
      ],
      ["Réseau Bacs et Passeurs du Fleuve (RBPF)", "Secrétariat : Quai 00, Ville-Exemple"],
    );
    expect(r.organization?.name).toBe("Réseau Bacs et Passeurs du Fleuve");
    expect(r.speaker).toEqual({ name: "Ondine Marsh-Kellaway", role: "coordinatrice" });
  });
});

describe("round 59: the heading of a list under a signature is not the signer's role", () => {
  it("'For the Coalition, its coordinator,' / NAME / 'Co-signing member organizations:' gives the office above", () => {
    expect(findSpeaker([], ["For the Coalition, its coordinator,", "Ondine Marsh-Kellaway", "Co-signing member organizations:", "• Strait Boatmen's Circle (Example Land)"])?.speaker).toEqual({
      name: "Ondine Marsh-Kellaway",
      role: "coordinator",
    });
  });

  it("a role under the name is still read", () => {
    expect(findSpeaker([], ["Ondine Marsh-Kellaway", "Coordinator"])?.speaker).toEqual({ name: "Ondine Marsh-Kellaway", role: "Coordinator" });
  });
});

describe("round 59: a web page's list of links to other posts names no body", () => {
  it("'Related posts: A · B' under a post is not read as the name; the footer's is", () => {
    // What cleaning removes from a web page (`clean.ts`) comes to `understand` as removed lines.
    const r = read(
      ["Posted on 5 June 2031", `On Tuesday, 3 June 2031, our general secretary addressed the dialogue. ${ASK.en!}`, THANKS.en!],
      ["Related posts: Night crossings resume on the eastern strait · Our branches at the national boatmen's forum", "Ferry Crossings Workers' Federation · Box 00, Harbour Road, Example Town · office@fcwf.example.org"],
    );
    expect(r.organization?.name).toBe("Ferry Crossings Workers' Federation");
  });
});

describe("round 59: a guild in French and Spanish names a body", () => {
  it("'Guilde des …' over its address in the letterhead", () => {
    const r = read([CHAIR.fr!, `Je m'appelle Ondine Marsh-Kellaway et je construis des barques depuis vingt ans. ${ASK.fr!}`, THANKS.fr!], ["Guilde des charpentiers de barques fluviales", "Atelier 00, quai des Tonneliers · 00000 Ville-Exemple · guilde@example.org"]);
    expect(r.organization?.name).toBe("Guilde des charpentiers de barques fluviales");
  });
});

describe("round 59: a heading's name that the text writes after an article is a body's, not the speaker", () => {
  it("'Mi nombre es NAME y soy ROLE del Amparo …' under the body's name in capitalized words", () => {
    const r = read([
      "Amparo Ribereño Solidario de Valdeolmo\nValdeolmo, Uruguay",
      "Diálogo constructivo sobre cooperación internacional\nViena, 27 de mayo de 2031",
      CHAIR.es!,
      `Mi nombre es Ondina Marsh Quiroga y trabajo como abogada, coordinando el área civil del Amparo Ribereño Solidario de Valdeolmo. ${ASK.es!}`,
      THANKS.es!,
    ]);
    expect(r.speaker?.name).toBe("Ondina Marsh Quiroga");
  });
});

describe("round 59: a post dated only by its posting, telling the weekday it was delivered", () => {
  it("'On Tuesday, 3 June, our general secretary addressed …' under 'Posted on 5 June 2031': the Tuesday", () => {
    const r = read([
      "Ferry Crossings Workers' Federation speaks at the Conference\nPosted on 5 June 2031 by the communications desk",
      "On Tuesday, 3 June, our general secretary, Ondine Marsh-Kellaway, spoke in the Conference's general debate. The speech follows.",
      CHAIR.en!,
      ASK.en!,
      THANKS.en!,
    ]);
    expect(r.deliveredOn).toBe("2031-06-03");
  });
});
