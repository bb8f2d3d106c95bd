import { copyrightOwner, kindFullName, releaseSubject, TEXT_BELOW, weAtOrganization } from "./who69.ts";
import { dayMonthDate, findDates, MONTH_YEAR, monthNumber, weekdayDate } from "./dates.ts";
import { fold, isMarkerLine } from "./markers.ts";
import { COUNCIL_KINDS, FRENCH_SPANISH_KINDS, SHARED_KINDS, oneOf } from "./body-words.ts";
import { acronymFits, initials, keepsKindWord, isKindWord, announcedSpeaker, deliveredBySpeaker, kindNamed, expandAcronym, findSpeaker, floorSpeaker, formFields, formLine, introSpeaker, labelledSpeakerLine, isFormLine, PRONOUNS, letterheadSpeaker, isOrgName, organizationAfterRole, isRole, organizationCase, personName, reportedSpeaker, roleOrgPlaces, TOOK_FLOOR, transcriptSpeaker, bioRole, senderSpeaker, designatedSpeaker, type Speaker } from "./people.ts";
import { POST_NOMINALS, dottedLetterheadSpeaker, guestIntroduced, guestOrganization, labelledLetterheadSpeaker, introSpeaker as selfIntroduced } from "./people.ts";
import { basedInCountry, provinceCountry, closingAddressCountry, findAddressCountry, isAddressLine, isStreetName, isDutyStation, findCityCountry, findCountry, demonymCountry, introducedFromCountry, ownPlaceCountry, phoneCountry, domainCountry, speakingFromCountry, nameDemonymCountry } from "./places.ts";
import { findProposals } from "./proposals.ts";
import { echoedLetterhead, footerSignature, nameOverBody, thankedSignature, withUnit, memoClient, namedReader, nowOffice, regionCountry, repeatedName, separatedPlaceCountry, subjectCellLines, roleWithoutName, withCorporateForm, withoutBracketNote, withoutRunOn, withoutTrailingAcronym, withWholeName, organizationInRole, SMALL_WORD } from "./who-elsewhere.ts";
import { language } from "./tongue.ts";
import { headerTopic, likelySegment, topicScores, type SegmentRef } from "./segments.ts";
import { bracketPlaceCountry, ownWorkCountry, selfDescribedCountry } from "./home-country.ts";
import { absenceLetter, conferenceDay, PARTIES_CONFERENCE, lastDayMonth, presentedAtDialogue, saidHeadingDate, thisDayMonth, todayFullDate } from "./delivery-day.ts";
import { literalSpaced } from "./literal.ts";
import { notesSpeaker, officeTitleRole } from "./who65.ts";

/** Reads a cleaned statement: who, when, for which segment, its title, its proposals. */
export type Understood = {
  text: string;
  title: string | null;
  organization: { name: string; acronym: string | null; country: string | null } | null;
  speaker: Speaker | null;
  deliveredOn: string | null;
  segment: string | null;
  language: string;
  proposals: string[];
  /** Heading lines that are a letterhead's contact details (email, web address, phone), taken out of the text. */
  dropped: string[];
};

const SALUTATION =
  /^(distinguished|excellenc|dear |mr\.? (chair|president)|madam (chair|president)|mister chair|madame la presidente|monsieur le president|madame la presidente|senor(a)? president|estimad|distinguid|honou?rable|chair,|colleagues|ladies and gentlemen|mesdames|senoras y senores|good (morning|afternoon)|buenos dias|bonjour)/;
const STATEMENT_WORD = /\b(statement|declaration|intervention|intervencion|declaracion|contribution|contribucion|submission|position paper|remarks|discours|discurso|ponencia|memorandum|memoire)\b/;
const DIALOGUE_LINE = /\b(constructive dialogue|dialogue constructif|dialogo constructivo|check against delivery|seul le texte prononce fait foi|cotejar con|untoc|review mechanism|mecanisme d'examen|mecanismo de examen)\b/;
/** A letterhead's contact line in the heading: an email or web address, or a phone number after its label. */
const CONTACT_LINE = /[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.|https?:\/\/|\b(?:tel|phone|t[ée]l[ée]phone|tel[ée]fono|fax)\b\.?\s*:?\s*\+?\d|\+\d{2,3}[\s\d]{6,}/i;
const POSTED = /\b(?:posted|published|updated|last (?:modified|updated)|publie|mis en ligne|mis a jour|publicado|actualizado|modificado|revised|revision|rev\.|draft|version|as of|revise|revisado|revisada|borrador|version)\b/;
/** "Vienna, 5 May 2023", "Yaoundé – Vienne, le 1er juillet 2022": places, a comma, then the date that ends the line. */
const DATELINE = /^\p{Lu}[\p{L} .'’–—-]{1,40},\s*(?:le\s+|el\s+)?\d{1,2}/u;
/** The date a line gives for the meeting ("for the session of 27 May 2022", "para la sesión del …", "lors de la séance du …"). */
// Round 13: "lors du dialogue constructif du 12 juin 2024", "en el diálogo constructivo del …".
const MEETING_DATE = /\b(?:session|sesion|seance|meeting|reunion|dialogue(?:\s+constructif)?|dialogo(?:\s+constructivo)?)\s+(?:of|on|held on|du|del|de|of the)?\s*(\d{1,2}\S*\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4})/u;
/** A header line that says when the statement was delivered ("Delivered … on 4 October 2023", "présentée le …"). */
// Round 13: a letter's subject line saying when it is to be read ("prise de parole prévue le …", "to be read on …", "scheduled for …").
// Round 26: or handed to the delegations ("Texte à remettre aux délégations, <place>, <date>", "to be handed to …").
const DELIVERED = /\b(?:delivered|presented|given|read out|read on|read at|pronounced|prononcee?|presentee?|lue|presentad[oa]|pronunciad[oa]|leid[oa]|to be (?:read|delivered|presented)|scheduled|prevue?|programmee?|programad[oa]|prevista?|to be handed|handed (?:out|to)|a remettre|remise? aux delegations|a entregar|para entregar|entregad[oa]s? a las delegaciones)\b/;
/** A slide separator in a presentation exported as text: "--- Slide 3 ---", "[Slide 3]", "Diapositive 3", "=== Diapositiva 3 ===". */
const SLIDE = /^(?:[-=_#*]{2,}\s*)?\[?(?:slide|diapositive|diapositiva|lamina)\s+(\d{1,3})\]?(?:\s*[-=_#*]{2,})?$/;
/** The export's own note above the slides: "[Exported from presentation: deck.pptx]". */
const EXPORTED = /^\[(?:exported|export|exporte|exportad[oa])\b[^\]]*\]$/;

/**
 * The blocks that make a slide deck's heading: up to the first slide's (its title slide: title,
 * organization, speaker, meeting, date), when the text has at least two slide separators and the
 * first is slide 1. Null for any other text.
 */
function slideHeading(blocks: string[]): number | null {
  const starts = blocks.map((b) => SLIDE.exec(fold(b.split("\n")[0]!.trim())));
  if (starts.filter(Boolean).length < 2) return null;
  const first = starts.findIndex(Boolean);
  if (first > 2 || Number(starts[first]![1]) !== 1 || first + 1 >= blocks.length) return null;
  return first + 1;
}

/** A footnote or closing line that says who delivered the statement and where: "1 Delivered online by Dr X, Researcher.", "Présentée en ligne par Mme X, …". */
const NOTE_BY = /^(?:\d{1,2}\s+)?(?:delivered|read|presented|given|prononcee?|presentee?|lue?|leid[oa]|presentad[oa]|pronunciad[oa])\b[^.;]{0,60}\b(?:by|par|por)\s/;
/** A line that opens with a by-line: "Delivered by …", "Présentée par …", "Presentado por …". */
// Round 18: "Delivered orally by …", "presented online by …": how it was delivered, before the by.
// Round 22: "spoken by", "read for ABC by", and a by-line set between dashes ("— spoken by NAME, Role —").
// Round 40: whom for before the by ("Read on behalf of the three networks by NAME, role", "Lue au nom des réseaux par …", "Leída en nombre de … por …").
// Round 23: a kind of statement and whose, then the by-line after a comma ("Intervención de la Asociación …, leída por su vocera, NAME.",
// "Statement of the Network, read by its chair, NAME", "Déclaration du Collectif, lue par …").
const LEADING_BY = /^(?:[–—]\s*)?(?:(?:statement|declaration|intervention|intervencion|declaracion)\s+(?:(?:of|from|de|du|des|del)\s+(?:the\s+|la\s+|le\s+|l'\s*|los\s+|las\s+)?[^,;:]{3,100},\s+)?)?(?:delivered|presented|read|given|spoken|presentee?|prononcee?|lue?|presentad[oa]|pronunciad[oa]|leid[oa])\s+(?:(?:orally|online|virtually|in person|oralement|en ligne|oralmente|en linea|virtualmente)\s+)?(?:(?:on behalf of|au nom de l'|au nom d[eu]s?|en nombre de l[ao]s|en nombre del?|en representacion del?)\s+[^,;:]{3,80}?\s+(?=(?:by|par|por)\s)|(?:on|at|in|for|le|el|en)\s+[^,;:]{3,40}?\s+|(?:at|en|au|a la|lors du|lors de la)\s+(?:the\s+|el\s+|la\s+)?[^;:]{0,40}?\b(?:dialogue|dialogo|session|sesion|seance|meeting|reunion)\b[^;:]{0,100}?,?\s+)?(?:by|par|por)\s/;
/**
 * Round 24: a paragraph of one line that names the speaker by a label ("Speaker: NAME, role", "Intervenante : …",
 * "Orador: …"), as a part of a longer document may, or by whom it speaks for first ("En representación del ABC,
 * Ing. NAME, role", "On behalf of the Network, Dr NAME, Role").
 * Round 34: or a paragraph saying where the text was presented, then by whose office ("Presented to the dialogue …, Town, date,
 * by the group's rapporteur, NAME (ABC, Town)").
 */
const BODY_BY = /^(?:(?:presented|delivered|read|submitted|presentee?|lue?|presentad[oa]|leid[oa])\s+(?:to|at|before|au|a la|devant|ante|en)\s[^;:]{3,160},\s+(?:by|par|por)\s+(?:its|our|their|sa|son|notre|leur|su|nuestr[oa]|the\s+\S+['’]s)\s|(?:speaker|orador|oradora|intervenant|intervenante|orateur|oratrice|ponente)\s*:\s*\S|(?:speaking\s+)?(?:en representacion|en nombre|on behalf|au nom)\s+(?:of|de|del|d[eu]s?|d')\s*\S[^,;:]{1,80},\s+\S)/;
/**
 * Round 23: a by-line set as a title line of its own below a note that ended the heading ("PUBLIC VERSION" and a
 * paragraph on what was removed, then "Statement by NAME, Role"): one short line, no sentence, a kind of statement and by whom.
 */
const TITLE_BY_PERSON = /^(?:(?:joint|oral|written)\s+)?(?:statement|declaration|intervention|intervencion|declaracion|remarks|allocution|discours|discurso)\s+(?:by|of|de|del|du|d')\s*\S/;
// Round 49: the line may end on a full stop, as one under the salutation does ("Intervention de M. NAME, coordonnateur de ….").
const titleByLine = (block: string) => !block.includes("\n") && block.trim().length <= 200 && !/[!?:;,]$/.test(block.trim()) && TITLE_BY_PERSON.test(fold(block.trim()));
/** Round 13: a sentence saying when the dialogue was held or the statement read there ("… the dialogue held on 12 June 2024", "Le dialogue a eu lieu le …", "… será presentada en el diálogo del …"). */
/** "the 2023 constructive dialogue", "dialogue constructif de 2025", "diálogo constructivo de 2025": the year a heading gives the dialogue. */
const DIALOGUE_YEAR = /\b(?:dialogues?|dialogos?)(?:\s+constructi(?:f|fs|vo|vos))?\s+(?:de|of|du|del|in|en)\s+(20\d\d)\b|\b(20\d\d)\s+(?:constructive\s+)?dialogues?\b/;
const FOR_DELIVERY = /\b(?:for delivery|to be (?:delivered|read|presented)|pour (?:etre )?(?:prononcee?|lue?)|para (?:ser )?(?:leid[oa]|pronunciad[oa]))\s+(?:at|on|a|au|lors d[eu]|en|durante)\b(.*)$/;
/** Round 29: a statement word alone on a line, over its by-line further down the text. */
const INNER_TITLE = /^(?:(?:oral|written|joint)\s+)?(?:statement|declaration|declaracion|intervention|intervencion|discours|discurso)\s*:?$/;
/** Round 29: a heading that calls the text a report ("Progress report to …", "Annual report", "Informe narrativo", "Rapport d'activité", "Bilan semestriel"). */
const REPORT_HEADING = /^(?:[\p{L}-]+\s+){0,2}(?:report|informe|rapport|bilan)\b/u;
const DIALOGUE_WORD = /\b(?:dialogue|dialogo|segment|segmento)\b/;
// Round 23: a public version's note on the statement "read at the … dialogue (Town, <date>)", "lue lors du dialogue …", "leída en el diálogo …".
// Round 25: a paper handed round at the dialogue ("circulated at", "distributed during", "diffusé lors du", "distribuido en") is there that day too.
/** Round 30: "(prepared …) for the constructive dialogue", "pour le dialogue constructif", "para el diálogo constructivo". */
const FOR_DIALOGUE = /\b(?:for the constructive dialogue|pour le dialogue constructif|para el dialogo constructivo)\b/;
/** Round 30: delivered "in session", "en séance", "en sesión": at the meeting itself. */
const IN_SESSION = /\b(?:(?:delivered|read|presented|given|spoken)(?: orally)? in (?:the )?session|(?:prononcee?|lue?|presentee?)s? en seance|(?:pronunciad[oa]|leid[oa]|presentad[oa])s? en (?:la )?sesion)\b/;
// Round 30: a leaflet "distributed to the delegations at the dialogue", "distribué aux délégations", "distribuido a las delegaciones".
// Round 51: "est intervenue" (the French speaker took the floor).
const HELD_VERB = /\b(?:(?:distributed|handed out|circulated) to (?:the )?delegations|(?:distribuee?|remise?) aux delegations|(?:distribuid[oa]|entregad[oa]|repartid[oa]) a las delegaciones|(?:read|delivered|presented|given|circulated|distributed|handed out)\s+(?:at|during|before)|(?:diffusee?|distribuee?)\s+(?:lors d[ue]|au|pendant)|(?:distribuid[oa]|circulad[oa]|repartid[oa])\s+(?:en|durante)|(?:lue?|prononcee?|presentee?)\s+(?:lors d[ue]|au|pendant|devant)|(?:leid[oa]|pronunciad[oa]|presentad[oa])\s+(?:en|durante|ante)|(?:leyo|leyeron|pronuncio|pronunciaron)\s+(?:en|durante|ante)|(?:a|ont) (?:lu|prononce)\s+(?:lors d[ue]|au|pendant|devant)|will (?:deliver|read|present)|prononcera|lira|presentera|leera|pronunciara|presentara|held|took place|takes place|will take place|met|participated|took part|addressed|spoke|took the floor|will be (?:read|delivered|presented)|to be (?:read|delivered|presented)|(?:s'est|se sont|se) tenue?s?|tiendra|a eu lieu|aura lieu|a participe|ont participe|participera|a pris la parole|est intervenue?|sont intervenue?s|prendra la parole|donnera lecture|sera lue|sera presentee?|se (?:celebro|realizo|llevo a cabo|celebrara|realizara|llevara a cabo)|tuvo lugar|tendra lugar|participo|participamos|participaron|hablo|intervino|tomo la palabra|sera leid[oa]|sera presentad[oa])\b/;
/** Round 14: words that send a dated sentence back to an earlier meeting than the one the statement is for. */
// Round 17: "last Wednesday", "last week" date the day itself, not an earlier meeting.
const EARLIER = /\b(?:previous|previously|last(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b)|earlier|prior|past|former|already|again|precedente?s?|precedemment|dernier|derniere|deja|anterior(?:es)?|anteriormente|pasad[oa]|de nuevo|nuevamente|una vez mas)\b/;
/** "Today, Monday 12 June 2024, …", "Aujourd'hui, …", "Hoy, lunes …": a dated opening. */
const TODAY = /^(?:today|aujourd'hui|hoy)\b/;
/** Round 16: a receipt stamp's word, alone or before its date ("Received", "Reçu le", "Recibido", "Entrada"). */
const RECEIVED = /^(?:received(?: on)?|date received|recue?(?: le)?|recibid[oa](?: el)?|entrada|registro de entrada)\b(?!\s+\p{L}{4,})/u;
/** Round 16: a letter's or an e-mail's subject line. */
const SUBJECT_LINE = /^(?:objet|subject|re|asunto|ref|reference|referencia)\s*:/;
/** Every date of the line ends a span ("14–18 October 2024", "du 14 au 18 octobre 2024", "del 14 al 18 de octubre de 2024"). */
function spanOnly(line: string): boolean {
  const f = fold(line);
  const found = findDates(line);
  return found.length > 0 && found.every((d) => /\d{1,2}\s*(?:[–—-]|to|au|al|a)\s*$/.test(f.slice(0, d.index)));
}
/**
 * Round 31: a date that is not the text's own: another document's ("our report of 12 March 2030", "la loi du …", "el informe
 * del …"), the day a body was founded ("registered since …", "fondée le …", "fundada el …"), a photo's caption, or an earlier
 * meeting's in a sentence ("At the previous dialogue, held on …").
 */
const CITED_BEFORE = /\b(?:report|study|survey|law|act|decree|resolution|judg(?:e)?ment|ruling|decision|circular|rapport|etude|enquete|loi|decret|arret|jugement|circulaire|informe|estudio|encuesta|ley|decreto|sentencia|resolucion|fallo)\s+(?:of|dated|du|de|del|en date du|de fecha)\s*(?:the\s+|le\s+|el\s+)?$|\b(?:since|founded|established|registered|created|incorporated|depuis|fondee?|creee?|enregistree?|desde|fundad[oa]|cread[oa]|registrad[oa]|constituid[oa])(?:\s+(?:on|in|le|el|en))?\s*(?:the\s+)?$/;
const CAPTION = /^(?:photo|picture|image|caption|credits?|foto|fotografia|imagen|credito|legende|pie de foto)\b/;
function citedDatesOnly(line: string): boolean {
  const f = fold(line.trim());
  const found = findDates(line);
  if (found.length === 0) return false;
  if (CAPTION.test(f) || (line.trim().length > 60 && EARLIER.test(f))) return true;
  return found.every((d) => CITED_BEFORE.test(fold(line.slice(0, d.index))));
}
/** Round 31: the words before a date that say when a paper was sent out to the body's own people ("Circulated to members on", "Envoyé le", "Enviado a los socios el"). */
const SENT_OUT = /\b(?:circulated|sent|issued|circulee?|diffusee?|envoyee?|circulad[oa]|enviad[oa]|emitid[oa]|difundid[oa])(?:\s+(?:to|a|aux|a los|a las)\s+(?:our\s+|the\s+|its\s+|nos\s+|ses\s+|nuestr[oa]s\s+|sus\s+|los\s+|las\s+|les\s+)?(?:members|partners|staff|team|subscribers|membres|partenaires|equipes?|miembros|socios|socias|equipos?))?\s*(?:on|le|el|:)?\s*$/;
const ON_BEHALF = /\b(?:on behalf of|au nom (?:de la|de l'|du|des|de)|en nombre (?:de la|del|de))\s+(?:the\s+)?([^,.;:\n]{3,120})/i;

/**
 * Round 14: a line of a Markdown export as it reads: "# Title" → "Title", "**Submitted by:** X" →
 * "Submitted by: X", "*Contact:* …" → "Contact: …", "[text](https://…)" → "text". Used for the
 * heading and the closing lines that who and when are read from; a plain line is left as it is.
 */
export function unmarked(line: string): string {
  // Round 31: a Markdown table's row ("| Name of the body | Statement to … |"): its cells, without the outer bars.
  if (/^\s*\|.*\|\s*$/.test(line) && !/^\s*\|[\s|:-]*\|\s*$/.test(line)) line = line.trim().replace(/^\|\s*/, "").replace(/\s*\|$/, "");
  if (!/[#*_[]/.test(line)) return line;
  return line
    .replace(/^(\s*)#{1,6}\s+/, "$1")
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, "$1")
    .replace(/(?<![\p{L}\d_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\d_])/gu, "$1")
    .replace(/(^|[\s(])\*(?=[^\s*])([^*]*?)(?<=[^\s*])\*(?=$|[\s).,:;])/g, "$1$2")
    .replace(/\[([^\]\n]{1,200})\]\((?:https?:|mailto:|www\.)[^)\s]*\)/g, "$1");
}

/** Round 17: a note on what a revision changed, opening with "Note:", "N.B.", "Nota:" (read for no field: its dates are the earlier versions'). */
const NOTE_LABEL = /^(?:note|nota|n\.\s?b\.?|nb)\s*:/;
const revisionNote = (block: string) => NOTE_LABEL.test(fold(block.trim())) && !block.includes("\n") && block.length <= 1200;

/** Round 23: a template's note to those who fill it in ("Note to members:", "Note aux membres :", "Nota para los socios:"). */
const TEMPLATE_NOTE = /^(?:note (?:to|for) (?:members|member organi[sz]ations|users|partners|signatories)|note aux (?:membres|organisations membres|partenaires|signataires)|nota (?:para|a) (?:los|las) (?:miembros|organizaciones(?: miembro)?|socios|socias|firmantes))\s*[:.–—-]/;
/** Leading blocks before the body: short lines, no salutation, no sentence-length paragraph. */
/** Round 57: a block's lines when it is a short heading (a title over its by-line, "Statement to …" over "Read by NAME, role"); none for a paragraph. */
function headingLines(block: string): string[] {
  const lines = block.split("\n");
  return lines.length <= 4 ? lines : [];
}

/** Round 57: a paragraph opening with the speaker's name ("My name is …", "Je m'appelle …", "Me llamo …"), folded. */
const SELF_NAMED = /^(?:my name is|je m'appelle|mon nom est|me llamo|mi nombre es)\s/;

function headerBlockCount(blocks: string[]): number {
  let n = 0;
  for (const [k, block] of blocks.slice(0, 8).entries()) {
    const lines = block.split("\n");
    const first = fold(lines[0]!);
    // Round 17: a title asking a question ("Checklist for States: what does your country do?") above a
    // dated line of its own ("Town, 5 May 2031 · …") is a heading, not a sentence of the text.
    const next = blocks[k + 1];
    const question = k === n && lines.length === 1 && block.length <= 200 && /\?$/.test(block.trim()) && next !== undefined && !next.includes("\n") && next.length <= 200 && findDates(next).length > 0 && !/[.!?]$/.test(next.trim());
    // Body text: a salutation, a list item, a long line, or a sentence-length paragraph.
    // Round 57: a short self-introduction under the title ("My name is NAME. I have …", "Me llamo NAME.") is the text's first paragraph.
    const sentence = lines.length === 1 && (block.length > 80 || SELF_NAMED.test(first)) && /[.!?]$/.test(block) && !question;
    // A long title on one line ("Joint statement delivered on behalf of … by Mr X, Coordinator"), no sentence, is still a heading.
    const title = lines.length === 1 && block.length <= 320 && !/[.!?:;,]$/.test(block.trim()) && /^(?:(?:joint|oral|written)\s+)?(?:statement|declaration|intervention|intervencion|declaracion|contribution|contribucion|submission|remarks|discours|discurso|ponencia|comments|commentaires|comentarios|observations|observaciones)\b/.test(first);
    // Round 13: a letter's addressee block ("Madam President of the session" / an office / a city),
    // lines without punctuation at their ends, is a heading; the salutation below it ends one with a comma or a colon.
    const addressee = lines.length >= 2 && lines.length <= 6 && lines.every((l) => l.trim().length <= 100 && !/[,:;.!?]$/.test(l.trim()));
    // Round 13: so is a long by-line ("Read on <date> by NAME, Role, for the … that the X convenes").
    const byLine = lines.length === 1 && block.length <= 320 && !/[.!?:;]$/.test(block.trim()) && LEADING_BY.test(first);
    // Round 21: and so is the session line of a Conference of the Parties set on one long line ("Conference of the Parties
    // to the … Convention – Nth session (dates)"), no sentence.
    const session = lines.length === 1 && block.length <= 320 && !/[.!?:;,]$/.test(block.trim()) && /^(?:conference of the parties|conference des parties|conferencia de las partes)\b/.test(first) && /\b(?:session|sesiones|period[oe])\b/.test(first);
    // Round 14: an online form's export ("Name of organization * : …", "Sigle :", "Cargo:" …, one field a
    // line, two or more of them known labels) is a heading however long, up to the statement's text.
    const fields = lines.length >= 3 && lines.every((l) => l.length <= 200) && lines.filter((l) => formLine(l) !== null).length * 3 >= lines.length * 2 && lines.filter(isFormLine).length >= 2;
    if (fields) {
      n++;
      continue;
    }
    // Round 18: a form's instructions under its title ("Instructions: fill in every field …"), above its fields: part of the heading.
    const instructions = k === n && n > 0 && lines.length === 1 && block.length <= 600 && /^(?:instructions?|instrucciones|consignes)\s*:/.test(first) && blocks[k + 1] !== undefined && blocks[k + 1]!.split("\n").filter(isFormLine).length >= 2;
    if (instructions) {
      n++;
      continue;
    }
    // Round 23: a template's note to the members who fill it in, above its heading ("NOTE TO MEMBERS: replace … and delete
    // this note", "Note aux membres :", "Nota para las organizaciones:"): part of the heading, which goes on below it.
    if (k === n && lines.length === 1 && block.length <= 600 && TEMPLATE_NOTE.test(first)) {
      n++;
      continue;
    }
    // Round 17: a revised version's note under its heading ("Revised version – <date>" then "Note: this version
    // replaces the one of …"): part of the heading, whose lines below still say when the statement was delivered.
    if (revisionNote(block) && k === n && n > 0 && blocks.slice(0, n).some((b) => POSTED.test(fold(b)))) {
      n++;
      continue;
    }
    if ((SALUTATION.test(first) && !addressee) || isMarkerLine(lines[0]!) || (lines.some((l) => l.length > 160) && !title && !byLine && !session) || block.length > 400 || sentence) break;
    n++;
  }
  return n === blocks.length ? 0 : n;
}

// Legal forms after an organization's name: "A.C." (asociación civil), "e.V.", "asbl", "Inc.", "Ltd".
const LEGAL_FORM = String.raw`(?:A\.\s?C\.|I\.A\.P\.|e\.\s?V\.|asbl|ASBL|a\.s\.b\.l\.|Inc\.?|Ltd\.?|gGmbH)`;
const COMMA_FORM = new RegExp(`^(.+?),\\s*${LEGAL_FORM}$`);
const ATTACHED_FORM = new RegExp(`^(.+?\\s${LEGAL_FORM})(?:\\s+\\S.*)?$`);

/**
 * A letterhead piece ending in a legal form is an organization. "Red Andina de Lucha contra la Trata
 * y la Explotación, A.C." → the name without ", A.C."; a form written without a comma belongs to the name
 * ("… de la Traite asbl"), and an address run on after it ("… asbl Rue de l'Exemple 45") is cut off.
 */
function legalName(piece: string): string | null {
  // Round 23: "NAME (ACR) asbl": the acronym in brackets closes the name; the legal form after it is not part of it.
  const bracketed = new RegExp(`^(.+?)\\s*\\([A-Z][A-Za-z&-]{1,11}\\)\\s+${LEGAL_FORM}(?:\\s|$)`).exec(piece);
  if (bracketed) return bracketed[1]!.trim();
  const comma = COMMA_FORM.exec(piece);
  if (comma) return comma[1]!.trim();
  const attached = ATTACHED_FORM.exec(piece);
  return attached ? attached[1]!.trim() : null;
}

// "Written submission of …", "Contribution écrite de …", "Intervención oral de …", "Observations of …": a kind of statement, a qualifier, then whose.
// Round 31: "A statement from the X" (an article before), and the Spanish "Pronunciamiento / Posicionamiento de la X".
const TITLE_BY = /^(?:an?\s+)?(?:(?:joint|oral|written)\s+)?(?:statement|pronunciamiento|posicionamiento|declaration|intervention|remarks|submission|contribution|observations|comments|memorandum|m[ée]moire|position paper|d[ée]claration|intervenci[óo]n|declaraci[óo]n|contribuci[óo]n|observaciones|comentarios|commentaires)(?:\s+(?:[ée]crite|orale|conjointe|commune|escrita|oral|conjunta|written|oral|joint))?\s+(?:(?:by|of|from|de la|de los|de las|del|des|du|de)\s+|(?:de l|d)['’]\s*)(?:the\s+)?(.+)$/i;
const TITLE_SUFFIX = /^(?:the\s+)?(.+?)\s+(?:statement|declaration|d[ée]claration|declaraci[óo]n)$/i;

/** "9 October 2023 – Statement by …" → "Statement by …": a date opening a heading line is a field of its own. */
function withoutDateline(line: string): string {
  return line.replace(/^(.{6,40}?)\s+[–—-]\s+(?=\S)/, (m, head: string) => {
    const found = findDates(head);
    return found.length === 1 && found[0]!.index === 0 ? "" : m;
  });
}

/**
 * The first word of a name in sentence case that says what kind of organization it is: a French or Spanish kind of body, and
 * besides the opening words of `people.ts` (no clinic here) an observatory, a union, a committee and an organization.
 */
const ORG_KIND = oneOf([...FRENCH_SPANISH_KINDS, ...SHARED_KINDS, ...COUNCIL_KINDS, "observatory", "union", "regroupement", "groupement", "comite", "organisation", "organizacion"]);

/**
 * Round 19: "Example Law Circle – <Country>" with an acronym that spells the country's initial too
 * (ELCC): the country after the dash is part of the name, a national section's, not a place beside it.
 */
function countrySection(name: string, acronym: string): boolean {
  const m = /^(.+?)\s+[–—-]\s+(\p{Lu}[\p{L}' -]{2,40})$/u.exec(name.trim());
  if (!m || findCountry(m[1]!) || !findCountry(m[2]!) || m[1]!.split(/\s+/).length < 2 || personName(m[1]!)) return false;
  return acronymFits(name.replace(/\s+[–—-]\s+/, " "), acronym) && !acronymFits(m[1]!, acronym);
}

/**
 * Round 20: "Example Justice Circle – <Town>" with an acronym that spells the town's initial too (EJCT, in
 * brackets after it or elsewhere on the letterhead): the place after the dash is part of the name, a local
 * body's, not a place set beside it.
 */
function placeSection(piece: string, acronyms: readonly string[]): boolean {
  const own = /\s*\(([A-Z][A-Za-z&-]{1,11})\)$/.exec(piece.trim());
  const m = /^(.+?)\s+[–—-]\s+(\p{Lu}[\p{L}'’ -]{2,40})$/u.exec(piece.trim().replace(/\s*\([A-Z][A-Za-z&-]{1,11}\)$/, ""));
  // Round 22: with its own acronym in brackets, fitting only with it, a town the tables do not know ("NAME - TOWN (ACR)") is one too.
  const town = own !== null && m !== null && m[2]!.trim().split(/\s+/).length <= 3 && !isOrgName(m[2]!);
  if (!m || m[1]!.split(/\s+/).length < 2 || personName(m[1]!) || findCountry(m[1]!) || (!findCityCountry(m[2]!) && !findCountry(m[2]!) && !town)) return false;
  return (own ? [own[1]!] : acronyms).some((a) => acronymFits(`${m[1]} ${m[2]}`, a) && !acronymFits(m[1]!, a));
}

/**
 * Round 40: "NAME – BRANCH (ACR)": the acronym in brackets after the dash does not fit the branch alone but spells, in order, initials of
 * the whole line from its first word to its last ("MOTHERS OF X – TOWN COUNCIL (MXTC)"): a body's name set in two parts, one name.
 */
function bracketSection(prev: string, next: string): boolean {
  const m = /^(.+?)\s*\(([A-Z][A-Z&]{2,9})\)$/.exec(next.trim());
  if (!m || acronymFits(m[1]!, m[2]!) || !/^\p{Lu}[\p{L}'’ -]{3,60}$/u.test(prev.trim()) || /\p{Ll}/u.test(prev.replace(/\b(?:of|for|and|the|de|des|du|la|le|del|y|et|pour|por|para)\b/g, "").replace(/\b\p{Lu}\p{Ll}+/gu, "")) || personName(prev) || findCountry(prev) || findCityCountry(prev)) return false;
  const initialsOf = (x: string) => x.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join("");
  const all = initialsOf(`${prev} ${m[1]}`);
  const acr = m[2]!.replace(/&/g, "");
  if (acr[0] !== all[0] || acr.at(-1) !== all.at(-1)) return false;
  let k = 0;
  for (const ch of all) if (ch === acr[k]) k++;
  return k === acr.length;
}

/** A letterhead line's pieces, split at middle dots, bars and dashes; a dash before a local body's place (`placeSection`) does not split. */
function splitSections(line: string, acronyms: readonly string[]): string[] {
  const bits = line.split(/(\s+[·|–—•]\s+|\s+-\s+)/);
  const out: string[] = [];
  for (let i = 0; i < bits.length; i += 2) {
    const sep = bits[i - 1];
    const prev = out.at(-1);
    if (prev !== undefined && sep !== undefined && /[–—-]/.test(sep) && (placeSection(`${prev}${sep}${bits[i]}`, acronyms) || bracketSection(prev, bits[i]!))) out[out.length - 1] = `${prev}${sep}${bits[i]}`;
    else out.push(bits[i]!);
  }
  return out;
}

/** Round 67: an ordinal number opening a body's name ("4th", "1st", "2e", "1re", "3.ª", "5º"), a capitalized word after it. */
const ORDINAL_OPENING = /^\d{1,3}(?:st|nd|rd|th|er|re|e|[eè]me|\.?[ºª°])\s+(?=\p{Lu})/u;

/** The organization a title names, when it is not a person, a place or a sentence. */
function titleOrganization(heading: string): string | null {
  // Round 14: a footnote mark after the title ("… (ABC)*", "… †", "… [1]") is not part of the name.
  const line = withoutDateline(heading.trim()).replace(/\s*(?:\*{1,3}|[†‡¹²³]|\[\d{1,2}\])$/u, "");
  const m = TITLE_BY.exec(line) ?? TITLE_SUFFIX.exec(line);
  if (!m) return null;
  // "… de l'Association …": the elided article is not part of the name.
  m[1] = m[1]!.replace(/^(?:l|d)['’]\s*(?=\p{Lu})/u, "");
  // Round 13: "Déclaration de l'Institut … sur la vie … (ABC)": a name its acronym fits whole is not cut at "sur la".
  const fitted = /^(\p{Lu}[^()]{3,150}?)\s*\(([A-Z][A-Za-z&-]{1,11})\)/u.exec(m[1]!);
  // Round 14: after an article ("Statement of the Open Harbour Lab (OHL)") it is no person, even in words a person's name could have.
  const article = fitted !== null && /(?:^|\s)(?:the|la|le|el|los|las|les)\s+$|\s(?:l|d)['’]\s*$/i.test(line.slice(0, line.length - m[1]!.length));
  // Round 17: a name holding a country ("Statement of the <Country> Rights Alliance (ABC)") is still one when it says what kind of body it is.
  // Round 19: or when its country closes it after a dash and its acronym spells the country too ("Example Law Circle – <Country> (ELCC)"): a national section's name.
  if (fitted && acronymFits(fitted[1]!, fitted[2]!) && !NOT_OWN.test(fold(fitted[1]!)) && (article || !personName(fitted[1]!)) && (!findCountry(fitted[1]!) || (article && kindNamed(fitted[1]!)) || countrySection(fitted[1]!, fitted[2]!))) return fitted[1]!.trim();
  // Round 31: "… de la Alianza por el Trabajo Digno en el Hogar": "en el", "in the", "dans le" before a capitalized word that is no meeting's go on with the name.
  // Round 51: and "au", "al" before the meeting ("Déclaration du Réseau … au dialogue sur …").
  const cut = m[1]!.split(/\s+(?:to|at|on|for|before|au|à|a|ante|sur|sobre)\s+(?:the|la|le|l'|el|los|las)\b|\s+(?:au|al)\s+(?=(?:dialogue|di[áa]logo|s[ée]ance|session|sesi[óo]n|r[ée]union|reuni[óo]n)\b)|\s+[–—-]\s+|\s*[:,(]/i)[0]!;
  const name = cut.split(/\s+(?:[Ee]n|[Ii]n|[Dd]ans)\s+(?:the|la|le|l'|el|los|las)\b(?!\s*\p{Lu}(?!(?:onference|onferencia|onférence|ialogue|iálogo|ialogo|ession|esión|éance|eeting|eunión|éunion|ommittee|omité|omite)))/u)[0]!.trim();
  const words = name.split(/\s+/);
  // Round 67: an ordinal opening the name ("4th … Scout Group", "1st … Brigade", "2e Compagnie …", "3.ª Compañía …") is part of it.
  if (words.length < 2 || words.length > 12 || /[.!?]$/.test(name) || /\d/.test(name.replace(ORDINAL_OPENING, ""))) return null;
  // Round 61: a national body's name after an article, opening with its kind ("Declaración de la Cámara Argentina de …"), holds its country.
  const national = findCountry(name) !== null && kindNamed(name) && /(?:^|\s)(?:the|la|le|el|los|las|les)\s+$/i.test(line.slice(0, line.indexOf(name)));
  if (personName(name) || (findCountry(name) && !national) || STATEMENT_WORD.test(fold(name)) || DIALOGUE_LINE.test(fold(name))) return null;
  // Round 25: "Statement of the ABC Coordinator, Mr NAME": an office ending in a role word is the speaker's, not a body.
  if (isRole(words.at(-1)!) && !isOrgName(name) && !kindNamed(name)) return null;
  // A name: its significant words are capitalized.
  const significant = words.filter((w) => !/^(?:of|for|and|the|in|on|against|with|de|des|du|la|le|les|et|pour|contre|sur|dans|del|el|al|los|las|y|por|contra|para|en|con|sin|sobre|aux|au)$/i.test(w));
  if (significant.every((w) => /^[\p{Lu}\d]/u.test(w))) return name;
  // French and Spanish names are often in sentence case ("Regroupement québécois d'aide aux …"): taken
  // when the first word is capitalized and an acronym beside it fits, or it names a kind of organization.
  const acronym = /\(([A-Z][A-Za-z&-]{1,11})\)/.exec(line.slice(line.indexOf(name) + name.length))?.[1];
  const generic = /^(?:la |el |the )?(?:societe civile|sociedad civil|civil society)\b/.test(fold(name));
  // Not when a preposition cut the name ("Centre d'Études" from "… sur la Sécurité"): the cut is for titles in title case.
  const whole = m[1]!.split(/\s+[–—-]\s+|\s*[:,(]/)[0]!.trim() === name;
  return whole && /^\p{Lu}/u.test(name) && !generic && ((acronym !== undefined && acronymFits(name, acronym)) || ORG_KIND.test(fold(words[0]!))) ? name : null;
}

/** A speaker who speaks for no organization. */
const PERSONAL = /\b(?:(?:in|speaking in) (?:my|his|her|their|a) (?:own |personal |individual )+capacity|i do not represent an? (?:organi[sz]ation|institution)|i speak (?:only )?for myself|a titre (?:personnel|individuel)|je ne represente aucune|a titulo (?:personal|individual)|no represento a ninguna)\b/;

/** Round 27: a paragraph that opens by thanking or addressing the Chair ("Thank you, Chair.", "Madam Chair,", "Merci, Madame la Présidente"). */
// Round 51: or the address alone on its line ("Señor Presidente:", "Madame la Présidente,").
const CHAIR_OPENING = /^(?:thank you,?\s+(?:(?:madam|mister|mr\.?|madame)\s+)?(?:co-?)?chair(?:person)?\b|(?:madam|mister|mr\.?)\s+(?:co-?)?chair(?:person)?\b|merci,?\s+(?:madame|monsieur)\s+(?:la|le)\s+president|(?:muchas\s+)?gracias,?\s+(?:senora|senor)\s+president|(?:senora|senor|madame|monsieur)\s+(?:(?:la|le)\s+)?president[ea]?\s*[:,]?$)/;

/** A sentence in which the speaker presents themselves or whom they speak for. */
// Round 17: "I spoke for the X" (an op-ed by the speaker, after the dialogue).
const SELF = /\b(?:my name is|i am|i'm|i represent|i speak|i spoke (?:for|on behalf of)|i work|i serve|i lead|i head|i coordinate|i chair|i direct|speaking for|je travaille|je dirige|je coordonne|me desempeno|dirijo|coordino|je m'appelle|je suis|je represente|je parle|je m'exprime|soy|me llamo|mi nombre es|represento|hablo|trabajo)\b/;
/** United Nations bodies, treaties and meetings a statement names with their acronyms: never the speaker's organization. */
const NOT_OWN = /\b(?:united nations|nations unies|naciones unidas|office on drugs|office des nations|oficina de las naciones|convention|convencion|protocol|protocole|protocolo|conference of the parties|conference des parties|conferencia de las partes|working group|groupe de travail|grupo de trabajo|commission on crime|commission pour la prevention|comision de prevencion|european union|union europeenne|union europea|african union|union africaine|union africana|secretariat|secretaria|international organi[sz]ation for migration|organisation internationale pour les migrations|organizacion internacional para las migraciones|high commissioner|haut-commissariat|alto comisionado|unicef|interpol|europol|osce|international labour|organisation internationale du travail|organizacion internacional del trabajo|world bank|banque mondiale|banco mundial)\b|\b(?:vienna international centre|centre international de vienne|centro internacional de viena|palais des nations)\b/;
/** The meeting's venue, never a letterhead's organization. */
const VENUE = /\b(?:vienna international centre|centre international de vienne|centro internacional de viena|palais des nations|united nations headquarters)\b/;

/**
 * The organization a speaker's introduction names with its acronym: "I am the Research Lead at the
 * Example Justice Trust (EJT), a group …", "Soy …, vocera de Madres por una Tierra Segura
 * (MTS)". The name is the shortest run of words before the bracket, starting with a capital, that
 * the acronym fits.
 */
function introOrganization(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    for (const sentence of p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      if (!SELF.test(fold(sentence))) continue;
      for (const m of sentence.matchAll(/\(([A-Z][A-Za-z&-]{1,11})\)/g)) {
        const words = sentence.slice(0, m.index).trim().split(/\s+/).slice(-14);
        for (let k = 1; k <= words.length; k++) {
          const candidate = words.slice(-k).join(" ").replace(/^[("“«]+/, "");
          if (!/^\p{Lu}/u.test(candidate) || /[,;:]/.test(candidate) || !acronymFits(candidate, m[1]!)) continue;
          // Whom one works for or speaks for ("at", "of", "for", "de"), not a partner one works with.
          const before = words.slice(0, -k).filter((w) => !/^(?:the|la|le|l'|el|los|las|les)$/i.test(w)).at(-1) ?? "";
          if (NOT_OWN.test(fold(candidate)) || (findCountry(candidate) && !isOrgName(candidate) && !kindNamed(candidate)) || !/^(?:at|of|for|from|represent|represents|representing|de|du|des|del|d'|pour|por|para|au|aux|à|a|en|is|am|es|est)$/i.test(fold(before).replace(/['’]$/, "'"))) break;
          return candidate;
        }
      }
      // "… soy directora de programas de la Fundación Horizonte Seguro, con sede en …": a name after "of/at/de" that says what kind of body it is.
      for (const m of sentence.matchAll(/(?<![\p{L}])(?:at|of|for|de|du|des|del|au|aux|à|a|en)\s+(?:the\s+|la\s+|le\s+|l'|el\s+)?(\p{Lu}[^,.;:()]{3,100})/gu)) {
        // "… the Valley Helpline in Ostrava": the city it is in is not part of the name.
        const candidate = m[1]!
          .split(/\s+(?:based|which|who|where|that|basée?|qui|que|ou|où|con sede|donde|fondée?|fundad[oa]|created|founded)\b/u)[0]!
          .trim()
          .replace(/\s+(?:in|en|à|a)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u, (tail, place: string) => (findCityCountry(place) || findCountry(place) || isDutyStation(place) ? "" : tail));
        // Round 25: a text without punctuation (a voice note's transcript) runs on after the name ("… de la Fundación Puna
        // Viva estamos en …"): the run of capitalized words, small words between them, is the name when the whole is not.
        const run = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|against|de|des|du|la|le|les|et|pour|contre|del|los|las|y|por|contra|para)\s+)*\p{Lu}[\p{L}'’-]*)*/u.exec(candidate)![0];
        // Without any punctuation in the sentence (time marks aside) the run is tried first ("Red Andina contra la trata de niñas …" keeps its lowercase words in a punctuated text).
        const unpunctuated = !/[,.;:!?]/.test(sentence.replace(/\[[^\]]{0,20}\]/g, ""));
        for (const name of run !== candidate && /^\s+\p{Ll}/u.test(candidate.slice(run.length)) ? (unpunctuated ? [run, candidate] : [candidate, run]) : [candidate]) {
          const found = orgCandidate(name);
          if (found) return found;
        }
      }
    }
  }
  return null;
}

/** Round 25: "Mémoire" with a capital inside a French name ("Association … Mémoire et Solidarité") is memory, not a brief (a statement word). */
const memoryWord = (name: string) => name.replace(/(?<=\S\s+)M[ée]moire(?=\s+(?:et|des?|du|d['’])\s|\s*(?:\(|$))/gu, "");

function orgCandidate(candidate: string): string | null {
  const words = candidate.split(/\s+/);
  if (words.length < 2 || words.length > 10 || !(isOrgName(candidate) || kindNamed(candidate)) || NOT_OWN.test(fold(candidate)) || DIALOGUE_LINE.test(fold(candidate)) || STATEMENT_WORD.test(fold(candidate))) return null;
  // The first word names the kind of body ("Fundación …", "Observatoire …"), or every significant word is capitalized.
  const significant = words.filter((w) => !/^(?:of|for|and|the|in|on|against|de|des|du|la|le|les|et|pour|contre|del|los|las|y|por|contra|para|en|aux|au|sur|sobre)$/i.test(w));
  return ORG_KIND.test(fold(words[0]!)) || /^(?:network|foundation|institute|trust|council|society|forum|initiative|centre|center|fund|project|union|academy|university|universite|universidad|clinic)$/.test(fold(words[0]!)) || significant.every((w) => /^[\p{Lu}\d]/u.test(w)) ? candidate : null;
}

const TITLE_WORDS = String.raw`\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|the|against|on|in|de|des|du|la|le|les|et|pour|contre|del|los|las|y|por|contra|para|en|aux|au|sur|sobre|d'|l')\s*)*\p{Lu}[\p{L}'’&.-]*){1,9}`;
const KIND_NOUN = String.raw`(?:clinic|clinique|clinica|network|organi[sz]ation|coalition|association|group|collective|alliance|platform|movement|foundation|charity|ngo|institute|centre|center|union|federation|initiative|consortium|forum|reseau|collectif|groupe|plateforme|mouvement|fondation|ong|red|asociacion|colectivo|grupo|plataforma|movimiento|fundacion|entidad|organizacion)`;
/** "we are the X, a … network", "nous sommes le X, un réseau …", "somos la X, una red …". */
// Round 27: and the speaker's "I speak for the X, a group of …", "I represent the X, a network …", "je représente le X, un réseau …",
// "represento a la X, una red …" (the kind after the name says it is a body, whatever the last word of its name).
// Round 51: a name used without its article ("I speak for Example Ferry Help, a law clinic …"), a clinic a kind too.
const WE_ARE = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)(?:[Ww]e are|[Nn]ous sommes|[Ss]omos|I (?:speak|am speaking) (?:for|on behalf of)|I represent|[Jj]e repr[ée]sente|[Rr]epresento(?: a)?)\s+(?:(?:the|le|la|l'|el|los|las)\s*)?(${TITLE_WORDS})(?:\s*\(([A-Z][A-Za-z&-]{1,11})\))?,\s+(?:a|an|un|une|una)\s+(?:[\p{L}-]+\s+){0,3}?${KIND_NOUN}(?![\p{L}])`, "du");
/** Round 31: "We, the X, …", "Nous, le X, …", "Nosotras, la X, …": the organization set beside "we" in the opening sentence. */
const WE_THE = new RegExp(String.raw`(?:^|[.!?]\s+|^[^.!?]{0,60},\s+)(?:[Ww]e|[Nn]ous|[Nn]osotr[oa]s),\s+(?:the|le|la|l'|el|los|las)\s*(${TITLE_WORDS})(?:\s*\(([A-Z][A-Za-z&-]{1,11})\))?,`, "du");
/** "The X (ABC) is a network of …", "Le X est un réseau …", "La X es una red …" opening a paragraph. */
// Round 51: or the name without an article ("Example Youth Ministry es un movimiento de …").
const IS_A = new RegExp(String.raw`^(?:(?:[Tt]he|L[ea]|L'|El)\s*)?(${TITLE_WORDS})(?:\s*\(([A-Z][A-Za-z&-]{1,11})\))?,?\s+(?:is|est|es)\s+(?:a|an|un|une|una)\s+(?:[\p{L}-]+\s+){0,3}?${KIND_NOUN}(?![\p{L}])`, "du");

/**
 * The organization a statement presents in its first paragraphs, in title case and followed by
 * what kind of body it is: "We are the Border Lawyers Forum, a group of …", "The Valley Shelter
 * Trust (VST) is a network of …". Never a United Nations body.
 */
/**
 * Round 14: a paragraph opening with the organization thanking or welcoming, as written statements
 * often begin: "The Example Harbour Trust welcomes the opportunity …", "Le Réseau … remercie la
 * présidence …", "La Red … agradece …". Taken only when the words name an organization.
 */
const WELCOMES = new RegExp(String.raw`^(?:[Tt]he\s+|L[ea]\s+|L'|El\s+)?(${TITLE_WORDS})(?:\s*\(([A-Z][A-Za-z&-]{1,11})\))?,?\s+(?:welcomes|thanks|appreciates|commends|is (?:grateful|pleased|honou?red|thankful)|would like to (?:thank|express|commend)|wishes to (?:thank|express)|submits|represents|brings together|represente|regroupe|reunit|rassemble|representa|agrupa|reune|remercie|salue|se felicite|accueille favorablement|souhaite remercier|tient a remercier|agradece|saluda|celebra|se complace|desea agradecer)\b`, "du");

function presentedOrganization(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    // Read without accents ("réseau", "organización"), the name taken from the text as written.
    const plain = p.normalize("NFC");
    const bare = plain.normalize("NFD").replace(/\p{M}/gu, "");
    if (bare.length !== plain.length) continue;
    for (const re of [WE_ARE, IS_A]) {
      const m = re.exec(bare);
      const at = m?.indices?.[1];
      // Round 51: a name read without its article stays on its line ("About ABC" over "The Example Guild is a union …").
      if (!m || !at || bare.slice(at[0], at[1]).includes("\n")) continue;
      const name = plain.slice(at[0], at[1]).trim();
      if (name.split(/\s+/).length >= 2 && !NOT_OWN.test(fold(name)) && !findCountry(name) && !STATEMENT_WORD.test(fold(name))) return name;
    }
    const we = WE_THE.exec(bare);
    const weAt = we?.indices?.[1];
    if (we && weAt) {
      const name = plain.slice(weAt[0], weAt[1]).trim();
      if (name.split(/\s+/).length >= 2 && (isOrgName(name) || kindNamed(name) || (we[2] !== undefined && acronymFits(name, we[2]))) && !personName(name) && !NOT_OWN.test(fold(name)) && !findCountry(name) && !STATEMENT_WORD.test(fold(name))) return name;
    }
    const w = WELCOMES.exec(bare);
    const at = w?.indices?.[1];
    if (w && at) {
      const name = plain.slice(at[0], at[1]).trim();
      const fits = w[2] !== undefined && acronymFits(name, w[2]);
      if (name.split(/\s+/).length >= 2 && (isOrgName(name) || kindNamed(name) || fits) && !personName(name) && !NOT_OWN.test(fold(name)) && !findCountry(name) && !STATEMENT_WORD.test(fold(name)) && !DIALOGUE_LINE.test(fold(name))) return name;
    }
  }
  return null;
}

/** Round 51: "Example Ferry Union, read by NAME, role.", "Collectif …, lue par …", "Red …, leída por …". */
const NAME_THEN_BY = /^(\p{Lu}[^,.;:]{3,100}),\s+(?:delivered|read|presented|spoken|lue?|prononc[ée]e?|pr[ée]sent[ée]e?|le[íi]d[oa]|presentad[oa]|pronunciad[oa])\s+(?:by|par|por)\s+\p{Lu}/u;
function namedThenBy(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    const name = NAME_THEN_BY.exec(p.trim())?.[1]!.trim();
    if (name && name.split(/\s+/).length >= 2 && (isOrgName(name) || kindNamed(name)) && !personName(name) && !NOT_OWN.test(fold(name)) && !STATEMENT_WORD.test(fold(name)) && !DIALOGUE_LINE.test(fold(name))) return name;
  }
  return null;
}

/** "About ABC", "About the Example Network", "À propos du ABC", "Acerca de la Red …": a press release's section about its organization. */
const ABOUT = /^(?:about|a propos (?:du|de la|de l'|des|de|d')|acerca (?:del|de la|de)|sobre (?:el|la))\s*(?:the\s+)?(.{2,100})$/;

/**
 * Round 63: the paragraph under an "About the …" heading ("About the Association", "À propos du …", "Acerca de la Red …"): the
 * heading's own line, alone, then the rest of its block, or the next block when the heading stands alone.
 */
function aboutParagraph(blocks: readonly string[]): string {
  for (let i = 0; i < blocks.length; i++) {
    const lines = blocks[i]!.split("\n");
    const k = lines.findIndex((l) => l.trim().split(/\s+/).length <= 8 && !/[\d|·•.:;,]/.test(l) && ABOUT.test(fold(l.trim())));
    if (k < 0) continue;
    const rest = lines.slice(k + 1).join("\n").trim();
    return rest || (blocks[i + 1] ?? "");
  }
  return "";
}

/**
 * Round 27: a social-media post's account line, the account's name before its handle and, after a dot, the time it was
 * posted ("Harbour Watch Network @hwn_org · 2 May"): the name, when it is an organization's (not a person's account).
 */
const ACCOUNT = /^(\p{Lu}[^@\n·•|]{2,100}?)\s+@[A-Za-z0-9_]{2,30}(?:\s*[·•|]\s*[^\n]{0,40})?$/u;
function accountOrganization(blocks: readonly string[]): string | null {
  for (const b of blocks) {
    for (const line of b.split("\n")) {
      const m = ACCOUNT.exec(line.trim());
      const name = m?.[1]!.trim();
      if (name && (isOrgName(name) || kindNamed(name)) && !personName(name) && name.split(/\s+/).length >= 2 && !NOT_OWN.test(fold(name))) return name;
    }
  }
  return null;
}

/** The organization a press release's "About …" heading names: its acronym written out in the text below, or the name itself. */
function aboutOrganization(body: string): string | null {
  const lines = body.split("\n");
  for (const [i, line] of lines.entries()) {
    // Round 31: "About us: the X is a registered association of …", "Qui sommes-nous ? Le X est …", "Quiénes somos: la X es …" (or on the next line).
    const us = /^(?:about us|who we are|qui sommes-nous|a propos de nous|quienes somos|sobre nosotr[oa]s)\s*[?:.–—-]?\s*/.exec(fold(line.trim()));
    if (us) {
      const rest = line.trim().slice(us[0].length) || (lines[i + 1] ?? "").trim();
      const said = presentedOrganization([rest.charAt(0).toUpperCase() + rest.slice(1)]);
      if (said && isOrgName(said)) return said.replace(/^(?:the)\s+/i, "");
    }
    const m = ABOUT.exec(fold(line.trim()));
    if (!m || line.trim().split(/\s+/).length > 10) continue;
    const named = line.trim().slice(line.trim().length - m[1]!.length).trim();
    if (/^[A-Z][A-Z&]{1,9}$/.test(named)) {
      const expanded = expandAcronym(named, lines.slice(i + 1, i + 6).join("\n")) ?? expandAcronym(named, body.slice(0, 3000));
      if (expanded && !NOT_OWN.test(fold(expanded))) return expanded.replace(/^(?:the)\s+/i, "");
    } else if (isOrgName(named) && !personName(named) && !NOT_OWN.test(fold(named)) && /^\p{Lu}/u.test(named)) return named;
  }
  return null;
}

/** A letterhead's tagline naming a body the organization belongs to or works with ("Member of the … Network", "Membre du réseau …", "Con el apoyo de …"): never its name. */
const AFFILIATION = /^(?:(?:a|an|un|une|una|proud)\s+)?(?:members?|membres?|miembros?|part|partie|parte|affiliated|affiliate|affiliee?|afiliad[oa])\s+(?:of|to|with|du|de|des|d'|del|a|au|aux)\b|^(?:in partnership with|en partenariat avec|en alianza con|with the support of|supported by|funded by|avec le soutien d|financee? par|con el apoyo d|financiad[oa] por)/;
/** "NGO in special consultative status with ECOSOC", "ONG dotée du statut consultatif …", "con estatus consultivo …": a standing, not a name. */
// Round 68: a letterhead line saying where the body sits or works, or since when ("Offices in Town and Town", "Bureaux à …",
// "Oficinas en …", "Registered in …", "Founded in 1998", "Since 2004"): what it says of the body, not its name.
const LOCATED = /^(?:(?:our|nos|nuestras?|nuestros)\s+)?(?:offices?|branch(?:es)?|bureaux?|antennes?|oficinas?|sedes?|sucursal(?:es)?|head ?office|headquarters|siege(?: social)?|based|registered|incorporated|enregistree?|immatriculee?|domiciliee?|registrad[oa]|inscrit[oa]|founded|established|fondee?|creee?|fundad[oa]|cread[oa]|working|active|presente?s?)\s+(?:in|at|since|en|a|au|aux|dans|depuis|desde)\b|^(?:since|depuis|desde)\s+\d{4}/;
const BEHALF_LEAD = /^(?:on behalf of|au nom (?:de la|du|des|de l['’]|de|d['’])|pour le compte (?:de la|du|des|de l['’]|de|d['’])|de la part (?:de la|du|des|de l['’]|de|d['’])|en nombre (?:de la|del|de los|de las|de)|en representaci[oó]n (?:de la|del|de los|de las|de)|por cuenta (?:de la|del|de))\s*(?:the\s+)?(?=\p{Lu})/iu;
const STANDING = /\b(?:consultative status|statut consultatif|(?:estatus|estatuto|caracter|calidad) consultiv[oa]|accredited (?:to|with|by)|accreditee? (?:aupres|par)|acreditad[oa] (?:ante|por))\b/;

/**
 * Round 17: a national body's name that opens with its country ("<Country> Beekeepers Cooperative"):
 * the country's words, then three or more capitalized words that name no place.
 */
export function countryLed(name: string): string | null {
  const words = name.trim().split(/\s+/);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const country = findCountry(words.slice(0, k).join(" "));
    const rest = words.slice(k).join(" ");
    const significant = words.slice(k).filter((w) => !/^(?:of|for|and|the|in|on|against|de|des|du|la|le|les|et|pour|contre|del|los|las|y|por|contra|para|en|aux|au|sur|sobre)$/i.test(w));
    if (country && !findCountry(rest) && !findCityCountry(rest) && significant.length >= 3 && significant.every((w) => /^\p{Lu}/u.test(w))) return country;
  }
  return null;
}

/**
 * Round 66: a body named for its members, three words or more ending on a plural ("Highland County Legal Aid Practitioners",
 * "Réseau des Juristes Paysans", "Valle Norte Abogados Comunitarios"): a role's words inside it say who its members are, the line is no
 * person's role, when its first two words are none either (a place, a kind of body: not "Senior Programme Officers").
 */
function membersNamed(words: readonly string[]): boolean {
  return words.length >= 3 && /^\p{Lu}[\p{L}'’-]*[^sS][sS]$/u.test(words.at(-1)!) && !isRole(words.slice(0, 2).join(" "));
}

/** A letterhead's name line: two to ten words, its significant words capitalized, no digit, no sentence, no title. */
function letterheadName(line: string): boolean {
  const l = line.trim();
  const words = l.split(/\s+/);
  if (words.length < 2 || words.length > 10 || /\d|[.:;!?,@]$|@|www\./.test(l) || /[:;]/.test(l)) return false;
  const f = fold(l);
  // Nor a place ("Vienna International Centre" above the venue's address).
  if (STATEMENT_WORD.test(f) || DIALOGUE_LINE.test(f) || NOT_OWN.test(f) || AFFILIATION.test(f) || LOCATED.test(f) || STANDING.test(f) || SALUTATION.test(f) || personName(l) || findDates(l).length > 0 || (isRole(l) && !membersNamed(words)) || isAddressLine(l) || (findCountry(l) && !countryLed(l)) || findCityCountry(l) || isDutyStation(l)) return false;
  const significant = words.filter((w) => !/^(?:of|for|and|the|in|on|against|de|des|du|la|le|les|et|pour|contre|del|los|las|y|por|contra|para|en|aux|au|sur|sobre|a|an|una?|une)$/i.test(w));
  return significant.length >= 2 && significant.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * Round 61: the statement's own heading under a covering note or a greeting (an e-mail passing it on without a rule between them):
 * a block of one to four short lines after the first, its first line a name with the acronym that fits it in brackets ("NAME (ACR)"
 * over an address or the dialogue's line) or a title naming the body ("Statement of the NAME (ACR), Town"). Its lines, or none.
 */
function headingUnderNote(blocks: readonly string[]): string[] {
  for (const block of blocks.slice(1, 8)) {
    const lines = block.split("\n").map((l) => l.trim());
    if (lines.length > 4 || lines.some((l) => l.length > 200)) continue;
    const named = /^(\p{Lu}[^()]{3,150}?)\s*\(([A-Z][A-Za-z&-]{1,11})\)$/u.exec(lines[0]!);
    if ((named && letterheadName(named[1]!) && acronymFits(named[1]!, named[2]!)) || titleOrganization(lines[0]!) !== null) return lines;
  }
  return [];
}

/** Round 61: an annex's heading ("Annex: …", "Anexo 1 – …", "Annexe : …"). */
const ANNEX = /^(?:annex|annexe|anexo|appendix|apendice|appendice)\b/;

/**
 * Round 61: the text's blocks without an annex table at its end: a heading of one line naming an annex, followed only by short cells
 * of one line (four or more: its column heads and figures), as a word processor's table after the signature is read.
 */
function beforeAnnexTable(blocks: readonly string[]): readonly string[] {
  const at = blocks.findLastIndex((b) => !b.includes("\n") && b.length <= 150 && ANNEX.test(fold(b.trim())));
  const cells = at >= 0 ? blocks.slice(at + 1) : [];
  const cell = (c: string) => !c.includes("\n") && c.trim().length <= 60;
  // Round 65: a note or a source under the table ("Note: …", "Fuente: …", two paragraphs at most) ends the annex too.
  const under = cells.findIndex((c) => !cell(c));
  return cells.length >= 4 && (under < 0 || (under >= 4 && cells.length - under <= 2)) ? blocks.slice(0, at) : blocks;
}

/**
 * Round 64: the text's blocks without a list of co-signing organizations at its end: a heading of one line naming them
 * ("Co-signing organizations", "Signatories", "Endorsed by", "Organisations signataires", "Organizaciones firmantes")
 * followed only by short lines (two or more), as a joint statement lists its members after the signature. The signature
 * and its date above the list are read from what is left when the last lines give neither.
 */
const SIGNATORIES = /^(?:co-?sign(?:ing|ed by|atories|atory)|signatories|signatory|endorsed by|endorsing|supported by|organi[sz]ations? (?:co-?)?signataires|co-?signataires|signataires|organizaciones (?:co-?)?firmantes|co-?firmantes|firmantes)(?:\s+(?:organi[sz]ations?|members?))?\s*:?$/;
function beforeSignatories(blocks: readonly string[]): readonly string[] {
  const at = blocks.findLastIndex((b) => SIGNATORIES.test(fold(b.split("\n")[0]!.trim())));
  if (at <= 0) return blocks;
  const lines = [...blocks[at]!.split("\n").slice(1), ...blocks.slice(at + 1).flatMap((b) => b.split("\n"))].filter((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => l.trim().length <= 120) ? blocks.slice(0, at) : blocks;
}

/** Round 51: an address line opening on a building's name before its comma ("Harbour House, 4 Long Street, Town, Country"). */
// Round 57: an e-mail address or a website after a dash ends the line ("Casa …, calle … s/n, Town, Country – office@…").
const buildingAddress = (line: string) => /^[^,\d]{3,60},\s*\S/.test(line.trim()) && isAddressLine(line.trim().replace(/^[^,]+,\s*/, "").replace(/\s+[–—·|•-]\s+(?:\S+@\S+|www\.\S+|https?:\/\/\S+)$/u, ""));

/**
 * Round 60: a letterhead's name followed, after a dash, by what kind of body it is in small letters ("Name — association de …",
 * "Name – a network of …", "Name — red de …"): a name with no kind word of its own.
 */
function describedAsBody(name: string, line: string): boolean {
  const at = line.indexOf(name);
  const rest = at < 0 ? null : /^\s+[–—-]\s+(?:(?:an?|une?|una)\s+)?(\p{Ll}[\p{L}-]*)/u.exec(line.slice(at + name.length));
  return rest !== null && isKindWord(rest[1]!);
}

/** Round 17: a letterhead line that may be a name in any language: two to ten words, all capitalized, no digit, punctuation or sentence. */
function letterheadLike(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 10 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w)) && !personName(line) && !STATEMENT_WORD.test(fold(line)) && !DIALOGUE_LINE.test(fold(line)) && !NOT_OWN.test(fold(line)) && !findCountry(line) && !findCityCountry(line);
}

/** "… on behalf of the West African Coalition (WAC) by Ms …": the coalition's name. */
/** "the Board of the Lake Trust", "el equipo de la Red …": a body within the organization, which is the organization's name. */
const BODY_OF = /^(?:the\s+)?(?:(?:executive\s+|steering\s+)?board(?: of directors)?|executive committee|steering committee|members|staff|team|secretariat|conseil d'administration|bureau executif|bureau|membres|equipe|junta directiva|equipo|miembros|secretaria)\s+(?:of|de|du|des|del|de la|de l')\s*(?:the\s+|la\s+|le\s+|l'|el\s+)?(?=\p{Lu})/iu;

/** Round 21: "… en nombre de la Cooperativa el abogado NAME": a role's noun with its article, then a name, ends what is spoken for. */
const ROLE_NAME_AFTER = /\s+(?:el|la|le|the)\s+\p{Ll}[\p{L}-]+\s+\p{Lu}.*$/u;

const SPOKE_AFTER = new RegExp(String.raw`\s+${TOOK_FLOOR}\s+(?:su|sa|son|leur|its|their)\s.*$`, "u");

/** "by / par / por" ending a coalition's name, unless an article and a capitalized word that is no title follow ("Alianza por el Trabajo Digno", "… por la Sra. NAME"). */
const BY_NOT_NAME = /\s+(?:[Bb]y|[Pp]ar|[Pp]or)\s+(?!(?:el|la|los|las|le|les|the)\s+(?!(?:Sra?|Srta|Dra?|Lic|Licda|Mme|Mlle|Me|Mr|Mrs|Ms|Prof)\b)\p{Lu})/u;
/** Round 46: a letterhead's lines a plain text ran into one ("Name (ABC) University Centre, Town"): a fitting acronym in brackets ends the name. */
function acronymEnds(piece: string): string {
  const m = /^(\p{Lu}[^()]*?)\s*\(([A-Z][A-Z&]{1,9})\)\s+\p{Lu}/u.exec(piece.trim());
  return m && acronymFits(m[1]!, m[2]!) ? `${m[1]} (${m[2]})` : piece;
}
/** Round 46: "on behalf of ABC at the constructive dialogue on …", "au nom du Réseau lors de la session …": where it was said ends the name. */
// Round 50: "lors du" and "al" hold their article ("… de Ouidah (ABC) lors du dialogue constructif …").
const AT_MEETING = /\s+(?:(?:at|to|before|during|in|lors de|devant|pendant|ante|durante|en)\s+(?:the|le|la|l'|el)\s*|(?:lors du|al)\s+)(?:[\p{L}-]+\s+){0,3}(?:dialogues?|di[aá]logos?|sessions?|sesi[oó]n|s[eé]ance|meetings?|r[eé]unions?|reuni[oó]n|conferences?|conf[eé]rence|conferencia)\b.*$/iu;
function onBehalf(text: string): string | null {
  const m = ON_BEHALF.exec(text);
  if (!m) return null;
  m[1] = m[1]!.replace(BODY_OF, "").replace(AT_MEETING, "");
  // "… the Alliance and its 9 member organizations", "… la Red y sus organizaciones miembro": the members are not part of the name.
  // Round 59: nor with the preposition said again ("au nom du Réseau et de ses organisations membres").
  // Round 52: nor a joint statement's co-signers ("X and the co-signing organizations listed below", "X et des organisations cosignataires").
  // Round 54: nor co-signers named by where they are listed ("X and the organizations listed at the end", "X y las organizaciones que firman abajo").
  // Round 60: nor co-signers given by their count ("X et de trois organisations cosignataires", "X and 12 member groups").
  // Round 31: "by / par / por", an article and a capitalized word that is no title go on with the name ("Alianza por el Trabajo Digno").
  const name = withoutCountedCoSigners(m[1]!).split(BY_NOT_NAME)[0]!.split(/\s+\(|\s+(?:delivered|presented|presentee?|presentad[oa]|read|given|lue?|leid[oa])\s+|\s+(?:and|et|y)\s+(?:(?:of|de)\s+)?(?:its|ses|sus|their|leurs)\b|\s+(?:and|et|y)\s+(?:the|des|les|los|las)\s+(?:[\w-]+\s+){0,2}?(?:co-?sign[\w-]*|cosignatair\w*|signatair\w*|signator\w*|cofirmantes|firmantes|endorsing)\b|\s+(?:and|et|y)\s+(?:the|des|les|los|las)\s+(?:other\s+|autres\s+|dem[aá]s\s+)?(?:organi[sz]ations|organizaciones|groups|groupes|grupos|associations|asociaciones)\s+(?:listed|named|below|ci-dessous|nomm[ée]es|list[ée]es|cit[ée]es|mencionadas|enumeradas|abajo|que\s+firman)\b/i)[0]!.replace(/\s+(?:read|delivered|presented|given|lue?|leid[oa])$/i, "").trim()
    // Round 21: "en nombre de la Cooperativa el abogado NAME": the speaker's role and name after it are not part of it.
    .replace(ROLE_NAME_AFTER, (tail) => (isRole(tail.trim().split(/\s+/)[1]!) ? "" : tail))
    // Round 60: "En nombre de la Liga intervino su directora, NAME": the verb of speaking and the office after the body are not part of it.
    .replace(SPOKE_AFTER, "");
  // Round 21: "Habla en nombre del Colectivo: NAME": the kind of body alone refers to the organization, it does not name it.
  if (!name.includes(" ") && isKindWord(name)) return null;
  return isOrgName(name) && !personName(name) && !countedGroup(name) ? name : null;
}

const COUNT_WORD =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|some|many|various|numerous|our|its|their|all|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|plusieurs|diverses|nombreuses|nos|ses|leurs|toutes|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|veinte|treinta|varias|diversas|numerosas|nuestras|sus|todas)(?:[\s-]|$)/;

/**
 * "twelve member groups", "douze associations", "23 NGOs", "our
 * member groups": a count of signatories or members, not a name (the coalition's own name is
 * elsewhere: its letterhead, its title, its signature). A name starts with a capital too.
 */
function countedGroup(name: string): boolean {
  const plain = name.replace(/^(?:the|les|las|los)\s+/i, "");
  return COUNT_WORD.test(fold(plain)) || !/^\p{Lu}/u.test(plain);
}

/** Round 60: "X et de trois organisations cosignataires", "X y otras dos organizaciones": the name before an "and" that goes on with a count of groups. */
function withoutCountedCoSigners(name: string): string {
  // The rest is a lookahead, so that every "and" is tried, the name's own ones too.
  for (const m of name.matchAll(/\s+(?:and|et|y)\s+(?:(?:of|de)\s+)?(?:(?:the|les|los|las|otras|other|autres)\s+)?(?=(\S+(?:\s+\S+){0,2}?\s+(?:organi[sz]ations|organizaciones|groups|groupes|grupos|associations|asociaciones|ngos|ong|co-?signator(?:y|ies)|cosignataires|signataires|firmantes|cofirmantes)\b))/gi)) {
    if (COUNT_WORD.test(fold(m[1]!))) return name.slice(0, m.index);
  }
  return name;
}

const RUN_ON_END = /\s(?:of|the|and|for|against|on|in|to|de|des|du|la|le|les|et|pour|contre|en|del|los|las|y|por|contra|para|aux|au)$/i;
const RUN_ON_START = /^(?:of|the|and|for|against|on|in|to|de|des|du|la|le|les|et|pour|contre|en|del|los|las|y|por|contra|para|aux|au)\s+\p{L}/iu;
const LONE_ACRONYM = /^\(?([A-Z][A-Z&]{1,9})\)?$/;

/**
 * A letterhead name set on two or three lines: "COALITION … CONTRE LA TRAITE DES" / "ENFANTS" (a
 * line ending in a small word runs on), "OBSERVATOIRE …" / "DES ARMES …" (a line starting with one
 * continues the last), "(ABC)" alone (the acronym of the name above), and "FIRST WORDS" / "LAST
 * WORDS" / "ACRONYM" when the acronym fits the two lines together but not the last alone.
 */
function joinRunOns(lines: string[]): string[] {
  const out: string[] = [];
  for (const [i, l] of lines.entries()) {
    const prev = out.at(-1);
    const plain = (x: string) => /^\p{L}/u.test(x) && !/@|www\.|\d/.test(x);
    // A tagline under the name ("For a world without …") is not its continuation: both lines in capitals, or a lowercase "de …".
    const caps = (x: string) => !/\p{Ll}/u.test(x);
    const acronym = LONE_ACRONYM.exec(lines[i + 1]?.trim() ?? "")?.[1];
    // Round 17: not when the line above is the whole name already (a tagline of pieces "Watch · Record · Warn" sits between it and the acronym).
    const fitsBoth = prev !== undefined && acronym !== undefined && plain(prev) && plain(l) && !/[,.:;]$/.test(prev) && acronymFits(`${prev} ${l}`, acronym) && !acronymFits(l, acronym) && !acronymFits(prev, acronym);
    // Round 20: a name wrapped in a narrow footer column, its acronym in brackets ending the second line
    // ("Example Harbour" / "Watch of Town (EHWT)"): one name when the acronym fits the two lines together only.
    const own = /^(\p{L}[^()]*?)\s*\(([A-Z][A-Z&]{1,9})\)$/u.exec(l.trim());
    const wrapped = prev !== undefined && own !== null && plain(prev) && /^\p{L}/u.test(l) && !/@|www\.|\d/.test(l) && !/[,.:;)]$/.test(prev.trim()) && prev.trim().split(/\s+/).length <= 8 && acronymFits(`${prev} ${own[1]}`, own[2]!) && !acronymFits(own[1]!, own[2]!) && !acronymFits(prev, own[2]!);
    if (wrapped) {
      out[out.length - 1] = `${prev} ${l}`;
      continue;
    }
    // "Association … contre la" / "traite · BP 12, City": a name cut after a small word goes on before the address pieces of the next line.
    const head = l.split(/\s+[·|–—•]\s+/)[0]!;
    if (prev !== undefined && head !== l && plain(prev) && plain(head) && !/[,.:;]$/.test(prev) && RUN_ON_END.test(prev) && head.trim().split(/\s+/).length <= 4) {
      out[out.length - 1] = `${prev} ${l}`;
      continue;
    }
    if (prev !== undefined && plain(l) && !/[,.:;]$/.test(prev) && (RUN_ON_END.test(prev) || (RUN_ON_START.test(l) && plain(prev) && (/^\p{Ll}/u.test(l) || (caps(prev) && caps(l)))) || fitsBoth)) out[out.length - 1] = `${prev} ${l}`;
    else if (prev !== undefined && /^\([A-Z][A-Z&]{1,9}\)$/.test(l.trim()) && plain(prev) && !/\)$/.test(prev)) out[out.length - 1] = `${prev} ${l.trim()}`;
    else out.push(l);
  }
  return out;
}

/** Round 44: a place's adjective that cannot end a name ("… of Western" / "Asia"), and a French or Spanish compass word or place adjective that ends one ("… del Valle" / "Sur"). */
const PLACE_HEAD = /^(?:southern|northern|eastern|western|central|upper|lower|great|greater|south|north|east|west|new)$/;
const PLACE_TAIL = /^(?:norte|sur|nord|sud|este|oeste|est|ouest|oriental|orientale|occidental|occidentale|centrale|austral|australe|meridional|meridionale|septentrional|septentrionale|latina|latine)$/;

/**
 * Round 44: a letterhead name set in capitals that a PDF's narrow cell wrapped, each line of it a line of its own:
 * "… NETWORK OF EASTERN" / "EUROPE" and "… DE LA COSTA" / "SUR" (a place cut at the line end), and
 * "RIVER BEND" / "TENANTS' RIGHTS" / "CENTRE" (short lines, none naming a body, over the body's kind word alone).
 * Run before `joinRunOns` by `nameLines`.
 */
export function capsWraps(lines: string[]): string[] {
  const words = (x: string) => x.trim().split(/\s+/);
  const caps = (x: string | undefined) => x !== undefined && /\p{Lu}{2}/u.test(x) && !/\p{Ll}/u.test(x) && !/[\d@·|•–—,;:()]/.test(x) && words(x).length <= 8;
  const plain = (x: string) => !personName(x) && !STATEMENT_WORD.test(fold(x)) && !DIALOGUE_LINE.test(fold(x)) && !NOT_OWN.test(fold(x)) && !AFFILIATION.test(fold(x)) && !findCountry(x) && !findCityCountry(x);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // The name ends at the line before one that is not in capitals (an address, a contact line) or at the letterhead's end.
    const ends = (k: number) => !caps(lines[k + 1]);
    // A place cut at a line end: the name (a body's word in it) over one to three words that finish the place.
    if (caps(l) && isOrgName(l) && caps(lines[i + 1]) && ends(i + 1)) {
      const next = lines[i + 1]!.trim();
      const head = PLACE_HEAD.test(fold(words(l).at(-1)!)) && words(next).length <= 3;
      const tail = words(next).length === 1 && PLACE_TAIL.test(fold(next));
      if ((head || tail) && !isOrgName(next)) {
        out.push(`${l.trim()} ${next}`);
        i++;
        continue;
      }
    }
    // Two or three short lines, the last the body's kind word alone ("CENTRE", never a name by itself), none above it naming one, the first
    // opening the lines in capitals. ("… BEEKEEPERS" / "HIVE NETWORK" stays two lines: joined only when an acronym fits both, round 21.)
    if (caps(l) && !caps(lines[i - 1]) && !isOrgName(l) && words(l).length >= 2 && words(l).length <= 4 && plain(l)) {
      let k = i + 1;
      while (k < i + 3 && caps(lines[k]) && !isOrgName(lines[k]!) && words(lines[k]!).length >= 2 && words(lines[k]!).length <= 4 && plain(lines[k]!)) k++;
      const last = lines[k];
      if (k > i && k <= i + 2 && caps(last) && words(last!).length === 1 && isKindWord(last!) && ends(k)) {
        const joined = lines.slice(i, k + 1).map((x) => x.trim()).join(" ");
        if (plain(joined) && words(joined).length <= 10) {
          out.push(joined);
          i = k;
          continue;
        }
      }
    }
    out.push(l);
  }
  return out;
}

/**
 * Round 45: the letterhead's and header's lines as the organization's candidates, each name on a line of its own: where a
 * name set on several lines is made one line. Two steps, not one loop: `capsWraps` (round 44) joins a name in capitals
 * a PDF wrapped in the letterhead's cells, reading ahead over the lines in capitals to where they end (the letterhead's end
 * ends a name: a header's title in capitals below it is not read with it); `joinRunOns` then joins each line to the one it
 * made last, and also reads a header alone and a running header alone. A web page's breadcrumb goes between the two.
 */
function nameLines(letterhead: string[], header: string[]): string[] {
  // Round 25: two header cells a PDF set on one line, a name in capitals then a line in mixed case ("EXAMPLE DELTA NETWORK (EDN)
  // Constructive dialogue on … · date"): two lines, as the cells were.
  const cells = (l: string) => {
    const m = /^((?:[\p{Lu}'’&.-]{2,}\s+){1,}[\p{Lu}'’&.-]{2,}(?:\s*\([A-Z][A-Z&]{1,9}\))?)\s+(\p{Lu}\p{Ll}.*)$/u.exec(l.trim());
    // Round 62: or a name with its acronym in brackets, then the dateline's cell ("Name (ACR) Town, 5 May 2031").
    const dated = m ? null : /^(\p{Lu}.{4,150}?\s*\([A-Z][A-Za-z&-]{1,11}\))\s+(\p{Lu}[^()]{3,60})$/u.exec(l.trim());
    if (dated && findDates(dated[2]!).length === 1) return [dated[1]!, dated[2]!];
    return m ? [m[1]!, m[2]!] : [l];
  };
  return joinRunOns([...capsWraps(letterhead.flatMap(cells)), ...header].filter((l) => !BREADCRUMB.test(l) && !menuBar(l) && !LINK_LIST.test(fold(l.trim()))));
}

/**
 * Round 59: a web page's list of links to other posts ("Related posts: A · B", "Tags: …", "Lire aussi : …"): their titles are
 * other pages', never the body's name (a title ending the list was read as the name).
 */
const LINK_LIST = /^(?:tags|categories|related (?:posts|articles|stories|news)|read also|see also|more news|etiquetas|articles similaires|a lire aussi|lire aussi|voir aussi|sur le meme sujet|noticias relacionadas|articulos relacionados|entradas relacionadas|lea tambien|ver tambien)\s*:/;

/**
 * Round 48: a web page's menu, short items between bars with a home or contact page among them ("Home | About the Network |
 * News | Contact"): its "About the …" item is no organization's name.
 */
function menuBar(line: string): boolean {
  // Round 60: or between middle dots ("Accueil · Le Collectif · Nos actions · Contact").
  const items = line.split(/\||\s[·•]\s/u).map((i) => fold(i.trim()));
  // Round 62: or run together, a page's text read without its links' spacing ("Accueil L'association Nos actions Contact"): home first, contact last.
  const run = /^(?:home|accueil|inicio)\s.{3,80}\s(?:contact(?: us)?|contactez-nous|contacto|contactanos)$/.test(fold(line.trim()));
  return run || (items.length >= 3 && items.every((i) => i.length <= 30) && items.some((i) => /^(?:home|accueil|inicio|contact(?: us)?|contactez-nous|contacto|contactanos)$/.test(i)));
}

/** "convened by the X", "coordonnée par le Y", "coordinada por la Z": the organization that convenes a coalition. */
const CONVENED = /\b(?:[Cc]onvened|[Cc]oordinated|[Ll]ed|[Hh]osted|[Oo]rgani[sz]ed|[Cc]onvoqu[ée]e?|[Cc]oordonn[ée]e?|[Aa]nim[ée]e?|[Cc]onvocad[oa]|[Cc]oordinad[oa]|[Ll]iderad[oa])\s+(?:by|par|por)\s*:?\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(\p{Lu}[^,.;:\n]{3,120})/u;
/**
 * Round 67: the name a coalition goes by, written right before "coordinated by …" after a comma, a dot or a dash, on its own or after
 * a title ("Joint statement of the Coalition for X, coordinated by …"): a body's name (a word saying it is one), no person's.
 */
function namedCoalition(before: string): string | null {
  const m = /(?:^|\n)([^\n]{4,200}?)\s*(?:,|\s[·•–—])\s*$/u.exec(before);
  if (!m) return null;
  const piece = m[1]!.trim();
  const name = titleOrganization(piece) ?? piece.split(/\s+[·•|–—]\s+/).at(-1)!.trim();
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 12 && /^\p{Lu}/u.test(name) && isOrgName(name) && !personName(name) && !NOT_OWN.test(fold(name)) && !JOINT.test(fold(name)) && !/\d/.test(name) ? name.replace(/^(?:the)\s+/i, "") : null;
}
/** A joint statement's convenor named by a label: "Coordination: X", "Coordinated by: X", "Convenor: X", "Coordinación: X". */
/** The country, or the city's, written right after `name` (and its acronym) up to the sentence's end or the line's: "… Network (XN), City.", "STATEMENT OF THE NAME, COUNTRY" */
function placeAfter(text: string, name: string): string | null {
  const at = fold(text).indexOf(fold(name));
  if (at < 0) return null;
  const m = /^\s*(?:\([^()]{2,12}\))?\s*,\s*([^.;:()]{3,60})(?:[.;]|$)/.exec(text.slice(at + name.length));
  return m ? (findCountry(m[1]!) ?? findCityCountry(m[1]!)) : null;
}

/**
 * Round 65: the country in brackets right after the organization's own name, as a joint statement's list of co-signers gives each
 * member's ("Name (Country); Other Name (Country); …", "Name (ACR, Country)"), wherever the list is written.
 */
function listedCountry(text: string, name: string): string | null {
  const m = new RegExp(`(?<![\\p{L}])${literalSpaced(name)}\\s*\\((?:[A-Z][A-Za-z&-]{1,11},\\s*)?([^()]{3,40})\\)`, "iu").exec(text);
  return m ? findCountry(m[1]!.trim()) : null;
}

/** A statement several organizations make together. */
const JOINT = /\b(?:joint (?:statement|declaration|submission|intervention)|declaracion conjunta|intervencion conjunta|declaration (?:commune|conjointe)|intervention (?:commune|conjointe))\b/;
const COORDINATION = /^(?:coordination|coordinated by|convened by|convenor|convener|coordinating organi[sz]ation|coordinacion|coordinad[oa] por|convocad[oa] por|coordonne(?:e)? par|organisation coordinatrice|organizacion coordinadora)\s*:\s*(\S.{3,200})$/i;
/** Acronyms of the United Nations, its meetings and bodies, and of kinds of organizations: never one's own. */
const COMMON_ACRONYM = /^(?:UN|UNODC|ONUDC|UNDOC|UNTOC|COP|ONU|NGO|NGOS|ONG|ONGS|OSC|CSO|CSOS|SHERLOC|IOM|OIM|UNHCR|ACNUR|HCR|UNICEF|UNDP|PNUD|EU|UE|AU|UA|OSCE|ILO|OIT|OHCHR|HCDH|INTERPOL|EUROPOL|PDF|USA|UK|HQ|CEO|FAQ|RSS|SDG|ODS|ODD|GBV|VBG)$/;
/** A web page's breadcrumb ("Home › News › Statements", "Inicio > Noticias"): never a name. */
const BREADCRUMB = /\S\s+[>›»]\s+\S/;

/** "Name of the Alliance, on behalf of 14 member organizations": the organization before the comma speaks for its members. */
/** Round 14: "A (convenor)", "B (coordinateur)", "C (convocante)" in a list of signatories: the joint statement's convenor. */
const CONVENOR_MARK = /(?:^|[:;,•·]\s*)([^:;,•·()]{4,120}?)\s*\((?:convenor|convener|convening organi[sz]ation|coordinator|coordinating organi[sz]ation|lead organi[sz]ation|coordinat(?:eur|rice)|organisation coordinatrice|convocante|coordinador(?:a)?|organizaci[óo]n coordinadora)\)/i;
/** Round 14: a signature's opening "For the …:", "Pour le …,", "Por la …:", "On behalf of the …,". */
const SIGNED_FOR = /^(?:[Ff]or(?: and on behalf of)?|[Oo]n behalf of|[Pp]our|[Aa]u nom d[eu]|[Pp]or|[Ee]n nombre d(?:e|el))\s+(?:[Tt]he\s+|[Ll]e\s+|[Ll]a\s+|[Ll]['’]|[Ee]l\s+)?(\p{Lu}.*?[:,]?)$/u;
const FOR_MEMBERS = /^(.{4,120}?),\s*(?:on behalf of|au nom de|en nombre de)\b[^,]{0,40}\b(?:members?|membres?|miembros?|organi[sz]ations?|organizaciones|associations?|asociaciones|ngos|ong|groups|groupes|grupos)\b/i;

/**
 * The comma parts of a by-line, each a candidate name: "(Executive Director, Example Initiative)"
 * loses its brackets, and "directora ejecutiva de la Red Andina" gives the organization after the role.
 */
function byLineParts(line: string): string[] {
  return line.split(/\s*,\s*/).map((part) => {
    let p = part.trim();
    if (p.startsWith("(") && !p.includes(")")) p = p.slice(1);
    if (p.endsWith(")") && !p.includes("(")) p = p.slice(0, -1);
    return organizationAfterRole(p) ?? p;
  });
}

/**
 * A heading line the statement's text writes with an acronym that fits it ("… the Valley Students
 * against Exploitation (VSAE) …", "…, VSAE, …"): a name, even without a word such as "network".
 */
function withAcronym(piece: string, text: string): boolean {
  const words = piece.trim().split(/\s+/);
  if (words.length < 2 || words.length > 12 || !/^\p{Lu}/u.test(piece) || /[.!?,;:]$/.test(piece) || NOT_OWN.test(fold(piece))) return false;
  const escaped = literalSpaced(piece.trim());
  const m = new RegExp(`(?<![\\p{L}])${escaped}(?:\\s*\\(([A-Z][A-Za-z&-]{1,11})\\)|\\s*,\\s*([A-Z][A-Z&]{1,9})\\s*,)`, "iu").exec(text);
  const acronym = m?.[1] ?? m?.[2];
  return acronym !== undefined && /^[A-Z]/.test(acronym) && acronymFits(piece, acronym);
}

/** "© 2024 Example Network", "Copyright © 2023–2024 …": the owner's name after the sign and the years. */
/**
 * Round 65: a by-line naming a body, not a person ("Delivered by the Alliance …", "Présentée par le Collectif …", "Presentada por la Red …"):
 * its verb and "by" are not part of the name (the "by" alone is taken off after it).
 */
const BODY_BY_LINE = /^(?:(?:jointly\s+)?(?:delivered|presented|read|given|submitted|pr[ée]sent[ée]e?|prononc[ée]e?|lue?|presentad[oa]|pronunciad[oa]|le[íi]d[oa])\s+(?:(?:orally|online|jointly|oralement|en ligne|oralmente|en l[íi]nea)\s+)?)(?=(?:by|par|por)\s+(?:the|le|la|l'|el)\s*\p{Lu})/iu;
/** Round 65: "… on behalf of the co-signing organizations", "… au nom des organisations cosignataires", "… en nombre de las organizaciones firmantes". */
const FOR_CO_SIGNERS = /,?\s+(?:on behalf of|for|au nom d(?:es|e la|e l'|u|e)|pour|en nombre de(?:l| las?| los)?|por)\s+(?:the\s+|all\s+|its\s+|their\s+|les\s+|ses\s+|leurs\s+|las\s+|los\s+|sus\s+)?(?:\d+\s+|[\p{Ll}-]+\s+)?(?:co-?sign(?:ing|atory|atories)|cosignatair\w*|signatair\w*|firmantes|cofirmantes|endorsing|member|membres?|miembros?)?\s*(?:organi[sz]ations?|organizaciones|groups|groupes|grupos|associations|asociaciones|members|membres|miembros)\b.*$/iu;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/i;

/** "Example Network (EN) 12 Some Street, City": a name whose acronym fits it, with an address run on after it. */
function beforeAddress(piece: string): string {
  // Round 25: or its town and country after a comma ("Name (ACR), Town, Country"), without a number.
  const m = /^(.+?\s*\(([A-Z][A-Za-z&-]{1,11})\))(?:\s+\S.*\d|,\s+\p{Lu})/u.exec(piece);
  const before = m ? m[1]!.replace(/\s*\([^)]*\)$/, "") : "";
  if (!m || personName(before) !== null) return piece;
  if (acronymFits(before, m[2]!)) return m[1]!;
  // Round 28: or after a phrase that introduces it ("A podcast of the Name (ACR), Town, Country", "… held by the Name (ACR), Town, Country"):
  // the name from "of/by the" on, all its words capitalized, which the acronym fits, or spans from its first word to its last.
  const named = /\s(?:of|by|from)\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,8})$/u.exec(before)?.[1];
  return named && (acronymFits(named, m[2]!) || spans(named, m[2]!)) ? `${named} (${m[2]!})` : piece;
}

/** Round 28: an acronym made of a name's first and last initials and some of those between, in order ("GWT" for "Green Wheel Tenants Trust"). */
function spans(name: string, acronym: string): boolean {
  const heads = name.split(/\s+/).map((w) => w[0]!);
  if (acronym.length < 3 || acronym.length >= heads.length || acronym[0] !== heads[0] || acronym.at(-1) !== heads.at(-1)) return false;
  let i = 1;
  for (const c of acronym.slice(1, -1)) {
    while (i < heads.length - 1 && heads[i] !== c) i++;
    if (i >= heads.length - 1) return false;
    i++;
  }
  return true;
}

/**
 * A letterhead name set over two lines where neither line says it runs on ("RIVER TOWNS" /
 * "ARMS MONITORING PROJECT", "Red Austral de Apoyo" / "Comunitario del Sur"): the lines are
 * joined when the statement's own text writes the name whole.
 */
function wholeName(name: string, line: string, lines: string[], elsewhere: string[]): string {
  const at = lines.indexOf(line);
  if (at < 0 || fold(line.trim()) !== fold(name.trim())) return name;
  // The text the name is looked for in, without the letterhead lines being joined.
  const near = new Set([lines[at - 1], line, lines[at + 1]].map((x) => x?.trim()));
  const text = elsewhere.filter((x) => !near.has(x.trim())).join("\n");
  const said = (s: string) => new RegExp(`(?<![\\p{L}])${literalSpaced(s.trim())}(?![\\p{L}])`, "iu").test(text);
  const plain = (x: string | undefined) => x !== undefined && /^\p{L}/u.test(x.trim()) && !/[@\d,.;:·|]/.test(x) && x.trim().split(/\s+/).length <= 8;
  let whole = name;
  const before = lines[at - 1];
  if (plain(before) && said(`${before} ${whole}`)) whole = `${before!.trim()} ${whole}`;
  const after = lines[at + 1];
  if (plain(after) && said(`${whole} ${after}`)) whole = `${whole} ${after!.trim()}`;
  // Round 14: a letterhead's acronym set on a line of its own near the name ("ABCD" over "Alliance for …" /
  // "… Defenders") fits the name with the next line and not without it: the two lines are one name.
  const acronyms = lines.slice(Math.max(0, at - 2), at + 3).map((x) => LONE_ACRONYM.exec(x.trim())?.[1]).filter((x): x is string => x !== undefined && !COMMON_ACRONYM.test(x));
  if (whole === name && plain(after) && !/^\p{Lu}{2,}$/u.test(after!.trim()) && acronyms.some((a) => acronymFits(`${whole} ${after!.trim()}`, a) && !acronymFits(whole, a))) whole = `${whole} ${after!.trim()}`;
  // Round 21: a name in capitals over two lines of a letterhead cell ("RIVER TOWNS FIREARMS" / "MONITORING NETWORK") whose
  // acronym the statement uses elsewhere ("… for RTFMN: …"): the line above joins when the acronym fits both lines and not the second.
  const capsLine = (x: string | undefined) => x !== undefined && !/\p{Ll}/u.test(x) && /\p{Lu}{3}/u.test(x);
  // Round 22: or an acronym opening another line of the letterhead or footer ("ABCD · registered trust no. 0 · 1 of 1").
  const footed = lines.filter((x) => !near.has(x.trim())).map((x) => /^([A-Z][A-Z&]{2,9})\s*[·|•–—]\s/u.exec(x.trim())?.[1]).filter((x): x is string => x !== undefined);
  const used = [...new Set([...[...text.matchAll(/(?<![\p{L}])([A-Z][A-Z&]{2,9})(?![\p{L}])/gu)].map((m) => m[1]!), ...footed])].filter((a) => !COMMON_ACRONYM.test(a));
  if (whole === name && plain(before) && capsLine(before) && capsLine(line) && used.some((a) => acronymFits(`${before!.trim()} ${whole}`, a) && !acronymFits(whole, a) && !acronymFits(before!.trim(), a))) whole = `${before!.trim()} ${whole}`;
  // Round 28: and the line below when the name was read from the first of the two ("VISTA INSTITUTE FOR COASTAL" / "LABOUR STUDIES").
  if (whole === name && plain(after) && capsLine(after) && capsLine(line) && used.some((a) => acronymFits(`${whole} ${after!.trim()}`, a) && !acronymFits(whole, a) && !acronymFits(after!.trim(), a))) whole = `${whole} ${after!.trim()}`;
  return whole;
}

/** The spelling a name has in the statement's own text ("Réseau côtier des veilleurs …"), when the letterhead sets it in capitals. */
function textCasing(name: string, text: string): string {
  // Round 41: a name written without its accents ("Asociacion de …", "ACTION POUR LA SECURITE …") that the text writes with them
  // ("la Asociación de …", "l'Action pour la sécurité …"): the text's spelling, and its case, win.
  if (!/\p{M}/u.test(name.normalize("NFD"))) {
    const accented = looseSpellings(name, text).find((x) => /\p{M}/u.test(x.normalize("NFD")));
    if (accented) return accented;
  }
  const escaped = literalSpaced(name);
  // The first spelling that is not in capitals (a heading above the text may repeat the letterhead's).
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu"))) {
    const found = m[0].replace(/\s+/g, " ");
    const letters = found.replace(/[^\p{L}]/gu, "");
    if (letters.replace(/[^\p{Lu}]/gu, "").length / Math.max(1, letters.length) < 0.7) return /^\p{Lu}/u.test(found) ? found : name;
  }
  // Round 16: a letterhead in capitals without its accents ("OBSERVATORIO ATLANTICO …"), or misread by OCR
  // ("lNSTITUTO" for "INSTITUTO"): the text's spelling of the same words, accents and an l read for an I aside.
  return looseSpellings(name, text)[0] ?? name;
}

/**
 * The spellings of `name` in `text` that match it word for word, accents, case and an l read for an I aside, each capitalized
 * and not in capitals; an elided article before the first word ("l'Action …", "d'Asociación …") is not part of it (round 41).
 */
function looseSpellings(name: string, text: string): string[] {
  const loose = (w: string) => fold(w).replace(/[^a-z0-9]/g, "").replace(/l/g, "i");
  const want = name.split(/\s+/).map(loose);
  const words = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  const out: string[] = [];
  for (let i = 0; i + want.length <= words.length; i++) {
    const first = words[i]![0];
    const elided = loose(first) === want[0] ? null : /^(?:[LlDd]|[Qq]u)['’](?=\p{L})/u.exec(first);
    if ((elided ? loose(first.slice(elided[0].length)) : loose(first)) !== want[0] || !want.every((w, k) => k === 0 || loose(words[i + k]![0]) === w)) continue;
    const last = words[i + want.length - 1]!;
    const found = text.slice(words[i]!.index + (elided?.[0].length ?? 0), last.index + last[0].length);
    const letters = found.replace(/[^\p{L}]/gu, "");
    if (/^[\p{L}\p{N}'’-]+(?:[ \t]+[\p{L}\p{N}'’-]+)*$/u.test(found) && /^\p{Lu}/u.test(found) && letters.replace(/[^\p{Lu}]/gu, "").length / Math.max(1, letters.length) < 0.7) out.push(found);
  }
  return out;
}

/** Round 41: the French kinds of body a name opens with. */
const FRENCH_KIND = /^(?:association|reseau|collectif|comite|observatoire|action|ligue|union|centre|federation|coordination|plateforme|maison|initiative|mouvement|conseil|syndicat|cercle|fondation|coalition|groupe|amicale|forum|alliance)$/;
const FRENCH_SMALL = /^(?:de|des|du|la|le|les|pour|contre|et|aux?|sur|en|dans|avec|d['’]\S*|l['’]\S*)$/i;

/**
 * Round 41: a French name read from capitals in title case ("Comite de Vigilance des Bateliers de Kolomba"), in sentence case as French
 * labels write it: a word the text writes in small letters is in small letters; one it writes with a capital in mid-sentence, and the
 * place closing the name ("… de Kolomba", "… du Ndiaré"), keep theirs; any other word after the first is in small letters. Each word
 * takes the accents the text gives it ("Comité"). Only a name whose second word is a French particle or one the text writes in small
 * letters ("Collectif haïtien …"): "Association Horizon Solidaire" is a name of its own.
 */
function frenchCase(name: string, text: string): string {
  const words = name.split(/\s+/);
  if (words.length < 3 || !FRENCH_KIND.test(fold(words[0]!)) || !words.some((w) => /^(?:des|du|pour|contre|aux|d['’]\S*)$/i.test(w))) return name;
  const tokens = [...text.matchAll(/[\p{L}'’-]+/gu)].map((m) => m[0].replace(/^(?:[LlDd]|[Qq]u)['’](?=\p{L})/u, ""));
  const seen = (w: string) => tokens.filter((t) => fold(t) === fold(w) && /\p{Ll}/u.test(t));
  const lower = (w: string) => seen(w).some((t) => /^\p{Ll}/u.test(t));
  const proper = (w: string) => seen(w).some((t) => /^\p{Lu}/u.test(t)) && !lower(w);
  // The text's most frequent spelling of the word, for its accents ("Comité"; "armes", not the rarer "armés").
  const spelling = (w: string) => {
    const counts = new Map<string, number>();
    for (const t of seen(w)) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return best && best.length === w.length ? best : w.toLowerCase();
  };
  const capital = (w: string) => w.split("-").map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("-");
  const second = words[1]!;
  // An adjective of place or kind after the first word ("haïtien", "sénégalaise", "citoyen", "national") is in small letters too.
  const adjective = /(?:iens?|iennes?|ais|aises?|ois|oises?|ains?|aines?|eens?|eennes?|iques?|ales?|aux|citoyens?|citoyennes?)$/.test(fold(second)) && !proper(second);
  if (!FRENCH_SMALL.test(second) && !adjective) return name;
  // The place closing the name: its last word after "de", "du", "de la", "de l'" or a dash ("… de Kayes", "… de l'Atacora", "… – Zinder").
  const last = words.length - 1;
  const place = (/^[Ll]['’]\p{L}/u.test(words[last]!) && /^de$/i.test(words[last - 1] ?? "")) || /^(?:de|du|[–—-])$/i.test(words[last - 1] ?? "") || (/^la$/i.test(words[last - 1] ?? "") && /^de$/i.test(words[last - 2] ?? "")) ? last : words.length;
  return words
    .map((w, i) => {
      const elided = /^((?:[LlDd]|[Qq]u)['’])(\p{L}.*)$/u.exec(w);
      const [pre, bare] = elided ? [elided[1]!.toLowerCase(), elided[2]!] : ["", w];
      const spelt = spelling(bare);
      if (i === 0) return capital(spelt.split("-")[0]!) + spelt.slice(spelt.split("-")[0]!.length);
      if (FRENCH_SMALL.test(w) && !elided) return w.toLowerCase();
      if (/\p{Lu}{2}/u.test(bare) || /\d/.test(bare)) return w;
      return pre + ((i >= place || proper(bare)) && !lower(bare) ? capital(spelt) : spelt);
    })
    .join(" ");
}

/**
 * Round 14: a form field's value as a name: "Example Trust (ET), Town, Country" loses the places and
 * the address after its first part; a name with a legal form after a comma ("…, Inc.") stays whole.
 */
function fieldName(value: string): string {
  const parts = value.trim().replace(/[.;]$/, "").split(/\s*,\s*/);
  if (parts.length < 2 || legalName(value.trim()) !== null) return value.trim();
  const place = (p: string) => /\d/.test(p) || findCountry(p) !== null || findCityCountry(p) !== null || isDutyStation(p) || isAddressLine(p) || CONTACT_LINE.test(p);
  // A town the place tables do not know, before a country or a postal address, is still a place.
  const town = (p: string) => /^\p{Lu}[\p{L}'’. -]{1,40}$/u.test(p) && p.split(/\s+/).length <= 3 && !isOrgName(p);
  const rest = parts.slice(1);
  const acronym = /^(.+?)\s*\(([A-Z][A-Za-z&-]{1,11})\)$/.exec(parts[0]!);
  const named = acronym !== null && acronymFits(acronym[1]!, acronym[2]!);
  return rest.every((p) => place(p) || town(p)) && (rest.some(place) || named) ? parts[0]! : value.trim();
}

/** Round 16: words that describe a body's legal standing, never part of its name. */
const NONPROFIT = /\b(?:sin (?:fines|animo) de lucro|sans but lucratif|a but non lucratif|non-?profit|not-for-profit|registered charity|charity (?:no|number|registered)|reconnue? d'utilite publique|de utilidad publica|personeria juridica)\b/;

/** A newsletter title's lead before the organization's name. */
const NEWS_LEAD = /^(?:(?:latest |monthly |weekly |quarterly )?(?:news|updates?|newsletter|bulletin|notes|letter)(?: from| of)(?: the)?|(?:les )?(?:nouvelles|echos|lettre d'information|bulletin|infos?)(?: du| de la| de l'| des| de)|(?:las )?(?:noticias|novedades|boletin|boletin informativo|informativo)(?: del| de la| de los| de las| de))(?:\s+|(?<=l'))/;

/** Round 47: the text calls the name its own body's ("our association, NAME", "notre réseau, NAME", "nuestra red, NAME"): no person's, whatever its words. */
function ownBodyNamed(name: string, body: string): boolean {
  const escaped = literalSpaced(name);
  return new RegExp(`\\b(?:our|notre|nuestr[oa])\\s+\\p{Ll}+,\\s+${escaped}(?![\\p{L}])`, "iu").test(body);
}

/**
 * Round 48: a web post's introduction above the statement telling that a body spoke ("On Friday 1 July, Example Youth Forward
 * took part in the dialogue …", "El jueves 20 de octubre, el Centro de Estudios … intervino en el debate …"): that body, when
 * its name says what kind of body it is, or when the page's letterhead, footer or copyright line names it again.
 * Round 49: the date may run on without a comma ("On 1 July 2031 Example Youth Forward took part …").
 */
const POST_SUBJECT = new RegExp(
  String.raw`(?:^|,\s+|\.\s+|(?<=\d{4})\s+)(?:the\s+|el\s+|la\s+|le\s+|l['’])?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|de|des|du|la|le|et|pour|del|los|las|y|para|en)\s+)*\p{Lu}[\p{L}'’-]*){1,8})\s+` +
    String.raw`(?:took part|took the floor|spoke|addressed|intervened|delivered|participated|intervino|particip[óo]|habl[óo]|tom[óo] la palabra|a pris la parole|est intervenue?|a particip[ée])(?![\p{L}])`,
  "gu",
);
function postedOrganization(preamble: readonly string[], elsewhere: readonly string[]): string | null {
  for (const m of preamble.flatMap((p) => [...p.matchAll(POST_SUBJECT)])) {
    const name = m[1]!.trim();
    if (personName(name) || NOT_OWN.test(fold(name)) || findCountry(name)) continue;
    if (isOrgName(name) || kindNamed(name) || elsewhere.some((l) => l.includes(name) && !preamble.some((p) => p.includes(l)))) return name;
  }
  return null;
}

/** Round 57: a name set alone on a line of the text, whatever its case (a letterhead in capitals under a forwarded message's "From:"). */
/**
 * Round 67: the signature closing the message a statement was sent in ("NAME" over "Role, Organization"), a name and a role both: the
 * speaker, when the statement names nobody (a joint statement sent on by its convenor's coordinator).
 */
function coverSignature(coverNote: readonly string[]): Speaker | null {
  const lines = coverNote.flatMap((b) => b.split("\n")).map((l) => l.trim()).filter(Boolean).slice(-3);
  const signed = lines.length >= 2 ? findSpeaker([], lines)?.speaker : null;
  return signed?.role ? signed : null;
}

/**
 * Round 67: the organization the cover message's signature names after the role ("Role, NAME"), when a line of the statement's heading
 * names it too (a joint statement's list of signatories, "NAME (Country)" a line each): the sender's body, first of the list or not.
 */
/**
 * Round 69: an English headline read as a name: three or more words in small letters that are no joining words ("society", "asks",
 * "open", "door"), with "the" or "to" among them: a sentence, not a body's name (English names capitalize their significant words).
 */
function notHeadline<T extends { name: string }>(org: T | null): T | null {
  if (!org) return org;
  const words = org.name.trim().split(/\s+/);
  const small = words.slice(1).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|the|in|on|at|to|with|against|by|a|an|from|de|des|du|la|le|les|et|del|el|y|los|las|en|por|para|pour|sur|aux|au|d'\S*|l'\S*)$/u.test(w));
  const english = words.some((w) => /^(?:the|to)$/.test(w)) && !words.some((w) => /^(?:de|des|du|la|le|les|del|el|los|las|y|et)$/.test(w));
  return english && small.length >= 3 ? null : org;
}

/** Round 69: a name read from the text alone (`weAtOrganization`, `copyrightOwner`) as the organization found, or null. */
const bodyNamed = (name: string | null) => (name ? { name, acronym: null, line: null } : null);

function coverSignedOrganization(coverNote: readonly string[], headerLines: readonly string[]): { name: string; acronym: string | null; line: null } | null {
  const lines = coverNote.flatMap((b) => b.split("\n")).map((l) => l.trim()).filter(Boolean).slice(-2);
  for (const l of lines) {
    const m = /^[^,]{3,60},\s+(\p{Lu}[^,;]{5,120})$/u.exec(l);
    if (!m || !isRole(l.slice(0, l.indexOf(",")))) continue;
    // Round 69: the sender's body with its country in brackets ("Coordinatrice, Collectif … (Cameroun)"), as the list writes it: the name without it.
    const name = m[1]!.trim().replace(/\s*\([^()]{2,40}\)$/, "");
    // Round 68: or one of a list on a single line ("NAME (Country), OTHER NAME (Country), …").
    const pieces = headerLines.flatMap((h) => [h, ...h.split(/(?<=\))\s*[,;·|•]\s*(?=\p{Lu})/u)]);
    if (pieces.some((h) => fold(h.trim().replace(/\s*\([^()]{2,40}\)$/, "")) === fold(name))) return { name, acronym: null, line: null };
  }
  return null;
}

/** Round 67: "NAME, Role" ("Jane Doe-Smith, Chair of the Council"): a person and the office held, no body's name. */
function personWithRole(name: string): boolean {
  const m = /^([^,]{4,60}),\s+(.{3,80})$/.exec(name.trim());
  return m !== null && personName(m[1]!) === m[1]!.trim() && isRole(m[2]!);
}

/** Round 67: a body's name that opens a heading line run into the title after it ("NAME Statement to the dialogue …"): that name. */
function nameBeforeTitle(headerLines: readonly string[]): { name: string; acronym: string | null; line: string } | null {
  for (const line of headerLines.slice(0, 3)) {
    const m = /^(\p{Lu}[^,;:.]{4,120}?)\s+(?:(?:Joint|Oral|Written)\s+)?(?:Statement|Declaration|Intervention|Submission|Déclaration|Intervención|Declaración)\s+(?:to|at|on|for|before|au|à|a|ante|en|sur|sobre)\s/u.exec(line.trim());
    const name = m?.[1]!.trim();
    if (name && isOrgName(name) && !personName(name) && name.split(/\s+/).length >= 2) return { name, acronym: null, line };
  }
  return null;
}

/** Round 67: honours and degrees after a speaker's name ("NAME OBE", "NAME, PhD", "NAME KC FRSA"), a name of two words or more left. */
function withoutLetters(speaker: Speaker | null): Speaker | null {
  if (!speaker) return speaker;
  const name = speaker.name.replace(POST_NOMINALS, "").trim();
  return name !== speaker.name && name.split(/\s+/).length >= 2 ? { ...speaker, name } : speaker;
}

/**
 * Round 66: the first word of a name of three words or more that the speaker's role holds too ("Coach NAME, Head coach", "Capitán NAME,
 * capitán del equipo", "Pasteur NAME, pasteur de la paroisse"): a title of address, not a given name; the rest is the name.
 */
function titleInRole(speaker: Speaker | null): Speaker | null {
  if (!speaker?.role) return speaker;
  const words = speaker.name.split(/\s+/);
  const first = fold(words[0]!);
  const rest = words.slice(1).join(" ");
  if (words.length < 3 || first.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || personName(rest) !== rest) return speaker;
  // As a common noun there, in small letters or the role's last word: not a body's name that holds the word ("Director of Grace Shelter").
  const held = speaker.role.split(/[^\p{L}]+/u).filter(Boolean);
  return held.some((w, i) => fold(w) === first && (/^\p{Ll}/u.test(w) || i === held.length - 1)) ? { ...speaker, name: rest } : speaker;
}

/** Round 66: a signature's mark of who delivers it, in brackets on the name's line or the next ("(speaker)", "(oradora)", "(intervenante)"). */
const SPEAKER_MARK = /^(.*?)\s*\((?:speaker|presenter|delivering|to deliver|will deliver|reader|orador|oradora|ponente|intervenant|intervenante|orateur|oratrice|porte-parole|portavoz|vocero|vocera)\)\s*$/iu;

/**
 * Round 66: two or more signatures side by side or one under the other, one marked as the one who speaks ("NAME" over "(speaker)" over
 * "Role"): that name, with the role under it, rather than the first signature's.
 */
function markedSpeaker(lines: readonly string[]): Speaker | null {
  for (let i = 0; i < lines.length; i++) {
    const m = SPEAKER_MARK.exec(lines[i]!.trim());
    if (!m) continue;
    const own = m[1]!.trim();
    const name = own ? personName(own) : i > 0 ? personName(lines[i - 1]!.trim()) : null;
    if (!name) continue;
    const next = lines[i + 1]?.trim();
    return { name, role: next && isRole(next) && !personName(next) ? next.replace(/[,;]$/, "") : null };
  }
  return null;
}

/** Round 66: a name of three words or more that opens a line of the text, before a bracket, a comma or the line's end. */
function opensLine(name: string, body: string): boolean {
  if (name.split(/\s+/).length < 3) return false;
  const at = new RegExp(`^\\s*${literalSpaced(name)}\\s*(?:[(,;]|$)`, "iu");
  return body.split("\n").some((l) => at.test(l));
}

function lineOfItsOwn(name: string, body: string): boolean {
  const folded = fold(name);
  return body.split("\n").some((l) => fold(l.trim()) === folded);
}

/**
 * Round 61: a letterhead's or footer's piece is the body's name, though no word of it says what kind of body it is ("Jeunes …",
 * "Fraternité …", words a person's name could have), when it is written as one (capitalized, two to twelve words, no figure) and its
 * acronym in brackets fits it or the text writes it again (in any case: a letterhead sets it in capitals).
 */
function nameWrittenAgain(piece: string, body: string): boolean {
  const m = /^(\p{Lu}[^()\d@]{3,150}?)(?:\s*\(([A-Z][A-Za-z&-]{1,11})\))?$/u.exec(piece);
  const words = m ? m[1]!.trim().split(/\s+/).length : 0;
  if (!m || words < 2 || words > 12 || findCityCountry(m[1]!)) return false;
  if (m[2] !== undefined && acronymFits(m[1]!, m[2])) return true;
  // Written again as a name: its words capitalized but the small ones ("Sobrevivientes Tejiendo Palabra", not "trafficking in persons").
  const again = new RegExp(`(?<![\\p{L}])${m[1]!.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}(?![\\p{L}])`, "giu");
  // (A footer is part of the text read: there it is written once more.)
  const times = [...body.matchAll(again)].filter((w) => w[0].split(/\s+/).every((x) => /^\p{Lu}/u.test(x) || SMALL_WORD.test(x))).length;
  return times >= (body.includes(piece) ? 2 : 1);
}

/**
 * Round 62: a name of three to ten capitalized words whose last is no known kind of body ("… Community Handbell Choir", five words a
 * person's name could have) but the text calls itself by it ("our choir", "notre chorale", "nuestro coro"): the body's name.
 */
function calledOurs(line: string, body: string): boolean {
  const words = line.trim().split(/\s+/);
  const last = words.at(-1)!;
  if (words.length < 3 || words.length > 10 || !words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORD.test(w)) || !/^\p{Lu}\p{Ll}{2,}$/u.test(last)) return false;
  return new RegExp(`(?<![\\p{L}])(?:our|notre|nuestr[oa])\\s+${last.toLowerCase()}(?![\\p{L}])`, "iu").test(body);
}

function findOrganization(letterhead: string[], header: string[], body: string, closing: string[]): { name: string; acronym: string | null; line: string | null } | null {
  const candidates = nameLines(letterhead, header);
  let name: string | null = null;
  let line: string | null = null;
  // A submission form's field ("Name of organization: …") says it outright.
  // Round 14: so does a "Submitted by:" field that names an organization, not a person; the city and
  // country after its name ("Example Trust (ET), Town, Country") are not part of it.
  const form = formFields([...header, ...letterhead]);
  const submitter = form.submitter ? fieldName(form.submitter) : null;
  const byOrg = submitter && !personName(submitter) && !findSpeaker([submitter], []) && (isOrgName(submitter) || kindNamed(submitter) || /\(([A-Z][A-Za-z&-]{1,11})\)$/.test(submitter)) ? submitter : null;
  // Round 22: a fax cover sheet's "De : Name (ACR)": a sender's name with the acronym in brackets that fits it.
  const sent = form.sender ? /^(\p{Lu}[^()]{3,120}?)\s*\(([A-Z][A-Za-z&-]{1,11})\)$/u.exec(fieldName(form.sender)) : null;
  const sender = sent && acronymFits(sent[1]!, sent[2]!) && !personName(sent[1]!) ? sent[0] : null;
  // Round 35: an e-mail's "From: Secretariat of the Example Network <name@…>", "De : Secrétariat du Réseau … <…>": the body after "of".
  // Round 56: or after a comma ("From: Secretary, Example Paragliding Club <…>").
  const desk = !sender && form.sender ? /^\p{Lu}[\p{Ll} -]{2,40}?(?:\s(?:of the|of|du|de la|de l['’]|del|de)\s*|,\s+)(\p{Lu}[^<>@,;:()]{4,120}?)\s*(?:<[^<>\s]+@[^<>\s]+>)?$/u.exec(form.sender.trim()) : null;
  const deskOrg = desk && desk[1]!.split(/\s+/).length >= 2 && (isOrgName(desk[1]!) || kindNamed(desk[1]!)) && !personName(desk[1]!) ? desk[1]!.trim() : null;
  // Round 47: an e-mail's or a note's "From: Example Youth Forum <desk@…>", "De : Name": a sender that is no person, named
  // as a body or named again in the text below, is the body that sends its statement.
  const mailed = !sender && !deskOrg && form.sender ? /^(\p{Lu}[^<>@,;:()]{4,120}?)\s*(?:<[^<>\s]+@[^<>\s]+>)?$/u.exec(form.sender.trim()) : null;
  // Round 57: or whose name the statement's letterhead below sets on a line of its own, in capitals or not.
  // Round 66: or that opens a line of the text below, as a list of co-signers sets it ("Name (Country), Other Name (Country)").
  const mailer = mailed && mailed[1]!.split(/\s+/).length >= 2 && ((!personName(mailed[1]!) && (isOrgName(mailed[1]!) || kindNamed(mailed[1]!) || lineOfItsOwn(mailed[1]!.trim(), body) || opensLine(mailed[1]!.trim(), body))) || ownBodyNamed(mailed[1]!.trim(), body)) ? mailed[1]!.trim() : null;
  const field = form.organization ? fieldName(form.organization) : (byOrg ?? sender ?? deskOrg ?? mailer);
  if (field && field.length <= 150 && !countedGroup(field) && (!personName(field) || field === mailer)) {
    name = organizationCase(field.replace(/\s*\(([A-Z][A-Za-z&-]{1,11})\)\s*$/, "").replace(/^(?:the)\s+/i, ""));
    line = [...header, ...letterhead].find((h) => h.includes(field)) ?? null;
  }
  // A statement delivered on a coalition's behalf is the coalition's, whoever's letterhead it carries.
  // A title set on two lines ("STATEMENT ON BEHALF OF THE COALITION … IN" / "FISHERIES (ABC)") is read whole.
  const joinedHeader = joinRunOns(header);
  const behalf = name ? null : onBehalf(joinedHeader.join("\n"));
  if (behalf) {
    // Round 31: one word ("on behalf of the Guild"), the last of the name the letterhead gives in full: that name (`namedInFull`).
    name = behalf.includes(" ") ? organizationCase(behalf.replace(/^(?:the)\s+/i, "")) : (namedInFull(behalf, candidates) ?? organizationCase(behalf));
    line = header.find((h) => h.includes(behalf)) ?? header.find((h) => behalf.startsWith(h.replace(/^.*?\b(?:of|de|del|du|des)\s+(?:the\s+)?/i, ""))) ?? null;
  }
  // "… on behalf of 31 organizations, convened by the X Network (XN)": a coalition without a name of its own is its convenor's.
  // Round 18: a joint statement's first paragraph may say it ("Convened by the X Network (XN), City. It will be read by …").
  const joint = JOINT.test(fold(joinedHeader.join("\n"))) ? (body.split(/\n{2,}/)[0] ?? "").slice(0, 400) : "";
  const convened = name ? null : (CONVENED.exec(joinedHeader.join("\n")) ?? (joint ? CONVENED.exec(joint) : null));
  const convenor = convened ? convened[1]!.split(/\s+\(/)[0]!.trim() : null;
  // Round 67: a coalition with a name of its own right before its convenor ("Coalition for X, coordinated by the Y", "Coalition for X ·
  // coordinated by the Y", "Réseau X, coordonné par …"): the coalition's statement, not its member's.
  const named = convened ? namedCoalition(convened.input.slice(0, convened.index)) : null;
  if (named) {
    name = organizationCase(named);
    line = header.find((h) => h.includes(named)) ?? null;
  } else if (convenor && convenor.split(/\s+/).length >= 2 && !personName(convenor) && !NOT_OWN.test(fold(convenor)) && (isOrgName(convenor) || withAcronym(convenor, joinedHeader.join("\n")))) {
    name = organizationCase(convenor.replace(/^(?:the)\s+/i, ""));
    line = header.find((h) => h.includes(convenor)) ?? (joint.includes(convenor) ? joint : null);
  }
  // Round 13: "Coordination: X (ABC), address", "Coordinated by: X", "Coordinación: X" on a letterhead or footer: a joint statement's convenor.
  for (const h of name ? [] : [...header, ...letterhead]) {
    const m = COORDINATION.exec(fold(h.trim()));
    const value = m ? h.trim().slice(h.trim().length - m[1]!.length).split(/\s+[·|–—•]\s+|\s*,\s*/)[0]!.trim() : null;
    const plain = value ? value.replace(/\s*\(([A-Z][A-Za-z&-]{1,11})\)$/, "").replace(/^(?:the|la|le|l'|el)\s+/i, "").trim() : null;
    if (plain && plain.split(/\s+/).length >= 2 && !personName(plain) && !NOT_OWN.test(fold(plain)) && !/\d/.test(plain) && (isOrgName(plain) || kindNamed(plain) || (value !== plain && acronymFits(plain, /\(([^)]*)\)$/.exec(value!)?.[1] ?? "")))) {
      name = organizationCase(plain);
      line = h;
      break;
    }
  }
  // Round 14: a list of endorsing organizations that marks one as the convenor ("Endorsed by: A (convenor); B; C").
  for (const h of name ? [] : [...header, ...letterhead, ...closing]) {
    const m = CONVENOR_MARK.exec(h);
    const plain = m ? m[1]!.trim().replace(/^(?:endorsed by|signed by|signatories|signataires|firmantes|suscrito por|firmado por|avec|with|and|et|y)\s*:?\s*/i, "").replace(/^(?:the|la|le|l'|el)\s+/i, "").trim() : null;
    if (plain && plain.split(/\s+/).length >= 2 && (isOrgName(plain) || kindNamed(plain)) && !personName(plain) && !NOT_OWN.test(fold(plain))) {
      name = organizationCase(plain);
      line = h;
      break;
    }
  }
  // "The Alliance, on behalf of 14 member organizations": the alliance.
  // Round 14: a by-line before it ("Delivered by NAME, Role, The Alliance, on behalf of …") gives its last part.
  for (const h of name ? [] : joinedHeader) {
    const m = FOR_MEMBERS.exec(h.trim());
    const head = m ? (m[1]!.includes(",") ? byLineParts(m[1]!).at(-1)! : m[1]!) : null;
    if (head && isOrgName(head) && !personName(head) && !STATEMENT_WORD.test(fold(head))) {
      name = organizationCase(head.replace(/^(?:the)\s+/i, ""));
      line = h;
      break;
    }
  }
  // Round 25: an internal memo ("To: Board of the Example Council" over "From: NAME, Role") is written inside the body whose board or staff it is addressed to.
  const memoTo = !name && form.sender ? header.map((h) => /^(?:to|a|para|destinataires?)\s*:\s*(.{6,150})$/i.exec(fold(h.trim())) ? h.trim().replace(/^[^:]*:\s*/, "") : null).find((v) => v !== null && BODY_OF.test(v)) : null;
  const addressee = memoTo ? memoTo.replace(BODY_OF, "").replace(/\s*\(([A-Z][A-Za-z&-]{1,11})\)\s*$/, "").trim() : null;
  if (addressee && addressee.split(/\s+/).length >= 2 && !personName(addressee) && !NOT_OWN.test(fold(addressee)) && (isOrgName(addressee) || kindNamed(addressee))) {
    name = organizationCase(addressee);
    line = header.find((h) => h.includes(addressee)) ?? null;
  }
  // The title names it: "Statement by Lake Women for Peace", "Déclaration de …", "… Coalition statement".
  if (!name && !letterhead.some((l) => isOrgName(l))) {
    for (const h of header) {
      const titled = titleOrganization(h);
      if (titled) {
        name = organizationCase(titled);
        line = h;
        break;
      }
    }
  }
  // Letterheads often put name and address on one line: "Name (ABC) · 12 Street, City, Country".
  // "SOVIT – Soutien et Orientation…", "Réseau… – RECOPA": an acronym standing alone next to the name.
  let beside: string | null = null;
  const textOf = () => [body.slice(0, 3000), ...closing].join("\n");
  const lettered = [...new Set(candidates.flatMap((c) => [...c.matchAll(/(?<![\p{L}])([A-Z][A-Z&]{1,9})(?![\p{L}])/gu)].map((m) => m[1]!)))];
  const behalfPieces = new Set<string>();
  const pieces = candidates.flatMap((l, i) => {
    // A by-line naming a person ("Delivered by Dr X, Director, Example Institute (EI), City") is not a name: its comma parts are tried instead.
    const parts = splitSections(l, lettered)
      // "© 2024 Example Network": a site's copyright line names its owner.
      // Round 65: "Read by the Federation on behalf of the co-signing organizations": the co-signers it speaks for end the name.
      .map((p) => (/^(?:by|par|por)\s/i.test(p.trim().replace(BODY_BY_LINE, "")) ? p.trim().replace(BODY_BY_LINE, "").replace(FOR_CO_SIGNERS, "") : p))
      .map((p) => p.trim().replace(COPYRIGHT, "").replace(/^(?:from|by|par|por)\s+(?:the\s+|la\s+|le\s+|l'|el\s+)?(?=\p{Lu})/iu, ""))
      .flatMap((p) => (p.includes(",") && (findSpeaker([p], []) !== null || p.split(/\s*,\s*/).some((c) => personName(c))) ? byLineParts(p) : [p]))
      // Round 68: a by-line's part after the role, "on behalf of the …", « au nom de l'… », "en nombre de la …": the name after it.
      .map((p) => (BEHALF_LEAD.test(p.trim()) ? (behalfPieces.add(p.trim().replace(BEHALF_LEAD, "")), p.trim().replace(BEHALF_LEAD, "")) : p))
      .map(beforeAddress)
      .map(acronymEnds);
    // Round 21: a name alone on its line with its acronym opening the line above or below ("CODE" over "Name"; "Name" over "ACR · address").
    const lineAcronym = (x: string | undefined) => (x === undefined ? undefined : /^([A-Z][A-Z&]{1,9})(?:\s+[·|–—•]\s+|$)/.exec(x.trim())?.[1]);
    const around = parts.length === 1 ? [lineAcronym(candidates[i - 1]), lineAcronym(candidates[i + 1])].find((a) => a !== undefined && !COMMON_ACRONYM.test(a) && acronymFits(parts[0]!.replace(/\s*\([^)]*\)\s*$/, ""), a)) : undefined;
    return parts.map((piece, k) => ({ piece, l, next: [parts[k - 1], parts[k + 1]].find((p) => p !== undefined && /^[A-Z][A-Z&]{1,9}$/.test(p)) ?? around ?? null }));
  });
  for (const { piece, l, next } of name ? [] : pieces) {
    // Round 16: "Example Centre Town (Country)": a member or signatory listed with its country in brackets (a
    // network's sidebar of members), not the letterhead's own name, which brackets its acronym if anything.
    const listed = /\(([^()]{3,60})\)\s*$/.exec(piece);
    if (listed && (findCountry(listed[1]!) !== null || findCityCountry(listed[1]!) !== null)) continue;
    // Round 16: a letterhead's description of what the body is ("Asociación civil sin fines de lucro", "Association
    // sans but lucratif", "A registered charity") is no name, though it opens with a kind of body.
    if (NONPROFIT.test(fold(piece))) continue;
    // Round 40: a letterhead's tagline in small letters after an article ("a professional association of …", "une association de …",
    // "una red de …"): it says what the body is; its name is written with capitals.
    if (/^(?:an?|une?|una)\s+\p{Ll}/u.test(piece.trim())) continue;
    // Round 50: a line with no capital at all is a topic ("… — international cooperation and technical assistance", a running
    // header after the acronym): a name is written with capitals.
    if (!/\p{Lu}/u.test(piece)) continue;
    // Round 51: a building opening the address line under the letterhead's name ("Example Centre, 4 Long Street, Town,
    // Country") is where the body sits: the name is the line above, read further down.
    const over = candidates[candidates.indexOf(l) - 1];
    if (l.trim().startsWith(piece.trim()) && buildingAddress(l) && over !== undefined && letterheadName(over)) continue;
    const acronym = /\s*\(([A-Z][A-Za-z&-]{1,11})\)\s*$/.exec(piece);
    const legal = legalName(piece);
    let clean = legal ?? piece.replace(/\s*\(([A-Z][A-Za-z&-]{1,11})\)\s*$/, "");
    // Round 17: "… prepared from the recording by the Example Legal Initiative (ELI)": the acronym in brackets
    // marks where the name starts, the shortest run of capitalized words before it that it fits.
    // Round 20: not when the line is all name, in capitals or title case, and only its first word would go
    // ("HIGH MOOR WATER SAFETY NETWORK (MWSN)"): an acronym may leave out a name's first word.
    const allName = (words: string[], k: number) => k === words.length - 1 && letterheadName(clean) && !findCountry(words[0]!) && !findCityCountry(words[0]!);
    if (acronym && legal === null && !acronymFits(clean, acronym[1]!)) {
      const words = clean.split(/\s+/);
      for (let k = 2; k < words.length; k++) {
        if (allName(words, k)) break;
        const tail = words.slice(-k).join(" ");
        if (/^\p{Lu}/u.test(tail) && !/[,;:]/.test(tail) && acronymFits(tail, acronym[1]!)) {
          clean = tail;
          break;
        }
      }
    }
    // Round 17: "NAME IN ITS OWN LANGUAGE" over "Its Name in English (ABC)": the acronym fits the line above, the name itself.
    const above = candidates[candidates.indexOf(l) - 1]?.trim();
    if (acronym && legal === null && !acronymFits(clean, acronym[1]!) && above && letterheadLike(above) && acronymFits(above, acronym[1]!)) {
      name = organizationCase(above);
      line = candidates[candidates.indexOf(l) - 1]!;
      break;
    }
    // Round 22: or with its fitting acronym in brackets on another line of the letterhead or footer ("NAME IN CAPITALS" over "Name (ACR), a company limited by guarantee, …").
    // Round 61: or a letterhead line in capitals that the text writes again as a name (`nameWrittenAgain`).
    // Round 68: the first body a by-line speaks for ("…, au nom de l'X, de l'Y et du Z"): named so, whatever its words.
    const named = legal !== null || (behalfPieces.has(piece) && /^\p{Lu}/u.test(clean) && !personName(clean)) || describedAsBody(clean, l) || (!/\p{Ll}/u.test(l) && nameWrittenAgain(clean, body)) || (acronym !== null && acronymFits(clean, acronym[1]!)) || (next !== null && acronymFits(clean, next)) || withAcronym(clean, textOf()) || withAcronym(clean, candidates.filter((c) => c !== l).join("\n"));
    // A list ("Signatory organizations: A (Country); B; …") is no name.
    // Round 25: a role after a name ("From: NAME, Programme Officer") is no organization, though "programme" may open one's name.
    if ((named || (isOrgName(clean) && !personName(clean) && !(isRole(clean.split(/\s+/).at(-1)!) && !kindNamed(clean)))) && !AFFILIATION.test(fold(clean)) && !LOCATED.test(fold(clean)) && !STANDING.test(fold(clean)) && !STATEMENT_WORD.test(fold(memoryWord(clean))) && !DIALOGUE_LINE.test(fold(clean)) && clean.split(/\s+/).length >= 2 && (legal !== null || !/[.!?:]$/.test(clean)) && !/\d/.test(clean) && !/[;:]/.test(clean) && !VENUE.test(fold(clean)) && !/^(?:observations|comments|commentaires|comentarios|observaciones)\b/i.test(clean)) {
      name = organizationCase(wholeName(clean.replace(/^(?:the)\s+/i, ""), l, candidates, [...header, body.slice(0, 3000), ...closing]));
      line = l;
      beside = next;
      break;
    }
  }
  // A letterhead line with an organization word that was no name (a copyright line, an address): the title still names it.
  for (const h of name ? [] : header) {
    const titled = titleOrganization(h);
    if (titled) {
      name = organizationCase(titled);
      line = h;
      break;
    }
  }
  if (!name) {
    const m = ON_BEHALF.exec(header.join("\n")) ?? ON_BEHALF.exec(body.slice(0, 1500));
    const behalfName = m ? m[1]!.replace(BODY_OF, "").replace(AT_MEETING, "").split(BY_NOT_NAME)[0]!.replace(/\s*\([^)]*\)\s*$/, "").replace(ROLE_NAME_AFTER, (tail) => (isRole(tail.trim().split(/\s+/)[1]!) ? "" : tail)).replace(SPOKE_AFTER, "").trim() : null;
    if (behalfName && !countedGroup(behalfName) && !(!behalfName.includes(" ") && isKindWord(behalfName))) name = behalfName;
    // Round 31: "on behalf of the Bureau": one word, the last of the name the letterhead gives in full ("Town Legal Aid Bureau").
    if (name !== null && name === behalfName && !name.includes(" ")) name = namedInFull(name, candidates) ?? name;
  }
  // The speaker's own introduction: "I am the Research Lead at the Example Justice Trust (EJT), …",
  // unless they speak for themselves ("in my personal capacity": the university they work at is not whom they speak for).
  const personal = PERSONAL.test(fold([...header, body.slice(0, 2000)].join("\n")));
  // Round 27: and the first two paragraphs from the opening to the Chair when the statement proper starts further down (an
  // e-mail whose sender writes a few lines to colleagues before the text as delivered).
  const paragraphs = body.split(/\n{2,}/);
  // Round 53: any salutation opening the text proper ("Chair, delegates,"), not only a thanks to the Chair, from the second paragraph
  // (a post's one-paragraph introduction above it).
  const opened = paragraphs.findIndex((p, k) => k >= 1 && k < 10 && (CHAIR_OPENING.test(fold(p.trim())) || SALUTATION.test(fold(p.trim()))));
  const introBlocks = opened > 0 ? [...paragraphs.slice(0, 3), ...paragraphs.slice(opened, opened + 2)] : paragraphs.slice(0, 3);
  if (!name && !personal) name = introOrganization(introBlocks);
  // "We are the Border Lawyers Forum, a group of …", "The Valley Shelter Trust is a network of …".
  if (!name && !personal) name = presentedOrganization(introBlocks);
  // Round 31: an interview's guest named with the organization after the role ("She is NAME, coordinator of the ORG.").
  if (!name && !personal) name = guestOrganization(introBlocks);
  // Round 51: a paragraph opening on whose statement it is, then its by-line ("Example Ferry Union, read by NAME, …").
  if (!name && !personal) name = namedThenBy(introBlocks);
  // Round 13: a press release's "About ABC" / "À propos du ABC" / "Acerca de ABC" section names the organization it is about.
  if (!name && !personal) name = aboutOrganization(body);
  // Round 27: a post copied from the organization's own account ("Name of the Network @handle · 4 Oct 2023").
  if (!name) name = accountOrganization([...header, ...paragraphs.slice(0, 3)]);
  // A letterhead's first line in capitals or title case, right above its address ("GREEN HILLS WOMEN UNITED" / "P.O. Box …").
  // A tagline may sit between them ("Standing with survivors since 1999"), and a footer sets them on one line ("Name · P.O. Box …").
  if (!name) {
    // Round 51: an address may open on the building the body sits in ("Example Centre, 4 Long Street, Town, Country").
    const address = (x: string | undefined) => x !== undefined && (isAddressLine(x) || CONTACT_LINE.test(x) || buildingAddress(x));
    const tagline = (x: string | undefined) => x !== undefined && !letterheadName(x) && !address(x) && x.trim().split(/\s+/).length <= 10 && !/@/.test(x);
    // Round 61: or a name no word of which says what kind of body it is, which the text writes again (`nameWrittenAgain`).
    const i = candidates.findIndex((c, k) => (letterheadName(c) || nameWrittenAgain(c.trim(), body)) && (address(candidates[k + 1]) || (tagline(candidates[k + 1]) && address(candidates[k + 2]))));
    // Round 62: or the first line of the letterhead or heading, read as a person's names, that the text calls "our choir" (`calledOurs`).
    const ours = i >= 0 ? undefined : [letterhead[0], header[0]].find((c) => c !== undefined && calledOurs(c, body));
    const k = ours === undefined ? i : candidates.indexOf(ours);
    if (k >= 0) {
      name = organizationCase(candidates[k]!.trim());
      line = candidates[k]!;
    }
    // A web page's footer ("Name, A.C. · Street 12, City · email") is among the closing lines.
    for (const c of name ? [] : [...candidates, ...closing]) {
      // A French or Spanish name in sentence case opens with the kind of body it is ("Collectif des riverains …").
      const kindFirst = (p: string) => /^\p{Lu}/u.test(p) && ORG_KIND.test(fold(p.split(/\s+/)[0]!)) && p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 10 && !/[\d@:;]/.test(p) && !NOT_OWN.test(fold(p)) && !AFFILIATION.test(fold(p)) && !STANDING.test(fold(p));
      // Round 29: or a footer that gives the town and country only ("Name · Town · Country"), the name first.
      const placed = (rest: string[]) => rest.length >= 1 && rest.length <= 3 && rest.every((r) => r.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(r) && !/[\d@]/.test(r)) && findCountry(rest.at(-1)!) !== null;
      // A body named for the people in it: two or more capitalized words, the last a role's plural ("Upland Lifeboat Volunteers", "Delta Paralegals").
      const peopleNamed = (p: string) => /^(?:\p{Lu}[\p{L}'’-]*\s+){1,6}\p{Lu}\p{Ll}+s$/u.test(p.trim()) && isRole(p.trim().split(/\s+/).at(-1)!.replace(/s$/, "")) && !findCityCountry(p) && !NOT_OWN.test(fold(p));
      const named = (p: string) => letterheadName(p) || legalName(p) !== null || kindFirst(p);
      // Round 61: or a site's footer "NAME (ACR) · Town, Country · e-mail", the name first, in words that need not say what kind of body it is
      // ("Jeunes …", "Fraternité …"): when its acronym fits it or the text writes it again; the place after it is never the name.
      // (Its pieces set apart by dots and bars only: a dash may join a name's two parts, "NAME – Colectivo del …".)
      const dotted = c.trim().replace(COPYRIGHT, "").split(/\s+[·|•]\s+/).map((p) => p.trim());
      const signed = dotted.length >= 3 && CONTACT_LINE.test(dotted.at(-1)!) && nameWrittenAgain(dotted[0]!, body);
      const parts = signed ? dotted : c.trim().replace(COPYRIGHT, "").split(/\s+[·|–—•]\s+/).map((p) => p.trim());
      // Round 56: a street without its number ("Rue des Brossiers · Country") is where the body sits, never its name.
      const k = signed ? 0 : parts.findIndex((p, j) => j + 1 < parts.length && !isStreetName(p) && ((named(p) && address(parts[j + 1])) || (j === 0 && (named(p) || letterheadLike(p) || peopleNamed(p)) && placed(parts.slice(1)))));
      if (k >= 0) {
        name = organizationCase(legalName(parts[k]!) ?? parts[k]!.replace(/\s*\([A-Z][A-Za-z&-]{1,11}\)$/, ""));
        // Round 40: "NAME – COUNTRY" whose acronym elsewhere on the letterhead spells the country's initial too (a national section's): one name.
        const section = k === 0 && parts.length === 2 ? `${parts[0]} – ${parts[1]}` : null;
        if (section && candidates.some((x) => { const a = LONE_ACRONYM.exec(x.trim())?.[1]; return a !== undefined && countrySection(section, a); })) name = organizationCase(section);
        line = c;
        break;
      }
    }
  }
  // An acronym the heading, letterhead or footer uses ("L'ABC au dialogue …", "ABC · 12 rue …") that the text writes out ("L'Association … réunit").
  if (!name) {
    // Not from a sentence at the end (a partner "we work with"): the footer's contact or address line only.
    const footer = closing.filter((c) => CONTACT_LINE.test(c) || isAddressLine(c));
    const acronyms = [...new Set([...candidates, ...footer].flatMap((c) => [...c.matchAll(/(?<![\p{L}])([A-Z][A-Z&]{2,9})(?![\p{L}])/gu)].map((m) => m[1]!)))].filter((a) => !COMMON_ACRONYM.test(a));
    for (const acronym of acronyms) {
      // Round 68: or a paragraph about the body set aside with the page's furniture (a PDF's "About ACR: the … (ACR) is …" at the foot).
      const expanded = expandAcronym(acronym, [body.slice(0, 3000), ...closing].join("\n")) ?? expandAcronym(acronym, letterhead.filter((l) => l.length > 60).join("\n"));
      if (expanded && !NOT_OWN.test(fold(expanded)) && !DIALOGUE_LINE.test(fold(expanded)) && !STATEMENT_WORD.test(fold(expanded)) && !personName(expanded)) {
        name = organizationCase(expanded.replace(/^(?:the)\s+/i, ""));
        break;
      }
    }
  }
  if (!name) {
    // A name, not a sentence that happens to hold an organization word ("… to fund helplines.").
    // A signature's "Director, Example Foundation" gives the part after the role.
    // "© 2023 Example Watch. All rights reserved." at the foot of a web page gives the owner's name.
    // A signatory in a joint statement's list ("• Example Network (Country)") is never the organization: the convenor is.
    const parts = closing
      .filter((c) => !/^\s*[•▪◦●○■□➢►*·–—-]\s/.test(c))
      .map((c) => (COPYRIGHT.test(c.trim()) ? c.trim().replace(COPYRIGHT, "").replace(/\.?\s*(?:all rights reserved|tous droits r[ée]serv[ée]s|todos los derechos reservados)\.?$/i, "") : c))
      // Round 31: and "NAME, Role, Example Foundation" the part after the person and the role.
      // Round 41: never a salutation's ("Madame la Présidente, nous, les employées de maison, demandons …"): an address, not a role.
      .flatMap((c) => (c.includes(",") && isRole(c.split(",")[0]!) && !SALUTATION.test(fold(c.trim())) ? byLineParts(c).slice(1) : c.split(",").length >= 3 && personName(c.split(",")[0]!.trim().replace(/^[–—-]\s*/, "")) && isRole(c.split(",")[1]!) ? byLineParts(c).slice(2) : [c]))
      // Round 14: a signature's "For the Example Trust:", "Pour le Réseau …,", "Por la Red …:" above the name.
      .map((c) => (c.trim().length <= 120 ? c.trim().replace(SIGNED_FOR, (whole, rest: string) => rest.replace(/\s*[:,]$/, "")) : c));
    // "River Delta Youth Collective, 22 Aba Road, City": the name before the address.
    const l = parts.map((c) => c.replace(/,\s*(?=\d|(?:p\.?\s?o\.?\s?box|b\.?p\.?|apartado|casilla)\b).*$/i, "")).find((c) => isOrgName(c) && !personName(c) && (!isRole(c) || kindNamed(c)) && !AFFILIATION.test(fold(c.trim())) && !STANDING.test(fold(c)) && !/[.!?;:]$/.test(c.trim()) && c.trim().split(/\s+/).length <= 14);
    if (l) name = organizationCase(l.trim().replace(/\s*\(([A-Z][A-Za-z&-]{1,11})\)\s*$/, ""));
    // Round 30: a signature's "Director, Example Growers' Aid, Town, Region": the name between the role and the places.
    const signed = l ? null : closing.map(roleOrgPlaces).find((x) => x !== null);
    if (signed) name = signed.org;
  }
  // Round 31: last, a letterhead or footer line "Name - Town, Country - e-mail", its parts set apart by dashes (hyphens too).
  const dashed = name ? null : placedContactName(candidates);
  if (dashed) {
    name = organizationCase(dashed);
    line = candidates.find((c) => c.includes(dashed)) ?? null;
  }
  // Round 62: or the line over the site's menu bar, the site's own name ("NAME" over "Home · About us · Contact"), when written as a name.
  const menu = name ? -1 : header.findIndex(menuBar);
  const overMenu = menu > 0 ? header[menu - 1]!.trim() : null;
  if (overMenu && /^\p{Lu}/u.test(overMenu) && overMenu.split(/\s+/).length >= 2 && overMenu.split(/\s+/).length <= 12 && !/[\d@:;.!?]/.test(overMenu) && !personName(overMenu) && !STATEMENT_WORD.test(fold(overMenu)) && !NOT_OWN.test(fold(overMenu))) {
    name = organizationCase(overMenu);
    line = header[menu - 1]!;
  }
  // Round 49: or the page's heading (its menu bar opening on the site's name: "NAME | Home | Stories | Donate").
  if (!name) name = postedOrganization(preambleOf(body.split(/\n{2,}/)), [...letterhead, ...header, ...closing]);
  if (!name) return null;
  // Round 35: a sentence is never an organization: "The X (Town, Country) announces with sorrow …", "La X (Ville, Pays) a la
  // tristesse d'annoncer …", read from a heading line: the name before the place in brackets, without its article.
  const sentence = /^(?:(?:[Tt]he|L[ae]|El|L['’])\s*)?(\p{Lu}.{4,}?)\s*\(([^()]{3,60})\)\s+\p{Ll}[\p{L}'’]*\s+\p{L}.*$/u.exec(name);
  if (sentence && (findCountry(sentence[2]!) !== null || findCityCountry(sentence[2]!) !== null) && sentence[1]!.split(/\s+/).length >= 2 && sentence[1]!.split(/\s+/).length <= 10 && !personName(sentence[1]!)) name = sentence[1]!;
  // Round 33: a first letterhead line in capitals, a name in the local language and its acronym in brackets ("NAME IN ITS OWN
  // LANGUAGE (ABCD)"), over a translation read as the name on the line under it: the name the acronym spells (its words of three letters or more,
  // a short particle left out), when the name read does not fit the acronym.
  const local = /^((?:[\p{Lu}'’-]+\s+){2,7}[\p{Lu}'’-]+)\s*\(([A-Z][A-Z&]{1,9})\)$/u.exec(candidates[0]?.trim() ?? "");
  const spells = (words: string, acronym: string) => words.split(/\s+/).filter((w) => w.length >= 3).map((w) => w[0]).join("") === acronym;
  if (local && !acronymFits(name, local[2]!) && spells(local[1]!, local[2]!) && fold(local[1]!) !== fold(name) && local[1]!.trim().split(/\s+/).length >= 3 && fold(candidates[1] ?? "").startsWith(fold(name))) {
    name = organizationCase(local[1]!);
    line = candidates[0]!;
  }
  // Round 51: a post's heading about the trip to the meeting ("Le Collectif … à Vienne", "The Network in Geneva"): the body's name
  // without the town nor the article the heading puts before it.
  const trip = /^(?:(?:[Tt]he|L[ae]|L['’]|El)\s*)?(\p{Lu}.+?)\s+(?:à|a|en|in)\s+(\p{Lu}[\p{L}-]+)$/u.exec(name);
  if (trip && isDutyStation(trip[2]!) && trip[1]!.split(/\s+/).length >= 2 && (isOrgName(trip[1]!) || kindNamed(trip[1]!))) name = trip[1]!;
  // Round 61: a press release's headline read as the name runs on past the name its "About …" heading gives ("La Fundación X pide en
  // Viena …" over "Acerca de la Fundación X"): the heading names the author by design, the headline says what it did.
  const about = aboutOrganization(body)?.replace(/^(?:the|la|le|el|l['’])\s*/i, "");
  if (about && fold(name.replace(/^(?:the|la|le|el|l['’])\s*/i, "")).startsWith(`${fold(about)} `)) name = about;
  // Round 62: or an "About the Association" heading calls the author by its kind word alone: the headline's name ends at that word
  // ("Example Observers' Association calls for …"), the verb in small letters after it.
  const kindEnd = about && !about.includes(" ") && isOrgName(about) ? new RegExp(`^(\\p{Lu}\\S*(?:\\s+\\S+){0,8}?\\s+${about})\\s+\\p{Ll}`, "u").exec(name) : null;
  if (kindEnd) name = kindEnd[1]!;
  // Round 62: a by-line's "… on behalf of the Network" read as the name: the one kind word, which the letterhead names in full.
  const full = !name.includes(" ") && isOrgName(name) ? namedInFull(name, candidates) : null;
  if (full) {
    name = organizationCase(full);
    line = full;
  }
  // Round 15: a newsletter's title ("News from the Example Network", "Nouvelles du Réseau …",
  // "Noticias de la Red …", "Bulletin of …"): the organization is what the title is from.
  const lead = NEWS_LEAD.exec(fold(name));
  const bare = lead ? name.slice(lead[0].length) : name;
  if (bare !== name && /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length >= 2) name = bare;
  // Round 30: a header cell holding the name, its acronym and the address on one line ("Name (ABC) Town, Region, Country"): the name alone.
  const addressed = /^(.{6,}?)\s*\(([A-Za-z][A-Za-z&-]{1,11})\)\s+(\p{Lu}.*)$/u.exec(name);
  // The place is known, or is a town's one to three capitalized words (the rest of the line, cut at its comma earlier), not a body's word ("(ABC) International").
  const town = (t: string) => /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(t.trim()) && !isOrgName(t) && !isRole(t);
  if (addressed && (findCountry(addressed[3]!) !== null || findCityCountry(addressed[3]!) !== null || town(addressed[3]!))) name = addressed[1]!;
  // A letterhead in capitals, read as "Réseau Côtier Des Veilleurs De La Pêche": the text's own spelling wins.
  name = textCasing(name, [...header, body.slice(0, 3000), ...closing].join("\n"));
  // Round 41: a French name set in capitals that the text never writes whole ("COMITÉ DE VIGILANCE DES BATELIERS DE …" over "le Comité …"): in
  // sentence case, as French writes a body's name, its words spelt as the text spells them.
  if (candidates.some((c) => !/\p{Ll}/u.test(c) && fold(c).includes(fold(name!)))) name = frenchCase(name, [...candidates, body.slice(0, 3000), ...closing].join("\n"));
  const all = [...candidates, body.slice(0, 3000), ...closing].join("\n");
  const escaped = literalSpaced(name);
  // "Name (ABC)", never a place in brackets after the name ("… (Senegal)" in a list of signatories).
  // The name is matched in any case, the acronym only in capitals ("(convenor)" after it in a list of signatories is no acronym).
  const paren = [...all.matchAll(new RegExp(`${escaped}\\s*\\(([A-Za-z][A-Za-z&-]{1,11})\\)`, "gi"))].find((m) => /^[A-Z]/.test(m[1]!) && (/^[A-Z][A-Za-z&-]*[A-Z]/.test(m[1]!) || acronymFits(name!, m[1]!))) ?? null;
  // "the Name, ABC, and …", "Name – ABC": an acronym set beside the name, when it fits it.
  const apposed = new RegExp(`${escaped}(?:\\s*,\\s*|\\s+[–—-]\\s+)([A-Z][A-Z&]{1,9})(?![\\p{L}])`, "iu").exec(all);
  let acronym: string | null = paren && !findCountry(paren[1]!) ? paren[1]! : beside;
  // Round 14: a form's "Acronym:" / "Sigle :" / "Siglas:" field, when it is one and fits the name.
  const formAcronym = form.acronym?.trim().replace(/\.$/, "") ?? null;
  if (!acronym && formAcronym && /^[A-Z][A-Za-z&.-]{1,11}$/.test(formAcronym) && /[A-Z].*[A-Z]/.test(formAcronym) && acronymFits(name, formAcronym)) acronym = formAcronym;
  if (!acronym && apposed && /^[A-Z][A-Z&]+$/.test(apposed[1]!) && acronymFits(name, apposed[1]!)) acronym = apposed[1]!;
  if (!acronym) {
    // An acronym on a letterhead line, in a by-line ("… de REDALTE") or a closing ("Pour le RACTAO,"), when it fits the name.
    const tokens = [...candidates, ...closing].flatMap((c) => c.split(/[\s\-–:/,();]+|\.(?=\s|$)/)).filter((t) => /^[A-Z][A-Z&]{1,9}$/.test(t));
    acronym = tokens.find((t) => acronymFits(name!, t)) ?? null;
  }
  if (!acronym) {
    // Round 43: an acronym of four letters or more opening a letterhead line before a middle dot ("ABCD · street · town"), the name's
    // initials with one word between its first and last left out ("Asociación de Lancheros Unidos del Río …" → ALRF).
    const big = initials(name);
    const opening = candidates.map((c) => /^([A-Z][A-Z&]{3,9})\s+[·•|]\s+/.exec(c.trim())?.[1]).find((t) => t !== undefined && t.length === big.length - 1 && [...big].some((_, k) => k > 0 && k < big.length - 1 && big.slice(0, k) + big.slice(k + 1) === t));
    if (opening) acronym = opening;
  }
  if (!acronym) {
    // An acronym the text uses on its own ("… ABC recommends that …"), when it is exactly the name's initials.
    const used = [...body.slice(0, 3000).matchAll(/(?<![\p{L}])([A-Z][A-Z&]{2,9})(?![\p{L}])/gu)].map((m) => m[1]!);
    acronym = used.find((t) => !COMMON_ACRONYM.test(t) && expandAcronym(t, name!) === name) ?? null;
  }
  return { name, acronym, line };
}

/**
 * Round 31: the letterhead line that names in full the body a heading calls by one word ("… on behalf of the Bureau" under
 * "Town Legal Aid Bureau"): two to eight words, capitalized, the last that word (or any but the last in capitals), no digit or sentence, no person or place alone.
 */
function namedInFull(word: string, lines: readonly string[]): string | null {
  const full = lines.map((l) => l.trim()).find((l) => {
    const words = l.split(/\s+/);
    // Round 62: a letterhead in capitals may set the word inside the name ("… NETWORK ON …").
    const holds = words.at(-1) === word || (!/\p{Ll}/u.test(l) && words.slice(0, -1).some((w) => fold(w) === fold(word)));
    return words.length >= 2 && words.length <= 8 && holds && /^\p{Lu}/u.test(l) && !/[\d@:;,.!?]/.test(l) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 && !STATEMENT_WORD.test(fold(l)) && !NOT_OWN.test(fold(l));
  });
  return full ?? null;
}

const TEXT_TO_READ = /^(?:(?:the\s+)?text\s+(?:to\s+(?:be\s+)?(?:read|delivered)|for\s+delivery)|texte\s+(?:a\s+lire|a\s+prononcer)|texto\s+(?:a|para)\s+(?:leer|pronunciar)|(?:statement|declaration|declaracion)\s+(?:to\s+(?:be\s+)?read|a\s+lire|a\s+leer|para\s+leer))\s*:?$/;
const CREDIT_LINE = /^(?:(?:executive\s+)?producers?|production|produced by|editors?|edited by|sound|camera|music|technician|realisation|realisateur|realisatrice|producteur|productrice|montage|produccion|productor|productora|realizacion|realizador|realizadora|edicion|sonido)\s*:/;

/** Round 31: a heading line that is a place and a day and month alone ("Vienne, 1er juillet", "Viena, 4 de octubre"), dated in the one year `years` holds; or null. */
const YEARLESS_DATELINE = /^\p{Lu}[\p{L} .'’-]{1,40},\s*(?:le\s+|el\s+|the\s+)?\d{1,2}(?:er|st|nd|rd|th|º|°)?\.?\s+(?:de\s+|of\s+)?\p{L}{3,10}\.?$/u;
function yearlessDateline(lines: readonly string[], years: readonly number[]): string | null {
  const distinct = [...new Set(years)];
  if (distinct.length !== 1) return null;
  for (const l of lines) if (YEARLESS_DATELINE.test(l.trim()) && findDates(l).length === 0) return dayMonthDate(l.trim(), distinct[0]!);
  return null;
}

/**
 * Round 31: a role read with what frames it in a by-line or signature: the day after it ("avocat, mercredi 31 mai 2023")
 * and whom for before it ("Pour l'association, son président", "For the Trust, its chair", "Por la Red, su coordinadora").
 */
function plainRole(speaker: Speaker | null): Speaker | null {
  if (!speaker?.role) return speaker;
  let role = speaker.role;
  // A by-line that a hard-wrapped text ran into the heading's next line ("…, mentor Constructive dialogue on X - date"): the role ends before it.
  const dialogue = DIALOGUE_LINE.exec(fold(role));
  const cut = dialogue && dialogue.index > 0 && /\p{Lu}/u.test(role[dialogue.index]!) ? role.slice(0, dialogue.index).trim() : null;
  if (cut && isRole(cut)) role = cut;
  const dated = /,\s+([^,]{4,50})$/.exec(role);
  if (dated && findDates(dated[1]!).length === 1 && findDates(dated[1]!)[0]!.end >= dated[1]!.trim().length - 1 && isRole(role.slice(0, dated.index))) role = role.slice(0, dated.index).trim();
  // Round 35: "presidenta de la ABC (Town, Country)", "coordinator (Country)": where the speaker works, in brackets after the role, is not part of it.
  const placed = /\s*\(([^()]{3,60})\)$/u.exec(role);
  if (placed && placed.index > 0 && /^\p{Lu}/u.test(placed[1]!.trim()) && (findCountry(placed[1]!) !== null || findCityCountry(placed[1]!) !== null) && !isOrgName(placed[1]!) && isRole(role.slice(0, placed.index))) role = role.slice(0, placed.index).trim();
  // Round 69: "the Centre's Senior Caseworker", "ABC's coordinator" (as the speaker presents themselves): whose office it is opens the role, not part of it.
  const whose = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+/u.exec(role.trim());
  const possessor = whose ? whose[0].trim().replace(/^the\s+/i, "").replace(/(?:['’]s|['’])$/u, "") : "";
  // The possessor is a body (its kind word, its acronym): "Women's Rights Officer", "Children's Advocate" keep theirs.
  if (whose && (/^\p{Lu}[\p{Lu}&]{1,9}$/u.test(possessor) || isKindWord(possessor.split(/\s+/).at(-1)!) || isOrgName(possessor)) && isRole(role.trim().slice(whose[0].length))) role = role.trim().slice(whose[0].length);
  const framed = /^(?:for|on behalf of|pour|au nom d[eu]s?|au nom de l'|por|en nombre d[e]l?)\s+[^,]{2,80},\s+(?:its|their|his|her|son|sa|leur|su)\s+(\p{Ll}.{2,60})$/u.exec(fold(role.trim()));
  if (framed && isRole(framed[1]!)) role = role.trim().slice(role.trim().length - framed[1]!.length).replace(/,$/, "").trim();
  // Round 37: "patron pêcheur et président", "maestro y presidente", "veuve de pêcheur et trésorière", "retired fisher and
  // secretary": who the speaker is in life (a trade, a family tie, retirement), then the office they hold: the office is the role.
  const office = LIFE_AND_OFFICE.exec(fold(role.trim()));
  if (office) role = role.trim().slice(role.trim().length - office[1]!.length).trim();
  // Round 68: a body's name after a comma ("Advocacy Adviser, Example Dockers' Union (Secretariat of the Network)"): where the speaker works,
  // not the office; the role ends before it (the organization the statement is from, or another: its secretariat, a member).
  const commaAt = role.indexOf(", ");
  const after = commaAt > 0 ? role.slice(commaAt + 2).replace(/\s*\(.*$/, "").trim() : "";
  // A bracket opened and not closed ("… Service (Secretariat") is a name cut short by the reading of its "of": a name, not an office.
  const cutShort = /\([^()]*$/.test(role);
  if (after.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(after) && ((isOrgName(after) && !isRole(after)) || cutShort) && !personName(after) && isRole(role.slice(0, commaAt))) role = role.slice(0, commaAt).trim();
  // Round 56: whose office it is, by a possessive ("its General Secretary", "son secrétaire permanent"), is no part of it.
  const owned = /^(?:its|their|our|son|sa|leur|notre|su|nuestr[oa])\s+(\S.*)$/iu.exec(role.trim());
  if (owned && isRole(owned[1]!)) role = owned[1]!;
  return role === speaker.role ? speaker : { ...speaker, role };
}

/**
 * Round 37: a walk of life (no role word: fisher, teacher, farmer, widow, mother, retired …) joined by "and", "et", "y" or a
 * comma to a bare office (president, secretary general, treasurer, chair, coordinator, director, spokesperson): the office.
 * A profession that is a role itself ("avocate et vice-présidente", "juriste et trésorière") stays whole, as the labels have it.
 */
const LIFE = String.raw`(?:(?:retired|former|young)\s+)?(?:patron\s+)?(?:fisher(?:man|woman)?|pecheu(?:r|se)|pescador(?:a)?|teacher|schoolteacher|maestr[oa]|enseignante?|institut(?:eur|rice)|profesora? de escuela|farmer|agricult(?:eur|rice)|paysanne?|campesin[oa]|widow|veuve|viuda|mother|mere|madre|father|pere|padre|grandmother|grand-mere|abuela|housewife|menagere|ama de casa|trader|commercante?|comerciante|driver|chauffeur|conductor(?:a)?|student|etudiante?|estudiante|survivor|survivante?|sobreviviente|superviviente|retiree|retraitee?|jubilad[oa])(?:\s+(?:de|of)\s+(?:pecheur|pescador|fisher(?:man)?|marin))?(?:\s+(?:a la retraite|retraitee?|jubilad[oa]|retired))?`;
const OFFICE = String.raw`(?:vice[- ]?)?(?:president(?:e|a)?|chair(?:person|woman|man)?|secretary(?: general)?|secretaire(?: general(?:e)?| executi(?:f|ve))?|secretari[oa](?: general| ejecutiv[oa])?|treasurer|tresorier(?:e)?|tesorer[oa]|coordinator|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|coordinador(?:a)?|director|directeur|directrice|directora|spokesperson|porte-parole|portavoz|vocer[oa])`;
const LIFE_AND_OFFICE = new RegExp(String.raw`^${LIFE}\s*(?:,|\s(?:and|et|y))\s+(${OFFICE})$`);

/**
 * Round 31: a line "Name - Town, Country - e-mail" (parts set apart by dashes, hyphens, bars or middle dots): the first part,
 * two to eight capitalized words with no digit, no person, place, statement or dialogue word, when a later part names a
 * country and the last is a contact.
 */
function placedContactName(lines: readonly string[]): string | null {
  for (const l of lines) {
    const parts = l.trim().split(/\s+[-–—·|•]\s+/);
    if (parts.length < 3 || parts.length > 4 || !CONTACT_LINE.test(parts.at(-1)!) || !parts.slice(1, -1).some((p) => findCountry(p) !== null)) continue;
    const head = parts[0]!.trim();
    const words = head.split(/\s+/);
    const significant = words.filter((w) => !/^(?:of|for|and|the|in|on|de|des|du|la|le|les|et|pour|del|los|las|y|por|para|en|aux|au)$/i.test(w));
    if (words.length < 2 || words.length > 8 || /[\d@:;,.!?]/.test(head) || significant.length < 2 || !significant.every((w) => /^\p{Lu}/u.test(w))) continue;
    // A body named for the people in it ("Harbour Volunteers") reads as a person's name of capitalized words: its last word, a role's plural, says it is not one.
    const people = /\p{Ll}s$/u.test(head) && isRole(words.at(-1)!.replace(/s$/, ""));
    if ((personName(head) && !isOrgName(head) && !kindNamed(head) && !people) || findCountry(head) || findCityCountry(head) || STATEMENT_WORD.test(fold(head)) || DIALOGUE_LINE.test(fold(head)) || NOT_OWN.test(fold(head))) continue;
    return head;
  }
  return null;
}

function titleFrom(header: string[], speaker: Speaker | null, topic: string | null): { title: string | null; line: number; next?: boolean } {
  // "Comments on the draft …", "Comentarios al proyecto …" name the document as a statement word does.
  const index = header.findIndex((l) => STATEMENT_WORD.test(fold(l)) || /^(?:comments|commentaires|comentarios|observations|observaciones)\b/.test(fold(l.trim())));
  if (index >= 0) {
    // A title set on two lines ("STATEMENT ON BEHALF OF THE … IN" / "FISHERIES (ABC)") is read whole, and both lines are used.
    const runs = RUN_ON_END.test(header[index]!) && header[index + 1] !== undefined && /^\p{L}/u.test(header[index + 1]!) && header[index + 1]!.length <= 120;
    const heading = runs ? `${header[index]} ${header[index + 1]}` : header[index]!;
    let parts = heading.split(/\s*:\s*/).filter((p) => p !== speaker?.name && p !== speaker?.role && !personName(p) && !(isRole(p) && p.length < 60));
    if (parts.length === 0) parts = [heading];
    // "9 October 2023 – Statement by …": the date is a field of its own, not part of the title.
    let title = withoutDateline(parts.join(": "));
    if (topic && !fold(title).includes(fold(topic))) title = `${title}: ${topic}`;
    return { title: title.slice(0, 300), line: index, next: runs };
  }
  const other = header.findIndex((l) => l.length >= 10 && findDates(l).length === 0 && !personName(l) && !isOrgName(l));
  return other >= 0 ? { title: header[other]!.slice(0, 300), line: other } : { title: null, line: -1 };
}

/** An e-mail's header fields: the sender first, then the others. */
const MAIL_FROM = /^(?:from|de|von|expediteur|remitente)\s*:\s*\S/;
const MAIL_FIELD = /^(?:to|para|a|cc|date|fecha|sent|envoye|enviado|subject|asunto|objet)\s*:\s*\S/;

/** The opening line of a forwarded e-mail's own headers ("---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----"). */
const FORWARDED = /^(?:[-_=*>\s]*(?:forwarded message|original message|message transfere|message d'origine|mensaje reenviado|mensaje original)[-_=*\s]*|begin forwarded message:?|debut du message reexpedie\s*:?|inicio del mensaje reenviado\s*:?)$/;

/** An e-mail's covering note: its lines above the statement, without the header fields. */
function coveringNote(lines: readonly string[]): string {
  return lines.filter((l) => !MAIL_FROM.test(fold(l.trim())) && !MAIL_FIELD.test(fold(l.trim()))).join("\n").trim();
}

/**
 * Round 12: a statement pasted below a forwarded e-mail (its headers, a covering note, then a rule
 * of dashes): the statement is what follows the rule, so the e-mail's date and its sender are not the
 * delivery's. Without a rule, or with little below it, the text is read whole.
 */
export function forwardedStatement(text: string): string {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim().length > 0);
  // Round 57: a forwarder's short note above the forwarded message ("Hi NAME, forwarding this …" over "----- Forwarded message -----"):
  // the message is read from its rule, the note is not the statement (nor its greeting the speaker, its sign-off the body).
  const marker = first < 0 || MAIL_FROM.test(fold(lines[first]!.trim())) ? -1 : lines.findIndex((l, i) => i > first && i <= first + 25 && FORWARDED.test(fold(l.trim())));
  if (marker > 0 && lines.slice(0, marker).join("\n").trim().length * 3 <= lines.slice(marker + 1).join("\n").trim().length) return forwardedStatement(lines.slice(marker).join("\n"));
  // Round 57: a message pasted from its "Subject:" or "To:" line on, without its "From:", is read as one.
  if (first >= 0 && (MAIL_FROM.test(fold(lines[first]!.trim())) || MAIL_FIELD.test(fold(lines[first]!.trim())))) {
    // Round 18: an e-mail's own headers ("From:", "To:", "Subject:") and a covering note, then the statement
    // under a labelled rule ("----- TEXT OF THE STATEMENT -----"): the statement is what follows the rule.
    const fields = lines.slice(first, first + 8).filter((l) => MAIL_FIELD.test(fold(l.trim()))).length;
    // (Not the rule opening a quoted or forwarded message: "-----Original Message-----".)
    const labelled = lines.findIndex((l, i) => i > first && /^\s*[-_=*~]{5,}\s*\p{L}[\p{L}\s'’:]{2,60}?\s*[-_=*~]{5,}\s*$/u.test(l) && !FORWARDED.test(fold(l.trim())) && !QUOTED_OPENS.test(fold(l.trim())));
    const rest = labelled > 0 ? lines.slice(labelled + 1).join("\n").trim() : "";
    if (fields >= 2 && rest.length >= 200) return rest;
    // Round 21: an e-mail passing on a statement quoted below a short note ("On <date>, NAME wrote:" then "> " lines):
    // the quoted message is the statement, read without its marks; the note, its sender and its Date are not.
    const opens = lines.findIndex((l, i) => i > first && QUOTED_OPENS.test(fold(l.trim())));
    if (fields >= 2 && opens > 0) {
      const below = lines.slice(opens + 1).filter((l) => l.trim().length > 0);
      const quoted = lines.slice(opens + 1).filter((l) => /^\s*>/.test(l));
      const note = coveringNote(lines.slice(first, opens));
      const statement = quoted.map((l) => l.replace(/^\s*> ?/, "")).join("\n").trim();
      if (quoted.length * 4 >= below.length * 3 && statement.length >= 400 && statement.length >= 3 * note.length) return statement;
    }
    // Round 49: or below a bare rule ("---") under the covering note, much longer than the note, opening on its own heading (not on
    // the chair: a note above a text without one may be all that names the body and the day): the statement pasted whole.
    // (One field is enough there, as "De :" over "Objet :": the rule, the length and the heading ask the rest.) Only when the
    // statement dates itself: a note that alone says the day and the dialogue ("Below is the text I will deliver this afternoon
    // in the dialogue on …", above "Sent: <date>") keeps the text whole.
    const bare = lines.findIndex((l, i) => i > first && /^\s*(?:-{3,}|_{3,}|={3,}|\*{3,}|~{3,})\s*$/.test(l));
    if (fields >= 1 && bare > 0) {
      const note = coveringNote(lines.slice(first, bare));
      const pasted = lines.slice(bare + 1).join("\n").trim();
      const heading = pasted.split("\n")[0]!.trim();
      if (pasted.length >= 400 && pasted.length >= 3 * note.length && !/[.!?,:;]$/.test(heading) && !OPENING.test(fold(heading)) && findDates(pasted).length > 0) return pasted;
    }
    // Round 61: or with no rule, a note of a few sentences right under the headers ("NAME, final version below. Please send it
    // to … . W.") over the statement's own heading (three words or more: not a sign-off, "Pell", under the note, where the text
    // is read whole as round 59 reads it): the statement is read from that heading, on the same terms as round 49's.
    const body = lines.findIndex((l, i) => i > first && l.trim().length === 0);
    const end = body < 0 ? -1 : lines.findIndex((l, i) => i > body + 1 && l.trim().length === 0 && lines[i - 1]!.trim().length > 0);
    if (fields >= 1 && end > 0) {
      const note = lines.slice(body + 1, end).join("\n").trim();
      const pasted = lines.slice(end + 1).join("\n").trim();
      const heading = pasted.split("\n")[0]!.trim();
      if (note.length <= 300 && /[.!?](?:\s|$)/.test(note) && heading.split(/\s+/).length >= 3 && pasted.length >= 400 && pasted.length >= 3 * note.length && !/[.!?,:;]$/.test(heading) && !OPENING.test(fold(heading)) && findDates(pasted).length > 0) return pasted;
    }
  }
  if (first < 0 || !FORWARDED.test(fold(lines[first]!.trim()))) return text;
  const rule = lines.findIndex((l, i) => i > first && /^\s*[-_=*~]{5,}\s*$/.test(l));
  if (rule >= 0) {
    const rest = lines.slice(rule + 1).join("\n").trim();
    return rest.length >= 200 ? rest : text;
  }
  // Round 59: without a long rule, the forwarded message is read as a message of its own, from its "From:" on (its headers,
  // the forwarder's note, a bare "---", then the statement under its own letterhead).
  const message = lines.slice(first + 1).join("\n");
  const read = forwardedStatement(message);
  return read !== message ? read : text;
}

/** Round 24: a mailing-list digest's numbered message ("Message: 2"), above its own header fields. */
const DIGEST_MESSAGE = /^(?:message|mensaje|messaggio|nachricht)\s*:\s*\d{1,3}$/;

/**
 * Round 24: a mailing-list digest (two or more numbered messages, each with its own "From:" and "Subject:"):
 * the digest's own header ("Send … submissions to", its list of today's topics) and the other messages are
 * not the statement. The statement is the longest part of a message's body, its parts set apart by rules
 * ("=====" above and below a text pasted in); with none of 400 characters the text is read whole.
 */
export function digestStatement(text: string): string {
  const lines = text.split("\n");
  const starts = lines.flatMap((l, i) => (DIGEST_MESSAGE.test(fold(l.trim())) ? [i] : []));
  if (starts.length < 2) return text;
  let best = "";
  for (const [k, start] of starts.entries()) {
    const message = lines.slice(start + 1, starts[k + 1] ?? lines.length);
    const fields = message.slice(0, 10).filter((l) => MAIL_FROM.test(fold(l.trim())) || MAIL_FIELD.test(fold(l.trim()))).length;
    if (fields < 2) continue;
    // The body begins after the header fields' first blank line.
    const blank = message.findIndex((l) => l.trim().length === 0);
    const body = blank < 0 ? [] : message.slice(blank + 1);
    // Its parts between rules (a rule repeated word for word below may have been dropped as a running line).
    const parts = body.join("\n").split(/^\s*(?:={5,}|-{5,}|\*{5,}|_{5,}|~{5,})\s*$/m).map((part) => part.trim());
    for (const part of parts) if (part.length > best.length) best = part;
  }
  return best.length >= 400 ? best : text;
}

/** Round 19: a chat export's message line: "30/6/22, 20:58 - Sender: …", "[30/06/22, 20:58:12] Sender: …", "6/30/22, 8:58 PM - Sender: …". */
const CHAT_STAMP = /^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?\]?\s*(?:[-–]\s*)?/i;
const CHAT_SENDER = /^[^:\n]{2,40}:\s+(?=\S)/;
/** A statement's title opening a message: "Statement by …", "DÉCLARATION DE …", "Intervención de …". */
const TITLE_OPENS = /^(?:(?:joint|oral|written)\s+)?(?:statement|declaration|declaracion|intervention|intervencion|contribution|contribucion|submission|remarks|discours|discurso|ponencia)\b/;

/**
 * Round 19: a statement pasted into a chat and exported with it (three or more lines stamped with a date,
 * a time and a sender): the statement starts at the message that opens with its title, read without its
 * stamp, so the title and its by-line below are the heading, not the chat's first messages.
 */
export function chatStatement(text: string): string {
  const lines = text.split("\n");
  if (lines.slice(0, 60).filter((l) => CHAT_STAMP.test(l.trim())).length < 3) return text;
  for (const [i, line] of lines.slice(0, 60).entries()) {
    const stamp = CHAT_STAMP.exec(line.trim());
    if (!stamp) continue;
    const after = line.trim().slice(stamp[0].length);
    const message = after.replace(CHAT_SENDER, "");
    if (message !== after && message.length <= 200 && TITLE_OPENS.test(fold(message))) return [message, ...lines.slice(i + 1)].join("\n");
  }
  return text;
}

/** Round 23: a message line of a video meeting's chat export: "10:41:55 From NAME to Everyone:", "De NAME à Tout le monde :", "De NAME a Todos:". */
const MEETING_CHAT_LINE = /^\d{1,2}:\d{2}(?::\d{2})?\s+(?:from|de)\s+(.{2,120}?)\s+(?:to|a)\s+(?:everyone|all(?: panelists| participants)?|tout le monde|tous|todos|todo el mundo)(?:\s*\([^)]*\))?\s*:\s*(.*)$/;
/** The first message of a statement cut into numbered messages: "(1/3) …", "1/3 …", "[1/2] …". */
const FIRST_PART = /^[([]?1\s*\/\s*\d{1,2}[)\]]?\s+\S/;

/**
 * Round 23: who posted a statement into a meeting's chat (three or more chat lines), cut into numbered messages
 * ("(1/3) …"): the sender of the first part, read from the label ("NAME (ACR, Country)"). Null when no sender
 * posts a numbered first part, or the label's name is no person's.
 */
export function chatPoster(text: string): { name: string; acronym: string | null; country: string | null } | null {
  const lines = text.split("\n").slice(0, 200).map((l) => l.trim());
  const chat = lines.map((l) => MEETING_CHAT_LINE.exec(fold(l)));
  if (chat.filter(Boolean).length < 3) return null;
  const at = chat.findIndex((m, i) => m !== null && FIRST_PART.test(m[2] || lines[i + 1] || ""));
  if (at < 0) return null;
  const label = lines[at]!.slice(chat[at]!.index + fold(lines[at]!).indexOf(chat[at]![1]!)).slice(0, chat[at]![1]!.length);
  const m = /^(.+?)\s*\(([^()]{2,80})\)$/.exec(label.trim());
  const name = personName(m ? m[1]! : label);
  if (!name) return null;
  const parts = m ? m[2]!.split(/\s*[,;–—-]\s*/) : [];
  return { name, acronym: parts.find((p) => /^[A-Z][A-Z&]{1,9}$/.test(p)) ?? null, country: parts.map((p) => findCountry(p)).find(Boolean) ?? null };
}

/** The line that opens a quoted earlier message below a reply: "-----Original Message-----", "On Tue, … wrote:", "Le … a écrit :", "El … escribió:". */
const QUOTED_OPENS = /^(?:[-_=*\s]*(?:original message|message d'origine|mensaje original)[-_=*\s]*|(?:on|le|el) .{6,120} (?:wrote|a ecrit|escribio)\s*:)$/;

/**
 * Round 15: an e-mail reply with the earlier message quoted below it ("-----Original Message-----",
 * then "> …" lines): the quoted message is the recipient's, not the statement's, so its sign-off
 * ("> Kind regards, > Press Office") is no organization and its dates are no delivery date. The reply
 * is read without it when the reply itself is long (a short note above a long quote is a forward,
 * read whole); quoted lines ("> …") are dropped wherever they are.
 */
export function withoutQuotedReply(text: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l, i) => i > 0 && QUOTED_OPENS.test(fold(l.trim())));
  if (at > 0) {
    const above = lines.slice(0, at).join("\n").trim();
    const below = lines.slice(at + 1).filter((l) => l.trim().length > 0);
    const quoted = below.filter((l) => /^\s*>/.test(l)).length;
    if (above.length >= 200 && (quoted * 2 >= below.length || above.length >= below.join("\n").length)) return above;
  }
  const kept = lines.filter((l) => !/^\s*>/.test(l));
  return kept.length * 2 >= lines.length ? kept.join("\n") : text;
}

/**
 * Round 18: a data export opening with comment lines ("# Title", "# Delivered: <date> by …", then a
 * long "# Context: …" note) in one block: its short lines at the top are the heading (their marks
 * dropped), read apart from the long ones below them.
 */
function commentHeading(blocks: string[]): string[] {
  const lines = (blocks[0] ?? "").split("\n");
  const end = lines.findIndex((l) => !/^#\s/.test(l) || l.length > 160);
  if (end < 3 || !/^#\s/.test(lines[end]!)) return blocks;
  return [lines.slice(0, end).map((l) => l.replace(/^#\s+/, "")).join("\n"), lines.slice(end).join("\n"), ...blocks.slice(1)];
}

/** Round 18: a by-line's sentence when more follows it in its paragraph ("Delivered by NAME, Role. The text below …"); an honorific's period ends none. */
const SENTENCE_END = /(?<![\p{L}](?:Mrs|Prof|Lic|Licda|Licdo|Sra|Srta|Dra|Mme|Mlle|Atty|Capt|Mtro|Mtra|Ing|Abg|Dott|Hon|Rev|Hna|Hno))(?<=[\p{Ll}\d)]{2}|\p{Lu}{2})\.\s+(?=\p{Lu})/u;
/** Round 30: the first two sentences of a line, each alone (the first, as `firstSentence` gives it, then the next). */
function leadSentences(line: string): string[] {
  const first = firstSentence(line);
  const rest = line.slice(first.length).trim();
  return rest && first !== line ? [first, firstSentence(rest)] : [first];
}

function firstSentence(line: string): string {
  const end = SENTENCE_END.exec(line);
  return end ? line.slice(0, end.index + 1) : line;
}

/** `notes`: the document's footnotes, read only for a by-line ("Delivered online by NAME, Role.") when nothing else names the speaker. */
/**
 * Round 28: a sentence in small type set aside with the letterhead and wrapped by a PDF ("… by Dr NAME, senior" /
 * "research fellow."): a long line ending in a small letter and a line opening with a word in small letters are one line.
 */
export function runOnSentences(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && prev.trim().length >= 60 && /\p{Ll},?$/u.test(prev.trim()) && /^\p{Ll}+[\s,.]/u.test(l.trim()) && !/@|www\.|https?:/.test(l)) out[out.length - 1] = `${prev.trimEnd()} ${l.trim()}`;
    else out.push(l);
  }
  return out;
}

/** Round 59: a weekday, day and month with no year in `text`, in the year of `posted` and up to a month before it. */
function weekdayBefore(text: string, posted: string): string | null {
  const day = weekdayDate(text, [Number(posted.slice(0, 4))]);
  return day !== null && day <= posted && days(day, posted) <= 31 ? day : null;
}

/**
 * Round 59: a heading's name without a role that the text writes after a definite article ("soy abogada del Amparo Ribereño de X",
 * "members of the Harbour Pilots Mutual"): a body's name in capitalized words, not a person's.
 */
function articled(name: string, body: string): boolean {
  const escaped = literalSpaced(name);
  return new RegExp(`(?:^|[\\s(])(?:[Tt]he|[Ll]a|[Ee]l|[Ll]e|[Ll]es|[Ll]os|[Ll]as|[Ll]['’]|del|al|du|au)\\s*${escaped}(?![\\p{L}])`, "u").test(body);
}

/**
 * Round 67: a date whose year a narrow column or a text box wrapped onto a line of its own ("… — 31 May" over "2023", "le 3 juin" over
 * "2031", "3 de junio de" over "2031"): the year joined again to its day and month.
 */
function wrappedYear(text: string): string {
  return text.replace(/(\b\d{1,2}(?:er|º|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}{3,10})\.?(?:\s+de)?)[ \t]*\n[ \t]*((?:19|20)\d\d[.,;]?)[ \t]*(?=\n|$)/gu, (m, head: string, month: string, year: string) =>
    monthNumber(fold(month)) > 0 ? `${head} ${year}` : m,
  );
}

export function understand(cleanText: string, removed: string[], segments: readonly SegmentRef[], notes: readonly string[] = []): Understood {
  const letterhead = runOnSentences(removed);
  const pasted = chatStatement(digestStatement(cleanText));
  const forwarded = forwardedStatement(pasted);
  // Round 53: a covering note above a statement pasted below a rule is cut with its e-mail's headers, but it may be all that
  // names the reader ("… le texte que lira demain notre ROLE, M. NAME."): its paragraphs, read for that alone.
  const coverNote = forwarded !== pasted && pasted.includes(forwarded) ? pasted.slice(0, pasted.indexOf(forwarded)).split(/\n{2,}/) : [];
  cleanText = wrappedYear(withoutQuotedReply(forwarded).replace(PRONOUNS, ""));
  const split = commentHeading(cleanText.split(/\n{2,}/));
  // A salutation set above the title ("Madam Chair, distinguished delegates," then "Statement by
  // …"): the heading is read below it, and the salutation opens the text.
  const lead = salutationAbove(split) ?? contentNoteAbove(split);
  const blocks = lead ? lead.rest : split;
  // Round 13: a slide deck's export ("--- Slide 1 ---" …): its heading is the title slide.
  const titleSlide = slideHeading(blocks);
  const headerCount = titleSlide ?? headerBlockCount(blocks);
  // Bounded: a hostile document with one 40,000-line block must not make every pattern scan it all.
  const headerLines = joinWrappedName(
    blocks
      .slice(0, headerCount)
      .flatMap((b) => b.split("\n"))
      .filter((l) => titleSlide === null || !(SLIDE.test(fold(l.trim())) || EXPORTED.test(fold(l.trim()))))
      .slice(0, 40)
      .map(unmarked),
  );
  const bodyBlocks = [...(lead ? [lead.salutation] : []), ...blocks.slice(headerCount)];
  // Round 29: a table's cells, a short block each as a word processor's table is read ("Indicator", "60", "41"), and other short
  // lines with no sentence in them, are not counted in the windows of paragraphs read for who spoke and when the text says.
  const sentences = bodyBlocks.filter((b) => b.includes("\n") || b.trim().length > 40 || /[.!?;]$/.test(b.trim()));
  const body = bodyBlocks.join("\n\n");
  // 200: a closing by-line with the organization ("Delivered by …, Coordinator, on behalf of the …") runs long.
  // Round 61: not from an annex's table set after the signature ("Anexo: … por caserío" over its cells, a block each as a word processor's table is read).
  const closing = beforeAnnexTable(bodyBlocks).slice(-5).flatMap((b) => b.split("\n")).map(unmarked).filter((l) => l.length <= 200).slice(-15);
  const signedClosing = beforeSignatories(beforeAnnexTable(bodyBlocks)).slice(-5).flatMap((b) => b.split("\n")).map(unmarked).filter((l) => l.length <= 200).slice(-15);

  // A web page's introduction above the statement ("On 27 May, we took the floor… The statement, delivered by …, is reproduced below.").
  const preamble = preambleOf(bodyBlocks);
  // Round 57: a web post's introduction read into its heading (the statement's first paragraph, quoted, ends the heading): its sentences, for
  // who took the floor, when nothing else names the speaker. Round 64: or ending on a colon before the quoted text ("Reproducimos su intervención:").
  const headerProse = blocks.slice(0, headerCount).filter((b) => b.length > 120 && /[.!?:]$/.test(b.trim()));
  // Round 23: a line wholly in square brackets at the end is a template's placeholder ("[A sentence on your
  // organization here]") or an editor's note ("[signature illegible]"), never the organization's name.
  // Round 69: a headline in sentence case with a verb ("Civil society asks the Conference to …", a release's or a brief's title) is no name.
  const orgFound = notHeadline(findOrganization(letterhead, headerLines, body, closing.filter((l) => !/^\s*\[[^\]]*\]\s*$/.test(l))));
  // Round 67: a person's name and role ("NAME, Chair of the Council") is never the organization: the body's name run into the title's line
  // above it ("Example Parents' Council on X Statement to the dialogue …", a wrapped heading joined), or none.
  const orgEarly = orgFound && personWithRole(orgFound.name) ? (nameBeforeTitle(headerLines) ?? null) : orgFound;
  // The speaker: a by-line in the heading, then one who introduces themselves in the first paragraphs
  // ("My name is …"), or the page's introduction names, then a signature.
  // A by-line set aside with a first-page letterhead table ("Comments given by X, Role") counts as the heading's.
  // Round 31: a programme's credits ("Producer: NAME", "Réalisation : NAME") name who made it, not who speaks.
  // Round 47: a note's "De : NAME" that is the organization sending it names no speaker.
  const headed = findSpeaker(headerLines.map((l) => (CREDIT_LINE.test(fold(l.trim())) ? "" : l)), []);
  const sentBy = formFields(headerLines).sender;
  // Round 62: nor a heading's name without a role read as the organization's (a body's name of five capitalized words is a person's shape too).
  const speakerFound = headed && !(headed.speaker.name === orgEarly?.name && (headed.speaker.role === null || sentBy?.includes(headed.speaker.name))) && !(headed.speaker.role === null && articled(headed.speaker.name, body)) ? headed : null;
  // A speaker who introduces themselves wins over a by-line in a footer ("Prepared by …" may name the author).
  // Round 13: a by-line opening the first paragraph ("Delivered by NAME, Role, on behalf of …" run into the text by a PDF's paragraph gap).
  // Round 30: the by-line may be the second sentence of its paragraph ("Prepared by ABC for the dialogue …. Presented by NAME, role.").
  const leading = speakerFound ? null : letterheadSpeaker(bodyBlocks.slice(0, 2).flatMap((b) => leadSentences(b.split("\n")[0]!)).filter((l) => l.length <= 200 && LEADING_BY.test(fold(l.trim()))));
  const introduced = speakerFound ? null : (leading ?? introSpeaker(bodyBlocks.slice(0, 4)) ?? letterheadSpeaker(letterhead) ?? deliveredBySpeaker(preamble) ?? floorSpeaker(preamble) ?? deliveredBySpeaker(bodyBlocks.slice(0, 4).filter((b) => b.length <= 400 && TEXT_BELOW.test(fold(b)))));
  // Round 17: a transcript's label ("MS. NAME (Role, Organization): …"), the one naming the organization read.
  const labelled = speakerFound || introduced ? null : transcriptSpeaker(bodyBlocks.slice(0, 8), orgEarly);
  // Last, a text in reported speech (minutes, a report, a press release) names who took the floor in its body.
  // A footnote's by-line ("Delivered online by Dr X, Researcher.") is read after the signature (round 13).
  // Round 23: a statement pasted into a meeting's chat, cut into numbered messages: the poster's label ("NAME (ACR, Country)") names
  // the speaker, the acronym (written out where the messages spell it) the organization, and the country.
  const poster = chatPoster(cleanText);
  const posterName = !orgEarly && poster?.acronym ? expandAcronym(poster.acronym, body) : null;
  // Round 36: a memorandum to the organization from its advisers (a law firm's "To:" / "From:") is the addressee's; a name
  // in capitals at the top that the running footer repeats is the organization's; a name read with "(ACR)," loses them.
  const memo = memoClient([...headerLines, ...letterhead]);
  const memoOrg = memo && (!orgEarly || /(?<![\p{L}])(?:llp|law firm|pro bono|avocats|abogados|consultants?)(?![\p{L}])/u.test(fold(orgEarly.name))) ? { name: memo.name, acronym: memo.acronym, line: null } : null;
  const repeated = orgEarly || memoOrg || posterName ? null : repeatedName(headerLines, letterhead, closing);
  // Round 67: or a name alone heading a block of the first ones, over the statement's title ("NAME" over "Statement to the dialogue …"),
  // as a statement quoted in a message is headed: the body calling itself by its name's first or last word bears it out.
  const headingNames = [headerLines, ...bodyBlocks.slice(0, 4).map((b) => b.split("\n"))].flatMap((ls) => ls.filter((l, i) => i + 1 < ls.length && TITLE_OPENS.test(fold(ls[i + 1]!.trim()))));
  const echoed = orgEarly || memoOrg || posterName || repeated ? null : (echoedLetterhead(letterhead, bodyBlocks) ?? (headingNames.length > 0 ? echoedLetterhead(headingNames, bodyBlocks, true) : null));
  // Round 40: a joint statement read by one member ("Read on behalf of the three networks by NAME, Secretary General of ABC"): the reader's
  // acronym, written out where the text lists the members ("Network for … (ABC, Country) · …"), is the organization.
  const readerLine = orgEarly || memoOrg || posterName || repeated ? undefined : [...headerLines, ...bodyBlocks.slice(0, 4)].map((b) => b.trim()).find((b) => !b.includes("\n") && b.length <= 200 && LEADING_BY.test(fold(b)));
  const readerAcronym = readerLine ? /\s(?:of|de|du|del|des)\s+(?:the\s+|la\s+|l['’])?(\p{Lu}[\p{Lu}&]{1,9})\.?$/u.exec(readerLine)?.[1] : undefined;
  const readerName = readerAcronym ? expandAcronym(readerAcronym, [...headerLines, body].join("\n")) : null;
  const readerOrg = readerName ? { name: readerName, acronym: readerAcronym!, line: null } : null;
  // Round 42: a legal form after a comma, a town and country run on, a role before "de l'association" are no part of the name.
  // Round 56: a name read short that a line of the letterhead, the heading or a title writes whole.
  const headings = bodyBlocks.slice(0, 12).filter((b) => !b.includes("\n") && b.length <= 200);
  // Round 57: nothing above names the body, and the statement's own title further down does, under a covering note ("Statement of NAME").
  const belowTitle = orgEarly || memoOrg || posterName || repeated || readerOrg || echoed ? null : (headings.map((h) => titleOrganization(h.trim())).find((t) => t !== null) ?? null);
  const titledBelow = belowTitle ? { name: organizationCase(belowTitle), acronym: null, line: null } : null;
  const noteHeading = headingUnderNote(bodyBlocks);
  const underNote = orgEarly || memoOrg || posterName || repeated || readerOrg || echoed || titledBelow || noteHeading.length === 0 ? null : findOrganization([], noteHeading, body, []);
  const orgRead = withWholeName(withoutRunOn(withCorporateForm(withoutTrailingAcronym(memoOrg ?? orgEarly ?? (posterName && poster ? { name: posterName, acronym: poster.acronym, line: null } : null) ?? (repeated ? { name: repeated, acronym: null, line: null } : null) ?? readerOrg ?? (echoed ? { name: echoed, acronym: null, line: null } : null) ?? titledBelow ?? underNote ?? coverSignedOrganization(coverNote, headerLines) ?? bodyNamed(weAtOrganization(bodyBlocks.slice(0, 3)) ?? releaseSubject(bodyBlocks[0] ?? "") ?? copyrightOwner([...removed, ...closing], bodyBlocks))), [...headerLines, ...letterhead])), [...letterhead, ...headerLines, ...headings]);
  let org = orgRead;
  // Round 16: a by-line paragraph of its own after the statement's end ("Read on behalf of our whole Alliance by NAME, Role"),
  // with more below it than a signature's five blocks (a PDF's sidebar of members read after the text).
  // Round 14: a quotation's speaker counts only when the quote ties them to the organization ("…," said X, our coordinator).
  // Round 29: the statement's own heading further down, under notes set above it (a field diary's entries, a covering note): a block
  // of a statement word alone ("STATEMENT", "DÉCLARATION") over a by-line ("To be read by NAME, role, at the dialogue …, date").
  const inner = bodyBlocks.slice(0, 12).map((b) => b.split("\n")).find((ls) => ls.length >= 2 && ls.length <= 4 && INNER_TITLE.test(fold(ls[0]!.trim())) && ls.slice(1).every((l) => l.length <= 300))?.slice(1) ?? [];
  const innerSpeaker = speakerFound ? null : (findSpeaker(inner, [])?.speaker ?? null);
  // Round 31: a note to whoever delivers the statement, the text under a heading of its own ("TEXT TO BE READ", "TEXTE À
  // LIRE", "TEXTO A LEER"): the reader who introduces themselves there speaks, not the note's sender in the heading.
  const headingAt = (heading: RegExp) => bodyBlocks.slice(0, 20).findIndex((b) => ((ls) => ls.length === 1 && heading.test(fold(ls[0]!.trim())))(b.split("\n").filter((l) => !/^[\s\-_=*–—~·.]*$/.test(l))));
  const toRead = headingAt(TEXT_TO_READ);
  const reader = toRead > 0 ? selfIntroduced(bodyBlocks.slice(toRead + 1, toRead + 5)) : null;
  // Round 57: the statement's own heading alone ("STATEMENT") under a covering note and its sign-off: whoever introduces themselves below it.
  const titled = headingAt(INNER_TITLE);
  const titledReader = titled > 0 && !speakerFound ? selfIntroduced(bodyBlocks.slice(titled + 1, titled + 5)) : null;
  // Round 65: the opening paragraphs announcing who will read the statement ("It will be read by Dr NAME, the Alliance's medical coordinator",
  // "Elle sera lue par …", "Será leída por …"): the reader, over the signatures of those who sign it (a chair and a secretary side by side).
  const announcedFirst = announcedSpeaker(bodyBlocks.slice(0, 2));
  const foundFirst = reader ?? speakerFound?.speaker ?? notesSpeaker(headerLines) ?? introduced ?? titledReader ?? innerSpeaker ?? labelled ?? announcedFirst ?? markedSpeaker(closing) ?? findSpeaker([], closing)?.speaker ?? (signedClosing.length < closing.length || signedClosing.some((l, i) => l !== closing[i]) ? findSpeaker([], signedClosing)?.speaker : null) ?? letterheadSpeaker([...notes.slice(0, 20), ...closing.filter((c) => NOTE_BY.test(fold(c.trim())))].map((n) => n.trim().replace(/^\d{1,2}\s+/, "")).filter((n) => n.length <= 300)) ?? letterheadSpeaker(bodyBlocks.flatMap(headingLines).filter((b) => b.length <= 200 && (LEADING_BY.test(fold(b.trim())) || BODY_BY.test(fold(b.trim())))).map((b) => b.trim())) ?? letterheadSpeaker(bodyBlocks.slice(0, 4).filter(titleByLine).map((b) => b.trim().replace(/(?<=\p{Ll}{2})\.$/u, ""))) ?? labelledSpeakerLine(bodyBlocks.slice(0, 2)) ?? labelledLetterheadSpeaker(letterhead) ?? dottedLetterheadSpeaker(letterhead) ?? labelledLetterheadSpeaker(closing.slice(-4)) ?? guestIntroduced(bodyBlocks.slice(0, 4)) ?? announcedSpeaker(bodyBlocks.slice(0, 8)) ?? announcedSpeaker(coverNote) ?? reportedSpeaker(sentences.slice(0, 8), org) ?? (poster ? { name: poster.name, role: null } : null) ?? senderSpeaker([...letterhead, ...headerLines], bodyBlocks) ?? designatedSpeaker(bodyBlocks.slice(0, 40)) ?? namedReader(bodyBlocks.slice(0, 4)) ?? footerSignature(removed) ?? nameOverBody(closing, org) ?? thankedSignature(closing) ?? floorSpeaker(headerProse) ?? coverSignature(coverNote);
  // Round 68: a role of one word read from the speaker's own opening ("I lead the Centre's legal team": "Lead") yields to the office
  // the signature writes under the same name, a noun phrase with its complement ("NAME" / "Head of Legal Aid").
  const signedAs = foundFirst?.role && foundFirst === introduced && !/\s/.test(foundFirst.role.trim()) ? findSpeaker([], closing)?.speaker : null;
  const foundSigned = signedAs?.role && signedAs.name === foundFirst!.name && /\s/.test(signedAs.role.trim()) && closing.some((l) => l.trim() === signedAs.role!.trim()) ? { ...foundFirst!, role: signedAs.role } : foundFirst;
  const found = foundSigned;
  // A form's "Title/position: …" field gives the role a "Name of speaker: …" field leaves out.
  const form = formFields([...headerLines, ...letterhead]);
  const formRole = form.role && isRole(form.role) ? form.role : null;
  // Round 17: an op-ed's closing note about its author ("NAME is the coordinator of …") gives the role nothing else gave.
  // Round 39: a speaker named without a role in the text ("My name is NAME.") who signs the text with it ("NAME" over "Founder").
  const signedRole = found && !found.role && !formRole ? findSpeaker([], closing)?.speaker : null;
  // Round 57: or a covering note announcing them with it ("… to be delivered by our treasurer Mr NAME" over "My name is NAME.").
  const announced = found && !found.role && !formRole && !signedRole?.role ? (announcedSpeaker(coverNote) ?? announcedSpeaker(bodyBlocks.slice(0, 8))) : null;
  const bio = found && !found.role && !formRole ? (bioRole(found.name, bodyBlocks.slice(-3)) ?? (signedRole?.name === found.name ? signedRole.role : null) ?? (announced?.name === found.name ? announced.role : null)) : null;
  // Round 36: an editor's note in brackets after the role goes; an office held "now" after a description is the role.
  const speakerRead = withoutBracketNote(plainRole(withoutOrganization(nowOffice(found && !found.role && (formRole ?? bio) ? { ...found, role: formRole ?? bio } : found, bodyBlocks.slice(0, 4)), org)));
  // Round 40: "…, y hoy vocera del Colectivo", "… and now coordinator of …": the adverb saying since when is not part of the office.
  const nowRole = speakerRead?.role ? /^(?:now|today|currently|hoy|ahora|actualmente|aujourd['’]hui|d[ée]sormais|maintenant)\s+(\S.*)$/iu.exec(speakerRead.role) : null;
  const speakerNow = nowRole && isRole(nowRole[1]!) ? { ...speakerRead!, role: nowRole[1]! } : speakerRead;
  // Round 56: no organization read, and the speaker's role names it ("présidente de l'association NAME (ACR)"): that body.
  const inRole = orgRead ? null : organizationInRole(speakerNow?.role);
  // Round 65: a title of office before the name ("I am Pastor NAME") gives the role nothing else gave.
  // Round 66: a title of address before the name that the role names again ("Coach NAME" over "Head coach") goes from the name.
  // Round 67: letters after the name ("NAME OBE", "NAME, PhD") go from it, whichever reading found it.
  const speaker = withoutLetters(titleInRole(officeTitleRole(inRole ? { ...speakerNow!, role: inRole.role } : roleWithoutName(speakerNow, org?.name), cleanText)));
  // Round 43: a unit's line under the name on the letterhead or at the top ("Patient Ethics Board"), the heading naming it: "Name, Unit"
  // (after the speaker's role is read: "Chair of the Board" keeps the unit's word).
  const unitText = [...headerLines, ...bodyBlocks.slice(0, 3)].join("\n");
  org = withUnit(withUnit(inRole?.org ?? orgRead, letterhead, unitText), headerLines, unitText);
  // Round 64: a joint statement's heading naming the convenor "and the co-signing organizations" ("Name (ACR) et organisations
  // signataires", "Name (ACR) and co-signing organizations"): the convenor's name and its acronym, without the others.
  const cosigned = org ? /^(.{4,150}?)\s*\((\p{Lu}[\p{Lu}&]{1,9})\)\s+(?:and|et|y)\s+(?:(?:the|les|las|other|autres|otras)\s+)*(?:co-?signing organi[sz]ations|co-?signatories|signatories|organisations (?:co-?)?signataires|co-?signataires|organizaciones (?:co-?)?firmantes)$/u.exec(org.name) : null;
  // Its acronym's letters are initials of the name's words, in order, the first the first's ("RCAL": Réseau des Comités … contre les Armes Légères).
  const initialsInOrder = (name: string, acronym: string) => {
    const heads = fold(name).split(/[\s'’-]+/).map((w) => w[0] ?? "");
    let k = 0;
    for (const h of heads) if (k < acronym.length && h === acronym[k]!.toLowerCase()) k++;
    return k === acronym.length && heads[0] === acronym[0]!.toLowerCase();
  };
  if (org && cosigned && (acronymFits(cosigned[1]!, cosigned[2]!) || initialsInOrder(cosigned[1]!, cosigned[2]!))) org = { ...org, name: cosigned[1]!.trim(), acronym: org.acronym ?? cosigned[2]! };
  // After round 69: a body read only as its kind after an article ("The Alliance", "La Red") by its full name, where the letterhead, a
  // heading or the text gives it (`kindFullName`).
  const fullKind = org && /^(?:the|la|le|l['’]|el)\s*\p{L}+$/iu.test(org.name.trim()) ? kindFullName(org.name.trim(), [...letterhead, ...headerLines, cleanText]) : null;
  if (org && fullKind) org = { ...org, name: fullKind };
  const headingPlace = org ? ([...headerLines, ...headings].map((h) => placeAfter(h.trim(), org!.name)).find((c) => c !== null) ?? null) : null;
  const country =
    (form.country ? findCountry(form.country) : null) ??
    (org && poster?.country && !orgEarly ? poster.country : null) ??
    (memoOrg ? memo!.country : null) ??
    // Round 40: a joint statement's reader's body, listed as "Name (ACR, Country)": that country, not another member's.
    (readerOrg && org?.name === readerOrg.name ? findCountry(new RegExp(`\\(${readerOrg.acronym},\\s*([^()]{3,40})\\)`).exec([...headerLines, body].join("\n"))?.[1] ?? "") : null) ??
    // Round 65: the one in brackets after its own name in a list of co-signers ("Name (Country); …").
    // Round 66: wherever the list stands, a heading's too, and before the countries of the others on its line.
    (org ? listedCountry([...headerLines, body].join("\n"), org.name) : null) ??
    findAddressCountry([...letterhead, ...headerLines].join("\n")) ??
    // Round 36: a letterhead piece between separators that is only "Town, Country" (even Chad, Jordan, Turkey).
    separatedPlaceCountry([...letterhead, ...headerLines]) ??
    closingAddressCountry(closing.join("\n")) ??
    findCountry(closing.join("\n")) ??
    findCityCountry([...letterhead, ...headerLines, ...closing].join("\n")) ??
    // Round 18: the place written after a convenor's name in a joint statement's first paragraph ("… (XN), City.").
    (org?.line && bodyBlocks.slice(0, 3).some((b) => b.slice(0, 400) === org.line) ? placeAfter(org.line, org.name) : null) ??
    // Round 62: or after its name in a heading line ("STATEMENT OF THE NAME, COUNTRY").
    headingPlace ??
    // Round 35: a by-line's bracket after the speaker giving the organization and its town ("NAME (ABC, Town)").
    (org ? bracketPlaceCountry([...headerLines, ...bodyBlocks.slice(0, 2).filter((b) => b.length <= 400), ...closing], org) : null) ??
    speakingFromCountry(bodyBlocks.slice(0, 5).join("\n")) ??
    (org ? basedInCountry(bodyBlocks.slice(0, 3).join("\n")) : null) ??
    // Round 63: or in the paragraph under an "About the …" heading, wherever it stands (a press release's or a post's last).
    (org ? basedInCountry(aboutParagraph(bodyBlocks)) : null) ??
    // Round 63: or the first person describing itself, "I am the ROLE of a club … in a rural part of <Country>", "We are a … in <Country>".
    (org ? selfDescribedCountry(bodyBlocks.slice(0, 8).join("\n")) : null) ??
    // Round 64: or where it works or was founded, said of itself through a place ("we have members across <Country>", "en pueblos del interior de <País>").
    (org ? ownWorkCountry(bodyBlocks.slice(0, 6).join("\n"), org) : null) ??
    (org ? ownWorkCountry(aboutParagraph(bodyBlocks), org) : null) ??
    // "a Kenyan NGO", "une association sénégalaise": the organization's own description.
    (org ? demonymCountry([...headerLines, ...bodyBlocks.slice(0, 3)].join("\n")) : null) ??
    // "I am X, a youth delegate from <city>": where the speaker who introduces themselves comes from.
    (org ? introducedFromCountry(bodyBlocks.slice(0, 4).join("\n")) : null) ??
    // Round 63: an address line of the letterhead or footer ending with a province or state and no country ("…, Town, <Province>").
    provinceCountry([...letterhead, ...headerLines, ...closing].join("\n")) ??
    // Last, the calling code of a letterhead's or signature's phone number ("Tel. +233 …").
    phoneCountry([...letterhead, ...headerLines, ...closing].join("\n")) ??
    // Round 16: last, the country-code domain of the letterhead's, heading's or signature's e-mail or web address.
    (org ? domainCountry([...letterhead, ...headerLines, ...closing].join("\n")) : null) ??
    // Round 32: or the town where the speaker or the organization works, said in the first person in the opening paragraphs.
    (org ? ownPlaceCountry(bodyBlocks.slice(0, 4).join("\n")) : null) ??
    // Round 36: or the part of a country (its north, its south-east…) where the organization says it works.
    (org ? regionCountry(bodyBlocks.slice(0, 4)) : null) ??
    // Round 17: last of all, the country a national body's name opens with ("<Country> Lantern Makers Guild").
    (org ? countryLed(org.name) : null) ??
    // Round 18: or its country's adjective ("<Adjective> Beekeepers' Union", "Collectif <adjectif> pour …").
    (org ? nameDemonymCountry(org.name) : null);
  // Text copied from a web page carries the date it was posted; the date of delivery comes first when both are there.
  // A line that says the statement was delivered then wins over a date set at the top ("9 October 2023 – …").
  // Round 16: a receipt stamp on a scanned copy ("RECEIVED", "Reçu le", a stamp word set in spaced letters, its date on
  // the same line or the next) dates the copy's arrival, not the delivery.
  const stamped = new Set(headerLines.flatMap((l, i) => (RECEIVED.test(((t) => (/^(?:\p{L} )+\p{L}$/u.test(t) ? t.replace(/ /g, "") : t))(fold(l.trim()))) ? [i, i + 1] : [])));
  const dated = headerLines.filter((l, i) => findDates(l).length > 0 && !stamped.has(i) && !revisionNote(l) && !citedDatesOnly(l));
  // "News | 10 October 2023", "Blog · 3 June 2022": a web page's section and posting date.
  // Round 31: "Circulated to members on 28 May 2031", "Envoyé le …", "Circulado el …": the day the paper went out, before the dialogue's day.
  const posted = (l: string) => POSTED.test(fold(l)) || /^(?:news|blog|press|actualites?|noticias?|blogue)\s*[|·•–—:]/.test(fold(l.trim())) || SENT_OUT.test(fold(l.slice(0, findDates(l)[0]?.index ?? 0)));
  const undated = dated.filter((l) => !posted(l));
  // Round 16: a letter's subject line naming the dialogue and its day ("Objet : dialogue … du 3 mars 2031") says when it is delivered.
  // Round 36: the label set in a cell of its own ("Re" above "… dialogue on X, Vienna, 5 May 2023", as a PDF reads a table) counts too.
  const cellSubject = new Set(subjectCellLines(headerLines).filter((l) => DIALOGUE_WORD.test(fold(l))));
  const said = undated.filter((l) => DELIVERED.test(fold(l)) || (SUBJECT_LINE.test(fold(l.trim())) && DIALOGUE_WORD.test(fold(l))) || cellSubject.has(l));
  // A dateline with its place ("Vienna, 5 May 2023", "Genève, le 3 juin 2022") is the delivery's, over a bare date set apart.
  // Round 16: a session's span ("Town, 3–7 May 2031", "du 3 au 7 mai") is not a day: not a dateline.
  const placed = undated.filter((l) => DATELINE.test(l.trim()) && !spanOnly(l));
  const delivered = said.length ? said : placed.length ? placed : undated;
  // "6 March 2022 (revised for the session of 27 May 2022)": the meeting's date is the delivery's.
  const meeting = dated.map((l) => MEETING_DATE.exec(fold(l))).find((m) => m && findDates(m[1]!)[0]?.index === 0);
  const dates = meeting ? findDates(meeting[1]!) : findDates((delivered.length ? delivered : dated).join("\n"));
  // Last, a date set in small type above the text or in a running header, which the reader set aside with the letterhead.
  const introDate = findDates(preamble.filter((p) => !POSTED.test(fold(p))).join("\n"))[0]?.iso;
  const postedIntro = findDates(preamble.filter((p) => POSTED.test(fold(p))).join("\n"))[0]?.iso ?? null;
  // Only a posting date in the heading: the page's introduction saying when the statement was delivered (not later) wins.
  const postedOnly = dated.length > 0 && undated.length === 0 && !meeting;
  // Round 13: the day the text says the dialogue was held (a press release, a report, a letter to be read then).
  const held = heldDate(sentences.slice(0, 6), new Set(topicScores(headerLines.join("\n"), "").keys()));
  // It wins over a date set only as a dateline or alone in the heading (the release's, the letter's),
  // when the two are within a month: a heading that says it was delivered, or names the meeting's date, wins.
  const headingDate = said.length || meeting ? null : dates[0]?.iso;
  // Round 29: under a report's heading ("Narrative report …", "Informe semestral", "Rapport d'activité") the heading's date is the
  // report's, written after the dialogue it tells of: the day the text says the statement was read there wins, however long before.
  const report = [...headerLines, ...letterhead].some((l) => REPORT_HEADING.test(fold(l.trim())));
  // Round 31: or a day and month with no year, in figures or words ("… at the dialogue on the thirty-first of May"), up to a month before the heading's date, in its year.
  const heldNoYear = held === null && headingDate ? heldDayMonth(sentences.slice(0, 6), [Number(headingDate.slice(0, 4))]) : null;
  const heldSaid = held ?? (heldNoYear !== null && headingDate != null && heldNoYear < headingDate && days(heldNoYear, headingDate) <= 31 ? heldNoYear : null);
  const heldWins = heldSaid !== null && headingDate != null && heldSaid !== headingDate && (days(heldSaid, headingDate) <= 31 || (report && heldSaid < headingDate && days(heldSaid, headingDate) <= 366));
  // Round 16: a covering note dated in its heading (an e-mail's "Sent:", a letter's dateline) that says the
  // statement will be delivered "on Friday" / "vendredi" / "el viernes": that weekday, in the week after.
  // Round 53: or "tomorrow" ("the text NAME will read tomorrow morning"): the day after the note's.
  const coming = headingDate ? (comingWeekday(bodyBlocks.slice(0, 4), headingDate) ?? comingTomorrow(bodyBlocks.slice(0, 4), headingDate)) : null;
  // Round 22: a heading dated only by the session's span ("Ninth session, 3 to 7 May 2031") and a
  // by-line opening the text with its day ("Wednesday 5 May 2031. Statement delivered … by NAME"): that day.
  const spanned = delivered.length > 0 && delivered.every(spanOnly) && !meeting;
  const opening = spanned ? bodyBlocks.slice(0, 2).map(openingDate).find((d) => d !== null) ?? null : null;
  // Round 31: a letter dated in its heading telling that "last week, on 4 June" / "yesterday, 3 June" / "la semaine dernière, le 3 juin" /
  // "la semana pasada, el 3 de junio" someone spoke at the dialogue: that day (in the heading date's year, up to two weeks before it).
  const relative = headingDate ? relativeDay(sentences.slice(0, 4), headingDate) : null;
  // Round 65: a subject line naming the dialogue and its day without the year ("Objet : … dialogue constructif … du 31 mai", "Subject: … dialogue
  // of 31 May", "Asunto: … diálogo del 31 de mayo"): that day in the heading date's year, when it is the same day or up to two months after.
  const noteLines = coverNote.flatMap((b) => b.split("\n"));
  const subjectBase = headingDate ?? findDates([...noteLines, ...closing].join("\n"))[0]?.iso ?? null;
  const subjectNoYear = subjectBase ? [...headerLines, ...noteLines].filter((l) => SUBJECT_LINE.test(fold(l.trim())) && DIALOGUE_WORD.test(fold(l)) && findDates(l).length === 0).map((l) => dayMonthDate(l, Number(subjectBase.slice(0, 4)))).find((d) => d !== null && d >= subjectBase && days(subjectBase, d) <= 62) ?? null : null;
  // Round 28: "Text issued <date> for delivery at the dialogue …, <place>, <date>": the date after the words saying it is for delivery.
  const forDelivery = [...headerLines, ...letterhead, ...bodyBlocks.slice(0, 2).filter((b) => b.length <= 300)].map((l) => FOR_DELIVERY.exec(fold(l))).map((m) => (m && DIALOGUE_WORD.test(m[1]!) ? findDates(m[1]!)[0]?.iso : undefined)).find((d) => d !== undefined) ?? null;
  // Round 31: the day the note above the text to be read names by its weekday, day and month ("vendredi 1er juillet"), not the note's own date.
  const readOn = toRead > 0 ? weekdayDate(bodyBlocks.slice(0, toRead).join("\n"), [...[...letterhead, ...headerLines].join("\n").matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]))) : null;
  // Round 33: a closing line saying where and when the text was presented ("Presented at the constructive dialogue on …, Vienna,
  // <date>, by NAME", "Présenté au dialogue … le <date>", "Presentado en el diálogo … el <date>"), under a heading dated by
  // something else (a field visit's span, a report's issue): the day it says.
  const closingDay = said.length || meeting ? null : findDates(closing.filter((l) => DELIVERED.test(fold(l)) && DIALOGUE_WORD.test(fold(l)) && !POSTED.test(fold(l))).join("\n")).at(-1)?.iso ?? null;
  // Round 35: a by-line or a heading's note saying the text was presented or read at the dialogue, and its date ("Presented to the
  // constructive dialogue on …, Town, <date>, by NAME", "(read out again, cut short, at the constructive dialogue …, <date>)").
  const presented = presentedAtDialogue([...headerLines, ...letterhead, ...bodyBlocks.slice(0, 2).filter((b) => b.length <= 300).map((b) => b.replace(/\n/g, " "))]);
  // Round 35: a copied page's subheading dating what was said ("WHAT SHE SAID IN VIENNA (19 OCTOBER 2022)"), over the day it was copied or posted.
  const saidHeading = said.length === 0 && !meeting ? saidHeadingDate(bodyBlocks.slice(0, 8)) : null;
  const dayRead =
    readOn ??
    forDelivery ??
    presented ??
    closingDay ??
    (innerSpeaker ? findDates(inner.filter((l) => DIALOGUE_WORD.test(fold(l))).join("\n"))[0]?.iso : undefined) ??
    // Round 61: the dialogue's line of the statement's own heading under a covering note (the e-mail's "Date:" is when it was sent).
    findDates(noteHeading.filter((l) => DIALOGUE_WORD.test(fold(l))).join("\n"))[0]?.iso ??
    coming ??
    (headingDate && sentOn(headerLines) === headingDate ? readWeekday([...coverNote, ...bodyBlocks.slice(0, 4)], headingDate, [...headerLines, ...coverNote.flatMap((b) => b.split("\n"))].some((l) => SUBJECT_LINE.test(fold(l.trim())) && DIALOGUE_WORD.test(fold(l)))) : null) ??
    subjectNoYear ??
    opening ??
    relative ??
    (heldWins ? heldSaid : null) ??
    saidHeading ??
    // Round 53: a post dated only by its posting, telling of a day "last" ("Le 6 mai dernier, …", "El pasado 1 de julio, …"): that day.
    (postedOnly ? lastDayMonth(bodyBlocks.slice(0, 6), dates[0]?.iso ?? null) : null) ??
    // Round 59: or of a weekday, day and month with no year ("On Tuesday, 18 October, our president addressed …"), up to a month before it.
    (postedOnly && dates[0] ? weekdayBefore([...preamble, ...bodyBlocks.slice(0, 2)].join("\n"), dates[0].iso) : null) ??
    // Round 68: or of a weekday alone told in the past ("On Friday, our chair took the floor at the dialogue …"), the one before the posting.
    (postedOnly && dates[0] ? lastWeekday([...preamble, ...bodyBlocks.slice(0, 2)], dates[0].iso) : null) ??
    // Round 63: or a post's introduction above the text, its posting date there too ("Posted on <date>" / "… the statement he delivered on
    // Wednesday, October 4, at the dialogue"), the heading dated by nothing else: the weekday's day, up to a month before the posting.
    (dated.length === 0 && postedIntro ? weekdayBefore(preamble.filter((p) => !POSTED.test(fold(p))).join("\n"), postedIntro) : null) ??
    (postedOnly && introDate && dates[0] && introDate <= dates[0].iso ? introDate : dates[0]?.iso) ??
    // Round 69: a press release's dateline opening the first paragraph ("Vienna, 19 October 2022 — …") is the release's day; the day the
    // text says the statement was given there (`held`), up to a month before it, is the delivery's, as over a heading's date.
    ((dateline) => (dateline && held && held < dateline && days(held, dateline) <= 31 ? held : dateline))(datelineOf(bodyBlocks[0] ?? "")) ??
    // Round 30: a first paragraph opening with the dialogue's name and its place and day ("Constructive dialogue on X — Town, <date>. Our …").
    leadDialogueDate(bodyBlocks[0] ?? "") ??
    introDate ??
    held ??
    findDates(closing.filter((l) => !POSTED.test(fold(l)) && !citedDatesOnly(l)).join("\n")).at(-1)?.iso ??
    // Round 64: or the signature's date above a list of co-signing organizations ("Done at Town, <date>" / "For the Network: …" / "Co-signing organizations" / …).
    findDates(signedClosing.filter((l) => !POSTED.test(fold(l)) && !citedDatesOnly(l)).join("\n")).at(-1)?.iso ??
    // Round 28: a line in small type there saying when it was presented at the dialogue wins over the issue's month above it.
    findDates(letterhead.filter((l) => DELIVERED.test(fold(l)) && DIALOGUE_WORD.test(fold(l))).join("\n"))[0]?.iso ??
    // Round 36: a memo's subject cell set aside with its table ("Re" / "… at the dialogue on X, Vienna, <date>"): the dialogue's day.
    findDates(subjectCellLines(letterhead).filter((l) => DIALOGUE_WORD.test(fold(l))).join("\n"))[0]?.iso ??
    findDates(letterhead.filter((l) => !POSTED.test(fold(l)) && !citedDatesOnly(l)).join("\n"))[0]?.iso ??
    // Round 26: last, a weekday, day and month with no year ("Miércoles 4 de octubre") in the heading or the first
    // paragraphs, dated by the year of the heading or running header ("Viena, 2023") on which that weekday falls.
    weekdayDate([...headerLines, ...bodyBlocks.slice(0, 2)].join("\n"), [...[...letterhead, ...headerLines].join("\n").matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]))) ??
    // Round 31: a dateline with a day and month and no year ("Vienne, 1er juillet") in the heading, dated by the one year its running header or letterhead names.
    yearlessDateline(headerLines, [...[...letterhead, ...headerLines].join("\n").matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]))) ??
    // Round 26: a post copied with the day it was posted, whose text says the statement was given "today" at the dialogue.
    (headerLines.length === 0 ? todayPosted(bodyBlocks.slice(0, 4)) : null) ??
    // Round 26: a report telling, with no year, the day the statement was given at the dialogue ("El 6 de mayo, en el
    // diálogo sobre …, nuestra directora presentó una declaración"), in the one year its heading or running header names.
    heldDayMonth(bodyBlocks.slice(0, 6), [...[...letterhead, ...headerLines, ...preamble].join("\n").matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]))) ??
    // Round 35: "this first of July" / "en ce 1er juillet" / "hoy, 1 de julio" in the opening paragraphs, in the one year the heading,
    // letterhead or closing lines name; or "le 4 octobre dernier, … au dialogue" before the first full date the text gives.
    thisDayMonth(bodyBlocks.slice(0, 3), [...[...letterhead, ...headerLines, ...closing.filter((l) => l.length <= 100)].join("\n").matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]))) ??
    // Round 53: dated by the posting the letterhead keeps when the text itself gives no full date.
    lastDayMonth(bodyBlocks.slice(0, 6), findDates(cleanText)[0]?.iso ?? findDates(letterhead.join("\n"))[0]?.iso ?? null) ??
    // Round 51: "last Friday" in a post's first paragraphs, counted back from the day the heading or letterhead says it was posted.
    // Round 68: or from the day the page's introduction says it was posted ("Posted <date> by …" over "On Friday, our chair took the floor …").
    lastWeekday(bodyBlocks.slice(0, 4), findDates([...letterhead, ...headerLines].join("\n"))[0]?.iso ?? postedIntro) ??
    // Round 35: last, the day the text says the organization spoke or presented at the Conference of the Parties.
    conferenceDay(bodyBlocks.slice(0, 6)) ??
    // Round 39: last of all, a full date the speaker calls today in the opening paragraphs ("speaking today, Friday the fifth of May 2023").
    todayFullDate(bodyBlocks.slice(0, 3)) ??
    innerDateline(bodyBlocks.slice(0, 8)) ??
    null;
  // Round 23: a briefing for delegations and a letter asking for a meeting are not delivered: their date (the dialogue's,
  // the letter's) is no delivery date, and the briefing's author ("Prepared by: …") is no speaker; the day still gives the segment.
  const undelivered = notDelivered(headerLines);
  // Round 25: a letter dated after the dialogue its subject line names ("Town, 20 June 2031" over "Subject: follow-up
  // to the dialogue of 3 June 2031") was written afterwards: it was not delivered there, though the day gives the segment.
  const subject = undated.filter((l) => SUBJECT_LINE.test(fold(l.trim())) && DIALOGUE_WORD.test(fold(l)) && !DELIVERED.test(fold(l)));
  const subjectDay = subject.length === 1 ? findDates(subject[0]!)[0]?.iso ?? null : null;
  const written = findDates(placed.filter((l) => !subject.includes(l)).join("\n"))[0]?.iso ?? null;
  const afterwards = subjectDay !== null && written !== null && dayRead === subjectDay && written > subjectDay && days(written, subjectDay) >= 2;
  // Round 35: a letter excusing the organization's absence from the dialogue was not delivered there.
  const absent = absenceLetter(headerLines, bodyBlocks);
  const deliveredOn = undelivered || afterwards || absent ? null : dayRead;
  // A running header set aside with the letterhead ("ABC – Constructive dialogue on … – 1 July 2022") names the dialogue as a heading does.
  // Round 25: its name wrapped in a narrow header cell ("Constructive dialogue on trafficking in" / "persons") is read whole.
  const running = joinRunOns(letterhead).filter((l) => DIALOGUE_LINE.test(fold(l)));
  const topics = topicScores([...headerLines, ...running].join("\n"), body);
  // Round 14: undated, a heading that names the dialogue's year ("trata de personas, diálogo constructivo de 2025").
  const year = deliveredOn ? null : (DIALOGUE_YEAR.exec(fold([...headerLines, ...running].join("\n"))) ?? []).slice(1).find(Boolean) ?? null;
  // Round 23: undated, the day a sentence of the first paragraphs gives the dialogue ("Shown … during the constructive dialogue on …, <date>.").
  const segmentDay = deliveredOn ?? (undelivered || afterwards || absent ? dayRead : null) ?? dialogueDay(bodyBlocks.slice(0, 4));
  // Round 23: a text for the Conference of the Parties (its heading names the Conference, not a constructive dialogue) is for no dialogue segment.
  const conference = CONFERENCE.test(fold(headerLines.join("\n"))) && !CONSTRUCTIVE.test(fold(headerLines.join("\n")))
  // Round 35: or a text whose body names the Conference of the Parties and no dialogue or segment anywhere (a newsletter's review, a fundraising page).
  const conferenceOnly = PARTIES_CONFERENCE.test(fold(cleanText)) && !DIALOGUE_WORD.test(fold([cleanText, ...letterhead].join("\n")));
  // Round 24: undated, the month a line naming the dialogue gives it ("Outline for delegates to the dialogue on …, March 2031").
  // Round 28: or a dateline with a month only under a heading that names the dialogue ("STATEMENT TO THE … DIALOGUE ON …" over "Town, May 2031").
  const month = segmentDay ? null : (dialogueMonth(cleanText) ?? (DIALOGUE_WORD.test(fold(headerLines.join("\n"))) ? headingMonth(headerLines) : null));
  const segment = conference || conferenceOnly ? null : likelySegment(segments, topics, segmentDay, cleanText, segmentDay ? null : year, month);
  const { title, line: titleLine, next: titleRuns } = titleFrom(headerLines, speaker, headerTopic(headerLines.join("\n")));

  // Header lines that went into a field are dropped from the text; anything else stays.
  const kept = headerLines.filter((l, i) => {
    const f = fold(l);
    // A heading line that is the organization's name alone ("… (ABC)"), wherever the name was read from.
    const name = org !== null && fold(l.replace(/\s*\([A-Z][A-Za-z&-]{1,11}\)\s*$/, "").replace(/^the\s+/i, "")) === fold(org.name);
    // A line of a name set over two lines, beside the line it was read from ("RIVER TOWNS" over "ARMS MONITORING PROJECT").
    const beside = org?.line != null && (headerLines[i - 1] === org.line || headerLines[i + 1] === org.line) && l.trim().length > 0 && fold(org.name).split(fold(l.trim())).length === 2 && fold(org.name) !== fold(l.trim()) && fold(org.name).includes(fold(org.line.trim()));
    if (revisionNote(l)) return true;
    const used = beside || isFormLine(l) || i === titleLine || (titleRuns === true && i === titleLine + 1) || i === speakerFound?.line || l === org?.line || name || CONTACT_LINE.test(l) || findDates(l).length > 0 || DIALOGUE_LINE.test(f) || (findCountry(l) !== null && l.split(/\s+/).length <= 3);
    return !used;
  });
  const text = [...(kept.length ? [kept.join("\n")] : []), ...bodyBlocks].join("\n\n").trim() || cleanText;
  const dropped = headerLines.filter((l) => CONTACT_LINE.test(l));

  return {
    text,
    title,
    organization: org ? { name: org.name, acronym: org.acronym, country } : null,
    speaker: undelivered === "briefing" ? null : speaker,
    deliveredOn,
    segment,
    language: language(body || cleanText),
    proposals: findProposals(body || cleanText),
    dropped,
  };
}

/**
 * Round 13: the organization read elsewhere is not part of the role ("founder of Example Mothers
 * United", "chargé de mission à l'Atelier …", "co-founder of the Parents" where a word of the
 * name was taken for the end of another organization's): the role stops at the preposition before
 * the name, or before a first part of it, or before its acronym.
 */
function withoutOrganization(speaker: Speaker | null, org: { name: string; acronym: string | null } | null): Speaker | null {
  if (!speaker?.role || !org) return speaker;

  // Round 17: "rapporteur of the meeting (ABC)": the organization's acronym in brackets after the role is not part of it.
  const bracketed = org.acronym !== null ? new RegExp(`\\s*\\(${org.acronym.replace(/[^A-Za-z&]/g, "")}\\)$`).exec(speaker.role) : null;
  if (bracketed && bracketed.index > 0 && isRole(speaker.role.slice(0, bracketed.index))) return { ...speaker, role: speaker.role.slice(0, bracketed.index).trim() };
  const role = fold(speaker.role);
  const name = fold(org.name).replace(/^(?:the|le|la|les|el|los|las)\s+/, "");
  // Round 22: "outreach lead, Example Support Group": the organization's whole name after a comma ends the role.
  const comma = role.lastIndexOf(", ");
  if (comma > 0 && role.slice(comma + 2).replace(/[.;\s]+$/, "") === name && isRole(speaker.role.slice(0, comma))) return { ...speaker, role: speaker.role.slice(0, comma).trim() };
  const joint = /\s*,?\s+(?:of|at|for|with|in|de|du|des|del|a|au|aux|en|pour|con|para|chez)\s+(?:(?:the|la|le|les|el|los|las)\s+|l')?/g;
  for (const m of role.matchAll(joint)) {
    const tail = role.slice(m.index! + m[0].length).replace(/[.,;\s]+$/, "");
    const prefix = tail.length >= 3 && (name === tail || name.startsWith(`${tail} `) || (tail.startsWith(name) && /^(?:\s*\([a-z&-]+\))?(?:\s*,.*)?$/.test(tail.slice(name.length))));
    // Round 30: "outreach worker at the Partnership": the organization called by the last word of its name, after "the".
    const lastWord = /^\p{L}{4,}$/u.test(tail) && name.endsWith(` ${tail}`) && /(?:the|la|le|el|l')\s*$/.test(m[0]);
    const acronym = org.acronym !== null && tail === org.acronym.toLowerCase();
    const kept = speaker.role.slice(0, m.index!).trim();
    // Round 21: "porte-parole du Collectif": the organization called by its kind, one word, stays in the role (see `keepsKindWord`).
    if ((prefix || lastWord) && /^\p{L}+$/u.test(tail) && keepsKindWord(kept, tail)) continue;
    if ((prefix || acronym || lastWord) && isRole(kept)) return { ...speaker, role: kept };
  }
  return speaker;
}

/**
 * A heading line that wrapped inside the organization's name ("Statement by Ms X, Legal Coordinator,
 * Example" / "Refugee Support Desk (ERSD)", a PDF title set on two lines): the two are one line when the
 * acronym ending the second fits the last words of the first with it, and not the second alone.
 */
function joinWrappedName(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    const m = /^(\p{Lu}[^.!?:;,()]*?)\s*\(([A-Z][A-Za-z&-]{1,11})\)$/u.exec(line.trim());
    if (prev !== undefined && m && !/[.!?:;,)]$/.test(prev.trim()) && !acronymFits(m[1]!, m[2]!)) {
      const words = prev.trim().split(/\s+/);
      const fits = [1, 2, 3, 4].some((k) => k < words.length && /^\p{Lu}/u.test(words.at(-k)!) && !/[,;:]/.test(words.slice(-k).join(" ")) && acronymFits(`${words.slice(-k).join(" ")} ${m[1]}`, m[2]!));
      if (fits) {
        out[out.length - 1] = `${prev.trim()} ${line.trim()}`;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** A short opening to the chair or the delegates ("Thank you, Madam Chair.", "« Madame la Présidente, …"). */
const OPENING = /\b(?:(?:co-?)?chair(?:s|persons?)?|(?:co-?)?(?:facilitators?|facilitadora?s?|facilitateurs?|facilitatrices?)|moderat(?:or|ors|ora|oras|eur|rice)|(?:dear )?colleagues|chers collegues|estimad[oa]s colegas|(?:co-?)?(?:president|presidente|presidenta)s?|excellenc\w*|delegates|delegues|delegaciones|delegados|distinguished|ladies and gentlemen|mesdames|senoras)\b/;

/**
 * The paragraphs above the statement's opening to the chair, when one of the first four body
 * blocks is that opening: a web page's introduction ("On 27 May 2022, we took the floor …").
 */
/**
 * Round 48: the statement's own heading further down, under a covering note ("Dear friends, below is our final version …", then
 * "NAME" / "Statement to the constructive dialogue on …" / "Vienna, 1 July 2022"): a block of short lines naming the dialogue, its dateline.
 */
function innerDateline(blocks: readonly string[]): string | null {
  for (const block of blocks) {
    const lines = block.split("\n").map((l) => l.trim());
    if (lines.length < 2 || lines.length > 5 || lines.some((l) => l.length > 160 || /[.!?]$/.test(l)) || !lines.some((l) => DIALOGUE_WORD.test(fold(l)))) continue;
    const dateline = lines.find((l) => DATELINE.test(l) && !spanOnly(l));
    if (dateline) return findDates(dateline)[0]?.iso ?? null;
  }
  return null;
}

function preambleOf(blocks: string[]): string[] {
  const at = blocks.slice(0, 4).findIndex((b) => (b.length <= 160 && OPENING.test(fold(b)) && !/\d{4}/.test(b)) || quotedOpening(b) || thanksOpening(b));
  return at > 0 ? blocks.slice(0, at) : [];
}

/** Round 49: a first paragraph opening on a short sentence to the chair, quoted or not ("Thank you, Chair. Twelve years ago …", "“Gracias, señor Presidente. …"). */
function thanksOpening(block: string): boolean {
  const first = /^["“«]?\s*([^.!?\n]{2,40}[.!?])\s/.exec(block.trim());
  return first !== null && OPENING.test(fold(first[1]!));
}

/** Round 48: the statement quoted whole, its first paragraph opening on the chair ("“Chair, delegates, we …"), however long. */
function quotedOpening(block: string): boolean {
  const m = /^["“«]\s*([^,:;.!?]{2,50})[,:]/.exec(block.trim());
  return m !== null && OPENING.test(fold(m[1]!));
}

/**
 * A salutation on the first line, above the heading: "Madam Chair, distinguished delegates," then
 * "Statement by …", the dialogue, the date. Taken when what follows it is a heading (short lines
 * naming a statement, the dialogue or a date); the salutation then opens the body.
 */
/**
 * Round 22: a content note set above the heading ("Content note: this statement describes …",
 * "Avertissement : …", "Advertencia de contenido: …"): the heading is read below it, and the note
 * opens the text, as a salutation above the title does.
 */
const CONTENT_NOTE = /^(?:content (?:note|warning|advisory)|trigger warning|note on (?:the )?content|avertissement(?: de contenu)?|avis de contenu|note de contenu|advertencia(?: de contenido| sobre el contenido)?|aviso de contenido|nota sobre el contenido)\s*[:.–—-]/;
/**
 * Round 29: a translator's note above the heading ("Unofficial translation by our secretariat from the text read in
 * Portuguese.", "Traduction établie par …", "Traducción no oficial …"): read as a content note is, the heading below it.
 */
const TRANSLATION_NOTE = /^(?:(?:unofficial|informal|courtesy|working|free)\s+)?(?:translation|translated|traduction|traduit|traduite|traduccion|traducido|traducida)\b(?:\s+(?:non officielle|no oficial|libre))?\s*(?:[:.–—-]|(?:by|from|of|into|etablie|realisee|faite|par|de|du|depuis|a partir|hecha|realizada|por|del|desde)\b)/;
function contentNoteAbove(blocks: string[]): { salutation: string; rest: string[] } | null {
  const first = blocks[0]?.trim() ?? "";
  if (first.length > 600 || first.includes("\n") || !(CONTENT_NOTE.test(fold(first)) || TRANSLATION_NOTE.test(fold(first)))) return null;
  const rest = blocks.slice(1);
  const count = headerBlockCount(rest);
  if (count === 0) return null;
  const heading = rest.slice(0, count).flatMap((b) => b.split("\n"));
  const headingLike = heading.some((l) => STATEMENT_WORD.test(fold(l)) || DIALOGUE_LINE.test(fold(l)) || findDates(l).length > 0);
  return headingLike ? { salutation: first, rest } : null;
}

function salutationAbove(blocks: string[]): { salutation: string; rest: string[] } | null {
  const lines = (blocks[0] ?? "").split("\n");
  const first = lines[0]!.trim();
  if (first.length > 100 || !SALUTATION.test(fold(first))) return null;
  const rest = [...(lines.length > 1 ? [lines.slice(1).join("\n")] : []), ...blocks.slice(1)];
  const count = headerBlockCount(rest);
  if (count === 0) return null;
  const heading = rest.slice(0, count).flatMap((b) => b.split("\n"));
  const headingLike = heading.some((l) => STATEMENT_WORD.test(fold(l)) || DIALOGUE_LINE.test(fold(l)) || findDates(l).length > 0);
  return headingLike ? { salutation: first, rest } : null;
}

const CONFERENCE = /\b(?:conference of the parties|conference des parties|conferencia de las partes)\b/;
const CONSTRUCTIVE = /\b(?:constructive dialogue|dialogue constructif|dialogo constructivo)\b/;
/** Round 23: a heading that calls the text a briefing for the delegations ("Briefing note for delegations", "Note d'information à l'intention des délégations", "Nota informativa para las delegaciones", "Talking points for delegations"). */
const BRIEFING = /\b(?:briefing(?: note| paper)?|talking points|suggested points|background note|note d'information|note de breffage|elements de langage|nota informativa|puntos de conversacion|nota de antecedentes)\s+(?:for|to|a l'intention des|pour les|aux|para (?:las|los)|dirigida a (?:las|los))\s+(?:(?:friendly|like-minded|interested|member|state|amies?|interesadas|afines)\s+)?(?:delegations|delegates|delegaciones|delegados|member states|etats membres|estados miembros)\b/;
/** Round 23: a subject line asking for a meeting ("Subject: request for a bilateral meeting …", "Objet : demande d'entretien", "Asunto: solicitud de reunión"). */
const MEETING_REQUEST = /\b(?:request(?:ing)? (?:for )?an? (?:(?:short|brief|bilateral|courtesy) )*(?:meeting|appointment)|(?:bilateral )?meeting request|demande d['e] ?(?:rencontre|reunion|entretien|rendez-vous|audience)|solicitud de (?:una )?(?:reunion|audiencia|entrevista|cita)|pedido de (?:reunion|audiencia))\b/;

/** Round 24: a heading line that calls the text an urgent action, an appeal sent to members to write to the authorities ("URGENT ACTION — UA 12/31", "Action urgente", "Acción urgente"). */
const URGENT_ACTION = /^(?:urgent action|action urgente|accion urgente|acao urgente)(?:\s*$|\s*[:–—|-]|\s+(?:ua|au)\b)/;

/** Whether the heading says the text is not a statement delivered at the meeting: a briefing for delegations, a letter asking for a meeting, or an urgent action (its date is the day it was issued). */
function notDelivered(header: readonly string[]): "briefing" | "meeting" | "appeal" | null {
  if (header.some((l) => BRIEFING.test(fold(l)))) return "briefing";
  if (header.some((l) => URGENT_ACTION.test(fold(l.trim())))) return "appeal";
  return header.some((l) => SUBJECT_LINE.test(fold(l.trim())) && MEETING_REQUEST.test(fold(l))) ? "meeting" : null;
}

/**
 * Round 24: the month and year ("2023-05") of a short line that names a dialogue and gives a month with no day
 * ("Leaflet given out during the dialogue on …, Geneva, March 2031", "(Ginebra, marzo de 2031)"), or null.
 */
function dialogueMonth(text: string): string | null {
  const lines = text.split("\n").slice(0, 400);
  for (const [i, one] of lines.entries()) {
    if (one.length > 300 || !/\b(?:dialogues?|dialogos?)\b/.test(fold(one))) continue;
    // The year may be wrapped onto the next line ("…, Vienna, July" / "2022.").
    const line = /^\s*\d{4}\b/.test(lines[i + 1] ?? "") ? `${one} ${lines[i + 1]!.trim()}` : one;
    if (findDates(line).length > 0) continue;
    const f = fold(line);
    const m = MONTH_YEAR.exec(f);
    if (m) return `${m[2]}-${String(monthNumber(m[1]!)).padStart(2, "0")}`;
  }
  return null;
}

/** Round 28: a short heading line that gives a month and year and no day ("Town, May 2031", "May 2031"). */
function headingMonth(lines: readonly string[]): string | null {
  for (const l of lines) {
    const f = fold(l.trim());
    if (l.trim().length > 60 || findDates(l).length > 0) continue;
    const m = new RegExp(`^(?:[\\p{L}' .-]{2,40},\\s*)?${MONTH_YEAR.source}\\.?$`, "u").exec(f);
    if (m) return `${m[2]}-${String(monthNumber(m[1]!)).padStart(2, "0")}`;
  }
  return null;
}

/** Round 30: the date of a first sentence that opens with the dialogue's name (a heading run into the text), not an earlier dialogue's; else null. */
export function leadDialogueDate(block: string): string | null {
  const first = firstSentence(block.split("\n")[0] ?? "");
  const f = fold(first);
  if (first.length > 200 || !/^(?:the\s+|le\s+|el\s+)?(?:constructive dialogue|dialogue constructif|dialogo constructivo)\b/.test(f) || EARLIER.test(f)) return null;
  return findDates(first)[0]?.iso ?? null;
}

/** Round 23: the date of the first sentence of the first paragraphs that names the constructive dialogue (not an earlier one), for the segment only. */
function dialogueDay(blocks: readonly string[]): string | null {
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const f = fold(sentence);
      const dated = findDates(sentence);
      if (dated.length > 0 && /\b(?:constructive dialogue|dialogue constructif|dialogo constructivo)\b/.test(f) && !EARLIER.test(f)) return dated[0]!.iso;
    }
  }
  return null;
}

const days = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/**
 * Round 13: the date of a sentence that says when the dialogue was held or when the statement was
 * (to be) read there, or of a sentence opening with "Today," in the first paragraphs; else null.
 */
const NUMBERED_MEETING = /\b(?:(?:at|in|during) (?:the|its) \d{1,3}(?:st|nd|rd|th)? (?:plenary )?(?:meeting|sitting)|(?:a|lors de) la \d{1,3}(?:e|eme|re|ere) seance(?: pleniere)?|en la \d{1,3}(?:a|\.a|ª|\.ª)? sesion(?: plenaria)?)\b[,]?(?:\s+(?:on|le|el|del))?\s*/;
function heldDate(blocks: string[], heading: ReadonlySet<string> = new Set()): string | null {
  for (const block of blocks) {
    // Round 29: a title's point is no sentence's end ("… our treasurer, Lic. NAME, read at the dialogue …").
    for (const sentence of block.split(/(?<!(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Dra|Prof|Lic|Licda|Licdo|Sr|Sra|Srta|Mme|Mlle|Ing|Abg|Mtro|Mtra|Hon|Rev|M)\.)(?<=[.!?])\s+(?=[\p{Lu}«"“¿¡])/u)) {
      const f = fold(sentence);
      const dated = findDates(sentence);
      if (dated.length === 0) continue;
      // Round 14: an earlier dialogue the statement recalls ("At the previous dialogue, held on …"),
      // or one on another topic than the heading's ("the dialogue on firearms held on …" under a
      // heading on trafficking), is not the one it was delivered at.
      // Round 69: "at the 4th meeting on <date>", « à la 3e séance, le <date> », "en la 5.ª sesión, el <date>": the numbered
      // meeting of the session where it was said, its date right after (a word such as "former" elsewhere in the sentence is a person's).
      const numbered = NUMBERED_MEETING.exec(f);
      const afterMeeting = numbered ? dated.find((d) => d.index >= numbered.index && d.index - (numbered.index + numbered[0].length) <= 12) : undefined;
      if (numbered && afterMeeting && !EARLIER.test(f.slice(Math.max(0, numbered.index - 30), numbered.index + numbered[0].length))) return afterMeeting.iso;
      if (EARLIER.test(f)) continue;
      const topics = [...topicScores(sentence, "").keys()];
      if (heading.size > 0 && topics.length > 0 && !topics.some((t) => heading.has(t))) continue;
      // Round 30: a text prepared for the dialogue ("Prepared by ABC for the constructive dialogue …, Town, <date>") when its
      // paragraph says it was presented there ("… Presented by NAME, role."; a paper only written for it is not dated, round 25),
      // and one delivered "in session" ("la version prononcée en séance le <date>"): the session is the dialogue's.
      const presented = FOR_DIALOGUE.test(f) && DELIVERED.test(fold(block));
      if ((DIALOGUE_WORD.test(f) && (HELD_VERB.test(f) || presented)) || IN_SESSION.test(f) || TODAY.test(f.replace(/^\W+/, ""))) return dated[0]!.iso;
    }
  }
  return null;
}

/**
 * Round 26: a copied post or thread dated where it opens ("Posted …, 4 October 2031", "@account · 4 Oct 2031") whose
 * sentence, with no date of its own, says that today someone spoke or the statement was delivered at the dialogue ("1/6
 * Today in Vienna our director spoke at the constructive dialogue …"): the date before that sentence; else null.
 */
function todayPosted(blocks: string[]): string | null {
  let last: string | null = null;
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“¿¡\d])/u)) {
      const f = fold(sentence).replace(/^\W*(?:\d{1,2}\s*\/\s*\d{1,2}\W*)?/, "");
      const dated = findDates(sentence);
      if (dated.length > 0) last = dated.at(-1)!.iso;
      else if (last && TODAY.test(f) && DIALOGUE_WORD.test(f) && HELD_VERB.test(f)) return last;
    }
  }
  return null;
}

/** Round 31: words that set a day just before the text's own ("last week", "yesterday", "la semaine dernière", "hier", "la semana pasada", "ayer"). */
const RECENT = /\b(?:last week|yesterday|the day before yesterday|earlier this week|la semaine (?:derniere|passee)|hier|avant-hier|en debut de semaine|la semana pasada|ayer|anteayer|a principios de (?:esta|la) semana)\b/;

/**
 * Round 31: the day a sentence of the first paragraphs says someone spoke or the statement was read at the dialogue, set
 * by a word for a recent day beside a day and month ("last week, on 3 June, our coordinator spoke at the constructive
 * dialogue"), dated in the year of `dated` (the heading's date) and up to fourteen days before it; else null.
 */
/** Round 67: a verb saying someone took part in the dialogue, folded ("joined", "took part in", "a participé à", "participó en"). */
const TOOK_PART = /\b(?:joined|took part in|participated in|attended|spoke (?:at|in|to)|addressed|took the floor|a (?:participe|assiste|pris part|rejoint|pris la parole)|ont (?:participe|assiste|pris part|rejoint)|participo|participaron|asistio|asistieron|intervino|tomo (?:parte|la palabra)|se (?:sumo|unio))\b/;

function relativeDay(blocks: readonly string[], dated: string): string | null {
  const year = Number(dated.slice(0, 4));
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“¿¡])/u)) {
      const f = fold(sentence);
      // Round 67: or took part in it ("last week our president joined the dialogue … on 4 October", "a participé au dialogue", "participó en el diálogo").
      if (!RECENT.test(f) || !DIALOGUE_WORD.test(f) || !(HELD_VERB.test(f) || STATEMENT_WORD.test(f) || TOOK_PART.test(f))) continue;
      const day = findDates(sentence)[0]?.iso ?? dayMonthDate(sentence, year);
      if (day && day <= dated && days(day, dated) <= 14) return day;
    }
  }
  return null;
}

/**
 * Round 26: the day and month (no year) of a sentence of the first paragraphs that says the statement was given at the
 * dialogue, dated in the one year `years` holds; null when the heading names no year or several.
 */
function heldDayMonth(blocks: string[], years: number[]): string | null {
  const distinct = [...new Set(years)];
  if (distinct.length !== 1) return null;
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“¿¡])/u)) {
      const f = fold(sentence);
      if (findDates(sentence).length > 0 || EARLIER.test(f) || !DIALOGUE_WORD.test(f) || !(HELD_VERB.test(f) || STATEMENT_WORD.test(f))) continue;
      const day = dayMonthDate(sentence, distinct[0]!);
      if (day) return day;
    }
  }
  return null;
}

const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6 };
const ON_WEEKDAY = new RegExp(String.raw`\b(?:on|ce|le|el|este|next|prochain)\s+(${Object.keys(WEEKDAYS).join("|")})\b`);
const WILL_DELIVER = /\b(?:will (?:deliver|read|present|be (?:delivered|read|presented))|to be (?:delivered|read|presented)|prononcera|lira|presentera|sera (?:lue?|prononcee?|presentee?)|leera|pronunciara|presentara|sera (?:leid[oa]|pronunciad[oa]|presentad[oa]))\b/;

/**
 * Round 16: the day a covering note says the statement will be delivered, named only by its weekday
 * ("… will deliver on Friday"), counted from the note's own date (the weekday after it, within a
 * week); null when no sentence of the first paragraphs says so with a weekday and no date.
 */
function comingWeekday(blocks: string[], from: string): string | null {
  // Round 60: with its day and month ("will read it on Friday 6 May", "leerá … del viernes 6 de mayo"): that day when the weekday fits
  // it in the note's year, up to a month after the note (an e-mail's "Date:" is when it was sent, not delivered).
  // Round 62: or the dialogue's own day so written ("our text for the dialogue on … of Friday 6 May"), the verb in the next sentence.
  const dated = blocks.flatMap((b) => b.split(/(?<=[.!?])\s+(?=\p{Lu})/u)).filter((s) => WILL_DELIVER.test(fold(s)) || DIALOGUE_WORD.test(fold(s))).map((s) => weekdayDate(s, [Number(from.slice(0, 4))]));
  const ahead = dated.find((d) => d !== null && d >= from && days(d, from) <= 31);
  if (ahead) return ahead;
  return weekdayFrom(blocks, from, 1, (f) => {
    const day = ON_WEEKDAY.exec(f);
    return day && WILL_DELIVER.test(f) ? day[1]! : null;
  });
}

/** "tomorrow", "demain", "mañana" (not "esta mañana", "la mañana": the morning). */
const TOMORROW = /\b(?:tomorrow|demain)\b|(?<!\b(?:esta|la|cada|una|por la|de la|en la) )\bmanana\b/;

/**
 * Round 53: the day after a covering note's own date `from` when a sentence of its first paragraphs says the statement will be
 * delivered "tomorrow" ("Please find below the text NAME will read tomorrow", "que lira demain notre président"), with no date of its own.
 */
function comingTomorrow(blocks: readonly string[], from: string): string | null {
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const f = fold(sentence);
      if (TOMORROW.test(f) && WILL_DELIVER.test(f) && findDates(sentence).length === 0) return new Date(Date.parse(`${from}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
  }
  return null;
}

/**
 * The weekday a sentence of `blocks` names (`named`: its name, on the folded sentence; none when the sentence gives a date of
 * its own), counted from the day `from` in `direction`: one to seven days after it (1) or before it (-1).
 */
function weekdayFrom(blocks: readonly string[], from: string, direction: 1 | -1, named: (folded: string) => string | null): string | null {
  for (const block of blocks) {
    for (const sentence of block.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const day = named(fold(sentence));
      if (!day || findDates(sentence).length > 0) continue;
      const start = new Date(`${from}T00:00:00Z`);
      const days = ((direction * (WEEKDAYS[day]! - start.getUTCDay()) + 7) % 7) || 7;
      return new Date(start.getTime() + direction * days * 86_400_000).toISOString().slice(0, 10);
    }
  }
  return null;
}

/** Round 51: "last Friday", "vendredi dernier", "el viernes pasado", "el pasado viernes". */
const LAST_WEEKDAY = new RegExp(String.raw`\blast\s+(${Object.keys(WEEKDAYS).join("|")})\b|\b(${Object.keys(WEEKDAYS).join("|")})\s+(?:dernier|pasado)\b|\bel\s+pasado\s+(${Object.keys(WEEKDAYS).join("|")})\b`);

const PAST_ON_WEEKDAY = new RegExp(String.raw`\b(?:on|ce|le|el|este)\s+(${Object.keys(WEEKDAYS).join("|")})\b(?!\s+(?:prochain|next|que viene|proximo))`);
const FUTURE_HELD = /\b(?:will|shall|going to|next|prochain|prochaine|proximo|proxima|que viene|tomorrow|demain)\b/;

/**
 * Round 51: a post telling that someone spoke or read the statement at the dialogue on a weekday it calls the last ("Our chair
 * spoke last Friday at the dialogue …"), counted back from the post's date `from`: that weekday one to
 * seven days before it; null when no sentence of the first paragraphs says so with no date of its own.
 */
function lastWeekday(blocks: readonly string[], from: string | null): string | null {
  if (!from) return null;
  return weekdayFrom(blocks, from, -1, (f) => {
    // Round 68: or "on Friday", « ce vendredi », "el viernes", told in the past ("On Friday, our chair took the floor at the dialogue …"): a post
    // tells of a day before its own; not a day to come (a note's "will read it on Friday", `comingWeekday`).
    const day = LAST_WEEKDAY.exec(f) ?? (WILL_DELIVER.test(f) || FUTURE_HELD.test(f) ? null : PAST_ON_WEEKDAY.exec(f));
    return day && DIALOGUE_WORD.test(f) && (HELD_VERB.test(f) || STATEMENT_WORD.test(f)) ? (day[1] ?? day[2] ?? day[3])! : null;
  });
}

/**
 * Round 69: a covering note dated in its heading (an e-mail's "Date:") whose sender says they read, delivered or presented the statement
 * on a weekday, told in the past ("the text I delivered on Tuesday", « la déclaration que j'ai lue mardi », "la declaración que
 * leí el martes"): that weekday, one to seven days before the note's. The sentence names the dialogue, or the note's subject line does.
 */
const READ_PAST = /\b(?:i|we|she|he|they)\s+(?:(?:have|had)\s+)?(?:read|delivered|gave|given|presented|made)\b|\b(?:j'ai|nous avons|il a|elle a|ils ont|elles ont)\s+(?:lue?s?|prononcee?s?|presentee?s?|faite?s?)\b|\b(?:lei|leimos|leyo|presente|presentamos|presento|pronuncie|pronunciamos|pronuncio)\b/;
const WEEKDAY_BARE = new RegExp(String.raw`\b(?:on\s+|ce\s+|el\s+)?(${Object.keys(WEEKDAYS).join("|")})\b(?!\s+(?:prochain|next|que viene|proximo))`);
/** Round 69: the date of an e-mail's own "Date:" / "Sent:" / « Envoyé : » / "Fecha:" header line, or null. */
function sentOn(lines: readonly string[]): string | null {
  const line = lines.find((l) => /^(?:date|sent|envoye|fecha|enviado)\s*:/.test(fold(l.trim())));
  return line ? (findDates(line)[0]?.iso ?? null) : null;
}
function readWeekday(blocks: readonly string[], from: string, subjectNamesDialogue: boolean): string | null {
  return weekdayFrom(blocks, from, -1, (f) => {
    if (!STATEMENT_WORD.test(f) || !READ_PAST.test(f) || WILL_DELIVER.test(f) || FUTURE_HELD.test(f) || !(subjectNamesDialogue || DIALOGUE_WORD.test(f))) return null;
    const day = LAST_WEEKDAY.exec(f) ?? WEEKDAY_BARE.exec(f);
    return day ? (day[1] ?? day[2] ?? day[3])! : null;
  });
}

/**
 * A dateline opening the first paragraph, as press releases and posted statements set it
 * ("16 May 2023 – Chair, …", "Vienna, 16 May 2023 — …"): the part before the first dash, when that
 * part is a place and a date or a date alone. A date inside a sentence is not one.
 */
/** Round 22: "Wednesday 5 May 2031. Statement delivered by …": the day opening a by-line paragraph, or null. */
function openingDate(block: string): string | null {
  const m = /^(.{6,40}?)[.,:;]\s+(.+)$/su.exec(block.trim());
  if (!m || !DELIVERED.test(fold(m[2]!.split("\n")[0]!))) return null;
  const found = findDates(m[1]!);
  if (found.length !== 1) return null;
  return /^(?:\p{L}+,?)?$/u.test(m[1]!.slice(0, found[0]!.index).trim()) ? found[0]!.iso : null;
}

function datelineOf(block: string): string | null {
  const m = /^(.{6,40}?)\s+[–—-]\s+\S/.exec(block.trimStart());
  if (!m) return null;
  const head = m[1]!.trim();
  const found = findDates(head);
  if (found.length !== 1) return null;
  const before = head.slice(0, found[0]!.index).trim();
  // Nothing before the date, or a place name and a comma ("Vienna,", "Ginebra,").
  return before === "" || /^\p{Lu}[\p{L} .'-]{1,25},$/u.test(before) ? found[0]!.iso : null;
}
