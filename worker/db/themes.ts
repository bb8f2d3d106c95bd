export type Theme = { slug: string; label: string; description: string; statementCount: number };

/** A theme counts a published statement once, whether tagged on the statement or on a proposal. */
const SELECT = `SELECT t.slug, t.label, t.description,
  (SELECT count(*) FROM submissions x WHERE x.status = 'published' AND (
     EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = x.id AND st.theme_slug = t.slug)
     OR EXISTS (SELECT 1 FROM proposals p JOIN proposal_themes pt ON pt.proposal_id = p.id WHERE p.submission_id = x.id AND pt.theme_slug = t.slug)
  )) AS statementCount
  FROM themes t`;

export async function listThemes(db: D1Database): Promise<Theme[]> {
  const { results } = await db.prepare(`${SELECT} ORDER BY t.position, t.label`).all<Theme>();
  return results;
}

/** Each theme's label by slug (feeds name the categories they list). */
export async function themeLabels(db: D1Database | D1DatabaseSession): Promise<Map<string, string>> {
  const { results } = await db.prepare("SELECT slug, label FROM themes").all<{ slug: string; label: string }>();
  return new Map(results.map((t) => [t.slug, t.label]));
}

export async function getTheme(db: D1Database, slug: string): Promise<Theme | null> {
  return db.prepare(`${SELECT} WHERE t.slug = ?1`).bind(slug).first<Theme>();
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
