import { describe, expect, it } from "vitest";
import { personName } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 65 (who, mechanisms read from blind sets 74 and 75's misses): a by-line naming a body rather than a person ("Delivered by
// the X on behalf of all co-signing groups", "Présentée par le …", "Presentada por la …"); the country bracketed after the
// body's own name in a list of co-signers; an annex table after the signature with a note under it; the Spanish "P." (padre) and
// "Pbro." before a name. Invented text (lighthouses and ferries; invented bodies, people and towns).

const TITLE_EN = "Joint statement on the smuggling of migrants by sea";
const TITLE_FR = "Déclaration commune sur le trafic illicite de migrants par mer";
const TITLE_ES = "Declaración conjunta sobre el tráfico ilícito de migrantes por mar";
const BODY: Record<string, string> = {
  en: "The night ferries of the strait carry more passengers each season than their papers show. The keepers of the lighthouses see them pass.",
  fr: "Les bacs de nuit du détroit transportent chaque saison plus de passagers que leurs papiers ne l'indiquent. Les gardiens des phares les voient passer.",
  es: "Las lanchas nocturnas del estrecho llevan cada temporada más pasajeros de los que dicen sus papeles. Los guardianes de los faros las ven pasar.",
};

describe("round 65: a by-line naming a body, not a person", () => {
  it("reads 'Delivered by the X on behalf of all co-signing groups' as X", () => {
    const r = read([TITLE_EN, "Delivered by the Quillmarsh Lamp Tenders Alliance on behalf of all co-signing groups", "Vienna, 3 June 2031", CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Quillmarsh Lamp Tenders Alliance");
  });

  it("reads 'Read by the X on behalf of its 12 member groups' as X", () => {
    const r = read([TITLE_EN, "Read by the Harlowe Strait Ferry Forum on behalf of its 12 member groups", "Vienna, 3 June 2031", CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Harlowe Strait Ferry Forum");
  });

  it("reads 'Présentée par le Collectif … au nom des organisations cosignataires'", () => {
    const r = read([TITLE_FR, "Présentée par le Collectif des Phares de Kerbénec au nom des organisations cosignataires", "Vienne, 3 juin 2031", CHAIR.fr!, BODY.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Collectif des Phares de Kerbénec");
  });

  it("reads 'Presentada por la Red … en nombre de las organizaciones firmantes'", () => {
    const r = read([TITLE_ES, "Presentada por la Red de Fareros de Punta Tolmeca en nombre de las organizaciones firmantes", "Viena, 3 de junio de 2031", CHAIR.es!, BODY.es!, ASK.es!, THANKS.es!]);
    expect(r.organization?.name).toBe("Red de Fareros de Punta Tolmeca");
  });

  it("guard: a by-line naming a person still gives the person", () => {
    const r = read(["Quillmarsh Lamp Tenders Alliance", TITLE_EN, "Delivered by Ms Idonea Carrick-Vell, Coordinator", "Vienna, 3 June 2031", CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker?.name).toBe("Idonea Carrick-Vell");
  });
});

describe("round 65: the country bracketed after the body's own name in a list of co-signers", () => {
  it("reads 'Name (Country); Other (Country); …' written as a paragraph after the statement", () => {
    const r = read([
      TITLE_EN,
      "Delivered by the Quillmarsh Lamp Tenders Alliance on behalf of all co-signing groups",
      "Vienna, 3 June 2031",
      CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!,
      "Co-signing organizations",
      "Quillmarsh Lamp Tenders Alliance (Ireland); Skerrow Ferry Watch (Norway); Capo Lurenzu Harbour Friends (Italy); Association des Phares de Kerbénec (France); Red de Fareros de Punta Tolmeca (Chile); Tanjung Batu Ferry Workers (Indonesia)",
    ]);
    expect(r.organization?.country).toBe("IE");
  });

  it("reads 'Nom (SIGLE, Pays)' in a French list, not another member's country", () => {
    const r = read([
      TITLE_FR,
      "Présentée par le Collectif des Phares de Kerbénec au nom des organisations cosignataires",
      "Vienne, 3 juin 2031",
      CHAIR.fr!, BODY.fr!, ASK.fr!, THANKS.fr!,
      "Organisations signataires",
      "Collectif des Phares de Kerbénec (CPK, Gabon) ; Réseau des Passeurs du Fleuve (Congo) ; Association Bac Vivant (Bénin) ; Amis du Phare de l'Est (Cameroun)",
    ]);
    expect(r.organization?.country).toBe("GA");
  });
});

describe("round 65: an annex table after the signature with a note under it", () => {
  const TABLE = ["Annex – Crossings seen by the keepers (2029–2030)", "Month", "Crossings", "March", "41", "April", "52"];
  it("reads the signature above the table and its note", () => {
    const r = read([
      "Quillmarsh Lamp Tenders Alliance", "Vienna, 3 June 2031", CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!,
      "Idonea Carrick-Vell\nCoordinator of the Alliance",
      ...TABLE,
      "Note: one ferry may be counted twice when it crosses back the same night. The figures come from the keepers' logbooks, read each month.",
    ]);
    expect(r.speaker?.name).toBe("Idonea Carrick-Vell");
  });

  it("reads it in Spanish, with a note and a source under the table", () => {
    const r = read([
      "Red de Fareros de Punta Tolmeca", "Viena, 3 de junio de 2031", CHAIR.es!, BODY.es!, ASK.es!, THANKS.es!,
      "Anatolia Quispelme Rangel\nCoordinadora de la Red",
      "Anexo – Cruces observados por los fareros (2029–2030)", "Mes", "Cruces", "Marzo", "41", "Abril", "52",
      "Nota: una misma lancha puede contarse dos veces cuando regresa la misma noche.",
      "Fuente: bitácoras de los faros, revisadas cada mes por la asamblea de la Red.",
    ]);
    expect(r.speaker?.name).toBe("Anatolia Quispelme Rangel");
  });
});

describe("round 65: the Spanish 'P.' (padre) and 'Pbro.' before a name", () => {
  it("drops 'P.' before a name of two words or more", () => {
    const r = read(["Casa del Farero Migrante", "Viena, 3 de junio de 2031", CHAIR.es!, BODY.es!, ASK.es!, THANKS.es!, "P. Anselmo Quiroga Betancur\nDirector del albergue de migrantes"]);
    expect(r.speaker?.name).toBe("Anselmo Quiroga Betancur");
  });

  it("drops 'Pbro.' as a priest's title", () => {
    expect(personName("Pbro. Eulogio Santacruz Ibarbia")).toBe("Eulogio Santacruz Ibarbia");
  });

  it("guard: keeps 'P.' as an initial before a single surname", () => {
    const r = read(["Quillmarsh Lamp Tenders Alliance", "Vienna, 3 June 2031", CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!, "P. Ramaswamy\nDirector of the Alliance"]);
    expect(r.speaker?.name).toBe("P. Ramaswamy");
  });
});

describe("round 65: the reader the opening announces, over the signatures of those who sign", () => {
  it("reads 'It will be read … by Dr NAME, the Alliance's ROLE' over a chair and a secretary signing side by side", () => {
    const r = read([
      "BRENNOCK LIGHTHOUSE KEEPERS ALLIANCE", TITLE_EN,
      "This statement speaks for the Alliance and for the groups listed below. It will be read at the dialogue by Dr. Tamsin Orrage-Vell, the Alliance's field coordinator.",
      BODY.en!, ASK.en!, THANKS.en!,
      "Done at Quillmarsh, 3 June 2031",
      "Idonea Carrick-Vell\nChair of the Alliance",
      "Lorcan Fesway-Pym\nSecretary of the Alliance",
    ]);
    expect(r.speaker).toEqual({ name: "Tamsin Orrage-Vell", role: "field coordinator" });
  });

  it("reads 'Elle sera lue par notre trésorière, Mme NAME' over the president's signature", () => {
    const r = read([
      "COLLECTIF DES PHARES DE KERBÉNEC", TITLE_FR,
      "Cette déclaration est faite au nom du Collectif. Elle sera lue par notre trésorière, Mme Gwenola Pérennec-Saou.",
      BODY.fr!, ASK.fr!, THANKS.fr!,
      "Fait à Kerbénec, le 3 juin 2031",
      "Yannick Le Drézen\nPrésident du Collectif",
    ]);
    expect(r.speaker?.name).toBe("Gwenola Pérennec-Saou");
  });
});

describe("round 65: speaking notes headed by whom they are for", () => {
  it("reads '(for Captain NAME, 3 minutes)': the name, and the title as the role", () => {
    const r = read([
      "HARLOWE SAILING SCHOOL\nSpeaking notes — constructive dialogue on trafficking in persons, 3 June 2031\n(for Captain Ilario Venmouth, 3 minutes)",
      "- Thank you, Chair. Greetings from the boathouse.\n- About us: a slipway, nine instructors, 180 pupils\n- What we ask:\n- pupils stranded abroad after a regatta: screened as likely victims, sent home once that is safe for them",
    ]);
    expect(r.speaker).toEqual({ name: "Ilario Venmouth", role: "Captain" });
    expect(r.organization?.name).toBe("Harlowe Sailing School");
  });

  it("reads '(pour Mme NAME, directrice, 4 minutes)'", () => {
    const r = read([
      "École de voile de Kerbénec\nNotes pour l'intervention — dialogue constructif sur la traite des personnes, 3 juin 2031\n(pour Mme Ilaria Venmoutier, directrice, 4 minutes)",
      "- Merci, Madame la Présidente.\n- Ce que nous demandons : que les élèves retenus à l'étranger après une régate soient traités comme victimes probables",
    ]);
    expect(r.speaker).toEqual({ name: "Ilaria Venmoutier", role: "directrice" });
  });
});

describe("round 65: a title of office before the name gives the role", () => {
  it("reads 'I am Pastor NAME'", () => {
    const r = read(["Harlowe Harbour Chaplaincy Trust", TITLE_EN, `${CHAIR.en!} I am Pastor Obiora Fenwick-Adeyemi, and our chaplaincy stands by the ferry pier.`, BODY.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Obiora Fenwick-Adeyemi", role: "Pastor" });
  });

  it("reads 'Soy el Capitán NAME' in Spanish", () => {
    const r = read(["Cofradía de Pescadores de Punta Tolmeca", TITLE_ES, CHAIR.es!, `Soy el Capitán Eusebio Larramendi Quispe. ${BODY.es!}`, ASK.es!, THANKS.es!]);
    expect(r.speaker?.role).toBe("Capitán");
  });

  it("guard: a role given keeps it", () => {
    const r = read(["Harlowe Harbour Chaplaincy Trust", TITLE_EN, BODY.en!, ASK.en!, THANKS.en!, "Pastor Obiora Fenwick-Adeyemi\nCoordinator of the ferry ministry"]);
    expect(r.speaker?.role).toMatch(/^Coordinator/);
  });
});

describe("round 65: where the body is, after its name, is not part of it", () => {
  it("drops a country in brackets after the name that signs", () => {
    const r = read(["Déclaration commune sur le trafic illicite de migrants", BODY.fr!, ASK.fr!, THANKS.fr!, "Fait à Kerbénec, le 3 juin 2031.", "Collectif des Phares de Kerbénec (Gabon)\nRéseau des Passeurs du Fleuve (Congo)\nAssociation Bac Vivant (Bénin)"]);
    expect(r.organization?.name).toBe("Collectif des Phares de Kerbénec");
    expect(r.organization?.country).toBe("GA");
  });

  it("drops one town after a comma in a newsletter's masthead", () => {
    const r = read(["Lettre d'information n° 7 — juin 2031\nMaison des Bacs et des Phares, Kerbénec-Plage", "Le 3 juin, notre directrice, Mme Gwenola Pérennec-Saou, est intervenue au dialogue constructif sur le trafic illicite de migrants, à Vienne.", BODY.fr!, ASK.fr!]);
    expect(r.organization?.name).toBe("Maison des Bacs et des Phares");
  });

  it("guard: keeps a name whose comma joins its words ('Centre for Peace, Justice and Ferries')", () => {
    const r = read(["Harlowe Centre for Peace, Justice and Ferries", TITLE_EN, CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Harlowe Centre for Peace, Justice and Ferries");
  });
});

describe("round 65: a subject line naming the dialogue's day without the year", () => {
  it("reads 'Objet : … dialogue constructif … du 31 mai' in a forwarding e-mail dated earlier", () => {
    const r = read([
      "De : Collectif des Phares de Kerbénec <collectif@example.org>\nÀ : Secrétariat du dialogue constructif <dialogue@example.org>\nDate : 26 mai 2031\nObjet : Déclaration — dialogue constructif sur le trafic illicite de migrants du 30 mai",
      "Madame, Monsieur,",
      "Vous trouverez ci-dessous notre déclaration. Elle sera lue par notre trésorière, Mme Gwenola Pérennec-Saou.",
      "Cordialement,\nLe secrétariat du Collectif",
      "----------",
      "Déclaration sur le trafic illicite de migrants par mer",
      BODY.fr!, ASK.fr!,
      "Fait à Kerbénec, le 26 mai 2031.",
      "Collectif des Phares de Kerbénec",
    ]);
    expect(r.deliveredOn).toBe("2031-05-30");
  });

  it("reads 'Subject: … dialogue of 2 June' under a letter dated before", () => {
    const r = read([
      "Quillmarsh Lamp Tenders Alliance",
      "Quillmarsh, 28 May 2031",
      "Subject: our statement to the constructive dialogue on migrant smuggling of 2 June",
      CHAIR.en!, BODY.en!, ASK.en!, THANKS.en!,
      "Idonea Carrick-Vell\nCoordinator",
    ]);
    expect(r.deliveredOn).toBe("2031-06-02");
  });
});

describe("round 65: Spanish America's citizens' oversight bodies", () => {
  it("reads 'Veeduría Ciudadana …' alone on the first line as the body", () => {
    const r = read(["Veeduría Ciudadana del Muelle de Punta Tolmeca", TITLE_ES, CHAIR.es!, BODY.es!, ASK.es!, THANKS.es!]);
    expect(r.organization?.name).toBe("Veeduría Ciudadana del Muelle de Punta Tolmeca");
  });
});
