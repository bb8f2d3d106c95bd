import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { describe, expect, it } from "vitest";
import twoCellsPdf from "../fixtures/pdf-layout33/two-cells.pdf?inline";
import questionnairePdf from "../fixtures/pdf-layout33/questionnaire.pdf?inline";
import findingProposalPdf from "../fixtures/pdf-layout33/finding-proposal.pdf?inline";
import { wrap } from "../intake/builders";
import { clean } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 33: PDFs that read worse than the DOCX of the same document — a table of two cells side by
// side (a handout's boxes) whose short paragraphs kept their line breaks, a questionnaire laid out
// as a table whose answer was glued to its question. The office-suite PDFs are in
// test/fixtures/pdf-layout33/ (sources and command in its README); every sentence, name and place
// here and there is invented for these tests.

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const bytes = (dataUrl: string) => Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(",") + 1)), (c) => c.charCodeAt(0));

async function read(pdf: Uint8Array) {
  const doc = await extractPdf(pdf);
  const cleaned = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined });
  return { page: doc.pages.join("\n\n"), read: understand(cleaned.text, cleaned.removed, segments) };
}

async function a4(): Promise<{ pdf: PDFDocument; font: PDFFont; bold: PDFFont; page: PDFPage }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  return { pdf, font, bold, page: pdf.addPage([595, 842]) };
}

/** Draws paragraphs wrapped to `width` from `y` down, a gap between them; the y below the last. */
function cell(page: PDFPage, font: PDFFont, paragraphs: string[], x: number, y: number, width: number, size = 10): number {
  for (const p of paragraphs) {
    for (const line of wrap(p, font, size, width)) {
      page.drawText(line, { x, y, size, font });
      y -= size * 1.32;
    }
    y -= size * 0.7;
  }
  return y;
}

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("a table of two cells side by side (a handout's boxes), office-suite PDF", () => {
  it("reads each cell's paragraphs whole, then the heading with the list under it", async () => {
    const { page, read: r } = await read(bytes(twoCellsPdf));
    expect(page).toContain("Forty retired keepers and their families in the harbours of the northern coast. We talk to deckhands");
    expect(page).toContain("One in five was still owed the wages of the whole spring.");
    expect(page.indexOf("IN NUMBERS")).toBeLessThan(page.indexOf("WHAT WE ASK OF THE HARBOUR AUTHORITIES"));
    expect(r.proposals).toEqual([
      "A notice in six languages on every quay, with a free number that answers at night.",
      "Inspectors allowed on board without notice whenever a crew member asks for help.",
      "A small fund for the fares home of deckhands who leave a vessel after abuse.",
    ]);
  });

  const variants: { left: string[]; right: string[]; heading: string; asks: string[] }[] = [
    {
      left: ["WHO WE ARE", "A network of twenty village midwives in the hill districts, who see young mothers before and after they give birth and hear where their daughters went."],
      right: ["WHAT WE SAW", "Eleven girls left the valley last year for work that did not exist.", "Four came back; the others have not written.", "No clinic in the hills has a leaflet in the local language."],
      heading: "WHAT WE ASK",
      asks: ["A leaflet in the hill language in every clinic, with a number that answers.", "Midwives trained to recognise a girl who is being recruited."],
    },
    {
      left: ["QUI SOMMES-NOUS", "Une association de pêcheuses des lagunes du sud, qui accueille les femmes revenues de l'étranger et les aide à retrouver un travail et un logement."],
      right: ["EN CHIFFRES", "L'an dernier, nous avons accueilli soixante femmes revenues seules.", "Une sur trois n'avait jamais été payée.", "Aucune commune de la lagune n'a de foyer d'accueil."],
      heading: "CE QUE NOUS DEMANDONS",
      asks: ["Un foyer d'accueil ouvert la nuit dans chaque commune de la lagune.", "Des inspecteurs du travail formés à reconnaître les victimes de la traite."],
    },
    {
      left: ["QUIÉNES SOMOS", "Un colectivo de maestras rurales de los valles del norte que siguen a sus antiguas alumnas cuando dejan la escuela para trabajar en las ciudades."],
      right: ["LO QUE VEMOS", "Cada año doce alumnas dejan la escuela antes de cumplir quince años.", "La mitad viaja sin ningún adulto de su familia.", "Ninguna escuela del valle tiene una trabajadora social."],
      heading: "LO QUE PEDIMOS",
      asks: ["Una trabajadora social para cada red de escuelas rurales del valle.", "Un registro público de las agencias que reclutan en las escuelas."],
    },
  ];
  for (const v of variants) {
    it(`reads the boxes of a handout in columns, each paragraph whole (${v.heading})`, async () => {
      const { pdf, font, bold, page } = await a4();
      page.drawText(v.heading === "WHAT WE ASK" ? "Girls who leave the hills" : v.heading === "LO QUE PEDIMOS" ? "Las alumnas que se van" : "Les femmes qui reviennent", { x: 170, y: 780, size: 13, font: bold });
      // The left cell is the shorter one; the right one, beside it, starts on the same baseline.
      cell(page, font, v.left, 68, 740, 220);
      const low = cell(page, font, v.right, 300, 740, 220);
      let y = low - 24;
      page.drawText(v.heading, { x: 68, y, size: 10, font: bold });
      y -= 16;
      for (const a of v.asks) {
        page.drawText(`• ${a}`, { x: 74, y, size: 10, font });
        y -= 20;
      }
      const { page: text, read: r } = await read(await pdf.save());
      expect(text).toContain(v.left[1]);
      for (const p of v.right.slice(1)) expect(text).toContain(p);
      // The heading comes after the second cell, right before its list.
      expect(text.indexOf(v.right.at(-1)!)).toBeLessThan(text.indexOf(v.heading));
      expect(r.proposals).toEqual(v.asks);
    });
  }
});

describe("a table of findings beside proposals is still read row by row (not as newspaper columns)", () => {
  it("keeps each row's proposal as an item with its finding", async () => {
    const { page } = await read(bytes(findingProposalPdf));
    expect(page).toContain("• Employers should pay every recruitment fee themselves and say so in each contract they sign.");
    expect(page).toContain("Finding: Pickers do not know where to complain without losing their place.");
  });

  it("also when drawn with two-line cells of the same spacing as the rows (built PDF)", async () => {
    const { pdf, font, page } = await a4();
    cell(page, font, ["Observation"], 68, 740, 220);
    cell(page, font, ["What we recommend"], 300, 740, 220);
    const rows = [
      ["Night shelters close at ten and the youngest sleep outside.", "Keep one shelter open all night in each district for anyone under eighteen."],
      ["Police officers ask children for papers before they ask what happened.", "Train every duty officer to hear a child first and check papers afterwards."],
      ["Social workers change every few months and children stop trusting them.", "Give each child one social worker for at least a year, whatever the case load."],
    ];
    let y = 720;
    for (const [left, right] of rows) y = Math.min(cell(page, font, [left!], 68, y, 220), cell(page, font, [right!], 300, y, 220)) - 4;
    const { page: text } = await read(await pdf.save());
    expect(flat(text)).toContain("• Keep one shelter open all night in each district for anyone under eighteen.");
    expect(flat(text)).toContain("Observation: Police officers ask children for papers before they ask what happened.");
  });
});

describe("a questionnaire laid out as a table, question beside answer", () => {
  it("reads each question as a paragraph, its answer after it (office-suite PDF, Spanish)", async () => {
    const { page } = await read(bytes(questionnairePdf));
    expect(page).toContain("3. ¿Qué medidas recomiendan a los Estados parte en la región?\n\nQue cada centro de salud de frontera tenga una persona capacitada");
    expect(page).toContain("2. ¿Qué cambios han observado?\n\nMás muchachas viajan solas");
    expect(page).toContain("5. Otras observaciones\n\nSeguiremos visitando");
  });

  for (const [lang, rows] of [
    [
      "en",
      [
        ["Question", "Our answer"],
        ["1. Who are you?", "A union of cleaners in the airports of the region, most of them women who came from abroad on short contracts."],
        ["2. What has changed since the last review of your country?", "More agencies recruit abroad and charge fees that take a year of wages to repay."],
        ["3. What should the States parties do first?", "Every airport contractor should publish the agencies it hires workers through."],
        ["4. Anything else?", "We will keep our evening advice desk open in the staff canteen."],
      ],
    ],
    [
      "fr",
      [
        ["Question", "Notre réponse"],
        ["1. Qui êtes-vous ?", "Un collectif de couturières des ateliers du port, dont beaucoup sont arrivées avec une promesse d'emploi."],
        ["2. Quelles mesures recommandez-vous aux autorités de votre pays ?", "Les inspecteurs du travail devraient pouvoir entrer dans les ateliers sans prévenir, de jour comme de nuit."],
        ["3. Quel appui attendez-vous ?", "Une formation des inspecteurs à l'écoute des victimes, dans leurs langues."],
        ["4. Autres remarques", "Nous continuerons les permanences du samedi au marché."],
      ],
    ],
  ] as const) {
    it(`reads a built questionnaire table row by row, a long question filling its cell (${lang})`, async () => {
      const { pdf, font, page } = await a4();
      let y = 760;
      for (const [q, a] of rows) {
        // The question's cell reaches the answer's: the question wraps right up to it.
        y = Math.min(cell(page, font, [q], 68, y, 230), cell(page, font, [a], 300, y, 220)) - 4;
      }
      const { page: text } = await read(await pdf.save());
      for (const [q, a] of rows.slice(1)) expect(text).toContain(`${q}\n\n${a}`);
    });
  }
});
