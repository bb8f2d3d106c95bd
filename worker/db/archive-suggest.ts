/** Candidate words for "Did you mean" from the archive's vocabulary (migrations/0014, docs/search.md). */
import type { Candidate } from "../domain/spelling";

type Db = D1Database | D1DatabaseSession;

/** The next string after every string starting with `ch`, in the index's (UTF-8 byte) order. */
function after(ch: string): string {
  return String.fromCodePoint(ch.codePointAt(0)! + 1);
}

/**
 * For each word: the indexed words with the same first letter and a length within `spread` of it,
 * with how many statements hold them. One round trip for all the words.
 */
export async function vocabularyCandidates(db: Db, words: string[], spread = 2): Promise<Candidate[][]> {
  if (words.length === 0) return [];
  const statements = words.map((w) => {
    const first = String.fromCodePoint(w.codePointAt(0)!);
    const n = [...w].length;
    return db
      .prepare(
        `SELECT term, doc FROM statements_words_vocab
          WHERE term >= ?1 AND term < ?2 AND length(term) BETWEEN ?3 AND ?4 ORDER BY doc DESC LIMIT 5000`,
      )
      .bind(first, after(first), n - spread, n + spread);
  });
  const results = await db.batch<Candidate>(statements);
  return results.map((r) => r.results ?? []);
}
