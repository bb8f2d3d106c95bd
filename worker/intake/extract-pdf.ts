import { getDocumentProxy } from "unpdf";
import { checkPdfBudget } from "./pdf-budget.ts";
import { LIMITS, UnreadableDocument, type ExtractedDocument } from "./unreadable.ts";

/** PDF → text, page by page: lines rebuilt from text positions, a blank line where the vertical gap shows a new paragraph. */

type Item = { str: string; transform: number[]; width: number; hasEOL: boolean };
type Line = { y: number; size: number; text: string; endX: number };

/** Lines from text items, fed one at a time (so a page's items need not all be held at once). */
function lineBuilder() {
  const lines: Line[] = [];
  let current: Line | null = null;
  let breakNext = false;
  return {
    add(item: Item): void {
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      const size = Math.hypot(c, d) || 10;
      if (!current || breakNext || Math.abs(y - current.y) > size * 0.5) {
        if (item.str.trim() === "" && !current) return;
        current = { y, size, text: "", endX: x };
        lines.push(current);
      } else if (x - current.endX > size * 0.15 && !current.text.endsWith(" ") && !item.str.startsWith(" ")) {
        current.text += " ";
      }
      current.text += item.str;
      current.endX = x + item.width;
      current.size = Math.max(current.size, size);
      breakNext = item.hasEOL;
    },
    lines: (): Line[] => lines.filter((l) => l.text.trim() !== ""),
  };
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
    // Read while pdf.js produces the text (it waits when we do) and stop as soon as the document
    // certainly has too much: a small content stream can yield millions of items. Characters other
    // than whitespace all survive into the page text, so past maxTextChars of them the check below
    // would refuse the document anyway; whitespace is capped far above any statement.
    let solid = 0;
    let raw = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const builder = lineBuilder();
      let tooMuch = false;
      try {
        const page = await pdf.getPage(n);
        const reader = page.streamTextContent().getReader();
        try {
          read: for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            for (const i of value.items) {
              if (!("str" in i)) continue;
              const item = i as Item;
              solid += item.str.replace(/\s+/g, "").length;
              raw += item.str.length;
              if (solid > LIMITS.maxTextChars || raw > LIMITS.maxTextChars * 10) {
                tooMuch = true;
                break read;
              }
              builder.add(item);
            }
          }
        } finally {
          // Drained, not cancelled: pdf.js keeps enqueueing after a cancel and rejects ("Unable to
          // enqueue") where nobody can catch it. The rest of the page is read and dropped, which
          // the pre-scan's decoded-size bound (pdf-budget.ts) keeps within reach.
          if (tooMuch) {
            for (;;) {
              const next = await reader.read().catch(() => ({ done: true as const }));
              if (next.done) break;
            }
          }
        }
        page.cleanup();
      } catch {
        throw new UnreadableDocument("damaged", "err.document.pdfPageDamaged", { page: n });
      }
      if (tooMuch) throw new UnreadableDocument("too-complex", "err.document.pdfTooMuchText");
      const text = pageText(builder.lines());
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
