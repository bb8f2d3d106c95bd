import { normalizeForTrigram, usesSubstringIndex, type Term } from "./search-query.ts";

/**
 * Search snippets made in the Worker rather than by FTS5's snippet(), which re-tokenises every
 * result's whole text (measured: ~60 ms for a page of 20 at 10,000 statements, docs/performance.md).
 * Words are compared after folding case and diacritics and a light English suffix strip, close
 * to what the porter + unicode61 index matched; Chinese, Japanese, Korean and Arabic terms are
 * found as substrings after the trigram index's normalisation. Matches are wrapped in U+E000 and
 * U+E001, which `snippetHtml` turns into <mark> after escaping.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const WINDOW = 32;

const ASCII = /^[\x00-\x7f]*$/;

function fold(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A small suffix strip: "trafficking", "trafficked" → "traffick"; "states" → "state". */
export function lightStem(word: string): string {
  const w = fold(word);
  for (const suffix of ["ing", "ed", "ly"]) if (w.endsWith(suffix) && w.length - suffix.length >= 3) return w.slice(0, -suffix.length);
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

type Matcher = (word: string) => boolean;

function matchers(terms: Term[]): { words: Matcher[]; substrings: string[] } {
  const words: Matcher[] = [];
  const substrings: string[] = [];
  for (const t of terms) {
    if (t.negated) continue;
    if (usesSubstringIndex(t.text)) {
      substrings.push(normalizeForTrigram(t.text).toLowerCase());
      continue;
    }
    const parts = t.text.match(WORD) ?? [];
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (t.kind === "prefix" && last) {
        const prefix = fold(part);
        words.push((w) => fold(w).startsWith(prefix));
      } else {
        const stem = lightStem(part);
        words.push((w) => lightStem(w) === stem);
      }
    });
  }
  return { words, substrings };
}

type Span = { start: number; end: number };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words of `text` as `[start, end)` offsets, exactly what `text.matchAll(/[\p{L}\p{N}]+/gu)`
 * finds, without a match object per word: snippets tokenise each result's whole text (up to
 * 40,000 characters), and the regex iterator was most of their cost.
 */
export function wordOffsets(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (code < 0x80) {
      word = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    } else {
      const point = text.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      word = WORD_CHAR.test(String.fromCodePoint(point));
    }
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(text.length);
  }
  return { starts, ends };
}

function findSpans(text: string, m: { words: Matcher[]; substrings: string[] }): { starts: number[]; ends: number[]; hits: Set<number>; marks: Span[] } {
  const hits = new Set<number>();
  const marks: Span[] = [];
  // Words repeat a lot: each distinct word is tested once.
  const tested = new Map<string, boolean>();
  const { starts, ends } = wordOffsets(text);
  for (let k = 0; k < starts.length; k++) {
    const word = text.slice(starts[k], ends[k]);
    let hit = tested.get(word);
    if (hit === undefined) {
      hit = m.words.some((f) => f(word));
      tested.set(word, hit);
    }
    if (hit) {
      hits.add(k);
      marks.push({ start: starts[k]!, end: ends[k]! });
    }
  }
  if (m.substrings.length) {
    // Normalise character by character, remembering where each normalised character came from.
    let norm = "";
    const from: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const n = normalizeForTrigram(text[i]!).toLowerCase();
      for (const ch of n) {
        norm += ch;
        from.push(i);
      }
    }
    for (const s of m.substrings) {
      for (let at = norm.indexOf(s); at !== -1 && marks.length < 200; at = norm.indexOf(s, at + s.length)) {
        const span = { start: from[at]!, end: from[at + s.length - 1]! + 1 };
        marks.push(span);
        const token = ends.findIndex((end) => end > span.start);
        if (token !== -1) hits.add(token);
      }
    }
  }
  return { starts, ends, hits, marks };
}

/** The densest window of about 32 words of the first text with a match, matches marked; or null. */
export function makeSnippet(texts: string[], terms: Term[]): string | null {
  const m = matchers(terms);
  if (!m.words.length && !m.substrings.length) return null;
  for (const raw of texts) {
    const text = raw.replace(/[\uE000\uE001]/g, "");
    const { starts, ends, hits, marks } = findSpans(text, m);
    if (hits.size === 0) continue;
    // The window starting 4 words before a hit that holds the most hits (the first such).
    let best = 0;
    let bestCount = -1;
    const sorted = [...hits].sort((a, b) => a - b);
    let lo = 0;
    let hi = 0;
    for (const h of sorted) {
      const start = Math.max(0, h - 4);
      while (sorted[lo]! < start) lo++;
      while (hi < sorted.length && sorted[hi]! < start + WINDOW) hi++;
      if (hi - lo > bestCount) {
        best = start;
        bestCount = hi - lo;
      }
    }
    const from = best === 0 ? 0 : starts[best]!;
    const to = best + WINDOW >= starts.length ? text.length : ends[Math.min(starts.length - 1, best + WINDOW - 1)]!;
    let out = from > 0 ? "…" : "";
    let pos = from;
    for (const mark of marks.filter((k) => k.start >= from && k.end <= to).sort((a, b) => a.start - b.start)) {
      if (mark.start < pos) continue;
      out += `${text.slice(pos, mark.start)}\uE000${text.slice(mark.start, mark.end)}\uE001`;
      pos = mark.end;
    }
    out += text.slice(pos, to);
    return to < text.length ? `${out}…` : out;
  }
  return null;
}
