import { strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { wrap } from "../intake/builders";
import { extractDocx } from "../../worker/intake/extract-docx";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { findProposals } from "../../worker/intake/proposals";

// Round 18 (French and Spanish proposals; blind sets 12 and 13 used for development): text and
// names written for these tests.

const para = (...sentences: string[]) => sentences.join(" ");

describe("French and Spanish ways of asking (round 18)", () => {
  it("reads a wish with an aside before « que » and what would seem wise to the speaker", () => {
    const text = [
      para("Los apicultores del valle pierden colmenas cada verano.", "Y quisiéramos, para terminar, que los municipios compraran trampas para avispas en cada vereda."),
      para("Les tisserandes voyagent loin pour se former.", "Il nous paraîtrait judicieux que les ateliers de couture soient ouverts dans chaque district."),
      para("Las cooperativas de mimbre venden poco.", "Nos parecería oportuno que las ferias regionales reservaran puestos gratuitos a las artesanas."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Y quisiéramos, para terminar, que los municipios compraran trampas para avispas en cada vereda.",
      "Il nous paraîtrait judicieux que les ateliers de couture soient ouverts dans chaque district.",
      "Nos parecería oportuno que las ferias regionales reservaran puestos gratuitos a las artesanas.",
    ]);
  });

  it("does not take an opinion nor what would be useful to recall", () => {
    const text = [
      para("Les tisserandes voyagent loin.", "Il nous paraît logique que les jeunes préfèrent la ville."),
      para("Le marché a fermé en hiver.", "Il nous semble utile de rappeler que la coopérative existe depuis vingt ans."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });

  it("reads the clause after a colon that wishes a body would act", () => {
    const text = [
      "Los barqueros del delta trabajan sin seguro desde hace años.",
      para("Tres barqueros se ahogaron en la última crecida.", "Quienes cruzan a los vecinos merecen algo mejor: que las autoridades fluviales financien chalecos y radios para cada barca."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Quienes cruzan a los vecinos merecen algo mejor: que las autoridades fluviales financien chalecos y radios para cada barca.",
    ]);
  });

  it("reads paragraphs labelled by an ordinal and a full stop", () => {
    const text = [
      "Por eso, presentamos nuestras peticiones a la conferencia.",
      "Primera. Los puertos fluviales deberían contar con un inspector de balsas en cada turno.",
      "Segunda. Pedimos a los municipios que publiquen la lista de barqueros autorizados.",
      "Tercera. Es indispensable que cada barquero reciba un chaleco al inscribirse.",
      "Muchas gracias.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Los puertos fluviales deberían contar con un inspector de balsas en cada turno.",
      "Pedimos a los municipios que publiquen la lista de barqueros autorizados.",
      "Es indispensable que cada barquero reciba un chaleco al inscribirse.",
    ]);
  });
});

describe("Lists that are not requests, lists under topic titles (round 18)", () => {
  it("does not take the speaker's offers, even after a paragraph that proposes", () => {
    const text = [
      "Nous voulons proposer un marché honnête : voici nos atouts, et voici nos besoins.",
      "Ce que nous offrons",
      ["• Nos relevés des récoltes de miel depuis dix ans, par colline.", "• Des apicultrices prêtes à former les agents des eaux et forêts."].join("\n"),
      "Ce que nous demandons",
      ["• Que les agences de développement consultent les apicultrices avant chaque projet.", "• Que les bailleurs financent des ruches pour les villages brûlés."].join("\n"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Que les agences de développement consultent les apicultrices avant chaque projet.",
      "Que les bailleurs financent des ruches pour les villages brûlés.",
    ]);
  });

  it("does not take what the speaker says it does not ask", () => {
    const text = [
      "Para que no haya malentendidos, empezamos por lo que no pedimos.",
      "Lo que no pedimos:",
      ["- No pedimos que se cierren los aserraderos.", "- No pedimos fondos para nuestra red."].join("\n"),
      "Lo que pedimos:",
      ["- Los guardabosques deberían patrullar también de noche.", "- Pedimos a las fiscalías que investiguen a los compradores de madera."].join("\n"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Los guardabosques deberían patrullar también de noche.",
      "Pedimos a las fiscalías que investiguen a los compradores de madera.",
    ]);
  });

  it("takes the items under « Nous invitons … : » that finish its sentence with « à », not the lead-in", () => {
    const text = [
      "Les forgerons du plateau vendent des fusils artisanaux aux bergers.",
      "Nous invitons les États parties :",
      ["• à recenser les forges de chaque district avant la fin de l'année ;", "• à marquer chaque fusil artisanal saisi ;", "• à former les gardes champêtres au traçage."].join("\n"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "à recenser les forges de chaque district avant la fin de l'année",
      "à marquer chaque fusil artisanal saisi",
      "à former les gardes champêtres au traçage.",
    ]);
  });

  it("takes the first of a series of topic titles, each over its list, even of one item", () => {
    const text = [
      "Les salines emploient des enfants pendant la saison sèche.",
      "Écoles",
      "• Les écoles des villages salicoles devraient rester ouvertes pendant la récolte.",
      "Inspections",
      ["• Les inspecteurs du travail devraient visiter chaque saline une fois par mois.", "• Nous demandons un registre public des exploitants de salines."].join("\n"),
      "Familles",
      "• Un fonds devrait être créé pour les familles qui retirent leurs enfants des salines.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Les écoles des villages salicoles devraient rester ouvertes pendant la récolte.",
      "Les inspecteurs du travail devraient visiter chaque saline une fois par mois.",
      "Nous demandons un registre public des exploitants de salines.",
      "Un fonds devrait être créé pour les familles qui retirent leurs enfants des salines.",
    ]);
  });

  it("still leaves a single item under a title that no series of topic lists follows", () => {
    const text = [
      "Les salines emploient des enfants.",
      "Contexte",
      "• Les inspecteurs devraient visiter les salines, disait déjà le rapport de 2019.",
      "Ce que nous recommandons :",
      ["• Les écoles devraient rester ouvertes pendant la récolte.", "• Nous demandons un registre public des exploitants."].join("\n"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual(["Les écoles devraient rester ouvertes pendant la récolte.", "Nous demandons un registre public des exploitants."]);
  });
});

describe("A statement and its translation side by side (round 18)", () => {
  const SPANISH = [
    "Señora Presidenta: las salineras de la costa trabajan sin contrato y muchas son menores de edad que dejan la escuela durante la cosecha.",
    "Pedimos a los Estados parte:",
    "financiar escuelas de temporada en los pueblos salineros, abiertas durante toda la cosecha;",
    "inspeccionar cada salina al menos una vez por mes, con inspectoras que hablen la lengua local;",
    "crear un registro público de los compradores de sal de cada provincia.",
    "Muchas gracias.",
  ];
  const ENGLISH = [
    "Madam President, the salt workers of the coast work without contracts and many are children who leave school during the harvest.",
    "We ask States parties:",
    "to fund seasonal schools in the salt villages, open throughout the harvest;",
    "to inspect every salt pan at least once a month, with inspectors who speak the local language;",
    "to set up a public register of the salt buyers of each province.",
    "Thank you.",
  ];
  const WANTED = [
    "financiar escuelas de temporada en los pueblos salineros, abiertas durante toda la cosecha",
    "inspeccionar cada salina al menos una vez por mes, con inspectoras que hablen la lengua local",
    "crear un registro público de los compradores de sal de cada provincia.",
  ];

  it("a paragraph lead-in is not a proposal when the paragraphs it announces are", () => {
    expect(findProposals(SPANISH.join("\n\n"))).toEqual(WANTED);
    expect(findProposals(ENGLISH.join("\n\n"))).toEqual([
      "to fund seasonal schools in the salt villages, open throughout the harvest",
      "to inspect every salt pan at least once a month, with inspectors who speak the local language",
      "to set up a public register of the salt buyers of each province.",
    ]);
  });

  it("reads a DOCX table of two languages column by column", () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const rows = [["Español", "English"], ...SPANISH.map((s, k) => [s, ENGLISH[k]!])];
    const table = `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;
    const bytes = zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${table}</w:body></w:document>`) });
    const text = extractDocx(bytes).pages.join("\n\n");
    expect(text.indexOf("Muchas gracias.")).toBeLessThan(text.indexOf("Madam President"));
    expect(findProposals(text)).toEqual(WANTED);
  });

  it("leaves a DOCX table of two columns in one language row by row", () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const rows = ENGLISH.map((s, k) => [s, `Note ${k + 1}: the figure comes from the members of the network and from the provinces.`]);
    const table = `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;
    const bytes = zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${table}</w:body></w:document>`) });
    const text = extractDocx(bytes).pages.join("\n\n");
    expect(text.indexOf("Note 1:")).toBeLessThan(text.indexOf("We ask States parties:"));
  });

  /** Words into lines no wider than `width` points. */
  it("reads a PDF table of two languages column by column, each cell a paragraph", async () => {
    const doc = await PDFDocument.create();
    const helvetica = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    // Cells without padding: each row starts right below the longer cell of the row before.
    let y = 780;
    for (let r = 0; r < SPANISH.length; r++) {
      const cells = [wrap(SPANISH[r]!, helvetica, 10, 230), wrap(ENGLISH[r]!, helvetica, 10, 230)];
      cells.forEach((lines, k) => lines.forEach((line, n) => page.drawText(line, { x: 60 + k * 237, y: y - n * 12, size: 10, font: helvetica })));
      y -= 12 * Math.max(...cells.map((c) => c.length));
    }
    const { pages } = await extractPdf(await doc.save());
    const text = pages.join("\n\n");
    expect(text.indexOf("Muchas gracias.")).toBeLessThan(text.indexOf("Madam President"));
    expect(findProposals(text)).toEqual(WANTED);
  });
});
