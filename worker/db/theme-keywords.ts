/** Words admins add to a theme of the intake lexicon (`worker/intake/lexicon.ts` holds the built-in ones). */
export type ThemeKeyword = { term: string; language: string; createdBy: string; createdAt: string };

export async function listThemeKeywords(db: D1Database, slug?: string): Promise<(ThemeKeyword & { theme: string })[]> {
  const { results } = await db
    .prepare(
      `SELECT theme_slug AS theme, term, language, created_by AS createdBy, created_at AS createdAt FROM theme_keywords
        WHERE ?1 IS NULL OR theme_slug = ?1 ORDER BY theme_slug, term`,
    )
    .bind(slug ?? null)
    .all<ThemeKeyword & { theme: string }>();
  return results;
}

/** Replaces the admin-added keywords of one theme. */
export function replaceThemeKeywordsStatements(db: D1Database, slug: string, keywords: { term: string; language: string }[], by: string, now: string): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM theme_keywords WHERE theme_slug = ?1").bind(slug),
    ...keywords.map((k) =>
      db
        .prepare("INSERT INTO theme_keywords (theme_slug, language, term, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (theme_slug, term) DO NOTHING")
        .bind(slug, k.language, k.term, by, now),
    ),
  ];
}

/** Adds one admin keyword; false when the theme already has that term. */
export async function addThemeKeyword(db: D1Database, slug: string, k: { term: string; language: string }, by: string, now: string): Promise<boolean> {
  const result = await db
    .prepare("INSERT INTO theme_keywords (theme_slug, language, term, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (theme_slug, term) DO NOTHING")
    .bind(slug, k.language, k.term, by, now)
    .run();
  return result.meta.changes > 0;
}

export async function removeThemeKeyword(db: D1Database, slug: string, term: string): Promise<void> {
  await db.prepare("DELETE FROM theme_keywords WHERE theme_slug = ?1 AND term = ?2").bind(slug, term).run();
}
