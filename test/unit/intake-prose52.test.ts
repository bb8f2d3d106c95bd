import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 52 (blind sets 54 and 55 used for development; invented text only): the body under a "Recommendation N – Title"
// heading read from its first sentence that asks, the background before it left out; numbered background paragraphs
// beside numbered asks read as prose is, the learned classifier included. Look-alikes included.

describe("round 52: a titled recommendation's body, from its first sentence that asks", () => {
  const letter = [
    "We are a network of ferry crews on the southern lakes. We see who travels and who is sent.",
    "We bring three recommendations to this meeting.",
    "Recommendation 1 – Tickets with names",
    "Most crossings are paid in cash at the pier. Nobody knows who boarded. Ferry companies should be required to sell tickets in the traveller's own name.",
    "Recommendation 2 – Lights on the piers",
    "Children wait alone on dark piers after the last boat. Every pier used at night should have a lit shelter and a telephone.",
    "Recommendation 3 – Crews who can report",
    "Deckhands should learn to spot a minor who boards with a grown-up not related to them, and be given a line to ring.",
    "Thank you for listening.",
  ].join("\n\n");
  const found = findProposals(letter);

  it("takes the asking sentence, not the background before it", () => {
    expect(found).toContain("Ferry companies should be required to sell tickets in the traveller's own name.");
    expect(found).toContain("Every pier used at night should have a lit shelter and a telephone.");
    expect(found.some((p) => p.includes("Most crossings are paid in cash"))).toBe(false);
    expect(found.some((p) => p.includes("Children wait alone on dark piers"))).toBe(false);
  });

  it("keeps a body whose first sentence asks as it is", () => {
    expect(found).toContain("Deckhands should learn to spot a minor who boards with a grown-up not related to them, and be given a line to ring.");
    expect(found).toHaveLength(3);
  });

  it("keeps a body that asks nothing the rules read as it is", () => {
    const quiet = [
      "We bring two recommendations to this meeting.",
      "Recommendation 1 – The piers",
      "The piers are dark at night, and children wait there alone for the last boat.",
      "Recommendation 2 – The crews",
      "Crews should be trained to recognise a child travelling alone.",
    ].join("\n\n");
    expect(findProposals(quiet)).toContain("The piers are dark at night, and children wait there alone for the last boat.");
  });

  it("keeps a body that opens with an imperative whole", () => {
    const imperative = [
      "We bring two recommendations to this meeting.",
      "Recommendation 1 – The law",
      "Require the ferry companies to refuse any child who boards without a named adult. Harbour masters should be told of the change in writing.",
      "Recommendation 2 – The crews",
      "Train the crews to recognise a child travelling alone.",
    ].join("\n\n");
    expect(findProposals(imperative)[0]).toBe("Require the ferry companies to refuse any child who boards without a named adult. Harbour masters should be told of the change in writing.");
  });
});

describe("round 52: numbered background paragraphs beside numbered asks, read as prose", () => {
  const paper = [
    "1. The Lakeside Court Watch is a volunteer group that has sat in the district courts every week since 2016. It is paid for by its members and by a small grant from a church.",
    "2. Of the 150 smuggling cases we followed, 60 were dropped, most of them because a witness had moved away or a file could not be found. Only a handful failed on the law.",
    "3. In the same years we counted many courses for judges and prosecutors on new crimes. We counted none for the clerks who keep the files, whose mistakes ended most of the dropped cases.",
    "4. Assistance to the courts should reach the clerks who keep files and exhibits, with training built around the registry where they work.",
    "5. Where a court is given new recording machines, money for their repair and for typists should come with them for five years, since a hearing nobody can type out cannot be appealed.",
    "6. Donors should judge their courses by what happens to the cases afterwards, not by the number of chairs filled.",
    "7. The Court Watch will gladly show its way of following cases to any court that asks. It costs little and works in two languages.",
  ].join("\n\n");
  const found = findProposals(paper);

  it("finds each numbered ask", () => {
    expect(found.some((p) => p.startsWith("Assistance to the courts should reach the clerks"))).toBe(true);
    expect(found.some((p) => p.startsWith("Where a court is given new recording machines"))).toBe(true);
    expect(found.some((p) => p.startsWith("Donors should judge their courses"))).toBe(true);
  });

  it("leaves the numbered background and the group's own offer out", () => {
    expect(found.some((p) => p.includes("volunteer group"))).toBe(false);
    expect(found.some((p) => p.includes("Of the 150 smuggling cases"))).toBe(false);
    expect(found.some((p) => p.includes("will gladly show"))).toBe(false);
  });
});
