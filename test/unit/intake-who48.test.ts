import { describe, expect, it } from "vitest";
import { findSpeaker } from "../../worker/intake/people";
import { footerSignature, repeatedName, withoutRunOn } from "../../worker/intake/who-elsewhere";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 48 (who, forms read from blind sets 44 to 47 after round 47): web posts that name the body and its reader in their
// introduction, a menu's "About the …" item, a footer set apart by middle dots, a capitals letterhead with a branch after a dash,
// a Spanish closing line "Habló en nombre de … su presidenta, NAME", a heading under a covering note. Invented text
// (lighthouses and ferries; invented bodies, people and towns).
const OPEN = "For ten years we have helped the families of the ferry crews who work the crossing at night.";

describe("round 48: a web post's introduction names the body that spoke", () => {
  it("a body whose name says no kind, named again in the footer", () => {
    const intro = "On Tuesday 6 May 2031, Lantern Youth Onward took part in the constructive dialogue on smuggling. Our volunteer read the text below.";
    const footer = "Lantern Youth Onward · Pier Lane · Osterholm · Norway · desk@example.org";
    expect(read([intro, `"${CHAIR.en!}`, OPEN, `${ASK.en!}"`, footer]).organization?.name).toBe("Lantern Youth Onward");
  });
  it("a Spanish body with its kind word and its acronym in the text", () => {
    const intro = "El martes 6 de mayo de 2031, el Instituto de Faros del Litoral intervino en el diálogo constructivo en Viena.";
    const last = "El IFL seguirá visitando los muelles cada semana.";
    expect(read([intro, `"${CHAIR.es!}`, ASK.es!, `${last}"`]).organization).toMatchObject({ name: "Instituto de Faros del Litoral", acronym: "IFL" });
  });
  it("a name the page never repeats and that says no kind is not taken", () => {
    const intro = "On Tuesday 6 May 2031, Lantern Youth Onward took part in the constructive dialogue on smuggling.";
    expect(read([intro, `"${CHAIR.en!}`, OPEN, `${ASK.en!}"`]).organization?.name).not.toBe("Lantern Youth Onward");
  });
  it("the reader named with the verb first, in Spanish", () => {
    const intro = "El martes 6 de mayo de 2031, el Instituto de Faros del Litoral intervino en el diálogo. Leyó la declaración nuestra coordinadora regional Nerea Osuna Belloch.";
    expect(read([intro, `"${CHAIR.es!}`, ASK.es!, `${THANKS.es!}"`]).speaker).toEqual({ name: "Nerea Osuna Belloch", role: "coordinadora regional" });
  });
  it("the reader named in an introduction above a statement quoted whole", () => {
    const intro = "On 6 May 2031 the Osterholm Ferry Guild spoke at the dialogue. The statement below was read by our treasurer, Halvard Quist-Imbert.";
    const quoted = `"Chair, delegates, ${OPEN.toLowerCase()} Our crews see the same vans at the pier every week, and nobody asks where they go after dark.`;
    expect(read([intro, quoted, `${ASK.en!}"`]).speaker).toEqual({ name: "Halvard Quist-Imbert", role: "treasurer" });
  });
});

describe("round 48: a web page's menu and footer", () => {
  it("a menu's 'About the …' item is no organization", () => {
    const removed = ["Home | About the Guild | Members | News | Contact"];
    const footer = "Osterholm Ferry Guild · Pier Lane · Osterholm · Norway · desk@example.org";
    expect(read([CHAIR.en!, OPEN, ASK.en!, THANKS.en!, footer], removed).organization?.name).toBe("Osterholm Ferry Guild");
  });
  it("a footer's address and e-mail after middle dots are no part of the name", () => {
    expect(withoutRunOn({ name: "Osterholm Ferry Guild · Pier Lane · Osterholm, Norway · desk@example.org" })?.name).toBe("Osterholm Ferry Guild");
  });
});

describe("round 48: a capitals letterhead with its branch after a dash", () => {
  it("the name the footer writes, without the branch", () => {
    const footer = ["Jeunes pour les phares, rue des Quais, Portneuf, Canada — desk@example.org"];
    expect(repeatedName(["JEUNES POUR LES PHARES — ANTENNE DE PORTNEUF", "Dialogue constructif"], [], footer)).toBe("Jeunes pour les phares");
  });
  it("a line that is no branch is left whole", () => {
    expect(repeatedName(["JEUNES POUR LES PHARES — DIALOGUE DE PORTNEUF"], [], ["Jeunes pour les phares, rue des Quais"])).toBeNull();
  });
});

describe("round 48: a Spanish closing line, whom for and then the office and the name", () => {
  it("Habló en nombre de la Cooperativa su presidenta, NAME", () => {
    const closing = ["La Cooperativa seguirá con sus talleres.", "Habló en nombre de la Cooperativa su presidenta, Maite Urrutia Solano."];
    expect(findSpeaker([], closing)?.speaker).toEqual({ name: "Maite Urrutia Solano", role: "presidenta" });
  });
  it("a sentence about the body is no by-line", () => {
    expect(findSpeaker([], ["Habló en nombre de la Cooperativa con todos los ministerios."])).toBeNull();
  });
});

describe("round 48: the statement's heading under a covering note dates it", () => {
  it("the dateline of the inner heading", () => {
    const note = "Dear friends, below is our final version, which Ines will deliver on Friday.";
    const heading = "OSTERHOLM FERRY GUILD\nStatement to the constructive dialogue on smuggling\nVienna, 9 May 2031";
    expect(read(["Subject: our text for Friday", note, "---", heading, CHAIR.en!, OPEN, ASK.en!, THANKS.en!]).deliveredOn).toBe("2031-05-09");
  });
});

describe("round 48: a signature set in a PDF's footer", () => {
  it("the name and its office opening a footer line", () => {
    expect(footerSignature(["Osterholm Ferry Guild", "Halvard Quist-Imbert, Executive Secretary, Pier Lane 4, Osterholm, Norway", "1/1"])).toEqual({ name: "Halvard Quist-Imbert", role: "Executive Secretary" });
  });
  it("a contact's line is no signature", () => {
    expect(footerSignature(["Contact: Halvard Quist-Imbert, Executive Secretary, desk@example.org"])).toBeNull();
  });
  it("a body and its address are no signature", () => {
    expect(footerSignature(["Osterholm Ferry Guild, Pier Lane 4, Osterholm, Norway"])).toBeNull();
  });
});
