import { describe, expect, it } from "vitest";
import { expandAcronym, findSpeaker, floorSpeaker, introSpeaker, personName } from "../../worker/intake/people";
import { introducedFromCountry } from "../../worker/intake/places";
import { likelySegment, topicScores } from "../../worker/intake/segments";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 10 (who and when). Every line here was written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const body = (...paragraphs: string[]) => paragraphs.join("\n\n");

describe("who speaks: round 10 forms", () => {
  it("leaves the organization's acronym after a role out of the role, but keeps a role written in capitals", () => {
    const header = ["Delivered by Mr. Joachim Ferreira-Balde, Programme Coordinator, RTWA"];
    expect(findSpeaker(header, [])?.speaker).toEqual({ name: "Joachim Ferreira-Balde", role: "Programme Coordinator" });
    expect(findSpeaker(["Delivered by Mr. Joachim Ferreira-Balde, Founder, CEO"], [])?.speaker.role).toBe("Founder, CEO");
  });

  it("reads a web page's 'our <role> NAME took the floor' without commas around the name", () => {
    const intro = ["On Tuesday our policy officer Lidia Marchetti took the floor at the dialogue on firearms. Her remarks follow."];
    expect(floorSpeaker(intro)).toEqual({ name: "Lidia Marchetti", role: "policy officer" });
    // A colleague is a person, not a role.
    expect(floorSpeaker(["Yesterday our colleague Lidia Marchetti spoke at the meeting."])).toEqual({ name: "Lidia Marchetti", role: null });
    // Nobody took the floor: no speaker.
    expect(floorSpeaker(["Our policy officer Lidia Marchetti wrote a report on storage."])).toBeNull();
  });

  it("reads a speaker who introduces themselves after a colon, with a spelled-out title", () => {
    expect(introSpeaker(["Permettez-moi de me présenter : Professeur Anatole Ngoy Kasongo, directeur de l'Institut des études pénales du Lac (IEPL). Notre institut forme des juges."])).toEqual({ name: "Anatole Ngoy Kasongo", role: "directeur" });
    expect(introSpeaker(["Let me introduce myself: Dr. Halima Oyelaran, senior researcher at the Delta Justice Foundation. We study prisons."])).toEqual({ name: "Halima Oyelaran", role: "senior researcher" });
    expect(introSpeaker(["Let me introduce the problem: storage is poor."])).toBeNull();
  });

  it("leaves the city a speaker comes from out of the role", () => {
    expect(introSpeaker(["I am Mariama Diop, a youth delegate from Dakar, and I study law."])).toEqual({ name: "Mariama Diop", role: "youth delegate" });
    // "from" and a word no table knows as a place stays in the role.
    expect(introSpeaker(["I am Mariama Diop, a youth delegate from Outreach, and I study law."])?.role).toBe("youth delegate from Outreach");
  });

  it("reads a by-line 'leída por' / 'lue par'", () => {
    expect(findSpeaker(["Declaración de la Red Costera de Juristas, leída por la Dra. Inés Valdivia Rojas, investigadora asociada"], [])?.speaker).toEqual({ name: "Inés Valdivia Rojas", role: "investigadora asociada" });
    expect(findSpeaker(["Déclaration du Réseau des juristes du fleuve, lue par Mme Odile Mabiala, chargée de plaidoyer"], [])?.speaker).toEqual({ name: "Odile Mabiala", role: "chargée de plaidoyer" });
  });

  it("takes a surname that is also a city as part of a name, but not a place opening it", () => {
    expect(personName("Esteban Ruiz Lagos")).toBe("Esteban Ruiz Lagos");
    expect(personName("Lagos Office")).toBeNull();
    expect(personName("Nairobi Liaison Office")).toBeNull();
    expect(personName("Vienna International Centre")).toBeNull();
  });

  it("reads a signature whose closing formula and name share a line", () => {
    expect(findSpeaker([], ["Quedamos a su disposición.", "Atentamente, Lucía Fernanda Quispe Mamani", "Directora de Programas"])?.speaker).toEqual({ name: "Lucía Fernanda Quispe Mamani", role: "Directora de Programas" });
    expect(findSpeaker([], ["Sincerely, Tobias Engel"])?.speaker).toEqual({ name: "Tobias Engel", role: null });
    // A sentence after a comma is no signature.
    expect(findSpeaker([], ["Finally, Member States should act."])).toBeNull();
  });
});

describe("for whom: round 10 forms", () => {
  it("takes the convenor of a coalition that has no name of its own", () => {
    const text = body(
      "Dialogue on firearms",
      "Joint statement on behalf of 17 women's groups of the river basin, convened by the Riverside Peace Alliance (RPA)",
      "Madam Chair,",
      "Our groups collect testimonies on weapons held in villages. We ask States to keep a register of every weapon handed in.",
    );
    expect(understand(text, [], segments).organization).toMatchObject({ name: "Riverside Peace Alliance", acronym: "RPA" });
    // A person who convenes is not an organization.
    const person = body("Statement on behalf of 12 organizations, convened by Dr. Ama Owusu", "Madam Chair,", "We ask States to keep a register of every weapon handed in, without delay, in every district.");
    expect(understand(person, [], segments).organization?.name ?? null).not.toBe("Ama Owusu");
  });

  it("never takes a web page's breadcrumb for the organization", () => {
    const text = body("Home > News > International Advocacy", "Our statement at the dialogue", "Thank you, Chair.", "We ask States to protect rescuers at sea and to stop prosecuting them for their work.");
    expect(understand(text, [], segments).organization?.name).not.toBe("Home > News > International Advocacy");
  });

  it("reads a web page footer 'Name, A.C. · address' among the closing lines", () => {
    const text = body("Thank you, Chair.", "We ask States to protect rescuers at sea and to stop prosecuting them for their work.", "Share: Facebook | Email", "Colectivo Frontera Digna, A.C. · Calle Norte 88, Centro, Mexicali, México · hola@example.mx");
    expect(understand(text, [], segments).organization).toMatchObject({ name: "Colectivo Frontera Digna", country: "MX" });
  });

  it("writes out an acronym the heading or footer uses from the text", () => {
    expect(expandAcronym("ARJL", "Depuis 2012, l'Association romande des juristes du Léman réunit des avocats.")).toBe("Association romande des juristes du Léman");
    expect(expandAcronym("ARJL", "Depuis 2012, nous réunissons des avocats.")).toBeNull();
    const text = body("L'ARJL au dialogue constructif", "Monsieur le Président,", "L'Association romande des juristes du Léman réunit depuis 2012 des avocats et des chercheurs.", "Nous demandons aux États de publier leurs délais de réponse.", "ARJL · 14, rue du Port, 1204 Genève · info@example.ch");
    expect(understand(text, [], segments).organization).toMatchObject({ name: "Association romande des juristes du Léman", acronym: "ARJL" });
  });

  it("takes an acronym the text uses on its own when it is exactly the name's initials", () => {
    const text = body("Thank you, Chair.", "The Harbour Rescue Network brings together boat crews in four countries.", "HRN recommends that States publish the number of persons rescued every six months.", "© 2023 Harbour Rescue Network · 3 Quay Street, Valletta, Malta");
    expect(understand(text, [], segments).organization).toMatchObject({ name: "Harbour Rescue Network", acronym: "HRN" });
  });

  it("takes the country from where a speaker introducing themselves comes from, only a known place", () => {
    expect(introducedFromCountry("I am Koffi Mensah, a peer educator from Kumasi, and I work with young people.")).toBe("GH");
    expect(introducedFromCountry("I am Koffi Mensah, a peer educator from the coast.")).toBeNull();
    expect(introducedFromCountry("Weapons from Kumasi reach the border.")).toBeNull();
  });
});

describe("when and which dialogue: round 10", () => {
  it("suggests no segment for an undated text that names a topic only in passing", () => {
    const topics = topicScores("Note on wildlife crime", "Without longer penalties, extradition remains out of reach.");
    expect(likelySegment(segments, topics, null, "")).toBeNull();
    // Named often, or dated, it still gives one.
    const often = topicScores("Note", "extradition … extradition … mutual legal assistance … international cooperation");
    expect(likelySegment(segments, often, null, "")).not.toBeNull();
  });

  it("reads a long one-line title with its by-line as the heading", () => {
    const text = body(
      "Dialogue constructif sur la traite des personnes",
      "Déclaration conjointe présentée au nom de quatorze associations membres du Réseau lacustre contre la traite (RLCT) par Mme Justine Habimana-Kato, coordinatrice du programme de plaidoyer",
      "Madame la Présidente,",
      "Nos membres accompagnent des victimes. Nous demandons aux États de leur garantir un logement.",
    );
    expect(understand(text, [], segments).speaker).toEqual({ name: "Justine Habimana-Kato", role: "coordinatrice du programme de plaidoyer" });
  });
});
