import { describe, expect, it } from "vitest";
import { requestFeatures } from "../../worker/intake/request-model";

// Round 28b: the learned request classifier. A "devoir" / "deber" / "owe" of a debt (the verb, then an amount, wages
// or a debt) is no duty to act and does not count as "modal"; "bids", a sentence or a clause after ":" / ";" that opens
// with an imperative. Each with its near misses. Sentences written for these tests; the places and bodies are invented.

const nowhere = { first: false, last: false };
const has = (feature: string) => (s: string) => requestFeatures(s, nowhere).includes(feature);

describe("round 28b: owing is no duty to act (not 'modal')", () => {
  const modal = has("modal");
  it.each([
    ["fr", "Les sécheries doivent encore quatre mois de salaire aux trieuses de poisson."],
    ["fr", "Le patron de la briqueterie leur doit 300 euros depuis la fin de la saison."],
    ["es", "El dueño del vivero le debe tres meses de sueldo a cada jornalera."],
    ["es", "La cooperativa nos debía dinero desde la cosecha anterior."],
    ["en", "The brickworks owe the seasonal hands their wages for the whole autumn."],
  ])("%s, not modal: %s", (_, s) => expect(modal(s)).toBe(false));
  // Near misses: the same verbs with an infinitive (a duty to act), and a duty with money in it.
  it.each([
    ["fr", "Les sécheries doivent payer quatre mois de salaire aux trieuses de poisson."],
    ["es", "El dueño del vivero debe pagar tres meses de sueldo a cada jornalera."],
    ["en", "The brickworks must pay the seasonal hands their wages before the holidays."],
    ["fr", "Les inspecteurs doivent contrôler les sécheries chaque mois."],
  ])("%s, modal: %s", (_, s) => expect(modal(s)).toBe(true));
});

describe("round 28b: a bid in the imperative ('bids')", () => {
  const bids = has("bids");
  it.each([
    ["en", "Give every brickworks hand a written contract in a language she reads."],
    ["en", "Let the labour office keep its counter open on market days."],
    ["en", "Our plea is simple: fund the night school for the sorters."],
    ["fr", "Pensez aux trieuses qui rentrent à pied après minuit."],
    ["es", "Escuchen a las jornaleras antes de cerrar el vivero."],
  ])("%s: %s", (_, s) => expect(bids(s)).toBe(true));
  // Near misses: "let me / let us" of the speaker, "chez", a French "-ez" after "vous", a verb not first.
  it.each([
    ["en", "Let me describe how the sorting shed is run."],
    ["en", "We give every brickworks hand a written contract."],
    ["fr", "Chez nous, les trieuses rentrent à pied après minuit."],
    ["fr", "Vous pensez sans doute aux trieuses de la côte."],
    ["es", "Las jornaleras escuchan la radio mientras trabajan."],
  ])("%s, not: %s", (_, s) => expect(bids(s)).toBe(false));
});
