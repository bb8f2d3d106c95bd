import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { findProposals } from "../../worker/intake/proposals";

// Round 43, lists and a few prose forms (blind sets 40 and 41 used for development, after their first measure; invented
// text only): a lead-in "We call for:", "We therefore request …:" or « Nous sollicitons : » announces its list; a PDF list
// item wrapped onto a second line stays one item when its bullet is set in a symbol font; a quotation of someone who gave
// up asking asks nothing; the hope that a body named by its kind will act is a request.
const OPEN = "Good morning, Chair. Our association brings together the ferry crews of the northern lakes.";
const BACK = "Every summer, recruiters offer young deckhands a season on the boats and then keep their wages until autumn.";
const CLOSE = "Thank you.";
const ITEMS = [
  "a hotline in the languages of the lake villages, answered through the night and at weekends;",
  "inspections of the crew quarters on every ferry at least twice in each season;",
  "a fund from which a deckhand left without wages can pay his way home before the winter.",
];
const lettered = (k: number) => `(${String.fromCharCode(97 + k)})`;
const statement = (lead: string, items = ITEMS, label: (k: number) => string = lettered) =>
  [OPEN, BACK, lead, items.map((t, k) => `${label(k)} ${t}`).join("\n"), CLOSE].join("\n\n");

describe("a lead-in that calls for or requests what its list names", () => {
  it.each([
    "We call for:",
    "We therefore call for:",
    "We therefore request:",
    "We therefore request technical support for:",
    "We thus request the support of donors for:",
    "The Association also calls for:",
    "We hereby request:",
  ])("takes every item under %j, not the lead-in", (lead) => {
    const found = findProposals(statement(lead));
    expect(found).toHaveLength(3);
    expect(found[0]).toContain("hotline in the languages");
    expect(found.join(" ")).not.toContain(lead.replace(/:$/, ""));
  });

  it("reads a French « Nous sollicitons : » list, with dashes", () => {
    const text = [
      "Madame la Présidente, notre observatoire suit les audiences des tribunaux de la province depuis six ans.",
      "Jusqu'ici, seuls les magistrats ont reçu des formations.",
      "Nous sollicitons :",
      "- des formations pour les greffiers des tribunaux de district ;\n- un appui pour tenir les registres des affaires sur ordinateur ;\n- que les projets soient évalués aussi par les justiciables.",
      "Je vous remercie.",
    ].join("\n\n");
    const found = findProposals(text);
    expect(found).toHaveLength(3);
    expect(found[0]).toContain("formations pour les greffiers");
  });

  it("leaves a list under a lead-in that asks nothing", () => {
    const found = findProposals(statement("Last year our crews saw these things happen:", [
      "deckhands of fourteen and fifteen working through the night on the largest ferries;",
      "wages held back by the recruiters until the end of the season, sometimes for good;",
      "identity papers kept in the captain's cabin for the whole summer on several boats.",
    ]));
    expect(found).toHaveLength(0);
  });
});

describe("a PDF list whose bullets are set in a symbol font", () => {
  /** A one-page PDF: the bullets drawn in Symbol, the words in Helvetica, one item wrapped onto a second line. */
  async function read(lines: { bullet?: boolean; text: string; y: number }[]) {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const symbol = await pdf.embedFont(StandardFonts.Symbol);
    const page = pdf.addPage([595, 842]);
    for (const l of lines) {
      if (l.bullet) page.drawText("•", { x: 72, y: l.y, size: 11, font: symbol });
      page.drawText(l.text, { x: 90, y: l.y, size: 11, font });
    }
    const doc = await extractPdf(await pdf.save());
    return clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined }).text;
  }

  it("keeps an item wrapped onto a second line, which opens with a capital, one item", async () => {
    const text = await read([
      { text: "Our ferry crews see young deckhands kept without wages every summer on the lakes, and more of them each year than the one before.", y: 760 },
      { text: "Our recommendations", y: 730 },
      { bullet: true, text: "Recruiters who hold back a deckhand's wages should lose their licence for the season.", y: 705 },
      { bullet: true, text: "We recommend one register of recruiters shared by the lake provinces of the", y: 690 },
      { text: "North, kept by one of them and open to all.", y: 676 },
      { bullet: true, text: "Put the deckhands who leave a boat in touch with the harbour chaplains at once.", y: 661 },
      { text: "Thank you.", y: 630 },
    ]);
    expect(text).toContain("lake provinces of the North, kept by one of them and open to all.");
    const found = findProposals(text);
    expect(found).toHaveLength(3);
    expect(found[1]).toMatch(/provinces of the North, kept by one of them and open to all\.$/);
  });

  it("still starts a paragraph under a short heading line in another font", async () => {
    const pdf = await PDFDocument.create();
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText("Our recommendations", { x: 72, y: 760, size: 11, font: bold });
    page.drawText("Recruiters who hold back a deckhand's wages should lose their licence.", { x: 72, y: 746, size: 11, font });
    const doc = await extractPdf(await pdf.save());
    const text = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined }).text;
    expect(text).toContain("Our recommendations\n\nRecruiters");
  });
});

describe("a quotation of someone who stopped asking", () => {
  it.each([
    "A harbour master said to our crews: “I stopped asking long ago; the replies only reach me when the boats have gone.”",
    "A harbour master said to our crews: I gave up asking years ago, since no reply ever came in time.",
    "Une capitaine de port a confié à nos équipages : « J'ai arrêté de demander depuis longtemps ; aucune réponse ne vient à temps. »",
    "Una capitana de puerto contó a nuestras tripulaciones: «Dejé de pedir hace años; ninguna respuesta llega a tiempo».",
  ])("asks nothing: %j", (sentence) => {
    expect(findProposals([OPEN, `${BACK} ${sentence}`, CLOSE].join("\n\n"))).toHaveLength(0);
  });

  it("still takes a quotation that asks", () => {
    const found = findProposals([OPEN, BACK, "As one deckhand told us: “Recruiters must pay every wage on the day the season ends, and inspectors should check it.”", CLOSE].join("\n\n"));
    expect(found).toHaveLength(1);
  });
});

describe("the hope that a body named by its kind will act", () => {
  it.each([
    "We also hope the donors will fund a night ferry for deckhands who must leave a boat in a hurry.",
    "We hope that the national authorities will publish the list of licensed recruiters every spring.",
    "I hope the regional inspectors will visit the crew quarters before the season opens.",
    "And we hope that the courts will give every deckhand an interpreter at his hearing.",
    "We sincerely hope the competent ministries can fund the night hotline from next year.",
    "We hope the donors will consider funding a second boat for the inspectors.",
  ])("is a request: %j", (sentence) => {
    const found = findProposals([OPEN, BACK, sentence, CLOSE].join("\n\n"));
    expect(found).toEqual([sentence]);
  });

  it.each([
    "We hope the donors will understand why we speak so plainly.",
    "We hope the authorities will be generous with their time.",
    "We hope the inspectors will take note of these figures.",
    "We hope you will enjoy the rest of the meeting.",
    "We hope the Conference will consider the lake crossings in its future work.",
    "We hope the working group will look at the ferries one day.",
  ])("is no request when the body is only to be, feel or take note: %j", (sentence) => {
    expect(findProposals([OPEN, BACK, sentence, CLOSE].join("\n\n"))).toHaveLength(0);
  });
});

describe("a sentence after a request that asks with a modal of its own", () => {
  const para = (...s: string[]) => [OPEN, BACK, s.join(" "), CLOSE].join("\n\n");

  it.each([
    ["We ask that no deckhand found on a boat be sent home before a social worker has heard him.", "The checks in the harbours should be made without taking the crews' phones or wages away."],
    ["Nous demandons qu'aucun matelot trouvé à bord ne soit renvoyé chez lui sans avoir vu une travailleuse sociale.", "Les contrôles dans les ports devraient se faire sans confisquer les téléphones des équipages."],
    ["Pedimos que ningún marinero encontrado a bordo sea devuelto sin que antes lo escuche una trabajadora social.", "Los controles en los puertos deberían hacerse sin quitar a las tripulaciones sus teléfonos."],
    ["A recruiter's licence should be withdrawn after the first wage held back, and a deadline of one month would already help.", "Training on the new labour code needs to reach the harbour inspectors of the small ports as well."],
  ])("is a request of its own: %j then %j", (first, second) => {
    expect(findProposals(para(first, second))).toEqual([first, second]);
  });

  it.each([
    ["We ask that no deckhand found on a boat be sent home before a social worker has heard him.", "It should be a social worker from his own province."],
    ["We ask that no deckhand found on a boat be sent home before a social worker has heard him.", "They should be paid for the whole season too."],
    ["We urge the harbour offices to hire interpreters for the hearings of deckhands.", "Interpreters should be paid by the office, not by the deckhand."],
    ["We ask that no deckhand found on a boat be sent home before a social worker has heard him.", "All of this should cost the deckhands nothing at all."],
    ["Nous demandons qu'aucun matelot trouvé à bord ne soit renvoyé chez lui sans avoir vu une travailleuse sociale.", "Cette travailleuse sociale devrait parler sa langue."],
  ])("goes on with the request before it when it points back: %j then %j", (first, second) => {
    expect(findProposals(para(first, second))).toEqual([`${first} ${second}`]);
  });
});
