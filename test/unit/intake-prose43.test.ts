import { describe, expect, it } from "vitest";
import { findProposals, ownCases43 } from "../../worker/intake/proposals";
import { frame, leaves, reads, type Make } from "./prose-statement";

// Round 43 (blind sets 38 and 39 used for development; invented text only): forms that carry an ask in prose, or that
// joined two asks in one — a French head of asking before an elided "qu'"; a French or Spanish passive request whose
// subject runs past twelve words, and "tendrían que ser"; what the speaker needs from those addressed, said before the
// asks ("What we need from the donors is this."), and what the speaker hopes to see, put first; "hace falta" with the thing
// missing; people who deserve a thing qualified first; a wish that someone never again be prosecuted or arrested.
const statement = frame([
  "Good afternoon, Chair. We speak for an association of porters who carry goods in the river markets.",
  "Children as young as ten carry sacks of rice on the quays at night, for a few coins and a place to sleep.",
  "Thank you.",
]);
const declaration = frame([
  "Bonjour, Monsieur le Président. Nous parlons au nom d'une association de porteurs des marchés fluviaux.",
  "Des enfants de dix ans portent la nuit des sacs de riz sur les quais, pour quelques pièces et un coin où dormir.",
  "Merci.",
]);
const declaracion = frame([
  "Buenas tardes, señor Presidente. Hablamos en nombre de una asociación de cargadores de los mercados del río.",
  "Niños de diez años cargan de noche sacos de arroz en los muelles, por unas monedas y un lugar donde dormir.",
  "Gracias.",
]);

/** Two sentences in one paragraph: each is a request of its own (`reads` gives one sentence). */
const twoInRow = (cases: [string, string, Make][]) => {
  for (const [first, second, make] of cases) {
    it(`reads two: "${first.slice(0, 40)}…" / "${second.slice(0, 40)}…"`, () => {
      expect(findProposals(make(`${first} ${second}`))).toEqual([first, second]);
    });
  }
};

describe("round 43: a French head of asking before an elided qu'", () => {
  reads([
    ["Il faudrait aussi qu'une équipe de médiatrices passe chaque semaine sur les quais pour repérer les enfants porteurs.", declaration],
    ["Il faut qu'un porteur qui signale un patron violent puisse garder sa place au marché.", declaration],
    ["Il est indispensable qu'une inspectrice du travail visite les entrepôts la nuit.", declaration],
    ["Nous souhaitons qu'elles puissent porter plainte sans passer par le chef du marché.", declaration],
    ["Il conviendrait qu'un registre des porteurs mineurs soit tenu par chaque mairie.", declaration],
    ["Il importe qu'on donne aux porteuses une carte qui les protège des rafles.", declaration],
    ["Enfin, il serait utile qu'un juge des enfants siège une fois par mois dans la ville du marché.", declaration],
    ["Nous aimerions aussi qu'une ligne d'appel gratuite soit ouverte dans les trois langues du fleuve.", declaration],
  ]);
  leaves([
    ["Il faut dire qu'un porteur gagne à peine de quoi manger.", declaration],
    ["Nous savons qu'une équipe de médiatrices travaille déjà dans la capitale.", declaration],
    ["Il faudrait qu'on soit aveugle pour ne pas voir ces enfants sous les sacs.", declaration],
  ]);
  twoInRow([
    ["Nous demandons que les mairies du fleuve ouvrent un foyer de nuit pour les enfants porteurs.", "Il faudrait aussi qu'une infirmière y passe deux fois par semaine.", declaration],
  ]);
});

describe("round 43: a French or Spanish passive request with a long subject, and \"tendrían que ser\"", () => {
  reads([
    ["Les patrons qui font porter des sacs à des enfants qui n'ont pas quatorze ans devraient être poursuivis.", declaration],
    ["Los capataces que hacen cargar sacos a niños de menos de catorce años en los muelles deberían ser juzgados.", declaracion],
    ["Las listas de cargadores tendrían que ser revisadas por un inspector que no dependa del mercado.", declaracion],
    ["Los permisos de los muelles tendrían que ser entregados a cada cargador en su propia lengua.", declaracion],
  ]);
  leaves([
    ["Les porteurs qui arrivent chaque matin des villages de la montagne doivent souvent attendre deux heures.", declaration],
    ["Los niños que encontramos el año pasado en el mercado de noche tenían que ser devueltos antes de medianoche.", declaracion],
  ]);
  twoInRow([
    ["Nous demandons que tout enfant retiré d'un quai soit confié à un foyer proche de chez lui.", "Les transporteurs qui amènent ces enfants des villages de la montagne jusqu'aux marchés de la côte devraient être contrôlés aux péages.", declaration],
    ["Pedimos que cada niño retirado de un muelle sea llevado a un albergue cerca de su familia.", "Los camioneros que traen a estos niños de los pueblos de la sierra a los mercados deberían ser controlados en los peajes.", declaracion],
  ]);
});

describe("round 43: what the speaker needs from those addressed, said before the asks", () => {
  const after = (lead: string, ask: string, make: Make) =>
    it(`reads "${ask.slice(0, 40)}…" without "${lead}"`, () => {
      expect(findProposals(make(`${lead} ${ask}`))).toEqual([ask]);
    });
  after("What we need from the donors is this.", "Market authorities should give every porter a card with a photograph and a fixed daily rate.", statement);
  after("What we expect of the donors is simple.", "The river towns should open night shelters for the children who carry sacks.", statement);
  after("Ce que nous attendons de vous est simple.", "Les mairies devraient délivrer une carte à chaque porteur du marché.", declaration);
  after("Lo que necesitamos de ustedes es esto.", "Los municipios deberían entregar una tarjeta a cada cargador del mercado.", declaracion);
});

describe("round 43: what the speaker hopes to see, put first", () => {
  reads([
    ["What we most hope to see is that labour inspectors visit the night markets at least once a month.", statement],
    ["What I would like to see is a fund that pays school fees for the children taken off the quays.", statement],
    ["Ce que nous espérons voir, c'est que chaque mairie tienne un registre des porteurs mineurs.", declaration],
    ["Lo que esperamos ver es que cada municipio lleve un registro de los cargadores menores de edad.", declaracion],
  ]);
  leaves([
    ["What we hoped to see in the report was a chapter on the markets, but there was none.", statement],
  ]);
});

describe("round 43: \"hace falta\" with the thing missing", () => {
  reads([
    ["Entre las dos ciudades del mercado hace falta una línea directa para avisar cuando desaparece un niño.", declaracion],
    ["Hacen falta más inspectoras que hablen las lenguas de la sierra.", declaracion],
    ["En cada mercado haría falta un albergue nocturno para los niños que cargan.", declaracion],
    ["Sobre todo, hace falta una ley que ponga un peso máximo a las cargas.", declaracion],
  ]);
  leaves([
    ["No hace falta un título para cargar sacos en el mercado.", declaracion],
    ["Los niños llegan solos porque hace falta una persona que los lleve y nadie quiere hacerlo.", declaracion],
  ]);
});

describe("round 43: people who deserve a thing qualified first", () => {
  reads([
    ["Porters who were injured under their loads deserve free medical care, paid for by the market fund.", statement],
    ["A child taken off the quays deserves proper schooling near home.", statement],
    ["Witnesses against the market bosses deserve full protection until the trial ends.", statement],
  ]);
  leaves([
    ["We deserve full credit for the shelter, which we built alone.", statement],
  ]);
});

describe("round 43: a wish that someone never again be prosecuted or arrested asks the law", () => {
  reads([
    ["Il faut qu'une porteuse qui dénonce son patron ne soit plus jamais arrêtée comme vendeuse illégale.", declaration],
    ["We ask that a porter who reports a beating is never again arrested for trading without a licence.", statement],
    ["Pedimos que nunca más un cargador que denuncia a su patrón sea detenido por no tener permiso.", declaracion],
  ]);
  leaves([
    ["Nous demandons qu'aucune autre mère ne vive ce que nous avons vécu.", declaration],
    ["We ask that no other family ever has to search the quays for a lost child.", statement],
  ]);
});

describe("round 43: the speaker's own cases, told in the present, are no request the classifier may add (ownCases43)", () => {
  for (const own of [
    "Nous suivons des affaires de travail forcé qui, presque toutes, passent par les trois ports du delta.",
    "Nous accompagnons des familles qui cherchent leurs enfants partis travailler sur les quais de la capitale.",
    "Acompañamos a familias que buscan a sus hijos llevados a cargar en los muelles de la capital.",
    "Every year we handle about forty cases of children who carry goods on the quays at night.",
    "Since 2019, we follow cases of porters whose wages are kept by the market bosses.",
  ]) {
    it(`is own work: "${own.slice(0, 50)}…"`, () => expect(ownCases43(own)).toBe(true));
  }
  for (const ask of [
    "Nous suivons des affaires qui devraient être jugées à la capitale, et non dans les ports.",
    "We follow cases that the courts should hear within a month.",
    "Recibimos casos que la fiscalía debería investigar de oficio.",
    "Nous demandons que les juges entendent les enfants porteurs sans leurs patrons.",
  ]) {
    it(`is not: "${ask.slice(0, 50)}…"`, () => expect(ownCases43(ask)).toBe(false));
  }
});
