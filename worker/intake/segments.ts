import { fold } from "./markers.ts";

/** Which known dialogue segment a statement was written for: its topic, its date, "4th segment". */
export type SegmentRef = { slug: string; series: string; number: number; topics: string[]; heldOn: string; status: string };

export const TOPIC_PHRASES: Record<string, string[]> = {
  "trafficking-in-persons": ["trafficking in persons", "human trafficking", "trafficking in human beings", "trafficked persons", "traite des personnes", "traite des etres humains", "trata de personas", "trata de seres humanos", "tip dialogue", "tip protocol"],
  // Round 25: the singular ("a smuggled migrant"), the phrase without "illicite"/"ilícito" ("el tráfico de migrantes") and the
  // abbreviations UNODC's own papers use for the dialogues ("SOM dialogue", "TIP dialogue").
  "smuggling-of-migrants": ["smuggling of migrants", "migrant smuggling", "smuggled migrant", "trafic illicite de migrants", "trafic de migrants", "migrants objets d'un trafic", "trafico ilicito de migrantes", "trafico de migrantes", "som dialogue", "som protocol"],
  firearms: ["firearms", "firearm", "illicit arms", "armes a feu", "armas de fuego"],
  "international-cooperation": ["international cooperation", "mutual legal assistance", "extradition", "cooperation internationale", "cooperacion internacional"],
  "technical-assistance": ["technical assistance", "capacity building", "capacity-building", "assistance technique", "asistencia tecnica"],
};

function count(text: string, phrase: string): number {
  let n = 0;
  let at = text.indexOf(phrase);
  while (at >= 0) {
    n++;
    at = text.indexOf(phrase, at + phrase.length);
  }
  return n;
}

/** Topic weights: a phrase in the header counts five times one in the body. */
// Round 27: a heading's dialogue name wrapped over two lines ("… international cooperation and technical" / "assistance")
// is read whole: the header's line breaks count as spaces.
export function topicScores(header: string, body: string): Map<string, number> {
  const h = fold(header).replace(/[ \t]*\n[ \t]*/g, " ");
  const b = fold(body);
  const out = new Map<string, number>();
  for (const [topic, phrases] of Object.entries(TOPIC_PHRASES)) {
    const score = phrases.reduce((n, p) => n + 5 * count(h, p) + count(b, p), 0);
    if (score > 0) out.set(topic, score);
  }
  return out;
}

/** The topic phrase as written in the header ("Trafficking in Persons"), for a title. */
export function headerTopic(header: string): string | null {
  const folded = fold(header);
  let best: { at: number; len: number } | null = null;
  for (const phrases of Object.values(TOPIC_PHRASES)) {
    for (const p of phrases) {
      const at = folded.indexOf(p);
      if (at >= 0 && (!best || at < best.at)) best = { at, len: p.length };
    }
  }
  return best ? header.slice(best.at, best.at + best.len) : null;
}

const ORDINAL = /\b(\d)(?:st|nd|rd|th|e|eme|er|o|a|º)?\s+(?:segment|segmento|session|seance)\b/;

const days = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** The most likely segment, or null when neither topic nor date points anywhere. */
/**
 * `year`: round 14, the year an undated heading gives the dialogue ("the 2023 constructive dialogue on
 * …", "la intervención en el diálogo constructivo de 2025"): with no date, it decides between the series.
 */
/** `month`: round 24, undated, the month ("2023-05") a line naming the dialogue gives it: the segments held that month are preferred. */
export function likelySegment(segments: readonly SegmentRef[], topics: Map<string, number>, deliveredOn: string | null, text: string, year: string | null = null, month: string | null = null): string | null {
  const ordinal = ORDINAL.exec(fold(text));
  const top = Math.max(0, ...topics.values());
  // Undated, no dialogue named in the heading, and the topic only in passing in the body (a single mention of extradition in a background sentence): no suggestion.
  // An open segment on that topic is still preferred (the statement is probably for the dialogue under way).
  const openOnTopic = segments.some((s) => s.status === "open" && s.topics.some((t) => topics.has(t)));
  if (!deliveredOn && !month && !ordinal && top > 0 && top < 3 && !openOnTopic) return null;
  let best: { slug: string; score: number } | null = null;
  let second = -Infinity;
  for (const s of segments) {
    const topic = Math.max(0, ...s.topics.map((t) => topics.get(t) ?? 0));
    let score = top > 0 ? (topic / top) * 10 : 0;
    if (topic === 0 && top > 0) score -= 10;
    // Round 24: undated, a dialogue on two topics of which the text names one is a worse fit than the dialogue on that one alone.
    if (!deliveredOn && topic > 0 && s.topics.some((t) => !topics.has(t))) score -= 1;
    // Round 27: and, the other way, a dialogue on two topics the text names both of as much as each other (each at least
    // half the strongest) fits better than the dialogue on one of them alone ("… on international cooperation and technical
    // assistance" is not the later dialogue on technical assistance only).
    else if (!deliveredOn && s.topics.length > 1 && s.topics.every((t) => (topics.get(t) ?? 0) * 2 >= top)) score += 1;
    if (deliveredOn) {
      const d = days(deliveredOn, s.heldOn);
      // With no topic named anywhere, a date a week off is another meeting's (a Commission session, a side event), not this dialogue's.
      score += d <= 1 ? 12 : d <= 10 ? (top > 0 ? 8 : 4) : s.series === deliveredOn.slice(0, 4) ? 2 : -6;
    } else if (month) score += s.heldOn.startsWith(month) ? 6 : s.series === month.slice(0, 4) ? -2 : -6;
    else if (year) score += s.series === year ? 2 : -2;
    else if (s.status === "open") score += 4;
    else if (s.status === "upcoming") score += 2;
    if (ordinal && Number(ordinal[1]) === s.number) score += 3;
    if (!best || score > best.score) {
      second = best?.score ?? -Infinity;
      best = { slug: s.slug, score };
    } else if (score > second) second = score;
  }
  // Two segments that fit equally well (same topic, no date) are a guess, not a suggestion.
  return best && best.score >= 8 && best.score - second >= 1 ? best.slug : null;
}
