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
  const lines = page.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = tableAt(lines, i);
    if (!table) {
      out.push(lines[i]!);
      continue;
    }
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

function tableAt(lines: string[], i: number): { end: number; text: string[] } | null {
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
  return { end: j, text: [items.join("\n"), ...(rest.length ? ["", rest.join("\n")] : [])] };
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
