import { diffWords } from "diff";

/**
 * Word-level differences between two versions of a statement, for the review page: what an NGO
 * changed since staff last saw it. Pure; uses the `diff` package (Myers' algorithm over words).
 */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type VersionLike = { title: string; text: string; proposals: { number: number; text: string; themes: string[] }[]; themes: string[] };
export type ProposalDiff =
  | { number: number; kind: "added"; text: string }
  | { number: number; kind: "removed"; text: string }
  | { number: number; kind: "changed"; textChanged: boolean; parts: DiffPart[] | null; themes: { added: string[]; removed: string[] } };
export type VersionDiff = {
  title: DiffPart[] | null;
  /** null when the texts are equal; `parts: null` when the change is too large to diff word by word in a request. */
  text: { parts: DiffPart[] | null } | null;
  proposals: ProposalDiff[];
  themes: { added: string[]; removed: string[] };
};

/** Past this many edits a word diff is not shown (a rewrite reads better side by side), and it stays cheap. */
const MAX_EDITS = 4000;

export function wordDiff(before: string, after: string): DiffPart[] | null {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS, timeout: 200 });
  if (!changes) return null;
  return changes.map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

function setDiff(before: readonly string[], after: readonly string[]) {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

/** Only what changed: unchanged fields and proposals are left out. */
export function versionDiff(before: VersionLike, after: VersionLike): VersionDiff {
  const proposals: ProposalDiff[] = [];
  const count = Math.max(before.proposals.length, after.proposals.length);
  for (let i = 0; i < count; i++) {
    const b = before.proposals[i];
    const a = after.proposals[i];
    if (!b && a) proposals.push({ number: a.number, kind: "added", text: a.text });
    else if (b && !a) proposals.push({ number: b.number, kind: "removed", text: b.text });
    else if (a && b) {
      const themes = setDiff(b.themes, a.themes);
      if (a.text !== b.text || themes.added.length || themes.removed.length) {
        proposals.push({ number: a.number, kind: "changed", textChanged: a.text !== b.text, parts: a.text === b.text ? null : wordDiff(b.text, a.text), themes });
      }
    }
  }
  return {
    title: before.title === after.title ? null : wordDiff(before.title, after.title),
    text: before.text === after.text ? null : { parts: wordDiff(before.text, after.text) },
    proposals,
    themes: setDiff(before.themes, after.themes),
  };
}

export function isEmptyDiff(d: VersionDiff): boolean {
  return d.title === null && d.text === null && d.proposals.length === 0 && d.themes.added.length === 0 && d.themes.removed.length === 0;
}

/**
 * The version staff last saw: the newest snapshot at or below the content version recorded at their
 * last decision or edit. Null when staff never acted: a first review has nothing to compare with.
 */
export function lastSeenByStaff<V extends { version: number }>(versions: readonly V[], seenVersion: number | null): V | null {
  if (seenVersion === null) return null;
  let seen: V | null = null;
  for (const v of versions) if (v.version <= seenVersion) seen = v;
  return seen;
}
