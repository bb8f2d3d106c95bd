import { readMarker } from "./markers.ts";
import { literal } from "./literal.ts";

/**
 * The heading each proposal stands under, for the themes (round 11, docs/intake.md "Round 11:
 * themes"). Statements group their proposals under short topic headings that ask nothing
 * themselves ("Regarding victims' shelters:", "Pour la coopération judiciaire :", "Sobre corrupción:", the
 * title of "Recommendation 2 – Better data"); the heading names the theme the items below it are
 * about, often in words the items do not repeat. Proposals are found in the text in order; the
 * last whole line between a proposal and the one before it is its heading when it is one (short,
 * asks nothing, ends with a colon or without a full stop, names no addressee); proposals of the
 * same list keep the heading above the first of them, and a later item set like the heading itself
 * (a sibling "•" after a "•" heading's sub-items) leaves it. A proposal that starts inside a line
 * (prose) has none.
 */
const MAX_HEADING = 80;
/** A lead-in naming who is asked ("To the States of destination:", "Aux bailleurs :") is not a topic. */
const ADDRESSEE = /(?<!\p{L})(?:states?|estados?|[eé]tats?|unodc|onudc|governments?|gouvernements?|gobiernos?|donors?|conference|conf[eé]rence|conferencia|parties|partes)(?!\p{L})/iu;

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Where `proposal` starts and ends in `text`, searching from `from` (first six and last five words, any separators between). */
function locate(text: string, proposal: string, from: number): [number, number] | null {
  const w = words(proposal);
  if (w.length === 0) return null;
  const head = new RegExp(w.slice(0, 6).map(literal).join("[^\\p{L}\\p{N}]+"), "gu");
  head.lastIndex = from;
  const m = head.exec(text);
  if (!m) return null;
  const tail = new RegExp(w.slice(-5).map(literal).join("[^\\p{L}\\p{N}]+"), "gu");
  tail.lastIndex = m.index;
  const e = tail.exec(text);
  return [m.index, e ? e.index + e[0].length : m.index + proposal.length];
}

/** A line without its list label ("1.", "•", "Recommendation 2 –"), and the label's shape ("x.", "•"), indentation included. */
function unlabel(line: string): { rest: string; shape: string } {
  const trimmed = line.trimStart();
  const indent = line.length - trimmed.length;
  const read = readMarker(trimmed);
  if (!read) return { rest: trimmed.trim(), shape: "" };
  return { rest: read.rest.trim(), shape: `${indent}:${read.marker.raw.replace(/[\p{L}\p{N}]+/gu, "x")}` };
}

export function isHeading(line: string): boolean {
  return line.length <= MAX_HEADING && (/:\s*$/.test(line) || !/[.!?;]\s*$/.test(line)) && !ADDRESSEE.test(line) && !/ [—–] .*:/.test(line) && /\p{L}{2}/u.test(line);
}

/** For each proposal, the heading it stands under in `text`, or null. */
export function proposalHeadings(text: string, proposals: readonly string[]): (string | null)[] {
  const out: (string | null)[] = [];
  let end = 0;
  let heading: { text: string; shape: string } | null = null;
  for (const proposal of proposals) {
    const at = locate(text, proposal, end) ?? locate(text, proposal, 0);
    if (!at) {
      out.push(null);
      continue;
    }
    const lineStart = text.lastIndexOf("\n", at[0] - 1) + 1;
    // The text before the proposal on its line, with a stand-in for the proposal ("• " alone is no label).
    const own = unlabel(`${text.slice(lineStart, at[0])}X`);
    if (own.rest !== "X") {
      // The proposal starts inside a line: prose, under no heading.
      heading = null;
    } else {
      const lines = text
        .slice(Math.min(end, lineStart), lineStart)
        .split("\n")
        .map((l) => ({ ...unlabel(l), raw: l }))
        .filter((l) => /\p{L}{2}/u.test(l.rest));
      const last = lines[lines.length - 1];
      if (last) heading = isHeading(last.rest) ? { text: last.rest, shape: last.shape } : null;
      else if (heading && heading.shape !== "" && own.shape === heading.shape) heading = null;
    }
    out.push(heading?.text ?? null);
    end = Math.max(end, at[1]);
  }
  return out;
}
