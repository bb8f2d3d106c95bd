import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { understand } from "../../worker/intake/understand";
import { ASK, CHAIR, read, segments, THANKS } from "./who-statement";

// Round 68 (who, mechanisms read from blind sets 80 and 81's misses): a hard-wrapped text's heading lines (name / title / date) kept
// apart; a name over the statement's title that the text calls "our association"; a joint statement's sender named in
// the cover note's signature and in a one-line list of co-signers; a letterhead line saying where the body has offices; "on behalf
// of" before a name in a by-line; a name alone under the closing thanks; a role of one word from the opening verb yielding to the
// signature's; a body's name after a comma ending the role; "on Friday" told in a
// post dated by its posting. Invented text (orchards, mountain huts and river ferries; invented bodies, people and towns).

/** A plain text as the reader gets it: cleaned (hard wraps joined), then understood. */
const readText = (text: string) => {
  const cleaned = clean({ pages: [text] });
  return understand(cleaned.text, cleaned.removed, segments);
};

/** Prose wrapped at about 36 characters, as an e-mail client sends it. */
const WRAPPED = [
  "Our volunteers count the hikers who",
  "reach the huts of the upper valley",
  "without a map or a guide. Last summer",
  "they counted 412, and 37 of them had",
  "paid a stranger to take them across",
  "the pass at night.",
].join("\n");
const WRAPPED_ASK = [
  "We ask the States of the range to",
  "open the border huts to anyone in",
  "danger, whatever their papers say,",
  "and to publish each season how many",
  "people were rescued there.",
].join("\n");

describe("round 68: a hard-wrapped text's heading lines stay apart", () => {
  it("reads the name over the title and date as a line of its own (en)", () => {
    const r = readText(["Upper Valley Hut Wardens' Alliance", "Statement - dialogue on smuggling of migrants", "6 June 2031", "", "Chair, delegates,", "", WRAPPED, "", WRAPPED_ASK, "", "Thank you.", "", "Orlaith Brennock-Szabo", "Coordinator of Wardens"].join("\n"));
    expect(r.organization?.name).toBe("Upper Valley Hut Wardens' Alliance");
  });

  it("reads a French heading the same way", () => {
    const fr = ["Nos bénévoles comptent les randonneurs", "qui arrivent aux refuges de la haute", "vallée sans carte ni guide. L'été", "dernier, ils en ont compté 412.", "", "Nous demandons aux États du massif", "d'ouvrir les refuges frontaliers à", "toute personne en danger, quels que", "soient ses papiers."].join("\n");
    const r = readText(["Alliance des gardiens de refuges du Haut-Vérant", "Déclaration - dialogue sur le trafic de migrants", "6 juin 2031", "", "Madame la Présidente,", "", fr, "", "Je vous remercie.", "", "Clémentine Audouard-Petitjean", "Coordinatrice des gardiens"].join("\n"));
    expect(r.organization?.name).toBe("Alliance des gardiens de refuges du Haut-Vérant");
  });

  it("still joins a signature's role wrapped onto the next line (guard)", () => {
    const r = readText(["Upper Valley Hut Wardens' Alliance", "Statement - dialogue on smuggling of migrants", "6 June 2031", "", "Chair, delegates,", "", WRAPPED, "", WRAPPED_ASK, "", "Thank you.", "", "Orlaith Brennock-Szabo, Senior Lecturer in Mountain", "Rescue"].join("\n"));
    expect(r.speaker?.role ?? "").not.toBe("Senior Lecturer in Mountain");
  });

  it("still joins a wrapped paragraph (guard)", () => {
    const cleaned = clean({ pages: [["Heading Line", "", WRAPPED, "", WRAPPED_ASK].join("\n")] });
    expect(cleaned.text).toContain("who reach the huts of the upper valley without a map");
  });
});

describe("round 68: a name over the statement's title that the text calls by its kind", () => {
  it("takes a name in capitals the French text calls « notre association »", () => {
    const r = read(["ACCUEIL DES PASSEURS DE LA COMBE-NOIRE", "Déclaration au dialogue constructif sur le trafic illicite de migrants", "Vienne, 6 juin 2031", CHAIR.fr!, "Depuis douze ans, notre association accompagne les familles qui traversent le col à pied.", ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name?.toLowerCase()).toBe("accueil des passeurs de la combe-noire");
  });

  it("takes a name in capitals the Spanish text calls « nuestra red »", () => {
    const r = read(["ALBERGUES DEL PASO ALTO", "Declaración ante el diálogo constructivo sobre el tráfico ilícito de migrantes", "Viena, 6 de junio de 2031", CHAIR.es!, "Nuestra red atiende cuatro albergues en la frontera desde hace diez años.", ASK.es!, THANKS.es!]);
    expect(r.organization?.name).toBe("Albergues del Paso Alto");
  });

  it("takes a name in capitals the text calls by its last word in small letters ('our orchard line')", () => {
    const r = read(["---------- Forwarded message ---------", "HILLSIDE PICKERS AND PACKERS ORCHARD", "Statement to the informal consultation on forced labour", "Delivered on Tuesday 3 June 2031", "Thank you, Chair.", "Pickers reach us through our orchard line; in the last harvest 900 of them said a broker had charged them to be hired.", ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Hillside Pickers and Packers Orchard");
  });

  it("does not take a person's name over the title (guard)", () => {
    const r = read(["ROSALIND ACHTERBERG-VOSS", "Statement to the constructive dialogue on the smuggling of migrants", "3 June 2031", CHAIR.en!, "Our association runs a shelter below the pass.", ASK.en!, THANKS.en!]);
    expect(r.organization?.name ?? "").not.toMatch(/Achterberg/i);
  });
});

describe("round 68: a joint statement's sender, named in the cover note's signature and in a one-line list", () => {
  it("takes the signer's body, first of the list, and its country", () => {
    const r = readText([
      "De : Honorine Agbodjan-Mensah <coordination@cfv.example.org>",
      "À : ngo-statements@example.org",
      "Objet : Déclaration commune — dialogue sur la coopération internationale",
      "",
      "Madame, Monsieur,",
      "",
      "Voici le texte lu ce matin pour nos trois réseaux ; merci de le mettre en ligne avec les autres contributions de la journée.",
      "",
      "Bien cordialement,",
      "Honorine Agbodjan-Mensah",
      "Coordonnatrice, Collectif des passeurs du fleuve Vanmé",
      "",
      "-----",
      "",
      "DÉCLARATION COMMUNE",
      "Collectif des passeurs du fleuve Vanmé (Bénin), Clinique juridique Sèmè-Est (Togo), Association Rives et Droits (Niger)",
      "Dialogue constructif sur la coopération internationale, 2 juin 2031",
      "",
      "Madame la Présidente,",
      "",
      "Nos organisations suivent depuis six ans les affaires de trafic sur le fleuve. Les demandes d'entraide mettent des mois à aboutir. Pendant ce temps, les prévenus attendent en détention et les témoins se découragent.",
      "",
      "Nous avons relevé deux causes : les demandes voyagent sur papier par la voie diplomatique, et les juges qui les reçoivent ne savent pas à qui répondre.",
      "",
      "Dans quatre affaires sur dix, la réponse est arrivée après le jugement. Les familles des victimes n'ont jamais su pourquoi l'affaire avait été classée, ni qui devait leur rendre compte de l'enquête menée de l'autre côté du fleuve.",
      "",
      "Nous demandons aussi aux ministères de la justice de prévoir dans leurs budgets le déplacement des témoins qui habitent un pays voisin.",
      "",
      "Nous demandons aux États riverains de tenir les audiences à distance quand les témoins résident sur l'autre rive.",
      "",
      "Fait le 2 juin 2031.",
    ].join("\n"));
    expect(r.organization?.name).toBe("Collectif des passeurs du fleuve Vanmé");
    expect(r.organization?.country).toBe("BJ");
  });
});

describe("round 68: a letterhead line saying where the body has offices is no name", () => {
  it("reads the acronym's name from the About paragraph, not 'Offices in …'", () => {
    const r = read(
      ["Statement to the constructive dialogue on firearms", "4 June 2031", CHAIR.en!, "In our two harbours, 61 people were hurt by gunfire last year.", ASK.en!, THANKS.en!, "Harbour Liaison", "Thandiwe Mokoenava", "Who we are: since 2011 the Dunmerrow Ferry Safety Alliance (DFSA) has brought together boat crews, parish halls and two harbour clinics."],
      ["DFSA", "Offices in Dunmerrow and Kelsington", "dfsa@example.org · dfsa.example.org"],
    );
    expect(r.organization?.name).toBe("Dunmerrow Ferry Safety Alliance");
  });

  it("is no name in French or Spanish either ('Bureaux à …', 'Oficinas en …')", () => {
    const fr = read(["Déclaration au dialogue constructif sur les armes à feu", "4 juin 2031", CHAIR.fr!, "Dans nos deux villes, 61 personnes ont été blessées par balle.", ASK.fr!, THANKS.fr!], ["RVPT", "Bureaux à Sorvaine et Méricourt-Haut", "rvpt@example.org"]);
    expect(fr.organization?.name ?? "").not.toMatch(/^Bureaux/);
    const es = read(["Declaración ante el diálogo constructivo sobre armas de fuego", "4 de junio de 2031", CHAIR.es!, "En nuestras dos ciudades, 61 personas recibieron disparos.", ASK.es!, THANKS.es!], ["RVPA", "Oficinas en Tarvedo y Olmeda Alta", "rvpa@example.org"]);
    expect(es.organization?.name ?? "").not.toMatch(/^Oficinas/);
  });
});

describe("round 68: 'on behalf of' before the name in a by-line", () => {
  it("drops « au nom de l'… » before the first body named", () => {
    const r = read(["DÉCLARATION CONJOINTE", "Dialogue constructif sur la coopération internationale", "Vienne, 2 juin 2031", "Lue par Me Aurèle Vanderplancke, avocat, au nom de l'Entente des bateliers de Sorvaine, de la Ligue des passeurs du Ménau et de la Maison des rives", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Entente des bateliers de Sorvaine");
  });

  it("drops « en nombre de la … » before the first body named", () => {
    const r = read(["DECLARACIÓN CONJUNTA", "Diálogo constructivo sobre cooperación internacional", "Viena, 2 de junio de 2031", "Presentada por la Lic. Maricruz Oyarzábal Tena, abogada, en nombre de la Defensoría Popular del Valle de Arcos, de la Unión de Barqueros del Río Lento y del Colectivo Orillas", CHAIR.es!, ASK.es!, THANKS.es!]);
    expect(r.organization?.name).toBe("Defensoría Popular del Valle de Arcos");
  });
});

describe("round 68: a name alone under the closing thanks is the speaker", () => {
  for (const [lang, name] of [["en", "Ebbe Kastrinovic"], ["fr", "Solène Marquevielle"], ["es", "Abundio Carrasquel Ibarra"]] as const) {
    it(`reads the signature under "${THANKS[lang]}" (${lang})`, () => {
      const r = read(["RIVER FERRY WORKERS' NETWORK", "Statement to the Conference of the Parties, general debate, 3 June 2031", CHAIR[lang]!, ASK[lang]!, THANKS[lang]!, name]);
      expect(r.speaker?.name).toBe(name);
    });
  }

  it("does not read a name under a paragraph with no thanks (guard)", () => {
    const r = read(["RIVER FERRY WORKERS' NETWORK", "Statement to the Conference of the Parties, general debate, 3 June 2031", CHAIR.en!, ASK.en!, "We will publish our ferry counts in the spring, as every year.", "Vienna Harbour"]);
    expect(r.speaker?.name ?? null).toBeNull();
  });
});

describe("round 68: a one-word role read from the opening yields to the signature's", () => {
  it("lets the signature's office win over a one-word role read from 'I lead …'", () => {
    const r = read(["Institute for River Ferry Safety (IRFS)", "Statement to the constructive dialogue on technical assistance", "3 June 2031", CHAIR.en!, "My name is Professor Wilhelmina Achebe-Strand and I lead the Academy's inspection courses. Each spring we train port officers from nine harbours.", ASK.en!, THANKS.en!, "Prof. Wilhelmina Achebe-Strand", "Head of Training"]);
    expect(r.speaker?.role).toBe("Head of Training");
  });
});

describe("round 68: a body's name after a comma ends the role", () => {
  it("cuts 'Example Dockers' Legal Advice (Secretariat of the Network)' from the role", () => {
    const r = read(["Coalition for Safe Ferry Crossings", "Joint statement to the constructive dialogue on the smuggling of migrants", "3 June 2031", CHAIR.en!, ASK.en!, THANKS.en!, "Read by Sigrun Aaberg-Lindqvist, Advocacy Adviser, Harrowgate Dockers' Legal Advice (Secretariat of the Network)"]);
    expect(r.speaker?.name).toBe("Sigrun Aaberg-Lindqvist");
    expect(r.speaker?.role).toBe("Advocacy Adviser");
  });
});

describe("round 68: 'on Friday' told in a post dated by its posting", () => {
  it("dates the Friday before the posting day", () => {
    const r = read(["Orchard Lane Safety Network", "News | Our voice", "Posted 2031-06-10 by Rhona, web editor", "On Friday Ilse Vandermolen-Achterberg, our director, took the floor at the constructive dialogue on firearms in Vienna. Her words follow.", '"Thank you, Chair.', ASK.en!, 'Thank you."']);
    expect(r.deliveredOn).toBe("2031-06-06");
  });

  it("dates « ce vendredi » the same way (fr)", () => {
    const r = read(["Réseau des vergers de la Lente", "Accueil | Qui sommes-nous | Actualités", "Publié le 10 juin 2031 par l'équipe", "Ce vendredi, notre directrice, Ilse Vandermolen, a pris la parole au dialogue constructif sur les armes à feu. Voici son texte.", "« Merci, Madame la Présidente.", ASK.fr!, "Je vous remercie. »"]);
    expect(r.deliveredOn).toBe("2031-06-06");
  });

  it("does not date a day to come that way (guard)", () => {
    const r = read(["Orchard Lane Safety Network", "News | Our voice", "Posted 2031-06-10 by Rhona, web editor", "Our director will take the floor at the constructive dialogue on firearms next week, on Friday. Her words follow.", '"Thank you, Chair.', ASK.en!, 'Thank you."']);
    expect(r.deliveredOn).not.toBe("2031-06-06");
  });
});
