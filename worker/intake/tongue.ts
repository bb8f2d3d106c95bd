import { fold } from "./markers.ts";

/** The small words of each language the intake reads (English, French, Spanish), folded. */
export const FUNCTION_WORDS: Record<string, Set<string>> = {
  en: new Set(["the", "and", "of", "to", "in", "that", "we", "is", "for", "should", "with", "be", "a", "an", "on", "by", "our", "their", "every", "ask", "must", "are"]),
  fr: new Set(["le", "la", "les", "et", "des", "du", "nous", "est", "pour", "que", "dans", "une", "un", "aux", "au", "sur", "par", "leur", "chaque", "doivent", "devraient", "sont"]),
  es: new Set(["el", "los", "las", "y", "del", "que", "en", "por", "para", "una", "un", "con", "se", "al", "sus", "cada", "deben", "deberian", "son", "pedimos", "su"]),
};

/** The language of a text, when its small words say so clearly (three of them at least, twice as many as the next language's); else null. */
export function tongue(text: string): string | null {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(FUNCTION_WORDS).map(([k, set]) => [k, words.filter((w) => set.has(w)).length] as const).sort((a, b) => b[1] - a[1]);
  return scores[0]![1] >= 3 && scores[0]![1] >= 2 * scores[1]![1] ? scores[0]![0] : null;
}
