import { describe, expect, it } from "vitest";
import { readMarker } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";

// Round 12 (proposals): text and names written for these tests.

describe("items that wish with 'That …' / 'Que …' under a lead-in that asks", () => {
  it("takes numbered 'That …' items after a lead-in that counts the requests", () => {
    const text = [
      "The Orchard Circle shelters young people who leave farm work in the north.",
      "We bring two requests to the dialogue.",
      "1. That labour inspectors visit every orchard employing seasonal workers at least once a season.",
      "2. That workers who report abuse keep their visa while their complaint is examined.",
      "Thank you for your attention.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "That labour inspectors visit every orchard employing seasonal workers at least once a season.",
      "That workers who report abuse keep their visa while their complaint is examined.",
    ]);
  });

  it("takes French 'Que …' items the same way", () => {
    const text = [
      "Nous formulons deux souhaits.",
      "1. Que les inspecteurs du travail puissent entrer dans chaque exploitation sans préavis.",
      "2. Que les travailleurs saisonniers reçoivent leur contrat dans une langue qu'ils comprennent.",
    ].join("\n\n");
    expect(findProposals(text)).toHaveLength(2);
  });

  it("keeps a 'Que los Estados …:' lead-in out and its sub-items apart (convention 3)", () => {
    const text = [
      "Por eso proponemos:",
      "• Que los países de destino:\n◦ entreguen a cada trabajadora una copia de su contrato;\n◦ permitan cambiar de empleador sin perder el permiso.",
      "• Que se publique cada año el número de agencias sancionadas.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "entreguen a cada trabajadora una copia de su contrato",
      "permitan cambiar de empleador sin perder el permiso.",
      "Que se publique cada año el número de agencias sancionadas.",
    ]);
  });

  it("does not take numbered background paragraphs opening with 'That is' or 'That was'", () => {
    const text = [
      "Our survey of the valley found the following.",
      "1. That is the third season in which the pickers were paid late by the same contractor.",
      "2. That was also the year the valley's only inspector retired and was never replaced.",
      "We thank the chair.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });
});

describe("a request after a colon inside a sentence that goes on a request", () => {
  it("starts a new proposal at a sentence whose clause after the colon asks outright", () => {
    const text =
      "We urge States parties to close the detention camps on the islands within a year. Family visits must never be refused: we ask you to write that right into the law.";
    expect(findProposals(text)).toEqual([
      "We urge States parties to close the detention camps on the islands within a year.",
      "Family visits must never be refused: we ask you to write that right into the law.",
    ]);
  });

  it("keeps a following sentence that goes on asking, without such a clause, with the request", () => {
    const text = "We urge States parties to close the detention camps on the islands within a year. Inspectors should visit them until then.";
    expect(findProposals(text)).toEqual([text]);
  });
});

describe("decimal labels ('3.1') under numbered sections", () => {
  it("reads '3.1' as a label and gives the items of the proposals section only", () => {
    const text = [
      "1. Context",
      "1.1 The Ridgeway Institute follows river trade between four inland ports.",
      "1.2 These pages are meant for the governments taking part.",
      "2. Findings",
      "2.1 Cargo checks are rare. Fewer than one barge in fifty is opened.",
      "2.2 Inspectors are paid late and often by the operators themselves.",
      "3. Proposals",
      "3.1 States parties should publish the number of barges inspected in each port every year.",
      "3.2 UNODC should help river police set up joint patrols on shared waterways.",
      "Lena Castellano",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "States parties should publish the number of barges inspected in each port every year.",
      "UNODC should help river police set up joint patrols on shared waterways.",
    ]);
  });

  it("does not read a figure or a time at the start of a line as a label", () => {
    expect(readMarker("2.5 million people crossed the river last year.")).toBeNull();
    expect(readMarker("10.30 Opening of the session")).toBeNull();
    expect(readMarker("3.1 States should act.")?.marker).toEqual({ kind: "number", value: 1, raw: "3.1" });
  });
});

describe("a report of what the speaker asked is not a request", () => {
  it("does not take 'We asked our coordinator …' and still takes 'We ask …'", () => {
    const text =
      "We asked our coordinator, Tavita Loimata, what the new rules mean for island families.\n\nWe ask UNODC to hold the next dialogue at an hour that suits the Pacific.";
    expect(findProposals(text)).toEqual(["We ask UNODC to hold the next dialogue at an hour that suits the Pacific."]);
  });
});
