import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractDocx } from "../../worker/intake/extract-docx";
import { findProposals } from "../../worker/intake/proposals";
import { frame, reads, type Case } from "./prose-statement";

// Round 66 (blind sets 76 and 77 used for development; invented text only). A statement of an invented guild of river
// ferry pilots, in three languages, around the paragraphs under test.
const FRAMES = {
  en: ["Good afternoon, Chair. I speak for the Orrin Ford Ferry Pilots' Guild, sixty pilots of the lower river.", "Since 2031, our pilots have found people hidden under tarpaulins on the night barges, cold and without water.", "Thank you."],
  fr: ["Bonjour, Monsieur le Président. Je parle au nom de la Guilde des passeurs du gué de Morvanne, soixante pilotes du bas fleuve.", "Depuis 2031, nos pilotes trouvent des personnes cachées sous des bâches sur les barges de nuit, transies et sans eau.", "Je vous remercie."],
  es: ["Buenas tardes, señor Presidente. Hablo en nombre del Gremio de Barqueros del Vado de Talcarra, sesenta pilotos del río bajo.", "Desde 2031, nuestros pilotos encuentran personas escondidas bajo lonas en las barcazas nocturnas, con frío y sin agua.", "Gracias."],
} as const;
const statement = (lang: keyof typeof FRAMES, ...paragraphs: string[]) => frame(FRAMES[lang])(...paragraphs);

const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
const docx = (paragraphs: string[]) => {
  const body = paragraphs.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join("");
  return extractDocx(zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) })).pages.join("\n\n");
};

describe("round 66 (layout): a DOCX sentence cut in two paragraphs (a page break become a paragraph break)", () => {
  const cases: [keyof typeof FRAMES, string, string][] = [
    ["en", "We propose that the river authority mark the night anchorages with lights, and that a pilot who finds people on a barge be able to call a single number for the", "medical crew, since the nearest clinic is two hours upstream."],
    ["fr", "Nous demandons que chaque capitainerie désigne un agent joignable la nuit, à qui un pilote puisse signaler des personnes trouvées à bord, et que cet", "agent soit tenu de dire au pilote ce qu'il est advenu d'elles dans la semaine."],
    ["es", "Pedimos que cada capitanía de puerto tenga un médico de guardia por la noche, que pueda subir a una barcaza en menos de una hora, y que los", "pilotos que avisan no sean llamados a declarar como sospechosos."],
  ];
  for (const [lang, head, tail] of cases) {
    it(`reads the two halves as one paragraph and one request (${lang})`, () => {
      const [open, back, close] = FRAMES[lang];
      const text = docx([open, back, `${head} `, tail, close]);
      expect(text).toContain(`${head} ${tail}`);
      expect(findProposals(text)).toEqual([`${head} ${tail}`]);
    });
  }
  it("keeps an unnumbered list's items apart after a lead-in (guard)", () => {
    const items = ["mark the night anchorages with lights that can be seen from both banks of the river", "give every pilot a radio that reaches the harbour office from the lower bends"];
    const text = docx(["We ask the river authority to:", ...items, "Thank you."]);
    expect(text).toContain(`${items[0]}\n\n${items[1]}`);
  });
  it("keeps a title apart from the by-line in small letters under it (guard)", () => {
    const text = docx(["Statement of the ferry pilots of the lower river to the constructive dialogue on smuggling", "by Ansel Marrow-Teague, secretary of the Guild", "Chair,"]);
    expect(text).toContain("smuggling\n\nby Ansel");
  });
  it("keeps apart two paragraphs whose first ends with a full stop (guard)", () => {
    const text = docx(["We propose that the river authority mark the night anchorages with lights on both banks.", "and that is all we ask."]);
    expect(text).toContain("banks.\n\nand");
  });
});

describe("round 66 (layout): in a PDF, a sub-list set apart from the item that announces it", () => {
  const read = (page: string) => clean({ pages: [page], wrapped: true, paged: true }).text;
  it("keeps bulleted sub-items with their item, and the list resumes after them", () => {
    const first = "• Barge owners are to be fined for every person found hidden in their holds without water.";
    const head = "• A pilot who reports people found on board must be able to";
    const subs = ["◦ keep his licence while the case is heard,", "◦ and claim back the days of work he lost as a witness."];
    const last = "• Harbour offices of both banks need a shared logbook for the barges they both see.";
    const text = read(["We put forward the following points.", [first, head].join("\n"), subs.join("\n"), last, "Thank you."].join("\n\n"));
    expect(text).toContain([first, head, ...subs, last].join("\n"));
    expect(findProposals(statement("en", text))).toContain(`${head.slice(2)} ${subs.map((s) => s.slice(2)).join(" ")}`);
  });
  it("keeps lettered sub-items with a numbered item ending in a colon, and number 2 after them", () => {
    const one = "1. The river authority should give every pilot who reports people on board the following:";
    const subs = ["a) a receipt for the report, the same night;", "b) the name of the officer who takes the case."];
    const two = "2. Harbour offices should publish every month how many people were found on the barges.";
    const text = read(["Our requests are these.", one, subs.join("\n"), two, "Thank you."].join("\n\n"));
    expect(text).toContain([one, ...subs, two].join("\n"));
  });
  it("does not take bullets under a numbered heading as its sub-list (guard)", () => {
    const text = read(["2. Findings", "• Pilots found people on eleven barges.\n• Most barges carried no water", "3. Requests", "• Barge owners should carry water for every crossing.", "Thank you."].join("\n\n"));
    expect(text).toContain("2. Findings\n\n• Pilots");
  });
  it("does not join two lists apart when the item before ends with a full stop (guard)", () => {
    const text = read(["Our requests:", "• Barge owners should carry water for every crossing.", "◦ This is a note on the barges of the upper river.", "Thank you."].join("\n\n"));
    expect(text).toContain("crossing.\n\n◦ This");
  });
});

describe("round 66 (prose): after a count of the requests, each introduced by its rank", () => {
  it("reads « La primera es que … », « La segunda es que … » after « tres peticiones » (es)", () => {
    const asks = [
      "La primera es que en cada barcaza detenida de noche suba un médico antes que la policía, y que nadie sea dejado en el muelle sin un lugar donde dormir.",
      "La segunda es que los dueños de las barcazas respondan ante la justicia por las personas encontradas en sus bodegas.",
      "La tercera es que cada lona y cada cabo encontrados sean fotografiados para la investigación.",
    ];
    expect(findProposals(statement("es", "Con todo respeto, queremos presentar tres peticiones.", ...asks))).toEqual(asks);
  });
  it("reads « La première est que … », « La deuxième, c'est que … » after « deux demandes » (fr)", () => {
    const asks = [
      "La première est que chaque barge arrêtée la nuit soit visitée par un médecin avant tout interrogatoire des personnes trouvées à bord.",
      "La deuxième, c'est que les propriétaires des barges répondent devant la justice des personnes cachées dans leurs cales.",
    ];
    expect(findProposals(statement("fr", "Nous formulons deux demandes.", ...asks))).toEqual(asks);
  });
  it('reads "The first is that …" in the paragraph of "Three things would change …" (en)', () => {
    const asks = [
      "The first is that the harbour office and the river police settle who picks up the phone after dark when a pilot finds people on a barge.",
      "The second is that the people found be taken to the clinic before they are questioned.",
      "The third is that barge owners be asked who loaded the hold, and not only the pilot who found it.",
    ];
    expect(findProposals(statement("en", ["Three things would change the nights on the river.", ...asks].join(" ")))).toEqual(asks);
  });
  it('reads "Our last request is that …" after a count in separate paragraphs (en)', () => {
    const asks = ["The first request is that pilots be given a radio that reaches the harbour office from the lower bends.", "Our last request is that barge owners carry water and blankets for every crossing."];
    expect(findProposals(statement("en", "We have two requests.", ...asks))).toEqual(asks);
  });
  it('leaves "The first is that …" after a count of reasons (guard)', () => {
    expect(findProposals(statement("en", "There are two reasons for this. The first is that the river is low in summer. The second is that the barges are old."))).toEqual([]);
  });
  it('leaves "Three things would …" followed by sentences that ask nothing (guard)', () => {
    expect(findProposals(statement("en", "Three things would surprise a visitor to the crossing. The boats are old. The lamps are dim. The river is fast."))).toEqual([]);
  });
});

describe("round 66 (prose): the change most wanted, and what it would mean to whoever is named", () => {
  const cases: Case[] = [
    ["The one reform we would really like to see is that every barge owner who reports a missing crew member has his barge inspected within a week.", statement.bind(null, "en")],
    ["The one step we want to see this year is for the harbour offices to publish the names of barges found with people in their holds.", statement.bind(null, "en")],
    ["Le changement que nous aimerions le plus voir, c'est que chaque capitainerie tienne un registre des barges contrôlées la nuit.", statement.bind(null, "fr")],
    ["El cambio que más nos gustaría ver es que cada capitanía publique cada mes cuántas personas se encontraron en las barcazas.", statement.bind(null, "es")],
    ["It would mean a lot to the families of the pilots if a pilot who reports people on board kept his licence while the case is heard.", statement.bind(null, "en")],
    ["Cela aiderait beaucoup pour les familles des passeurs que les capitaineries répondent aux signalements dans la semaine.", statement.bind(null, "fr")],
    ["Significaría mucho para las familias de los barqueros que las capitanías respondieran a cada aviso en una semana.", statement.bind(null, "es")],
  ];
  reads(cases);
});
