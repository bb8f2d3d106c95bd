import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractDocx } from "../../worker/intake/extract-docx";
import { otherCells, RECOMMENDATION_COLUMN, TOTAL_ROW } from "../../worker/intake/pdf-tables";
import { findProposals } from "../../worker/intake/proposals";
import { withDelimitedTables } from "../../worker/intake/text-tables";

// Round 19 (English proposals, blind set 14 used for development): text and names written for these tests.

const OPENING = "Our guild trains the ferry crews who cross the lagoon each night.";

describe("what others said is not the speaker's request", () => {
  const heard = [
    "- Several delegations said that ferry licences should be checked online.",
    "- One delegation suggested that the secretariat should draft a model permit.",
    "- Many speakers said that harbour offices lack inspectors.",
    "- Two delegations told us that crews are often fined because their papers are late.",
  ].join("\n");
  const ours = [
    "- Harbour offices should give every crew member a copy of the inspection report within a week.",
    "- States parties should let crews appeal a fine before a court that sits near the port.",
    "- Lifejackets for night crossings should be paid for out of the aid budgets.",
  ].join("\n");

  it("a list of what delegations said, then the organization's own list: the latter, under titles that ask nothing", () => {
    const text = `${OPENING}\n\nWHAT THE ROOM SAID\n\n${heard}\n\nWe agree with much of this.\n\nOUR ADDITIONS\n\n${ours}\n\nThank you.`;
    expect(findProposals(text)).toEqual([
      "Harbour offices should give every crew member a copy of the inspection report within a week.",
      "States parties should let crews appeal a fine before a court that sits near the port.",
      "Lifejackets for night crossings should be paid for out of the aid budgets.",
    ]);
  });

  it("also under a heading 'What we heard …' (what was heard, never asked), whatever its items say", () => {
    const room = "- Ferry licences should be checked online.\n- The secretariat should draft a model permit.\n- Harbour offices lack inspectors.";
    const text = `${OPENING}\n\nWhat we heard at the morning meeting\n\n${room}\n\nOUR ADDITIONS\n\n${ours}\n\nThank you.`;
    expect(findProposals(text)).toEqual([
      "Harbour offices should give every crew member a copy of the inspection report within a week.",
      "States parties should let crews appeal a fine before a court that sits near the port.",
      "Lifejackets for night crossings should be paid for out of the aid budgets.",
    ]);
  });

  it("reported in prose, it is neither a request nor part of the one before it", () => {
    const text = `${OPENING}\n\nSeveral delegations said that ferry licences should be checked online. We urge the harbour offices to publish every fine they impose on a crew. Many speakers stressed that inspectors should be trained.`;
    expect(findProposals(text)).toEqual(["We urge the harbour offices to publish every fine they impose on a crew."]);
  });

  it("still takes the speaker's own requests reported in minutes ('She called on governments to …')", () => {
    const text = `${OPENING}\n\nShe called on governments to publish the ferry inspection reports every quarter.`;
    expect(findProposals(text)).toEqual(["She called on governments to publish the ferry inspection reports every quarter."]);
  });
});

describe("requests asked in a few more ways", () => {
  it("'I would welcome it very much if …', 'We would very much welcome it if …'", () => {
    const a = `${OPENING}\n\nThe crossings are dark. I would welcome it very much if the harbour offices lit the three landing stages of the lagoon.`;
    expect(findProposals(a)).toEqual(["I would welcome it very much if the harbour offices lit the three landing stages of the lagoon."]);
    const b = `${OPENING}\n\nWe would very much welcome it if donors paid for radios on the smaller ferries.`;
    expect(findProposals(b)).toEqual(["We would very much welcome it if donors paid for radios on the smaller ferries."]);
  });

  it("a question that asks a body to act: 'Would UNODC be willing to …?', 'Could donors consider …?'", () => {
    const text = `${OPENING}\n\nFew inspectors speak the crews' languages. Would UNODC be willing to pay for interpreters chosen with the crews' own associations? It would change a great deal.\n\nCould the donors present consider funding a night radio service for the lagoon?`;
    expect(findProposals(text)).toEqual([
      "Would UNODC be willing to pay for interpreters chosen with the crews' own associations?",
      "Could the donors present consider funding a night radio service for the lagoon?",
    ]);
  });

  it("not a question about what was done, nor a statement with 'would … be willing'", () => {
    const text = `${OPENING}\n\nCould the harbour offices explain why so few crews were inspected last year? Would anyone be surprised? The ministries would be willing to help, they told us.`;
    expect(findProposals(text)).toEqual([]);
  });
});

describe("a run-in title in the imperative", () => {
  it("stays with the request it opens, in its paragraph", () => {
    const text = `${OPENING}\n\nWe see two steps.\n\nSecure the landing stages. Harbour offices should put a lamp on every stage where passengers wait after dark.\n\nCount the passengers. We ask the ferry owners to log how many people board each crossing.\n\nThank you.`;
    expect(findProposals(text)).toEqual([
      "Secure the landing stages. Harbour offices should put a lamp on every stage where passengers wait after dark.",
      "Count the passengers. We ask the ferry owners to log how many people board each crossing.",
    ]);
  });

  it("not the speaker's 'Let me tell you …', nor a sentence that is no title", () => {
    const text = `${OPENING}\n\nLet me tell you about Amo. Harbour offices should put a lamp on every stage.\n\nThe crossings are long and the boats are old. We ask the ferry owners to log how many people board.`;
    expect(findProposals(text)).toEqual(["Harbour offices should put a lamp on every stage.", "We ask the ferry owners to log how many people board."]);
  });
});

describe("topic titles right above their items", () => {
  it("a title in capitals with its bullets in the same paragraph, each title over one or two requests", () => {
    const text = [
      OPENING,
      "ON LICENCES\n* Harbour offices should publish the list of licensed ferries every month.\n* States parties should require every ferry to show its licence number at the gangway.",
      "ON THE CREWS\n* Crew members who report an overloaded ferry should be protected from dismissal.",
      "ON INSPECTION\n* The Conference should urge the States parties to inspect ferries jointly where the lagoon is shared.",
      "Thank you.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Harbour offices should publish the list of licensed ferries every month.",
      "States parties should require every ferry to show its licence number at the gangway.",
      "Crew members who report an overloaded ferry should be protected from dismissal.",
      "The Conference should urge the States parties to inspect ferries jointly where the lagoon is shared.",
    ]);
  });
});

const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`;
const docx = (body: string) =>
  zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) });

describe("a costed table of measures", () => {
  it("'Measure we propose', 'Measures that we recommend', 'Mesures que nous proposons', 'Medidas que proponemos' head the requests' column", () => {
    for (const head of ["Measure we propose", "Measures that we recommend", "Actions we call for", "Mesures que nous proposons", "Medidas que proponemos"]) expect(RECOMMENDATION_COLUMN.test(head), head).toBe(true);
    for (const head of ["Measures taken", "Estimated cost", "Who should lead", "What we measured"]) expect(RECOMMENDATION_COLUMN.test(head), head).toBe(false);
  });

  it("a DOCX table: the measures as a list, the total row with the other cells, never an item", () => {
    const body =
      p(OPENING) +
      `<w:tbl>${row("Measure we propose", "Cost (three years)", "Who should lead")}${row("Every landing stage should have a lit shelter for waiting passengers.", "90,000", "Harbour offices")}${row("Ferries should carry a radio that reaches the harbour office at night.", "60,000", "Donors")}${row("Total", "150,000", "")}</w:tbl>` +
      p("Thank you.");
    const text = extractDocx(docx(body)).pages.join("\n\n");
    expect(text).toContain("• Every landing stage should have a lit shelter for waiting passengers.\n• Ferries should carry a radio that reaches the harbour office at night.\n\n");
    expect(text).not.toContain("• Total");
    expect(text).toContain("Total — Cost (three years): 150,000");
    expect(findProposals(clean({ pages: [text] }).text)).toEqual([
      "Every landing stage should have a lit shelter for waiting passengers.",
      "Ferries should carry a radio that reaches the harbour office at night.",
    ]);
  });

  it("a tab-separated paste with a total row: the table is still read, the total is no item", () => {
    const tsv = "Recommendation\tCost\nHarbour offices should light every landing stage of the lagoon.\t90,000\nDonors should pay for radios on the small ferries.\t60,000\nTotal\t150,000";
    const read = withDelimitedTables(tsv);
    expect(read).toContain("• Harbour offices should light every landing stage of the lagoon.\n• Donors should pay for radios on the small ferries.");
    expect(read).toContain("Total — Cost: 150,000");
    expect(read).not.toContain("• Total");
  });

  it("the total row's names and how its cells are written", () => {
    for (const name of ["Total", "TOTAL", "Grand total", "Subtotal", "Sous-total", "Total général", "Totales", "Total:"]) expect(TOTAL_ROW.test(name), name).toBe(true);
    for (const name of ["Total transparency for every ferry licence", "Totally new radios"]) expect(TOTAL_ROW.test(name), name).toBe(false);
    expect(otherCells(["Measure", "Cost", "Lead"], ["Total", "150,000", ""], 0)).toBe("Total — Cost: 150,000");
    expect(otherCells(["Measure", "Cost", "Lead"], ["Light the stages.", "90,000", "Harbour offices"], 0)).toBe("Cost: 90,000 — Lead: Harbour offices");
  });
});
