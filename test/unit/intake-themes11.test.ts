import { describe, expect, it } from "vitest";
import { proposalHeadings } from "../../worker/intake/theme-context";
import { buildLexicon, proposalThemes, withHeading } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 11 of the themes (docs/intake.md, "Round 11: themes"): the topic heading a proposal stands
// under says which sense its weak words have. All text below is invented for these tests.
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const themed = (text: string, proposals: string[]) => {
  const headings = proposalHeadings(text, proposals);
  return proposals.map((p, i) => withHeading(proposalThemes(p, lexicon), p, headings[i] ?? null, lexicon));
};

describe("the heading each proposal stands under", () => {
  const text = [
    "Our proposals come under two headings.",
    "",
    "1. Extradition between neighbouring countries:",
    "   - answer every incoming request from a partner country within one month;",
    "   - keep a register of the requests pending.",
    "",
    "2. On rural schools:",
    "   - pay the bus fares of pupils from remote valleys.",
    "",
    "Thank you.",
  ].join("\n");
  const proposals = ["answer every incoming request from a partner country within one month;", "keep a register of the requests pending.", "pay the bus fares of pupils from remote valleys."];

  it("is the short line above the list, without its number, for every item of that list", () => {
    expect(proposalHeadings(text, proposals)).toEqual(["Extradition between neighbouring countries:", "Extradition between neighbouring countries:", "On rural schools:"]);
  });

  it("is none for a proposal that starts inside a paragraph", () => {
    const prose = "The courts are slow. We urge the ministry to publish how long each request waits.";
    expect(proposalHeadings(prose, ["We urge the ministry to publish how long each request waits."])).toEqual([null]);
  });

  it("is not a lead-in that names who is asked, nor a long sentence", () => {
    const addressee = "To the States of transit:\n- open the files of pending requests to the families.";
    expect(proposalHeadings(addressee, ["open the files of pending requests to the families."])).toEqual([null]);
    const long = "During the last three years our lawyers followed the cases of many families who waited without news:\n- open the files to the families.";
    expect(proposalHeadings(long, ["open the files to the families."])).toEqual([null]);
  });

  it("is left by a later item set like the heading itself", () => {
    const nested = ["• Sur la prévention :", "    – former les enseignants des villages ;", "• Publier chaque année le nombre de plaintes reçues."].join("\n");
    expect(proposalHeadings(nested, ["former les enseignants des villages ;", "Publier chaque année le nombre de plaintes reçues."])).toEqual(["Sur la prévention :", null]);
  });

  it("is the title of a 'Recommendation N – Title' heading", () => {
    const titled = "Recommendation 1 – Fighting corruption at the ports\n\nSuspend the port officials who are under investigation until the case is closed.";
    expect(proposalHeadings(titled, ["Suspend the port officials who are under investigation until the case is closed."])).toEqual(["Fighting corruption at the ports"]);
  });
});

describe("a theme the heading names is added when the proposal has a word of it", () => {
  it("reads a weak word in the heading's sense, and says why", () => {
    const text = "Recommendation 1 – Fighting corruption at the ports\n\nSuspend the port officials who are under investigation until the case is closed.";
    const [themes] = themed(text, ["Suspend the port officials who are under investigation until the case is closed."]);
    const corruption = themes!.find((m) => m.slug === "anti-corruption");
    expect(corruption?.terms).toContain("heading: corruption");
    expect(corruption?.terms).toContain("officials");
  });

  it("does not add the heading's theme to an item with no word of it", () => {
    const text = "Recommendation 1 – Fighting corruption at the ports\n\nPaint the harbour cranes in bright colours before the summer.";
    const [themes] = themed(text, ["Paint the harbour cranes in bright colours before the summer."]);
    expect(themes!.map((m) => m.slug)).not.toContain("anti-corruption");
  });

  it("changes nothing without a heading", () => {
    const p = "Suspend the port officials who are under investigation until the case is closed.";
    expect(withHeading(proposalThemes(p, lexicon), p, null, lexicon)).toEqual(proposalThemes(p, lexicon));
  });
});

describe("the heading's reason", () => {
  it("names the heading's strong words only", () => {
    const text = "2. Capacity building in the provinces:\n   - fund a year of study visits for the clerks of the new courts.";
    const [themes] = themed(text, ["fund a year of study visits for the clerks of the new courts."]);
    const why = themes!.find((m) => m.slug === "technical-assistance")?.terms ?? [];
    expect(why).toContain("heading: capacity building");
    expect(why.filter((t) => t.startsWith("heading: "))).toEqual(["heading: capacity building"]);
  });
});
