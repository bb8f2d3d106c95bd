import { describe, expect, it } from "vitest";
import { isOrgName } from "../../worker/intake/people";
import { CHAIR, read, THANKS } from "./who-statement";

// Round 55 (who, forms read from blind sets 60 and 61 after round 54): a group's name ("Grupo de …", "Groupe de …") and a
// cooperative's in a letterhead's capitals, with a part in guillemets. Invented text (lighthouses and ferries; invented
// bodies, people, towns).

describe("round 55: groups, and kinds of body in capitals", () => {
  it("a group names a body; a working group of the Conference does not", () => {
    expect(isOrgName("Grupo de Fareras «Luz del Cabo»")).toBe(true);
    expect(isOrgName("Groupe des Passeurs du Ponant")).toBe(true);
    expect(isOrgName("Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes")).toBe(false);
    expect(isOrgName("Groupe de travail sur la traite des personnes")).toBe(false);
  });

  it("a cooperative in a letterhead's capitals", () => {
    expect(isOrgName("COOPERATIVA DE BALSEROS «EL MUELLE NUEVO»")).toBe(true);
    const r = read([CHAIR.es!, "Pedimos a cada Estado que registre las pequeñas lanchas que cruzan a los trabajadores.", THANKS.es!], ["COOPERATIVA DE BALSEROS «EL MUELLE NUEVO»", "Malecón de las Garzas, Puerto Lirio, Ecuador"]);
    expect(r.organization?.name.toLowerCase()).toBe("cooperativa de balseros «el muelle nuevo»");
  });
});
