import { t, type Locale, type MessageKey } from "./index";
import { segmentTitle, themeLabel } from "./taxonomy";

/**
 * Search filters in words, for the subscription pages, their emails and the statistics page.
 * `labels` are the database's segment titles and theme labels (slug → text); seeded ones are
 * translated here, an admin's own text is shown as entered.
 */

/** The database's translations of segment titles and theme labels: slug → locale → text. */
export type TaxonomyTranslations = { segment: Record<string, Record<string, string>>; theme: Record<string, Record<string, string>> };
/** `translations`, when given, are what admins keep per language; without them the seeded catalogs apply. */
export type ReferenceLabels = { segment: Record<string, string>; theme: Record<string, string>; translations?: TaxonomyTranslations };
export type LabelledFacet = "segment" | "theme" | "topic" | "country" | "language" | "year" | "organizationType" | "organization";

const TOPICS = new Set(["firearms", "international-cooperation", "technical-assistance", "trafficking-in-persons", "smuggling-of-migrants"]);
const ORG_TYPES = new Set(["ngo", "academia", "private-sector", "foundation", "network", "other"]);

function displayName(locale: Locale, type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One filter value as people read it in `locale` ("FR" → "France", a theme slug → its label). */
export function valueLabel(locale: Locale, facet: LabelledFacet, value: string, labels: ReferenceLabels): string {
  switch (facet) {
    case "segment":
      return labels.segment[value] ? segmentTitle(locale, value, labels.segment[value], labels.translations?.segment) : value;
    case "theme":
      return labels.theme[value] ? themeLabel(locale, { slug: value, label: labels.theme[value], ...(labels.translations ? { labels: labels.translations.theme[value] ?? {} } : {}) }) : value;
    case "topic":
      return TOPICS.has(value) ? t(locale, `archive.topic.${value}` as MessageKey) : value;
    case "country":
      return displayName(locale, "region", value);
    case "language":
      return displayName(locale, "language", value);
    case "organizationType":
      return ORG_TYPES.has(value) ? t(locale, `orgType.${value}` as MessageKey) : value;
    default:
      return value;
  }
}

const FILTER_ORDER = ["segment", "theme", "topic", "country", "language", "year", "organization"] as const;

/** The followed or filtered search as lines ("Words: “firearms”", "Theme: Victim protection"); empty for everything. */
export function describeSearch(locale: Locale, search: { q?: string } & Partial<Record<(typeof FILTER_ORDER)[number], string[]>>, labels: ReferenceLabels): string[] {
  const lines: string[] = [];
  if (search.q) lines.push(t(locale, "follow.words", { q: search.q }));
  const list = new Intl.ListFormat(locale, { type: "disjunction" });
  for (const facet of FILTER_ORDER) {
    const values = search[facet];
    if (!values?.length) continue;
    const name = facet === "organization" ? t(locale, "stats.organizations") : t(locale, `archive.facet.${facet}` as MessageKey);
    lines.push(t(locale, "follow.criterion", { name, values: list.format(values.map((v) => valueLabel(locale, facet, v, labels))) }));
  }
  return lines;
}
