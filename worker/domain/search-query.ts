/**
 * The one parser from what a person types into a search box to safe FTS5 MATCH expressions
 * (API.md "Public archive"): words are all required, "quoted phrases" match in order, `prefix*`
 * matches word beginnings, `-word` or `-"phrase"` excludes. Every other character is text: each
 * term reaches FTS5 as a double-quoted string, so no input can form FTS5 syntax or an error.
 *
 * Terms in Chinese, Japanese, Korean or Arabic script are matched as substrings through the
 * trigram index (docs/search.md); terms shorter than three characters cannot use it and become
 * plain `contains` checks.
 */

export type TermKind = "word" | "phrase" | "prefix";
export type Term = { text: string; kind: TermKind; negated: boolean };

export type CompiledQuery = {
  /** FTS5 expression for statements_fts (positives, with NOT for exclusions), or null. */
  match: string | null;
  /** FTS5 expression for statements_fts whose matches are removed, when there is no positive `match`. */
  exclude: string | null;
  /** Same two for statements_fts_trigram. */
  trigram: string | null;
  trigramExclude: string | null;
  /** Short substring terms (normalised) that must, or must not, appear in the statement's text. */
  contains: string[];
  notContains: string[];
};

export const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 100;

const HAS_TEXT = /[\p{L}\p{N}]/u;
const SUBSTRING_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}]/u;
const SPACE = /\s/u;

/** Splits the user's string into terms. Never throws; drops terms with no letter or digit. */
export function parseSearchQuery(input: string): Term[] {
  // Control characters are never text a person meant; they become spaces.
  const s = input.slice(0, MAX_QUERY_LENGTH).replace(/[\u0000-\u001f\u007f-\u009f]/gu, " ").normalize("NFC");
  const terms: Term[] = [];
  let i = 0;
  while (i < s.length && terms.length < MAX_TERMS) {
    if (SPACE.test(s[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if (s[i] === "-" && i + 1 < s.length && !SPACE.test(s[i + 1]!)) {
      negated = true;
      i++;
    }
    if (s[i] === '"') {
      const end = s.indexOf('"', i + 1);
      const body = s.slice(i + 1, end === -1 ? s.length : end);
      i = end === -1 ? s.length : end + 1;
      const text = body.replace(/\s+/gu, " ").trim();
      if (HAS_TEXT.test(text)) terms.push({ text: text.slice(0, MAX_TERM_LENGTH), kind: "phrase", negated });
      continue;
    }
    let j = i;
    while (j < s.length && !SPACE.test(s[j]!) && s[j] !== '"') j++;
    let word = s.slice(i, j);
    i = j;
    let kind: TermKind = "word";
    if (word.endsWith("*")) {
      word = word.replace(/\*+$/u, "");
      kind = "prefix";
    }
    if (HAS_TEXT.test(word)) terms.push({ text: word.slice(0, MAX_TERM_LENGTH), kind, negated });
  }
  return dedupe(terms);
}

function dedupe(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.negated}|${t.kind}|${t.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An FTS5 string literal: double quotes around, inner double quotes doubled. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function ftsTerm(t: Term): string {
  return t.kind === "prefix" ? `${ftsString(t.text)}*` : ftsString(t.text);
}

/**
 * The trigram index's normalisation of Arabic (migrations/0002): no tashkeel or tatweel, one form
 * of alef, yeh, heh and waw. Case folding and Latin diacritics are left to the tokenizer.
 */
export function normalizeForTrigram(text: string): string {
  return text
    .replace(/[\u064B-\u0652\u0670\u0640]/gu, "")
    .replace(/[\u0623\u0625\u0622\u0671]/gu, "\u0627")
    .replace(/\u0649/gu, "\u064A")
    .replace(/\u0629/gu, "\u0647")
    .replace(/\u0624/gu, "\u0648");
}

export function usesSubstringIndex(text: string): boolean {
  return SUBSTRING_SCRIPT.test(text);
}

function combine(positives: string[], negatives: string[]): { match: string | null; exclude: string | null } {
  if (positives.length === 0) return { match: null, exclude: negatives.length ? negatives.join(" OR ") : null };
  const pos = positives.length === 1 ? positives[0]! : `(${positives.join(" AND ")})`;
  return { match: negatives.length ? `${pos} NOT (${negatives.join(" OR ")})` : pos, exclude: null };
}

/** Routes each term to the word index, the trigram index or a substring check. */
export function compileSearchQuery(terms: Term[]): CompiledQuery {
  const word = { pos: [] as string[], neg: [] as string[] };
  const tri = { pos: [] as string[], neg: [] as string[] };
  const contains: string[] = [];
  const notContains: string[] = [];
  for (const t of terms) {
    if (!usesSubstringIndex(t.text)) {
      (t.negated ? word.neg : word.pos).push(ftsTerm(t));
      continue;
    }
    const text = normalizeForTrigram(t.text).toLowerCase();
    if ([...text].length >= 3) (t.negated ? tri.neg : tri.pos).push(ftsString(text));
    else (t.negated ? notContains : contains).push(text);
  }
  const w = combine(word.pos, word.neg);
  const g = combine(tri.pos, tri.neg);
  return { match: w.match, exclude: w.exclude, trigram: g.match, trigramExclude: g.exclude, contains, notContains };
}

export function isEmptyQuery(q: CompiledQuery): boolean {
  return !q.match && !q.exclude && !q.trigram && !q.trigramExclude && q.contains.length === 0 && q.notContains.length === 0;
}

/** parse + compile: any string in, a safe compiled query out. */
export function searchQuery(input: string): CompiledQuery {
  return compileSearchQuery(parseSearchQuery(input));
}
