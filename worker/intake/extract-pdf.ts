import { getDocumentProxy } from "unpdf";
import { checkPdfBudget } from "./pdf-budget.ts";
import { LIMITS, UnreadableDocument, type ExtractedDocument } from "./unreadable.ts";

/** PDF → text, page by page: lines rebuilt from text positions, a blank line where the vertical gap shows a new paragraph. */

type Item = { str: string; transform: number[]; width: number; hasEOL: boolean };
type Line = { y: number; size: number; text: string; endX: number };

function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let breakNext = false;
  for (const item of items) {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || 10;
    if (!current || breakNext || Math.abs(y - current.y) > size * 0.5) {
      if (item.str.trim() === "" && !current) continue;
      current = { y, size, text: "", endX: x };
      lines.push(current);
    } else if (x - current.endX > size * 0.15 && !current.text.endsWith(" ") && !item.str.startsWith(" ")) {
      current.text += " ";
    }
    current.text += item.str;
    current.endX = x + item.width;
    current.size = Math.max(current.size, size);
    breakNext = item.hasEOL;
  }
  return lines.filter((l) => l.text.trim() !== "");
}

function pageText(lines: Line[]): string {
  let out = "";
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const gap = prev ? prev.y - line.y : 0;
    // Body text runs at about 1.2× its size; more space than ~1.6× is a paragraph (or block) break.
    const newParagraph = prev && (gap > Math.max(prev.size, line.size) * 1.6 || gap < 0);
    out += i === 0 ? "" : newParagraph ? "\n\n" : "\n";
    out += line.text.replace(/\s+/g, " ").trim();
  });
  return out;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  // pdf.js has no budget for decompression or object counts: measure them first (422 past a bound).
  checkPdfBudget(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(bytes.slice(), { useSystemFonts: false, disableFontFace: true, stopAtErrors: false, maxImageSize: 1, verbosity: 0 });
  } catch (err) {
    const name = err instanceof Error ? err.name : "";
    if (name === "PasswordException") throw new UnreadableDocument("encrypted", "err.document.pdfEncrypted");
    throw new UnreadableDocument("damaged", "err.document.pdfDamaged");
  }
  try {
    if (pdf.numPages > LIMITS.maxPages) throw new UnreadableDocument("too-complex", "err.document.pdfTooManyPages", { max: LIMITS.maxPages });
    const pages: string[] = [];
    let total = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      let items: Item[];
      try {
        const page = await pdf.getPage(n);
        items = (await page.getTextContent()).items.flatMap((i) => ("str" in i ? [i as Item] : []));
        page.cleanup();
      } catch {
        throw new UnreadableDocument("damaged", "err.document.pdfPageDamaged", { page: n });
      }
      const text = pageText(toLines(items));
      total += text.length;
      if (total > LIMITS.maxTextChars) throw new UnreadableDocument("too-complex", "err.document.pdfTooMuchText");
      pages.push(text);
    }
    if (total === 0 || pages.every((p) => p.trim() === "")) {
      throw new UnreadableDocument("no-text", "err.document.pdfNoText");
    }
    return { pages, dropped: [] };
  } finally {
    await Promise.resolve(pdf.cleanup?.()).catch(() => undefined);
  }
}
