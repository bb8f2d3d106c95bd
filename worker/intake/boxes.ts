/**
 * Tests on the lines of a block set in or beside a statement's text — a DOCX frame or text box, a
 * PDF block in a gap of the column or a letterhead's cell — shared by the two readers so that a box
 * means the same in both formats.
 */

/** Contact details: an e-mail, a web address, a telephone or fax line. */
export const CONTACT = /@|\bwww\.|https?:\/\/|\b(?:phone|tel|t[ée]l[ée]phone|tel[ée]fono|fax)\b|\+\d{2,3}[\s\d]{6,}/i;

const OPENS = /^["“„«‘]/;
const CLOSES = /["”»’]$/;
const ATTRIBUTION = /^[—–―-]\s*\S/;

/**
 * Round 68: a quotation set in a box (a pull quote, a testimony): its first line opens with a
 * quotation mark, and a line closes one or the last is an attribution under it ("— a nurse who …").
 * It is set beside the statement, not part of what the statement says.
 */
export function isQuotation(lines: readonly string[]): boolean {
  const said = lines.map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (!said.length || !OPENS.test(said[0]!)) return false;
  return said.some((l) => CLOSES.test(l)) || ATTRIBUTION.test(said.at(-1)!);
}
