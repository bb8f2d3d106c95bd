// How the evaluations match a proposal found with a labelled one (eval:intake, scripts/eval-requests.mjs).

/** A text compared without case, Unicode form or runs of white space. */
export const norm = (s) => (s ?? "").normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
/** The words and numbers of a text, normalised. */
export const words = (s) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
/** Two proposal texts are the same boundary when their words overlap almost entirely (Dice ≥ 0.9). */
export function sameProposal(a, b) {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  const bag = new Map();
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) if (bag.get(w) > 0) (common++, bag.set(w, bag.get(w) - 1));
  return (2 * common) / (x.length + y.length) >= 0.9;
}
