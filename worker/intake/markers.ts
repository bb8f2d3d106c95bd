/** Recognizes the label that starts a list item: "1.", "2)", "(a)", "iv.", "•", "First,", "Premièrement,", "Segundo,"… */

export type Marker = { kind: "number" | "letter" | "roman" | "bullet" | "ordinal" | "label"; value: number; raw: string };

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  firstly: 1, secondly: 2, thirdly: 3, fourthly: 4, fifthly: 5, lastly: 99, finally: 99,
  premierement: 1, deuxiemement: 2, troisiemement: 3, quatriemement: 4, cinquiemement: 5, enfin: 99,
  "en premier lieu": 1, "en deuxieme lieu": 2, "en second lieu": 2, "en troisieme lieu": 3, "en quatrieme lieu": 4,
  primero: 1, segundo: 2, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, "en primer lugar": 1, "en segundo lugar": 2, "en tercer lugar": 3,
  "en cuarto lugar": 4, "en quinto lugar": 5, "por ultimo": 99, finalmente: 99,
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/**
 * Lowercase, accents removed; letters that do not decompose ("ł", "ø", "đ", "ı", "ħ") folded too, and the
 * typographic apostrophes an office suite writes ("qu’ils", "c’est", "we’d") made straight, so that every
 * rule written with "'" reads them — all one for one (lengths kept).
 */
export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase()
    .replace(/[łŀ]/g, "l")
    .replace(/ø/g, "o")
    .replace(/đ/g, "d")
    .replace(/ı/g, "i")
    .replace(/ħ/g, "h");

const LABELLED = /^(?:recommendation|proposal|recommandation|proposition|recomendaci[oó]n|propuesta)\s+(\d{1,2})\s*[.:)–—-]\s+(?=\S)/i;
const LABELLED_ALONE = /^(?:recommendation|proposal|recommandation|proposition|recomendaci[oó]n|propuesta)\s+(\d{1,2})\s*[.:–—-]?$/i;
/** A number or letter and its closing sign; "1.-" and "1.–" (a dash after the full stop, as Spanish and Latin American writers number) close it too. */
const NUMBERED = /^(?:(?:recommendation|proposal|recommandation|proposition|recomendaci[oó]n|propuesta)\s+)?(\(?)(\d{1,2}|[a-z]|[ivx]{1,4})([.)]|:)(?:[-–](?=\s))?\s+(?=\S)/i;
/** "3.1 States should…": a decimal label (a sub-section number), its text opening with a capital; its value is the second number. */
const DECIMAL = /^(\d{1,2})\.(\d{1,2})\.?\s+(?=\p{Lu})/u;
/**
 * A bullet; round 19: also an arrow or a check mark that a plain-text export or a slide writes for
 * one ("→ Tout…", "➔ Los…", "✓ Fund…").
 */
const BULLET = /^[•▪◦●○■□➢►–—*‣◆❖✓✔→⇒➔➜➝➞➡➤▶▸-]\s+(?=\S)/u;
/**
 * Round 18: an ordinal closed by a full stop, as a paragraph's label before a sentence ("Primera. Los
 * Estados…", "Segundo. Las…", "Deuxièmement. Les…"); Spanish feminine forms too (for "primera
 * recomendación"). Only from the first to the tenth, the text after it opening with a capital.
 */
const STOPPED: Record<string, number> = { ...Object.fromEntries(Object.entries(ORDINALS).filter(([, v]) => v <= 10)), primera: 1, segunda: 2, tercera: 3, cuarta: 4, quinta: 5, sexta: 6, septima: 7, octava: 8, novena: 9, decima: 10 };
const ORDINAL_STOP = new RegExp(`^(${Object.keys(STOPPED).sort((a, b) => b.length - a.length).join("|")})\\.\\s+(?=\\S)`, "i");
const ORDINAL = new RegExp(`^(${Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join("|")})\\s*[,:;]\\s*(?=\\S)`, "i");

/** The marker at the start of `line` and the text after it, or null. */
export function readMarker(line: string): { marker: Marker; rest: string } | null {
  // "Recommendation 2" or "Recommendation 2:" alone on its line, the text below it.
  const alone = LABELLED_ALONE.exec(line);
  if (alone) return { marker: { kind: "number", value: Number(alone[1]), raw: line.trim() }, rest: "" };
  const labelled = LABELLED.exec(line);
  if (labelled) return { marker: { kind: "number", value: Number(labelled[1]), raw: labelled[0].trim() }, rest: line.slice(labelled[0].length) };
  const d = DECIMAL.exec(line);
  // Not a time ("10.30 Opening"): sub-sections run from 1 to 19.
  if (d && Number(d[2]) >= 1 && Number(d[2]) <= 19) return { marker: { kind: "number", value: Number(d[2]), raw: d[0].trim() }, rest: line.slice(d[0].length) };
  const n = NUMBERED.exec(line);
  if (n) {
    const [raw, open, label, close] = n as unknown as [string, string, string, string];
    if (open && close !== ")") return null;
    if (/^\d+$/.test(label)) {
      // "2022. The…" or "10:" times are not list items; a 1–2 digit number is.
      return { marker: { kind: "number", value: Number(label), raw: raw.trim() }, rest: line.slice(raw.length) };
    }
    const lower = label.toLowerCase();
    if (close === ":" ) return null;
    // A lone "i." starts a roman list whatever follows ("i. à harmoniser"), except in "i. e.".
    if (/^[ivx]+$/.test(lower) && (lower.length > 1 || open || !/^\s*e\./i.test(line.slice(raw.length))) && ROMAN[lower]) return { marker: { kind: "roman", value: ROMAN[lower]!, raw: raw.trim() }, rest: line.slice(raw.length) };
    if (lower.length === 1 && (open || close === ")")) return { marker: { kind: "letter", value: lower.charCodeAt(0) - 96, raw: raw.trim() }, rest: line.slice(raw.length) };
    // "a. Mark…"; round 18: also "a. mark ammunition boxes…", an item that finishes its lead-in's
    // sentence, in lower case (a word of two letters or more, then two more words: not "a. m.").
    if (lower.length === 1 && close === "." && /^[a-h]$/.test(lower) && /^\s*(?:\p{Lu}|\p{Ll}{2,}(?:\s+[\p{L}'’-]+){2,})/u.test(line.slice(raw.length))) {
      return { marker: { kind: "letter", value: lower.charCodeAt(0) - 96, raw: raw.trim() }, rest: line.slice(raw.length) };
    }
    return null;
  }
  const b = BULLET.exec(line);
  if (b) return { marker: { kind: "bullet", value: 0, raw: b[0].trim() }, rest: line.slice(b[0].length) };
  const o = ORDINAL.exec(fold(line));
  if (o) {
    const value = ORDINALS[o[1]!.toLowerCase()]!;
    return { marker: { kind: "ordinal", value, raw: line.slice(0, o[0].length).trim() }, rest: line.slice(o[0].length) };
  }
  const stop = ORDINAL_STOP.exec(fold(line));
  if (stop && /^\p{Lu}/u.test(line.slice(stop[0].length))) {
    return { marker: { kind: "ordinal", value: STOPPED[stop[1]!.toLowerCase()]!, raw: line.slice(0, stop[0].length).trim() }, rest: line.slice(stop[0].length) };
  }
  return null;
}

export const isMarkerLine = (line: string) => readMarker(line.trim()) !== null;
