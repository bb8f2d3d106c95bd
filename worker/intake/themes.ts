import { fold } from "./markers.ts";
import { LEXICON } from "./lexicon.ts";
import { countriesNamed } from "./places.ts";

/**
 * An explainable theme classifier: a theme is suggested when its lexicon's words occur in the
 * text, and each suggestion carries the words that triggered it.
 */
export type ThemeMatch = {
  slug: string;
  terms: string[];
  /** A learned suggestion's origin: the seed learned from reference statements, or the moderators' tags (`learned.ts`). */
  source?: "reference" | "moderators";
};
/** A compiled term; a weak one (written `~term` in the lexicon) counts only beside another term of its theme. */
export type Term = { pattern: RegExp; weak: boolean };
export type Lexicon = Map<string, Term[]>;
export type ExtraKeyword = { theme: string; term: string };

/**
 * `*` → any word ending; `[sz]`, `(las )?` and alternatives `(sus|su)` are kept; spaces and hyphens
 * match either. Everything else is literal (admins' terms, `literal`: only `*` is special).
 */
export function termPattern(term: string, literal = false): RegExp {
  const body = fold(term.trim())
    .replace(literal ? /[.+^${}|\\/()?[\]]/g : /[.+^${}\\/]/g, "\\$&")
    .replace(/\*/g, "[\\p{L}\\p{N}]*")
    .replace(/[\s-]+/g, "[\\s-]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
}

/** The built-in lexicon plus admins' keywords, limited to themes that exist. */
export function buildLexicon(themes: Iterable<string>, extra: readonly ExtraKeyword[] = []): Lexicon {
  const out: Lexicon = new Map();
  for (const slug of themes) {
    const base = LEXICON[slug];
    const terms = base ? [...base.en, ...base.fr, ...base.es] : [];
    out.set(slug, terms.map((t) => ({ pattern: termPattern(t.replace(/^~/, "")), weak: t.startsWith("~") })));
  }
  for (const k of extra) {
    const list = out.get(k.theme);
    if (!list) continue;
    try {
      list.push({ pattern: termPattern(k.term, true), weak: false });
    } catch {
      // A keyword that does not compile is ignored rather than breaking intake.
    }
  }
  return out;
}

type Scan = ThemeMatch & { strong: number; weak: number };

/**
 * Themes whose weak words are mostly people of one trade ("judges", "prosecutors", "magistrates",
 * "lawyers"): statements list them together as the audience of a proposal ("train judges and
 * prosecutors", "jueces y fiscales"), which is not the theme; two such words that are items of one
 * list count as one (round 9, docs/intake.md). For other themes two weak words in a list are two
 * signs ("data and statistics"): measured, applying the rule to every theme lost recall on most sets.
 */
const LISTED_AS_ONE = new Set(["rule-of-law"]);
/** What may stand between two items of one list: a comma, "and", "or", "et", "y", an article. */
const LIST_GAP = /^\s*(?:,|;|\/|&|and|or|y|e|o|u|et|ou)?\s*(?:,\s*)?(?:(?:and|or|y|e|o|u|et|ou)\s+)?(?:the|les|los|las|la|le|l'|des|de|del|du|d')?\s*$/;

/** Whether two of the spans do not overlap (and, when `text` is given, are not two items of one list). */
function apart(spans: [number, number][], text?: string): boolean {
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) {
      const [a, b] = spans[i]![0] <= spans[j]![0] ? [spans[i]!, spans[j]!] : [spans[j]!, spans[i]!];
      if (a[1] > b[0]) continue;
      if (text !== undefined && LIST_GAP.test(text.slice(a[1], b[0]))) continue;
      return true;
    }
  return false;
}

/**
 * Every theme with at least one of its terms in `text`, with the distinct wordings found and how
 * many are strong and weak. Which of them to suggest is for the callers (`suggests`).
 */
function scan(text: string, lexicon: Lexicon): (Scan & { apart: boolean })[] {
  const folded = fold(text).replace(/`/g, "'");
  const out: (Scan & { apart: boolean })[] = [];
  for (const [slug, patterns] of lexicon) {
    // One entry per wording found (a term's first occurrence), so "strategy" and "strategies" count once.
    const strong = new Set<string>();
    const weak = new Set<string>();
    const spans: [number, number][] = [];
    for (const { pattern, weak: isWeak } of patterns) {
      pattern.lastIndex = 0;
      const m = pattern.exec(folded);
      if (m) {
        const wording = m[0].replace(/\s+/g, " ");
        (isWeak ? weak : strong).add(wording);
        spans.push([m.index, m.index + m[0].length]);
      }
    }
    for (const w of strong) weak.delete(w);
    if (strong.size + weak.size > 0) out.push({ slug, terms: [...strong, ...weak], strong: strong.size, weak: weak.size, apart: apart(spans, LISTED_AS_ONE.has(slug) ? folded : undefined) });
  }
  return out.sort((a, b) => b.terms.length - a.terms.length || a.slug.localeCompare(b.slug));
}

/**
 * Whether a proposal's words suggest a theme: one strong term; or two weak ones in two different
 * places of the text (not two wordings of one word: "informations" is both "inform*" and
 * "information* sur"); or, for the theme of the statement's single-topic segment (firearms-control
 * in a statement for the dialogue on firearms), one weak term.
 */
function suggests(m: Scan & { apart: boolean }, context: ThemeContext): boolean {
  if (m.strong > 0) return true;
  if (context.topical?.includes(m.slug)) return true;
  return m.weak >= 2 && m.apart;
}

/** What a statement tells about its proposals: the themes of its segment's topic (see `topicalThemes`). */
export type ThemeContext = { topical?: readonly string[] };

/**
 * The theme a segment is about, when it is about one topic: a proposal made in the dialogue on
 * firearms that mentions "weapons" or "transfers" is about firearms control. Segments on two
 * topics, and topics that span many themes (trafficking, smuggling), give none.
 */
export const TOPIC_THEME: Record<string, string> = {
  firearms: "firearms-control",
  "technical-assistance": "technical-assistance",
  "international-cooperation": "international-cooperation",
};

export function topicalThemes(topics: readonly string[] | undefined): string[] {
  if (!topics || topics.length !== 1) return [];
  const theme = TOPIC_THEME[topics[0]!];
  return theme ? [theme] : [];
}

/** Every theme with at least one of its words in `text`, weak or strong, and those words: the evidence a learned suggestion needs beside it. */
export function themeEvidence(text: string, lexicon: Lexicon): Map<string, string[]> {
  return new Map(scan(text, lexicon).map((m) => [m.slug, m.terms]));
}

/** Themes whose words occur in `text`, most evidence first, with the words found. */
export function matchThemes(text: string, lexicon: Lexicon, context: ThemeContext = {}): ThemeMatch[] {
  return scan(text, lexicon)
    .filter((m) => suggests(m, context))
    .map((m) => ({ slug: m.slug, terms: suggests(m, {}) ? m.terms : [...m.terms, SEGMENT_TOPIC] }));
}

/** The "why" of a theme suggested because its words are weak but it is the segment's topic ("transfers", plus this). */
export const SEGMENT_TOPIC = "segment topic";

/** Themes of one proposal: every theme its words suggest, and cooperation when it names two countries (`withCountries`). */
export function proposalThemes(text: string, lexicon: Lexicon, context: ThemeContext = {}): ThemeMatch[] {
  return withCountries(matchThemes(text, lexicon, context), text, lexicon);
}

const COOPERATION = "international-cooperation";
/** The "why" of cooperation suggested because a proposal names two countries or more (their names, plus this). */
export const COUNTRIES_NAMED = "countries named";

/**
 * Round 37 (docs/intake.md, "Round 37: themes"): a proposal that names two countries or more by name ("that <country A>
 * and <country B> open a direct channel between their prosecutors", « que les polices de <A> et de <B> échangent… »,
 * "un protocolo común entre <A> y <B>") asks something of, or between, both: labellers gave it international cooperation in 53 of the 54
 * labelled proposals of every set that do, often with no word of the theme ("jointly", "the two") or only weak
 * ones. Measured leave one set out on blind 15–31 (labels' texts): 15 right and 1 wrong more. Demonyms ("<demonym>
 * women") are not counted: a nationality is not a party.
 */
export function withCountries(own: ThemeMatch[], text: string, lexicon: Lexicon): ThemeMatch[] {
  if (!lexicon.has(COOPERATION) || own.some((m) => m.slug === COOPERATION)) return own;
  const named = countriesNamed(text);
  if (named.length < 2) return own;
  return [...own, { slug: COOPERATION, terms: [...named.slice(0, 4), COUNTRIES_NAMED] }];
}

/** The "why" of a theme suggested because the proposals before and after this one have it (`withNeighbours`). */
export const NEIGHBOURS = "the proposals before and after";
/** The least probability the learned model must give a theme for `withNeighbours` to add it. */
export const NEIGHBOUR_FLOOR = 0.8;
/** A learned theme of one proposal, with its probability (its words already marked as learned). */
export type NearTheme = ThemeMatch & { probability: number };

/**
 * Round 39 (docs/intake.md, "Round 39: themes"): a proposal between two proposals that both have a theme gets it too
 * when the learned model gives it at least `NEIGHBOUR_FLOOR` (`near`: the model's themes at that floor, whatever their
 * own threshold), lexicon word or not. A statement's list keeps to one subject for a stretch ("… equip the labs; train
 * the officers who read the markings; keep the records ten years"): the middle item often names the subject only
 * through its neighbours. Measured leave one set out on the labels' texts of blind 15–33: 8 right, none wrong (at 0.5:
 * 11 right, but on the older sets 5 right, 9 wrong; at 0.8 there 4 and 4); a theme only one neighbour has was wrong
 * more often than right. The first and last proposals have one neighbour and are left as they are; the lists read are
 * those before this step (no chains).
 */
export function withNeighbours(lists: readonly ThemeMatch[][], near: readonly (readonly NearTheme[] | undefined)[]): ThemeMatch[][] {
  const has = (i: number, slug: string) => lists[i]?.some((m) => m.slug === slug) ?? false;
  return lists.map((own, i) => {
    if (i === 0 || i === lists.length - 1) return own;
    const out = [...own];
    for (const m of near[i] ?? []) {
      if (m.probability < NEIGHBOUR_FLOOR || out.some((x) => x.slug === m.slug) || !has(i - 1, m.slug) || !has(i + 1, m.slug)) continue;
      out.push({ slug: m.slug, terms: [...m.terms, NEIGHBOURS], ...(m.source ? { source: m.source } : {}) });
    }
    return out;
  });
}

/** The "why" of a theme suggested as the learned model's likeliest for a proposal left with none (`withLikeliest`). */
export const LIKELIEST = "the likeliest theme of a proposal with none";
/** The least probability the learned model must give its likeliest theme for `withLikeliest` to add it. */
export const LIKELIEST_FLOOR = 0.5;
/**
 * The themes `withLikeliest` may add: those whose likeliest-theme suggestions (at `LIKELIEST_FLOOR`, on proposals left
 * with no theme) were right at least half the time in three cases or more, on the labels' texts of every set, each set
 * scored by a seed built without it (`scripts/theme-sweep.mjs --dump=` and a scratch script; round 43). The other
 * themes were right less often there (cooperation 2 of 11, technical assistance 4 of 11, firearms 2 of 8, prevention 1
 * of 6, human rights 0 of 4…), so they are not added this way.
 */
export const LIKELIEST_THEMES: ReadonlySet<string> = new Set(["victim-protection", "organized-criminal-groups", "socio-economic-drivers", "border-management", "civil-society-participation", "legislation"]);

/**
 * Round 43 (docs/intake.md, "Round 43: themes"): a proposal left with no theme at all (no word of the lexicon, no learned
 * theme at its threshold, none from its neighbours) gets the learned model's likeliest theme when the model gives it at
 * least `LIKELIEST_FLOOR` and it is one of `LIKELIEST_THEMES`. Labellers give every proposal a theme; about one in
 * fifteen was left with none, and there the model's first choice is often right though below its threshold. `near`:
 * the model's themes per proposal at that floor or more (whatever their own threshold). Measured leave one set out on
 * the labels' texts (the list chosen on the other sets each time): blind 15–39 25 right, 12 wrong (recall per proposal
 * +0.7, precision −0.1); older sets 7 right, 3 wrong.
 */
export function withLikeliest(lists: readonly ThemeMatch[][], near: readonly (readonly NearTheme[] | undefined)[]): ThemeMatch[][] {
  return lists.map((own, i) => {
    if (own.length) return own;
    const top = [...(near[i] ?? [])].sort((a, b) => b.probability - a.probability)[0];
    if (!top || top.probability < LIKELIEST_FLOOR || !LIKELIEST_THEMES.has(top.slug)) return own;
    return [{ slug: top.slug, terms: [...top.terms, LIKELIEST], ...(top.source ? { source: top.source } : {}) }];
  });
}

/**
 * Themes of the whole statement: those of its proposals, plus themes the rest of the text
 * supports with three different words or more, one of them strong (two strong until round 24:
 * one strong word among three raised the recall per statement on 17 of 28 sets, lowered it on
 * none, and kept every set's precision above 75; docs/intake.md "Round 7: themes", "Round 24: themes"), plus the theme of its single-topic segment when the text names it at all.
 * A statement without proposals gets the themes its text names with three different words, weak
 * ones included (round 8: one strong word or two weak ones, as for a proposal, suggested too many
 * themes for a whole text; docs/intake.md "Round 8: themes").
 */
export function statementThemes(text: string, proposals: readonly ThemeMatch[][], lexicon: Lexicon, context: ThemeContext = {}): ThemeMatch[] {
  const fromProposals = new Map<string, Set<string>>();
  // Where a learned theme's words were learned, kept for the statement's "why".
  const sources = new Map<string, ThemeMatch["source"]>();
  for (const list of proposals)
    for (const m of list) {
      if (m.source && !sources.has(m.slug)) sources.set(m.slug, m.source);
      for (const t of m.terms) (fromProposals.get(m.slug) ?? fromProposals.set(m.slug, new Set()).get(m.slug)!).add(t);
    }
  for (const m of scan(text, lexicon)) {
    const keep =
      fromProposals.has(m.slug) || (m.strong >= 1 && m.terms.length >= 3) || context.topical?.includes(m.slug) || (proposals.length === 0 && m.terms.length >= 3);
    if (keep) {
      const set = fromProposals.get(m.slug) ?? new Set<string>();
      for (const t of m.terms) set.add(t);
      fromProposals.set(m.slug, set);
    }
  }
  return [...fromProposals].map(([slug, terms]) => ({ slug, terms: [...terms], ...(sources.has(slug) ? { source: sources.get(slug) } : {}) })).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The "why" of a theme the proposal's heading names: `heading: <its words>`. */
export const HEADING = "heading";

/**
 * A proposal's themes with those of the heading it stands under ("Regarding extradition:"
 * above "answer each incoming request within a month", `theme-context.ts`): a theme the heading suggests
 * by a strong word is added when the proposal has a word of it too, weak ones included (the
 * heading says which sense the weak word has). Measured on every set (docs/intake.md "Round 11:
 * themes"): with the proposal's word required, no set lost; without it, labellers disagreed with
 * the heading on about a third of the items.
 */
export function withHeading(own: ThemeMatch[], proposal: string, heading: string | null, lexicon: Lexicon): ThemeMatch[] {
  if (!heading) return own;
  const evidence = themeEvidence(proposal, lexicon);
  const out = [...own];
  for (const m of scan(heading, lexicon)) {
    if (m.strong === 0 || out.some((x) => x.slug === m.slug)) continue;
    const words = evidence.get(m.slug);
    if (!words?.length) continue;
    // The heading's strong words (listed first by `scan`) are its reason.
    out.push({ slug: m.slug, terms: [...words, ...m.terms.slice(0, m.strong).map((t) => `${HEADING}: ${t}`)] });
  }
  return out;
}
