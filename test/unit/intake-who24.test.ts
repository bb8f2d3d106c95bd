import { describe, expect, it } from "vitest";
import { findSpeaker, isOrgName, personName } from "../../worker/intake/people";
import { findCountry } from "../../worker/intake/places";
import { findDates, MONTH_YEAR } from "../../worker/intake/dates";
import { likelySegment } from "../../worker/intake/segments";
import { digestStatement, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 24 (metadata fields). Lines written for these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

const statementInDigest = [
  "COASTAL NET-WORKERS' WELFARE UNION (CNWU)",
  "P.O. Box 0, Kilifi, Kenya",
  "Remarks for the Constructive Dialogue on Firearms",
  "Vienna, 6 May 2022",
  "Delivered by Amani Wekesa, Field Coordinator, CNWU",
  "",
  "Chair, colleagues,",
  "",
  "Along our part of the shore, boat crews tell us that rifles now travel with the night catch, hidden below the ice boxes, and that nobody on the landing beaches has the right to open a box.",
  "",
  "We propose that landing beaches have one trained officer who may inspect cargo, and that seizures be recorded in the national registry within a week.",
  "",
  "Thank you.",
].join("\n");

const digest = [
  "Send HarbourVoices-L mailing list submissions to",
  "",
  "Today's Topics:",
  "",
  "   1. Hotel list for the meeting (Rosa Kivela)",
  "   2. Text we read this morning (Amani Wekesa)",
  "",
  "----------------------------------------------------------------------",
  "",
  "Message: 1",
  "Date: Fri, 6 May 2022 08:01:00 +0200",
  "From: Rosa Kivela <rosa@hv.example.org>",
  "Subject: Hotel list for the meeting",
  "",
  "Dear friends, the hotel list is attached; please book before Monday so the group rate still applies.",
  "",
  "------------------------------",
  "",
  "Message: 2",
  "Date: Fri, 6 May 2022 16:40:00 +0200",
  "From: Amani Wekesa <amani@cnwu.example.org>",
  "Subject: Text we read this morning",
  "",
  "Hello everyone, here is what I read in the room today.",
  "",
  "=====",
  statementInDigest,
  "=====",
  "",
  "------------------------------",
  "",
  "End of HarbourVoices-L Digest, Vol 3, Issue 9",
].join("\n");

describe("a mailing-list digest", () => {
  it("reads the statement pasted in one of its messages, not the digest's header", () => {
    expect(digestStatement(digest)).toBe(statementInDigest);
    const read = understand(digest, [], segments);
    expect(read.speaker).toEqual({ name: "Amani Wekesa", role: "Field Coordinator" });
    expect(read.organization?.acronym).toBe("CNWU");
    expect(read.deliveredOn).toBe("2022-05-06");
  });

  it("leaves a text with one message, or no message numbers, as it is (near miss)", () => {
    const one = digest.replace("Message: 2", "Note two");
    expect(digestStatement(one)).toBe(one);
    expect(digestStatement(statementInDigest)).toBe(statementInDigest);
  });
});

describe("by-lines", () => {
  it("reads a by-line in round brackets under the title, the role named by whose it is", () => {
    expect(findSpeaker(["(read by the Alliance’s treasurer, Mr Tomas Q. Varga)"], [])?.speaker).toEqual({ name: "Tomas Q. Varga", role: "treasurer" });
    expect(findSpeaker(["(presented by ABC's legal officer, Ms Irene Dahl)"], [])?.speaker).toEqual({ name: "Irene Dahl", role: "legal officer" });
    // Near miss: a remark in brackets that names nobody.
    expect(findSpeaker(["(read by all members before the vote)"], [])).toBeNull();
  });

  it("reads a closing line 'NAME | Role | Organization'", () => {
    expect(findSpeaker([], ["Ines Halvorsen | Outreach coordinator | Fjord Migrant Aid"])?.speaker).toEqual({ name: "Ines Halvorsen", role: "Outreach coordinator" });
    // Near misses: bars between places, a name with no role after it, and a sender's two-part signature
    // (a covering e-mail's, which may sign above a statement read by someone else).
    expect(findSpeaker([], ["Oslo | Bergen | Tromsø"])).toBeNull();
    expect(findSpeaker([], ["Ines Halvorsen | Oslo | Fjord Migrant Aid"])).toBeNull();
    expect(findSpeaker([], ["Ines Halvorsen | Press Officer"])).toBeNull();
  });

  it("reads whom a by-line speaks for first, then the speaker after a comma", () => {
    expect(findSpeaker(["En nombre de la Red Costera, Lic. Ana Beltrán Ruiz, asesora legal"], [])?.speaker).toEqual({ name: "Ana Beltrán Ruiz", role: "asesora legal" });
    expect(findSpeaker(["On behalf of the Delta Women’s Forum, Dr Noor Haddad, Senior Researcher"], [])?.speaker).toEqual({ name: "Noor Haddad", role: "Senior Researcher" });
    // Near miss: the sentence goes on after whom it speaks for.
    expect(findSpeaker(["En nombre de la Red, agradecemos a la Presidencia su invitación"], [])).toBeNull();
  });

  it("reads a labelled 'Speaker: NAME, role' paragraph inside the text", () => {
    const text = ["Pine Valley Legal Clinic", "", "Short version for the room", "", "Speaker: Dara Finnegan, senior paralegal", "", "Chair, we ask for three things, set out in full in our written text below, which we hope every delegation will read with care.", "", "Thank you."].join("\n");
    expect(understand(text, [], segments).speaker).toEqual({ name: "Dara Finnegan", role: "senior paralegal" });
    // Near miss: a label with no name after it.
    expect(findSpeaker(["Speaker: to be confirmed"], [])).toBeNull();
  });

  it("drops 'Mgtr.' before a name and ends a bracketed role at its bracket", () => {
    expect(findSpeaker(["Palabras de la Mgtr. Lucía Fernández Soto, coordinadora"], [])?.speaker).toEqual({ name: "Lucía Fernández Soto", role: "coordinadora" });
    expect(findSpeaker(["Henrik Aalto (Policy Lead) for the Baltic Shelter Alliance"], [])?.speaker).toEqual({ name: "Henrik Aalto", role: "Policy Lead" });
  });

  it("takes a name ending in 'Circle' or opening with 'Clinique' for a body's, not a person's", () => {
    expect(personName("Harbour Returnees Circle")).toBeNull();
    expect(isOrgName("Clinique juridique des Alpes")).toBe(true);
    // Near miss: a person's name is still one.
    expect(personName("Circe Lindqvist")).toBe("Circe Lindqvist");
  });
});

describe("dates and segments", () => {
  it("gives no delivery date to an urgent action (its date is the day it was issued)", () => {
    const appeal = ["RIVERSIDE DEFENDERS WATCH (RDW)", "", "URGENT ACTION – UA 04/23", "Date of issue: 12 October 2023", "", "A community leader who spoke about trafficking in persons has been threatened. We ask members to write to the authorities before the end of the month and to copy us."].join("\n");
    expect(understand(appeal, [], segments).deliveredOn).toBeNull();
    // Near miss: a statement whose title says urgent action is needed.
    const statement = ["Urgent action is needed on ammunition", "Vienna, 5 May 2023", "", "Chair, firearms are only half of the story; the cartridges that feed them cross borders more easily still, and nobody counts them."].join("\n");
    expect(understand(statement, [], segments).deliveredOn).toBe("2023-05-05");
  });

  it("reads a month and year with no day", () => {
    expect(MONTH_YEAR.exec("vienna, mayo de 2023")?.slice(1)).toEqual(["mayo", "2023"]);
    expect(findDates("Vienna, May 2023")).toEqual([]);
  });

  it("suggests the segment of the month a line naming the dialogue gives, when one segment of that topic falls in it", () => {
    const note = ["Project outline", "", "Outline for delegates to the technical assistance dialogue, held in Vienna in May 2023", "", "We plan to train prosecutors in technical assistance planning, and ask partners to share their technical assistance calendars."].join("\n");
    expect(understand(note, [], segments).segment).toBe("2023-2-technical-assistance");
    const leaflet = ["Helpline for families", "", "We answer calls about trafficking in persons day and night, and refer callers to shelters.", "", "Given out to delegates during the trafficking in persons dialogue (Vienna), July", "2022."].join("\n");
    expect(understand(leaflet, [], segments).segment).toBe("2022-4-trafficking-in-persons");
    // Near miss: a month in a line that names no dialogue is no hint (the undated leaflet's topic alone ties two segments).
    const undated = leaflet.replace(/Given out to delegates.*\n2022\./s, "Printed in July 2022.");
    expect(understand(undated, [], segments).segment).toBeNull();
  });

  it("prefers, undated, the dialogue on the one topic named over a dialogue on two", () => {
    expect(likelySegment(segments, new Map([["technical-assistance", 6]]), null, "")).toBe("2023-2-technical-assistance");
    // Near miss: with the other topic named too, the two-topic dialogue is not put behind.
    expect(likelySegment(segments, new Map([["international-cooperation", 6]]), null, "")).toBe("2022-2-international-cooperation-technical-assistance");
  });
});

describe("countries", () => {
  it("reads France's overseas departments as France", () => {
    expect(findCountry("Rue des Palmiers, Cayenne, Guyane")).toBe("FR");
    expect(findCountry("Fort-de-France, Martinique")).toBe("FR");
    // Near miss: Guyana is a country of its own.
    expect(findCountry("Georgetown, Guyana")).toBe("GY");
  });
});
