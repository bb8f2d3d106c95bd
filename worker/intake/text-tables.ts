import { RECOMMENDATION_COLUMN, TOTAL_ROW } from "./pdf-tables.ts";

/**
 * Round 18: a table of recommendations pasted as plain text — rows of tab-separated cells copied
 * from a spreadsheet, or a tracker's CSV export (commas, cells in double quotes) — under a header
 * row with a "Recommendation" column (`RECOMMENDATION_COLUMN`, as a PDF's or a DOCX's table). It is
 * written as those readers write such a table: the recommendation cells as a bulleted list, then
 * the other cells of each row, one line a row ("Addressed to: … — Priority: …"). Cleaning
 * would otherwise fold a tab into a space and glue each row's cells into one line.
 *
 * A row whose status cell says the recommendation was met or dropped ("achieved", "withdrawn",
 * "not repeated") is a past one, kept out of the list: its cells go with the other paragraphs.
 */
export function withDelimitedTables(page: string): string {
  if (!page.includes("\t") && !page.includes(",")) return page;
  return withTables(page, tableAt, false);
}

/** A table found at a line: the line after its last, and its text as it is written instead. */
type Table = { end: number; text: string[] };

/**
 * `page` with each table that `at` finds at a line written as its text, a blank line after it; `apart`: a blank
 * line before it too, where the line above is not blank (a drawn table, round 20).
 */
function withTables(page: string, at: (lines: string[], i: number) => Table | null, apart: boolean): string {
  const lines = page.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = at(lines, i);
    if (!table) {
      out.push(lines[i]!);
      continue;
    }
    if (apart && out.length && out.at(-1)!.trim() !== "") out.push("");
    out.push(...table.text, "");
    i = table.end - 1;
  }
  return out.join("\n");
}

/** A header's name as words: "addressed_to" → "addressed to". */
const headName = (h: string) => h.replace(/[_]+/g, " ").replace(/\s+/g, " ").trim();
/** A column that says where a recommendation stands: "Status", "Statut", "Estado". */
const STATUS = /^(?:status|state|statut|etat|état|estado|situaci[oó]n)$/iu;
/** A status saying the recommendation is not asked again: met, done, dropped, withdrawn, not repeated. */
const PAST =
  /\b(?:achieved|implemented|completed|done|closed|withdrawn|dropped|superseded|not (?:repeated|renewed|maintained)|no longer|r[ée]alis[ée]e?|mise? en (?:oe|œ)uvre|retir[ée]e?|abandonn[ée]e?|atteinte?|clos|cumplid[ao]|logrado|lograda|implementad[ao]|retirad[ao]|cerrad[ao]|no repetid[ao])\b/iu;

/** More rows than any statement's table of recommendations has. */
const MAX_ROWS = 200;

function tableAt(lines: string[], i: number): Table | null {
  const line = lines[i]!;
  const split = line.includes("\t") ? (l: string) => l.split("\t").map((c) => c.trim()) : line.includes(",") ? csvCells : null;
  if (!split) return null;
  const heads = split(line);
  if (heads.length < 2 || heads.length > 8) return null;
  const column = heads.findIndex((h) => RECOMMENDATION_COLUMN.test(headName(h)));
  if (column < 0 || heads.filter((h) => RECOMMENDATION_COLUMN.test(headName(h))).length > 1) return null;
  const rows: string[][] = [];
  let j = i + 1;
  // Each recommendation a few words long (not a column of figures or codes), and a table of a few
  // hundred rows at the most: every line that could head a table is tried, so a rejected one must
  // cost little (a text of thousands of header-like lines stays linear).
  for (; j < lines.length && rows.length < MAX_ROWS; j++) {
    const cells = split(lines[j]!);
    if (cells.length !== heads.length || !cells[column]) break;
    if (cells[column]!.split(/\s+/).length < 4 && !TOTAL_ROW.test(cells[column]!)) return null;
    rows.push(cells);
  }
  const text = tableText(heads, column, rows);
  return text && { end: j, text };
}

/**
 * The reading of a table of recommendations (`heads`, the recommendation column `column`, the
 * rows' cells): the current recommendations as a bulleted list, then the other cells of each row,
 * one line a row, in one paragraph. Null with fewer than two recommendations.
 */
function tableText(heads: string[], column: number, rows: string[][]): string[] | null {
  const total = (r: string[]) => TOTAL_ROW.test(r[column]!);
  if (rows.filter((r) => !total(r)).length < 2) return null;
  const status = heads.findIndex((h) => STATUS.test(headName(h)));
  const current = (r: string[]) => status < 0 || !PAST.test(r[status]!);
  const items = rows.filter((r) => current(r) && !total(r)).map((r) => `• ${r[column]}`);
  if (items.length === 0) return null;
  const others = rows.map((r) => {
    const rest = heads
      .map((h, c) => ((c === column && (current(r) || total(r))) || !r[c] ? "" : `${headName(h) ? `${headName(h)}: ` : ""}${r[c]}`))
      .filter(Boolean)
      .join(" — ");
    // Round 19: a total row ("Total", its sums) is named before its cells, never an item.
    return total(r) && rest ? `${r[column]!.replace(/\s*:$/, "")} — ${rest}` : rest;
  });
  // The other cells one line a row, in one paragraph (many short paragraphs at the end would read as a signature's).
  const rest = others.filter(Boolean);
  return [items.join("\n"), ...(rest.length ? ["", rest.join("\n")] : [])];
}

/**
 * Round 20: a table drawn in plain text — "+-----+------+" rules and "|" between the cells (a grid
 * as a console or a text editor draws it), or a Markdown table ("| a | b |" over "|---|---|"). A
 * header row with a "Recommendation" column is read as the other text tables are (`tableText`):
 * the header row is no proposal, nor are the rules; each row's recommendation an item. A drawn
 * table without such a column is written one row a line, its cells after their headings ("Year:
 * 2021 — Cases: 40"), so that its rules and bars do not end up in the text.
 *
 * Rows: with a rule between every two rows, the lines between two rules are one row (a cell may
 * wrap over several lines); with none, each line is a row, except a line whose first cell is empty
 * under a row, which goes on the cells above it (a cell wrapped in a table without row rules).
 */
export function withDrawnTables(page: string): string {
  if (!page.includes("|")) return page;
  return withTables(page, drawnAt, true);
}

/** A rule of a grid: "+----+-----+", "+====+=====+". */
const GRID_RULE = /^\s*\+(?:[-=:]{2,}\+)+\s*$/;
/** A Markdown table's rule under its header: "|---|:---:|", "--- | ---". */
const MD_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** A row of cells between bars: "| 1 | Fund the … | Donors |". */
const BARRED = /^\s*\|.*\|\s*$/;

/**
 * Round 67: a rule under a header whose cells have bars between them only, none at the ends ("Problem | Ask" over
 * "--------+--------", "-----|-----", as a console prints a query's result or a writer draws a table by hand).
 */
const OPEN_RULE = /^\s*[-=:]{3,}(?:\s*[+|]\s*[-=:]{3,})+\s*$/;

function drawnAt(lines: string[], i: number): Table | null {
  const line = lines[i]!;
  if (GRID_RULE.test(line)) return gridAt(lines, i);
  if (BARRED.test(line) && MD_RULE.test(lines[i + 1] ?? "")) return markdownAt(lines, i);
  if (!BARRED.test(line) && line.includes("|") && OPEN_RULE.test(lines[i + 1] ?? "")) return openAt(lines, i);
  return null;
}

/** Round 67: a table with bars between its cells only, under a rule (`OPEN_RULE`): one line a row, as many cells as the header. */
function openAt(lines: string[], i: number): Table | null {
  const cells = (l: string) => l.split("|").map((c) => c.trim());
  const heads = cells(lines[i]!);
  const rows: string[][] = [];
  let j = i + 2;
  for (; j < lines.length && rows.length < MAX_ROWS && lines[j]!.includes("|") && !OPEN_RULE.test(lines[j]!); j++) rows.push(cells(lines[j]!));
  if (heads.length < 2 || heads.length > 8 || rows.length === 0 || rows.some((r) => r.length !== heads.length)) return null;
  return drawnText(heads, unwrapRows(rows), j);
}

/** A line's cells between bars; by the rule's "+" when the line lines up with it. */
function barCells(line: string, rule: string | null): string[] {
  const t = line.replace(/\s+$/, "");
  if (rule) {
    const r = rule.replace(/\s+$/, "");
    const at = [...r].flatMap((c, k) => (c === "+" ? [k] : []));
    if (t.length === r.length && at.every((k) => t[k] === "|")) return at.slice(1).map((k, n) => t.slice(at[n]! + 1, k).trim());
  }
  return t.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}

function gridAt(lines: string[], i: number): Table | null {
  const rule = lines[i]!;
  const sections: string[][][] = [[]];
  let j = i + 1;
  for (; j < lines.length && sections.length <= MAX_ROWS; j++) {
    const l = lines[j]!;
    if (GRID_RULE.test(l)) sections.push([]);
    else if (BARRED.test(l)) sections.at(-1)!.push(barCells(l, rule));
    else break;
  }
  // The table ends on a rule: the empty section after it is no row.
  if (sections.at(-1)!.length === 0) sections.pop();
  if (sections.length < 2) return null;
  const width = sections[0]![0]?.length ?? 0;
  if (width < 2 || width > 8 || sections.some((s) => s.some((cells) => cells.length !== width))) return null;
  const join = (part: string[][]) => part[0]!.map((_, c) => part.map((cells) => cells[c]!).filter(Boolean).join(" "));
  const heads = join(sections[0]!);
  const body = sections.slice(1);
  const rows = body.length >= 2 ? body.map(join) : unwrapRows(body[0]!);
  return drawnText(heads, rows, j);
}

function markdownAt(lines: string[], i: number): Table | null {
  const heads = barCells(lines[i]!, null);
  const rows: string[][] = [];
  let j = i + 2;
  for (; j < lines.length && rows.length < MAX_ROWS && BARRED.test(lines[j]!); j++) rows.push(barCells(lines[j]!, null));
  if (heads.length < 2 || heads.length > 8 || rows.length === 0 || rows.some((r) => r.length !== heads.length)) return null;
  return drawnText(heads, rows, j);
}

/** One line a row; a line with an empty first cell under a row goes on that row's cells. */
function unwrapRows(part: string[][]): string[][] {
  const rows: string[][] = [];
  for (const cells of part) {
    const last = rows.at(-1);
    if (last && !cells[0] && cells.some(Boolean)) cells.forEach((c, k) => c && (last[k] = last[k] ? `${last[k]} ${c}` : c));
    else rows.push([...cells]);
  }
  return rows;
}

function drawnText(heads: string[], rows: string[][], end: number): Table | null {
  const named = heads.map(headName);
  const columns = named.flatMap((h, k) => (RECOMMENDATION_COLUMN.test(h) ? [k] : []));
  if (columns.length === 1) {
    const text = tableText(named, columns[0]!, rows.filter((r) => r[columns[0]!]));
    if (text) return { end, text };
  }
  const written = rows.map((r) => r.map((c, k) => (!c ? "" : named[k] ? `${named[k]}: ${c}` : c)).filter(Boolean).join(" — ")).filter(Boolean);
  return { end, text: [written.join("\n")] };
}

/** A CSV line's cells: commas between, a cell in double quotes may hold commas ("" is a quote). Null-safe: an unclosed quote gives one cell. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (quoted) {
      if (c === '"' && line[k + 1] === '"') (cell += '"'), k++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === "") (quoted = true), (cell = "");
    else if (c === ",") (cells.push(cell.trim()), (cell = ""));
    else cell += c;
  }
  if (quoted) return [line];
  cells.push(cell.trim());
  return cells;
}
