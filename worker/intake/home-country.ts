import { fold } from "./markers.ts";
import { demonymWord, findCityCountry, findCountry } from "./places.ts";

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

/**
 * Round 63: the speaker or the organization describing itself in an ordinary sentence, with no address: "I am the president
 * of a club of ninety turners in a rural part of <Country>", "We are a small association in the north of <Country>", "Nous
 * sommes une association de … au <Pays>", "Somos una red de … en <País>". The first person and its verb ("am", "are",
 * "sommes", "somos"), perhaps a role held in it ("the president of"), a noun phrase opened by an indefinite article, then
 * "in" and the country, or a part of it. A country where something else happens is not read: the noun phrase may hold no
 * participle, no relative pronoun and none of "for", "from", "to", "with", "against" ("a shelter for women trafficked to
 * <Country>", "a network working with victims in <Country>", "a group of families whose children were taken to …").
 */
const SELF_DESCRIBED = /(?<![\p{L}])(?:i am|i'm|we are|we're|je suis|nous sommes|soy|somos)\s+(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4},\s+)?(?:(?:the|le|la|el|l')\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:of|de|du|del|d')\s*)?(?:an?|une?|una?)\s+([^.;:!?()"“”«»,]{3,100}?)\s+(?:in|en|au|aux|a)\s+([^.;:!?()"“”«»,]{3,60})/gu;
const PART_OF = /^(?:(?:a|an|the|one|une?|la|le|el|l')\s*)?(?:[\p{L}-]+\s+){0,2}(?:part|parts|corner|region|area|province|district|county|countryside|parte|zona|coin|partie|region|north|south|east|west|centre|center|nord|sud|ouest|norte|sur|oeste|centro)\s+(?:of|de|du|del|d')\s*(?:the\s+|la\s+|le\s+|el\s+|l')?/u;
const NOT_SELF = /(?<![\p{L}])(?:for|from|to|with|against|who|whose|that|which|where|pour|contre|avec|vers|qui|dont|para|contra|con|que|cuyos?|cuyas?|donde|victims?|victimes?|victimas?)(?![\p{L}])|\p{L}{3,}(?:ing|(?<!hundr)ed)(?![\p{L}])/u;

export function selfDescribedCountry(text: string): string | null {
  for (const sentence of fold(text).split(/(?<=[.!?])\s+|\n+/)) {
    for (const m of sentence.matchAll(SELF_DESCRIBED)) {
      if (NOT_SELF.test(m[1]!)) continue;
      const place = m[2]!.replace(PART_OF, "").split(/\s+(?:who|which|that|where|and|but|qui|et|que|y|donde)\s+/)[0]!.trim();
      if (place.split(/\s+/).length > 4) continue;
      const country = findCountry(place);
      if (country) return country;
    }
  }
  return null;
}

/**
 * Round 64: where the organization works or was founded, said of itself in an ordinary sentence of the opening paragraphs
 * with no address, the country reached through a place in it: "<Name> has visited boats in <Country>'s main port", "we
 * have members across <Country>", "founded in <Country> in 2019", "our circle … on the lakeshore in <Country>",
 * "Notre association est née dans un village de pêcheurs du <Pays>", "<Nombre> organiza … en pueblos del interior de
 * <País>", "en los municipios <adjetivo> de la frontera", "from its office in <Town>, <Country>". The sentence opens with
 * the first person or the organization (its name, its acronym, or its kind word after an article); the country follows
 * a place word (village, port, region, the north…, pueblos, barrios…) after a preposition of place with no comma
 * between, or directly "across"/"throughout" or a verb of founding. Not read where the sentence before the place speaks
 * of someone carried elsewhere ("women trafficked to …", "victims in …").
 */
const OWN_KIND = String.raw`(?:observator(?:y|io)|observatoire|network|reseau|red|association|asociacion|centre|center|centro|coalition|coalicion|forum|foro|trust|foundation|fondation|fundacion|collectif|colectivo|group|groupe|grupo|union|alliance|alianza|plateforme|plataforma|project|projet|proyecto|clinic|clinique|clinica|mission|mision|circle|cercle|circulo|league|ligue|liga|club|society|societe|sociedad|federation|federacion|committee|comite|institute|institut|instituto|movement|mouvement|movimiento|watch|organi[sz]ation|organizacion|ong|ngo)`;
const OWN_START = new RegExp(String.raw`^(?:(?:today|since \d{4}|depuis \d{4}|desde \d{4}|hoy|aujourd'hui|in \d{4}|en \d{4})\s*,?\s*)?(?:(?:our|the|this|notre|cette|nuestr[oa]|esta|la|le|el|l')\s*${OWN_KIND}|we|i|nous|je|j'|somos|sommes|trabajamos|nacimos)(?![\p{L}])`, "u");
const PLACE_WORD = /^(?:villages?|hamlets?|hameaux?|towns?|ports?|harbou?rs?|coasts?|shores?|lakeshores?|lakesides?|riversides?|islands?|valleys?|mountains?|hills?|highlands?|uplands?|provinces?|regions?|districts?|county|counties|neighbou?rhoods?|suburbs?|slums?|communities|countryside|interior|north|south|east|west|north-east|north-west|south-east|south-west|centre|center|capital|cities|city|border|borderlands?|villes?|quartiers?|communes?|cotes?|montagnes?|vallees?|iles?|nord|sud|est|ouest|pueblos?|barrios?|municipios?|comunidades|montanas?|costas?|valles?|islas?|provincias?|regiones|region|zonas?|departamentos?|ciudades|aldeas?|veredas?|norte|sur|oeste|centro|frontera|sierra|selva|campo)$/;
const WORD_COUNTRIES: Record<string, string> = { chad: "TD", jordan: "JO", turkey: "TR" };
const LOCATIVE = new Set(["in", "across", "throughout", "on", "at", "dans", "en", "au", "aux", "a", "sur"]);
const CONNECTOR = new Set(["of", "in", "de", "du", "del", "d'", "en", "dans", "au", "aux"]);
const CARRIED = /(?<![\p{L}])(?:to|into|vers|hacia|traffick\w*|smuggl\w*|trafique\w*|tratad[oa]s|deport\w*|expulse\w*|sent|taken|envoye\w*|enviad[oa]s|llevad[oa]s|victims?|victimes?|victimas?)(?![\p{L}])/u;
const FOUNDED = /^(?:founded|established|created|registered|born|fondee?s?|creee?s?|nee?s?|fundad[oa]s?|cread[oa]s?|nacio|nacimos)$/;

function countryAt(words: readonly string[], i: number): { code: string; end: number } | null {
  for (let k = 3; k >= 1; k--) {
    if (i + k > words.length) continue;
    const span = words.slice(i, i + k);
    if (span.some((w) => /^[,;:()]$/.test(w))) continue;
    const code = findCountry(span.join(" "));
    // The country's name opens the span: "<Country> in", not "in <Country>" read from its second word.
    if (code && (k === 1 || !findCountry(span.slice(1).join(" ")))) return { code, end: i + k };
  }
  return null;
}

export function ownWorkCountry(text: string, org: { name: string; acronym: string | null }): string | null {
  const own = [org.name, org.acronym].filter((x): x is string => !!x && x.length >= 2).map((x) => fold(x).replace(/^the\s+/, ""));
  for (const raw of fold(text).split(/(?<=[.!?])\s+|\n+/)) {
    // A salutation run on before the first sentence ("Madam Chair: the Network …", "Señora Presidenta: el …") is no part of it.
    const sentence = raw.trim().replace(/^["“«¿¡]\s*/, "").replace(/^(?:(?:madam|mister|mr|mrs|senora|senor|monsieur|madame)\s+)?(?:(?:la|le|el|the)\s+)?(?:chair(?:person|man|woman)?|president|presidenta|presidente)\s*[:,]\s*/, "");
    const opened = OWN_START.test(sentence) || own.some((o) => sentence.startsWith(o) || sentence.startsWith(`the ${o}`) || /^(?:la|le|el|l')\s*/.test(sentence) && sentence.replace(/^(?:la|le|el|l')\s*/, "").startsWith(o));
    const words = (sentence.match(/[\p{L}\d]+(?:['’-]\p{L}+)*['’]?|[,;:()]/gu) ?? []).flatMap((w) => (/^[dl]['’]\p{L}/u.test(w) ? [`${w[0]}'`, w.slice(2)] : [w.replace(/’/g, "'")]));
    const carried = (to: number) => CARRIED.test(words.slice(0, to).join(" "));
    // "from its office in <Town>, <Country>": the country after the town's comma.
    for (let i = 0; i + 3 < words.length; i++) {
      if (!(/^(?:our|notre|nuestra)$/.test(words[i]!) || (/^(?:its|son|sa|su)$/.test(words[i]!) && (opened || /^(?:it|elle|ella)\s/.test(sentence)))) || !/^(?:office|offices|headquarters|secretariat|seat|bureau|siege|sede|oficina|secretaria)$/.test(words[i + 1]!)) continue;
      let j = i + 2;
      if (/^(?:is|est|esta|se)$/.test(words[j]!)) j++;
      if (!LOCATIVE.has(words[j] ?? "")) continue;
      const comma = words.indexOf(",", j + 1);
      if (comma < 0 || comma - j > 4) continue;
      const after = countryAt(words, comma + 1);
      if (after) return after.code;
    }
    if (!opened) continue;
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      // "across <Country>" for a country named like a word (Chad, Jordan, Turkey).
      if (/^(?:across|throughout)$/.test(words[i - 1]!) && WORD_COUNTRIES[word] && !carried(i)) return WORD_COUNTRIES[word]!;
      const possessive = /'s$/.test(word) ? findCountry(word.slice(0, -2)) : null;
      const at = possessive ? { code: possessive, end: i + 1 } : countryAt(words, i);
      if (!at) continue;
      const before = words[i - 1]!;
      // "in <Country>'s main port"
      if (possessive && LOCATIVE.has(before) && words.slice(i + 1, i + 4).some((w) => PLACE_WORD.test(w)) && !carried(i)) return possessive;
      if (possessive) continue;
      // "across <Country>", "throughout <Country>"
      if (/^(?:across|throughout)$/.test(before) && !carried(i)) return at.code;
      // "founded in <Country>", "founded in 2019 in <Country>"
      if (LOCATIVE.has(before) && (FOUNDED.test(words[i - 2] ?? "") || (/^\d{4}$/.test(words[i - 2] ?? "") && FOUNDED.test(words[i - 4] ?? ""))) && !carried(i)) return at.code;
      // "in the north of <Country>", "dans un village de pêcheurs du <Pays>", "on the lakeshore in <Country>"
      if (!CONNECTOR.has(before)) continue;
      for (let j = i - 2; j >= Math.max(0, i - 10); j--) {
        const w = words[j]!;
        if (/^[,;:()]$/.test(w)) break;
        if (LOCATIVE.has(w) && j < i - 2) {
          const between = words.slice(j + 1, i - 1);
          if (between.some((b) => PLACE_WORD.test(b)) && !between.some((b) => /^(?:for|from|with|against|who|whose|that|which|where|pour|contre|avec|qui|dont|para|contra|con|que|donde)$/.test(b)) && !carried(j)) return at.code;
          break;
        }
      }
    }
    // "en los municipios <adjetivo> de …", "in <adjective> villages": a place word beside a nationality adjective, after a preposition of place.
    for (let i = 1; i + 1 < words.length; i++) {
      if (!LOCATIVE.has(words[i - 1]!) && !(/^(?:the|les|los|las|des|la|le|el|un|une|una|unos|unas)$/.test(words[i - 1]!) && LOCATIVE.has(words[i - 2] ?? ""))) continue;
      const pair: [string, string] = [words[i]!, words[i + 1]!];
      const code = PLACE_WORD.test(pair[0]) ? demonymWord(pair[1]) : PLACE_WORD.test(pair[1]) ? demonymWord(pair[0]) : null;
      if (code && !carried(i)) return code;
    }
  }
  return null;
}
