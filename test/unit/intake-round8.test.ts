import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 8 (after the blind set): sentences written for these tests, none from an evaluation set.
describe("intake round 8: proposals", () => {
  it("takes a lettered sub-list announced inside numbered background paragraphs", () => {
    const text = [
      "1. Our network was founded ten years ago by port workers and now counts forty members in the region.",
      "2. Most of the cases we followed ended without any conviction, and the victims left the country before the trial opened.",
      "3. In view of these findings, we recommend that:",
      "a) prosecutors receive guidance on hearing witnesses by video link from abroad;",
      "b) donors fund interpreters for the whole length of a trial;",
      "c) the courts publish how long each case took from charge to judgment.",
      "4. Our members will gladly brief any delegation that asks for our case files.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "prosecutors receive guidance on hearing witnesses by video link from abroad",
      "donors fund interpreters for the whole length of a trial",
      "the courts publish how long each case took from charge to judgment.",
    ]);
  });

  it("gives the sub-items of bullets that are group headings ending with a colon", () => {
    const text = [
      "Our proposals are grouped under two headings:",
      "",
      "• On the supply of weapons:",
      "◦ Mark every imported pistol at the point of entry with a unique serial code.",
      "◦ Keep the records of licensed dealers for at least twenty years.",
      "• On what happens in schools:",
      "◦ Train teachers to recognise pupils who are being recruited by armed groups.",
      "◦ Fund after-school sport in the districts with the most shootings.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "Mark every imported pistol at the point of entry with a unique serial code.",
      "Keep the records of licensed dealers for at least twenty years.",
      "Train teachers to recognise pupils who are being recruited by armed groups.",
      "Fund after-school sport in the districts with the most shootings.",
    ]);
  });

  it("gives the sub-items of a numbered item that heads its own lettered list, and keeps the other items whole", () => {
    const text = [
      "We therefore put forward these proposals:",
      "",
      "1. Open shelters for rescued domestic workers in every province.",
      "2. Make inspection of private homes possible:",
      "a) allow inspectors to enter with a warrant issued by a labour court;",
      "b) give workers a hotline that answers in their own languages.",
      "3. Report every year how many work permits were withdrawn for abuse.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "Open shelters for rescued domestic workers in every province.",
      "allow inspectors to enter with a warrant issued by a labour court",
      "give workers a hotline that answers in their own languages.",
      "Report every year how many work permits were withdrawn for abuse.",
    ]);
  });

  it("keeps sub-items with an item whose first line is not a heading over them", () => {
    const text = [
      "We recommend the following measures:",
      "",
      "1. Create a national register of seized weapons, including",
      "a) the place of seizure;",
      "b) the serial number.",
      "2. Share the register with neighbouring States every quarter.",
    ].join("\n");
    const found = findProposals(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain("the serial number");
  });

  it("keeps with their item sub-items that finish its sentence (\"by:\" then gerunds)", () => {
    const text = [
      "We recommend the following:",
      "",
      "1. Protect children on the move, in particular by:",
      "a) appointing a guardian within three days;",
      "b) assessing the family before any return.",
      "2. Publish the number of children returned each year.",
    ].join("\n");
    const found = findProposals(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^Protect children[\s\S]*assessing the family/);
  });

  it("takes an ordinal paragraph from its proposing sentence when it opens with background", () => {
    const text = [
      "Let me raise three points.",
      "",
      "First, the cost of recruitment. Fishers borrow large sums to pay brokers before they ever board a vessel. We urge States to forbid brokers from taking any fee from fishers.",
      "",
      "Second, the role of ports. Inspectors rarely board foreign vessels. It is essential that port States inspect working conditions on every vessel that calls.",
      "",
      "Third, ensure that survivors receive the wages they are owed before they are sent home.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "We urge States to forbid brokers from taking any fee from fishers.",
      "It is essential that port States inspect working conditions on every vessel that calls.",
      "Ensure that survivors receive the wages they are owed before they are sent home.",
    ]);
  });
});
