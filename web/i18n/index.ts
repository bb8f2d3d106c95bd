import { ar } from "./ar";
import { en, type MessageKey } from "./en";
import { es } from "./es";
import { esPublic } from "./es-public";
import { fr } from "./fr";
import { frPublic } from "./fr-public";
import { ru } from "./ru";
import { zh } from "./zh";

export const LOCALES = ["en", "fr", "es", "ar", "ru", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية", ru: "Русский", zh: "中文" };

const CATALOGS: Record<Locale, Partial<Record<MessageKey, string>>> = { en, fr: { ...fr, ...frPublic }, es: { ...es, ...esPublic }, ar, ru, zh };

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The message for `key` in `locale` (English when missing), with `{name}` placeholders filled. */
export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = CATALOGS[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Picks the best locale from an Accept-Language header. */
export function fromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: (tag ?? "").toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (isLocale(lang)) return lang;
  return null;
}

export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}
