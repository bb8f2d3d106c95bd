import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { analyse } from "../../worker/intake/index";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Headings laid out in the orders real statements use: the salutation first, the date at the very
// top or in brackets, a revision or posting date beside the date of delivery. Lines written for
// these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const BODY =
  "The Alliance works with families in the river towns who have lost a relative to people promising work in the capital. Each year our volunteers meet more of them.\n\nWe call on States to fund local helplines staffed by trained social workers in every river district.\n\nThank you.";
const read = (text: string, removed: string[] = []) => {
  const cleaned = clean({ pages: [text] });
  return understand(cleaned.text, [...cleaned.removed, ...removed], segments);
};

describe("a salutation above the title", () => {
  it("reads the heading below it, and keeps the salutation as the opening of the text", () => {
    const r = read(`Madam Chair, distinguished delegates,\n\nStatement by the Northern Lakes Water Alliance\n\nConstructive dialogue on trafficking in persons\n\n[4 October 2023]\n\n${BODY}`);
    expect(r.title).toBe("Statement by the Northern Lakes Water Alliance: trafficking in persons");
    expect(r.organization?.name).toBe("Northern Lakes Water Alliance");
    expect(r.deliveredOn).toBe("2023-10-04");
    expect(r.segment).toBe("2023-3-trafficking-in-persons");
    expect(r.text.startsWith("Madam Chair, distinguished delegates,\n\nThe Alliance works")).toBe(true);
    expect(r.text).not.toContain("Statement by");
    expect(r.proposals).toEqual(["We call on States to fund local helplines staffed by trained social workers in every river district."]);
  });

  it("reads it when the salutation and the title share one block", () => {
    const r = read(`Mr. Chair, distinguished delegates,\nStatement by the Northern Lakes Water Alliance\nConstructive dialogue on trafficking in persons, 4 October 2023\n\n${BODY}`);
    expect(r.organization?.name).toBe("Northern Lakes Water Alliance");
    expect(r.deliveredOn).toBe("2023-10-04");
    expect(r.text.startsWith("Mr. Chair, distinguished delegates,\n\nThe Alliance")).toBe(true);
  });

  it("leaves a salutation that opens the body as it was (no heading below it)", () => {
    const r = read(`Statement by the Northern Lakes Water Alliance\n\nChair,\n\n${BODY}`);
    expect(r.organization?.name).toBe("Northern Lakes Water Alliance");
    expect(r.text.startsWith("Chair,\n\nThe Alliance")).toBe(true);
    const plain = read(`Dear colleagues,\n\n${BODY}`);
    expect(plain.text.startsWith("Dear colleagues,\n\nThe Alliance")).toBe(true);
  });
});

describe("dates at the top, in brackets, in the running header", () => {
  it("reads a date in brackets or in parentheses with its city", () => {
    expect(read(`Statement by the Northern Lakes Water Alliance\n\n(Vienna, 4 October 2023)\n\nChair,\n\n${BODY}`).deliveredOn).toBe("2023-10-04");
    expect(read(`Statement by the Northern Lakes Water Alliance\n[4 October 2023]\n\nChair,\n\n${BODY}`).deliveredOn).toBe("2023-10-04");
  });

  it("reads a date line above the letterhead name, and the name as the organization", () => {
    const r = read(`4 October 2023\n\nNORTHERN LAKES WATER ALLIANCE\n\nStatement to the constructive dialogue on trafficking in persons\n\nChair,\n\n${BODY}`);
    expect(r.deliveredOn).toBe("2023-10-04");
    expect(r.organization?.name).toBe("Northern Lakes Water Alliance");
  });

  it("prefers the date of delivery to a revision date", () => {
    const r = read(`Statement by the Northern Lakes Water Alliance\n[Revised 9 October 2023]\nConstructive dialogue on trafficking in persons, Vienna, 4 October 2023\n\nChair,\n\n${BODY}`);
    expect(r.deliveredOn).toBe("2023-10-04");
  });

  it("prefers a line saying when it was delivered to a date opening the title, which leaves the title", () => {
    const r = read(`9 October 2023 – Statement by the Northern Lakes Water Alliance\nDelivered at the constructive dialogue on trafficking in persons on 4 October 2023\n\nChair,\n\n${BODY}`);
    expect(r.deliveredOn).toBe("2023-10-04");
    expect(r.title).toBe("Statement by the Northern Lakes Water Alliance: trafficking in persons");
    expect(r.organization?.name).toBe("Northern Lakes Water Alliance");
  });

  it("takes the date of a running header set aside with the letterhead when the heading has none", () => {
    expect(read(`Statement by the Northern Lakes Water Alliance\n\nChair,\n\n${BODY}`, ["NLWA – trafficking dialogue – 4 October 2023"]).deliveredOn).toBe("2023-10-04");
  });
});

describe("the organization from a closing", () => {
  it("never takes a closing sentence that holds an organization word", () => {
    const r = read(`Chair,\n\n${BODY.replace("\n\nThank you.", "")}`);
    expect(r.organization).toBeNull();
  });

  it("takes a letterhead's contact line in the heading out of the text, into what was removed", () => {
    const r = read(`NORTHERN LAKES WATER ALLIANCE\n4 Pier Road, Kisumu · +254 57 202 1188 · hello@nlwa.example.org\n\nStatement on trafficking in persons\n\nChair,\n\n${BODY}`);
    expect(r.text).not.toContain("hello@nlwa");
    expect(r.dropped).toEqual(["4 Pier Road, Kisumu · +254 57 202 1188 · hello@nlwa.example.org"]);
    expect(r.organization?.name).toBe("Northern Lakes Water Alliance");
  });
});

describe("a PDF whose date is set right-aligned above the letterhead", () => {
  it("sets the date line, the name and the contacts aside as the letterhead, and still reads the date", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const page = pdf.addPage([595, 842]);
    const date = "Vienna, 4 October 2023";
    page.drawText(date, { x: 535 - font.widthOfTextAtSize(date, 11), y: 790, size: 11, font });
    page.drawText("NORTHERN LAKES WATER ALLIANCE", { x: 180, y: 765, size: 13, font: bold });
    page.drawText("4 Pier Road, Kisumu · +254 57 202 1188 · hello@nlwa.example.org", { x: 160, y: 752, size: 8, font });
    page.drawText("Statement on trafficking in persons", { x: 200, y: 725, size: 13, font: bold });
    const lines = [
      "Chair, the Alliance works with families in the river towns who have lost a relative to people who",
      "promised work in the capital. Each year our volunteers meet more of them in the river districts.",
      "",
      "We call on States to fund local helplines staffed by trained social workers in every river district",
      "and to publish each year how many calls they answered and how many families they referred.",
      "",
      "Thank you.",
    ];
    let y = 700;
    for (const l of lines) {
      if (l) page.drawText(l, { x: 60, y, size: 11, font });
      y -= l ? 14 : 10;
    }
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toEqual(expect.arrayContaining([date, "NORTHERN LAKES WATER ALLIANCE", "4 Pier Road, Kisumu · +254 57 202 1188 · hello@nlwa.example.org"]));
    const { result } = analyse(doc, "pdf", { segments, themes: [] });
    expect(result.deliveredOn).toBe("2023-10-04");
    expect(result.organization?.name).toBe("Northern Lakes Water Alliance");
    expect(result.text).not.toMatch(/Pier Road|NORTHERN LAKES/);
  });
});
