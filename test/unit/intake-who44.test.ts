import { describe, expect, it } from "vitest";
import { isOrgName, kindNamed } from "../../worker/intake/people";
import { capsWraps } from "../../worker/intake/understand";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 44 (who, forms read from blind set 42 after its first measure): a trade union named in Spanish or French ("Sindicato
// de …", "Syndicat des …") is a body; a letterhead name set in capitals that a PDF's narrow cell wrapped is one name: a place
// cut at the line end ("… OF EASTERN" / "EUROPE", "… DE LA COSTA" / "SUR"), or short lines none of which names a body until
// the body's kind word alone on the last ("RIVER BEND" / "TENANTS' RIGHTS" / "CENTRE").
// Invented text (ferries and lighthouses; invented bodies, people and towns).
const OPEN: Record<string, string> = {
  en: "For ten years we have helped the families of the ferry crews who work the crossing at night.",
  fr: "Depuis dix ans, nous aidons les familles des bateliers qui assurent la traversée de nuit.",
  es: "Desde hace diez años ayudamos a las familias de los lancheros que cruzan de noche.",
};
const TITLE: Record<string, string> = { en: "Constructive dialogue on ferries", fr: "Dialogue constructif sur les bacs", es: "Diálogo constructivo sobre lanchas" };
const statement = (lang: string, removed: string[], close: string[] = []) => read([TITLE[lang]!, CHAIR[lang]!, OPEN[lang]!, ASK[lang]!, THANKS[lang]!, ...close], removed);

describe("round 44: a trade union named in Spanish or French is a body", () => {
  it.each([
    "Sindicato de Lancheros del Río Frío",
    "SINDICATO DE FAROLEROS DE LA COSTA BRAVA",
    "Sindicato Unido de Guardacostas",
    "Syndicat des bateliers du lac Vert",
    "SYNDICAT NATIONAL DES GARDIENS DE PHARE",
    "Syndicat autonome des passeurs de Brume",
  ])("%s", (name) => {
    expect(isOrgName(name)).toBe(true);
    expect(kindNamed(name)).toBe(true);
  });

  it.each([
    [["SINDICATO DE LANCHEROS DEL RÍO FRÍO", "Muelle Viejo s/n · Puerto Niebla · Chile", "sindicato@example.org"], "es", "Sindicato de Lancheros del Río Frío"],
    [["SINDICATO UNIDO DE GUARDACOSTAS Y FAROLEROS", "Calle del Faro s/n · Caleta Honda · Perú", "Afiliado a la central de trabajadores del mar"], "es", "Sindicato Unido de Guardacostas y Faroleros"],
    [["SYNDICAT DES BATELIERS DU LAC VERT", "Quai des Brumes · Port-Lumière · Bénin", "contact@example.org"], "fr", "Syndicat des bateliers du lac Vert"],
    [["SYNDICAT NATIONAL DES GARDIENS DE PHARE", "BP 0 · Cap-Rouge · Sénégal", "Membre de la confédération des travailleurs de la mer"], "fr", "Syndicat national des gardiens de phare"],
  ])("its letterhead in capitals: %o", (removed, lang, name) => {
    expect(statement(lang, removed).organization?.name.toLowerCase()).toBe(name.toLowerCase());
  });

  it("the role loses the union's kind word (\"presidente del Sindicato\" → \"presidente\")", () => {
    const r = statement("es", ["SINDICATO DE LANCHEROS DEL RÍO FRÍO", "Muelle Viejo s/n · Puerto Niebla · Chile"], ["Intervención a cargo de Rocío Almagro-Pinto, presidenta del Sindicato"]);
    expect(r.speaker).toEqual({ name: "Rocío Almagro-Pinto", role: "presidenta" });
  });

  it("a plural in a sentence is no name", () => {
    expect(isOrgName("los sindicatos de lancheros")).toBe(false);
  });
});

describe("round 44: a place cut at a line end of a letterhead name in capitals", () => {
  it.each([
    [["FERRY OPERATORS' NETWORK OF EASTERN", "EUROPE", "0 Harbour Road · Riverside"], "FERRY OPERATORS' NETWORK OF EASTERN EUROPE"],
    [["LIGHTHOUSE KEEPERS' ASSOCIATION OF WESTERN", "ASIA", "keepers@example.org"], "LIGHTHOUSE KEEPERS' ASSOCIATION OF WESTERN ASIA"],
    [["BOATMEN'S UNION OF THE UPPER", "RIVER VALLEY", "P.O. Box 0, Riverside"], "BOATMEN'S UNION OF THE UPPER RIVER VALLEY"],
    [["COASTAL FERRY WORKERS' FEDERATION OF CENTRAL", "AMERICA"], "COASTAL FERRY WORKERS' FEDERATION OF CENTRAL AMERICA"],
    [["RED DE LANCHEROS DE LA COSTA", "SUR", "Muelle 0 · Caleta Honda"], "RED DE LANCHEROS DE LA COSTA SUR"],
    [["ASOCIACIÓN DE FAROLEROS DEL VALLE", "NORTE", "faroleros@example.org"], "ASOCIACIÓN DE FAROLEROS DEL VALLE NORTE"],
    [["RÉSEAU DES PASSEURS DU BASSIN", "OUEST", "BP 0 · Port-Lumière"], "RÉSEAU DES PASSEURS DU BASSIN OUEST"],
    [["COLLECTIF DES BATELIERS DE L'AFRIQUE", "CENTRALE", "contact@example.org"], "COLLECTIF DES BATELIERS DE L'AFRIQUE CENTRALE"],
    [["OBSERVATORIO DE LAS LANCHAS DE AMÉRICA", "LATINA", "Calle 0 · Puerto Niebla"], "OBSERVATORIO DE LAS LANCHAS DE AMÉRICA LATINA"],
  ])("%o", (lines, name) => {
    expect(capsWraps(lines)[0]).toBe(name);
  });

  it.each([
    // The next line is a place of its own, not the name's end (no place adjective before it, no compass word).
    [["FERRY OPERATORS' NETWORK", "RIVERSIDE", "0 Harbour Road"]],
    // An English compass word under a name may be a branch's label: left as it is.
    [["FERRY WORKERS' UNION", "NORTH", "0 Harbour Road"]],
    // More lines in capitals follow: not the name's last line.
    [["LIGHTHOUSE KEEPERS' ASSOCIATION OF WESTERN", "ASIA", "SINCE THE GREAT STORM", "keepers@example.org"]],
    // No body's word on the line above.
    [["THE LIGHTS OF THE EASTERN", "SHORE", "0 Harbour Road"]],
  ])("not joined: %o", (lines) => {
    expect(capsWraps(lines)).toEqual(lines);
  });

  it("a whole statement, its letterhead from a PDF", () => {
    const r = statement("en", ["LIGHTHOUSE KEEPERS' ASSOCIATION OF WESTERN", "ASIA", "0 Harbour Road · Riverside", "keepers@example.org"]);
    expect(r.organization?.name).toBe("Lighthouse Keepers' Association of Western Asia");
  });
});

describe("round 44: short lines in capitals over the body's kind word alone", () => {
  it.each([
    [["RIVER BEND", "TENANTS' RIGHTS", "CENTRE", "0 Harbour Road"], "RIVER BEND TENANTS' RIGHTS CENTRE"],
    [["GREY HARBOUR", "FERRY CREWS", "NETWORK", "crews@example.org"], "GREY HARBOUR FERRY CREWS NETWORK"],
    [["SILVER LAKE", "BOATMEN'S MUTUAL AID", "SOCIETY"], "SILVER LAKE BOATMEN'S MUTUAL AID SOCIETY"],
    [["ISLAND FERRY PASSENGERS'", "FORUM", "contact@example.org"], "ISLAND FERRY PASSENGERS' FORUM"],
    [["Statement · 3 May 2031", "MISTY BAY", "NIGHT CROSSING", "COLLECTIVE", "Riverside"], "MISTY BAY NIGHT CROSSING COLLECTIVE"],
    [["Dialogue constructif, 3 mai 2031", "HARBOUR LIGHTS KEEPERS'", "TRUST", "Riverside"], "HARBOUR LIGHTS KEEPERS' TRUST"],
  ])("%o", (lines, name) => {
    expect(capsWraps(lines)).toContain(name);
  });

  it.each([
    // A tagline in capitals, no kind word.
    [["STANDING WITH CREWS", "SINCE THE FLOODS", "0 Harbour Road"]],
    // An acronym alone over the name: one word, left as it is.
    [["GHFC", "FERRY CREWS NETWORK", "0 Harbour Road"]],
    // The meeting's line is no part of a name.
    [["CONSTRUCTIVE DIALOGUE", "FERRY NETWORK", "Riverside"]],
    // A country's line above the name.
    [["REPUBLIC OF GHANA", "FERRY NETWORK", "Riverside"]],
    // Four short lines before the kind word: not one name, nor its last three.
    [["MISTY BAY", "NIGHT CROSSING", "FERRY CREWS", "OF THE SHORE", "COLLECTIVE"]],
    // The second line is a name by itself: joined only when an acronym fits both lines (round 21).
    [["NORTH CAPE", "LIGHTHOUSE NETWORK", "P.O. Box 0, Riverside"]],
    [["SILVER LAKE BOATMEN", "MUTUAL AID SOCIETY"]],
    // A tagline in capitals after the name: the block does not end at the kind word.
    [["GREY HARBOUR", "FERRY CREWS", "NETWORK", "FOR SAFE CROSSINGS", "crews@example.org"]],
  ])("not joined: %o", (lines) => {
    expect(capsWraps(lines)).toEqual(lines);
  });

  it("a whole statement, its letterhead from a PDF's narrow cell", () => {
    const r = statement("en", ["Constructive dialogue on ferries, 3 May 2031 · 1", "RIVER BEND", "TENANTS' RIGHTS", "CENTRE", "Riverside,", "Ghana", "rbtrc@example.org"]);
    expect(r.organization?.name).toBe("River Bend Tenants' Rights Centre");
  });
});
