import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { drawParagraph as para } from "../intake/builders";
import { clean, joinLines } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";

// Round 56: PDFs that read worse than their DOCX. Every name, line and heading here is invented for this test.

const flat = (s: string) => s.replace(/\s+/g, " ");

const OPENING =
  "Our ferry pilots cross the estuary twice a day in every season and they know the sandbanks where the smugglers beach their skiffs at low water before dawn.";
const ASK =
  "We ask the harbour board to light the two northern sandbanks at night and to give every pilot a radio that reaches the coastguard station from mid-channel.";
const CLOSING = "Thank you for listening to us.";

/** One A4 page: what `top` draws above the statement, then the statement's paragraphs from y 690 and a small footer. */
async function onePage(top: (page: PDFPage, font: PDFFont, bold: PDFFont) => void): Promise<{ dropped: string[]; text: string }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  top(page, font, bold);
  let y = para(page, font, OPENING, 690);
  y = para(page, font, ASK, y - 10);
  para(page, font, CLOSING, y - 10);
  page.drawText("Estuary pilots · pilots@example.net · 1/1", { x: 220, y: 36, size: 7.5, font });
  const doc = await extractPdf(await pdf.save());
  const cleaned = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined });
  return { dropped: doc.dropped, text: flat(cleaned.text) };
}

describe("a letterhead that is the body's name alone, above a larger title", () => {
  it("sets the name aside as a letterhead and keeps the title and the text", async () => {
    const { dropped, text } = await onePage((page, font, bold) => {
      page.drawText("Association of Estuary Ferry Pilots", { x: 190, y: 796, size: 12, font: bold });
      page.drawText("Statement on the smuggling routes of the estuary", { x: 110, y: 743, size: 13, font: bold });
      page.drawText("4 April 2031", { x: 260, y: 720, size: 11, font });
    });
    expect(dropped).toContain("Association of Estuary Ferry Pilots");
    expect(text).not.toContain("Association of Estuary Ferry Pilots");
    expect(text).toContain("Statement on the smuggling routes of the estuary");
    expect(text).toContain(ASK);
  });

  it("keeps a top line that names no body, or a name as large as the line under it", async () => {
    const kicker = await onePage((page, font, bold) => {
      page.drawText("Constructive dialogue, fourth session", { x: 190, y: 796, size: 12, font: bold });
      page.drawText("Statement on the smuggling routes of the estuary", { x: 110, y: 743, size: 13, font: bold });
    });
    expect(kicker.text).toContain("Constructive dialogue, fourth session");
    const title = await onePage((page, font, bold) => {
      page.drawText("Association of Estuary Ferry Pilots", { x: 190, y: 796, size: 14, font: bold });
      page.drawText("Statement on the smuggling routes of the estuary", { x: 110, y: 743, size: 13, font: bold });
    });
    expect(title.text).toContain("Association of Estuary Ferry Pilots");
  });

  it("keeps a name right above the title (no letterhead's gap)", async () => {
    const { text } = await onePage((page, font, bold) => {
      page.drawText("Association of Estuary Ferry Pilots", { x: 190, y: 760, size: 12, font: bold });
      page.drawText("Statement on the smuggling routes of the estuary", { x: 110, y: 743, size: 13, font: bold });
    });
    expect(text).toContain("Association of Estuary Ferry Pilots");
  });
});

describe("a letterhead of cells side by side in small type", () => {
  it("reads each cell whole: a wrapped name joined, two close cells cut apart", async () => {
    const { dropped } = await onePage((page, font, bold) => {
      // Left cell: a long name in capitals wrapped in its cell, then an address; middle cell: the by-line wrapped after a comma;
      // right cell: place and date.
      page.drawText("GUILD OF ESTUARY FERRY PILOTS AND LIGHTHOUSE", { x: 68, y: 800.8, size: 7.5, font });
      page.drawText("KEEPERS", { x: 68, y: 792.2, size: 7.5, font });
      page.drawText("Quay Street 4, Saltmouth", { x: 68, y: 783.5, size: 7.5, font });
      page.drawText("Statement by Captain Orla Penhallow,", { x: 271, y: 800.8, size: 7.5, font });
      page.drawText("chair of the guild", { x: 271, y: 792.2, size: 7.5, font });
      page.drawText("Geneva, 4 April 2031", { x: 410, y: 800.8, size: 7.5, font });
      page.drawText("Statement on the smuggling routes of the estuary", { x: 110, y: 730, size: 13, font: bold });
    });
    expect(dropped).toContain("GUILD OF ESTUARY FERRY PILOTS AND LIGHTHOUSE KEEPERS");
    expect(dropped).toContain("Quay Street 4, Saltmouth");
    expect(dropped).toContain("Statement by Captain Orla Penhallow, chair of the guild");
    expect(dropped).toContain("Geneva, 4 April 2031");
  });

  it("keeps a cell's short lines apart (each line stopped before the cell's edge)", async () => {
    const { dropped } = await onePage((page, font) => {
      page.drawText("Estuary Pilots", { x: 68, y: 800.8, size: 7.5, font });
      page.drawText("Quay Street 4", { x: 68, y: 792.2, size: 7.5, font });
      page.drawText("Saltmouth", { x: 68, y: 783.5, size: 7.5, font });
      page.drawText("pilots@example.net", { x: 380, y: 800.8, size: 7.5, font });
    });
    expect(dropped).toEqual(expect.arrayContaining(["Estuary Pilots", "Quay Street 4", "Saltmouth", "pilots@example.net"]));
  });
});

describe("a double name hyphenated at a line's end", () => {
  it("joins the two capitalised parts without a space, and still mends a word split at a syllable", () => {
    expect(joinLines("my name is Orla Penhallow-", "Treeve. I pilot")).toBe("my name is Orla Penhallow-Treeve. I pilot");
    expect(joinLines("the organi-", "zation")).toBe("the organization");
    expect(joinLines("the NORTH -", "South")).toBe("the NORTH - South");
  });
});

describe("a full-width line right under a table of proposals", () => {
  it("is not cut at the proposals' column after a word a cell does not end on", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    para(page, font, OPENING, 780);
    const line = "We were asked by the board whether our Guild would itself light the sandbanks. It will not.";
    // The proposals' column starts where the estimated place of "Guild" falls (the line's average character width).
    const col = Math.round(68 + line.indexOf("Guild") * (font.widthOfTextAtSize(line, 11) / line.length));
    const rows: [string, string][] = [
      ["Problem", "What we propose"],
      ["Dark sandbanks.", "Light the northern sandbanks."],
      ["No radio at sea.", "Give each pilot a radio."],
      ["No logbook kept.", "Keep one logbook a boat."],
    ];
    let y = 700;
    for (const [a, b] of rows) {
      page.drawText(a, { x: 68, y, size: 11, font });
      page.drawText(b, { x: col, y, size: 11, font });
      y -= 14.5;
    }
    page.drawText(line, { x: 68, y, size: 11, font });
    const doc = await extractPdf(await pdf.save());
    expect(flat(doc.pages.join("\n"))).toContain(line);
  });
});
