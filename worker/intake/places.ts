import { COUNTRY_CODES } from "../domain/countries.ts";
import { fold } from "./markers.ts";

/** Country names in English, French and Spanish (from Intl) plus common short forms → ISO 3166-1 alpha-2. */
const ALIASES: Record<string, string> = {
  usa: "US", "united states of america": "US", "u.s.a.": "US", uk: "GB", "great britain": "GB", england: "GB", "etats-unis": "US", "estados unidos": "US",
  "royaume-uni": "GB", "reino unido": "GB", "cote d'ivoire": "CI", "ivory coast": "CI", "democratic republic of the congo": "CD", drc: "CD", "republic of korea": "KR",
  "russian federation": "RU", "viet nam": "VN", turkiye: "TR", "the netherlands": "NL", "the philippines": "PH", "the gambia": "GM", "republic of moldova": "MD",
  "bolivia (plurinational state of)": "BO", "venezuela (bolivarian republic of)": "VE", "iran (islamic republic of)": "IR", "united republic of tanzania": "TZ",
};
// Names that are also common words or first names would produce false matches.
const SKIP = new Set(["chad", "jordan", "georgia", "man", "turkey", "jersey"]);

let names: [RegExp, string][] | null = null;

function countryNames(): [RegExp, string][] {
  if (names) return names;
  const map = new Map<string, string>(Object.entries(ALIASES));
  for (const locale of ["en", "fr", "es"]) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([locale], { type: "region" });
    } catch {
      continue;
    }
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (!name || name === code) continue;
      const key = fold(name);
      if (!SKIP.has(key) && !map.has(key)) map.set(key, code);
    }
  }
  names = [...map]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([name, code]) => [new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u"), code]);
  return names;
}

function earliest(folded: string): string | null {
  let best: { index: number; code: string } | null = null;
  for (const [re, code] of countryNames()) {
    const m = re.exec(folded);
    if (m && (!best || m.index < best.index)) best = { index: m.index, code };
  }
  return best?.code ?? null;
}

/**
 * The country of the first line that names one (whole words, accents ignored), or null. In an
 * address the country comes last ("Avenue de France 23, Geneva, Switzerland"), so the last
 * comma-separated part of a line is read before the rest of it.
 */
export function findCountry(text: string): string | null {
  for (const line of fold(text).replace(/[’‘]/g, "'").split("\n")) {
    const last = line.split(/[,;(|·–—]/).at(-1) ?? "";
    const found = earliest(last) ?? earliest(line);
    if (found) return found;
  }
  return null;
}
