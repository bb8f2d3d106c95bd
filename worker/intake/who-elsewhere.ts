// Who and where, read elsewhere than the usual places (round 36): forms of the organization's country and the speaker's role that earlier rounds did not read.
// Kept in a module of their own; understand.ts calls them at the end of its chains.
import { fold } from "./markers.ts";
import { acronymFits, isKindWord, isOrgName, isRole, organizationCase, personName, type Speaker } from "./people.ts";
import { findCountry, isAddressLine } from "./places.ts";
import { literal, literalSpaced } from "./literal.ts";

/** Switch for measuring: eval scripts may turn round 36's readings off to compare (as REQUEST_BLEND.on). */
export const WHO36 = { on: true };

/** Countries whose names are also words or first names: read only where nothing else can be meant. */
const WORD_COUNTRIES: Record<string, string> = { chad: "TD", jordan: "JO", turkey: "TR" };

/**
 * A letterhead line cut into pieces by separators ("Name (ACR) · Town, Chad · mail@…", "Name | Town, Jordan | +…"):
 * a piece that is only "Town, Country" gives the country, even one named like a word (Chad, Jordan, Turkey), which the
 * address reader takes only at the end of a street address.
 */
export function separatedPlaceCountry(lines: readonly string[]): string | null {
  if (!WHO36.on) return null;
  for (const line of lines) {
    const pieces = line.trim().split(/\s+[·|•]\s+/);
    if (pieces.length < 2) continue;
    for (const piece of pieces) {
      const m = /^(\p{Lu}[\p{L}'’. -]{1,40}),\s*(\p{Lu}[\p{L}'’. -]{2,40}?)\.?$/u.exec(piece.trim());
      if (!m || m[1]!.split(/[\s-]+/).length > 4 || /\d|@/.test(piece)) continue;
      const country = WORD_COUNTRIES[fold(m[2]!.trim())] ?? (findCountry(m[2]!) && fold(m[2]!).split(/\s+/).length <= 4 ? findCountry(m[2]!) : null);
      if (country) return country;
    }
  }
  return null;
}

/**
 * "The Observatory follows … cases tried in the south-east of <Country>", "L'Observatoire suit … dans le Sud-Est
 * d'<Pays>", "nuestra red trabaja en el norte de <País>": a part of a country (north, south-east, the centre…) where the
 * organization works, said of itself (the first person, or the organization's own kind word as subject) in the opening
 * paragraphs. A country's bare name is not read (a country is often only discussed); its compass part is where one works.
 */
const COMPASS = String.raw`(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|centre|center|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|nordeste|sudeste|centro)`;
const REGION_OF = new RegExp(String.raw`(?<![\p{L}])(?:in|across|throughout|dans|en|a|au|partout dans)\s+(?:the\s+|le\s+|la\s+|el\s+|l')?${COMPASS}\s+(?:of|de|du|del|d')\s*(\p{L}[\p{L}' -]{2,40})`, "gu");
const OWN_SUBJECT = /^(?:(?:our|the|this|notre|nuestr[oa]|la|le|el|l')\s*)?(?:we|nous|nosotr[oa]s|observator(?:y|io)|observatoire|network|reseau|red|association|asociacion|centre|centro|coalition|coalicion|forum|foro|trust|foundation|fondation|fundacion|collectif|colectivo|group|groupe|grupo|union|alliance|alianza|mesa|plateforme|plataforma|project|projet|proyecto|clinic|clinique|clinica|house|maison|casa)(?![\p{L}])/u;

export function regionCountry(blocks: readonly string[]): string | null {
  if (!WHO36.on) return null;
  for (const sentence of fold(blocks.join("\n")).split(/(?<=[.!?])\s+|\n+/)) {
    if (!OWN_SUBJECT.test(sentence.trim())) continue;
    for (const m of sentence.matchAll(REGION_OF)) {
      const place = m[1]!.split(/\s+(?:and|et|y|or|ou|o)\s+|[,;:]/)[0]!.trim();
      const country = findCountry(place);
      if (country && place.split(/\s+/).length <= 4) return country;
    }
  }
  return null;
}

/**
 * A role followed by an editor's note in square brackets ("Convenor [comments still shown; remove before sending]"):
 * the note is no part of the role.
 */
export function withoutBracketNote(speaker: Speaker | null): Speaker | null {
  if (!WHO36.on) return speaker;
  if (!speaker?.role) return speaker;
  const at = speaker.role.indexOf("[");
  if (at <= 0) return speaker;
  const role = speaker.role.slice(0, at).replace(/[\s,;:–—-]+$/, "").trim();
  return role && isRole(role) ? { ...speaker, role } : speaker;
}

/**
 * "<Name>, mother of a young man killed in 2019 and now president of the <Organization>", "…, y hoy presidenta de la …",
 * "…, et aujourd'hui présidente de l'…": the office the speaker holds now, after what they were or are besides; read only
 * where no role was found.
 */
const NOW_OFFICE = /(?:,|\s)\s*(?:and|y|e|et)\s+(?:now|today|since then|currently|hoy|ahora|actualmente|hoy en dia|aujourd'hui|desormais|maintenant)\s+(?:the\s+|la\s+|el\s+|le\s+)?([\p{L}' -]{3,60}?)\s+(?:of|at|de|du|del|des|d')(?:\s|(?<=d'))/u;

const NOW_SELF = /(?:,|\s)\s*(?:and|y|et)\s+(?:now|today|currently|hoy|ahora|actualmente|aujourd'hui|desormais|maintenant)\s+(?:i am|i'm|soy|je suis|suis)\s+(?:the\s+|la\s+|el\s+|le\s+)?([\p{L}' -]{3,60}?)\s+(?:of|at|de|du|del|des|d')\s*(?:our|nuestr[oa]|notre|the|la|el|le|l')(?:\s|(?<=l'))/u;

export function nowOffice(speaker: Speaker | null, blocks: readonly string[]): Speaker | null {
  if (!WHO36.on) return speaker;
  if (!speaker || speaker.role) return speaker;
  const last = speaker.name.split(/\s+/).at(-1)!;
  for (const block of blocks) {
    const at = block.indexOf(last);
    if (at < 0) continue;
    const after = block.slice(at + last.length, at + last.length + 240);
    // Round 40: or the next sentence, in the first person ("Me llamo NAME. Fui … y hoy soy secretaria de …", "… and today I am treasurer of …").
    const [sentence, next] = after.split(/[.;!?](?:\s|$)/);
    for (const [text, re] of [[sentence!, NOW_OFFICE], [next ?? "", NOW_SELF]] as const) {
      const m = re.exec(fold(text));
      if (!m) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      const role = text.slice(start, start + m[1]!.length).trim();
      if (isRole(role) && role.split(/\s+/).length <= 5) return { ...speaker, role };
    }
  }
  return speaker;
}

const ACRONYM_END = /\s*\(([A-Z][A-Za-z&-]{1,11})\)[\s,;.]*$/;

/**
 * An organization's name read with its bracketed acronym and the comma that led to its address ("Example Trust (ET),"):
 * the name alone, the acronym apart.
 */
export function withoutTrailingAcronym<T extends { name: string; acronym: string | null }>(org: T | null): T | null {
  if (!WHO36.on) return org;
  if (!org) return org;
  const m = ACRONYM_END.exec(org.name);
  if (!m || m.index === 0 || !/[,;]\s*$/.test(org.name)) return org;
  const name = org.name.slice(0, m.index).trim();
  return { ...org, name, acronym: org.acronym ?? (acronymFits(name, m[1]!) ? m[1]! : null) };
}

/** Who writes a memorandum or a draft for an organization: a law firm, counsel, a consultancy, a pro bono team. */
const ADVISER = /(?<![\p{L}])(?:llp|l\.l\.p\.|law firm|solicitors|attorneys|barristers|chambers|counsel|pro bono|avocats|cabinet d'avocats|abogad[oa]s|bufete|despacho|consultants?|consultores|consultancy)(?![\p{L}])/u;
const TO_LABEL = /^(?:to|a|à|para|destinataire|destinatario|client|cliente)\s*:?\s*(.*)$/i;
const FROM_LABEL = /^(?:from|de|de la part de|expediteur|remitente)\s*:?\s*(.*)$/i;

/**
 * Round 36: a memorandum to the organization from its advisers ("To: Example Survivors' Association (ESA), Town, Country"
 * / "From: Example & Partners LLP, pro bono team"): the statement it prepares is the addressee's, not the firm's. The
 * label and its value may share a line or stand on two (a table's cells). Returns the addressee's name, acronym, country.
 */
export function memoClient(lines: readonly string[]): { name: string; acronym: string | null; country: string | null } | null {
  if (!WHO36.on) return null;
  const value = (label: RegExp): string | null => {
    for (const [i, raw] of lines.entries()) {
      const line = raw.trim();
      const m = label.exec(line);
      if (!m) continue;
      if (m[1]) return line.includes(":") || /^\S+\s*$/.test(line.slice(0, line.length - m[1].length)) ? m[1] : null;
      // A label alone: its value is the next line, run on while a line ends with a comma.
      let v = lines[i + 1]?.trim() ?? "";
      for (let k = i + 2; /,$/.test(v) && k < lines.length && k < i + 4; k++) v += " " + lines[k]!.trim();
      return v || null;
    }
    return null;
  };
  const from = value(FROM_LABEL);
  if (!from || !ADVISER.test(fold(from))) return null;
  const to = value(TO_LABEL);
  if (!to) return null;
  const parts = to.replace(/[.;]$/, "").split(/\s*,\s*/);
  const first = parts[0]!;
  const m = ACRONYM_END.exec(first);
  const name = (m ? first.slice(0, m.index) : first).replace(/^(?:the|la|le|l'|el)\s+/i, "").trim();
  if (name.split(/\s+/).length < 2 || personName(name) || ADVISER.test(fold(name))) return null;
  const acronym = m && acronymFits(name, m[1]!) ? m[1]! : null;
  const country = parts.slice(1).map((p) => findCountry(p)).find(Boolean) ?? null;
  return { name: organizationCase(name), acronym, country };
}

/**
 * Round 36: a memo or a note saying who will read the statement: "Ms. NAME, your programme officer, will deliver …",
 * "Mme NAME, votre chargée de plaidoyer, lira …", "la Sra. NAME, su coordinadora, leerá …".
 */
const READER = /((?:(?:Mr|Mrs|Ms|Dr|Mme|Mlle|M|Me|Sr|Sra|Srta|Dra)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|del|van|von|ben|bin)){1,4}),\s+(?:your|our|its|their|votre|notre|leur|son|sa|su|nuestr[oa])\s+([\p{L}' -]{3,50}?),\s+(?:will|shall|is to|would|va|lira|prononcera|pr[ée]sentera|leer[áa]|dar[áa] lectura|presentar[áa]|va a)(?:\s|$)/u;

export function namedReader(blocks: readonly string[]): Speaker | null {
  if (!WHO36.on) return null;
  for (const block of blocks) {
    const m = READER.exec(block.replace(/\s+/g, " "));
    if (!m) continue;
    const after = fold(block.replace(/\s+/g, " ").slice(m.index + m[0].length, m.index + m[0].length + 40));
    const name = personName(m[1]!.replace(/^(?:La|El|Le|The)\s+(?=\p{Lu})/u, ""));
    const role = m[2]!.trim();
    if (!name || !isRole(role)) continue;
    const verb = fold(m[0]).match(/(will|shall|is to|would|va a|va)\s*$/);
    if (verb && !/^(?:read|deliver|present|speak|take|lire|prononcer|presenter|leer|presentar|dar lectura)/.test(after)) continue;
    return { name, role };
  }
  return null;
}

/**
 * Round 48: a signature a PDF set in small type at the foot of its page and cleaning set aside with the letterhead ("NAME, General
 * Coordinator, Secretariat, street, Town, Country"): a person's name, then an office, opening one of the last lines; never a contact's line.
 */
export function footerSignature(removed: readonly string[]): Speaker | null {
  for (const line of removed.slice(-3)) {
    const [first, second] = line.split(/\s*,\s*/);
    const name = first && second && line.length <= 200 && !/@|(?<![\p{L}])(?:contact|tel|phone|t[ée]l[ée]fono|t[ée]l)(?![\p{L}])/iu.test(line) ? personName(first) : null;
    if (name && name === first!.trim() && isRole(second!) && !personName(second!)) return { name, role: second!.trim() };
  }
  return null;
}

/**
 * Round 53: a signature of the name alone over the organization's name, the text's last two lines ("NAME" / "Body"): the
 * speaker without a role. Only under the body the text is found to be from, so a name over another line says nothing.
 */
export function nameOverBody(closing: readonly string[], org: { name: string } | null): Speaker | null {
  const [name, body] = closing.map((l) => l.trim()).filter(Boolean).slice(-2);
  if (!org || !name || !body || fold(body).replace(/^the\s+/, "") !== fold(org.name).replace(/^the\s+/, "")) return null;
  const person = personName(name);
  return person && person === name ? { name: person, role: null } : null;
}

/**
 * Round 68: a signature of the name alone right under the closing thanks or valediction, the text's last two lines ("Thank you." /
 * "NAME", "Je vous remercie." / "NAME"): the speaker, without a role (one written under the name is read by the signature's rules).
 */
export function thankedSignature(closing: readonly string[]): Speaker | null {
  const lines = closing.map((l) => l.trim()).filter(Boolean);
  const [before, name] = lines.slice(-2);
  if (!before || !name || lines.length < 2 || !THANKS_OR_VALEDICTION.test(fold(before))) return null;
  const person = personName(name);
  return person && person === name && name.split(/\s+/).length >= 2 ? { name: person, role: null } : null;
}
const THANKS_OR_VALEDICTION = /^(?:(?:i |we )?thank you(?: (?:very much|all|for your attention))?|many thanks|thanks|merci(?: beaucoup| de votre attention)?|je vous remercie(?: de votre attention)?|nous vous remercions(?: de votre attention)?|(?:muchas )?gracias(?: por su atencion)?|(?:le|les) agradezco(?: su atencion)?|(?:yours )?(?:sincerely|faithfully|truly)|respectfully|(?:with )?(?:kind |best )?regards|yours|(?:bien )?cordialement|atentamente|cordialmente|saludos cordiales)[.,!]?$/;

/**
 * Round 36: a name set in capitals at the top ("EXAMPLE HOUSE OF GUIDES") that the running footer or header repeats as one
 * of its pieces ("Example House of Guides · Annual session · 1"): the organization, though its name has no word
 * that says it is one.
 */
const NOT_NAME_LINE = /(?<![\p{L}])(?:statement|declaration|intervention|debate|dialogue|session|conference|meeting|page|draft|agenda|item|general|constructive|deklaration|debat|dialogo|debate general|sesion|periodo|conferencia|seance|reunion)(?![\p{L}])/u;

const TITLE_WHOSE = /^(?:(?:joint|oral|written)\s+)?(?:statement|intervention|intervenci[oó]n|declaration|d[ée]claration|declaraci[oó]n|remarks|contribution|contribuci[oó]n)(?:\s+(?:orale|oral|écrite|escrita))?\s+(?:by|of|from|de la|del|du|des|de)\s+(?:the\s+)?(\p{Lu}[^,;:()]{3,100})$/iu;

const BRANCH_AFTER = /\s+[–—-]\s+(?:ANTENNE|SECTION|BRANCH|CHAPTER|OFFICE|BUREAU|DÉLÉGATION|DELEGATION|DELEGACIÓN|DELEGACION|SECCIÓN|SECCION|FILIAL|SEDE)\s+(?:DE|DU|D['’]|OF|DEL|DE LA|EN|IN)\s*[\p{Lu}'’ -]+$/u;

export function repeatedName(headerLines: readonly string[], removed: readonly string[], footer: readonly string[] = []): string | null {
  if (!WHO36.on) return null;
  // Round 48: or the first piece of a footer line left in the text ("Name, street, Town, Country — desk@…").
  const pieces = [...removed.flatMap((l) => l.split(/\s+[·|•–—]\s+/)), ...footer.map((l) => l.split(/\s*,\s*|\s+[·|•–—]\s+/)[0]!)].map((p) => p.trim().replace(/\s+\d{1,3}$/, ""));
  for (const raw of headerLines.slice(0, 4)) {
    // A title saying whose statement it is ("Intervención de la X", "Statement by the X"): X, whatever its case.
    const whose = TITLE_WHOSE.exec(raw.trim());
    if (whose) {
      const named = whose[1]!.trim();
      const same = pieces.find((p) => fold(p) === fold(named));
      if (same && named.split(/\s+/).length >= 2 && !(personName(named) && named.split(/\s+/).length <= 3) && !findCountry(named)) return organizationCase(same);
    }
    // Round 48: a branch after a dash ("NAME — ANTENNE DE TOWN", "NAME – CHAPTER OF TOWN") is the body's unit, not its name.
    const line = raw.trim().replace(BRANCH_AFTER, "");
    const words = line.split(/\s+/);
    if (words.length < 2 || words.length > 8 || /[\d@:,;.!?]/.test(line) || line !== line.toUpperCase() || NOT_NAME_LINE.test(fold(line))) continue;
    const same = pieces.find((p) => fold(p) === fold(line));
    if (same && !personName(organizationCase(line)) && !findCountry(line)) return same !== same.toUpperCase() ? same : organizationCase(line);
  }
  // Round 67: a web page's copyright line ("© NAME - street, town - mail", "Copyright 2023 NAME | …"): its owner, when a line at the top
  // names it alone, whatever the case (the site's banner over the article): that name.
  const owners = [...removed, ...footer].map((l) => COPYRIGHT.exec(l.trim())?.[1]?.split(/\s+[-–—·|•]\s+|\s*[,;]\s*/)[0]!.trim()).filter((o): o is string => !!o);
  for (const raw of headerLines.slice(0, 4)) {
    const line = raw.trim();
    const words = line.split(/\s+/);
    if (words.length < 2 || words.length > 10 || /[\d@:,;!?]/.test(line) || !owners.some((o) => fold(o) === fold(line))) continue;
    if (!personName(organizationCase(line)) && !findCountry(line)) return organizationCase(line);
  }
  return null;
}
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(\p{Lu}.+)$/iu;

/**
 * Round 40: a letterhead line that is a name alone in title case or capitals ("Harbour Families Advice Desk"), with no word saying it is
 * an organization, that the speaker's opening names with its article ("I run the Harbour Families Advice Desk in …", "je coordonne la …",
 * "trabajo en el …"): the organization the letterhead gives, the sentence only bearing it out.
 */
export function echoedLetterhead(removed: readonly string[], paragraphs: readonly string[], headed = false): string | null {
  const opening = paragraphs.slice(0, headed ? 6 : 3).join("\n");
  for (const raw of removed.slice(0, 4)) {
    const line = raw.trim();
    const words = line.split(/\s+/);
    if (words.length < 3 || words.length > 8 || /[\d@:,;.!?()·|•–—]/.test(line) || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the|de|des|du|la|le|les|del|y|et|pour|para|por|en|to|a|al|à|aux|au)$/.test(w)) || NOT_NAME_LINE.test(fold(line))) continue;
    if (personName(line) || findCountry(line)) continue;
    const escaped = literalSpaced(line);
    if (new RegExp(`(?<![\\p{L}])(?:the|our|la|le|el|notre|nuestr[oa]|l['’])\\s*${escaped}(?![\\p{L}])`, "iu").test(opening)) return organizationCase(line);
    // Round 43: or its first or last word, capitalized, after "our" ("Pastoral de Lancheros de …" and "… nuestra Pastoral recibe …",
    // "… Mutual Aid Guild" and "our Guild"): the body calling itself by the word its name is known by.
    // Round 67: a name in capitals too, its words as the name's case writes them; and with "the" when the line heads the quoted statement
    // ("NAME LINK" over "Statement to …", then "The Link works with …").
    const cased = organizationCase(line).split(/\s+/);
    const own = [cased[0]!, cased.at(-1)!].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !findCountry(w)).map(literal);
    const article = headed ? "|[Tt]he|[Ll][ae]|[Ee]l" : "";
    if (own.length > 0 && new RegExp(`(?<![\\p{L}])(?:[Oo]ur|[Nn]otre|[Nn]uestr[oa]${article})\\s+(?:${own.join("|")})(?![\\p{L}])`, "u").test(opening)) return organizationCase(line);
    // Round 68: a line over the statement's title that the text below calls "our association", "notre collectif", "nuestra red" (a
    // kind of body after the possessive), or by its name's first or last word in small letters ("our advice line"): the body's name.
    if (headed && (selfKind(opening) || (own.length > 0 && new RegExp(`(?<![\\p{L}])(?:our|notre|nuestr[oa])\\s+(?:${own.join("|")})(?![\\p{L}])`, "iu").test(opening)))) return organizationCase(line);
  }
  return null;
}

/** Round 68: the text calling the body that speaks by the kind of body it is, after "our", "notre", "nuestra" ("Our network", "Notre association"). */
function selfKind(text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}])(?:our|notre|nuestr[oa])\s+(\p{L}+)/giu)) if (isKindWord(m[1]!) || /^(?:organi[sz]ation|organisme|organizacion)$/.test(fold(m[1]!))) return true;
  return false;
}

/**
 * Round 36: an English corporate form written after the name on the letterhead ("Example Justice Project, Inc. (EJP)",
 * "Example Labs Ltd."): part of the registered name, as the labels of earlier sets keep it (a Spanish "A.C." is not kept).
 */
export function withCorporateForm<T extends { name: string }>(org: T | null, lines: readonly string[]): T | null {
  if (!WHO36.on) return org;
  if (!org || /(?:,\s*|\s)(?:Inc|Ltd|Ltda|LLC)\.?$/.test(org.name)) return org;
  for (const line of lines) {
    // Round 61: a letterhead in capitals ("NAME CLUB INC.") too, and a Spanish "Ltda." (a cooperative's), as the labels keep them; the form
    // is written as the name's case writes it ("Inc.", "Ltda.").
    const at = line.toLowerCase().indexOf(org.name.toLowerCase());
    if (at < 0 || at > 3) continue;
    const m = /^(,?\s+)(Inc|Ltda|Ltd|LLC)(\.?)(?=\s*\(|\s*$|\s+[·|•–—]\s)/i.exec(line.slice(at + org.name.length));
    const form = m ? (m[2]!.toUpperCase() === "LLC" ? "LLC" : m[2]![0]!.toUpperCase() + m[2]!.slice(1).toLowerCase()) : null;
    if (m) return { ...org, name: `${org.name}${m[1]!.replace(/^\s+/, " ").replace(/^,\s+/, ", ")}${form}${m[3]}` };
  }
  return org;
}

/**
 * Round 36: a subject label in a cell of its own ("Re", "Subject", "Objet", "Asunto"), its value on the next lines (a PDF
 * reads a memo's table so, and wraps the value): those value lines, up to the next label. The caller reads the dialogue's
 * day there, as from a "Re: …" line.
 */
export function subjectCellLines(lines: readonly string[]): string[] {
  if (!WHO36.on) return [];
  const label = /^(?:re|subject|objet|asunto|ref|reference|referencia|to|from|date|de|a|para|fecha|cc)\s*:?$/i;
  const at = lines.findIndex((l) => /^(?:re|subject|objet|asunto)\s*:?$/i.test(l.trim()));
  if (at < 0) return [];
  const out: string[] = [];
  for (let k = at + 1; k < lines.length && k <= at + 3 && !label.test(lines[k]!.trim()) && lines[k]!.trim() !== ""; k++) out.push(lines[k]!);
  return out;
}

/** Round 42: a legal form after a comma, in any case the name was set in ("…, A.C.", "…, A.c.", "…, asbl"). */
const TRAILING_FORM = /,\s*(?:a\.\s?c\.?|i\.a\.p\.?|e\.\s?v\.?|a\.?s\.?b\.?l\.?|s\.\s?c\.?)$/i;
/** Round 42: "role of the association X" ("porte-parole de l'association X", "portavoz de la asociación X", "spokesperson of the association X"). */
const ROLE_OF_KIND = /^(.+?)\s+(?:of the|de la|de l['’]|du|del)\s*(?:association|asociaci[oó]n|collectif|colectivo|r[ée]seau|red|network|collective|mouvement|movimiento|movement)\s+(\p{Lu}.+)$/u;

/**
 * Round 42: an organization's name read with what is not part of it: a legal form after a comma ("…, A.C."), the town and
 * country of its address run on after its kind word ("… Federation Town, Country"), a role held in it before it
 * ("porte-parole de l'association X" → X); round 47: a footer's address and e-mail after a dash.
 */
export function withoutRunOn<T extends { name: string }>(org: T | null): T | null {
  if (!WHO36.on) return org;
  if (!org) return org;
  let name = org.name.replace(TRAILING_FORM, "").trim();
  const role = ROLE_OF_KIND.exec(name);
  if (role && isRole(role[1]!) && !isRole(role[2]!)) name = role[2]!.trim();
  // Round 47: a footer's "NAME - street, Town, Country - desk@…": what follows a spaced dash, an e-mail address among it, is the address.
  // Round 48: or a middle dot or bullet ("NAME · street · Town, Country · desk@…").
  const footer = /^(.+?\S)\s+[-–—|·•]\s+.*[^\s@]+@[^\s@]+\.[a-z]{2,}.*$/i.exec(name);
  if (footer && footer[1]!.split(/\s+/).length >= 2) name = footer[1]!;
  // The town (one word or two) then the country after a comma, the name before it ending in its kind word.
  for (const town of [String.raw`\p{Lu}[\p{L}'’-]+`, String.raw`\p{Lu}[\p{L}'’-]+[ -]\p{Lu}[\p{L}'’-]+`]) {
    const place = new RegExp(String.raw`^(.+\S)\s+${town},\s*(\p{Lu}[\p{L}'’ -]{2,40})$`, "u").exec(name);
    if (place && findCountry(place[2]!) && isOrgName(place[1]!) && ORG_LAST.test(fold(place[1]!.split(/\s+/).at(-1)!))) {
      name = place[1]!;
      break;
    }
  }
  // Round 65: a country in brackets after the name ("Coalition … (Sénégal)", a co-signers' list's way) or one town after a comma
  // ("Maison des …, Town", a newsletter's masthead): where it is, not part of the name.
  const bracketed = /^(.{6,}?\S)\s*\(([^()]{3,40})\)$/u.exec(name);
  if (bracketed && isOrgName(bracketed[1]!) && findCountry(bracketed[2]!) && fold(bracketed[2]!).split(/\s+/).length <= 3 && !/\d/.test(bracketed[2]!)) name = bracketed[1]!;
  // Round 65: or the town then its country ("…, Town, Country"); a country alone after a comma is left to round 42's rule (kind word last).
  const town = /^(.{6,}?\S),\s+(\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*)(?:,\s+(\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+){0,2}))?$/u.exec(name);
  // Not when the acronym spells the town too ("… Forum, Mindanao" as CPF-M).
  const spelled = (org as { acronym?: string | null }).acronym?.replace(/[^A-Za-z]/g, "").toLowerCase().endsWith(fold(town?.[2] ?? "").charAt(0).toLowerCase());
  if (town && !spelled && (town[3] !== undefined || findCountry(town[2]!) === null) && !isAddressLine(town[1]!) && !/^(?:barrio|colonia|calle|avenida|rue|quartier|street|road)\b/i.test(town[1]!) && (town[3] === undefined || findCountry(town[3]) !== null) && isOrgName(town[1]!) && town[1]!.split(/\s+/).length >= 3 && !isOrgName(town[2]!) && !isRole(town[2]!) && !/^(?:Inc|Ltd|Limited|Llc|Plc|Corp|Gmbh|Sarl|Asbl|Onlus|Trust|Branch|Chapter|Section|Antenne|Secci[óo]n|Delegaci[óo]n|Filial|Sede|Bureau)$/i.test(town[2]!)) name = town[1]!;
  return name && name !== org.name ? { ...org, name } : org;
}
const ORG_LAST = /^(?:network|foundation|coalition|alliance|association|institute|centre|center|trust|society|federation|forum|observatory|collective|platform|union|clinic|initiative|consortium|league|movement|council|committee|fund|guild|bureau|office|project|programme|program)$/;

/** Round 42: a role that runs on into the organization's name ("porte-parole de l'association X", the organization X), or into a page number: the role alone. */
export function roleWithoutName(speaker: Speaker | null, orgName: string | null | undefined): Speaker | null {
  if (!WHO36.on) return speaker;
  if (!speaker?.role) return speaker;
  // A PDF's page number run on after a signature's role ("Head of Claims page 1", "Coordinatrice Page 2 sur 3").
  const paged = /^(.+?)\s+(?:page|p\.|p[áa]gina)\s*\d{1,3}(?:\s*(?:of|sur|de|\/)\s*\d{1,3})?$/i.exec(speaker.role);
  if (paged && isRole(paged[1]!)) return { ...speaker, role: paged[1]! };
  if (!orgName) return speaker;
  const m = ROLE_OF_KIND.exec(speaker.role);
  if (m && m[2]!.trim() === orgName && isRole(m[1]!)) return { ...speaker, role: m[1]!.trim() };
  return speaker;
}

/**
 * Round 43: a letterhead's name over the line of one of its units ("EXAMPLE CARE HOSPITALS" over "Patient Ethics Board",
 * "Réseau …" over "Comité d'éthique"), the heading or opening naming the unit ("Statement of the Patient Ethics Board"): the
 * statement is the unit's, written as the labels write it, "Name, Unit".
 */
const UNIT_LAST = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Board|Committee|Commission|Council|Panel|Unit|Department|Division|Section|Secretariat|Office)$/u;
const UNIT_FIRST = /^(?:Comit[ée]|Comisi[óo]n|Commission|Conseil|Consejo|D[ée]partement|Departamento|Unit[ée]|Unidad|Secr[ée]tariat|Secretar[íi]a|Oficina|Bureau)\s+(?:d['’]\s*|de\s+|del\s+|de la\s+|du\s+|des\s+)?\p{L}[\p{L}'’ -]{2,60}$/u;
export function withUnit<T extends { name: string; line: string | null }>(org: T | null, letterhead: readonly string[], text: string): T | null {
  if (!org || org.name.includes(",")) return org;
  const low = (x: string) => fold(x).toLowerCase();
  const at = letterhead.findIndex((l) => low(l.trim()) === low(org.name) || (org.line !== null && l === org.line && low(l).startsWith(low(org.name))));
  const unit = at >= 0 ? letterhead[at + 1]?.trim() : undefined;
  if (!unit || !(UNIT_LAST.test(unit) || UNIT_FIRST.test(unit)) || unit.split(/\s+/).length > 8 || low(org.name).includes(low(unit))) return org;
  const escaped = literalSpaced(unit);
  if (!new RegExp(`(?<![\\p{L}])(?:the|our|its|le|la|l['’]|el|du|del|notre|nuestr[oa]|son|sa|su)\\s*${escaped}(?![\\p{L}])`, "iu").test(text)) return org;
  return { ...org, name: `${org.name}, ${unit}` };
}

/**
 * Round 56: a name read short where another line of the letterhead, the heading or a title writes it whole ("Institute" in a
 * running header, "INSTITUTE FOR JUSTICE STUDIES" in the letterhead; "… Circle" cut before "for the …" in a title that goes on
 * "for the Dignity of Migrants"; "Association …" in a note's "De :" and "… pour l'accompagnement des migrants" in the title):
 * the name's own words go on after "of", "for", "pour", "para", "del", "de …" to the end of that line (or a bracket closing
 * it), never into the dialogue or meeting the statement is for.
 */
const GOES_ON = /^\s+((?:of|for|pour|para|del|de la|de l['’]|des|du|de)(?:\s+|(?<=['’]))(?:(?:the|la|le|les|el|los|las)\s+|l['’])?\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5})\s*(?:\([^()]{1,40}\))?\s*$/iu;
const NOT_NAME_TAIL = /(?<![\p{L}])(?:dialogue|dialogo|session|sesion|seance|meeting|reunion|conference|conferencia|parties|partes|working group|groupe de travail|grupo de trabajo|segment|debate|delegations?|delegaciones)(?![\p{L}])/u;
export const SMALL_WORD = /^(?:of|for|and|the|on|in|to|de|des|du|la|le|les|l['’]\p{L}.*|d['’]\p{L}.*|et|pour|en|del|y|el|los|las|por|para|aux|au|a|à)$/iu;
export function withWholeName<T extends { name: string }>(org: T | null, lines: readonly string[]): T | null {
  if (!org || org.name.split(/\s+/).length < 2) return org;
  const low = (x: string) => fold(x).toLowerCase();
  for (const raw of lines) {
    const line = raw.trim();
    const at = low(line).indexOf(low(org.name));
    if (at < 0 || low(line.slice(at, at + org.name.length)) !== low(org.name) || (at > 0 && !/[\s'’]$/.test(line.slice(0, at)))) continue;
    const m = GOES_ON.exec(line.slice(at + org.name.length));
    const tail = m?.[1];
    if (!tail || NOT_NAME_TAIL.test(low(tail))) continue;
    const caps = !/\p{Ll}/u.test(line);
    // An English name goes on in capitals ("for the Dignity of Migrants"); a French or Spanish one may go on in small letters.
    const english = /^(?:of|for)\s/i.test(tail);
    if (!caps && english && !tail.split(/\s+/).every((w) => SMALL_WORD.test(w) || /^\p{Lu}/u.test(w))) continue;
    return { ...org, name: `${org.name} ${caps ? organizationCase(tail).replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : tail}` };
  }
  return org;
}

/**
 * Round 56: no organization read elsewhere, and the speaker's role names it ("avocate et présidente de l'association NAME (ACR)",
 * "coordinator of the network NAME"): that body, with the acronym in brackets after it, and the role without it.
 */
export function organizationInRole(role: string | null | undefined): { org: { name: string; acronym: string | null; line: null }; role: string } | null {
  const m = role ? ROLE_OF_KIND.exec(role.trim()) : null;
  if (!m || !isRole(m[1]!) || isRole(m[2]!)) return null;
  const bracket = /^(.+?)\s*\(([A-Z][A-Za-z&-]{1,11})\)$/.exec(m[2]!.trim());
  const name = (bracket?.[1] ?? m[2]!).trim();
  if (name.split(/\s+/).length < 2 || findCountry(name)) return null;
  return { org: { name, acronym: bracket && acronymFits(name, bracket[2]!) ? bracket[2]! : null, line: null }, role: m[1]!.trim() };
}
