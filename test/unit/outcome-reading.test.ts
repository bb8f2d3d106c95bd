import { describe, expect, it } from "vitest";
import { paragraphIndex, stem, terms } from "../../worker/domain/outcome-match";
import { byParagraph, carryLinks, linkChanges, paragraphAnchor } from "../../worker/domain/outcomes";
import { readParagraphs } from "../../worker/intake/paragraphs";

/** Reading an outcome into its own paragraphs, and the matcher behind the suggestions: pure modules. */

describe("readParagraphs", () => {
  it("keeps the document's numbering, sub-paragraphs as 12(a), skips headings and reads the front matter", () => {
    const read = readParagraphs(
      "United Nations\nCTOC/COP/WG.4/2023/CRP.1\nChair's summary of the dialogue\n4 de octubre de 2023\n\nI. Introduction\n\n11. Opening.\n\nA. Victims\n\n12. Participants recommended that States:\n(a) Train officials;\nb) Fund shelters;\n(i) in rural areas.\n\nA quoted passage continues paragraph 12.\n\n3. A list item inside, not a paragraph.\n\n13. Closing.",
    );
    expect(read.title).toBe("Chair's summary of the dialogue");
    expect(read.publishedOn).toBe("2023-10-04");
    expect(read.paragraphs).toEqual([
      { number: "11", text: "Opening." },
      { number: "12", text: "Participants recommended that States:" },
      { number: "12(a)", text: "Train officials;" },
      { number: "12(b)", text: "Fund shelters; (i) in rural areas.\n\nA quoted passage continues paragraph 12.\n\n3. A list item inside, not a paragraph." },
      { number: "13", text: "Closing." },
    ]);
  });

  it("numbers the blocks of a document without numbering 1, 2, 3 and leaves headings out", () => {
    const read = readParagraphs("Summary by the Co-Chairs\n\nParticipants met in Vienna.\n\nMain points\n\nSpeakers called for training,\nand for shelters.\n\nThe Chair closed the meeting.");
    expect(read.paragraphs).toEqual([
      { number: "1", text: "Participants met in Vienna." },
      { number: "2", text: "Speakers called for training, and for shelters." },
      { number: "3", text: "The Chair closed the meeting." },
    ]);
    expect(read.title).toBe("Summary by the Co-Chairs");
    expect(read.publishedOn).toBeNull();
  });

  it("does not take a year opening a line for a paragraph number, and reads past paragraph 999", () => {
    const read = readParagraphs("1. Opening.\n\n2. In the review cycle that began in\n2022. The Conference decided.\n\n3. Closing.");
    expect(read.paragraphs.map((p) => p.number)).toEqual(["1", "2", "3"]);
    const long = readParagraphs(Array.from({ length: 1002 }, (_, i) => `${i + 1}. Point ${i + 1}.`).join("\n\n"));
    expect(long.paragraphs.at(-1)).toEqual({ number: "1002", text: "Point 1002." });
  });

  it("gives anchors and an order for labels", () => {
    expect(paragraphAnchor("12(a)")).toBe("para-12a");
    expect(["12(b)", "2", "12", "12(a)"].sort(byParagraph)).toEqual(["2", "12", "12(a)", "12(b)"]);
  });
});

describe("the matcher", () => {
  it("folds inflections and the three languages' cognates to one stem, and drops how summaries speak", () => {
    expect(new Set(["victims", "victimes", "víctimas"].map((w) => stem(w.normalize("NFD").replace(/\p{M}/gu, ""))))).toEqual(new Set(["victim"]));
    expect(terms("Several speakers called for the cooperation of States").stems).toEqual(["cooper"]);
    expect(terms("Les participants ont souligné l'importance de la coopération").stems).toEqual(["import", "cooper"]);
  });

  it("ranks the paragraph sharing the rarer words first, with those words as the reason", () => {
    const suggest = paragraphIndex([
      { number: "1", text: "Participants underlined the importance of victims' rights." },
      { number: "2", text: "Several speakers called for national referral mechanisms for victims." },
      { number: "3", text: "Participants called for firearms marking." },
    ]);
    const [first, ...rest] = suggest("Establish a national referral mechanism for victims.");
    expect(first).toMatchObject({ paragraph: "2", why: ["national", "referral", "mechanism", "victims"] });
    expect(rest.map((c) => c.paragraph)).toEqual(["1"]);
    expect(suggest("Nothing in common here")).toEqual([]);
  });
});

describe("links across a replaced document and in the history", () => {
  it("follows a paragraph's unchanged text to its new label and drops a changed one", () => {
    const before = [
      { number: "1", text: "Opening." },
      { number: "2", text: "Training  of officials." },
      { number: "3", text: "Shelters." },
    ];
    const after = [
      { number: "1", text: "Opening." },
      { number: "2", text: "A new paragraph." },
      { number: "3", text: "Training of officials." },
      { number: "4", text: "Shelters and housing." },
    ];
    expect([...carryLinks(before, after)]).toEqual([
      ["1", "1"],
      ["2", "3"],
    ]);
  });

  it("lists, per statement, only the proposals whose paragraphs changed", () => {
    const a = [
      { submissionId: 1, proposal: 1, paragraph: "2" },
      { submissionId: 1, proposal: 2, paragraph: "3" },
    ];
    const b = [
      { submissionId: 1, proposal: 1, paragraph: "2" },
      { submissionId: 2, proposal: 1, paragraph: "4(a)" },
    ];
    expect(Object.fromEntries(linkChanges(a, b))).toEqual({
      1: { "proposals.2.outcome": { from: ["3"], to: [] } },
      2: { "proposals.1.outcome": { from: [], to: ["4(a)"] } },
    });
  });
});
