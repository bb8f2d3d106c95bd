import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../worker/intake/extract-pdf";

// After blind 82 and 83 were measured (in sample for them; invented text only). A newsletter whose left column of prose
// begins on the baseline of the right column's request heading, its first line ending mid-sentence: the heading's row
// must not take the prose's wrapped lines as the rest of a header cell (the cell then holds sentences: it is prose).
const LEFT = {
  en: [
    "The Brackenholt Ferrymen's Guild gathers sixty",
    "boat crews on the lower river and their",
    "families. Since 2030 we have carried",
    "the injured across at night when the bridge",
    "is shut, and we keep a log of every crossing.",
  ],
  fr: [
    "L'Amicale des passeurs du Bas-Vernois réunit",
    "soixante équipages de la basse rivière et",
    "leurs familles. Depuis 2030 nous traversons",
    "les blessés la nuit quand le pont est fermé,",
    "et nous tenons un registre de chaque passage.",
  ],
};
const ASKS = {
  en: [
    ["• Each river post should give the crews", "a number to call before a night crossing."],
    ["• The police should tell the guild which", "crossings they watch, so crews are not fined."],
  ],
  fr: [
    ["• Chaque poste fluvial devrait donner aux", "équipages un numéro à appeler la nuit."],
    ["• La police devrait dire à l'amicale quels", "passages elle surveille."],
  ],
};
const HEADING = { en: "What we ask", fr: "Ce que nous demandons" };

async function page(lang: "en" | "fr", leftX: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const p = pdf.addPage([595, 842]);
  // Drawn line by line down the page, as an office suite draws two newspaper columns.
  const lines: { t: string; x: number; y: number; bold?: boolean }[] = LEFT[lang].map((t, i) => ({ t, x: leftX, y: 700 - i * 14.5 }));
  lines.push({ t: HEADING[lang], x: 309, y: 700, bold: true });
  let y = 700 - 14.5 * 2.6;
  for (const item of ASKS[lang]) {
    item.forEach((t, i) => lines.push({ t, x: i === 0 ? 315 : 329, y: y - i * 14.5 }));
    y -= item.length * 14.5 + 7;
  }
  lines.push({ t: "Odile Ferrant-Sauk, Warden", x: 309, y: y - 20 });
  p.drawText("Ferry Crews' Letter, 3 May 2031", { x: 90, y: 740, size: 13, font: bold });
  for (const l of lines.sort((a, b) => b.y - a.y || a.x - b.x)) p.drawText(l.t, { x: l.x, y: l.y, size: 11, font: l.bold ? bold : font });
  return pdf.save();
}

describe("after blind 83: a column of prose wrapped beside a request heading is no table header", () => {
  for (const [lang, leftX] of [["en", 60], ["en", 72], ["fr", 60]] as const) {
    it(`keeps the prose once and the asks apart (${lang}, left column at ${leftX})`, async () => {
      const text = (await extractPdf(await page(lang, leftX))).pages.join("\n");
      expect(text.split(LEFT[lang][0]!).length).toBe(2);
      expect(text.split(LEFT[lang][1]!).length).toBe(2);
      expect(text).not.toContain(`${LEFT[lang][2]}:`);
      expect(text).toContain(ASKS[lang][1]![0]!.slice(2));
    });
  }
});
