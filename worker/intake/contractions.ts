/**
 * Round 22: English contractions spelled out ("we'd urge" → "we would urge", "it's essential" → "it is
 * essential", "we're calling on" → "we are calling on", "shouldn't" → "should not", "don't" → "do not",
 * "can't" → "cannot", "let's" → "let us"), so that every rule written for the full words reads a
 * statement as people write it; after `fold`, which makes ’ straight. "'s", "'d", "'re", "'ve", "'ll"
 * and "'m" only after a pronoun or a modal ("the State's" stays a possessive; "l'État", "qu'il" are
 * French). Not length-preserving: where a position in the folded text is used on the text as written,
 * `foldLetters` is used instead.
 */
export function spelledOut(folded: string): string {
  if (!/['’]/.test(folded)) return folded;
  return folded
    .replace(/\bcan't\b/g, "cannot")
    .replace(/\bwon't\b/g, "will not")
    .replace(/\bshan't\b/g, "shall not")
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need|ought|might|may|dare)n't\b/g, "$1 not")
    .replace(/\blet's\b/g, "let us")
    .replace(/\b(it|that|there|here|what|who|where|how|he|she|this)'s\b/g, "$1 is")
    .replace(/\b(i|we|you|they|he|she|it|that|there|who|what)'d\b/g, "$1 would")
    .replace(/\b(we|you|they|who|what|there)'re\b/g, "$1 are")
    .replace(/\b(i|we|you|they|who|would|could|should|might|must)'ve\b/g, "$1 have")
    .replace(/\b(i|we|you|they|he|she|it|that|there|who|what)'ll\b/g, "$1 will")
    .replace(/\bi'm\b/g, "i am");
}
