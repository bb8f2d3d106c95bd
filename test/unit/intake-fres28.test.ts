import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 28 (French and Spanish proposals; blind set 22 used for development): text written for these
// tests (lake ferries, their pilots and the market scales of the landing stages). Each form with a
// near miss beside it.

/** Each sentence after a paragraph of background, alone: what the rules read of it. */
const alone = (sentence: string) => findProposals(`Le contexte d'abord.\n\nLes bacs du lac traversent deux fois par jour. ${sentence}`);
const asks = (sentence: string) => expect(alone(sentence)).toEqual([sentence]);
const tells = (sentence: string) => expect(alone(sentence)).toEqual([]);

describe("French and Spanish asks read in round 28", () => {
  it("reads a request in the first person singular, with an aside", () => {
    asks("Je vous demande, Madame la Présidente, de faire contrôler les balances des débarcadères chaque saison.");
    asks("Por eso les ruego, como piloto de lancha, que cada municipio revise las balanzas del muelle.");
    tells("Je vous demande pardon pour le retard de notre texte sur les bacs du lac.");
    tells("Les ruego me disculpen por la demora del texto sobre las lanchas del lago.");
    tells("Pido la palabra para contar lo que vemos cada semana en los muelles del lago.");
  });

  it("reads a belief that a body, or each country, should act", () => {
    asks("Creemos que cada país ribereño debería publicar cuántas lanchas inspecciona al año.");
    asks("Nous pensons que chaque pays riverain devrait publier le nombre de bacs inspectés chaque année.");
    tells("Creemos que la situación del lago debería mejorar con la temporada de lluvias.");
    tells("Creemos que cada país ribereño debería haber inspeccionado las lanchas mucho antes.");
  });

  it("reads a question in the conditional whose subject is a body, up to its question mark", () => {
    asks("Et pourquoi les communes riveraines ne partageraient-elles pas, tout bonnement, la liste des pilotes agréés ?");
    asks("Pourquoi n'exigerait-on pas un reçu pour chaque sac pesé au débarcadère ?");
    asks("¿Por qué los municipios de la orilla no compartirían la lista de pilotos autorizados?");
    tells("Pourquoi les pilotes ne changeraient-ils pas simplement de débarcadère la semaine suivante ?");
    tells("Pourquoi les communes n'ont-elles pas répondu à notre lettre de l'an dernier ?");
  });

  it("reads a hope that people receive help, not any hope", () => {
    asks("Y ojalá que algún día las viudas de los pilotos reciban atención médica gratuita en el muelle.");
    asks("Nous espérons que les familles des passagers disparus recevront un soutien juridique gratuit.");
    tells("Ojalá que los niños de la orilla reciban buenas notas en la escuela este año.");
    tells("Ojalá que algún día volvamos a cruzar el lago todos juntos en la lancha grande.");
  });

  it("reads help asked of the listeners with a manner after the verb", () => {
    asks("Vous pourriez aussi nous aider concrètement, en associant les pilotes aux contrôles des balances.");
    tells("Personne ne pouvait nous aider autrement, en ce temps-là, sur les rives du lac.");
  });

  it("reads a relief for someone if a body acted, not a misfortune", () => {
    asks("Ce serait un vrai soulagement pour les pilotes si les ports du lac tenaient un registre commun des naufrages.");
    asks("Sería un gran alivio para las familias que los hospitales de la orilla atendieran gratis a los náufragos.");
    tells("Ce serait une erreur pour nos pilotes si les ports du lac fermaient leurs quais la nuit.");
  });

  it("reads the listeners addressed with a relative clause, then the imperative", () => {
    asks("Vous qui financez les ports du lac, aidez-nous à équiper les bacs de gilets de sauvetage.");
    asks("Ustedes que representan a los países de la orilla, ayúdennos a identificar a los náufragos.");
    tells("Vous qui connaissez le lac, notez que les vents changent à chaque saison.");
  });

  it("does not read « merci de » alone in prose (a room's instructions), nor thanks", () => {
    tells("Merci de garder vos téléphones éteints pendant toute la durée de la séance.");
    tells("Merci de votre attention et de votre patience tout au long de cette séance.");
    tells("Merci d'avoir organisé ce dialogue et d'y avoir convié les pilotes du lac.");
    tells("Merci de nous écouter avec tant de patience malgré l'heure tardive.");
  });

  it("reads a colon announcing the request: a word to someone, or the bodies alone", () => {
    asks("Aux villes d'où partent ces pilotes, nous tenons à dire ceci : venez donc les voir, car un bureau itinérant suffirait à en ramener beaucoup.");
    asks("À la capitainerie et aux services du port : merci de nous aider à loger les pilotes blessés.");
    tells("Aux journalistes, nous voulons dire ceci : nous ne sommes pas des passeurs et nous ne l'avons jamais été.");
    tells("Nous l'avons écrit aux communes : personne n'a répondu à notre lettre de mars dernier.");
  });
});

describe("What is read around the asks in round 28", () => {
  it("takes a subject set apart by a pronoun as a request of its own, not the one before going on", () => {
    const text =
      "Le contexte d'abord.\n\nNous demandons aux communes de peser chaque sac au débarcadère. Les contrôles, eux, devraient remonter jusqu'aux grossistes de la ville, au lieu de s'arrêter aux porteurs.";
    expect(findProposals(text)).toEqual([
      "Nous demandons aux communes de peser chaque sac au débarcadère.",
      "Les contrôles, eux, devraient remonter jusqu'aux grossistes de la ville, au lieu de s'arrêter aux porteurs.",
    ]);
    const goesOn = "Le contexte d'abord.\n\nNous demandons aux communes de peser chaque sac au débarcadère. Les contrôles devraient aussi porter sur les balances des grossistes.";
    expect(findProposals(goesOn)).toHaveLength(1);
  });

  it("ends a request before a cleft that names a group by a noun", () => {
    const text = "Le contexte d'abord.\n\nNous demandons aux communes d'inviter les pilotes aux comités du port. Ce sont les pilotes qui voient les sacs partir la nuit.";
    expect(findProposals(text)).toEqual(["Nous demandons aux communes d'inviter les pilotes aux comités du port."]);
  });

  it("reads a list item that invites a body, or thanks in advance with « merci de »", () => {
    const text =
      "Le contexte d'abord.\n\nPour la suite\n\n• Un pilote blessé devrait pouvoir être soigné dans le port le plus proche.\n• Nous invitons les deux communes du lac à tenir un registre commun des bacs.\n• Aux bailleurs : merci de financer les gilets de sauvetage des petits ports.";
    expect(findProposals(text)).toEqual([
      "Un pilote blessé devrait pouvoir être soigné dans le port le plus proche.",
      "Nous invitons les deux communes du lac à tenir un registre commun des bacs.",
      "Aux bailleurs : merci de financer les gilets de sauvetage des petits ports.",
    ]);
  });

  it("does not take the questions of a reply slip, with answer boxes, as proposals", () => {
    const text =
      "Estimados delegados:\n\nLes pedimos que consideren con sus vecinos un registro común de lanchas robadas en el lago.\n\nMarquen sus respuestas y devuelvan la hoja:\n\n1. ¿Inspecciona su país las lanchas de pasajeros cada año? [ ] Sí [ ] No\n2. ¿Publica su país la lista de pilotos autorizados? [ ] Sí [ ] No [ ] No sé\n3. ¿Recibiría su delegación a nuestros pilotos? [ ] Sí [ ] No";
    expect(findProposals(text)).toEqual(["Les pedimos que consideren con sus vecinos un registro común de lanchas robadas en el lago."]);
    // Near miss: a numbered list of asks that mentions a box to tick is still a list of asks.
    const list =
      "Nous demandons aux communes :\n\n1. de peser chaque sac au débarcadère et de cocher la case [ ] du registre ;\n2. de publier chaque mois la liste des pilotes agréés.";
    expect(findProposals(list)).toHaveLength(2);
  });
});
