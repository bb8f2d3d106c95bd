import type { BriefProposal } from "../../worker/db/archive-proposals";

/**
 * A briefing pack as data, shared by the HTML page and the Word document: every published proposal
 * of a segment grouped by theme (in the taxonomy's order; a proposal with two themes is under both,
 * one without a theme last), or every proposal on a theme grouped by segment (newest first).
 */
export type BriefGroup = { id: string; title: string; proposals: BriefProposal[] };
/** `truncated`: the query's limit was reached, so the pack holds only the first `proposals`. */
export type Brief = { title: string; subject: string; groups: BriefGroup[]; proposals: number; statements: number; truncated: boolean; csv: string };

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

export function briefOf(title: string, subject: string, proposals: BriefProposal[], groups: BriefGroup[], csv: string): Brief {
  return { title, subject, groups, proposals: proposals.length, statements: new Set(proposals.map((p) => p.reference)).size, truncated: proposals.length >= BRIEF_LIMIT, csv };
}

export function citationUrl(origin: string, p: { reference: string; number: number }): string {
  return `${origin}/statements/${p.reference}#p${p.number}`;
}
