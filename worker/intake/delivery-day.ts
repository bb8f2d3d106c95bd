import { dayMonthDate, findDates } from "./dates.ts";
import { fold } from "./markers.ts";

/**
 * Round 35: when a statement was delivered, read from forms the older rules in `understand.ts` did not read. Each
 * function takes lines or paragraphs and returns an ISO date (or a yes/no), and fires on its form only.
 */

/** The name of the meeting: the constructive dialogue ("au dialogue constructif", "en el diálogo"). */
const DIALOGUE = String.raw`(?:constructive dialogue|dialogue constructif|dialogo constructivo|dialogue|dialogo)`;
/** An earlier meeting than the one the text is for ("the previous dialogue", "le dialogue précédent"). */
const EARLIER_MEETING = /\b(?:previous|last|earlier|prior|past|former|precedente?|dernier|derniere|anterior|pasad[oa])\b/;

/**
 * "Presented to the constructive dialogue on …, Town, <date>, by NAME", "(read out again, cut short, at the constructive dialogue
 * on …, Town, <date>)", "présentée au dialogue constructif …, le <date>", "leída de nuevo en el diálogo …, <date>": a by-line or
 * a heading's note saying the text was presented or read at the dialogue, and the date after it. Up to five words (and commas)
 * may stand between the verb and the meeting ("read out again, cut short, at").
 */
const PRESENTED_AT = new RegExp(
  String.raw`\b(?:presented|delivered|read|given|spoken|presentee?s?|prononcee?s?|lue?s?|relue?s?|presentad[oa]s?|pronunciad[oa]s?|leid[oa]s?)\b((?:[\s,]+[\p{L}'-]+){0,5}?)[\s,]+(?:to|at|before|during|in|au|devant|lors d[ue]|pendant|en|ante|durante|al)\s+(?:the\s+|la\s+|le\s+|el\s+)?${DIALOGUE}\b(.*)$`,
  "u",
);

/** The date a by-line or a heading's note gives the dialogue the text was presented or read at ("Presented to the constructive dialogue …, <date>"); else null. */
export function presentedAtDialogue(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 300) continue;
    const f = fold(line);
    const m = PRESENTED_AT.exec(f);
    if (!m || EARLIER_MEETING.test(m[1]!)) continue;
    // Only the meeting's own words before its date: "…, Vienna, 31 May 2023", not a second clause naming another day.
    const found = findDates(m[2]!)[0];
    if (found && !/[.;()]/.test(m[2]!.slice(0, found.index)) && !EARLIER_MEETING.test(m[2]!.slice(0, found.index))) return found.iso;
  }
  return null;
}

/** "this first of July", "today, 1 July", "en ce 1er juillet", "aujourd'hui 1er juillet", "este 1 de julio", "hoy, 1 de julio": the day of speaking. */
const THIS_DAY = /\b(?:on this|this|today|ce|en ce|aujourd'hui|este|en este|hoy)\s*,?\s*(?:the\s+|le\s+|el\s+|dia\s+)?$/;

/**
 * Round 35: a day and month with no year that the speaker calls "this" day or today ("we are glad to speak to you this
 * first of July", "en ce 1er juillet", "hoy, 1 de julio"), in the opening paragraphs, dated by the one year the heading,
 * letterhead or closing lines name (a footer's "Town — July 2022"); null when they name none or several.
 */
export function thisDayMonth(blocks: readonly string[], years: readonly number[]): string | null {
  const distinct = [...new Set(years)];
  if (distinct.length !== 1) return null;
  for (const block of blocks) {
    const f = fold(block).replace(/-/g, " ");
    if (findDates(block).length > 0) continue;
    for (const m of f.matchAll(/\b(?:\d{1,2}(?:er|st|nd|rd|th|o)?|(?:(?:twenty|thirty) )?(?:first|second|third|[a-z]+th)|premier|primero)\b/g)) {
      if (!THIS_DAY.test(f.slice(Math.max(0, m.index - 20), m.index))) continue;
      // The day and month right after the word: the first two to five words read as one ("1er juillet", "first of July", "1 de julio", "twenty first of July").
      const words = f.slice(m.index).split(/\s+/).slice(0, 5);
      for (let n = 2; n <= words.length; n++) {
        const day = dayMonthDate(words.slice(0, n).join(" "), distinct[0]!);
        if (day) return day;
      }
    }
  }
  return null;
}

/** "le 4 octobre dernier", "on 4 October last", "last 4 October", "el pasado 4 de octubre", "el 4 de octubre pasado": a day of the year before the text's. */
const LAST_BEFORE = /\b(?:last|el pasado|pasado)\s*$/;
const LAST_AFTER = /^\s*(?:last|dernier|pasado)\b/;
/** Spoke or read at the meeting: "took the floor", "prendre la parole", "tomó la palabra", "spoke", "read"; round 53: "took part", "participó". */
const SPOKE = /\b(?:took the floor|take the floor|taken the floor|spoke|speak|addressed|delivered|read|presented|pris la parole|prendre la parole|a pris la parole|a parle|avait parle|est intervenue?|intervenir|a lu|a prononce|presente|tomo la palabra|tomar la palabra|intervino|hablo|leyo|pronuncio|presento|took part|participated|a participe|participo)\b/;

/**
 * Round 35: a day and month named as past with no year ("Le 4 octobre dernier, notre fondatrice a pris la parole … au dialogue
 * constructif", "On 4 October last, our founder spoke at the dialogue", "El pasado 4 de octubre, … tomó la palabra en el diálogo"),
 * dated before `written` (the first full date the text gives, the day it tells of): the last such day before it, up to a year.
 */
export function lastDayMonth(blocks: readonly string[], written: string | null): string | null {
  if (!written) return null;
  const year = Number(written.slice(0, 4));
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“¿¡])/u)) {
      const f = fold(sentence);
      if (!new RegExp(String.raw`\b${DIALOGUE}\b`).test(f) || !SPOKE.test(f) || findDates(sentence).length > 0) continue;
      for (const m of f.matchAll(/\b\d{1,2}(?:er|st|nd|rd|th|o)?\s+(?:de\s+|of\s+)?[a-z]+\b/g)) {
        const day = dayMonthDate(m[0], year);
        if (!day) continue;
        const after = f.slice(m.index + m[0].length);
        if (!LAST_BEFORE.test(f.slice(0, m.index)) && !LAST_AFTER.test(after)) continue;
        const dated = day <= written ? day : dayMonthDate(m[0], year - 1);
        if (dated && dated <= written) return dated;
      }
    }
  }
  return null;
}

/** Words for what was said: "what she said", "our statement", "ce qu'il a dit", "lo que dijo", "su intervención". */
const SAID_WORD = /\b(?:said|spoke|statement|speech|remarks|intervention|a dit|avons dit|ont dit|declaration|discours|dijo|dijimos|dijeron|declaracion|intervencion|discurso)\b/;

/**
 * Round 35: a page copied with the day it was posted whose own subheading dates what was said ("WHAT SHE SAID IN VIENNA
 * (19 OCTOBER 2022)", "Notre intervention à Vienne, 19 octobre 2022", "Lo que dijimos en Viena (19 de octubre de 2022)"):
 * the first line of one of the first paragraphs, short and with no sentence's end, naming a statement or what was said, and its date.
 */
export function saidHeadingDate(blocks: readonly string[]): string | null {
  for (const block of blocks) {
    // The paragraph's first line: a subheading alone, or set over what was said.
    const line = block.trim().split("\n")[0]!.trim();
    if (line.length > 90 || /[.!?:]$/.test(line)) continue;
    const found = findDates(line);
    if (found.length === 1 && SAID_WORD.test(fold(line)) && !EARLIER_MEETING.test(fold(line))) return found[0]!.iso;
  }
  return null;
}

/**
 * Round 35: a letter excusing the organization's absence from the dialogue ("Subject: our absence from the dialogue of …",
 * "we will not be able to attend", "ne pourra pas être présente", "no podremos asistir"): the text was sent, not
 * delivered, so it has no delivery date (the dialogue's day still gives the segment).
 */
const ABSENCE_SUBJECT = /^(?:objet|subject|re|asunto)\s*:.*\b(?:absence|absent|apologies|excuses|ausencia|excusas|disculpas)\b/;
const CANNOT_ATTEND = /\b(?:(?:will not|won't|cannot|can't|could not|shall not) be able to (?:attend|travel|be present|take part)|(?:cannot|could not|can't|will not|won't) (?:attend|travel to|be present)|unable to (?:attend|travel|be present)|ne (?:pourr?(?:a|ai|ons|ont|ait|ions)|peu[tx]|pouvons|peuvent) pas (?:assister|se rendre|nous rendre|etre presente?s?|participer|voyager)|no (?:podr(?:a|e|emos|an|ia)|puede|puedo|podemos|pueden) (?:asistir|viajar|estar presentes?|participar))\b/;
/** The letter's own regret in telling it ("we regret to inform you", "c'est avec regret que nous", "lamentamos informarles"). */
const REGRET_TO_SAY = /\b(?:(?:we )?regret to (?:inform|tell|say)|(?:we are|we're) sorry to (?:inform|tell|say)|with regret (?:that )?we|avec regret que nous|(?:nous )?regrettons de (?:vous )?(?:informer|annoncer|dire)|sommes au regret|(?:lamentamos|sentimos) (?:informar|comunicar|decir)|con pesar (?:les )?(?:informamos|comunicamos))/;
export function absenceLetter(headerLines: readonly string[], blocks: readonly string[]): boolean {
  if (headerLines.some((l) => ABSENCE_SUBJECT.test(fold(l.trim())) && new RegExp(String.raw`\b${DIALOGUE}\b`).test(fold(l)))) return true;
  return blocks.slice(0, 3).some((b) => CANNOT_ATTEND.test(fold(b)) && REGRET_TO_SAY.test(fold(b)));
}

/** The Conference of the Parties, a meeting where statements are also given (not a constructive dialogue). */
export const PARTIES_CONFERENCE = /\b(?:conference of the parties|conference des parties|conferencia de las partes)\b/;

/**
 * Round 35: with no other date, the day a sentence of the first paragraphs says the organization spoke or presented something
 * at the Conference of the Parties ("We presented it at a side event during the Conference of the Parties, on 20 October
 * 2022", "nous avons pris la parole à la Conférence des Parties le …", "presentó … ante la Conferencia de las Partes el …").
 */
export function conferenceDay(blocks: readonly string[]): string | null {
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“¿¡])/u)) {
      const f = fold(sentence);
      const found = findDates(sentence);
      if (found.length !== 1 || !PARTIES_CONFERENCE.test(f) || !SPOKE.test(f) || EARLIER_MEETING.test(f)) continue;
      return found[0]!.iso;
    }
  }
  return null;
}

/**
 * Round 39: a full date the speaker calls today in the opening paragraphs, a weekday allowed before it ("I am speaking today,
 * Friday the fifth of May 2023, for …", "nous parlons aujourd'hui, vendredi 5 mai 2023, au nom de …", "hablamos hoy, viernes 5
 * de mayo de 2023, en nombre de …"): the day of speaking, read last (when nothing else dates the text).
 * Round 46: or calls "this" day ("… and I bring it on this third day of May 2031", "en ce 3 mai 2031", "este 3 de mayo de 2031").
 */
const TODAY_BEFORE = /\b(?:today|aujourd'hui|hoy|this|en ce|este)\s*,?\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s*,?\s*)?(?:the\s+|le\s+|el\s+)?$/;
export function todayFullDate(blocks: readonly string[]): string | null {
  for (const block of blocks) {
    for (const d of findDates(block)) {
      if (TODAY_BEFORE.test(fold(block.slice(Math.max(0, d.index - 40), d.index)))) return d.iso;
    }
  }
  return null;
}
