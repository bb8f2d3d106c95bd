import { getDocumentProxy } from "unpdf";
import { CONTACT, isQuotation } from "./boxes.ts";
import { joinLines } from "./clean.ts";
import { isMarkerLine } from "./markers.ts";
import { isOrgName } from "./people.ts";
import { checkPdfBudget } from "./pdf-budget.ts";
import { formTable, rewriteTables, tagTables } from "./pdf-tables.ts";
import { tongue } from "./tongue.ts";
import { LIMITS, UnreadableDocument, type ExtractedDocument } from "./unreadable.ts";

/** PDF → text, page by page: lines rebuilt from text positions, a blank line where the vertical gap shows a new paragraph. */

type Item = { str: string; transform: number[]; width: number; hasEOL: boolean; fontName?: string };
/**
 * `x`: where the line starts; `col`/`left`/`right`: the newspaper column it belongs to (0 = left) and
 * that column's edges, when the page sets its body text in columns (`readColumns`); `jump`: the
 * first line of a column after the first, read right after the bottom of the previous one; `opens`:
 * the first line of a cell of a statement and its translation side by side (round 18).
 */
type Line = { y: number; size: number; text: string; x: number; endX: number; font: string; column: boolean; col?: number; left?: number; right?: number; jump?: boolean; opens?: boolean; bridged?: boolean; table?: number; cell?: number; cuts?: { at: number; x: number }[]; hang?: number };


/** Past this horizontal gap (in font sizes; a word space is about 0.25) an item on the same baseline starts a new column: a letterhead's offices side by side, a footer's "address | phone | web". */
const COLUMN_GAP = 1.5;

/** Lines from text items, fed one at a time (so a page's items need not all be held at once). */
function lineBuilder() {
  const lines: Line[] = [];
  // The footnote reference marks met in the text ("1", "2", "*"), to know the notes below by.
  const marks: string[] = [];
  let current: Line | null = null;
  let breakNext = false;
  return {
    marks,
    add(item: Item): void {
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      const size = Math.hypot(c, d) || 10;
      // A space item stretching across a table's empty cell would glue its neighbours together.
      if (item.str.trim() === "") {
        if (current && Math.abs(y - current.y) <= size * 0.5 && !current.text.endsWith(" ")) current.text += " ";
        breakNext = item.hasEOL;
        return;
      }
      // A footnote reference: a number or mark in small type raised above the line it follows.
      if (current && /^[\d*†‡]{1,3}$/.test(item.str.trim()) && size < current.size * 0.75 && y > current.y + 0.1 * current.size && y < current.y + current.size) {
        if (marks.length < 200) marks.push(item.str.trim());
        breakNext = item.hasEOL;
        return;
      }
      // On the same baseline only: the first line of a table's next cell, up and to the right of the
      // last line of the cell before, is a line of its own, not a column of that line.
      const column = current !== null && current.text.trim() !== "" && x - current.endX > size * COLUMN_GAP && Math.abs(y - current.y) <= size * 0.5;
      if (!current || breakNext || column || Math.abs(y - current.y) > size * 0.5) {
        current = { y, size, text: "", x, endX: x, font: item.fontName ?? "", column };
        lines.push(current);
      } else {
        if (x - current.endX > size * 0.15 && !current.text.endsWith(" ") && !item.str.startsWith(" ")) current.text += " ";
        // Where an item starts after more than a word space: a table's next cell, closer than a
        // column gap, can be cut off there again (pdf-tables.ts). A few per line are enough.
        if (x - current.endX > size * 0.5 && (current.cuts ??= []).length < 16) current.cuts.push({ at: current.text.length, x });
        // Round 65: where the words start after a bullet or a number drawn apart from them (`hangingStart`).
        if (current.hang === undefined && x - current.endX > size * 0.1 && LIST_MARK.test(current.text.trim())) current.hang = x;
      }
      // Round 43: a list item's font is its words', not its bullet's (a symbol font): else a wrapped item's next line,
      // in the body's font, reads as a paragraph under a heading.
      if (current.text.trim() === "" || /^[•▪◦●○■□‣⁃\uE000-\uF8FF]$/u.test(current.text.trim())) current.font = item.fontName ?? current.font;
      current.text += item.str;
      current.endX = x + item.width;
      current.size = Math.max(current.size, size);
      breakNext = item.hasEOL;
    },
    lines: (): Line[] => lines.filter((l) => l.text.trim() !== ""),
  };
}

/**
 * A justified line ended by a manual line break (a signature block: "Name↵Role↵Organization"), or
 * one with few long words, is stretched across the page, its words far apart: taken for columns,
 * it is put back together. Columns are a letterhead's or a footer's, in small type ("Islamabad: |
 * Lahore:"): they stay apart.
 */
function unspread(lines: Line[], body: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && lines[j]!.column) j++;
    const row = lines.slice(i, j);
    // Not the cells of a table of recommendations (pdf-tables.ts), read apart.
    // Round 65: on one baseline (a column's line read after another's last line, `readColumns`, is no part of its row).
    if (row.length > 1 && row.every((l) => l.size >= body * 0.85 && l.table === undefined && Math.abs(l.y - row[0]!.y) <= row[0]!.size * 0.5) && new Set(row.map((l) => l.col)).size === 1) {
      out.push({ ...row[0]!, text: row.map((l) => l.text.trim()).join(" "), endX: row.at(-1)!.endX });
    } else out.push(...row);
    i = j;
  }
  return out;
}

/** A bullet or a list number before an item's words, set apart from them (a hanging indent). */
const LIST_MARK = /^(?:[•▪◦●○■□‣⁃·*\-–—\uE000-\uF8FF]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)])$/u;

/** Where a line's words start: past its bullet or number when these hang left of the item's wrapped lines. */
function hangingStart(l: Line): number {
  return l.hang !== undefined && l.hang - l.x < l.size * 3 ? l.hang : l.x;
}

/**
 * Body text set in newspaper columns: most body lines of a part of the page start at two (or
 * three) x positions with a gutter between, the lines on each side of similar width and most of
 * them filling their column. The page is then read column by column — what comes above the
 * columns (a full-width title), the left column top to bottom, the next, then what comes below —
 * whatever order the PDF draws them in (some producers draw both columns row by row). A table in
 * body type, a signature block beside another, centred lines, indented list items are not columns.
 */
export function readColumns(lines: Line[], body: number): Line[] {
  // Round 65: a list item set with a hanging indent starts its words, after the bullet or number, where its wrapped
  // lines start: its column is the one its words start in (a column of bullets beside a column of prose).
  // When the bullet and the words come as one piece of text ("1. The police …"), a start of a column a little right of the
  // line's is where its words start.
  let at = (l: Line) => hangingStart(l);
  const isBody = (l: Line) => Math.abs(l.size - body) <= 1 && l.text.trim().length >= 3;
  const bodyLines = lines.filter(isBody);
  if (bodyLines.length < 8) return lines;
  const left = Math.min(...bodyLines.map((l) => l.x));
  const right = Math.max(...bodyLines.map((l) => l.endX));
  const width = right - left;
  // Column starts: x positions (within 3 pt) where at least four body lines begin, in the middle part of the page.
  // (A window over the sorted x positions: linear, whatever the number of lines.)
  const starts: number[] = [];
  const xs = bodyLines.map(at).sort((a, b) => a - b);
  let lo = 0;
  let hi = 0;
  for (const x of xs) {
    while (xs[lo]! < x - 3) lo++;
    while (hi < xs.length && xs[hi]! <= x + 3) hi++;
    if (x < left + width * 0.2 || x > left + width * 0.8) continue;
    // Indented list items and their wrapped lines start a little right of their column's start.
    if (starts.some((s) => x - s < width * 0.2)) continue;
    if (hi - lo >= 4) starts.push(xs[lo]!);
  }
  if (starts.length === 0 || starts.length > 3) return lines;
  const hanging = at;
  at = (l: Line) => {
    const x = hanging(l);
    if (x !== l.x || !LIST_MARK.test(l.text.trim().split(/\s/)[0] ?? "")) return x;
    return starts.find((s) => s > l.x + l.size * 0.3 && s - l.x < l.size * 3) ?? x;
  };
  const edges = [left, ...starts];
  // Round 65: a line starting in a gutter, right of where the column before it ends ("Je vous remercie" a little left
  // of a column of indented items), is the next column's, not full-width text.
  const ends = starts.map((s) => Math.max(-Infinity, ...bodyLines.filter((l) => l.endX < s - body * 0.5).map((l) => l.endX)));
  const pos = (l: Line) => {
    const x = at(l);
    const k = starts.findIndex((s, n) => x < s - body && x > ends[n]! + body * 0.5 && (n === 0 || x > starts[n - 1]! + body));
    return k >= 0 ? starts[k]! : x;
  };
  const colOf = (l: Line) => edges.filter((e) => pos(l) >= e - body).length - 1;
  const crosses = (l: Line) => starts.some((s) => pos(l) < s - body && l.endX > s + body * 0.5);
  // The columns' vertical extent: from the highest to the lowest line starting at a column start.
  const starting = bodyLines.filter((l) => starts.some((s) => Math.abs(at(l) - s) <= 3));
  const top = Math.max(...starting.map((l) => l.y)) + body * 0.5;
  // The region ends at the first body line below its top that spans a gutter (full-width text again).
  const spanning = bodyLines.filter((l) => l.y < top && crosses(l)).map((l) => l.y);
  const bottomOfStarts = Math.min(...starting.map((l) => l.y));
  const below = spanning.filter((y) => y < bottomOfStarts);
  const floor = below.length ? Math.max(...below) + body * 0.5 : -Infinity;
  const inside0 = lines.filter((l) => l.y < top && l.y > floor && l.size >= body * 0.85 && !crosses(l));
  // Round 33: below the bottom of the columns after the first, a line far below its own column's
  // last line (a heading under a table of two cells side by side, the shorter cell on its left) is
  // what follows the columns, not their end: farther than half again the widest gap between two
  // lines of a column higher up, and than two and a half lines.
  const gapsAbove = (ls: Line[]) => ls.slice(1).map((l, i) => ls[i]!.y - l.y);
  const byCol = edges.map((_, k) => inside0.filter((l) => colOf(l) === k).sort((a, b) => b.y - a.y));
  const widest = Math.max(0, ...byCol.flatMap((c) => gapsAbove(c.filter((l) => l.y >= bottomOfStarts - body * 0.5))));
  let cut = -Infinity;
  for (const c of byCol) {
    c.forEach((l, i) => {
      if (i > 0 && l.y < bottomOfStarts - body * 0.5 && c[i - 1]!.y - l.y > Math.max(2.5 * body, widest * 1.5)) cut = Math.max(cut, l.y + body * 0.5);
    });
  }
  const region = inside0.filter((l) => l.y > cut);
  const inRegion = region.filter(isBody);
  // Every column holds at least four body lines, of similar widths, most of them filling the column.
  const cols = edges.map((_, k) => inRegion.filter((l) => colOf(l) === k));
  if (cols.some((c) => c.length < 4)) return lines;
  if (spanning.filter((y) => y >= bottomOfStarts).length > inRegion.length * 0.1) return lines;
  const rights = cols.map((c) => Math.max(...c.map((l) => l.endX)));
  const lefts = cols.map((c) => Math.min(...c.map(at)));
  const widths = cols.map((_, k) => rights[k]! - lefts[k]!);
  if (Math.max(...widths) > Math.min(...widths) * 1.6) return lines;
  // Round 33: a paragraph's last line, ending a sentence under a line that filled the column, is
  // not counted (a cell of short paragraphs of two lines each is half such lines).
  const fills = (l: Line, k: number) => l.endX - lefts[k]! >= widths[k]! * 0.7;
  const counted = cols.map((c, k) => {
    const sorted = [...c].sort((a, b) => b.y - a.y);
    return sorted.filter((l, i) => !(i > 0 && fills(sorted[i - 1]!, k) && !fills(l, k) && /[.!?]["”’»)]?$/.test(l.text.trim())));
  });
  if (counted.some((c, k) => c.filter((l) => fills(l, k)).length < c.length * 0.5)) return lines;
  // Round 18: two columns in two languages are a statement and its translation side by side
  // (a table whose cells may have almost no padding): read column by column, each version whole.
  const languages = cols.length === 2 ? cols.map((c) => tongue(c.map((l) => l.text).join(" "))) : [];
  const translated = languages.length === 2 && languages[0] !== null && languages[1] !== null && languages[0] !== languages[1];
  // The gutters are empty: each column ends before the next begins.
  if (rights.slice(0, -1).some((r, k) => r > starts[k]! - (translated ? 0 : body * 0.3))) return lines;
  // A table's cells begin side by side, row after row; newspaper columns' paragraphs do not.
  const paragraphStarts = (c: Line[]) => {
    const sorted = [...c].sort((a, b) => b.y - a.y);
    const gaps = sorted.slice(1).map((l, i) => sorted[i]!.y - l.y).sort((a, b) => a - b);
    const usual = gaps[Math.floor(gaps.length / 2)] ?? body;
    return sorted.filter((l, i) => i > 0 && sorted[i - 1]!.y - l.y > usual * 1.4).map((l) => l.y);
  };
  const leftStarts = new Set(paragraphStarts(cols[0]!).map((y) => Math.round(y)));
  const level = (y: number) => [-1, 0, 1].some((d) => leftStarts.has(Math.round(y) + d));
  for (const c of translated ? [] : cols.slice(1)) {
    const own = paragraphStarts(c);
    if (own.length >= 2 && own.every(level)) return lines;
  }
  // Round 33: or, row after row, a cell's first line opens a paragraph level with one in the next
  // column (the line above it, in both columns, ended a sentence or stopped short of the column's
  // edge): three rows or more, every opener of the column with fewer of them level with one beside.
  const openers = (c: Line[], k: number) => {
    const sorted = [...c].sort((a, b) => b.y - a.y);
    return sorted.filter((l, i) => i === 0 || !fills(sorted[i - 1]!, k) || /[.!?:;]["”’»)]?$/.test(sorted[i - 1]!.text.trim())).map((l) => Math.round(l.y));
  };
  const leftOpen = openers(cols[0]!, 0);
  for (const [k, c] of (translated ? [] : cols.slice(1)).entries()) {
    const own = openers(c, k + 1);
    const [few, many] = own.length <= leftOpen.length ? [own, new Set(leftOpen)] : [leftOpen, new Set(own)];
    if (few.length >= 3 && few.every((y) => [-1, 0, 1].some((d) => many.has(y + d)))) return lines;
  }
  // Side by side, a cell is a paragraph. A row starts where, in either column, a line follows a gap
  // or a line that ended a sentence short of its column's edge (a paragraph's last); there, in both
  // columns, a line after one that ended a sentence or stopped short opens a paragraph (the cell
  // beside may have ended with a full line, or the other cell of the row before ran longer).
  const ended = (l: Line) => /[.!?:;]["”’»)]?$/.test(l.text.trim());
  const short = (l: Line, k: number) => l.endX - lefts[k]! < widths[k]! * 0.85;
  const rowTops = new Set<number>();
  if (translated) {
    cols.forEach((c, k) => {
      const sorted = [...c].sort((a, b) => b.y - a.y);
      sorted.forEach((l, n) => n > 0 && ended(sorted[n - 1]!) && short(sorted[n - 1]!, k) && rowTops.add(Math.round(l.y)));
      for (const y of paragraphStarts(c)) rowTops.add(Math.round(y));
    });
  }
  const opens = (l: Line, above: Line | undefined, k: number) =>
    translated && above !== undefined && (ended(above) || short(above, k)) && [-1, 0, 1].some((d) => rowTops.has(Math.round(l.y) + d));
  // Round 30: a paragraph in small type inside a column (a note under a leaflet's opening lines),
  // with the column's own lines above and below it, is read in its place, not after the columns.
  const inside = lines.filter((l) => {
    if (l.size >= body * 0.85 || l.y >= top || l.y <= floor || crosses(l) || region.includes(l)) return false;
    const k = colOf(l);
    const own = cols[k]!;
    return at(l) >= lefts[k]! - 1 && l.endX <= rights[k]! + body * 0.5 && own.some((o) => o.y > l.y) && own.some((o) => o.y < l.y);
  });
  region.push(...inside);
  const member = new Set(region);
  const before = lines.filter((l) => l.y >= top && !member.has(l));
  const after = lines.filter((l) => l.y < top && !member.has(l));
  const read: Line[] = [];
  edges.forEach((_, k) => {
    const column = region
      .filter((l) => colOf(l) === k)
      .map((l, i) => ({ l, i }))
      .sort((a, b) => b.l.y - a.l.y || a.i - b.i)
      .map(({ l }, n, all) => ({ ...l, col: k, left: lefts[k]!, right: rights[k]!, jump: false, ...(translated ? { column: false, opens: opens(l, all[n - 1]?.l, k) } : {}) }));
    if (k > 0 && column.length) column[0]!.jump = true;
    read.push(...column);
  });
  return [...before, ...read, ...after];
}

/**
 * Round 16: a form laid out as a table (`formTable`, pdf-tables.ts): a short label at the text's
 * left edge and, on the same baseline past a column gap, what was filled in, row after row (three
 * rows or more, each label's first line level with its value's). Read row by row as "Label: value"
 * (a value's wrapped lines joined, its paragraphs and list items kept), where the table was: read
 * as drawn or as newspaper columns, all the labels came before all the values.
 */
export function readForm(lines: Line[], body: number): Line[] {
  // A label and its value on one baseline: the builder starts a line for the value (a column).
  const pairs: { label: Line; value: Line }[] = [];
  lines.forEach((l, k) => {
    const before = lines[k - 1];
    if (l.column && before && Math.abs(before.y - l.y) <= l.size * 0.5 && Math.abs(before.size - l.size) <= 0.5 && Math.abs(l.size - body) <= 1.5) pairs.push({ label: before, value: l });
    // Round 33: or a value drawn after its label's wrapped lines, the label filling its cell up to
    // the value (closer than a column gap): the label is a few lines back, on the value's baseline.
    else if (Math.abs(l.size - body) <= 1.5) {
      let at = k - 1;
      while (at >= Math.max(0, k - 6) && Math.abs(lines[at]!.y - l.y) > l.size * 0.5) at--;
      const label = at >= Math.max(0, k - 6) ? lines[at] : undefined;
      const between = lines.slice(at + 1, k);
      if (label && label !== before && Math.abs(label.size - l.size) <= 0.5 && label.endX <= l.x + 0.5 && l.x - label.x > l.size * 6 && between.every((o) => o.y < label.y && o.endX <= l.x + 0.5)) pairs.push({ label, value: l });
    }
  });
  // (A form has a few dozen rows at most; a page of thousands of cells is read as drawn.)
  if (pairs.length < 3 || pairs.length > 300) return lines;
  // The commonest label and value positions.
  const mode = (xs: number[]) => xs.map((x) => [x, xs.filter((y) => Math.abs(y - x) <= 2).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const x0 = mode(pairs.map((p) => p.label.x));
  const x1 = mode(pairs.map((p) => p.value.x));
  const rows = pairs.filter((p) => Math.abs(p.label.x - x0) <= 2 && Math.abs(p.value.x - x1) <= 2).sort((a, b) => b.label.y - a.label.y);
  if (rows.length < 3 || x1 - x0 < body * 6) return lines;
  const size = rows[0]!.label.size;
  // Round 33: a label that fills its cell may end right at the value column (a cell with no padding).
  const inLabel = (l: Line) => l.x >= x0 - 2 && l.endX <= x1;
  const inValue = (l: Line) => Math.abs(l.x - x1) <= 2 || (l.x > x1 && l.x - x1 <= size * 3);
  // Rows in a run: between two rows' tops, only the two columns' lines; the last row goes on while
  // its cells' lines follow each other closely.
  const taken = new Set<Line>();
  const cells: { label: Line[]; value: Line[] }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const top = rows[r]!.label.y + size * 0.5;
    const next = rows[r + 1]?.label.y;
    const band = lines.filter((l) => l.y <= top && (next === undefined || l.y > next + size * 0.5) && !taken.has(l));
    const label: Line[] = [];
    const value: Line[] = [];
    let lastY = rows[r]!.label.y;
    for (const l of [...band].sort((a, b) => b.y - a.y)) {
      if (next === undefined && lastY - l.y > size * 2.5) break;
      if (inLabel(l) && (label.length === 0 || label.at(-1)!.y - l.y <= size * 1.6)) label.push(l);
      else if (inValue(l)) value.push(l);
      else if (next === undefined) break;
      else return lines;
      lastY = l.y;
    }
    for (const l of [...label, ...value]) taken.add(l);
    cells.push({ label, value });
  }
  // A cell's paragraphs: a wider gap than its lines' usual one, or a list item's label.
  const pitch = Math.min(size * 1.6, ...cells.flatMap((c) => c.value.slice(1).map((l, k) => c.value[k]!.y - l.y)).filter((g) => g > size * 0.8));
  const paragraphsOf = (ls: Line[]): string[] => {
    const out: string[] = [];
    ls.forEach((l, k) => {
      const text = l.text.replace(/\s+/g, " ").trim();
      const starts = k === 0 || ls[k - 1]!.y - l.y > pitch * 1.3 || isMarkerLine(text);
      if (starts) out.push(text);
      else out[out.length - 1] = joinLines(out.at(-1)!, text);
    });
    return out;
  };
  const table = cells.map((c) => ({ label: c.label.length ? [c.label.map((l) => l.text.trim()).join(" ").replace(/\s+/g, " ")] : [], value: paragraphsOf(c.value) }));
  const read = formTable(table, true) ?? answered(table);
  if (read === null) return lines;
  const right = Math.max(...[...taken].map((l) => l.endX));
  let y = rows[0]!.label.y;
  const made: Line[] = [];
  read.split("\n\n").forEach((block, b) => {
    block.split("\n").forEach((text, k) => {
      if (b > 0 || k > 0) y -= k === 0 ? size * 3 : size * 1.2;
      made.push({ ...rows[0]!.label, y, text, x: x0, endX: Math.min(right, x0 + text.length * size * 0.5), column: false, cuts: undefined });
    });
  });
  const at = lines.findIndex((l) => taken.has(l));
  const rest = lines.filter((l) => !taken.has(l));
  return [...rest.slice(0, at), ...made, ...rest.slice(at)];
}

/**
 * Round 33: a questionnaire laid out as a table, each question in the left cell and the answer
 * beside it, row after row (three questions or more, at least half the labels ending with a
 * question mark, one answer of ten words or more): read row by row, the question as a paragraph
 * and the answer's paragraphs after it, as the DOCX reader reads the same table. Where the form
 * reader declines it (its labels are sentences), the answer's first line would otherwise be glued to
 * its question, and a question that wraps part an answer from its row.
 */
function answered(rows: { label: string[]; value: string[] }[]): string | null {
  const labelled = rows.filter((r) => r.label.length > 0);
  const asks = labelled.filter((r) => /\?["”’»)]?$/.test(r.label.join(" ").trim()));
  if (asks.length < 3 || asks.length < labelled.length * 0.5) return null;
  if (!rows.some((r) => r.value.join(" ").split(" ").length >= 10)) return null;
  return rows.flatMap((r) => [...r.label, ...r.value]).join("\n\n");
}

/**
 * The size most of the document's characters are set in. Round 30: unless that type seldom runs
 * across the text (two thirds of its characters or more in lines narrower than 60% of the widest
 * line: the cells of a table in small type, a letterhead, a footer) while a larger size, with at
 * least half as many characters, mostly does and is set both above and below it on one page: on a
 * one-page statement, a two-column table in small type between its paragraphs can hold more
 * characters than the paragraphs themselves.
 */
function bodySize(pages: Line[][]): number {
  const chars = new Map<number, { n: number; wide: number }>();
  const widest = Math.max(0, ...pages.flatMap((lines) => lines.map((l) => l.endX - l.x)));
  for (const lines of pages) {
    for (const l of lines) {
      const at = chars.get(Math.round(l.size)) ?? { n: 0, wide: 0 };
      at.n += l.text.length;
      if (l.endX - l.x >= widest * 0.6) at.wide += l.text.length;
      chars.set(Math.round(l.size), at);
    }
  }
  const sizes = [...chars].sort((a, b) => b[1].n - a[1].n);
  const [top, most] = sizes[0] ?? [0, { n: 0, wide: 0 }];
  if (most.wide >= most.n / 3) return top;
  // Some line of the small type lies between two of the larger size.
  const around = (size: number) =>
    pages.some((lines) => {
      const theirs = lines.filter((l) => Math.round(l.size) === size).map((l) => l.y);
      if (theirs.length < 2) return false;
      const high = Math.max(...theirs);
      const low = Math.min(...theirs);
      return lines.some((l) => Math.round(l.size) === top && l.y < high && l.y > low);
    });
  const text = sizes.find(([size, at]) => size > top && at.n >= most.n * 0.5 && at.wide >= at.n * 0.5 && around(size));
  return text?.[0] ?? top;
}

/**
 * Small type in a page's margins, above the first or below the last full line of body text: a
 * letterhead's offices and contacts, a running header, footnotes, a footer, a page number. They
 * are not the statement: set aside (and listed in `removed`), so that nothing of them lands in a
 * paragraph or a proposal, whether or not they repeat on other pages.
 */
function splitMargins(pages: Line[][], body: number, marks: string[][] = []): { kept: Line[][]; margins: string[]; notes: string[] } {
  const right = Math.max(0, ...pages.map((lines) => Math.max(0, ...lines.map((l) => l.endX))));
  const margins: string[] = [];
  const notes: string[] = [];
  const wideOf = (lines: Line[]) => {
    const inBody = lines.filter((l) => Math.abs(l.size - body) <= 1);
    // Full lines reach the right edge and run across most of the text's width: a right-aligned
    // date or a short centred line in body type is not one.
    const reach = inBody.filter((l) => l.endX >= (l.right ?? right) - 4 * l.size);
    const left = Math.min(...reach.map((l) => l.x));
    // A centred line (a letterhead's name in body type, set wide) is not one either: a full line
    // starts at the text's left edge or, centred, would leave the same room on both sides.
    // Round 16: also a wide one, indented on both sides by about the same (a letterhead's name in capitals set nearly across the page).
    const centred = (l: Line) => {
      const before = l.x - (l.left ?? left);
      const after = (l.right ?? right) - l.endX;
      return Math.abs(before - after) < (before > 3 * l.size ? 2 * l.size : 0.25 * l.size) && before > l.size;
    };
    return { inBody, wide: reach.filter((l) => l.endX - l.x >= ((l.right ?? right) - (l.left ?? left)) * 0.5 && !centred(l)) };
  };
  const perPage = pages.map(wideOf);
  // The document's full lines: where the text's edges are on a page with too few of its own (a last page of list items).
  const allWide = perPage.flatMap((p) => p.wide);
  const kept = pages.map((lines, n) => {
    const { inBody, wide } = perPage[n]!;
    // A last page of a few short lines ("Thank you.", a signature) has no full line: its body lines mark the body.
    const full = wide.length ? wide : inBody;
    // Round 53: a page of small type only (a list of co-signers) has no body line to measure its margins
    // from: only a running header or footer known by its own signs is set aside there.
    if (full.length === 0) return dropEdges(lines, [...pageEdges(lines, body, n), ...footRow(lines, body)], margins, right);
    const top = Math.max(...full.map((l) => l.y));
    const bottom = lowestText(lines, Math.min(...full.map((l) => l.y)), body, marks[n] ?? []);
    // (A table of recommendations set in small type is the statement's, not a margin: pdf-tables.ts.)
    const small = (l: Line) => l.size < body * 0.85 && (l.y > top || l.y < bottom) && l.table === undefined;
    // A letterhead's name in large type above its small-type offices and contacts goes with them:
    // the lines from the top of the page down to the last small line of a block with contact details.
    const above = lines.filter((l) => l.y > top);
    let last = -1;
    above.forEach((l, k) => {
      if (small(l) && above.slice(0, k + 1).every((x) => small(x) || (x.text.length <= 80 && !/[.!?]$/.test(x.text.trim())))) last = k;
    });
    // Round 16: or whose small type gives the acronym of the name above it ("ABCD · Association
    // civile", an address after the acronym): the name and its tagline are the letterhead.
    const block = above.slice(0, last + 1);
    const named = block.some((l) => !small(l) && block.some((x) => small(x) && x.y < l.y && acronymIn(l.text, x.text)));
    // Round 18: or whose name, in capitals on the page's first line, has only small type under it (a
    // tagline, the name in another language, the towns it works in) above the heading in body type.
    const capitalName = block.length >= 2 && !small(block[0]!) && block.slice(1).every(small) && capitalsOnly(block[0]!.text) && block[0]!.text.length <= 80 && isOrgName(block[0]!.text);
    const head = last >= 0 && (block.some((l) => small(l) && CONTACT.test(l.text)) || named || capitalName) ? new Set(block) : new Set<Line>();
    for (const l of sidebar(lines, wide.length >= 3 ? wide : allWide, body)) head.add(l);
    for (const l of [...footRow(lines, body), ...pageEdges(lines, body, n), ...nameOverTitle(lines, body, n)]) head.add(l);
    const noted = footnotes(lines.filter((l) => small(l) && l.y < bottom), marks[n] ?? []);
    notes.push(...noted.notes);
    return dropEdges(lines, lines.filter((l) => (small(l) || head.has(l)) && !noted.lines.has(l)), margins, right, noted.lines);
  });
  return { kept, margins, notes };
}

/** The page without its margin lines, whose texts are listed in `margins` (a footnote's are kept as a note instead). */
function dropEdges(lines: Line[], edge: Line[], margins: string[], right: number, noted: Set<Line> = new Set()): Line[] {
  const out = new Set(edge);
  margins.push(...marginCells([...out], right));
  return lines.filter((l) => !out.has(l) && !noted.has(l));
}

/**
 * Round 56: the margin's lines as its cells' texts. A letterhead or footer laid out as cells side by
 * side ("Name | Speaker, role | Place, date") comes out of the PDF line by line: two cells closer
 * than a column gap glued on one line, a cell's long name wrapped over two ("… OF THE HILL" over
 * "DISTRICT"), where the DOCX reads each cell as a paragraph (and the organization or the speaker was
 * read cut short). A line is cut where a line right under it starts (its cell's next line); a line
 * whose next word would not have fitted in its cell (up to the next cell, or the text's right edge)
 * is carried on by the line right under it.
 */
function marginCells(edge: Line[], right: number): string[] {
  const under = (a: Line, b: Line) => a.y > b.y && a.y - b.y <= b.size * 1.6 && Math.abs(a.size - b.size) <= 0.3;
  const pieces = edge.flatMap((l): Line[] => {
    const at = (l.cuts ?? []).filter((c) => edge.some((o) => o !== l && Math.abs(o.x - c.x) <= 1.5 && under(l, o)));
    if (at.length === 0) return [l];
    const per = (l.endX - l.x) / Math.max(1, l.text.length);
    const bounds = [0, ...at.map((c) => c.at), l.text.length];
    return at.map((c) => c.x).reduce<Line[]>((out, x, k) => {
      const text = l.text.slice(bounds[k]!, bounds[k + 1]!);
      const start = k === 0 ? l.x : at[k - 1]!.x;
      return [...out, { ...l, text, x: start, endX: start + text.trimEnd().length * per, cuts: undefined }];
    }, []).concat({ ...l, text: l.text.slice(bounds.at(-2)!), x: at.at(-1)!.x, cuts: undefined });
  });
  const cells: { texts: string[]; last: Line }[] = [];
  for (const p of pieces) {
    const text = p.text.replace(/\s+/g, " ").trim();
    // The cell's edge: the next cell's start beside it, else the text's right edge. Only a line the text shows going on:
    // ending on a comma, or a name in capitals over more capitals (not its acronym); an address, a contact, a date or
    // a tagline under a name that fills its cell is a line of its own.
    const edgeOf = (a: Line) => Math.min(right, ...pieces.filter((o) => o.x > a.endX && o.y <= a.y + a.size && o.y >= p.y - p.size).map((o) => o.x));
    const goesOn = (a: string) => /,$/.test(a) || (capitalsOnly(a) && text === text.toLocaleUpperCase() && /^\p{Lu}/u.test(text) && !initialsOf(a, text));
    const cell = /^\d/.test(text) || CONTACT.test(text) ? undefined : cells.find((c) => Math.abs(c.last.x - p.x) <= 1.5 && under(c.last, p) && goesOn(c.texts.at(-1)!) && overflows(c.last, p, edgeOf(c.last)));
    if (cell) (cell.texts.push(text), (cell.last = p));
    else cells.push({ texts: [text], last: p });
  }
  return cells.map((c) => c.texts.reduce((a, b) => joinLines(a, b)));
}

/** Whether `word` (a word of two to eight capitals) is made of initials of `name`'s words, in order: its acronym ("IEFM"). */
function initialsOf(name: string, word: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(word)) return false;
  const initials = name.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+/u, "").charAt(0)).join("");
  let at = 0;
  for (const c of word) at = initials.indexOf(c, at) + 1 || -1;
  return at > 0;
}

/** Whether the first word of `next` would have run past `right` after `line` (so `line` wrapped there: no line break). */
function overflows(line: Line, next: Line, right: number): boolean {
  const t = next.text.replace(/\s+/g, " ").trim();
  const word = t.split(" ")[0]!;
  return line.endX + ((word.length + 1) * (next.endX - next.x)) / Math.max(1, t.length) > right;
}

/**
 * Round 53: a running header (or footer) known by its own signs, on a page after the first (a header
 * printed on every page repeats and is dropped when the text is cleaned; one printed from page 2 on
 * only, a "different first page", does not; the first page's top line is the statement's title or
 * dateline). The page's top (or lowest) row, one line or two cells, no larger than the body's type,
 * set apart from the rest by more than twice its size and 1.3 times the spacing of the lines beyond
 * it. Its text reads as a title (no sentence end, twelve words at most, no list item); it heads
 * nothing (the next line in its font and size, no list item, not carrying it on in lower case); it
 * shows a header's marks: two cells, a separator ("Name — Joint statement"), a page number, a year
 * (a header's only: a closing dateline sits at the bottom); in the body's size, two of them (a
 * heading "Recommendation 2 – Title" has one). A footer is in small type (in the body's size,
 * `footRow` reads it).
 */
function pageEdges(lines: Line[], body: number, page: number): Line[] {
  const edge = (dir: 1 | -1): Line[] => {
    const sorted = [...lines].sort((a, b) => dir * (b.y - a.y));
    const row = sorted.filter((l) => dir * (sorted[0]!.y - l.y) <= l.size * 0.5);
    const [next, then] = sorted.filter((l) => !row.includes(l));
    if (!next || row.length > 2 || row.some((l) => l.size > (dir === 1 ? body + 0.5 : body * 0.85) || l.table !== undefined)) return [];
    const size = Math.max(...row.map((l) => l.size));
    const gap = Math.min(...row.map((l) => dir * l.y)) - dir * next.y;
    // (Beyond the gap, the distance between the next two lines: a paragraph's or a list's spacing.)
    const beyond = then ? dir * (next.y - then.y) : 0;
    if (gap < 2 * Math.max(size, next.size) || gap < 1.3 * beyond) return [];
    const texts = row.map((l) => l.text.replace(/\s+/g, " ").trim());
    const text = texts.join(" ");
    // Round 65: a running header in small type may name the meeting and its date ("ABC – Dialogue on …, 4 October 2033"): sixteen words.
    if (text.length > 120 || text.split(" ").length > (size < body * 0.85 ? 16 : 12) || texts.some((t) => /[.!?:;,]["”’»)]?$/.test(t) || isMarkerLine(t))) return [];
    // A header is not a heading over what follows it (set in another font or larger, over a list item)
    // nor a sentence carried on in lower case.
    if (dir === 1 && (row.some((l) => l.font !== next.font || l.size > next.size + 0.5) || isMarkerLine(next.text.trim()) || /^\p{Ll}/u.test(next.text.trim()))) return [];
    const signs = [row.length === 2, /\S\s+[—–|·•-]\s+\S/.test(text), texts.some((t) => PAGE_NUMBER_ALONE.test(t)), dir === 1 && /\b(?:19|20)\d{2}\b/.test(text)];
    return signs.filter(Boolean).length >= (size < body * 0.85 ? 1 : 2) ? row : [];
  };
  return page === 0 || lines.length < 2 ? [] : [...edge(1), ...edge(-1)];
}

/**
 * Round 56: a letterhead that is the body's name alone, with nothing in small type under it (a
 * first-page header of one line): the first page's top line, alone on its row, naming a body (no
 * sentence, no more than 80 characters), set apart by more than twice its size from the title under
 * it, which is larger than both it and the body. A name set smaller than the title under it is not
 * the title: it was left in the text (and the organization read from the footer, shorter).
 */
function nameOverTitle(lines: Line[], body: number, page: number): Line[] {
  if (page !== 0) return [];
  const [name, title] = [...lines].sort((a, b) => b.y - a.y);
  if (!name || !title || name.y - title.y <= 2 * name.size || title.size <= Math.max(name.size, body) + 0.5) return [];
  if (lines.some((l) => l !== name && Math.abs(l.y - name.y) <= name.size * 0.5) || name.table !== undefined) return [];
  const text = name.text.replace(/\s+/g, " ").trim();
  return text.length <= 80 && !/[.!?:;,]["”’»)]?$/.test(text) && !isMarkerLine(text) && isOrgName(text) ? [name] : [];
}

/**
 * Round 30: the last line of the text, from the last full line down: small type closely followed
 * by a sentence in the body's size (a table of notes in small type, then a closing paragraph too
 * short to fill its line) is still the statement's. Line after line, each within three line
 * heights of the one above, down to the lowest line in the body's size of five words or more
 * that ends a sentence or has a line below it, not a contact line; no footnote (a line opening
 * with a reference mark met in the text) on the way.
 */
function lowestText(lines: Line[], bottom: number, body: number, marks: string[]): number {
  const below = lines.filter((l) => l.y < bottom).sort((a, b) => b.y - a.y);
  let low = bottom;
  let y = bottom;
  for (const [k, l] of below.entries()) {
    if (y - l.y > 3 * Math.max(body, l.size)) break;
    const text = l.text.replace(/\s+/g, " ").trim();
    const mark = /^([\d*†‡]{1,3})\s*\S/.exec(text);
    if (mark && marks.includes(mark[1]!)) break;
    y = l.y;
    const sentence = /[.!?:;]["”’»)]?$/.test(text) || k < below.length - 1;
    if (Math.abs(l.size - body) <= 1 && text.split(" ").length >= 5 && sentence && !CONTACT.test(text)) low = l.y;
  }
  return low;
}

/** A page number alone, with or without its word: "3", "3/4", "- 3 -", "Page 3 of 4", "pág. 3", "p. 3". */
const PAGE_NUMBER_ALONE = /^(?:(?:page|p\.|p[aá]g\.?|p[aá]gina|seite|s\.)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:of|de|sur|\/|von)\s*\d{1,3})?$/i;

/**
 * Round 30: a footer in the body's size (or a little under it, where the small-type rule does not
 * reach): the page's lowest row of text, far below every other line (three body lines or more), set no
 * larger than the body, whose pieces are short, end no sentence, and one of which is a contact
 * (e-mail, web, phone) or a page number, or which ends on a page number's word ("… · pág."). The
 * whole row is set aside. Not a signature or a closing line right under the text, nor a sentence.
 */
function footRow(lines: Line[], body: number): Line[] {
  if (lines.length === 0) return [];
  const low = Math.min(...lines.map((l) => l.y));
  const row = lines.filter((l) => l.y - low <= l.size * 0.5);
  const rest = lines.filter((l) => !row.includes(l));
  if (rest.length === 0 || Math.min(...rest.map((l) => l.y)) - Math.max(...row.map((l) => l.y)) < 3 * body * 1.15) return [];
  const texts = row.map((l) => l.text.replace(/\s+/g, " ").trim());
  if (row.some((l) => l.size > body + 0.5) || texts.some((t) => t.length > 120 || (/[.!?]$/.test(t) && !/\b(?:p[aá]g|p|s)\.$/i.test(t)))) return [];
  // (A footer's cells on one baseline may have been put back together: "Name Page 1 of 2".)
  const mark = (t: string) =>
    CONTACT.test(t) ||
    PAGE_NUMBER_ALONE.test(t) ||
    /(?:^|[·|•–—]\s*|\s)(?:page|p[aá]g(?:ina)?\.?|p\.|seite)(?:\s*\d{1,3}(?:\s*(?:of|de|sur|\/|von)\s*\d{1,3})?)?$/i.test(t) ||
    /[·|]\s*\d{1,3}(?:\s*\/\s*\d{1,3})?$/.test(t);
  return texts.some(mark) ? row : [];
}

/** A line set in capitals: two words or more, every letter a capital. */
function capitalsOnly(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 6 && /\p{L}\s+\p{L}/u.test(text) && letters === letters.toLocaleUpperCase() && !/[.!?:;,]$/.test(text.trim());
}

/**
 * Whether `line` holds the acronym of `name` (capitals or title case): the initials of its words of
 * four letters or more ("Network for Fair Work" → NFW), or of all its words, two to ten letters,
 * as a word of its own in capitals.
 */
export function acronymIn(name: string, line: string): boolean {
  const words = name.trim().split(/[\s\-–‐]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  const initials = (ws: string[]) => ws.map((w) => w[0]!.toLocaleUpperCase()).join("");
  const long = initials(words.filter((w) => w.replace(/[^\p{L}]/gu, "").length >= 4));
  const all = initials(words);
  const tokens = line.match(/\b\p{Lu}{2,10}\b/gu) ?? [];
  return tokens.some((t) => t.length >= 3 && (t === long || t === all));
}

/**
 * A sidebar: a text box of offices, contacts or a board's names set in the left (or right) margin
 * beside the text, in any type size. Its lines lie wholly outside the edge where most full lines
 * of the page start (or end); at least three of them, none a list label, not above the body's size.
 */
function sidebar(lines: Line[], full: Line[], body: number): Line[] {
  if (full.length < 3) return [];
  const mode = (xs: number[]) => {
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(Math.round(x / 3), (counts.get(Math.round(x / 3)) ?? 0) + 1);
    return 3 * [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };
  const textLeft = mode(full.map((l) => l.x));
  const textRight = Math.max(...full.map((l) => l.endX));
  // (A narrow box in the margin may come within a few points of the text's edge.)
  const side = (l: Line) => l.size <= body + 0.5 && l.col === undefined && (l.endX < textLeft - body * 0.1 || l.x > textRight + body * 0.1);
  // Round 67: not the short last line of a paragraph or a list item of the body ("prosecution." under an item set left of
  // the page's usual text edge), which starts where lines of the body beside the margin start: the strip's own lines start
  // where no other line of the page does.
  const bodyStarts = lines.filter((l) => !side(l) && l.text.trim() !== "").map((l) => l.x);
  const found = lines.filter((l) => side(l) && l.text.trim().length >= 4 && !isMarkerLine(l.text.trim()) && !bodyStarts.some((x) => Math.abs(x - l.x) <= 1));
  // Round 67: the strip is one run of lines, top to bottom: a line far below it in the margin (a footnote's wrapped last
  // line, left of the text's edge) is no part of it; the longest run is the strip.
  const runs: Line[][] = [];
  for (const l of [...found].sort((a, b) => b.y - a.y)) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.y - l.y <= 3 * body) run.push(l);
    else runs.push([l]);
  }
  const out = runs.reduce<Line[]>((a, r) => (r.length > a.length ? r : a), []);
  if (out.length < 3) return [];
  // Narrow beside the text (a table's left column is as wide as its right one).
  if (Math.max(...out.map((l) => l.endX)) - Math.min(...out.map((l) => l.x)) > (textRight - textLeft) * 0.6) return [];
  // A strip of its own: beside it, no other line reaches into the margin (a table's left cells,
  // whose long lines end at the next cell, are not a sidebar).
  const top = Math.max(...out.map((l) => l.y)) + body;
  const bottom = Math.min(...out.map((l) => l.y)) - body;
  // (Not a list's bullets and indented items, which start a little left of the page's usual text
  // edge, but right of the strip: only a line reaching into the strip's own width intrudes.)
  const stripLeft = Math.min(...out.map((l) => l.x));
  const stripRight = Math.max(...out.map((l) => l.endX));
  // Round 16: a short line wholly inside the strip ("and", a name wrapped in a narrow box) is the strip's own.
  for (const l of lines) if (!out.includes(l) && side(l) && l.y <= top && l.y >= bottom && l.x >= stripLeft - 1 && l.endX <= stripRight + 1) out.push(l);
  const taken = new Set(out);
  const onLeft = stripRight < textLeft;
  const intruder = lines.some(
    (l) => !taken.has(l) && l.y <= top && l.y >= bottom && l.text.trim() !== "" && (onLeft ? l.x < stripRight : l.endX > stripLeft),
  );
  return intruder ? [] : out;
}

/**
 * Footnotes among the small type below a page's text: a line that opens with a reference mark met
 * in that page's text ("1 Interviews with …"), and the lines of the same size right below it that
 * carry on (not a contact line, not a page number). Their text, without the mark, is kept as a note.
 */
function footnotes(below: Line[], marks: string[]): { notes: string[]; lines: Set<Line> } {
  const notes: string[] = [];
  const lines = new Set<Line>();
  let open: Line | null = null;
  for (const l of below) {
    const text = l.text.replace(/\s+/g, " ").trim();
    const mark = /^([\d*†‡]{1,3})\s*(?=\S)/.exec(text);
    if (mark && marks.includes(mark[1]!) && text.length > mark[0].length + 2) {
      notes.push(text.slice(mark[0].length));
      lines.add(l);
      open = l;
      continue;
    }
    const goesOn = open !== null && Math.abs(l.size - open.size) <= 0.3 && open.y - l.y > 0 && open.y - l.y <= l.size * 1.6 && !CONTACT.test(text) && !/^(?:page|p\.|página|pagina)?\s*[-–]?\s*\d+\s*[-–]?(?:\s*(?:of|de|sur|\/)\s*\d+)?$/i.test(text);
    if (goesOn) {
      notes[notes.length - 1] = joinLines(notes.at(-1)!, text);
      lines.add(l);
      open = l;
    } else open = null;
  }
  return { notes, lines };
}

/**
 * The document's usual distance between two lines of a paragraph, in font sizes: the smallest
 * common gap after a full line (one that wrapped) in the body's size. Single spacing is about 1.15, "1.5 lines" about
 * 1.7, double about 2.3; a fixed threshold would take every line of a 1.5-spaced text for a paragraph.
 */
function lineSpacing(pages: Line[][]): number {
  // Only lines in the body's size (the size most characters have): footers and footnotes in small type are set closer.
  const body = bodySize(pages);
  const counts = new Map<number, number>();
  const right = Math.max(0, ...pages.map((lines) => Math.max(0, ...lines.map((l) => l.endX))));
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      // Only after a full line that stops mid-sentence (it wrapped, so the next line is the same paragraph's).
      if (a.endX < (a.right ?? right) - 4 * a.size || /[.!?:;]["”’»)]?$/.test(a.text.trim())) continue;
      if (b.jump) continue;
      if (Math.abs(a.size - b.size) > 0.5 || Math.abs(Math.round(a.size) - body) > 0.5) continue;
      const ratio = (a.y - b.y) / Math.max(a.size, b.size);
      if (!(ratio >= 0.9 && ratio <= 3)) continue;
      const k = Math.round(ratio * 20) / 20;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  // The smallest gap that is common, not the commonest: a short statement of one-line paragraphs
  // has more paragraph gaps than line gaps.
  const most = Math.max(0, ...counts.values());
  // Too few wrapped lines to tell (a page of one-line paragraphs): single spacing.
  const total = [...counts.values()].reduce((a, n) => a + n, 0);
  const common = [...counts].filter(([, n]) => n >= Math.max(2, most * 0.2)).map(([k]) => k);
  return total >= 3 && common.length ? Math.min(2.4, ...common) : 1.2;
}

/** Upward jumps searched for a box's gap on one page (see `insetBoxes`): real pages have a handful. */
const MAX_INSET_SEARCHES = 32;

/**
 * Round 68: a box set inside the text's column between two lines of a paragraph (an office suite's
 * frame, drawn after the page's text: its lines come last, high up the page, in the gap the text
 * left for it). The lines on each side of the gap are one paragraph when the upper one does not end a
 * sentence and the lower one begins small ("… a day" ↵ [box] ↵ "ahead find …"). A box that is a
 * quotation (a pull quote, a testimony: opened by a quotation mark, closed by one or signed by a
 * dash) is no part of the statement's text: set aside, like a sidebar.
 */
export function insetBoxes(lines: Line[]): { lines: Line[]; quotes: string[] } {
  const quotes: string[] = [];
  let out = lines;
  // Each upward jump searches the lines before it: a page has a few such jumps (a frame or two), so
  // past MAX_INSET_SEARCHES the page is left as it is, and a hostile page of thousands of lines each
  // drawn above the last costs a bounded number of passes, not one per line.
  let searches = 0;
  for (let i = 1; i < out.length && searches < MAX_INSET_SEARCHES; i++) {
    if (!(out[i]!.y > out[i - 1]!.y + out[i]!.size) || out[i]!.col !== undefined || out[i]!.table !== undefined) continue;
    searches++;
    // The gap between two lines read before, one above the other, that holds the lines from here on.
    const top = out[i]!.y;
    let k = -1;
    for (let n = 0; n < i - 1; n++) {
      const a = out[n]!;
      const b = out[n + 1]!;
      if (a.y > top && b.y < top && a.col === undefined && b.col === undefined) {
        k = n;
        break;
      }
    }
    if (k < 0) continue;
    const above = out[k]!;
    const below = out[k + 1]!;
    let j = i;
    while (j < out.length && out[j]!.y < above.y && out[j]!.y > below.y && out[j]!.col === undefined && out[j]!.table === undefined) j++;
    const box = out.slice(i, j);
    // (A box of a few lines: a page's text that merely comes in another order is not one.)
    if (box.length === 0 || box.length > 12) continue;
    const texts = box.map((l) => l.text.replace(/\s+/g, " ").trim());
    const quote = isQuotation(texts);
    if (!/[.!?:;]["”’»)]?$/.test(above.text.trim()) && /^[a-zà-ÿ]/.test(below.text.trim())) out[k + 1] = { ...below, bridged: true };
    if (quote) {
      quotes.push(...texts);
      out = [...out.slice(0, i), ...out.slice(j)];
      i--;
    } else i = j - 1;
  }
  return { lines: out, quotes };
}

function pageText(lines: Line[], spacing: number, joined: Set<string> = new Set()): string {
  // The page's output lines, each kept as pieces (a column paragraph's joined lines) and flattened
  // once at the end, so that a long joined paragraph is never copied line after line.
  const out: { sep: string; pieces: string[]; joined: boolean }[] = [];
  // Body text runs at its usual spacing; more than ~1.3× that (and at least 1.6 font sizes at single spacing) is a paragraph (or block) break.
  const threshold = Math.max(1.6, spacing * 1.3);
  const pageRight = Math.max(0, ...lines.map((l) => l.endX));
  // A line that fills its column (most of its width: ragged text leaves up to a long word's room).
  const full = (l: Line) => (l.left === undefined ? l.endX >= pageRight - 2 * l.size : l.endX - l.left >= (l.right! - l.left) * 0.7);
  // Round 30: or, in a narrow column set ragged, one that stopped short mid-sentence because the
  // next line's first word would not have fitted after it ("a permit for the" over "seasonal").
  const wrapped = (l: Line, next: Line) => l.right !== undefined && !/[.!?:;]["”’»)]?$/.test(l.text.trim()) && overflows(l, next, l.right);
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const gap = prev ? prev.y - line.y : 0;
    const right = prev?.right ?? pageRight;
    // A heading set in bold (or larger) right above its paragraph: a short line, then another font.
    const heading = prev !== undefined && prev.endX < right - 3 * prev.size && (prev.font !== line.font || Math.abs(prev.size - line.size) > 0.5);
    // From the bottom of a column to the top of the next: the paragraph goes on when the last line
    // filled its column and did not end a sentence.
    const broken = line.bridged ? false : line.jump ? !(prev && (full(prev) || wrapped(prev, line)) && !/[.!?:;]["”’»)]?$/.test(prev.text.trim())) : line.opens === true || gap > Math.max(prev?.size ?? 0, line.size) * threshold || gap < 0;
    const newParagraph = prev && (broken || heading);
    // A bullet drawn from a symbol font comes out as a private-use character: write it as a bullet.
    const text = line.text.replace(/\s+/g, " ").trim().replace(/^[\uE000-\uF8FF]\s*/, "• ");
    const last = out.at(-1);
    // Within columns, a line that filled its column wraps into the next: joined here, since the
    // cleaning step judges wraps by the width of the document's longest lines.
    if (last && !newParagraph && prev?.col !== undefined && line.col !== undefined && (full(prev) || wrapped(prev, line)) && !isMarkerLine(text)) {
      const tail = last.pieces.at(-1)!;
      const both = joinLines(tail, text);
      // A hyphen split ("organi-" + "zation") is mended in place; otherwise the line is a new piece.
      if (both.length === tail.length + text.length) last.pieces[last.pieces.length - 1] = both;
      else last.pieces.push(` ${text}`);
      last.joined = true;
      return;
    }
    out.push({ sep: i === 0 ? "" : newParagraph ? "\n\n" : "\n", pieces: [text], joined: false });
  });
  return out
    .map((l) => {
      const text = l.pieces.join("");
      if (l.joined) joined.add(text);
      return l.sep + text;
    })
    .join("");
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
    const pageLines: Line[][] = [];
    const pageMarks: string[][] = [];
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
      const lines = builder.lines();
      pageMarks.push(builder.marks);
      total += lines.reduce((n, l) => n + l.text.length + 1, 0);
      if (total > LIMITS.maxTextChars) throw new UnreadableDocument("too-complex", "err.document.pdfTooMuchText");
      pageLines.push(lines);
    }
    const body = bodySize(pageLines);
    const columned = pageLines.map((lines) => readColumns(readForm(lines, body), body));
    const tables = tagTables(columned);
    // Round 16: the body's size is the text's, not a table's: a table of recommendations set in small
    // type can hold more characters than the statement around it (its lines are the statement's anyway).
    const textBody = tables.length ? bodySize(columned.map((lines) => lines.filter((l) => l.table === undefined))) || body : body;
    const split = splitMargins(columned.map((lines) => unspread(lines, textBody)), textBody, pageMarks);
    const { margins, notes } = split;
    const boxed = (tables.length ? rewriteTables(split.kept, tables) : split.kept).map(insetBoxes);
    const kept = boxed.map((b) => b.lines);
    const spacing = lineSpacing(kept);
    const joined = new Set<string>();
    const pages = kept.map((lines) => pageText(lines, spacing, joined));
    const dropped = [...new Set([...margins, ...boxed.flatMap((b) => b.quotes)].filter((m) => m !== ""))];
    if (total === 0 || pages.every((p) => p.trim() === "")) {
      throw new UnreadableDocument("no-text", "err.document.pdfNoText");
    }
    return { pages, dropped, notes: [...new Set(notes)], joined: [...joined] };
  } finally {
    await Promise.resolve(pdf.cleanup?.()).catch(() => undefined);
  }
}
