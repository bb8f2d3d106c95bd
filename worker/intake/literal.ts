/**
 * Text matched as written. Names, lines and stems found in one place of a statement are looked for
 * again elsewhere (a signature's name in the body, a country in an address); they must match as
 * plain text, with their dots and brackets taken literally.
 */

/** `text` as a pattern that matches it literally. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The same, where each run of white space may be any run of white space (a name wrapped over two lines). */
export const literalSpaced = (text: string): string => literal(text).replace(/\s+/g, "\\s+");
