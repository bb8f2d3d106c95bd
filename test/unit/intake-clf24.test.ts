import { describe, expect, it } from "vitest";
import { sentences } from "../../worker/intake/proposals";
import { planHeading, requestCandidates, requestFeatures, requestScore, withRequests } from "../../worker/intake/request-model";
import { handMadeBlend } from "../intake/blend-setup";
import { REQUEST_WEIGHTS } from "../../worker/intake/request-weights";

// Round 24: the learned request classifier, retrained with blind sets 18 and 19, with a "past" shape feature and a
// gate under headings of a statement's own plans. Sentences and names written for these tests; the names are invented.

const nowhere = { first: false, last: false };
const past = (s: string) => requestFeatures(s, nowhere).includes("past");

describe("round 24: the narrative past, a shape feature", () => {
  it.each([
    ["en", "Over the winter our staff visited nine brick kilns near the river."],
    ["en", "They told us the recruiter kept every passport in a locked drawer."],
    ["en", "We have documented eleven such crossings since March."],
    ["fr", "Nos équipes ont rencontré douze familles dans les quartiers du port."],
    ["fr", "Nous avons reçu des appels chaque nuit pendant l'été."],
    ["es", "Las trabajadoras nos contaron que nadie les explicó el contrato."],
    ["es", "Los pescadores nos trajeron los papeles que el patrón guardaba."],
    ["es", "Hemos documentado treinta casos en los mercados de la costa."],
  ])("%s: %s", (_, s) => expect(past(s)).toBe(true));

  // Near misses: present needs, requests and possessions that look like a past.
  it.each([
    ["en", "We need a shelter in every district before the cold season."],
    ["en", "States should proceed with the reform of the labour code."],
    ["en", "We are concerned that inspectors rarely visit the kilns."],
    ["fr", "Nous avons besoin de refuges ouverts la nuit."],
    ["fr", "Les enfants ont des droits que personne ne leur explique."],
    ["es", "Pedimos que los ministerios aprueben la ley este año."],
  ])("%s, not: %s", (_, s) => expect(past(s)).toBe(false));
});

describe("round 24: headings of a statement's own plans", () => {
  it.each(["1. Background", "3) Planned activities", "Budget (USD)", "II. Context and rationale", "Objectives of the project", "Contexte", "Objectifs du projet", "Antecedentes", "Actividades previstas"])(
    "a plan heading: %s",
    (h) => expect(planHeading(h)).toBe(true),
  );
  it.each(["Objectives and recommendations", "Background checks for every buyer", "4. What we are asking for", "Our recommendations", "Budgets must follow the plan"])(
    "a heading, not of plans: %s",
    (h) => expect(planHeading(h)).toBe(false),
  );
  it("a line of prose, or two lines, is no heading", () => {
    expect(planHeading("The budget was spent on training.")).toBeNull();
    expect(planHeading("Background\nof the pilot")).toBeNull();
  });
});

describe("round 24: the blend, not under a heading of plans", () => {
  const { table, split, keep, use } = handMadeBlend({ bias: -4, w: { "w:train": 6 } });

  const text = (heading: string) =>
    ["Objective", "To train thirty court clerks on the islands in two years.", heading, "Donors could train the clerks where the courts sit, not in the capital."].join("\n\n");

  it("a sentence under 'Objective' is not taken; the same kind of sentence under a heading of asking is", () => {
    use();
    expect(withRequests(text("What we ask"), [], split, keep)).toEqual(["Donors could train the clerks where the courts sit, not in the capital."]);
    const candidates = requestCandidates(text("What we ask"), [], split, keep, table);
    expect(candidates.map((c) => c.plan)).toEqual([true, false]);
  });

  it("the plan heading holds until the next heading, of whatever kind", () => {
    use();
    // Under a second plan heading ("Activities"), nothing is taken.
    expect(withRequests(text("3. Activities"), [], split, keep)).toEqual([]);
  });
});

describe("round 24: the shipped table", () => {
  it("is small and general: words, pairs and shape only, no capitalised word", () => {
    const names = Object.keys(REQUEST_WEIGHTS.w);
    expect(names.length).toBeLessThanOrEqual(1500);
    expect(names.every((f) => /^(?:w:\S+|b:\S+ \S+|len:\S+|first|last|ends:.|modal|past|observes|wish|needs|helps|couldyou|imperative)$/.test(f))).toBe(true);
    expect(names.some((f) => /\p{Lu}/u.test(f))).toBe(false);
  });

  it("scores a long hostile text quickly (190,000 characters of prose, well under a second)", () => {
    const paragraph = Array.from({ length: 12 }, (_, k) => `Our volunteers counted ${k + 3} boats at the landing and the families waited for news.`).join(" ");
    const long = Array.from({ length: 200 }, () => paragraph).join("\n\n").slice(0, 190_000);
    const start = performance.now();
    const candidates = requestCandidates(long, [], (p) => sentences(p), () => true);
    expect(candidates.length).toBeGreaterThan(100);
    expect(performance.now() - start).toBeLessThan(1500);
    expect(requestScore("Our volunteers counted seven boats at the landing last night.").p).toBeLessThan(0.5);
  });
});
