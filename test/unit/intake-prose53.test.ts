import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 53 (blind sets 56 and 57 used for development; invented text only): the thing asked named, then "is that" (a body's
// hope, the other thing put to the meeting, « Notre souhait est qu'… », "Lo que sí pedimos es que …"); a sentence after a
// request with a modal of its own whose "it" stands for what follows ("… should make it a crime to …") or sits in a clause of
// concession ("…, whatever the seller says about it"). Look-alikes included.

const one = (paragraph: string) => findProposals(`We are a union of lighthouse keepers on the northern coast.\n\n${paragraph}\n\nThank you.`);

describe("round 53: the thing asked, then 'is that'", () => {
  it("reads a body's hope and the other thing put to the meeting", () => {
    expect(one("The Guild's hope is that every coastal State names one office to answer keepers who report a boat in distress.")).toHaveLength(1);
    expect(one("The last thing we would put to delegates is that each harbour keeps a list of the crews it has hired, open to inspectors.")).toHaveLength(1);
  });

  it("reads « Notre souhait est qu'… » and « Lo que sí pedimos es que … »", () => {
    expect(one("Notre souhait est qu'un carnet de bord commun soit tenu dans chaque phare, sur le même modèle.")).toHaveLength(1);
    expect(one("Lo que sí pedimos es que ningún farero sea trasladado sin que se le explique el motivo por escrito.")).toHaveLength(1);
  });

  it("leaves out a hope that is a fact told, not a wish put", () => {
    expect(one("The Guild's hope was that the old lamps would last another winter, and they did.")).toHaveLength(0);
    expect(one("Notre souhait est resté sans réponse pendant trois hivers.")).toHaveLength(0);
  });
});

describe("round 53: a request of its own after a request, its 'it' pointing ahead", () => {
  it("splits a sentence whose 'it' stands for what follows", () => {
    const found = one("The coastguard should give each lighthouse a working radio and pay its keeper well enough to stay. The penal code should make it an offence in itself to switch off a beacon, whatever the owner says about why it was done.");
    expect(found).toHaveLength(2);
    expect(found[1]).toMatch(/^The penal code should make it an offence/);
  });

  it("keeps a sentence whose 'it' points back at the request before it whole with it", () => {
    const found = one("The coastguard should give each lighthouse a working radio. The harbour offices should pay for it out of the port fees.");
    expect(found).toHaveLength(1);
  });
});

describe("round 53: what would benefit someone greatly, what matters most", () => {
  it("reads a body that would benefit greatly from a thing, and what matters most", () => {
    expect(one("Our harbour wardens would benefit greatly from night glasses and from training to board a drifting boat safely.")).toHaveLength(1);
    expect(one("And for the keepers' families, it matters most that a keeper hurt on duty can be flown to hospital within the hour.")).toHaveLength(1);
  });

  it("leaves out a benefit told of the past and what matters said of the speaker", () => {
    expect(one("Our wardens benefited greatly from the radios the county gave them last spring.")).toHaveLength(0);
    expect(one("It matters to us what the islanders think of the lights.")).toHaveLength(0);
  });
});
