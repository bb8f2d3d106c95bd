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

function findSpans(text: string, m: { words: Matcher[]; substrings: string[] }): { tokens: Span[]; hits: Set<number>; marks: Span[] } {
  const tokens: Span[] = [];
  const hits = new Set<number>();
  const marks: Span[] = [];
  // Words repeat a lot: each distinct word is tested once.
  const tested = new Map<string, boolean>();
  for (const match of text.matchAll(WORD)) {
    const span = { start: match.index, end: match.index + match[0].length };
    let hit = tested.get(match[0]);
    if (hit === undefined) {
      hit = m.words.some((f) => f(match[0]));
      tested.set(match[0], hit);
    }
    if (hit) {
      hits.add(tokens.length);
      marks.push(span);
    }
    tokens.push(span);
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
        const token = tokens.findIndex((t) => t.end > span.start);
        if (token !== -1) hits.add(token);
      }
    }
  }
  return { tokens, hits, marks };
}

/** The densest window of about 32 words of the first text with a match, matches marked; or null. */
export function makeSnippet(texts: string[], terms: Term[]): string | null {
  const m = matchers(terms);
  if (!m.words.length && !m.substrings.length) return null;
  for (const raw of texts) {
    const text = raw.replace(/[\uE000\uE001]/g, "");
    const { tokens, hits, marks } = findSpans(text, m);
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
    const first = tokens[best]!;
    const last = tokens[Math.min(tokens.length - 1, best + WINDOW - 1)]!;
    const from = best === 0 ? 0 : first.start;
    const to = best + WINDOW >= tokens.length ? text.length : last.end;
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
