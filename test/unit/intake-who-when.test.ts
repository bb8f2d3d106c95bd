import { describe, expect, it } from "vitest";
import { findSpeaker } from "../../worker/intake/people";
import { findAddressCountry } from "../../worker/intake/places";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Lines written for these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

describe("the speaker", () => {
  it("reads 'Comments given by NAME, Role' and a by-line with an honorific after 'on behalf of'", () => {
    expect(findSpeaker(["Comments given by Dr. Lena Okafor-Smith, Head of Research"], [])?.speaker).toEqual({ name: "Lena Okafor-Smith", role: "Head of Research" });
    expect(findSpeaker(["Intervention présentée au nom du Réseau des juristes du Sahel par Me Ousmane Traoré, Président"], [])?.speaker).toEqual({ name: "Ousmane Traoré", role: "Président" });
    expect(findSpeaker(["Declaración leída en nombre de la Plataforma Andina por la Sra. Rosa Huamán Quispe, Directora"], [])?.speaker).toEqual({ name: "Rosa Huamán Quispe", role: "Directora" });
  });

  it("never takes a plain sentence with 'by' for a by-line", () => {
    expect(findSpeaker(["Victims are often recruited by friends or neighbours"], [])).toBeNull();
  });
});

describe("the organization and its country", () => {
  it("takes the coalition a statement is delivered on behalf of, not the letterhead of its member", () => {
    const text = "Statement on behalf of the Pacific Labour Rights Coalition (PLRC) by Ms. Ana Tuilagi, Coordinator\n\nChair, thank you.\n\nWe urge States to inspect fishing vessels.";
    const read = understand(text, ["ISLAND LEGAL AID CENTRE", "PO Box 88, Apia, Samoa"], segments);
    expect(read.organization).toEqual({ name: "Pacific Labour Rights Coalition", acronym: "PLRC", country: "WS" });
    expect(read.speaker).toEqual({ name: "Ana Tuilagi", role: "Coordinator" });
  });

  it("joins a letterhead name set on two lines, and takes the country from the address, not from the name", () => {
    const read = understand("Chair,\n\nWe urge States to protect witnesses.", ["NETWORK FOR THE RIGHTS OF CHILDREN OF", "THE HORN", "12 Bole Road, Addis Ababa, Ethiopia"], segments);
    expect(read.organization?.name).toBe("Network for the Rights of Children of the Horn");
    expect(findAddressCountry("Coalition of the Gulf of Guinea\nP.O. Box 1021, Lomé, Togo")).toBe("TG");
    expect(findAddressCountry("Honduras · Nicaragua · Panamá\nCalle 5, zona 2, Ciudad de Guatemala")).toBe("GT");
  });
});

describe("the date of delivery", () => {
  it("reads the forms real texts use", () => {
    for (const [line, iso] of [
      ["11 March 2019 – Statement by the Example Alliance", "2019-03-11"],
      ["April 3rd, 2018", "2018-04-03"],
      ["Vienne, le 14 février 2020", "2020-02-14"],
      ["Viena, 9 de agosto de 2016", "2016-08-09"],
    ] as const) {
      expect(understand(`${line}\n\nChair,\n\nWe urge States to act.`, [], segments).deliveredOn).toBe(iso);
    }
  });

  it("reads a dateline that opens the first paragraph ('16 May 2023 – …') when the heading has no date", () => {
    const rest = ["First, recruitment fees.", "Second, inspections.", "Third, remedies.", "Fourth, data.", "Fifth, training.", "We urge States to act.", "Thank you."].join("\n\n");
    const opening = "Chair, distinguished delegates, the Alliance thanks the secretariat for this dialogue, and asks States to inspect recruitment agencies every year.";
    expect(understand(`Statement by the Example Alliance\n\n16 May 2023 – ${opening}\n\n${rest}`, [], segments).deliveredOn).toBe("2023-05-16");
    expect(understand(`Statement by the Example Alliance\n\n16 May 2023 — ${opening}\n\n${rest}`, [], segments).deliveredOn).toBe("2023-05-16");
    // A date inside the paragraph's sentence is not a dateline.
    const inside = "Chair, since the law of 16 May 2023 – which we welcomed – little has changed for workers recruited abroad.";
    expect(understand(`Statement by the Example Alliance\n\n${inside}\n\n${rest}`, [], segments).deliveredOn).toBeNull();
  });

  it("prefers the date of delivery to the date a web page was posted", () => {
    const text = "Posted on 20 May 2021\n\nStatement delivered on 12 April 2021\n\nChair,\n\nWe urge States to act.";
    expect(understand(text, [], segments).deliveredOn).toBe("2021-04-12");
  });
});

describe("who is not the speaker", () => {
  it("never takes an addressee or a photo caption", () => {
    for (const line of ["H.E. Ambassador Tomás Ibarra, President of the Conference", "Dear Ms. Clara Jensen,", "To: Mr. Rafael Osei, Chair", "Photo: Amina Yusuf, Coordinator", "Credit: Jonas Berg"]) {
      expect(findSpeaker([line], [])).toBeNull();
    }
  });
});

describe("round 6, after held-out 5", () => {
  it("takes the organization a title names when no letterhead does, but not a person or a country", () => {
    expect(understand("Statement by Highland Herders for Peace\n\nChair,\n\nWe urge States to mark weapons.", [], segments).organization?.name).toBe("Highland Herders for Peace");
    expect(understand("Mountain Pastoralists Coalition statement\n\nChair,\n\nWe urge States to mark weapons.", [], segments).organization?.name).toBe("Mountain Pastoralists Coalition");
    expect(understand("Statement by Ms. Ruth Kamau\n\nChair,\n\nWe urge States to mark weapons.", [], segments).organization).toBeNull();
    expect(understand("Statement of Ghana\n\nChair,\n\nWe urge States to mark weapons.", [], segments).organization).toBeNull();
  });

  it("reads 'Adv.' and 'Justice (Rtd.)' as honorifics and a 'Signed:' signature", () => {
    expect(findSpeaker(["Delivered by Adv. Nomvula Dube, Legal Officer"], [])?.speaker).toEqual({ name: "Nomvula Dube", role: "Legal Officer" });
    expect(findSpeaker([], ["Thank you.", "Signed: Tomasz Wójcik", "Programme Director"])?.speaker).toEqual({ name: "Tomasz Wójcik", role: "Programme Director" });
    expect(findSpeaker([], ["Thank you.", "Justice (Rtd.) Amos Kiptoo", "Chairperson"])?.speaker).toEqual({ name: "Amos Kiptoo", role: "Chairperson" });
  });
});

describe("a date only in small type or a running header", () => {
  it("is taken from the lines set aside with the letterhead when the text has none, but never a posting date", () => {
    expect(understand("Chair,\n\nWe urge States to act.", ["Tidewater Fishers' Union – statement of 12 March 2021"], segments).deliveredOn).toBe("2021-03-12");
    expect(understand("Chair,\n\nWe urge States to act.", ["Posted on 30 March 2021"], segments).deliveredOn).toBeNull();
  });
});
