import { findDates } from "./dates.ts";

/**
 * An outcome document (a Chair's summary, a working group's report) as its numbered paragraphs.
 * UN documents number their paragraphs ("12.") and letter their sub-paragraphs ("(a)", "b)"): each
 * keeps its own label, a sub-paragraph as "12(a)" (its lead-in "12. Participants recommended that
 * States:" stays paragraph "12"). Headings ("II. Summary", "A. Opening", a short line without
 * final punctuation) end a paragraph and are not paragraphs. Text before the first numbered
 * paragraph is the front matter (title, symbol, date); unnumbered text after a paragraph continues
 * it. A document without numbering gets its blocks numbered 1, 2, 3… in order.
 */
export type OutcomeParagraph = { number: string; text: string };
export type ReadOutcome = { title: string | null; publishedOn: string | null; paragraphs: OutcomeParagraph[] };

export const MAX_PARAGRAPHS = 2000;

const PARAGRAPH = /^(\d{1,4})\s*\.\s+(?=\S)/;
/** The next paragraph number: above the last, and not a leap (a year such as "2022." opening a line is not paragraph 2022). */
const follows = (n: number, last: number) => n > last && n <= (last === 0 ? 999 : last + 50);
const SUB_PARAGRAPH = /^(?:\(([a-z])\)|([a-z])\))\s+(?=\S)/;
const HEADING = /^(?:[IVXLC]{1,6}|[A-H])\.\s+\S/;
const SYMBOL = /^[A-Z]{2,}(?:\/[\w.-]+){1,}$/;
const ORGANIZATION_LINE = /^(?:united nations|nations unies|naciones unidas|distr\.|general|limited|original\b)/i;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** A line standing alone as a heading: short, no final punctuation, starting with a capital or a number. */
function isHeading(line: string, alone: boolean): boolean {
  if (HEADING.test(line) && line.length <= 150) return true;
  return alone && line.length <= 100 && !/[.:;!?…,"”»)]$/.test(line) && /^[\p{Lu}\d]/u.test(line);
}

function nextLetter(previous: string | null): string {
  return previous ? String.fromCharCode(previous.charCodeAt(0) + 1) : "a";
}

/** Whether the text numbers its paragraphs: at least two lines open with an increasing "N." label. */
function isNumbered(lines: string[]): boolean {
  let last = 0;
  let found = 0;
  for (const line of lines) {
    const m = PARAGRAPH.exec(line);
    if (m && follows(Number(m[1]), last)) {
      last = Number(m[1]);
      found++;
    }
  }
  return found >= 2;
}

function frontMatter(lines: string[]): { title: string | null; publishedOn: string | null } {
  const title = lines.find((l) => l.length >= 3 && l.length <= 300 && !SYMBOL.test(l) && !ORGANIZATION_LINE.test(l) && findDates(l).length === 0 && /\p{L}{3}/u.test(l)) ?? null;
  const publishedOn = findDates(lines.join("\n"))[0]?.iso ?? null;
  return { title, publishedOn };
}

export function readParagraphs(text: string): ReadOutcome {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((b) => b.split("\n").map(squash).filter(Boolean))
    .filter((b) => b.length > 0);
  const numbered = isNumbered(blocks.flat());
  const paragraphs: OutcomeParagraph[] = [];
  const front: string[] = [];
  let current: OutcomeParagraph | null = null;
  let main: string | null = null;
  let letter: string | null = null;
  let last = 0;

  const open = (number: string, body: string) => {
    current = { number, text: body };
    paragraphs.push(current);
  };
  const append = (line: string, newBlock: boolean) => {
    if (current) current.text += newBlock ? `\n\n${line}` : ` ${line}`;
  };

  for (const block of blocks) {
    block.forEach((line, i) => {
      const alone = block.length === 1;
      if (!numbered) {
        if (i === 0 && isHeading(line, alone)) {
          if (paragraphs.length === 0) front.push(line);
          current = null;
          return;
        }
        if (i === 0 || !current) open(String(paragraphs.length + 1), line);
        else append(line, false);
        return;
      }
      const p = PARAGRAPH.exec(line);
      if (p && follows(Number(p[1]), last)) {
        last = Number(p[1]);
        main = String(last);
        letter = null;
        open(main, line.slice(p[0].length));
        return;
      }
      const s = SUB_PARAGRAPH.exec(line);
      const label = s ? (s[1] ?? s[2])! : null;
      if (main && label && label === nextLetter(letter)) {
        letter = label;
        open(`${main}(${label})`, line.slice(s![0].length));
        return;
      }
      if (i === 0 && isHeading(line, alone)) {
        if (paragraphs.length === 0) front.push(line);
        current = null;
        main = null;
        return;
      }
      if (current) append(line, i === 0);
      else if (paragraphs.length === 0) front.push(line);
    });
    if (paragraphs.length > MAX_PARAGRAPHS) break;
  }
  const { title, publishedOn } = frontMatter(front);
  return { title, publishedOn, paragraphs: paragraphs.filter((p) => p.text.trim() !== "").slice(0, MAX_PARAGRAPHS + 1) };
}
