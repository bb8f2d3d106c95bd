import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 23 (French and Spanish proposals; blind set 18 used for development): text and names
// written for these tests. Each French sentence with an apostrophe is tried with ' and with ’.

const para = (...sentences: string[]) => sentences.join(" ");
const curly = (s: string) => s.replace(/'/g, "’");
/** The text as written, then with typographic apostrophes: the same proposals, in the same apostrophes. */
const bothWays = (text: string, want: string[]) => {
  expect(findProposals(text)).toEqual(want);
  expect(findProposals(curly(text))).toEqual(want.map(curly));
};
/** Each sentence after a paragraph of background, read alone. */
const alone = (sentence: string) => findProposals(`Les barques du lac de Tarvelle sortent sans radio depuis des années.\n\n${sentence}`);

describe("recommendation codes as list labels (round 23)", () => {
  it("reads a box of recommendations coded by chapter as a list, without the codes", () => {
    const text = [
      "3.1 Ce que nous avons vu",
      "Les pêcheurs d'Omberra perdent leurs filets chaque hiver.",
      "3.2 Nos recommandations",
      "R3.1 – Les communes riveraines devraient financer un abri pour les filets.",
      "R3.2 – Les capitaineries devraient tenir un registre des sorties.",
      "R3.3 – Aucun pêcheur ne devrait être verbalisé pour une sortie de secours.",
      "L'étude complète est disponible auprès de l'association.",
    ].join("\n\n");
    bothWays(text, [
      "Les communes riveraines devraient financer un abri pour les filets.",
      "Les capitaineries devraient tenir un registre des sorties.",
      "Aucun pêcheur ne devrait être verbalisé pour une sortie de secours.",
    ]);
  });

  it("reads other ways of coding them, in English and Spanish", () => {
    const en = ["Our recommendations", "Rec. 1: Ferry operators should log every passenger.", "Rec. 2: Port offices should publish the logs each month."].join("\n\n");
    expect(findProposals(en)).toEqual(["Ferry operators should log every passenger.", "Port offices should publish the logs each month."]);
    const es = ["Recomendaciones", "R1 - Los municipios deberían abrir un refugio en cada muelle.", "R2 - Las capitanías deberían publicar sus registros."].join("\n\n");
    expect(findProposals(es)).toEqual(["Los municipios deberían abrir un refugio en cada muelle.", "Las capitanías deberían publicar sus registros."]);
  });

  it("does not read codes that describe rather than ask, nor a code inside a sentence", () => {
    const roads = ["Our routes", "R1 – The coastal road floods every March.", "R2 – The mountain road is closed in winter."].join("\n\n");
    expect(findProposals(roads)).toEqual([]);
    const inside = "Under R4.1 the ferries were counted twice. We have no other remark.";
    expect(findProposals(inside)).toEqual([]);
  });
});

describe("the most useful thing, the ideal (round 23)", () => {
  it("reads it in French", () => {
    const fr = [
      para("Les saisonniers de Quillane dorment dans des granges.", "La mesure la plus utile serait d'ouvrir un foyer communal pour eux."),
      para("Les contrats sont écrits dans une langue qu'ils ignorent.", "L'idéal serait que chaque contrat soit traduit avant la signature."),
      para("Personne ne contrôle les logements.", "La première chose à faire serait de créer une inspection des logements saisonniers."),
    ].join("\n\n");
    bothWays(fr, [
      "La mesure la plus utile serait d'ouvrir un foyer communal pour eux.",
      "L'idéal serait que chaque contrat soit traduit avant la signature.",
      "La première chose à faire serait de créer une inspection des logements saisonniers.",
    ]);
  });

  it("reads it in Spanish", () => {
    const es = [
      para("Los recolectores de Vasquena no tienen contrato.", "Lo sensato sería que cada cooperativa firmara contratos escritos."),
      para("Los albergues cierran en verano.", "La medida más urgente sería abrir un albergue todo el año."),
    ].join("\n\n");
    expect(findProposals(es)).toEqual(["Lo sensato sería que cada cooperativa firmara contratos escritos.", "La medida más urgente sería abrir un albergue todo el año."]);
  });

  it("does not read what would be hard or sad, nor a reminder", () => {
    bothWays(para("Le plus difficile serait de convaincre les familles de Quillane.", "Le plus simple serait de rappeler les chiffres de l'an passé."), []);
    expect(findProposals(para("Lo más triste sería olvidar a los recolectores.", "Lo justo sería reconocer el trabajo de los voluntarios."))).toEqual([]);
  });
});

describe("a step forward if a body acted (round 23)", () => {
  it("reads it in French and Spanish", () => {
    expect(alone("Ce serait un grand progrès si les communes riveraines prêtaient des radios aux pêcheurs.")).toEqual(["Ce serait un grand progrès si les communes riveraines prêtaient des radios aux pêcheurs."]);
    bothWays("Le lac de Tarvelle est grand.\n\nCe serait une bonne idée d'équiper chaque barque d'une radio.", ["Ce serait une bonne idée d'équiper chaque barque d'une radio."]);
    expect(findProposals("El lago es grande.\n\nSería un gran avance que los municipios prestaran radios a los pescadores.")).toEqual(["Sería un gran avance que los municipios prestaran radios a los pescadores."]);
  });

  it("does not read a mistake, a disaster, or progress without a condition", () => {
    expect(alone("Ce serait une erreur si les communes fermaient le port.")).toEqual([]);
    expect(alone("Ce serait un grand progrès pour notre village.")).toEqual([]);
    expect(findProposals("El lago es grande.\n\nSería un desastre que los municipios cerraran el puerto.")).toEqual([]);
  });
});

describe("what stops a body from acting (round 23)", () => {
  it("reads the question and the statement, in French", () => {
    const fr = [
      para("Les anciens connaissent chaque crique du lac.", "Qu'est-ce qui empêche d'inviter les anciens aux patrouilles du lac ?"),
      para("Les relevés existent déjà.", "Qu'est-ce qui empêche les autorités portuaires de les publier ?"),
      para("Les deux services travaillent séparément.", "Rien ne s'oppose à ce que chaque capitainerie partage ses relevés avec la police."),
    ].join("\n\n");
    bothWays(fr, [
      "Qu'est-ce qui empêche d'inviter les anciens aux patrouilles du lac ?",
      "Qu'est-ce qui empêche les autorités portuaires de les publier ?",
      "Rien ne s'oppose à ce que chaque capitainerie partage ses relevés avec la police.",
    ]);
  });

  it("reads the question and the statement, in Spanish", () => {
    const es = [
      para("Los registros ya existen.", "¿Qué impide a las autoridades portuarias publicarlos cada mes?"),
      para("Los dos servicios trabajan por separado.", "Nada impide que los municipios compartan sus registros con la policía."),
    ].join("\n\n");
    expect(findProposals(es)).toEqual(["¿Qué impide a las autoridades portuarias publicarlos cada mes?", "Nada impide que los municipios compartan sus registros con la policía."]);
  });

  it("does not read what stops people who are not asked to act, nor the past", () => {
    bothWays(`Contexte.\n\n${para("Qu'est-ce qui empêche les victimes de parler ?", "La peur d'être renvoyées.")}`, []);
    expect(alone("Rien ne s'opposait à ce que les passeurs reviennent la nuit.")).toEqual([]);
    expect(findProposals("Contexto.\n\n¿Qué les impide denunciar? El miedo.")).toEqual([]);
  });
});

describe("a position defended in the subjunctive, and a bare wish going on (round 23)", () => {
  it("reads a position with the subjunctive, in Spanish and French", () => {
    expect(findProposals("Contexto del lago.\n\nDefendemos que ningún pescador que rescate a un náufrago pueda ser multado.")).toEqual(["Defendemos que ningún pescador que rescate a un náufrago pueda ser multado."]);
    bothWays("Contexte.\n\nNous défendons l'idée que nul sauveteur ne puisse être poursuivi pour avoir aidé.", ["Nous défendons l'idée que nul sauveteur ne puisse être poursuivi pour avoir aidé."]);
  });

  it("does not read a defence of people, nor a claim in the indicative", () => {
    expect(findProposals("Contexto.\n\nDefendemos a los pescadores de Vasquena desde hace veinte años. Sostenemos que la situación es grave.")).toEqual([]);
  });

  it("reads a bare wish in 'que' after a request, in Spanish and French", () => {
    const es = ["Los guardacostas llegan tarde.", "Sería deseable que cada puerto tuviera una lancha de rescate.", "Y, sobre todo, que cada municipio pague las radios de los pescadores."].join("\n\n");
    expect(findProposals(es)).toEqual(["Sería deseable que cada puerto tuviera una lancha de rescate.", "Y, sobre todo, que cada municipio pague las radios de los pescadores."]);
    const fr = para("Nous demandons aux communes d'ouvrir un abri.", "Et surtout, qu'on cesse de verbaliser les pêcheurs qui sortent porter secours.");
    bothWays(`Contexte.\n\n${fr}`, ["Nous demandons aux communes d'ouvrir un abri.", "Et surtout, qu'on cesse de verbaliser les pêcheurs qui sortent porter secours."]);
  });

  it("does not read a bare 'que' with no request before it, a question or a formula", () => {
    expect(findProposals("Contexto.\n\nY, sobre todo, que cada municipio pague las radios de los pescadores.")).toEqual([]);
    const fr = para("Nous demandons aux communes d'ouvrir un abri.", "Et que dire des pêcheurs qui sortent sans radio ?", "Et que l'on ne s'y trompe pas : les naufrages augmentent.");
    bothWays(`Contexte.\n\n${fr}`, ["Nous demandons aux communes d'ouvrir un abri."]);
  });
});

describe("what is fitting, what there is ground to do, what would be enough (round 23)", () => {
  it("reads them in French", () => {
    const fr = [
      "Il est souhaitable que les communes riveraines partagent leurs relevés.",
      "Il serait juste que les familles des disparus reçoivent une aide.",
      "Il y a lieu de créer un registre des sorties.",
      "Il suffirait que chaque capitainerie affiche les prévisions.",
      "Il faudra que les communes financent les radios.",
      "Nous préconisons la création d'un abri par port.",
      "Il ne nous reste qu'à demander aux communes d'agir.",
      "Notre proposition est simple : que chaque barque ait une radio.",
    ];
    for (const s of fr) bothWays(`Contexte.\n\n${s}`, [s]);
  });

  it("reads them in Spanish", () => {
    const es = [
      "Es deseable que los municipios compartan sus registros.",
      "Sería preciso que cada puerto tenga una lancha.",
      "Cabría crear un registro de salidas.",
      "Bastaría con que cada capitanía publicara los partes.",
      "Haría falta que los municipios pagaran las radios.",
      "Habrá que crear un registro de salidas.",
      "Preconizamos la creación de un refugio por puerto.",
      "No cabe sino pedir a los municipios que actúen.",
      "Nuestra propuesta es sencilla: que cada barca tenga una radio.",
    ];
    for (const s of es) expect(findProposals(`Contexto.\n\n${s}`)).toEqual([s]);
  });

  it("does not read a reminder, a fear, a wait or what others advocate", () => {
    const fr = [
      "Il serait bon de rappeler que la loi existe.",
      "Il serait naïf de croire que tout ira bien.",
      "Il est indiqué dans le rapport que les communes ont signé.",
      "Il y a lieu de se féliciter de cette réunion.",
      "Il y aurait lieu de craindre une hausse des naufrages.",
      "Il suffirait d'un orage pour tout perdre.",
      "Il faudra attendre trois ans pour le jugement.",
      "Les experts préconisent la création d'un registre.",
      "Il ne reste qu'à attendre la décision.",
      "Notre demande de 2019 est restée sans réponse.",
    ];
    for (const s of fr) bothWays(`Contexte.\n\n${s}`, []);
    const es = ["Es importante entender que la ley existe.", "Cabría preguntarse por qué nadie actuó.", "Bastaría con mirar las cifras para entenderlo.", "Habrá que esperar al juicio.", "No nos queda más que esperar."];
    for (const s of es) expect(findProposals(`Contexto.\n\n${s}`)).toEqual([]);
  });
});
