import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// After blind set 20 (measured once, then one miss looked at): a Spanish call announcing a bulleted
// list of requests. Text and names written for these tests.

const background = [
  "El año pasado atendimos a muchas familias de pescadores en la costa. Nadie les explicó cómo seguía el caso. Las autoridades prometieron una reforma.",
  "La policía dijo que no tenía vehículos. Los fiscales cambiaron tres veces en un año. Los jueces tardaron meses en fijar la audiencia.",
].join("\n\n");
const items = ["• registren cada lancha que sale de noche con pasajeros;", "• publiquen cada año cuántas lanchas fueron inmovilizadas;", "• capaciten a los guardacostas en la atención a víctimas."];
const want = ["registren cada lancha que sale de noche con pasajeros", "publiquen cada año cuántas lanchas fueron inmovilizadas", "capaciten a los guardacostas en la atención a víctimas."];
const withLead = (lead: string) => findProposals(`${background}\n\n${lead}\n\n${items.join("\n")}\n\nMuchas gracias.`);

describe("a Spanish call announcing a list (after blind set 20)", () => {
  it("takes the items after 'Hacemos un llamado a … para que:' and its variants, not the lead-in", () => {
    expect(withLead("Hacemos un llamado a los gobiernos ribereños para que:")).toEqual(want);
    expect(withLead("Hacemos un llamamiento urgente a las autoridades portuarias para que:")).toEqual(want);
    expect(withLead("Reiteramos nuestro llamado a los Estados parte, para que:")).toEqual(want);
    expect(withLead("Llamamos a los gobiernos de la región a que:")).toEqual(want);
  });

  it("near miss: 'el llamado …' (the so-called) over a list of articles announces no requests", () => {
    const articles = ["• el artículo 5, sobre la penalización de la conducta;", "• el artículo 6, sobre la asistencia a las víctimas."];
    expect(findProposals(`${background}\n\nNos referimos al llamado Protocolo de Palermo en estos artículos:\n\n${articles.join("\n")}\n\nMuchas gracias.`)).toEqual([]);
  });
});
