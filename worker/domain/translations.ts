import * as v from "valibot";
import { m } from "../i18n/messages";

/**
 * Per-language labels of reference data (API.md "Administration"): `labels`, `descriptions` and `titles`
 * map a UN language to its text. English is the `label` / `description` / `title` field itself; the
 * others are optional, and an empty string (or null) removes a translation so that the English shows.
 */
export const TRANSLATED_LOCALES = ["fr", "es", "ar", "ru", "zh"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** A label or title: an empty string clears it; anything else must be long enough. */
const named = (min: number, key: "err.translation.labelMin" | "err.translation.titleMin", max: number) =>
  v.nullish(
    v.pipe(
      v.string(m("err.translations.type")),
      v.trim(),
      v.maxLength(max, m("err.translation.max", { max })),
      v.check((s: string) => s === "" || s.length >= min, m(key, { min })),
    ),
  );
const described = (max: number) => v.nullish(v.pipe(v.string(m("err.translations.type")), v.trim(), v.maxLength(max, m("err.translation.max", { max }))));

function map<S extends v.GenericSchema<unknown, string | null | undefined>>(entry: S) {
  return v.optional(
    v.strictObject(Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, v.optional(entry)])) as Record<TranslatedLocale, v.OptionalSchema<S, undefined>>, m("err.translations.type")),
  );
}

export const ThemeLabels = map(named(2, "err.translation.labelMin", 200));
export const ThemeDescriptions = map(described(2000));
export const SegmentTitles = map(named(3, "err.translation.titleMin", 300));

export type TranslationInput = Partial<Record<TranslatedLocale, string | null | undefined>>;

/** The languages of `input` that are present (set or cleared), each with its text ("" clears). */
export function presentEntries(input: TranslationInput | undefined): [TranslatedLocale, string][] {
  if (!input) return [];
  return TRANSLATED_LOCALES.filter((l) => input[l] !== undefined).map((l) => [l, input[l] ?? ""]);
}

/** Which languages lack a translation of each field (for /admin's list of missing translations). */
export function missingLocales(translations: Record<string, string>): TranslatedLocale[] {
  return TRANSLATED_LOCALES.filter((l) => !translations[l]);
}
