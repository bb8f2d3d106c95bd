import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 59 (blind sets 63–65 used for development; invented text only): clefts and pleas read as asks, a body's own wish in
// the third person, the count's first point in a paragraph of points, two further requests split from the one before, and
// a titled body's opening background left out when its word of asking is only what was done.

const prose = (...paragraphs: string[]) =>
  findProposals(["Madam Chair,", "Our guild repairs the boats of the lake villages.", ...paragraphs, "Thank you."].join("\n\n"));

describe("round 59: forms of asking", () => {
  it("reads a cleft in the progressive or the conditional, in English, French and Spanish", () => {
    for (const ask of [
      "What we are asking is that each port authority offer owners of small craft a plain form for reporting a stolen motor.",
      "What we would welcome is a single form, accepted by every harbour office, for reporting a lost hull.",
      "Ce que nous souhaiterions, c'est un registre unique des coques, tenu par chaque capitainerie.",
      "Lo que nos gustaría es que las capitanías abrieran también de noche durante la temporada.",
    ]) expect(prose(ask)).toEqual([ask]);
  });

  it("keeps out a cleft that asks for the room's attention or says nothing asked", () => {
    expect(prose("What we would welcome is your attention for a few minutes while we show the pictures.")).toEqual([]);
    expect(prose("What we want is simple, and we have said it for years in every meeting.")).toEqual([]);
  });

  it("reads an appeal or a plea in English, French and Spanish", () => {
    for (const ask of [
      "Equally, we appeal for better checks of the hulls in the ports where the boats are sold.",
      "Nous supplions les autorités de contrôler les ateliers qui repeignent les coques volées.",
      "Les suplicamos a las autoridades que revisen los talleres que repintan las barcas robadas.",
    ]) expect(prose(ask)).toEqual([ask]);
  });

  it("reads the speaker's request named as what it is, in English, French and Spanish", () => {
    for (const ask of [
      "It is our prayer, and above all our request, that an outside auditor count the weapons kept by the river police.",
      "C'est notre vœu que les capitaineries ouvrent la nuit pendant la saison.",
      "Es nuestro deseo que la fiscalía investigue a los dueños de los talleres.",
    ]) expect(prose(ask)).toEqual([ask]);
  });

  it("reads the speaker's own body wishing that someone act, not wishing to be heard", () => {
    for (const ask of [
      "Notre guilde voudrait que la loi oblige chaque loueur à tenir un registre des coques prêtées.",
      "Nuestra cooperativa quisiera que la ley obligue a cada arrendador a llevar un registro de barcas.",
      "Our guild would like the law to oblige every lender to keep a register of the hulls it lends.",
    ]) expect(prose(ask)).toEqual([ask]);
    expect(prose("Our guild would like the delegates to know that the lake is larger than it looks on the map.")).toEqual([]);
  });
});

describe("round 59: suggestions to a body", () => {
  it("reads people who need a way to report, in English, French and Spanish", () => {
    for (const ask of [
      "Deckhands, like everyone who works the night boats, need a discreet way to report a gun they have seen without being named.",
      "Les marins ont besoin d'un moyen sûr de signaler une arme à bord sans donner leur nom.",
      "Los barqueros necesitan una forma segura de denunciar un arma a bordo sin dar su nombre.",
    ]) expect(prose(ask)).toEqual([ask]);
    expect(prose("The villages need a way to reach the clinic before the rains close the road.")).toEqual([]);
  });

  it("reads what a body could do after a concession, not what could happen or could not be done", () => {
    expect(
      prose(
        "We know that the inspectors are few and that the islands are far from their offices.",
        "Even so, inspectors and police officers could visit the fish markets jointly at harvest time, taking an interpreter along.",
      ),
    ).toHaveLength(1);
    expect(prose("Los inspectores son pocos.", "Aun así, las autoridades portuarias podrían abrir una oficina en cada muelle durante la temporada.")).toHaveLength(1);
    expect(prose("The courts are slow.", "Even so, the courts could take years to decide such a case.")).toEqual([]);
    expect(prose("The courts are slow.", "Even so, the police could not enter the camps without a warrant.")).toEqual([]);
  });
});

describe("round 59: points and further requests", () => {
  it("reads the first of the points a count announced, when the others follow in its paragraph", () => {
    expect(
      prose(
        "Les pedimos a las autoridades dos cosas.",
        "Primero, que cada taller tenga un libro de entradas, porque sabemos que por ahí pasan las barcas robadas. Segundo, que las capitanías abran de noche.",
      ),
    ).toEqual([
      "Primero, que cada taller tenga un libro de entradas, porque sabemos que por ahí pasan las barcas robadas.",
      "Segundo, que las capitanías abran de noche.",
    ]);
  });

  it("splits what should be made possible for someone named, and a seat asked for people", () => {
    expect(
      prose(
        "We believe that port offices should stay open after dark in the busy months. And it should be possible for lakeside villages to pass on, quickly, the names of missing boats.",
      ),
    ).toHaveLength(2);
    expect(
      prose(
        "We urge every State to fund radios for the small boats, and to judge them by how many crews come home. Boat builders should also have a seat when the plans for the lake are written, because we know the water.",
      ),
    ).toHaveLength(2);
    expect(
      prose("Nous demandons que les capitaineries ouvrent la nuit. Les pêcheurs devraient aussi avoir une place quand les plans du lac sont écrits."),
    ).toHaveLength(2);
  });

  it("keeps a modal with \"it\" or \"also\" that points back with the request before it", () => {
    expect(prose("We urge every State to fund radios for the small boats. It should be possible for them to share the radios.")).toHaveLength(1);
    expect(prose("We urge every State to fund radios for the small boats. The radios should also be checked each year.")).toHaveLength(1);
  });
});

describe("round 59: a titled body", () => {
  it("leaves out an opening whose word of asking is only what was done", () => {
    expect(
      findProposals(
        [
          "Recommendation 1 – Count the boats",
          "Nobody had asked the harbour masters. Only two of the nine offices keep a list. We recommend that every office publish its list of boats each spring.",
          "Recommendation 2 – Light the quays",
          "Harbour offices should light the quays where the night boats land.",
        ].join("\n\n"),
      ),
    ).toEqual([
      "We recommend that every office publish its list of boats each spring.",
      "Harbour offices should light the quays where the night boats land.",
    ]);
  });
});

describe("round 59: a letter's courtesy", () => {
  it("keeps out a request to confirm that the letter was received", () => {
    const ask = "We urge the harbour offices to open at night during the season.";
    for (const receipt of [
      "Please confirm receipt of this statement.",
      "Merci par avance de confirmer la bonne réception de cette déclaration.",
      "Les agradeceríamos confirmar la recepción de esta carta.",
    ]) expect(prose(ask, receipt)).toEqual([ask]);
  });

  it("keeps a list item asking a body to acknowledge receipt of what people send it", () => {
    const items = [
      "We recommend that the consular offices:",
      "- acknowledge receipt of each complaint inside two weeks and say which officer will deal with it;",
      "- publish each year how many complaints were answered.",
    ].join("\n");
    expect(findProposals(items)).toHaveLength(2);
  });
});
