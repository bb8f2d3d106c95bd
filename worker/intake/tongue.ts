import { fold } from "./markers.ts";

/**
 * The commonest small words of each language the intake reads (English, French, Spanish), folded:
 * the statement's language is the one whose list its text uses most (`language`).
 */
const COMMONEST = {
  en: ["the", "and", "of", "to", "in", "that", "we", "is", "for", "should", "with"],
  fr: ["le", "la", "les", "et", "des", "du", "nous", "est", "pour", "que", "dans", "une"],
  es: ["el", "los", "las", "y", "del", "que", "en", "por", "para", "una", "con", "se"],
} as const;

/** The small words of each language, folded: the commonest and more (a piece of text must be told apart: `tongue`). */
export const FUNCTION_WORDS: Record<string, Set<string>> = {
  en: new Set([...COMMONEST.en, "be", "a", "an", "on", "by", "our", "their", "every", "ask", "must", "are"]),
  fr: new Set([...COMMONEST.fr, "un", "aux", "au", "sur", "par", "leur", "chaque", "doivent", "devraient", "sont"]),
  es: new Set([...COMMONEST.es, "un", "al", "sus", "cada", "deben", "deberian", "son", "pedimos", "su"]),
};

/** The language of a text, when its small words say so clearly (three of them at least, twice as many as the next language's); else null. */
export function tongue(text: string): string | null {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(FUNCTION_WORDS).map(([k, set]) => [k, words.filter((w) => set.has(w)).length] as const).sort((a, b) => b[1] - a[1]);
  return scores[0]![1] >= 3 && scores[0]![1] >= 2 * scores[1]![1] ? scores[0]![0] : null;
}

const COMMONEST_SETS = { en: new Set<string>(COMMONEST.en), fr: new Set<string>(COMMONEST.fr), es: new Set<string>(COMMONEST.es) };

/** A whole statement's language (its first 3,000 words): the one whose commonest words it uses most; English on a tie. */
export function language(text: string): string {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  const score = { en: 0, fr: 0, es: 0 };
  for (const w of words.slice(0, 3000)) for (const k of ["en", "fr", "es"] as const) if (COMMONEST_SETS[k].has(w)) score[k]++;
  return Object.entries(score).sort((a, b) => b[1] - a[1])[0]![0];
}
