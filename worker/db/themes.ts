/**
 * `label` and `description` are the English; `labels` and `descriptions` hold the other UN languages
 * that have a translation (`theme_translations`, migration 0011). A missing one falls back to the English.
 */
export type Theme = { slug: string; label: string; description: string; statementCount: number; labels: Record<string, string>; descriptions: Record<string, string> };
type ThemeRow = Omit<Theme, "labels" | "descriptions"> & { labels: string; descriptions: string };

const toTheme = (r: ThemeRow): Theme => ({ ...r, labels: JSON.parse(r.labels) as Record<string, string>, descriptions: JSON.parse(r.descriptions) as Record<string, string> });

/** The public API's theme: as before translations (API.md: public label and description stay the English). */
export function publicTheme(t: Theme): Omit<Theme, "labels" | "descriptions"> {
  return { slug: t.slug, label: t.label, description: t.description, statementCount: t.statementCount };
}

/** A theme counts a published statement once, whether tagged on the statement or on a proposal. */
const SELECT = `SELECT t.slug, t.label, t.description,
  (SELECT count(*) FROM submissions x WHERE x.status = 'published' AND (
     EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = x.id AND st.theme_slug = t.slug)
     OR EXISTS (SELECT 1 FROM proposals p JOIN proposal_themes pt ON pt.proposal_id = p.id WHERE p.submission_id = x.id AND pt.theme_slug = t.slug)
  )) AS statementCount,
  (SELECT json_group_object(locale, label) FROM theme_translations WHERE theme_slug = t.slug AND label IS NOT NULL AND label <> '') AS labels,
  (SELECT json_group_object(locale, description) FROM theme_translations WHERE theme_slug = t.slug AND description IS NOT NULL AND description <> '') AS descriptions
  FROM themes t`;

export async function listThemes(db: D1Database): Promise<Theme[]> {
  const { results } = await db.prepare(`${SELECT} ORDER BY t.position, t.label`).all<ThemeRow>();
  return results.map(toTheme);
}

/** Each theme's label by slug (feeds name the categories they list). */
export async function themeLabels(db: D1Database | D1DatabaseSession): Promise<Map<string, string>> {
  const { results } = await db.prepare("SELECT slug, label FROM themes").all<{ slug: string; label: string }>();
  return new Map(results.map((t) => [t.slug, t.label]));
}

export async function getTheme(db: D1Database, slug: string): Promise<Theme | null> {
  const row = await db.prepare(`${SELECT} WHERE t.slug = ?1`).bind(slug).first<ThemeRow>();
  return row ? toTheme(row) : null;
}

export async function existingThemeSlugs(db: D1Database): Promise<Set<string>> {
  const { results } = await db.prepare("SELECT slug FROM themes").all<{ slug: string }>();
  return new Set(results.map((r) => r.slug));
}

export function insertThemeStatement(db: D1Database, t: { slug: string; label: string; description: string }, now: string, position?: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO themes (slug, label, description, position, created_at, updated_at)
       VALUES (?1, ?2, ?3, coalesce(?4, (SELECT coalesce(max(position), 0) + 1 FROM themes)), ?5, ?5)`,
    )
    .bind(t.slug, t.label, t.description, position ?? null, now);
}

export function updateThemeStatement(db: D1Database, slug: string, patch: { label?: string; description?: string }, now: string): D1PreparedStatement {
  return db
    .prepare("UPDATE themes SET label = coalesce(?2, label), description = coalesce(?3, description), updated_at = ?4 WHERE slug = ?1")
    .bind(slug, patch.label ?? null, patch.description ?? null, now);
}

/** Sets one language's label and/or description of a theme; other languages are untouched. An empty value removes it (the English shows). */
export function setThemeTranslationStatements(db: D1Database, slug: string, locale: string, t: { label?: string | null; description?: string | null }, now: string): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = [];
  if (t.label !== undefined) {
    out.push(
      db
        .prepare(
          `INSERT INTO theme_translations (theme_slug, locale, label, updated_at) VALUES (?1, ?2, nullif(?3, ''), ?4)
           ON CONFLICT (theme_slug, locale) DO UPDATE SET label = excluded.label, updated_at = excluded.updated_at`,
        )
        .bind(slug, locale, t.label ?? "", now),
    );
  }
  if (t.description !== undefined) {
    out.push(
      db
        .prepare(
          `INSERT INTO theme_translations (theme_slug, locale, description, updated_at) VALUES (?1, ?2, nullif(?3, ''), ?4)
           ON CONFLICT (theme_slug, locale) DO UPDATE SET description = excluded.description, updated_at = excluded.updated_at`,
        )
        .bind(slug, locale, t.description ?? "", now),
    );
  }
  return out;
}
