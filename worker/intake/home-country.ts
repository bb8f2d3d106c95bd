import { fold } from "./markers.ts";
import { findCityCountry, findCountry } from "./places.ts";

/**
 * Round 35: the country of a town or country written in brackets after the organization's acronym or name, as a by-line sets
 * it beside the speaker ("…, by the group's rapporteur, NAME (ABC, Town)", "NAME (Example Network – Town, Country)",
 * "NOMBRE (ABC, Ciudad)"); null when no such bracket or its place is unknown.
 */
export function bracketPlaceCountry(lines: readonly string[], org: { name: string; acronym: string | null }): string | null {
  const own = [org.acronym, org.name].filter((x): x is string => !!x && x.length >= 2).map((x) => fold(x));
  for (const line of lines) {
    for (const m of line.matchAll(/\(([^()]{2,120})\)/g)) {
      const parts = m[1]!.split(/\s*(?:,|\s[–—-]\s)\s*/);
      if (parts.length < 2 || !own.includes(fold(parts[0]!.trim()).replace(/^the\s+/, ""))) continue;
      const place = parts.slice(1).join(", ");
      if (/\d|@/.test(place)) continue;
      const code = findCountry(place) ?? findCityCountry(place);
      if (code) return code;
    }
  }
  return null;
}
