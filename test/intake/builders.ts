import { Zlib, strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

/** Documents made in the test itself: PDFs with pdf-lib, DOCX as a hand-written ZIP. */

/** Words into lines no wider than `width` points, for laying out a PDF's text in the test. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws `text` wrapped to `width` from `y` down, at `x`; returns the y below its last line. */
export function drawParagraph(page: PDFPage, font: PDFFont, text: string, y: number, size = 11, width = 460, x = 68): number {
  for (const line of wrap(text, font, size, width)) {
    page.drawText(line, { x, y, size, font });
    y -= size * 1.32;
  }
  return y;
}

/** One PDF page per entry; each page repeats `letterhead` at the top and gets a page number at the bottom. */
export async function makePdf(pages: string[][], letterhead: string[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  pages.forEach((paragraphs, n) => {
    const page = doc.addPage([595, 842]);
    let y = 800;
    for (const line of letterhead) {
      page.drawText(line, { x: 50, y, size: 10, font });
      y -= 14;
    }
    y -= 20;
    for (const paragraph of paragraphs) {
      const words = paragraph.split(" ");
      let line = "";
      for (const word of words) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, 11) > 480) {
          page.drawText(line, { x: 50, y, size: 11, font });
          y -= 14;
          line = word;
        } else line = next;
      }
      if (line) page.drawText(line, { x: 50, y, size: 11, font });
      y -= 28;
    }
    page.drawText(`Page ${n + 1} of ${pages.length}`, { x: 270, y: 30, size: 9, font });
  });
  return doc.save();
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Paragraphs; a paragraph given as { list: text } is a Word auto-numbered item ("1.", "2.", …). */
export function makeDocx(paragraphs: (string | { list: string })[], header = ""): Uint8Array {
  const body = paragraphs
    .map((p) =>
      typeof p === "string"
        ? `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`
        : `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${esc(p.list)}</w:t></w:r></w:p>`,
    )
    .join("");
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`),
    "word/numbering.xml": strToU8(
      `<w:numbering ${ns}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ),
    ...(header ? { "word/header1.xml": strToU8(`<w:hdr ${ns}><w:p><w:r><w:t>${esc(header)}</w:t></w:r></w:p></w:hdr>`) } : {}),
  });
}

/** A DOCX whose document.xml inflates to 26 MiB (past the 24 MiB limit) from a few kilobytes. */
export function zipBombDocx(): Uint8Array {
  const huge = new Uint8Array(26 * 1024 * 1024).fill(0x61);
  return zipSync({ "word/document.xml": huge }, { level: 9 });
}

/** A PDF that needs a user password (its /U entry matches no empty password). */
export function encryptedPdf(): Uint8Array {
  const hex = "8f".repeat(32);
  return strToU8(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
      `4 0 obj << /Filter /Standard /V 1 /R 2 /O <${"11".repeat(32)}> /U <${hex}> /P -4 >> endobj`,
      "trailer << /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] /Size 5 >>",
      "%%EOF",
    ].join("\n"),
  );
}

export function multipart(bytes: Uint8Array, filename = "statement.pdf", type = "application/octet-stream", extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append("file", new File([bytes], filename, { type }));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}

/**
 * A one-page PDF written by hand (valid header, objects, xref table, trailer) whose page /Contents
 * are `streams` in that order; a stream given as { flate } is written with /Filter /FlateDecode.
 */
export function pdfWithContents(streams: (Uint8Array | { flate: Uint8Array })[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const put = (part: Uint8Array | string) => {
    const bytes = typeof part === "string" ? strToU8(part) : part;
    parts.push(bytes);
    size += bytes.length;
  };
  const object = (n: number, body: string, data?: Uint8Array, filter = "") => {
    offsets[n] = size;
    if (!data) return put(`${n} 0 obj\n${body}\nendobj\n`);
    put(`${n} 0 obj\n<< ${body}${filter} /Length ${data.length} >>\nstream\n`);
    put(data);
    put("\nendstream\nendobj\n");
  };
  const first = 5;
  const refs = streams.map((_, i) => `${first + i} 0 R`).join(" ");
  put("%PDF-1.7\n");
  object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  object(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [${refs}] >>`);
  object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  streams.forEach((s, i) => (s instanceof Uint8Array ? object(first + i, "", s) : object(first + i, "", s.flate, " /Filter /FlateDecode")));
  const count = first + streams.length;
  const xref = size;
  put(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) put(`${String(offsets[n]).padStart(10, "0")} 00000 n \n`);
  put(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

/** `mib` MiB of zero bytes, zlib-compressed (PDF's FlateDecode) a MiB at a time: about 1 KiB per MiB. */
export function zlibZeros(mib: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const z = new Zlib({ level: 9 }, (data) => chunks.push(data));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mib; i++) z.push(zeros, i === mib - 1);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

/** A page of text as a content stream (Helvetica as /F1, one line per entry). */
export function textContent(lines: string[]): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  return strToU8(`BT /F1 11 Tf 14 TL 50 780 Td ${lines.map((l) => `(${esc(l)}) '`).join(" ")} ET`);
}

/**
 * A DOCX of `items` list paragraphs (list 1 at level `ilvl`, each holding `text`) whose numbering.xml
 * defines list 1's levels as `levels` (raw `<w:lvl>` elements): the hostile numbering files.
 */
export function numberedDocx(levels: string, items: number, ilvl = "0", text = ""): Uint8Array {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const item = `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${text ? `<w:r><w:t>${esc(text)}</w:t></w:r>` : ""}</w:p>`;
  return zipSync(
    {
      "word/document.xml": strToU8(`<w:document ${ns}><w:body>${item.repeat(items)}</w:body></w:document>`),
      "word/numbering.xml": strToU8(`<w:numbering ${ns}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`),
    },
    { level: 9 },
  );
}

/** One `<w:lvl>` element for numberedDocx. */
export const wordLevel = (ilvl: string | number, start: string | number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
