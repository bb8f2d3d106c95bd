import { describe, expect, it } from "vitest";
import { findSpeaker, introSpeaker, isOrgName, personName } from "../../worker/intake/people";
import { domainCountry } from "../../worker/intake/places";
import { chatPoster, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);
const speaker = (line: string) => findSpeaker([line], [])?.speaker ?? null;
const curly = (s: string) => s.replace(/'/g, "’");

// Round 23 (who and when, blind set 18 used for development): text, names and places written for these tests.

const body = "Every winter our net menders walk the frozen bay to the outer huts, and nobody at the harbour office counts how many never walk back.";
const cuerpo = "Cada invierno nuestros pescadores cruzan la laguna helada hasta las chozas del otro lado, y nadie en la capitanía cuenta cuántos no vuelven.";

describe("speakers who introduce themselves or are announced", () => {
  it("\"I’m NAME.\" with the typographic apostrophe as with the straight one", () => {
    for (const p of ["I'm Orsolya Fenwright. I run the net menders' winter desk, and I have come to speak of one hut.", curly("I'm Orsolya Fenwright. I run the net menders' winter desk.")]) {
      expect(introSpeaker([p])).toEqual({ name: "Orsolya Fenwright", role: null });
    }
    expect(introSpeaker([curly("Je m'appelle Ambroise Tollmarsh et je suis trésorier de l'atelier.")])?.name).toBe("Ambroise Tollmarsh");
  });
  it("\"I’m here to …\" names nobody", () => {
    expect(introSpeaker([curly("I'm glad to be in this room at last.")])).toBeNull();
  });
  it("\"Our speaker today is Dr NAME, the network’s medical coordinator.\": the name, and the role without whose it is", () => {
    for (const line of ["Our speaker today is Dr Orsolya Fenwright, the network's medical coordinator.", curly("Our speaker today is Dr Orsolya Fenwright, the network's medical coordinator.")]) {
      expect(speaker(line)).toEqual({ name: "Orsolya Fenwright", role: "medical coordinator" });
    }
    expect(speaker("Notre oratrice aujourd'hui est Mme Ilse Vandormaal, trésorière")).toEqual({ name: "Ilse Vandormaal", role: "trésorière" });
    expect(speaker("Nuestra oradora de hoy es Marisol Urquieta Bayón, coordinadora de campo")).toEqual({ name: "Marisol Urquieta Bayón", role: "coordinadora de campo" });
  });
  it("\"Our speaker today is unable …\" names nobody", () => {
    expect(speaker("Our speaker today is unable to travel to the meeting.")).toBeNull();
  });
  it("\"Intervención de la Asociación …, leída por su vocera, NAME.\" as the first paragraph: the by-line after the comma", () => {
    const r = read(["Sobre el hielo", "", "Intervención de la Red de Pescadores del Lago Gris, leída por su vocera, Marisol Urquieta Bayón.", "", "Gracias, señor presidente.", "", cuerpo]);
    expect(r.speaker).toEqual({ name: "Marisol Urquieta Bayón", role: "vocera" });
    const en = read(["On the ice", "", "Statement of the Saltmoor Menders Network, read by its treasurer, Orsolya Fenwright.", "", "Chair,", "", body]);
    expect(en.speaker).toEqual({ name: "Orsolya Fenwright", role: "treasurer" });
  });
  it("a statement read by all its members names nobody", () => {
    const r = read(["Sobre el hielo", "", "Intervención de la Red de Pescadores del Lago Gris, leída por todos sus miembros.", "", "Gracias, señor presidente.", "", cuerpo]);
    expect(r.speaker).toBeNull();
  });
  it("\"Statement by NAME, role\" on a line of its own below a note that ended the heading", () => {
    const note = "What follows is our statement as published on our site, with the names of menders and of their villages struck out and every cut marked with a bar.";
    const r = read(["PUBLIC VERSION", note, "", "Statement by Tamsin Quarrelby, head of operations", "", "Chair,", "", body]);
    expect(r.speaker).toEqual({ name: "Tamsin Quarrelby", role: "head of operations" });
  });
  it("a statement by a body, not a person, names nobody", () => {
    const note = "What follows is our statement as published on our site, with the names of menders and of their villages struck out and every cut marked with a bar.";
    const r = read(["PUBLIC VERSION", note, "", "Statement by the Saltmoor Menders Network", "", "Chair,", "", body]);
    expect(r.speaker).toBeNull();
  });
});

describe("names that are no person's", () => {
  it("a name beside the acronym that spells it is the organization's, never the speaker", () => {
    expect(speaker("Brackwater Harbour Relief Aid – BHRA")).toBeNull();
  });
  it("a person's name beside an acronym that does not spell it is still a person's", () => {
    expect(speaker("Tamsin Quarrelby – BHRA")?.name).toBe("Tamsin Quarrelby");
  });
  it("\"Casa …\" and \"Maison …\" open the names of shelters", () => {
    expect(personName("Casa Saltmoor Ravensholt")).toBeNull();
    expect(isOrgName("Maison Tollmarsh")).toBe(true);
  });
  it("a surname that only starts with those letters is a person's", () => {
    expect(personName("Orsolya Casamayor")).toBe("Orsolya Casamayor");
  });
  it("\"NAME (ACR) asbl\": the name ends at its acronym", () => {
    const r = read(["SALTMOOR MENDERS NETWORK (SMN) asbl", "Rue du Quai 00 - 0000 Tollmarsh - Luxembourg", "", "Dialogue sur la traite des personnes", "", "Monsieur le Président,", "", "Chaque hiver nos ravaudeurs traversent la baie gelée jusqu'aux cabanes du large, et personne ne compte ceux qui ne reviennent pas."]);
    expect(r.organization?.name).toBe("Saltmoor Menders Network");
  });
  it("a template's placeholder in square brackets at the end is never the organization", () => {
    const r = read(["Thank you, Chair.", "", body, "", "[A sentence on who you are goes here]", "", "Thank you."]);
    expect(r.organization).toBeNull();
  });
});

describe("a template's note to its members above the heading", () => {
  it("is part of the heading: the by-line and the date below it are read", () => {
    const r = read([
      "NOTE TO MEMBERS: fill in the bracketed parts with your own details; remove this paragraph once done, and keep within ninety seconds.",
      "",
      "Our words for the Constructive Dialogue on Trafficking in Persons",
      "",
      "[DATE] 4 October 2023",
      "",
      "Delivered by: Tamsin Quarrelby, Director, Saltmoor Women's Shelter [ORGANIZATION]",
      "",
      "Thank you, Chair.",
      "",
      body,
    ]);
    expect(r.speaker?.name).toBe("Tamsin Quarrelby");
    expect(r.deliveredOn).toBe("2023-10-04");
  });
  it("a note to the reader is no template's note: the heading stops there", () => {
    const r = read(["Note to the reader: the figures in this statement come from our own winter counts, which the harbour office has never checked or published.", "", "4 October 2023", "", "Thank you, Chair.", "", body]);
    expect(r.deliveredOn).not.toBe(null);
    expect(r.text).toContain("Note to the reader");
  });
});

describe("texts that are not delivered", () => {
  const brief = (kind: string) =>
    read([
      "SALTMOOR MENDERS NETWORK (SMN)",
      kind,
      "",
      "Constructive dialogue on trafficking in persons, Tollmarsh, 4 October 2023",
      "Prepared by: Tamsin Quarrelby, advocacy officer",
      "",
      "Background",
      "",
      body,
      "",
      "- States should count the people who go missing on the ice every winter.",
    ]);
  it("a briefing for delegations has no speaker and no delivery date; its day still gives the segment", () => {
    const r = brief("Briefing note for friendly delegations (restricted)");
    expect(r.speaker).toBeNull();
    expect(r.deliveredOn).toBeNull();
    expect(r.segment).toBe("2023-3-trafficking-in-persons");
  });
  it("the French and Spanish briefings for delegations too", () => {
    for (const kind of ["Note d'information à l'intention des délégations", "Nota informativa para las delegaciones", "Talking points for delegations"]) {
      expect(brief(kind).deliveredOn).toBeNull();
    }
  });
  it("a briefing for the press is not one for delegations", () => {
    expect(brief("Briefing for the press").deliveredOn).toBe("2023-10-04");
  });
  const letter = (subject: string) =>
    read([
      "Tollmarsh, 18 April 2023",
      "",
      "His Excellency the Permanent Representative",
      "Permanent Mission to the United Nations",
      "",
      subject,
      "",
      "Dear Ambassador,",
      "",
      "We are writing to ask for half an hour with your delegation during the dialogue. Every winter our menders see hunting rifles cross the frozen bay.",
      "",
      "1. that exporting States inform the country of destination of every shipment of rifles;",
      "2. that tracing requests receive an answer within a fixed time.",
    ]);
  it("a letter asking for a meeting has no delivery date; the dialogue's day in its subject gives the segment", () => {
    const r = letter("Subject: request for a bilateral meeting – constructive dialogue on firearms (Tollmarsh, 5 May 2023)");
    expect(r.deliveredOn).toBeNull();
    expect(r.segment).toBe("2023-1-firearms");
  });
  it("\"Objet : demande d'entretien\", \"Asunto: solicitud de reunión\" ask for a meeting too", () => {
    expect(letter("Objet : demande d'entretien – dialogue constructif sur les armes à feu (Tollmarsh, 5 mai 2023)").deliveredOn).toBeNull();
    expect(letter("Asunto: solicitud de reunión – diálogo constructivo sobre armas de fuego (Tollmarsh, 5 de mayo de 2023)").deliveredOn).toBeNull();
  });
  it("a letter whose subject is the statement itself keeps the dialogue's day as its delivery", () => {
    expect(letter("Subject: the text we will read – constructive dialogue on firearms (Tollmarsh, 5 May 2023)").deliveredOn).toBe("2023-05-05");
  });
  const panels = ["PANEL 1 – The hut", "", body, "", "PANEL 2 – The nets", "", "The nets hang in the hut all winter; the menders mend them by lamplight.", "", "PANEL 3 – The bay", "", "The ice breaks without warning in March.", "", "PANEL 4 – What we ask", "", "Harbour offices should count the menders who go out and those who come back."];
  it("an exhibition shown during the dialogue: no delivery date, the segment from the sentence that names the dialogue and its day", () => {
    const r = read(["WINTER HUTS", "", "Photographs from the frozen bay", "", "On show in the hall on 1 July 2022, while the constructive dialogue on trafficking in persons meets. Curated by the Saltmoor Menders Network (SMN).", "", ...panels]);
    expect(r.deliveredOn).toBeNull();
    expect(r.segment).toBe("2022-4-trafficking-in-persons");
  });
  it("an earlier dialogue's day recalled in passing gives no segment", () => {
    const r = read(["WINTER HUTS", "", "Photographs from the frozen bay", "", "We first hung them on 1 July 2022, at the previous constructive dialogue on trafficking in persons. Curated by the Saltmoor Menders Network (SMN).", "", ...panels]);
    expect(r.segment).toBeNull();
  });
});

describe("when and for which segment", () => {
  it("\"the text we read at the … dialogue (Town, date)\" in a public version's note dates it", () => {
    const r = read(["Saltmoor Menders Network – SMN", "", "PUBLIC VERSION", "What follows is the text we read at the dialogue on migrant smuggling (Tollmarsh, 1 July 2022), shortened for publication and with every name struck out.", "", "Chair,", "", body]);
    expect(r.deliveredOn).toBe("2022-07-01");
    expect(r.segment).toBe("2022-3-smuggling-of-migrants");
  });
  it("a text for the Conference of the Parties is for no dialogue segment", () => {
    const r = read(["Conference of the Parties – twelfth session", "General debate", "", "20 October 2022", "", "Mr. President,", "", `${body} Technical assistance for harbour offices is what we ask.`]);
    expect(r.segment).toBeNull();
  });
  it("a statement to a constructive dialogue still has one", () => {
    const r = read(["Dialogue on technical assistance", "", "30 May 2023", "", "Chair,", "", `${body} Technical assistance for harbour offices is what we ask.`]);
    expect(r.segment).toBe("2023-2-technical-assistance");
  });
});

describe("the country of a bare web address", () => {
  it("a web address written without \"www\" but with its path gives its country-code domain", () => {
    expect(domainCountry("Photographs © T. Quarrelby / SMN · saltmoor.example.fi/panels")).toBe("FI");
  });
  it("without a path, a bare \"name.xx\" is not read as an address", () => {
    expect(domainCountry("saltmoor.example.fi")).toBeNull();
    expect(domainCountry("see section 4.fi and the annex")).toBeNull();
  });
});

describe("a statement pasted into a meeting's chat", () => {
  const chat = (first: string) =>
    [
      "Meeting chat - Constructive dialogue on technical assistance (hybrid)",
      "Meeting date: 31/05/2023",
      "",
      "10:03:12 From Secretariat to Everyone:",
      "Welcome to the participants online.",
      "10:41:55 From Tamsin Quarrelby (SMN, Iceland) to Everyone:",
      "Good morning. I am on the list of speakers for the Saltmoor Menders Network.",
      "11:29:51 From Tamsin Quarrelby (SMN, Iceland) to Everyone:",
      `${first} Thank you, Chair. ${body}`,
      "11:30:37 From Tamsin Quarrelby (SMN, Iceland) to Everyone:",
      "(2/2) We ask that harbour offices count the menders who go out and those who come back. Thank you.",
    ].join("\n");
  it("the sender of the numbered first part is the speaker; the label's acronym and country give the organization", () => {
    expect(chatPoster(chat("(1/2)"))).toEqual({ name: "Tamsin Quarrelby", acronym: "SMN", country: "IS" });
    const r = understand(chat("(1/2)"), [], segments);
    expect(r.speaker).toEqual({ name: "Tamsin Quarrelby", role: null });
    expect(r.organization).toEqual({ name: "Saltmoor Menders Network", acronym: "SMN", country: "IS" });
  });
  it("a chat whose messages are not a statement cut into numbered parts names no poster", () => {
    expect(chatPoster(chat("Also,"))).toBeNull();
  });
  it("the French export's \"De NAME à Tout le monde\" is read too", () => {
    const fr = ["10:03:12 De Secrétariat à Tout le monde:", "Bienvenue.", "10:41:55 De Ambroise Tollmarsh (ATL, Luxembourg) à Tout le monde:", "(1/2) Merci Madame la Présidente.", "10:42:30 De Ambroise Tollmarsh (ATL, Luxembourg) à Tout le monde:", "(2/2) Merci."].join("\n");
    expect(chatPoster(fr)).toEqual({ name: "Ambroise Tollmarsh", acronym: "ATL", country: "LU" });
  });
});
