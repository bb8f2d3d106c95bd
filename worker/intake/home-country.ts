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
