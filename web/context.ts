import type { Context } from "hono";
import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../worker/env";
import { t, type Locale, type MessageKey } from "../worker/i18n";

/** The current request's locale and translator, for components rendered by the layout. */
export function useI18n(): { locale: Locale; t: (key: MessageKey, vars?: Record<string, string | number>) => string } {
  const c = useRequestContext<AppEnv>();
  const locale = c.get("locale");
  return { locale, t: (key, vars) => t(locale, key, vars) };
}

export function useAppContext(): Context<AppEnv> {
  return useRequestContext<AppEnv>();
}
