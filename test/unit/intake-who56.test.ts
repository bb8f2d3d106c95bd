import { describe, expect, it } from "vitest";
import { findSpeaker, introSpeaker, isOrgName } from "../../worker/intake/people";
import { isStreetName } from "../../worker/intake/places";
import { withWholeName } from "../../worker/intake/who-elsewhere";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 56 (who, forms read from blind sets 60 and 61 after round 55): the speaker named as the one who speaks to the room,
// a signature on one line after whom it is for, the Spanish "don" in lower case in a reported speaker; an organization's
// name read short where a line writes it whole, a street without its number, a confederation of trade unions. Invented text
// (lighthouses and ferries; invented bodies, people, towns).

describe("round 56: who speaks to you", () => {
  it("C'est NAME, role, qui vous parle", () => {
    const r = read([CHAIR.fr!, "C'est Mme Héloïse Garnier-Tallec, coordinatrice du Réseau des Phares, qui vous parle aujourd'hui depuis Port-Louvet.", ASK.fr!, THANKS.fr!]);
    expect(r.speaker).toEqual({ name: "Héloïse Garnier-Tallec", role: "coordinatrice" });
  });

  it("c'est moi, NAME, a trade and an office in the body, qui vous parle: the office", () => {
    expect(introSpeaker(["Madame la Présidente, c'est moi, Yvonne Keraudren, gardienne de phare à la retraite et trésorière du réseau, qui vous parle."])).toEqual({ name: "Yvonne Keraudren", role: "trésorière" });
  });

  it("English and Spanish", () => {
    expect(introSpeaker(["It is Dr Samuel Adeyemi-Cole, coordinator of the Ferry Network, who is speaking to you today."])).toEqual({ name: "Samuel Adeyemi-Cole", role: "coordinator" });
    expect(introSpeaker(["Es Rosario Quintana Aliaga, vocera de la Red de Balseros, quien les habla."])).toEqual({ name: "Rosario Quintana Aliaga", role: "vocera" });
  });

  it("a place is no speaker", () => {
    expect(introSpeaker(["C'est Port Louvet qui vous parle ce soir, et tout le village écoute."])).toBeNull();
  });
});

describe("round 56: signatures and reported speakers", () => {
  it("Pour le Collectif, Mme NAME, role on one line", () => {
    expect(findSpeaker([], ["Pour le Collectif, Mme Gwenola Le Bihan, porte-parole"])?.speaker).toEqual({ name: "Gwenola Le Bihan", role: "porte-parole" });
    expect(findSpeaker([], ["For the Network, Ms Abena Owusu-Mensah, coordinator"])?.speaker).toEqual({ name: "Abena Owusu-Mensah", role: "coordinator" });
  });

  it("a sentence after whom it is for is no signature", () => {
    expect(findSpeaker([], ["For the Network, we thank the Chair and the delegates."])).toBeNull();
  });

  it("Intervino en nombre de la cooperativa su presidente, don NAME", () => {
    const r = read([CHAIR.es!, ASK.es!, THANKS.es!, "Intervino en nombre de la cooperativa su presidente, don Eusebio Carranza Villamar."]);
    expect(r.speaker).toEqual({ name: "Eusebio Carranza Villamar", role: "presidente" });
  });
});

describe("round 56: the organization's whole name", () => {
  it("a running header's short name, the letterhead's whole one in capitals", () => {
    const org = { name: "Harbour Pilots Institute", acronym: null };
    expect(withWholeName(org, ["Harbour Pilots Institute — ferry safety", "HARBOUR PILOTS INSTITUTE FOR COASTAL STUDIES"])?.name).toBe("Harbour Pilots Institute for Coastal Studies");
    expect(withWholeName({ name: "Guild of Ferry Pilots", acronym: null }, ["GUILD OF FERRY PILOTS OF NORTHLAND"])?.name).toBe("Guild of Ferry Pilots of Northland");
  });

  it("a title that goes on after the name, in capitals or, in French, in small letters", () => {
    const r = read(["Statement of the Quiet Harbour Circle for the Welfare of Boatmen", CHAIR.en!, ASK.en!, "The Circle will keep its shelters open all winter.", THANKS.en!]);
    expect(r.organization?.name).toBe("Quiet Harbour Circle for the Welfare of Boatmen");
    expect(withWholeName({ name: "Association Phare Ouest", acronym: null }, ["Déclaration de l'Association Phare Ouest pour l'accueil des marins (France)"])?.name).toBe("Association Phare Ouest pour l'accueil des marins");
  });

  it("never into the meeting, nor into a sentence in small letters", () => {
    const org = { name: "Quiet Harbour Circle", acronym: null };
    expect(withWholeName(org, ["Statement of the Quiet Harbour Circle for the Constructive Dialogue on Smuggling of Migrants"])?.name).toBe("Quiet Harbour Circle");
    expect(withWholeName(org, ["We thank the Quiet Harbour Circle for the help of its members"])?.name).toBe("Quiet Harbour Circle");
  });

  it("a street without its number is no name; a confederation of unions is a body", () => {
    expect(isStreetName("Rue des Cordiers")).toBe(true);
    expect(isStreetName("Calle de los Remeros")).toBe(true);
    expect(isStreetName("Mill Lane")).toBe(true);
    expect(isStreetName("Réseau des Phares")).toBe(false);
    expect(isOrgName("Centrale syndicale des gardiens de phare")).toBe(true);
    const r = read([CHAIR.fr!, ASK.fr!, THANKS.fr!], ["Centrale syndicale des gardiens de phare", "Rue des Cordiers · France", "contact@example.org"]);
    expect(r.organization?.name).toBe("Centrale syndicale des gardiens de phare");
  });
});

describe("round 56: roles", () => {
  it("whose office it is, by a possessive, is no part of the role", () => {
    const r = read([CHAIR.en!, ASK.en!, THANKS.en!, "For the Ferrymen's Union, its General Secretary,", "Tomasz Wielgosz-Arndt"]);
    expect(r.speaker).toEqual({ name: "Tomasz Wielgosz-Arndt", role: "General Secretary" });
  });

  it("a role naming the body when nothing else does: the body, its acronym, and the role without it", () => {
    const r = read(["Ce 3 mai 2031 au matin, Me Maëlle Kerdoncuff-Lanoë, avocate et présidente de l'association Phares Bretons Solidaires (PBS), est intervenue devant les délégations ; nous reproduisons ses mots.", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Phares Bretons Solidaires");
    expect(r.organization?.acronym).toBe("PBS");
    expect(r.speaker).toEqual({ name: "Maëlle Kerdoncuff-Lanoë", role: "avocate et présidente" });
  });
});

describe("round 56: a club's covering e-mail", () => {
  it("From: Role, Body <mail>, and 'It will be read on <day>, in the dialogue, by our ROLE, Mr. NAME'", () => {
    const r = read(["From: Secretary, Lakeshore Sailing Club <secretary@example.org>", "Many thanks for the reminder. Our club's text comes next. It will be read on Friday 3 May, in the session on smuggling of migrants, by our chief instructor, Mr. Aleksander Novak-Brennan, speaking from the boathouse by video.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Lakeshore Sailing Club");
    expect(r.speaker).toEqual({ name: "Aleksander Novak-Brennan", role: "chief instructor" });
  });
});
