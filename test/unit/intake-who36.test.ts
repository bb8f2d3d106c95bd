import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { memoClient, namedReader, nowOffice, regionCountry, repeatedName, separatedPlaceCountry, subjectCellLines, withCorporateForm, withoutBracketNote, withoutTrailingAcronym } from "../../worker/intake/who-elsewhere";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 36 (who and when, blind 29's forms read generally): a memorandum to the organization from its advisers, a name
// in capitals that the running footer repeats, a letterhead piece "Town, Country" between separators, the part of a
// country where the organization works, an office held "now", an editor's note after a role, ", Inc." kept.
// Invented text (mountain guides and porters; invented bodies, people and towns).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const ask = "We ask every State to license the agencies that hire mountain porters and to publish the list each season.";

function read(blocks: string[], removed: string[] = []) {
  const r = understand(blocks.join("\n\n"), removed, segments);
  return { organization: r.organization, speaker: r.speaker, date: r.deliveredOn };
}

describe("round 36: a memorandum to the organization from its advisers", () => {
  it.each([
    [["To: Guild of High Pass Porters (GHPP), Tarnville, Nepal", "From: Ellery Voss & Quint LLP, pro bono team"], "Guild of High Pass Porters", "GHPP", "NP"],
    [["To", "Union of Summit Guides (USG),", "Kelmar, Peru", "From", "Halden Rook LLP"], "Union of Summit Guides", "USG", "PE"],
    [["À : Association des porteurs du col (APC), Ourville, Maroc", "De : Cabinet d'avocats Mercier-Lunel, équipe pro bono"], "Association des porteurs du col", "APC", "MA"],
    [["Para: Asociación de Guías del Nevado (AGN), Pueblo Alto, Bolivia", "De: Bufete Orcasitas y Lema, abogados"], "Asociación de Guías del Nevado", "AGN", "BO"],
    [["To: Mountain Rescue Volunteers Network, Highford, Kenya", "From: Tallis Grey consultants"], "Mountain Rescue Volunteers Network", null, "KE"],
  ])("%j", (lines, name, acronym, country) => {
    expect(memoClient(lines)).toEqual({ name, acronym, country });
  });

  it("not when the sender is no adviser, nor when the addressee is a person", () => {
    expect(memoClient(["To: Guild of High Pass Porters (GHPP), Tarnville, Nepal", "From: Ama Dorje, coordinator"])).toBeNull();
    expect(memoClient(["To: Ms. Ama Dorje", "From: Ellery Voss & Quint LLP"])).toBeNull();
    expect(memoClient(["From: Ellery Voss & Quint LLP"])).toBeNull();
  });

  it("reads the addressee as the organization, and who will read the statement", () => {
    const r = read([
      "MEMORANDUM",
      "To: Guild of High Pass Porters (GHPP), Tarnville, Nepal\nFrom: Ellery Voss & Quint LLP, pro bono team\nDate: 2 May 2031\nRe: Points for the Guild's statement at the constructive dialogue on trafficking, Vienna, 12 May 2031",
      "You asked us to draft points that Mr. Pemba Lhakpa Sherwa, your field secretary, will read at the dialogue.",
      ask,
    ]);
    expect(r.organization).toEqual({ name: "Guild of High Pass Porters", acronym: "GHPP", country: "NP" });
    expect(r.speaker).toEqual({ name: "Pemba Lhakpa Sherwa", role: "field secretary" });
  });
});

describe("round 36: who will read it, named in a memo or a note", () => {
  it.each([
    ["We expect that Ms. Odalys Fenwick-Arce, your programme officer, will read the statement on the day.", "Odalys Fenwick-Arce", "programme officer"],
    ["Dr. Tomasz Wielgus, our policy adviser, will deliver the text in the afternoon.", "Tomasz Wielgus", "policy adviser"],
    ["Il est prévu que Mme Rosine Akakpo, votre chargée de plaidoyer, lira la déclaration.", "Rosine Akakpo", "chargée de plaidoyer"],
    ["La Sra. Elvira Quisbert Mamani, su coordinadora, leerá el texto ante la sala.", "Elvira Quisbert Mamani", "coordinadora"],
    ["Mr. Arlo Benedek, our coordinator, will present the three points.", "Arlo Benedek", "coordinator"],
  ])("%s", (sentence, name, role) => {
    expect(namedReader([sentence])).toEqual({ name, role });
  });

  it("not a name whose verb is no reading", () => {
    expect(namedReader(["Mr. Arlo Benedek, our coordinator, will travel to the capital next week."])).toBeNull();
  });
});

describe("round 36: an organization's name (trailing acronym, corporate form)", () => {
  it("drops an acronym and the comma read after the name", () => {
    expect(withoutTrailingAcronym({ name: "Guild of High Pass Porters (GHPP),", acronym: null })).toEqual({ name: "Guild of High Pass Porters", acronym: "GHPP" });
    expect(withoutTrailingAcronym({ name: "Guild of High Pass Porters (GHPP)", acronym: null })).toEqual({ name: "Guild of High Pass Porters (GHPP)", acronym: null });
  });

  it.each([
    ["Summit Porters Legal Project, Inc. (SPLP)", "Summit Porters Legal Project, Inc."],
    ["Summit Porters Legal Project, Inc.", "Summit Porters Legal Project, Inc."],
    ["Summit Porters Legal Project Ltd. · 4 Ridge Road, Highford", "Summit Porters Legal Project Ltd."],
    ["Summit Porters Legal Project (SPLP)", "Summit Porters Legal Project"],
    ["Summit Porters Legal Project, Incline Street 4", "Summit Porters Legal Project"],
  ])("%s", (line, name) => {
    expect(withCorporateForm({ name: "Summit Porters Legal Project" }, [line])).toEqual({ name });
  });
});

describe("round 36: a name in capitals at the top that the running footer repeats", () => {
  it.each([
    [["HIGHFORD HOUSE OF GUIDES", "General debate — statement"], ["Highford House of Guides · Conference of the Parties · 2"], "Highford House of Guides"],
    [["KELMAR PORTERS CIRCLE"], ["Kelmar Porters Circle | page 1"], "Kelmar Porters Circle"],
    [["Intervención de la Mesa de Guías de Pueblo Alto", "Viena, 3 de junio de 2031"], ["Mesa de Guías de Pueblo Alto", "Diálogo constructivo"], "Mesa de Guías de Pueblo Alto"],
    [["Statement by the Ridge Walkers Circle"], ["Ridge Walkers Circle · 1"], "Ridge Walkers Circle"],
  ])("%j", (header, removed, name) => {
    expect(repeatedName(header, removed)).toBe(name);
  });

  it("not a title the footer repeats, nor a line the footer does not", () => {
    expect(repeatedName(["GENERAL DEBATE"], ["General debate · 1"])).toBeNull();
    expect(repeatedName(["HIGHFORD HOUSE OF GUIDES"], ["Conference of the Parties · 2"])).toBeNull();
    expect(repeatedName(["Statement by Ama Dorje"], ["Ama Dorje · 1"])).toBeNull();
  });

  it("reads it as the organization, with the country of the address set aside", () => {
    const r = read(["HIGHFORD HOUSE OF GUIDES", "General debate — statement", "Mr. President,", ask, "Thank you."], ["Ridge Lane 4 · 10115 Highford · Kenya", "Highford House of Guides · Conference of the Parties, eleventh session 1"]);
    expect(r.organization).toEqual({ name: "Highford House of Guides", acronym: null, country: "KE" });
  });
});

describe("round 36: the country of a letterhead piece \"Town, Country\" between separators", () => {
  it.each([
    ["Porters' Legal Desk (PLD) · Oumtown, Chad · pld@example.org", "TD"],
    ["Porters' Legal Desk | Wadi Sel, Jordan | +000 0000", "JO"],
    ["Porters' Legal Desk • Karaburun, Turkey • pld@example.org", "TR"],
    ["Porters' Legal Desk · Pueblo Alto, Bolivia · pld@example.org", "BO"],
    ["Kelmar Guides · Highford, Kenya", "KE"],
  ])("%s", (line, country) => {
    expect(separatedPlaceCountry([line])).toBe(country);
  });

  it("not a person's name, a line without separators, or a piece with more", () => {
    expect(separatedPlaceCountry(["Smith, Jordan"])).toBeNull();
    expect(separatedPlaceCountry(["Desk · Report by Smith and Chad Holloway, 2031 · 3"])).toBeNull();
  });
});

describe("round 36: the part of a country where the organization works", () => {
  it.each([
    ["L'Observatoire suit depuis dix ans les expéditions organisées dans le Nord-Ouest du Maroc.", "MA"],
    ["Our network works with porters across the north of Nepal.", "NP"],
    ["Nuestra red acompaña a los guías en el sur de Bolivia desde 2015.", "BO"],
    ["We run two shelters in the south-east of Kenya.", "KE"],
    ["The Centre has trained guides throughout the west of Peru.", "PE"],
  ])("%s", (sentence, country) => {
    expect(regionCountry([sentence])).toBe(country);
  });

  it("not a country only discussed, nor one said without a part of it", () => {
    expect(regionCountry(["Many porters travel to the north of Nepal every spring."])).toBeNull();
    expect(regionCountry(["We work with porters in Nepal."])).toBeNull();
  });
});

describe("round 36: the speaker's role", () => {
  it.each([
    ["Les habla Nilda Arce Toledo, hermana de un porteador desaparecido y hoy presidenta de la Asociación de Guías del Nevado.", "presidenta"],
    ["I am Joan Whitcombe, a retired teacher and now chair of the Ridge Walkers Circle.", "chair"],
    ["Je suis Awa Sangaré-Diallo, mère d'un guide et aujourd'hui présidente de l'Association des porteurs du col.", "présidente"],
    ["Soy Ruth Cahuana Flores, maestra rural y actualmente coordinadora de la Mesa de Guías.", "coordinadora"],
  ])("%s", (sentence, role) => {
    const last = sentence.match(/(?:habla|am|suis|Soy) ([^,]+),/)![1]!;
    expect(nowOffice({ name: last, role: null }, [sentence])).toEqual({ name: last, role });
  });

  it("keeps a role already found, and needs a role word", () => {
    expect(nowOffice({ name: "Joan Whitcombe", role: "guide" }, ["I am Joan Whitcombe, a teacher and now chair of the Circle."])).toEqual({ name: "Joan Whitcombe", role: "guide" });
    expect(nowOffice({ name: "Joan Whitcombe", role: null }, ["I am Joan Whitcombe, a teacher and now living in the valley of the river."])).toEqual({ name: "Joan Whitcombe", role: null });
  });

  it.each([
    ["Convenor [Comments from the team still shown; delete before sending]", "Convenor"],
    ["field secretary [check title]", "field secretary"],
    ["coordinadora [nota: confirmar cargo]", "coordinadora"],
    ["President", "President"],
  ])("%s", (role, want) => {
    expect(withoutBracketNote({ name: "Ama Dorje", role })).toEqual({ name: "Ama Dorje", role: want });
  });
});

describe("round 36: a memo's subject set in a cell of its own", () => {
  it("gives the lines of its value", () => {
    expect(subjectCellLines(["To", "Guild of High Pass Porters", "Date", "2 May 2031", "Re", "Notes for our remarks to the constructive", "dialogue on smuggling, Vienna, 12 May 2031", "From", "Firm"])).toEqual([
      "Notes for our remarks to the constructive",
      "dialogue on smuggling, Vienna, 12 May 2031",
    ]);
    expect(subjectCellLines(["Date", "2 May 2031"])).toEqual([]);
  });

  it("dates the statement by the dialogue's day the subject names, over the memo's own date", () => {
    const removed = ["To", "Guild of High Pass Porters (GHPP),", "Tarnville, Nepal", "From", "Ellery Voss & Quint LLP", "Date", "2 May 2031", "Re", "Points for the Guild's statement at the constructive", "dialogue on trafficking, Vienna, 12 May 2031"];
    const r = read(["MEMORANDUM", "1. Purpose", "You asked us for points that Mr. Pemba Lhakpa Sherwa, your field secretary, will read at the dialogue.", ask], removed);
    expect(r.date).toBe("2031-05-12");
    expect(r.organization).toEqual({ name: "Guild of High Pass Porters", acronym: "GHPP", country: "NP" });
  });
});
