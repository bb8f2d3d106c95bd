/**
 * Moderation flags, free of I/O: personal data in a statement (`pii.ts`) and a MinHash signature
 * of its word shingles for near-duplicate detection.
 */

// ---- near-duplicates -------------------------------------------------------------------------

export const SHINGLE_WORDS = 3;
export const MINHASH_SIZE = 128;
export const BAND_ROWS = 4;
export const BANDS = MINHASH_SIZE / BAND_ROWS;
/** Estimated Jaccard similarity from which two statements are flagged as possible duplicates. */
export const DUPLICATE_THRESHOLD = 0.5;

/** Lowercased words of letters and digits (any script), so punctuation and layout do not matter. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of `SHINGLE_WORDS`-word shingles (a text shorter than that is one shingle). */
export function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length === 0) return out;
  if (w.length < SHINGLE_WORDS) out.add(w.join(" "));
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(w.slice(i, i + SHINGLE_WORDS).join(" "));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// murmur3's finalizer: a cheap, well-mixed family of hash functions indexed by seed.
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed + 1, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** MinHash signature: for each of `MINHASH_SIZE` hash functions, the least hash over the shingles. Empty text → empty signature. */
export function minhash(text: string): number[] {
  const set = shingles(text);
  if (set.size === 0) return [];
  const base = [...set].map(fnv1a);
  const sig: number[] = [];
  for (let k = 0; k < MINHASH_SIZE; k++) {
    let min = 0xffffffff;
    for (const h of base) {
      const v = mix(h, k);
      if (v < min) min = v;
    }
    sig.push(min);
  }
  return sig;
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== MINHASH_SIZE || b.length !== MINHASH_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/**
 * Locality-sensitive hashing: one key per band of `BAND_ROWS` signature values. Two statements
 * sharing any band key are candidates (about 0.5 similarity gives 87 % odds of sharing one).
 */
export function bandKeys(sig: readonly number[]): string[] {
  if (sig.length !== MINHASH_SIZE) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(sig.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).map((n) => n.toString(36)).join("."));
  return keys;
}

/** The text a submission's flags are computed over. */
export function flaggedText(s: { title: string; text: string; proposals: readonly { text: string }[] }): string {
  return [s.title, s.text, ...s.proposals.map((p) => p.text)].join("\n");
}
