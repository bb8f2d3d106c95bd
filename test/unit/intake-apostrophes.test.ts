import { describe, expect, it } from "vitest";
import { fold } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";

// Office suites write typographic apostrophes ("qu’ils", "c’est", "we’d"); the rules are written with "'".
// `fold` makes them straight, one for one, so each rule reads both and the text keeps what was written.
// Text and names written for these tests.

const straight = (s: string) => s.replace(/’/g, "'");

describe("typographic apostrophes", () => {
  it("fold makes ’ ‘ ʼ straight and keeps the length", () => {
    const s = "Qu’ils l‘ouvrent, we’d say, Nuku Hivaʼs";
    expect(fold(s)).toBe("qu'ils l'ouvrent, we'd say, nuku hiva's");
    expect(fold(s).length).toBe(s.length);
  });

  const french = [
    "Les bergers de la vallée perdent leurs troupeaux chaque hiver.",
    "Nous attendons des préfectures qu’elles ouvrent un registre des pâturages communs.",
    "Les fromagers vendent sans étiquette depuis des années.",
    "Ce que nous espérons surtout, c’est que les chambres d’agriculture leur offrent un atelier de formation.",
  ].join("\n\n");
  const english = [
    "The ferry crews of the lagoon work without radios.",
    "We urge the port authorities to fit every ferry’s cabin with a radio before the rainy season.",
    "The lagoon’s clinics have no boat either.",
    "It is essential that the district councils give each of the lagoon’s clinics a boat of its own.",
  ].join("\n\n");

  for (const [name, text] of [["French", french], ["English", english]] as const) {
    it(`reads the same requests with curly apostrophes as with straight ones (${name}), keeping the text as written`, () => {
      const curly = findProposals(text);
      expect(curly.length).toBeGreaterThan(0);
      expect(curly.map(straight)).toEqual(findProposals(straight(text)));
      expect(curly.every((p) => text.includes(p))).toBe(true);
    });
  }

  it("does not turn a sentence that asks for nothing into a request", () => {
    const text = ["Les pêcheurs n’ont plus de filets depuis la tempête.", "C’est une histoire que l’on entend souvent ici."].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });
});
