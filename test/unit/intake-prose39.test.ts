import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame, leaves, reads } from "./prose-statement";
import { notOurRequest } from "../../worker/intake/request-model";

// Round 39 (blind sets 32 and 33 used for development; invented text only): a thing proposed that would save lives or
// make the difference; a body that already does one thing and could do another; a body with a relative clause and a
// modal before a later request; what the speaker asks first; what seems as important or of value; a word set into a frame
// of asking; a hope that States named by name act, in English; a request that adds one ("… should also …", "And, above
// all, …") after another; what a law already says and a question with "we ask" set off by commas (no requests); a bullet
// whose line ran on into a paragraph of its own; what the speaker would like to describe (not a request of ours).
const statement = frame([
  "Good morning, Madam Chair. Our members are beekeepers; they keep hives along the edge of the national forest.",
  "Every spring some of the younger helpers are hired by agents who promise them seasonal work on farms abroad.",
  "We thank you for your attention.",
]);
const declaration = frame([
  "Bonjour, Madame la Présidente. Nos membres sont des apiculteurs installés en bordure de la forêt.",
  "Chaque printemps, de jeunes aides sont recrutés par des agents qui leur promettent un travail saisonnier à l'étranger.",
  "Nous vous remercions de votre attention.",
]);
const declaracion = frame([
  "Gracias, señora Presidenta. Somos una asociación de apicultores que trabajan en el borde del bosque nacional.",
  "Cada primavera, algunos ayudantes jóvenes son contratados por agentes que les prometen trabajo de temporada en el extranjero.",
  "Muchas gracias por su atención.",
]);


describe("round 39: a thing proposed that would save lives or make the difference", () => {
  reads([
    ["A free number in the helpers' own languages, answered at night by the labour office, would save lives.", statement],
    ["One shared list of licensed agents, kept by both ministries, would make all the difference.", statement],
    ["A single inspector posted at the forest gate during the hiring season would go a long way.", statement],
    ["Un numéro gratuit, tenu par l'inspection du travail dans les langues des aides, sauverait des vies.", declaration],
    ["Une liste commune des agents autorisés ferait toute la différence.", declaration],
    ["Una línea gratuita, atendida de noche por la inspección de trabajo, salvaría vidas.", declaracion],
    ["Un registro común de agentes autorizados marcaría la diferencia.", declaracion],
  ]);
  leaves([
    ["That would save lives, as everyone in this room knows.", statement],
    ["A good harvest would have made a difference to the families that year.", statement],
    ["One day the agents stopped coming to the villages.", statement],
  ]);
});

describe("round 39: a body that already does one thing and could do another", () => {
  reads([
    ["The forestry authority, which already registers every hive, could tie each permit to a yearly check by a labour inspector.", statement],
    ["The labour ministry, which already inspects the farms, could add one question on wages to its form.", statement],
    ["Local councils, which already keep a list of seasonal workers, could share it with the labour inspectors.", statement],
    ["Le ministère du travail, qui délivre déjà les permis, pourrait exiger une visite avant chaque départ.", declaration],
    ["El ministerio de trabajo, que ya revisa los contratos, podría exigir una visita antes de cada salida.", declaracion],
  ]);
  leaves([
    ["The police, which already patrol the forest road, could not stop the agents last spring.", statement],
    ["The council, which already knew of the problem, could only watch.", statement],
  ]);
});

describe("round 39: a body with a relative clause and a modal, then a later request", () => {
  const pairs: [string, string, (...p: string[]) => string][] = [
    ["Labour inspectors who visit the farms should take an interpreter with them.", "We would be grateful if buyers of honey asked for wage records.", statement],
    ["Prosecutors who handle these cases ought to hear the helpers away from their employers.", "We also ask the ministry to publish the list of agents.", statement],
    ["Les inspecteurs qui visitent les fermes devraient être accompagnés d'un interprète, et parler aux aides seuls.", "Nous demandons aussi que la liste des agents soit publiée.", declaration],
    ["Los inspectores que visitan las granjas deberían llevar un intérprete y hablar con los ayudantes a solas.", "Pedimos además que se publique la lista de agentes.", declaracion],
    ["Employers who recruit helpers abroad should pay the agents' fees themselves.", "We urge the donors to fund the shelters.", statement],
  ];
  for (const [first, second, make] of pairs) {
    it(`reads "${first.slice(0, 50)}…" and the request after it`, () => {
      expect(findProposals(make(`${first} ${second}`))).toEqual([first, second]);
    });
  }
});

describe("round 39: what the speaker asks first, what seems as important or of value", () => {
  reads([
    ["Lo primero que pedimos es que ningún ayudante encontrado en una granja sea tratado como infractor.", declaracion],
    ["Lo único que pedimos es que la inspección hable con los ayudantes sin el patrón delante.", declaracion],
    ["The first thing we ask is that no helper found on a farm is treated as an offender.", statement],
    ["Our main request is that the labour office answers the families within a week.", statement],
    ["La première chose que nous demandons, c'est que les aides soient entendus par un inspecteur seul à seul.", declaration],
    ["It seems to us just as important that inspectors receive training on hearing young workers.", statement],
    ["Nos parece igual de importante que cada curso para inspectores enseñe a cuidar de quien denuncia.", declaracion],
    ["Nos parece tan urgente que los consulados abran una línea para las familias.", declaracion],
    ["Sería muy valioso que cada permiso de trabajo se revise antes de la salida.", declaracion],
    ["Sería de justicia que la investigación llegue a quienes cobran a los ayudantes.", declaracion],
  ]);
});

describe("round 39: a word set into a frame of asking", () => {
  reads([
    ["Il serait utile aussi que les pays voisins échangent la liste des agents suspendus.", declaration],
    ["Il nous paraît indispensable, en outre, que chaque inspection reçoive un véhicule.", declaration],
    ["Il est temps, aussi, que les agents qui encaissent l'argent soient poursuivis.", declaration],
    ["Sería muy útil que las inspecciones compartan sus listas con los consulados.", declaracion],
    ["Let us suggest, modestly, that every project for inspectors keep one trainer in the field for a year.", statement],
    ["Nos parece necesario, además, que cada consulado tenga un número de guardia.", declaracion],
  ]);
});

describe("round 39: a hope that States named by their names act, in English", () => {
  reads([
    ["We also hope that Norland and Estavia will let their inspectors follow the same agents across the border.", statement],
    ["We hope that Ostrava and Valdoria will sign the protocol on seasonal work before the next session.", statement],
    ["We sincerely hope that Mirelia will open its labour registry to the inspectors of its neighbours.", statement],
  ]);
  leaves([
    ["We hope that Maria will recover soon from what she went through.", statement],
    ["We hope that Estavia will be a good host next year.", statement],
  ]);
});

describe("round 39: a request that adds one after another", () => {
  it("reads a sentence with a modal and 'also' after a thing that would save lives as a request of its own", () => {
    const a = "A free number in the helpers' languages would save lives.";
    const b = "Investigators should also look at the agents' bank accounts, because families keep the receipts.";
    const c = "And, above all, the visas for seasonal work should become quick enough that no one turns to an agent.";
    expect(findProposals(statement(`${a} ${b} ${c}`))).toEqual([a, b, c]);
  });
  it("reads 'devraient aussi' and 'deberían también' as requests of their own", () => {
    expect(findProposals(declaration("Nous demandons un registre commun des agents. Les juges devraient aussi recevoir une formation sur le travail saisonnier."))).toEqual(["Nous demandons un registre commun des agents.", "Les juges devraient aussi recevoir une formation sur le travail saisonnier."]);
    expect(findProposals(declaracion("Pedimos un registro común de agentes. Los fiscales deberían también visitar los pueblos del bosque."))).toEqual(["Pedimos un registro común de agentes.", "Los fiscales deberían también visitar los pueblos del bosque."]);
  });
  it("keeps a pronoun or the same noun going on the request before it", () => {
    expect(findProposals(statement("We ask the ministry to hire mediators. Mediators should also be paid on time."))).toHaveLength(1);
  });
});

describe("round 39: what a law already says, a question with 'we ask' set off by commas", () => {
  leaves([
    ["Our Seasonal Work Act already provides that each agent must hold a permit, renewed every spring.", statement],
    ["The labour code already states that every contract must be written in a language the worker reads.", statement],
    ["La loi dispose que chaque agent doit être enregistré auprès de la préfecture.", declaration],
    ["La ley establece que cada agente debe estar registrado en el ministerio.", declaracion],
    ["Who, we ask, will report an agent to the police, when the agent is the mayor's cousin?", statement],
    ["How, we wonder, can a helper complain without a contract?", statement],
  ]);
  it("still reads a request of the speaker's in the same sentence", () => {
    const s = "The labour code says that every contract must be written, and we ask that the inspectors check it.";
    expect(findProposals(statement(s))).toEqual([s]);
  });
});

describe("round 39: a bullet whose line ran on into a paragraph of its own", () => {
  it("joins the item and the paragraph in lower case after it", () => {
    const text = statement("What we ask", "• States should fund a common system of", "checking the licences of every agent, open to the families.\n• A radio campaign in the local languages would help.");
    expect(findProposals(text)).toEqual(["States should fund a common system of checking the licences of every agent, open to the families.", "A radio campaign in the local languages would help."]);
  });
});

describe("round 39: what the speaker would like to describe is not a request of ours", () => {
  for (const s of [
    "What we want to do here is to explain how a helper is treated when he comes home without pay.",
    "We would like to share what we saw on the farms last spring.",
    "Ce que nous voudrions, c'est raconter ce qui arrive à un aide qui rentre sans salaire.",
    "Quisiéramos contarles cómo vive un ayudante que vuelve sin sueldo.",
  ])
    it(`"${s.slice(0, 50)}…"`, () => expect(notOurRequest(s)).toBe("own aim"));
  for (const s of ["We would like to see the ministry publish the list.", "We would like the ministry to explain its figures.", "Nous voudrions que le ministère explique ses chiffres."])
    it(`not "${s.slice(0, 50)}…"`, () => expect(notOurRequest(s)).toBeNull());
});
