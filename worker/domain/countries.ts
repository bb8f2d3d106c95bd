import { UN_COUNTRY_NAMES, UN_LOCALE_INDEX } from "./un-country-names";

/** ISO 3166-1 alpha-2 codes officially assigned (249). Names: the UN's (`countryName`). */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
    "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
    "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

const displayNames = new Map<string, Intl.DisplayNames | null>();

function cldrName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: "region" });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A country or territory's name as the United Nations writes it, in one of the six languages
 * (`un-country-names.ts`: "Russian Federation", "State of Palestine", "Taiwan Province of China"),
 * else CLDR's (`Intl.DisplayNames`), with English "&" and "St." written out as the UN does. The
 * API and CSVs keep the ISO code; only pages, emails and documents show names.
 */
export function countryName(code: string, locale = "en"): string {
  const upper = code.toUpperCase();
  const index = UN_LOCALE_INDEX[locale.slice(0, 2)] ?? 0;
  const un = UN_COUNTRY_NAMES[upper]?.[index];
  if (un) return un;
  const name = cldrName(upper, locale);
  return index === 0 ? name.replace(/ & /g, " and ").replace(/\bSt\. /g, "Saint ") : name;
}
