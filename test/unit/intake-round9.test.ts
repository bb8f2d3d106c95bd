import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../worker/intake/extract-docx";
import { rewriteTables, tagTables, type TableLine } from "../../worker/intake/pdf-tables";
import { findProposals } from "../../worker/intake/proposals";

// Round 9 (proposals). Every text here was written for this test; the organizations are invented.
const para = (...lines: string[]) => lines.join("\n\n");

describe("the lead's labelling conventions", () => {
  it("gives the body of a 'Recommendation N – Title' heading without its title, also when the body follows on the next line", () => {
    const text = para("We make two recommendations.", "Recommendation 1 – Open the archives\nStates should open police archives on missing migrants to their families.", "Recommendation 2 – Fund the search\nDonors should fund searches led by the families themselves.", "Thank you.");
    expect(findProposals(text)).toEqual(["States should open police archives on missing migrants to their families.", "Donors should fund searches led by the families themselves."]);
  });

  it("joins an item that asks with the sub-items that finish its sentence into one proposal, labels removed (convention 2)", () => {
    const text = para(
      "The Lantern Network recommends the following:",
      "1. Publish the list of approved shelters every year.\n2. Require every shelter that receives public funds:\na) to admit children with their mothers;\nb) to stay open at night.\n3. Train border guards to refer victims to those shelters.",
    );
    expect(findProposals(text)).toEqual([
      "Publish the list of approved shelters every year.",
      "Require every shelter that receives public funds: to admit children with their mothers; to stay open at night.",
      "Train border guards to refer victims to those shelters.",
    ]);
  });

  it("takes the sub-items under a lead-in that asks nothing as separate proposals, and not the lead-in (convention 3)", () => {
    const text = para("Nous recommandons aux États :", "1. Sur les refuges :\na) ouvrir un refuge par province ;\nb) financer des refuges pour les garçons.\n2. Publier chaque année le nombre de victimes identifiées.");
    expect(findProposals(text)).toEqual(["ouvrir un refuge par province", "financer des refuges pour les garçons.", "Publier chaque année le nombre de victimes identifiées."]);
  });
});

describe("round 9: forms of real statements", () => {
  it("takes the sub-bullets under bullets that are topic headings, even when no lead-in announces a list", () => {
    const text = para(
      "Our members met twice and sorted their answers into two groups.",
      "• Transport\n◦ Inspect the buses that carry seasonal workers across the border each spring.\n◦ License the drivers who recruit passengers at the markets.\n• Wages\n◦ Pay wages into a bank account in the worker's own name.\n◦ Publish the minimum wage of each sector in the workers' languages.",
      "We stand ready to help.",
    );
    expect(findProposals(text)).toEqual([
      "Inspect the buses that carry seasonal workers across the border each spring.",
      "License the drivers who recruit passengers at the markets.",
      "Pay wages into a bank account in the worker's own name.",
      "Publish the minimum wage of each sector in the workers' languages.",
    ]);
  });

  it("does not take numbered section headings for proposals, nor the paragraphs under them", () => {
    const text = para(
      "I. What we see",
      "Our clinics meet hundreds of young people every year who were recruited online for work that does not exist.",
      "II. What we ask",
      "The Harbour Youth Forum asks the States parties to:",
      "(a) fund prevention in schools;\n(b) train police to take complaints made online;\n(c) publish how many complaints were followed up.",
      "III. Our part",
      "We will keep sharing what we learn with the authorities.",
    );
    expect(findProposals(text)).toEqual(["fund prevention in schools", "train police to take complaints made online", "publish how many complaints were followed up."]);
  });

  it("still takes short titled items that ask, in French too, with the paragraph below them", () => {
    const text = para("Nous recommandons :", "1. Renforcer la coopération", "Les États voisins devraient échanger leurs fichiers de saisies.", "2. Former les douaniers", "Les douaniers devraient apprendre à reconnaître les pièces détachées.");
    expect(findProposals(text)).toEqual([
      "Renforcer la coopération\n\nLes États voisins devraient échanger leurs fichiers de saisies.",
      "Former les douaniers\n\nLes douaniers devraient apprendre à reconnaître les pièces détachées.",
    ]);
  });

  it("takes the paragraph below a numbered topic title that asks nothing, without the title, when that paragraph asks", () => {
    const text = para("Chair,", "1. Free zones", "States should scan every container that enters a free zone.", "2. Army depots", "Armed forces must count their weapons every year.", "Thank you.");
    expect(findProposals(text)).toEqual(["States should scan every container that enters a free zone.", "Armed forces must count their weapons every year."]);
  });

  it("keeps a proposal written as a short noun phrase with the paragraph below it that explains it", () => {
    const text = para("We propose:", "1. A public register of arms brokers", "Brokers now work unseen between three borders.", "2. A hotline for dock workers", "Dock workers see the cargo first.");
    expect(findProposals(text)).toEqual(["A public register of arms brokers\n\nBrokers now work unseen between three borders.", "A hotline for dock workers\n\nDock workers see the cargo first."]);
  });

  it("does not take a list of concerns for proposals", () => {
    expect(findProposals(para("Our concerns are the following:", "- Shelters close at night.\n- Few interpreters are available.", "We urge States to fund night shelters."))).toEqual(["We urge States to fund night shelters."]);
  });

  it("takes the items numbered on after background paragraphs, from the paragraph that announces them", () => {
    const text = para(
      "1. The Valley Rights League has monitored mines in the east since 2011.",
      "2. Many children work underground, and inspectors rarely come.",
      "In the light of the above, the League makes the following recommendations:",
      "3. Inspect every licensed mine at least twice a year.",
      "4. Prosecute the owners who employ children underground.",
    );
    expect(findProposals(text)).toEqual(["Inspect every licensed mine at least twice a year.", "Prosecute the owners who employ children underground."]);
  });

  it("does not take findings or a list of topics for proposals", () => {
    const findings = para("Two findings matter most.", "First, delay. Most requests were answered after a year, and nobody asked why.", "Second, language. Requests arrived untranslated.", "I would therefore offer one suggestion:", "1) Central authorities should confirm receipt of each request within a week.\n2) States should translate requests before sending them.");
    expect(findProposals(findings)).toEqual(["Central authorities should confirm receipt of each request within a week.", "States should translate requests before sending them."]);
    const topics = para("En nuestros talleres tratamos, entre otros, los siguientes temas:", "• la salud de las trabajadoras;\n• el ahorro en grupo;\n• la vuelta a la escuela.", "Gracias.");
    expect(findProposals(topics)).toEqual([]);
  });

  it("reads more ways of asking in prose, and not a closing sentence that only points back", () => {
    expect(findProposals("The Shoreline Collective recommends that States license rescue boats rather than seize them.")).toEqual(["The Shoreline Collective recommends that States license rescue boats rather than seize them."]);
    expect(findProposals("Les projets durent trop peu. Il importe que les bailleurs financent des projets de cinq ans.")).toEqual(["Il importe que les bailleurs financent des projets de cinq ans."]);
    expect(findProposals("Training courses rarely last. Assistance programmes must include follow-up visits a year later.")).toEqual(["Assistance programmes must include follow-up visits a year later."]);
    expect(findProposals(para("We urge States to keep the rescue lines open at night.", "We ask that this is done soon."))).toEqual(["We urge States to keep the rescue lines open at night."]);
  });

  it("adds the request of a paragraph that opens with 'In addition' after a list", () => {
    const text = para("We recommend the following:", "- Publish court decisions on trafficking within a month.\n- Translate them into the main languages of the victims.", "In addition, we ask UNODC to collect those decisions in its case law database.", "Thank you.");
    expect(findProposals(text)).toEqual([
      "Publish court decisions on trafficking within a month.",
      "Translate them into the main languages of the victims.",
      "In addition, we ask UNODC to collect those decisions in its case law database.",
    ]);
  });
});

// A DOCX whose body is the given paragraphs and tables.
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const table = (...rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;
const docx = (body: string) =>
  zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) });

describe("round 9: a table of recommendations in a DOCX", () => {
  it("gives each row's Recommendation cell as a list item, the other cells after the list, a paragraph a row", () => {
    const read = extractDocx(
      docx(
        p("Chair, our proposals are set out in the table below.") +
          table(["Topic", "Recommendation", "For"], ["Shelters", "Open a shelter for boys in every province.", "Ministries of social affairs"], ["Courts", "Let victims testify from the shelter by video link.", "Judicial councils"]) +
          p("Thank you."),
      ),
    );
    expect(read.pages[0]).toBe(
      "Chair, our proposals are set out in the table below.\n\n• Open a shelter for boys in every province.\n• Let victims testify from the shelter by video link.\n\nTopic: Shelters — For: Ministries of social affairs\n\nTopic: Courts — For: Judicial councils\n\nThank you.",
    );
    expect(findProposals(read.pages[0]!)).toEqual(["Open a shelter for boys in every province.", "Let victims testify from the shelter by video link."]);
  });

  it("leaves a table without a Recommendation column as it was", () => {
    const read = extractDocx(docx(p("Chair, our figures:") + table(["Year", "Cases"], ["2021", "14"], ["2022", "19"]) + p("Thank you.")));
    expect(read.pages[0]).toBe("Chair, our figures:\n\nYear\n\nCases\n\n2021\n\n14\n\n2022\n\n19\n\nThank you.");
  });
});

describe("round 9: a table of recommendations in a PDF", () => {
  // Lines as the PDF reader builds them (x, y from the bottom, body size 11): a header row of three
  // cells, then rows whose cells start under the headings; the third cell is centred beside its row,
  // and the first row runs on to the next page below a running header.
  const line = (x: number, y: number, text: string, size = 11): TableLine => ({ x, y, text, size, endX: x + text.length * 5 });
  const page1 = [
    line(60, 700, "Chair, our proposals are in the table below."),
    line(60, 660, "Topic"),
    line(200, 660, "Recommendation"),
    line(360, 660, "For"),
    line(60, 630, "Shelters"),
    line(200, 630, "Open a shelter for boys in"),
    line(200, 608, "every province and keep"),
    line(360, 608, "Ministries"),
    line(500, 40, "1", 8),
  ];
  const page2 = [
    line(150, 800, "HARBOUR YOUTH FORUM", 8),
    line(200, 760, "it open at night."),
    line(60, 720, "Courts"),
    line(200, 720, "Let victims testify from"),
    line(200, 698, "the shelter by video link."),
    line(360, 709, "Judges"),
    line(60, 675, "Thank you, Chair."),
  ];

  it("gives each row's recommendation cell as a bullet, the other cells after, across a page break", () => {
    const pages = [page1.map((l) => ({ ...l })), page2.map((l) => ({ ...l }))];
    const tables = tagTables(pages);
    expect(tables).toHaveLength(1);
    // The margins set aside first, as the reader does (the page number, the running header).
    const kept = pages.map((lines) => lines.filter((l) => l.size >= 10));
    const read = rewriteTables(kept, tables).map((lines) => lines.map((l) => l.text));
    // (Since round 11 the reading is written on the page the table ends on, before the text after
    // it, so that no page break falls between the last row and that text.)
    expect(read).toEqual([
      ["Chair, our proposals are in the table below."],
      [
        "• Open a shelter for boys in every province and keep it open at night.",
        "• Let victims testify from the shelter by video link.",
        "Topic: Shelters — For: Ministries",
        "Topic: Courts — For: Judges",
        // A short line right below the table fits its first column, but a row without a recommendation is not one.
        "Thank you, Chair.",
      ],
    ]);
  });

  it("leaves a table without a Recommendation column as it was", () => {
    const pages = [[line(60, 660, "Year"), line(200, 660, "Cases"), line(60, 630, "2021"), line(200, 630, "14")]];
    expect(tagTables(pages)).toEqual([]);
    expect(pages[0]!.every((l) => l.table === undefined)).toBe(true);
  });
});

describe("round 9: conventions 2 and 3 in a DOCX with Word's own list numbering", () => {
  const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const item = (level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const withLists = (body: string) =>
    zipSync({
      "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
      "word/numbering.xml": strToU8(numbering),
    });

  it("joins the sub-items that finish an asking item's sentence, and keeps apart those under a lead-in that asks nothing", () => {
    const read = extractDocx(
      withLists(
        p("The Riverside Rights Desk recommends the following:") +
          item(0, "Require every labour agency that places workers abroad:") +
          item(1, "to hold a licence renewed each year;") +
          item(1, "to deposit a bond that pays for a worker's return.") +
          item(0, "On complaints:") +
          item(1, "Open a free hotline in the workers' languages.") +
          item(1, "Answer every complaint within ten days.") +
          p("Thank you."),
      ),
    );
    expect(findProposals(read.pages[0]!)).toEqual([
      "Require every labour agency that places workers abroad: to hold a licence renewed each year; to deposit a bond that pays for a worker's return.",
      "Open a free hotline in the workers' languages.",
      "Answer every complaint within ten days.",
    ]);
  });
});
