import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 31 (blind set 24 used for development): the forms of asking added to the rules, each beside a near miss
// that looks like it and asks nothing. Text written for these tests (ferry crews on a lake shared by two invented
// countries, Varnia and Orlesk, whose boats carry smuggled fuel at night; no name of a place, body or person of any
// fixture), each sentence checked against every fixture for a run of seven words in common.

const OPEN = "Good afternoon, Chair. We speak for the ferry crews of Lake Ilmar, where the night boats between Varnia and Orlesk carry more fuel than passengers.";
const BACK = "Last winter our members counted sixty crossings without papers, and the harbour offices stopped only four of them.";
const CLOSE = "Thank you for listening.";
const statement = (...paragraphs: string[]) => [OPEN, BACK, ...paragraphs, CLOSE].join("\n\n");
const OUVRE = "Madame la Présidente, nous parlons pour les équipages des bacs du lac Ilmar, où les bateaux de nuit transportent plus de carburant que de passagers.";
const MERCI = "Je vous remercie.";
const declaration = (...paragraphs: string[]) => [OUVRE, ...paragraphs, MERCI].join("\n\n");
const ABRE = "Señora Presidenta, hablamos por las tripulaciones de los transbordadores del lago Ilmar, donde los barcos nocturnos llevan más combustible que pasajeros.";
const GRACIAS = "Muchas gracias.";
const intervencion = (...paragraphs: string[]) => [ABRE, ...paragraphs, GRACIAS].join("\n\n");

describe("round 31: a seat given, a passive wish, a programme hoped for, a step forward", () => {
  it("takes an imperative that gives a group a seat on a board", () => {
    const got = findProposals(statement("And give the ferry crews a seat on the harbour safety board: they see every boat that leaves at night."));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/give the ferry crews a seat/);
  });
  it("does not take a seat given as a condition, nor one given in the past", () => {
    expect(findProposals(statement("Give the crews a seat on the board and they will tell you everything about the night boats."))).toEqual([]);
    expect(findProposals(statement("In 2019 the mayor gave the wardens a seat on the board for one season."))).toEqual([]);
  });
  it("takes a wish that something be done, in the passive, without a body named", () => {
    const s = "We would also like the night crossings of the ferry crews to be counted as public service and paid as such.";
    expect(findProposals(statement(s))).toEqual([s]);
  });
  it("does not take a wish that the listeners be aware of something", () => {
    expect(findProposals(statement("We would like you to be aware that most crews on the lake work without any contract."))).toEqual([]);
  });
  it("takes a hope that a programme will include someone, in English, French and Spanish", () => {
    expect(findProposals(statement("Lastly, we hope that the training offered to the lake ports will include the ticket clerks, who see every passenger."))).toHaveLength(1);
    expect(findProposals(declaration("Nous espérons que le programme d'appui aux ports du lac inclura les guichetiers des gares maritimes."))).toHaveLength(1);
    expect(findProposals(intervencion("Esperamos que el programa de apoyo a los puertos del lago incluya a los boleteros de las terminales."))).toHaveLength(1);
  });
  it("does not take a hope about how talks will go", () => {
    expect(findProposals(statement("We hope the talks between the two lake ports will go well this spring."))).toEqual([]);
  });
  it("takes what would be a step forward, in English and Spanish", () => {
    expect(findProposals(statement("It would be a big step forward if the two harbour offices shared one list of the boats they inspect."))).toHaveLength(1);
    expect(findProposals(intervencion("Sería un gran avance que las dos capitanías del lago compartieran una sola lista de barcos inspeccionados."))).toHaveLength(1);
  });
  it("does not take a step forward told in the past", () => {
    expect(findProposals(statement("It was a real step forward when the two harbour offices first met on the ferry in 2020."))).toEqual([]);
  });
});

describe("round 31: what a body could do, among requests", () => {
  it("takes what donors could do when another sentence of the paragraph asks", () => {
    const got = findProposals(statement("Ferry owners should be required to keep a log of every crossing. Donors who pay for the patrol boats could pay for radios for the ferry crews too."));
    expect(got).toHaveLength(2);
  });
  it("takes two countries named by their names that could act, with an aside", () => {
    const got = findProposals(statement("We also call for a hotline that crews can ring from the boats. Varnia and Orlesk could, at the very least, run one shared rescue drill on the lake each summer."));
    expect(got).toHaveLength(2);
    expect(got[1]).toMatch(/^Varnia and Orlesk could/);
  });
  it("does not take what could have been done, nor a 'could' alone in its paragraph", () => {
    expect(findProposals(statement("Ferry owners should be required to keep a log of every crossing. Donors could have paid for radios years ago."))).toHaveLength(1);
    expect(findProposals(statement("Donors who pay for the patrol boats could pay for radios for the ferry crews too."))).toEqual([]);
  });
  it("takes 'pourraient' and 'podrían' of a body among requests", () => {
    expect(findProposals(declaration("Il importe que chaque port tienne un registre des traversées. Les bailleurs pourraient financer des radios pour les équipages de nuit."))).toHaveLength(2);
    expect(findProposals(intervencion("Es urgente que cada puerto lleve un registro de las travesías. Los municipios de la orilla podrían abrir un refugio para los boleteros amenazados."))).toHaveLength(2);
  });
  it("does not take what a body could then see", () => {
    expect(findProposals(declaration("Il importe que chaque port tienne un registre des traversées. Les bailleurs pourraient alors voir où va leur argent."))).toHaveLength(1);
  });
});

describe("round 31: requests announced, added, entitled, and a last question", () => {
  it("reads the sentences after 'What we would ask of … is modest.' as the requests", () => {
    const got = findProposals(statement("What we would ask of the two harbour offices is modest. Boats that carry fuel at night should be inspected at both ends of the crossing. We would also welcome a hotline for the crews."));
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^Boats that carry fuel/);
  });
  it("still reads a passive before an outright request as the point it makes", () => {
    expect(findProposals(statement("Crew members who report smuggling must be protected. We propose that the harbour offices open a hotline for them."))).toHaveLength(1);
  });
  it("takes a passive request followed by one that adds to it with 'also'", () => {
    const got = findProposals(statement("Crew members who report smuggling should be protected from dismissal. We also call for a hotline that crews can ring from the boats."));
    expect(got).toHaveLength(2);
  });
  it("takes a French passive in the negative followed by 'aussi'", () => {
    const got = findProposals(declaration("Un matelot qui signale un trafic ne devrait jamais être traité en complice. Nous aimerions aussi que les capitaineries publient la liste des bateaux contrôlés."));
    expect(got).toHaveLength(2);
  });
  it("takes what someone should be able to do, after a request, as a request of its own", () => {
    expect(findProposals(statement("We ask the harbour offices to publish the inspection results every month. Crew associations should be able to send the offices a yearly report on the boats they fear."))).toHaveLength(2);
    expect(findProposals(declaration("Nous demandons aux capitaineries de publier chaque mois leurs contrôles. Les associations d'équipages devraient pouvoir leur remettre chaque année un rapport."))).toHaveLength(2);
  });
  it("keeps 'they should be able to' as the request before going on", () => {
    expect(findProposals(statement("We ask the harbour offices to publish the inspection results every month. They should be able to do it online."))).toHaveLength(1);
  });
  it("takes the question announced as the last one, without its label", () => {
    const got = findProposals(statement("We would welcome a hotline for the crews. And one question to close: could the people who plan the next port programme come to the lake first, and ride the night ferry, before they write it?"));
    expect(got).toContain("could the people who plan the next port programme come to the lake first, and ride the night ferry, before they write it?");
  });
  it("does not take a last question that asks for an explanation", () => {
    expect(findProposals(statement("One question to close: could anyone explain why the inspections on the lake stopped last year?"))).toEqual([]);
  });
});

describe("round 31: what a body needs, set against what it has", () => {
  it("takes a body's need set against what it has now, in English and French", () => {
    expect(findProposals(statement("The harbour authorities of both shores need one shared register, not three lists that nobody compares."))).toHaveLength(1);
    expect(findProposals(declaration("Les autorités portuaires des deux rives ont besoin d'un registre commun, pas de trois listes que personne ne compare."))).toHaveLength(1);
  });
  it("does not take a need stated alone, as a fact of the law", () => {
    expect(findProposals(statement("The police need a warrant to board a boat on the lake, and they rarely get one."))).toEqual([]);
  });
});

describe("round 31: French and Spanish forms", () => {
  it("takes a jussive 'Que' with a body as its subject", () => {
    const s = "Que les autorités portuaires des deux rives contrôlent enfin chaque bateau qui part de nuit.";
    expect(findProposals(declaration(s))).toEqual([s]);
  });
  it("does not take 'Que faire … ?'", () => {
    expect(findProposals(declaration("Que faire quand le bateau part sans papiers et sans capitaine ?"))).toEqual([]);
  });
  it("takes the international community named first, then asked ('A la comunidad internacional le rogamos que …')", () => {
    expect(findProposals(intervencion("A la comunidad internacional le rogamos que apoye a los boleteros de los puertos pequeños del lago."))).toHaveLength(1);
  });
  it("does not take what the speaker asks of the families she serves", () => {
    expect(findProposals(intervencion("A las familias de los boleteros les pedimos que nos escriban cuando alguien desaparece."))).toEqual([]);
  });
  it("takes a sanction added with 'Y quien …' as a request of its own", () => {
    const got = findProposals(intervencion("Solicitamos que los inspectores suban a los transbordadores sin avisar. Y quien transporte combustible sin permiso debería perder su licencia de navegación."));
    expect(got).toHaveLength(2);
  });
  it("keeps the maxim without 'Y' as the request before going on", () => {
    expect(findProposals(intervencion("Solicitamos que los inspectores suban a los transbordadores sin avisar. Quien transporte combustible sin permiso debería perder su licencia."))).toHaveLength(1);
  });
  it("takes the steps of a plan in the imperative of 'ustedes'", () => {
    const got = findProposals(intervencion("Pasos\n\n1. Antes de escribir el programa, pregunten a los capitanes qué rutas usan los contrabandistas.\n2. Junten en un mismo curso a guardias, capitanes y boleteros de las dos orillas.\n3. Vuelvan un año después y publiquen lo que encontraron."));
    expect(got).toHaveLength(3);
  });
  it("does not take a list in the plain present", () => {
    expect(findProposals(intervencion("Lo que vemos\n\n1. Los guardias publican informes cada año sobre las travesías.\n2. Los capitanes visitan los puertos solo en verano.\n3. Los boleteros cambian de puesto cada mes."))).toEqual([]);
  });
  it("leaves out the number of the next line when numbered lines are read as prose", () => {
    const got = findProposals(intervencion("1. La ruta del lago es antigua y la conocen todos.\n2. Los guardias cambian de puesto cada mes.\n3. Conviene que los puertos midan también las travesías nocturnas, y no solo las diurnas.\n4. Los boleteros ven pasar a todos los viajeros."));
    expect(got.every((t) => !/\d\.$/.test(t))).toBe(true);
  });
});
