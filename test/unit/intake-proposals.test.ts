import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Sentences written for these tests; none comes from an evaluation set (test/fixtures/intake/).

describe("proposals made in prose", () => {
  it("finds English proposing sentences: we call on, we urge, an organization recommends, it is of key importance that", () => {
    const text = [
      "Chair, thank you for the floor.",
      "Our partners run clinics for seasonal farm workers in three provinces.",
      "We call on States to inspect labour camps without notice. Inspectors should speak the workers' languages.",
      "We urge the secretariat to publish the dialogue's summary in all six languages.",
      "The Coastal Workers Coalition recommends that wage theft be treated as a warning sign of forced labour.",
      "It is of key importance that victims can keep their work permit while a case is investigated.",
      "Thank you.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "We call on States to inspect labour camps without notice. Inspectors should speak the workers' languages.",
      "We urge the secretariat to publish the dialogue's summary in all six languages.",
      "The Coastal Workers Coalition recommends that wage theft be treated as a warning sign of forced labour.",
      "It is of key importance that victims can keep their work permit while a case is investigated.",
    ]);
  });

  it("finds French and Spanish ones after a connective: c'est pourquoi nous demandons, la plateforme appelle, por ello instamos, exhortamos, solicitamos", () => {
    expect(
      findProposals(
        "Notre plateforme suit les procès depuis 2015.\n\nC'est pourquoi nous demandons aux États de publier les décisions de justice.\n\nLa plateforme appelle également les bailleurs à financer l'aide juridique.\n\nIl est indispensable que les interprètes soient rémunérés.",
      ),
    ).toEqual([
      "C'est pourquoi nous demandons aux États de publier les décisions de justice.",
      "La plateforme appelle également les bailleurs à financer l'aide juridique.",
      "Il est indispensable que les interprètes soient rémunérés.",
    ]);
    expect(
      findProposals("Trabajamos en la frontera sur.\n\nPor ello, instamos a los gobiernos a abrir oficinas de asilo.\n\nExhortamos a la región a compartir datos.\n\nSolicitamos a la UNODC un informe anual.\n\nEs fundamental que las familias sean escuchadas."),
    ).toEqual(["Por ello, instamos a los gobiernos a abrir oficinas de asilo.", "Exhortamos a la región a compartir datos.", "Solicitamos a la UNODC un informe anual.", "Es fundamental que las familias sean escuchadas."]);
  });

  it("does not take a noun for a verb: 'the number of requests' proposes nothing", () => {
    expect(findProposals("Background.\n\nThe number of requests received by the central authority doubled in a year.\n\nThank you.")).toEqual([]);
  });
});

describe("lists that are not proposals", () => {
  it("skips numbered background paragraphs and takes the prose proposals after them", () => {
    const text = [
      "1. Our federation was founded in 2009 by fishers' unions in five ports.",
      "2. Since then we have documented 400 cases of crew members held on vessels for months.",
      "3. Most of them had paid a broker in their village.",
      "We call on flag States to inspect vessels for the conditions of their crews.",
      "We urge port States to let crew members go ashore and meet support workers.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual(["We call on flag States to inspect vessels for the conditions of their crews.", "We urge port States to let crew members go ashore and meet support workers."]);
  });

  it("finds nothing in numbered background paragraphs that ask for nothing", () => {
    expect(findProposals("1. Our centre opened in 2012 and has trained 900 officers.\n\n2. Our courses are taught in four languages across the region.\n\n3. Evaluations are published every two years on our website.")).toEqual([]);
  });

  it("does not take concerns introduced by First, Second for proposals", () => {
    const text = "We studied the draft text.\n\nFirst, the draft does not say who keeps the register.\n\nSecond, it is silent on the rights of the persons concerned.\n\nWe urge delegations to add both points before adoption.";
    expect(findProposals(text)).toEqual(["We urge delegations to add both points before adoption."]);
  });

  it("still takes First, Second when they ask for something", () => {
    expect(findProposals("Two points.\n\nFirst, States should fund legal aid.\n\nSecond, courts must sit in the regions.")).toEqual(["States should fund legal aid.", "Courts must sit in the regions."]);
  });
});

describe("headed recommendations", () => {
  it("takes the paragraph below a 'Recommendation N – Title' heading as the proposal, without the title, the last one included", () => {
    const text = [
      "Our two recommendations follow.",
      "Recommendation 1 – Hear the children",
      "Courts should hear children in a separate room, with a support person of their choice.",
      "Recommendation 2 – Pay for interpreters",
      "States should pay interpreters from the justice budget, not from the victim's compensation.",
      "Thank you for your attention.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Courts should hear children in a separate room, with a support person of their choice.",
      "States should pay interpreters from the justice budget, not from the victim's compensation.",
    ]);
  });
});

describe("round 6, after held-out 5", () => {
  it("takes an acronym as the subject of a verb of proposing, not a capitalized word before a noun", () => {
    expect(findProposals("Le RJCS suit les audiences depuis 2018.\n\nLe RJCS demande aux États de publier les jugements.\n\nThe ACME requests were all refused.")).toEqual(["Le RJCS demande aux États de publier les jugements."]);
  });

  it("does not take a list of remarks after 'We wish to comment on…' for proposals, but takes one introduced with a colon", () => {
    const remarks = "We wish to comment on the organization of the meetings.\n\n1. The agenda arrived late.\n\n2. Few speakers were from small States.\n\nWe therefore recommend that agendas be sent a month ahead.";
    expect(findProposals(remarks)).toEqual(["We therefore recommend that agendas be sent a month ahead."]);
    const areas = "Our members would welcome progress in the following areas:\n\n- Shared training for inspectors and unions.\n- A hotline in the languages workers speak.";
    expect(findProposals(areas)).toEqual(["Shared training for inspectors and unions.", "A hotline in the languages workers speak."]);
  });
});
