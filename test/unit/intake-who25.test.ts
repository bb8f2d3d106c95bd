import { describe, expect, it } from "vitest";
import { acronymFits, findSpeaker, introSpeaker, isRole, labelledSpeakerLine } from "../../worker/intake/people";
import { clean } from "../../worker/intake/clean";
import { findDates } from "../../worker/intake/dates";
import { topicScores } from "../../worker/intake/segments";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 25 (metadata fields). Lines written for these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const body = "Chair, colleagues,\n\nOur members run two ferry clinics on the lake and meet about forty travellers a week who paid a broker to cross.\n\nWe ask that ferry operators be trained to spot forged papers.\n\nThank you.";

describe("acronyms and names", () => {
  it("lets an ex- word give the X of an acronym", () => {
    expect(acronymFits("Coastal Traders Exchange", "CTX")).toBe(true);
    expect(acronymFits("Lakeside Legal Express", "LLX")).toBe(true);
  });

  it("does not let a word without ex- give an X (near miss)", () => {
    expect(acronymFits("Coastal Traders Union", "CTX")).toBe(false);
    expect(acronymFits("Coastal Traders Axis", "CTX")).toBe(false);
  });

  it("reads a heading line opening with a name and its acronym, with more run on after a comma", () => {
    const read = understand(`Hill Ferry Relief Circle (HFRC), Kisumu, Kenya Constructive dialogue on migrant smuggling, 1 July 2022\n\n${body}`, [], segments);
    expect(read.organization?.name).toBe("Hill Ferry Relief Circle");
    expect(read.organization?.acronym).toBe("HFRC");
  });

  it("reads no person as that name (near miss)", () => {
    const read = understand(`Paul Otieno Makori (POM), Kisumu, Kenya\n\n${body}`, [], segments);
    expect(read.organization?.name ?? null).not.toBe("Paul Otieno Makori");
  });

  it("keeps a capitalized Mémoire inside a French name with its acronym", () => {
    const read = understand(`Collectif Lagune Mémoire et Vérité (CLMV)\nBP 0, Sfax, Tunisie\n\n${body}`, [], segments);
    expect(read.organization?.name).toBe("Collectif Lagune Mémoire et Vérité");
  });

  it("takes no brief opening with Mémoire as a name (near miss)", () => {
    const read = understand(`Mémoire du Collectif Lagune (MCL)\n\n${body}`, [], segments);
    expect(read.organization?.name ?? null).not.toBe("Mémoire du Collectif Lagune");
  });

  it("splits two header cells a PDF set on one line, the name in capitals first", () => {
    const read = understand(body, ["HILL FERRY RELIEF CIRCLE (HFRC) Constructive dialogue on migrant smuggling · 01/07/2022"], segments);
    expect(read.organization?.name).toBe("Hill Ferry Relief Circle");
  });

  it("leaves a header line with a single word in capitals whole (near miss)", () => {
    const read = understand(body, ["HFRC Constructive dialogue on migrant smuggling · 01/07/2022"], segments);
    expect(read.organization).toBeNull();
  });
});

describe("roles and speakers", () => {
  it("reads a role word written with its prefix in one word", () => {
    expect(isRole("Vicepresidenta")).toBe(true);
    expect(isRole("subdirector")).toBe(true);
    expect(isRole("cofundadora")).toBe(true);
    expect(findSpeaker([], ["Gracias.", "Marcela Ibarra Soto", "Vicepresidenta"])?.speaker).toEqual({ name: "Marcela Ibarra Soto", role: "Vicepresidenta" });
  });

  it("takes no word that only opens like one for a role (near miss)", () => {
    expect(isRole("Vicente")).toBe(false);
    expect(isRole("subsidio")).toBe(false);
    expect(isRole("cooperativa")).toBe(false);
  });

  it("reads a title naming the speaker by office, then by name after an honorific", () => {
    expect(findSpeaker(["STATEMENT OF THE HFRC COORDINATOR, MR. PAUL OTIENO MAKORI"], [])?.speaker).toEqual({ name: "Paul Otieno Makori", role: "Coordinator" });
    expect(findSpeaker(["Déclaration de la trésorière, Mme Awa Ndiaye Sow"], [])?.speaker).toEqual({ name: "Awa Ndiaye Sow", role: "trésorière" });
    const read = understand(`STATEMENT OF THE HFRC COORDINATOR, MR. PAUL OTIENO MAKORI\nHill Ferry Relief Circle (HFRC), Kisumu, Kenya\n\n${body}`, [], segments);
    expect(read.organization?.name).toBe("Hill Ferry Relief Circle");
    expect(read.speaker?.name).toBe("Paul Otieno Makori");
  });

  it("reads no speaker when the office is a body, or the name has no honorific (near miss)", () => {
    expect(findSpeaker(["Statement of the Hill Ferry Network, Mr. Paul Otieno Makori"], [])).toBeNull();
    expect(findSpeaker(["Statement of the Coordinator, Paul Otieno Makori"], [])).toBeNull();
  });

  it("reads a speaker label giving a first name, then the full name and role in brackets", () => {
    expect(findSpeaker(["Speaker: Ana (Ana Ruiz Mora, field coordinator)"], [])?.speaker).toEqual({ name: "Ana Ruiz Mora", role: "field coordinator" });
    expect(labelledSpeakerLine(["RUNNING ORDER\nSpeaker: Ana (Ana Ruiz Mora, field coordinator)\nTime: 3 minutes"])).toEqual({ name: "Ana Ruiz Mora", role: "field coordinator" });
  });

  it("reads no name from brackets that do not repeat the first name (near miss)", () => {
    expect(labelledSpeakerLine(["RUNNING ORDER\nSpeaker: Ana (field coordinator)\nTime: 3 minutes"])).toBeNull();
    expect(labelledSpeakerLine(["RUNNING ORDER\nSpeakers are asked to keep to time"])).toBeNull();
  });

  it("reads a speaker and the body from a transcript without punctuation", () => {
    const line = "[00:09] buenas tardes soy Marta Quispe Mamani trabajadora social de la Fundación Puna Viva estamos en el paso de la frontera";
    expect(introSpeaker([line])).toEqual({ name: "Marta Quispe Mamani", role: "trabajadora social" });
    const read = understand(`Nota de voz transcrita\n\n[00:02] hola a todos\n\n[00:09] soy Marta Quispe Mamani trabajadora social de la Fundación Puna Viva estamos en el paso de la frontera\n\n[00:30] pedimos que abran un punto de atención`, [], segments);
    expect(read.organization?.name).toBe("Fundación Puna Viva");
  });

  it("reads no role from words that are none (near miss)", () => {
    expect(introSpeaker(["[00:09] soy Marta Quispe Mamani vecina de la Comuna Alta y vivo aquí"])).toBeNull();
  });
});

describe("an internal memo", () => {
  const memo = (to: string) => `MEMO\n\nTo: ${to}\nFrom: Ruth Anyango Odera, Programme Officer\nDate: 9 May 2022\nRe: The constructive dialogue on firearms\n\n${body}`;

  it("is written inside the body whose board it is addressed to; the writer's role is no organization", () => {
    const read = understand(memo("Board of the Lakeshore Arms Watch Council"), [], segments);
    expect(read.organization?.name).toBe("Lakeshore Arms Watch Council");
  });

  it("takes no addressee that is not a board, staff or members of a body (near miss)", () => {
    const read = understand(memo("Lakeshore Arms Watch Council"), [], segments);
    expect(read.organization?.name ?? null).not.toBe("Programme Officer");
    expect(read.organization?.name ?? null).not.toBe("Lakeshore Arms Watch Council");
  });
});

describe("a role word inside a letterhead's name", () => {
  it("keeps a name that holds a role word but does not end with one (near miss of the memo's role)", () => {
    const read = understand(body, ["Lakeshore Centre for Legal Aid and Migrant Rights – Kisumu, Kenya"], segments);
    expect(read.organization?.name).toBe("Lakeshore Centre for Legal Aid and Migrant Rights");
  });
});

describe("dates", () => {
  it("reads a Spanish abbreviated ordinal with its dot after the letter", () => {
    expect(findDates("Lima, 3o. de mayo de 2023").map((d) => d.iso)).toEqual(["2023-05-03"]);
  });

  it("reads no day from a floor number beside a month (near miss)", () => {
    expect(findDates("3o. piso, mayo de 2023").map((d) => d.iso)).toEqual([]);
  });

  const paper = (how: string) =>
    `What two years of courses taught us\n\nSummary of the outside evaluation of our three-year course for court clerks and registrars in the northern district courts (2019–2021), ${how} the constructive dialogue on technical assistance, Vienna, 31 May 2023\n\n1. The course\n\nOur members ran nine courses for court clerks in the northern towns, on files and evidence.\n\n2. What should change\n\nWe ask that clerks be trained together with magistrates.`;

  it("dates a paper handed round at the dialogue by the day its first paragraph gives the dialogue", () => {
    expect(understand(paper("distributed at"), [], segments).deliveredOn).toBe("2023-05-31");
    expect(understand(paper("circulated during"), [], segments).deliveredOn).toBe("2023-05-31");
  });

  it("does not date a paper only written for the dialogue (near miss)", () => {
    expect(understand(paper("written for"), [], segments).deliveredOn).toBeNull();
  });

  const letter = (dateline: string) => `Hill Ferry Relief Circle\nP.O. Box 0, Kisumu, Kenya\n\n${dateline}\n\nSubject: follow-up to our words at the dialogue on migrant smuggling of 1 July 2022\n\nDear Madam Chair,\n\nWe thank you for the dialogue. We ask that ferry operators be trained to spot forged papers.\n\nYours sincerely,`;

  it("leaves undated a letter written after the dialogue its subject line names; the day still gives the segment", () => {
    const read = understand(letter("Kisumu, 19 July 2022"), [], segments);
    expect(read.deliveredOn).toBeNull();
    expect(read.segment).toBe("2022-3-smuggling-of-migrants");
  });

  it("dates a letter written before it by the dialogue's day (near miss)", () => {
    expect(understand(letter("Kisumu, 24 June 2022"), [], segments).deliveredOn).toBe("2022-07-01");
  });
});

describe("segments", () => {
  it("reads the abbreviated dialogue names and a smuggled migrant in the singular", () => {
    expect([...topicScores("SOM dialogue, 1 July 2022", "").keys()]).toEqual(["smuggling-of-migrants"]);
    expect([...topicScores("TIP dialogue, 1 July 2022", "").keys()]).toEqual(["trafficking-in-persons"]);
    expect([...topicScores("", "a boy made to steer should be treated as a smuggled migrant; el tráfico de migrantes").keys()]).toEqual(["smuggling-of-migrants"]);
  });

  it("reads no topic from the words in other senses (near miss)", () => {
    expect([...topicScores("The tip of the iceberg: some dialogue on our work", "").keys()]).toEqual([]);
  });

  it("reads a running header whose dialogue name wrapped in its cell", () => {
    const read = understand(body.replace("forged papers", "forged papers. Dated 1 July 2022"), ["HFRC", "Constructive dialogue on trafficking in", "persons"], segments);
    expect(read.segment).toBe("2022-4-trafficking-in-persons");
  });
});

describe("hard-wrapped text", () => {
  it("does not run a line in capitals or a field's label line on into the next", () => {
    const text = [
      "STATEMENT OF THE HFRC COORDINATOR, MR. PAUL OTIENO MAKORI AT THE DIALOGUE",
      "Hill Ferry Relief Circle (HFRC), Kisumu, Kenya, for the dialogue on migrants",
      "Speaker: Paul (Paul Otieno Makori, coordinator of our ferry clinics)",
      "Time: three minutes at most, the Chair will stop us at the end of them",
    ].join("\n");
    expect(clean({ pages: [text] }).text.split("\n")).toHaveLength(4);
  });

  it("still joins the lines of a wrapped paragraph (near miss)", () => {
    const text = [
      "Our members run two ferry clinics on the lake and meet about forty travellers",
      "a week who paid a broker to cross; most of them were told the papers were real",
      "and only learned otherwise when they were stopped on the far shore by police.",
    ].join("\n");
    expect(clean({ pages: [text] }).text.split("\n")).toHaveLength(1);
  });
});
