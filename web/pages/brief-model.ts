import type { BriefProposal } from "../../worker/db/archive-proposals";

/**
 * A briefing pack as data, shared by the HTML page and the Word document: every published proposal
 * of a segment grouped by theme (in the taxonomy's order; a proposal with two themes is under both,
 * one without a theme last), or every proposal on a theme grouped by segment (newest first).
 */
export type BriefGroup = { id: string; title: string; proposals: BriefProposal[] };
/**
 * The outcome of a segment in its pack (API.md "Outcomes"): the Chair's summary's paragraphs that
 * reflect proposals, each with those proposals; `reflected` marks each proposal (`reference:number`)
 * with the paragraphs it is linked to.
 */
export type BriefOutcome = {
  title: string;
  publishedOn: string;
  /** The public page of the summary. */
  url: string;
  paragraphs: { number: string; text: string; url: string; proposals: { reference: string; proposal: number; organization: { name: string; acronym: string | null }; url: string }[] }[];
  reflected: Map<string, { number: string; url: string }[]>;
};
/** `truncated`: the query's limit was reached, so the pack holds only the first `proposals`. */
export type Brief = { title: string; subject: string; groups: BriefGroup[]; proposals: number; statements: number; truncated: boolean; csv: string; outcome: BriefOutcome | null };

/** The anchor of the outcome section in a pack. */
export const OUTCOME_ID = "outcome";

/** A segment's public outcome → the pack's outcome: only the paragraphs that reflect a proposal. */
export function briefOutcome(outcome: { title: string; publishedOn: string; paragraphs: BriefOutcome["paragraphs"] }, pageUrl: string): BriefOutcome {
  const paragraphs = outcome.paragraphs.filter((p) => p.proposals.length > 0);
  const reflected = new Map<string, { number: string; url: string }[]>();
  for (const par of paragraphs) {
    for (const p of par.proposals) {
      const key = `${p.reference}:${p.proposal}`;
      reflected.set(key, [...(reflected.get(key) ?? []), { number: par.number, url: par.url }]);
    }
  }
  return { title: outcome.title, publishedOn: outcome.publishedOn, url: pageUrl, paragraphs, reflected };
}

export function groupByTheme(proposals: BriefProposal[], themes: { slug: string; label: string }[], untaggedTitle: string): BriefGroup[] {
  const tagged = proposals.map((p) => ({ p, themes: JSON.parse(p.themes) as string[] }));
  const groups: BriefGroup[] = themes
    .map((th) => ({ id: `theme-${th.slug}`, title: th.label, proposals: tagged.filter((x) => x.themes.includes(th.slug)).map((x) => x.p) }))
    .filter((g) => g.proposals.length > 0);
  const known = new Set(themes.map((th) => th.slug));
  const rest = tagged.filter((x) => !x.themes.some((slug) => known.has(slug))).map((x) => x.p);
  if (rest.length) groups.push({ id: "theme-none", title: untaggedTitle, proposals: rest });
  return groups;
}

export function groupBySegment(proposals: BriefProposal[], segmentTitle: (slug: string, title: string) => string): BriefGroup[] {
  const bySlug = new Map<string, { heldOn: string; group: BriefGroup }>();
  for (const p of proposals) {
    let entry = bySlug.get(p.segmentSlug);
    if (!entry) bySlug.set(p.segmentSlug, (entry = { heldOn: p.segmentHeldOn, group: { id: `segment-${p.segmentSlug}`, title: segmentTitle(p.segmentSlug, p.segmentTitle), proposals: [] } }));
    entry.group.proposals.push(p);
  }
  return [...bySlug.values()].sort((a, b) => (a.heldOn < b.heldOn ? 1 : a.heldOn > b.heldOn ? -1 : 0)).map((e) => e.group);
}

export const BRIEF_LIMIT = 5000;

export function briefOf(title: string, subject: string, proposals: BriefProposal[], groups: BriefGroup[], csv: string, outcome: BriefOutcome | null = null): Brief {
  return { title, subject, groups, proposals: proposals.length, statements: new Set(proposals.map((p) => p.reference)).size, truncated: proposals.length >= BRIEF_LIMIT, csv, outcome };
}

export function citationUrl(origin: string, p: { reference: string; number: number }): string {
  return `${origin}/statements/${p.reference}#p${p.number}`;
}
