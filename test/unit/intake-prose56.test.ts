import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 56 (blind sets 60 and 61 used for development; invented text only): the body under a "Recommendation N – Title"
// heading ends at its last sentence that asks or goes on asking; what is told after it is no part of the request.

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

