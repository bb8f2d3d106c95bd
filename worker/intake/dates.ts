import { fold } from "./markers.ts";

/** Calendar dates written in English, French or Spanish ("1 July 2022", "the 1st of July 2022", "July 1, 2022", "1.º de julio de 2022", "1er juillet 2022", "4 de octubre de 2023", "1ro de julio de 2022", "primero de julio de 2022", "julio 1 de 2022", "4-Oct-2023", "2023/10/04", "01/07/2022", "01-07-2022", "2022-07-01"). */

const MONTHS: Record<string, number> = {};
const names: [number, string[]][] = [
  [1, ["january", "jan", "janvier", "janv", "enero", "ene"]],
  [2, ["february", "feb", "fevrier", "fevr", "febrero"]],
  [3, ["march", "mar", "mars", "marzo"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr"]],
  [5, ["may", "mai", "mayo"]],
  [6, ["june", "jun", "juin", "junio"]],
  [7, ["july", "jul", "juillet", "juil", "julio"]],
  [8, ["august", "aug", "aout", "agosto", "ago"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre", "setiembre"]],
  [10, ["october", "oct", "octobre", "octubre"]],
  [11, ["november", "nov", "novembre", "noviembre"]],
  [12, ["december", "dec", "decembre", "diciembre", "dic"]],
];
for (const [n, list] of names) for (const name of list) MONTHS[name] = n;
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})\\.?`;

/** Round 24: a month and its year with no day ("May 2023", "mai 2023", "mayo de 2023"), on folded text; `monthNumber` reads the month. */
export const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(?:de(?:l)?\\s+)?(\\d{4})\\b`);
export const monthNumber = (name: string): number => MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;

// Round 25: the Spanish abbreviated ordinal may carry its dot after the letter ("3o. de mayo").
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?(?:er|st|nd|rd|th|º|°|ero|ro|o)?\\.?\\s+(?:de\\s+|of\\s+)?${MONTH}\\s*,?\\s+(?:de(?:l)?\\s+)?(\\d{4})\\b`, "g");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:de\\s+)?(\\d{4})\\b`, "g");
/** "4-Oct-2023", "04 oct 2023" written with hyphens. */
const DAY_MON_YEAR_DASHED = new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{4})\\b`, "g");
/** "primero de julio de 2022", "premier juillet 2022": the first of the month spelled out. */
const FIRST_OF = new RegExp(`\\b(?:primero|premier)\\s+(?:de\\s+)?${MONTH}\\s*,?\\s+(?:de(?:l)?\\s+)?(\\d{4})\\b`, "g");
const YMD_SLASHED = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
// Round 18: with hyphens too ("31-05-2031"), the same mark both times.
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g;
/** Round 17: the month in Roman numerals, as Spanish, Italian and Central European datelines write it ("5-V-2023", "5.V.2023", "5/V/2023"). */
const ROMAN_MONTHS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
const ROMAN = /\b(\d{1,2})([-./])(i{1,3}|iv|vi{0,3}|ix|xi{0,2})\2(\d{4})\b/g;

/** Round 13: numbers written in words, French and Spanish, 1–39 (days, and years after "deux mille" / "dos mil"), accents folded, hyphens read as spaces. */
const WORD_NUMBERS: Record<string, number> = {};
{
  const fr = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf"];
  const es = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"];
  fr.forEach((w, i) => (WORD_NUMBERS[w] = i + 1));
  es.forEach((w, i) => (WORD_NUMBERS[w] = i + 1));
  for (const [tens, value] of [["vingt", 20], ["trente", 30]] as const) {
    WORD_NUMBERS[tens] = value;
    WORD_NUMBERS[`${tens} et un`] = value + 1;
    fr.slice(1, 9).forEach((w, i) => (WORD_NUMBERS[`${tens} ${w}`] = value + i + 2));
  }
  WORD_NUMBERS["veinte"] = 20;
  ["veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve"].forEach((w, i) => (WORD_NUMBERS[w] = 21 + i));
  WORD_NUMBERS["treinta"] = 30;
  es.slice(0, 9).forEach((w, i) => (WORD_NUMBERS[`treinta y ${w}`] = 31 + i));
  WORD_NUMBERS["premier"] = 1;
  WORD_NUMBERS["primero"] = 1;
  // Round 14: the short forms before a noun ("treinta y un", "veintiún", "primer" before "días" or "día").
  WORD_NUMBERS["primer"] = 1;
  WORD_NUMBERS["veintiun"] = 21;
  WORD_NUMBERS["treinta y un"] = 31;
}
const NUMBER_WORD = `(${Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length).join("|")})`;
/** "le neuf mars deux mille vingt-quatre", "doce de abril de dos mil veinticinco": a date written in words. */
const IN_WORDS = new RegExp(`\\b${NUMBER_WORD}\\s+(?:de\\s+)?${MONTH}\\s+(?:de(?:l)?\\s+)?(?:deux mille|dos mil)(?:\\s+${NUMBER_WORD})?\\b`, "g");

/**
 * Round 14: the formal Spanish and French closings, "a los veintiún días del mes de marzo de dos mil
 * veinticinco", "a los 3 días del mes de junio de 2024", "le neuvième jour du mois de mars 2024" (days as
 * numbers, or in words; years as numbers or in words).
 */
const FR_ORDINALS: Record<string, number> = {};
{
  const nth = ["premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme", "dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme", "dix septieme", "dix huitieme", "dix neuvieme"];
  nth.forEach((w, i) => (FR_ORDINALS[w] = i + 1));
  for (const [tens, value] of [["vingt", 20], ["trente", 30]] as const) {
    FR_ORDINALS[`${tens}ieme`] = value;
    FR_ORDINALS[`${tens} et unieme`] = value + 1;
    nth.slice(1, 9).forEach((w, i) => (FR_ORDINALS[`${tens} ${w}`] = value + i + 2));
  }
}
const DAYS_OF_MONTH = new RegExp(`\\b(?:${NUMBER_WORD}|(\\d{1,2}))\\s+dias?\\s+del\\s+mes\\s+de\\s+${MONTH}\\s+(?:del?\\s+)?(?:ano\\s+)?(?:(\\d{4})|dos mil(?:\\s+${NUMBER_WORD})?)\\b`, "g");

/** English ordinals and numbers in words (1–39), for "the ninth day of March in the year two thousand and twenty-four". */
const EN_ORDINALS: Record<string, number> = {};
const EN_NUMBERS: Record<string, number> = {};
{
  const ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
  const nth = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
  ones.forEach((w, i) => (EN_NUMBERS[w] = i + 1));
  nth.forEach((w, i) => (EN_ORDINALS[w] = i + 1));
  for (const [tens, tensNth, value] of [["twenty", "twentieth", 20], ["thirty", "thirtieth", 30]] as const) {
    EN_NUMBERS[tens] = value;
    EN_ORDINALS[tensNth] = value;
    ones.slice(0, 9).forEach((w, i) => (EN_NUMBERS[`${tens} ${w}`] = value + i + 1));
    nth.slice(0, 9).forEach((w, i) => (EN_ORDINALS[`${tens} ${w}`] = value + i + 1));
  }
}
const words = (table: Record<string, number>) => `(${Object.keys(table).sort((a, b) => b.length - a.length).join("|")})`;
const JOUR_DU_MOIS = new RegExp(`\\b(?:${words(FR_ORDINALS)}|(\\d{1,2})(?:e|er|eme)?)\\s+jour\\s+du\\s+mois\\s+(?:de\\s+|d')${MONTH}\\s+(?:de\\s+l'an\\s+(?:de\\s+grace\\s+)?)?(?:(\\d{4})|deux mille(?:\\s+${NUMBER_WORD})?)\\b`, "g");
/** "the ninth day of March in the year two thousand and twenty-four", "this 3rd day of May, 2024". */
const DAY_OF = new RegExp(`\\b(?:${words(EN_ORDINALS)}|(\\d{1,2})(?:st|nd|rd|th))\\s+day\\s+of\\s+${MONTH}\\s*,?\\s+(?:in\\s+the\\s+year\\s+(?:of\\s+)?)?(?:(\\d{4})|two\\s+thousand(?:\\s+and)?(?:\\s+${words(EN_NUMBERS)})?)\\b`, "g");

/** Round 26: "the first of July 2022", "the twenty-third of May, 2022": an English ordinal word, "of", the month and year. */
const ORDINAL_OF = new RegExp(`\\b${words(EN_ORDINALS)}\\s+of\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, "g");
/**
 * Round 26: a day and month with a two-digit year, dotted or slashed ("20.10.22", "04/10/23"), day first; day and
 * month on two digits each, and not part of a longer run of numbers ("1.2.3", "10.0.0.1", "3.12.20.4").
 */
const NUMERIC_SHORT = /(?<![\d.\/])(\d{2})([./])(\d{2})\2(\d{2})(?![\d]|[./]\d)/g;

/** `end`: where the date's words end in the text (round 14). */
export type FoundDate = { iso: string; index: number; end: number };

function iso(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const s = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) ? s : null;
}

/** Every full date in `text`, in order. Numeric dates are read day first (UN style) unless only month-first makes sense. */
export function findDates(text: string): FoundDate[] {
  const folded = fold(text);
  const out: FoundDate[] = [];
  const push = (value: string | null, index: number, end: number) => {
    if (value && !out.some((d) => d.index === index)) out.push({ iso: value, index, end });
  };
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) push(iso(Number(m[3]), MONTHS[m[2]!]!, Number(m[1])), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) push(iso(Number(m[3]), MONTHS[m[1]!]!, Number(m[2])), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(ISO)) push(iso(Number(m[1]), Number(m[2]), Number(m[3])), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(YMD_SLASHED)) push(iso(Number(m[1]), Number(m[2]), Number(m[3])), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(DAY_MON_YEAR_DASHED)) push(iso(Number(m[3]), MONTHS[m[2]!]!, Number(m[1])), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(FIRST_OF)) push(iso(Number(m[2]), MONTHS[m[1]!]!, 1), m.index, m.index + m[0].length);
  for (const m of folded.replace(/-/g, " ").matchAll(IN_WORDS)) push(iso(2000 + (m[3] ? WORD_NUMBERS[m[3]]! : 0), MONTHS[m[2]!]!, WORD_NUMBERS[m[1]!]!), m.index, m.index + m[0].length);
  for (const m of folded.replace(/-/g, " ").matchAll(DAYS_OF_MONTH)) push(iso(m[4] ? Number(m[4]) : 2000 + (m[5] ? WORD_NUMBERS[m[5]]! : 0), MONTHS[m[3]!]!, m[1] ? WORD_NUMBERS[m[1]]! : Number(m[2])), m.index, m.index + m[0].length);
  for (const m of folded.replace(/-/g, " ").matchAll(JOUR_DU_MOIS)) push(iso(m[4] ? Number(m[4]) : 2000 + (m[5] ? WORD_NUMBERS[m[5]]! : 0), MONTHS[m[3]!]!, m[1] ? FR_ORDINALS[m[1]]! : Number(m[2])), m.index, m.index + m[0].length);
  for (const m of folded.replace(/-/g, " ").matchAll(DAY_OF)) push(iso(m[4] ? Number(m[4]) : 2000 + (m[5] ? EN_NUMBERS[m[5]]! : 0), MONTHS[m[3]!]!, m[1] ? EN_ORDINALS[m[1]]! : Number(m[2])), m.index, m.index + m[0].length);
  for (const m of folded.replace(/-/g, " ").matchAll(ORDINAL_OF)) push(iso(Number(m[3]), MONTHS[m[2]!]!, EN_ORDINALS[m[1]!]!), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(NUMERIC_SHORT)) push(iso(2000 + Number(m[4]), Number(m[3]), Number(m[1])), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(ROMAN)) push(iso(Number(m[4]), ROMAN_MONTHS[m[3]!]!, Number(m[1])), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(NUMERIC)) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    push(a > 12 || b <= 12 ? iso(y, b, a) : iso(y, a, b), m.index, m.index + m[0].length);
  }
  return out.sort((x, y) => x.index - y.index);
}

/** Round 26: weekday names (English, French, Spanish, folded) and their number in `Date.getUTCDay()`. */
const WEEKDAYS: Record<string, number> = {};
[
  ["sunday", "dimanche", "domingo"],
  ["monday", "lundi", "lunes"],
  ["tuesday", "mardi", "martes"],
  ["wednesday", "mercredi", "miercoles"],
  ["thursday", "jeudi", "jueves"],
  ["friday", "vendredi", "viernes"],
  ["saturday", "samedi", "sabado"],
].forEach((list, n) => list.forEach((w) => (WEEKDAYS[w] = n)));
const WEEKDAY_DAY = new RegExp(`\\b(${Object.keys(WEEKDAYS).join("|")}),?\\s+(?:(?:the|le|el)\\s+)?(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:de\\s+|of\\s+)?${MONTH}(?![a-z])(?!\\s*,?\\s+(?:de(?:l)?\\s+)?\\d)`, "g");

/**
 * Round 26: a weekday, day and month with no year ("Miércoles 4 de octubre", "Friday 6 May"), dated by the one year of
 * `years` (the years the document's heading names) on which that day falls on that weekday; null when none or several do.
 */
// Round 63: or the month before the day, as American English writes it ("Wednesday, October 4", "on Friday, May 6th").
const WEEKDAY_MONTH_DAY = new RegExp(`\\b(${Object.keys(WEEKDAYS).join("|")}),?\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?!\\s*,?\\s+\\d)`, "g");

export function weekdayDate(text: string, years: readonly number[]): string | null {
  const folded = fold(text);
  const found = [
    ...[...folded.matchAll(WEEKDAY_DAY)].map((m) => ({ at: m.index, weekday: m[1]!, day: Number(m[2]), month: m[3]! })),
    ...[...folded.matchAll(WEEKDAY_MONTH_DAY)].map((m) => ({ at: m.index, weekday: m[1]!, day: Number(m[3]), month: m[2]! })),
  ].sort((a, b) => a.at - b.at);
  for (const m of found) {
    const fits = [...new Set(years)].map((y) => iso(y, MONTHS[m.month]!, m.day)).filter((d): d is string => d !== null && new Date(`${d}T00:00:00Z`).getUTCDay() === WEEKDAYS[m.weekday]);
    if (fits.length === 1) return fits[0]!;
  }
  return null;
}

const DAY_MONTH_ONLY = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th|º|°|o)?\\.?\\s+(?:de\\s+|of\\s+)?${MONTH}(?![a-z])(?!\\s*,?\\s+(?:de(?:l)?\\s+)?\\d)`, "g");

/** Round 31: a day in words and its month with no year ("the thirty-first of May", "le trente et un mai", "el treinta y uno de mayo"), on folded text, hyphens read as spaces. */
const ORDINAL_OF_ONLY = new RegExp(`\\b${words(EN_ORDINALS)}\\s+of\\s+${MONTH}(?![a-z])(?!\\s*,?\\s+(?:\\d|two thousand))`, "g");
const WORD_DAY_ONLY = new RegExp(`\\b(?:le|el)\\s+${NUMBER_WORD}\\s+(?:de\\s+)?${MONTH}(?![a-z])(?!\\s*,?\\s+(?:de(?:l)?\\s+)?(?:\\d|deux mille|dos mil))`, "g");

/** Round 26: the first day and month written with no year in `text` ("el 6 de mayo", "on 4 October"), dated in `year`; null when none. */
// Round 31: or the day in words ("on the thirty-first of May", "le trente et un mai", "el treinta y uno de mayo").
export function dayMonthDate(text: string, year: number): string | null {
  const folded = fold(text);
  const found: { at: number; iso: string | null }[] = [];
  for (const m of folded.matchAll(DAY_MONTH_ONLY)) found.push({ at: m.index, iso: iso(year, MONTHS[m[2]!]!, Number(m[1])) });
  const spaced = folded.replace(/-/g, " ");
  for (const m of spaced.matchAll(ORDINAL_OF_ONLY)) found.push({ at: m.index, iso: iso(year, MONTHS[m[2]!]!, EN_ORDINALS[m[1]!]!) });
  for (const m of spaced.matchAll(WORD_DAY_ONLY)) found.push({ at: m.index, iso: iso(year, MONTHS[m[2]!]!, WORD_NUMBERS[m[1]!]!) });
  return found.filter((f) => f.iso !== null).sort((a, b) => a.at - b.at)[0]?.iso ?? null;
}
