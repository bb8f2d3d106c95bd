import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { rewriteTables, tagTables, type TableLine } from "../../worker/intake/pdf-tables";
import { findProposals } from "../../worker/intake/proposals";
import { withDrawnTables } from "../../worker/intake/text-tables";

// Round 20 (French and Spanish proposals and tables; blind set 15 used for development): text and
// names written for these tests.

const para = (...sentences: string[]) => sentences.join(" ");

describe("French and Spanish ways of asking (round 20)", () => {
  it("reads what would seem essential, a wish to ask in the conditional, and a question in the conditional asking a body to act (French)", () => {
    const text = [
      para("Les gardiens de phare vivent seuls six mois par an.", "Il nous paraîtrait indispensable que chaque préfecture maritime leur assure une relève tous les quinze jours."),
      para("Les vendeuses de galettes paient deux fois la taxe.", "Nous aimerions demander aux communes de supprimer la seconde taxe de marché."),
      para("Les relieurs ferment un à un.", "Les chambres de métiers ne pourraient-elles pas financer deux apprentis par atelier ?"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Il nous paraîtrait indispensable que chaque préfecture maritime leur assure une relève tous les quinze jours.",
      "Nous aimerions demander aux communes de supprimer la seconde taxe de marché.",
      "Les chambres de métiers ne pourraient-elles pas financer deux apprentis par atelier ?",
    ]);
  });

  it("reads the same in Spanish", () => {
    const text = [
      para("Los pastores de altura no tienen radio.", "Nos parecería esencial que las autoridades de montaña repartan radios a cada majada."),
      para("Las lavanderas del río pierden sus tablas con cada crecida.", "Quisiéramos pedir a los municipios ribereños que construyan lavaderos cubiertos en cada barrio."),
      para("Los afiladores ambulantes no pueden cobrar con tarjeta.", "¿No podrían las autoridades fiscales de la provincia ofrecerles una terminal gratuita durante el primer año?"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Nos parecería esencial que las autoridades de montaña repartan radios a cada majada.",
      "Quisiéramos pedir a los municipios ribereños que construyan lavaderos cubiertos en cada barrio.",
      "¿No podrían las autoridades fiscales de la provincia ofrecerles una terminal gratuita durante el primer año?",
    ]);
  });

  it("does not read an apology, nor a question that wonders", () => {
    const text = [
      para("Quisiéramos pedir disculpas por la demora de nuestro informe.", "Los datos llegaron tarde."),
      para("Nous voudrions demander pardon aux familles pour ce retard.", "Le courrier s'est perdu."),
      para("Los molinos siguen parados.", "¿Podría esto cambiar algún día?"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });
});

describe("requests announced by a count (round 20)", () => {
  it("takes the paragraphs after « Nous demandons deux choses. » that open by asking, a finishing clause without its connective", () => {
    const text = [
      "Les brodeuses de la vallée travaillent à domicile, payées à la pièce, sans aucun contrat.",
      "Nous demandons deux choses.",
      "D'abord, que les donneurs d'ordre publient la liste des ateliers auxquels ils confient leur broderie.",
      "Ensuite, que l'inspection du travail puisse contrôler le travail à domicile sans l'accord préalable du client.",
      "Merci de votre attention.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "que les donneurs d'ordre publient la liste des ateliers auxquels ils confient leur broderie.",
      "que l'inspection du travail puisse contrôler le travail à domicile sans l'accord préalable du client.",
    ]);
  });

  it("takes no more paragraphs than the count, and none after a paragraph that does not ask", () => {
    const text = [
      "Pedimos dos cosas.",
      "Que los mercados municipales reserven puestos para las tejedoras de la sierra.",
      "Después, que las ferias regionales no cobren la entrada a quienes venden su propio trabajo.",
      "Que la lluvia no nos encuentre sin techo, como el año pasado, cuando perdimos todo.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Que los mercados municipales reserven puestos para las tejedoras de la sierra.",
      "que las ferias regionales no cobren la entrada a quienes venden su propio trabajo.",
    ]);
  });
});

describe("requests announced by a count, each under a run-in title (round 20)", () => {
  it("keeps a short imperative title with the request after it in its paragraph", () => {
    const text = [
      "We make two recommendations.",
      "Light the ferry ramps. Governments should light every ferry ramp from dusk to dawn.",
      "Count the passengers. UNODC should help ferry operators record how many people board each crossing.",
    ].join("\n\n");
    const found = findProposals(text);
    expect(found).toContain("Count the passengers. UNODC should help ferry operators record how many people board each crossing.");
    expect(found).not.toContain("Count the passengers.");
    expect(found).not.toContain("Light the ferry ramps.");
  });
});

describe("a table of contents (round 20)", () => {
  it("leaves out its heading and its entries with dotted leaders and page numbers, so that its titles are no list", () => {
    const page = [
      "Des ponts pour les écoliers",
      "Sommaire",
      "",
      "1. Ce que nous voyons ........................ 1",
      "2. Nos propositions .......................... 2",
      "3. Conclusion .................................. 2",
      "",
      "1. Ce que nous voyons",
      "",
      "Chaque automne, la rivière emporte les passerelles de bois et les enfants manquent l'école pendant des semaines.",
      "",
      "2. Nos propositions",
      "",
      "Nous recommandons :",
      "",
      "(a) Que le conseil départemental construise des passerelles métalliques avant la saison des pluies.",
      "(b) Que les écoles reçoivent un bateau de secours pour les jours de crue.",
      "",
      "3. Conclusion",
      "",
      "Merci.",
    ].join("\n");
    const { text } = clean({ pages: [page] });
    expect(text).not.toMatch(/\.{4}|Sommaire/);
    expect(findProposals(text)).toEqual([
      "Que le conseil départemental construise des passerelles métalliques avant la saison des pluies.",
      "Que les écoles reçoivent un bateau de secours pour les jours de crue.",
    ]);
  });

  it("keeps a single line with dots and a number", () => {
    const { text } = clean({ pages: ["Nous avons compté les barques ........ 41", "", "Elles sont toutes anciennes."] });
    expect(text).toContain("........ 41");
  });
});

describe("a table drawn in plain text (round 20)", () => {
  const grid = [
    "Nos propositions figurent dans ce tableau :",
    "",
    "+----+--------------------------------------------------+------------------------+",
    "| N° | Proposition                                      | Destinataire           |",
    "+====+==================================================+========================+",
    "| 1  | Les ports devraient ouvrir un abri chauffé pour  | Capitaineries          |",
    "|    | les marins en escale.                            |                        |",
    "+----+--------------------------------------------------+------------------------+",
    "| 2  | Chaque armateur devrait afficher les salaires à  | Ministère de la Mer    |",
    "|    | bord, dans la langue de l'équipage.              | et inspection          |",
    "+----+--------------------------------------------------+------------------------+",
    "",
    "Merci.",
  ].join("\n");

  it("reads a grid with a rule between rows: a cell wrapped over lines is one cell, the header row and the rules no text", () => {
    const text = withDrawnTables(grid);
    expect(text).toContain("• Les ports devraient ouvrir un abri chauffé pour les marins en escale.\n• Chaque armateur devrait afficher les salaires à bord, dans la langue de l'équipage.");
    expect(text).toContain("N°: 2 — Destinataire: Ministère de la Mer et inspection");
    expect(text).not.toMatch(/\+--|\|/);
    expect(findProposals(clean({ pages: [grid] }).text)).toEqual([
      "Les ports devraient ouvrir un abri chauffé pour les marins en escale.",
      "Chaque armateur devrait afficher les salaires à bord, dans la langue de l'équipage.",
    ]);
  });

  it("reads a grid with no rule between rows one line a row, a line with an empty first cell going on the row above", () => {
    const table = [
      "+---+------------------------------------------------+--------------+",
      "| # | Recomendación                                  | Dirigida a   |",
      "+---+------------------------------------------------+--------------+",
      "| 1 | Los albergues deberían abrir también de noche. | Municipios   |",
      "| 2 | Las farmacias rurales deberían recibir insulina | Ministerio   |",
      "|   | refrigerada cada semana.                       | de Salud     |",
      "+---+------------------------------------------------+--------------+",
    ].join("\n");
    const text = withDrawnTables(table);
    expect(text.split("\n\n")[0]).toBe("• Los albergues deberían abrir también de noche.\n• Las farmacias rurales deberían recibir insulina refrigerada cada semana.");
    expect(text).toContain("#: 2 — Dirigida a: Ministerio de Salud");
  });

  it("reads a Markdown table, and writes a drawn table without a recommendation column one row a line", () => {
    const markdown = ["| Recommendation | Lead |", "|---|---|", "| Ferry operators should publish their timetables a month ahead. | Transport board |", "| Every pier should have a lit shelter. | Pier office |"].join("\n");
    expect(withDrawnTables(markdown).split("\n\n")[0]).toBe("• Ferry operators should publish their timetables a month ahead.\n• Every pier should have a lit shelter.");
    const figures = ["+------+-------+", "| Year | Boats |", "+------+-------+", "| 2019 | 14    |", "| 2020 | 9     |", "+------+-------+"].join("\n");
    expect(withDrawnTables(figures).trim()).toBe("Year: 2019 — Boats: 14\nYear: 2020 — Boats: 9");
  });
});

describe("a PDF table's cells glued on one line (round 20)", () => {
  // One line per text run, 4 points a character; the second row's indicator and target were drawn
  // as one run (the indicator filling its column, no wider gap before the target).
  const line = (x: number, y: number, text: string, size = 9): TableLine => ({ x, y, text, size, endX: x + text.length * 4 });
  const indicator = "Number of quays with a warden on duty ";
  const third = 220 + indicator.length * 4;
  const page = [
    line(60, 700, "Our proposals, with what we will count next year.", 11),
    line(60, 660, "Recommendation"),
    line(220, 660, "Indicator"),
    line(third, 660, "Target"),
    line(60, 650, "Port offices should post a warden"),
    line(60, 640, "on every quay at night."),
    line(220, 650, "Share of nights with a warden"),
    line(third, 650, "90 %"),
    line(60, 628, "Fishing cooperatives should be told"),
    line(60, 618, "of every storm warning by text message."),
    line(220, 628, `${indicator}All quays of the bay`),
    line(60, 600, "Thank you.", 11),
  ];

  it("cuts the run before the capitalised word that starts at the next column, and the table goes on", () => {
    const pages = [page.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    expect(tables).toHaveLength(1);
    const read = rewriteTables(pages, tables).map((lines) => lines.map((l) => l.text));
    expect(read[0]).toEqual([
      "Our proposals, with what we will count next year.",
      "• Port offices should post a warden on every quay at night.",
      "• Fishing cooperatives should be told of every storm warning by text message.",
      "Indicator: Share of nights with a warden — Target: 90 %",
      "Indicator: Number of quays with a warden on duty — Target: All quays of the bay",
      "Thank you.",
    ]);
  });
});
