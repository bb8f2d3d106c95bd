import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { drawParagraph as para } from "../intake/builders";
import { clean } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";

// Round 53: a running header printed from the second page on only ("different first page"), on a page
// that holds nothing in the body's size. Every name, line and heading here is invented for this test.

const flat = (s: string) => s.replace(/\s+/g, " ");

const OPENING =
  "Our lamplighters walk the old quarter every evening at dusk and light the gas lamps of the alleys that the city has not yet wired, and they see who sleeps in the doorways there.";
const ASK =
  "We ask the city to keep the gas lamps of the old quarter lit until the alleys are wired, and to give each lamplighter a whistle and the number of the night shelter.";
const CLOSING = "Thank you for your attention.";

/** Two A4 pages: a statement on the first, then what `second` draws on the second. */
async function twoPages(second: (page: PDFPage, font: PDFFont, bold: PDFFont) => void): Promise<{ pages: string[]; dropped: string[]; text: string }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const first = pdf.addPage([595, 842]);
  first.drawText("Statement on the lamps of the old quarter", { x: 120, y: 760, size: 14, font: bold });
  let y = para(first, font, OPENING, 720);
  y = para(first, font, ASK, y - 10);
  para(first, font, CLOSING, y - 10);
  first.drawText("1", { x: 295, y: 36, size: 7.5, font });
  second(pdf.addPage([595, 842]), font, bold);
  const doc = await extractPdf(await pdf.save());
  const cleaned = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined });
  return { pages: doc.pages, dropped: doc.dropped, text: flat(cleaned.text) };
}

describe("a running header on a page of small type only", () => {
  it("sets aside the lone header line at the top of the page and keeps the small-type list of co-signers under it", async () => {
    const { pages, dropped, text } = await twoPages((page, font) => {
      page.drawText("Guild of Lamplighters — Joint letter, 3 March 2031", { x: 68, y: 800, size: 7.5, font });
      page.drawText("Signed with us: Alley Watch of the Old Quarter; Friends of the Night Shelter; Union of Chimney", { x: 68, y: 775, size: 7.5, font });
      page.drawText("Sweepers; Riverside Soup Kitchen.", { x: 68, y: 766.3, size: 7.5, font });
      page.drawText("2", { x: 295, y: 36, size: 7.5, font });
    });
    expect(dropped).toContain("Guild of Lamplighters — Joint letter, 3 March 2031");
    expect(flat(pages[1]!)).not.toContain("Joint letter");
    expect(text).not.toContain("Joint letter");
    expect(text).toContain("Signed with us: Alley Watch of the Old Quarter; Friends of the Night Shelter; Union of Chimney Sweepers; Riverside Soup Kitchen.");
  });

  it("keeps a small-type heading over its list (a list item follows, or the heading's own font)", async () => {
    const { text } = await twoPages((page, font, bold) => {
      page.drawText("Members of the network in 2031", { x: 68, y: 800, size: 7.5, font });
      page.drawText("• Alley Watch of the Old Quarter", { x: 68, y: 780, size: 7.5, font });
      page.drawText("• Friends of the Night Shelter", { x: 68, y: 771.3, size: 7.5, font });
      page.drawText("Partners — season 2031", { x: 68, y: 740, size: 7.5, font: bold });
      page.drawText("Riverside Soup Kitchen and the Union of Chimney Sweepers", { x: 68, y: 720, size: 7.5, font });
    });
    expect(text).toContain("Members of the network in 2031");
    expect(text).toContain("Alley Watch of the Old Quarter");
  });

  it("keeps a bold heading with a dash and a year at the top of a page in the body's size, over its paragraph", async () => {
    const { text } = await twoPages((page, font, bold) => {
      page.drawText("Request 2 – Lamps until 2032", { x: 68, y: 800, size: 11, font: bold });
      para(page, font, "The city should also publish, each autumn, the list of alleys it will wire in the coming year.", 776);
    });
    expect(text).toContain("Request 2 – Lamps until 2032");
    expect(text).toContain("The city should also publish");
  });

  it("keeps a page that starts mid-sentence, its first line short and dated", async () => {
    const { text } = await twoPages((page, font) => {
      page.drawText("shelter — from the winter of 2031", { x: 68, y: 800, size: 11, font });
      para(page, font, "onwards, for every lamplighter who asks for it, and a lantern for the nights without gas.", 785.5);
    });
    expect(text).toContain("shelter — from the winter of 2031 onwards");
  });

  it("keeps the same page start after a wide gap when the sentence runs on in lower case", async () => {
    const { text } = await twoPages((page, font) => {
      page.drawText("shelter — from the winter of 2031", { x: 68, y: 800, size: 11, font });
      para(page, font, "onwards, for every lamplighter who asks for it, and a lantern for the nights without gas.", 770);
    });
    expect(text).toContain("shelter — from the winter of 2031");
  });
});
