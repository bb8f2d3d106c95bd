/**
 * Personal data in a statement, free of I/O: emails, phone numbers and street addresses. Shared by
 * moderation's flags and the intake's reading of a document.
 */

export type PiiKind = "email" | "phone" | "address";
export type PiiFinding = { kind: PiiKind; value: string };

// Applied only to a short window around each "@" (see `findEmails`): a regular expression that
// starts at every character of a 200,000-letter run would take time quadratic in its length.
const EMAIL_AT = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** RFC 5321's limits: 64 characters before the "@", 255 after it. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
// A run of digits with the separators phone numbers use; checked further in `isPhone`.
const PHONE_CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s().\-\u2010-\u2012/]{4,22}\d\b/g;
const PHONE_LABEL = /\b(?:phone|tel|telephone|t[eé]l[eé]phone|fax|mobile|mob|cell|whatsapp|tel[eé]fono|ph)\b\.?/i;
const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:1[89]|20)\d{2}\s*[-\u2010-\u2013/]\s*(?:1[89]|20)?\d{2})$/;
// Words that make a short line with a number look like a postal address, in the UN languages written in Latin script.
const ADDRESS_WORD =
  /\b(?:street|st\.|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|lane|drive|plaza|block|floor|square|place|court|terrace|highway|building|bldg\.?|suite|sector|house|apartment|apt\.?|p\.?\s?o\.?\s?box|postbox|rue|calle|avenida|carrera|calle|piso|strasse|straße|via|ulitsa|town|colony|nagar|marg)\b/i;
const INLINE_ADDRESS =
  /\b\d{1,5}[A-Za-z]?(?:-[A-Za-z0-9]{1,4})?,?\s+(?:[A-Z][\w'.-]*\s+){0,4}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Lane|Drive|Plaza|Block|Square|Terrace|Highway)\b|\bP\.?\s?O\.?\s?Box\s+\d{1,7}\b/g;

/**
 * Email addresses in `text`, found from each "@" outwards within RFC 5321's lengths, so the work
 * is linear in the text's length whatever it contains. Returns each match's start and value.
 */
export function findEmails(text: string): { index: number; value: string }[] {
  const out: { index: number; value: string }[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > searchFrom && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[end]!)) end++;
    const m = EMAIL_AT.exec(text.slice(start, end));
    if (m) {
      out.push({ index: start, value: m[0] });
      searchFrom = start + m[0].length;
      at = searchFrom - 1;
    }
  }
  return out;
}

function digitCount(s: string): number {
  return s.replace(/\D/g, "").length;
}

/** The candidate without an unmatched opening parenthesis. */
function trimPhone(candidate: string): string {
  const value = candidate.trim();
  return value.startsWith("(") && !value.includes(")") ? value.slice(1) : value;
}

function isPhone(value: string, labelled: boolean): boolean {
  const digits = digitCount(value);
  if (digits < 7 || digits > 15 || DATE_LIKE.test(value)) return false;
  if (labelled || value.startsWith("+") || value.startsWith("00") || value.includes("(")) return true;
  // Without a label, ask for the grouping phone numbers are written with.
  return digits >= 8 && /\d[\s.-]\d/.test(value);
}

function addressBlocks(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0 || line.length > 80 || !/\d/.test(line) || !ADDRESS_WORD.test(line)) continue;
    const block = [line];
    // Address blocks continue on the next short line after a trailing comma (`22, Tipu Block,` / `New Garden Town, Lahore`).
    while (block.at(-1)!.endsWith(",") && i + 1 < lines.length) {
      const next = lines[i + 1]!.trim();
      if (next.length === 0 || next.length > 80 || /[.!?:]$/.test(next)) break;
      block.push(next);
      i++;
    }
    out.push(block.join(" ").replace(/,$/, ""));
  }
  return out;
}

/** Emails, phone numbers and street addresses found in `text`, each value once, in order of appearance. */
export function detectPii(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  const seen = new Set<string>();
  const add = (kind: PiiKind, value: string) => {
    const clean = value.trim().replace(/\s+/g, " ");
    const key = `${kind}:${clean.toLowerCase()}`;
    if (clean && !seen.has(key)) {
      seen.add(key);
      found.push({ kind, value: clean });
    }
  };
  let withoutEmails = "";
  let last = 0;
  for (const { index, value } of findEmails(text)) {
    add("email", value);
    withoutEmails += text.slice(last, index) + " ".repeat(value.length);
    last = index + value.length;
  }
  withoutEmails += text.slice(last);
  // Letterheads put several things on one line ("P.O. Box 1, Nairobi | Tel: … | email"): each
  // part separated by a bar or a bullet is read as a line of its own.
  const lines = withoutEmails.split(/\r?\n/).flatMap((line) => line.split(/\s+[|•·]\s+/));
  const blocks = addressBlocks(lines);
  for (const block of blocks) add("address", block);
  for (const line of lines) {
    for (const m of line.matchAll(INLINE_ADDRESS)) {
      if (!blocks.some((b) => b.includes(m[0].trim()))) add("address", m[0]);
    }
    // Tested once per line, not per candidate: a long line full of candidates stays linear.
    const labelled = PHONE_LABEL.test(line);
    for (const m of line.matchAll(PHONE_CANDIDATE)) {
      // "P.O. Box 45120-00100" is a postal box (and its postcode), not a telephone number.
      if (/\bbox\s*$/i.test(line.slice(Math.max(0, m.index - 6), m.index))) continue;
      const value = trimPhone(m[0]);
      if (isPhone(value, labelled)) add("phone", value);
    }
  }
  return found;
}
