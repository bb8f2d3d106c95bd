import { ar } from "./ar";
import { arPublic } from "./ar-public";
import { arStaff } from "./ar-staff";
import { arApiDocs } from "./ar-apidocs";
import { arDrafts } from "./ar-drafts";
import { arCosign } from "./ar-cosign";
import { arOutcomes } from "./ar-outcomes";
import { arAfterpub } from "./ar-afterpub";
import { arErrors } from "./ar-errors";
import { arFinding } from "./ar-finding";
import { en, type MessageKey } from "./en";
import { es } from "./es";
import { esPublic } from "./es-public";
import { esStaff } from "./es-staff";
import { esApiDocs } from "./es-apidocs";
import { esDrafts } from "./es-drafts";
import { esCosign } from "./es-cosign";
import { esOutcomes } from "./es-outcomes";
import { esAfterpub } from "./es-afterpub";
import { fr } from "./fr";
import { frPublic } from "./fr-public";
import { frStaff } from "./fr-staff";
import { frApiDocs } from "./fr-apidocs";
import { frDrafts } from "./fr-drafts";
import { frCosign } from "./fr-cosign";
import { frOutcomes } from "./fr-outcomes";
import { frAfterpub } from "./fr-afterpub";
import { ru } from "./ru";
import { ruPublic } from "./ru-public";
import { ruStaff } from "./ru-staff";
import { ruApiDocs } from "./ru-apidocs";
import { ruDrafts } from "./ru-drafts";
import { ruCosign } from "./ru-cosign";
import { ruOutcomes } from "./ru-outcomes";
import { ruAfterpub } from "./ru-afterpub";
import { zh } from "./zh";
import { zhPublic } from "./zh-public";
import { zhStaff } from "./zh-staff";
import { zhApiDocs } from "./zh-apidocs";
import { zhDrafts } from "./zh-drafts";
import { zhCosign } from "./zh-cosign";
import { zhOutcomes } from "./zh-outcomes";
import { zhAfterpub } from "./zh-afterpub";
import { esErrors } from "./es-errors";
import { esFinding } from "./es-finding";
import { frErrors } from "./fr-errors";
import { frFinding } from "./fr-finding";
import { ruErrors } from "./ru-errors";
import { ruFinding } from "./ru-finding";
import { zhErrors } from "./zh-errors";
import { zhFinding } from "./zh-finding";
import { arEmailIn } from "./ar-emailin";
import { esEmailIn } from "./es-emailin";
import { frEmailIn } from "./fr-emailin";
import { ruEmailIn } from "./ru-emailin";
import { zhEmailIn } from "./zh-emailin";
import { arFollow } from "./ar-follow";
import { esFollow } from "./es-follow";
import { frFollow } from "./fr-follow";
import { ruFollow } from "./ru-follow";
import { zhFollow } from "./zh-follow";
import { frCampaigns } from "./fr-campaigns";
import { esCampaigns } from "./es-campaigns";
import { arCampaigns } from "./ar-campaigns";
import { ruCampaigns } from "./ru-campaigns";
import { zhCampaigns } from "./zh-campaigns";
import { frHouse } from "./fr-house";
import { esHouse } from "./es-house";
import { arHouse } from "./ar-house";
import { ruHouse } from "./ru-house";
import { zhHouse } from "./zh-house";
import { frThemeSeed } from "./fr-themeseed";
import { esThemeSeed } from "./es-themeseed";
import { arThemeSeed } from "./ar-themeseed";
import { ruThemeSeed } from "./ru-themeseed";
import { zhThemeSeed } from "./zh-themeseed";

export const LOCALES = ["en", "fr", "es", "ar", "ru", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية", ru: "Русский", zh: "中文" };

/** Each locale: the submitter's interface and emails, the public archive and intake strings, the staff pages (moderation, admin) and the form error messages; complete in every locale, which the type checks. */
const CATALOGS: Record<Locale, Record<MessageKey, string>> = {
  en,
  fr: { ...fr, ...frPublic, ...frStaff, ...frApiDocs, ...frErrors, ...frDrafts, ...frCosign, ...frOutcomes, ...frFinding, ...frEmailIn, ...frAfterpub, ...frFollow, ...frCampaigns, ...frHouse, ...frThemeSeed },
  es: { ...es, ...esPublic, ...esStaff, ...esApiDocs, ...esErrors, ...esDrafts, ...esCosign, ...esOutcomes, ...esFinding, ...esEmailIn, ...esAfterpub, ...esFollow, ...esCampaigns, ...esHouse, ...esThemeSeed },
  ar: { ...ar, ...arPublic, ...arStaff, ...arApiDocs, ...arErrors, ...arDrafts, ...arCosign, ...arOutcomes, ...arFinding, ...arEmailIn, ...arAfterpub, ...arFollow, ...arCampaigns, ...arHouse, ...arThemeSeed },
  ru: { ...ru, ...ruPublic, ...ruStaff, ...ruApiDocs, ...ruErrors, ...ruDrafts, ...ruCosign, ...ruOutcomes, ...ruFinding, ...ruEmailIn, ...ruAfterpub, ...ruFollow, ...ruCampaigns, ...ruHouse, ...ruThemeSeed },
  zh: { ...zh, ...zhPublic, ...zhStaff, ...zhApiDocs, ...zhErrors, ...zhDrafts, ...zhCosign, ...zhOutcomes, ...zhFinding, ...zhEmailIn, ...zhAfterpub, ...zhFollow, ...zhCampaigns, ...zhHouse, ...zhThemeSeed },
};

/** The locale's own catalog, without the English fallback (for completeness tests). */
export function catalog(locale: Locale): Partial<Record<MessageKey, string>> {
  return CATALOGS[locale];
}

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The message for `key` in `locale` (English when missing), with `{name}` placeholders filled. */
export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return interpolate(locale, CATALOGS[locale][key] ?? en[key], vars);
}

// `{count, plural, one {# заявление} few {# заявления} other {# заявлений}}`: the ICU plural
// subset, for languages whose nouns change with the number (Russian, Arabic). `#` is the number.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/** Numbers in messages are written the locale's way (12,345 / 12 345 / 12.345). */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** Fills `{name}` and `{name, plural, …}` in a template; values are inserted once, never re-read as templates. */
export function interpolate(locale: Locale, template: string, vars: Record<string, string | number>): string {
  const value = (name: string) => {
    const v = vars[name];
    return typeof v === "number" ? formatNumber(locale, v) : String(v);
  };
  const plural = template.replace(PLURAL, (whole, name: string, body: string) => {
    const n = vars[name];
    if (typeof n !== "number") return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1]!, m[2]!]));
    const chosen = branches.get(`=${n}`) ?? branches.get(new Intl.PluralRules(locale).select(n)) ?? branches.get("other") ?? "";
    return chosen.replace(/#/g, formatNumber(locale, n));
  });
  return plural.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? value(name) : `{${name}}`));
}

/** The variable names a template uses, plain or plural, sorted: translations must use the same ones. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]!))].sort();
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
