/** Crockford base-32 without I, L, O, U: easy to read aloud and to type from a receipt. */
export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_PATTERN = /^CD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A new reference `CD-XXXX-XXXX` (40 random bits; uniqueness is enforced by the database). */
export function newReference(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const bytes = random(8);
  let s = "";
  for (let i = 0; i < 8; i++) s += CROCKFORD[bytes[i]! & 31];
  return `CD-${s.slice(0, 4)}-${s.slice(4)}`;
}

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}

/**
 * A search query that is exactly a reference, in any case and with Crockford's look-alikes
 * (O → 0, I and L → 1) as a person may type them from a printed receipt: `cd-7k3m-q9xa` →
 * `CD-7K3M-Q9XA`. Anything else → null.
 */
export function referenceFromQuery(q: string): string | null {
  const m = /^\s*cd-([0-9a-z]{4})-([0-9a-z]{4})\s*$/i.exec(q);
  if (!m) return null;
  const fix = (s: string) => s.toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1");
  const reference = `CD-${fix(m[1]!)}-${fix(m[2]!)}`;
  return isReference(reference) ? reference : null;
}
