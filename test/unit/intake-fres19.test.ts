import { describe, expect, it } from "vitest";
import { readMarker } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";

// Round 19 (French and Spanish proposals; blind set 14 used for development): text and names
// written for these tests.

const para = (...sentences: string[]) => sentences.join(" ");

describe("arrows and check marks as list labels (round 19)", () => {
  it("reads a line opening with an arrow or a check mark as a bullet item, not an arrow inside a line", () => {
    expect(readMarker("→ Les coopératives de miel devraient tenir un registre.")?.marker.kind).toBe("bullet");
    expect(readMarker("➔ Abrir una ventanilla para los barqueros.")?.marker.kind).toBe("bullet");
    expect(readMarker("✓ Fund the river ferries all year.")?.marker.kind).toBe("bullet");
    expect(readMarker("De 12 → 30 ruches par village")).toBeNull();
    expect(readMarker("→Les ruches")).toBeNull();
  });

  it("gives the arrow-led demands under a heading of a text export, not the figures above them", () => {
    const text = [
      "LE MIEL DU PLATEAU EN CHIFFRES",
      "412\nruches volées en une saison",
      "3 sur 5\napiculteurs sans assurance",
      "CE QUE NOUS CONSTATONS\nLes vols de ruches se multiplient la nuit. Personne ne sait où partent les essaims.",
      [
        "NOS DEUX DEMANDES",
        "→ Chaque ruche vendue sur un marché doit porter le numéro de son rucher, lisible et déclaré.",
        "→ Nous demandons aux communes du plateau de financer des enclos fermés pour les ruchers isolés.",
      ].join("\n"),
      "Sources : carnets des apiculteurs, 2021.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Chaque ruche vendue sur un marché doit porter le numéro de son rucher, lisible et déclaré.",
      "Nous demandons aux communes du plateau de financer des enclos fermés pour les ruchers isolés.",
    ]);
  });
});
