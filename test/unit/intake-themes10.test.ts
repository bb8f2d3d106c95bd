import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 10 of the theme lexicon (docs/intake.md, "Round 10: themes"): concept families that
// labellers of several sets read as a theme although the theme's own words are absent. All text
// below is invented for these tests.
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("keeping trained staff in place is how institutions are organised (round 10)", () => {
  it.each([
    ["Ask ministries to let the new border inspectors remain in their posts for four years.", "remain in their posts"],
    ["Reduce staff turnover in the labour inspectorate of the coastal districts.", "staff turnover"],
    ["Plan what happens to the archive when trained officers are transferred elsewhere.", "when trained officers are transferred"],
    ["Que les greffiers qualifiés restent en poste au moins deux ans après leur nomination.", "restent en poste"],
    ["Limitar la rotación del personal de las unidades de atención a niñas y niños.", "rotacion del personal"],
  ])("%s", (text, word) => {
    expect(slugs(text)).toContain("institutional-coordination");
    expect(why(text, "institutional-coordination")).toContain(word);
  });

  it("does not read a post office or a rotation of crops as staff kept in place", () => {
    expect(slugs("Open a post office in every village and support the rotation of crops.")).not.toContain("institutional-coordination");
  });
});

describe("migrants not prosecuted as smugglers is a right of the person (round 10)", () => {
  it.each([
    "Make sure that fishermen forced to pilot a dinghy are not prosecuted as smugglers.",
    "We ask that the police never prosecute rescuers who bring people ashore.",
    "Nous souhaitons que les exilés contraints de piloter le canot ne soient pas poursuivis comme passeurs.",
    "Es preciso no criminalizar a las personas migrantes que atraviesan el desierto a pie.",
  ])("%s", (text) => {
    expect(slugs(text)).toContain("human-rights");
  });

  it("leaves the non-punishment of trafficking victims to the other themes, as the early labels do", () => {
    expect(slugs("Ensure that victims of forced begging are not punished for the thefts they were made to commit.")).not.toContain("human-rights");
  });
});
