import { strToU8, zipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractDocx } from "../../worker/intake/extract-docx";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { findProposals } from "../../worker/intake/proposals";
import { frame, reads, type Case } from "./prose-statement";

// Round 68 (prose). Every sentence, name, body and place here is invented for this file.

const FRAMES = {
  en: ["Good morning, Chair. I speak for the Tessaly Ridge Pickers' Union, nine hundred women who pick tea on the upper terraces.", "Each season our members are hired for a few months, housed in dormitories and paid when the last leaf is weighed.", "Thank you."],
  fr: ["Bonjour, Madame la Présidente. Je parle au nom du Syndicat des cueilleuses de la Crête de Vassole, neuf cents femmes des terrasses hautes.", "Chaque saison, nos adhérentes sont embauchées pour quelques mois, logées en dortoir et payées à la dernière pesée.", "Je vous remercie."],
  es: ["Buenos días, señora Presidenta. Hablo en nombre del Sindicato de Recolectoras de la Loma de Quirva, novecientas mujeres de las terrazas altas.", "Cada temporada nuestras socias son contratadas por unos meses, alojadas en barracones y pagadas al pesar la última hoja.", "Gracias."],
} as const;
const statement = (lang: keyof typeof FRAMES, ...paragraphs: string[]) => frame(FRAMES[lang])(...paragraphs);

describe("round 68 (layout): a quotation in a box set inside the text's column of a PDF, between two lines of a paragraph", () => {
  const ABOVE = [
    "Good morning, Chair. Our union speaks for nine hundred women who pick tea on the steep",
    "terraces of the upper valley, most of them hired for one season at a time and housed far away.",
    "We ask the labour inspectorates to visit the estates in the picking season, without warning,",
    "and to speak with each picker out of the foreman's hearing, since the visits that are announced a week",
  ];
  const BELOW = ["before find clean dormitories and pickers coached on what to answer.", "Thank you."];
  async function page(box: string[]): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const p = pdf.addPage([595, 842]);
    let y = 760;
    ABOVE.forEach((l, i) => p.drawText(l, { x: 60, y: (y = 760 - i * 15 - (i >= 2 ? 8 : 0)), size: 10, font }));
    // A gap the box fills, then the paragraph goes on below it.
    const below = y - 30 - box.length * 13;
    BELOW.forEach((l, i) => p.drawText(l, { x: 60, y: below - i * 23, size: 10, font }));
    // The box, drawn after the page's text (as an office suite draws a frame), indented, in the gap.
    box.forEach((l, i) => p.drawText(l, { x: 90, y: y - 22 - i * 13, size: 10, font }));
    return pdf.save();
  }
  const read = async (box: string[]) => {
    const doc = await extractPdf(await page(box));
    return { doc, text: clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true }).text.replace(/\s+/g, " ") };
  };
  const QUOTES = [
    ["“The foreman kept our identity cards in his office. We were told we would get them back", "when the debt for the bus was paid, and nobody ever told us how much it was.”", "— a picker who came to the union in 2031; her name is withheld"],
    ["« On nous a dit que les cartes seraient rendues à la fin de la saison. Personne ne les a", "jamais rendues, et nous sommes reparties sans rien. »"],
    ["“Nadie nos dijo cuánto debíamos por el autobús ni por la comida del barracón.”", "— Testimonio de una recolectora, 2031"],
  ];
  for (const box of QUOTES) {
    it(`sets the quotation aside and joins the paragraph across it (${box[0]!.slice(0, 24)}…)`, async () => {
      const { text } = await read(box);
      for (const l of box) expect(text).not.toContain(l.slice(2, 40));
      expect(text).toContain("announced a week before find clean dormitories");
    });
  }
  it("keeps a box that is no quotation in the text, and still joins the paragraph across it", async () => {
    const box = ["In short: inspections without warning, in the picking season, and interviews", "out of the foreman's hearing, in the pickers' own language."];
    const { text } = await read(box);
    expect(text).toContain("In short: inspections without warning");
    expect(text).toContain("announced a week before find clean dormitories");
  });
});

describe("round 68 (layout): a quotation in a DOCX text box in the text's column", () => {
  const ns =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
  const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r></w:p>`;
  const box = (lines: string[]) => {
    const content = `<w:txbxContent>${lines.map(para).join("")}</w:txbxContent>`;
    return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>1200000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>4300000</wp:posOffset></wp:positionV><wp:extent cx="5100000" cy="640000"/><wp:wrapTopAndBottom/><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  };
  const A4 = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1361" w:right="1361" w:top="1440" w:bottom="1193"/></w:sectPr>';
  const doc = (lines: string[]) => {
    const body = `<w:p><w:r></w:r>${box(lines)}</w:p>${para(FRAMES.en[0])}${para(FRAMES.en[1].repeat(4))}${para("We ask the labour inspectorates to visit the estates in the picking season, without warning.")}${para(FRAMES.en[2])}`;
    return extractDocx(zipSync({ "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}${A4}</w:body></w:document>`) }));
  };
  const QUOTES = [
    ["“The foreman kept our identity cards in his office, and we were told we would get them back when the debt was paid.”", "— a picker who came to the union in 2031"],
    ["« On nous a dit que les cartes seraient rendues à la fin de la saison. Personne ne les a jamais rendues. »"],
    ["“Nadie nos dijo cuánto debíamos por el autobús ni por la comida del barracón, y nos quedamos sin nada.", "— Testimonio de una recolectora, 2031"],
  ];
  for (const lines of QUOTES) {
    it(`sets the box aside (${lines[0]!.slice(0, 24)}…)`, () => {
      const read = doc(lines);
      expect(read.pages.join("\n")).not.toContain(lines[0]);
      expect(read.dropped).toEqual(lines);
    });
  }
  it("keeps a framed request in the text (a guard)", () => {
    const lines = ["Our request in brief: the inspectorates should visit the estates without warning, in the picking season."];
    expect(doc(lines).pages.join("\n")).toContain(lines[0]);
  });
});

describe("round 68 (structure): findings, then requests, in one numbered run", () => {
  const cases: [keyof typeof FRAMES, string, string[], string[]][] = [
    ["en", "Our findings and recommendations follow below in a single numbered list.",
      ["In seven of the eleven estates we visited, the pickers' identity cards were kept in the office.", "Nine estates deducted the bus fare from the first month's pay without a written account.", "No estate had been visited by an inspector during the picking season since 2029."],
      ["The labour inspectorates should visit every estate at least once in each picking season, without warning.", "Employers should be required to give each picker a written account of every deduction from her pay."]],
    ["fr", "Nos constats et nos recommandations suivent, en une seule liste numérotée.",
      ["Dans sept des onze domaines visités, les cartes d'identité des cueilleuses étaient gardées au bureau.", "Neuf domaines retenaient le prix du car sur la première paie, sans décompte écrit.", "Aucun domaine n'avait reçu la visite d'un inspecteur pendant la cueillette depuis 2029."],
      ["Les inspections du travail devraient visiter chaque domaine au moins une fois par saison, sans prévenir.", "Les employeurs devraient remettre à chaque cueilleuse un décompte écrit de toute retenue sur sa paie."]],
    ["es", "Nuestros hallazgos y recomendaciones siguen en una sola lista numerada.",
      ["En siete de las once fincas visitadas, los documentos de las recolectoras se guardaban en la oficina.", "Nueve fincas descontaban el pasaje del autobús del primer sueldo sin un recibo escrito.", "Ninguna finca había recibido la visita de un inspector durante la cosecha desde 2029."],
      ["Las inspecciones de trabajo deberían visitar cada finca al menos una vez por temporada, sin aviso.", "Los empleadores deberían entregar a cada recolectora un recibo escrito de todo descuento de su sueldo."]],
  ];
  for (const [lang, lead, found, asked] of cases) {
    it(`reads only the asking items (${lang})`, () => {
      const list = [...found, ...asked].map((t, i) => `${i + 1}. ${t}`).join("\n");
      expect(findProposals(statement(lang, lead, list))).toEqual(asked);
    });
  }
  it("keeps every item of a list under a lead-in that names requests only (a guard)", () => {
    const items = ["A register of the estates that house seasonal pickers, kept by the labour ministry.", "A single number that a picker can call at night, answered in her own language.", "The labour inspectorates should visit every estate at least once in each picking season."];
    const list = items.map((t, i) => `${i + 1}. ${t}`).join("\n");
    expect(findProposals(statement("en", "We recommend the following.", list))).toEqual(items);
  });
});

describe("round 68 (layout): a numbered item cut by a page break and numbered again", () => {
  const cases: [keyof typeof FRAMES, string, string, string, string][] = [
    ["en", "We make three proposals:", "Estates that house seasonal pickers should be inspected at least once in each picking season, without warning, and each dormitory should be entered in a register kept by the", "labour ministry, with the names of those who run it.", "Employers should give each picker a written account of every deduction from her pay."],
    ["fr", "Nous formulons trois propositions :", "Les domaines qui logent des cueilleuses saisonnières devraient être inspectés au moins une fois par saison, sans prévenir, et chaque dortoir devrait être inscrit dans un registre tenu par le", "ministère du travail, avec le nom de ceux qui le gèrent.", "Les employeurs devraient remettre à chaque cueilleuse un décompte écrit de toute retenue sur sa paie."],
    ["es", "Hacemos tres propuestas:", "Las fincas que alojan a recolectoras de temporada deberían ser inspeccionadas al menos una vez por cosecha, sin aviso, y cada barracón debería inscribirse en un registro que lleve el", "ministerio de trabajo, con el nombre de quienes lo administran.", "Los empleadores deberían entregar a cada recolectora un recibo escrito de todo descuento de su sueldo."],
  ];
  for (const [lang, lead, cut, rest, next] of cases) {
    it(`joins the item to the one before (${lang})`, () => {
      const list = `1. ${cut}\n2. ${rest}\n3. ${next}`;
      expect(findProposals(statement(lang, lead, list))).toEqual([`${cut} ${rest}`, next]);
    });
  }
  it("keeps short items begun small apart (a guard)", () => {
    const items = ["a register of the dormitories;", "a night line for the pickers;", "inspections without warning."];
    const list = items.map((t, i) => `${i + 1}. ${t}`).join("\n");
    expect(findProposals(statement("en", "We ask the ministry for the following:", list))).toHaveLength(3);
  });
});

describe("round 68 (prose): asks by their grammar", () => {
  const cases: Case[] = [
    ["We look to the States that review one another under the Protocol to hear, in each review, from the unions of seasonal workers.", (s) => statement("en", s)],
    ["That is why we put it to the Parties that each estate housing seasonal pickers be entered in a public register.", (s) => statement("en", s)],
    ["What we seek from the labour ministries is a simple rule: a picker's identity card stays in her own hands.", (s) => statement("en", s)],
    ["Nous comptons sur les États réunis ici pour inscrire les dortoirs des domaines dans un registre public.", (s) => statement("fr", s)],
    ["Es importante asimismo que los inspectores laborales recorran las plantaciones en plena cosecha, sin aviso.", (s) => statement("es", s)],
    ["Es necesario igualmente que los empleadores entreguen a cada recolectora un recibo de sus descuentos.", (s) => statement("es", s)],
  ];
  reads(cases);
  it("reads the items after a first person who goes on to « pedir » (es)", () => {
    const items = ["los inspectores laborales recorran las plantaciones en plena cosecha, sin aviso;", "cada recolectora reciba un recibo escrito de sus descuentos."];
    const text = statement("es", "Por ello nos permitimos pedir a los Estados que:", items.map((t, i) => `(${"ab"[i]}) ${t}`).join("\n"));
    expect(findProposals(text).map((t) => t.replace(/;$/, ""))).toEqual(items.map((t) => t.replace(/;$/, "")));
  });
  it("reads a hedged modal after background under a recommendation heading", () => {
    const text = statement(
      "en",
      "Our recommendations follow.",
      "Recommendation 1 – Inspections\n\nThe labour inspectorates should visit every estate in the picking season.",
      "Recommendation 2 – A night line\n\nOur members tell us that many pickers never call anyone after dark. Donors might therefore fund a night line answered in the pickers' own languages.",
      "Recommendation 3 – Records\n\nEmployers ought to give each picker a written account of her pay.",
    );
    expect(findProposals(text)).toEqual([
      "The labour inspectorates should visit every estate in the picking season.",
      "Donors might therefore fund a night line answered in the pickers' own languages.",
      "Employers ought to give each picker a written account of her pay.",
    ]);
  });
  it("leaves a hedged modal later in a sentence to the body (a guard)", () => {
    const body = "A yearly count of the dormitories still open, published by the ministry and the estates together, would tell everyone where pickers sleep. Our own count took six weekends; a ministry could do it in one.";
    const text = statement("en", "Our recommendations follow.", "Recommendation 1 – Inspections\n\nThe labour inspectorates should visit every estate in the picking season.", `Recommendation 2 – Count the dormitories\n\n${body}`);
    expect(findProposals(text)).toEqual(["The labour inspectorates should visit every estate in the picking season.", body]);
  });
});
