import { strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../worker/intake/extract-docx";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { analyse, withNotes } from "../../worker/intake/index";
import { SEGMENTS, THEMES } from "../../worker/seed/taxonomy";

// Footnotes and endnotes are part of what the NGO said: kept at the end of the text, without their
// reference marks, never inside a proposal. Sentences written for these tests.
const context = { segments: SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" as const })), themes: THEMES.map((t) => t.slug) };
const NOTE = "Count made by the network's volunteers in three river districts in 2022.";
const PROPOSING_NOTE = "States should also consult the survey annex for the full method.";

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
function docxWithNotes(body: string[], footnotes: string[], endnotes: string[] = []): Uint8Array {
  const note = (kind: string, texts: string[]) =>
    `<w:${kind}s ${ns}><w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>${texts.map((t, i) => `<w:${kind} w:id="${i + 1}">${p(t)}</w:${kind}>`).join("")}</w:${kind}s>`;
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body
        .map((t, i) => (i === 1 ? `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>` : p(t)))
        .join("")}</w:body></w:document>`,
    ),
    "word/footnotes.xml": strToU8(note("footnote", footnotes)),
    ...(endnotes.length ? { "word/endnotes.xml": strToU8(note("endnote", endnotes)) } : {}),
    "word/footer1.xml": strToU8(`<w:ftr ${ns}>${p("Northern Lakes Water Alliance · www.nlwa.example.org")}</w:ftr>`),
  });
}

const BODY = [
  "Statement by the Northern Lakes Water Alliance",
  "Chair, our volunteers met more than four hundred families who lost a relative to people promising work in the capital.",
  "We call on States to fund local helplines staffed by trained social workers in every river district.",
  "Thank you.",
  "Amara Osei\nCoordinator",
];

describe("footnotes kept at the end of the text", () => {
  it("writes the notes under a heading in the statement's language, once each", () => {
    expect(withNotes("Body.", [NOTE, NOTE, " "], "en")).toBe(`Body.\n\nNotes\n${NOTE}`);
    expect(withNotes("Texte.", ["Une note."], "fr")).toBe("Texte.\n\nNotes\nUne note.");
    expect(withNotes("Texto.", ["Una nota."], "es")).toBe("Texto.\n\nNotas\nUna nota.");
    expect(withNotes("Body.", [], "en")).toBe("Body.");
  });

  it("keeps a DOCX's footnotes and endnotes (not the separators) out of removed and at the end, never in a proposal, with the signature still read", () => {
    const doc = extractDocx(docxWithNotes(BODY, [NOTE, PROPOSING_NOTE], ["Endnote: figures rounded to the nearest ten."]));
    expect(doc.notes).toEqual([NOTE, PROPOSING_NOTE, "Endnote: figures rounded to the nearest ten."]);
    expect(doc.dropped).toEqual(["Northern Lakes Water Alliance · www.nlwa.example.org"]);
    const { result } = analyse(doc, "docx", context);
    expect(result.text.endsWith(`Coordinator\n\nNotes\n${NOTE}\n${PROPOSING_NOTE}\nEndnote: figures rounded to the nearest ten.`)).toBe(true);
    expect(result.proposals.map((x) => x.text)).toEqual([BODY[2]]);
    expect(result.speaker).toEqual({ name: "Amara Osei", role: "Coordinator" });
    expect(result.removed).not.toContain(NOTE);
  });

  it("takes a PDF's small-type footnote (wrapped on two lines) by its reference mark, without the mark, and leaves the page footer aside", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const body = [
      "Statement by the Northern Lakes Water Alliance",
      "",
      "Chair, our volunteers met more than four hundred families who lost a relative to people promising",
      "work in the capital, most of them in the poorest river districts of the country.",
      "",
      "We call on States to fund local helplines staffed by trained social workers in every river district",
      "and to publish each year how many calls were answered.",
      "",
      "Thank you.",
    ];
    let y = 780;
    for (const line of body) {
      if (line.startsWith("work in the capital,")) {
        // The reference mark, drawn inline as a producer does: a small raised "1" after "capital,".
        const head = "work in the capital,";
        const at = 60 + font.widthOfTextAtSize(head, 11);
        page.drawText(head, { x: 60, y, size: 11, font });
        page.drawText("1", { x: at + 0.5, y: y + 4, size: 6, font });
        page.drawText(line.slice(head.length), { x: at + 4, y, size: 11, font });
      } else if (line) page.drawText(line, { x: 60, y, size: 11, font });
      y -= line ? 14 : 10;
    }
    page.drawText("1", { x: 60, y: 92, size: 5, font });
    page.drawText("Count made by the network's volunteers in three river districts in 2022, from the registers of the", { x: 66, y: 90, size: 8, font });
    page.drawText("district offices.", { x: 66, y: 80, size: 8, font });
    page.drawText("Northern Lakes Water Alliance · www.nlwa.example.org · Page 1 of 1", { x: 160, y: 40, size: 8, font });
    const doc = await extractPdf(await pdf.save());
    expect(doc.notes).toEqual(["Count made by the network's volunteers in three river districts in 2022, from the registers of the district offices."]);
    expect(doc.dropped.join("\n")).toContain("www.nlwa.example.org");
    expect(doc.dropped.join("\n")).not.toContain("Count made");
    const { result } = analyse(doc, "pdf", context);
    expect(result.text).toContain("work in the capital, most of them");
    expect(result.text.endsWith("Thank you.\n\nNotes\nCount made by the network's volunteers in three river districts in 2022, from the registers of the district offices.")).toBe(true);
    for (const x of result.proposals) expect(x.text).not.toContain("Count made");
  });

  it("leaves small type below the text that opens with a number no reference mark points to where it was (removed)", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const lines = ["Chair, our volunteers met more than four hundred families who lost a relative to people promising", "work in the capital, most of them in the poorest river districts of the country.", "Thank you."];
    lines.forEach((l, i) => page.drawText(l, { x: 60, y: 780 - i * 14, size: 11, font }));
    page.drawText("12 Harbour Road, Lakeside · www.nlwa.example.org", { x: 60, y: 40, size: 8, font });
    const doc = await extractPdf(await pdf.save());
    expect(doc.notes).toEqual([]);
    expect(doc.dropped).toContain("12 Harbour Road, Lakeside · www.nlwa.example.org");
  });
});
