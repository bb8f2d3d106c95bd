import { describe, expect, it } from "vitest";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 41 (who, forms read across blind sets 20–35): a name set without its accents that the text writes with them, a French
// name in capitals set in sentence case, a founding member's role without the body's kind word, a closing line that is a
// dateline then a by-line, and a salutation never read as a signature's role. Invented text (ferries and river crossings;
// invented bodies, people and towns).
const OPEN: Record<string, string> = {
  en: "For ten years we have helped the families of the ferry crews who work the crossing at night.",
  fr: "Depuis dix ans, nous aidons les familles des bateliers qui assurent la traversée de nuit.",
  es: "Desde hace diez años ayudamos a las familias de los lancheros que cruzan de noche.",
};

describe("round 41: a name written without its accents takes the text's spelling", () => {
  it.each([
    ["es", ["ASOCIACION DE LANCHEROS DEL ESTRECHO", "Calle 0, Puerto Aysén"], "La Asociación de Lancheros del Estrecho acompaña a las familias de los lancheros desde hace diez años.", "Asociación de Lancheros del Estrecho"],
    ["es", ["Coordinacion de Balseros del Rio Frio", "Casilla 0, Puerto Aysén"], "La Coordinación de Balseros del Río Frío acompaña a las familias de los balseros desde hace diez años.", "Coordinación de Balseros del Río Frío"],
    ["fr", ["ACTION POUR LA SECURITE DES PASSEURS DU FLEUVE (ASPF)", "BP 0, Kolomba"], "Depuis dix ans, l'Action pour la sécurité des passeurs du fleuve accompagne les familles des bateliers.", "Action pour la sécurité des passeurs du fleuve"],
    ["fr", ["Reseau des Bateliers du Lac Tele", "BP 0, Kolomba"], "Le Réseau des bateliers du lac Télé accompagne les familles des bateliers depuis dix ans.", "Réseau des bateliers du lac Télé"],
    ["fr", ["Comite des Passeurs de la Riviere Noire", "BP 0, Kolomba"], "Depuis dix ans, le Comité des passeurs de la rivière Noire accompagne les familles des passeurs.", "Comité des passeurs de la rivière Noire"],
  ])("%s: %s", (lang, letterhead, open, name) => {
    expect(read(["Constructive dialogue on ferries", CHAIR[lang]!, open, ASK[lang]!, THANKS[lang]!], letterhead).organization?.name).toBe(name);
  });

  it("the Spanish south after \"del\" keeps its capital", () => {
    expect(read(["Constructive dialogue on ferries", CHAIR.es!, OPEN.es!, ASK.es!, THANKS.es!], ["RED DE LANCHEROS DEL SUR", "Calle 0, Puerto Aysén"]).organization?.name).toBe("Red de Lancheros del Sur");
  });

  it("a name the text writes without accents too stays as written", () => {
    expect(read(["Constructive dialogue on ferries", CHAIR.es!, "La Asociacion de Lancheros del Estrecho acompaña a las familias.", ASK.es!, THANKS.es!], ["ASOCIACION DE LANCHEROS DEL ESTRECHO", "Calle 0, Puerto Aysén"]).organization?.name).toBe("Asociacion de Lancheros del Estrecho");
  });
});

describe("round 41: a French name in capitals, never written whole in the text, in sentence case", () => {
  it.each([
    ["COMITE DE VIGILANCE DES BATELIERS DE KOLOMBA (CVBK)", "Le Comité accompagne depuis dix ans les familles des bateliers et leurs enfants.", "Comité de vigilance des bateliers de Kolomba"],
    ["ASSOCIATION DES FEMMES DE PASSEURS DE NDIARÉ", "Notre association réunit les femmes de passeurs, qui attendent au bord du fleuve.", "Association des femmes de passeurs de Ndiaré"],
    ["OBSERVATOIRE CITOYEN DES BACS DE LA CASAMANCE", "L'Observatoire suit chaque année les bacs de la Casamance et publie ce qu'il voit.", "Observatoire citoyen des bacs de la Casamance"],
    ["COLLECTIF DES PASSEURS DE LA LAGUNE", "Depuis dix ans, notre collectif aide les passeurs de la lagune et leurs familles.", "Collectif des passeurs de la lagune"],
    ["UNION DES PIROGUIERS POUR LA SÉCURITÉ EN MER", "L'Union forme chaque année des piroguiers aux gestes de secours en mer.", "Union des piroguiers pour la sécurité en mer"],
    ["RÉSEAU SÉNÉGALAIS DES BATELIERS", "Notre réseau réunit les bateliers sénégalais du fleuve et leurs familles.", "Réseau sénégalais des bateliers"],
  ])("%s", (head, open, name) => {
    expect(read(["Dialogue constructif sur les bacs", CHAIR.fr!, open, ASK.fr!, THANKS.fr!], [head, "BP 0, Kolomba"]).organization?.name).toBe(name);
  });

  it.each([
    ["ASSOCIATION HORIZON SOLIDAIRE", "fr", "Association Horizon Solidaire"],
    ["COLLECTIF RIVES DU MARONI", "fr", "Collectif Rives du Maroni"],
    ["ASSOCIATION OF FERRY PILOTS FOR SAFE WATERS", "en", "Association of Ferry Pilots for Safe Waters"],
    ["ASOCIACIÓN DE LANCHEROS DEL SUR PARA LA SEGURIDAD", "es", "Asociación de Lancheros del Sur para la Seguridad"],
  ])("a name of its own, or not French, keeps its capitals: %s", (head, lang, name) => {
    expect(read(["Constructive dialogue on ferries", CHAIR[lang]!, OPEN[lang]!, ASK[lang]!, THANKS[lang]!], [head, "BP 0, Kolomba"]).organization?.name).toBe(name);
  });
});

describe("round 41: a founding member's role ends before the body's kind word", () => {
  it.each([
    ["fr", "Je suis Awa Diatta Sané, juriste et membre fondatrice du Réseau, qui réunit des passeurs du fleuve.", "Awa Diatta Sané", "juriste et membre fondatrice"],
    ["fr", "Je suis Yann Le Goff, membre fondateur du Collectif, qui réunit des bateliers de l'estuaire.", "Yann Le Goff", "membre fondateur"],
    ["es", "Soy Camila Huenchul Rivas, abogada y miembro fundadora de la Red, que reúne a lancheros del sur.", "Camila Huenchul Rivas", "abogada y miembro fundadora"],
    ["fr", "Je suis Mamadou Kéïta Sow, fondateur du Collectif, qui réunit des bateliers de l'estuaire.", "Mamadou Kéïta Sow", "fondateur du Collectif"],
  ])("%s: %s", (lang, open, name, role) => {
    expect(read(["Dialogue constructif sur les bacs", CHAIR[lang]!, open, ASK[lang]!, THANKS[lang]!], ["RÉSEAU DES PASSEURS DU FLEUVE", "BP 0, Kolomba"]).speaker).toEqual({ name, role });
  });
});

describe("round 41: a closing line that is a dateline, a dash and a by-line", () => {
  it.each([
    ["es", "Valdivia, 3 de marzo de 2031 — Exposición de Hernán Quilodrán Soto, director ejecutivo", "Hernán Quilodrán Soto", "director ejecutivo"],
    ["es", "Puerto Montt, 12 de abril de 2031 – Intervención de Marisol Ancán Paillal, coordinadora", "Marisol Ancán Paillal", "coordinadora"],
    ["en", "Portsmouth, 4 May 2031 — Statement by Dr Alan Whitcombe, Director", "Alan Whitcombe", "Director"],
    ["fr", "Saint-Malo, le 7 juin 2031 – Déclaration de M. Yann Le Goff, président", "Yann Le Goff", "président"],
  ])("%s: %s", (lang, closing, name, role) => {
    const r = read(["Constructive dialogue on ferries", CHAIR[lang]!, OPEN[lang]!, ASK[lang]!, THANKS[lang]!, closing], ["RED DE LANCHEROS DEL ESTRECHO", "Calle 0, Puerto Aysén, Chile"]);
    expect(r.speaker).toEqual({ name, role });
  });

  it("a closing dateline alone names nobody", () => {
    expect(read(["Constructive dialogue on ferries", CHAIR.en!, OPEN.en!, ASK.en!, THANKS.en!, "Portsmouth, 4 May 2031 — Oral statement"], ["RIVER CROSSINGS WATCH", "0 Quay Road, Portsmouth"]).speaker).toBeNull();
  });
});

describe("round 41: a salutation is no signature's role", () => {
  it.each([
    ["fr", "Madame la Présidente, nous, les bateliers du fleuve, demandons que nos bacs soient enfin inspectés."],
    ["en", "Madam Chair, we, the ferry crews of the strait, ask that our boats be inspected at last."],
    ["es", "Señora Presidenta, nosotros, los lancheros del estrecho, pedimos que se inspeccionen por fin nuestras lanchas."],
  ])("%s: %s", (lang, open) => {
    expect(read([open, OPEN[lang]!, ASK[lang]!, THANKS[lang]!]).organization).toBeNull();
  });
});
