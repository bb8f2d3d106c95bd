import { describe, expect, it } from "vitest";
import { findSpeaker, introSpeaker } from "../../worker/intake/people";
import { findCountry } from "../../worker/intake/places";
import { runOnSentences, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 28 (who and when). Lines written for these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const asks = "Madam Chair,\n\nWe ask that river patrols carry a list of the boats reported stolen.\n\nThank you.";

describe("an organization introduced by 'of/by the Name (ACR), Town, Country'", () => {
  it("reads the name after 'of the', its acronym spanning first and last words", () => {
    const text = `Radio notes from the lake: episode 9\nA radio show of the Green Ridge Water Users Council (GRC), Lodwar, Kenya\n\n${asks}`;
    const org = understand(text, [], segments).organization;
    expect(org?.name).toBe("Green Ridge Water Users Council");
    expect(org?.acronym).toBe("GRC");
  });

  it("does not cut the line when the acronym does not start with the name's first word (near miss)", () => {
    const text = `Radio notes from the lake: episode 9\nA radio show of the Green Ridge Water Users Council (RWC), Lodwar, Kenya\n\n${asks}`;
    expect(understand(text, [], segments).organization?.name).not.toBe("Green Ridge Water Users Council");
  });
});

describe("a by-line 'presented at the dialogue …, by NAME, role'", () => {
  it("reads the speaker after a long place and date", () => {
    expect(findSpeaker(["Presented at the dialogue on firearms held in Vienna on 6 May 2022, by Ruta Tane, rapporteur of the consultation"], [])?.speaker).toEqual({ name: "Ruta Tane", role: "rapporteur of the consultation" });
  });

  it("reads none when it was presented somewhere other than a meeting (near miss)", () => {
    expect(findSpeaker(["Presented at the harvest fair of Lodwar, Kenya, last spring, by popular demand"], [])).toBeNull();
  });
});

describe("a sentence in small type wrapped in the letterhead", () => {
  it("joins a long line ending in a small letter with the line below opening in small letters", () => {
    expect(runOnSentences(["This note was presented at the dialogue on firearms (held in Lodwar on 6 May 2022) by Dr. Ruta Tane, senior", "policy fellow."])).toEqual(["This note was presented at the dialogue on firearms (held in Lodwar on 6 May 2022) by Dr. Ruta Tane, senior policy fellow."]);
  });

  it("leaves short lines and web addresses apart (near misses)", () => {
    expect(runOnSentences(["Green Ridge Water Users Council", "water for all"])).toHaveLength(2);
    expect(runOnSentences(["A registered community body of the district, serving herders and farmers alike", "www.example.org"])).toHaveLength(2);
  });
});

describe("a name in capitals over two letterhead lines, read from the first", () => {
  it("joins the line below when the footer's acronym fits both lines only", () => {
    const letterhead = ["HIGHLAND INSTITUTE FOR RIVER", "SAFETY STUDIES", "Working paper 3", "HIRSS · 0 Lake Road, Lodwar, Kenya"];
    expect(understand(`Keeping boats off the black market\n\n${asks}`, letterhead, segments).organization?.name).toBe("Highland Institute for River Safety Studies");
  });

  it("does not join when the acronym fits the first line alone (near miss)", () => {
    const letterhead = ["HIGHLAND INSTITUTE FOR RIVER", "SAFETY STUDIES", "Working paper 3", "HIFR · 0 Lake Road, Lodwar, Kenya"];
    expect(understand(`Keeping boats off the black market\n\n${asks}`, letterhead, segments).organization?.name).not.toBe("Highland Institute for River Safety Studies");
  });
});

describe("roles", () => {
  it("reads 'supervisor' as a role word", () => {
    expect(findSpeaker(["Read by Tomas Ruiz, night-shift supervisor"], [])?.speaker).toEqual({ name: "Tomas Ruiz", role: "night-shift supervisor" });
  });

  it("reads a role joined by 'and' later in a self-introduction", () => {
    expect(introSpeaker(["Soy Marta Quiroga, hermana de un guardia del puerto, y tesorera de la Cooperativa Los Álamos. Hoy somos cuarenta socias."])).toEqual({ name: "Marta Quiroga", role: "tesorera" });
  });

  it("reads no role from a joined word that is no role (near miss)", () => {
    expect(introSpeaker(["Soy Marta Quiroga, hermana de un guardia del puerto, y vecina de la Cooperativa Los Álamos. Hoy somos cuarenta socias."])).toEqual({ name: "Marta Quiroga", role: null });
  });
});

describe("dates and segment", () => {
  it("takes the date after 'for delivery at the dialogue' over the issue date", () => {
    const text = `STATEMENT ON STOLEN BOATS\n\nNote issued 2 March 2022 for delivery at the firearms dialogue held in Vienna on 6 May 2022.\n\n${asks}`;
    expect(understand(text, [], segments).deliveredOn).toBe("2022-05-06");
  });

  it("keeps the issue date when the delivery is not at a dialogue (near miss)", () => {
    const text = `STATEMENT ON STOLEN BOATS\n\nNote issued 2 March 2022 for delivery to the members of our council, 6 May 2022.\n\n${asks}`;
    expect(understand(text, [], segments).deliveredOn).not.toBe("2022-05-06");
  });

  it("gives the segment from a month-only dateline under a heading naming the dialogue", () => {
    const text = `OUR WORDS FOR THE DIALOGUE ON FIREARMS\nLodwar, May 2022\n\n${asks}`;
    const read = understand(text, [], segments);
    expect(read.deliveredOn).toBeNull();
    expect(read.segment).toBe("2022-1-firearms");
  });

  it("gives none from a month-only line under a heading that names no dialogue (near miss)", () => {
    const text = `OUR WORDS ON FIREARMS\nLodwar, May 2022\n\n${asks}`;
    expect(understand(text, [], segments).segment).toBeNull();
  });
});

describe("country names in their long form", () => {
  it("reads 'Slovak Republic' and 'Kyrgyz Republic'", () => {
    expect(findCountry("0 Main Street, Trnava, Slovak Republic")).toBe("SK");
    expect(findCountry("Osh, Kyrgyz Republic")).toBe("KG");
  });

  it("reads no country from 'republic' alone (near miss)", () => {
    expect(findCountry("A republic of small islands and long roads")).toBeNull();
  });
});
