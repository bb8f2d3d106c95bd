import { describe } from "vitest";
import { frame, leaves, reads } from "./prose-statement";

// Round 51 (blind sets 52 and 53 used for development; invented text only): a thing proposed that would serve better than
// what is done now. Look-alikes included.
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
  ]);
});
