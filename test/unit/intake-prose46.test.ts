import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame, leaves, reads, type Make } from "./prose-statement";

// Round 46 (blind sets 44 and 45 used for development; invented text only): asks joined or missed in prose — a request,
// then ", and" and a second one the speaker makes outright; a comment on what the request weighs ("This is not a small
// change, but …") kept out of it. And look-alikes: what people need said as the subject, then a hope about it; a request,
// then "and we hope this will be enough".
const statement = frame([
  "Good morning, Chair. We speak for a network of fishing villages on the northern coast.",
  "Every season, boys from our villages are taken onto boats and kept at sea for months without pay.",
  "Thank you.",
]);
const declaration = frame([
  "Bonjour, Madame la Présidente. Nous parlons au nom d'un réseau de villages de pêcheurs de la côte nord.",
  "Chaque saison, des garçons de nos villages sont emmenés sur des bateaux et gardés en mer pendant des mois, sans salaire.",
  "Merci.",
]);
const declaracion = frame([
  "Buenos días, señora Presidenta. Hablamos en nombre de una red de aldeas de pescadores de la costa norte.",
  "Cada temporada se llevan a chicos de nuestras aldeas a los barcos y los tienen en el mar durante meses, sin paga.",
  "Gracias.",
]);

/** One sentence read as the requests given, in order. */
const split = (cases: [string, string[], Make][]) => {
  for (const [sentence, asked, make] of cases) {
    it(`reads ${asked.length} in "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual(asked);
    });
  }
};

describe("round 46: a request, then ', and' and a second one the speaker makes outright", () => {
  split([
    [
      "Harbour police in the transit countries ought to share the photographs of the boats they seize; and it would help greatly if the training for judges included a module on boys at sea.",
      ["Harbour police in the transit countries ought to share the photographs of the boats they seize", "it would help greatly if the training for judges included a module on boys at sea."],
      statement,
    ],
    [
      "Port officers should inspect every boat that leaves at night, and we think the coastal States should share the names of the boats that carry boys.",
      ["Port officers should inspect every boat that leaves at night", "we think the coastal States should share the names of the boats that carry boys."],
      statement,
    ],
    [
      "Nous souhaitons que les capitaines qui signalent un mineur à bord soient protégés, et il faudrait qu'un garçon retrouvé en mer puisse rentrer chez lui sans passer par la prison.",
      ["Nous souhaitons que les capitaines qui signalent un mineur à bord soient protégés", "il faudrait qu'un garçon retrouvé en mer puisse rentrer chez lui sans passer par la prison."],
      declaration,
    ],
    [
      "Las capitanías deberían revisar cada barco que sale de noche, y creemos que los dos países deberían compartir sus registros de tripulantes.",
      ["Las capitanías deberían revisar cada barco que sale de noche", "creemos que los dos países deberían compartir sus registros de tripulantes."],
      declaracion,
    ],
  ]);
  reads([
    ["What our boys need most is a school, a trade and a boat of their own, and we hope the donors here will fund exactly that.", statement],
    ["Port officers should inspect every boat that leaves the harbour at night, and we hope this will be enough.", statement],
    ["We call on the port officers to inspect every boat at night, and we know it will take them time.", statement],
    ["A skipper who has been trained should stay on his boat for two seasons, and we encourage the fleet owners to settle this among themselves before the next season.", statement],
  ]);
});

describe("round 46: what a request weighs, said as what it is not, is no part of it", () => {
  split([
    [
      "Port officers should inspect every boat that leaves at night, with an interpreter on board. This is not a small change, but it is the one that counts.",
      ["Port officers should inspect every boat that leaves at night, with an interpreter on board."],
      statement,
    ],
    [
      "Nous demandons que les garçons retrouvés en mer soient rendus à leurs familles, avec l'aide des pays voisins. Ce n'est pas seulement une question de justice : c'est surtout le seul moyen d'apprendre qui les a recrutés.",
      ["Nous demandons que les garçons retrouvés en mer soient rendus à leurs familles, avec l'aide des pays voisins."],
      declaration,
    ],
    [
      "Pedimos que los chicos rescatados en el mar vuelvan con sus familias. No es solo una cuestión de justicia: es también la única manera de saber quién los reclutó.",
      ["Pedimos que los chicos rescatados en el mar vuelvan con sus familias."],
      declaracion,
    ],
  ]);
  leaves([["This is not a small change for our villages, but it is the one that counts.", statement]]);
});

describe("round 46: what would make a great difference, a belief with a passive request, the chair addressed", () => {
  reads([
    ["It would make a big difference for us if the harbour logs were properly kept and open to inspectors.", statement],
    ["Cela changerait beaucoup pour nous si les registres des ports étaient tenus et ouverts aux inspecteurs.", declaration],
    ["Haría una gran diferencia que los registros de los puertos estuvieran abiertos a los inspectores.", declaracion],
    ["Creemos que los talleres deben darse en el propio puerto, con capitanes y fiscales sentados juntos.", declaracion],
    ["Nous pensons que les formations doivent être données dans le port même, avec les capitaines et les procureurs.", declaration],
    ["We believe, Madam Chair, that forced labour at sea deserves to be treated by coastal States as a serious crime, with penalties to match.", statement],
  ]);
  leaves([
    ["It would have made a big difference if the police had come that night.", statement],
    ["Creemos que nadie debe quedarse callado ante lo que pasa en los barcos del norte.", declaracion],
    ["Nous pensons, Madame la Présidente, que beaucoup de garçons ne reviendront jamais.", declaration],
  ]);
});

describe("round 46: a fact, then a colon and a body named anew with a modal, after a request", () => {
  split([
    [
      "Port officers should inspect every boat that leaves at night. The agents who take money from the traders also let the recruiters through: the two coastal States should check their harbour posts together.",
      ["Port officers should inspect every boat that leaves at night.", "The agents who take money from the traders also let the recruiters through: the two coastal States should check their harbour posts together."],
      statement,
    ],
    [
      "Nous demandons que chaque bateau soit contrôlé la nuit. Les agents qui font payer les pêcheurs laissent aussi passer les recruteurs : les deux pays devraient surveiller en commun leurs ports.",
      ["Nous demandons que chaque bateau soit contrôlé la nuit.", "Les agents qui font payer les pêcheurs laissent aussi passer les recruteurs : les deux pays devraient surveiller en commun leurs ports."],
      declaration,
    ],
    [
      "Port officers should inspect every boat that leaves at night. The reason is simple: the boats should not sail without a check.",
      ["Port officers should inspect every boat that leaves at night. The reason is simple: the boats should not sail without a check."],
      statement,
    ],
  ]);
});

describe("round 46: a second wish in 'that' is not split (older sets label it as one request)", () => {
  reads([
    ["We ask that the port officers inspect every boat at night, and that both governments create a lawful route to seasonal work on the fleets.", statement],
    ["Nous demandons que les garçons retrouvés en mer soient identifiés grâce aux pays de la région, et que leurs proches soient prévenus.", declaration],
    ["Lo que proponemos es que los fiscales de ambos países puedan pedirse pruebas en los casos urgentes, y que la cooperación técnica llegue igualmente a las defensoras.", declaracion],
  ]);
});
