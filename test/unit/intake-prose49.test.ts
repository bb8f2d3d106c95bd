import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame, leaves, reads } from "./prose-statement";

// Round 49 (blind sets 48 and 49 used for development; invented text only): a request counted as "one" more after a colon;
// a request, then ", and" and a new case with an indefinite subject and a modal; what the speaker's own members agreed among
// themselves (no request); "those who …" with a modal and a passive, after "Above all," too. Look-alikes included.
const statement = frame([
  "Good morning, Chair. We speak for a union of lake fishers from the northern shore.",
  "Every season, boats carry people across the lake at night, and some of them never reach the other side.",
  "Thank you for your attention.",
]);
const declaration = frame([
  "Bonjour, Madame la Présidente. Nous parlons au nom d'un syndicat de pêcheurs du lac.",
  "Chaque saison, des bateaux font traverser le lac à des gens de nuit, et certains n'arrivent jamais.",
  "Merci de votre attention.",
]);
const declaracion = frame([
  "Buenos días, señora Presidenta. Hablamos en nombre de un sindicato de pescadores del lago.",
  "Cada temporada, hay barcas que cruzan el lago de noche con gente, y algunas nunca llegan.",
  "Gracias por su atención.",
]);

describe("round 49: a request counted as one more, a colon after it", () => {
  const first = "Our first request is that the riverside States stop charging a fine to the travellers on these ferries; it is the ferry operators who belong in court.";
  it("reads two requests (EN)", () => {
    const found = findProposals(statement(`${first} A second one: people drowned in the lake should be identified and returned to their families, free of charge.`));
    expect(found).toEqual([first, "people drowned in the lake should be identified and returned to their families, free of charge."]);
  });
  it("reads two requests (FR)", () => {
    const un = "Notre première demande est que les États des deux rives cessent de mettre les passagers à l'amende.";
    const found = findProposals(declaration(`${un} Une deuxième : les noyés du lac devraient être identifiés et rendus à leurs familles, sans frais.`));
    expect(found).toEqual([un, "les noyés du lac devraient être identifiés et rendus à leurs familles, sans frais."]);
  });
  it("leaves a fact counted as one more out", () => {
    expect(findProposals(statement(`${first} A second one: we were told by the harbour police that the boats leave at night.`))).toEqual([first]);
  });
});

describe("round 49: a request, then ', and' and a new case with an indefinite subject and a modal", () => {
  it("reads two requests (EN)", () => {
    const before = "In our view, labour inspectors must be allowed to go aboard the vessels that bring in harvest hands, announced ahead if necessary, just as they walk into workshops";
    const after = "a labourer discovered on one of those vessels should get a residence permit in her own name, not one bound to her employer.";
    expect(findProposals(statement(`${before}, and ${after}`))).toEqual([before, after]);
  });
  it("reads two requests (ES)", () => {
    const before = "Los inspectores de trabajo deben poder subir a las barcas que llevan a temporeros, como ya entran en las fábricas";
    const after = "una trabajadora hallada a bordo debería recibir un permiso propio y no uno atado al dueño.";
    expect(findProposals(declaracion(`${before}, y ${after}`))).toEqual([before, after]);
  });
  it("keeps the same case going on whole", () => {
    const one = "Inspectors must be allowed to board the boats that carry seasonal workers, and the owners should also be fined when they refuse.";
    expect(findProposals(statement(one))).toEqual([one]);
  });
});

describe("round 49: what the speaker's own members agreed among themselves", () => {
  leaves([
    ["In the end the meeting agreed, by a large majority, that a fisher who sees these signs should report them, and that the union would stand behind any member who does.", statement],
    ["We also agreed that nobody should ever confront a boat owner, or try to take a passenger off a boat: that is for the police.", statement],
    ["Nous avons convenu que chaque pêcheur qui voit ces signes devrait les signaler à la police du lac.", declaration],
  ]);
});

describe("round 49: 'those who …' with a modal and a passive", () => {
  reads([
    ["Above all, those who denounce illegal logging near their homes must be protected, since one of our rangers was attacked last year.", statement],
    ["Ceux qui dénoncent la pêche illégale dans leurs villages doivent être protégés par la police du lac.", declaration],
    ["Sobre todo, quienes denuncian la pesca ilegal en sus aldeas deben ser protegidos por la policía del lago.", declaracion],
  ]);
  leaves([
    ["Those who must be protected are often the first to be arrested by the harbour police.", statement],
    ["Those who were arrested last winter should have been released within a week.", statement],
  ]);
});

describe("round 49: a request put as a matter of simple justice", () => {
  reads([
    ["It would be a matter of simple justice if the money now spent on chasing travellers went after the people who organise the trips.", statement],
    ["Ce serait une question de simple justice que les amendes payées par les passagers aillent aux familles des noyés.", declaration],
    ["Sería una cuestión de justicia que las multas pagadas por los pasajeros fueran a las familias de los ahogados.", declaracion],
  ]);
  leaves([
    ["It would have been a matter of simple justice if the courts had heard the families of the drowned.", statement],
    ["It would be a matter of simple justice if we were paid on time for once by the buyers.", statement],
  ]);
});

describe("round 49: what others told the speaker's group it should do", () => {
  leaves([
    ["A few port officers told us we should stay silent about the shipwrecks, so as not to frighten anyone.", statement],
    ["Des agents du port nous ont dit que nous devrions nous taire sur les noyades, pour ne pas affoler les gens.", declaration],
    ["Algunos funcionarios nos dijeron que deberíamos callar sobre los ahogados, para no asustar a la gente.", declaracion],
  ]);
});

describe("round 49: someone who comes forward, who should not be punished for it", () => {
  reads([
    ["A boatman who reports a suspect traveller must not be arrested together with the trafficker; this belongs in the law.", statement],
    ["Une victime qui témoigne contre son passeur ne doit pas être expulsée avant la fin du procès.", declaration],
    ["Una víctima que denuncia a su tratante no debe ser detenida junto con él.", declaracion],
  ]);
  leaves([["A worker who complains must often wait a month for an answer from the harbour office.", statement]]);
});

describe("round 49: a request in the words of a prayer, the plea set in", () => {
  reads([["We pray, and we ask you, that families sent back home receive help for a whole season, with tools and seed.", statement]]);
  leaves([["We pray that God will keep the drowned fishers in His peace and comfort their families.", statement]]);
});

describe("round 49: one record kept in common, needed", () => {
  reads([
    ["The coast needs one register of all the vessels impounded in recent years, held jointly by the neighbouring countries, so that none of them goes back to sea.", statement],
    ["La région a besoin d'un seul registre des bateaux saisis, tenu par nos deux pays ensemble.", declaration],
  ]);
  leaves([["The lake needs rain more than anything this season, and the fishers need patience.", statement]]);
});

describe("round 49: the speaker's answer to an objection", () => {
  it("is not read beside a request", () => {
    const ask = "We urge the States on both shores to fund a rescue boat for the night crossings.";
    const found = findProposals(statement(`${ask} Some will say that this is costly. We would answer that it is not costly to save a life, and that it is what any neighbour would do.`));
    expect(found).toEqual([ask]);
  });
});

describe("round 49: ', and' then a thing to be done in the passive stays one request", () => {
  it("keeps it whole", () => {
    const one = "Confiscated motors should be checked by outside auditors every twelve months, and each motor that has gone missing should be reported to the regional council.";
    expect(findProposals(statement(one))).toEqual([one]);
  });
});
