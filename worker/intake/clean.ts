import { isMarkerLine, readMarker, type Marker } from "./markers.ts";
import { fromSubtitles, isSubtitles } from "./subtitles.ts";
import { withDelimitedTables, withDrawnTables } from "./text-tables.ts";

/**
 * Cleaning: drops what repeats on every page (letterheads, address and phone footers, page
 * numbers), lists it in `removed`, and rejoins the paragraph or list item a page break split.
 */
export type Cleaned = { text: string; removed: string[] };

const PAGE_NUMBER = /^(?:(?:page|p\.|pág\.?|página|pagina)\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:of|de|sur|\/)\s*\d{1,3})?$/i;
const PAGE_WORD = /^(?:page|pág\.?|página|pagina)\s*\d/i;
const CONTACT = /@|\bwww\.|https?:\/\/|\b(?:phone|tel|t[ée]l[ée]phone|tel[ée]fono|fax)\b/i;
const TERMINAL = /[.!?:;…"”»)\]]$/;
/**
 * What a web page adds around a statement copied from it: skip links, menus, share buttons,
 * "Click here…", photo captions, copyright lines, posting dates, tags. Short lines only.
 */
const WEB_DEBRIS = new RegExp(
  [
    String.raw`^(?:skip to (?:main )?content|aller au contenu|ir al contenido|saltar al contenido)`,
    String.raw`^(?:share|partager|compartir)(?: this| on| sur| en)?\s*:?\s*(?:$|(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|instagram|telegram|print)\b)`,
    String.raw`^(?:(?:facebook|twitter|linkedin|whatsapp|e-?mail|instagram|youtube|telegram|print|imprimer|imprimir)[\s|·,]*){2,}$`,
    String.raw`^(?:click here|cliquez ici|haga clic aqu[ií]|pulse aqu[ií]|read more|lire la suite|leer m[aá]s|back to top|retour en haut|volver arriba|subscribe to our newsletter|follow us|suivez-nous|s[ií]guenos)\b`,
    String.raw`^[[(]?\s*(?:photo|foto|crédit|credit|cr[eé]dito|image|imagen|picture|illustration|caption|l[eé]gende|pie de foto)\s*(?::|by\b|de\b|par\b|©)`,
    String.raw`^(?:©|copyright\b|\(c\) ?\d{4})`,
    String.raw`\b(?:all rights reserved|tous droits réservés|todos los derechos reservados)\.?$`,
    String.raw`^(?:posted|published|publi[eé]|publicad[oa]|last (?:updated|modified)|mis à jour|actualizad[oa])(?: on| le| el)?\s*:?\s+\S.{0,40}$`,
    String.raw`^(?:tags|categories|cat[eé]gories|etiquetas|related (?:posts|articles)|articles similaires)\s*:`,
    // "[Photo] Legend: …", "[Image]": a picture's placeholder and its caption.
    String.raw`^[[(](?:photo|foto|image|imagen|picture|illustration|video|vid[eé]o)[\])]`,
    // A reading time ("3 min read", "Temps de lecture : 4 min", "Lectura de 5 minutos") and a search box ("Search this site…").
    String.raw`^(?:\d{1,2}\s*(?:min|mins|minutes?|minutos?)\.?\s*(?:read|de lecture|de lectura)|(?:reading time|temps de lecture|tiempo de lectura|lectura de)\s*:?\s*\d{1,2}\s*(?:min|mins|minutes?|minutos?)\b)`,
    String.raw`^(?:search(?: this site| the site| our site)?|rechercher(?: sur le site| dans le site)?|buscar(?: en (?:el|este) sitio)?)\s*(?:\.{3}|…)?$`,
    // A menu: three or more short items between bars ("Home | About us | News | Contact").
    String.raw`^[^|]{1,25}(?:\|[^|]{1,25}){2,}$`,
  ].join("|"),
  "i",
);

/**
 * A running header as a text copied from a PDF keeps it, once, right after a page break ("Page 1
 * of 2"): a short line with no closing punctuation, either made of parts set apart by " / ",
 * " | " or " – " ("ORG / Title / Date") or in the words of the document's opening lines (its title).
 */
function runningHeader(line: string, opening: Set<string>): boolean {
  const t = line.trim();
  if (t.length < 12 || t.length > 140 || TERMINAL.test(t) || isMarkerLine(t) || !/^[\p{Lu}\d]/u.test(t)) return false;
  if (t.split(/\s+[/|–—]\s+/).length >= 2) return true;
  const words = key(t).match(/\p{L}{3,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => opening.has(w)).length >= words.length * 0.8;
}

/**
 * Round 20: a table of contents' entry, its title then a leader of dots (or "…", "·", "_") and a
 * page number ("2. What we found ........ 3", "Annexe …… iv"); and the heading over such entries.
 */
const CONTENTS_ENTRY = /^\S.{0,120}?\s*(?:(?:\.\s?){4,}|…{2,}|(?:·\s?){4,}|_{4,})\s*(?:\d{1,3}|[ivxlc]{1,6})$/iu;
const CONTENTS_HEADING = /^(?:(?:table of )?contents|sommaire|table des mati[eè]res|[ií]ndice(?: general)?|contenidos?|tabla de contenidos?)\s*:?$/iu;

/**
 * The lines of a table of contents: two entries or more one after the other (blank lines between
 * them allowed), with the heading right above them. Its titles come again in the body as its
 * section headings; read as text, the entries would be taken for a numbered list.
 */
function contentsLines(page: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < page.length; i++) {
    if (!CONTENTS_ENTRY.test(page[i]!.trim())) continue;
    const run = [i];
    let j = i + 1;
    for (; j < page.length; j++) {
      const t = page[j]!.trim();
      if (t === "") continue;
      if (!CONTENTS_ENTRY.test(t)) break;
      run.push(j);
    }
    if (run.length >= 2) {
      run.forEach((k) => out.add(k));
      let h = i - 1;
      while (h >= 0 && page[h]!.trim() === "") h--;
      if (h >= 0 && CONTENTS_HEADING.test(page[h]!.trim())) out.add(h);
    }
    i = j - 1;
  }
  return out;
}

const key = (line: string) => line.trim().replace(/\s+/g, " ").toLowerCase();
const BREAK = "\u0000break";

function percentile90(lengths: number[]): number {
  if (lengths.length === 0) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.9)] ?? sorted.at(-1)!;
}

/** Which lines of each page are boilerplate. Pages known (PDF, form feeds): a line on half the pages or more, near a page edge. */
function boilerplate(pages: string[][], paged: boolean): boolean[][] {
  const multi = pages.length > 1 || paged;
  // Across pages, "Page 1 of 3 | Org" and "Page 2 of 3 | Org" are the same footer.
  const keyOf = (line: string) => (multi ? key(line).replace(/\d+/g, "#") : key(line));
  const count = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const line of lines) {
      const k = keyOf(line);
      if (!k || (multi && seen.has(k))) continue;
      seen.add(k);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  const needed = multi ? Math.max(2, Math.ceil(pages.length * 0.5)) : 2;
  const repeats = pages.length > 1 || !paged;
  const repeated = (line: string) => {
    const k = keyOf(line);
    return repeats && k.length > 0 && k.length <= 150 && (count.get(k) ?? 0) >= needed && !/^\d{1,2}[.)]$/.test(k);
  };
  return pages.map((lines) => {
    const content = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    const marks = lines.map(() => false);
    content.forEach((i, n) => {
      const line = lines[i]!;
      const edge = n < 6 || n >= content.length - 6;
      if (line.trim().length <= 120 && WEB_DEBRIS.test(line.trim())) marks[i] = true;
      else if (multi && PAGE_NUMBER.test(line.trim()) && (edge || PAGE_WORD.test(line.trim()))) marks[i] = true;
      else if (!multi && PAGE_WORD.test(line.trim()) && PAGE_NUMBER.test(line.trim())) marks[i] = true;
      else if (repeated(line)) {
        if (multi) marks[i] = edge;
        else {
          // Without page boundaries, a repeated line is boilerplate when it sits in a block of repeated lines or carries contact details.
          const prev = content[n - 1] !== undefined ? lines[content[n - 1]!]! : "";
          const next = content[n + 1] !== undefined ? lines[content[n + 1]!]! : "";
          marks[i] = repeated(prev) || repeated(next) || CONTACT.test(line);
        }
      }
    });
    if (!multi) {
      // A page break shown by its number alone ("Page 1 of 2"): the running header after it goes too.
      const opening = new Set(content.slice(0, 12).flatMap((i) => key(lines[i]!).match(/\p{L}{3,}/gu) ?? []));
      content.forEach((i, n) => {
        const next = content[n + 1];
        if (marks[i] && PAGE_WORD.test(lines[i]!.trim()) && next !== undefined && !marks[next] && runningHeader(lines[next]!, opening)) marks[next] = true;
      });
    }
    if (multi) {
      // A letterhead or footer is a block: two offices' addresses side by side make eight lines or
      // more. A repeated line next to a line already taken (a page number, a repeated line near
      // the edge) belongs to the same block, however far from the edge the block starts.
      for (let changed = true; changed; ) {
        changed = false;
        content.forEach((i, n) => {
          if (marks[i]) return;
          const near = (content[n - 1] !== undefined && marks[content[n - 1]!]) || (content[n + 1] !== undefined && marks[content[n + 1]!]);
          if (near && repeated(lines[i]!)) (marks[i] = true), (changed = true);
        });
      }
    }
    return marks;
  });
}

/**
 * Round 61: a wrapped line that opens on a counting word ("Segundo, algo …", "Second, …") whose number before it no line of
 * the paragraph opens on ("¿Qué pedimos? Primero, que …" mid-line above it): the count goes on in prose, not a list's label.
 */
function ordinalInProse(line: string, above: readonly string[]): boolean {
  const m = readMarker(line.trim())?.marker;
  return m?.kind === "ordinal" && m.value > 1 && m.value < 99 && !above.some((l) => {
    const o = readMarker(l.trim())?.marker;
    return o?.kind === "ordinal" && o.value === m.value - 1;
  });
}

/** Joins the last line of one block and the first of the next when the break fell mid-sentence. */
function continues(prev: string, next: string): boolean {
  if (isMarkerLine(next)) return false;
  // "…responded within a month;" then "others could not say." on the next page: one sentence.
  if (/;$/.test(prev) && /^\p{Ll}/u.test(next) && !isMarkerLine(prev)) return true;
  if (TERMINAL.test(prev)) return false;
  return /^\p{Ll}/u.test(next) || /[,\-–]$/.test(prev) || (/\p{Ll}$/u.test(prev) && prev.length > 60);
}

/**
 * Round 31: a line ending in a hyphen that belongs to the word ("porte-" over "parole", "vice-" over "présidente", "self-"
 * over "help"): the first part is a word always joined to the next by a hyphen, never a syllable a line is broken at.
 */
const HYPHENATED_HEAD = /(?:^|[^\p{L}])(?:porte|vice|non|self|peut|well|cross|semi|demi)-$/iu;

export function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return HYPHENATED_HEAD.test(a) ? a + b : a.slice(0, -1) + b;
  // Round 56: a hyphen before a capitalised word ("Smith-" over "Jones", "Jean-" over "Luc") joins a double name: a
  // line is not broken at a syllable there ("Smith- Jones" lost the speaker's full name in the PDF, not the DOCX).
  if (/\p{Ll}-$/u.test(a) && /^\p{Lu}\p{Ll}/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/** `paged`: the pages are real (a PDF), so page numbers at their edges go even when there is only one page. */
/**
 * Round 21: a draft circulated for comment with its lines numbered in the margin (every line, or every
 * fifth: "  5   text", " 10   text"), the text of every line starting at one column: the numbers, rising
 * by one step, are no part of the text (before, they were read into its sentences: "… such a 20 list …").
 */
function withoutLineNumbers(page: string): string {
  const lines = page.split("\n");
  // A numbered blank line has its number alone (every line numbered, blank ones too).
  const numbered = lines.flatMap((l, i) => {
    const m = /^( {0,8})(\d{1,4})(?:( {2,})(?=\S)|\s*$)/.exec(l);
    return m ? [{ i, n: Number(m[2]), col: m[3] ? m[0].length : null }] : [];
  });
  const texts = numbered.filter((x) => x.col !== null);
  if (numbered.length < 3 || texts.length === 0) return page;
  const step = numbered[1]!.n - numbered[0]!.n;
  const col = texts[0]!.col!;
  if (step < 1 || step > 10 || texts.some((x) => x.col !== col) || numbered.some((x, k) => k > 0 && x.n - numbered[k - 1]!.n !== step)) return page;
  const at = new Set(numbered.map((x) => x.i));
  // Every fifth line numbered: the lines between start at the numbered lines' text column.
  const others = lines.slice(numbered[0]!.i, numbered.at(-1)!.i + 1).filter((l, k) => l.trim().length > 0 && !at.has(numbered[0]!.i + k));
  if ((step > 1 && others.length < numbered.length) || others.some((l) => /^ */.exec(l)![0].length !== col)) return page;
  return lines.map((l, i) => (at.has(i) ? (numbered.find((x) => x.i === i)!.col === null ? "" : " ".repeat(col) + l.slice(col)) : l)).join("\n");
}

/** Round 25: the label opening a heading's field line (a reading copy's, a memo's, a running order's). */
const FIELD_LABEL = /^(?:Speaker|Presenter|Slot|Time|Timing|Duration|Marks|Date|From|To|Cc|Subject|Venue|Language|Orador|Oradora|Ponente|Fecha|Hora|Lugar|Asunto|Duraci[óo]n|Intervenant|Intervenante|Orateur|Oratrice|Objet|Lieu|Heure|Dur[ée]e)\s?:\s+\S/;

export function clean(input: { pages: string[]; dropped?: string[]; wrapped?: boolean; paged?: boolean; joined?: readonly string[] }): Cleaned {
  let pages = input.pages.map((p) => p.normalize("NFC").replace(/\r\n?/g, "\n"));
  if (pages.length === 1 && pages[0]!.includes("\f")) pages = pages[0]!.split("\f");
  // A subtitle file (SRT, WebVTT): cue numbers and timings out, sentences whole (round 17).
  if (pages.length === 1 && isSubtitles(pages[0]!)) pages = [fromSubtitles(pages[0]!)];
  // A table of recommendations pasted from a spreadsheet or exported as CSV (round 18), before tabs are folded.
  pages = pages.map(withDelimitedTables);
  // Round 20: a table drawn with "+---+" rules and "|" bars, or in Markdown.
  pages = pages.map(withDrawnTables);
  // Round 21: a copy with its lines numbered in the margin.
  pages = pages.map(withoutLineNumbers);
  const removed: string[] = [];
  const lines = pages.map((p) => {
    const page = p.split("\n").map((l) => l.replace(/[\t\u00a0 ]+/g, " ").trimEnd());
    // Round 20: a table of contents out of the text (not in `removed`, which is read as a letterhead).
    const contents = contentsLines(page);
    return page.filter((_, k) => !contents.has(k));
  });
  const marks = boilerplate(lines, input.paged === true);

  const stream: string[] = [];
  lines.forEach((page, p) => {
    if (p > 0) stream.push(BREAK);
    let inRun = false;
    page.forEach((line, i) => {
      if (marks[p]![i]) {
        const t = line.trim();
        if (!removed.includes(t)) removed.push(t);
        // A web page's debris ("Posted on …", "3 min read", a caption) is no page break: the text on either side is not one paragraph cut in two.
        if (!inRun) stream.push(t.length <= 120 && WEB_DEBRIS.test(t) && !PAGE_WORD.test(t) ? "" : BREAK);
        inRun = true;
      } else if (line.trim()) {
        // An indented list label keeps its indentation: "  - …" under "- …" is a sub-item (proposals.ts).
        const indent = /^ {1,12}(?=\S)/.exec(line)?.[0] ?? "";
        stream.push(indent && isMarkerLine(line) ? indent + line.trim() : line.trim());
        inRun = false;
      } else {
        stream.push("");
      }
    });
  });
  for (const d of input.dropped ?? []) if (!removed.includes(d)) removed.push(d);

  // Blocks are runs of lines between blank lines; a break between two blocks may be rejoined.
  const blocks: { lines: string[]; brokenBefore: boolean }[] = [];
  let current: string[] = [];
  let sawBreak = false;
  const flush = () => {
    if (current.length) blocks.push({ lines: current, brokenBefore: sawBreak });
    current = [];
    sawBreak = false;
  };
  for (const item of stream) {
    if (item === BREAK) {
      if (current.length) {
        blocks.push({ lines: current, brokenBefore: sawBreak });
        current = [];
        sawBreak = false;
      }
      sawBreak = true;
    } else if (item === "") {
      if (current.length) {
        blocks.push({ lines: current, brokenBefore: sawBreak });
        current = [];
        sawBreak = false;
      }
    } else current.push(item);
  }
  flush();

  const merged: string[][] = [];
  for (const block of blocks) {
    const prev = merged.at(-1);
    if (prev && block.brokenBefore && continues(prev.at(-1)!, block.lines[0]!)) {
      prev[prev.length - 1] = joinLines(prev.at(-1)!, block.lines[0]!);
      prev.push(...block.lines.slice(1));
    } else merged.push([...block.lines]);
  }

  // Hard-wrapped text (PDF lines, e-mail style): a line that runs close to full width continues on the next.
  // (0.7: a wrap leaves at most one long word's room; a letterhead line at 60 % of the width is a line of its own.)
  // A PDF's paragraphs set in newspaper columns arrive already joined (`joined`, extract-pdf.ts):
  // their long lines are not the page's line width.
  const joined = new Set(input.joined ?? []);
  const lengths = merged.flat().filter((l) => !joined.has(l.trim())).map((l) => l.length);
  const width = percentile90(lengths.length ? lengths : merged.flat().map((l) => l.length));
  const wrapped = input.wrapped ?? width <= 110;
  const paragraphs = merged.map((block, k) => {
    if (!wrapped || (input.wrapped === undefined && k === 0 && setLines(block))) return block.join("\n");
    const out: string[] = [];
    let previous = "";
    for (const line of block) {
      // Round 25: a line wholly in capitals (a title: "STATEMENT OF THE … , MR. NAME") does not run on into a line in mixed case.
      const capsEnd = /\p{Lu}{3}/u.test(previous) && !/\p{Ll}/u.test(previous) && /\p{Ll}/u.test(line);
      // Round 25: nor into a field's label line ("Speaker: …", "Slot: …", "Fecha : …") of a heading set as a form.
      if (out.length && (!isMarkerLine(line) || ordinalInProse(line, out)) && !capsEnd && !FIELD_LABEL.test(line) && previous.length >= width * 0.7) out[out.length - 1] = joinLines(out.at(-1)!, line);
      else out.push(line);
      previous = line;
    }
    return out.join("\n");
  });
  // A PDF shows a list's items as paragraphs with space between them; they are one list, as in
  // the DOCX (item after item on its own line): "2." right after a block whose last item is "1.".
  const listed = input.paged ? joinListItems(paragraphs) : paragraphs;
  return { text: listed.join("\n\n").trim(), removed };
}

// A line ending on a word that joins it to the next ("… directora del" / "Centro …", "… Network of the" / "Lakes"): one line wrapped.
const JOINING_END = /(?:^|\s)(?:of|the|and|for|to|in|on|at|by|with|from|an?|de|del|des|du|la|le|les|l['’]|d['’]|et|pour|à|au|aux|en|sur|par|y|e|el|los|las|para|por|con|sobre)$/iu;
/**
 * Round 68: a plain text's heading (a PDF's lines are set by its layout): its first block of three to six lines, none
 * closing a sentence or a clause or ending on a joining word, each opening on a capital or a figure, the last a date (name /
 * title / date): not a paragraph wrapped at the width, though they run as long as the text's narrow lines.
 */
function setLines(block: readonly string[]): boolean {
  const lines = block.map((l) => l.trim());
  return lines.length >= 3 && lines.length <= 6 && /^(?:\p{L}+,?\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+\p{L}+\s+\d{4}$|\s\d{4}$/u.test(lines.at(-1)!) && lines.every((l) => l.length <= 90 && /^[\p{Lu}\d]/u.test(l) && !/[.!?;:,\-–—]$/u.test(l)) && lines.slice(0, -1).every((l) => !JOINING_END.test(l));
}

function joinListItems(paragraphs: string[]): string[] {
  const out: string[] = [];
  let last: Marker | null = null;
  // Round 66: the item that announced a sub-list set apart from it ("• A worker who … must be able to" over "◦ find …",
  // "◦ and …"; a sentence, not a numbered heading "2. Findings"): the sub-list belongs to it, and the list resumes after
  // it with the item's own mark ("•", or "2." after "1.").
  let head: Marker | null = null;
  const same = (a: Marker, b: Marker) => a.kind === b.kind && (a.kind === "bullet" ? a.raw === b.raw : a.value === b.value + 1);
  for (const p of paragraphs) {
    const first = readMarker(p.split("\n")[0]!.trim())?.marker ?? null;
    let follows = first !== null && last !== null && same(first, last);
    const end = out.at(-1)?.split("\n").at(-1)!.trim() ?? "";
    const item = last !== null ? (readMarker(end)?.marker ?? null) : null;
    const sub: boolean = !follows && first !== null && item !== null && item.kind === last!.kind && /(?::|\p{Ll})$/u.test(end) && first.raw !== item.raw && end.split(" ").length >= 7;
    const resumed: boolean = !follows && !sub && first !== null && head !== null && same(first, head);
    follows ||= sub || resumed;
    if (follows && out.length) out[out.length - 1] += `\n${p}`;
    else out.push(p);
    // The last item marker of the block (its own first line if it is an item), or none: a list is interrupted by a plain paragraph.
    const markers = first ? p.split("\n").map((l) => readMarker(l.trim())?.marker ?? null).filter((m): m is Marker => m !== null && m.kind === first.kind) : [];
    last = markers.at(-1) ?? null;
    head = sub ? item : follows && !resumed ? head : null;
  }
  return out;
}
