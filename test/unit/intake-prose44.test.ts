import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame, leaves, reads, type Make } from "./prose-statement";

// Round 44 (blind sets 40 and 41 used for development; invented text only): forms that carry an ask in prose, or that
// joined two asks in one — "should have" with a determiner after it (owning, not a regret); the speaker's request said to
// be "a modest one" before a colon; what the speaker most needs, the lead ending on it before a colon; a hope with "too"
// set into it; "vemos necesario que", "we see it as essential that"; a cleft naming whom to act on, with an obligation of
// its own; a thing proposed that would be worth more than what is done now; what a review would be the richer for or
// benefit from; Spanish "debería" + a reflexive passive, and "hace tiempo que" before a body that should act.
const statement = frame([
  "Good afternoon, Chair. We speak for a union of ferry crews who work the lake crossings.",
  "Every week, young men are hired on the ferries without papers and left on the far shore with no pay.",
  "Thank you.",
]);
const declaration = frame([
  "Bonjour, Madame la Présidente. Nous parlons au nom d'un syndicat des équipages de bacs du lac.",
  "Chaque semaine, des jeunes sont embauchés sans papiers sur les bacs et laissés sur l'autre rive sans salaire.",
  "Merci.",
]);
const declaracion = frame([
  "Buenas tardes, señora Presidenta. Hablamos en nombre de un sindicato de tripulantes de las barcazas del lago.",
  "Cada semana contratan a jóvenes sin papeles en las barcazas y los dejan en la otra orilla sin paga.",
  "Gracias.",
]);

/** Two sentences in one paragraph: each is a request of its own. */
const twoInRow = (cases: [string, string, Make][]) => {
  for (const [first, second, make] of cases) {
    it(`reads two: "${first.slice(0, 40)}…" / "${second.slice(0, 40)}…"`, () => {
      expect(findProposals(make(`${first} ${second}`))).toEqual([first, second]);
    });
  }
};

describe("round 44: \"should have\" with a determiner after it owns, it is no regret", () => {
  reads([
    ["Every ferry leaving the northern quay after dark should have a crew list checked by the harbour office.", statement],
    ["Each landing stage should have an interpreter on call when the night boats come in.", statement],
    ["Ferry owners who hire minors should have their licence suspended for a full season.", statement],
    ["The lake police should have a written procedure for every boy found alone on a crossing.", statement],
    ["Every deckhand hired on the crossings should have access to a lawyer before any hearing.", statement],
  ]);
  leaves([
    ["The inspectors should have stayed longer on the quay that night.", statement],
    ["Each harbour office should have known about the crossing before it left.", statement],
  ]);
});

describe("round 44: the speaker's request called a modest one before a colon", () => {
  reads([
    ["Our request to the lake authority is a modest one: keep the crew lists for a year, and show them to the labour inspectors.", statement],
    ["Our request to the donors is a simple one: fund the night shelter on the far shore for another season.", statement],
    ["My plea to the ministry is a practical one: publish the names of the licensed ferry companies every month.", statement],
  ]);
  leaves([["Our request to the lake authority was a modest one, and it went unanswered for two seasons.", statement]]);
});

describe("round 44: what the speaker most needs, the lead ending on it before a colon", () => {
  reads([
    ["It is also the thing we most need changed: crew lists should be kept on shore, not on board.", statement],
    ["That is the part we really need fixed: the harbour office should check every crew list before departure.", statement],
    ["C'est aussi ce dont nous avons le plus besoin : les listes d'équipage devraient rester à terre.", declaration],
    ["Es también lo que más necesitamos: las listas de tripulantes deberían quedarse en tierra.", declaracion],
  ]);
  leaves([["It is the part we most need followed: nobody on the quay knows where the boys are taken.", statement]]);
});

describe("round 44: a hope with \"too\" set into it, read as the plain hope", () => {
  reads([
    ["We hope too that the donors will pay for a night shelter on the far shore.", statement],
    ["We hope, too, that the lake authorities will publish the crew lists every month.", statement],
  ]);
  leaves([["We hope too that the delegates will enjoy their stay by the lake this week.", statement]]);
});

describe("round 44: \"vemos necesario que\", \"we see it as essential that\"", () => {
  reads([
    ["Vemos necesario, también, que la inspección laboral suba a las barcazas de noche.", declaracion],
    ["Vemos urgente que la fiscalía abra una unidad para los casos del lago.", declaracion],
    ["We see it as essential that the labour inspectors board the ferries at night.", statement],
  ]);
  leaves([["Vemos con preocupación que los fiscales cierran los casos sin escuchar a los chicos.", declaracion]]);
});

describe("round 44: a cleft naming whom to act on, with an obligation of its own", () => {
  reads([
    ["Ce sont les armateurs des bacs qu'il convient de traduire en justice, plutôt que les matelots qu'ils emploient.", declaration],
    ["C'est aux propriétaires des bacs qu'il faudrait demander des comptes, pas aux garçons.", declaration],
    ["It is the owners of the ferries that should be prosecuted, not only the deckhands they pay.", statement],
    ["Son los dueños de las barcazas a quienes hay que perseguir, y no solo a los chicos que contratan.", declaracion],
  ]);
  twoInRow([
    [
      "Nous voudrions qu'aucun garçon trouvé sur un bac ne soit renvoyé sans avoir vu une assistante sociale.",
      "Ce sont les armateurs qu'il convient de traduire en justice, plutôt que les matelots qu'ils emploient.",
      declaration,
    ],
  ]);
  leaves([
    ["C'est eux qu'il faut soutenir, jour après jour.", declaration],
    ["Ce sont les chiffres qu'il faut retenir de cette saison difficile sur le lac.", declaration],
    ["It is the small landing stages that must pay the price of every closure.", statement],
  ]);
});

describe("round 44: a thing proposed that would be worth more than what is done now", () => {
  reads([
    ["A joint course for the inspectors of both shores, on real cases, would be worth more than ten separate workshops.", statement],
    ["Un stage commun des inspecteurs des deux rives vaudrait bien mieux que dix ateliers chacun de son côté.", declaration],
    ["Una formación común de los inspectores de ambas orillas valdría más que diez talleres separados.", declaracion],
  ]);
  leaves([
    ["A day on the boats would be worth more than a week in the classroom, the young crews tell us.", statement],
    ["Un jour sur le lac vaudrait mieux qu'une semaine en classe, disent les jeunes.", declaration],
  ]);
});

describe("round 44: what a review would be the richer for or benefit from", () => {
  reads([
    ["The next review of the lake region would also be much richer for one trip to the landing stages.", statement],
    ["The country visit would benefit from a meeting with the ferry crews themselves.", statement],
    ["La prochaine visite bénéficierait d'une rencontre avec les équipages des bacs.", declaration],
    ["La próxima visita se beneficiaría de una reunión con los tripulantes de las barcazas.", declaracion],
  ]);
  leaves([
    ["This would benefit from a second look by the secretariat.", statement],
    ["It would be richer for a visit, of course.", statement],
  ]);
});

describe("round 44: Spanish \"debería\" with a reflexive passive, and \"hace tiempo que\" before a body that should act", () => {
  reads([
    ["Debería auditarse cada año, y por alguien de fuera, qué pasa con las barcazas incautadas en el puerto.", declaracion],
    ["Deberían crearse albergues en las dos orillas para los chicos que bajan de las barcazas.", declaracion],
    ["Hace tiempo, además, que los dos países deberían tener un registro común de tripulantes.", declaracion],
  ]);
  twoInRow([
    [
      "Pedimos que cada barcaza incautada figure en un registro público con el nombre de su dueño.",
      "Debería auditarse cada año, y por alguien de fuera, qué pasa con las barcazas guardadas en el puerto.",
      declaracion,
    ],
    [
      "Las inspecciones en el muelle deberían hacerse de día y sin retener los documentos de los chicos.",
      "Hace tiempo, además, que los dos países deberían tener un fichero común que rastree los pagos de los armadores.",
      declaracion,
    ],
  ]);
  leaves([
    ["Deberían haberse tomado medidas mucho antes de la temporada de lluvias.", declaracion],
    ["Los chicos deben esconderse cuando llega la patrulla al muelle.", declaracion],
    ["Hace tiempo que los tripulantes deberían haber recibido sus licencias del puerto.", declaracion],
  ]);
});
