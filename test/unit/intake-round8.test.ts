import { describe, expect, it } from "vitest";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { clean } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { findProposals } from "../../worker/intake/proposals";

// Round 8 (after the blind set): sentences written for these tests, none from an evaluation set.
describe("intake round 8: proposals", () => {
  it("takes a lettered sub-list announced inside numbered background paragraphs", () => {
    const text = [
      "1. Our network was founded ten years ago by port workers and now counts forty members in the region.",
      "2. Most of the cases we followed ended without any conviction, and the victims left the country before the trial opened.",
      "3. In view of these findings, we recommend that:",
      "a) prosecutors receive guidance on hearing witnesses by video link from abroad;",
      "b) donors fund interpreters for the whole length of a trial;",
      "c) the courts publish how long each case took from charge to judgment.",
      "4. Our members will gladly brief any delegation that asks for our case files.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "prosecutors receive guidance on hearing witnesses by video link from abroad",
      "donors fund interpreters for the whole length of a trial",
      "the courts publish how long each case took from charge to judgment.",
    ]);
  });

  it("gives the sub-items of bullets that are group headings ending with a colon", () => {
    const text = [
      "Our proposals are grouped under two headings:",
      "",
      "• On the supply of weapons:",
      "◦ Mark every imported pistol at the point of entry with a unique serial code.",
      "◦ Keep the records of licensed dealers for at least twenty years.",
      "• On what happens in schools:",
      "◦ Train teachers to recognise pupils who are being recruited by armed groups.",
      "◦ Fund after-school sport in the districts with the most shootings.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "Mark every imported pistol at the point of entry with a unique serial code.",
      "Keep the records of licensed dealers for at least twenty years.",
      "Train teachers to recognise pupils who are being recruited by armed groups.",
      "Fund after-school sport in the districts with the most shootings.",
    ]);
  });

  it("gives the sub-items of a numbered item that heads its own lettered list, and keeps the other items whole", () => {
    const text = [
      "We therefore put forward these proposals:",
      "",
      "1. Open shelters for rescued domestic workers in every province.",
      "2. Make inspection of private homes possible:",
      "a) allow inspectors to enter with a warrant issued by a labour court;",
      "b) give workers a hotline that answers in their own languages.",
      "3. Report every year how many work permits were withdrawn for abuse.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "Open shelters for rescued domestic workers in every province.",
      "allow inspectors to enter with a warrant issued by a labour court",
      "give workers a hotline that answers in their own languages.",
      "Report every year how many work permits were withdrawn for abuse.",
    ]);
  });

  it("keeps sub-items with an item whose first line is not a heading over them", () => {
    const text = [
      "We recommend the following measures:",
      "",
      "1. Create a national register of seized weapons, including",
      "a) the place of seizure;",
      "b) the serial number.",
      "2. Share the register with neighbouring States every quarter.",
    ].join("\n");
    const found = findProposals(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain("the serial number");
  });

  it("keeps with their item sub-items that finish its sentence (\"by:\" then gerunds)", () => {
    const text = [
      "We recommend the following:",
      "",
      "1. Protect children on the move, in particular by:",
      "a) appointing a guardian within three days;",
      "b) assessing the family before any return.",
      "2. Publish the number of children returned each year.",
    ].join("\n");
    const found = findProposals(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^Protect children[\s\S]*assessing the family/);
  });

  it("takes an ordinal paragraph from its proposing sentence when it opens with background", () => {
    const text = [
      "Let me raise three points.",
      "",
      "First, the cost of recruitment. Fishers borrow large sums to pay brokers before they ever board a vessel. We urge States to forbid brokers from taking any fee from fishers.",
      "",
      "Second, the role of ports. Inspectors rarely board foreign vessels. It is essential that port States inspect working conditions on every vessel that calls.",
      "",
      "Third, ensure that survivors receive the wages they are owed before they are sent home.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "We urge States to forbid brokers from taking any fee from fishers.",
      "It is essential that port States inspect working conditions on every vessel that calls.",
      "Ensure that survivors receive the wages they are owed before they are sent home.",
    ]);
  });

  it("ends a prose proposal at the first sentence after it that neither asks nor speaks of what was proposed", () => {
    const text = [
      "Our clinics treat workers from the orchards every season.",
      "",
      "We call on States to open labour courts to workers without papers. Without such access, wage theft goes unpunished. Our lawyers see it every week.",
      "",
      "We urge the secretariat to fund interpreters for the hearings. Interpreters should be paid by the court, not by the worker.",
      "",
      "Nous demandons que chaque travailleur reçoive un contrat écrit. Cette garantie existe déjà dans le droit du travail. Nos juristes le rappellent souvent.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "We call on States to open labour courts to workers without papers.",
      "We urge the secretariat to fund interpreters for the hearings. Interpreters should be paid by the court, not by the worker.",
      "Nous demandons que chaque travailleur reçoive un contrat écrit. Cette garantie existe déjà dans le droit du travail.",
    ]);
  });

  it("reads an ordinal adverb inside a paragraph as a connective before the proposing words", () => {
    const text = "My second point is about detention. Many of the people we meet were held for weeks. Secondly, then, it is crucial that detention of children ends at once.\n\nThank you.";
    expect(findProposals(text)).toEqual(["Secondly, then, it is crucial that detention of children ends at once."]);
  });

  it("takes States named with their qualifiers before a modal as a proposal, in three languages", () => {
    expect(findProposals("We met many families.\n\nStates of transit and of arrival should share the names of the missing.")).toEqual(["States of transit and of arrival should share the names of the missing."]);
    expect(findProposals("Nos équipes sont sur place.\n\nEnfin, les États côtiers et insulaires doivent financer les secours en mer.")).toEqual(["Enfin, les États côtiers et insulaires doivent financer les secours en mer."]);
    expect(findProposals("Trabajamos en la costa.\n\nLos Estados de la cuenca deben publicar cada naufragio.")).toEqual(["Los Estados de la cuenca deben publicar cada naufragio."]);
  });

  it("does not take a French wish that asks nothing for a proposal, but takes one that asks", () => {
    expect(findProposals("Nous souhaitons, par ce texte, rendre hommage aux bénévoles.\n\nMerci.")).toEqual([]);
    expect(findProposals("Nous souhaitons que les États financent les refuges.\n\nMerci.")).toEqual(["Nous souhaitons que les États financent les refuges."]);
  });
});

describe("intake round 8: sub-bullets marked by indentation, coalition names", () => {
  it("keeps a bullet indented under another bullet with its parent when the text keeps the indentation", () => {
    const text = [
      "Three requests:",
      "",
      "- Open a legal desk in every reception centre.",
      "  - Its lawyers should be paid by the State, not by the people they advise.",
      "- Publish the waiting times for asylum interviews.",
      "- Let families stay together in reception.",
    ].join("\n");
    const found = findProposals(clean({ pages: [text] }).text);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^Open a legal desk[\s\S]*paid by the State/);
  });

  it("takes a round table or an initiative as the subject of a verb of proposing", () => {
    expect(findProposals("Trabajamos en tres ciudades.\n\nPor ello, la Mesa de organizaciones solicita a los gobiernos que abran oficinas de empleo.")).toEqual([
      "Por ello, la Mesa de organizaciones solicita a los gobiernos que abran oficinas de empleo.",
    ]);
    expect(findProposals("We work in four cities.\n\nThe Clean Ports Initiative urges customs services to publish their seizures.")).toEqual(["The Clean Ports Initiative urges customs services to publish their seizures."]);
  });
});

describe("intake round 8: headings without a colon, labels alone on their line, unmarked paragraphs after a lead-in", () => {
  it("gives the sub-items of a bullet that is a short title asking nothing, even without a colon", () => {
    const text = [
      "We make the following recommendations:",
      "",
      "• On border checks",
      "◦ Scan every container that arrives from a port with known diversions.",
      "◦ Record the serial numbers of seized weapons in one register.",
      "• On prevention",
      "◦ Fund youth centres in the districts with the most shootings.",
      "◦ Train teachers to see the signs of recruitment.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "Scan every container that arrives from a port with known diversions.",
      "Record the serial numbers of seized weapons in one register.",
      "Fund youth centres in the districts with the most shootings.",
      "Train teachers to see the signs of recruitment.",
    ]);
  });

  it("reads 'Recommendation 1' alone on its line, with or without a colon, as the label of the text below it", () => {
    for (const colon of ["", ":"]) {
      const text = `Our recommendations.\n\nRecommendation 1${colon}\nStates should publish each seizure of firearms within a month.\n\nRecommendation 2${colon}\nCustoms should share risk profiles with neighbouring countries.\n\nThank you.`;
      expect(findProposals(text)).toEqual(["States should publish each seizure of firearms within a month.", "Customs should share risk profiles with neighbouring countries."]);
    }
  });

  it("takes each paragraph that asks after a lead-in ending with a colon, until one that does not", () => {
    const text = [
      "Our network works in five ports.",
      "We would like to make the following recommendations:",
      "Labour inspectors should be allowed to enter any trawler tied up in harbour without notice.",
      "Survivors should receive compensation from the assets seized from traffickers.",
      "Our members have met many of them.",
      "Crews should be paid monthly.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Labour inspectors should be allowed to enter any trawler tied up in harbour without notice.",
      "Survivors should receive compensation from the assets seized from traffickers.",
    ]);
  });
});

describe("intake round 8: more ways of proposing in prose", () => {
  const alone = (sentence: string) => findProposals(`Our members work along the river.\n\n${sentence}\n\nThank you.`);

  it.each([
    "We believe that governments should open a shelter in each border district.",
    "We respectfully submit that States should stop detaining children.",
    "We advocate for a single register of licensed brokers.",
    "There is an urgent need to train judges in the new offences.",
    "Our main request is that courts hear victims by video link.",
    "Donors of the region should fund the hotline for three more years.",
    "The international community must share the cost of rescue at sea.",
    "UNODC should translate its guide into the languages of the region.",
    "Les autorités locales devraient ouvrir des refuges en hiver.",
    "Il convient de rendre public, tous les ans, le bilan des victimes identifiées.",
    "Nous plaidons pour une aide juridique gratuite dès l'arrestation.",
    "Los gobiernos de la región deberían abrir albergues para niños.",
    "Les pedimos a los donantes que financien a las redes comunitarias.",
    "Consideramos esencial que las fiscalías compartan sus expedientes.",
  ])("takes %s", (sentence) => {
    expect(alone(sentence)).toEqual([sentence]);
  });

  it.each([
    "Governments in our region have cut the budgets of labour inspection.",
    "We believe in the strength of communities.",
    "There is no need to repeat what the Chair said.",
    "Les autorités locales ont fermé deux refuges l'an dernier.",
    "Los gobiernos de la región firmaron el Protocolo en 2004.",
  ])("does not take %s", (sentence) => {
    expect(alone(sentence)).toEqual([]);
  });
});

describe("intake round 8: running headers and page breaks in text", () => {
  it("drops the running header a text keeps after its page number and joins the sentence the page break split", () => {
    const text = [
      "HARBOUR LEGAL CLINIC",
      "Statement on the rights of seafarers",
      "",
      "Our lawyers met two hundred crew members last year. Some shipowners paid wages on time;",
      "",
      "Page 1 of 2",
      "",
      "HLC / Statement on the rights of seafarers / 12 March 2024",
      "",
      "others kept the crew at anchor for months without pay.",
      "",
      "Thank you.",
    ].join("\n");
    const { text: out, removed } = clean({ pages: [text] });
    expect(out).not.toContain("HLC / Statement");
    expect(out).toContain("Some shipowners paid wages on time; others kept the crew at anchor");
    expect(removed).toContain("HLC / Statement on the rights of seafarers / 12 March 2024");
  });

  it("keeps a short line after a page number when it is the statement's own heading-less sentence", () => {
    const text = "TITLE OF A STATEMENT\n\nFirst page text ends here.\n\nPage 1 of 2\n\nA new paragraph starts on the next page and ends.";
    expect(clean({ pages: [text] }).text).toContain("A new paragraph starts on the next page and ends.");
  });
});

describe("intake round 8: a centred letterhead in body type", () => {
  it("sets aside the small-type offices under a wide centred letterhead name as margins, not text", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const page = doc.addPage([595, 842]);
    const body = [
      "Chair, our shelters received four hundred people rescued at sea last year, most of them",
      "young men who had paid a broker for a seat on a boat they had never seen before the night",
      "of departure. Few were told where they would land or who would meet them on the shore.",
      "We call on States to give every person brought ashore a medical check within one day.",
    ];
    // Centred over the text, the name runs almost as wide as a line of it.
    const width = Math.max(...body.map((t) => font.widthOfTextAtSize(t, 12)));
    const centre = (t: string, size: number, f: typeof font, y: number) => page.drawText(t, { x: 60 + (width - f.widthOfTextAtSize(t, size)) / 2, y, size, font: f });
    centre("SEAFARERS' NETWORK OF COASTAL SHELTERS AND LEGAL CLINICS", 12, bold, 800);
    centre("Main office: 4 Quay Road, Harbourtown", 8, font, 788);
    centre("Field office: 17 Dune Street, Saltmarsh", 8, font, 778);
    body.forEach((t, i) => page.drawText(t, { x: 60, y: 720 - i * 16, size: 12, font }));
    const out = await extractPdf(await doc.save());
    const text = out.pages.join("\n");
    expect(text).not.toContain("Main office");
    expect(text).not.toContain("Field office");
    expect(out.dropped).toEqual(expect.arrayContaining(["Main office: 4 Quay Road, Harbourtown", "Field office: 17 Dune Street, Saltmarsh"]));
    expect(text).toContain("We call on States to give every person brought ashore");
  });
});
