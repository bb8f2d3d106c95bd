import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { rewriteTables, tagTables, type TableLine } from "../../worker/intake/pdf-tables";

// Round 25 (English proposals, blind set 20 used for development): text and names written for these tests.

const OPENING = "Good morning, Chair. We speak for a league of river ferry crews from the Varnaby delta.";
const CLOSING = "Thank you for your patience.";
const BACKGROUND = "Last spring eleven deckhands were left in a port with no wages and a broker's bill in their pockets.";
const prose = (...sentences: string[]) => `${OPENING}\n\n${BACKGROUND} ${sentences.join(" ")}\n\n${CLOSING}`;
const taken = (ask: string) => expect(findProposals(prose(ask))).toEqual([ask]);
const none = (sentence: string) => expect(findProposals(prose(sentence))).toEqual([]);
/** A sentence opening a paragraph of its own, after a paragraph of background. */
const opening = (ask: string) => expect(findProposals(`${OPENING}\n\n${BACKGROUND}\n\n${ask}\n\n${CLOSING}`)).toEqual([ask]);
const openingNone = (sentence: string) => expect(findProposals(`${OPENING}\n\n${BACKGROUND}\n\n${sentence}\n\n${CLOSING}`)).toEqual([]);

describe("asks in running prose (blind 20)", () => {
  it("the one thing a body should do, as a condition; not what it did, nor what it would do", () => {
    taken("If donors did only one thing next year, it should be to pay the ferry crews' wages while a case is heard.");
    taken("If there is one thing the labour ministries must do, it is to publish the names of struck-off brokers.");
    none("If the police did one thing right that winter, it was to keep the shelter open.");
    none("If the brokers did one thing well, it would be to hide their fees from the crews.");
  });

  it("a question asking a body to gather, publish or set up something; not a question asking why, nor about the past", () => {
    taken("Could the secretariat collect the rulings on forced labour from each region in one searchable place, with a short summary of each?");
    taken("Would the agency publish, once a year, the number of deckhands sent home without their wages?");
    none("Could the secretariat explain why the rulings from our delta never appear in its reports?");
    none("Could the police have collected the crews' phones before the hearing began?");
  });

  it("'What we would like to see, <a remark>, is …'; not what was hoped in the past", () => {
    taken("What we would like to see, over the next decade, is a register of ferry brokers in every river port.");
    none("What we would have liked to see, in those years, was a single inspector on the quays.");
  });

  it("a body that can help by doing a thing; not one that helped, nor the speaker's own volunteers", () => {
    taken("Lending banks could help by checking where the recruitment fees of the crews are paid from.");
    none("Lending banks helped by checking the fees of two brokers last year.");
    none("Our volunteers can help by translating the contracts into the crews' languages.");
  });

  it("what would help if a body acted (an earlier rule, read in the memo below); not what would have helped", () => {
    taken("It would help if the customs offices shared one list of the brokers they have fined.");
    none("It would have helped if the customs offices had shared their list of fined brokers.");
  });

  it("a wish in the imperative whose subject is a body without an article; not 'Let alone …', nor 'Let me …'", () => {
    opening("Let port authorities inspect the crew quarters of every ferry before it sails.");
    openingNone("Let alone the courts, not even the harbour police have read the inspectors' report.");
    openingNone("Let me describe one crossing from the night of the flood.");
  });

  it("grateful if something could be done, after a thanks; not grateful to speak again", () => {
    taken("We thank the foundation that paid for our tickets, and we would be most grateful if this grant could go next year to a deckhand rather than to our staff.");
    none("We thank the foundation that paid for our tickets, and we would be grateful if we could speak again next year.");
  });

  it("'Our second hope is that …' as 'Our hope is that …'; not a hope in the past", () => {
    taken("Our second hope is that the ferry companies will print every crew contract in two languages.");
    none("Our second hope was that the brokers would leave the port after the flood.");
  });

  it("a maxim about anyone of a kind after a request is not part of it; alone, it is read as a request", () => {
    const ask = "If donors did only one thing next year, it should be to pay the ferry crews' wages while a case is heard.";
    expect(findProposals(prose(ask, "A broker who has taken a fee should answer for the berth he sold."))).toEqual([ask]);
    taken("A broker who takes a fee from a deckhand should answer for the berth he sells.");
  });
});

describe("a thanks that asks, in a preamble above a list (blind 20)", () => {
  const statement = (thanks: string) =>
    [
      OPENING,
      `We thank the interpreters for their long day. ${thanks}`,
      "Our requests are these:",
      "(a) Port authorities should keep one trained inspector in each river port.\n(b) Donors should pay for the crews' legal aid until their cases are heard.",
      CLOSING,
    ].join("\n\n");

  it("is a request of its own, before the list's; not a thanks with a wish to speak again", () => {
    const ask = "We also thank the foundation that paid our fares, and we would be most grateful if this grant could go next year to a deckhand who leads our crews.";
    expect(findProposals(statement(ask))).toEqual([
      ask,
      "Port authorities should keep one trained inspector in each river port.",
      "Donors should pay for the crews' legal aid until their cases are heard.",
    ]);
    expect(findProposals(statement("We also thank the foundation that paid our fares, and we would be most grateful if we could come back next year."))).toHaveLength(2);
  });
});

describe("numbered section headings over lists (blind 20: an evaluation summary)", () => {
  const summary = [
    "Summary of the evaluation of the ferry inspectors' course",
    "1. The course",
    "Between 2021 and 2023 the league trained eighty inspectors for six river ports.",
    "2. What we found",
    "• Most trained inspectors had left the ports within two years.\n• Nobody checked whether the new checklists were ever used.",
    "3. Recommendations",
    "• Port authorities should keep at least one trained inspector in each port.\n• Donors should pay for a visit to each port six months after every course.",
    "4. What the league will change",
    "We will shorten the course and publish the results of each visit.",
  ].join("\n\n");

  it("a title numbered on from a section heading heads the next section, over bullets too: the recommendations alone are the proposals", () => {
    expect(findProposals(summary)).toEqual([
      "Port authorities should keep at least one trained inspector in each port.",
      "Donors should pay for a visit to each port six months after every course.",
    ]);
  });

  it("not numbered topics over their own bullets, the first of which is no section heading", () => {
    const topics = [
      "We propose the following:",
      "1. Ports\n• Inspect the crew quarters of every ferry before it sails.\n• Keep a register of the brokers at each landing.",
      "2. Wages\n• Pay the deckhands through a bank account in their own names.\n• Publish the wage scale in every port office.",
    ].join("\n\n");
    expect(findProposals(topics)).toEqual([
      "Inspect the crew quarters of every ferry before it sails.",
      "Keep a register of the brokers at each landing.",
      "Pay the deckhands through a bank account in their own names.",
      "Publish the wage scale in every port office.",
    ]);
  });
});

describe("the statement as delivered inside a memo (blind 20)", () => {
  const memo = (line: string) =>
    [
      "MEMO",
      "To: Board of the league\nFrom: Programme officer\nRe: our statement",
      "1. I read our statement on Tuesday afternoon, after two statements on port controls.",
      "2. The Board should sign off the printing costs for the crew survey. I would also propose a letter from us to both delegations who wanted it.",
      line,
      "Thank you, Chair.",
      "River ferries carry more workers than their licences allow, and the brokers keep the crews' papers.",
      "Port authorities can help by counting the passengers at every landing.",
      "It would help if the labour inspectors kept one list of the brokers they have fined.",
      "Thank you.",
      "4. Next steps: I will send the survey to both delegations by the end of the month.",
    ].join("\n\n");

  it("under a line of its own, the statement's requests are the proposals, not the memo's requests to its board", () => {
    expect(findProposals(memo("3. Text as delivered:"))).toEqual([
      "Port authorities can help by counting the passengers at every landing.",
      "It would help if the labour inspectors kept one list of the brokers they have fined.",
    ]);
  });

  it("not when the memo only says in a sentence that the text follows: the whole memo is read", () => {
    expect(findProposals(memo("3. Below is the statement, which I read as it was written."))).toContain("The Board should sign off the printing costs for the crew survey.");
  });
});

describe("a bold heading right under a table of recommendations in a PDF (blind 20)", () => {
  const line = (x: number, y: number, text: string, font = "Regular", size = 9): TableLine => ({ x, y, text, size, endX: x + text.length * 4, font });
  const pitch = 10;
  const table = (after: TableLine) => [
    line(60, 700, "Our recommendations are in the table below.", "Regular", 11),
    line(60, 660, "Recommendation"),
    line(220, 660, "Addressed to"),
    line(60, 660 - 2 * pitch, "Keep one trained inspector"),
    line(60, 660 - 3 * pitch, "in each river port."),
    line(220, 660 - 2 * pitch, "Port authorities"),
    line(60, 660 - 5 * pitch, "Pay for a visit after"),
    line(60, 660 - 6 * pitch, "every course."),
    line(220, 660 - 5 * pitch, "Donors"),
    after,
    line(60, 660 - 11 * pitch, "We will shorten the course and publish each visit.", "Regular", 11),
  ];

  it("ends the table: it is the text after it, not a row", () => {
    const pages = [table(line(60, 660 - 8.5 * pitch, "4. What we will change", "Bold"))];
    const read = rewriteTables(pages, tagTables(pages)).map((lines) => lines.map((l) => l.text));
    expect(read[0]).toContain("4. What we will change");
    expect(read[0]!.filter((t) => t.startsWith("•"))).toEqual(["• Keep one trained inspector in each river port.", "• Pay for a visit after every course."]);
  });

  it("not a line in the table's own type after the same gap: a row", () => {
    const pages = [table(line(60, 660 - 8.5 * pitch, "Publish the visit reports.", "Regular"))];
    const read = rewriteTables(pages, tagTables(pages)).map((lines) => lines.map((l) => l.text));
    expect(read[0]!.filter((t) => t.startsWith("•"))).toHaveLength(3);
  });
});
