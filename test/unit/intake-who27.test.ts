import { describe, expect, it } from "vitest";
import { senderSpeaker } from "../../worker/intake/people";
import { findAddressCountry, findCityCountry } from "../../worker/intake/places";
import { likelySegment, topicScores } from "../../worker/intake/segments";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 27 (who and when). Lines written for these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const asks = "We ask that ferry operators be told what a forged work permit looks like.\n\nThank you.";

describe("capitals of member States", () => {
  it("gives the country of a capital the table lacked", () => {
    expect(findCityCountry("Lagoon Fishers' Union, Tarawa")).toBe("KI");
    expect(findCityCountry("PO Box 12, Muscat")).toBe("OM");
    expect(findCityCountry("Office in Porto-Novo")).toBe("BJ");
  });

  it("gives none for a capital named like a common word or first name (near miss)", () => {
    expect(findCityCountry("Male volunteers staffed the desk")).toBeNull();
    expect(findCityCountry("Victoria read the text")).toBeNull();
  });
});

describe("a country named like a first name, ending an address", () => {
  it("reads it as the last part of an address line of three parts", () => {
    expect(findAddressCountry("12 Mill Lane, Hilltown, Jordan")).toBe("JO");
    expect(findAddressCountry("BP 40, Quartier Nord, Chad")).toBe("TD");
  });

  it("reads none in a name, a list of countries or a short line (near miss)", () => {
    expect(findAddressCountry("Attn. Jordan Miles, 4 Birch Road")).toBeNull();
    expect(findAddressCountry("Families from Syria, Iraq, Jordan")).not.toBe("JO");
    expect(findAddressCountry("4 Birch Road, Jordan")).toBeNull();
  });
});

describe("a dialogue on two topics, undated", () => {
  it("reads a heading's dialogue name wrapped over two lines", () => {
    const scores = topicScores("Our remarks for the meeting: international cooperation and technical\nassistance", "");
    expect(scores.get("technical-assistance")).toBe(5);
    expect(scores.get("international-cooperation")).toBe(5);
  });

  it("prefers the dialogue on both topics when the text names both as much", () => {
    const topics = new Map([["international-cooperation", 5], ["technical-assistance", 5]]);
    expect(likelySegment(segments, topics, null, "")).toBe("2022-2-international-cooperation-technical-assistance");
  });

  it("does not prefer the dialogue on both when the other topic is named only in passing (near miss: a tie, as before)", () => {
    const topics = new Map([["international-cooperation", 1], ["technical-assistance", 10]]);
    expect(likelySegment(segments, topics, null, "")).toBeNull();
  });
});

describe("whom the speaker speaks for", () => {
  it("reads 'I speak for the X, a group of …' below an e-mail's note to colleagues", () => {
    const text = `Hello both,\n\nSent it in at noon. This is the version I read out, please post it.\n\n== as read ==\n\nThank you, Chair. I speak for the Delta Ferry Desk, a group of boat crews and lawyers on the river.\n\n${asks}`;
    expect(understand(text, [], segments).organization?.name).toBe("Delta Ferry Desk");
  });

  it("reads no organization when the kind of body is not said, or no opening to the Chair starts the text (near misses)", () => {
    const which = `Hello both,\n\nSent it in at noon. This is the version I read out, please post it.\n\n== as read ==\n\nThank you, Chair. I speak for the Delta Ferry Desk, which my colleagues started last spring.\n\n${asks}`;
    expect(understand(which, [], segments).organization).toBeNull();
    const late = `Hello both,\n\nSent it in at noon. This is the version I read out, please post it.\n\n== as read ==\n\nAt lunch I said I speak for the Delta Ferry Club, a group of boat crews.\n\n${asks}`;
    expect(understand(late, [], segments).organization).toBeNull();
  });

  it("reads the organization from a post's account line", () => {
    const text = `Delta Ferry Workers Network @dfwn_demo · 3 Mar\n\n1/3 Our speaker asked the States today to check the crew lists of every ferry.\n\n${asks}`;
    expect(understand(text, [], segments).organization?.name).toBe("Delta Ferry Workers Network");
  });

  it("reads no organization from a person's account (near miss)", () => {
    const text = `Tomasz Wierzbicki @tw_demo · 3 Mar\n\n1/3 Our speaker asked the States today to check the crew lists of every ferry.\n\n${asks}`;
    expect(understand(text, [], segments).organization).toBeNull();
  });
});

describe("an e-mail's sender as speaker", () => {
  it("takes the sender who signs a block with their first name", () => {
    expect(senderSpeaker(["From: Oksana Brelik <ob@demo.example>"], ["Here is what I read out.", "Best,\nOksana"])).toEqual({ name: "Oksana Brelik", role: null });
  });

  it("takes no sender who signs with another name or not at all (near miss)", () => {
    expect(senderSpeaker(["From: Oksana Brelik <ob@demo.example>"], ["Here is what Petra read out.", "Petra"])).toBeNull();
    expect(senderSpeaker(["From: Oksana Brelik <ob@demo.example>"], ["Here is what was read out."])).toBeNull();
  });
});
