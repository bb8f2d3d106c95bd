import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { findProposals } from "../../worker/intake/proposals";

// Round 65 (blind sets 74 and 75 used for development; invented text only). A statement of an invented guild of
// lighthouse-lamp makers and of a cycling club, in three languages, around the paragraphs under test.
const FRAMES = {
  en: ["Good morning, Chair. I speak for the Brannock Vale Cycling Club, two hundred riders of the hill roads.", "Since 2030, our riders have found stolen motorbikes stripped for parts in barns along the old pass.", "Thank you."],
  fr: ["Bonjour, Madame la Présidente. Je parle au nom du Vélo-club de Sarvennes, deux cents coureurs des routes de montagne.", "Depuis 2030, nos coureurs trouvent des motos volées démontées dans des granges le long du vieux col.", "Je vous remercie."],
  es: ["Buenos días, señora Presidenta. Hablo en nombre del Club Ciclista de Valdescar, doscientos corredores de los caminos de la sierra.", "Desde 2030, nuestros corredores encuentran motos robadas desarmadas en graneros a lo largo del viejo puerto.", "Gracias."],
} as const;
const statement = (lang: keyof typeof FRAMES, ...paragraphs: string[]) => {
  const [open, back, close] = FRAMES[lang];
  return [open, back, ...paragraphs, close].join("\n\n");
};

describe("round 65 (layout): a column of list items with hanging bullets beside a column of prose, in a PDF", () => {
  const size = 10.5;
  const wrap = (font: PDFFont, text: string, width: number) => {
    const lines: string[] = [];
    let line = "";
    for (const w of text.split(" ")) {
      const next = line ? `${line} ${w}` : w;
      if (line && font.widthOfTextAtSize(next, size) > width) (lines.push(line), (line = w));
      else line = next;
    }
    return [...lines, line];
  };
  /** Prose in a left column (x 68–286), a lead-in closing it; items in a right column (x 329–527), each bullet or number hanging at 315; a closing line a little left of the items. */
  async function read(prose: string[], lead: string, items: string[], mark: (k: number) => string, closing: string) {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    // Drawn row by row across both columns, as some producers do: the reader must find the columns.
    const ops: [string, { x: number; y: number; size: number }][] = [];
    const draw = (t: string, o: { x: number; y: number; size: number }) => ops.push([t, o]);
    draw("Constructive dialogue, 3 May 2033", { x: 180, y: 780, size: 13 });
    let y = 740;
    for (const p of [...prose, lead]) {
      for (const l of wrap(font, p, 218)) (draw(l, { x: 68, y, size }), (y -= 13.9));
      y -= 7;
    }
    let r = 740;
    items.forEach((t, k) => {
      draw(mark(k), { x: 315, y: r, size });
      for (const l of wrap(font, t, 198)) (draw(l, { x: 329, y: r, size }), (r -= 13.9));
      r -= 7;
    });
    draw(closing, { x: 309, y: r - 10, size });
    for (const [t, o] of ops.sort((a, b) => b[1].y - a[1].y || a[1].x - b[1].x)) page.drawText(t, { ...o, font });
    const doc = await extractPdf(await pdf.save());
    return clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined }).text;
  }
  const PROSE = [
    "Our club rides the hill roads of the northern valleys every weekend of the year, and we know every barn and track between the villages.",
    "Since 2030 our riders have found more than forty stolen motorbikes stripped for parts in barns along the old pass, their frames ground clean.",
    "We have told the district police of every barn, and we will go on riding the pass and telling them.",
  ];
  const ITEMS = [
    "The police of the valley districts should keep one shared list of stolen motorbikes and check every frame found in a barn against it.",
    "Dealers in used engines and parts should record the buyer and the seller of every engine they sell, with a copy of their identity papers.",
    "We would like the customs posts on the pass to check vans carrying motorbike parts as closely as vans carrying whole motorbikes.",
  ];
  const cases: [string, (k: number) => string][] = [
    ["bullets", () => "•"],
    ["numbers", (k) => `${k + 1}.`],
    ["dashes", () => "–"],
  ];
  for (const [name, mark] of cases) {
    it(`reads each item whole, after the lead-in, with ${name}`, async () => {
      const text = await read(PROSE, "Our requests are the following:", ITEMS, mark, "Thank you for your attention.");
      const lead = text.indexOf("Our requests are the following:");
      const first = text.indexOf("The police of the valley districts should keep one shared list");
      expect(lead).toBeGreaterThan(text.indexOf("frames ground clean"));
      expect(first).toBeGreaterThan(lead);
      expect(text.indexOf("Thank you for your attention.")).toBeGreaterThan(text.indexOf("as closely as vans carrying whole motorbikes"));
      const found = findProposals(text);
      expect(found).toHaveLength(3);
      found.forEach((f, k) => expect(f).toContain(ITEMS[k]!.slice(20, 110)));
    });
  }
  it("reads a French statement of that layout the same way", async () => {
    const items = [
      "Les polices des districts de la vallée devraient tenir une liste commune des motos volées et y comparer chaque cadre trouvé dans une grange.",
      "Les marchands de moteurs d'occasion devraient noter l'acheteur et le vendeur de chaque moteur vendu, avec une copie de leurs papiers.",
      "Nous voudrions que les postes de douane du col contrôlent les camionnettes chargées de pièces détachées comme celles chargées de motos entières.",
    ];
    const text = await read(["Notre club parcourt chaque semaine les routes de montagne des vallées du nord, et nous connaissons chaque grange entre les villages.", "Depuis 2030, nos coureurs ont trouvé plus de quarante motos volées démontées dans des granges le long du vieux col.", "Nous avons signalé chaque grange à la police du district et nous continuerons à le faire."], "Nos demandes sont les suivantes :", items, () => "•", "Je vous remercie.");
    const found = findProposals(text);
    expect(found).toHaveLength(3);
    found.forEach((f, k) => expect(f).toContain(items[k]!.slice(20, 110)));
  });
});

describe("round 65: speaking notes whose asks follow an item that names them ('- What we ask:')", () => {
  it.each([
    [
      "en",
      ["- Thank you, Chair.", "- Who we are: a club of 200 riders, eight villages", "- Why a cycling club is here:", "  - forty stolen motorbikes found in barns", "  - frames ground clean, engines sold on", "- What we ask:", "- stolen motorbikes → one shared list for the valley police, checked against every frame found", "- used engines sold by dealers: buyer and seller recorded, papers copied", "- customs on the pass: vans of parts checked like vans of whole motorbikes", "- What we offer: our riders report every barn they see, every weekend.", "- Close: thank you."],
    ],
    [
      "fr",
      ["- Merci, Madame la Présidente.", "- Qui nous sommes : un club de 200 coureurs, huit villages", "- Pourquoi un club cycliste ici :", "  - quarante motos volées trouvées dans des granges", "- Ce que nous demandons :", "- motos volées → une liste commune pour les polices de la vallée, chaque cadre comparé", "- moteurs d'occasion vendus par les marchands : acheteur et vendeur notés, papiers copiés", "- douane du col : camionnettes de pièces contrôlées comme celles de motos entières", "- Ce que nous offrons : nos coureurs signalent chaque grange, chaque semaine.", "- Pour finir : merci."],
    ],
    [
      "es",
      ["- Gracias, señora Presidenta.", "- Quiénes somos: un club de 200 corredores, ocho pueblos", "- Por qué un club ciclista aquí:", "  - cuarenta motos robadas halladas en graneros", "- Lo que pedimos:", "- motos robadas → una lista común para las policías del valle, cada cuadro cotejado", "- motores usados vendidos por comerciantes: comprador y vendedor anotados, papeles copiados", "- aduana del puerto: furgonetas de piezas revisadas como las de motos enteras", "- Lo que ofrecemos: nuestros corredores avisan de cada granero, cada fin de semana.", "- Cierre: gracias."],
    ],
  ] as const)("reads the three items after it, not the labelled items around them (%s)", (_, lines) => {
    const found = findProposals(["SPEAKING NOTES", lines.join("\n")].join("\n\n"));
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/→/);
    expect(found.join(" ")).not.toMatch(/offer|offrons|ofrecemos|Close|Pour finir|Cierre/);
  });
  it("still reads a list under a paragraph that names the asks (guard)", () => {
    const found = findProposals(statement("en", "What we ask:", "- one shared list of stolen motorbikes for the valley police\n- a record of the buyer of every used engine"));
    expect(found).toHaveLength(2);
  });
});

describe("round 65: a new ask whose subject is set off by a circumstance or named by a relative clause", () => {
  it.each([
    ["en", "We ask that the valley police compare, each month, the frames found in barns with the list of stolen motorbikes.", "The dealers who buy stripped engines from the barns, often through firms in a neighbouring country, should face an inquiry as part of the theft ring."],
    ["fr", "Nous demandons que les polices de la vallée comparent chaque mois les cadres trouvés dans les granges avec la liste des motos volées.", "Les marchands qui rachètent les moteurs démontés, souvent par des sociétés d'un pays voisin, devraient faire l'objet d'une enquête comme membres du réseau."],
    ["es", "Pedimos que las policías del valle comparen cada mes los cuadros hallados en graneros con la lista de motos robadas.", "Los comerciantes que compran los motores desarmados, a menudo mediante empresas de un país vecino, deberían ser investigados como parte de la red."],
  ] as const)("reads two requests (%s)", (lang, a, b) => {
    expect(findProposals(statement(lang, `${a} ${b}`))).toEqual([a, b]);
  });
  it.each([
    ["en", "We ask the valley police to keep one shared list of stolen motorbikes.", "Separately, the customs posts on the pass should check vans of motorbike parts as closely as vans of whole motorbikes."],
    ["fr", "Il serait utile que les polices de la vallée tiennent une liste commune des motos volées.", "Par ailleurs, les postes de douane du col devraient contrôler les camionnettes de pièces comme celles de motos entières."],
    ["fr", "Il serait utile que les polices de la vallée tiennent une liste commune des motos volées.", "D'autre part, les marchands de moteurs d'occasion devraient noter l'acheteur de chaque moteur vendu."],
    ["es", "Sería útil que las policías del valle llevaran una lista común de motos robadas.", "Por otro lado, las aduanas del puerto deberían revisar las furgonetas de piezas como las de motos enteras."],
  ] as const)("reads a point set apart by its connective as a request of its own (%s)", (lang, a, b) => {
    expect(findProposals(statement(lang, `${a} ${b}`))).toEqual([a, b]);
  });
});

describe("round 65: a press release's reported asks", () => {
  const release = (body: string[]) =>
    [
      "PRESS RELEASE",
      "Cycling club asks States to trace stolen motorbikes",
      "BRANNOCK, 4 May 2033 - Speaking today at the constructive dialogue, Ms Orla Venwick-Tadd, secretary of the Brannock Vale Cycling Club, described the barns where stolen motorbikes are stripped.",
      ...body,
      "About the Brannock Vale Cycling Club\nThe club brings together two hundred riders of the hill roads.",
      "Media contact: club@example.org",
    ].join("\n\n");
  it("reads 'She also said that …' as her ask, without the reporting words or a closing 'recalling that …'", () => {
    const found = findProposals(release(["Ms Venwick-Tadd said that the valley police should keep one shared list of stolen motorbikes. She also said that dealers in used engines ought to record every buyer, recalling that in 2031 the club had found nine stolen engines in one shop."]));
    expect(found).toEqual(["the valley police should keep one shared list of stolen motorbikes.", "dealers in used engines ought to record every buyer."]);
  });
  it.each([
    "According to Ms Venwick-Tadd, the riders' associations would like a seat when States revise their plans against vehicle theft.",
    "According to Ms Venwick-Tadd, the customs posts on the pass should check vans of parts as closely as vans of whole motorbikes.",
  ])("reads the clause after 'According to NAME,' %#", (s) => {
    const found = findProposals(release([s]));
    expect(found).toEqual([s.replace(/^According to Ms Venwick-Tadd, /, "")]);
  });
  it("does not read 'According to the police, …' as her words (guard)", () => {
    const found = findProposals(release(["According to the regional police, the riders' associations would like to be heard on the new plans."]));
    expect(found).not.toContain("the riders' associations would like to be heard on the new plans.");
  });
});

describe("round 65: an item whose head says what a body needs, its sub-items saying what", () => {
  it.each([
    ["en", "We put forward two proposals.", "1. Where a motorbike may be stripped within hours, the valley police need a faster track:\na) stolen frames listed on the day the theft is reported, before any paperwork;\nb) barns searched the same night, with the owner told afterwards.\n2. We recommend that dealers in used engines record every buyer and every seller."],
    ["fr", "Nous faisons deux propositions.", "1. Quand une moto peut être démontée en quelques heures, les polices de la vallée ont besoin d'une procédure rapide :\na) les cadres volés inscrits le jour même de la plainte ;\nb) les granges fouillées la nuit même, le propriétaire informé ensuite.\n2. Nous recommandons que les marchands de moteurs d'occasion notent chaque acheteur et chaque vendeur."],
  ] as const)("reads the item with its sub-items as one proposal (%s)", (lang, lead, list) => {
    const found = findProposals(statement(lang, lead, list));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/a faster track: stolen frames|procédure rapide : les cadres/);
  });
});

describe("round 65: further asks said in ways not read before", () => {
  it.each([
    ["en", "When a motorbike is found stripped in a barn, we want the police to establish who stripped it and to follow the frame back to the person who stole it."],
    ["en", "If a frame turns up at a scrap yard, we would like the police to check it against the list before it is cut."],
    ["fr", "Quand une moto est retrouvée démontée dans une grange, nous demandons que la police cherche qui l'a démontée et remonte jusqu'au voleur."],
    ["es", "Cuando se encuentra una moto desarmada en un granero, pedimos que la policía averigüe quién la desarmó y siga el cuadro hasta quien la robó."],
  ] as const)("reads the speaker's ask after a clause of time or condition (%s)", (lang, s) => {
    expect(findProposals(statement(lang, s))).toEqual([s]);
  });
  it("leaves a question put back after such a clause", () => {
    expect(findProposals(statement("en", "So when people tell us that stolen motorbikes are a rural problem, we ask them: rural for whom?"))).toEqual([]);
  });
  it("leaves the speaker's own plan after such a clause (guard)", () => {
    expect(findProposals(statement("en", "If a rider is hurt on the pass, we will take him to the clinic ourselves."))).toEqual([]);
  });
  it.each([
    ["fr", "Les polices de la vallée ont tout intérêt à tenir une liste commune des motos volées, et pas seulement des voitures."],
    ["es", "Las policías del valle tienen todo el interés en llevar una lista común de motos robadas, y no solo de coches."],
    ["en", "The valley police have every interest in keeping one shared list of stolen motorbikes, and not only of cars."],
  ] as const)("reads who has every interest in doing it (%s)", (lang, s) => {
    expect(findProposals(statement(lang, s))).toEqual([s]);
  });
  it("leaves « Nous avons tout intérêt à … » (guard)", () => {
    expect(findProposals(statement("fr", "Nous avons tout intérêt à rouler ensemble sur le col, et nous le ferons."))).toEqual([]);
  });
});

describe("round 65 (layout): a running header in small type that names the meeting and its date, on page 2", () => {
  it("is set aside, not read as text (guard: passes before, the notes under it go with it)", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const small = await pdf.embedFont(StandardFonts.HelveticaOblique);
    const body = [
      "Our club rides the hill roads of the northern valleys every weekend of the year, and we know every barn.",
      "Since 2030 our riders have found more than forty stolen motorbikes stripped for parts in barns along the pass.",
      "The police of the valley districts should keep one shared list of stolen motorbikes and check every frame.",
      "We will go on riding the pass and telling the district police of every barn we find along the way.",
    ];
    for (const [n, header] of [[1, null], [2, "BVCC – Constructive dialogue on vehicle crime and its trafficking, 4 October 2033"]] as const) {
      const page = pdf.addPage([595, 842]);
      if (header) {
        page.drawText(header, { x: 68, y: 800, size: 7.5, font: small });
        // A note in the same small type under it, the rest of a table's notes from page 1.
        page.drawText("Note: one motorbike may show several signs of theft, so the figures above add up to more than the cases counted", { x: 68, y: 775, size: 7.5, font: small });
        page.drawText("by the riders of the club in the two seasons.", { x: 68, y: 766.5, size: 7.5, font: small });
      }
      let y = 760;
      for (const line of body) (page.drawText(`${n === 1 ? "" : "Again, "}${line}`, { x: 68, y, size: 12, font }), (y -= 30));
    }
    const doc = await extractPdf(await pdf.save());
    const text = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: true, paged: true, joined: doc.joined }).text;
    expect(text).not.toContain("Constructive dialogue on vehicle crime");
    expect(text).toContain("Again, Our club rides");
  });
});
