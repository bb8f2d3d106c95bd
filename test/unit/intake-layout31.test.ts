import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { clean, joinLines } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { findSpeaker, guestIntroduced, isRole, labelledLetterheadSpeaker } from "../../worker/intake/people";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 31 (layouts and who-and-when, blind set 24 used for development). Every line, name, body and town here is
// invented for these tests; none comes from an evaluation set (test/fixtures/intake/).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const asks = "We ask that every lock keeper be given a radio and a list of the shelters along the canal.\n\nThank you.";

/** Reads a one-page PDF as intake does (extraction, cleaning, understanding). */
async function readPdf(lines: { text: string; size: number; y: number; x?: number }[]) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  for (const l of lines) page.drawText(l.text, { x: l.x ?? 68, y: l.y, size: l.size, font });
  const doc = await extractPdf(await pdf.save());
  const cleaned = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined });
  return { cleaned, read: understand(cleaned.text, cleaned.removed, segments) };
}

const BODY = [
  "Our wardens walk the towpaths between the three upper locks every evening and keep a log of each",
  "barge that moors there after dark, of who is aboard and of what the crew tell them about the work.",
  "Last winter they met forty young deckhands whose wages were held back by the owners since spring.",
  "We ask that every lock keeper be given a radio and a list of the shelters along the whole canal.",
  "We also ask the river police to visit the moorings at night, with an interpreter, twice a month.",
];

describe("a hyphen that belongs to the word, at a line's end (PDF, hard-wrapped text)", () => {
  it("keeps 'porte-' + 'parole' and 'vice-' + 'présidente' whole, with their hyphen", () => {
    expect(joinLines("lu par Mme Odile Ferrand, porte-", "parole de l'Union")).toBe("lu par Mme Odile Ferrand, porte-parole de l'Union");
    expect(joinLines("Intervention de la vice-", "présidente")).toBe("Intervention de la vice-présidente");
    expect(joinLines("a network of self-", "help groups")).toBe("a network of self-help groups");
  });

  it("still mends a word broken at a syllable ('organi-' + 'zation', 'dé-' + 'claration')", () => {
    expect(joinLines("the organi-", "zation of the")).toBe("the organization of the");
    expect(joinLines("notre dé-", "claration")).toBe("notre déclaration");
    // "support-" is no word always written with a hyphen: the line break's hyphen goes, as before.
    expect(joinLines("the support-", "ive staff")).toBe("the supportive staff");
  });

  it("reads the speaker of a closing by-line whose role a PDF broke at its hyphen", async () => {
    const { read } = await readPdf([
      { text: "Union des bateliers du canal", size: 16, y: 780 },
      ...BODY.map((text, i) => ({ text, size: 10.5, y: 740 - i * 14 })),
      { text: "Écrit à Lockton le 28 mai 2031 et lu à Vienne le 3 juin 2031 par Mme Odile Ferrand, porte-", size: 10.5, y: 640 },
      { text: "parole de l'Union", size: 10.5, y: 626 },
    ]);
    expect(read.speaker?.name).toBe("Odile Ferrand");
    expect(read.text).toContain("porte-parole");
  });
});

describe("a speaker labelled in small type under the title, which a PDF sets aside with the letterhead", () => {
  it("reads 'Label: NAME, role' among the letterhead's lines", () => {
    expect(labelledLetterheadSpeaker(["Canal Wardens Union", "On the towpath today: Ilse Marrow, warden coordinator"])).toEqual({ name: "Ilse Marrow", role: "warden coordinator" });
  });

  it("reads no contact, author, translator or memo field as the speaker (near misses)", () => {
    expect(labelledLetterheadSpeaker(["Contact: Ilse Marrow, programme officer"])).toBeNull();
    expect(labelledLetterheadSpeaker(["Translated by: Ilse Marrow, volunteer"])).toBeNull();
    expect(labelledLetterheadSpeaker(["From: Ilse Marrow, coordinator"])).toBeNull();
    expect(labelledLetterheadSpeaker(["Press enquiries: Ilse Marrow, officer"])).toBeNull();
    // A name without a role may be anyone's: not read.
    expect(labelledLetterheadSpeaker(["On the towpath today: Ilse Marrow"])).toBeNull();
  });

  it("reads it from a PDF whose small line under the title is set aside", async () => {
    const { cleaned, read } = await readPdf([
      { text: "CANAL WARDENS UNION (CWU)", size: 7.5, y: 800 },
      { text: "Quay 0, Lockton · cwu@example.org", size: 7.5, y: 790 },
      { text: "A recipe for safer moorings", size: 16, y: 760 },
      { text: "On the towpath today: Ilse Marrow, warden coordinator", size: 7.5, y: 745 },
      ...BODY.map((text, i) => ({ text, size: 10.5, y: 720 - i * 14 })),
    ]);
    expect(cleaned.removed.some((l) => l.includes("Ilse Marrow"))).toBe(true);
    expect(read.speaker).toEqual({ name: "Ilse Marrow", role: "warden coordinator" });
  });
});

describe("by-lines and roles (who)", () => {
  it("reads 'Statement on behalf of the X by its role, NAME' (en, fr, es)", () => {
    expect(findSpeaker(["Statement on behalf of the Guild by its deputy treasurer, Orla Venn"], [])?.speaker).toEqual({ name: "Orla Venn", role: "deputy treasurer" });
    expect(findSpeaker(["Intervention au nom du Réseau par sa coordinatrice, Maëlle Dorin"], [])?.speaker).toEqual({ name: "Maëlle Dorin", role: "coordinatrice" });
    expect(findSpeaker(["Declaración en nombre de la Red por su directora, Inés Calvo Prat"], [])?.speaker).toEqual({ name: "Inés Calvo Prat", role: "directora" });
  });

  it("takes the body's full name from the letterhead when the heading calls it by one word", () => {
    const bureau = understand(`Quays that nobody watches\n\nStatement for the Bureau, read by its second director, Orla Venn\n\nOn behalf of the Bureau, we thank the Chair.\n\n${asks}`, ["Lockton River Aid Bureau", "Quay 0, Lockton", "3 June 2031"], segments);
    expect(bureau.organization?.name).toBe("Lockton River Aid Bureau");
    const r = understand(`Quays that nobody watches\n\nStatement on behalf of the Guild by its second director, Orla Venn\n\n${asks}`, ["Lockton River Pilots Guild", "Quay 0, Lockton", "3 June 2031"], segments);
    expect(r.organization?.name).toBe("Lockton River Pilots Guild");
    expect(r.speaker).toEqual({ name: "Orla Venn", role: "second director" });
  });

  it("reads a mentor and a field monitor in title case as roles, not an election monitor (a body)", () => {
    expect(isRole("mentor and retired lock keeper")).toBe(true);
    expect(isRole("Field Monitor")).toBe(true);
    expect(isRole("Election Monitor")).toBe(false);
    expect(findSpeaker(["Speaker — Mr. Tobin Ashgrove (Field Monitor)"], [])?.speaker).toEqual({ name: "Tobin Ashgrove", role: "Field Monitor" });
  });

  it("ends the role before the day after it, and before whom it is for in a signature", () => {
    const dated = understand(`Dialogue constructif sur la traite\nIntervention de Me Aurèle Vidal, avocat, jeudi 3 juin 2031\n\n${asks}`, [], segments);
    expect(dated.speaker).toEqual({ name: "Aurèle Vidal", role: "avocat" });
    const signed = understand(`Les quais la nuit\n\nMonsieur le Président,\n\nNous demandons que chaque éclusier reçoive une radio.\n\nPour l'association, sa présidente,\nAline Morvan`, [], segments);
    expect(signed.speaker).toEqual({ name: "Aline Morvan", role: "présidente" });
  });

  it("ends the role where a hard-wrapped heading ran the dialogue's line into it", () => {
    const r = understand(`Statement by Tobin Ashgrove, mentor and retired lock keeper Constructive dialogue on firearms - 3/6/2031\n\n${asks}`, [], segments);
    expect(r.speaker).toEqual({ name: "Tobin Ashgrove", role: "mentor and retired lock keeper" });
  });
});

describe("an interview's guest, a programme's credits, a note to the reader", () => {
  it("reads the guest a host names in the sentence after speaking of one, and the organization after the role", () => {
    const intro = "HOST: Good evening. This morning there is a guest in the studio with us. She is Ilse Marrow, warden coordinator of the Canal Wardens Union. Welcome.";
    expect(guestIntroduced([intro])).toEqual({ name: "Ilse Marrow", role: "warden coordinator" });
    const r = understand(`TOWPATH RADIO\nProducer: Tobin Ashgrove\n\n${intro}\n\nGUEST: Thank you. ${asks}`, [], segments);
    expect(r.speaker).toEqual({ name: "Ilse Marrow", role: "warden coordinator" });
    expect(r.organization?.name).toBe("Canal Wardens Union");
  });

  it("reads no guest from a sentence about someone else (near miss)", () => {
    expect(guestIntroduced(["We met the harbour master last week. He is Tobin Ashgrove, who runs the port."])).toBeNull();
  });

  it("takes the reader who introduces themselves under 'TEXT TO BE READ', and the day the note names, not the note's", () => {
    const note = [
      "CANAL WARDENS UNION (CWU)",
      "HANDOVER NOTE\nFrom: Tobin Ashgrove, chair\nTo: Ilse Marrow, warden coordinator\nLockton, 31 May 2031",
      "Dear Ilse,",
      "You will read our statement in Vienna on Thursday 5 June, at the dialogue on trafficking. Speak slowly.",
      "-----------------\nTEXT TO BE READ",
      "Madam Chair,",
      "My name is Ilse Marrow and I am the warden coordinator of the Canal Wardens Union.",
      asks,
    ].join("\n\n");
    const r = understand(note, [], segments);
    expect(r.speaker).toEqual({ name: "Ilse Marrow", role: "warden coordinator" });
    expect(r.deliveredOn).toBe("2031-06-05");
  });
});

describe("when and which body, from a heading's dateline and a footer line", () => {
  it("dates a dateline with no year by the one year of the running header", () => {
    const r = understand(`Vienne, 3 juin\n\nLes quais la nuit\n\nMonsieur le Président,\n\nNous demandons que chaque éclusier reçoive une radio.`, ["Union des bateliers du canal · 2031"], segments);
    expect(r.deliveredOn).toBe("2031-06-03");
  });

  it("reads no date when the running header names two years (near miss)", () => {
    const r = understand(`Vienne, 3 juin\n\nLes quais la nuit\n\nMonsieur le Président,\n\nNous demandons que chaque éclusier reçoive une radio.`, ["Union des bateliers du canal · 2030–2031"], segments);
    expect(r.deliveredOn).toBeNull();
  });

  it("reads the name of a line 'Name - Town, Country - e-mail', a body named for its people included", () => {
    const r = understand(`Upper Canal Towpath Volunteers - Lockton, Greece - uctv@example.org\n\nThank you, Chair.\n\n${asks}`, [], segments);
    expect(r.organization?.name).toBe("Upper Canal Towpath Volunteers");
  });
});
