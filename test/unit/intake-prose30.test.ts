import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 30 (blind set 23 used for development): the forms of asking added to the rules, each beside a near miss
// that looks like it and asks nothing. Text written for these tests (a network of bee-keepers' cooperatives whose
// hives are stolen and sold across a mountain pass; no name of a place, body or person of any fixture), each
// sentence checked against every fixture for a run of seven words in common.

const OPEN = "Good morning, Chair. We speak for eleven cooperatives of bee-keepers in the high valleys, where hives are stolen at night and driven over the pass to be sold.";
const BACK = "Last season our members lost three hundred and forty hives, and the market inspectors found only nine of them.";
const CLOSE = "Thank you for listening.";
const statement = (...paragraphs: string[]) => [OPEN, BACK, ...paragraphs, CLOSE].join("\n\n");

describe("round 30: comparisons, what should happen next, thanks and colons that ask", () => {
  it("takes 'nothing would help … more than …'", () => {
    const got = findProposals(statement("Nothing would help our cooperatives more than a hive register that the inspectors on both sides of the pass can read."));
    expect(got).toEqual(["Nothing would help our cooperatives more than a hive register that the inspectors on both sides of the pass can read."]);
  });
  it("does not take what helped, in the past", () => {
    expect(findProposals(statement("Nothing helped our cooperatives more than the radio messages the shepherds sent when trucks crossed at night."))).toEqual([]);
  });
  it("takes 'what should happen now, in my view, is that …'", () => {
    const got = findProposals(statement("What should happen now, in my view, is that the market inspectors of the two provinces check the hive marks together each spring."));
    expect(got).toHaveLength(1);
  });
  it("does not take the signpost that stops at 'is clear', nor what should have happened", () => {
    expect(findProposals(statement("What should have happened, in our view, is that somebody counted the hives before the fire."))).toEqual([]);
  });
  it("takes more thanks to come as a request, from the clause that asks", () => {
    const s = "We are grateful to the foundation that paid for our branding irons, and we would be even more grateful if the same help reached the cooperatives of the upper valley.";
    expect(findProposals(statement(s))).toEqual(["and we would be even more grateful if the same help reached the cooperatives of the upper valley."]);
  });
  it("does not take more thanks about what the speaker could do", () => {
    expect(findProposals(statement("We are grateful to the foundation that paid for our branding irons, and we would be even more grateful if we could stay another day."))).toEqual([]);
  });
  it("takes 'we ask that' after a colon in the middle of a sentence", () => {
    const s = "The cooperatives already keep a list of stolen hives, and a list kept by them is one the buyers will believe: we ask that any public register be built from it.";
    expect(findProposals(statement(s))).toEqual([s]);
  });
  it("does not take the speaker asking herself a question", () => {
    expect(findProposals(statement("We ask ourselves every spring where the stolen queens end up, and nobody has ever told us."))).toEqual([]);
  });
});

describe("round 30: a comment's label, an aside in the subject", () => {
  it("reads the request after 'Our comment:' without the label", () => {
    const got = findProposals(statement("Item 3. Market inspections", "Background: the inspectors visit the markets twice a year.", "Our comment: we would welcome a seat for bee-keepers at the meetings where the inspection plans are drawn up."));
    expect(got).toEqual(["we would welcome a seat for bee-keepers at the meetings where the inspection plans are drawn up."]);
  });
  it("takes nothing from a comment that asks nothing", () => {
    expect(findProposals(statement("Our comment: the inspectors have always been polite to our members."))).toEqual([]);
  });
  it("takes a passive request whose subject carries an aside opened by a conjunction", () => {
    const got = findProposals(statement("Il faudrait que chaque ruche porte une marque gravée au fer. Les acheteurs qui revendent les ruches volées au marché, et parfois au-delà du col, doivent être jugés comme des receleurs."));
    expect(got).toHaveLength(2);
  });
  it("does not take an aside before a sentence that tells what was done", () => {
    expect(findProposals(statement("In the spring, and again in the autumn, the hives were counted by the cooperatives themselves."))).toEqual([]);
  });
});

describe("round 30: a request said twice is one proposal", () => {
  it("keeps one of two copies of the same requests (a short version, then the full one)", () => {
    const short = "Hive marks should be recorded by the market inspectors at every sale. And the buyers of stolen hives should be tried as receivers.";
    const got = findProposals(statement("I. The version read out", short, "II. The full written version", "The trade in stolen hives has grown every year since the new road opened.", "Hive marks should be recorded by the market inspectors at every sale.", "Our members have lost whole apiaries in a single night.", "And the buyers of stolen hives should be tried as receivers."));
    expect(got).toEqual(["Hive marks should be recorded by the market inspectors at every sale.", "And the buyers of stolen hives should be tried as receivers."]);
  });
  it("keeps two requests that only share words", () => {
    const got = findProposals(statement("Hive marks should be recorded by the market inspectors at every sale.", "Hive marks should also be printed on the receipts that the buyers keep."));
    expect(got).toHaveLength(2);
  });
});

describe("round 30: a table read row by row, one column of asks", () => {
  it("takes the cells of the asking column, not the findings", () => {
    const got = findProposals(statement("Finding", "What should change", "Stolen hives are sold at the autumn fairs without any check.", "Every hive sold at a fair should carry a mark that the inspector writes down.", "Nobody answers the telephone at the border post at night.", "The border post needs a night line that shepherds can call when trucks pass.", "The courts treat the theft of a hive as a minor offence.", "Let the theft of ten hives or more be tried as organized theft."));
    expect(got).toEqual([
      "Every hive sold at a fair should carry a mark that the inspector writes down.",
      "The border post needs a night line that shepherds can call when trucks pass.",
      "Let the theft of ten hives or more be tried as organized theft.",
    ]);
  });
  it("takes the wishes in 'que' of the column of asks, not the pledges beside them", () => {
    const got = findProposals(statement("NOS ENGAGEONS A…", "PEDIMOS…", "Marcar cada colmena de la red antes de la primavera.", "que los inspectores de los mercados anoten la marca de cada colmena vendida;", "Avisar a la policía de cada robo en menos de un día.", "que la policía del otro lado del paso responda también de noche;"));
    expect(got).toEqual(["que los inspectores de los mercados anoten la marca de cada colmena vendida", "que la policía del otro lado del paso responda también de noche"]);
  });
  it("takes nothing from a table of short headings with no column of asks", () => {
    expect(findProposals(statement("Season", "Hives lost", "Spring", "One hundred and twelve hives.", "Autumn", "Two hundred and twenty-eight hives."))).toEqual([]);
  });
  it("leaves out a cell that says it asks nothing", () => {
    const got = findProposals(statement("Earlier promise", "What we ask now", "A register of hive marks", "The register needs a keeper who updates it every spring.", "A fund for stolen hives", "No new ask: the fund exists and pays on time.", "Branding irons for every member", "We ask that the next irons be made in the valley workshops."));
    expect(got).toEqual(["The register needs a keeper who updates it every spring.", "We ask that the next irons be made in the valley workshops."]);
  });
});

describe("round 30: the team's own reminders in a programme", () => {
  const programme = (heading: string) =>
    ["OUR WEEK AT THE CONFERENCE", "MONDAY", "- 09:00 Registration at the north gate.", "- 15:00 Meeting of the bee-keepers' caucus.", "WHAT WE ASK OF THE STATES", "1. Every hive sold at a fair should carry a mark that the inspector writes down.", "2. Border posts on the pass should answer the telephone at night.", heading, "- Ask the hotel for a late check-out on Friday.", "- Please bring the receipts for every taxi."].join("\n\n");
  it("leaves out the items under a reminders heading", () => {
    expect(findProposals(programme("DO NOT FORGET"))).toEqual([
      "Every hive sold at a fair should carry a mark that the inspector writes down.",
      "Border posts on the pass should answer the telephone at night.",
    ]);
  });
  it("still takes one more request under a heading that is no reminder", () => {
    const got = findProposals(programme("ONE MORE REQUEST"));
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(got.slice(0, 2)).toEqual([
      "Every hive sold at a fair should carry a mark that the inspector writes down.",
      "Border posts on the pass should answer the telephone at night.",
    ]);
  });
});

