import { describe, expect, it } from "vitest";
import { requestFeatures } from "../../worker/intake/request-model";

// Round 28: the learned request classifier reads more ways of asking as shape features (a wish of the speaker's, a necessity, the worth of a change, an addressee with "could"). Each with its near misses. Sentences
// written for these tests; the places and bodies are invented.

const nowhere = { first: false, last: false };
const has = (feature: string) => (s: string) => requestFeatures(s, nowhere).includes(feature);

describe("round 28: a wish of the speaker's ('wish')", () => {
  const wish = has("wish");
  it.each([
    ["en", "We hope the harbour board will open a night shelter for deckhands before winter."],
    ["en", "We would like the port inspectors to check the bunk rooms of every trawler."],
    ["fr", "Nous espérons que la préfecture ouvrira un guichet pour les cueilleuses saisonnières."],
    ["fr", "Nous attendons aussi des préfectures qu'elles traduisent les formulaires en tigrinya."],
    ["es", "Ojalá el municipio abra por fin un albergue nocturno para las vendedoras ambulantes."],
    ["es", "Esperamos que la alcaldía publique la lista de talleres inspeccionados cada trimestre."],
  ])("%s: %s", (_, s) => expect(wish(s)).toBe(true));
  // Near misses: a past hope, hope as a noun, waiting rather than hoping.
  it.each([
    ["en", "We hoped the harbour board would answer our letter, but it never did."],
    ["en", "Hope is what keeps the deckhands going through the long winter months."],
    ["fr", "Nous attendons depuis deux ans une réponse de la préfecture sur les guichets."],
    ["es", "Esperamos dos horas en la puerta del albergue antes de que nos abrieran."],
  ])("%s, not: %s", (_, s) => expect(wish(s)).toBe(false));
});

describe("round 28: a necessity or a duty ('needs')", () => {
  const needs = has("needs");
  it.each([
    ["en", "It is time for the coastal provinces to share one register of missing deckhands."],
    ["en", "What the deckhands need most is a contract written in their own language."],
    ["en", "It falls to the labour offices of both provinces to inspect the bunk rooms."],
    ["fr", "Il est temps que les préfectures publient la liste des serres inspectées."],
    ["fr", "Ce dont les cueilleuses ont besoin, c'est d'un contrat écrit dans leur langue."],
    ["es", "Lo que necesitamos es un registro común de vendedoras desaparecidas en la región."],
    ["es", "Es urgente que la alcaldía publique la lista de talleres inspeccionados."],
  ])("%s: %s", (_, s) => expect(needs(s)).toBe(true));
  // Near misses: time and need told, not asked.
  it.each([
    ["en", "At that time the coastal provinces shared one register of missing deckhands."],
    ["en", "The deckhands we met needed a contract written in their own language."],
    ["fr", "Le temps que les préfectures publient la liste, la saison était finie."],
    ["es", "En ese momento la alcaldía publicó la lista de talleres inspeccionados."],
  ])("%s, not: %s", (_, s) => expect(needs(s)).toBe(false));
});

describe("round 28: the worth of a change ('helps')", () => {
  const helps = has("helps");
  it.each([
    ["en", "A shared pool of interpreters for the island courts would help the smaller registries most."],
    ["en", "The single most useful step would be one form for every request between the provinces."],
    ["fr", "Ce serait un vrai progrès si les préfectures traduisaient les formulaires en tigrinya."],
    ["es", "Valdría la pena que la alcaldía publicara la lista de talleres inspeccionados."],
    ["es", "Sería muy útil que los jueces del mercado contaran con un intérprete."],
  ])("%s: %s", (_, s) => expect(helps(s)).toBe(true));
  // Near misses: help that was given, worth that was found.
  it.each([
    ["en", "A shared pool of interpreters helped the smaller registries last year."],
    ["en", "The registries found the new form useful for requests between the provinces."],
    ["fr", "Les formulaires traduits en tigrinya ont été utiles aux préfectures."],
    ["es", "La lista de talleres fue útil para las vendedoras del mercado."],
  ])("%s, not: %s", (_, s) => expect(helps(s)).toBe(false));
});

describe("round 28: an addressee with 'could' ('couldyou')", () => {
  const couldyou = has("couldyou");
  it.each([
    ["en", "You could also help us by inviting the deckhands' wives to the port councils."],
    ["en", "Donors might pay for two interpreters in each island registry."],
    ["fr", "Vous pouvez aussi nous aider en invitant les cueilleuses aux comités de la préfecture."],
    ["fr", "Les bailleurs pourraient financer deux interprètes dans chaque greffe des îles."],
    ["es", "Los donantes podrían financiar dos intérpretes en cada juzgado del mercado."],
  ])("%s: %s", (_, s) => expect(couldyou(s)).toBe(true));
  // Near misses: "could" of what was not possible, "you" with no "could".
  it.each([
    ["en", "The deckhands could not leave the trawler for six weeks."],
    ["en", "You will find the minutes of the port council attached."],
    ["fr", "Les cueilleuses ne pouvaient pas quitter les serres le dimanche."],
    ["es", "Ustedes conocen bien el mercado y sus vendedoras."],
  ])("%s, not: %s", (_, s) => expect(couldyou(s)).toBe(false));
});

