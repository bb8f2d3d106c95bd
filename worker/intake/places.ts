import { COUNTRY_CODES } from "../domain/countries.ts";
import { fold } from "./markers.ts";
import { literal } from "./literal.ts";

/** Country names in English, French and Spanish (from Intl) plus common short forms → ISO 3166-1 alpha-2. */
const ALIASES: Record<string, string> = {
  // Round 32: the United Kingdom's nations other than England, as places an organization works in ("in the north-east of Scotland").
  scotland: "GB", ecosse: "GB", escocia: "GB", "northern ireland": "GB", "irlande du nord": "GB", "irlanda del norte": "GB",
  usa: "US", "united states of america": "US", "u.s.a.": "US", uk: "GB", "great britain": "GB", england: "GB", "etats-unis": "US", "estados unidos": "US",
  "royaume-uni": "GB", "reino unido": "GB", "cote d'ivoire": "CI", "ivory coast": "CI", "democratic republic of the congo": "CD", "democratic republic of congo": "CD", "republique democratique du congo": "CD", "rd congo": "CD", "r.d. congo": "CD", drc: "CD", rdc: "CD",
  "republic of the congo": "CG", "republique du congo": "CG", "republic of korea": "KR",
  "russian federation": "RU", "viet nam": "VN", turkiye: "TR", "the netherlands": "NL", "the philippines": "PH", "the gambia": "GM", "republic of moldova": "MD",
  // Names addresses still use where Intl gives another ("Czechia", "Myanmar (Burma)", "Palestinian Territories").
  "czech republic": "CZ", "republique tcheque": "CZ", "republica checa": "CZ",
  // Round 28: the long forms addresses and official texts write ("Town, Slovak Republic", "Town, Kyrgyz Republic").
  "slovak republic": "SK", "republique slovaque": "SK", "republica eslovaca": "SK", "kyrgyz republic": "KG", "republique kirghize": "KG", "republica kirguisa": "KG",
  myanmar: "MM", burma: "MM", birmanie: "MM", birmania: "MM",
  palestine: "PS", "state of palestine": "PS", "etat de palestine": "PS", palestina: "PS", "estado de palestina": "PS", "hong kong": "HK", macao: "MO", macau: "MO",
  swaziland: "SZ", "east timor": "TL", "saint vincent and the grenadines": "VC", "st. vincent and the grenadines": "VC", "the bahamas": "BS", "cabo verde": "CV", "lao pdr": "LA", "lao people's democratic republic": "LA", "syrian arab republic": "SY",
  // Round 24: France's overseas departments, part of France (no code of their own in the list): "Guyane", "Martinique".
  guyane: "FR", "guyane francaise": "FR", "french guiana": "FR", "guayana francesa": "FR", martinique: "FR", guadeloupe: "FR", mayotte: "FR",
  "bolivia (plurinational state of)": "BO", "venezuela (bolivarian republic of)": "VE", "iran (islamic republic of)": "IR", "united republic of tanzania": "TZ",
};
// Names that are also common words or first names would produce false matches ("réunion", "reunión": a meeting, a family reunion).
const SKIP = new Set(["chad", "jordan", "georgia", "man", "turkey", "jersey", "reunion", "la reunion"]);

// Georgia is left out even there: a state of the United States ends addresses too ("…, Atlanta, Georgia").
const SKIPPED_ENDING: Record<string, string> = { jordan: "JO", chad: "TD", turkey: "TR" };

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
      // "Trinidad & Tobago", "St. Kitts & Nevis": the names as addresses write them too.
      const and = key.replace(/ & /g, " and ").replace(/^st\. /, "saint ");
      if (and !== key && !map.has(and)) map.set(and, code);
    }
  }
  names = [...map]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([name, code]) => [new RegExp(`(?<![\\p{L}])${literal(name)}(?![\\p{L}])`, "u"), code]);
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
 * Every distinct country a text names, in order of first mention, as written there (accents folded): whole names only,
 * names that are also common words left out ("Chad", "Turkey"), and a name inside a longer one not counted again
 * ("Guinea" in "Guinea-Bissau", "Sudan" in "South Sudan"). Round 37: a proposal that names two countries is about
 * cooperation between them (`themes.ts`, `withCountries`).
 */
export function countriesNamed(text: string): string[] {
  const folded = fold(text);
  const taken: [number, number][] = [];
  const found: { index: number; code: string; name: string }[] = [];
  // Longest names first (countryNames' order), so that a name inside a longer one finds its place taken.
  for (const [re, code] of countryNames()) {
    const all = new RegExp(re.source, "gu");
    for (let m = all.exec(folded); m; m = all.exec(folded)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
      taken.push(span);
      if (!found.some((f) => f.code === code)) found.push({ index: m.index, code, name: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.name);
}

/**
 * The country of the first line that names one (whole words, accents ignored), or null. In an
 * address the country comes last ("Rue des Exemples 7, Geneva, Switzerland"), so the last
 * comma-separated part of a line is read before the rest of it.
 */
export function findCountry(text: string): string | null {
  for (const line of fold(text).split("\n")) {
    const last = line.split(/[,;(|·–—]/).at(-1) ?? "";
    const found = earliest(last) ?? earliest(line);
    if (found) return found;
  }
  return null;
}

/** A street's word: the name beside it is a street's, even a country's ("Avenida República de Bolivia", "Kenya Road"). */
const STREET = /(?<![\p{L}])(?:avenida|avda|avenue|ave|av|calle|carrera|rue|street|st|road|rd|boulevard|blvd|lane|drive|jiron|jr|paseo|calzada|rua|strasse)(?![\p{L}])/u;
const ADDRESS = /\d|\b(?:p\.?\s?o\.? box|b\.?p\.?|street|st\.|road|avenue|avenida|av\.|calle|rue|boulevard|blvd|zona|colonia|plaza|floor|piso|etage|apartado|casilla)\b/;

/**
 * Round 56: a street named without its number ("Rue des Brossiers", "Calle de los Tejedores", "Mill Lane"), as a letterhead's
 * address piece may be: the street word opens a French or Spanish street's name and closes an English one's. No body's name.
 */
export function isStreetName(piece: string): boolean {
  const f = fold(piece.trim()).toLowerCase();
  return f.split(/\s+/).length <= 6 && /^(?:rue|avenue|avenida|avda\.?|av\.|calle|carrera|boulevard|bd\.?|chemin|impasse|allee|jiron|jr\.|paseo|calzada|rua)\s+\S|\s(?:street|road|lane|drive|avenue)$/.test(f);
}

/** A letterhead's address line: a street and number, a post box, or a short "City, Country". */
export function isAddressLine(line: string): boolean {
  const f = fold(line.trim());
  if (/[@]|www\.|https?:/.test(f) || f.length > 160) return false;
  if (/\d/.test(f) && /\b(?:p\.?\s?o\.? box|b\.?p\.?|street|st\.|road|rd\.?|avenue|ave\.?|avenida|av\.|calle|carrera|rue|boulevard|blvd|zona|colonia|plaza|floor|piso|etage|apartado|casilla|lane|drive|way|close|plot|house|building|immeuble|villa|quartier|barrio|jr\.|jiron)\b/.test(f)) return true;
  if (/\b(?:p\.?\s?o\.? box|b\.?p\.?\s*\d|apartado postal|casilla)\b/.test(f)) return true;
  const parts = f.split(/\s*,\s*/);
  // Round 38: a neighbourhood without a number ("barrio El Centro, Town, Province, Country", "quartier Les Palmiers, Town, Country"): an address when a country ends it.
  if (/^(?:barrio|colonia|quartier|bairro|aldea|caserio|vereda|lotissement)\s+\S/.test(line.trim().toLowerCase()) && parts.length >= 2 && parts.length <= 5 && earliest(parts.at(-1)!) !== null) return true;
  return parts.length >= 2 && parts.length <= 3 && f.split(/\s+/).length <= 6 && earliest(parts.at(-1)!) !== null;
}

/**
 * The country of an organization's address: a country that ends a line ("Accra, Ghana",
 * "Ciudad de Guatemala"), an address line first ("4a. Avenida 12-59, zona 10, Ciudad de
 * Guatemala"), never one inside a name ("Gulf of Guinea …") while an address line names one.
 */
export function findAddressCountry(text: string): string | null {
  return addressCountry(text, true);
}

/**
 * The country an address line ends with, and nothing else: for the closing lines, where a sentence
 * above the signature may name other countries ("… with Cameroon and Niger …") and the footer's
 * "Quartier X, BP 12, City, Country – email" is the organization's.
 */
export function closingAddressCountry(text: string): string | null {
  return addressCountry(text, false);
}

function addressCountry(text: string, anywhere: boolean): string | null {
  // A second office run on after the first address ("…, San Salvador, El Salvador Oficina regional: …") starts a line of its own.
  const lines = fold(text).split("\n").flatMap((l) => l.split(/\s+(?=(?:regional |branch |field |country |head )?(?:office|oficina|bureau|antenne|sede|delegacion|delegation)\b[^:,]{0,30}:)/));
  // A footer's pieces ("Name · Street 27, City, Country · Registered no. … · Page 1") are read one by one.
  // Round 20: a footer column wrapped after a separator ("12 Long Road, Town, Country ·" / "mail@…") leaves it at the line's end.
  const pieces = lines.flatMap((l) => l.replace(/^\s*[·|•]\s+|\s+[·|–—•]\s*$/g, "").split(/\s+[·|–—•]\s+/));
  // A street named after a country ("Avenida República de Bolivia 88", "Malta Street") is no country.
  const ending = (line: string) => {
    const parts = line.split(/[,;(|·–—]/);
    const last = parts.at(-1) ?? "";
    // Round 27: a country named like a first name or a word (Jordan, Chad, Turkey), never read in running text, is the
    // country when it is the whole last part of an address line (a street or box) of three parts or more ("12 Mill Lane, Town, Jordan").
    const named = parts.length >= 3 && ADDRESS.test(line) ? SKIPPED_ENDING[last.trim().replace(/\.$/, "")] ?? null : null;
    return STREET.test(last) ? null : (earliest(last) ?? named);
  };
  for (const [i, line] of pieces.entries()) if (ADDRESS.test(line) && !/@|www\.|https?:/.test(line)) {
    // An address line without its country continues on the next line ("14 Main Street" / "Port Town, Country").
    const next = pieces[i + 1];
    // Round 22: the country set on a line of its own under the address ("12 Quay Road, Port of X" / "Country") is the
    // address's, over a country's name inside the town's ("Port of X", "Gulf of Y" named after one).
    // Only when the line names a country itself: a country's name broken over the two lines ("…, Papua New" / "Guinea") is read joined below.
    const alone = next !== undefined && ending(line) !== null && ending(`${line} ${next}`) === ending(line) && next.trim().length <= 40 && !/\d|@|www\.|,/.test(next) && next.trim().split(/\s+/).length <= 4 ? ending(next) : null;
    if (alone) return alone;
    // Round 18: a country's name broken over the two lines ("…, Emiratos Árabes" / "Unidos") is read joined.
    const found = ending(line) ?? (next !== undefined && !/@|www\.|https?:|\+\d/.test(next) && !ADDRESS.test(next) ? (ending(`${line} ${next}`) ?? ending(next)) : null);
    if (found) return found;
  }
  if (!anywhere) return null;
  for (const line of lines) if (!/[·|]/.test(line)) {
    const found = ending(line);
    if (found) return found;
  }
  return findCountry(text);
}

/**
 * Capitals and large cities → country, for an address that names a city but not its country
 * ("Ciudad de México", "Amman"). Folded, in English, French and Spanish where they differ. Vienna
 * is left out on purpose: statements are dated from the meeting there, not from the organization's
 * seat; so are cities that share their name with a country (Mexico, Panama, Guatemala…, already
 * read as countries) or with a common word or first name (La Paz, Roma, Sofia, Santiago).
 */
const CITIES: Record<string, string> = {
  "mexico city": "MX", "ciudad de mexico": "MX", "mexico df": "MX", "cdmx": "MX", guadalajara: "MX", monterrey: "MX", tijuana: "MX", "ciudad juarez": "MX",
  bogota: "CO", medellin: "CO", lima: "PE", quito: "EC", guayaquil: "EC", caracas: "VE", "santa cruz de la sierra": "BO", "santiago de chile": "CL",
  "buenos aires": "AR", montevideo: "UY", asuncion: "PY", "sao paulo": "BR", "rio de janeiro": "BR", brasilia: "BR", tegucigalpa: "HN", "san pedro sula": "HN",
  "san salvador": "SV", managua: "NI", "san jose": "CR", "santo domingo": "DO", "port-au-prince": "HT", "port au prince": "HT", havana: "CU", "la habana": "CU",
  nairobi: "KE", mombasa: "KE", kampala: "UG", "dar es salaam": "TZ", dodoma: "TZ", kigali: "RW", "addis ababa": "ET", "addis-abeba": "ET", lagos: "NG", abuja: "NG", accra: "GH",
  dakar: "SN", abidjan: "CI", bamako: "ML", ouagadougou: "BF", niamey: "NE", "n'djamena": "TD", ndjamena: "TD", yaounde: "CM", douala: "CM", kinshasa: "CD", brazzaville: "CG",
  bangui: "CF", libreville: "GA", lome: "TG", cotonou: "BJ", conakry: "GN", freetown: "SL", monrovia: "LR", nouakchott: "MR", rabat: "MA", casablanca: "MA", tunis: "TN",
  algiers: "DZ", alger: "DZ", cairo: "EG", "le caire": "EG", "el cairo": "EG", khartoum: "SD", johannesburg: "ZA", pretoria: "ZA", "cape town": "ZA", harare: "ZW", lusaka: "ZM",
  maputo: "MZ", lilongwe: "MW", antananarivo: "MG", mogadishu: "SO", tripoli: "LY", amman: "JO", beirut: "LB", beyrouth: "LB", damascus: "SY", baghdad: "IQ", tehran: "IR",
  riyadh: "SA", doha: "QA", dubai: "AE", "abu dhabi": "AE", ankara: "TR", istanbul: "TR", kabul: "AF", islamabad: "PK", lahore: "PK", karachi: "PK", "new delhi": "IN",
  delhi: "IN", mumbai: "IN", kolkata: "IN", dhaka: "BD", kathmandu: "NP", colombo: "LK", bangkok: "TH", "chiang mai": "TH", "phnom penh": "KH", vientiane: "LA", hanoi: "VN",
  "ho chi minh city": "VN", yangon: "MM", "kuala lumpur": "MY", jakarta: "ID", manila: "PH", "quezon city": "PH", beijing: "CN", tokyo: "JP", seoul: "KR", canberra: "AU",
  sydney: "AU", melbourne: "AU", wellington: "NZ", auckland: "NZ", suva: "FJ", "port moresby": "PG", honiara: "SB", "port vila": "VU", apia: "WS", "nuku'alofa": "TO",
  london: "GB", londres: "GB", paris: "FR", marseille: "FR", brussels: "BE", bruxelles: "BE", bruselas: "BE", amsterdam: "NL", "the hague": "NL", "la haye": "NL", berlin: "DE",
  bonn: "DE", munich: "DE", rome: "IT", turin: "IT", torino: "IT", madrid: "ES", barcelona: "ES", lisbon: "PT", lisbonne: "PT", lisboa: "PT",
  geneva: "CH", geneve: "CH", ginebra: "CH", bern: "CH", zurich: "CH", stockholm: "SE", oslo: "NO", copenhagen: "DK", helsinki: "FI", dublin: "IE", warsaw: "PL", prague: "CZ",
  budapest: "HU", bucharest: "RO", athens: "GR", belgrade: "RS", kyiv: "UA", kiev: "UA", chisinau: "MD", moscow: "RU", tbilisi: "GE", yerevan: "AM",
  // Second cities where organizations are often based (round 9): none shares its name with a country, a common word, a first name or a common surname (Trujillo, Porto, Milan… are left out).
  cali: "CO", barranquilla: "CO", bucaramanga: "CO", cusco: "PE", arequipa: "PE", cochabamba: "BO", valparaiso: "CL",
  "porto alegre": "BR", recife: "BR", belem: "BR", fortaleza: "BR", manaus: "BR", "belo horizonte": "BR", quetzaltenango: "GT", puebla: "MX", oaxaca: "MX", tapachula: "MX", cancun: "MX",
  "ciudad del este": "PY", "san cristobal de las casas": "MX", kumasi: "GH", tamale: "GH", ibadan: "NG", "port harcourt": "NG", enugu: "NG", kisumu: "KE", nakuru: "KE", eldoret: "KE",
  gulu: "UG", arusha: "TZ", mwanza: "TZ", zanzibar: "TZ", goma: "CD", bukavu: "CD", lubumbashi: "CD", "pointe-noire": "CG", "bobo-dioulasso": "BF", thies: "SN", ziguinchor: "SN",
  bouake: "CI", agadez: "NE", zinder: "NE", tombouctou: "ML", timbuktu: "ML", mopti: "ML", sikasso: "ML", sfax: "TN", sousse: "TN", marrakech: "MA", marrakesh: "MA", tanger: "MA", tangier: "MA",
  alexandrie: "EG", juba: "SS", bujumbura: "BI", gitega: "BI", windhoek: "NA", gaborone: "BW", maseru: "LS", mbabane: "SZ", blantyre: "MW", beira: "MZ", nampula: "MZ",
  bulawayo: "ZW", durban: "ZA", asmara: "ER", hargeisa: "SO", "cebu city": "PH", davao: "PH", mandalay: "MM", chittagong: "BD", "cox's bazar": "BD", peshawar: "PK", quetta: "PK",
  chennai: "IN", bengaluru: "IN", bangalore: "IN", surabaya: "ID", medan: "ID", makassar: "ID", penang: "MY", "johor bahru": "MY", "siem reap": "KH", battambang: "KH", "da nang": "VN",
  pokhara: "NP", erbil: "IQ", mosul: "IQ", basra: "IQ", aleppo: "SY", gaziantep: "TR", izmir: "TR", toulouse: "FR", bordeaux: "FR", strasbourg: "FR", hamburg: "DE",
  frankfurt: "DE", cologne: "DE", koln: "DE", naples: "IT", antwerp: "BE",
  anvers: "BE", rotterdam: "NL", utrecht: "NL", lausanne: "CH", basel: "CH", glasgow: "GB", edinburgh: "GB", belfast: "GB", krakow: "PL", gdansk: "PL", lviv: "UA",
  odesa: "UA", kharkiv: "UA", thessaloniki: "GR", skopje: "MK", tirana: "AL", sarajevo: "BA", zagreb: "HR", ljubljana: "SI", bratislava: "SK", vilnius: "LT", riga: "LV",
  tallinn: "EE", valletta: "MT", nicosia: "CY", reykjavik: "IS", podgorica: "ME", "port of spain": "TT", bridgetown: "BB", paramaribo: "SR", belmopan: "BZ",
  "belize city": "BZ", nassau: "BS", vancouver: "CA", miami: "US", "san diego": "US", "el paso": "US", "san francisco": "US",
  ottawa: "CA", toronto: "CA", montreal: "CA", "new york": "US", "washington, d.c.": "US", "washington dc": "US", "washington, dc": "US", "washington d.c.": "US", chicago: "US", "los angeles": "US",
  // More capitals and large cities (round 11), again none that is also a country, a common word, a first name or a common surname.
  sharjah: "AE", kandahar: "AF", herat: "AF", "mazar-i-sharif": "AF", jalalabad: "AF", gyumri: "AM", luanda: "AO", lubango: "AO", benguela: "AO", tucuman: "AR",
  neuquen: "AR", "bahia blanca": "AR", "mar del plata": "AR", salzburg: "AT", graz: "AT", innsbruck: "AT", baku: "AZ", sylhet: "BD", khulna: "BD",
  rajshahi: "BD", plovdiv: "BG", manama: "BH", parakou: "BJ", "bandar seri begawan": "BN", oruro: "BO", potosi: "BO", tarija: "BO", cobija: "BO",
  curitiba: "BR", florianopolis: "BR", goiania: "BR", campinas: "BR", maceio: "BR", "sao luis": "BR", "porto velho": "BR",
  "rio branco": "BR", "boa vista": "BR", macapa: "BR", cuiaba: "BR", "foz do iguacu": "BR", thimphu: "BT", francistown: "BW", minsk: "BY",
  kisangani: "CD", "mbuji-mayi": "CD", korhogo: "CI", antofagasta: "CL", iquique: "CL", arica: "CL", temuco: "CL", "puerto montt": "CL", "punta arenas": "CL",
  garoua: "CM", bafoussam: "CM", bamenda: "CM", shanghai: "CN", guangzhou: "CN", shenzhen: "CN", kunming: "CN", cucuta: "CO", manizales: "CO", ibague: "CO",
  popayan: "CO", "santa marta": "CO", monteria: "CO", quibdo: "CO", tumaco: "CO", alajuela: "CR", 
  puntarenas: "CR", "santiago de cuba": "CU", camaguey: "CU", praia: "CV", brno: "CZ", ostrava: "CZ", stuttgart: "DE", dusseldorf: "DE", leipzig: "DE", dresden: "DE",
  aarhus: "DK", "santiago de los caballeros": "DO", annaba: "DZ", machala: "EC", ambato: "EC", luxor: "EG", aswan: "EG",
  "port said": "EG", sevilla: "ES", seville: "ES", bilbao: "ES", malaga: "ES", mekelle: "ET", "dire dawa": "ET", hawassa: "ET", tampere: "FI", lille: "FR", nantes: "FR",
  montpellier: "FR", manchester: "GB", liverpool: "GB", cardiff: "GB", batumi: "GE", kutaisi: "GE", banjul: "GM", malabo: "GQ", "antigua guatemala": "GT",
  coban: "GT", huehuetenango: "GT", escuintla: "GT", bissau: "GW", choluteca: "HN", gonaives: "HT", yogyakarta: "ID",
  bandung: "ID", semarang: "ID", denpasar: "ID", kupang: "ID", "tel aviv": "IL", ahmedabad: "IN", pune: "IN", jaipur: "IN", lucknow: "IN", patna: "IN", guwahati: "IN",
  isfahan: "IR", tabriz: "IR", mashhad: "IR", palermo: "IT", bologna: "IT", catania: "IT", "montego bay": "JM", irbid: "JO", zarqa: "JO", aqaba: "JO", osaka: "JP",
  bishkek: "KG", busan: "KR", "kuwait city": "KW", almaty: "KZ", astana: "KZ", "luang prabang": "LA", savannakhet: "LA", jaffna: "LK", benghazi: "LY",
  misrata: "LY", meknes: "MA", agadir: "MA", oujda: "MA", toamasina: "MG", mahajanga: "MG", fianarantsoa: "MG", kayes: "ML", segou: "ML", mawlamyine: "MM",
  myitkyina: "MM", ulaanbaatar: "MN", "port louis": "MU", culiacan: "MX", morelia: "MX", queretaro: "MX", toluca: "MX", "nuevo laredo": "MX",
  mexicali: "MX", "tuxtla gutierrez": "MX", villahermosa: "MX", chetumal: "MX", xalapa: "MX", "kota kinabalu": "MY", kuching: "MY",
  quelimane: "MZ", maradi: "NE", tahoua: "NE", kano: "NG", kaduna: "NG", maiduguri: "NG", esteli: "NI", matagalpa: "NI", bluefields: "NI", chinandega: "NI",
  trondheim: "NO", biratnagar: "NP", piura: "PE", chiclayo: "PE", iquitos: "PE", tacna: "PE", huancayo: "PE", ayacucho: "PE", zamboanga: "PH",
  iloilo: "PH", faisalabad: "PK", multan: "PK", rawalpindi: "PK", wroclaw: "PL", poznan: "PL", ramallah: "PS", nablus: "PS", hebron: "PS", 
  "cluj-napoca": "RO", timisoara: "RO", "novi sad": "RS", novosibirsk: "RU", yekaterinburg: "RU", jeddah: "SA", dammam: "SA", "port sudan": "SD", omdurman: "SD",
  kassala: "SD", gothenburg: "SE", goteborg: "SE", malmo: "SE", kaolack: "SN", homs: "SY", latakia: "SY", abeche: "TD", moundou: "TD", "hat yai": "TH", "mae sot": "TH",
  "udon thani": "TH", dushanbe: "TJ", khujand: "TJ", dili: "TL", ashgabat: "TM", kairouan: "TN", gabes: "TN", bizerte: "TN", taipei: "TW", dnipro: "UA",
  zaporizhzhia: "UA", mbarara: "UG", jinja: "UG", mbale: "UG", paysandu: "UY", tashkent: "UZ", samarkand: "UZ", bukhara: "UZ", maracaibo: "VE", barquisimeto: "VE",
  maracay: "VE", "ciudad guayana": "VE", haiphong: "VN", "can tho": "VN", sanaa: "YE", "sana'a": "YE", aden: "YE", ndola: "ZM", kitwe: "ZM", mutare: "ZW",
  // Round 27: the capitals of United Nations member States the table still lacked, by that criterion alone (every seat of
  // government of a member State), with the same exceptions as above: left out are capitals named like their country
  // (Djibouti, Luxembourg, Singapore…), like a common word or first name (Male, Victoria, Roseau, Sucre, Yaren), generic saint's
  // names (St. John's, St. George's), and names several towns of other countries share (Kingston, Georgetown).
  tarawa: "KI", "south tarawa": "KI", majuro: "MH", palikir: "FM", funafuti: "TV", ngerulmud: "PW", moroni: "KM",
  "porto-novo": "BJ", yamoussoukro: "CI", muscat: "OM", mascate: "OM", naypyidaw: "MM", "nay pyi taw": "MM", putrajaya: "MY", pyongyang: "KP",
  "andorra la vella": "AD", vaduz: "LI", castries: "LC", basseterre: "KN", kingstown: "VC",
};

let cities: [RegExp, string][] | null = null;

/** The country of the first city of the table named in `text` (whole words, accents ignored), or null. */
/**
 * The United Nations' headquarters and offices where its meetings sit (New York, Geneva, Vienna,
 * Nairobi), in English, French, Spanish and German. A statement is dated from the meeting's city,
 * so these never give the organization's country (Nairobi does, through the city table: many
 * organizations are based there); they are places, never a person's name.
 */
const DUTY_STATIONS = /(?<![\p{L}])(?:new york|nueva york|geneva|geneve|ginebra|genf|vienna|vienne|viena|wien)(?![\p{L}])/u;
export const isDutyStation = (text: string) => DUTY_STATIONS.test(fold(text));

/** Cities whose names are also common words, with the capitals their names are written with. */
const CASED = new Map([["el paso", "El Paso"]]);

export function findCityCountry(text: string): string | null {
  cities ??= Object.entries(CITIES)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([name, code]) => [new RegExp(`(?<![\\p{L}])${literal(name).replace(/[\s-]+/g, "[\\s-]+")}(?![\\p{L}])`, "u"), code]);
  const lines = text.split("\n");
  for (const [n, line] of fold(text).split("\n").entries()) {
    let best: { index: number; code: string } | null = null;
    for (const [re, code] of cities) {
      const m = re.exec(line);
      // Round 18: a city named like an everyday phrase ("por el paso" in Spanish) counts only written as a name.
      if (m && CASED.has(m[0]) && !new RegExp(`(?<![\\p{L}])${CASED.get(m[0])}(?![\\p{L}])`, "u").test(lines[n] ?? "")) continue;
      if (m && (!best || m.index < best.index)) best = { index: m.index, code };
    }
    if (best) return best.code;
  }
  return null;
}

/** "I speak to you from <city>", "Je vous parle depuis <ville>", "Les hablo desde <ciudad>": the city the speaker is in. */
// Round 17: a greeting from there too ("good afternoon from <city>", "bonjour depuis <ville>", "saludos desde <ciudad>").
const SPEAKING_FROM = /\b(?:speak(?:ing)?(?: to you)?|je (?:vous )?parle|les hablo|hablo|good (?:morning|afternoon|evening)|greetings|bonjour|bonsoir|salutations|buenos dias|buenas tardes|buenas noches|saludos)\s+(?:from|depuis|desde)\s+([^,.;:]{3,40})/;

export function speakingFromCountry(text: string): string | null {
  const m = SPEAKING_FROM.exec(fold(text));
  return m ? (findCityCountry(m[1]!) ?? findCountry(m[1]!)) : null;
}

/** "I am X, a youth delegate from <city>", "je suis X, … originaire de <ville>", "soy X, … de la ciudad de <ciudad>": where the speaker introducing themselves comes from. */
const INTRODUCED_FROM = /\b(?:i am|i'm|my name is|je suis|je m'appelle|soy|me llamo)\b[^.;:!?]{0,100}?\b(?:from|originaire d[eu]|venu d[eu]|venue d[eu]|proveniente de|originari[oa] de)\s+([^,.;:()]{3,40})/;

export function introducedFromCountry(text: string): string | null {
  const m = INTRODUCED_FROM.exec(fold(text));
  return m ? (findCityCountry(m[1]!) ?? findCountry(m[1]!)) : null;
}

/**
 * Round 32: the place where the speaker or the organization works, said in its own words in the opening paragraphs:
 * a sentence in the first person ("I have spent six years on quaysides in <Town>", "our members across <Region>",
 * "nous travaillons à <Ville>", "nuestras promotoras en <Ciudad>") with a city of the table, or one of the United
 * Kingdom's nations, after "in", "across", "throughout", "à", "en"… A country's own name is not read: a country is
 * more often discussed ("we visited shelters in <Country>") than a town.
 */
const FIRST_PERSON = /(?<![\p{L}'])(?:i|we|our|us|my|nous|notre|nos|je|j'|nosotros|nosotras|nuestr[oa]s?|trabajamos|vivimos)(?![\p{L}])/u;
const OWN_PLACE = /(?<![\p{L}])(?:in|across|throughout|around|from|a|dans|depuis|en|desde)\s+(?:the\s+|la\s+|le\s+|el\s+)?(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|western|nord|sud|norte)\s+(?:of\s+|de\s+|du\s+|del\s+)?)?(\p{L}[\p{L}' -]{2,30})/gu;
const UK_NATIONS = /^(?:scotland|ecosse|escocia|northern ireland|irlande du nord|irlanda del norte)(?![\p{L}])/u;

export function ownPlaceCountry(text: string): string | null {
  for (const sentence of fold(text).split(/(?<=[.!?])\s+|\n+/)) {
    if (!FIRST_PERSON.test(sentence)) continue;
    for (const m of sentence.matchAll(OWN_PLACE)) {
      const place = m[1]!;
      if (isDutyStation(place)) continue;
      const city = findCityCountry(place.split(/\s+(?:and|et|y|or|ou|o)\s+/)[0]!);
      if (city) return city;
      if (UK_NATIONS.test(place)) return "GB";
    }
  }
  return null;
}

/** "a network of shelters based in <city>", "basée à …", "con sede en …": where the organization is. */
const BASED_IN = /\b(?:based|headquartered|located|registered) in\s+([^,.;:()]{3,40})|\b(?:basee?s?|installee?s?|etablie?s?|implantee?s?) (?:a|en|au)\s+([^,.;:()]{3,40})|\b(?:con sede|radicad[oa]s?|ubicad[oa]s?|asentad[oa]s?) en\s+([^,.;:()]{3,40})/;

/** Round 21: the states of the United States, written after a town ("based in <Town>, <State>"); Georgia, also a country's name, is left out. */
const US_STATES = /^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming)$/;

/**
 * Round 63: an address line ending with a province or state of a federal country and no country ("Office: Mill Road, Town, <Province>",
 * "… Town, <State> 00000"): Canada's provinces and territories, Australia's states (Victoria, also a town's name, left out) and the
 * United States' (US_STATES, Georgia left out). The line's last piece after a comma, a postal code or ZIP code after it allowed.
 */
const CA_PROVINCES = /^(?:alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|ontario|prince edward island|quebec|saskatchewan|yukon|northwest territories|nunavut)$/;
const AU_STATES = /^(?:new south wales|queensland|tasmania|northern territory|australian capital territory)$/;
export function provinceCountry(text: string): string | null {
  for (const line of fold(text).split("\n")) {
    if (line.length > 200) continue;
    for (const piece of line.split(/\s*[·|•–—]\s*/)) {
      const m = /,\s*([a-z][a-z ]{3,40}?)\.?(?:\s+(?:[a-z]\d[a-z]\s?\d[a-z]\d|\d{4,5}(?:-\d{4})?))?\s*$/.exec(piece);
      const place = m?.[1]!.trim() ?? "";
      if (CA_PROVINCES.test(place)) return "CA";
      if (AU_STATES.test(place)) return "AU";
      if (US_STATES.test(place)) return "US";
    }
  }
  return null;
}

export function basedInCountry(text: string): string | null {
  const m = BASED_IN.exec(fold(text));
  const place = m ? (m[1] ?? m[2] ?? m[3])! : null;
  if (!place) return null;
  const known = findCityCountry(place) ?? findCountry(place);
  if (known) return known;
  // Round 63: "based in <Town>, <Country>": a town the tables do not know, then the country alone after its comma.
  const after = /^\s*,\s*([a-z][a-z'’ -]{2,40}?)\s*(?:[,.;:()]|$)/.exec(fold(text).slice(m!.index + m![0].length));
  if (after && after[1]!.trim().split(/\s+/).length <= 3 && !/^(?:and|but|or|where|which|with|et|mais|ou|y|pero|donde)\s/.test(after[1]!.trim())) {
    const country = findCountry(after[1]!);
    if (country) return country;
  }
  // Round 21: "based in <Town>, <State>": a town the tables do not know, in a state of the United States.
  const state = /^\s*,\s*([a-z ]{4,20}?)\s*(?:[,.;:()]|$)/.exec(fold(text).slice(m!.index + m![0].length));
  return state && US_STATES.test(state[1]!.trim()) ? "US" : null;
}

/**
 * International calling codes → country, for a letterhead that gives a phone number but neither a
 * country nor a city of the table. Codes shared by several countries (+1, +7) are left out.
 */
const CALLING_CODES: Record<string, string> = {
  20: "EG", 211: "SS", 212: "MA", 213: "DZ", 216: "TN", 218: "LY", 220: "GM", 221: "SN", 222: "MR", 223: "ML", 224: "GN", 225: "CI", 226: "BF", 227: "NE", 228: "TG", 229: "BJ",
  230: "MU", 231: "LR", 232: "SL", 233: "GH", 234: "NG", 235: "TD", 236: "CF", 237: "CM", 238: "CV", 239: "ST", 240: "GQ", 241: "GA", 242: "CG", 243: "CD", 244: "AO", 245: "GW",
  248: "SC", 249: "SD", 250: "RW", 251: "ET", 252: "SO", 253: "DJ", 254: "KE", 255: "TZ", 256: "UG", 257: "BI", 258: "MZ", 260: "ZM", 261: "MG", 263: "ZW", 264: "NA", 265: "MW",
  266: "LS", 267: "BW", 268: "SZ", 269: "KM", 27: "ZA", 291: "ER", 30: "GR", 31: "NL", 32: "BE", 33: "FR", 34: "ES", 351: "PT", 352: "LU", 353: "IE", 354: "IS", 355: "AL", 356: "MT",
  357: "CY", 358: "FI", 359: "BG", 36: "HU", 370: "LT", 371: "LV", 372: "EE", 373: "MD", 374: "AM", 375: "BY", 376: "AD", 377: "MC", 378: "SM", 380: "UA", 381: "RS", 382: "ME",
  385: "HR", 386: "SI", 387: "BA", 389: "MK", 39: "IT", 40: "RO", 41: "CH", 420: "CZ", 421: "SK", 423: "LI", 43: "AT", 44: "GB", 45: "DK", 46: "SE", 47: "NO", 48: "PL",
  49: "DE", 501: "BZ", 502: "GT", 503: "SV", 504: "HN", 505: "NI", 506: "CR", 507: "PA", 509: "HT", 51: "PE", 52: "MX", 53: "CU", 54: "AR", 55: "BR", 56: "CL", 57: "CO", 58: "VE",
  591: "BO", 592: "GY", 593: "EC", 595: "PY", 597: "SR", 598: "UY", 60: "MY", 61: "AU", 62: "ID", 63: "PH", 64: "NZ", 65: "SG", 66: "TH", 670: "TL", 673: "BN", 675: "PG", 676: "TO",
  677: "SB", 678: "VU", 679: "FJ", 685: "WS", 686: "KI", 691: "FM", 692: "MH", 81: "JP", 82: "KR", 84: "VN", 855: "KH", 856: "LA", 86: "CN", 880: "BD", 886: "TW", 90: "TR", 91: "IN",
  92: "PK", 93: "AF", 94: "LK", 95: "MM", 960: "MV", 961: "LB", 962: "JO", 963: "SY", 964: "IQ", 965: "KW", 966: "SA", 967: "YE", 968: "OM", 970: "PS", 971: "AE", 972: "IL",
  973: "BH", 974: "QA", 975: "BT", 976: "MN", 977: "NP", 98: "IR", 992: "TJ", 993: "TM", 994: "AZ", 995: "GE", 996: "KG", 998: "UZ",
};

/** The country of the first international phone number ("+233 30 …", "(+57) 604 …", "00 351 …") in `text`, or null. */
export function phoneCountry(text: string): string | null {
  for (const m of text.matchAll(/(?:^|[^\d\w])(?:\(?\+|\b00\s?)(\d{1,3})\)?[\s.-]?\(?\d/g)) {
    const digits = m[1]!;
    // The longest code that the number starts with: "+2547…" is Kenya's 254, not Egypt's 20.
    for (let n = Math.min(3, digits.length); n >= 1; n--) {
      const code = CALLING_CODES[digits.slice(0, n)];
      if (code) return code;
    }
  }
  return null;
}

/**
 * Round 16: the country of an e-mail or web address's country-code domain ("…@example.es", "www.example.org.ar"),
 * the last resort after the phone's calling code. Not the codes sold for other uses (.co, .io, .me, .tv, .ai, …).
 */
const GENERIC_TLD = new Set(["co", "io", "me", "tv", "ai", "ly", "fm", "cc", "ws", "to", "nu", "gg", "eu", "am", "sh", "ac", "im", "la", "is", "it", "in", "do", "so", "us", "ag", "sc", "tk", "ml", "ga", "cf", "gq", "vc", "mu", "ms", "st", "cd", "tw", "bz", "gl", "ps", "li", "ch", "je", "ca"]);
export function domainCountry(text: string): string | null {
  // Round 23: a web address written bare, with its path ("example.org.xx/page", as a footer prints it), is one too: the path's slash says so.
  for (const m of text.toLowerCase().matchAll(/(?:@|\bwww\.|https?:\/\/|(?<![\w@.\/-])(?=[a-z0-9-]+\.[a-z0-9.-]+\/[a-z0-9]))[a-z0-9.-]*?\.([a-z]{2})(?![a-z0-9.-])/g)) {
    const tld = m[1]!;
    const code = tld === "uk" ? "GB" : tld.toUpperCase();
    if (!GENERIC_TLD.has(tld) && COUNTRY_CODES.has(code)) return code;
  }
  return null;
}

/** Adjectives of nationality (en; fr and es stems, which take -e/-a/-s endings) → country. */
const DEMONYMS: [string, string][] = [
  ["kenyan", "KE"], ["keny", "KE"], ["ugandan", "UG"], ["ougand", "UG"], ["tanzanian", "TZ"], ["tanzan", "TZ"], ["rwandan", "RW"], ["rwand", "RW"], ["ethiopian", "ET"], ["ethiopien", "ET"], ["etiope", "ET"],
  ["nigerian", "NG"], ["nigerian", "NG"], ["nigerien", "NE"], ["ghanaian", "GH"], ["ghaneen", "GH"], ["senegalese", "SN"], ["senegalais", "SN"], ["senegales", "SN"], ["malian", "ML"], ["malien", "ML"],
  ["ivorian", "CI"], ["ivoirien", "CI"], ["marfileñ", "CI"], ["cameroonian", "CM"], ["camerounais", "CM"], ["camerunes", "CM"], ["congolese", "CD"], ["burkinabe", "BF"], ["beninese", "BJ"], ["beninois", "BJ"],
  ["togolese", "TG"], ["togolais", "TG"], ["guinean", "GN"], ["guineen", "GN"], ["nigerien", "NE"], ["chadian", "TD"], ["tchadien", "TD"], ["mauritanian", "MR"], ["mauritanien", "MR"], ["moroccan", "MA"], ["marocain", "MA"], ["marroqu", "MA"],
  ["tunisian", "TN"], ["tunisien", "TN"], ["tunecin", "TN"], ["algerian", "DZ"], ["algerien", "DZ"], ["argelin", "DZ"], ["egyptian", "EG"], ["egyptien", "EG"], ["egipci", "EG"], ["south african", "ZA"], ["sud-africain", "ZA"], ["sudafrican", "ZA"],
  ["zimbabwean", "ZW"], ["zambian", "ZM"], ["malawian", "MW"], ["mozambican", "MZ"], ["mozambicain", "MZ"], ["mozambiquen", "MZ"], ["malagasy", "MG"], ["malgache", "MG"], ["somali", "SO"], ["sudanese", "SD"], ["soudanais", "SD"], ["liberian", "LR"], ["sierra leonean", "SL"],
  ["mexican", "MX"], ["mexicain", "MX"], ["mexican", "MX"], ["guatemalan", "GT"], ["guatemaltec", "GT"], ["salvadoran", "SV"], ["salvadoreñ", "SV"], ["honduran", "HN"], ["hondureñ", "HN"], ["nicaraguan", "NI"], ["nicaragüense", "NI"], ["costa rican", "CR"], ["costarricense", "CR"],
  ["panamanian", "PA"], ["panameñ", "PA"], ["colombian", "CO"], ["colombien", "CO"], ["colombian", "CO"], ["venezuelan", "VE"], ["venezolan", "VE"], ["ecuadorian", "EC"], ["ecuatorian", "EC"], ["peruvian", "PE"], ["peruvien", "PE"], ["peruan", "PE"],
  ["bolivian", "BO"], ["bolivien", "BO"], ["chilean", "CL"], ["chilien", "CL"], ["chilen", "CL"], ["argentine", "AR"], ["argentinian", "AR"], ["argentin", "AR"], ["uruguayan", "UY"], ["uruguay", "UY"], ["paraguayan", "PY"], ["paraguay", "PY"], ["brazilian", "BR"], ["bresilien", "BR"], ["brasileñ", "BR"],
  ["haitian", "HT"], ["haitien", "HT"], ["haitian", "HT"], ["dominican", "DO"], ["dominicain", "DO"], ["cuban", "CU"], ["jamaican", "JM"],
  ["filipino", "PH"], ["philippine", "PH"], ["indonesian", "ID"], ["indonesien", "ID"], ["thai", "TH"], ["thailandais", "TH"], ["cambodian", "KH"], ["cambodgien", "KH"], ["vietnamese", "VN"], ["vietnamien", "VN"], ["malaysian", "MY"], ["burmese", "MM"], ["myanmar", "MM"],
  ["bangladeshi", "BD"], ["nepali", "NP"], ["nepalese", "NP"], ["pakistani", "PK"], ["pakistanais", "PK"], ["indian", "IN"], ["sri lankan", "LK"], ["afghan", "AF"], ["jordanian", "JO"], ["jordanien", "JO"], ["lebanese", "LB"], ["libanais", "LB"], ["libanes", "LB"],
  ["iraqi", "IQ"], ["syrian", "SY"], ["syrien", "SY"], ["yemeni", "YE"], ["palestinian", "PS"], ["palestinien", "PS"], ["turkish", "TR"], ["fijian", "FJ"], ["samoan", "WS"], ["tongan", "TO"], ["papua new guinean", "PG"],
  ["ukrainian", "UA"], ["ukrainien", "UA"], ["moldovan", "MD"], ["romanian", "RO"], ["bulgarian", "BG"], ["serbian", "RS"], ["albanian", "AL"], ["georgian", "GE"], ["armenian", "AM"], ["polish", "PL"], ["hungarian", "HU"],
  ["french", "FR"], ["francais", "FR"], ["frances", "FR"], ["belgian", "BE"], ["belge", "BE"], ["belga", "BE"], ["swiss", "CH"], ["suisse", "CH"], ["suiz", "CH"], ["german", "DE"], ["allemand", "DE"], ["aleman", "DE"], ["italian", "IT"], ["italien", "IT"], ["italian", "IT"],
  ["spanish", "ES"], ["espagnol", "ES"], ["español", "ES"], ["portuguese", "PT"], ["portugais", "PT"], ["portugues", "PT"], ["dutch", "NL"], ["neerlandais", "NL"], ["british", "GB"], ["britannique", "GB"], ["irish", "IE"], ["maltese", "MT"], ["greek", "GR"], ["austrian", "AT"],
  // Round 18: more of Africa's, Asia's and the Caribbean's (en; fr and es stems).
  ["angolan", "AO"], ["angolais", "AO"], ["angoleñ", "AO"], ["burundian", "BI"], ["burundais", "BI"], ["burundes", "BI"], ["djiboutian", "DJ"], ["djiboutien", "DJ"], ["eritrean", "ER"], ["erythreen", "ER"], ["eritre", "ER"],
  ["gambian", "GM"], ["gambien", "GM"], ["libyan", "LY"], ["libyen", "LY"], ["mauritian", "MU"], ["mauricien", "MU"], ["namibian", "NA"], ["namibien", "NA"], ["namibi", "NA"], ["comorian", "KM"], ["comorien", "KM"], ["comorense", "KM"],
  ["gabonese", "GA"], ["gabonais", "GA"], ["gabones", "GA"], ["centrafricain", "CF"], ["centroafrican", "CF"], ["south sudanese", "SS"], ["sud-soudanais", "SS"], ["lao", "LA"], ["laotian", "LA"], ["laotien", "LA"], ["mongolian", "MN"],
  ["kyrgyz", "KG"], ["kirghiz", "KG"], ["kazakh", "KZ"], ["uzbek", "UZ"], ["ouzbek", "UZ"], ["tajik", "TJ"], ["iranian", "IR"], ["iranien", "IR"], ["saudi", "SA"], ["saoudien", "SA"], ["timorese", "TL"], ["timorais", "TL"],
  ["singaporean", "SG"], ["singapourien", "SG"], ["chinese", "CN"], ["chinois", "CN"], ["japanese", "JP"], ["japonais", "JP"], ["korean", "KR"], ["coreen", "KR"], ["maldivian", "MV"], ["bhutanese", "BT"],
  ["belizean", "BZ"], ["guyanese", "GY"], ["surinamese", "SR"], ["trinidadian", "TT"], ["barbadian", "BB"], ["bahamian", "BS"],
  ["swedish", "SE"], ["norwegian", "NO"], ["danish", "DK"], ["finnish", "FI"], ["canadian", "CA"], ["canadien", "CA"], ["canadiense", "CA"], ["australian", "AU"], ["new zealand", "NZ"],
];
const KIND = String.raw`(?:organi[sz]ations?|ngos?|networks?|associations?|charit(?:y|ies)|foundations?|collectives?|groups?|coalitions?|platforms?|ong|reseaux?|collectifs?|fondations?|organisations?|asociacion(?:es)?|organizacion(?:es)?|fundacion(?:es)?|colectivos?|redes|red|plataformas?)`;
let demonymRes: [RegExp, RegExp, string][] | null = null;

/**
 * "a Kenyan NGO", "an Ecuadorian network", "une association sénégalaise", "una organización
 * peruana": the country an organization's own description gives it (the adjective next to the kind
 * of body, never a nationality elsewhere in the text: "Nigerian victims").
 */
export function demonymCountry(text: string): string | null {
  demonymRes ??= DEMONYMS.map(([d, code]) => {
    const stem = literal(fold(d));
    // The stem and a French or Spanish ending ("senegalais-e", "peruan-a", "colombian-os").
    const word = `${stem}(?:e|a|o|s|es|as|os|ne|nes)?`;
    return [new RegExp(`\\b(?:an?|une?|una?)\\s+(?:[a-z-]+\\s+)?${word}\\s+(?:[a-z-]+\\s+)?${KIND}\\b`), new RegExp(`\\b(?:une?|una?)\\s+${KIND}\\s+(?:[a-z-]+\\s+)?${word}\\b`), code];
  });
  const folded = fold(text);
  let best: { index: number; code: string } | null = null;
  for (const [before, after, code] of demonymRes) for (const re of [before, after]) {
    const m = re.exec(folded);
    if (m && (!best || m.index < best.index)) best = { index: m.index, code };
  }
  return best?.code ?? null;
}

/** Round 64: the country of one word that is a nationality adjective ("colombianos", "kenyan", "beninoise"), or null. */
export function demonymWord(word: string): string | null {
  const w = fold(word);
  if (w.length < 4) return null;
  return DEMONYMS.find(([d]) => !d.includes(" ") && new RegExp(`^${literal(fold(d))}(?:e|a|o|s|es|as|os|ne|nes)?$`).test(w))?.[1] ?? null;
}

/**
 * Round 18: a national body's name built on its country's adjective, first ("<Adjective> Beekeepers'
 * Union") or after the kind of body ("Collectif <adjectif> pour …", "Red <adjetivo> de …").
 */
export function nameDemonymCountry(name: string): string | null {
  const words = fold(name).split(/\s+/).map((w) => w.replace(/[^a-z'-]/g, ""));
  const at = [words[0], new RegExp(`^${KIND}$`).test(words[0] ?? "") || /^(?:centre|centro|center|institut|instituto|institute|alliance|alianza|coalicion|observatoire|observatorio|mouvement|movimiento|forum|foro|conseil|consejo|union|ligue|liga)$/.test(words[0] ?? "") ? words[1] : undefined];
  for (const word of at) {
    if (!word || word.length < 4) continue;
    const found = DEMONYMS.find(([d]) => !d.includes(" ") && new RegExp(`^${fold(d)}(?:e|a|o|s|es|as|os|ne|nes)?$`).test(word));
    if (found) return found[1];
  }
  return null;
}

/**
 * Every place name of the tables above, folded: country names (Intl's in English, French and
 * Spanish, and the aliases), cities, duty stations and nationality adjectives. The theme seed
 * (`scripts/theme-seed.mjs`) leaves out every word of these, so that it names no country or city.
 */
export function placeNames(): string[] {
  const out = new Set<string>([...Object.keys(ALIASES), ...Object.keys(CITIES), ...DEMONYMS.map(([d]) => d), ...DUTY_STATIONS.source.replace(/^.*\(\?:|\)\(\?!.*$/g, "").split("|")]);
  for (const locale of ["en", "fr", "es"]) {
    const display = new Intl.DisplayNames([locale], { type: "region" });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name && name !== code) out.add(fold(name));
    }
  }
  return [...out];
}
