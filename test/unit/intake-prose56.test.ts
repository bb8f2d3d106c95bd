import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 56 (blind sets 60 and 61 used for development; invented text only): the body under a "Recommendation N – Title"
// heading ends at its last sentence that asks or goes on asking; what is told after it is no part of the request. A body that
// could do far more to or by an act is asked for it, in prose too.

/** A statement of titled recommendations: the bodies given (numbered from 1, with their word), then one more. */
const statement = (word: string, ...bodies: string[]) =>
  findProposals(
    `Madam Chair,\n\nOur guild keeps the lighthouses of the northern coast. We make these recommendations.\n\n` +
      [...bodies, "States should train one keeper in each port."].map((body, n) => `${word} ${n + 1} – Point ${n + 1}\n\n${body}`).join("\n\n") +
      "\n\nThank you.",
  );

describe("round 56: where a titled recommendation's body ends", () => {
  it("leaves out the background told after the request", () => {
    const found = statement(
      "Recommendation",
      "Ministries should ask every harbour that closes to return its radios before its permit lapses. Today the forms stop long before the radios are found. Nobody counts them.",
      "Each province should keep one register of keepers, open to the coastguard at any hour. Two provinces already have one on paper.",
    );
    expect(found).toEqual([
      "Ministries should ask every harbour that closes to return its radios before its permit lapses.",
      "Each province should keep one register of keepers, open to the coastguard at any hour.",
      "States should train one keeper in each port.",
    ]);
  });

  it("in French and Spanish", () => {
    const [fr] = statement("Recommandation", "Les ministères devraient exiger que chaque port qui ferme rende ses radios. Aujourd'hui, personne ne les compte.");
    expect(fr).toBe("Les ministères devraient exiger que chaque port qui ferme rende ses radios.");
    const [es] = statement("Recomendación", "Los ministerios deberían exigir que cada puerto que cierra devuelva sus radios. Hoy nadie las cuenta.");
    expect(es).toBe("Los ministerios deberían exigir que cada puerto que cierra devuelva sus radios.");
  });

  it("keeps what goes on asking, or a sentence after it that asks as a list item does", () => {
    const [goingOn] = statement("Recommendation", "Each province should keep one register of keepers. It should be open to the coastguard at any hour.");
    expect(goingOn).toMatch(/open to the coastguard at any hour\.$/);
    const [imperative] = statement("Recommendation", "Each province should keep one register of keepers. Few do so now. Publish it every spring.");
    expect(imperative).toMatch(/Publish it every spring\.$/);
  });
});

/** A statement in prose: a paragraph of background, then the paragraph given. */
const prose = (paragraph: string) => findProposals(`Madam Chair,\n\nOur guild has kept the lighthouses of the northern coast for forty years.\n\n${paragraph}\n\nThank you.`);

describe("round 56: a body that could do far more", () => {
  it("is asked for it, after a belief or what seems to the speaker", () => {
    expect(prose("In our view the port authority could do much more with the mooring charges paid by visiting yachts, by funding radio lessons for apprentice keepers.")).toHaveLength(1);
    expect(prose("It seems to us that the coastguards of both provinces could do far more together to find the men who sell places on these boats.")).toHaveLength(1);
  });

  it("in French and Spanish", () => {
    expect(prose("Les capitaineries pourraient faire bien davantage pour retrouver les passeurs, en partageant ce qu'elles apprennent.")).toHaveLength(1);
    expect(prose("Nos parece que las capitanías podrían hacer mucho más para encontrar a los traficantes, compartiendo lo que saben.")).toHaveLength(1);
  });

  it("not the speaker's own, nor more harm", () => {
    expect(prose("We could do much more to help if we had a boat of our own.")).toEqual([]);
    expect(prose("The winter storms could do far more damage to the harbour walls next year.")).toEqual([]);
    expect(prose("Nous pourrions faire bien davantage pour les familles si nous avions un bateau.")).toEqual([]);
  });
});
