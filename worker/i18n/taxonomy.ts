import { DEMO_SEGMENT_SLUG, DEMO_SEGMENT_TITLE, SEGMENTS, THEMES, type SeededSegmentSlug, type SeededThemeSlug } from "../../worker/seed/taxonomy";
import { arSegments } from "../../worker/seed/translations/ar-segments";
import { arThemes } from "../../worker/seed/translations/ar-themes";
import type { SegmentCatalog, ThemeCatalog } from "./catalog";
import { esSegments } from "../../worker/seed/translations/es-segments";
import { esThemes } from "../../worker/seed/translations/es-themes";
import { frSegments } from "../../worker/seed/translations/fr-segments";
import { frThemes } from "../../worker/seed/translations/fr-themes";
import { formatDate, t, type Locale } from "./index";
import { ruSegments } from "../../worker/seed/translations/ru-segments";
import { ruThemes } from "../../worker/seed/translations/ru-themes";
import { zhSegments } from "../../worker/seed/translations/zh-segments";
import { zhThemes } from "../../worker/seed/translations/zh-themes";

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
export function localizeTheme<T extends { slug: string; label: string; description?: string; labels?: Record<string, string>; descriptions?: Record<string, string> }>(
  locale: Locale,
  theme: T,
): T {
  // Read from the database (theme_translations): each language is its own field, edited on its own;
  // a missing one falls back to the English.
  if (theme.labels) {
    if (locale === "en") return theme;
    return {
      ...theme,
      label: theme.labels[locale] || theme.label,
      ...(theme.description !== undefined ? { description: theme.descriptions?.[locale] || theme.description } : {}),
    };
  }
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
export function themeLabel(locale: Locale, theme: { slug: string; label: string; labels?: Record<string, string> }): string {
  return localizeTheme(locale, theme).label;
}

/** slug → label in `locale`, for chips, facets and review panels. */
export function themeLabels(locale: Locale, themes: { slug: string; label: string; labels?: Record<string, string> }[]): Record<string, string> {
  return Object.fromEntries(themes.map((th) => [th.slug, themeLabel(locale, th)]));
}

/** The seeded segments' titles in each interface language; English is the database's own text. */
const SEGMENT_CATALOGS: Record<Exclude<Locale, "en">, SegmentCatalog> = { fr: frSegments, es: esSegments, ar: arSegments, ru: ruSegments, zh: zhSegments };

/** slug → the seeded English title (the real segments and the demo). */
export const SEEDED_SEGMENT_TITLES: ReadonlyMap<string, string> = new Map<string, string>([
  ...SEGMENTS.map((g): [string, string] => [g.slug, g.title]),
  [DEMO_SEGMENT_SLUG, DEMO_SEGMENT_TITLE],
]);

/** The translations of the seeded segments' titles for `locale` (null for English), for completeness tests. */
export function segmentCatalog(locale: Locale): SegmentCatalog | null {
  return locale === "en" ? null : SEGMENT_CATALOGS[locale];
}

/** The segments' titles in the other languages as the database holds them: slug → locale → title. */
export type SegmentTitles = Record<string, Record<string, string>>;

/**
 * A segment's title in `locale`. With `titles` (the database's translations, `segmentTitleTranslations`)
 * it is the translation an admin keeps, else the English. Without them it falls back to the seeded
 * catalog, translated only while the database still holds the seeded English title, so a segment an
 * admin created or retitled shows the database's title in every language (as `localizeTheme`).
 */
export function segmentTitle(locale: Locale, slug: string, dbTitle: string, titles?: SegmentTitles): string {
  if (locale === "en") return dbTitle;
  if (titles) return titles[slug]?.[locale] || dbTitle;
  if (SEEDED_SEGMENT_TITLES.get(slug) !== dbTitle) return dbTitle;
  return SEGMENT_CATALOGS[locale][slug as SeededSegmentSlug];
}

/**
 * A segment in a list of choices (form selects, filters, facets): its title and the day it is held,
 * since a series repeats titles (firearms in 2022 and in 2023).
 */
export function segmentChoice(locale: Locale, segment: { slug: string; title: string; heldOn: string; titles?: Record<string, string> }): string {
  return `${localSegmentTitle(locale, segment)}${t(locale, "list.separator")}${formatDate(locale, segment.heldOn)}`;
}

/**
 * A segment's title in `locale` from the segment as read from the database (`titles`, edited per
 * language on /admin), falling back to the English. Without `titles`, as `segmentTitle`.
 */
export function localSegmentTitle(locale: Locale, segment: { slug: string; title: string; titles?: Record<string, string> }): string {
  if (segment.titles) return locale === "en" ? segment.title : segment.titles[locale] || segment.title;
  return segmentTitle(locale, segment.slug, segment.title);
}

