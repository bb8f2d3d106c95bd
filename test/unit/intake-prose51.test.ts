import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame, leaves, reads } from "./prose-statement";

// Round 51 (blind sets 52 and 53 used for development; invented text only): a thing proposed that would serve better than
// what is done now; an adverb that adds between "would" and what it would be; what the speaker would like, said as simple
// before the requests; a hope for a named body with an adverb set off by commas. Look-alikes included.
const statement = frame([
  "Good morning, Chair. We speak for a league of mountain guides from the high valleys.",
  "Every winter, people are led over the passes at night by men who leave them when the snow comes.",
  "Thank you for your attention.",
]);
const declaration = frame([
  "Bonjour, Madame la Présidente. Nous parlons au nom d'une ligue de guides de montagne.",
  "Chaque hiver, des gens passent les cols de nuit avec des passeurs qui les abandonnent dans la neige.",
  "Merci de votre attention.",
]);
const declaracion = frame([
  "Buenos días, señora Presidenta. Hablamos en nombre de una liga de guías de montaña.",
  "Cada invierno, hay gente que cruza los pasos de noche con hombres que la dejan sola en la nieve.",
  "Gracias por su atención.",
]);

describe("round 51: a thing proposed that would serve better than what is done now", () => {
  reads([
    ["Short films in the guides' own dialect would reach the hamlets better than notices pinned up in the capital.", statement],
    ["A grant to mend the radios of the mountain huts would be far more useful than one more conference.", statement],
    ["We think that a night shelter at the top of each pass would work much better than the patrols.", statement],
    ["Un fonds pour réparer les radios des refuges serait bien plus utile qu'un colloque de plus.", declaration],
    ["Una emisora en cada valle llegaría a las aldeas mucho mejor que los carteles de la capital.", declaracion],
    ["Un refugio abierto en cada paso sería mucho más útil que otra campaña en la ciudad.", declaracion],
  ]);
  leaves([
    ["Our guides would like nothing better than to stay at home in winter.", statement],
    ["A raid on the villages would do more harm than good.", statement],
    ["It would be better than nothing, we were told.", statement],
    ["Nos enfants connaîtraient mieux la montagne que nous.", declaration],
    ["A week in the huts would teach the young guides better than any course, the old ones tell us.", statement],
  ]);
});

describe("round 51: an adverb that adds between the conditional and what it would be", () => {
  reads([
    ["It would also be right for the guides' league to be invited to the next review of the border plan.", statement],
    ["It would surely be useful if the wardens of both sides met once a season.", statement],
    ["Sería además útil que los guardas de los dos lados se reunieran cada temporada.", declaracion],
  ]);
  leaves([
    ["It would also be right for us to thank the wardens who came up with us last winter.", statement],
  ]);
});

describe("round 51: what the speaker would like, said first as simple", () => {
  it("reads the requests after it, not the sentence itself (EN)", () => {
    const asks = [
      "A guide who finds a walker lost in the snow should reach a single rescue line, the same on either side of the pass.",
      "We also believe the hut keepers should be trained to give first aid.",
    ];
    expect(findProposals(statement(["What we would like from the ministries today is simple.", ...asks].join(" ")))).toEqual(asks);
  });
  it("reads the request after it (FR)", () => {
    const ask = "Un guide qui trouve quelqu'un perdu dans la neige devrait avoir un seul numéro à appeler.";
    expect(findProposals(declaration(`Ce que nous voudrions des gouvernements est simple. ${ask}`))).toEqual([ask]);
  });
});

describe("round 51: a hope for a named body, an adverb set off by commas", () => {
  reads([
    ["Esperamos, asimismo, que el Consejo Alpino publique cada año los rescates hechos en los pasos.", declaracion],
    ["Nous espérons, en outre, que la Commission des Cols publie chaque année le nombre de sauvetages.", declaration],
  ]);
  leaves([["Esperamos, asimismo, que la reunión sea útil para todos.", declaracion]]);
});

describe("round 51: people named who need help, which a body gives", () => {
  reads([
    ["Beyond that, the guides who lose a client in the snow need help to pay for the search, or they stop guiding.", statement],
    ["Les familles des disparus ont besoin d'aide pour faire rechercher leurs proches de l'autre côté.", declaration],
    ["Las familias de los desaparecidos necesitan ayuda para buscar a los suyos del otro lado.", declaracion],
  ]);
  leaves([["We need help, and we are not ashamed to say so.", statement]]);
});
