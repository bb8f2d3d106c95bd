import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 28 (English proposals, blind set 22 used for development): text and names written for these tests.

const OPENING = "Good morning, Chair. We are a small network of ferry crews on the Velmar estuary.";
const CLOSING = "Thank you for your attention.";
const BACKGROUND = "Since the spring, nine deckhands have been hurt while loading crates at night.";
const prose = (...sentences: string[]) => `${OPENING}\n\n${BACKGROUND} ${sentences.join(" ")}\n\n${CLOSING}`;
const taken = (ask: string) => expect(findProposals(prose(ask))).toEqual([ask]);
const none = (sentence: string) => expect(findProposals(prose(sentence))).toEqual([]);

describe("lists (blind 22)", () => {
  it("a list right under a heading that names the requests, its items asking in any form; not under a heading of the speaker's own work", () => {
    const items = [
      "Dock wardens on both quays need one shared logbook of every crate that is refused, open at all hours.",
      "Injured deckhands ought to receive their full pay while they heal, whoever owns the ferry.",
      "Please think about inviting the crews themselves to the next inspection round, even just to listen.",
    ];
    const text = (heading: string) => `${OPENING}\n\n${BACKGROUND}\n\n${heading}\n\n${items.map((i) => `- ${i}`).join("\n")}\n\n${CLOSING}`;
    expect(findProposals(text("WHAT WE ASK"))).toEqual(items);
    expect(findProposals(text("WHAT WE HAVE BUILT"))).not.toEqual(items);
  });

  it("a polite imperative, 'please' and a verb; not a courtesy to the room", () => {
    const asks = ["Please fund a second night shift of first-aid volunteers on the quays.", "Please consider a common form for reporting injuries on board, in three languages."];
    expect(findProposals(`${OPENING}\n\n${asks.map((a) => `• ${a}`).join("\n")}\n\n${CLOSING}`)).toEqual(asks);
    const courtesies = ["Please note that the injury figures cover the months from April to October.", "Please excuse the late delivery of our annex on the two southern quays."];
    expect(findProposals(`${OPENING}\n\n${courtesies.map((a) => `• ${a}`).join("\n")}\n\n${CLOSING}`)).toEqual([]);
  });

  it("a '- ' item taken as prose loses its label", () => {
    const ask = "Harbour wardens should log every crate that is refused at the gangway.";
    const list = ["We run a first-aid post beside the ticket office.", "We train new deckhands every Monday morning.", ask].map((i) => `- ${i}`).join("\n");
    expect(findProposals(`${OPENING}\n\n${list}\n\n${CLOSING}`)).toEqual([ask]);
  });
});

describe("a transcript's speaker labels (blind 22)", () => {
  const turns = (second: string) =>
    [
      "[00:00:03] RUTENDO: Welcome to the estuary hour. With me is our union's safety officer, Halvard.",
      "[00:00:11] HALVARD: Thanks. I spoke for the crews in the big hall last week.",
      "[00:00:20] RUTENDO: And what did you tell them?",
      `[00:00:24] HALVARD: ${second}`,
    ].join("\n\n");
  it("the label after a timestamp is no part of the request", () => {
    const ask = "The first point we made there was that every ferry company should report each injury on board within two days, to one office.";
    expect(findProposals(turns(ask))).toEqual([ask]);
  });

  it("capital labels of a conversation without timestamps go too; not a label that names a paragraph's part", () => {
    const ask = "The second was that port authorities should keep the loading ramps lit through the night, all year round.";
    const talk = ["HOST: Tell us about the trip.", "GUEST: It was long, and the hall was cold.", "HOST: And the asks?", `GUEST: ${ask}`].join("\n\n");
    expect(findProposals(talk)).toEqual([ask]);
    const parts = (n: string, body: string) => `PROBLEM: Crates are loaded in the dark on the ${n} quay.\n\nASK: ${body}`;
    const asks = ["Port authorities should light the northern ramps before winter.", "Port authorities should light the southern ramps before winter."];
    expect(findProposals([parts("northern", asks[0]!), parts("southern", asks[1]!)].join("\n\n"))).toEqual(asks);
  });
});

describe("asks in running prose (blind 22)", () => {
  it("what the speaker said at the meeting, told afterwards; not what she noticed, nor what she said without a modal", () => {
    taken("So the main point I made was that every ferry company should keep a nurse on call for the night crossings.");
    taken("The other point we made was that inspectors must be able to board a ferry without warning.");
    none("The first thing I noticed was that every ferry company had sent a lawyer to the meeting.");
    none("The first point I made was that I had never spoken in such a large hall.");
  });

  it("an ordinal alone before a colon, the clause after it asking; not a story", () => {
    taken("The third: if the port board funds a training course, ask the crews what they need before it starts.");
    none("The third: a deckhand of nineteen who lost two fingers in the winch last August.");
  });

  it("an imperative after a clause of when, after a signpost of what a body can do; not after a story", () => {
    const ask = "Before a ferry leaves port, give each new deckhand a card with the harbour nurse's number on it.";
    expect(findProposals(prose("There is one more thing the ferry companies can do at once.", ask))).toEqual([ask]);
    none("There was something the ferry companies could have done. Before the ferry left port, the nurse had already gone home.");
  });

  it("what should happen next said to be simple, then what a body needs; not a story of what happened", () => {
    const ask = "Dock wardens on the night shift need the power to stop any loading that goes on without lights.";
    expect(findProposals(prose("What has to happen now is quite simple.", ask))).toEqual([ask]);
    expect(findProposals(prose("What happened next is a long story.", "Dock wardens on the night shift need a second coffee to stay awake."))).toEqual([]);
  });

  it("a hope about what was just thanked for; not that it last, nor without a thanks", () => {
    const ask = "We hope it will soon stay open on Sundays as well, because most injuries happen on weekend crossings.";
    expect(findProposals(prose("We thank the port board for opening a first-aid room on the main quay last year.", ask))).toEqual([ask]);
    none("We thank the port board for opening a first-aid room on the main quay last year. We hope it will continue for many years.");
    none("We hope it will be sunny for the regatta in June.");
  });

  it("a count followed by exactly as many sentences: each one; not a count of something else", () => {
    const asks = [
      "Ferry companies, in our view, ought to pay for the night lights on the ramps they use.",
      "Our figures would also support a rule that no crate heavier than forty kilos is loaded by hand.",
    ];
    expect(findProposals(prose("Two implications follow from this.", ...asks))).toEqual(asks);
    none("Two boats sank in the storm of March. Our figures would also support a story that nobody in town believes.");
    // The count and the sentences differ when one of them is a short signpost: it is not taken.
    const ask = "Ferry owners should pay for the ramp lights on every quay where their boats load after dark.";
    expect(findProposals(prose("We bring two suggestions.", "The first concerns the ferry owners.", ask))).toEqual([ask]);
  });

  it("things to say to a body, counted; not things to say about the weather", () => {
    const asks = [
      "We would like the port board to say in its yearly report how many deckhands were hurt.",
      "Ferry owners could also be asked by the board to publish who loads each crossing.",
    ];
    expect(findProposals(prose("We have two things to say to the port board.", ...asks))).toEqual(asks);
    none("We have two things to say about the weather. The storms came early and the river rose.");
  });

  it("the speaker's word to a body with a full stop, then what should be done; not what was said before", () => {
    const asks = [
      "The deckhands we carry to hospital are workers first, and they should be paid for the days they cannot work.",
      "And let no deckhand ever again be dismissed for reporting an injury on board.",
    ];
    expect(findProposals(prose("So we say this to the ferry companies of the estuary.", ...asks))).toEqual(asks);
    none("We said this to the port board in 2021. Nobody answered our letter.");
  });

  it("a paragraph of two imperatives joined by 'and'; not an imperative of condition", () => {
    const cell = "Hold the next safety course on the southern quay itself, and keep it running through the busy summer weeks.";
    expect(findProposals(`${OPENING}\n\n${BACKGROUND}\n\n${cell}\n\n${CLOSING}`)).toEqual([cell]);
    expect(findProposals(`${OPENING}\n\n${BACKGROUND}\n\nTake the ferry at dawn, and you will see the crates stacked on the ramp.\n\n${CLOSING}`)).toEqual([]);
  });

  it("a concession that those addressed have other troubles is no request; one that goes on to ask is", () => {
    none("We know that the port board has many pressing problems.");
    taken("We know that the port board has many pressing problems; we urge it all the same to light the ramps before winter.");
  });

  it("a wish in the negative passive; not 'let no one be fooled'", () => {
    taken("Let no ferry worker ever again be fined for refusing to load in the dark.");
    none("Let no one be fooled by the new paint on the old ferries.");
  });
});
