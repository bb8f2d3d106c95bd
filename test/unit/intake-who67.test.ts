import { describe, expect, it } from "vitest";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 67 (who, mechanisms read from blind sets 78 and 79's misses): letters after a speaker's name (honours, degrees); titles of
// address before it; an ordinal opening a body's name; a name heading a statement quoted in a message, which the body calls by its
// last word; a web page's copyright line naming the site's owner; the signature of the message a joint statement was sent in; a
// reader "by video"; a news report's "the ROLE of the BODY, NAME, warned". Invented text (lighthouses, ferries and orchards;
// invented bodies, people and towns).

const BODY: Record<string, string> = {
  en: "The night ferries of the strait carry more passengers each season than their papers show. The keepers of the lighthouses see them pass.",
  fr: "Les bacs de nuit du détroit transportent chaque saison plus de passagers que leurs papiers ne l'indiquent. Les gardiens des phares les voient passer.",
  es: "Las lanchas nocturnas del estrecho llevan cada temporada más pasajeros de los que dicen sus papeles. Los guardianes de los faros las ven pasar.",
};

const byLine = (line: string, lang = "en") => [
  "Lantern Strait Ferry Watch",
  "Statement to the constructive dialogue on the smuggling of migrants, 3 June 2031",
  line,
  CHAIR[lang]!,
  BODY[lang]!,
  ASK[lang]!,
  THANKS[lang]!,
];

describe("round 67: letters after the speaker's name", () => {
  it("drops 'OBE' after the name", () => {
    expect(read(byLine("Delivered by Wenna Tregarthen-Hale OBE, President")).speaker?.name).toBe("Wenna Tregarthen-Hale");
  });

  it("drops ', PhD' after the name", () => {
    expect(read(byLine("Delivered by Ysolde Marrack-Penrose, PhD, Research Director")).speaker?.name).toBe("Ysolde Marrack-Penrose");
  });

  it("drops two sets of letters ('KC FRSA')", () => {
    expect(read(byLine("Delivered by Corentin Ashgrove-Tull KC FRSA, Chair")).speaker?.name).toBe("Corentin Ashgrove-Tull");
  });

  it("drops 'MSc' in a signature", () => {
    const r = read([...byLine("Vienna, 3 June 2031").slice(0, 7), "Tamsin Oakhurst-Brae MSc", "Programme Coordinator"]);
    expect(r.speaker?.name).toBe("Tamsin Oakhurst-Brae");
  });
});

describe("round 67: a title of address before the name", () => {
  it("drops 'Maestra' before a name the role does not repeat", () => {
    const r = read(byLine("Presentada por la Maestra Itzel Varona Quispe, coordinadora", "es"));
    expect(r.speaker?.name).toBe("Itzel Varona Quispe");
  });

  it("drops 'Apu' before a community leader's name", () => {
    const r = read(byLine("Presentada por Apu Tsamaré Nuningo Awananch, coordinador de la federación", "es"));
    expect(r.speaker?.name).toBe("Tsamaré Nuningo Awananch");
  });

  it("drops 'Mwalimu' before a teacher's name", () => {
    expect(read(byLine("Delivered by Mwalimu Baraka Odhiambo-Kerubo, Chairperson")).speaker?.name).toBe("Baraka Odhiambo-Kerubo");
  });
});

const titled = (title: string, lang = "en") => [title, CHAIR[lang]!, BODY[lang]!, ASK[lang]!, THANKS[lang]!];

describe("round 67: an ordinal opening a body's name", () => {
  it("reads 'the 2nd Harrowby Lighthouse Scout Group' in a title", () => {
    const r = read(titled("Statement of the 2nd Harrowby Lighthouse Scout Group to the dialogue on smuggled migrants, 3 June 2031"));
    expect(r.organization?.name).toBe("2nd Harrowby Lighthouse Scout Group");
  });

  it("reads 'la 3e Compagnie des Guides de Valbrûlée' in a French title", () => {
    const r = read(titled("Déclaration de la 3e Compagnie des Guides de Valbrûlée au dialogue constructif sur le trafic de migrants", "fr"));
    expect(r.organization?.name).toBe("3e Compagnie des Guides de Valbrûlée");
  });

  it("reads 'la 1.ª Compañía de Bomberos Voluntarios de Tarnal' in a Spanish title", () => {
    const r = read(titled("Declaración de la 1.ª Compañía de Bomberos Voluntarios de Tarnal ante el diálogo constructivo sobre el tráfico de migrantes", "es"));
    expect(r.organization?.name).toBe("1.ª Compañía de Bomberos Voluntarios de Tarnal");
  });

  it("guard: a number that is no ordinal still ends the name", () => {
    const r = read(titled("Statement of the 2031 Harrowby Lighthouse Scout Group to the dialogue on smuggled migrants"));
    expect(r.organization?.name ?? null).not.toBe("2031 Harrowby Lighthouse Scout Group");
  });
});

const quoted = (name: string, self: string) => [
  "Dear all, here is the text as it was read this morning. Please pass it on.",
  "M.",
  `${name}\nStatement to the constructive dialogue on the smuggling of migrants, 3 June 2031\nDelivered by Loveday Penhallow-Grey, President`,
  CHAIR.en!,
  `${self} works with the crews of the small ferries on both shores of the strait.`,
  BODY.en!,
  ASK.en!,
  THANKS.en!,
];

describe("round 67: a name heading a statement quoted in a message", () => {
  it("reads 'LANTERN ROW FERRY LINK' which the body calls 'The Link'", () => {
    expect(read(quoted("LANTERN ROW FERRY LINK", "The Link")).organization?.name).toBe("Lantern Row Ferry Link");
  });

  it("reads 'SALTINGS FERRY LANTERN' which the body calls 'our Lantern'", () => {
    expect(read(quoted("SALTINGS FERRY LANTERN", "Since 2029 our Lantern")).organization?.name).toBe("Saltings Ferry Lantern");
  });

  it("reads 'MESA RIBEREÑA DE LOS FAROS' which the body calls 'La Mesa'", () => {
    expect(read(quoted("MESA RIBEREÑA DE LOS FAROS", "La Mesa")).organization?.name).toBe("Mesa Ribereña de los Faros");
  });

  it("guard: a heading the body never calls by its words is not taken", () => {
    expect(read(quoted("LANTERN ROW FERRY LINK", "Everyone here")).organization?.name ?? null).toBeNull();
  });
});

describe("round 67: a web page's copyright line naming the owner of the site", () => {
  const page = (name: string, copyright: string) =>
    read(
      [name, "Actualités > Notre intervention à Vienne", "Le 3 juin 2031, notre présidente, Mme Rozenn Kerhervé-Lannic, est intervenue devant le dialogue constructif. Voici son texte.", CHAIR.fr!, BODY.fr!, ASK.fr!, THANKS.fr!],
      ["Accueil | Nos vergers | Contact", copyright],
    );

  it("reads the banner's name that '© NAME - address' repeats", () => {
    expect(page("Vergers partagés de la Combe-Noire", "© Vergers partagés de la Combe-Noire - 0, rue des Tilleuls, 00000 Villebrune - vergers@example.org").organization?.name).toBe(
      "Vergers partagés de la Combe-Noire",
    );
  });

  it("reads it after 'Copyright 2031'", () => {
    expect(page("Orchards of Hollin Bank", "Copyright 2031 Orchards of Hollin Bank | orchards@example.org").organization?.name).toBe("Orchards of Hollin Bank");
  });

  it("guard: a copyright line naming someone else", () => {
    expect(page("Vergers partagés de la Combe-Noire", "© Studio Graphique Lumen - 0, rue des Tilleuls").organization?.name ?? null).not.toBe("Studio Graphique Lumen");
  });
});

describe("round 67: the signature of the message a joint statement was sent in", () => {
  const sent = (signature: string, lang = "fr") =>
    read([
      "De : Gaëlle Mbarga-Essomba <g.mbarga@example.org>\nÀ : secretariat@example.org\nDate : 3 juin 2031\nObjet : Déclaration conjointe",
      "Madame, Monsieur,",
      "Pour les trois collectifs, voici le texte que nous avons lu ce matin ; merci de le mettre en ligne.",
      `Cordialement,\nGaëlle Mbarga-Essomba\n${signature}`,
      "----",
      "DÉCLARATION CONJOINTE\nCollectif des passeurs du lac Tindé (Cameroun)\nAssociation des bateliers de Ngaré (Tchad)",
      CHAIR[lang]!,
      "Nos organisations suivent depuis trois ans les traversées de nuit sur le lac, et nous avons compté plus de deux cents bateaux chargés au-delà de ce que leurs papiers permettent.",
      BODY[lang]!,
      ASK[lang]!,
      "Nos collectifs tiennent à votre disposition le relevé des traversées, sans aucun nom de passager.",
      "Fait à Douvanga, le 3 juin 2031.",
    ]);

  it("reads the sender as the speaker and the body her role names", () => {
    const r = sent("Coordinatrice, Collectif des passeurs du lac Tindé");
    expect(r.speaker).toEqual({ name: "Gaëlle Mbarga-Essomba", role: "Coordinatrice" });
    expect(r.organization?.name).toBe("Collectif des passeurs du lac Tindé");
  });

  it("the second body of the list when her role names that one", () => {
    expect(sent("Secrétaire générale, Association des bateliers de Ngaré").organization?.name).toBe("Association des bateliers de Ngaré");
  });
});

describe("round 67: a reader 'by video'", () => {
  const standfirst = (line: string, lang: string) => read(["What we told the dialogue", line, CHAIR[lang]!, BODY[lang]!, ASK[lang]!, THANKS[lang]!]);

  it("English: 'read by video by our club treasurer, NAME'", () => {
    const r = standfirst("Our statement to the constructive dialogue on the smuggling of migrants, Vienna, 3 June 2031, read by video by our club treasurer, Morwenna Jago-Treloar", "en");
    expect(r.speaker?.name).toBe("Morwenna Jago-Treloar");
  });

  it("French: 'lue en visioconférence par notre trésorière, NAME'", () => {
    const r = standfirst("Notre déclaration au dialogue constructif sur le trafic de migrants, Vienne, 3 juin 2031, lue en visioconférence par notre trésorière, Anaïs Quéméner-Loho", "fr");
    expect(r.speaker?.name).toBe("Anaïs Quéméner-Loho");
  });

  it("Spanish: 'leída por videollamada por nuestra tesorera, NAME'", () => {
    const r = standfirst("Nuestra declaración al diálogo constructivo sobre el tráfico de migrantes, Viena, 3 de junio de 2031, leída por videollamada por nuestra tesorera, Ximena Ocaña Tupayachi", "es");
    expect(r.speaker?.name).toBe("Ximena Ocaña Tupayachi");
  });
});

describe("round 67: a news report's 'the ROLE of the BODY, NAME, warned'", () => {
  const report = (lead: string, lang: string) => read(["PRESS RELEASE", lead, BODY[lang]!, ASK[lang]!]);

  it("English", () => {
    const r = report("VIENNA, 3 June 2031 — Speaking at the constructive dialogue today, the executive director of the Lantern Strait Ferry Watch, Ms Eseld Carne-Vosper, warned that the night ferries carry more people than their papers show.", "en");
    expect(r.speaker).toEqual({ name: "Eseld Carne-Vosper", role: "executive director" });
  });

  it("French", () => {
    const r = report("VIENNE, 3 juin 2031 — Au dialogue constructif, la présidente de l'Association des gardiens de phare, Mme Soizic Le Bihan-Corre, a averti que les bacs de nuit transportent plus de passagers que prévu.", "fr");
    expect(r.speaker?.name).toBe("Soizic Le Bihan-Corre");
  });

  it("Spanish", () => {
    const r = report("VIENA, 3 de junio de 2031 — En el diálogo constructivo, la directora de la Red de Guardafaros del Estrecho, Yolanda Quispe Mamani, advirtió que las lanchas nocturnas llevan más pasajeros de los declarados.", "es");
    expect(r.speaker?.name).toBe("Yolanda Quispe Mamani");
  });
});

describe("round 67: a named coalition before its convenor", () => {
  const coalition = (title: string, lang = "en") => read([title, "Constructive dialogue on the smuggling of migrants, 3 June 2031", CHAIR[lang]!, BODY[lang]!, ASK[lang]!, THANKS[lang]!]);

  it("English: 'Joint statement of the Coalition for Quiet Harbours, coordinated by the Harrowby Seafarers' Trust'", () => {
    expect(coalition("Joint statement of the Coalition for Quiet Harbours, coordinated by the Harrowby Seafarers' Trust").organization?.name).toBe("Coalition for Quiet Harbours");
  });

  it("French: 'Réseau des phares du Ponant, coordonné par l'Association des gardiens de Kerlouan'", () => {
    expect(coalition("Déclaration conjointe du Réseau des phares du Ponant, coordonné par l'Association des gardiens de Kerlouan", "fr").organization?.name).toBe("Réseau des phares du Ponant");
  });

  it("Spanish: 'Alianza de los Faros del Sur · coordinada por la Fundación Costa Tarnal'", () => {
    expect(coalition("Alianza de los Faros del Sur · coordinada por la Fundación Costa Tarnal", "es").organization?.name).toBe("Alianza de los Faros del Sur");
  });

  it("guard: a coalition with no name of its own is its convenor's", () => {
    expect(coalition("Joint statement on behalf of 31 organizations, convened by the Harrowby Seafarers' Network").organization?.name).toBe("Harrowby Seafarers' Network");
  });
});

describe("round 67: a page posted days after the dialogue, telling that someone took part in it on a day without its year", () => {
  const post = (posted: string, lead: string, lang: string) => read(["Lantern Strait Ferry Watch", posted, lead, CHAIR[lang]!, BODY[lang]!, ASK[lang]!, THANKS[lang]!]);

  it("English: 'Last week our chair joined the constructive dialogue … on 4 June'", () => {
    const r = post("Posted on 11 June 2031", "Last week our chair, Kitto Brannock-Weir, joined the constructive dialogue on the smuggling of migrants by video link on 4 June. Here is what he said.", "en");
    expect(r.deliveredOn).toBe("2031-06-04");
  });

  it("French: 'La semaine dernière, notre présidente a participé au dialogue constructif … le 4 juin'", () => {
    const r = post("Publié le 11 juin 2031", "La semaine dernière, notre présidente, Mme Nolwenn Guéguen-Aubry, a participé au dialogue constructif sur le trafic de migrants le 4 juin. Voici son texte.", "fr");
    expect(r.deliveredOn).toBe("2031-06-04");
  });

  it("Spanish: 'La semana pasada nuestra presidenta participó en el diálogo constructivo … el 4 de junio'", () => {
    const r = post("Publicado el 11 de junio de 2031", "La semana pasada nuestra presidenta, Rosalía Ticona Apaza, participó en el diálogo constructivo sobre el tráfico de migrantes el 4 de junio. Este es su texto.", "es");
    expect(r.deliveredOn).toBe("2031-06-04");
  });
});

describe("round 67: a date's year wrapped onto a line of its own", () => {
  const wrapped = (heading: string, lang: string) => read([heading, CHAIR[lang]!, BODY[lang]!, ASK[lang]!, THANKS[lang]!, "Delivered by Ms Elowen Carbis-Rowe, Coordinator"]);

  it("English: '… — 3 June' over '2031'", () => {
    expect(wrapped("Constructive dialogue on the smuggling of migrants — 3 June\n2031", "en").deliveredOn).toBe("2031-06-03");
  });

  it("French: '… le 3 juin' over '2031'", () => {
    expect(wrapped("Dialogue constructif sur le trafic de migrants, Vienne, le 3 juin\n2031", "fr").deliveredOn).toBe("2031-06-03");
  });

  it("Spanish: '… 3 de junio de' over '2031'", () => {
    expect(wrapped("Diálogo constructivo sobre el tráfico de migrantes, Viena, 3 de junio de\n2031", "es").deliveredOn).toBe("2031-06-03");
  });
});

describe("round 67: a person and role taken for the body, the body's name run into the title's line", () => {
  const joined = (heading: string, signature: string, lang: string) => read([heading, CHAIR[lang]!, BODY[lang]!, ASK[lang]!, THANKS[lang]!, signature]);

  it("English: 'Harrowby Parents' Council on Ferry Safety Statement to the constructive dialogue …'", () => {
    const r = joined("Harrowby Parents' Council on Ferry Safety Statement to the constructive dialogue on the smuggling of migrants, 3 June 2031", "Jory Pengelly-Vosper, Chair of the Council", "en");
    expect(r.organization?.name).toBe("Harrowby Parents' Council on Ferry Safety");
  });

  it("French: 'Conseil des familles du port de Kerlouan Déclaration au dialogue constructif …'", () => {
    const r = joined("Conseil des familles du port de Kerlouan Déclaration au dialogue constructif sur le trafic de migrants, 3 juin 2031", "Maïwenn Le Goff-Quéré, présidente du Conseil", "fr");
    expect(r.organization?.name ?? null).not.toBe("Maïwenn Le Goff-Quéré, présidente du Conseil");
  });
});
