import { strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../worker/intake/extract-docx";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// A letterhead set as a sidebar (a text box in the margin beside the text) and Word's text boxes.
// Sentences and names written for these tests.
const SIDE = ["Riverside Legal Aid Collective", "Head office", "8 Quay Street, Lakeside", "Tel. +44 20 7946 0321", "office@rlac.example.org", "Board: Ama Owusu, chair"];
const BODY = [
  "Chair, distinguished delegates, our clinic has advised more than nine hundred people who were",
  "recruited for farm work abroad and found themselves in debt to the agency that placed them.",
  "We call on States to require that every recruitment agency publishes the fees it charges and to",
  "inspect those agencies at least once a year, with the findings made public.",
  "Thank you.",
];

describe("a sidebar beside the text (PDF)", () => {
  async function page(sideSize: number, labels = false): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const p = pdf.addPage([595, 842]);
    // The body text from x = 190, after the stream's sidebar from x = 36 (drawn after the text, as office suites do).
    BODY.forEach((l, i) => p.drawText(l, { x: 190, y: 760 - i * 16, size: 10, font }));
    if (labels) ["1.", "2.", "3."].forEach((l, i) => p.drawText(l, { x: 160, y: 760 - i * 16, size: 10, font }));
    else SIDE.forEach((l, i) => p.drawText(l, { x: 36, y: 760 - i * 12, size: sideSize, font }));
    return pdf.save();
  }

  for (const size of [7, 10]) {
    it(`sets aside a margin column of offices and contacts (${size} pt), whole, and keeps the text`, async () => {
      const doc = await extractPdf(await page(size));
      const text = doc.pages.join("\n");
      for (const l of SIDE) expect(text).not.toContain(l);
      expect(doc.dropped).toEqual(expect.arrayContaining(SIDE));
      expect(text).toContain("Chair, distinguished delegates");
      expect(text).toContain("Thank you.");
    });
  }

  it("reads a two-column table in body type cell by cell, each cell whole, and sets nothing aside", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const p = pdf.addPage([595, 842]);
    p.drawText("Chair, distinguished delegates, our clinic sets out its proposals and the reasons for them in the table below.", { x: 60, y: 780, size: 10, font });
    const rows = [
      [["States should require every recruitment agency to", "publish the fees it charges before any contract", "is signed."], ["Most of the people we advised learnt of the fees", "only at the airport."]],
      [["Labour inspectors should visit the farms that employ", "recruited workers each season."], ["The abuses we heard of happened far from any town,", "where nobody checks the housing or the hours."]],
    ];
    let y = 750;
    for (const [left, right] of rows) {
      // Cell by cell, as office suites draw tables: the left cell's lines, then the right cell's from the row's top.
      left!.forEach((l, i) => p.drawText(l, { x: 60, y: y - i * 13, size: 10, font }));
      right!.forEach((l, i) => p.drawText(l, { x: 300, y: y - i * 13, size: 10, font }));
      y -= Math.max(left!.length, right!.length) * 13 + 12;
    }
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toEqual([]);
    const paragraphs = doc.pages[0]!.split(/\n\s*\n/).map((x) => x.replace(/\s+/g, " "));
    for (const row of rows) for (const cell of row) expect(paragraphs).toContain(cell.join(" "));
  });

  it("keeps list labels set in the margin (they are not a sidebar)", async () => {
    const doc = await extractPdf(await page(10, true));
    expect(doc.pages.join("\n")).toMatch(/^1\./m);
    expect(doc.dropped).toEqual([]);
  });
});

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
/** A text box as Word writes it: the drawing's content, and the same again in mc:Fallback. */
const box = (lines: string[]) => {
  const content = `<w:txbxContent>${lines.map(para).join("")}</w:txbxContent>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${content}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${content}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
};
function docx(body: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`),
  });
}

describe("Word text boxes (DOCX)", () => {
  it("sets aside a short text box (a sidebar letterhead), once, and keeps the text of the paragraph it is anchored in", () => {
    const doc = extractDocx(docx(`<w:p><w:r><w:t xml:space="preserve">Chair, distinguished delegates, </w:t></w:r>${box(SIDE)}<w:r><w:t>thank you for the floor.</w:t></w:r></w:p>${para("We call on States to inspect recruitment agencies every year.")}`));
    expect(doc.dropped).toEqual(SIDE);
    expect(doc.pages[0]).toBe("Chair, distinguished delegates, thank you for the floor.\n\nWe call on States to inspect recruitment agencies every year.");
  });

  it("keeps a long text box's paragraphs in the text, once, after the paragraph it is anchored in", () => {
    const long = ["Our clinic has advised more than nine hundred people recruited for farm work abroad. ".repeat(4).trim(), "Most of them found themselves in debt to the agency that placed them, and few could leave. ".repeat(4).trim()];
    const doc = extractDocx(docx(`<w:p><w:r><w:t>Chair,</w:t></w:r>${box(long)}</w:p>${para("Thank you.")}`));
    expect(doc.pages[0]).toBe(`${long[0]}\n\n${long[1]}\n\nChair,\n\nThank you.`);
    expect(doc.dropped).toEqual([]);
  });
});

describe("a heading line that is the organization's name", () => {
  it("is dropped from the text when the name was read from the letterhead", () => {
    const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" as const }));
    const text = "Riverside Legal Aid Collective (RLAC)\n\nStatement on recruitment agencies\n\nChair,\n\nWe call on States to inspect recruitment agencies every year, and to publish what the inspections find.\n\nThank you.";
    const read = understand(text, ["Riverside Legal Aid Collective", "8 Quay Street, Lakeside"], segments);
    expect(read.organization?.name).toBe("Riverside Legal Aid Collective");
    expect(read.text.startsWith("Chair,")).toBe(true);
  });
});
