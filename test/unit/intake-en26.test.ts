import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 26 (English proposals, blind set 21 used for development): text and names written for these tests.

const OPENING = "Good afternoon, Chair. We speak for a guild of lake fishers from the Orvane shore.";
const CLOSING = "Thank you for listening.";
const BACKGROUND = "Last autumn fourteen fishers were fined for landing their catch at the wrong jetty.";
const prose = (...sentences: string[]) => `${OPENING}\n\n${BACKGROUND} ${sentences.join(" ")}\n\n${CLOSING}`;
const taken = (ask: string) => expect(findProposals(prose(ask))).toEqual([ask]);
const none = (sentence: string) => expect(findProposals(prose(sentence))).toEqual([]);

describe("asks in running prose (blind 21)", () => {
  it("officials described, then what the speaker believes they should do; not what they should have done", () => {
    taken("Harbour inspectors are the only officials who ever board these boats, and we think they should be taught to spot a forged fishing permit.");
    none("Harbour inspectors boarded the boats twice last year, and we believe they should have stayed longer.");
  });

  it("a wish put as a condition in the passive; not a concession, nor a pronoun's", () => {
    taken("If the fishing permits could be issued in one office along the shore, a fisher would not lose a week of work in town.");
    none("Even if the fishing permits could be issued in one office, the fines would still fall on the poorest boats.");
    none("If it could be shown that the jetty was closed, the court would drop the fines.");
  });

  it("help a body could give, in the passive; not what a body could do to someone", () => {
    taken("A grant for mending nets, even a modest one for a season, could be paid by the lake councils out of the licence fees.");
    none("A fisher without a permit could be arrested by the police on his own jetty.");
  });

  it("the topic of the next point or the body addressed before a colon, and a modal that suggests after it; not a thanks", () => {
    taken("Our third point concerns the jetties: the lake authority could open two more landing places before the spring season.");
    taken("And to the donors here today: the boats are repaired with borrowed money, and a small fund for spare engines would keep whole families afloat.");
    taken("The second is addressed to the ministries: a fine issued in error should be cancelled within a month, with a letter that says so.");
    none("To the donors who came to the shore: thank you for the nets you sent us last winter.");
    none("Our third point concerns the jetties: two of them collapsed in the storm last March.");
  });

  it("the thing asked at the meeting, told afterwards; not what was asked about", () => {
    taken("The first thing we asked: that harbour inspectors who find an unpaid crew hand their wages over on the spot.");
    none("The first thing we asked: whether the harbour inspectors had seen the crews at all.");
  });

  it("a request to another group and the States told afterwards, after an ordinal label; not a group alone", () => {
    taken("Second: we asked the traders of dried fish, and the States they sell into, to check that every crate comes from a licensed boat.");
    none("Second: we asked the traders of dried fish to lower their prices for the winter market.");
  });

  it("the speaker named by her first name asking the States; not a body", () => {
    taken("Marisela asked the States concerned to give every lake fisher a permit that is valid on both shores.");
    none("Police asked the States concerned to send more patrol boats to the lake.");
    none("Marisela asked the harbour master to let the boats land early.");
  });

  it("a sentence announcing one more request is no request; the sentence after it is", () => {
    const ask = "When a jetty is closed for repairs, the lake authority could post the nearest open one on the notice board.";
    expect(findProposals(prose("There is a last thing I want to ask of the lake authority.", ask))).toEqual([ask]);
    none("There is a last thing I learned from the fishers on the western shore.");
  });

  it("a numbered thread: each post's counter left out; not a counter that does not count", () => {
    const thread = [
      "1/4 Today our secretary spoke at the dialogue on the lake fisheries. In short:",
      "2/4 Forty boats lost their permits last year because the office was closed on landing days.",
      "3/4 The first thing we asked: that the lake authority keep its permit office open on every landing day.",
      "4/4 Thanks to everyone who followed the webcast!",
    ].join("\n\n");
    expect(findProposals(thread)).toEqual(["The first thing we asked: that the lake authority keep its permit office open on every landing day."]);
    const line = "24/7 Hotlines should answer the fishers in their own language.";
    expect(findProposals(`${OPENING}\n\n${BACKGROUND}\n\n${line}\n\n${CLOSING}`).join(" ")).not.toMatch(/^Hotlines/);
  });
});
