import type { SegmentCatalog, ThemeCatalog } from "../taxonomy.ts";
import { arSegments } from "./ar-segments.ts";
import { arThemes } from "./ar-themes.ts";
import { esSegments } from "./es-segments.ts";
import { esThemes } from "./es-themes.ts";
import { frSegments } from "./fr-segments.ts";
import { frThemes } from "./fr-themes.ts";
import { ruSegments } from "./ru-segments.ts";
import { ruThemes } from "./ru-themes.ts";
import { zhSegments } from "./zh-segments.ts";
import { zhThemes } from "./zh-themes.ts";

/** The seeded taxonomy in the other UN languages: written to `theme_translations` / `segment_translations` by the seed. */
export const THEME_TRANSLATIONS: Record<"fr" | "es" | "ar" | "ru" | "zh", ThemeCatalog> = { fr: frThemes, es: esThemes, ar: arThemes, ru: ruThemes, zh: zhThemes };
export const SEGMENT_TRANSLATIONS: Record<"fr" | "es" | "ar" | "ru" | "zh", SegmentCatalog> = { fr: frSegments, es: esSegments, ar: arSegments, ru: ruSegments, zh: zhSegments };
