import { describe, expect, it } from "vitest";
import { requestFeatures, requestScore } from "../../worker/intake/request-model";

// Round 33: the learned request classifier reads an imperative opening a sentence as a shape feature ("imperative"): a
// request put straight to the audience, without a modal. Sentences written for these tests; the places and bodies are
// invented.

const nowhere = { first: false, last: false };
const imperative = (s: string) => requestFeatures(s, nowhere).includes("imperative");

describe("round 33: an imperative opening a sentence ('imperative')", () => {
  it.each([
    ["en", "Give every deckhand a written contract in a language he can read."],
    ["en", "And give the harbour wardens a seat on the provincial shelter board."],
    ["en", "Let the coastal provinces share one register of missing deckhands."],
    ["en", "Please make sure that the bunk-room inspections are published each spring."],
    ["en", "Finally, invite the cooperatives of seasonal pickers to the next review."],
    ["en", "Do not send a child found alone on a trawler back to the same skipper."],
    ["fr", "Donnez à chaque cueilleuse son contrat écrit avant le début de la récolte."],
    ["fr", "Et veillez à ce que les guichets des préfectures ouvrent aussi le samedi."],
    ["es", "Garanticen a cada vendedora ambulante un lugar seguro donde pasar la noche."],
    ["es", "No permitan que los talleres retengan el pasaporte de quienes trabajan en ellos."],
  ])("%s: %s", (_, s) => expect(imperative(s)).toBe(true));
  // Near misses: a noun at the head of the sentence, "let me" / "let it", the verb later in the sentence, "chez".
  it.each([
    ["en", "Support for the deckhands came mostly from the parish and a few shop owners."],
    ["en", "Let me turn now to the second point of our statement."],
    ["en", "Let it be said that the deckhands waited for hours at the quay."],
    ["en", "The harbour board gave the wardens no say in how the shelters were run."],
    ["fr", "Chez les cueilleuses, la peur de perdre le titre de séjour l'emporte sur tout."],
    ["es", "Las vendedoras dejaron el albergue antes del amanecer, como cada invierno."],
  ])("%s, not: %s", (_, s) => expect(imperative(s)).toBe(false));
  it("weighs for a request in the shipped table", () => {
    const withIt = requestScore("Give every deckhand a written contract in a language he can read.").why.join(" ");
    expect(withIt).toMatch(/imperative \+/);
  });
});
