import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 14 (proposals): text and names written for these tests.

describe("where a request in prose ends", () => {
  it("does not go on into a sentence that opens with a noun looking like an imperative", () => {
    const text = [
      "Our ferry league carries nurses to the outer islands.",
      "We ask the harbour boards to keep one night boat running to every island clinic. Support that comes with a curfew is no support at all.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual(["We ask the harbour boards to keep one night boat running to every island clinic."]);
  });

  it("does not go on into a sentence where a word of asking is only a participle", () => {
    const text = "Nos jardins partagés nourrissent quatre quartiers.\n\nNous demandons que les communes ouvrent un jardin dans chaque école. Aujourd'hui, nous sommes rarement invités aux conseils municipaux.";
    expect(findProposals(text)).toEqual(["Nous demandons que les communes ouvrent un jardin dans chaque école."]);
  });

  it("keeps a short remark that points back, and a request in the imperative, with the request", () => {
    const text = "Our wardens patrol the fords.\n\nWe urge the river councils to light every ford at night. It is overdue.";
    expect(findProposals(text)).toEqual(["We urge the river councils to light every ford at night. It is overdue."]);
  });

  it("starts a second request at a passive one with a subject of its own, in three languages", () => {
    expect(
      findProposals("Our wardens patrol the fords.\n\nWe ask the river councils to name one warden for each ford. Permits for seasonal fishing should be issued online and free of charge."),
    ).toEqual(["We ask the river councils to name one warden for each ford.", "Permits for seasonal fishing should be issued online and free of charge."]);
    expect(
      findProposals("Nos gardes surveillent les gués.\n\nNous demandons aux communes de nommer un garde par gué. Les cartes de pêche saisonnière devraient être délivrées en ligne et sans frais."),
    ).toEqual(["Nous demandons aux communes de nommer un garde par gué.", "Les cartes de pêche saisonnière devraient être délivrées en ligne et sans frais."]);
    expect(
      findProposals("Nuestros guardas vigilan los vados.\n\nPedimos a los municipios que nombren un guarda por vado. Los permisos de pesca deberían ser tramitados en línea y sin costo."),
    ).toEqual(["Pedimos a los municipios que nombren un guarda por vado.", "Los permisos de pesca deberían ser tramitados en línea y sin costo."]);
  });

  it("keeps a passive sentence whose subject is the request's own bare noun, or points back, with the request", () => {
    expect(findProposals("Our wardens patrol the fords.\n\nWe ask the river councils to hire ferrymen. Ferrymen should be paid by the council, not by the passengers.")).toEqual([
      "We ask the river councils to hire ferrymen. Ferrymen should be paid by the council, not by the passengers.",
    ]);
    expect(findProposals("Our wardens patrol the fords.\n\nWe ask the river councils to open a ferry register. Such a register should be published every spring.")).toEqual([
      "We ask the river councils to open a ferry register. Such a register should be published every spring.",
    ]);
  });

  it("leaves out a word processor's comment anchor after a request", () => {
    expect(findProposals("Our wardens patrol the fords.\n\nWe call on the river councils to light every ford at night.[QT4]\n\nThank you.")).toEqual([
      "We call on the river councils to light every ford at night.",
    ]);
  });
});

describe("a body or officials asked with a modal, inside a paragraph that asks again", () => {
  it("takes each request, in three languages", () => {
    expect(
      findProposals("Our guild repairs fishing boats.\n\nInspection is not enough. Delta harbour authorities must share the names of licensed boat brokers. We also urge the secretariat to prepare a guide for inspectors."),
    ).toEqual(["Delta harbour authorities must share the names of licensed boat brokers.", "We also urge the secretariat to prepare a guide for inspectors."]);
    expect(findProposals("Notre guilde répare les barques.\n\nLes services consulaires devraient délivrer les papiers en une semaine. Nous demandons aussi aux communes d'ouvrir un abri.")).toHaveLength(2);
    expect(findProposals("Nuestro gremio repara barcas.\n\nLas fiscalías provinciales deben abrir un expediente por cada barca robada. Pedimos también a los municipios que abran un refugio.")).toHaveLength(2);
  });

  it("splits no sentence at an abbreviation or an initial", () => {
    expect(findProposals("Our guild repairs fishing boats.\n\nWe urge the U.N. Secretariat and coastal States, e.g. Kiribati and Tuvalu, to follow Dr. Ravula's guide on boat registers.")).toEqual([
      "We urge the U.N. Secretariat and coastal States, e.g. Kiribati and Tuvalu, to follow Dr. Ravula's guide on boat registers.",
    ]);
  });
});

describe("requests counted in a sentence, then made in the same paragraph", () => {
  it("takes each sentence that asks after the count, with an ordinal connective", () => {
    const text = "Notre guilde répare les barques du delta.\n\nNous formulons deux demandes. D'abord, que les communes éclairent les gués la nuit. Ensuite, que les bailleurs financent un bac de nuit.\n\nMerci.";
    expect(findProposals(text)).toEqual(["D'abord, que les communes éclairent les gués la nuit.", "Ensuite, que les bailleurs financent un bac de nuit."]);
  });
});

describe("a list that sums up the requests again (convention 4)", () => {
  const body = [
    "Madam Chair,",
    "1. Listen first",
    "Our lantern network has trained ferry crews for a decade. Too many courses were planned far from the quays. We recommend that every course for ferry crews begin with a survey of the crews who will attend it.",
    "2. Equip the quays",
    "A trained crew cannot log cargo without a scanner. Donors should pay for scanners on every quay together with the courses.",
    "3. Use local trainers",
    "Experienced trainers now work in every port of the gulf. We ask the secretariat to publish a roster of certified port trainers.",
    "Thank you.",
  ];

  it("takes the body's requests, not a closing summary table that restates them", () => {
    const text = [...body, "Annex – Summary of our recommendations", "• Survey of the crews before each course\n• Scanners for every quay funded with the courses\n• Public roster of certified port trainers"].join("\n\n");
    expect(findProposals(text)).toEqual([
      "We recommend that every course for ferry crews begin with a survey of the crews who will attend it.",
      "Donors should pay for scanners on every quay together with the courses.",
      "We ask the secretariat to publish a roster of certified port trainers.",
    ]);
  });

  it("does the same under an easy-read heading in Spanish", () => {
    const text = [
      "Somos una red de pescadores artesanales.",
      "Pedimos a los municipios que construyan muelles seguros en cada caleta. Los muelles de madera se pudren en dos inviernos.",
      "Solicitamos que las cooperativas reciban radios para avisar de las tormentas.",
      "Gracias.",
      "Resumen en lectura fácil",
      "• Queremos muelles seguros en cada caleta.\n• Queremos radios para las cooperativas y avisos de tormentas.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Pedimos a los municipios que construyan muelles seguros en cada caleta.",
      "Solicitamos que las cooperativas reciban radios para avisar de las tormentas.",
    ]);
  });

  it("does not take a sentence that sums up the requests made before it", () => {
    const text = "Our guild repairs fishing boats.\n\nWe call on the river councils to light every ford at night.\n\nWe urge donors to fund a night ferry.\n\nIn short, we ask for two things: lights at the fords and a ferry after dark.\n\nThank you.";
    expect(findProposals(text)).toEqual(["We call on the river councils to light every ford at night.", "We urge donors to fund a night ferry."]);
    expect(findProposals("Notre guilde répare les barques.\n\nNous demandons aux communes d'éclairer les gués. En résumé, nous demandons de la lumière.")).toEqual(["Nous demandons aux communes d'éclairer les gués."]);
  });

  it("keeps a summary list whose items the body does not ask for", () => {
    const text = [
      "Our lantern network has trained ferry crews for a decade.",
      "Summary of recommendations",
      "• Fund one radio mast on each island\n• Publish tide tables in the two local languages\n• Train harbour nurses in first aid at sea",
    ].join("\n\n");
    expect(findProposals(text)).toEqual(["Fund one radio mast on each island", "Publish tide tables in the two local languages", "Train harbour nurses in first aid at sea"]);
  });
});

describe("a closing plea", () => {
  it("is not a proposal when it wishes that no one else go through it and names no one to act", () => {
    const text = [
      "Somos hermanos de pescadores desaparecidos en el mar.",
      "Pedimos a los Estados que publiquen la lista de barcos inspeccionados cada mes.",
      "No pedimos castigo. Pedimos que ningún otro pescador tenga que vivir esto.",
      "Gracias.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual(["Pedimos a los Estados que publiquen la lista de barcos inspeccionados cada mes."]);
    expect(findProposals("Our sons drowned at sea.\n\nWe ask that no other family has to wait this long.")).toEqual([]);
  });

  it("is a proposal when it names who is to act", () => {
    expect(findProposals("Our sons drowned at sea.\n\nWe urge States to inspect every trawler so that no other family loses a son.")).toEqual([
      "We urge States to inspect every trawler so that no other family loses a son.",
    ]);
  });
});

describe("more ways of asking in prose", () => {
  const alone = (sentence: string) => findProposals(`Our guild repairs fishing boats along the delta.\n\n${sentence}\n\nThank you.`);

  it.each([
    "Harbour masters should log every crate that is landed at night.",
    "Each province must keep a register of licensed boat builders.",
    "Courts must hear the deckhands in their own language.",
    "La gendarmerie devrait tenir un registre des barques saisies.",
    "Chaque commune devrait ouvrir un abri pour les pêcheurs.",
    "Cada municipio debería abrir un albergue para los marineros.",
    "Los fiscales deberían abrir un expediente por cada barca robada.",
    "We want the ministry to publish the list of seized boats.",
    "Queremos que los municipios publiquen la lista de barcas robadas.",
    "There should be an independent review of every refused licence.",
    "Urge que los municipios publiquen la lista de barcas robadas.",
    "Hace falta que las cooperativas reciban radios.",
    "What is needed is a shared register of boat brokers.",
    "We need a shared register of boat brokers, updated every month.",
    "The working group may wish to consider a model licence for boat brokers.",
    "Our guild asks the secretariat to translate the boat guide into Bislama.",
    "Animamos a los donantes a financiar talleres de carpintería naval.",
    "We respectfully submit that the review panel should visit the delta.",
    "With this in mind, we call on States to license every boat broker.",
    "Madam Chair, we urge donors to fund the delta boatyards.",
    "Dans cet esprit, nous demandons aux communes de publier la liste des barques saisies.",
    "Con este fin, pedimos a los municipios que publiquen la lista de barcas robadas.",
    "We are calling on States to license every boat broker.",
    "The Conference is invited to adopt a model licence for boat brokers.",
    "It is up to States to license every boat broker.",
    "Il appartient aux communes de publier la liste des barques saisies.",
    "Corresponde a los municipios publicar la lista de barcas robadas.",
    "Il nous semble essentiel que les communes publient la liste des barques saisies.",
    "Nos parece fundamental que los municipios publiquen la lista de barcas robadas.",
    "Sería importante que los municipios publicaran la lista de barcas robadas.",
    "It is high time that States licensed every boat broker.",
    "Il est grand temps que les communes publient la liste des barques saisies.",
    "Ya es hora de que los municipios publiquen la lista de barcas robadas.",
    "Nous vous demandons de publier la liste des barques saisies.",
  ])("takes %s", (sentence) => {
    expect(alone(sentence)).toEqual([sentence]);
  });

  it.each([
    "Women in the hills must walk for hours to reach a clinic.",
    "Deckhands must often repay debts to the skippers who hired them.",
    "Les familles doivent souvent attendre des années avant un procès.",
    "Los marineros tienen que pagar el doble que hace cinco años.",
    "Children should be at school, not on the boats.",
    "The people we met should have been protected long ago.",
    "Nobody should have to choose between a wage and a safe boat.",
    "In 2019, we asked the ministry to publish the list of seized boats.",
    "We do not ask for revenge.",
  ])("does not take %s", (sentence) => {
    expect(alone(sentence)).toEqual([]);
  });
});
