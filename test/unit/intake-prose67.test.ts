import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractPdf } from "../../worker/intake/extract-pdf";
import { findProposals } from "../../worker/intake/proposals";
import { frame, reads, type Case } from "./prose-statement";

// Round 67 (blind sets 78 and 79 used for development; invented text only). A statement of an invented association of
// lighthouse keepers, in three languages, around the paragraphs under test.
const FRAMES = {
  en: ["Good morning, Chair. I speak for the Sallowcliff Lighthouse Keepers' Association, forty keepers and their families on the northern capes.", "Since 2029, our keepers have sheltered people landed at night on the rocks below the lights, often soaked and injured.", "Thank you."],
  fr: ["Bonjour, Madame la Présidente. Je parle au nom de l'Amicale des gardiens de phare de Kerbrannec, quarante gardiens des caps du nord.", "Depuis 2029, nos gardiens abritent des personnes débarquées la nuit sur les rochers au pied des phares, souvent trempées et blessées.", "Je vous remercie."],
  es: ["Buenos días, señora Presidenta. Hablo en nombre de la Asociación de Fareros de Punta Velarde, cuarenta fareros de los cabos del norte.", "Desde 2029, nuestros fareros acogen a personas desembarcadas de noche en las rocas bajo los faros, a menudo empapadas y heridas.", "Gracias."],
} as const;
type Lang = keyof typeof FRAMES;
const statement = (lang: Lang, ...paragraphs: string[]) => frame(FRAMES[lang])(...paragraphs);
const numbered = (items: string[]) => items.map((t, k) => `${k + 1}. ${t}`).join("\n");

describe("round 67 (lists): numbered findings, then numbered asks under a lead-in without a colon", () => {
  const cases: [Lang, string, string[], string, string[]][] = [
    [
      "en",
      "What have we seen on the capes since then?",
      ["Of 212 people our keepers sheltered, 130 waited more than a day for a doctor.", "In six cases the coastguard's request for a boat was refused by a distant office and had to be made again.", "Not once could a keeper ask the harbour master for a list of the boats expected that night.", "Two keepers were questioned as suspects after calling for help."],
      "We list below what we would like the maritime authorities to consider.",
      ["Each harbour office should give the keepers a direct line to the duty doctor of the district.", "A keeper who calls for help for people on the rocks should never be questioned as a suspect for that call.", "The coastguard should tell the keepers every evening which small boats are expected along the capes."],
    ],
    [
      "fr",
      "Qu'avons-nous vu ces trois dernières années ?",
      ["Sur 212 personnes abritées par nos gardiens, 130 ont attendu plus d'un jour un médecin.", "Dans six cas, la demande de bateau de la gendarmerie maritime a été refusée par un bureau lointain et a dû être refaite.", "Jamais un gardien n'a pu demander au capitaine de port la liste des bateaux attendus la nuit."],
      "Nous présentons donc ce que nous souhaiterions voir étudié par les autorités maritimes.",
      ["Chaque capitainerie devrait donner aux gardiens une ligne directe vers le médecin de garde du district.", "Un gardien qui appelle à l'aide pour des personnes sur les rochers ne devrait jamais être entendu comme suspect.", "La gendarmerie maritime devrait indiquer chaque soir aux gardiens les petits bateaux attendus le long des caps."],
    ],
    [
      "es",
      "¿Qué hemos visto en estos tres años?",
      ["De 212 personas acogidas por nuestros fareros, 130 esperaron más de un día a un médico.", "En seis casos la solicitud de una lancha fue rechazada por una oficina lejana y tuvo que repetirse.", "Nunca pudo un farero pedir al capitán de puerto la lista de las embarcaciones esperadas esa noche."],
      "Por eso exponemos lo que quisiéramos que estudiaran las autoridades marítimas.",
      ["Cada capitanía debería dar a los fareros una línea directa con el médico de guardia del distrito.", "Un farero que pide ayuda para personas en las rocas nunca debería ser interrogado como sospechoso.", "La guardia costera debería avisar cada tarde a los fareros de las embarcaciones pequeñas esperadas en los cabos."],
    ],
  ];
  for (const [lang, question, findings, lead, asks] of cases) {
    it(`reads the asks, not the findings (${lang})`, () => {
      expect(findProposals(statement(lang, question, numbered(findings), lead, numbered(asks)))).toEqual(asks);
    });
  }
  it("does not read a lead-in's word for lawyers as a word of asking (solicitors)", () => {
    const findings = ["Of 212 people our keepers sheltered, 130 waited more than a day for a doctor.", "In six cases the request for a boat was refused by a distant office and had to be made again.", "Not once could a keeper ask the harbour master which boats were expected.", "Two keepers were questioned as suspects."];
    const asks = ["Each harbour office should give the keepers a direct line to the duty doctor of the district.", "The coastguard should tell the keepers every evening which small boats are expected along the capes."];
    const text = statement("en", "Our association works with volunteer solicitors who advise keepers questioned after a rescue.\nWhat did we find in those years?", numbered(findings), "We would like the maritime authorities to consider two changes.", numbered(asks));
    expect(findProposals(text)).toEqual(asks);
  });
  it("reads a list under a heading of findings as no asks, though an earlier sentence announced proposals (fr)", () => {
    const findings = ["Entre 2029 et 2031, 88 gardiens ont suivi une formation aux premiers secours financée par des partenaires.", "Un an après, 30 d'entre eux avaient quitté leur phare, et les autres n'avaient reçu aucun matériel."];
    const asks = ["Que les stages se tiennent dans les phares eux-mêmes, avec le matériel qui y restera.", "Que chaque phare reçoive une trousse de secours complète et une radio qui porte jusqu'au port."];
    const text = statement("fr", "Voici d'abord ce que nous avons vu, puis nos propositions.\n\nCe que nous avons vu", numbered(findings), "Ce que nous proposons", numbered(asks));
    expect(findProposals(text)).toEqual(asks);
  });
  it("keeps a list whose lead-in names what is seen and what is asked (guard)", () => {
    const asks = ["Each harbour office should give the keepers a direct line to the duty doctor of the district.", "The coastguard should tell the keepers every evening which small boats are expected along the capes."];
    const text = statement("en", "Below, what we see and then what we ask:", asks.map((t) => `• ${t}`).join("\n"));
    expect(findProposals(text)).toEqual(asks);
  });
});

describe("round 67 (prose): hedged asks, a view or a deliberation as the frame", () => {
  const en = (s: string): Case => [s, (t) => statement("en", t)];
  const fr = (s: string): Case => [s, (t) => statement("fr", t)];
  const es = (s: string): Case => [s, (t) => statement("es", t)];
  reads([
    en("Consideration might finally be given to a shared radio channel for the keepers and the lifeboat crews of the capes."),
    en("Thought could usefully be given to a common logbook of the people sheltered at each light."),
    en("Priority should also be given to the lights of the outer islands, where no doctor comes in winter."),
    fr("Une réflexion pourrait enfin être menée sur un registre commun des personnes abritées dans chaque phare."),
    fr("Nous sommes d'avis que les gardiens devraient être indemnisés pour les nuits passées à soigner des blessés."),
    es("Es nuestra opinión que las capitanías deberían contar con un médico de guardia para los faros."),
    es("Podría considerarse un canal de radio compartido entre los fareros y las lanchas de salvamento."),
  ]);
  const pairs: [Lang, string, string][] = [
    ["en", "It is our view that the harbour offices of the capes should give keepers a direct line to the duty doctor.", "It is likewise our view that lifeboat crews of the three northern districts and their volunteers should be paid for night call-outs."],
    ["fr", "Il nous semble que les capitaineries des caps devraient donner aux gardiens une ligne directe vers le médecin de garde.", "Il nous semble aussi que les équipages des canots de sauvetage des trois districts du nord devraient être payés pour les sorties de nuit."],
    ["es", "Es nuestra opinión que las capitanías de los cabos deberían dar a los fareros una línea directa con el médico de guardia.", "Es también nuestra opinión que las tripulaciones de las lanchas de salvamento de los tres distritos del norte deberían cobrar las salidas nocturnas."],
  ];
  for (const [lang, first, second] of pairs) {
    it(`reads a second view with a long subject as an ask of its own (${lang})`, () => {
      expect(findProposals(statement(lang, `${first} ${second}`))).toEqual([first, second]);
    });
  }
});

describe("round 67 (prose): counted asks in « que » and a third party's dated recommendation", () => {
  it("reads a first ask in « qu'un » and a second after « La seconde : »", () => {
    const first = "Notre première demande : qu'un médecin du district soit appelé dès la première heure où un gardien signale des blessés.";
    const second = "La seconde : que les capitaineries transmettent chaque soir aux gardiens la liste des bateaux attendus.";
    expect(findProposals(statement("fr", "Ce que nous demandons est simple.", first, second))).toEqual([first, second]);
  });
  const cited: [Lang, string, string][] = [
    ["en", "The review of the coastal inspectorate recommended last year that “every light should have a radio that reaches the port”.", "We ask that the harbour offices give the keepers a direct line to the duty doctor of the district."],
    ["fr", "Le rapport de l'inspection des côtes a recommandé l'an dernier que « chaque phare dispose d'une radio qui porte jusqu'au port ».", "Nous demandons que les capitaineries donnent aux gardiens une ligne directe vers le médecin de garde."],
    ["es", "El informe de la inspección de costas recomendó el año pasado que «cada faro tenga una radio que llegue al puerto».", "Pedimos que las capitanías den a los fareros una línea directa con el médico de guardia."],
  ];
  for (const [lang, history, ask] of cited) {
    it(`leaves a third party's recommendation told with its date, reads the speaker's (${lang})`, () => {
      expect(findProposals(statement(lang, history, ask))).toEqual([ask]);
    });
  }
});

describe("round 67 (prose): the group's own commitments and the questions it puts, beside its asks", () => {
  const cases: [Lang, string, string, string][] = [
    ["en", "We commit ourselves to keep a logbook of every person sheltered, to share it with the coastguard each month, and to train every new keeper in first aid.", "When we ask them where they landed, they name coves two days' walk away, and they say a boatman took their money.", "It would help if the harbour offices gave the keepers a direct line to the duty doctor of the district."],
    ["fr", "Nous nous engageons à tenir un registre de chaque personne abritée, à le transmettre chaque mois à la gendarmerie maritime, et à former chaque nouveau gardien.", "Quand nous leur demandons d'où ils sont partis, ils nomment des criques à deux jours de marche, et ils disent qu'un passeur a gardé leur argent.", "Il faudrait que les capitaineries donnent aux gardiens une ligne directe vers le médecin de garde."],
    ["es", "Nos comprometemos a llevar un registro de cada persona acogida, a enviarlo cada mes a la guardia costera y a formar a cada nuevo farero.", "Cuando les preguntamos de dónde salieron, nombran calas a dos días de camino, y dicen que un barquero se quedó con su dinero.", "Convendría que las capitanías dieran a los fareros una línea directa con el médico de guardia."],
  ];
  for (const [lang, pledge, question, ask] of cases) {
    it(`reads the ask only (${lang})`, () => {
      expect(findProposals(statement(lang, question, pledge, ask))).toEqual([ask]);
    });
  }
  it("keeps an ask that others commit themselves (guard)", () => {
    const both = "We call on the harbour offices to commit themselves to a direct line between every keeper and the duty doctor.";
    expect(findProposals(statement("en", both))).toEqual([both]);
  });
});

describe("round 67 (prose): the ask as the speaker's suggestion, a body's duty, or what the speaker wants of others", () => {
  const en = (s: string): Case => [s, (t) => statement("en", t)];
  const fr = (s: string): Case => [s, (t) => statement("fr", t)];
  const es = (s: string): Case => [s, (t) => statement("es", t)];
  reads([
    en("It is our suggestion that first-aid training be given at each light, to the keepers who actually reach the rocks."),
    en("It is for the coastal States to see that every light has a radio that reaches the port."),
    en("We want the port authorities to give the keepers a direct line to the duty doctor."),
    fr("C'est aux États riverains qu'il revient de garantir que chaque phare dispose d'une radio qui porte jusqu'au port."),
    fr("Il appartient aux capitaineries de donner aux gardiens une ligne directe vers le médecin de garde."),
    es("Corresponde a los Estados ribereños garantizar que cada faro tenga una radio que llegue al puerto."),
    es("Es nuestra propuesta que los guardacostas avisen cada tarde a los fareros de las embarcaciones esperadas."),
  ]);
  const leaves = (lang: Lang, s: string) =>
    it(`leaves "${s.slice(0, 50)}…" (guard)`, () => {
      expect(findProposals(statement(lang, s))).toEqual([]);
    });
  leaves("fr", "Nous voulons que nous soyons entendus comme des sauveteurs, pas comme des suspects.");
  leaves("es", "Queremos que nos escuchen como socorristas y no como sospechosos.");
});

describe("round 67 (layout): a plain-text table with bars between its cells only, under a rule", () => {
  const read = (page: string) => clean({ pages: [page] }).text;
  it("reads the asks column as the asks", () => {
    const asks = ["Each harbour office should give the keepers a direct line to the duty doctor.", "A keeper who calls for help should never be questioned as a suspect for that call.", "The coastguard should tell the keepers every evening which small boats are expected."];
    const rows = [["Keepers wait hours for a doctor", asks[0]], ["Keepers questioned after rescues", asks[1]], ["No one knows which boats are out", asks[2]]];
    const table = ["WHAT WE FIND                        | WHAT WE ASK", "------------------------------------+--------------------------", ...rows.map(([a, b]) => `${a!.padEnd(36)}| ${b}`)].join("\n");
    const [open, back, close] = FRAMES.en;
    const text = read([open, back, "Our findings and our asks are in the table below.", table, close].join("\n\n"));
    expect(text).not.toContain("---+---");
    expect(findProposals(text)).toEqual(asks);
  });
  it("writes a table without an asks column one row a line (guard: no bars, no rule)", () => {
    const table = ["Year | Boats | People", "-----+-------+-------", "2029 | 14    | 212", "2030 | 19    | 265"].join("\n");
    const text = read(["Our figures:", table, "Thank you."].join("\n\n"));
    expect(text).toContain("Year: 2029 — Boats: 14 — People: 212");
  });
});

describe("round 67 (layout): a PDF's contacts box in the margin, above a list that reaches into the margin below it", () => {
  const SIDE = ["KERBRANNEC LIGHT KEEPERS", "Secretariat", "4 Harbour Steps, Pellworth", "Regional office", "2 Rue du Môle, Kerbrannec", "keepers@slka.example.org", "Contact for this statement:", "ward.ellisande@slka.example.org"];
  const BODY = ["Good morning, Chair. Our association brings together forty keepers of the northern lights", "and their families, who shelter people landed at night on the rocks below the lights.", "Since 2029 our keepers have sheltered 212 people, most of them soaked and many injured.", "We put forward three proposals:"];
  const ITEMS = [
    ["• Direct lines: each harbour office should give the keepers a direct line to the duty doctor of the", "district."],
    ["• No suspicion: a keeper who calls for help for people on the rocks should never be questioned as a", "suspect."],
    ["• Boat lists: the coastguard should tell the keepers every evening which small boats are expected", "along the capes."],
  ];
  async function page(): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const p = pdf.addPage([595, 842]);
    // The body from x = 200, starting below the box; the list from x = 60, below the box, its wrapped last lines short.
    BODY.forEach((l, i) => p.drawText(l.slice(0, 62), { x: 200, y: 560 - i * 15, size: 10, font }));
    let y = 490;
    for (const item of ITEMS) {
      item.forEach((l, i) => p.drawText(l, { x: 60, y: y - i * 15, size: 10, font }));
      y -= item.length * 15 + 10;
    }
    p.drawText("Thank you.", { x: 60, y: y - 10, size: 10, font });
    p.drawText("1 Figures from the association's logbook for 2029 to 2031, counting each person once, whatever the", { x: 60, y: 60, size: 8, font });
    p.drawText("number of nights.", { x: 68, y: 50, size: 8, font });
    // The box drawn after the text, top left, as office suites draw a text box anchored to the page.
    SIDE.forEach((l, i) => p.drawText(l, { x: 36, y: 780 - i * 13, size: 10, font }));
    return pdf.save();
  }
  it("sets the box aside whole and keeps the list's short last lines", async () => {
    const doc = await extractPdf(await page());
    const text = doc.pages.join("\n");
    for (const l of SIDE) expect(text).not.toContain(l);
    expect(text).toContain("district.");
    expect(text).toContain("suspect.");
    expect(text).toContain("Thank you.");
  });
});

describe("round 67 (after blind 80 was measured): a sentence announcing what was seen and what would help", () => {
  const cases: [Lang, string, string[]][] = [
    ["en", "Most of these boats once belonged to licensed crews. Here is what we see and what we believe would make a real change.", ["Each harbour office should keep a register of the small boats moored along the capes.", "Keepers who report a boat at night must never be asked to pay for the coastguard's call-out."]],
    ["fr", "La plupart de ces barques appartenaient à des équipages déclarés. Nous présentons ici ce que nous avons vu et ce que nous croyons nécessaire.", ["Chaque capitainerie devrait tenir un registre des barques amarrées le long des caps.", "Un gardien qui signale une barque la nuit ne devrait jamais payer la sortie des garde-côtes."]],
    ["es", "Muchas de estas barcas eran de tripulaciones registradas. Presentamos aquí lo que hemos visto y lo que creemos necesario.", ["Cada capitanía debería llevar un registro de las barcas amarradas a lo largo de los cabos.", "Un farero que avisa de una barca de noche nunca debería pagar la salida de los guardacostas."]],
  ];
  for (const [lang, lead, asks] of cases) {
    it(`reads the bullets as the asks and the announcing sentence as none (${lang})`, () => {
      expect(findProposals(statement(lang, lead, asks.map((t) => `• ${t}`).join("\n")))).toEqual(asks);
    });
  }
});

describe("round 67 (after blind 81 was measured): a newspaper column's heading beside a line of prose is no table header", () => {
  const LEFT = [
    "Good morning, Chair. The Association is forty",
    "keepers of the northern lights and their kin,",
    "who have sheltered people landed on the rocks",
    "at night for six winters. Most arrive soaked,",
    "and some are hurt; the doctor is far away.",
    "Boats are launched from beaches we cannot see",
    "from the lights, and the crews leave before dawn.",
    "We have been asked what keepers can do. Quite a",
    "lot: we keep a log and a blanket store open.",
  ];
  const ASKS = [
    ["• Each harbour office should give the", "keepers a direct line to the duty doctor."],
    ["• The coastguard should tell the keepers", "which small boats are expected at night."],
  ];
  async function page(): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const p = pdf.addPage([595, 842]);
    // Drawn line by line down the page, as an office suite draws two newspaper columns: the left column's first line, then
    // the right column's heading on its baseline, then the rest.
    const lines: { t: string; x: number; y: number; bold?: boolean }[] = LEFT.map((t, i) => ({ t, x: 68, y: 710 - i * 14.5 - (i >= 3 ? 7 : 0) }));
    lines.push({ t: "What we ask", x: 309, y: 710, bold: true });
    let y = 693;
    for (const item of ASKS) {
      item.forEach((t, i) => lines.push({ t, x: i === 0 ? 315 : 329, y: y - i * 14.5 }));
      y -= item.length * 14.5 + 7;
    }
    lines.push({ t: "Thank you for listening to us.", x: 309, y: y - 10 }, { t: "Read by Ilse Varro-Quint, Head Keeper", x: 322, y: y - 30 });
    p.drawText("Keepers' voice: statement to the dialogue on smuggling, 4 May 2031", { x: 100, y: 734, size: 13, font: bold });
    for (const l of lines.sort((a, b) => b.y - a.y || a.x - b.x)) p.drawText(l.t, { x: l.x, y: l.y, size: 11, font: l.bold ? bold : font });
    return pdf.save();
  }
  it("keeps the prose once and the items whole", async () => {
    const text = (await extractPdf(await page())).pages.join("\n");
    expect(text.split("Good morning, Chair.").length).toBe(2);
    expect(text).not.toContain("forty:");
    expect(text).not.toContain("forty — ");
    expect(text).toContain("The coastguard should tell the keepers");
  });
});
