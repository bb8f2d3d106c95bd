import { describe, expect, it } from "vitest";
import { absenceLetter, conferenceDay, lastDayMonth, presentedAtDialogue, saidHeadingDate, thisDayMonth } from "../../worker/intake/delivery-day";
import { bracketPlaceCountry } from "../../worker/intake/home-country";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 35 (when, blind 27's forms read generally): a by-line or a heading's note saying the text was presented or read
// at the dialogue, with its date; a copied page's subheading dating what was said; "this first of July" dated by a footer's
// year; "le 4 octobre dernier" before the text's own date; a letter excusing an absence is not delivered. Invented text
// (lighthouse keepers, invented bodies and people).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const ask = "We ask every State to register the agencies that recruit seasonal workers and to publish the list every year.";
const read = (blocks: string[], removed: string[] = []) => understand(blocks.join("\n\n"), removed, segments);

describe("a by-line or note: presented or read at the dialogue, and its date", () => {
  it.each([
    ["Presented to the constructive dialogue on trafficking in persons on 4 October 2023 by our rapporteur, Ann Example", "2023-10-04"],
    ["Harbourtown, 2 May 2031 (read again, shortened, at the constructive dialogue on firearms, Vienna, 9 May 2031)", "2031-05-09"],
    ["Delivered at the dialogue on smuggling of migrants, Vienna, 8 June 2022", "2022-06-08"],
    ["Given, in a shorter form, before the constructive dialogue on technical assistance, 1 June 2023", "2023-06-01"],
    ["Présentée au dialogue constructif sur la traite des personnes le 4 octobre 2023, par notre présidente", "2023-10-04"],
    ["Relue, en version courte, lors du dialogue constructif sur les armes à feu, le 6 mai 2022", "2022-05-06"],
    ["Leída de nuevo en el diálogo constructivo sobre tráfico ilícito de migrantes, Viena, 8 de junio de 2022", "2022-06-08"],
    ["Presentada ante el diálogo constructivo sobre asistencia técnica el 1 de junio de 2023, por su secretaria", "2023-06-01"],
  ])("%s", (line, want) => {
    expect(presentedAtDialogue([line])).toBe(want);
  });

  it.each([
    "Presented at the previous dialogue on firearms, Vienna, 6 May 2021",
    "Presented to our members on 3 March 2023, for the constructive dialogue in June",
    "Our report on the dialogue (Vienna, 4 October 2023) is attached.",
    "Lu lors du dialogue précédent, Vienne, 6 mai 2021",
  ])("not: %s", (line) => {
    expect(presentedAtDialogue([line])).toBeNull();
  });

  it("reads a closing ceremony's remarks dated where they were first given, read again at the dialogue", () => {
    const r = read([
      "Closing ceremony of the lighthouse keepers' course",
      "Remarks by Ms. Ann Example, Course Director\nHarbourtown, 2 May 2031 (read again, at the constructive dialogue on trafficking in persons, 9 May 2031)",
      `Dear graduates, dear families. ${ask}`,
      "Congratulations.",
    ]);
    expect(r.deliveredOn).toBe("2031-05-09");
  });
});

describe("a copied page's subheading dating what was said", () => {
  it.each([
    ["WHAT HE SAID IN VIENNA (4 OCTOBER 2023)\n\"We asked for two things.\"", "2023-10-04"],
    ["Our statement at the dialogue, 6 May 2022", "2022-05-06"],
    ["Ce qu'elle a dit à Vienne (4 octobre 2023)\n« Nous avons demandé deux choses. »", "2023-10-04"],
    ["Notre intervention à Vienne, 6 mai 2022", "2022-05-06"],
    ["Lo que dijo en Viena (8 de junio de 2022)\n«Pedimos dos cosas.»", "2022-06-08"],
    ["Su intervención en Viena, 31 de mayo de 2023", "2023-05-31"],
  ])("%s", (block, want) => {
    expect(saidHeadingDate(["The story of our trip, told by our volunteers over the past weeks.", block])).toBe(want);
  });

  it.each([
    "Our statement at the previous dialogue, 6 May 2021",
    "We said on 6 May 2022 that the plan was not working, and we say it again today.",
    "Update 2 (22 October 2022): thank you to our donors",
  ])("not: %s", (block) => {
    expect(saidHeadingDate([block])).toBeNull();
  });

  it("the subheading's date wins over the day the page was copied", () => {
    const r = read([
      "[Text copied from a fundraising page, 12 October 2023]\nSEND OUR KEEPERS TO VIENNA",
      "Last week our founder spoke in Vienna for three minutes.",
      `WHAT SHE SAID IN VIENNA (4 OCTOBER 2023)\n"${ask}"`,
      "Questions? keepers@example.org",
    ]);
    expect(r.deliveredOn).toBe("2023-10-04");
  });
});

describe("'this first of July': the day of speaking, in the one year the heading or footer names", () => {
  it.each([
    ["Thank you, Chair; we are glad to speak this first of July.", "2022-07-01"],
    ["It is an honour to speak today, 1 July, on behalf of our keepers.", "2022-07-01"],
    ["We speak on this twenty-first of July for the keepers of the northern coast.", "2022-07-21"],
    ["Je remercie la Présidence de me donner la parole en ce 1er juillet.", "2022-07-01"],
    ["Nous prenons la parole aujourd'hui, 5 juillet, au nom des gardiens de phare.", "2022-07-05"],
    ["Agradezco a la Presidencia la palabra este 1 de julio.", "2022-07-01"],
    ["Hoy, 5 de julio, hablamos en nombre de los fareros del norte.", "2022-07-05"],
  ])("%s", (sentence, want) => {
    expect(thisDayMonth([sentence], [2022])).toBe(want);
  });

  it("no year, or several: no date", () => {
    expect(thisDayMonth(["We are glad to speak this first of July."], [])).toBeNull();
    expect(thisDayMonth(["We are glad to speak this first of July."], [2021, 2022])).toBeNull();
  });

  it.each(["This 1 project is the one we care about.", "On 3 May 2021 we opened a shelter; this first step mattered.", "We met in July last year."])("not: %s", (s) => {
    expect(thisDayMonth([s], [2022])).toBeNull();
  });

  it("reads a statement whose footer gives the month and year", () => {
    const r = read([
      "Coastal Keepers' Network — statement, constructive dialogue on trafficking in persons",
      "I am Ann Example, lawyer at the Coastal Keepers' Network, and we are glad to speak here this first of July.",
      ask,
      "Thank you.",
      "Harbourtown — July 2022 — keepers@example.org",
    ]);
    expect(r.deliveredOn).toBe("2022-07-01");
  });
});

describe("'le 4 octobre dernier': a past day and month, before the text's own date", () => {
  it.each([
    ["Le 4 octobre dernier, notre fondatrice a parlé au dialogue constructif sur la traite, malgré la fatigue. On l'a applaudie.", "2023-10-21", "2023-10-04"],
    ["On 4 October last, our founder spoke at the constructive dialogue in Vienna.", "2023-10-21", "2023-10-04"],
    ["Last 4 October our founder took the floor at the dialogue on trafficking in persons.", "2023-10-21", "2023-10-04"],
    ["El pasado 4 de octubre, nuestra fundadora tomó la palabra en el diálogo constructivo.", "2023-10-21", "2023-10-04"],
    ["El 20 de diciembre pasado, nuestra directora intervino en el diálogo sobre armas de fuego.", "2023-02-01", "2022-12-20"],
  ])("%s", (sentence, written, want) => {
    expect(lastDayMonth([sentence], written)).toBe(want);
  });

  it.each([
    "Le 4 octobre, notre fondatrice a parlé au dialogue constructif.",
    "Le 4 octobre dernier, elle a ouvert une chambre d'accueil près de la gare.",
    "On 4 October last, our founder opened a shelter near the station.",
  ])("not: %s", (sentence) => {
    expect(lastDayMonth([sentence], "2023-10-21")).toBeNull();
  });

  it("reads a tribute telling the day its founder last spoke at the dialogue", () => {
    const r = read([
      "HOMMAGE",
      "L'Association des gardiens de phare a la tristesse d'annoncer le décès de\n\nMme Anne Exemple",
      "fondatrice de l'association, survenu au port le 21 octobre 2023, à l'âge de 70 ans. Elle avait ouvert en 1990 la première maison des gardiens.",
      "Le 4 octobre dernier, malgré la maladie, elle a voulu intervenir une dernière fois au dialogue constructif sur la traite.",
      `« ${ask} »`,
      "Les obsèques auront lieu samedi au port, à 10 heures. Les messages peuvent être envoyés à la maison des gardiens.",
      "Repose en paix.",
      "Pour l'association : Jeanne Exemple, secrétaire générale",
    ]);
    expect(r.deliveredOn).toBe("2023-10-04");
  });
});

describe("a letter excusing an absence from the dialogue is not delivered", () => {
  it.each([
    [["Subject: our absence from the constructive dialogue on firearms of 6 May 2022"], []],
    [["Objet : notre absence au dialogue constructif du 31 mai 2023"], []],
    [["Asunto: nuestra ausencia en el diálogo constructivo del 8 de junio de 2022"], []],
    [[], ["We regret to inform you that our speaker will not be able to attend: her visa was not issued in time."]],
    [[], ["Nous regrettons de vous informer que notre délégué ne pourra pas se rendre en Autriche, faute de billet."]],
    [[], ["Lamentamos informarles que no podremos asistir al diálogo por falta de fondos."]],
  ])("%j %j", (heading, blocks) => {
    expect(absenceLetter(heading, blocks)).toBe(true);
  });

  it.each([
    [["Subject: statement for the constructive dialogue on firearms of 6 May 2022"], ["Please find our statement below."]],
    [[], ["Many survivors cannot attend court hearings because they cannot pay for the bus; we regret that nobody helps them."]],
  ])("not: %j %j", (heading, blocks) => {
    expect(absenceLetter(heading, blocks)).toBe(false);
  });

  it("keeps the dialogue's day for the segment, not as the delivery's", () => {
    const r = read([
      "Harbourtown, le 29 mai 2023",
      "Objet : notre absence, dialogue constructif (assistance technique) du 1er juin 2023",
      "Madame, Monsieur,",
      "Nous regrettons de vous informer que notre délégué ne pourra pas se rendre en Autriche, faute de billet.",
      "Nous demandons que les formations réunissent les juges et les greffiers dans la même salle.",
    ]);
    expect(r.deliveredOn).toBeNull();
    expect(r.segment).toBe("2023-2-technical-assistance");
  });
});

describe("the country of the town in a by-line's bracket after the organization's acronym", () => {
  const org = { name: "Coastal Keepers Circle", acronym: "CKC" };
  it.each([
    ["Presented by the group's rapporteur, Ann Example (CKC, Nairobi)", "KE"],
    ["Ann Example (Coastal Keepers Circle – Lagos, Nigeria), coordinator", "NG"],
    ["Por su secretaria, Ana Ejemplo (CKC, Bogotá)", "CO"],
    ["Par sa présidente, Anne Exemple (CKC, Dakar)", "SN"],
  ])("%s", (line, want) => {
    expect(bracketPlaceCountry([line], org)).toBe(want);
  });
  it.each(["Ann Example (UNODC, Vienna) opened the meeting", "Ann Example (CKC, 12 members)", "Ann Example (coordinator, Nairobi)"])("not: %s", (line) => {
    expect(bracketPlaceCountry([line], org)).toBeNull();
  });
});

describe("the Conference of the Parties, not a constructive dialogue", () => {
  it.each([
    ["We presented our guide at a side event in Vienna during the Conference of the Parties, on 20 October 2022.", "2022-10-20"],
    ["Notre présidente a pris la parole à la Conférence des Parties, à Vienne, le 19 octobre 2022.", "2022-10-19"],
    ["Nuestra Red presentó su informe el 20 de octubre de 2022, en la Conferencia de las Partes.", "2022-10-20"],
  ])("%s", (sentence, want) => {
    expect(conferenceDay([sentence])).toBe(want);
  });
  it.each([
    "The previous Conference of the Parties, on 16 October 2020, adopted a resolution we presented to our members.",
    "The Conference of the Parties met in Vienna on 17 October 2022.",
  ])("not: %s", (sentence) => {
    expect(conferenceDay([sentence])).toBeNull();
  });
  it("a newsletter's review naming only the Conference of the Parties has no dialogue segment", () => {
    const r = read([
      "NEWSLETTER OF THE COASTAL KEEPERS CIRCLE — November 2022",
      "REVIEW",
      "The book tells of the people who smuggle migrants along the coast, and of the officials who look away.",
      "We presented the book at a side event in Vienna during the Conference of the Parties, on 20 October 2022. There our legal coordinator asked for regular routes of migration.",
      "We recommend it.",
    ]);
    expect(r.deliveredOn).toBe("2022-10-20");
    expect(r.segment).toBeNull();
  });
});
