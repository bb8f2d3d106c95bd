import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 36 (French and Spanish statements of blind set 29 used for development): forms of asking in running prose and
// one layout, each on invented text (weavers whose baskets are seized at a river crossing; no sentence of any fixture).
type Lang = "fr" | "es";
const FRAME: Record<Lang, [string, string, string]> = {
  fr: [
    "Merci, Monsieur le Président. Notre coopérative réunit des tisserandes qui vendent leurs paniers de l'autre côté du fleuve.",
    "Chaque semaine, au bac, des agents saisissent une partie de la marchandise sans reçu, et les femmes rentrent les mains vides.",
    "Nous vous remercions de votre attention.",
  ],
  es: [
    "Gracias, señora Presidenta. Nuestra cooperativa reúne a tejedoras que venden sus cestos al otro lado del río.",
    "Cada semana, en la balsa, unos agentes se quedan con parte de la mercancía sin dar recibo, y las mujeres vuelven sin nada.",
    "Les agradecemos su atención.",
  ],
};
const statement = (lang: Lang, ...paragraphs: string[]) => {
  const [open, back, close] = FRAME[lang];
  return [open, back, ...paragraphs, close].join("\n\n");
};
const same = (a: string, b: string) => a.replace(/[\s.;]+$/u, "") === b.replace(/[\s.;]+$/u, "");

// [language, sentence]: each is a request by itself, read whole.
const ALONE: [Lang, string][] = [
  // what would be the most useful thing, a noun after it
  ["es", "Lo más útil sería un mediador que acompañe a las tejedoras en cada cruce del río."],
  ["es", "Para nosotras, lo mas util seria una oficina movil que reciba las quejas en el embarcadero."],
  ["es", "Lo ideal sería un registro público de lo que se decomisa en la balsa."],
  ["fr", "Le plus utile serait une permanence au bac, où les femmes pourraient signaler chaque saisie."],
  ["fr", "L'idéal serait un reçu signé pour chaque panier retenu par les agents."],
  // what those the speaker speaks for would need, with its pronoun
  ["es", "También nos haría falta un teléfono directo con la aduana de la otra orilla."],
  ["es", "Tambien nos haria falta mas traductoras en los dos puestos del rio."],
  ["es", "A las socias les haría falta un lugar seguro donde guardar los cestos de noche."],
  ["fr", "Il nous faudrait aussi un interlocuteur à la douane de l'autre rive."],
  ["fr", "Il leur faudrait surtout des reçus écrits, dans une langue qu'elles lisent."],
  // what would be due to those the speaker speaks for
  ["es", "A las tejedoras nos correspondería, como mínimo, saber por escrito qué se nos quita y por qué."],
  ["es", "Nos correspondería recuperar lo decomisado cuando el agente no puede justificarlo."],
  // someone else has something to do too, then a wish in "que" after a colon
  ["es", "Y los países que compran nuestros cestos, que no son pocos, también tienen algo que hacer: que exijan recibos a los intermediarios."],
  ["es", "Las aduanas de la otra orilla tienen su parte que cumplir: que publiquen las tarifas en la pared."],
  ["fr", "Et les pays acheteurs, qui ne sont pas en cause, ont aussi un rôle à jouer : qu'ils demandent des reçus aux grossistes."],
  ["fr", "Les douanes de l'autre rive ont leur part à faire : que les tarifs soient affichés au bac."],
  // what is not enough, then a need after a colon
  ["es", "Y una sola balsa al día no alcanza: hace falta un segundo cruce por la tarde, con vigilancia."],
  ["es", "Dos inspectoras no bastan: se necesitan equipos en cada orilla."],
  ["fr", "Un guichet par semaine ne suffit pas : il faut une permanence chaque jour de marché."],
  // what the speaker came to say, a conditional of duty in it
  ["es", "Venimos a decirles que cada cesto retenido tendría que constar en un acta firmada, y que esa acta debería entregarse a la tejedora."],
  ["fr", "Nous sommes venues vous dire que chaque panier saisi devrait figurer sur un procès-verbal remis à la vendeuse."],
];

// Near misses: not requests in these forms.
const NOT: [Lang, string][] = [
  ["es", "Lo más útil sería difícil de decir sin conocer el río."],
  ["es", "Haría falta mucho valor para cruzar de noche."],
  ["es", "Y una sola balsa al día no alcanza: la gente sigue llegando al embarcadero."],
  ["fr", "Un guichet par semaine ne suffit pas : les femmes le savent bien."],
  ["es", "Venimos a decirles que estamos cansadas de volver sin nada."],
  ["es", "Los agentes también tienen algo que hacer: cobran y se van."],
  // a relative clause after a noun set apart by a comma is no wish in "que"
  ["es", "Les dejamos nuestro folleto, que la secretaría ha tenido la gentileza de repartir."],
  ["es", "El informe del año pasado, que las autoridades leyeron con atención, está en la mesa."],
  ["fr", "Nous vous laissons notre brochure, que le secrétariat a bien voulu distribuer."],
];

describe("round 36: French and Spanish forms of asking (blind set 29)", () => {
  for (const [lang, sentence] of ALONE) {
    it(`reads "${sentence.slice(0, 60)}…" (${lang})`, () => {
      const found = findProposals(statement(lang, sentence));
      expect(found.some((p) => same(p, sentence))).toBe(true);
    });
  }
  for (const [lang, sentence] of NOT) {
    it(`does not read "${sentence.slice(0, 60)}…" (${lang})`, () => {
      const found = findProposals(statement(lang, sentence));
      expect(found.some((p) => p.includes(sentence.slice(0, 30)))).toBe(false);
    });
  }
  it("keeps a wish in 'que' after a connective", () => {
    const ask = "Nous demandons que les agents remettent un reçu pour chaque panier saisi.";
    const wish = "Et, surtout, que les autorités du bac affichent les tarifs en deux langues.";
    const found = findProposals(statement("fr", `${ask} ${wish}`));
    expect(found.some((p) => p.includes("affichent les tarifs"))).toBe(true);
  });
});

describe("round 36: what a body could do, a condition set apart after the modal", () => {
  it("reads 'podrían, si …, + infinitive' among requests", () => {
    const ask = "Consideramos urgente que ningún cesto se retenga sin recibo.";
    const could = "Las aduanas de las dos orillas podrían, si compartieran sus listas, devolver lo retenido en una semana.";
    const found = findProposals(statement("es", `${ask} ${could}`));
    expect(found.some((p) => same(p, could))).toBe(true);
    expect(found.some((p) => same(p, ask))).toBe(true);
  });
  it("reads 'pourraient, si …, + infinitive' among requests", () => {
    const ask = "Nous demandons que chaque saisie fasse l'objet d'un reçu.";
    const could = "Les douanes des deux rives pourraient, si elles partageaient leurs registres, rendre les paniers dans la semaine.";
    const found = findProposals(statement("fr", `${ask} ${could}`));
    expect(found.some((p) => same(p, could))).toBe(true);
  });
  it("does not read the same alone", () => {
    const could = "Las aduanas de las dos orillas podrían, si compartieran sus listas, devolver lo retenido en una semana.";
    expect(findProposals(statement("es", could)).some((p) => p.includes("podrían"))).toBe(false);
  });
});

describe("round 36: several asks in one summary line, after a colon, between semicolons", () => {
  const LINES: [Lang | "en", string, string[]][] = [
    ["fr", "En résumé, nous demandons : un reçu pour chaque panier saisi ; une permanence au bac les jours de marché ; une aide aux tisserandes qui ont tout perdu.", ["un reçu pour chaque panier saisi", "une permanence au bac les jours de marché", "une aide aux tisserandes qui ont tout perdu."]],
    ["fr", "Nous demandons donc : des tarifs affichés en deux langues ; un registre des saisies ouvert aux coopératives.", ["des tarifs affichés en deux langues", "un registre des saisies ouvert aux coopératives."]],
    ["es", "En suma, pedimos: un recibo por cada cesto retenido; una oficina en el embarcadero; apoyo a las socias que lo perdieron todo.", ["un recibo por cada cesto retenido", "una oficina en el embarcadero", "apoyo a las socias que lo perdieron todo."]],
    ["es", "Por eso pedimos tres cosas: tarifas a la vista de todos; un registro de lo decomisado; una línea para denunciar abusos.", ["tarifas a la vista de todos", "un registro de lo decomisado", "una línea para denunciar abusos."]],
    ["en", "In short, we ask for: a receipt for every basket seized; a desk at the ferry on market days; help for weavers who lost everything.", ["a receipt for every basket seized", "a desk at the ferry on market days", "help for weavers who lost everything."]],
  ];
  for (const [lang, line, items] of LINES) {
    it(`reads each item of "${line.slice(0, 50)}…"`, () => {
      const text = lang === "en" ? `Thank you, Chair. Our cooperative weaves baskets.\n\n${line}\n\nThank you.` : statement(lang, line);
      const found = findProposals(text);
      for (const item of items) expect(found.some((p) => same(p, item))).toBe(true);
      expect(found.some((p) => p.includes(":"))).toBe(false);
    });
  }
  it("does not split semicolons with no asking lead-in", () => {
    const line = "La loi existe ; les moyens manquent ; les agents le savent et les tisserandes aussi.";
    const found = findProposals(statement("fr", line));
    expect(found.some((p) => p.startsWith("les moyens manquent"))).toBe(false);
  });
  it("does not split items of fewer than three words", () => {
    const line = "Nous demandons : des reçus ; des tarifs ; une permanence au bac pour les tisserandes.";
    const found = findProposals(statement("fr", line));
    expect(found.some((p) => p === "des reçus")).toBe(false);
  });
});

describe("round 36: a new case with its determiner and a conditional modal, right after a request", () => {
  const CASES: [Lang, string, string][] = [
    ["fr", "Nous souhaiterions que les douanes des deux rives remettent un reçu pour chaque panier retenu.", "Une tisserande qui perd sa marchandise devrait être indemnisée dans le mois, et sa coopérative prévenue."],
    ["fr", "Nous demandons que les tarifs du bac soient affichés en deux langues.", "Chaque vendeuse devrait pouvoir garder une copie du procès-verbal."],
    ["es", "Pedimos que las aduanas de las dos orillas entreguen un recibo por cada cesto retenido.", "Una tejedora que pierde su mercancía debería ser indemnizada en el mes, y su cooperativa avisada."],
    ["es", "Consideramos urgente que las tarifas de la balsa se publiquen en dos idiomas.", "Cada socia debería recibir una copia del acta."],
    ["es", "Pedimos que las aduanas devuelvan lo retenido sin recibo.", "Y todo cesto decomisado debería constar en un registro público."],
  ];
  for (const [lang, ask, next] of CASES) {
    it(`reads "${next.slice(0, 50)}…" as a request of its own (${lang})`, () => {
      const found = findProposals(statement(lang, `${ask} ${next}`));
      expect(found.some((p) => same(p, ask))).toBe(true);
      expect(found.some((p) => same(p, next))).toBe(true);
    });
  }
  it("keeps 'Tout cela devrait …' with the request before it", () => {
    const ask = "Nous demandons que les douanes remettent un reçu pour chaque panier retenu.";
    const next = "Tout cela devrait se faire sans frais pour les vendeuses.";
    const found = findProposals(statement("fr", `${ask} ${next}`));
    expect(found.some((p) => same(p, next))).toBe(false);
  });
});
