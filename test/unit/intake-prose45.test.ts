import { describe, expect, it } from "vitest";
import { findProposals, ownCases43 } from "../../worker/intake/proposals";
import { frame, leaves, reads, type Make } from "./prose-statement";

// Round 45 (blind sets 42 and 43 used for development; invented text only): asks missed or joined in prose — the things
// asked counted with whom they are asked of; a passive request before an outright one opened by "and"; a modal that owns
// ("ought to have a safe room"); a long aside between the subject and its modal; a clause of reason that points back at
// nothing asked; "we believe the time has come for"; a body named anew after a clause of when; a course of action worth
// more than another; the staff and means a place needs. And look-alikes that ask nothing: "what X need is not …", what a
// law says with "it" standing for it, a service given free of charge, own plans, history, questions.
const statement = frame([
  "Good morning, Chair. We speak for an association of market traders at the southern border crossing.",
  "Every month, young workers are brought across in lorries, kept in depots behind the market and paid nothing.",
  "Thank you.",
]);
const declaration = frame([
  "Bonjour, Madame la Présidente. Nous parlons au nom d'une association de commerçants du marché frontalier.",
  "Chaque mois, de jeunes travailleurs arrivent en camion et sont gardés dans des dépôts derrière le marché, sans salaire.",
  "Merci.",
]);
const declaracion = frame([
  "Buenos días, señora Presidenta. Hablamos en nombre de una asociación de comerciantes del mercado fronterizo.",
  "Cada mes llegan jóvenes trabajadores en camiones y los encierran en depósitos detrás del mercado, sin paga.",
  "Gracias.",
]);

/** Sentences in one paragraph: each a request of its own. */
const allInRow = (cases: [string[], Make][]) => {
  for (const [asked, make] of cases) {
    it(`reads ${asked.length}: "${asked[0]!.slice(0, 40)}…" / "${asked[1]!.slice(0, 40)}…"`, () => {
      expect(findProposals(make(asked.join(" ")))).toEqual(asked);
    });
  }
};

describe("round 45: the things asked counted with whom they are asked of, then as many sentences", () => {
  const count = (lead: string, asked: string[], make: Make) => {
    it(`reads the ${asked.length} after "${lead}"`, () => {
      expect(findProposals(make([lead, ...asked].join(" ")))).toEqual(asked);
    });
  };
  count("We ask three things of the governments in this room.", [
    "Traders who report a worker held in a depot should keep their market permit, whatever the depot owner says.",
    "The labour offices on both sides of the border should share the names of the workers they find.",
    "As for the depots behind the market, every trader knows them: they should be searched, and the men who rent them questioned.",
  ], statement);
  count("Nous demandons deux choses aux États de la région.", [
    "Les inspecteurs du travail devraient visiter les dépôts du marché au moins une fois par mois.",
    "Les commerçants qui signalent un travailleur enfermé devraient être protégés contre les représailles.",
  ], declaration);
  count("Pedimos dos cosas a los gobiernos de la región.", [
    "Los inspectores de trabajo deberían visitar los depósitos del mercado al menos una vez al mes.",
    "Los comerciantes que denuncian a un trabajador encerrado deberían estar protegidos contra las represalias.",
  ], declaracion);
  leaves([["We learned three things of value from the traders. The depots open at night and close before dawn.", statement]]);
});

describe("round 45: a passive request, then an outright one opened by \"and\": two requests", () => {
  allInRow([
    [["The customs officers who wave the lorries through for a fee must be investigated as seriously as the recruiters.", "And we would welcome help from the Office in training the market inspectors to spot a worker held in debt."], statement],
  ]);
  it("still reads a passive point before the outright request that makes it as that request alone", () => {
    const asked = "We propose that the market council hear the traders' complaints every month.";
    expect(findProposals(statement(`Traders must be heard. ${asked}`))).toEqual([asked]);
  });
});

describe("round 45: a modal that owns, after a request or as the last point", () => {
  allInRow([
    [["We would ask that any agency whose workers are found in a depot lose its licence.", "Each consulate on the main migration routes ought to have a safe room and an interpreter for the workers who run away."], statement],
  ]);
  reads([["Finally, domestic workers must have a way to complain without their employer's consent; at present the form needs his signature.", statement]]);
  leaves([
    ["The consulates ought to have known about the agency long before it closed.", statement],
    ["Finally, they must have a contact inside the depot, since the lorries are never searched.", statement],
  ]);
});

describe("round 45: a long aside between the subject and its modal, a clause of reason after it", () => {
  allInRow([
    [["Nous demandons aux États de tenir ensemble un registre des travailleurs disparus.", "Les recruteurs, et les douaniers qui laissent passer les camions contre quelques billets, doivent répondre devant un juge, pas les travailleurs."], declaration],
    [["We believe the time has come for the labour courts to hear cases of debt bondage within a month.", "Workers freed from a depot should get a small grant and a bed in a hostel, since without them they will owe a recruiter again within a year."], statement],
  ]);
  reads([["We believe the time has come for the market council to publish the names of the depot owners.", statement]]);
  leaves([["In 2019 the inspectors also recommended that the depots be closed, and nothing happened.", statement]]);
});

describe("round 45: a body named anew after a clause of when", () => {
  allInRow([
    [["We ask the ministry to license every recruiter who works at the crossing.", "And when a lorry crosses at night, the police on both sides should pass each other its list of passengers."], statement],
    [["Il nous paraît nécessaire que les familles des travailleurs reçoivent un appui.", "Et quand un camion passe la frontière de nuit, les polices des deux pays devraient se transmettre la liste des passagers."], declaration],
    [["Pedimos que el ministerio registre a cada reclutador del paso fronterizo.", "Y cuando un camión cruza la frontera de noche, las policías de los dos países deberían pasarse la lista de pasajeros."], declaracion],
  ]);
});

describe("round 45: a course of action worth more than another", () => {
  reads([
    ["From what we have seen, it is worth more to keep one inspector at the crossing for a whole season than to fly in a team for a week.", statement],
    ["Il vaut mieux garder un inspecteur au poste toute une saison que d'envoyer une équipe pour une semaine.", declaration],
    ["Vale más mantener a un inspector en el paso toda una temporada que enviar un equipo por una semana.", declaracion],
  ]);
  leaves([
    ["The market is worth more to us than any grant, and we will keep it open.", statement],
    ["In 2019 it was worth more to sell the lorry than to repair it.", statement],
  ]);
});

describe("round 45: the staff and means a place needs", () => {
  reads([["The two night crossings on the river road need scanners and more officers, above all between midnight and dawn.", statement]]);
  leaves([["Last year the crossings needed scanners, and the ministry sent two.", statement]]);
});

describe("round 45: a second ask that says it adds to the first (held since earlier rounds)", () => {
  allInRow([
    [["We ask the ministry to publish the list of licensed recruiters every month.", "It would also help a lot if the market council kept the names of the lorry drivers who bring workers in."], statement],
    [["Nous demandons aux États de publier chaque mois la liste des recruteurs agréés.", "Il serait juste, aussi, que les travailleurs libérés reçoivent un titre de séjour provisoire."], declaration],
    [["Pedimos a los Estados que publiquen cada mes la lista de reclutadores autorizados.", "Pedimos, además, que los trabajadores liberados reciban un permiso de residencia provisional."], declaracion],
    [["Pedimos a los Estados que publiquen cada mes la lista de reclutadores autorizados.", "Sería igualmente necesario que los inspectores visitaran los depósitos de noche."], declaracion],
  ]);
  it("leaves the speaker's own plan with \"also\" after a request", () => {
    const asked = "We ask the ministry to publish the list of licensed recruiters every month.";
    expect(findProposals(statement(asked, "We will also keep our own list of the depots and share it with the inspectors."))).toEqual([asked]);
  });
});

describe("round 45: look-alikes that ask nothing", () => {
  leaves([
    ["What the workers need is not one more law that nobody reads.", statement],
    ["Our labour code is sound. It states clearly that every recruiter must hold a licence.", statement],
    ["We will also train the traders to recognise a worker held in debt.", statement],
    ["Should the consulates not have a safe room for the workers who run away?", statement],
  ]);
  it("holds a service given free of charge as the group's own, not a request", () => {
    expect(ownCases43("Nous traduisons gratuitement les contrats des travailleurs saisonniers.")).toBe(true);
    expect(ownCases43("We translate the workers' contracts free of charge at the market office.")).toBe(true);
    expect(ownCases43("We would ask that lawyers translate the contracts free of charge.")).toBe(false);
    expect(ownCases43("We hope the clinic will be free of charge for every worker.")).toBe(false);
  });
});
