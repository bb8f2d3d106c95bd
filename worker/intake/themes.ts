import { fold } from "./markers.ts";
import { LEXICON } from "./lexicon.ts";

/**
 * An explainable theme classifier: a theme is suggested when its lexicon's words occur in the
 * text, and each suggestion carries the words that triggered it.
 */
export type ThemeMatch = { slug: string; terms: string[] };
/** A compiled term; a weak one (written `~term` in the lexicon) counts only beside another term of its theme. */
export type Term = { pattern: RegExp; weak: boolean };
export type Lexicon = Map<string, Term[]>;
export type ExtraKeyword = { theme: string; term: string };

/** `*` → any word ending; `[sz]` and `(las )?` are kept; spaces and hyphens match either. Everything else is literal. */
export function termPattern(term: string, literal = false): RegExp {
  const body = fold(term.trim())
    .replace(literal ? /[.+^${}|\\/()?[\]]/g : /[.+^${}|\\/]/g, "\\$&")
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

type Scan = ThemeMatch & { strong: number };

/** Whether two of the spans do not overlap. */
function apart(spans: [number, number][]): boolean {
  for (let i = 0; i < spans.length; i++) for (let j = i + 1; j < spans.length; j++) if (spans[i]![1] <= spans[j]![0] || spans[j]![1] <= spans[i]![0]) return true;
  return false;
}

function scan(text: string, lexicon: Lexicon): Scan[] {
  const folded = fold(text).replace(/[’‘`]/g, "'");
  const out: Scan[] = [];
  for (const [slug, patterns] of lexicon) {
    // One entry per lexicon term (its first wording in the text), so "strategy" and "strategies" count once.
    const terms = new Set<string>();
    const spans: [number, number][] = [];
    let strong = 0;
    for (const { pattern, weak } of patterns) {
      pattern.lastIndex = 0;
      const m = pattern.exec(folded);
      if (m) {
        terms.add(m[0].replace(/\s+/g, " "));
        if (!weak) strong++;
        spans.push([m.index, m.index + m[0].length]);
      }
    }
    // A weak term ("judges", "evaluation", "visas") alone is too common to suggest its theme; two weak
    // terms count only where they are two different places of the text, not two wordings of one word
    // ("informations" is both "inform*" and "information* sur").
    if (strong > 0 || (terms.size >= 2 && apart(spans))) out.push({ slug, terms: [...terms], strong });
  }
  return out.sort((a, b) => b.terms.length - a.terms.length || a.slug.localeCompare(b.slug));
}

/** Themes whose words occur in `text`, most evidence first, with the words found. */
export function matchThemes(text: string, lexicon: Lexicon): ThemeMatch[] {
  return scan(text, lexicon).map(({ slug, terms }) => ({ slug, terms }));
}

/** Themes of one proposal: every theme with at least one word. */
export function proposalThemes(text: string, lexicon: Lexicon): ThemeMatch[] {
  return matchThemes(text, lexicon);
}

/**
 * Themes of the whole statement: those of its proposals, plus themes the rest of the text
 * supports with two different words or more, one of them not weak.
 */
export function statementThemes(text: string, proposals: readonly ThemeMatch[][], lexicon: Lexicon): ThemeMatch[] {
  const fromProposals = new Map<string, Set<string>>();
  for (const list of proposals) for (const m of list) for (const t of m.terms) (fromProposals.get(m.slug) ?? fromProposals.set(m.slug, new Set()).get(m.slug)!).add(t);
  for (const m of scan(text, lexicon)) {
    if (fromProposals.has(m.slug) || (m.terms.length >= 2 && m.strong > 0) || proposals.length === 0) {
      const set = fromProposals.get(m.slug) ?? new Set<string>();
      for (const t of m.terms) set.add(t);
      fromProposals.set(m.slug, set);
    }
  }
  return [...fromProposals].map(([slug, terms]) => ({ slug, terms: [...terms] })).sort((a, b) => a.slug.localeCompare(b.slug));
}
