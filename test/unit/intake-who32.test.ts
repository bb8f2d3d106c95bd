import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { ownPlaceCountry } from "../../worker/intake/places";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 32 (who and when, blind 25 used for development): the organization's country named only in its own text,
// in the first person ("I have worked for ten years in <Town>", "nos membres à <Ville>"), and never a country or a
// town merely discussed. Invented text (seasonal farm workers; invented bodies and people).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

function countryOf(opening: string): string | null {
  const text = [
    "Statement of the Harvest Hands Workers' Association (HHWA), delivered by Tomasz Verbeek-Olund, Coordinator",
    "Thank you, Chair. " + opening,
    "We ask every State to let a seasonal worker move to another farm and keep the permit.",
    "Thank you.",
  ].join("\n\n");
  const org = understand(text, [], segments).organization;
  expect(org?.name).toBe("Harvest Hands Workers' Association");
  return org?.country ?? null;
}

describe("round 32: the organization's own town, in the first person", () => {
  it.each([
    ["en", "For eight years I have answered calls from pickers on the farms around Glasgow who were charged for their beds.", "GB"],
    ["en", "Our volunteers in the south-west of Scotland meet the pickers at the bus station every Monday.", "GB"],
    ["fr", "Nos bénévoles à Bordeaux rencontrent chaque lundi les saisonniers à la gare routière.", "FR"],
    ["es", "Nuestras promotoras en Chiclayo visitan cada semana los campamentos de los jornaleros.", "PE"],
  ])("%s: %s", (_lang, opening, want) => {
    expect(countryOf(opening)).toBe(want);
  });

  it.each([
    ["a town in a sentence with no first person", "Pickers arriving in Glasgow are often charged for their beds by the agency that hired them."],
    ["a country, not a town, after a first person", "We have met pickers recruited in Morocco and in Ukraine by the same agency."],
    ["the city where the dialogue sits", "We are grateful to be in Vienna this week with the other organizations."],
  ])("not read: %s", (_what, opening) => {
    expect(ownPlaceCountry(opening)).toBeNull();
  });

  it("reads the first town named after a first person, before 'and'", () => {
    expect(ownPlaceCountry("We run two shelters in Kisumu and Kampala for the workers we meet.")).toBe("KE");
  });
});
