import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 25 of the theme lexicon (docs/intake.md, "Round 25: themes"): two States named together,
// prosecutors on both sides of a frontier, no removal while a case is open, help that does not
// wait for a complaint. Every sentence below is invented for these tests (other places, trades
// and topics than any evaluation statement).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();
const why = (text: string, slug: string) => matchThemes(text, lexicon).find((m) => m.slug === slug)?.terms ?? [];

describe("round 25 families: the idea without the theme's usual words", () => {
  it.each([
    // Two States named together.
    ["international-cooperation", "Salt traders taxed twice should be able to appeal once, in both countries.", "both countries"],
    ["international-cooperation", "Que les douaniers des deux pays tiennent le même cahier des péages du col de Brenne.", "des deux pays"],
    ["international-cooperation", "Que las aduanas de ambos países lleven el mismo libro de peajes del paso de Ulla.", "de ambos paises"],
    // Prosecutors on both sides of a frontier, or on the other side.
    ["international-cooperation", "Prosecutors on both sides of the lake should keep one docket for the stolen canoes of Wenmoor.", "prosecutors on both sides"],
    ["international-cooperation", "Las fiscalías de los dos lados del valle deberían compartir la lista de ladrones de ganado.", "fiscalias de los dos lados"],
    ["international-cooperation", "Chaque procureur devrait connaître le parquet de l'autre côté du fleuve Aunel.", "parquet de l'autre cote"],
    // Not removed from the country while a case is open.
    ["human-rights", "A shepherd who sues the ranch owner of Kellow must not be deported before the hearing.", "must not be deported"],
    ["human-rights", "Que la cueilleuse qui accuse son patron ne soit pas expulsée du pays avant le jugement.", "ne soit pas expulsee du pays"],
    ["human-rights", "Que el pastor que denuncia al patrón no sea deportado mientras dure el juicio.", "no sea deportado"],
    // Help that does not wait for a complaint.
    ["human-rights", "Counselling for the miners of Tarn should go on even if they decide not to testify.", "decide not to testify"],
    ["human-rights", "Que les mineurs de Vourg gardent leur logement même s'ils ne portent pas plainte.", "ne portent pas plainte"],
    ["human-rights", "Los mineros de Tiza deben seguir recibiendo ayuda aunque decidan no denunciar.", "decidan no denunciar"],
  ])("%s: %s", (slug, text, term) => {
    expect(slugs(text)).toContain(slug);
    expect(why(text, slug)).toContain(term);
  });
});

describe("round 25: what the families leave alone", () => {
  it("a meeting that brings prosecutors from both sides together is not named cooperation by these words", () => {
    expect(why("A yearly fair could gather prosecutors from both sides of the lake at Wenmoor.", "international-cooperation")).not.toContain("prosecutors from both sides");
  });
  it("both sides of a street, or two loaves, are not two States", () => {
    expect(slugs("Market stalls on both sides of the high street of Pellow should close at six.")).not.toContain("international-cooperation");
    expect(slugs("Les deux pains du boulanger de Lurs coûtent le même prix.")).not.toContain("international-cooperation");
  });
  it("a member not expelled from a club, or a choice not to buy, is not a right at stake", () => {
    expect(slugs("The cooperative decided not to buy new ploughs for the farms of Hesk.")).not.toContain("human-rights");
    expect(slugs("El socio que pague la cuota no será expulsado del club de ajedrez de Nava.")).not.toContain("human-rights");
    expect(slugs("Un membre à jour de sa cotisation ne sera pas expulsé du club d'échecs de Nyons.")).not.toContain("human-rights");
  });
});
