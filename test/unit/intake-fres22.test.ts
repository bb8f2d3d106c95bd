import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 22 (French and Spanish proposals; blind set 17 used for development): text and names
// written for these tests. Each French sentence with an apostrophe is tried with ' and with ’.

const para = (...sentences: string[]) => sentences.join(" ");
const curly = (s: string) => s.replace(/'/g, "’");
/** The text as written, then with typographic apostrophes: the same proposals, in the same apostrophes. */
const bothWays = (text: string, want: string[]) => {
  expect(findProposals(text)).toEqual(want);
  expect(findProposals(curly(text))).toEqual(want.map(curly));
};

describe("leave asked to suggest (round 22)", () => {
  it("reads it in the subjunctive and the imperative, in French", () => {
    const fr = [
      para("Les lanternes des quais restent éteintes l'hiver.", "Qu'il nous soit permis de proposer qu'on éclaire chaque quai toute la nuit."),
      para("Les bergers transhumants n'ont aucune pièce d'identité.", "Permettez-nous de proposer que les communes leur délivrent une carte de passage."),
    ].join("\n\n");
    bothWays(fr, [
      "Qu'il nous soit permis de proposer qu'on éclaire chaque quai toute la nuit.",
      "Permettez-nous de proposer que les communes leur délivrent une carte de passage.",
    ]);
  });

  it("reads it in Spanish", () => {
    const text = [
      para("Los pastores de la meseta no tienen documento.", "Permítasenos sugerir que cada pastor reciba una tarjeta de paso."),
      para("Las barcas del lago navegan sin luces.", "Séanos permitido proponer que los municipios ribereños presten linternas a los barqueros."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Permítasenos sugerir que cada pastor reciba una tarjeta de paso.",
      "Séanos permitido proponer que los municipios ribereños presten linternas a los barqueros.",
    ]);
  });

  it("does not read thanks or a reminder asked leave for", () => {
    const fr = para("Permettez-nous de remercier les organisateurs de cette rencontre.", "Qu'il nous soit permis de rappeler les chiffres de l'an passé.");
    const es = para("Permítasenos agradecer a la presidencia su paciencia.", "Permítasenos pedir disculpas por el retraso.");
    bothWays(`Introduction.\n\n${fr}`, []);
    expect(findProposals(`Introducción.\n\n${es}`)).toEqual([]);
  });
});

describe("a request said again (round 22)", () => {
  it("reads a request restated or renewed, in Spanish", () => {
    const text = [
      para("Los pescadores del estuario salen sin radio.", "Reiteramos nuestra petición de que cada lancha lleve una radio de socorro."),
      para("Las cooperativas de sal no reciben crédito.", "Renovamos nuestro llamado a los gobiernos regionales para que abran una línea de crédito para ellas."),
      para("Los caminos de la sierra se cortan cada invierno.", "Volvemos a pedir a los municipios que mantengan una máquina quitanieves en cada valle."),
      para("Los puentes colgantes no se revisan.", "Insistimos una vez más en que las autoridades provinciales inspeccionen cada puente."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Reiteramos nuestra petición de que cada lancha lleve una radio de socorro.",
      "Renovamos nuestro llamado a los gobiernos regionales para que abran una línea de crédito para ellas.",
      "Volvemos a pedir a los municipios que mantengan una máquina quitanieves en cada valle.",
      "Insistimos una vez más en que las autoridades provinciales inspeccionen cada puente.",
    ]);
  });

  it("reads the same in French", () => {
    const text = [
      para("Les bergers n'ont toujours pas de carte.", "Nous renouvelons notre appel aux communes pour qu'elles délivrent ces cartes avant l'été."),
      para("Les ponts de bois pourrissent.", "Nous insistons encore une fois pour que les autorités régionales inspectent chaque pont."),
    ].join("\n\n");
    bothWays(text, [
      "Nous renouvelons notre appel aux communes pour qu'elles délivrent ces cartes avant l'été.",
      "Nous insistons encore une fois pour que les autorités régionales inspectent chaque pont.",
    ]);
  });

  it("does not read thanks renewed or words repeated", () => {
    const es = para("Reiteramos nuestro agradecimiento a la presidencia.", "Volvemos a repetir lo dicho ayer por la tarde.");
    const fr = para("Nous renouvelons nos remerciements à la présidence.", "Nous insistons encore une fois sur ce point.");
    expect(findProposals(`Introducción.\n\n${es}`)).toEqual([]);
    bothWays(`Introduction.\n\n${fr}`, []);
  });
});

describe("a wish that a body act (round 22)", () => {
  it("reads a wish in Spanish, of a body or of States named by their names", () => {
    const text = [
      para("Los albergues de montaña viven de limosnas.", "Ojalá la secretaría pueda incluirlos en su programa de apoyo."),
      para("Las ferias de ganado no tienen veterinario.", "Ojalá que los municipios contraten uno para cada feria."),
      para("Los barqueros cruzan la frontera del lago sin permiso.", "Ojalá Corvania y Telmora firmen pronto un acuerdo de cruce."),
      para("Las parteras rurales trabajan sin seguro.", "Deseamos vivamente que las autoridades sanitarias les ofrezcan uno."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Ojalá la secretaría pueda incluirlos en su programa de apoyo.",
      "Ojalá que los municipios contraten uno para cada feria.",
      "Ojalá Corvania y Telmora firmen pronto un acuerdo de cruce.",
      "Deseamos vivamente que las autoridades sanitarias les ofrezcan uno.",
    ]);
  });

  it("reads a wish in French", () => {
    const text = para("Les sages-femmes des villages attendent depuis des années.", "Puissent les autorités sanitaires entendre enfin leur demande d'assurance.");
    expect(findProposals(`Introduction.\n\n${text}`)).toEqual(["Puissent les autorités sanitaires entendre enfin leur demande d'assurance."]);
  });

  it("does not read a wish about a thing, a prayer or good wishes", () => {
    const es = [
      para("Ojalá la situación mejore pronto en el valle.", "Ojalá Dios nos ayude a todos."),
      para("Deseamos que la sesión sea útil para todos.", "Las lluvias llegaron tarde."),
    ].join("\n\n");
    const fr = para("Puisse cette rencontre être utile à tous.", "Les récoltes ont été maigres.");
    expect(findProposals(`Introducción.\n\n${es}`)).toEqual([]);
    expect(findProposals(`Introduction.\n\n${fr}`)).toEqual([]);
  });
});

describe("gratitude in the conditional for what a body would do (round 22)", () => {
  it("reads it in French and in Spanish", () => {
    const fr = [
      para("Les potiers n'ont plus de four collectif.", "Nous saurions gré aux communes d'en ouvrir un dans chaque quartier."),
      para("Les archives des greffes s'abîment.", "Nous serions reconnaissants aux tribunaux de les numériser avant dix ans."),
    ].join("\n\n");
    bothWays(fr, [
      "Nous saurions gré aux communes d'en ouvrir un dans chaque quartier.",
      "Nous serions reconnaissants aux tribunaux de les numériser avant dix ans.",
    ]);
    const es = para("Las tarjetas de paso cuestan caro.", "Les agradeceríamos a los donantes que financien las primeras mil.");
    expect(findProposals(`Introducción.\n\n${es}`)).toEqual(["Les agradeceríamos a los donantes que financien las primeras mil."]);
  });

  it("does not read thanks for attention", () => {
    bothWays(para("Introduction.\n\nNous vous saurions gré de votre attention.", "Nous serions reconnaissants de quelques minutes de plus."), []);
    expect(findProposals(para("Introducción.\n\nLes agradecemos su atención.", "Les agradeceríamos unos minutos más."))).toEqual([]);
  });
});

describe("a rhetorical question about what a body waits for (round 22)", () => {
  it("reads what a body is waiting for, and what it will take, in French", () => {
    const text = [
      para("Les forêts brûlent chaque été près des hameaux.", "Qu'attendent les gouvernements pour interdire les brûlis à moins d'un kilomètre des maisons ?"),
      para("Les digues cèdent à chaque crue.", "Qu'attend-on pour les rehausser ?"),
      para("Les noyades se répètent au gué.", "Combien de noyés faudra-t-il encore pour que les autorités construisent une passerelle ?"),
    ].join("\n\n");
    bothWays(text, [
      "Qu'attendent les gouvernements pour interdire les brûlis à moins d'un kilomètre des maisons ?",
      "Qu'attend-on pour les rehausser ?",
      "Combien de noyés faudra-t-il encore pour que les autorités construisent une passerelle ?",
    ]);
  });

  it("reads the same in Spanish", () => {
    const text = [
      para("Las lanchas salen sin radio.", "¿A qué esperan los gobiernos para exigir una radio en cada lancha?"),
      para("Las crecidas vuelven cada otoño.", "¿Cuántas víctimas más harán falta para que los municipios construyan un dique?"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "¿A qué esperan los gobiernos para exigir una radio en cada lancha?",
      "¿Cuántas víctimas más harán falta para que los municipios construyan un dique?",
    ]);
  });

  it("does not read a question about what people expect or how long a trip takes", () => {
    const fr = para("Qu'attendons-nous de cette session ?", "Combien de temps faudra-t-il pour le voyage ?");
    const es = para("¿Qué esperan los pescadores de esta reunión?", "¿Cuántas horas harán falta para llegar al puerto?");
    bothWays(`Introduction.\n\n${fr}`, []);
    expect(findProposals(`Introducción.\n\n${es}`)).toEqual([]);
  });
});

describe("a courteous question (round 22)", () => {
  it("reads whether it is too much to ask, or possible, that a body act", () => {
    const fr = [
      para("Les gardiens de phare vivent seuls tout l'hiver.", "Est-ce trop demander que les communes leur installent un téléphone ?"),
      para("Les gardiens de phare n'ont pas de radio.", "Serait-il possible que les douanes financent une radio pour chacun d'eux ?"),
    ].join("\n\n");
    bothWays(fr, [
      "Est-ce trop demander que les communes leur installent un téléphone ?",
      "Serait-il possible que les douanes financent une radio pour chacun d'eux ?",
    ]);
    const es = [
      para("Los fareros viven solos todo el invierno.", "¿Sería mucho pedir que los municipios les instalen un teléfono?"),
      para("Los fareros no tienen radio.", "¿Sería posible que la secretaría financie una radio para cada faro?"),
    ].join("\n\n");
    expect(findProposals(es)).toEqual([
      "¿Sería mucho pedir que los municipios les instalen un teléfono?",
      "¿Sería posible que la secretaría financie una radio para cada faro?",
    ]);
  });

  it("does not read a request to speak slower or to repeat", () => {
    bothWays(para("Introduction.\n\nSerait-il possible de parler plus lentement ?", "Est-ce trop demander ?"), []);
    expect(findProposals(para("Introducción.\n\n¿Sería posible repetir la pregunta?", "¿Es mucho pedir?"))).toEqual([]);
  });
});

describe("a postscript's request (round 22)", () => {
  it("reads the request after the label, without it", () => {
    const es = ["Estimadas delegaciones:", "Las niñas que trabajan en casas ajenas no van a la escuela.", "Con afecto,", "Rosaura Quillén", "P. D.: Rogamos a Corvania y a Telmora que acuerden un regreso acompañado para ellas."].join("\n\n");
    expect(findProposals(es)).toEqual(["Rogamos a Corvania y a Telmora que acuerden un regreso acompañado para ellas."]);
    const fr = ["Madame la Présidente,", "Les apprentis des tanneries travaillent sans gants.", "Bien cordialement,", "Odile Varenne", "P.-S. : Nous demandons aux communes d'offrir des gants à chaque apprenti."].join("\n\n");
    bothWays(fr, ["Nous demandons aux communes d'offrir des gants à chaque apprenti."]);
    const en = ["Dear delegates,", "The tannery apprentices work bare-handed.", "Kind regards,", "Odile Varenne", "PS: We urge donors to buy gloves for every apprentice."].join("\n\n");
    expect(findProposals(en)).toEqual(["We urge donors to buy gloves for every apprentice."]);
  });

  it("does not take a postscript that asks nothing", () => {
    const es = ["Estimadas delegaciones:", "Las niñas que trabajan en casas ajenas no van a la escuela.", "Con afecto,", "Rosaura Quillén", "P. D.: El informe completo estará en nuestra página en enero."].join("\n\n");
    expect(findProposals(es)).toEqual([]);
  });
});

describe("typographic apostrophes in rules read on the text as written (round 22)", () => {
  it("reads an acronym after l’ and States named after l’", () => {
    bothWays(para("Introduction.\n\nLes ponts de corde s'usent.", "L'OPRV demande une inspection de chaque pont avant la saison des pluies."), [
      "L'OPRV demande une inspection de chaque pont avant la saison des pluies.",
    ]);
    bothWays(para("Introduction.\n\nLes bacs traversent le lac sans contrôle.", "Nous espérons que l'Arvénie et la Brisanie signeront un accord sur les bacs."), [
      "Nous espérons que l'Arvénie et la Brisanie signeront un accord sur les bacs.",
    ]);
  });
});
