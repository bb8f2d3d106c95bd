import { describe, expect, it } from "vitest";
import { findSpeaker, personName } from "../../worker/intake/people";
import { forwardedStatement, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 12 (who and when). Every line here was written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.

describe("who speaks: round 12 forms", () => {
  it("drops an Italian title before a name, and keeps a name that merely starts like one", () => {
    expect(personName("Avv. Lorenzo Castellani")).toBe("Lorenzo Castellani");
    expect(personName("Dott.ssa Giulia Ferranti")).toBe("Giulia Ferranti");
    expect(personName("Sigrun Ovedal")).toBe("Sigrun Ovedal");
  });

  it("cuts a footnote mark, a full stop and an address after a signature's role", () => {
    expect(findSpeaker([], ["Lukas Brennholt, Associate Researcher [2]"])?.speaker).toEqual({ name: "Lukas Brennholt", role: "Associate Researcher" });
    expect(findSpeaker([], ["Lukas Brennholt, Policy Adviser."])?.speaker).toEqual({ name: "Lukas Brennholt", role: "Policy Adviser" });
    expect(findSpeaker([], ["Lukas Brennholt, Head of Advocacy. Riverbank Trust, 4 Mill Lane, Oldtown"])?.speaker).toEqual({ name: "Lukas Brennholt", role: "Head of Advocacy" });
  });

  it("keeps a role whose stop follows a short abbreviation", () => {
    expect(findSpeaker([], ["Lukas Brennholt, Senior Researcher, Dept. Of Law"])?.speaker.role).toContain("Dept. Of Law");
  });
});

describe("when and by whom: round 12 forms", () => {
  const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
  const statement = [
    "HARBOUR WATCH COLLECTIVE (HWC)",
    "Constructive dialogue on trafficking in persons, Vienna, 12 June 2024",
    "Statement delivered by Ilse Marchetti-Boyd, Programme Director",
    "",
    "Thank you, Chair.",
    "",
    "Our collective works with deckhands who were never paid for two seasons on long-haul boats. We ask States to let crews report abuse by radio to a port authority that answers in their own language, and to keep inspection records open to unions.",
  ].join("\n");

  it("reads the statement below a forwarded e-mail's rule, not the e-mail's date or sender", () => {
    const mail = ["---------- Forwarded message ---------", "From: Piet Ocampo <piet@example.org>", "Date: Fri, 21 Jun 2024 at 10:02", "Subject: Fwd: our statement", "", "Hello all, here is the text as read.", "Piet Ocampo", "", "------------------------------", "", statement].join("\n");
    const got = understand(mail, [], segments);
    expect(got.deliveredOn).toBe("2024-06-12");
    expect(got.speaker).toEqual({ name: "Ilse Marchetti-Boyd", role: "Programme Director" });
    expect(forwardedStatement(mail).startsWith("HARBOUR WATCH")).toBe(true);
  });

  it("leaves a text alone that is not a forwarded e-mail, or has no rule", () => {
    expect(forwardedStatement(statement)).toBe(statement);
    const noRule = ["---------- Forwarded message ---------", "From: Piet Ocampo <piet@example.org>", "", statement].join("\n");
    expect(forwardedStatement(noRule)).toBe(noRule);
  });

  it("reads 'Read on <date> by <name>, <role>' as the speaker's by-line and the delivery date", () => {
    const text = ["Joint statement on inland fisheries", "Conference session, Vienna, 10–14 March 2025", "Read on 11 March 2025 by Amaru Quispe-Lindqvist, Policy Officer, on behalf of the Riverbank Alliance", "", "Thank you, Chair.", "", "We ask States to publish every licence granted to a fishing fleet, so that crews and their families can see who employs them and report those who do not pay."].join("\n");
    const got = understand(text, [], segments);
    expect(got.speaker).toEqual({ name: "Amaru Quispe-Lindqvist", role: "Policy Officer" });
    expect(got.deliveredOn).toBe("2025-03-11");
    // "Read by" without a date stays a by-line; a line that reads nothing names no one.
    expect(findSpeaker(["The report was read on Monday and discussed"], [])).toBeNull();
  });
});
