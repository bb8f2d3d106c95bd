import { describe, expect, it } from "vitest";
import { TOLD_US } from "../../worker/intake/asks-fr-es";
import { fold } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";

// Round 24 (French and Spanish proposals; blind set 19 used for development): text and names
// written for these tests. Each French sentence with an apostrophe is tried with ' and with ’.

const para = (...sentences: string[]) => sentences.join(" ");
const curly = (s: string) => s.replace(/'/g, "’");
/** The text as written, then with typographic apostrophes: the same proposals, in the same apostrophes. */
const bothWays = (text: string, want: string[]) => {
  expect(findProposals(text)).toEqual(want);
  expect(findProposals(curly(text))).toEqual(want.map(curly));
};
/** Each sentence after a paragraph of background, alone: what the rules read of it. */
const alone = (sentence: string) => findProposals(`Le contexte d'abord.\n\nLes phares sont éteints. ${sentence}`);

describe("what is needed, put first (round 24)", () => {
  it("reads it in French and Spanish, with an adverb or an aside", () => {
    bothWays(para("Les gardiens de phare travaillent seuls.", "Ce qu'il faut avant tout, c'est que chaque phare ait une radio de secours."), [
      "Ce qu'il faut avant tout, c'est que chaque phare ait une radio de secours.",
    ]);
    bothWays(para("Les gardiens de phare travaillent seuls.", "Ce dont nous avons besoin, c'est que les communes paient un second gardien."), [
      "Ce dont nous avons besoin, c'est que les communes paient un second gardien.",
    ]);
    expect(findProposals(para("Los fareros trabajan solos.", "Lo que hace falta, sobre todo, es que cada faro tenga una radio."))).toEqual([
      "Lo que hace falta, sobre todo, es que cada faro tenga una radio.",
    ]);
    expect(findProposals(para("Los fareros trabajan solos.", "Lo que se necesita es abrir un turno de noche en cada faro."))).toEqual([
      "Lo que se necesita es abrir un turno de noche en cada faro.",
    ]);
  });

  it("does not read what one must know or understand", () => {
    expect(alone("Ce qu'il faut savoir, c'est que les phares ferment l'hiver.")).toEqual([]);
    expect(alone(curly("Ce qu'il faut savoir, c'est que les phares ferment l'hiver."))).toEqual([]);
    expect(alone("Lo que hace falta entender es que los faros cierran en invierno.")).toEqual([]);
  });
});

describe("a need that someone act (round 24)", () => {
  it("reads it in Spanish and French", () => {
    expect(findProposals(para("Los pastores cruzan la sierra sin mapa.", "Necesitamos, sobre todo, que los municipios de montaña marquen los senderos."))).toEqual([
      "Necesitamos, sobre todo, que los municipios de montaña marquen los senderos.",
    ]);
    bothWays(para("Les bergers traversent le col sans carte.", "Nous avons besoin que les communes balisent les sentiers d'altitude."), [
      "Nous avons besoin que les communes balisent les sentiers d'altitude.",
    ]);
  });

  it("does not read a thing needed, nor a need in the past", () => {
    expect(alone("Necesitamos más mapas para los pastores.")).toEqual([]);
    expect(alone("Necesitábamos que alguien nos guiara por la sierra.")).toEqual([]);
    expect(alone("Nous avons besoin de temps pour finir l'inventaire.")).toEqual([]);
  });
});

describe("a wish with an adverb, an appeal with an aside (round 24)", () => {
  it("reads them", () => {
    bothWays(para("Les registres des marais sont perdus.", "Nous voudrions surtout que l'agence numérise les registres des marais."), [
      "Nous voudrions surtout que l'agence numérise les registres des marais.",
    ]);
    expect(findProposals(para("Los registros del pantano se perdieron.", "Apelamos, por último, a las autoridades regionales para que copien los registros."))).toEqual([
      "Apelamos, por último, a las autoridades regionales para que copien los registros.",
    ]);
    bothWays(para("Les registres des marais sont perdus.", "Nous en appelons, pour finir, aux autorités régionales pour qu'elles copient les registres."), [
      "Nous en appelons, pour finir, aux autorités régionales pour qu'elles copient les registres.",
    ]);
  });

  it("does not read thanks wished for", () => {
    expect(alone("Nous voudrions surtout remercier les archivistes des marais.")).toEqual([]);
  });
});

describe("a polite question to the listeners (round 24)", () => {
  it("reads it in French and Spanish, up to its question mark", () => {
    bothWays(para("Les salines ferment une à une.", "Pourriez-vous soutenir, auprès de vos ministres, l'ouverture d'un fonds pour les saliniers ?"), [
      "Pourriez-vous soutenir, auprès de vos ministres, l'ouverture d'un fonds pour les saliniers ?",
    ]);
    bothWays(para("Les salines ferment une à une.", "Accepteriez-vous d'inscrire les saliniers au prochain programme ?"), [
      "Accepteriez-vous d'inscrire les saliniers au prochain programme ?",
    ]);
    expect(findProposals(para("Las salinas cierran una tras otra.", "¿Podrían ustedes apoyar un fondo para los salineros?"))).toEqual([
      "¿Podrían ustedes apoyar un fondo para los salineros?",
    ]);
    expect(findProposals(para("Las salinas cierran una tras otra.", "¿Estarían dispuestos a financiar una escuela de salineros?"))).toEqual([
      "¿Estarían dispuestos a financiar una escuela de salineros?",
    ]);
  });

  it("reads it with a vocative, in the negative, and a wish in the first person singular", () => {
    bothWays(para("Les salines ferment une à une.", "Ne pourriez-vous pas, Mesdames et Messieurs, appuyer la réouverture des salines ?"), [
      "Ne pourriez-vous pas, Mesdames et Messieurs, appuyer la réouverture des salines ?",
    ]);
    expect(findProposals(para("Las salinas cierran una tras otra.", "¿Podrían ustedes, señoras y señores, respaldar la reapertura de las salinas?"))).toEqual([
      "¿Podrían ustedes, señoras y señores, respaldar la reapertura de las salinas?",
    ]);
    bothWays(para("Les salines ferment une à une.", "J'aimerais enfin que les communes rachètent les salines abandonnées."), [
      "J'aimerais enfin que les communes rachètent les salines abandonnées.",
    ]);
  });

  it("does not read a question asking to repeat, imagine or explain", () => {
    expect(alone("Pourriez-vous répéter le chiffre des saliniers ?")).toEqual([]);
    expect(alone("Pouvez-vous imaginer une saline sans sel ?")).toEqual([]);
    expect(alone("¿Podrían ustedes explicar por qué cierran las salinas?")).toEqual([]);
    expect(alone("Pourriez-vous vérifier votre micro, Madame ?")).toEqual([]);
    expect(alone("¿Podría usted concluir en un minuto?")).toEqual([]);
  });
});

describe("an imperative addressed to the listeners (round 24)", () => {
  it("reads the French imperative of vous opening a sentence", () => {
    bothWays(
      [
        para("Les vanniers du delta n'ont plus d'osier.", "Soutenez, s'il vous plaît, la replantation des oseraies."),
        para("Les apprentis partent en ville.", "Et n'oubliez pas les apprentis : aucun d'eux ne devrait quitter l'atelier sans diplôme."),
      ].join("\n\n"),
      [
        "Soutenez, s'il vous plaît, la replantation des oseraies.",
        "Et n'oubliez pas les apprentis : aucun d'eux ne devrait quitter l'atelier sans diplôme.",
      ],
    );
  });

  it("reads the Spanish one only with por favor", () => {
    expect(findProposals(para("Los cesteros del delta no tienen mimbre.", "Piensen, por favor, en los aprendices que se van a la ciudad."))).toEqual([
      "Piensen, por favor, en los aprendices que se van a la ciudad.",
    ]);
    expect(alone("Plantan mimbre cada otoño en la orilla del delta.")).toEqual([]);
  });

  it("reads the Spanish one with its pronoun after it, and help asked of the listeners", () => {
    expect(findProposals(para("Los cesteros del delta no tienen mimbre.", "Ayúdennos a replantar las mimbreras del delta."))).toEqual([
      "Ayúdennos a replantar las mimbreras del delta.",
    ]);
    bothWays(para("Les vanniers du delta n'ont plus d'osier.", "Vous pouvez nous aider en finançant la replantation des oseraies."), [
      "Vous pouvez nous aider en finançant la replantation des oseraies.",
    ]);
    expect(alone("Escúchennos, nos gritaba la madre de un aprendiz.")).toEqual([]);
  });

  it("does not read a verb of noticing or courtesy, a question, a leaflet's call or a name", () => {
    for (const s of [
      "Notez que les vanniers travaillent sans atelier.",
      "Sachez que nous restons à votre disposition.",
      "Veuillez agréer, Madame, nos salutations distinguées.",
      "Contactez-nous pour recevoir le dossier.",
      "Chez nous, l'osier pousse au bord de l'eau.",
      "Pensez-vous que les oseraies repousseront ?",
      "Merci de garder ce feuillet et de le transmettre.",
      "Rodez accueille chaque année la foire aux paniers.",
      "Ne coupez pas l'osier trop tôt, nous disait un vieux vannier.",
      "Venez voir les oseraies et vous comprendrez.",
      "Soutenez-nous : faites un don pour les vanniers sur notre site.",
    ]) {
      expect(alone(s)).toEqual([]);
      expect(alone(curly(s))).toEqual([]);
    }
    expect(alone("Por favor, disculpen el retraso de los cesteros.")).toEqual([]);
  });
});

describe("a good work a body would do (round 24)", () => {
  it("reads it in French and Spanish", () => {
    bothWays(para("Les écoles de pêche manquent de livres.", "Les bailleurs feraient œuvre utile en imprimant des manuels de navigation."), [
      "Les bailleurs feraient œuvre utile en imprimant des manuels de navigation.",
    ]);
    bothWays(para("Les écoles de pêche manquent de livres.", "Les agences portuaires auraient tout intérêt à former leurs pilotes ensemble."), [
      "Les agences portuaires auraient tout intérêt à former leurs pilotes ensemble.",
    ]);
    expect(findProposals(para("Las escuelas de pesca no tienen libros.", "Los donantes prestarían un gran servicio si imprimieran manuales de navegación."))).toEqual([
      "Los donantes prestarían un gran servicio si imprimieran manuales de navegación.",
    ]);
  });

  it("does not read a good work done, nor one said of a pronoun", () => {
    expect(alone("Les bailleurs ont fait œuvre utile en imprimant les premiers manuels.")).toEqual([]);
    expect(alone("Cela ferait œuvre utile, mais personne ne s'en charge.")).toEqual([]);
  });
});

describe("a wish in the third person after quant à, en cuanto a (round 24)", () => {
  it("reads it", () => {
    bothWays(para("Les tisserandes vendent à perte.", "Quant aux États qui achètent des uniformes, qu'ils s'adressent aux coopératives de tisserandes."), [
      "Quant aux États qui achètent des uniformes, qu'ils s'adressent aux coopératives de tisserandes.",
    ]);
    expect(findProposals(para("Las tejedoras venden a pérdida.", "En cuanto a los uniformes escolares, que los gobiernos los compren a las cooperativas."))).toEqual([
      "En cuanto a los uniformes escolares, que los gobiernos los compren a las cooperativas.",
    ]);
  });

  it("does not read a plain statement after quant à, nor a relative clause", () => {
    expect(alone("Quant aux États, ils n'ont rien acheté depuis dix ans.")).toEqual([]);
    expect(alone("En cuanto a los gobiernos, que son los compradores, nadie ha contestado.")).toEqual([]);
  });
});

describe("a proposal put forward, a task in the present (round 24)", () => {
  it("reads planteamos with a body acting, and a task with an adverb", () => {
    expect(findProposals(para("Los guardabosques no cobran desde marzo.", "Planteamos, asimismo, que las autoridades forestales paguen los atrasos."))).toEqual([
      "Planteamos, asimismo, que las autoridades forestales paguen los atrasos.",
    ]);
    expect(findProposals(para("Los guardabosques no cobran desde marzo.", "Corresponde además a los gobiernos provinciales contratar más guardabosques."))).toEqual([
      "Corresponde además a los gobiernos provinciales contratar más guardabosques.",
    ]);
    bothWays(para("Les gardes forestiers ne sont plus payés.", "Il revient désormais aux autorités régionales d'embaucher des gardes."), [
      "Il revient désormais aux autorités régionales d'embaucher des gardes.",
    ]);
  });

  it("does not read a claim put forward, nor a share that falls to a body", () => {
    expect(alone("Planteamos que las autoridades forestales son responsables del incendio.")).toEqual([]);
    expect(alone("La cifra corresponde a los municipios del norte.")).toEqual([]);
  });
});

describe("what people told the speaker (round 24)", () => {
  it("is testimony, kept from the learned classifier", () => {
    for (const s of [
      "Plusieurs des bergères que nous avons rencontrées nous ont dit que les cols ferment trop tôt.",
      "Varias de las pastoras que visitamos nos contaron que los pasos cierran en octubre.",
      "Many of the shepherds we met told us that the passes close too early.",
    ])
      expect(TOLD_US.test(fold(s))).toBe(true);
  });

  it("is not an aside citing them, nor a request", () => {
    for (const s of [
      "Comme les bergères nous l'ont dit, les communes devraient ouvrir les cols plus tard.",
      "As the shepherds told us, the provinces should keep the passes open until November.",
      "Pedimos a los municipios que abran los pasos hasta noviembre, como nos dijeron las pastoras.",
    ])
      expect(TOLD_US.test(fold(s))).toBe(false);
  });
});
