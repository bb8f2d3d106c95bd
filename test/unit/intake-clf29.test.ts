import { describe, expect, it } from "vitest";
import { sentences } from "../../worker/intake/proposals";
import { askingQuestion, REQUEST_BLEND, reasonBeside, requestCandidates, requestFeatures, useRequestWeights, withRequests, type RequestWeights } from "../../worker/intake/request-model";
import { handMadeBlend } from "../intake/blend-setup";

// Round 29: the learned request classifier's candidates and gates. A reason or consequence told beside a request is not a
// second request; list items and questions that ask become candidates of their own kinds. Sentences written for these
// tests; the places and bodies are invented.

describe("round 29: a question that asks its addressee ('askingQuestion')", () => {
  it.each([
    ["en", "Could the river councils print the ferry timetable in both languages?"],
    ["en", "Would donors consider paying the night watchmen of the depot?"],
    ["en", "Why not let the ferry crews sign their contracts ashore?"],
    ["en", "Why don't the river councils share one list of missing boatmen?"],
    ["en", "Is it not time to give the boatmen a written contract?"],
    ["fr", "Ne pourrait-on pas ouvrir le guichet des bateliers le samedi ?"],
    ["fr", "Pourquoi ne pas traduire les contrats des bateliers en lingala ?"],
    ["fr", "Pourquoi les mairies riveraines ne publieraient-elles pas les horaires des bacs ?"],
    ["fr", "Les mairies riveraines pourraient-elles afficher les tarifs des bacs ?"],
    ["es", "¿Por qué no abrir una ventanilla para los barqueros en el muelle?"],
    ["es", "¿No podrían los municipios ribereños pagar el regreso de los barqueros?"],
  ])("%s: %s", (_, s) => expect(askingQuestion(s)).toBe(true));
  // Near misses: rhetorical questions, questions of fact, and a request that is no question.
  it.each([
    ["en", "How can anyone accept that a boy of twelve steers a ferry all night?"],
    ["en", "Who will pay for the boatmen's journey home?"],
    ["en", "What future do these boatmen have on the river?"],
    ["en", "Did the ferry crews ever see a contract?"],
    ["en", "Could the river councils print the ferry timetable in both languages."],
    ["fr", "Qui paiera le retour des bateliers ?"],
    ["fr", "Comment accepter qu'un enfant pilote un bac toute la nuit ?"],
    ["es", "¿Quién pagará el regreso de los barqueros?"],
    ["es", "¿Cómo aceptar que un niño maneje una lancha toda la noche?"],
  ])("%s, not: %s", (_, s) => expect(askingQuestion(s)).toBe(false));
});

describe("round 29: the reason or consequence of a request, told beside it ('reasonBeside')", () => {
  it.each([
    ["en", "Ferry owners already collect a boarding fee; the passengers should not pay a second one at the gate."],
    ["en", "Otherwise the boatmen will keep paying the brokers out of their first wages."],
    ["en", "That way no boatman has to choose between his papers and his pay."],
    ["fr", "Les armateurs prélèvent déjà une taxe ; les bateliers ne devraient pas la payer une seconde fois."],
    ["fr", "Sinon, les bateliers continueront de payer les courtiers sur leur premier salaire."],
    ["es", "De lo contrario, los barqueros seguirán pagando a los intermediarios con su primer sueldo."],
    ["es", "Los armadores ya cobran una tasa; los barqueros no deberían pagarla dos veces."],
  ])("%s: %s", (_, s) => expect(reasonBeside(s)).toBe(true));
  // Near misses: a request in the first clause, a positive request after the ";", a plain request.
  it.each([
    ["en", "Ferry owners should keep the boarding fee; the passengers should not pay a second one."],
    ["en", "A short course is not enough; the inspectors must also be able to stop a ferry."],
    ["en", "The river councils should print the ferry timetable in both languages."],
    ["fr", "Les armateurs devraient garder la taxe ; les bateliers ne devraient pas la payer deux fois."],
    ["es", "Los municipios deberían publicar las tarifas de las lanchas cada mes."],
  ])("%s, not: %s", (_, s) => expect(reasonBeside(s)).toBe(false));
});

// A hand-made table: "should" and "could" ask; "already" and "ferry" weigh nothing.
const table: RequestWeights = { bias: -1, w: { "w:should": 3, "w:could": 3, "w:print": 1, "modal": 0.5 } };

describe("round 29: the blend's new candidates and its reason gate (hand-made table)", () => {
  const { split, keep, use, shipped } = handMadeBlend(table);

  it("reads list items and asking questions as candidates of their own kinds only when asked to", () => {
    const text = [
      "Our points for the river councils",
      "- The river councils should print the ferry timetable in both languages.\n- Ferry fares and timetables",
      "Could the river councils open a waiting room on the west bank? How did we get here? The boatmen wait all night in the rain.",
    ].join("\n\n");
    const all = requestCandidates(text, [], split, keep, table, true);
    expect(all.map((c) => [c.kind ?? "prose", c.text])).toEqual([
      ["list", "The river councils should print the ferry timetable in both languages."],
      ["question", "Could the river councils open a waiting room on the west bank?"],
      ["prose", "The boatmen wait all night in the rain."],
    ]);
    // Without `kinds`, as before round 29: the prose sentence only.
    expect(requestCandidates(text, [], split, keep, table).map((c) => c.text)).toEqual(["The boatmen wait all night in the rain."]);
  });

  it("takes a list item or a question only at or above its own threshold", () => {
    use();
    const text = [
      "- The river councils should print the ferry timetable in both languages.\n- The depot could lend the boatmen a dry room for the night.",
      "Could the river councils open a waiting room on the west bank?",
      "The boatmen wait all night in the rain beside the depot.",
    ].join("\n\n");
    REQUEST_BLEND.list = 2;
    REQUEST_BLEND.question = 2;
    expect(withRequests(text, [], split, keep)).toEqual([]);
    REQUEST_BLEND.list = 0.8;
    expect(withRequests(text, [], split, keep)).toEqual([
      "The river councils should print the ferry timetable in both languages.",
      "The depot could lend the boatmen a dry room for the night.",
    ]);
    REQUEST_BLEND.list = 2;
    REQUEST_BLEND.question = 0.8;
    expect(withRequests(text, [], split, keep)).toEqual(["Could the river councils open a waiting room on the west bank?"]);
    Object.assign(REQUEST_BLEND, shipped);
  });

  it("does not take, beside the rules' request, the reason told after it; a second request there it does take", () => {
    use();
    const taken = ["The river councils should print the ferry timetable in both languages."];
    const reason = `${taken[0]} Ferry owners already print one in French; the boatmen should not have to pay for a second copy.`;
    expect(withRequests(reason, taken, split, keep)).toEqual(taken);
    const second = `${taken[0]} The depot should also lend the boatmen a dry room for the night.`;
    expect(withRequests(second, taken, split, keep)).toEqual([...taken, "The depot should also lend the boatmen a dry room for the night."]);
    useRequestWeights(null);
  });
});

