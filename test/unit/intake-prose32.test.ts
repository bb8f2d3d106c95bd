import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 32: a report's numbered section headings, one of them naming what a body asks in the third person.
describe("round 32: numbered sections, the asks read under the heading that names them", () => {
  it("reads the items under 'what the forum asks', not what was heard or what the forum will do", () => {
    const text = [
      "REPORT OF THE HARBOUR TOWNS FORUM",
      "1. What we heard",
      "Fishermen said that the coast guard stops them twice a week and that nobody explains why. The mayor did not come.",
      "2. What the forum asks of the ministries",
      "a) That the coast guard give a written reason for every stop at sea.\nb) That fishing licences be issued in the harbour towns themselves.\nc) That the forum be invited to the yearly review of maritime patrols.",
      "3. What the forum will do",
      "a) Hold a second meeting in the spring.\nb) Write a leaflet on the rights of crews during an inspection.",
      "4. Closing",
      "The participants thanked the harbour master for the room.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "That the coast guard give a written reason for every stop at sea.",
      "That fishing licences be issued in the harbour towns themselves.",
      "That the forum be invited to the yearly review of maritime patrols.",
    ]);
  });
  it("reads the same layout in Spanish and French", () => {
    const es = [
      "1. Lo que vimos",
      "Las escuelas de los pueblos altos no tienen maestros desde marzo y los niños caminan dos horas.",
      "2. Lo que la asamblea pide al Ministerio",
      "a) Que se nombren maestros rurales antes del inicio del año escolar.\nb) Que el transporte escolar llegue a los pueblos altos.",
      "3. Lo que la asamblea se compromete a hacer",
      "a) Reunir las firmas de los padres en cada pueblo.",
    ].join("\n\n");
    expect(findProposals(es)).toEqual(["Que se nombren maestros rurales antes del inicio del año escolar.", "Que el transporte escolar llegue a los pueblos altos."]);
    const fr = [
      "1. Ce que nous avons entendu",
      "Les marchandes du port paient une taxe deux fois, au marché et à la sortie du quai.",
      "2. Ce que le collectif demande aux autorités",
      "a) Que la taxe du quai soit supprimée pour les marchandes déjà payées au marché.\nb) Que les reçus soient délivrés en langue locale.",
      "3. Clôture",
      "La réunion a pris fin à midi.",
    ].join("\n\n");
    expect(findProposals(fr)).toEqual(["Que la taxe du quai soit supprimée pour les marchandes déjà payées au marché.", "Que les reçus soient délivrés en langue locale."]);
  });
  it("leaves alone numbered sections none of which names the asks", () => {
    const text = ["1. Background", "The river floods every year.", "2. Findings", "Roads are cut for weeks.", "3. Next steps", "We urge the province to build a bridge at the ford before the rains."].join("\n\n");
    expect(findProposals(text)).toContain("We urge the province to build a bridge at the ford before the rains.");
  });
});
