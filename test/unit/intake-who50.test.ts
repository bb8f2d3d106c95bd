import { describe, expect, it } from "vitest";
import { personName } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 50 (who, forms read from blind sets 50 and 51 after round 49): titles before a name, and a body's name that runs on
// into where it spoke. Invented text (lighthouses and ferries; invented bodies, people, towns).

describe("round 50: titles before a name are no part of it", () => {
  it("Canon alone, and the Thai Khun", () => {
    expect(personName("Canon Halvard Quist-Imbert")).toBe("Halvard Quist-Imbert");
    expect(personName("Khun Somsri Wongkaew")).toBe("Somsri Wongkaew");
  });
});

describe("round 50: a body's name ends before where it spoke", () => {
  it("French: au nom de NAME (ABC) lors du dialogue …", () => {
    const intro =
      "Le mardi 6 mai 2031, notre trésorière, Me Odile Quéré-Lanvaux, a pris la parole au nom de la Ligue des passeurs du Ponant (LPP) lors du dialogue constructif sur la coopération internationale.";
    const r = read(["La LPP à Vienne : notre intervention", intro, CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Ligue des passeurs du Ponant");
  });
});

describe("round 50: a name is never a topic in small letters", () => {
  it("a running header's topic after the acronym", () => {
    const r = read(["LPP — international cooperation and ferry safety", CHAIR.en!, "The League of Ponant Ferrymen speaks for the crews of the night crossings.", ASK.en!, THANKS.en!]);
    expect(r.organization?.name).not.toBe("international cooperation and ferry safety");
  });
});
