import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { analyse } from "../../worker/intake/index";
import { RECOMMENDATION_COLUMN, rewriteTables, tagTables, type TableLine } from "../../worker/intake/pdf-tables";
import { findProposals } from "../../worker/intake/proposals";

// Round 11 (proposals). Every text here was written for this test; the organizations are invented.
const para = (...lines: string[]) => lines.join("\n\n");
const context = { segments: [], themes: [] };

/** Draws `lines` of a cell from (x, y) down, `pitch` apart. */
function cell(page: PDFPage, font: PDFFont, x: number, y: number, lines: string[], size: number, pitch: number): void {
  lines.forEach((l, i) => page.drawText(l, { x, y: y - i * pitch, size, font }));
}

describe("round 11: a table of recommendations in small type, with more columns (PDF)", () => {
  it("reads the table though it sits below the last full line of body text, and cuts cells the line builder glued", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const body = [
      "Chair, the Lowland Orchard Workers' Union represents pickers who come for the apple harvest each",
      "autumn. Many of them arrive in debt to the agents who found them the job, and some are kept in the",
      "orchards until that debt is paid, which can take the whole season and more than one season.",
    ];
    body.forEach((l, i) => page.drawText(l, { x: 60, y: 760 - i * 15, size: 11, font }));
    page.drawText("What we ask is set out in the table below.", { x: 60, y: 700, size: 11, font });
    // Four columns in 7.5 pt type; the "Who" cell of the second row ends a few points before the
    // "When" column, so the line builder takes the two cells for one line.
    const [xNo, xRec, xWho, xWhen] = [60, 110, 300, 420];
    const size = 7.5;
    const pitch = 9;
    cell(page, font, xNo, 680, ["No."], size, pitch);
    cell(page, font, xRec, 680, ["Recommendation"], size, pitch);
    cell(page, font, xWho, 680, ["Responsible"], size, pitch);
    cell(page, font, xWhen, 680, ["When"], size, pitch);
    cell(page, font, xNo, 671, ["1"], size, pitch);
    cell(page, font, xRec, 671, ["Outlaw the placement fees that agents", "take from pickers, in cash or in work."], size, pitch);
    cell(page, font, xWho, 671, ["Employment ministries"], size, pitch);
    cell(page, font, xWhen, 671, ["Next season"], size, pitch);
    cell(page, font, xNo, 653, ["2"], size, pitch);
    cell(page, font, xRec, 653, ["Inspect the housing that orchards", "provide before pickers move in."], size, pitch);
    const who = "Labour inspectors and the police";
    page.drawText(who, { x: xWhen - 5 - font.widthOfTextAtSize(who, size), y: 653, size, font });
    cell(page, font, xWhen, 653, ["Every year"], size, pitch);
    page.drawText("Thank you for listening.", { x: 60, y: 610, size: 11, font });
    page.drawText("Lowland Orchard Workers' Union · 4 Cider Lane, Applefield · Page 1", { x: 150, y: 40, size: 7.5, font });

    const doc = await extractPdf(await pdf.save());
    const { result } = analyse(doc, "pdf", context);
    expect(result.proposals.map((p) => p.text)).toEqual([
      "Outlaw the placement fees that agents take from pickers, in cash or in work.",
      "Inspect the housing that orchards provide before pickers move in.",
    ]);
    expect(result.text).toContain("Responsible: Labour inspectors and the police — When: Every year");
    expect(result.text).not.toContain("Applefield");
  });

  it("follows a row that the page break cuts, past the footer, and starts the next row where its cells start", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const footer = (page: PDFPage, n: number) => {
      page.drawText("Harbour Rights Forum · 9 Quay Street, Saltmouth", { x: 60, y: 44, size: 7.5, font });
      page.drawText(`Page ${n} of 2`, { x: 320, y: 44, size: 7.5, font });
    };
    const first = pdf.addPage([595, 842]);
    const body = [
      "Madam Chair, the Harbour Rights Forum gives legal advice to dock workers and to the crews of the",
      "ships that call at our port. Every month we meet seafarers whose passports are held by the agency",
      "that hired them, and who cannot leave the ship without losing the wages they are owed for months.",
    ];
    body.forEach((l, i) => first.drawText(l, { x: 60, y: 760 - i * 15, size: 11, font }));
    first.drawText("Our recommendations are in the table below.", { x: 60, y: 700, size: 11, font });
    const [xRec, xWho] = [60, 320];
    const size = 7.5;
    const pitch = 8.6;
    cell(first, font, xRec, 120, ["Recommendation"], size, pitch);
    cell(first, font, xWho, 120, ["Actors concerned"], size, pitch);
    cell(first, font, xRec, 111.4, ["Forbid agencies to keep the passports of the", "seafarers they place on board."], size, pitch);
    cell(first, font, xWho, 111.4, ["Flag States; port authorities"], size, pitch);
    // The second row is cut by the page break: its last line goes on overleaf, in lower case.
    cell(first, font, xRec, 94.2, ["Pay the wages owed to abandoned crews out of a", "guarantee fund that shipowners pay into"], size, pitch);
    cell(first, font, xWho, 94.2, ["Maritime administrations"], size, pitch);
    footer(first, 1);
    const second = pdf.addPage([595, 842]);
    cell(second, font, xRec, 800, ["before their ships are registered."], size, pitch);
    cell(second, font, xRec, 791.4, ["Let seafarers bring a claim in the port where", "they are, whatever the flag of the ship."], size, pitch);
    cell(second, font, xWho, 791.4, ["Port States; the courts of the", "port where the ship lies"], size, pitch);
    second.drawText("That ends our statement.", { x: 60, y: 750, size: 11, font });
    footer(second, 2);

    const doc = await extractPdf(await pdf.save());
    const { result } = analyse(doc, "pdf", context);
    expect(result.proposals.map((p) => p.text)).toEqual([
      "Forbid agencies to keep the passports of the seafarers they place on board.",
      "Pay the wages owed to abandoned crews out of a guarantee fund that shipowners pay into before their ships are registered.",
      "Let seafarers bring a claim in the port where they are, whatever the flag of the ship.",
    ]);
    expect(result.text).not.toContain("Quay Street");
    // The table's other cells, then the closing paragraph on its own (not glued across the page break).
    expect(result.text).toContain("Actors concerned: Port States; the courts of the port where the ship lies\n\nThat ends our statement.");
  });
});

describe("round 11: a row of a table cut by a page break (PDF lines)", () => {
  const line = (x: number, y: number, text: string, size = 9): TableLine => ({ x, y, text, size, endX: x + text.length * 4 });
  const page1 = [
    line(60, 700, "Our recommendations follow in the table.", 11),
    line(60, 660, "No."),
    line(100, 660, "Recommendation"),
    line(340, 660, "Who"),
    line(60, 650, "1"),
    line(100, 650, "Open a helpline for workers in the"),
    line(100, 640, "language they speak."),
    line(340, 650, "Employment ministries"),
    line(60, 630, "2"),
    line(100, 630, "Fund the shelters that survivors' groups run in"),
    line(100, 620, "every province of the"),
    line(340, 630, "Ministries of social"),
    line(300, 40, "Page 1 of 2", 8),
  ];
  it("joins both cells' lines overleaf to the row they began in, and starts the next row at its number", () => {
    const page2 = [
      line(100, 800, "country, whatever their size."),
      line(340, 800, "affairs; donors"),
      line(60, 790, "3"),
      line(100, 790, "Train judges to hear children by video."),
      line(340, 790, "Schools for judges"),
      line(60, 760, "Thank you.", 11),
      line(300, 40, "Page 2 of 2", 8),
    ];
    const pages = [page1.map((l) => ({ ...l })), page2.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    const kept = pages.map((lines) => lines.filter((l) => l.size >= 9));
    const read = rewriteTables(kept, tables).map((lines) => lines.map((l) => l.text));
    expect(read[1]).toEqual([
      "• Open a helpline for workers in the language they speak.",
      "• Fund the shelters that survivors' groups run in every province of the country, whatever their size.",
      "• Train judges to hear children by video.",
      "No.: 1 — Who: Employment ministries",
      "No.: 2 — Who: Ministries of social affairs; donors",
      "No.: 3 — Who: Schools for judges",
      "Thank you.",
    ]);
  });

  it("starts a row at each row number, though one-line rows are set as close as the lines of a cell", () => {
    const page = [
      line(60, 720, "Our recommendations follow.", 11),
      line(60, 700, "No."), line(100, 700, "Recommendation"), line(340, 700, "Who"),
      line(60, 690, "1"), line(100, 690, "Publish the list of licensed agencies."), line(340, 690, "Ministries"),
      line(60, 680, "2"), line(100, 680, "Close the agencies that charge fees."), line(340, 680, "Inspectors"),
      line(60, 670, "3"), line(100, 670, "Hear workers in their own language."), line(340, 670, "Courts"),
      line(60, 640, "Thank you.", 11),
    ];
    const pages = [page.map((l) => ({ ...l }))];
    const read = rewriteTables(pages, tagTables(pages)).flat().map((l) => l.text);
    expect(read.filter((t) => t.startsWith("•"))).toEqual(["• Publish the list of licensed agencies.", "• Close the agencies that charge fees.", "• Hear workers in their own language."]);
  });

  it("keeps a cell that sits at the same height as the same words on the other page (furniture is only at a page's edges)", () => {
    const row = (n: number, y: number) => [line(60, y, String(n)), line(100, y, `Review the licence of every agency in district ${n}.`), line(340, y, "Every year")];
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
    const body = (ys: number[]) => ys.map((y, k) => line(60, y, `Paragraph line ${k} of the statement, in body type and long enough.`, 11));
    // Row 1 on the first page and row 18 on the second sit at the same height, mid-page, with the same words but their numbers.
    const first = [...body(range(0, 7).map((k) => 820 - 20 * k)), line(60, 600, "No."), line(100, 600, "Recommendation"), line(340, 600, "Who"), ...range(1, 6).flatMap((n) => row(n, 600 - 20 * n))];
    const second = [...range(7, 18).flatMap((n) => row(n, 800 - 20 * (n - 7))), ...body(range(0, 5).map((k) => 500 - 20 * k))];
    const pages = [first.map((l) => ({ ...l })), second.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    const read = rewriteTables(pages, tables).flat().map((l) => l.text);
    expect(read.filter((t) => t.startsWith("•"))).toHaveLength(18);
  });

  it("sets aside the header row a word processor repeats at the top of the next page", () => {
    const page2 = [
      line(60, 810, "No."),
      line(100, 810, "Recommendation"),
      line(340, 810, "Who"),
      line(100, 800, "country, whatever their size."),
      line(340, 800, "affairs; donors"),
      line(60, 790, "3"),
      line(100, 790, "Train judges to hear children by video."),
      line(340, 790, "Schools for judges"),
      line(60, 760, "Thank you.", 11),
    ];
    const pages = [page1.map((l) => ({ ...l })), page2.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    expect(tables).toHaveLength(1);
    const read = rewriteTables(pages.map((lines) => lines.filter((l) => l.size >= 9)), tables).flat().map((l) => l.text);
    expect(read.filter((t) => t.startsWith("•"))).toEqual([
      "• Open a helpline for workers in the language they speak.",
      "• Fund the shelters that survivors' groups run in every province of the country, whatever their size.",
      "• Train judges to hear children by video.",
    ]);
    expect(read).not.toContain("Recommendation");
  });

  it("starts a new row at the top of the page when the recommendation above it was finished, not when it stopped on a small word", () => {
    const bullets = (lastLine: string, top: string) => {
      const first = [
        line(60, 660, "Recommendation"),
        line(340, 660, "Who"),
        line(60, 650, "Open a helpline for workers in the"),
        line(60, 640, "language they speak."),
        line(340, 650, "Employment ministries"),
        line(60, 630, "Fund the shelters that survivors' groups run in"),
        line(60, 620, lastLine),
        line(340, 630, "Social ministries"),
      ];
      const second = [line(60, 800, top), line(60, 760, "Thank you.", 11)];
      const pages = [first, second];
      const tables = tagTables(pages);
      return rewriteTables(pages, tables).flat().map((l) => l.text).filter((t) => t.startsWith("•"));
    };
    expect(bullets("every province.", "Let children be heard by video.")).toEqual([
      "• Open a helpline for workers in the language they speak.",
      "• Fund the shelters that survivors' groups run in every province.",
      "• Let children be heard by video.",
    ]);
    expect(bullets("every province, above all in the", "Northern Hills.")).toEqual([
      "• Open a helpline for workers in the language they speak.",
      "• Fund the shelters that survivors' groups run in every province, above all in the Northern Hills.",
    ]);
  });
});

describe("round 11: a table whose header cells wrap onto two lines (PDF)", () => {
  const line = (x: number, y: number, text: string, font = "regular"): TableLine => ({ x, y, text, size: 9, font, endX: x + text.length * 4 });
  it("joins a wrapped heading, finds the request column by its two lines, and keeps both out of the rows", () => {
    const page = [
      line(60, 720, "Our proposals are set out below.", "body"),
      line(60, 690, "Problem", "bold"),
      line(200, 690, "Recommended", "bold"),
      line(200, 680, "action", "bold"),
      line(380, 690, "Responsible", "bold"),
      line(380, 680, "body", "bold"),
      line(60, 668, "Boats leave port"),
      line(60, 658, "without a crew list"),
      line(200, 668, "Check the crew list of every"),
      line(200, 658, "boat before it sails."),
      line(380, 668, "Harbour masters"),
      line(60, 640, "Wages never paid"),
      line(200, 640, "Hold the owner liable for"),
      line(200, 630, "the wages of the whole crew."),
      line(380, 640, "Employment tribunals"),
      line(60, 600, "Thank you.", "body"),
    ];
    const pages = [page.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.heads).toEqual(["Problem", "Recommended action", "Responsible body"]);
    const read = rewriteTables(pages, tables).map((lines) => lines.map((l) => l.text));
    expect(read[0]).toEqual([
      "Our proposals are set out below.",
      "• Check the crew list of every boat before it sails.",
      "• Hold the owner liable for the wages of the whole crew.",
      "Problem: Boats leave port without a crew list — Responsible body: Harbour masters",
      "Problem: Wages never paid — Responsible body: Employment tribunals",
      "Thank you.",
    ]);
  });

  it("does not take the first row for the rest of a heading", () => {
    const page = [line(60, 690, "Topic"), line(200, 690, "Recommendation"), line(60, 680, "Ports"), line(200, 680, "Train port police to spot forged papers.")];
    const pages = [page.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    expect(tables[0]!.heads).toEqual(["Topic", "Recommendation"]);
    expect(rewriteTables(pages, tables)[0]!.map((l) => l.text)).toEqual(["• Train port police to spot forged papers.", "Topic: Ports"]);
  });
});

describe("round 11: lead-ins and prose requests of real statements", () => {
  it("takes a numbered list announced as the speaker's requests, with conventions 2 and 3 in one list, and not the topics listed before it", () => {
    const text = para(
      "The Guild of River Ferry Pilots speaks for 900 pilots on three rivers. Our members see many kinds of abuse, among them:",
      "• night crossings with too many passengers;\n• crossings paid in labour;\n• children travelling alone.",
      "Here is what we request of the river States.",
      [
        "1. Count every passenger at the landing stage, by day and by night.",
        "2. Protect children who cross alone, including by:",
        "a) placing a social worker at each main landing;",
        "b) recording where each child is going.",
        "3. On safety measures for pilots:",
        "a) Give pilots who report abuse the protection of a witness.",
        "b) Train pilots to recognize the signs of trafficking.",
      ].join("\n"),
      "Thank you.",
    );
    expect(findProposals(text)).toEqual([
      "Count every passenger at the landing stage, by day and by night.",
      "Protect children who cross alone, including by: placing a social worker at each main landing; recording where each child is going.",
      "Give pilots who report abuse the protection of a witness.",
      "Train pilots to recognize the signs of trafficking.",
    ]);
  });

  it("does not take a list after a sentence about requests that are the subject, not the speaker's", () => {
    const text = para(
      "Our clinic followed the letters that prosecutors sent abroad. In our files most of those requests were never answered:",
      "- the one about a stolen lorry waited two years;\n- the one about a bank account was lost in the post;\n- the one about a witness came back untranslated.",
      "We thank the Working Group.",
    );
    expect(findProposals(text)).toEqual([]);
  });

  it("takes 'It is important that …' as a request, not 'It is important to note that …'", () => {
    const text = para(
      "Our first point is the calendar. It is important to note that most reviews start without notice to civil society.",
      "Our second point is language. It is important that prosecutors receive the survivors' files translated into a language they read.",
      "That is all.",
    );
    expect(findProposals(text)).toEqual(["It is important that prosecutors receive the survivors' files translated into a language they read."]);
  });

  it("knows more ways of asking in prose, and leaves the look-alikes that only comment", () => {
    const fr = para(
      "Notre association accompagne les femmes migrantes.",
      "Il faut rappeler que la loi de 2015 n'est pas appliquée.",
      "Il faudrait former les agents des consulats à l'écoute des victimes.",
      "Nous estimons que les pays de transit devraient publier leurs chiffres.",
      "Merci.",
    );
    expect(findProposals(fr)).toEqual([
      "Il faudrait former les agents des consulats à l'écoute des victimes.",
      "Nous estimons que les pays de transit devraient publier leurs chiffres.",
    ]);
    const es = para(
      "La Mesa de Orillas trabaja en la frontera sur.",
      "Se debe tener en cuenta que muchas víctimas no denuncian.",
      "Se deben abrir oficinas de atención en cada paso fronterizo.",
      "Urgimos a los consulados a atender también de noche.",
      "Gracias.",
    );
    expect(findProposals(es)).toEqual(["Se deben abrir oficinas de atención en cada paso fronterizo.", "Urgimos a los consulados a atender también de noche."]);
    const en = para(
      "Our forum of harbour chaplains meets every spring.",
      "We call for an independent review of the holding centres.",
      "Countries of destination should open lawful routes for seasonal crews.",
      "Thank you.",
    );
    expect(findProposals(en)).toEqual(["We call for an independent review of the holding centres.", "Countries of destination should open lawful routes for seasonal crews."]);
  });

  it("takes requests made in the passive voice of resolutions, and 'imperative' / 'preciso' forms, but not a past report", () => {
    expect(findProposals(para("Our union met in March.", "States parties are urged to publish what they reply to the survey.", "Thank you."))).toEqual(["States parties are urged to publish what they reply to the survey."]);
    expect(findProposals(para("Notre réseau s'est réuni en mars.", "Les États parties sont invités à rendre publiques leurs réponses.", "Merci."))).toEqual(["Les États parties sont invités à rendre publiques leurs réponses."]);
    expect(findProposals(para("La red se reunió en marzo.", "Se recomienda a los Estados difundir sus respuestas.", "Es preciso que los consulados abran también de noche.", "Gracias."))).toEqual([
      "Se recomienda a los Estados difundir sus respuestas.",
      "Es preciso que los consulados abran también de noche.",
    ]);
    expect(findProposals("Il est impératif que les témoins soient protégés.")).toEqual(["Il est impératif que les témoins soient protégés."]);
    expect(findProposals(para("In 2019 States were urged to act, and little happened.", "Thank you."))).toEqual([]);
  });

  it("takes the conditional forms of asking in French, Spanish and English after numbered paragraphs of background", () => {
    const fr = para(
      "1. Le Réseau des juristes des lacs réunit douze cliniques juridiques.",
      "2. Nos membres ont suivi quarante procès de passeurs depuis 2020.",
      "3. Les États devraient publier chaque année le nombre de ces procès.",
      "4. Il conviendrait aussi que les victimes puissent témoigner à distance.",
    );
    expect(findProposals(fr)).toEqual([
      "Les États devraient publier chaque année le nombre de ces procès.",
      "Il conviendrait aussi que les victimes puissent témoigner à distance.",
    ]);
    const es = para("La Red de Defensoras del Valle acompaña a mujeres migrantes.", "Convendría que los consulados abrieran una ventanilla para ellas.", "Eso es todo por hoy.");
    expect(findProposals(es)).toEqual(["Convendría que los consulados abrieran una ventanilla para ellas."]);
    const en = para("Our lawyers meet detained migrants every week.", "It would be advisable to give each of them a written notice of their rights in their own language.", "Thank you.");
    expect(findProposals(en)).toEqual(["It would be advisable to give each of them a written notice of their rights in their own language."]);
  });
});

describe("round 11: more headings of a request column", () => {
  it("knows a column addressed to someone or headed as solutions, not a column of requests for assistance", () => {
    for (const head of ["Recommendations to governments", "Recommandations aux autorités", "Recomendaciones a los Estados", "Proposed solutions", "Solutions proposées", "Soluciones propuestas"]) expect(RECOMMENDATION_COLUMN.test(head)).toBe(true);
    for (const head of ["Requests for assistance", "Demandes d'entraide", "Recommendations were made in 2019 and"]) expect(RECOMMENDATION_COLUMN.test(head)).toBe(false);
  });
});
