/**
 * Which paragraphs of an outcome most likely reflect a proposal: BM25 over the outcome's
 * paragraphs (each paragraph a document), the proposal's words as the query. Words are folded
 * (case, accents), French elisions split ("l'orientation"), English, French and Spanish stop words
 * and the summaries' reporting verbs dropped ("participants underlined", "several speakers called
 * for"), then cut to a common stem: a final -s, then a final vowel, then the first six letters. That
 * crude stem joins inflections ("victims", "victimes", "víctimas" → "victim") and many UN cognates
 * across the three languages ("cooperation", "coopération", "cooperación" → "cooper").
 * Pure: the API and `npm run eval:outcomes` run exactly this.
 */
export type MatchParagraph = { number: string; text: string };
export type Candidate = { paragraph: string; score: number; why: string[] };

const STOP = new Set(
  (
    // English
    "a about above after again against all also am an and any are as at be been before being below between both but by can could did do does doing " +
    "down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor " +
    "not of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this " +
    "those through to too under until up very was we were what when where which while who whom why will with would you your " +
    // French
    "au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou " +
    "par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous est sont ete etre ont avoir fait faire afin ainsi aussi " +
    "comme entre lors sans sous tous tout toutes tres plus peut doit doivent dont cela celle ceux etc " +
    // Spanish
    "al algo ante como con contra cual cuando del desde donde el ella ellas ellos entre era eran es esa esas ese eso esos esta estas este esto estos " +
    "fue fueron ha han hay las lo los mas mediante muy nos nuestra nuestro otra otro para pero por segun ser si sin sobre son su sus " +
    "tambien tanto todo todos tras una uno unos ya deben debe puede pueden asi"
  ).split(/\s+/),
);

/** How summaries and proposals speak rather than what they say: dropped by stem, in the three languages. */
const REPORTING = (
  "participants participant speakers speaker delegates delegations delegation states state member members several many number others " +
  "called call calls calling urged urge urges stressed stress underlined underline noted notes recommended recommend recommends " +
  "recommendation recommendations suggested suggest suggests proposals proposal proposed propose highlighted highlight emphasized " +
  "emphasised emphasize recalled welcomed expressed mentioned pointed encouraged encourage considered " +
  "ensure various view views " +
  "intervenants orateurs delegations delegues etats plusieurs nombre souligne soulignent insiste insistent appele appellent " +
  "recommande recommandent recommandation recommandations propose propositions suggere encourage note releve rappele estime " +
  "necessite necessaire convient " +
  "participantes oradores delegaciones delegados estados varios varias numerosos subrayaron subrayo destacaron destaco insistieron " +
  "pidieron instaron exhortaron recomendaron recomendo recomendaciones propuestas propusieron sugirieron senalaron observaron " +
  "alentaron necesidad necesario"
).split(/\s+/);

export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The common stem of a folded word (see the module comment). */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("s")) w = w.slice(0, -1);
  if (w.length > 4 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w.slice(0, 6);
}

const REPORTING_STEMS = new Set(REPORTING.map(stem));

/** The text's words as stems, with the first surface form each stem had (for `why`). */
export function terms(text: string): { stems: string[]; surface: Map<string, string> } {
  const stems: string[] = [];
  const surface = new Map<string, string>();
  const words = fold(text).replace(/\b(?:l|d|qu|j|n|s|c|m|t)['’]/g, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
  const original = text.replace(/\b(?:l|d|qu|j|n|s|c|m|t)['’]/gi, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
  words.forEach((w, i) => {
    if (w.length < 3 || /^\d+$/.test(w) || STOP.has(w)) return;
    const s = stem(w);
    if (REPORTING_STEMS.has(s)) return;
    stems.push(s);
    if (!surface.has(s)) surface.set(s, original[i] ?? w);
  });
  return { stems, surface };
}

const K1 = 1.2;
const B = 0.75;

/** An index of one outcome's paragraphs, queried once per proposal. */
export function paragraphIndex(paragraphs: readonly MatchParagraph[]) {
  const docs = paragraphs.map((p) => {
    const tf = new Map<string, number>();
    const { stems } = terms(p.text);
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    return { number: p.number, tf, length: stems.length };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  const avg = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, n);
  const idf = (s: string) => {
    const f = df.get(s) ?? 0;
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };

  /** The best `limit` paragraphs for `query`, best first; only paragraphs sharing a word with it. */
  return function suggest(query: string, limit = 3): Candidate[] {
    const q = terms(query);
    const unique = [...new Set(q.stems)].filter((s) => df.has(s));
    const scored: Candidate[] = [];
    for (const d of docs) {
      let score = 0;
      const why: { word: string; weight: number }[] = [];
      for (const s of unique) {
        const tf = d.tf.get(s);
        if (!tf) continue;
        const weight = (idf(s) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / Math.max(1, avg)));
        score += weight;
        why.push({ word: q.surface.get(s)!, weight });
      }
      if (score > 0) {
        why.sort((a, b) => b.weight - a.weight);
        scored.push({ paragraph: d.number, score: Math.round(score * 1000) / 1000, why: why.slice(0, 8).map((w) => w.word) });
      }
    }
    // Ties keep the document's order (sort is stable).
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
  };
}
