import { fold } from "./markers.ts";
import { findCountry } from "./places.ts";
import { isOrgName, organizationCase, personName } from "./people.ts";

/**
 * Round 69: the organization named only by the text's first sentences, as the subject of "we" ("We at the NAME have …", "Here at the
 * NAME, we …", "En la NAME hemos contado …", "Desde el NAME trabajamos …", « À la NAME, nous … », « Au sein du NAME, nous … »): that name,
 * when it is a body's (a kind word in it) and no person's or country's.
 */
const NAME_EN = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|on|in|against|to|&)){1,9})`;
const NAME_LOOSE = String.raw`(\p{Lu}[^,.;:!?()\n]{3,100}?)`;
const WE_AT = [
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:[Ww]e|[Hh]ere)\s+at\s+(?:the\s+)?${NAME_EN}\s*,?\s+(?:we\s+)?\p{Ll}`, "u"),
  new RegExp(String.raw`(?:^|[.!?]\s+)At\s+(?:the\s+)?${NAME_EN}\s*,\s+we\s+\p{Ll}`, "u"),
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:En|Desde)\s+(?:la|el)\s+${NAME_LOOSE}\s*,?\s+(?:nosotr[oa]s\s+)?\p{Ll}+mos(?![\p{L}])`, "u"),
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:[ÀA]\s+|Au sein (?:de la\s+|de l['’]\s*|du\s+)|Chez\s+)(?:la\s+|le\s+|l['’]\s*)?${NAME_LOOSE}\s*,\s*nous\s+\p{Ll}`, "u"),
];
export function weAtOrganization(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    for (const re of WE_AT) {
      const m = re.exec(p);
      const name = m?.[1]?.trim().replace(/\s+(?:of|for|and|the|on|in|against|to|&)$/u, "");
      if (!name || name.split(/\s+/).length < 2 || name.split(/\s+/).length > 12) continue;
      if (isOrgName(name) && !personName(name) && !findCountry(name)) return organizationCase(name);
    }
  }
  return null;
}

/**
 * Round 69: a web page's copyright line ("© NAME · Privacy · Sitemap", "© 2023 NAME. All rights reserved.") names the site's owner; the
 * owner is the organization when the text calls itself by the name's last word after "our" ("Our shelter stands …", « notre refuge »,
 * "nuestro albergue") or names it whole.
 */
const COPYRIGHT_OWNER = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(\p{Lu}[^·|•,;]{2,80}?)\s*(?:[.·|•,;–—-]\s|$)/iu;
export function copyrightOwner(lines: readonly string[], paragraphs: readonly string[]): string | null {
  const text = fold(paragraphs.slice(0, 6).join("\n"));
  for (const line of lines) {
    const m = COPYRIGHT_OWNER.exec(line.trim());
    const owner = m?.[1]?.trim().replace(/\.?\s*all rights reserved\.?$/i, "");
    if (!owner) continue;
    const words = owner.split(/\s+/);
    if (words.length < 2 || words.length > 8 || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the|de|des|du|la|le|del|y|et)$/.test(w))) continue;
    if (findCountry(owner)) continue;
    const last = fold(words.at(-1)!).toLowerCase();
    const whole = fold(owner).toLowerCase();
    // "Our shelter …": a person is never called so, whatever the name's shape; the name written whole must be a body's.
    const ours = last.length >= 4 && new RegExp(`(?<![a-z])(?:our|notre|nos|nuestr[oa]s?)\\s+${last}(?![a-z])`).test(text.toLowerCase());
    if (ours || (text.toLowerCase().includes(whole) && isOrgName(owner) && !personName(owner))) return owner;
  }
  return null;
}

/** Round 69: a web page's sentence announcing the text below it ("The remarks our warden gave … are printed below", « Voici ci-dessous … »). */
export const TEXT_BELOW = /\b(?:below|as follows|follows|reproduced|ci-dessous|ci-apres|reproduite?|a continuacion|abajo|reproducimos|reproducid[oa])\b/;

/**
 * Round 69: a press release's dateline paragraph ("TOWN, <date> — The NAME today urged …", « VILLE, le <date> – Le NAME a appelé … »,
 * "CIUDAD, <fecha> — La NAME pidió hoy …"): the subject of its first sentence, the body that speaks, when it is a body's name.
 */
const RELEASE_SUBJECT = new RegExp(
  String.raw`^[^\n—–]{3,60}?(?:19|20)\d\d\s*[—–-]\s+(?:The|La|Le|El|L['’])?\s*${NAME_EN}\s+(?:\([A-Z][A-Za-z&]{1,10}\)\s+)?(?:today|yesterday|this week|aujourd['’]hui|hier|hoy|ayer|has|have|a|ha)?\s*\p{Ll}{3,}`,
  "u",
);
export function releaseSubject(block: string): string | null {
  const m = RELEASE_SUBJECT.exec(block.trim());
  const name = m?.[1]?.trim().replace(/\s+(?:of|for|and|the|on|in|against|to|&)$/u, "");
  if (!name || name.split(/\s+/).length < 2 || personName(name) || findCountry(name)) return null;
  return isOrgName(name) ? name : null;
}

/**
 * After round 69 (blind 85 measured): an organization read only as its kind after an article ("The Alliance", "La Red", "The
 * Panel": the subject of the text's sentences) is called by its full name somewhere — the letterhead (often in capitals), a
 * running footer, the heading, a signature, a sentence: the first name that holds that kind word with at least two more
 * words of its own, head last ("Coastal Search and Mourning Alliance", "Cross-Border Defence Assistance Panel") or head
 * first ("Association of Freight Agents of …", "Red de Madres por …"). None found: the kind stays.
 */
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
const SMALL_EN = String.raw`(?:and|of|for|the|on|in|against|&)`;
const SMALL_HEAD_FIRST = String.raw`(?:of|for|and|the|on|in|against|de|des|du|d['’]|la|le|les|l['’]|et|pour|contre|sur|del|el|los|las|y|por|para|contra|sobre|en)`;
export function kindFullName(kind: string, sources: readonly string[]): string | null {
  const word = kind.replace(/^(?:the|la|le|l['’]|el|les|los|las)\s*/iu, "").trim();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || word.length > 30) return null;
  const headLast = new RegExp(String.raw`(?<![\p{L}'’-])((?:${CAP}\s+)(?:(?:${CAP}|${SMALL_EN})\s+){0,7}${word}(?:\s+(?:of|for|on|in)\s+(?:the\s+)?${CAP}(?:\s+(?:(?:and|of|the|for|on|in)\s+)*${CAP}){0,5})?)(?![\p{L}'’-])`, "gu");
  const headFirst = new RegExp(String.raw`(?<![\p{L}'’-])(${word}(?:\s+(?:${SMALL_HEAD_FIRST}\s+)*${CAP}){1,6})(?![\p{L}'’-])`, "gu");
  for (const source of sources) {
    for (const piece of source.split(/\s+[—–|·•]\s+|\n/)) {
      const cased = /\p{Ll}/u.test(piece) ? piece : organizationCase(piece);
      // The longest name of the piece, read head last or head first ("The Association of … of West Africa").
      const names = [headLast, headFirst]
        .flatMap((re) => [...cased.matchAll(re)].map((m) => m[1]!.replace(/^(?:The|Our|This|That|La|Le|Les|L['’]|El|Los|Las|Notre|Nuestra|Nuestro)\s+/u, "").trim()))
        .filter((name) => {
          const own = name.split(/\s+/).filter((w) => w !== word);
          return own.length >= 2 && own.some((w) => /^\p{Lu}/u.test(w)) && name.length <= 100 && findCountry(name) !== name;
        })
        .sort((a, b) => b.length - a.length);
      if (names.length) return names[0]!;
    }
  }
  return null;
}
