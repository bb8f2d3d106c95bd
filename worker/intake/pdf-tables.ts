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

/**
 * The part of a PDF line these steps read and write. `table`/`cell`: the table's index and the
 * line's column; `cuts`: where an item began after more than a word space (the line builder glues
 * cells closer than a column gap: "Port authorities Next spring" is two cells).
 */
export type TableLine = { y: number; size: number; text: string; x: number; endX: number; table?: number; cell?: number; font?: string; cuts?: { at: number; x: number }[] };

/** `step`: the distance from the header row to the first row's top line, once known. */
export type RecommendationTable = { id: number; heads: string[]; starts: number[]; rec: number; size: number; page: number; head: TableLine[]; step?: number };

/**
 * A column heading that says the column holds the recommendations: "Recommendation",
 * "Recommandations", "Propuesta", or what the organization asks in words ("What we ask", "Our
 * asks", "Recommended action", "Ce que nous demandons", "Lo que pedimos"), also addressed
 * ("Recommendations to governments", "Recommandations aux autorités"; not "Requests for assistance", a
 * column of figures), or as solutions ("Proposed solutions", "Solutions proposées"). Round 30: also
 * the verb alone ("We ask…", "Pedimos…", "Nous proposons"; a trailing ellipsis or colon), with a
 * time ("What we propose today", "Lo que pedimos ahora"), and what should change ("What must
 * change", "Ce qui devrait changer", "Lo que debe cambiar"). Shared with the DOCX reader, so that
 * one table reads the same in both formats.
 */
export const RECOMMENDATION_COLUMN =
  /^(?:our |nos |nuestras? )?(?:(?:key |main )?(?:requests?|asks?|demandes?|solicitudes?|peticiones|pedidos)|(?:(?:key |main )?(?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?|proposals?|propositions?|propuestas?)|(?:(?:what|ce que|lo que) )?(?:we|nous|(?:nosotr[oa]s )?)\s*(?:ask(?: for)?|recommend|propose|request|call for|demandons|recommandons|proposons|pedimos|solicitamos|recomendamos|proponemos)(?: (?:now|today|maintenant|aujourd'hui|ahora|hoy))?)(?: (?:of|from|to|for|aux?|à|pour|a|al|a los|a las|para(?: (?:el|la|los|las))?) [\p{L}' ]{2,30})?|(?:recommended|proposed|requested|suggested) (?:actions?|measures?|steps?|solutions?|changes?)|(?:actions?|measures?|steps?|solutions?|changes?|mesures?|medidas?|acci[oó]n(?:es)?) (?:(?:that |que )?(?:we|nous) (?:propose|recommend|ask for|call for|proposons|recommandons|demandons)|que (?:proponemos|recomendamos|pedimos|solicitamos))|(?:actions?|mesures?|medidas?|acci[oó]n(?:es)?|solutions?|soluci[oó]n(?:es)?) (?:recommand[ée]e?s?|propos[ée]e?s?|demand[ée]e?s?|sugg[ée]r[ée]e?s?|recomendadas?|propuestas?|solicitadas?|sugeridas?)|(?:what|ce qui|lo que|qu[ée]) (?:should|must|needs? to|has to|ought to|doit|devrait|devra|debe(?:r[ií]a)?|tiene que) (?:change|changer|cambiar)|ce qu'il (?:faut|faudrait) changer|lo que hay que cambiar)(?:\s*(?:…|\.{3}))?\s*:?$/iu;

/**
 * Round 19: a row that adds up the others ("Total", "Grand total", "Sous-total", "Total general"): its
 * recommendation cell names the sum, it asks nothing. Written with the other cells ("Total — Cost:
 * 9,000"), never as an item of the list. Shared with the DOCX and plain-text readers.
 */
export const TOTAL_ROW = /^(?:(?:grand |sub-?)?totals?|sous-totals?|totaux|totales|total (?:g[eé]n[eé]ral|general|cost|costs|amount|budget)|in all|overall)\s*:?$/iu;

/** The other cells of a row, after their column's heading ("Cost: 9,000 — Lead: the ministry"); a total row named first ("Total — Cost: …"). */
export function otherCells(heads: string[], row: string[], rec: number): string {
  // (A heading that trails off into its cells, "We will…", loses its ellipsis before the colon.)
  const rest = heads.map((h, c) => (c === rec || !row[c] ? "" : `${h ? `${h.replace(/\s*(?:…|\.{3})$/, "")}: ` : ""}${row[c]}`)).filter(Boolean).join(" — ");
  return TOTAL_ROW.test(row[rec] ?? "") && rest ? `${row[rec]!.replace(/\s*:$/, "")} — ${rest}` : rest;
}

const colOf = (t: RecommendationTable, l: TableLine) => Math.max(0, t.starts.filter((x) => l.x >= x - l.size * 0.5).length - 1);

const PAGE_NUMBER = /^(?:(?:page|p\.|p[aá]gina|pag\.)\s*\d+(?:\s*(?:of|de|sur|\/)\s*\d+)?|[-–]\s*\d+\s*[-–])$/i;

/**
 * The pages' furniture: a line at the top or bottom of its page with the same words (numbers aside)
 * at the same height on another page — a running header, a footer — or a page number ("Page 2", "- 2 -"; a bare number may be a
 * row's). Never a table's cell, though it may be set
 * in the table's type right below it (a table that runs on to the next page passes over it).
 */
function furniture<L extends TableLine>(pages: L[][]): Set<L> {
  const key = (l: L) => l.text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
  const seen = new Map<string, { page: number; y: number }[]>();
  pages.forEach((lines, page) => {
    for (const l of lines) {
      const k = key(l);
      if (k.length < 3) continue;
      const at = seen.get(k) ?? [];
      if (at.length < 50) at.push({ page, y: l.y });
      seen.set(k, at);
    }
  });
  const out = new Set<L>();
  pages.forEach((lines, page) => {
    // Only at the page's edges (its six highest or lowest lines): a cell that happens to sit at the
    // same height as the same words on another page is still a cell.
    const ys = lines.map((l) => l.y).sort((a, b) => a - b);
    const low = ys[Math.min(5, ys.length - 1)] ?? -Infinity;
    const high = ys[Math.max(0, ys.length - 6)] ?? Infinity;
    for (const l of lines) {
      if (l.y > low && l.y < high) continue;
      const at = seen.get(key(l)) ?? [];
      if (PAGE_NUMBER.test(l.text.trim()) || at.some((o) => o.page !== page && Math.abs(o.y - l.y) <= 2)) out.add(l);
    }
  });
  return out;
}

/**
 * A line that runs from one column on into the next: two cells the line builder glued together (set
 * closer than a column gap). Cut where an item starts at the next column's heading; false when it
 * cannot be.
 */
function splitCells<L extends TableLine>(t: RecommendationTable, lines: L[], j: number): boolean {
  const l = lines[j]!;
  const next = t.starts[colOf(t, l) + 1];
  const cut = next === undefined ? undefined : (l.cuts?.find((c) => Math.abs(c.x - next) <= l.size * 0.5) ?? sentenceCut(l, next));
  if (!cut) return false;
  const before = (l.cuts ?? []).filter((c) => c.at < cut.at);
  const after = (l.cuts ?? []).filter((c) => c.at > cut.at).map((c) => ({ at: c.at - cut.at, x: c.x }));
  const left = { ...l, text: l.text.slice(0, cut.at).trimEnd(), endX: Math.min(l.endX, cut.x - l.size * 0.3), cuts: before };
  const right = { ...l, text: l.text.slice(cut.at), x: cut.x, cuts: after };
  lines.splice(j, 1, left, right);
  return true;
}

/**
 * Where a line drawn as one run of text crosses into the next column: a sentence that ends ("…are
 * never counted.") and another that starts with a capital ("Count every boat…"), at about the next
 * column's start (the x read from the share of the line's characters before it). Round 20: failing
 * that, a word space before a capitalised word at about that start ("…of trained staff Every
 * district in the region"): a cell that fills its column up to the gap leaves no wider space and
 * no full stop before the next cell, and the line must be cut somewhere or the table ends there.
 * Undefined when no such boundary falls there.
 */
function sentenceCut(l: TableLine, next: number): { at: number; x: number } | undefined {
  const perChar = (l.endX - l.x) / Math.max(1, l.text.length);
  const closest = (pattern: RegExp, open = true) => {
    let best: { at: number; x: number; off: number } | undefined;
    for (const m of l.text.matchAll(pattern)) {
      const at = m.index! + m[0].length;
      const off = Math.abs(l.x + at * perChar - next);
      if (off <= l.size * 1.5 && (!best || off < best.off) && (open || !OPEN_END.test(l.text.slice(0, at).trimEnd()))) best = { at, x: next, off };
    }
    return best && { at: best.at, x: best.x };
  };
  // Round 56: not after a word a cell does not end on ("… whether our" | "Centre would …"): a full-width line of
  // text at the top of the page after a table that ran to the previous page's foot was cut at the table's column.
  return closest(/[.!?;:]\s+(?=\p{Lu})/gu) ?? closest(/(?<=\p{L}|[%)\d])\s+(?=\p{Lu}\p{Ll})/gu, false);
}

/** Tags the lines of the table from `from` on, while they fit its columns; the index after the last one. */
function scan<L extends TableLine>(t: RecommendationTable, lines: L[], from: number, furnished: Set<L>): number {
  let low = Infinity;
  let j = from;
  // Round 25: the fonts of the table's header and of the lines read so far.
  const fonts = new Set(t.head.map((h) => h.font));
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (Math.abs(l.size - t.size) > t.size * 0.15 || furnished.has(l)) break;
    // Round 25: a line after a gap set in a font the table has not used (a bold heading of the same
    // size right under it: "4. What the Trust will change") is the text after the table, not a row.
    if (low !== Infinity && l.font !== undefined && !fonts.has(undefined) && !fonts.has(l.font) && l.y < low - 1.5 * l.size) break;
    fonts.add(l.font);
    const col = colOf(t, l);
    const limit = t.starts[col + 1];
    // Text across the page again, or far below the table's last line (a page number, a footer).
    if (limit !== undefined && l.endX > limit + l.size * 0.5) {
      if (splitCells(t, lines, j)) {
        j--;
        continue;
      }
      break;
    }
    if (low !== Infinity && l.y < low - Math.min(4 * l.size, Math.max(2 * l.size, 2.5 * (t.step ?? Infinity)))) break;
    if (t.step === undefined && l.y < t.head[0]!.y) t.step = t.head[0]!.y - l.y;
    l.table = t.id;
    l.cell = col;
    low = Math.min(low, l.y);
  }
  return j;
}

/**
 * The header row of a table whose "Recommendation" cell is `lines[k]` (or begins there, its heading
 * wrapped: "Recommended" over "action"): the cells on its baseline, and the lines below them while
 * they only finish a heading ("Addressed" over "to") — a baseline with no line in the recommendation
 * column, or only the rest of its heading. The first row's top has its recommendation beside it.
 * Null when `lines[k]` heads no such column.
 */
function headerRow<L extends TableLine>(lines: L[], k: number): { cells: L[]; texts: string[]; rec: number; all: L[]; first: number; last: number } | null {
  const l = lines[k]!;
  if (l.text.length > 60) return null;
  // Only the lines around it (a heading's rest is drawn right after it): bounded work on any page.
  const around = lines.slice(Math.max(0, k - 24), k + 48);
  const sameType = (x: L, y: L) => Math.abs(x.size - y.size) <= y.size * 0.15 && (x.font === undefined || y.font === undefined || x.font === y.font);
  const below = (x: L, y: L) => x !== y && Math.abs(x.x - y.x) <= 2 && y.y - x.y > y.size * 0.5 && y.y - x.y <= y.size * 1.6 && sameType(x, y);
  // The recommendation heading, with its wrapped rest (up to two more lines).
  const recLines = [l];
  let recText = l.text.trim();
  while (!RECOMMENDATION_COLUMN.test(recText) && recLines.length < 3) {
    const under = around.find((x) => below(x, recLines.at(-1)!));
    if (!under) return null;
    recLines.push(under);
    recText = `${recText} ${under.text.trim()}`;
  }
  if (!RECOMMENDATION_COLUMN.test(recText)) return null;
  const near = (x: L) => Math.abs(x.y - l.y) <= l.size * 0.5 && Math.abs(x.size - l.size) <= l.size * 0.15;
  // The header row's lines, as drawn: cells on its baseline and the wrapped rest right after a cell.
  const inRow = (j: number) => near(lines[j]!) || (j > 0 && below(lines[j]!, lines[j - 1]!) && lines[j - 1]!.y <= l.y + l.size * 0.5 && l.y - lines[j]!.y <= l.size * 3.5);
  let first = k;
  while (first > 0 && inRow(first - 1)) first--;
  let end = k + 1;
  while (end < lines.length && inRow(end)) end++;
  const cells = lines.slice(first, end).filter(near).sort((a, b) => a.x - b.x);
  if (cells.length < 2 || cells.length > 6) return null;
  // Round 67: every other cell a heading too, as short as the recommendation's, no sentence ending inside it: a newspaper
  // column's "What we ask" beside a line of running prose in the column before it is no table's header row.
  if (cells.some((c) => c !== l && (c.text.trim().length > 60 || /[.!?]\s+\p{Lu}/u.test(c.text)))) return null;
  const texts = cells.map((c) => (c === l ? recText : c.text.trim()));
  const rec = cells.indexOf(l);
  const all = new Set<L>([...cells, ...recLines]);
  // The other headings' wrapped lines, baseline by baseline.
  const lastOf = cells.map((c) => (c === l ? recLines.at(-1)! : c));
  for (let round = 0; round < 2; round++) {
    // Round 30: not a line that runs on into the next heading's column (a first row whose cells the
    // line builder glued: "Train ten guides. that the ministry …"), which is no heading's rest.
    const within = (x: L, i: number) => cells[i + 1] === undefined || x.endX <= cells[i + 1]!.x + x.size * 0.5;
    const next = cells.map((c, i) => (i === rec ? null : around.find((x) => !all.has(x) && below(x, lastOf[i]!) && within(x, i)) ?? null));
    const found = next.filter((x): x is L => x !== null);
    if (found.length === 0) break;
    const y = Math.max(...found.map((x) => x.y));
    // A line in the recommendation column on that baseline: the first row.
    if (around.some((x) => !all.has(x) && Math.abs(x.x - cells[rec]!.x) <= 2 && Math.abs(x.y - y) <= l.size * 0.5)) break;
    next.forEach((x, i) => {
      if (!x || Math.abs(x.y - y) > l.size * 0.5) return;
      texts[i] = `${texts[i]} ${x.text.trim()}`;
      lastOf[i] = x;
      all.add(x);
    });
  }
  // After blind 83 was measured: the same test on each heading with its wrapped rest — a column of prose whose first line
  // ends mid-sentence beside the request heading takes its next lines as the "rest" of a cell, and a cell that then holds
  // a sentence end or runs long is prose, not a heading.
  if (texts.some((t, i) => i !== rec && (t.length > 120 || /[.!?]\s+\p{Lu}/u.test(t)))) return null;
  const at = [...all].map((x) => lines.indexOf(x));
  return { cells, texts, rec, all: [...all], first: Math.min(first, ...at), last: Math.max(...at) };
}

/** Marks the lines of every table of recommendations, page after page. */
export function tagTables<L extends TableLine>(pages: L[][]): RecommendationTable[] {
  const tables: RecommendationTable[] = [];
  const furnished = furniture(pages);
  // Nothing below the table but small type, short lines or the pages' furniture: it may go on overleaf.
  const goesOn = (t: RecommendationTable, rest: L[]) => rest.every((x) => x.size < t.size * 0.9 || x.text.trim().length <= 12 || furnished.has(x));
  let open: RecommendationTable | null = null;
  pages.forEach((lines, page) => {
    let k = 0;
    // A table that ran to the bottom of the previous page goes on at the top of this one (after a
    // running header): from the first of the first few lines that starts at one of its columns.
    if (open) {
      const t: RecommendationTable = open;
      open = null;
      const top = lines.filter((l) => !furnished.has(l)).slice(0, 4);
      let start = top.find((l) => t.starts.some((x) => Math.abs(l.x - x) <= 2) && Math.abs(l.size - t.size) <= t.size * 0.15);
      // The header row repeated at the top of the page (a word processor's "repeat as header row"):
      // the same headings at the same places, set aside with the first one, not read as a row.
      const recHead = t.head[t.rec]!;
      const again = lines.slice(0, 12).findIndex((l) => l.text.trim() === recHead.text.trim() && Math.abs(l.x - recHead.x) <= 2 && Math.abs(l.size - t.size) <= t.size * 0.15);
      const repeated = again >= 0 ? headerRow(lines, again) : null;
      if (repeated && repeated.cells.length === t.starts.length && repeated.cells.every((c, i) => Math.abs(c.x - t.starts[i]!) <= 2)) {
        for (const x of repeated.all) (x.table = t.id), (x.cell = -1);
        start = lines.slice(repeated.last + 1).find((l) => !furnished.has(l));
      }
      if (start) {
        k = scan(t, lines, lines.indexOf(start), furnished);
        if (goesOn(t, lines.slice(k))) open = t;
      }
    }
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.table !== undefined || furnished.has(l)) continue;
      const header = headerRow(lines, k);
      if (!header) continue;
      const t: RecommendationTable = { id: tables.length, heads: header.texts, starts: header.cells.map((h) => h.x), rec: header.rec, size: l.size, page, head: header.cells };
      for (const h of header.all) (h.table = t.id), (h.cell = -1);
      const end = scan(t, lines, header.last + 1, furnished);
      if (!lines.slice(header.last + 1, end).some((x) => x.cell === t.rec)) {
        for (const x of lines.slice(header.first, end)) (x.table = undefined), (x.cell = undefined);
        continue;
      }
      tables.push(t);
      if (goesOn(t, lines.slice(end))) open = t;
      k = end - 1;
    }
  });
  return tables;
}

const ROW_NUMBER = /^\d{1,3}[.)]?$/;

/** Words a line of a cell does not end on unless the cell goes on: "of", "the", "des", "de la", "para"… */
const OPEN_END = /(?:[,(\-–]|\b(?:of|the|a|an|and|or|to|in|on|for|with|by|from|at|that|their|its|our|de|des|du|la|le|les|l'|d'|et|ou|à|au|aux|en|pour|par|sur|avec|dans|que|qui|un|une|el|los|las|del|al|y|o|para|por|con|sin|entre|una|su|sus))$/iu;

/** Text in a cell that goes on from the line `above` (the same cell, cut by a page break). */
const goesOnFrom = (above: string, next: string) => /^\p{Ll}/u.test(next) || OPEN_END.test(above.trim());

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
      // A cell's first line on a page below the page's first table line starts a row too (its row's
      // cells all start at its top: above it, the row that ran on from the previous page).
      const pageTop = Math.max(...lines.map((l) => l.y));
      const afterGap = (l: L) =>
        lines.some((o) => {
          if (o.cell === 0 || Math.abs(o.y - l.y) > l.size * 0.5) return false;
          const above = lines.filter((a) => a.cell === o.cell && a.y > o.y + o.size * 0.5).map((a) => a.y);
          return above.length > 0 ? Math.min(...above) - o.y > pitch * 1.4 : rows.length > 0 && pageTop - o.y > o.size * 0.5;
        });
      // The page's first line of the first column goes on with the row the previous page ended in
      // when the page break cut that row: the recommendation's line on that baseline (or, its cell
      // finished overleaf, the first column's) carries on the text above it in its column — it
      // starts in lower case, or that text stopped on a comma or a small word ("of", "des", "de
      // la"). A row number starts a row.
      const carriedOn = (l: L) => {
        const row = rows.at(-1);
        if (!row || ROW_NUMBER.test(l.text.trim())) return false;
        const rec = lines.find((o) => o.cell === t.rec && Math.abs(o.y - l.y) <= l.size * 0.5) ?? l;
        const above = row[rec.cell!]?.at(-1);
        return above !== undefined && goesOnFrom(above, rec.text.trim());
      };
      // A row number in the first column ("1", "2.") starts a row, however close the rows are set.
      const numbered = firsts.length > 1 && firsts.every((l) => ROW_NUMBER.test(l.text.trim()));
      // Rows set without padding whose cells all end with a sentence: a baseline where every cell's
      // line opens with a capital right under a line of its column that ended a sentence starts a row.
      // Round 30: or under one that ended on a semicolon, an item of a list punctuated as one ("that
      // the courts …;" over "that every district …"), whatever its case.
      const fresh = (l: L) => {
        const level = lines.filter((o) => Math.abs(o.y - l.y) <= l.size * 0.5);
        return (
          level.length >= 2 &&
          level.every((o) => {
            const above = lines.filter((a) => a.cell === o.cell && a.y > o.y + o.size * 0.5).sort((a, b) => a.y - b.y)[0];
            return above !== undefined && ((/[.!?]["”»)]?\s*$/.test(above.text) && /^["“«(]?\p{Lu}/u.test(o.text.trim())) || /;\s*$/.test(above.text));
          })
        );
      };
      const tops = firsts.filter((l, k) => (k === 0 ? !carriedOn(l) : firsts[k - 1]!.y - l.y > pitch * 1.4 || afterGap(l) || numbered || fresh(l))).map((l) => l.y);
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
      ...cells.filter((row) => !TOTAL_ROW.test(row[t.rec]!)).map((row) => ({ text: `• ${row[t.rec]}`, gap: t.size })),
      ...cells.map((row) => ({ text: otherCells(t.heads, row, t.rec), gap: t.size * 4 })).filter((x) => x.text),
    ];
    const anchor = t.head[0]!;
    // No wider than the table was (a line past the text's right edge would change how the page's lines are judged).
    const right = Math.max(...mine.flat().map((l) => l.endX), ...t.head.map((l) => l.endX));
    const gone = (l: L) => l.table === t.id && (l.cell === -1 || kept.has(rowOfLine.get(l)!));
    // Written where the table ends: on the page it ran on to, where it starts there, so that the
    // text after it follows it on that page (the text before it ended on the page before).
    const last = out.reduce((p, lines, n) => (n >= t.page && lines.some(gone) ? n : p), t.page);
    let y = last === t.page ? anchor.y : Math.max(...out[last]!.filter(gone).map((l) => l.y));
    const made = texts.map((x, k) => {
      y -= k === 0 ? 0 : x.gap;
      return { ...(anchor as L), y, text: x.text, x: t.starts[0]!, endX: Math.min(right, t.starts[0]! + x.text.length * t.size * 0.5), table: undefined, cell: undefined };
    });
    out = out.map((lines, p) => {
      const at = lines.findIndex(gone);
      const rest = lines.filter((l) => !gone(l));
      if (p !== last || at < 0) return rest;
      return [...rest.slice(0, at), ...made, ...rest.slice(at)];
    });
  }
  return out;
}

/**
 * Round 16: a form laid out as a table — a label in the first cell of each row ("Name of the
 * organization", "Date", "Recommendations (max. 5)"), what was filled in beside it. Read row by
 * row as "Label: value", so that a label stays with its value (cell by cell, all the labels came
 * before all the values in a PDF, and a label and its value were paragraphs apart): the rows with a
 * short value one a line, one block; a long or several-paragraph value after its label and a
 * colon, as a lead-in and its paragraphs or items. Null when the table is not such a form (two
 * columns, three rows or more, every label short, one paragraph, no sentence, and one value of ten
 * words or more).
 */
export function formTable(rows: { label: string[]; value: string[] }[], fieldsApart = false): string | null {
  const filled = rows.filter((r) => r.value.length > 0);
  if (rows.length < 3 || filled.length < 3) return null;
  const label = (r: { label: string[] }) => r.label.join(" ");
  const short = (r: { label: string[] }) => r.label.length === 1 && label(r).length <= 60 && label(r).split(" ").length <= 8 && !/[.!?;]["”’»)]?$/.test(label(r));
  if (!rows.every((r) => r.label.length === 0 || short(r)) || rows.filter((r) => r.label.length > 0).length < 3) return null;
  // A form asks for some free text (a background, the requests): a table of two columns of short
  // cells (places and hours, a glossary, figures) is no form, its rows stay as they are.
  if (!filled.some((r) => r.value.join(" ").split(" ").length >= 10)) return null;
  const blocks: string[] = [];
  let fields: string[] = [];
  const head = (r: { label: string[] }) => (/[:：]$/.test(label(r)) ? label(r) : `${label(r)}:`);
  for (const r of filled) {
    const one = r.value.length === 1 && r.value[0]!.length <= 200;
    if (r.label.length === 0) {
      fields.length && (blocks.push(fields.join("\n")), (fields = []));
      blocks.push(r.value.join("\n\n"));
    } else if (one) fields.push(`${head(r)} ${r.value[0]}`);
    else {
      fields.length && (blocks.push(fields.join("\n")), (fields = []));
      // A value of list items keeps them as a list under its label; paragraphs stay paragraphs.
      const items = r.value.length > 1 && r.value.every((v) => /^(?:[•◦▪–-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s/i.test(v));
      blocks.push(items ? [head(r), ...r.value].join("\n") : r.value.length === 1 ? `${head(r)} ${r.value[0]}` : [head(r), ...r.value].join("\n\n"));
    }
  }
  if (fields.length) blocks.push(fields.join("\n"));
  // (A PDF's lines are unwrapped by their length: each field there is a paragraph of its own.)
  return blocks.map((b) => (fieldsApart && !b.includes("\n\n") && b.split("\n").every((l) => !/^(?:[•◦▪–-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s/i.test(l)) ? b.replace(/\n/g, "\n\n") : b)).join("\n\n");
}
