import type { TaxonomyTranslations } from "../i18n/follow";

/** Segment titles and theme labels as the database holds them (slug → text), in one round trip. */
export async function referenceLabels(db: D1Database | D1DatabaseSession): Promise<{ segment: Record<string, string>; theme: Record<string, string>; translations: TaxonomyTranslations }> {
  const [segments, themes, translations] = await db.batch([db.prepare("SELECT slug, title AS text FROM segments"), db.prepare("SELECT slug, label AS text FROM themes"), db.prepare(TRANSLATIONS_SQL)]);
  const toMap = (r: D1Result) => Object.fromEntries(((r.results ?? []) as { slug: string; text: string }[]).map((x) => [x.slug, x.text]));
  return { segment: toMap(segments!), theme: toMap(themes!), translations: toTranslations((translations!.results ?? []) as TranslationRow[]) };
}

type TranslationRow = { kind: "segment" | "theme"; slug: string; locale: string; text: string };
const TRANSLATIONS_SQL = `SELECT 'segment' AS kind, g.slug, t.locale, t.title AS text FROM segment_translations t JOIN segments g ON g.id = t.segment_id WHERE t.title IS NOT NULL AND t.title <> ''
  UNION ALL SELECT 'theme', t.theme_slug, t.locale, t.label FROM theme_translations t WHERE t.label IS NOT NULL AND t.label <> ''`;

function toTranslations(rows: TranslationRow[]): TaxonomyTranslations {
  const out: TaxonomyTranslations = { segment: {}, theme: {} };
  for (const r of rows) (out[r.kind][r.slug] ??= {})[r.locale] = r.text;
  return out;
}

/**
 * The segments' titles and the themes' labels in the other UN languages, as admins keep them
 * (`segment_translations`, `theme_translations`): slug → locale → text. What pages and emails show
 * for a segment or theme named by a row that carries only its slug and English text.
 */
export async function taxonomyTranslations(db: D1Database | D1DatabaseSession): Promise<TaxonomyTranslations> {
  return toTranslations((await db.prepare(TRANSLATIONS_SQL).all<TranslationRow>()).results);
}
