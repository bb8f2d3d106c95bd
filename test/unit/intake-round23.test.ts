import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 23 (English proposals, blind set 18 used for development): text and names written for these tests.

const OPENING = "Good morning, Chair. We are a cooperative of ferry pilots on the Varnholm estuary.";
const CLOSING = "Thank you for your attention.";
const BACKGROUND = "Twice this spring a pilot was offered cash to look away from an unlisted passenger.";
const prose = (...sentences: string[]) => `${OPENING}\n\n${BACKGROUND} ${sentences.join(" ")}\n\n${CLOSING}`;
/** The same sentence with the typographic apostrophe an office suite writes. */
const curly = (s: string) => s.replace(/'/g, "\u2019");
const taken = (ask: string) => expect(findProposals(prose(ask))).toEqual([ask]);
const none = (sentence: string) => expect(findProposals(prose(sentence))).toEqual([]);

describe("requests asked inside paragraphs of prose (blind 18)", () => {
  it("'It is here that <a body>'s help would matter most: …', with ' and ’; not where a body helps, nor help that was needed", () => {
    const ask = "It is here that the agency's help would matter most: in paying for a night pilot at each of the three landings.";
    taken(ask);
    taken(curly(ask));
    taken("This is where donors could make the biggest difference: a radio in every pilot boat, kept charged.");
    none("Where the courts can help the pilots, they already do so without being asked.");
    none("This is where the ministry's help was needed most, and it never came.");
  });

  it("'We see no reason why <a body> should not …', 'There is no reason for <a body> not to …'; not a reason about figures, nor a regret", () => {
    taken("Finally, we can see no reason why the estuary States should not accept a pilot's sworn log as evidence in each other's courts.");
    taken("There is no reason for donors not to pay the pilots' radios out of the programme they already fund.");
    none("We see no reason why the figures in the harbour book should not be trusted.");
    none("There was no reason why the police should not have boarded the boat that night.");
  });

  it("'Nothing prevents <a body> from …ing'; not what stopped someone, nor smugglers stopped from paying officials", () => {
    taken("Nothing prevents the port authorities from opening a second landing for pilots who report a bribe.");
    none("Nothing stops smugglers from paying officials at the landing.");
    none("Nothing prevented the police from searching the pilots' cabins that night.");
  });

  it("'The single most useful thing would be …'; not what was most useful", () => {
    taken("The single most useful thing would be a confidential line for pilots, answered at night.");
    none("The most useful thing was the training the pilots received in March.");
  });

  it("'What we need from this room is …', 'What is needed now is …'; not what was heard from the room", () => {
    taken("What we need from this room is an agreement that pilots who report a bribe keep their licence.");
    taken("What is needed now is a register of the boats allowed to carry passengers at night.");
    none("What we heard from this room yesterday was encouraging for the pilots.");
  });
});

describe("a request announced before a colon (blind 18)", () => {
  it("'To <a body>, I'd say this: <imperative> …', with ' and ’; not a saying that asks nothing", () => {
    const ask = "To the States whose ferries cross the estuary, I'd say this: answer the letters our harbour master sends you within a month.";
    taken(ask);
    taken(curly(ask));
    taken("My message to donors is simple: fund the pilots' radios for five years, not for one.");
    none("When reporters ask me about it, I'd say this: nothing has changed in ten years on the river.");
    none(curly("When reporters ask me about it, I'd say this: nothing has changed in ten years on the river."));
  });

  it("'We turn to <a body> with one more request: …', 'I leave you with one request: …'; not a request from the families that asks nothing", () => {
    taken("We turn to the agency with one more request: help us train the young pilots to spot a forged passenger list.");
    taken("I leave you with one request: keep the landing lights on for the night ferries.");
    taken("Let me end with a request: publish the names of the boats that failed an inspection.");
    none("We have a request from the families: they want their names kept out of the harbour book.");
  });

  it("'The one thing I would ask of <a body> is this: … should …'; not the one thing we learned", () => {
    taken("The one thing I would ask of the estuary States is this: no pilot who reports a bribe should lose his licence for it.");
    none("The one thing we learned this year is this: the bribes come at night.");
  });
});

describe("a request with a modal whose subject carries a relative clause, and participles the endings miss", () => {
  it("'A pilot who reports a bribe should receive …'; not a clause that reports what someone said, nor 'everyone who should know'", () => {
    taken("A pilot who reports a bribe to the harbour master should receive a written receipt the same day.");
    taken("Companies that sell ferry tickets online should keep the passenger lists for a year.");
    none("The man who told us that police should act was arrested a week later.");
    none("Everyone who should know about the bribes already knows.");
  });

  it("'should be heard', 'must be built', 'should be set'; not a demonstrative that asks nothing", () => {
    taken("Cases involving pilots should be heard within three months of the complaint.");
    taken("Pilot stations must be built at both ends of the estuary.");
    none("This should be read as a warning about the night crossings.");
  });
});

describe("a heading that names the requests below it, without a colon (exhibition panels, boxes)", () => {
  const panels = (heading: string) =>
    `${OPENING}\n\nPANEL 2 – The landing\n\n${BACKGROUND}\n\n${heading}\n\nNight crossings must stop until every boat carries a list.\n\nThe pilots' radios must stay on during the crossing.\n\nThe photographs on these panels may be borrowed free of charge.`;
  const asked = ["Night crossings must stop until every boat carries a list.", "The pilots' radios must stay on during the crossing."];

  it("'PANEL 3 – What we ask', 'Ce que nous demandons', 'Lo que pedimos': the paragraphs below that ask", () => {
    expect(findProposals(panels("PANEL 3 – What we ask"))).toEqual(asked);
    expect(findProposals(panels("Our recommendations"))).toEqual(asked);
    expect(findProposals(panels("Ce que nous demandons"))).toEqual(asked);
    expect(findProposals(panels("Lo que pedimos"))).toEqual(asked);
  });

  it("not under a heading that names something else ('PANEL 3 – What we saw')", () => {
    expect(findProposals(panels("PANEL 3 – What we saw"))).toEqual([]);
  });
});

describe("a statement pasted into a meeting's chat: each message a unit of its own", () => {
  const chat = (second: string) =>
    [
      "10:02:15 From  Meeting Host  to  Everyone:",
      "    Please keep your microphones muted until the Chair calls you.",
      "10:40:03 From  Ama Koryo (Varnholm Pilots)  to  Everyone:",
      "    (1/2) Thank you, Chair. Our pilots carry four thousand passengers a week across the estuary.",
      "10:40:51 From  Ama Koryo (Varnholm Pilots)  to  Everyone:",
      `    (2/2) ${second}`,
      "10:41:30 From  Lessaro Quillan  to  Everyone:",
      "    Well said, and greetings from the harbour.",
    ].join("\n");

  it("the requests of each message, without the counter and without the next message's lines", () => {
    const first = "We ask the estuary States to license every night ferry and to check the licences each spring.";
    const second = "We also ask donors to pay for a radio in every pilot boat.";
    expect(findProposals(chat(`${first} ${second}`))).toEqual([first, second]);
    expect(findProposals(chat(first))).toEqual([first]);
  });

  it("not the host's instruction to the participants, nor a message of support", () => {
    expect(findProposals(chat("Our pilots have seen the same boats come back every week."))).toEqual([]);
  });

  it("French and Spanish chat lines too ('De … à Tout le monde:', 'De … a Todos:')", () => {
    const fr = "10:40:03 De  Ama Koryo  à  Tout le monde:\n    (1/2) Merci, Madame la Présidente.\n10:40:51 De  Ama Koryo  à  Tout le monde:\n    (2/2) Nous demandons aux États de l'estuaire de financer une radio pour chaque pilote.";
    expect(findProposals(fr)).toEqual(["Nous demandons aux États de l'estuaire de financer une radio pour chaque pilote."]);
    const es = "10:40:03 De  Ama Koryo  a  Todos:\n    (1/2) Gracias, señora Presidenta.\n10:40:51 De  Ama Koryo  a  Todos:\n    (2/2) Pedimos a los Estados del estuario que financien una radio para cada piloto.";
    expect(findProposals(es)).toEqual(["Pedimos a los Estados del estuario que financien una radio para cada piloto."]);
  });
});

describe("other ways English statements ask (written from the genre)", () => {
  it("'If I may make one request, it is that …'; not one remark", () => {
    taken("If I may make one request, it is that donors fund the pilot stations for five years.");
    none("If I may make one remark, it is that the river is wider than it looks.");
  });

  it("'Can we agree today that …?'; not 'Can we say that …?'", () => {
    taken("Can we agree today that no pilot will be punished for reporting a bribe?");
    none("Can we say that the estuary is safe for passengers at night?");
  });

  it("'We look forward to <a body> …ing'; not to hearing from others", () => {
    taken("We look forward to the secretariat publishing the list of approved ferry operators every year.");
    none("We look forward to hearing from the States about their own rivers.");
  });

  it("'The time is right for <a body> to …', 'A good start would be for <a body> to …'; not a start made", () => {
    taken("The time is right for the estuary States to share one list of licensed ferries.");
    taken("A good start would be for the agency to publish the list of approved pilot schools.");
    none("A good start was made by the ministry when it opened the first pilot station.");
  });

  it("'We would love for <a body> to …', 'We are hopeful that <a body> will fund …'; not an invitation to the room, nor a hope about the weather", () => {
    taken("We would love for the agency to visit the pilot stations before the next session.");
    taken("We are hopeful that the donors will fund a second pilot station on the south bank.");
    none("We would love for you to visit our pilot stations one day.");
    none("We are hopeful that the weather will hold for the night crossings.");
  });

  it("'<A body> could do a great deal by …ing'; not what a body did", () => {
    taken("Donors could do a great deal by funding the pilot stations for five years instead of one.");
    none("Donors did a great deal by funding the first pilot station in 2019.");
  });
});
