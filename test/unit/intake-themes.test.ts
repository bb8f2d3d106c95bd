import { describe, expect, it } from "vitest";
import { LEXICON } from "../../worker/intake/lexicon";
import { buildLexicon, matchThemes, statementThemes, termPattern } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();

describe("theme lexicon", () => {
  it("has English, French and Spanish words for every theme of the taxonomy", () => {
    for (const t of THEMES) {
      expect(LEXICON[t.slug], t.slug).toBeDefined();
      for (const lang of ["en", "fr", "es"] as const) expect(LEXICON[t.slug]![lang].length, `${t.slug} ${lang}`).toBeGreaterThan(0);
    }
  });

  it("matches word endings and ignores accents and hyphens", () => {
    expect(matchThemes("La législation nationale", lexicon).map((m) => m.slug)).toContain("legislation");
    expect(termPattern("inter-agency").test("an interagency task force")).toBe(false);
    expect(termPattern("task force*").test("task-forces")).toBe(true);
    expect(termPattern("ban").test("bank")).toBe(false);
  });

  it("explains each suggestion with the words found", () => {
    const [first] = matchThemes("An inter-agency task force may coordinate actions.", lexicon);
    expect(first).toEqual({ slug: "institutional-coordination", terms: ["inter-agency", "task force", "coordinate"] });
  });

  it.each([
    ["Member States should mark every firearm at import and keep records.", ["firearms-control"]],
    ["Renforcer la sensibilisation dans les écoles.", ["prevention-awareness"]],
    ["Garantizar la protección de las víctimas y su reintegración.", ["victim-protection"]],
    ["Nous demandons l'entraide judiciaire et l'extradition.", ["international-cooperation"]],
  ])("classifies %s", (text, expected) => {
    expect(slugs(text)).toEqual(expected);
  });

  it("needs a second word of the theme beside a weak one", () => {
    expect(LEXICON["rule-of-law"]!.en).toContain("~judges");
    expect(slugs("Train judges on the indicators.")).not.toContain("rule-of-law");
    expect(slugs("Train judges and guarantee access to justice.")).toContain("rule-of-law");
    expect(slugs("Prosecutors need training.")).not.toContain("organized-criminal-groups");
    expect(slugs("Prosecute the brokers and confiscate the proceeds of crime.")).toContain("organized-criminal-groups");
  });

  it("lets admins add keywords, escaped as literal text", () => {
    const extended = buildLexicon(["technology"], [{ theme: "technology", term: "deepfake*" }, { theme: "technology", term: "a(b" }, { theme: "unknown", term: "x" }]);
    expect(matchThemes("deepfakes are spreading", extended).map((m) => m.slug)).toEqual(["technology"]);
    expect(matchThemes("a(b", extended).map((m) => m.slug)).toEqual(["technology"]);
  });

  it("gives a statement its proposals' themes plus those its other text supports twice", () => {
    const proposals = [matchThemes("States should adopt legislation.", lexicon)];
    const themes = statementThemes("We work on poverty and social justice. States should adopt legislation. Border management.", proposals, lexicon).map((m) => m.slug);
    expect(themes).toEqual(["legislation", "socio-economic-drivers"]);
  });
});
