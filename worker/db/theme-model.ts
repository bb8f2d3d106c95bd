import type { ThemeModel } from "../domain/theme-model";

/** Published proposals with the themes staff gave them, oldest first (the model learns from these). */
export async function listTaggedPublishedProposals(db: D1Database, limit: number): Promise<{ text: string; themes: string[] }[]> {
  const { results } = await db
    .prepare(
      `SELECT p.text AS text, group_concat(pt.theme_slug, ' ') AS themes
         FROM proposals p
         JOIN submissions s ON s.id = p.submission_id
         JOIN proposal_themes pt ON pt.proposal_id = p.id
        WHERE s.status = 'published'
        GROUP BY p.id
        ORDER BY s.published_at, p.id
        LIMIT ?1`,
    )
    .bind(limit)
    .all<{ text: string; themes: string }>();
  return results.map((r) => ({ text: r.text, themes: r.themes.split(" ").filter(Boolean) }));
}

/** A fingerprint of what the model learns from: published tagged proposals, the tags (counted and checksummed), the last decision. */
export async function themeModelSource(db: D1Database): Promise<{ now: string; stored: string | null }> {
  const [now, stored] = await Promise.all([
    db
      .prepare(
        `SELECT count(DISTINCT pt.proposal_id) || ':' || count(*) || ':' || coalesce(sum(pt.proposal_id * length(pt.theme_slug) * unicode(pt.theme_slug)), 0) || ':' || coalesce(max(s.decided_at), '') AS source
           FROM proposal_themes pt JOIN proposals p ON p.id = pt.proposal_id JOIN submissions s ON s.id = p.submission_id
          WHERE s.status = 'published'`,
      )
      .first<{ source: string }>(),
    db.prepare("SELECT source FROM theme_model WHERE id = 1").first<{ source: string }>(),
  ]);
  return { now: now?.source ?? "0:0:", stored: stored?.source ?? null };
}

export function saveThemeModelStatement(db: D1Database, json: string, examples: number, source: string, at: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO theme_model (id, model, examples, built_at, source) VALUES (1, ?1, ?2, ?3, ?4)
       ON CONFLICT (id) DO UPDATE SET model = excluded.model, examples = excluded.examples, built_at = excluded.built_at, source = excluded.source`,
    )
    .bind(json, examples, at, source);
}

/** The learned model, or null before the job first ran (or if the row cannot be read as one). */
export async function loadThemeModel(db: D1Database): Promise<ThemeModel | null> {
  const row = await db.prepare("SELECT model FROM theme_model WHERE id = 1").first<{ model: string }>();
  if (!row) return null;
  try {
    const model = JSON.parse(row.model) as ThemeModel;
    return typeof model?.examples === "number" && model.themes && model.terms ? model : null;
  } catch {
    return null;
  }
}
