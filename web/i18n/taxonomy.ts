import { THEMES, type SeededThemeSlug } from "../../worker/seed/taxonomy";
import { arThemes } from "./ar-themes";
import type { ThemeCatalog } from "./catalog";
import { esThemes } from "./es-themes";
import { frThemes } from "./fr-themes";
import type { Locale } from "./index";
import { ruThemes } from "./ru-themes";
import { zhThemes } from "./zh-themes";

/** The seeded themes in each interface language; English is the database's own text. */
const THEME_CATALOGS: Record<Exclude<Locale, "en">, ThemeCatalog> = { fr: frThemes, es: esThemes, ar: arThemes, ru: ruThemes, zh: zhThemes };

const SEEDED = new Map<string, { label: string; description: string }>(THEMES.map((th) => [th.slug, th]));

/** The translations of the seeded themes for `locale` (null for English), for completeness tests. */
export function themeCatalog(locale: Locale): ThemeCatalog | null {
  return locale === "en" ? null : THEME_CATALOGS[locale];
}

/**
 * A theme's label and description in `locale`. Each field is translated only while the database still
 * holds the seeded English for it: a theme an admin created, relabelled or re-described shows the
 * database's text in every language, so a stale translation never hides an edit.
 */
export function localizeTheme<T extends { slug: string; label: string; description?: string }>(locale: Locale, theme: T): T {
  const seeded = SEEDED.get(theme.slug);
  if (locale === "en" || !seeded) return theme;
  const translated = THEME_CATALOGS[locale][theme.slug as SeededThemeSlug];
  return {
    ...theme,
    label: theme.label === seeded.label ? translated.label : theme.label,
    ...(theme.description !== undefined ? { description: theme.description === seeded.description ? translated.description : theme.description } : {}),
  };
}

/** A theme's label in `locale` (see `localizeTheme`). */
export function themeLabel(locale: Locale, theme: { slug: string; label: string }): string {
  return localizeTheme(locale, theme).label;
}

/** slug → label in `locale`, for chips, facets and review panels. */
export function themeLabels(locale: Locale, themes: { slug: string; label: string }[]): Record<string, string> {
  return Object.fromEntries(themes.map((th) => [th.slug, themeLabel(locale, th)]));
}
