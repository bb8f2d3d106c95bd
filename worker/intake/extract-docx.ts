import { CONTACT, isQuotation } from "./boxes.ts";
import { isMarkerLine } from "./markers.ts";
import { formTable, otherCells, RECOMMENDATION_COLUMN, TOTAL_ROW } from "./pdf-tables.ts";
import { tongue } from "./tongue.ts";
import { listEntries, readEntry, type ZipEntry } from "./zip.ts";
import { LIMITS, UnreadableDocument, type ExtractedDocument } from "./unreadable.ts";

/** DOCX → text: paragraphs of word/document.xml, Word's automatic list numbers written out, headers and footers set aside. */

const TAG = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+|[A-Za-z][\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|\w+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e] ?? m;
  });
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`${name.replace(":", "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[2] ?? m[3] ?? "") : null;
}

/**
 * `table`: the index of the (outermost) table the paragraph is in, or -1, with its `row` and `cell`
 * in that table (counted from 0; in a nested table, the outer table's); `box`: the text box's index, or -1.
 */
type Paragraph = { text: string; numId: string | null; level: number; table: number; row: number; cell: number; box: number };

/**
 * Round 16: how a text box is placed on the page, as its drawing says (`wp:anchor` / `wp:inline`, or
 * the VML shape of an old file). `width` in EMU (0 when not said); `flow`: nothing beside it — the
 * text runs above and below it ("top and bottom" wrapping) or it sits inline, as a line of the text;
 * `top`: its fixed height on the page (EMU, from the page's or the margin's top), null when it moves
 * with its paragraph.
 */
type BoxShape = { width: number; flow: boolean; top: { from: "page" | "margin"; at: number } | null };

/**
 * Bounds on what numbering.xml can ask for, whatever its values say (Word's own ranges): list levels
 * 0–8, start values 0–32,767, a level text (`%1.%2.`) of at most 255 characters, and a written label
 * of at most 64 characters. Out-of-range values are clamped, not refused: Word shows such files.
 */
export const NUMBERING = { maxLevel: 8, maxStart: 32_767, maxLevelText: 255, maxLabel: 64 } as const;

function clampInt(value: string | null, min: number, max: number, fallback: number): number {
  const n = Number(value ?? fallback);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}

const wordLevel = (value: string | null) => clampInt(value, 0, NUMBERING.maxLevel, 0);

/** Paragraphs of a WordprocessingML part, in order. Text only from w:t (not deleted text, not field codes). */
function paragraphs(xml: string, shapes: BoxShape[] = []): Paragraph[] {
  const out: Paragraph[] = [];
  // The drawing being read (its wrapping, width and height on the page), given to the text box it holds.
  let shape: BoxShape = { width: 0, flow: false, top: null };
  let positionV: "page" | "margin" | null = null;
  let offset = false;
  let current: Paragraph | null = null;
  let inText = false;
  let depth = 0;
  let tables = -1;
  let row = -1;
  let cell = -1;
  // A text box sits inside a paragraph (its anchor): the anchor's text resumes after it. Word
  // writes a text box twice, as a drawing and in mc:Fallback for old readers: the copy is skipped.
  const open: Paragraph[] = [];
  let fallback = 0;
  let boxDepth = 0;
  let boxes = -1;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs = "", selfClose, text] = m;
    if (name === "mc:Fallback" && !selfClose) {
      fallback = Math.max(0, fallback + (close ? -1 : 1));
      continue;
    }
    if (fallback > 0) continue;
    if (text !== undefined) {
      if (inText && current) current.text += decodeEntities(text);
      else if (offset && positionV) {
        const at = Number(text.trim());
        if (Number.isFinite(at)) shape.top = { from: positionV, at };
      }
      continue;
    }
    if (name === "wp:anchor" || name === "wp:inline") {
      if (!close) shape = { width: 0, flow: name === "wp:inline", top: null };
    } else if (name === "wp:positionV") {
      const from = attr(attrs, "relativeFrom");
      positionV = !close && !selfClose && (from === "page" || from === "margin") ? from : null;
    } else if (name === "wp:posOffset") {
      offset = !close && !selfClose;
    } else if (name === "wp:extent" && !close) {
      shape.width = clampInt(attr(attrs, "cx"), 0, 1e9, 0);
    } else if (name === "wp:wrapTopAndBottom" && !close) {
      shape.flow = true;
    } else if (/^wp:wrap(?:Square|Tight|Through|None)$/.test(name ?? "") && !close) {
      shape.flow = false;
    } else if (/^v:(?:shape|rect|roundrect)$/.test(name ?? "") && !close) {
      // An old file's VML box: its width in its style ("width:402pt"), its wrapping in w10:wrap.
      const width = /(?:^|;)\s*width:\s*([\d.]+)pt/.exec(attr(attrs, "style") ?? "");
      shape = { width: width ? Math.round(Number(width[1]) * 12_700) : 0, flow: false, top: null };
    } else if (name === "w10:wrap" && !close) {
      shape.flow = attr(attrs, "type") === "topAndBottom";
    }
    if (name === "w:tbl" && !selfClose) {
      if (!close && depth++ === 0) (tables++, (row = -1), (cell = -1));
      if (close) depth = Math.max(0, depth - 1);
    } else if (name === "w:tr" && !selfClose && !close && depth === 1) {
      row++;
      cell = -1;
    } else if (name === "w:tc" && !selfClose && !close && depth === 1) {
      cell++;
    } else if (name === "w:txbxContent" && !selfClose) {
      if (!close && boxDepth++ === 0) {
        boxes++;
        if (shapes.length < 1_000) shapes[boxes] = { ...shape };
      }
      if (close) boxDepth = Math.max(0, boxDepth - 1);
    } else if (name === "w:p") {
      if (!close) {
        if (current && open.length < 16) open.push(current);
        current = { text: "", numId: null, level: 0, table: depth > 0 ? tables : -1, row: depth > 0 ? row : -1, cell: depth > 0 ? cell : -1, box: boxDepth > 0 ? boxes : -1 };
      }
      if (close || selfClose) {
        if (current) out.push(current);
        current = open.pop() ?? null;
      }
    } else if (name === "w:t") {
      inText = !close && !selfClose;
    } else if (current && !close) {
      if (name === "w:tab") current.text += "\t";
      else if (name === "w:br" || name === "w:cr") current.text += "\n";
      else if (name === "w:numId") current.numId = attr(attrs, "w:val");
      else if (name === "w:ilvl") current.level = wordLevel(attr(attrs, "w:val"));
    }
    if (out.length > 200_000) throw new UnreadableDocument("too-complex", "err.document.tooManyParagraphs");
  }
  return out;
}

type Level = { format: string; text: string; start: number };

/** numId → its levels' number format, label template (`%1.`) and start value. */
function numbering(xml: string | null): Map<string, Level[]> {
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  const abstract = new Map<string, Level[]>();
  for (const a of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const l of a[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2]!;
      const val = (tag: string) => {
        const t = new RegExp(`<w:${tag}\\b([^>]*)/?>`).exec(body);
        return t ? attr(t[1]!, "w:val") : null;
      };
      // A level Word cannot have (ilvl outside 0–8) is ignored rather than stored at that index.
      const ilvl = Number(attr(l[1]!, "w:ilvl") ?? 0);
      if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > NUMBERING.maxLevel) continue;
      const text = decodeEntities((val("lvlText") ?? "%1.").slice(0, NUMBERING.maxLevelText * 8)).slice(0, NUMBERING.maxLevelText);
      levels[ilvl] = { format: val("numFmt") ?? "decimal", text, start: clampInt(val("start"), 0, NUMBERING.maxStart, 1) };
    }
    abstract.set(attr(a[1]!, "w:abstractNumId") ?? "", levels);
  }
  for (const n of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const ref = /<w:abstractNumId\b([^>]*)\/?>/.exec(n[2]!);
    const levels = ref ? abstract.get(attr(ref[1]!, "w:val") ?? "") : undefined;
    if (levels) out.set(attr(n[1]!, "w:numId") ?? "", levels);
  }
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [value, digits] of table) while (n >= value) (out += digits), (n -= value);
  return out;
}

function formatNumber(n: number, format: string): string {
  // Counters stay small (start ≤ 32,767 plus one per paragraph); Roman numerals past 3,999 would be runs of "m".
  if (n < 1 || n > 3999) return String(n);
  if (format === "lowerLetter") return String.fromCharCode(96 + (((n - 1) % 26) + 1));
  if (format === "upperLetter") return String.fromCharCode(64 + (((n - 1) % 26) + 1));
  if (format === "lowerRoman") return roman(n);
  if (format === "upperRoman") return roman(n).toUpperCase();
  return String(n);
}

/** Writes out the labels Word would show ("1.", "(a)", "•"), counting per list and level; one line at a time, as the text is built. */
function* withListLabels(paras: Paragraph[], lists: Map<string, Level[]>): Generator<string> {
  const counters = new Map<string, number[]>();
  for (const p of paras) yield labelled(p);
  function labelled(p: Paragraph): string {
    const levels = p.numId ? lists.get(p.numId) : undefined;
    const level = levels?.[p.level];
    if (!p.numId || !levels || !level) return p.text;
    const count = counters.get(p.numId) ?? [];
    for (let i = 0; i <= p.level; i++) count[i] ??= (levels[i]?.start ?? 1) - 1;
    count[p.level]! += 1;
    count.length = p.level + 1;
    counters.set(p.numId, count);
    // A sub-bullet keeps its own mark ("◦"), so that it stays with its parent item.
    if (level.format === "bullet" || level.format === "none") return `${level.format === "bullet" ? (p.level === 0 ? "•" : "◦") : ""} ${p.text}`.trim();
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => formatNumber(count[Number(d) - 1] ?? 1, levels[Number(d) - 1]?.format ?? "decimal"));
    return `${label.slice(0, NUMBERING.maxLabel)} ${p.text}`;
  }
}

function part(bytes: Uint8Array, entries: ZipEntry[], name: string, limit: number): string | null {
  const entry = entries.find((e) => e.name === name);
  return entry ? new TextDecoder().decode(readEntry(bytes, entry, limit)) : null;
}

/**
 * A letterhead set as a table at the top of the first page (name and logo in one cell, offices and
 * contacts in others): a short table before any paragraph of text outside tables. Its lines are
 * set aside like a header part's.
 */
function letterheadTable(paras: Paragraph[]): number {
  const first = paras.find((p) => p.text.trim() !== "");
  if (!first || first.table < 0) return -1;
  // A statement laid out in a table from the start is not a letterhead: a letterhead is short
  // (under 600 characters) and text follows it outside the table.
  const cells = paras.filter((p) => p.table === first.table);
  const length = cells.reduce((n, p) => n + p.text.length, 0);
  const after = paras.some((p) => p.table < 0 && p.text.trim().length > 0);
  return length <= 600 && after ? first.table : -1;
}

/**
 * Text boxes of a few lines (under 600 characters): a letterhead, a sidebar of offices and
 * contacts, a logo's caption. Set aside like a header part. A longer box holds text of the
 * statement and stays in the flow, after the paragraph it is anchored in.
 * Round 16: so does a short box set in the text's own column — as wide as most of the text, nothing
 * beside it (text above and below, or inline) — that holds a sentence and no contact details: a
 * framed list of requests between two paragraphs is what the statement says, not a sidebar.
 */
function shortBoxes(paras: Paragraph[], shapes: BoxShape[], textWidth: number): Set<number> {
  const length = new Map<number, number>();
  const lines = new Map<number, string[]>();
  for (const p of paras) {
    if (p.box < 0) continue;
    length.set(p.box, (length.get(p.box) ?? 0) + p.text.length);
    const own = lines.get(p.box) ?? [];
    if (own.length < 50) own.push(p.text.replace(/\s+/g, " ").trim());
    lines.set(p.box, own);
  }
  return new Set([...length].filter(([box, n]) => n <= 600 && !inColumn(shapes[box], lines.get(box) ?? [], textWidth)).map(([box]) => box));
}

/** Round 16: a box in the text's column (see `shortBoxes`): part of the text. */
function inColumn(shape: BoxShape | undefined, lines: string[], textWidth: number): boolean {
  if (!shape || !shape.flow || shape.width < textWidth * 0.6) return false;
  if (lines.some((l) => CONTACT.test(l))) return false;
  // Round 68: a quotation in a box is set beside the text, not part of what it says (`isQuotation`).
  if (isQuotation(lines)) return false;
  return lines.some((l) => l.split(" ").length >= 8 && /[.!?:;]["”’»)]?$/.test(l));
}

/** The width of the text's column (EMU), from the document's page size and margins; A4 with 2.4 cm margins when not said. */
function columnWidth(document: string): number {
  const size = [...document.matchAll(/<w:pgSz\b([^>]*)>/g)].at(-1)?.[1];
  const margins = [...document.matchAll(/<w:pgMar\b([^>]*)>/g)].at(-1)?.[1];
  const twips = (attrs: string | undefined, name: string, fallback: number) => clampInt(attrs ? attr(attrs, name) : null, 0, 100_000, fallback);
  const width = twips(size, "w:w", 11_906) - twips(margins, "w:left", 1_361) - twips(margins, "w:right", 1_361);
  return Math.max(1, width) * 635;
}

/**
 * Round 16: a box kept in the text whose drawing sets it at a fixed height on the page (office
 * suites anchor such a frame to the page's first paragraph, wherever it is drawn) is read where
 * the text reaches that height: the paragraphs' heights are estimated from their lengths (about
 * 85 characters a line, 14 pt a line, 8 pt between paragraphs), page after page, from the anchor's page.
 */
function placeBoxes(paras: Paragraph[], shapes: BoxShape[], kept: (box: number) => boolean, document: string): Paragraph[] {
  // (A few: a statement has one or two such frames; a file of thousands is read as written.)
  const placed = [...new Set(paras.filter((p) => p.box >= 0 && kept(p.box) && shapes[p.box]?.top).map((p) => p.box))].slice(0, 8);
  if (placed.length === 0) return paras;
  const margins = [...document.matchAll(/<w:pgMar\b([^>]*)>/g)].at(-1)?.[1];
  const size = [...document.matchAll(/<w:pgSz\b([^>]*)>/g)].at(-1)?.[1];
  const pt = (attrs: string | undefined, name: string, fallback: number) => clampInt(attrs ? attr(attrs, name) : null, 0, 100_000, fallback) / 20;
  const topMargin = pt(margins, "w:top", 1_440);
  const pageHeight = pt(size, "w:h", 16_838) - pt(margins, "w:bottom", 1_440);
  let out = paras;
  for (const box of placed) {
    const own = out.filter((p) => p.box === box);
    const rest = out.filter((p) => p.box !== box);
    const first = out.indexOf(own[0]!);
    // The box's paragraphs are written before their anchor's (they close first): the anchor is the next paragraph outside it.
    const anchor = rest.indexOf(out.slice(first).find((p) => p.box < 0)!);
    if (anchor < 0) continue;
    const top = shapes[box]!.top!;
    const target = (top.from === "page" ? 0 : topMargin) + top.at / 12_700;
    // Estimated heights, from the document's start, to know the anchor's page and where the box falls on it.
    let y = topMargin;
    let page = 0;
    let anchorPage = -1;
    let at = rest.length;
    for (let k = 0; k < rest.length; k++) {
      const p = rest[k]!;
      if (p.box >= 0) continue;
      const height = p.text.trim() === "" ? 14 : Math.ceil(p.text.length / 85) * 14 + 8;
      if (y + height > pageHeight && y > topMargin) (page++, (y = topMargin));
      if (k === anchor) anchorPage = page;
      if (anchorPage >= 0 && (page > anchorPage || y >= target)) {
        at = k;
        break;
      }
      y += height;
    }
    out = [...rest.slice(0, at), ...own, ...rest.slice(at)];
  }
  return out;
}

/**
 * A table of recommendations (a header row with a "Recommendation" column, rows below it): its
 * text, as the statement means it. Each row's recommendation cell becomes an item of a bulleted
 * list, and the other cells of each row ("Topic", "For") follow the list, one paragraph a
 * row, after their column's heading (as `pdf-tables.ts` reads the same table in a PDF). Null when
 * the table is not one.
 */
function recommendationTable(cells: Paragraph[]): string | null {
  const at = (r: number, c: number) => cells.filter((p) => p.row === r && p.cell === c).map((p) => p.text.replace(/\s+/g, " ").trim()).filter(Boolean).join(" ");
  const rows = Math.max(...cells.map((p) => p.row)) + 1;
  const columns = Math.max(...cells.map((p) => p.cell)) + 1;
  if (rows < 2 || columns < 2 || columns > 6) return null;
  const heads = Array.from({ length: columns }, (_, c) => at(0, c));
  const column = heads.findIndex((h) => RECOMMENDATION_COLUMN.test(h));
  if (column < 0) return null;
  const items: string[] = [];
  const others: string[] = [];
  for (let r = 1; r < rows; r++) {
    const recommendation = at(r, column);
    if (!recommendation) continue;
    if (!TOTAL_ROW.test(recommendation)) items.push(`• ${recommendation}`);
    const rest = otherCells(heads, heads.map((_, c) => at(r, c)), column);
    if (rest) others.push(rest);
  }
  if (items.length === 0) return null;
  return [items.join("\n"), ...others].join("\n\n");
}

/**
 * Round 21: a table of the options on the table (a header row whose first cell names them:
 * "Option", "Opción", "Scénario", "Alternative"…; two rows or more below it), each option with
 * what it means and what is known of it. The options are weighed, not asked for (the request
 * follows in prose: "Our preference is option B. We ask…"): each row is written on a line of its
 * own, its cells after their column's heading ("Opción: A. … — Qué supone: …"), as a drawn table
 * without a "Recommendation" column is (`text-tables.ts`). Read cell by cell, the lettered first
 * cells ("A. …", "B. …") made a list and the cell after each was taken as a proposal.
 */
const OPTIONS_COLUMN = /^(?:options?|opci[oó]n(?:es)?|sc[eé]narios?|escenarios?|variantes?|alternatives?|alternativas?)\s*:?$/iu;

function optionsTable(cells: Paragraph[]): string | null {
  const at = (r: number, c: number) => cells.filter((p) => p.row === r && p.cell === c).map((p) => p.text.replace(/\s+/g, " ").trim()).filter(Boolean).join(" ");
  const rows = Math.max(...cells.map((p) => p.row)) + 1;
  const columns = Math.max(...cells.map((p) => p.cell)) + 1;
  if (rows < 3 || rows > 40 || columns < 2 || columns > 6) return null;
  const heads = Array.from({ length: columns }, (_, c) => at(0, c));
  if (!OPTIONS_COLUMN.test(heads[0]!) || heads.some((h) => !h)) return null;
  const lines: string[] = [];
  for (let r = 1; r < rows; r++) {
    const line = otherCells(heads, heads.map((_, c) => at(r, c)), -1);
    if (line) lines.push(line);
  }
  return lines.length ? lines.join("\n") : null;
}

/**
 * Round 18: a statement and its translation side by side, in a table of two columns (three
 * rows or more) whose texts are in two languages: its paragraphs are read column by column, the
 * whole first version and then the whole second, as the reader reads it. Row by row, each
 * paragraph would come between its own translation and the next, and a lead-in would be cut off
 * from the items it announces.
 */
function sideBySide(paras: Paragraph[]): Paragraph[] {
  let out = paras;
  for (const table of new Set(paras.filter((p) => p.table >= 0 && p.box < 0).map((p) => p.table))) {
    const cells = out.filter((p) => p.table === table && p.box < 0);
    if (cells.some((p) => p.cell > 1) || new Set(cells.map((p) => p.row)).size < 3) continue;
    const [a, b] = [0, 1].map((c) => tongue(cells.filter((p) => p.cell === c).map((p) => p.text).join(" ")));
    if (!a || !b || a === b) continue;
    const first = out.indexOf(cells[0]!);
    const rest = out.filter((p) => p.table !== table || p.box >= 0);
    out = [...rest.slice(0, first), ...cells.filter((p) => p.cell === 0), ...cells.filter((p) => p.cell === 1), ...rest.slice(first)];
  }
  return out;
}

/** A DOCX table's rows as a form's (see `formTable`): null unless every row has at most two cells. */
function docxForm(cells: Paragraph[], lines: Map<Paragraph, string>): string | null {
  const rows = Math.max(...cells.map((p) => p.row)) + 1;
  if (rows > 200 || cells.some((p) => p.cell > 1)) return null;
  const at = (r: number, c: number) => cells.filter((p) => p.row === r && p.cell === c).map((p) => (lines.get(p) ?? p.text).replace(/\s+/g, " ").trim()).filter(Boolean);
  return formTable(Array.from({ length: rows }, (_, r) => ({ label: at(r, 0), value: at(r, 1) })));
}

/**
 * Round 66: a sentence cut in two paragraphs (a page break in the source became a paragraph break: "…, and that
 * the inspectors visit each depot before the end of the" ↵ "season, since …") is one paragraph: a body paragraph
 * (no list, table or box) that begins with a small letter and ends the sentence, right after a body paragraph of
 * fifteen words or more that began with a capital and stops on a word or a comma, without a full stop. An unnumbered list's items begin
 * small and follow a lead-in, so the paragraph before must not begin small itself.
 */
function carriesOn(paras: Paragraph[], i: number, text: string, clean: string): boolean {
  const body = (p: Paragraph | undefined) => p !== undefined && p.numId === null && p.table < 0 && p.box < 0;
  const prev = paras[i - 1];
  if (!body(paras[i]) || !body(prev) || prev!.text.includes("\n") || clean.includes("\n")) return false;
  const before = prev!.text.replace(/\s+/g, " ").trim();
  // Of a sentence's length (a title over a by-line in small letters is shorter), the sentence finished after the cut.
  if (before.split(" ").length < 15 || !text.endsWith(before) || !/[.!?;:]["”’»)]?$/u.test(clean.trim())) return false;
  return /^[\p{Lu}"“«¿¡]/u.test(before) && /[\p{Ll},]$/u.test(before) && /^\p{Ll}/u.test(clean) && !isMarkerLine(clean);
}

export function extractDocx(bytes: Uint8Array): ExtractedDocument {
  const entries = listEntries(bytes, LIMITS.maxZipEntries);
  const document = part(bytes, entries, "word/document.xml", LIMITS.maxXmlBytes);
  if (document === null) throw new UnreadableDocument("damaged", "err.document.noMainPart");
  const lists = numbering(part(bytes, entries, "word/numbering.xml", 4 * 1024 * 1024));
  const shapes: BoxShape[] = [];
  const read = paragraphs(document, shapes);
  const letterhead = letterheadTable(read);
  const sideBoxes = shortBoxes(read, shapes, columnWidth(document));
  const paras = sideBySide(placeBoxes(read, shapes, (box) => !sideBoxes.has(box), document));
  const dropped: string[] = [];
  const drop = (line: string) => {
    if (line && !dropped.includes(line)) dropped.push(line);
  };
  // Consecutive list items stay one block; other paragraphs are separated by a blank line. The text
  // limit is checked as the text grows, so labels on many empty paragraphs stop early.
  let text = "";
  let i = -1;
  const tablesRead = new Set<number>();
  const boxLines: string[] = [];
  const formsTried = new Set<number>();
  const forms = new Map<number, Paragraph[]>();
  // Each table's paragraphs (outside its text boxes), gathered once when a table is first met.
  let cellsOf: Map<number, Paragraph[]> | null = null;
  const tableCells = () => {
    if (cellsOf) return cellsOf;
    cellsOf = new Map();
    for (const p of paras) if (p.table >= 0 && p.box < 0) (cellsOf.get(p.table) ?? cellsOf.set(p.table, []).get(p.table)!).push(p);
    return cellsOf;
  };
  // Each paragraph's line with its list label, as the text is built (a form's cells are read with their labels).
  const labelled = new Map<Paragraph, string>();
  for (const line of withListLabels(paras, lists)) {
    i++;
    labelled.set(paras[i]!, line);
    const clean = line.replace(/[ \t]+/g, " ").trim();
    if (!clean) continue;
    if (letterhead >= 0 && paras[i]!.table === letterhead) {
      for (const l of clean.split("\n")) drop(l.trim());
      continue;
    }
    // Round 16: a box's lines are listed after the header and footer parts' (below): a sidebar of
    // member organizations is no letterhead, and the organization is read from the letterhead first.
    if (sideBoxes.has(paras[i]!.box)) {
      if (boxLines.length < 2_000) boxLines.push(...clean.split("\n").map((l) => l.trim()));
      continue;
    }
    const table = paras[i]!.table;
    if (table >= 0 && tablesRead.has(table)) continue;
    if (table >= 0 && paras[i]!.row === 0) {
      const cells = paras.filter((p) => p.table === table && p.box < 0);
      const read = recommendationTable(cells) ?? optionsTable(cells);
      if (read !== null) {
        tablesRead.add(table);
        text += text === "" ? read : `\n\n${read}`;
        continue;
      }
    }
    // A form's rows are written once its last cell is read (with the list labels of its cells).
    if (table >= 0 && !formsTried.has(table)) {
      formsTried.add(table);
      const cells = tableCells().get(table) ?? [];
      if (cells.length <= 2_000 && docxForm(cells, new Map()) !== null) forms.set(table, cells);
    }
    const form = forms.get(table);
    if (form) {
      if (paras[i] === form.at(-1)) {
        const read = docxForm(form, labelled) ?? "";
        tablesRead.add(table);
        text += text === "" ? read : `\n\n${read}`;
        if (text.length > LIMITS.maxTextChars) throw new UnreadableDocument("too-complex", "err.document.tooMuchText");
      }
      continue;
    }
    const listed = paras[i]!.numId !== null && text !== "" && paras[i - 1]?.numId === paras[i]!.numId;
    const carried = text !== "" && carriesOn(paras, i, text, clean);
    text += text === "" ? clean : carried ? ` ${clean}` : listed ? `\n${clean}` : `\n\n${clean}`;
    if (text.length > LIMITS.maxTextChars) throw new UnreadableDocument("too-complex", "err.document.tooMuchText");
  }
  // Headers and footers are not the statement's text: listed as removed. Footnotes and endnotes
  // are what the NGO said in small print: kept apart, to be added at the end of the text.
  const notes: string[] = [];
  let noteChars = 0;
  for (const e of entries.filter((x) => /^word\/(header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(x.name)).slice(0, 14)) {
    const isNote = /^word\/(?:footnotes|endnotes)\.xml$/.test(e.name);
    for (const p of paragraphs(new TextDecoder().decode(readEntry(bytes, e, 1024 * 1024)))) {
      const line = p.text.replace(/\s+/g, " ").trim();
      // A line break within a header's or footer's paragraph starts a line of its own, as on the page
      // (a letterhead cell "Name" ↵ "Street 12, City"), as for a letterhead table in the body.
      if (!isNote) for (const l of p.text.split("\n")) drop(l.replace(/\s+/g, " ").trim());
      else if (line && !notes.includes(line)) {
        noteChars += line.length;
        if (text.length + noteChars > LIMITS.maxTextChars) throw new UnreadableDocument("too-complex", "err.document.tooMuchText");
        notes.push(line);
      }
    }
    if (dropped.length > 2_000) break;
  }
  for (const l of boxLines) drop(l);
  return { pages: [text], dropped, notes };
}
