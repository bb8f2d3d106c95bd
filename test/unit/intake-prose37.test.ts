import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 37 (blind sets 28–31 used for development; invented text only): what would be gained or made easier if something
// were done; what would do no harm; a thing set first, then what it would seem to the speaker; what people must have
// access to; a hope that something be done in the passive; "but" and "perhaps" before a request; one change named before
// a colon; a request in the passive after a clause of when; a sentence that says the request is modest; imperative list
// items opening with "hold" or "budget for".
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

describe("round 37: what would be gained, made easier, or do no harm", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["Much would be gained if river permits could be renewed at the nearest harbour office, once, without a fine.", statement],
    ["A great deal would be gained if the brokers' licences were published in the languages of the delta.", statement],
    ["So much could be saved if the two port authorities kept one shared list of the barges they inspect.", statement],
    ["It would make our pilots' work far safer if the harbour offices shared the names of the brokers they suspend.", statement],
    ["It would make the inspections much quicker if customs and labour officers boarded the barges together.", statement],
    ["It would do no harm to ask the deckhands themselves what they were promised before they signed.", statement],
    ["It would not hurt if the labour inspectors visited the loading quays once a month.", statement],
    ["On gagnerait beaucoup si les capitaineries publiaient la liste des courtiers autorisés.", declaration],
    ["Il ne serait pas inutile que les inspecteurs du travail montent à bord des barges au moins une fois par an.", declaration],
    ["No estaría de más que los inspectores de trabajo subieran a las lanchas una vez al mes.", declaracion],
    ["Se ganaría mucho si las capitanías publicaran la lista de los intermediarios autorizados.", declaracion],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  const not: [string, (...p: string[]) => string][] = [
    ["Much was gained when the harbour office opened its second window in 2019.", statement],
    ["It would make little difference to us whether the meeting is held in spring or in autumn.", statement],
    ["It made our work far easier when the new radio was installed on the quay.", statement],
    ["Il ne serait pas juste de dire que rien n'a changé depuis dix ans.", declaration],
    ["No estaría bien decir que nada ha cambiado desde entonces.", declaracion],
  ];
  for (const [sentence, make] of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([]);
    });
  }
});

describe("round 37: a thing set first, what people must have access to, a hope in the passive", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["Une formation commune des douaniers et des gendarmes des deux rives nous paraîtrait plus utile qu'un voyage d'étude.", declaration],
    ["Un registre partagé des courtiers, tenu par les deux capitaineries, nous semblerait bien plus efficace que trois listes.", declaration],
    ["Un registro común de intermediarios, llevado por las dos capitanías, nos parecería mucho más útil que tres listas.", declaracion],
    ["Las familias de los muchachos desaparecidos deben tener acceso al expediente completo de la investigación.", declaracion],
    ["Por último, los lancheros detenidos deben tener derecho a un intérprete desde la primera hora.", declaracion],
    ["Les familles des matelots disparus doivent avoir accès au dossier complet de l'enquête.", declaration],
    ["Deckhands who are held on a barge must have access to counsel and to a translator within a day.", statement],
    ["Por eso esperamos que los folletos de prevención se traduzcan a las lenguas del río.", declaracion],
    ["Esperamos también que los contratos de los muchachos se revisen en el puerto antes de embarcar.", declaracion],
    ["Nous espérons que les contrats des matelots soient vérifiés à quai avant chaque départ.", declaration],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  const not: [string, (...p: string[]) => string][] = [
    ["Ce voyage nous a paru plus utile que prévu, et nous en remercions les organisateurs.", declaration],
    ["We must have access to the quays to do our work, and the port has always allowed it.", statement],
    ["Esperamos que la reunión se desarrolle en un buen ambiente.", declaracion],
    ["Esperamos que todos se sientan bienvenidos en nuestra ciudad.", declaracion],
    ["Nous espérons que la session soit utile à tous les participants.", declaration],
    ["Nous espérons que la session sera utile.", declaration],
  ];
  for (const [sentence, make] of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([]);
    });
  }
});

describe("round 37: 'but' and 'perhaps' before a request, and the adverb in 'nos parece … necesario'", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["Mais il nous paraît indispensable que des matelots abandonnés à quai soient soignés avant d'être interrogés.", declaration],
    ["Il nous semble également nécessaire que les courtiers déclarent chaque contrat à la capitainerie.", declaration],
    ["Pero nos parece indispensable que los muchachos rescatados sean atendidos antes de ser interrogados.", declaracion],
    ["Nos parece igualmente necesario que cada registro de lanchas se cruce cada año con el de la capitanía.", declaracion],
    ["Perhaps it is time for river pilots to be counted among those who are trained to spot trafficking.", statement],
    ["Maybe it is time for the two port authorities to agree on one form for crew lists.", statement],
    ["But it is essential that the deckhands who escape are treated as witnesses, not as deserters.", statement],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  it("does not read a plain 'but' sentence that tells how things are", () => {
    expect(findProposals(statement("But the brokers moved their offices across the river the next year."))).toEqual([]);
  });
  it("does not read 'perhaps' before a remark", () => {
    expect(findProposals(statement("Perhaps it is too early to say whether the new rules have changed anything."))).toEqual([]);
  });
});

describe("round 37: one change named before a colon, then what it is", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["There is one reform that would cost the ports nothing: allow a deckhand to leave a barge without the owner's signature.", statement],
    ["There is a simple step that any port could take tomorrow: publish the names of the brokers it has suspended.", statement],
    ["And there is one more measure we would add: let the deckhands keep their own papers on board.", statement],
    ["Il y a une mesure qui ne coûterait rien : permettre à un matelot de quitter la barge sans la signature du patron.", declaration],
    ["Il y a une mesure simple : publier chaque mois la liste des courtiers suspendus.", declaration],
    ["Hay un cambio que no costaría nada: permitir que un muchacho deje la lancha sin la firma del patrón.", declaracion],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  it("does not read a change told as what happened", () => {
    expect(findProposals(statement("There is one change we noticed last year: the brokers now recruit through their phones."))).toEqual([]);
  });
});

describe("round 37: a request in the passive after a clause of when or where", () => {
  const asked = [
    "Before a team of volunteers is sent to a port, the receiving office should be asked to designate whoever will keep the results.",
    "Where a case concerns a minor, the boy's guardian ought to be informed, step by step, of what was sent and to whom.",
    "When a barge is seized, the crew must be brought ashore and heard with an interpreter.",
    "If a deckhand reports his broker, his complaint should be answered within a week.",
  ];
  for (const sentence of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(sentence))).toEqual([sentence]);
    });
  }
  it("does not read a clause of when followed by what happened", () => {
    expect(findProposals(statement("When the barge was seized, the crew was brought ashore and kept for three days."))).toEqual([]);
  });
});

describe("round 37: a sentence that says the request is modest, and imperative items", () => {
  it("leaves out 'Our request is modest.' and reads the request after it", () => {
    const ask = "It would help if the port authorities kept one shared list of the brokers they have suspended.";
    expect(findProposals(statement(`Our request is modest. ${ask}`))).toEqual([ask]);
  });
  it("leaves out 'Notre demande est simple.' and reads the request after it", () => {
    const ask = "Nous demandons que les capitaineries publient la liste des courtiers suspendus.";
    expect(findProposals(declaration(`Notre demande est simple. ${ask}`))).toEqual([ask]);
  });
  it("leaves out 'Nuestra petición es sencilla.' and reads the request after it", () => {
    const ask = "Pedimos que las capitanías publiquen la lista de los intermediarios suspendidos.";
    expect(findProposals(declaracion(`Nuestra petición es sencilla. ${ask}`))).toEqual([ask]);
  });
  it("reads list items that open with 'hold' and 'budget for'", () => {
    const text = statement(
      "This is what we would ask of the funders:\n\n1. hold the trainings on the quays where the barges load, even if fewer people come;\n2. budget for a local mechanic for three years whenever a boat is donated;\n3. ask the pilots what they lack before any project is drafted.",
    );
    expect(findProposals(text)).toEqual([
      "hold the trainings on the quays where the barges load, even if fewer people come",
      "budget for a local mechanic for three years whenever a boat is donated",
      "ask the pilots what they lack before any project is drafted.",
    ]);
  });
});

describe("round 37: seeing value in an act, a body's act as the condition of a gain, people who need two things", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["We see value in inviting the river pilots to join the inspectors at one table when the plan is reviewed.", statement],
    ["Finally, we would see real value in training the quay guards and the customs officers together.", statement],
    ["Nous verrions un grand intérêt à ce que les capitaineries des deux rives tiennent un seul registre.", declaration],
    ["Veríamos con buenos ojos que las capitanías de las dos orillas llevaran un solo registro.", declaracion],
    ["If the harbour authorities agreed on one form for crew lists, pilots like ours could refuse a barge before it leaves.", statement],
    ["If the labour ministries shared their lists of suspended brokers, the river clinics would know whom to warn.", statement],
    ["Boys who come back from the barges need a guardian appointed the day they step ashore, not a month after, and a nurse who speaks their language.", statement],
    ["The girls who return from the quays need somewhere to sleep that is not the broker's house, and someone trained to listen.", statement],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  const not = [
    "We see value in the work the agency has done on the river since 2019.",
    "If the police had acted in 2019, the boys would still be at school.",
    "If the ministries were slow to answer, it was because nobody had asked them before.",
    "Boys who come back from the barges need time, and we give them as much as we can.",
  ];
  for (const sentence of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(sentence))).toEqual([]);
    });
  }
});
