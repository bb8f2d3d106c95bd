import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { wrap } from "../intake/builders";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { analyse } from "../../worker/intake/index";

/**
 * Body text set in newspaper columns, drawn by pdf-lib in the order a producer chooses: column by
 * column, or row by row (left line, right line, next row) as some producers do. The sentences are
 * written for this test.
 */

const LEFT = [
  "Our members run night shelters in four harbour towns. Every winter they meet young people who were promised work in kitchens abroad and who arrive with debts they cannot repay to the people who arranged the journey.",
  "Few of them ever speak to the police, because the first question they are asked concerns their papers and not the people who moved them.",
];
const RIGHT = [
  "We therefore ask that shelters be allowed to refer young people to a lawyer before any interview about their status, and that the interview take place in a language they understand.",
  "We also ask that the brokers who collect the debts be investigated as the first link of the chain, wherever the journey began.",
];

/** Paragraphs as rows of lines, a blank row between paragraphs. */
function rows(paragraphs: string[], font: PDFFont, width: number): (string | null)[] {
  return paragraphs.flatMap((p, i) => [...(i ? [null] : []), ...wrap(p, font, 11, width)]);
}

type Layout = { columns: string[][]; order: "columns" | "rows"; gutter?: number; title?: string; closing?: string };

async function columnsPdf({ columns, order, gutter = 24, title, closing }: Layout): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page: PDFPage = doc.addPage([595, 842]);
  const left = 60;
  const full = 475;
  const width = (full - gutter * (columns.length - 1)) / columns.length;
  let y = 780;
  if (title) {
    page.drawText(title, { x: left, y, size: 14, font });
    y -= 36;
  }
  const laid = columns.map((c) => rows(c, font, width));
  const height = Math.max(...laid.map((c) => c.length));
  const draw = (k: number, r: number) => {
    const line = laid[k]![r];
    if (line) page.drawText(line, { x: left + k * (width + gutter), y: y - r * 14, size: 11, font });
  };
  if (order === "columns") for (let k = 0; k < laid.length; k++) for (let r = 0; r < height; r++) draw(k, r);
  else for (let r = 0; r < height; r++) for (let k = 0; k < laid.length; k++) draw(k, r);
  y -= height * 14 + 28;
  if (closing) for (const line of wrap(closing, font, 11, full)) (page.drawText(line, { x: left, y, size: 11, font }), (y -= 14));
  return doc.save();
}

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("PDF body text in columns", () => {
  it("reads two columns drawn row by row as the left column, then the right, each paragraph whole", async () => {
    const pdf = await columnsPdf({ columns: [LEFT, RIGHT], order: "rows", title: "Statement of the Harbour Shelters Network" });
    const { pages } = await extractPdf(pdf);
    const text = pages.join("\n\n");
    const paragraphs = text.split(/\n\s*\n/).map(flat);
    expect(paragraphs[0]).toBe("Statement of the Harbour Shelters Network");
    for (const p of [...LEFT, ...RIGHT]) expect(paragraphs).toContain(p);
    const at = (p: string) => paragraphs.indexOf(p);
    expect(at(LEFT[0]!)).toBeLessThan(at(LEFT[1]!));
    expect(at(LEFT[1]!)).toBeLessThan(at(RIGHT[0]!));
    expect(at(RIGHT[0]!)).toBeLessThan(at(RIGHT[1]!));
  });

  it("reads the same page drawn column by column the same way", async () => {
    const byRows = await extractPdf(await columnsPdf({ columns: [LEFT, RIGHT], order: "rows" }));
    const byColumns = await extractPdf(await columnsPdf({ columns: [LEFT, RIGHT], order: "columns" }));
    expect(byColumns.pages).toEqual(byRows.pages);
  });

  it("continues a paragraph from the bottom of one column to the top of the next", async () => {
    // One long paragraph split across the two columns at a line that fills its column.
    const long = `${LEFT[0]} ${LEFT[1]} ${RIGHT[0]}`;
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = wrap(long, font, 11, 225);
    const half = Math.ceil(lines.length / 2);
    const page = doc.addPage([595, 842]);
    // Row by row, the right column's lines beside the left's.
    for (let r = 0; r < half; r++) {
      page.drawText(lines[r]!, { x: 60, y: 760 - r * 14, size: 11, font });
      if (lines[half + r]) page.drawText(lines[half + r]!, { x: 310, y: 760 - r * 14, size: 11, font });
    }
    const { pages } = await extractPdf(await doc.save());
    expect(pages.join("\n\n").split(/\n\s*\n/).map(flat)).toContain(long);
  });

  it("reads three columns left to right, with full-width text above and below in its place", async () => {
    const third = ["A third column holds the contact points of the network in each town, so that officers know whom to call at night.", "It was added at the request of the police in two towns."];
    const closing = "We thank the chair and the delegations for their attention and remain available for questions.";
    const { pages } = await extractPdf(await columnsPdf({ columns: [LEFT, RIGHT, third], order: "rows", title: "Three columns", closing }));
    const paragraphs = pages.join("\n\n").split(/\n\s*\n/).map(flat);
    const order = ["Three columns", ...LEFT, ...RIGHT, ...third, closing].map((p) => paragraphs.indexOf(p));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("leaves a table of short cells in body type row by row: it is not a column layout", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const body = wrap(`${LEFT[0]} ${LEFT[1]}`, font, 11, 475);
    body.forEach((line, r) => page.drawText(line, { x: 60, y: 780 - r * 14, size: 11, font }));
    const table = [
      ["Shelter", "Opening hours"],
      ["North harbour", "every night of the year"],
      ["Old town", "weekdays from six"],
      ["River quay", "winter months only"],
      ["Station road", "on call by telephone"],
    ];
    table.forEach(([a, b], r) => {
      page.drawText(a!, { x: 60, y: 700 - r * 14, size: 11, font });
      page.drawText(b!, { x: 320, y: 700 - r * 14, size: 11, font });
    });
    const { pages } = await extractPdf(await doc.save());
    // Each row stays together, in order.
    const lines = pages[0]!.split("\n").map((l) => l.trim());
    const rowsRead = ["North harbour every night of the year", "Old town weekdays from six", "River quay winter months only", "Station road on call by telephone"].map((r) => lines.indexOf(r));
    expect(rowsRead.every((i) => i >= 0)).toBe(true);
    expect([...rowsRead].sort((a, b) => a - b)).toEqual(rowsRead);
  });

  it("does not take a single-column page with indented list items for columns", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    let y = 780;
    for (const p of [LEFT[0]!, RIGHT[0]!]) {
      for (const line of wrap(p, font, 11, 475)) (page.drawText(line, { x: 60, y, size: 11, font }), (y -= 14));
      y -= 14;
    }
    for (const [n, item] of [LEFT[1]!, RIGHT[1]!].entries()) {
      page.drawText(`${n + 1}.`, { x: 80, y, size: 11, font });
      for (const line of wrap(item, font, 11, 430)) (page.drawText(line, { x: 100, y, size: 11, font }), (y -= 14));
      y -= 14;
    }
    const { pages } = await extractPdf(await doc.save());
    const paragraphs = pages[0]!.split(/\n\s*\n/).map(flat);
    expect(paragraphs.slice(0, 2)).toEqual([LEFT[0], RIGHT[0]]);
    expect(paragraphs[2]).toBe(`1. ${LEFT[1]}`);
  });

  it("reads a page of full-width text followed by a page in two columns as whole paragraphs on both pages", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const first = doc.addPage([595, 842]);
    const wide = [`${LEFT[0]} ${RIGHT[0]}`, `${LEFT[1]} ${RIGHT[1]}`, `${RIGHT[0]} ${LEFT[0]}`];
    let y = 780;
    for (const p of wide) {
      for (const line of wrap(p, font, 11, 475)) (first.drawText(line, { x: 60, y, size: 11, font }), (y -= 14));
      y -= 14;
    }
    const second = doc.addPage([595, 842]);
    const narrow = [...LEFT, ...RIGHT, RIGHT[1]!, LEFT[0]!, RIGHT[0]!, LEFT[1]!];
    const column = (paragraphs: string[], x: number) => {
      let yy = 780;
      for (const p of paragraphs) {
        for (const line of wrap(p, font, 11, 225)) (second.drawText(line, { x, y: yy, size: 11, font }), (yy -= 14));
        yy -= 14;
      }
    };
    column(narrow.slice(0, 4), 60);
    column(narrow.slice(4), 310);
    const { result } = analyse(await extractPdf(await doc.save()), "pdf", { segments: [], themes: [] });
    const paragraphs = result.text.split("\n\n");
    // Whole paragraphs, each on one line: the columns' long joined lines do not make the first page's lines look short.
    for (const p of [...wide, ...narrow]) expect(paragraphs).toContain(p);
  });

  it("reads a two-column table with a wide gap between its cells row by row, not column by column", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const rows = [
      [LEFT[0]!, RIGHT[0]!],
      [LEFT[1]!, RIGHT[1]!],
      ["A night shelter in each harbour town, open all year, with a social worker on call.", "Two of the four towns have one today, and only in the winter months."],
    ];
    let y = 780;
    for (const [a, b] of rows) {
      const left = wrap(a!, font, 11, 210);
      const right = wrap(b!, font, 11, 210);
      // Cell by cell, as office suites draw tables.
      left.forEach((l, i) => page.drawText(l, { x: 60, y: y - i * 14, size: 11, font }));
      right.forEach((l, i) => page.drawText(l, { x: 320, y: y - i * 14, size: 11, font }));
      y -= Math.max(left.length, right.length) * 14 + 20;
    }
    const { pages } = await extractPdf(await doc.save());
    const paragraphs = pages[0]!.split(/\n\s*\n/).map(flat);
    const order = rows.flat().map((cell) => paragraphs.indexOf(cell));
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
