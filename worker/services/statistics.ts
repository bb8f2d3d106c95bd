import { readStatistics } from "../db/archive-statistics";
import { toStatistics, type Statistics } from "../domain/statistics";
import type { Versioned } from "../http/public-cache";
import type { ArchiveInput } from "../http/archive-params";
import { t, type MessageKey } from "../i18n";

/** The archive's statistics, shared by `GET /api/v1/statistics` and the `/statistics` page. */

const ORG_TYPES = new Set(["ngo", "academia", "private-sector", "foundation", "network", "other"]);

function englishName(type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The statistics of a search, with the archive version they were read at. Labels are the API's
 * (English, the database's segment titles and theme labels); the page translates them.
 */
export async function statisticsFor(db: D1Database | D1DatabaseSession, input: ArchiveInput): Promise<Versioned<Statistics>> {
  const { rows, reflected, labels, version } = await readStatistics(db, input);
  const named = new Map(labels.map((l) => [`${l.kind}:${l.slug}`, l.label]));
  const label = (facet: string, value: string): string => {
    if (facet === "segment" || facet === "theme") return named.get(`${facet}:${value}`) ?? value;
    if (facet === "country") return englishName("region", value);
    if (facet === "language") return englishName("language", value);
    if (facet === "organizationType") return ORG_TYPES.has(value) ? t("en", `orgType.${value}` as MessageKey) : value;
    return value;
  };
  return { version, value: toStatistics(rows, label, reflected) };
}
