import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestFeatures, useFeatures29 } from "../../worker/intake/request-model";

// Round 30: the learned request classifier with blind set 23 in its readings. One feature tried, "ownask": the speaker's own
// request told in the past is no narrative past. Sentences written for these tests; the places and bodies are invented.

const nowhere = { first: false, last: false };
const has = (s: string, f: string) => requestFeatures(s, nowhere).includes(f);

describe("round 30: the speaker's own request told in the past ('ownask', measuring only)", () => {
  beforeEach(() => useFeatures29(["ownask"]));
  afterEach(() => useFeatures29([]));

  it.each([
    ["en", "We asked that every boatman keep his own licence on board."],
    ["en", "The first thing we asked: that the wardens hand the papers back on the spot."],
    ["en", "I also said that each river court should keep the ferry law on its shelf."],
    ["en", "I urged the river councils to print the ferry timetable in both languages."],
    ["en", "We also recommended that the depot stay open on market days."],
    ["fr", "Nous avons demandé aux mairies riveraines de publier les horaires des bacs."],
    ["fr", "J'ai demandé que les bateliers gardent eux-mêmes leurs papiers."],
    ["es", "Hemos pedido a los municipios ribereños que publiquen los horarios de las lanchas."],
    ["es", "Pedimos que cada barquero conserve su propia licencia."],
  ])("%s: %s", (_, s) => {
    expect(has(s, "ownask")).toBe(true);
    expect(has(s, "past")).toBe(false);
  });

  // Near misses: a question put to the people met, what others asked, a question to oneself, the narrative past.
  it.each([
    ["en", "We asked them how long they had worked on the ferry."],
    ["en", "We asked the boatwomen whether anyone had shown them a contract."],
    ["en", "They asked that the depot stay open on market days."],
    ["en", "We asked ourselves the same question every winter."],
    ["fr", "Nous avons demandé aux bateliers combien ils gagnaient."],
    ["es", "Les preguntamos a los barqueros cuánto cobraban."],
  ])("%s, not: %s", (_, s) => expect(has(s, "ownask")).toBe(false));

  it("keeps the narrative past told beside the request", () => {
    expect(has("We visited nine landings in March, and we asked that the wardens return the papers.", "past")).toBe(true);
  });

  it("is read only when turned on (the shipped table has no such feature)", () => {
    useFeatures29([]);
    expect(has("We asked that every boatman keep his own licence on board.", "ownask")).toBe(false);
    expect(has("We asked that every boatman keep his own licence on board.", "past")).toBe(true);
  });
});
