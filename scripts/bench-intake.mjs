// npm run bench:intake [-- --lines 1000,4000,16000,64000]
// Times the PDF reader's layout passes on hostile pages: many lines, each drawn above the last (or
// zig-zagging up and down the page), the shape that makes a search of the lines before each upward
// jump grow with the square of a page's lines. Prints figures; asserts nothing (docs/performance.md).
import { PDFDocument, StandardFonts } from "pdf-lib";
import { extractPdf, insetBoxes } from "../worker/intake/extract-pdf.ts";
import { option } from "./bench-kit.mjs";

const SIZES = option("lines", "1000,4000,16000,64000").split(",").map(Number);
const line = (y, text) => ({ y, size: 10, text, x: 72, endX: 500, font: "body", column: false });
const shapes = {
  rising: (n) => Array.from({ length: n }, (_, i) => line(i * 11, `line ${i}`)),
  "zig-zag": (n) => Array.from({ length: n }, (_, i) => line(i % 2 ? 700 : 100, `line ${i}`)),
  // Falling all the way, then rising: every search runs over the whole page before it.
  "fall then rise": (n) => Array.from({ length: n }, (_, i) => line(i < n / 2 ? (n - i) * 11 : (i - n / 2) * 11 + 5, `line ${i}`)),
};

console.log("insetBoxes on one page (lines already built), ms:");
for (const n of SIZES) {
  const row = [];
  for (const [name, make] of Object.entries(shapes)) {
    const lines = make(n);
    const t = performance.now();
    insetBoxes(lines);
    row.push(`${name} ${(performance.now() - t).toFixed(1)}`);
  }
  console.log(`  ${String(n).padStart(6)} lines: ${row.join(", ")}`);
}

console.log("extractPdf on a one-page PDF whose lines each rise above the last (1 pt type on a 14,400 pt page), ms:");
for (const n of SIZES.filter((s) => s <= 12_000).concat(SIZES.some((s) => s > 12_000) ? [12_000] : [])) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 14_400]);
  for (let i = 0; i < n; i++) page.drawText(`w${i % 10}`, { x: 68 + (i % 7), y: 5 + i * 1.1, size: 1, font });
  const bytes = await pdf.save();
  const t = performance.now();
  let outcome;
  try {
    const doc = await extractPdf(bytes);
    outcome = `${doc.pages[0].length} characters read`;
  } catch (err) {
    outcome = `refused (${err?.reason ?? err?.message})`;
  }
  console.log(`  ${String(n).padStart(6)} lines, ${(bytes.length / 1024).toFixed(0)} KiB: ${(performance.now() - t).toFixed(0)} ms, ${outcome}`);
}
