import type { Context } from "hono";
import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../worker/env";
import { t, type Locale, type MessageKey } from "../worker/i18n";
import { segmentTitle } from "../worker/i18n/taxonomy";

/** The current request's locale and translator, for components rendered by the layout. */
export function useI18n(): { locale: Locale; t: (key: MessageKey, vars?: Record<string, string | number>) => string } {
  const c = useRequestContext<AppEnv>();
  const locale = c.get("locale");
  return { locale, t: (key, vars) => t(locale, key, vars) };
}

export function useAppContext(): Context<AppEnv> {
  return useRequestContext<AppEnv>();
}

/** A segment's title in the page's language, as admins keep it in the database (English when missing). */
export function segmentTitleFor(slug: string, englishTitle: string): string {
  const c = useRequestContext<AppEnv>();
  return segmentTitle(c.get("locale"), slug, englishTitle, c.get("taxonomy")?.segment);
}

/** The same outside a rendered component (route handlers, Word documents). */
export function segmentTitleIn(c: Context<AppEnv>, slug: string, englishTitle: string): string {
  return segmentTitle(c.get("locale"), slug, englishTitle, c.get("taxonomy")?.segment);
}
