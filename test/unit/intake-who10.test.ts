import { describe, expect, it } from "vitest";
import { findSpeaker, floorSpeaker, introSpeaker, personName } from "../../worker/intake/people";

// Round 10 (who and when). Every line here was written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.

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
