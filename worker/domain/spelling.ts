/**
 * "Did you mean": corrections of a search query from the archive's own vocabulary (docs/search.md
 * "Suggestions"). Pure: the database gives candidate words (statements_words_vocab), this picks the
 * closest one by edit distance and rewrites the query with it.
 */
import { usesSubstringIndex, type Term } from "./search-query";

/** Case and diacritics folded, as the search index compares words ("Sécurité" → "securite"). */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, and swaps of two
 * neighbours: "trafikcing"), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = 3): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/** How many edits a word of this length may be away from its correction. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words of a query that a correction may replace: the tokens (as the index splits them) of its
 * positive words and phrases, folded, of letters only and at least four long, in scripts the word
 * index holds (not Chinese, Japanese, Korean or Arabic); the first five. Prefixes and exclusions stay as typed.
 */
export function correctableWords(terms: Term[]): string[] {
  const words = new Set<string>();
  for (const t of terms) {
    if (t.negated || t.kind === "prefix" || usesSubstringIndex(t.text)) continue;
    for (const m of t.text.matchAll(TOKEN)) {
      const w = m[0].toLowerCase();
      if (allowedEdits([...w].length) > 0 && /^\p{L}+$/u.test(foldWord(w))) words.add(w);
    }
  }
  // At most five words are looked up: each costs a scan of one letter's share of the vocabulary.
  return [...words].slice(0, MAX_CORRECTED);
}

const MAX_CORRECTED = 5;

export type Candidate = { term: string; doc: number };

/**
 * The closest candidate within the allowed edits (compared folded), most frequent first on ties;
 * `null` when the word itself is in the vocabulary (it is not misspelt) or nothing is close.
 */
export function closestWord(word: string, candidates: Candidate[]): string | null {
  const folded = foldWord(word);
  const max = allowedEdits([...folded].length);
  let best: { term: string; d: number; doc: number } | null = null;
  for (const c of candidates) {
    const d = editDistance(folded, foldWord(c.term), max);
    if (d === 0) return null;
    if (d > max) continue;
    if (!best || d < best.d || (d === best.d && c.doc > best.doc)) best = { term: c.term, d, doc: c.doc };
  }
  return best?.term ?? null;
}

/** The query written back from its terms, with each corrected word replaced (case kept where it can be). */
export function rewriteQuery(terms: Term[], corrections: Map<string, string>): string {
  const fix = (text: string) =>
    text.replace(TOKEN, (token) => {
      const c = corrections.get(token.toLowerCase());
      if (!c) return token;
      return token[0] === token[0]!.toUpperCase() && token[0] !== token[0]!.toLowerCase() ? c[0]!.toUpperCase() + c.slice(1) : c;
    });
  return terms
    .map((t) => {
      const text = t.negated || t.kind === "prefix" ? t.text : fix(t.text);
      const body = t.kind === "phrase" ? `"${text}"` : t.kind === "prefix" ? `${text}*` : text;
      return t.negated ? `-${body}` : body;
    })
    .join(" ");
}
