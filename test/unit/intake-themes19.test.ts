import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 19 of the theme lexicon (docs/intake.md, "Round 19: themes"): more ideas written without
// the theme's usual words, in English, French and Spanish, and asset recovery or confiscation no
// longer enough alone for organized criminal groups. Every sentence below is invented for these
// tests (other places, trades and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 19 families: the idea without the theme's usual words", () => {
  it.each([
    // The people who really own a company; officials who take money.
    ["anti-corruption", "List the people who really own the bakeries of Tolm.", "who really own"],
    ["anti-corruption", "Inspectors of the Vask mill who take money should lose their badge.", "take money"],
    ["anti-corruption", "Que les gardiens du phare de Brel qui perçoivent de l'argent soient remplacés.", "percoivent de l'argent"],
    ["anti-corruption", "Que los guardas del puente de Sarn que cobran sobornos sean apartados.", "cobran sobornos"],
    // Screening people as possible victims or for signs; a complaints line; no deportation; testimony once or recorded.
    ["victim-protection", "Gardeners at the Pell orchards should be treated as possible victims when they ask for help.", "as possible victims"],
    ["victim-protection", "Every kite flyer stopped at Harrow should be checked for signs of trafficking.", "for signs of trafficking"],
    ["victim-protection", "Open a complaints line for the weavers of Dunmere.", "complaints line"],
    ["victim-protection", "Ouvrir un mécanisme de plainte pour les vendangeurs de Sorle.", "mecanisme de plainte"],
    ["victim-protection", "Abrir una línea de denuncia para los pastores de Quel.", "linea de denuncia"],
    ["victim-protection", "Glassblowers of Venn should be able to speak up without fear of deportation.", "without fear of deportation"],
    ["victim-protection", "Que los cosechadores de Ledo puedan hablar sin ser deportados.", "sin ser deportados"],
    ["victim-protection", "Los aprendices de Tarla deberían dar su testimonio una sola vez.", "testimonio una sola vez"],
    ["victim-protection", "A recorded interview of each young bellringer should be enough in court.", "recorded interview"],
    // Inspecting cargo and vehicles; informal crossing points.
    ["border-management", "The harbour of Orm should scan every barrel of apples leaving by sea.", "scan every barrel"],
    ["border-management", "Los guardas de Purna deberían revisar también los camiones que salen.", "revisar tambien los camiones"],
    ["border-management", "Watch the informal crossings of the Lisk hills at night.", "informal crossings"],
    ["border-management", "Vigilar las trochas del valle de Ostra.", "trochas"],
    // Trained staff kept in their post.
    ["institutional-coordination", "Que los relojeros formados sigan al menos tres años en sus puestos.", "al menos tres anos en sus puestos"],
    // A single neighbouring country.
    ["international-cooperation", "Rendre les chèvres à leur berger, même s'il vit dans un pays voisin.", "dans un pays voisin"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 19: what the families and the weaker words leave alone", () => {
  it("recognising the signs of trafficking is a course, not the screening of a person", () => {
    expect(slugs("Teach the lamplighters of Brask to recognise the signs of trafficking.")).not.toContain("victim-protection");
  });
  it("asset recovery or confiscation alone is not a proposal about criminal groups", () => {
    expect(slugs("Open an asset recovery desk in the town hall of Mirre.")).not.toContain("organized-criminal-groups");
    expect(slugs("Confiscate the boats of the Carvel regatta after the race.")).not.toContain("organized-criminal-groups");
  });
  it("confiscation beside another word of criminal groups still counts", () => {
    expect(slugs("Prosecute the smugglers of Yarrow and confiscate their barges.")).toContain("organized-criminal-groups");
  });
});
