import { describe, expect, it } from "vitest";
import { findProposals, ownAim } from "../../worker/intake/proposals";

// Round 24 (English proposals, blind set 19 used for development): text and names written for these tests.

const OPENING = "Good afternoon, Chair. We are a union of cannery workers from the Tessaly coast.";
const CLOSING = "Thank you for listening.";
const BACKGROUND = "Last season nine of our members were sent home owing a recruiter more than they had earned.";
const prose = (...sentences: string[]) => `${OPENING}\n\n${BACKGROUND} ${sentences.join(" ")}\n\n${CLOSING}`;
/** The same sentence with the typographic apostrophe an office suite writes. */
const curly = (s: string) => s.replace(/'/g, "\u2019");
const taken = (ask: string) => expect(findProposals(prose(ask))).toEqual([ask]);
const none = (sentence: string) => expect(findProposals(prose(sentence))).toEqual([]);
/** An imperative opening a paragraph of its own, after a paragraph of background. */
const opening = (ask: string) => expect(findProposals(`${OPENING}\n\n${BACKGROUND}\n\n${ask}\n\n${CLOSING}`)).toEqual([ask]);
const openingNone = (sentence: string) => expect(findProposals(`${OPENING}\n\n${BACKGROUND}\n\n${sentence}\n\n${CLOSING}`)).toEqual([]);

describe("an imperative that grants something to each person of a group (blind 19)", () => {
  it("'Give each <person> who … a …', 'Provide every …', 'Make sure that every …'; not a narrative imperative, an imperative of condition, nor a question", () => {
    opening("Give every packer who loses a finger on the line a year of wages, not a month.");
    opening("Provide each hostel for cannery workers with a night warden and a lawyer on call.");
    opening("Make sure that every worker leaves the port with a copy of the contract in her own language.");
    taken("Give the workers who report a recruiter a permit that does not depend on the employer.");
    openingNone("Take each of the nine cases and you will find the same recruiter behind it.");
    openingNone("Note that every hostel on the coast was full by the end of May.");
    openingNone("Give or take a week, every worker waits the same time for the first wage.");
    openingNone("Give each of them a minute and they will tell you about the debts.");
    openingNone("Give every packer a year of wages?");
    openingNone("Give every packer a fair hearing and he will tell you who took his passport.");
  });
});

describe("requests asked inside paragraphs of prose (blind 19)", () => {
  it("'The answer, as we see it, is for <a body> to …', 'The remedy, we believe, must be for …'; not what the answer was, nor 'for you to'", () => {
    taken("The answer, as we see it, is for labour inspectors on both coasts to follow the recruiters' bank transfers.");
    taken("The remedy, we believe, must be for donors to pay the hostel wardens directly.");
    none("The answer, they told us, was for the families to pay the recruiter's fee.");
    none("The answer is for you to find, Chair, not for us.");
  });

  it("'It ought to be normal practice for <a body> to …', 'It must become routine for …', 'It should be the rule that …'; not what used to be, nor what must be hard", () => {
    taken("It ought to be normal practice for labour inspectors to read a worker's contract to her before she signs it.");
    taken("It must become routine for inspectors to visit the cannery hostels at night.");
    taken("It should be standard practice that no worker's passport is held by an employer.");
    taken("It should be the rule in every port that a recruiter shows his licence before boarding.");
    taken("It should be the duty of the port authority to check every recruiter's licence.");
    none("It used to be standard practice for inspectors to visit the hostels at night.");
    none("It must be hard for inspectors to visit the cannery hostels at night.");
  });

  it("'We need <a body> to …', with ' and ’; not a need that was not met", () => {
    taken("We need the lending banks to check where a recruiter's deposits come from.");
    taken(curly("We'd need donors to pay for the hostel wardens for three more seasons."));
    none("We needed the police to come that night, and nobody came.");
  });

  it("'We trust that <a body> will make room (keep time, set aside …) …'; not a hope that a body will talk about it", () => {
    taken("We trust that the secretariat will make room in the next session for the cannery workers themselves.");
    taken("We hope the conference will set aside an hour for the workers who were sent home.");
    none("We trust that the secretariat will talk about the canneries at some point.");
  });

  it("'It would serve everyone for <a body> to …', 'It would be in everyone's interest for …', with ' and ’; not what would serve the recruiters", () => {
    taken("It would serve everyone for the licensing board to publish its list of approved recruiters.");
    taken("It would benefit all concerned if the registry of recruiters were opened to reporters.");
    taken("It would be in everyone's interest for donors to fund the registry for five years.");
    taken(curly("It'd be in everyone's interest for donors to fund the registry for five years."));
    none("It would serve the recruiters well for the registry to stay closed.");
    none("It would serve no purpose for the police to search the hostels again.");
  });

  it("'Let us agree, <a remark>, that …', 'Let us, as <who>, commit to …'; not 'for the sake of argument'", () => {
    taken("Let us agree, here and now, that no worker who reports a recruiter will lose her permit for it.");
    taken("Let us, as States parties, commit to publishing the number of recruiters struck off each year.");
    none("Let us agree, for the sake of argument, that the recruiters' figures are right.");
  });
});

describe("a statement's own aim or plan is not a sentence the classifier may add (blind 19)", () => {
  it("an infinitive of purpose standing as a sentence, the project's own work; not a purpose before a request, nor a request announced", () => {
    expect(ownAim("To give sixty cannery clerks the skills to read a contract, and to keep what they learn inside the unions after the course.")).toBe(true);
    expect(ownAim("Our project will train sixty clerks in three ports over two seasons.")).toBe(true);
    expect(ownAim("We will hold three workshops for the hostel wardens in the spring.")).toBe(true);
    expect(ownAim("To protect the workers who testify, the courts should hear them by video.")).toBe(false);
    expect(ownAim("To that end, we ask donors to fund the registry for five years.")).toBe(false);
    expect(ownAim("We will ask the ministry to publish the list of recruiters.")).toBe(false);
    expect(ownAim("Our project will need donors to pay for the wardens.")).toBe(false);
  });
});
