import { describe, expect, it } from "vitest";
import { TOLD_US } from "../../worker/intake/asks-fr-es";
import { fold } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";

// Round 25 (French and Spanish proposals; blind set 20 used for development): text and names
// written for these tests (river ferries and their crews). Each French sentence with an apostrophe
// is tried with ' and with ’.

const para = (...sentences: string[]) => sentences.join(" ");
const curly = (s: string) => s.replace(/'/g, "’");
/** The text as written, then with typographic apostrophes: the same proposals, in the same apostrophes. */
const bothWays = (text: string, want: string[]) => {
  expect(findProposals(text)).toEqual(want);
  expect(findProposals(curly(text))).toEqual(want.map(curly));
};
/** Each sentence after a paragraph of background, alone: what the rules read of it. */
const alone = (sentence: string) => findProposals(`Le contexte d'abord.\n\nLes bacs traversent le fleuve deux fois par heure. ${sentence}`);

describe("a motion's operative paragraphs (round 25)", () => {
  it("keeps what the assembly asks of others and drops what it decides for itself, in French", () => {
    const motion = [
      "Le Conseil des passeurs de bac,",
      "Considérant que les bacs du fleuve ne sont plus inspectés depuis quatre ans ;",
      "Constatant que deux bacs ont chaviré l'an dernier près des berges ;",
      "1. Demande aux autorités portuaires de rétablir une inspection annuelle de chaque bac ;",
      "2. Prie l'agence nationale de publier la liste des bacs autorisés à naviguer ;",
      "3. Charge son bureau de transmettre le présent texte aux communes riveraines ;",
      "4. Décide de tenir sa prochaine réunion au mois de septembre.",
    ].join("\n\n");
    bothWays(motion, [
      "Demande aux autorités portuaires de rétablir une inspection annuelle de chaque bac",
      "Prie l'agence nationale de publier la liste des bacs autorisés à naviguer",
    ]);
  });

  it("does the same in English and in Spanish", () => {
    const english = [
      "The general meeting of the ferry crews,",
      "Noting that the river ferries have gone four years without an inspection,",
      "1. Urges the port authorities to restore a yearly inspection of every ferry;",
      "2. Requests the national agency to publish the list of licensed ferries;",
      "3. Mandates its secretary to send this text to the riverside towns;",
      "4. Decides to meet again in September.",
    ].join("\n\n");
    expect(findProposals(english)).toEqual([
      "Urges the port authorities to restore a yearly inspection of every ferry",
      "Requests the national agency to publish the list of licensed ferries",
    ]);
    const spanish = [
      "La asamblea de balseros,",
      "Considerando que las balsas del río no se inspeccionan desde hace cuatro años;",
      "1. Insta a las autoridades portuarias a restablecer una inspección anual de cada balsa;",
      "2. Pide a la agencia nacional que publique la lista de balsas autorizadas;",
      "3. Encomienda a su presidenta llevar este texto a los municipios ribereños;",
      "4. Decide reunirse otra vez en septiembre.",
    ].join("\n\n");
    expect(findProposals(spanish)).toEqual([
      "Insta a las autoridades portuarias a restablecer una inspección anual de cada balsa",
      "Pide a la agencia nacional que publique la lista de balsas autorizadas",
    ]);
  });

  it("reads an assembly asking in prose, and not one that asked in the past", () => {
    bothWays("Les bacs sont vieux.\n\nL'assemblée des passeurs prie les communes riveraines de repeindre les bouées.", [
      "L'assemblée des passeurs prie les communes riveraines de repeindre les bouées.",
    ]);
    expect(findProposals("Las balsas son viejas.\n\nLa asamblea de balseros ruega a los municipios que pinten las boyas.")).toEqual([
      "La asamblea de balseros ruega a los municipios que pinten las boyas.",
    ]);
    expect(alone("L'assemblée des passeurs a prié les communes de repeindre les bouées en 2019, sans réponse.")).toEqual([]);
  });

  it("keeps a list of imperatives that merely open with the same words, and a decision to ask", () => {
    const imperatives = [
      "We ask the port authorities to:",
      "1. Decide on one inspection calendar for all river ferries;",
      "2. Mandate a yearly inspection of every ferry and its engine;",
      "3. Publish the list of licensed ferries at each landing.",
    ].join("\n\n");
    expect(findProposals(imperatives)).toEqual([
      "Decide on one inspection calendar for all river ferries",
      "Mandate a yearly inspection of every ferry and its engine",
      "Publish the list of licensed ferries at each landing.",
    ]);
    const asking = [
      "Le Conseil des passeurs de bac,",
      "Considérant que les bacs du fleuve ne sont plus inspectés depuis quatre ans ;",
      "1. Demande aux autorités portuaires de rétablir une inspection annuelle de chaque bac ;",
      "2. Décide de demander aux communes riveraines de réparer les pontons ;",
      "3. Décide de tenir sa prochaine réunion au mois de septembre.",
    ].join("\n\n");
    expect(findProposals(asking)).toEqual([
      "Demande aux autorités portuaires de rétablir une inspection annuelle de chaque bac",
      "Décide de demander aux communes riveraines de réparer les pontons",
    ]);
  });
});

describe("a body named first, then asked (round 25)", () => {
  it("reads it in prose, in Spanish and French, with a filler word of speech", () => {
    expect(findProposals("Los balseros trabajan sin chalecos.\n\nA los donantes, eh, les pediríamos que compren un chaleco para cada pasajero de las balsas.")).toEqual([
      "A los donantes, eh, les pediríamos que compren un chaleco para cada pasajero de las balsas.",
    ]);
    expect(findProposals("los balseros trabajan sin chalecos\n\na la secretaría eh le pedimos que junte a los municipios del río para revisar los muelles")).toEqual([
      "a la secretaría eh le pedimos que junte a los municipios del río para revisar los muelles",
    ]);
    expect(findProposals("Los balseros trabajan sin chalecos.\n\nA los Estados de la cuenca les pedimos que vigilen juntos los cruces del río.")).toEqual([
      "A los Estados de la cuenca les pedimos que vigilen juntos los cruces del río.",
    ]);
    bothWays("Les passeurs travaillent sans gilet.\n\nEt aux communes riveraines, nous demandons d'éclairer les pontons la nuit.", [
      "Et aux communes riveraines, nous demandons d'éclairer les pontons la nuit.",
    ]);
  });

  it("reads it after a list, as one more request", () => {
    const text = [
      "Pedimos a los municipios que:",
      "- reparen los embarcaderos antes de la temporada de lluvias;",
      "- publiquen los horarios de las balsas en cada orilla.",
      "Y a la secretaría le pedimos que financie chalecos salvavidas para todos los balseros.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "reparen los embarcaderos antes de la temporada de lluvias",
      "publiquen los horarios de las balsas en cada orilla.",
      "Y a la secretaría le pedimos que financie chalecos salvavidas para todos los balseros.",
    ]);
  });

  it("does not read what the speaker asks of the people she serves, nor another verb", () => {
    expect(alone("A las familias de los balseros les pedimos que nos cuenten lo que pasó en el río.")).toEqual([]);
    expect(alone("A la policía le contamos lo que vimos aquella noche en el embarcadero.")).toEqual([]);
  });
});

describe("what is fitting, essential or wished (round 25)", () => {
  it("reads 'conviene que' and an infinitive after it", () => {
    expect(findProposals("Los muelles están rotos.\n\nConviene que cada embarcadero tenga un chaleco por pasajero.")).toEqual([
      "Conviene que cada embarcadero tenga un chaleco por pasajero.",
    ]);
    expect(findProposals("Los muelles están rotos.\n\nConviene, además, revisar los motores de las balsas cada mes.")).toEqual([
      "Conviene, además, revisar los motores de las balsas cada mes.",
    ]);
  });

  it("does not read what it is fitting to recall", () => {
    expect(alone("Conviene recordar que el río creció mucho durante este invierno.")).toEqual([]);
  });

  it("reads an aside between the adjective and 'que'", () => {
    expect(findProposals("Los muelles están rotos.\n\nSería deseable, por otra parte, que los municipios revisen las balsas cada mes.")).toEqual([
      "Sería deseable, por otra parte, que los municipios revisen las balsas cada mes.",
    ]);
    bothWays("Les pontons sont cassés.\n\nIl serait souhaitable, par ailleurs, que chaque bac ait une radio à bord.", [
      "Il serait souhaitable, par ailleurs, que chaque bac ait une radio à bord.",
    ]);
  });

  it("does not read an aside before what one recalls", () => {
    expect(alone("Es importante, como dijimos, recordar que el río es peligroso de noche.")).toEqual([]);
  });

  it("reads a wish voiced, written with œ or oe, whatever its subject", () => {
    expect(findProposals("Les pontons sont cassés.\n\nNous formulons le vœu que chaque bac soit équipé d'une radio.")).toEqual([
      "Nous formulons le vœu que chaque bac soit équipé d'une radio.",
    ]);
    expect(findProposals("Les pontons sont cassés.\n\nNous formons le voeu que chaque passeur reçoive un gilet neuf.")).toEqual([
      "Nous formons le voeu que chaque passeur reçoive un gilet neuf.",
    ]);
    expect(findProposals("Los muelles están rotos.\n\nExpresamos el deseo de que cada balsa lleve una radio a bordo.")).toEqual([
      "Expresamos el deseo de que cada balsa lleve una radio a bordo.",
    ]);
  });

  it("does not read a wish for the meeting", () => {
    expect(alone("Nous formulons le vœu que cette session soit fructueuse pour tous.")).toEqual([]);
    expect(alone("Expresamos el deseo de que este diálogo sea fructífero para todos.")).toEqual([]);
  });

  it("reads a hope that international cooperation will act", () => {
    expect(findProposals("Los muelles están rotos.\n\nOjalá que la cooperación internacional pague las radios de las balsas.")).toEqual([
      "Ojalá que la cooperación internacional pague las radios de las balsas.",
    ]);
    expect(alone("Ojalá que la cooperación entre vecinos mejore pronto.")).toEqual([]);
  });
});

describe("thanks given in advance for what is asked (round 25)", () => {
  it("reads it in French and Spanish", () => {
    bothWays("Les horaires changent souvent.\n\nNous vous remercions à l'avance de veiller à ce que chaque rive affiche les horaires des bacs.", [
      "Nous vous remercions à l'avance de veiller à ce que chaque rive affiche les horaires des bacs.",
    ]);
    bothWays("Les horaires changent souvent.\n\nJe vous remercie d'avance de bien vouloir transmettre notre note aux communes riveraines.", [
      "Je vous remercie d'avance de bien vouloir transmettre notre note aux communes riveraines.",
    ]);
    bothWays("Les horaires changent souvent.\n\nNous vous serions reconnaissants de transmettre notre note aux communes riveraines.", [
      "Nous vous serions reconnaissants de transmettre notre note aux communes riveraines.",
    ]);
    bothWays("Les horaires changent souvent.\n\nJe vous remercie de faire en sorte que chaque passeur porte un gilet.", [
      "Je vous remercie de faire en sorte que chaque passeur porte un gilet.",
    ]);
    expect(findProposals("Los horarios cambian.\n\nLes agradecemos de antemano que transmitan esta nota a los municipios ribereños.")).toEqual([
      "Les agradecemos de antemano que transmitan esta nota a los municipios ribereños.",
    ]);
  });

  it("does not read thanks for what was done, nor for attention", () => {
    expect(alone("Nous vous remercions d'avoir organisé cette rencontre au bord du fleuve.")).toEqual([]);
    expect(alone(curly("Nous vous remercions par avance de votre attention et de votre patience."))).toEqual([]);
    expect(alone("Les agradecemos de antemano su atención y su paciencia.")).toEqual([]);
    expect(alone("Les agradecemos que nos hayan recibido en esta sala."))
      .toEqual([]);
  });
});

describe("a list item that asks in the impersonal (round 25)", () => {
  it("reads 'es indispensable que' and 'conviene que' as asking items", () => {
    const text = [
      "Para cruzar sin miedo",
      "1. Es indispensable que cada balsa lleve chalecos para todos sus pasajeros.",
      "2. Conviene que los horarios se publiquen en cada embarcadero del río.",
      "3. Les pedimos a los municipios que reparen los muelles antes de las lluvias.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Es indispensable que cada balsa lleve chalecos para todos sus pasajeros.",
      "Conviene que los horarios se publiquen en cada embarcadero del río.",
      "Les pedimos a los municipios que reparen los muelles antes de las lluvias.",
    ]);
  });
});

describe("what others tell the people the speaker serves (round 25)", () => {
  it("is kept from the learned classifier", () => {
    for (const s of ["Al subir a la balsa, les dicen que deben pagar el doble.", "Une fois à bord, on leur dit qu'ils doivent payer le double.", "On the landing they are told that the fare has doubled."]) {
      expect(TOLD_US.test(fold(s))).toBe(true);
    }
  });

  it("is not what the speaker tells a body", () => {
    for (const s of ["Les decimos a los municipios que deben reparar los muelles.", "Los municipios, como les dicen los balseros, deben reparar los muelles."]) {
      expect(TOLD_US.test(fold(s))).toBe(false);
    }
  });
});
