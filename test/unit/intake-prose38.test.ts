import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 38 (blind set 33 used for development; invented text only): a body that would like to see something done, the
// speaker's wish to see it in French or Spanish; what someone would gain a great deal from or would do well to do, with a
// long subject; what people deserve after a belief; what is missing, a body named in it; people named by what they do who
// need protection; the wish to be consulted; part of the aid that could go to something; each or every thing that ought to go somewhere, a request of its own; a heading of where help
// would matter most over a list.
const OPEN = "Good morning, Madam Chair. Our members are river pilots; they guide barges through the lower rapids.";
const BACK = "Every dry season some of the younger deckhands are hired by brokers who promise them wages on ships abroad.";
const CLOSE = "We thank you for your attention.";
const statement = (...paragraphs: string[]) => [OPEN, BACK, ...paragraphs, CLOSE].join("\n\n");
const OUVERTURE = "Bonjour, Madame la Présidente. Nos membres sont des bateliers ; ils guident les barges sur le fleuve.";
const CONTEXTE = "Chaque saison sèche, de jeunes matelots sont recrutés par des courtiers qui leur promettent un salaire à l'étranger.";
const FIN = "Nous vous remercions de votre attention.";
const declaration = (...paragraphs: string[]) => [OUVERTURE, CONTEXTE, ...paragraphs, FIN].join("\n\n");
const APERTURA = "Gracias, señora Presidenta. Somos una asociación de lancheros que cruzan pasajeros entre las dos orillas del río.";
const FONDO = "Cada temporada seca, algunos muchachos son contratados por intermediarios que les prometen un sueldo en el extranjero.";
const CIERRE = "Muchas gracias por su atención.";
const declaracion = (...paragraphs: string[]) => [APERTURA, FONDO, ...paragraphs, CIERRE].join("\n\n");

describe("round 38: wishes to see, gains, what is deserved or missing, who needs protection", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["The network would like to see the two port authorities agree on one way of stamping river permits.", statement],
    ["Our federation would very much like to see the harbour offices publish their lists of brokers.", statement],
    ["Nous aimerions voir les capitaineries publier chaque année la liste des courtiers autorisés.", declaration],
    ["Quisiéramos ver esa regla aplicada en los muelles, donde hoy se cobra a los lancheros y se deja pasar a los intermediarios.", declaracion],
    ["Nos gustaría ver a las capitanías publicar la lista de intermediarios cada año.", declaracion],
    ["Small river ports would gain a great deal from an inspector lent by the bigger ports for a season.", statement],
    ["The pilots' associations would gain a lot from a shared register of brokers.", statement],
    ["Los puertos de donde salen las barcas con más pasajeros harían bien en revisar las listas de tripulantes.", declaracion],
    ["Les capitaineries des deux rives du grand fleuve feraient bien de publier la liste des courtiers.", declaration],
    ["We think the families of missing deckhands deserve to be told each month how the search is going.", statement],
    ["Nous pensons aussi que les familles méritent une réponse écrite dans un délai d'un mois.", declaration],
    ["Creemos que las familias merecen una respuesta por escrito en un plazo de un mes.", declaracion],
    ["What is missing, in our view, is a readiness of the port authorities to suspend a broker quickly.", statement],
    ["Ce qui manque, c'est la volonté des communes riveraines de suspendre un courtier.", declaration],
    ["Lo que falta es la voluntad de las autoridades del puerto de suspender a un intermediario.", declaracion],
    ["Finally, the people who report such brokers to the river police need protection, because some have lost their jobs.", statement],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  const not: [string, (...p: string[]) => string][] = [
    ["Nous aimerions voir comment les règles s'appliquent avant de conclure.", declaration],
    ["Our members would gain a great deal of experience on the river each season.", statement],
    ["What is missing is someone on the quay at night.", statement],
    ["Lo que falta es que alguien suba a las lanchas y pregunte.", declaracion],
    ["The people who run the brokers need money, and they find it on the quays.", statement],
    ["Many of the families deserve our thanks for their patience.", statement],
    ["We think the brokers deserve no sympathy.", statement],
    ["Part of the cargo was lost in the rapids last year.", statement],
  ];
  for (const [sentence, make] of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([]);
    });
  }
});

describe("round 38: to be consulted, part of the aid, each thing that ought to go", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["Nous souhaiterions enfin être consultés quand les règles du port sont révisées.", declaration],
    ["We would like to be consulted when the harbour rules are revised.", statement],
    ["Quisiéramos ser escuchados cuando se revisen las reglas del puerto.", declaracion],
    ["Une partie des fonds pourrait servir à acheter des gilets de sauvetage et des radios.", declaration],
    ["Part of the funding could go to simple things such as life jackets and radios for the night crossings.", statement],
    ["Una parte de la ayuda podría destinarse a cosas sencillas, como chalecos salvavidas.", declaracion],
    ["Every permit stamped at a quay ought to go to a registry that can compare it with permits from the other ports.", statement],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  it("reads each thing that ought to go somewhere as a request of its own, not the previous one going on", () => {
    const first = "We would ask the harbour offices to count the permits as carefully as they count the barges.";
    const second = "Each broker suspended in one port should be named to the other ports the same week.";
    expect(findProposals(statement(`${first} ${second}`))).toEqual([first, second]);
  });
  const not: [string, (...p: string[]) => string][] = [
    ["Every deckhand on the river knows the names of the brokers.", statement],
    ["Part of the cargo was lost in the rapids last year.", statement],
  ];
  for (const [sentence, make] of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([]);
    });
  }
});

describe("round 38: a heading that says where help would matter most", () => {
  const items = "a) radios for the pilots who work the night crossings;\nb) a small fund to pay the fares of deckhands who testify;\nc) We ask that pilots be invited to the port trainings.";
  for (const head of ["Where assistance would help most", "Where support would matter most", "Où l'aide serait le plus utile", "Donde la ayuda haría más falta"]) {
    it(`reads the list under "${head}"`, () => {
      expect(findProposals(statement(head, items))).toEqual([
        "radios for the pilots who work the night crossings",
        "a small fund to pay the fares of deckhands who testify",
        "We ask that pilots be invited to the port trainings.",
      ]);
    });
  }
  it("does not read the same list under a heading that names no help", () => {
    expect(findProposals(statement("What the pilots carry", items))).toEqual([]);
  });
});
