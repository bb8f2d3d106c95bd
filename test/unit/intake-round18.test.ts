import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { readMarker } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";
import { withDelimitedTables } from "../../worker/intake/text-tables";

// Round 18 (English proposals, blind sets 12 and 13 used for development): text and names written for these tests.

const OPENING = "Our cooperative keeps bees on the terraces above the river valley.";

describe("a body asked in a few more ways", () => {
  it("takes 'We would like <a body> to …' (also after an ordinal)", () => {
    const like = `${OPENING}\n\nWe would like the secretariat to collect the hive registers of each province in one place. Today they sit in drawers.`;
    expect(findProposals(like)).toEqual(["We would like the secretariat to collect the hive registers of each province in one place."]);
    const third = `${OPENING}\n\nThird, we would like the donors present to pay for a queen-rearing course in every valley, not only in the capital.`;
    expect(findProposals(third)).toEqual(["Third, we would like the donors present to pay for a queen-rearing course in every valley, not only in the capital."]);
  });

  it("not 'We would like to thank …' nor 'We would like you to know …'", () => {
    const thanks = `${OPENING}\n\nWe would like to thank the hosts for the honey tasting. We would like you to know that the terraces are open to visitors.`;
    expect(findProposals(thanks)).toEqual([]);
  });

  it("takes 'Surely the time has come for …' and 'Nothing would do more for … than …'", () => {
    const time = `${OPENING}\n\nSurely the time has come for buying countries to ask where each jar of honey was gathered, and to refuse the jars that cannot say.`;
    expect(findProposals(time)).toEqual(["Surely the time has come for buying countries to ask where each jar of honey was gathered, and to refuse the jars that cannot say."]);
    const nothing = `${OPENING}\n\nNothing would do more for the keepers of the high terraces than a promise by the ministries that no hive will be seized without a hearing. Today the hives go first and the hearing comes later.`;
    expect(findProposals(nothing)).toEqual(["Nothing would do more for the keepers of the high terraces than a promise by the ministries that no hive will be seized without a hearing."]);
  });

  it("a request named before a colon, addressed to someone: 'A final suggestion, addressed to …: <verb> …'", () => {
    const named = `${OPENING}\n\nMany of our keepers have never met an inspector. A last suggestion, addressed to the agencies and the donors: bring inspectors and keepers of both banks together for a week of visits to real apiaries.`;
    expect(findProposals(named)).toEqual(["A last suggestion, addressed to the agencies and the donors: bring inspectors and keepers of both banks together for a week of visits to real apiaries."]);
  });

  it("what a request costs does not go on it", () => {
    const cost = `${OPENING}\n\nWe therefore propose that the provinces answer every complaint of a keeper within ten days. This costs very little.`;
    expect(findProposals(cost)).toEqual(["We therefore propose that the provinces answer every complaint of a keeper within ten days."]);
  });
});

describe("one more request after a list", () => {
  it("takes 'We also ask <a body> to …' after the list", () => {
    const text = `${OPENING}\n\nWe would therefore ask the provinces to:\n\n• register every hive that is moved across a provincial line;\n• publish the register once a season;\n• answer a keeper's complaint within a month.\n\nWe also ask UNODC to bring keepers and inspectors of the two banks together once a year, so that they know each other.\n\nThank you.`;
    expect(findProposals(text)).toEqual([
      "register every hive that is moved across a provincial line",
      "publish the register once a season",
      "answer a keeper's complaint within a month.",
      "We also ask UNODC to bring keepers and inspectors of the two banks together once a year, so that they know each other.",
    ]);
  });

  it("not a closing appeal to stand with the speaker", () => {
    const text = `${OPENING}\n\nWe ask the provinces to:\n\n• register every hive that is moved;\n• publish the register once a season.\n\nWe also ask the States present to stand with the keepers of the valley.`;
    expect(findProposals(text)).toEqual(["register every hive that is moved", "publish the register once a season."]);
  });
});

describe("lists under topic titles", () => {
  it("takes a first title's single item when it asks outright, as the later titles' lists", () => {
    const text = `${OPENING}\n\nWe have joined several projects paid for from abroad. Two things stand out.\n\nCourses that stay\n\n• Donors should pay for a second visit to each apiary a season after the course, because a keeper forgets what he saw once.\n\nReaching the high valleys\n\n• Half the seats on each course should go to keepers from the high valleys.\n• Course sheets should be printed in the valley languages.\n\nThank you.`;
    expect(findProposals(text)).toEqual([
      "Donors should pay for a second visit to each apiary a season after the course, because a keeper forgets what he saw once.",
      "Half the seats on each course should go to keepers from the high valleys.",
      "Course sheets should be printed in the valley languages.",
    ]);
  });
});

describe("problem, evidence and ask", () => {
  it("takes the paragraphs labelled 'Ask:', without the label", () => {
    const text = `${OPENING} We set out what we saw in two parts.\n\n1. Hives are seized at the border\n\nProblem. Keepers who move their hives for the summer lose them at the checkpoints.\n\nEvidence. Of our members, nineteen lost hives last year.\n\nAsk: The provinces should give each moving keeper a paper that the checkpoints accept.\n\n2. Nobody answers\n\nProblem. Complaints go unanswered.\n\nEvidence. We sent forty letters and had two replies.\n\nAsk: We ask the ministries to name one officer who answers keepers' letters within a month.\n\nThank you.`;
    expect(findProposals(text)).toEqual([
      "The provinces should give each moving keeper a paper that the checkpoints accept.",
      "We ask the ministries to name one officer who answers keepers' letters within a month.",
    ]);
  });

  it("not a single labelled paragraph among others", () => {
    const text = `${OPENING}\n\nRequest: none this year, as our report is late.\n\nWe urge the provinces to publish the hive register once a season.`;
    expect(findProposals(text)).toEqual(["We urge the provinces to publish the hive register once a season."]);
  });
});

describe("lettered items in lower case", () => {
  it("reads 'a. mark …' as an item when two more words follow", () => {
    expect(readMarker("b. keep a record of every hive sold")?.marker).toMatchObject({ kind: "letter", value: 2 });
    expect(readMarker("a. m. the market opens")).toBeNull();
  });

  it("takes the items under 'States should:'", () => {
    const text = `${OPENING}\n\nWe have two suggestions. The provinces, ours among them, should:\n\na. mark every moving hive with a number that can be traced to its keeper;\nb. send the numbers of seized hives to the keeper's province within a month.\n\nThank you.`;
    expect(findProposals(text)).toEqual([
      "mark every moving hive with a number that can be traced to its keeper",
      "send the numbers of seized hives to the keeper's province within a month.",
    ]);
  });
});

describe("a table of recommendations pasted as text", () => {
  it("reads tab-separated rows under a 'Recommendation' column as a list, the other cells after it", () => {
    const text = "No.\tRecommendation\tFor\n1\tThe provinces should publish the hive register every season.\tProvinces\n2\tDonors should fund a course for keepers in each high valley.\tDonors";
    expect(withDelimitedTables(text)).toBe(
      "• The provinces should publish the hive register every season.\n• Donors should fund a course for keepers in each high valley.\n\nNo.: 1 — For: Provinces\nNo.: 2 — For: Donors\n",
    );
    const read = clean({ pages: [`${OPENING}\n\n${text}\n\nThank you.`] }).text;
    expect(findProposals(read)).toEqual(["The provinces should publish the hive register every season.", "Donors should fund a course for keepers in each high valley."]);
  });

  it("reads a CSV export, quoted cells with commas, and leaves out a row marked achieved", () => {
    const csv = [
      "ref,status,recommendation,addressed_to",
      'K-1,new,"The provinces should accept a moving keeper\'s paper, wherever it was issued.",Provinces',
      'K-2,achieved - not repeated,"The ministry should publish the list of seized hives.",Ministry',
      'K-3,repeated,"Donors should pay for a second visit to each apiary after a course.",Donors',
    ].join("\n");
    const read = clean({ pages: [`${OPENING}\n\n${csv}\n`] }).text;
    expect(findProposals(read)).toEqual([
      "The provinces should accept a moving keeper's paper, wherever it was issued.",
      "Donors should pay for a second visit to each apiary after a course.",
    ]);
  });

  it("leaves lines with commas or tabs that are no such table as they are", () => {
    const prose = "Recommendation, in our view, is a strong word.\nWe use it, with care, in our reports.";
    expect(withDelimitedTables(prose)).toBe(prose);
    const figures = "Year\tRecommendation\n2021\t3\n2022\t4";
    expect(withDelimitedTables(figures)).toBe(figures);
  });
});
