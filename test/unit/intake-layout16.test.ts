import { strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../worker/intake/extract-docx";
import { acronymIn, extractPdf } from "../../worker/intake/extract-pdf";
import { formTable } from "../../worker/intake/pdf-tables";

// Round 16 (layouts): text boxes in the text's column, forms laid out as tables, sidebars, letterhead
// names above their acronym, a small-type table. Every sentence, name and label here is invented.

const ns =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
/** A text box anchored to the page at `top` (EMU from the page's top), `width` EMU wide, as an office suite writes a frame (drawing, then the VML copy). */
const frame = (lines: string[], width: number, top: number, wrap = "<wp:wrapTopAndBottom/>") => {
  const content = `<w:txbxContent>${lines.map(para).join("")}</w:txbxContent>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>${top}</wp:posOffset></wp:positionV><wp:extent cx="${width}" cy="900000"/>${wrap}<wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
};
const A4 = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1361" w:right="1361" w:top="1440" w:bottom="1193"/></w:sectPr>';
function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}${A4}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  });
}
const table = (rows: string[][][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${c.map(para).join("")}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;

const ASKS = [
  "WHAT THE GUILD ASKS",
  "1. That every harbour office keeps a trained officer on duty whenever a night ferry docks with passengers.",
  "2. That the quay registers of arrivals are kept for five years and shared with the regional inspectorate.",
];
const OPENING = "Madam Chair, the Harbour Lantern Guild thanks the secretariat for this dialogue.";
const MIDDLE = "Our volunteers meet the ferries at night and see the same faces return every season with new debts.";
const CLOSING = "We thank you for your attention.";

describe("a text box in the text's column (DOCX)", () => {
  it("keeps a wide framed list of requests with text above and below it, read where it is drawn, not at the page's first paragraph", () => {
    // Anchored to the first (empty) paragraph, drawn about 150 pt down the page: after the first paragraphs.
    const body = `<w:p><w:r></w:r>${frame(ASKS, 5_200_000, 150 * 12_700)}</w:p>${para("Statement of the Harbour Lantern Guild")}${para(OPENING)}${para(MIDDLE.repeat(3))}${para(MIDDLE.repeat(3))}${para(CLOSING)}`;
    const doc = extractDocx(docx(body));
    const text = doc.pages[0]!;
    for (const l of ASKS) expect(text).toContain(l);
    expect(doc.dropped).toEqual([]);
    expect(text.indexOf(ASKS[0]!)).toBeGreaterThan(text.indexOf(OPENING));
    expect(text.indexOf(ASKS[0]!)).toBeLessThan(text.indexOf(CLOSING));
    expect(text.startsWith("Statement of the Harbour Lantern Guild")).toBe(true);
  });

  it("still sets aside a narrow box in the margin, and a wide one beside which the text runs, or one of contact lines", () => {
    const side = ["MEMBERS", "Lantern Guild of the North Quay", "Ferry Watchers of the Islands", "Dock Friends of the Estuary"];
    const narrow = extractDocx(docx(`<w:p><w:r></w:r>${frame(side, 900_000, 2_000_000)}</w:p>${para(OPENING)}`));
    expect(narrow.dropped).toEqual(side);
    const beside = extractDocx(docx(`<w:p><w:r></w:r>${frame(ASKS, 5_200_000, 2_000_000, '<wp:wrapSquare wrapText="bothSides"/>')}</w:p>${para(OPENING)}`));
    expect(beside.dropped).toEqual(ASKS);
    const contacts = ["Harbour Lantern Guild, 4 Pier Lane, Saltmere", "Write to us at any hour of the day: desk@lantern.example.org, or call the night line."];
    const wide = extractDocx(docx(`<w:p><w:r></w:r>${frame(contacts, 5_200_000, 2_000_000)}</w:p>${para(OPENING)}`));
    expect(wide.dropped).toEqual(contacts);
  });

  it("lists a margin box's lines after the header part's, so the letterhead's name comes first", () => {
    const side = ["MEMBERS", "Lantern Guild of the North Quay", "Ferry Watchers of the Islands"];
    const header = `<w:hdr ${ns}>${para("Harbour Lantern Guild – HLG")}</w:hdr>`;
    const doc = extractDocx(docx(`<w:p><w:r></w:r>${frame(side, 900_000, 2_000_000)}</w:p>${para(OPENING)}`, { "word/header1.xml": header }));
    expect(doc.dropped).toEqual(["Harbour Lantern Guild – HLG", ...side]);
  });
});

const FORM: string[][][] = [
  [["Name of the guild"], ["Harbour Lantern Guild"]],
  [["Short name"], ["HLG"]],
  [["Filed by (name and post)"], ["Orla Vantreece, night warden"]],
  [["Date"], ["12/02/2025"]],
  [["Background"], ["Our volunteers meet the ferries at night and keep a tally of who comes back each season, and of what they owe."]],
  [["Requests (up to 3)"], ["1. That every harbour office keeps a trained officer on duty at night.", "2. That quay registers are kept for five years."]],
];

describe("a form laid out as a table", () => {
  it("reads a DOCX form row by row, each label with its value", () => {
    const doc = extractDocx(docx(`${para("SUBMISSION FORM FOR GUILDS")}${table(FORM)}`));
    expect(doc.pages[0]).toBe(
      [
        "SUBMISSION FORM FOR GUILDS",
        "Name of the guild: Harbour Lantern Guild\nShort name: HLG\nFiled by (name and post): Orla Vantreece, night warden\nDate: 12/02/2025\nBackground: Our volunteers meet the ferries at night and keep a tally of who comes back each season, and of what they owe.",
        "Requests (up to 3):\n1. That every harbour office keeps a trained officer on duty at night.\n2. That quay registers are kept for five years.",
      ].join("\n\n"),
    );
  });

  it("leaves a table whose first column holds sentences, or only short words, as it was", () => {
    const sentences = [
      [["Harbour offices should keep an officer on duty at night."], ["Most arrivals come after dark."]],
      [["Registers should be kept for five years."], ["Records vanish within months."]],
      [["Inspectors should visit the quays."], ["Nobody checks the night shifts."]],
    ];
    expect(formTable(sentences.map(([l, v]) => ({ label: l!, value: v! })))).toBeNull();
    const figures = [["Year", "Arrivals"], ["2023", "140"], ["2024", "190"]].map(([l, v]) => ({ label: [l!], value: [v!] }));
    expect(formTable(figures)).toBeNull();
    const doc = extractDocx(docx(table(sentences)));
    expect(doc.pages[0]).toContain("Harbour offices should keep an officer on duty at night.\n\nMost arrivals come after dark.");
  });

  it("puts each field of a PDF's form in a paragraph of its own (PDF lines are unwrapped by their length) and keeps a list under its label", () => {
    const read = formTable(FORM.map(([l, v]) => ({ label: l!, value: v! })), true)!;
    expect(read.split("\n\n").slice(0, 3)).toEqual(["Name of the guild: Harbour Lantern Guild", "Short name: HLG", "Filed by (name and post): Orla Vantreece, night warden"]);
    expect(read).toContain("Requests (up to 3):\n1. That every harbour office");
  });

  it("reads a PDF form drawn row by row as label: value, not as two newspaper columns", async () => {
    const { pdf, font, page } = await a4();
    page.drawText("SUBMISSION FORM FOR GUILDS", { x: 150, y: 790, size: 13, font });
    let y = 750;
    const wrap = (t: string) => wrapText(t, font, 11, 230);
    for (const [labels, value] of FORM) {
      page.drawText(labels![0]!, { x: 60, y, size: 11, font });
      let k = 0;
      for (const [p, v] of value!.entries()) {
        if (p > 0) k += 0.6;
        for (const l of wrap(v)) page.drawText(l, { x: 300, y: y - 14 * k++, size: 11, font });
      }
      y -= 14 * Math.max(1, k) + 10;
    }
    const doc = await extractPdf(await pdf.save());
    const text = doc.pages[0]!;
    expect(text).toContain("Name of the guild: Harbour Lantern Guild\n\nShort name: HLG");
    expect(text).toContain("Filed by (name and post): Orla Vantreece, night warden");
    expect(text).toContain("Background: Our volunteers meet the ferries at night and keep a tally of who comes back each season, and of what they owe.");
    expect(text).toContain("Requests (up to 3):\n1. That every harbour office keeps a trained officer on duty at night.\n2. That quay registers are kept for five years.");
  });
});

function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    const next = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && line) (out.push(line), (line = w));
    else line = next;
  }
  if (line) out.push(line);
  return out;
}

const BODY = [
  "Madam Chair, our guild keeps watch on the night ferries that reach the southern quays in every season, and we",
  "count the people who arrive with debts they cannot name. We ask the harbour offices to keep a trained officer",
  "on duty whenever a night ferry docks, and to keep the quay registers of arrivals for five years at the least,",
  "so that the inspectors can follow the same faces from one season to the next without starting over each time.",
  "We thank you for your attention and remain at the disposal of the delegations for any question they may have.",
];
/** A new PDF with one A4 page and Helvetica. */
async function a4(): Promise<{ pdf: PDFDocument; font: PDFFont; page: PDFPage }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  return { pdf, font, page: pdf.addPage([595, 842]) };
}
function body(page: PDFPage, font: PDFFont, x = 60, top = 700) {
  BODY.forEach((l, i) => page.drawText(l, { x, y: top - i * 14, size: 10, font }));
}

describe("letterheads, sidebars and small tables (PDF)", () => {
  it("sets aside a letterhead's name above a small line that gives its acronym", async () => {
    const { pdf, font, page } = await a4();
    page.drawText("GUILD OF HARBOUR LANTERN KEEPERS", { x: 190, y: 800, size: 12, font });
    page.drawText("GHLK · a guild of volunteers", { x: 240, y: 788, size: 7, font });
    page.drawText("Dialogue on the night ferries", { x: 220, y: 740, size: 13, font });
    body(page, font);
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toEqual(["GUILD OF HARBOUR LANTERN KEEPERS", "GHLK · a guild of volunteers"]);
    expect(doc.pages[0]).toMatch(/^Dialogue on the night ferries/);
  });

  it("knows an acronym from a name's initials", () => {
    expect(acronymIn("Guild of Harbour Lantern Keepers", "GHLK · volunteers")).toBe(true);
    expect(acronymIn("GREMIO DE FAROLEROS DEL PUERTO", "GFP · asociación")).toBe(true);
    expect(acronymIn("Dialogue on the night ferries", "DNF was not said")).toBe(true);
    expect(acronymIn("Guild of Harbour Lantern Keepers", "Pier Lane 4, Saltmere")).toBe(false);
  });

  it("sets aside the small line under a wide centred name in capitals (the name is no full line of text)", async () => {
    const { pdf, font, page } = await a4();
    const name = "CONFRATERNITY OF THE SOUTHERN QUAYS AND THEIR NIGHT LANTERNS";
    const w = font.widthOfTextAtSize(name, 12);
    page.drawText(name, { x: (595 - w) / 2, y: 800, size: 12, font });
    page.drawText("Pier Lane 4, Saltmere, Southland", { x: 240, y: 788, size: 7, font });
    body(page, font, 60, 740);
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toContain("Pier Lane 4, Saltmere, Southland");
    expect(doc.pages[0]).not.toContain("Pier Lane 4");
  });

  it("sets aside a sidebar whole, its one-word wrapped lines too", async () => {
    const { pdf, font, page } = await a4();
    body(page, font, 90);
    ["That the offices keep an officer on duty at night.", "That the registers are kept for five years."].forEach((l, i) => {
      page.drawText(`${i + 1}.`, { x: 76, y: 600 - i * 14, size: 10, font });
      page.drawText(l, { x: 92, y: 600 - i * 14, size: 10, font });
    });
    const side = ["MEMBERS", "Lantern Keepers", "Saltmere (South", "and", "Westland)", "Ferry Watch", "Northcove", "and", "Isles"];
    side.forEach((l, i) => page.drawText(l, { x: 8, y: 710 - i * 12, size: 10, font }));
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toEqual([...new Set(side)]);
    expect(doc.pages[0]).not.toMatch(/^and$/m);
    expect(doc.pages[0]).toContain("1. That the offices keep an officer on duty at night.");
  });

  it("tells the body's size from the text, not from a table of recommendations in small type that holds more characters", async () => {
    const { pdf, font, page } = await a4();
    page.drawText("Dialogue on the night ferries · 12 February 2025", { x: 180, y: 810, size: 7, font });
    page.drawText("Madam Chair, our guild sets out below what its volunteers saw on the quays and what it asks.", { x: 60, y: 760, size: 11, font });
    page.drawText("What we saw", { x: 60, y: 730, size: 7, font });
    page.drawText("What we ask", { x: 300, y: 730, size: 7, font });
    const seen = "Ferries dock after midnight and no officer of the harbour office is there to meet the people who arrive with debts.";
    const ask = "Keep a trained officer on duty at the harbour office whenever a night ferry docks, with an interpreter on call.";
    let y = 720;
    for (let r = 0; r < 6; r++) {
      const left = wrapText(`${seen} (${r + 1})`, font, 7, 220);
      const right = wrapText(`${ask} (${r + 1})`, font, 7, 220);
      left.forEach((l, i) => page.drawText(l, { x: 60, y: y - i * 9, size: 7, font }));
      right.forEach((l, i) => page.drawText(l, { x: 300, y: y - i * 9, size: 7, font }));
      y -= Math.max(left.length, right.length) * 9 + 6;
    }
    page.drawText("We thank you for your attention and remain at the disposal of the delegations today.", { x: 60, y: y - 20, size: 11, font });
    page.drawText("Harbour Lantern Guild (HLG) · Pier Lane 4, Saltmere · desk@lantern.example.org", { x: 60, y: 40, size: 7, font });
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toEqual(expect.arrayContaining(["Dialogue on the night ferries · 12 February 2025", "Harbour Lantern Guild (HLG) · Pier Lane 4, Saltmere · desk@lantern.example.org"]));
    expect(doc.pages[0]).toContain("• Keep a trained officer on duty at the harbour office whenever a night ferry docks, with an interpreter on call. (1)");
    expect(doc.pages[0]).not.toContain("desk@lantern");
  });
});
