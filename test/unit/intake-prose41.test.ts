import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { BEEKEEPERS, frame, leaves, reads } from "./prose-statement";

// Round 41 (blind sets 24–35 used for development; invented text only): forms that recur across sets — a thing proposed
// with its indefinite article and what it would do for someone; a body that could help someone by doing a thing, or fund,
// train or share (alone in its paragraph); an ask after a clause of cause or concession in the same sentence; people who
// need a thing a body can give; right after a request, people named bare with who they are and a modal (two requests).
const statement = frame(BEEKEEPERS.en);
const declaration = frame(BEEKEEPERS.fr);
const declaracion = frame(BEEKEEPERS.es);


describe("round 41: a thing proposed, and what it would do for someone", () => {
  reads([
    ["A shared roster of sworn interpreters, kept by the regional office, would let small courts hear a foreign witness in days.", statement],
    ["One register of hive brands for the whole valley would spare our members weeks of paperwork after each theft.", statement],
    ["An inspection of the honey depots by someone from outside the district would show quickly where the stolen frames end up.", statement],
    ["Un registre commun des marques de ruches, tenu par la région, permettrait aux gendarmes de rendre une ruche volée en une semaine.", declaration],
    ["Une fiche unique de signalement, traduite en trois langues, épargnerait des mois aux enquêteurs des deux pays.", declaration],
    ["Una ventanilla única para las denuncias, abierta también los sábados, ahorraría semanas a los apicultores de la montaña.", declaracion],
    ["Un registro común de colmenas permitiría a la policía devolver lo robado antes de la cosecha.", declaracion],
  ]);
  leaves([
    ["One day a thief would let us know where the hives had gone, or so we hoped.", statement],
    ["One of our members would help the police every spring, without being asked.", statement],
    ["A few hives would save a family from hunger in a bad year.", statement],
    ["Un jour, un voisin nous a permis de retrouver trois ruches.", declaration],
  ]);
});

describe("round 41: a body that could help someone, fund, train or share", () => {
  reads([
    ["The countries where the frames are made could help our police by reading the hidden serial marks and replying within a month.", statement],
    ["The regional agency could help the valley councils to set up one shared register of hive brands.", statement],
    ["L'assistance technique de l'Office pourrait aider à créer une équipe commune de gendarmes des deux rives.", declaration],
    ["La cooperación técnica podría ayudar a formar a los guardas rurales de los dos lados del río.", declaracion],
    ["The donors and the regional agency could pay for a shared bench of court translators for the valley courts.", statement],
  ]);
  leaves([
    ["This could help to explain why so few thefts are ever reported.", statement],
    ["The donors could not pay for the translators last year, they told us.", statement],
  ]);
});

describe("round 41: an ask after a clause of cause or concession", () => {
  reads([
    ["The brokers' loans are the trap, so we think a small public loan before the season would end the debt sooner than any raid by the police.", statement],
    ["Although the law on hive brands is clear, the rural police should be trained to read the brands before the honey fair.", statement],
    ["Les vols augmentent chaque année, c'est pourquoi nous pensons que les communes devraient tenir un registre des ruches.", declaration],
    ["Bien que la loi soit claire, les douanes devraient contrôler les camions de ruches au poste frontière.", declaration],
    ["Las colmenas robadas cruzan en camiones, por eso creemos que las aduanas deberían revisar los papeles de cada carga.", declaracion],
    ["Aunque la ley ya existe, los fiscales deberían investigar a quienes compran las colmenas robadas.", declaracion],
  ]);
  leaves([
    ["The thieves came at night, so we moved the hives closer to the houses that spring.", statement],
    ["Although we reported every theft, nothing came back to us for two years.", statement],
    ["The hives were marked, so that the owners could find them again at the market.", statement],
  ]);
});

describe("round 41: people who need a thing a body can give", () => {
  reads([
    ["Beekeepers who testify against the gangs need real protection, not a phone number.", statement],
    ["Enfin, les familles qui ont tout perdu ont besoin d'un abri et de soins dès le premier jour.", declaration],
    ["Les apiculteurs qui témoignent sont menacés ; ils ont besoin d'un vrai abri et d'un avocat.", declaration],
    ["Los testigos extranjeros necesitan un intérprete desde la primera entrevista con la policía.", declaracion],
  ]);
  leaves([
    ["We need protection from the weather more than anything else in spring.", statement],
    ["The hives need water and shade in the hottest weeks of August.", statement],
    ["Our members needed papers to sell their honey, and the fair asked for them twice.", statement],
  ]);
});

describe("round 41: people named bare with who they are, after a request", () => {
  const first = "Buying a stolen hive should be banned in both countries, and every honey fair should check the brands.";
  const second = "Inspectors who visit the honey depots must report each stolen frame directly to the rural police.";
  const premier = "Les ports devraient laisser les inspecteurs monter à bord des camions frigorifiques.";
  const second2 = "Les intermédiaires qui revendent des ruches volées doivent perdre leur licence.";
  it("reads two requests (English)", () => {
    expect(findProposals(statement(`${first} ${second}`))).toEqual([first, second]);
  });
  it("reads two requests (French, an article)", () => {
    expect(findProposals(declaration(`${premier} ${second2}`))).toEqual([premier, second2]);
  });
  it("leaves a sentence pointing back on the request", () => {
    const ask = "We ask the councils to appoint mediators for the beekeepers.";
    const on = "Mediators who take such cases should visit the apiaries first.";
    expect(findProposals(statement(`${ask} ${on}`))).toEqual([`${ask} ${on}`]);
  });
});
