import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame } from "./prose-statement";

// Round 69 (prose). Every sentence, name, body and place here is invented for this file.

const FRAMES = {
  en: ["Good morning, Chair. I speak for the Orrendale Lock-Keepers' Guild, two hundred keepers of the canal locks of the lowlands.", "Each winter barges are broken into at the locks at night and their cargo is carried off in vans before dawn.", "Thank you."],
  fr: ["Bonjour, Madame la Présidente. Je parle au nom de la Guilde des éclusiers de la Vallonne, deux cents gardiens d'écluses des basses terres.", "Chaque hiver, des péniches sont forcées la nuit aux écluses et leur cargaison part en camionnette avant l'aube.", "Je vous remercie."],
  es: ["Buenos días, señora Presidenta. Hablo en nombre del Gremio de Esclusistas del Canal de Marvedo, doscientos guardianes de esclusas de las tierras bajas.", "Cada invierno fuerzan de noche las barcazas en las esclusas y su carga sale en furgonetas antes del alba.", "Gracias."],
} as const;
const statement = (lang: keyof typeof FRAMES, ...paragraphs: string[]) => frame(FRAMES[lang])(...paragraphs);

describe("round 69 (grammar): a duty given in the conditional to any body named, an adverb of any kind before the body", () => {
  const cases: [keyof typeof FRAMES, string][] = [
    ["fr", "Il reviendrait aux chambres de batellerie de tenir un registre des équipages qui passent chaque écluse."],
    ["fr", "Il appartiendrait, par ailleurs, aux syndicats de bateliers de former des veilleurs de nuit dans chaque port fluvial."],
    ["es", "Correspondería a las cofradías de barqueros abrir un registro de tripulantes en cada esclusa del canal."],
    ["es", "Corresponde asimismo a los Estados apartar de las licitaciones de dragado a las sociedades sin dueño conocido."],
    ["fr", "Il revient en outre aux États de financer des écluses éclairées toute la nuit sur les canaux frontaliers."],
  ];
  for (const [lang, sentence] of cases) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(lang, sentence))).toEqual([sentence]);
    });
  }
  it("leaves a duty the speaker's own people would have (« Il reviendrait à nos gardiens de … »)", () => {
    expect(findProposals(statement("fr", "Il reviendrait à nos gardiens de tout surveiller seuls, et ils le font déjà."))).toEqual([]);
  });
});

describe("round 69 (grammar): what the speaker expects of a body", () => {
  const cases: [keyof typeof FRAMES, string][] = [
    ["en", "We expect the shipping companies to lock every hold with a seal that shows when it was opened."],
    ["fr", "Nous attendons des compagnies de batellerie qu'elles scellent chaque cale avant la nuit."],
    ["es", "Esperamos de las navieras fluviales que sellen cada bodega antes de la noche."],
  ];
  for (const [lang, sentence] of cases) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(lang, sentence))).toEqual([sentence]);
    });
  }
  it("leaves what the speaker expects to happen (a figure, news)", () => {
    expect(findProposals(statement("en", "We expect the number of break-ins to rise again this winter."))).toEqual([]);
    expect(findProposals(statement("fr", "Nous attendons des nouvelles de nos adhérents depuis trois mois."))).toEqual([]);
  });
});

describe("round 69 (connectives): a leading adverbial of consequence, as a class", () => {
  const cases: [keyof typeof FRAMES, string][] = [
    ["en", "For that reason we ask the States to light every lock on the border canals through the night."],
    ["en", "With this in mind we urge the port authorities to keep a register of the crews who pass each lock."],
    ["fr", "Pour toutes ces raisons, nous demandons aux États d'éclairer chaque écluse frontalière toute la nuit."],
    ["es", "Por todo ello solicitamos que los Estados iluminen cada esclusa fronteriza durante toda la noche."],
    ["es", "A la vista de estos datos, pedimos a los Estados que iluminen cada esclusa fronteriza toda la noche."],
  ];
  for (const [lang, sentence] of cases) {
    it(`reads "${sentence.slice(0, 60)}…" after background in its paragraph`, () => {
      const back = lang === "en" ? "The vans wait on the towpath with their lights off." : lang === "fr" ? "Les camionnettes attendent sur le chemin de halage, tous feux éteints." : "Las furgonetas esperan en el camino de sirga con las luces apagadas.";
      expect(findProposals(statement(lang, `${back} ${sentence}`))).toEqual([sentence]);
    });
  }
});

describe("round 69 (structure): two asks in one sentence, or a lead-in before a colon", () => {
  it("splits a request and a duty after a semicolon (es)", () => {
    const a = "Por todo ello pedimos que los Estados investiguen a los guardias que devuelven a los barqueros a sus patrones, y que cada denuncia sea recibida por una fiscalía distinta";
    const b = "corresponde también a las autoridades fluviales habilitar en cada esclusa un servicio de inspección que pueda subir a las barcazas a cualquier hora.";
    expect(findProposals(statement("es", `Las barcazas salen de noche. ${a}; ${b}`))).toEqual([a, b]);
  });
  it("reads the plea after a lead-in and a colon, without the lead-in, and the duty after ', et' as a second request (fr)", () => {
    const a = "C'est à partir de ces nuits que nous nous tournons vers vous : nous plaidons pour que les États mettent eux aussi à l'abri les familles des éclusiers menacés, par une coopération entre polices";
    const b = "il reviendrait aux tribunaux d'informer chaque éclusier de la date du procès de ceux qui l'ont menacé.";
    const plea = a.slice(a.indexOf(": ") + 2);
    expect(findProposals(statement("fr", `Les camionnettes attendent sur le chemin de halage. ${a}, et ${b}`))).toEqual([plea.charAt(0).toUpperCase() + plea.slice(1), b]);
  });
  it("reads a hope that a body will look at a matter and agree a rule with a modal (en)", () => {
    const s = "We hope the States reviewing the canal treaty will look at the rules on night mooring and agree that a barge moored at a lock must have its hold sealed.";
    expect(findProposals(statement("en", s))).toEqual([s]);
  });
  it("reads a counted matter before a colon, then a request with a modal (en)", () => {
    const s = "The third question is what comes next: every cargo the river wardens seize ought to be compared with the register of cargoes reported stolen.";
    expect(findProposals(statement("en", "Our keepers would accept such a rule; most already seal their holds.", s).replace("\n\n" + s, " " + s))).toEqual([s]);
  });
  it("reads a wish that bodies act with an aside before 'to' (en)", () => {
    const s = "We would like the States, and all who finance river schools, to pay for night classes where a keeper shows how a seal is forced.";
    expect(findProposals(statement("en", s))).toEqual([s]);
  });
  it("reads a third ask opened by 'And a …' with a long subject (en)", () => {
    const a = "Every lock authority should publish what its night watch costs and who pays for it.";
    const b = "It would also be right for bargemen to be invited to the yearly review of the watch.";
    const c = "And a warden paid under such a plan who claims that its funds were diverted should keep her post while the claim is examined.";
    expect(findProposals(statement("en", `So our question is simple. ${a} ${b} ${c}`))).toEqual([a, b, c]);
  });
});

describe("round 69 (structure): numbered findings, then numbered requests under a heading that names them", () => {
  const text = (head: string, items: string[]) =>
    [
      "Somos un gremio pequeño de esclusistas del canal de Marvedo.",
      "Lo que hemos visto",
      "1. Entre 2019 y 2022 nuestros socios dieron aviso de 31 barcazas forzadas de noche.",
      "2. En casi todos los casos la carga salió en furgonetas antes del alba.",
      "Recordamos sobre todo una noche de enero, cuando dos socios vieron una furgoneta cargar sacos junto a la esclusa.",
      head,
      ...items,
      "El Gremio seguirá dando cursos de vigilancia a sus socios.",
    ].join("\n\n");
  const asks = [
    "Que las capitanías de esclusa entreguen a los gremios linternas y radios de sobra para las guardias de noche.",
    "Que el salvamento fluvial lleve cada noche una lancha a las esclusas más aisladas del canal.",
    "Que las cofradías de barqueros acuerden con los gremios un canal de radio para avisar de barcazas forzadas.",
  ];
  it("reads the items numbered on (3., 4., 5.) under « Lo que proponemos »", () => {
    expect(findProposals(text("Lo que proponemos", asks.map((a, k) => `${k + 3}. ${a}`)))).toEqual(asks);
  });
  it("reads them under « Ce que nous demandons » in French too", () => {
    const fr = [
      "Nous sommes une petite guilde d'éclusiers.",
      "Ce que nous avons vu",
      "1. Entre 2019 et 2022, nos membres ont signalé 31 péniches forcées la nuit.",
      "2. Le plus souvent, la cargaison est partie en camionnette avant l'aube.",
      "Ce que nous demandons",
      "3. Que les capitaineries d'écluse fournissent aux guildes des lampes et des radios pour les gardes de nuit.",
      "4. Que le sauvetage fluvial envoie chaque nuit une vedette aux écluses les plus isolées.",
      "La Guilde continuera de former ses membres.",
    ].join("\n\n");
    expect(findProposals(fr)).toEqual([
      "Que les capitaineries d'écluse fournissent aux guildes des lampes et des radios pour les gardes de nuit.",
      "Que le sauvetage fluvial envoie chaque nuit une vedette aux écluses les plus isolées.",
    ]);
  });
});

describe("round 69 (structure): numbered findings then requests, the lead-in that names both two paragraphs up", () => {
  const findings = [
    "1. Of the 64 bargemen we assisted, 40 waited more than a year for records requested from the next country, and 11 of those waited in custody.",
    "2. Of those 11, nine had been refused bail only because they lived across the river.",
    "3. Translations of the records reached the defence on average a week before trial.",
  ];
  const asks = [
    "Custody should not be ordered simply because a bargeman lives across the river.",
    "Public defence funds should cover a lawyer on the other bank to examine how the records were gathered.",
    "Central authorities ought to report each year how many weeks the letters they sent took to be answered.",
  ];
  const text = [
    "Chair, thank you. I am the caseworker of the Orrendale Bargemen's Defence Office. What we observed is summarised below, followed by what we propose; the numbering runs on.",
    "None of this is a reproach to the clerks, who are few. One of our clients waited nine months for a single ledger page.",
    [...findings, ...asks.map((a, k) => `${k + 4}. ${a}`)].join("\n"),
    "The Office will release its whole report in the spring.",
  ].join("\n\n");
  it("reads only the requests, not the findings (one of which a weaker test reads as asking)", () => {
    expect(findProposals(text)).toEqual(asks);
  });
});

describe("round 69 (structure): a second request in its paragraph, people named with up to four words and a duty in the passive", () => {
  it("reads « Les passeurs des bacs qui … devraient être tenus de … » as a request of its own (fr)", () => {
    const a = "Les États riverains devraient convenir entre eux que tout enfant retrouvé loin de chez lui soit ramené chez les siens par un service de l'enfance.";
    const b = "Les passeurs des bacs qui transportent un enfant seul, sans accord signé d'un parent, devraient être tenus de le signaler au poste de l'écluse avant le départ.";
    expect(findProposals(statement("fr", `Reste pourtant tout ce que nous ne savons pas régler seuls. ${a} ${b}`))).toEqual([a, b]);
  });
  it("reads 'Ferrymen on the night crossings who … should be required to …' as a request of its own (en)", () => {
    const a = "The river States should agree that every child found far from home is taken back to the family by a social service.";
    const b = "Ferrymen on the night crossings who carry a child alone, without a written permission from the parents, should be required to report it at the lock before leaving.";
    expect(findProposals(statement("en", `${a} ${b}`))).toEqual([a, b]);
  });
  it("leaves what others offer in the speaker's story, a pronoun as the subject (« Ils proposent aux mères … »)", () => {
    const story = "Chaque automne, des hommes bien habillés passent sur les quais. Ils proposent aux mères d'emmener leurs fils en ville pour travailler sur les péniches et continuer l'école le soir.";
    expect(findProposals(statement("fr", story))).toEqual([]);
  });
});

describe("round 69 (press): a release's notes headed 'About' and the name with no article; a reported wish; two asks in one reported clause", () => {
  const release = (said: string) =>
    [
      "PRESS RELEASE",
      "Lock-keepers ask the Conference for lights on the canals",
      "ORRENDALE, 3 March 2023 — The Orrendale Lock-Keepers' Guild today urged the Conference to act on night thefts from barges, speaking in the general debate.",
      "Speaking for the guild, its warden, Hesper Quillfoyle-Ambry, told the plenary that keepers had counted 212 break-ins in two winters.",
      said,
      "The guild will show its night photographs at a side event on Thursday.",
      "About Orrendale Lock-Keepers' Guild",
      "The guild is a union of two hundred canal lock-keepers, founded in 1971.",
      "Media contact: press@orrendale-locks.example.org",
    ].join("\n\n");
  it("reads a wish reported after 'said that', and splits two asks each with a subject and a modal at ', and that'", () => {
    const text = release(
      "Ms Quillfoyle-Ambry said that the guild wanted the Conference to urge every State to light its border locks through the night. She added that keepers who report thefts should be given the same protection as witnesses, and that States should report each year how many barges were broken into at their locks.",
    );
    expect(findProposals(text)).toEqual([
      "the guild wanted the Conference to urge every State to light its border locks through the night.",
      "keepers who report thefts should be given the same protection as witnesses.",
      "States should report each year how many barges were broken into at their locks.",
    ]);
  });
  it("keeps one ask whose second clause points back to the first ('…, and that any pressure on them must …')", () => {
    const text = release("She added that keepers who report thefts should be given the same protection as witnesses, and that any pressure on them must be investigated by the river police.");
    expect(findProposals(text)).toEqual(["keepers who report thefts should be given the same protection as witnesses, and that any pressure on them must be investigated by the river police."]);
  });
});
