import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 29 of the theme lexicon (docs/intake.md, "Round 29: themes"): the noun of a verb the lexicon
// already had ("investigate" → "investigations", « enquêter » → « enquêtes », "investigar" →
// "investigaciones"), the taxonomy's own word for organized criminal groups. Every sentence below is
// invented for these tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug);

describe("round 29: investigations name the theme of organized criminal groups", () => {
  it.each([
    "Ministries should give the river police a second boat so that investigations of the timber convoys can go upstream.",
    "The glassworks inquiry showed that one investigation per harbour is not enough.",
    "Que les enquêtes sur les convois de charbon de bois disposent d'un budget propre.",
    "Il faut une enquête financière sur chaque atelier de faux billets de loterie.",
    "Las investigaciones sobre los camiones de arena robada deben durar más de un mes.",
    "Hace falta una investigación patrimonial de cada dueño de canteras clandestinas.",
  ])("%s", (text) => {
    expect(slugs(text)).toContain("organized-criminal-groups");
  });
});

describe("round 29 near misses: surveys and research are not investigations of crime", () => {
  it.each([
    "Universities should fund academic investigations into why shepherds leave the highlands.",
    "Que l'institut publie des enquêtes statistiques sur les salaires des cueilleurs de lavande.",
    "Que l'office mène des enquêtes auprès des ménages sur la pêche du lac.",
    "Las investigaciones académicas sobre el pastoreo merecen más becas.",
    "Una investigación sobre la salinidad del delta ayudaría a los agricultores.",
    "Investigations into complaints against customs guards should be handled by an outside office.",
    "Keep the ferry clerks who are under investigation away from the ticket office.",
  ])("%s", (text) => {
    expect(slugs(text)).not.toContain("organized-criminal-groups");
  });
});
