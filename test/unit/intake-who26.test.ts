import { describe, expect, it } from "vitest";
import { dayMonthDate, findDates, weekdayDate } from "../../worker/intake/dates";
import { acronymFits, introSpeaker } from "../../worker/intake/people";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 26 (dates). Lines written for these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const body = "Chair, colleagues,\n\nOur volunteers keep a small desk at the bus station and talk each week with people who were promised a job over the hills.\n\nWe ask that bus companies be told what a forged contract looks like.\n\nThank you.";
const iso = (text: string) => findDates(text).map((d) => d.iso);

describe("dates written in other ways", () => {
  it("reads an English ordinal word before the month", () => {
    expect(iso("Tuesday, the third of May 2033")).toEqual(["2033-05-03"]);
    expect(iso("on the twenty-first of June, 2033")).toEqual(["2033-06-21"]);
  });

  it("reads no ordinal word that is not before a month and year (near miss)", () => {
    expect(iso("the first of many visits we made in 2033")).toEqual([]);
    expect(iso("the third of May was a holiday")).toEqual([]);
  });

  it("reads a day and month with a two-digit year, day first", () => {
    expect(iso("Harare, 14.06.33")).toEqual(["2033-06-14"]);
    expect(iso("issued 09/06/33")).toEqual(["2033-06-09"]);
  });

  it("reads no section number, address or longer run of numbers as a short date (near miss)", () => {
    expect(iso("see paragraph 4.12.3")).toEqual([]);
    expect(iso("server 10.14.22.8")).toEqual([]);
    expect(iso("clause 2.11.30.1")).toEqual([]);
    expect(iso("rows 14.26.33")).toEqual([]);
  });

  it("dates a weekday, day and month by the year on which that weekday falls", () => {
    expect(weekdayDate("Jueves 9 de junio · Lectura de una socia", [2033, 2034])).toBe("2033-06-09");
    expect(weekdayDate("Friday 9 June, read by our treasurer", [2033, 2034])).toBe("2034-06-09");
  });

  it("dates no weekday that falls on none of the years, and no day with its own year (near miss)", () => {
    expect(weekdayDate("Monday 9 June, read by our treasurer", [2033, 2034])).toBeNull();
    expect(weekdayDate("Thursday 9 June 2033", [2033, 2034])).toBeNull();
    expect(weekdayDate("Thursday 9 June", [])).toBeNull();
  });

  it("dates a day and month with no year in the year given", () => {
    expect(dayMonthDate("El 9 de junio, en el diálogo", 2033)).toBe("2033-06-09");
    expect(dayMonthDate("no day here, only June", 2033)).toBeNull();
    expect(dayMonthDate("on 9 June 2034", 2033)).toBeNull();
  });
});

describe("the day of delivery", () => {
  it("takes the weekday line under the heading, in the year of the running header", () => {
    const read = understand(`Hill Bus Station Desk · Geneva, 2033\n\nConstructive dialogue on trafficking in persons\nThursday 9 June · read by a volunteer\n\n${body}`, [], segments);
    expect(read.deliveredOn).toBe("2033-06-09");
  });

  it("dates a letter by the day it is to be handed to the delegations, not the day it was written", () => {
    const read = understand(`Hill Bus Station Desk\nMutare, 2 June 2033\n\nTo be handed to the delegations at the constructive dialogue on trafficking in persons, Geneva, 9 June 2033\n\n${body}`, [], segments);
    expect(read.deliveredOn).toBe("2033-06-09");
  });

  it("keeps the dateline when no line says the text is handed out (near miss)", () => {
    const read = understand(`Hill Bus Station Desk\nMutare, 2 June 2033\n\nA note on the constructive dialogue on trafficking in persons, Geneva, 9 June 2033\n\n${body}`, [], segments);
    expect(read.deliveredOn).toBe("2033-06-02");
  });

  it("takes a post's date when its text says the statement was given today at the dialogue", () => {
    const read = understand("Posted on our page, Thursday 9 June 2033, late evening.\n\n1/4 Today in Geneva our director spoke at the constructive dialogue on trafficking in persons.\n\n2/4 Our desk at the bus station met 300 travellers last year.", [], segments);
    expect(read.deliveredOn).toBe("2033-06-09");
  });

  it("takes no post date when its text says nothing of a dialogue today (near miss)", () => {
    const read = understand("Posted on our page, Thursday 9 June 2033, late evening.\n\n1/4 Today we publish the accounts of our desk at the bus station.\n\n2/4 It met 300 travellers last year.", [], segments);
    expect(read.deliveredOn).toBeNull();
  });
});

describe("acronyms", () => {
  it("lets a cross- word give the X of an acronym", () => {
    expect(acronymFits("Help Desk for Cross-border Workers", "HDXW")).toBe(true);
    expect(acronymFits("Valley Cross Roads Forum", "VXRF")).toBe(true);
  });

  it("gives no X for a word that is not cross (near miss)", () => {
    expect(acronymFits("Help Desk for Coastal Workers", "HDXW")).toBe(false);
    expect(acronymFits("Valley Crossing Forum", "VXF")).toBe(false);
  });
});

describe("the role in the organization", () => {
  it("takes the body the speaker chairs over the profession given first", () => {
    expect(introSpeaker(["Je m'appelle Me Aristide Mbemba Tshala. Je suis notaire à Kindu et je préside l'Union des riverains du fleuve."])?.role).toBe("président");
    expect(introSpeaker(["Me llamo Rosalba Quintero Ibarra. Soy maestra rural y presido la Red de Madres del Valle."])?.role).toBe("presidente");
  });

  it("keeps the profession when what is chaired is no body (near miss)", () => {
    expect(introSpeaker(["Je m'appelle Me Aristide Mbemba Tshala. Je suis notaire à Kindu et je préside la séance de ce matin."])?.role).not.toBe("président");
  });
});
