import { fold, readMarker, type Marker } from "./markers.ts";

/**
 * Finds a statement's proposals: numbered or lettered items ("1.", "(a)", "Recommendation 2:"),
 * ordinal paragraphs ("First, …", "Premièrement, …", "En primer lugar, …"), bullets under a
 * lead-in ("Recommendations:"), else sentences that propose ("We propose…", "Nous recommandons…").
 */

type Unit = { block: number; line: string; found: { marker: Marker; rest: string } | null };
type List = { start: number; items: string[]; family: string; leadIn: string };

const LEAD_IN =
  /\b(propos|recommend|recommand|propon|propuest|recomend|suggest|sugerimos|sugerencia|call(s)? (on|upon)|urge|exhort|insta(mos)?|appel|ask|demand|pedimos|solicit|following|suivant|siguiente|measures|mesures|medidas|we (would like|wish) to)/;
const CONNECTIVE = "(?:(?:finally|lastly|also|further(?:more)?|moreover|in addition|therefore|finalmente|asimismo|ademas|tambien|por (?:lo )?tanto|por ultimo|enfin|egalement|de plus|par ailleurs|en outre|aussi|en fin)\\s*,?\\s+)?";
const PROPOSING = new RegExp(
  "^" + CONNECTIVE + "(?:(?:we|i)(?: (?:therefore|also|further|furthermore|thus|hence|strongly|respectfully|would|would like to|wish to|kindly|once again))* (?:propose|recommend|urge|call (?:on|upon)|ask|encourage|suggest|invite|request|appeal to)" +
    "|our (?:first|second|third|fourth|fifth|next|final|last|main|key) (?:proposal|recommendation)" +
    "|(?:nous|je)(?: (?:proposons|recommandons|demandons|appelons|exhortons|invitons|encourageons|suggerons|prions|souhaitons|voudrions))" +
    "|(?:notre|nos) (?:premiere|deuxieme|seconde|troisieme|derniere) (?:proposition|recommandation)" +
    "|(?:por (?:lo )?tanto,? |asimismo,? |ademas,? |tambien )?(?:proponemos|recomendamos|solicitamos|instamos|pedimos|exhortamos|alentamos|sugerimos|invitamos|hacemos un llamado|llamamos)" +
    "|nuestra (?:primera|segunda|tercera|ultima) (?:propuesta|recomendacion))\\b",
);

const family = (m: Marker) => (m.kind === "ordinal" ? "ordinal" : `${m.kind}:${m.raw.replace(/\d+|\p{L}+/gu, "#")}`);

function tidy(text: string, marker: Marker | null): string {
  let out = text.trim().replace(/[;,]\s*(?:and|or|et|ou|y|o)?$/i, "").trim();
  if (marker?.kind === "ordinal") out = out.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return out.length > 5000 ? out.slice(0, 5000) : out;
}

function units(text: string): Unit[] {
  const out: Unit[] = [];
  text.split(/\n{2,}/).forEach((block, b) => {
    for (const line of block.split("\n")) if (line.trim()) out.push({ block: b, line: line.trim(), found: readMarker(line.trim()) });
  });
  return out;
}

/** Every list that starts at a first item (1, a, i, First, or a bullet) and runs on in sequence. */
function lists(all: Unit[]): List[] {
  const out: List[] = [];
  let i = 0;
  while (i < all.length) {
    const first = all[i]!.found;
    if (!first || (first.marker.kind !== "bullet" && first.marker.value !== 1)) {
      i++;
      continue;
    }
    const fam = family(first.marker);
    const items: string[] = [first.rest];
    const markers: Marker[] = [first.marker];
    let last = first.marker.value;
    let j = i + 1;
    for (; j < all.length; j++) {
      const u = all[j]!;
      const m = u.found?.marker;
      if (m && family(m) === fam && (m.kind === "bullet" || m.value === last + 1 || (m.kind === "ordinal" && m.value === 99 && !/thank|merci|gracias|conclu/i.test(u.found!.rest)))) {
        items.push(u.found!.rest);
        markers.push(m);
        last = m.value;
        continue;
      }
      const sameBlock = u.block === all[j - 1]!.block;
      if (m && family(m) !== fam && m.kind !== "ordinal") {
        items[items.length - 1] += `\n${u.line}`;
        continue;
      }
      if (!m && sameBlock && markers.at(-1)!.kind !== "ordinal" && !/[.!?]$/.test(items.at(-1)!)) {
        items[items.length - 1] += ` ${u.line}`;
        continue;
      }
      if (!m && sameBlock && markers.at(-1)!.kind === "ordinal") {
        items[items.length - 1] += ` ${u.line}`;
        continue;
      }
      // A paragraph between two items belongs to the first of them.
      const next = all.slice(j, j + 4).findIndex((x) => x.found && family(x.found.marker) === fam && x.found.marker.value === last + 1);
      if (!m && next > 0 && all.slice(j, j + next).every((x) => !x.found)) {
        items[items.length - 1] += `\n\n${all.slice(j, j + next).map((x) => x.line).join("\n")}`;
        j += next - 1;
        continue;
      }
      break;
    }
    const before = all.slice(Math.max(0, i - 2), i).map((u) => u.line).join(" ");
    out.push({ start: i, items: items.map((t, n) => tidy(t, markers[n]!)), family: fam, leadIn: before });
    i = j;
  }
  return out.filter((l) => l.items.length >= 2 || (l.items.length === 1 && LEAD_IN.test(fold(l.leadIn)) && /:$/.test(l.leadIn)));
}

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=["“«¿¡]?\p{Lu})/u);
}

/** Sentences that propose, each running to the end of its paragraph or the next proposing sentence. */
function proposingSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    let current: string | null = null;
    for (const s of sentences(paragraph.replace(/\n/g, " "))) {
      if (PROPOSING.test(fold(s.replace(/^["“«¿¡]/, "")))) {
        if (current) out.push(current);
        current = s;
      } else if (current !== null) current += ` ${s}`;
    }
    if (current) out.push(current);
  }
  return out.map((s) => tidy(s, null));
}

/** The proposals' texts, in order, without their numbers. */
export function findProposals(text: string): string[] {
  const found = lists(units(text));
  // "First, … Second, …" and "Recommendation 1: …" announce proposals by themselves.
  const led = found.filter((l) => LEAD_IN.test(fold(l.leadIn)) || l.family === "ordinal" || /^number:# #/.test(l.family));
  const average = (l: List) => l.items.reduce((n, t) => n + t.length, 0) / l.items.length;
  let chosen: List[] = led.length ? led : found.filter((l) => average(l) >= 40).sort((a, b) => b.items.length - a.items.length).slice(0, 1);
  chosen = chosen.filter((l) => average(l) >= 15);
  const items = chosen.sort((a, b) => a.start - b.start).flatMap((l) => l.items);
  const result = items.length ? items : proposingSentences(text);
  return result.filter((t) => t.length >= 10).slice(0, 50);
}
