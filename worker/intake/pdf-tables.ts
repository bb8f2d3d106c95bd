/**
 * A table of recommendations in a PDF: a header row of cells side by side, one of them
 * "Recommendation", then rows whose cells start under the headings, possibly running on to the next
 * page. Read as the statement means it: each row's recommendation cell as a bulleted item (its
 * lines joined), then the other cells of each row, one paragraph a row, after their column's
 * heading ("Topic: … — For: …"), as the DOCX reader writes the same table.
 *
 * Two steps: `tagTables` marks the lines of each such table (before lines on one baseline are put
 * back together, which would glue a row's cells), `rewriteTables` replaces them once the margins
 * are set aside (so that a running header or a page number between two pages of a table is gone).
 */

/** The part of a PDF line these steps read and write. `table`/`cell`: the table's index and the line's column. */
export type TableLine = { y: number; size: number; text: string; x: number; endX: number; table?: number; cell?: number };

export type RecommendationTable = { id: number; heads: string[]; starts: number[]; rec: number; size: number; page: number; head: TableLine[] };

/**
 * A column heading that says the column holds the recommendations: "Recommendation",
 * "Recommandations", "Propuesta", or what the organization asks in words ("What we ask", "Our
 * asks", "Recommended action", "Ce que nous demandons", "Lo que pedimos"). Shared with the DOCX
 * reader, so that one table reads the same in both formats.
 */
export const RECOMMENDATION_COLUMN =
  /^(?:our |nos |nuestras? )?(?:(?:key |main )?(?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?|proposals?|propositions?|propuestas?|requests?|asks?|demandes?|solicitudes?|peticiones|pedidos)|(?:what|ce que|lo que) (?:we|nous|(?:nosotros )?)\s*(?:ask(?: for)?|recommend|propose|request|call for|demandons|recommandons|proposons|pedimos|solicitamos|recomendamos|proponemos)(?: (?:of|from|to) [\p{L} ]{2,30})?|(?:recommended|proposed|requested) (?:actions?|measures?|steps?)|(?:actions?|mesures?|medidas?|acci[oó]n(?:es)?) (?:recommand[ée]e?s?|propos[ée]e?s?|demand[ée]e?s?|recomendadas?|propuestas?|solicitadas?))\s*:?$/iu;

const colOf = (t: RecommendationTable, l: TableLine) => Math.max(0, t.starts.filter((x) => l.x >= x - l.size * 0.5).length - 1);

/** Tags the lines of the table from `from` on, while they fit its columns; the index after the last one. */
function scan<L extends TableLine>(t: RecommendationTable, lines: L[], from: number): number {
  let low = Infinity;
  let j = from;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (Math.abs(l.size - t.size) > t.size * 0.15) break;
    const col = colOf(t, l);
    const limit = t.starts[col + 1];
    // Text across the page again, or far below the table's last line (a page number, a footer).
    if (limit !== undefined && l.endX > limit + l.size * 0.5) break;
    if (low !== Infinity && l.y < low - 4 * l.size) break;
    l.table = t.id;
    l.cell = col;
    low = Math.min(low, l.y);
  }
  return j;
}

/** Marks the lines of every table of recommendations, page after page. */
export function tagTables<L extends TableLine>(pages: L[][]): RecommendationTable[] {
  const tables: RecommendationTable[] = [];
  let open: RecommendationTable | null = null;
  pages.forEach((lines, page) => {
    let k = 0;
    // A table that ran to the bottom of the previous page goes on at the top of this one (after a
    // running header): from the first of the first few lines that starts at one of its columns.
    if (open) {
      const t: RecommendationTable = open;
      open = null;
      const at = lines.slice(0, 4).findIndex((l) => t.starts.some((x) => Math.abs(l.x - x) <= 2) && Math.abs(l.size - t.size) <= t.size * 0.15);
      if (at >= 0) {
        k = scan(t, lines, at);
        if (lines.slice(k).every((l) => l.size < t.size * 0.9 || l.text.trim().length <= 12)) open = t;
      }
    }
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.table !== undefined || !RECOMMENDATION_COLUMN.test(l.text.trim())) continue;
      const near = (x: L) => Math.abs(x.y - l.y) <= l.size * 0.5 && Math.abs(x.size - l.size) <= l.size * 0.15;
      let first = k;
      while (first > 0 && near(lines[first - 1]!)) first--;
      let last = k;
      while (last + 1 < lines.length && near(lines[last + 1]!)) last++;
      const head = lines.slice(first, last + 1).sort((a, b) => a.x - b.x);
      if (head.length < 2 || head.length > 6) continue;
      const t: RecommendationTable = { id: tables.length, heads: head.map((h) => h.text.trim()), starts: head.map((h) => h.x), rec: head.indexOf(l), size: l.size, page, head };
      for (const h of head) (h.table = t.id), (h.cell = -1);
      const end = scan(t, lines, last + 1);
      if (!lines.slice(last + 1, end).some((x) => x.cell === t.rec)) {
        for (const x of lines.slice(first, end)) (x.table = undefined), (x.cell = undefined);
        continue;
      }
      tables.push(t);
      if (lines.slice(end).every((x) => x.size < t.size * 0.9 || x.text.trim().length <= 12)) open = t;
      k = end - 1;
    }
  });
  return tables;
}

/**
 * Replaces each table's lines by its reading: the bullets and the rows' other cells, where its
 * header was. A row starts at a line of the first column after a gap wider than that column's line
 * spacing (or at the first such line of a page); a line above a page's first row start belongs to
 * the row the previous page ended in.
 */
export function rewriteTables<L extends TableLine>(pages: L[][], tables: RecommendationTable[]): L[][] {
  let out = pages;
  for (const t of tables) {
    const mine = out.map((lines) => lines.filter((l) => l.table === t.id && l.cell !== undefined && l.cell >= 0));
    // The usual gap between two lines of one cell: the smallest between lines of one column on one page.
    const gaps = mine.flatMap((lines) => t.starts.flatMap((_, c) => {
      const ys = lines.filter((l) => l.cell === c).map((l) => l.y).sort((a, b) => b - a);
      return ys.slice(1).map((y, k) => ys[k]! - y).filter((g) => g > t.size * 0.5);
    }));
    const pitch = gaps.length ? Math.min(...gaps) : t.size * 1.2;
    const rows: string[][][] = [];
    // Each line's row, to leave in the text the lines of a "row" without a recommendation (a short line after the table).
    const rowOfLine = new Map<TableLine, string[][]>();
    mine.forEach((lines) => {
      const firsts = lines.filter((l) => l.cell === 0).sort((a, b) => b.y - a.y);
      // A row set without padding leaves no wider gap in its first column: it starts where another
      // cell on the same baseline starts after a gap in its own column (the cell above it, in the
      // row before, was shorter), since the cells of one row all start at its top.
      const afterGap = (l: L) =>
        lines.some((o) => {
          if (o.cell === 0 || Math.abs(o.y - l.y) > l.size * 0.5) return false;
          const above = lines.filter((a) => a.cell === o.cell && a.y > o.y + o.size * 0.5).map((a) => a.y);
          return above.length > 0 && Math.min(...above) - o.y > pitch * 1.4;
        });
      const tops = firsts.filter((l, k) => k === 0 || firsts[k - 1]!.y - l.y > pitch * 1.4 || afterGap(l)).map((l) => l.y);
      const before = rows.length;
      const pageRows = tops.map(() => t.heads.map((): string[] => []));
      let lead: string[][] | null = null;
      for (const l of [...lines].sort((a, b) => b.y - a.y)) {
        const r = tops.filter((y) => y >= l.y - l.size * 0.5).length - 1;
        const row = r >= 0 ? pageRows[r]! : before > 0 ? rows[before - 1]! : (lead ??= t.heads.map((): string[] => []));
        row[l.cell!]!.push(l.text.trim());
        rowOfLine.set(l, row);
      }
      if (lead) rows.push(lead);
      rows.push(...pageRows);
    });
    const kept = new Set(rows.filter((row) => row[t.rec]!.length > 0));
    const cells = [...kept].map((row) => row.map((parts) => parts.join(" ").replace(/\s+/g, " ").trim()));
    if (cells.length === 0) continue;
    const texts = [
      ...cells.map((row) => ({ text: `• ${row[t.rec]}`, gap: t.size })),
      ...cells.map((row) => ({ text: row.map((x, c) => (c === t.rec || !x ? "" : `${t.heads[c]}: ${x}`)).filter(Boolean).join(" — "), gap: t.size * 4 })).filter((x) => x.text),
    ];
    const anchor = t.head[0]!;
    // No wider than the table was (a line past the text's right edge would change how the page's lines are judged).
    const right = Math.max(...mine.flat().map((l) => l.endX), ...t.head.map((l) => l.endX));
    let y = anchor.y;
    const made = texts.map((x, k) => {
      y -= k === 0 ? 0 : x.gap;
      return { ...(anchor as L), y, text: x.text, x: t.starts[0]!, endX: Math.min(right, t.starts[0]! + x.text.length * t.size * 0.5), table: undefined, cell: undefined };
    });
    out = out.map((lines, p) => {
      const gone = (l: L) => l.table === t.id && (l.cell === -1 || kept.has(rowOfLine.get(l)!));
      const at = lines.findIndex(gone);
      const rest = lines.filter((l) => !gone(l));
      if (p !== t.page || at < 0) return rest;
      return [...rest.slice(0, at), ...made, ...rest.slice(at)];
    });
  }
  return out;
}
