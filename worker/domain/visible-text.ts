/**
 * Characters that show nothing on a page: whitespace, control and format characters (NUL, zero-width
 * space and joiners, the BOM, bidi marks), lone surrogates and the other default-ignorable code points
 * (variation selectors, Hangul fillers), plus the blank Braille pattern. A required field made only of
 * these would be stored and then listed as blank, so validation refuses it like an empty field.
 */
const INVISIBLE = /^[\p{White_Space}\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** True when `s` has at least one character that a reader can see. The text itself is never changed. */
export function hasVisibleText(s: string): boolean {
  return !INVISIBLE.test(s);
}
