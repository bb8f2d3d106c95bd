import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { RECOMMENDATION_COLUMN, rewriteTables, tagTables, type TableLine } from "../../worker/intake/pdf-tables";
import { findProposals } from "../../worker/intake/proposals";

// Round 10 (proposals). Every text here was written for this test; the organizations are invented.
const para = (...lines: string[]) => lines.join("\n\n");

describe("round 10: a table of requests in a PDF", () => {
  it("knows a column of requests by its heading in words, in English, French and Spanish", () => {
    for (const head of ["What we ask", "What we ask of governments", "Our asks", "Recommended actions", "Ce que nous demandons", "Lo que pedimos", "Medidas propuestas"]) expect(RECOMMENDATION_COLUMN.test(head)).toBe(true);
    for (const head of ["What we found", "Problem", "Lead agency", "Ce que nous avons vu"]) expect(RECOMMENDATION_COLUMN.test(head)).toBe(false);
  });

  // Rows set without padding: the line after a row's last line is as close as two lines of one cell.
  const line = (x: number, y: number, text: string, size = 9): TableLine => ({ x, y, text, size, endX: x + text.length * 4 });
  const pitch = 10;
  const page = [
    line(60, 700, "Our requests are in the table below.", 11),
    line(60, 660, "Problem"),
    line(220, 660, "What we ask"),
    line(380, 660, "Who"),
    line(60, 660 - pitch, "Boats inspected only"),
    line(60, 660 - 2 * pitch, "once a year"),
    line(220, 660 - pitch, "Inspect every fishing boat"),
    line(220, 660 - 2 * pitch, "before each season."),
    line(380, 660 - pitch, "Port authorities"),
    line(60, 660 - 3 * pitch, "No record of crews"),
    line(220, 660 - 3 * pitch, "Keep a register of crew members"),
    line(220, 660 - 4 * pitch, "for every licensed vessel."),
    line(380, 660 - 3 * pitch, "Fisheries ministry"),
    line(60, 660 - 8 * pitch, "Thank you.", 11),
  ];

  it("starts a new row where a cell begins after a gap in its own column, though the first column has none", () => {
    const pages = [page.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    expect(tables).toHaveLength(1);
    const read = rewriteTables(pages, tables).map((lines) => lines.map((l) => l.text));
    expect(read[0]).toEqual([
      "Our requests are in the table below.",
      "• Inspect every fishing boat before each season.",
      "• Keep a register of crew members for every licensed vessel.",
      "Problem: Boats inspected only once a year — Who: Port authorities",
      "Problem: No record of crews — Who: Fisheries ministry",
      "Thank you.",
    ]);
  });
});

describe("round 10: a narrow box of contacts in the margin of a page of list items (PDF)", () => {
  const SIDE = ["Lakeshore", "Forensic", "Clinic", "12 Pier", "Road,", "Eastport", "+99 555", "0147"];
  it("sets the box aside, though it comes within a few points of the text and the page has few full lines", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const first = pdf.addPage([595, 842]);
    const body = [
      "Chair, our clinic examines the phones and laptops seized by the police of three districts, and we",
      "see every month how evidence is lost because nobody recorded who held a device and for how long.",
      "Courts then refuse the evidence, or admit it without asking how it was kept, and both are harmful.",
      "Our members therefore make the following recommendations to the States represented here today.",
    ];
    body.forEach((l, i) => first.drawText(l, { x: 70, y: 760 - i * 16, size: 10, font }));
    const second = pdf.addPage([595, 842]);
    const items = [
      ["•", "Give every district police unit a sealed locker for seized devices and a register of who opens"],
      ["", "it and when."],
      ["•", "Train court clerks to check that register before a device is shown in court."],
      ["•", "Publish each year how many cases were dropped for lack of usable digital evidence."],
    ];
    items.forEach(([label, text], i) => {
      if (label) second.drawText("-", { x: 86, y: 760 - i * 16, size: 10, font });
      second.drawText(text!, { x: 96, y: 760 - i * 16, size: 10, font });
    });
    second.drawText("Thank you.", { x: 70, y: 690, size: 10, font });
    // The box, drawn after the text as office suites do, its lines ending 3 points left of the text's edge.
    SIDE.forEach((l, i) => second.drawText(l, { x: 67 - font.widthOfTextAtSize(l, 10), y: 790 - i * 12, size: 10, font }));
    const doc = await extractPdf(await pdf.save());
    const text = doc.pages.join("\n");
    for (const l of SIDE) expect(text).not.toContain(l);
    expect(doc.dropped).toEqual(expect.arrayContaining(SIDE));
    expect(findProposals(text)).toEqual([
      "Give every district police unit a sealed locker for seized devices and a register of who opens it and when.",
      "Train court clerks to check that register before a device is shown in court.",
      "Publish each year how many cases were dropped for lack of usable digital evidence.",
    ]);
  });
});

describe("round 10: forms of real statements that were missed", () => {
  it("takes a list whose lead-in first refers back to the concerns it answers", () => {
    const text = para(
      "Our concerns",
      "Fishers who leave the boats are rarely paid what they are owed, and few cases reach a court.",
      "Our requests",
      "Given the problems set out above, our crew alliance invites governments to weigh these measures:",
      "(a) Settle the back pay of freed deckhands out of a state fund within two months.\n(b) Let labour courts sit in the ports where the boats land.\n(c) Publish the names of vessels found to hold crews in debt.",
      "We thank you for your attention.",
    );
    expect(findProposals(text)).toEqual([
      "Settle the back pay of freed deckhands out of a state fund within two months.",
      "Let labour courts sit in the ports where the boats land.",
      "Publish the names of vessels found to hold crews in debt.",
    ]);
  });

  it("still refuses a list that a lead-in calls findings", () => {
    const text = para("Our findings are the following:", "- Most fishers were recruited through relatives.\n- Few had a written contract.\n- Almost none knew the name of the boat's owner.");
    expect(findProposals(text)).toEqual([]);
  });

  it("goes on with the lists under further topic headings after a list of proposals, with or without a colon, even of one item", () => {
    const text = para(
      "5. The Orchard Workers' Trust therefore recommends the following.",
      "On recruitment:\n- License every agency that brings seasonal workers across the border.\n- Forbid recruitment fees charged to the workers themselves.",
      "On housing:\n- Inspect the housing that farms provide before each harvest.",
      "Complaints",
      "- Open a telephone line where workers can report abuse in their own language.",
      "Thank you.",
    );
    expect(findProposals(text)).toEqual([
      "License every agency that brings seasonal workers across the border.",
      "Forbid recruitment fees charged to the workers themselves.",
      "Inspect the housing that farms provide before each harvest.",
      "Open a telephone line where workers can report abuse in their own language.",
    ]);
  });

  it("reads 'Recommendation N – Title' headings after numbered paragraphs of background as a list of their own", () => {
    const text = para(
      "1. La Red Ribereña trabaja con pescadores artesanales desde 2011.",
      "2. Los cursos que recibimos terminaron cuando terminó la financiación.",
      "3. Por ello, la Red presenta las siguientes recomendaciones.",
      "Recomendación 1 – Duración",
      "Los proyectos deberían durar al menos cinco años.",
      "Recomendación 2 – Consulta",
      "Las cooperativas de pescadores deberían ser consultadas antes de aprobar cada proyecto.",
      "Recomendación 3 – Idioma",
      "Los materiales de formación deberían traducirse a las lenguas de la costa.",
      "Atentamente,",
    );
    expect(findProposals(text)).toEqual([
      "Los proyectos deberían durar al menos cinco años.",
      "Las cooperativas de pescadores deberían ser consultadas antes de aprobar cada proyecto.",
      "Los materiales de formación deberían traducirse a las lenguas de la costa.",
    ]);
  });

  it("takes requests in prose after 'That is why', in the passive, and after 'It is also essential that'", () => {
    const text = para(
      "Our network trains young divers on the islands. Many of them leave each year on unsafe boats.",
      "That is why we urge the governments in this room to grant seasonal permits to island youth.",
      "Campaigns are written far from the coast. Returned divers must be involved in writing every campaign aimed at their peers.",
      "It is also essential that families of those lost at sea are told what is known, within a month.",
      "Thank you.",
    );
    expect(findProposals(text)).toEqual([
      "That is why we urge the governments in this room to grant seasonal permits to island youth.",
      "Returned divers must be involved in writing every campaign aimed at their peers.",
      "It is also essential that families of those lost at sea are told what is known, within a month.",
    ]);
  });

  it("does not take a passive sentence whose subject is a pronoun or a question for a request", () => {
    expect(findProposals(para("It must be said that the season was calm.", "The doubt about whether boats must be registered again has worried many owners."))).toEqual([]);
  });

  it("leaves a passive sentence to the outright request that follows it in its paragraph", () => {
    const text = para(
      "Nos associations suivent les pêcheurs depuis dix ans.",
      "Enfin, les coopératives doivent être associées au suivi. Nous proposons que les États les invitent à chaque réunion du comité national.",
    );
    expect(findProposals(text)).toEqual(["Nous proposons que les États les invitent à chaque réunion du comité national."]);
  });

  it("does not take a sentence that counts the requests to come for one of them", () => {
    const text = para("Many children return to the same villages.", "So we have two requests of governments. States must follow every returned child for two years. We also urge donors to fund school places for them.");
    expect(findProposals(text)).toEqual(["States must follow every returned child for two years.", "We also urge donors to fund school places for them."]);
  });

  it("adds a request made in the speaker's own words under a later heading, after the lists", () => {
    const text = para(
      "Our members recommend the following:",
      "- Publish every licence granted for sand mining.\n- Audit the mining permits of the last five years.",
      "Those who report",
      "Two reporters who wrote about the mines were arrested this spring. We urge States parties to protect those who expose such crimes.",
      "We ask you to consider these recommendations.",
      "Thank you.",
    );
    expect(findProposals(text)).toEqual([
      "Publish every licence granted for sand mining.",
      "Audit the mining permits of the last five years.",
      "We urge States parties to protect those who expose such crimes.",
    ]);
  });
});
