import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 54 (blind sets 58 and 59 used for development; invented text only): a thing named in a list item, then a relative
// pronoun and a colon, its sub-items finishing the clause: one proposal. Look-alikes included.

const statement = (list: string) => findProposals(`We are a union of lighthouse keepers on the northern coast.\n\nWe propose to the States:\n\n${list}\n\nThank you.`);

describe("round 54: a thing named, then 'that:' and its sub-items", () => {
  it("is one proposal, the thing and what it does", () => {
    const found = statement("• A single logbook for every lighthouse, kept the same way on the whole coast, that:\n◦ records each boat seen at night;\n◦ is open to the coastguard at any hour;\n◦ and is kept for ten years.\n• That the coastguard answers every report within the hour.");
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^A single logbook .* that: records each boat .* and is kept for ten years\.$/);
  });

  it("in Spanish and French", () => {
    expect(statement("• Un registro único de faros, obligatorio en toda la costa, que:\n◦ anote cada barco visto de noche;\n◦ y quede abierto a la guardia costera.\n• Que la guardia costera responda a cada aviso en una hora.")).toHaveLength(2);
    expect(statement("• Un carnet de bord commun à tous les phares, qui :\n◦ note chaque bateau aperçu la nuit ;\n◦ et reste ouvert aux garde-côtes.\n• Que les garde-côtes répondent à chaque appel dans l'heure.")).toHaveLength(2);
  });

  it("a heading over sub-items that ask stays a heading", () => {
    const found = statement("• On logbooks:\n◦ Keep one logbook in every lighthouse.\n◦ Open it to the coastguard at any hour.");
    expect(found).toHaveLength(2);
  });
});
