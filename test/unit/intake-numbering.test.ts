import { describe, expect, it } from "vitest";
import { readMarker } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";

// Blind set 18 used for development (lead): a number closed by a full stop and a dash ("1.-"), as
// Spanish and Latin American writers number a list. Text and names written for these tests.

describe("a number closed by a full stop and a dash", () => {
  it("reads '1.-', '2.–' and 'a.-' as list markers, the text after them kept", () => {
    expect(readMarker("1.- Que los municipios abran un registro")).toEqual({ marker: { kind: "number", value: 1, raw: "1.-" }, rest: "Que los municipios abran un registro" });
    expect(readMarker("12.– Les communes publient")?.marker).toMatchObject({ kind: "number", value: 12, raw: "12.–" });
    expect(readMarker("b.- Que la fiscalía informe")?.marker).toMatchObject({ kind: "letter", value: 2 });
  });

  it("not a dash run into the next word or number ('3.-Que', '1.-2'), nor a year", () => {
    expect(readMarker("3.-Que")).toBeNull();
    expect(readMarker("1.-2 kilos")).toBeNull();
    expect(readMarker("2023.- Informe anual")).toBeNull();
  });

  const list = (accents: boolean) =>
    [
      "Los pescadores de la laguna de Tarvel pierden sus botes cada invierno.",
      "",
      "Por eso pedimos lo siguiente:",
      "",
      accents ? "1.- Que el Estado asegure a cada familia un año de apoyo para reparar su bote." : "1.- Que el Estado asegure a cada familia un ano de apoyo para reparar su bote.",
      "",
      "2.- Que los municipios revisen las licencias de los compradores de pescado sin previo aviso.",
      "",
      accents ? "3.- Que la fiscalía investigue a quienes prestan dinero a interés en el muelle." : "3.- Que la fiscalia investigue a quienes prestan dinero a interes en el muelle.",
      "",
      "Gracias.",
    ].join("\n");

  it("a list numbered '1.-' gives its items, with accents and typed without them", () => {
    expect(findProposals(list(true))).toEqual([
      "Que el Estado asegure a cada familia un año de apoyo para reparar su bote.",
      "Que los municipios revisen las licencias de los compradores de pescado sin previo aviso.",
      "Que la fiscalía investigue a quienes prestan dinero a interés en el muelle.",
    ]);
    expect(findProposals(list(false))).toHaveLength(3);
  });
});
