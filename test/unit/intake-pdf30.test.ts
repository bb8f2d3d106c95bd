import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { drawParagraph, wrap } from "../intake/builders";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { RECOMMENDATION_COLUMN } from "../../worker/intake/pdf-tables";

// Round 30: one-page statements whose letterhead and footer can only be told by their form (no
// second page to repeat them), a two-column table in small type that holds more characters than
// the text around it, a pledge card's table, a leaflet in narrow columns. Every sentence, name and
// heading here is invented for this test.

async function a4(): Promise<{ pdf: PDFDocument; font: PDFFont; page: PDFPage }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  return { pdf, font, page: pdf.addPage([595, 842]) };
}

/** Draws `text` wrapped to `width` from `y` down, in this file's body size; the y below its last line. */
const para = (page: PDFPage, font: PDFFont, text: string, y: number, size = 10.5, width = 460, x = 68) => drawParagraph(page, font, text, y, size, width, x);

const flat = (s: string) => s.replace(/\s+/g, " ");

const OPENING =
  "Since the spring of last year the wardens of our company have walked the towpaths between the three upper locks every evening, and they keep a log of each barge that moors there after dark and of what its crew tell them.";
const MIDDLE =
  "Most crews are glad to talk to a warden with a lamp; a few are not, and those are the ones whose papers are kept in the wheelhouse by the skipper.";
const CLOSING = "We will gladly show our logbooks to any delegation that asks.";
const SEEN = [
  "Barges moor below the third lock after the keeper has gone home, and nobody writes down who comes ashore.",
  "Crews from abroad are paid in cash at the end of the season and some of them are never paid at all.",
  "The lock keepers have no telephone line to the river police and the nearest station is an hour away.",
];
const REMEDY = [
  "Keep one keeper on duty at the third lock until the last barge of the night has passed through.",
  "Give the river police a radio link with every lock keeper on the upper reach before next summer.",
  "Ask the shipping offices to show each crew a written contract in a language the crew can read.",
];

/** One A4 page: a letterhead (name, small address line), a paragraph, a table in small type, a short closing line, a small footer. */
async function oneLocks(headings: [string, string]): Promise<Uint8Array> {
  const { pdf, font, page } = await a4();
  page.drawText("COMPANY OF THE UPPER LOCKS", { x: 200, y: 800, size: 12, font });
  page.drawText("CUL · 9 Weir Row, Millbrook · Eastshire · Northland", { x: 190, y: 789, size: 8, font });
  page.drawText("Statement to the dialogue", { x: 230, y: 740, size: 13, font });
  let y = para(page, font, OPENING, 700);
  y = para(page, font, MIDDLE, y - 8);
  y -= 8;
  page.drawText(headings[0], { x: 68, y, size: 7.5, font });
  page.drawText(headings[1], { x: 298, y, size: 7.5, font });
  y -= 9;
  SEEN.forEach((seen, r) => {
    const left = wrap(seen, font, 7.5, 215);
    const right = wrap(REMEDY[r]!, font, 7.5, 215);
    left.forEach((l, i) => page.drawText(l, { x: 68, y: y - i * 8.7, size: 7.5, font }));
    right.forEach((l, i) => page.drawText(l, { x: 298, y: y - i * 8.7, size: 7.5, font }));
    y -= Math.max(left.length, right.length) * 8.7;
  });
  y -= 12;
  page.drawText(CLOSING, { x: 68, y, size: 10.5, font });
  page.drawText("Thank you.", { x: 68, y: y - 21, size: 10.5, font });
  page.drawText("locks@example.net", { x: 68, y: 36, size: 7.5, font });
  page.drawText("Dialogue on river transport", { x: 221, y: 36, size: 7.5, font });
  page.drawText("1", { x: 374, y: 36, size: 7.5, font });
  return pdf.save();
}

describe("a one-page letterhead and footer told by their size, beside a table in small type", () => {
  it("takes the body's size from the paragraphs, not from the small table that holds more characters, and sets the letterhead and footer aside", async () => {
    const doc = await extractPdf(await oneLocks(["What we found", "What should change"]));
    const text = flat(doc.pages[0]!);
    expect(doc.dropped).toEqual(expect.arrayContaining(["CUL · 9 Weir Row, Millbrook · Eastshire · Northland", "locks@example.net", "Dialogue on river transport"]));
    expect(text).not.toContain("Weir Row");
    expect(text).not.toContain("locks@example.net");
    expect(text).not.toContain("Dialogue on river transport");
    // The table between the paragraphs is the statement's: read as a table of proposals.
    for (const r of REMEDY) expect(text).toContain(`• ${r}`);
    expect(text).toContain(CLOSING);
  });

  it("keeps the table below the last full line when a sentence in the body's size closes the page (not a footer)", async () => {
    const doc = await extractPdf(await oneLocks(["Observed", "Remark"]));
    const text = flat(doc.pages[0]!);
    expect(text).toContain("Barges moor below the third lock");
    expect(text).toContain("Give the river police a radio link");
    expect(doc.dropped).not.toContain("Observed");
    expect(doc.dropped).toEqual(expect.arrayContaining(["CUL · 9 Weir Row, Millbrook · Eastshire · Northland", "locks@example.net"]));
    expect(text).not.toContain("Weir Row");
    expect(text.indexOf("Give the river police")).toBeLessThan(text.indexOf(CLOSING));
  });

  it("near miss: paragraphs set in small type across the page, under a larger title and opening, stay the body", async () => {
    const { pdf, font, page } = await a4();
    page.drawText("Notes from the towpath", { x: 68, y: 790, size: 14, font });
    let y = para(page, font, OPENING, 760, 11);
    const small = [
      "The first note concerns the evening patrols: two wardens walk together, one with a lamp and one with the log, and they stop at every mooring ring.",
      "The second note concerns the crews: most of them are glad to talk, a few are afraid, and the afraid ones are those whose papers are held by someone else.",
      "The third note concerns the keepers, who would stay later if somebody paid for the extra hours and gave them a way to call for help.",
      "The fourth note concerns the shipping offices, which answer letters slowly and telephone calls never, so the wardens go there in person every month.",
    ];
    for (const s of small) y = para(page, font, s, y - 6, 8, 460);
    page.drawText("towpath notes · page 1", { x: 250, y: 36, size: 6, font });
    const doc = await extractPdf(await pdf.save());
    const text = flat(doc.pages[0]!);
    for (const s of small) expect(text).toContain(s);
    expect(doc.dropped).toEqual(["towpath notes · page 1"]);
  });

  it("near miss: small type under the last full line, far above a line in the body's size at the page's foot, is still a margin", async () => {
    const { pdf, font, page } = await a4();
    page.drawText("Statement to the dialogue", { x: 230, y: 780, size: 13, font });
    const y = para(page, font, `${OPENING} ${OPENING}`, 740);
    page.drawText("Company of the Upper Locks, registered charity of the county", { x: 68, y: y - 6, size: 7, font });
    page.drawText("Printed for the delegations to the dialogue on river transport", { x: 68, y: 40, size: 10.5, font });
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toContain("Company of the Upper Locks, registered charity of the county");
    expect(doc.pages[0]).not.toContain("registered charity");
  });

  it("near miss: a footnote under the text stays a note, though a sentence in the body's size follows it", async () => {
    const { pdf, font, page } = await a4();
    const lines = wrap(`${OPENING} ${OPENING}`, font, 10.5, 460);
    let y = 740;
    lines.forEach((l, i) => {
      page.drawText(l, { x: 68, y, size: 10.5, font });
      if (i === 1) page.drawText("1", { x: 68 + font.widthOfTextAtSize(l, 10.5) + 1, y: y + 4, size: 6, font });
      y -= 13.9;
    });
    page.drawText("1 The log is kept in pencil, in two copies, one of them at the first lock.", { x: 68, y: y - 6, size: 7, font });
    page.drawText("The wardens thank the keepers for their patience with every one of them.", { x: 68, y: y - 24, size: 10.5, font });
    const doc = await extractPdf(await pdf.save());
    expect(doc.notes).toContain("The log is kept in pencil, in two copies, one of them at the first lock.");
    expect(doc.pages[0]).not.toContain("kept in pencil");
  });
});

describe("a footer in the body's size at the foot of a one-page statement", () => {
  it("sets aside the page's lowest row far under the text when it holds a contact or a page number, every piece of it", async () => {
    const { pdf, font, page } = await a4();
    const y = para(page, font, `${OPENING} ${MIDDLE}`, 760);
    page.drawText(CLOSING, { x: 68, y: y - 10, size: 10.5, font });
    page.drawText("CUL · 9 Weir Row, Millbrook · locks@example.net · p. 1", { x: 150, y: 40, size: 10, font });
    const doc = await extractPdf(await pdf.save());
    expect(doc.dropped).toContain("CUL · 9 Weir Row, Millbrook · locks@example.net · p. 1");
    expect(doc.pages[0]).not.toContain("Weir Row");
    const two = await a4();
    para(two.page, two.font, `${OPENING} ${MIDDLE}`, 760);
    two.page.drawText("Company of the Upper Locks", { x: 68, y: 40, size: 10, font: two.font });
    two.page.drawText("Page 1 of 1", { x: 460, y: 40, size: 10, font: two.font });
    const paged = await extractPdf(await two.pdf.save());
    expect(paged.pages[0]).not.toContain("Company of the Upper Locks");
    expect(paged.pages[0]).not.toContain("Page 1 of 1");
  });

  it("near miss: a contact line right under the closing, and a sentence at the page's foot, stay in the text", async () => {
    const { pdf, font, page } = await a4();
    const y = para(page, font, `${OPENING} ${MIDDLE}`, 760);
    page.drawText("Write to the wardens at locks@example.net", { x: 68, y: y - 10, size: 10.5, font });
    const doc = await extractPdf(await pdf.save());
    expect(doc.pages[0]).toContain("Write to the wardens at locks@example.net");
    const far = await a4();
    para(far.page, far.font, `${OPENING} ${MIDDLE}`, 760);
    far.page.drawText("The wardens will answer every letter sent to locks@example.net.", { x: 68, y: 40, size: 10.5, font: far.font });
    const kept = await extractPdf(await far.pdf.save());
    expect(kept.pages[0]).toContain("The wardens will answer every letter sent to locks@example.net.");
  });
});

describe("headings of a column of asks", () => {
  it("knows the verb alone, with an ellipsis or a colon, what should change, and asks of the moment", () => {
    for (const head of ["We ask…", "WE ASK...", "Pedimos:", "Nous proposons", "What must change", "What needs to change", "Ce qui doit changer", "Lo que debería cambiar", "What we ask today", "Lo que pedimos ahora", "Ce que nous demandons maintenant"]) {
      expect(RECOMMENDATION_COLUMN.test(head), head).toBe(true);
    }
  });

  it("near miss: what has changed, a past request, a request with its object, a pronoun alone", () => {
    for (const head of ["What has changed", "Ce qui a changé depuis", "We asked the council twice", "Pedimos ayuda al municipio", "We", "Nous", "What we will do"]) {
      expect(RECOMMENDATION_COLUMN.test(head), head).toBe(false);
    }
  });
});

/** A pledge card: what the company will do beside what it asks, rows set without padding. */
async function pledgeCard(asks: string[][], pledges: string[][], gap = 4): Promise<Uint8Array> {
  const { pdf, font, page } = await a4();
  let y = para(page, font, OPENING, 760);
  y -= 8;
  page.drawText("WE WILL…", { x: 68, y, size: 7.5, font });
  page.drawText("WE ASK…", { x: 298, y, size: 7.5, font });
  y -= 8.7;
  asks.forEach((ask, r) => {
    const pledge = pledges[r]!;
    // The pledge's first line runs up to a few points from the next cell: the line builder glues them.
    pledge.forEach((l, i) => page.drawText(l, { x: 68, y: y - i * 8.7, size: 7.5, font }));
    ask.forEach((l, i) => page.drawText(l, { x: 68 + 215 + gap + 11, y: y - i * 8.7, size: 7.5, font }));
    y -= Math.max(ask.length, pledge.length) * 8.7;
  });
  y = para(page, font, "Last winter the county promised a warden's hut at the third lock; it was built, and it has no heating.", y - 12);
  page.drawText("Thank you for keeping this card.", { x: 68, y: y - 8, size: 10.5, font });
  page.drawText("CUL · locks@example.net · p. 1", { x: 230, y: 36, size: 7.5, font });
  return pdf.save();
}

describe("a pledge card's table of asks (PDF)", () => {
  it("reads each ask as an item, rows told by their list punctuation (a semicolon, then a line in lower case), the first row's glued cells cut", async () => {
    const asks = [
      ["that the river police answer a warden's radio", "call within the hour;"],
      ["that the keepers be paid for the hours they", "stay after dark;"],
      ["that the county heat the warden's hut before", "the frost comes."],
    ];
    const pledges = [["Walk the towpath every evening of the year, lamp in hand"], ["Keep the log in two copies."], ["Report each season to the county."]];
    const doc = await extractPdf(await pledgeCard(asks, pledges));
    const text = flat(doc.pages[0]!);
    expect(text).toContain("• that the river police answer a warden's radio call within the hour;");
    expect(text).toContain("• that the keepers be paid for the hours they stay after dark;");
    expect(text).toContain("• that the county heat the warden's hut before the frost comes.");
    expect(text).toContain("WE WILL: Walk the towpath every evening of the year, lamp in hand");
    expect(text).not.toContain("locks@example.net");
  });

  it("near miss: a semicolon inside a cell, the cell beside still running on that line, does not start a row", async () => {
    const asks = [["that the river police answer a warden's radio;", "and that they come in person after dark"]];
    const pledges = [["Walk the towpath every evening", "of the year and keep the log", "in two copies."]];
    const doc = await extractPdf(await pledgeCard([...asks, ["that the county heat the warden's hut."]], [...pledges, ["Report to the county."]]));
    const text = flat(doc.pages[0]!);
    expect(text).toContain("• that the river police answer a warden's radio; and that they come in person after dark");
  });
});

/** A leaflet: three narrow columns of `lines`, drawn column by column; extra lines drawn as given. */
async function leaflet(columns: string[][], extra: (page: PDFPage, font: PDFFont) => void = () => {}): Promise<Uint8Array> {
  const { pdf, font, page } = await a4();
  columns.forEach((lines, k) => lines.forEach((l, i) => l && page.drawText(l, { x: 68 + k * 158, y: 780 - i * 12.5, size: 9.5, font })));
  extra(page, font);
  return pdf.save();
}

const COL1 = [
  "The wardens of the upper locks",
  "walk the towpath each evening",
  "and write down every barge that",
  "moors below the third lock after",
  "the keeper has left for the night.",
  "",
  "",
  "",
  "",
  "Who we are",
  "Nine volunteers, two lamps and",
  "one logbook shared between the",
  "three locks of the upper reach.",
];
const COL2 = [
  "What we ask",
  "A keeper on duty at the third",
  "lock until the last barge of the",
  "night has passed, paid for the",
  "extra hours by the county and",
  "relieved by a second keeper on",
  "market days, when the traffic is",
  "heaviest and the crews arrive",
  "tired after a long day on the",
  "water and the towpath is dark.",
];
const COL3 = [
  "Write to us",
  "The company answers every letter",
  "within the week, and the wardens",
  "can meet any delegation at the",
  "third lock on a weekday evening",
  "if they are told a day before.",
];

describe("a leaflet in narrow columns (PDF)", () => {
  it("reads a note in small type inside a column in its place, its lines joined, and a footer under the columns apart", async () => {
    const note = ["Handed to the delegations at the", "dialogue on river transport."];
    const pdf = await leaflet([COL1, COL2, COL3], (page, font) => {
      note.forEach((l, i) => page.drawText(l, { x: 68, y: 780 - 5.6 * 12.5 - i * 8.7, size: 7.5, font }));
      page.drawText("Company of the Upper Locks · locks@example.net", { x: 200, y: 36, size: 7.5, font });
    });
    const doc = await extractPdf(pdf);
    const paragraphs = doc.pages[0]!.split(/\n\s*\n/).map(flat);
    expect(paragraphs).toContain("Handed to the delegations at the dialogue on river transport.");
    const at = (start: string) => paragraphs.findIndex((p) => p.startsWith(start));
    expect(at("Handed to")).toBeGreaterThan(at("The wardens of the upper locks"));
    expect(at("Handed to")).toBeLessThan(at("Who we are"));
    expect(doc.dropped).toContain("Company of the Upper Locks · locks@example.net");
  });

  it("joins a ragged line that stopped short because the next word was too long to fit, and not one that ended a sentence", async () => {
    const col2 = [
      "What we ask",
      "A keeper on duty at the third lock,",
      "wages paid out of the",
      "interdepartmental river fund, and",
      "a radio at every lock on the reach",
      "so that a keeper can call the river",
      "police, as promised.",
      "Unfortunately nothing has moved",
      "since the county last met about it",
      "and the keepers still wait for help.",
    ];
    const doc = await extractPdf(await leaflet([COL1, col2, COL3]));
    const text = doc.pages[0]!;
    expect(text).toContain("wages paid out of the interdepartmental river fund, and");
    expect(text).toContain("police, as promised.\nUnfortunately nothing has moved");
  });
});
