import { describe, expect, it } from "vitest";
import { personName } from "../../worker/intake/people";
import { clean } from "../../worker/intake/clean";
import { understand } from "../../worker/intake/understand";
import { ASK, CHAIR, read, segments, THANKS } from "./who-statement";

// Round 69 (who, mechanisms read from blind sets 82 and 83's misses): titles of address as a class (a documented list by
// kind, words that are also names only before two name tokens, and any short abbreviation with its period before a full
// name); a signature's office after "For BODY," by its article or unknown to the role tables; a signature's role wrapped
// after a dangling conjunction, preposition or article; an organ of a body's members ("Council of Elders") kept in the role.
// Invented text (lighthouses, ferries, mountain huts and orchards; invented bodies, people and towns).

const BODY = {
  en: "Our keepers have watched the northern channel for thirty years and logged every small boat that crossed it at night.",
  fr: "Nos gardiens surveillent le chenal du nord depuis trente ans et notent chaque petite embarcation qui le traverse la nuit.",
  es: "Nuestros guardas vigilan el canal del norte desde hace treinta años y anotan cada lancha que lo cruza de noche.",
};
const statement = (lang: "en" | "fr" | "es", head: string, signature: string) =>
  read([head, CHAIR[lang]!, BODY[lang], ASK[lang]!, THANKS[lang]!, signature]);

describe("round 69: titles of address before a signature's name are no part of it", () => {
  const cases: [string, string][] = [
    ["Mx Teodric Halloway-Brune", "Teodric Halloway-Brune"],
    ["Dame Ilsabet Corrowmere", "Ilsabet Corrowmere"],
    ["Sheikh Abdelkrim Oulad-Tessar", "Abdelkrim Oulad-Tessar"],
    ["Bishop Anselm Kwarteng-Doe", "Anselm Kwarteng-Doe"],
    ["Rabbi Mordell Zaretsky", "Mordell Zaretsky"],
    ["Sir Peregrin Aldwych-Hale", "Peregrin Aldwych-Hale"],
    ["Lord Fennick Ashgrove", "Fennick Ashgrove"],
    ["Chief Obiora Nnamdi-Ekwe", "Obiora Nnamdi-Ekwe"],
    ["Elder Tamati Rangiwhero", "Tamati Rangiwhero"],
    ["Datuk Harun Saifulbahri", "Harun Saifulbahri"],
    ["Ustadh Idris Karembwe", "Idris Karembwe"],
    ["Monseñor Eleuterio Quispe Mamani", "Eleuterio Quispe Mamani"],
    ["Mademoiselle Honorine Valcourt", "Honorine Valcourt"],
  ];
  for (const [written, name] of cases) {
    it(`drops the listed title in "${written}"`, () => expect(personName(written)).toBe(name));
  }

  const abbreviated: [string, string][] = [
    ["Rev. Casimir Ondolo", "Casimir Ondolo"],
    ["Fr. Benedek Szalontai", "Benedek Szalontai"],
    ["Abg. Rosalba Ituarte Beltrán", "Rosalba Ituarte Beltrán"],
    ["Lic. Evaristo Chanampa", "Evaristo Chanampa"],
    ["Msgr. Aurelio Tancredi", "Aurelio Tancredi"],
    ["Cdr. Hallvard Eikrem", "Hallvard Eikrem"],
  ];
  for (const [written, name] of abbreviated) {
    it(`drops the short abbreviation with its period in "${written}"`, () => expect(personName(written)).toBe(name));
  }

  it("reads the speaker without the title in a signature (en)", () => {
    const r = statement("en", "Northern Channel Keepers' Trust\nStatement to the dialogue on the smuggling of migrants\n6 June 2031", "Dame Ilsabet Corrowmere\nChair of the Trust");
    expect(r.speaker?.name).toBe("Ilsabet Corrowmere");
  });

  it("keeps a word that is also a given name when only one name token follows (guard)", () => {
    expect(personName("Lord Aldwych")).toBe("Lord Aldwych");
    expect(personName("Nana Owusu-Ampem")).toBe("Nana Owusu-Ampem");
  });

  it("keeps an initial and an abbreviated given name (guard)", () => {
    expect(personName("J. Halloran Brody")).toBe("J. Halloran Brody");
    expect(personName("Ma. Luningning Dimaculangan")).toBe("Ma. Luningning Dimaculangan");
    expect(personName("Md. Rafiqul Haldar")).toBe("Md. Rafiqul Haldar");
  });

  it("still drops the old titles (guard)", () => {
    expect(personName("Dra. Leocadia Villaseñor")).toBe("Leocadia Villaseñor");
    expect(personName("Rev. Dr. Amos Kiprotich-Lagat")).toBe("Amos Kiprotich-Lagat");
  });
});

describe("round 69: a signature's office after \"For BODY,\"", () => {
  it("reads the office by its article before the name (fr)", () => {
    const r = statement("fr", "Amicale des gardiens de phare de Port-Vérel\nDéclaration au dialogue constructif sur le trafic illicite de migrants\n6 juin 2031", "Pour l'Amicale, le trésorier, Gaëtan Moulinié-Sarrat");
    expect(r.speaker?.name).toBe("Gaëtan Moulinié-Sarrat");
    expect(r.speaker?.role?.toLowerCase()).toBe("trésorier");
  });

  it("reads the office by its article before the name (en)", () => {
    const r = statement("en", "Northern Channel Keepers' Trust\nStatement to the dialogue on the smuggling of migrants\n6 June 2031", "For the Trust, the treasurer, Oswin Harcastle-Pryde");
    expect(r.speaker?.name).toBe("Oswin Harcastle-Pryde");
    expect(r.speaker?.role?.toLowerCase()).toBe("treasurer");
  });

  it("reads an office no table knows after the name (es)", () => {
    const r = statement("es", "Cofradía de Pescadores de Punta Almiraz\nDeclaración ante el diálogo constructivo sobre el tráfico ilícito de migrantes\n6 de junio de 2031", "Por la Junta Rectora, Leandro Arrizabalaga Soto, patrón mayor");
    expect(r.speaker?.name).toBe("Leandro Arrizabalaga Soto");
    expect(r.speaker?.role?.toLowerCase()).toBe("patrón mayor");
  });

  it("reads an office no table knows after the name (en)", () => {
    const r = statement("en", "Northern Channel Keepers' Trust\nStatement to the dialogue on the smuggling of migrants\n6 June 2031", "For the Trust, Oswin Harcastle-Pryde, harbourmaster");
    expect(r.speaker?.name).toBe("Oswin Harcastle-Pryde");
    expect(r.speaker?.role?.toLowerCase()).toBe("harbourmaster");
  });

  it("takes no thanks after the name for an office (guard)", () => {
    const r = statement("en", "Northern Channel Keepers' Trust\nStatement to the dialogue on the smuggling of migrants\n6 June 2031", "For the Trust, Oswin Harcastle-Pryde, with thanks");
    expect(r.speaker?.role ?? "").not.toMatch(/thanks/);
  });
});

describe("round 69: a signature's role wrapped onto the next line", () => {
  it("joins the role after a dangling 'and' under the name (en)", () => {
    const r = statement("en", "Northern Channel Keepers' Trust\nStatement to the dialogue on the smuggling of migrants\n6 June 2031", "Oswin Harcastle-Pryde\nHead of Outreach and\nSea Safety Training");
    expect(r.speaker?.role).toBe("Head of Outreach and Sea Safety Training");
  });

  it("joins the role after a dangling « de » above the name (es)", () => {
    const r = statement("es", "Cofradía de Pescadores de Punta Almiraz\nDeclaración ante el diálogo constructivo sobre el tráfico ilícito de migrantes\n6 de junio de 2031", "Responsable del área de\natención a familias migrantes\nLeandro Arrizabalaga Soto");
    expect(r.speaker?.name).toBe("Leandro Arrizabalaga Soto");
    expect(r.speaker?.role).toBe("Responsable del área de atención a familias migrantes");
  });

  it("joins the role after a dangling « des » under the name (fr)", () => {
    const r = statement("fr", "Amicale des gardiens de phare de Port-Vérel\nDéclaration au dialogue constructif sur le trafic illicite de migrants\n6 juin 2031", "Gaëtan Moulinié-Sarrat\nResponsable de l'accueil des\nfamilles en transit");
    expect(r.speaker?.role).toBe("Responsable de l'accueil des familles en transit");
  });

  it("does not join the organization's name under a finished role (guard)", () => {
    const r = statement("en", "Northern Channel Keepers' Trust\nStatement to the dialogue on the smuggling of migrants\n6 June 2031", "Oswin Harcastle-Pryde\nHead of Outreach\nNorthern Channel Keepers' Trust");
    expect(r.speaker?.role).toBe("Head of Outreach");
  });
});

describe("round 69: an organ of the body's members is part of the role", () => {
  it("keeps 'of the Council of Elders' (en)", () => {
    const r = statement("en", "Upper Ridge Peace Forum\nStatement to the dialogue on firearms\n6 June 2031", "Tamati Rangiwhero, Chair of the Council of Elders");
    expect(r.speaker?.role).toBe("Chair of the Council of Elders");
  });

  it("keeps 'of the Board of Governors' (en)", () => {
    const r = statement("en", "Upper Ridge Peace Forum\nStatement to the dialogue on firearms\n6 June 2031", "Tamati Rangiwhero, Deputy Chair of the Board of Governors");
    expect(r.speaker?.role).toBe("Deputy Chair of the Board of Governors");
  });

  it("keeps « du Conseil des sages » (fr)", () => {
    const r = statement("fr", "Amicale des gardiens de phare de Port-Vérel\nDéclaration au dialogue constructif sur le trafic illicite de migrants\n6 juin 2031", "Gaëtan Moulinié-Sarrat, président du Conseil des sages");
    expect(r.speaker?.role).toBe("président du Conseil des sages");
  });

  it("still drops the organization's own name after the role (guard)", () => {
    const r = statement("en", "Upper Ridge Peace Forum\nStatement to the dialogue on firearms\n6 June 2031", "Tamati Rangiwhero, Chair of the Upper Ridge Peace Forum");
    expect(r.speaker?.role).toBe("Chair");
  });
});

describe("round 69: the office before a name set off by an apposition", () => {
  it("reads the office, not the apposition with its indefinite article (en)", () => {
    const r = read([
      "NEWS RELEASE",
      "Harwick, 14 June 2031 — The Lantern Keepers' Guild today asked the dialogue on the smuggling of migrants to protect night crews.",
      "Speaking at the dialogue on 12 June 2031, the Guild's secretary, Mr Oswin Harcastle-Pryde, a retired ferry pilot, told delegates that crews had counted 212 boats.",
      ASK.en!,
    ]);
    expect(r.speaker?.name).toBe("Oswin Harcastle-Pryde");
    expect(r.speaker?.role?.toLowerCase()).toBe("secretary");
  });
});

describe("round 69: the day it was said, before a press release's dateline", () => {
  it("takes the numbered meeting's date over the dateline (en)", () => {
    const r = read([
      "NEWS RELEASE",
      "Harwick, 14 June 2031 — The Lantern Keepers' Guild today asked the Conference to protect the crews of night ferries.",
      "In the general debate, at the 6th meeting on 11 June 2031, the Guild's chair, Ms Ilsabet Corrowmere, a former harbour pilot, told delegates that crews had counted 212 boats.",
      "She said that every State should register the small ferries that carry workers across the strait.",
    ]);
    expect(r.deliveredOn).toBe("2031-06-11");
  });

  it("takes a dialogue's date told in the release over its dateline (en)", () => {
    const r = read([
      "NEWS RELEASE",
      "Harwick, 14 June 2031 — The Lantern Keepers' Guild today asked States to protect the crews of night ferries.",
      "The Guild's chair, Ilsabet Corrowmere, spoke at the constructive dialogue on the smuggling of migrants held on 12 June 2031 and told delegates that crews had counted 212 boats.",
      ASK.en!,
    ]);
    expect(r.deliveredOn).toBe("2031-06-12");
  });

  it("keeps the dateline when nothing else dates the release (guard)", () => {
    const r = read([
      "NEWS RELEASE",
      "Harwick, 14 June 2031 — The Lantern Keepers' Guild today asked States to protect the crews of night ferries.",
      "The Guild's chair, Ilsabet Corrowmere, told delegates that crews had counted 212 boats.",
      ASK.en!,
    ]);
    expect(r.deliveredOn).toBe("2031-06-14");
  });
});

describe("round 69: a covering note's weekday told in the past", () => {
  const note = (sentence: string, subject = "Subject: Text read at the smuggling of migrants dialogue") =>
    read([
      ["From: Oswin Harcastle-Pryde <secretary@example.org>", "To: unit@example.org", subject, "Date: 16 June 2031"].join("\n"),
      `Dear colleagues,\n\n${sentence}`,
      "---",
      CHAIR.en!,
      BODY.en,
      ASK.en!,
      THANKS.en!,
    ]);

  it("counts back to the weekday the sender read the statement (en)", () => {
    // 16 June 2031 is a Monday; the Thursday before is 12 June.
    expect(note("Attached underneath is the statement I delivered on Thursday morning.").deliveredOn).toBe("2031-06-12");
  });

  it("does not count back a weekday to come (guard)", () => {
    expect(note("Attached underneath is the statement I will deliver on Thursday morning.").deliveredOn).not.toBe("2031-06-12");
  });
});

describe("round 69: a body named only by the text's first sentence as 'we'", () => {
  it("reads 'We at the NAME have …' (en)", () => {
    const r = read([CHAIR.en!, "We at the Harwick Ferry Crews Association have counted every night crossing of the strait since 2024.", ASK.en!, THANKS.en!, "Oswin Harcastle-Pryde, Secretary"]);
    expect(r.organization?.name).toBe("Harwick Ferry Crews Association");
  });

  it("reads 'En la NAME hemos …' (es)", () => {
    const r = read([CHAIR.es!, "En la Cofradía de Lancheros de Punta Almiraz hemos contado cada cruce nocturno del estrecho desde 2024.", ASK.es!, THANKS.es!, "Leandro Arrizabalaga Soto, secretario"]);
    expect(r.organization?.name).toBe("Cofradía de Lancheros de Punta Almiraz");
  });

  it("reads « Au sein de l'NAME, nous … » (fr)", () => {
    const r = read([CHAIR.fr!, "Au sein de l'Association des passeurs du bac de Port-Vérel, nous comptons chaque traversée de nuit depuis 2024.", ASK.fr!, THANKS.fr!, "Gaëtan Moulinié-Sarrat, secrétaire"]);
    expect(r.organization?.name).toBe("Association des passeurs du bac de Port-Vérel");
  });

  it("takes no town for a body (guard)", () => {
    const r = read([CHAIR.en!, "We at the Harwick Town Hall have counted every night crossing.", ASK.en!, THANKS.en!, "Oswin Harcastle-Pryde"]);
    expect(r.organization?.name ?? "").not.toBe("Harwick Town Hall");
  });
});

describe("round 69: a web page's owner and its sentence announcing the text", () => {
  const page = (intro: string, footer: string) =>
    [
      "Home | About | News | Contact",
      "STATEMENT TO THE DIALOGUE ON THE SMUGGLING OF MIGRANTS",
      intro,
      "Our refuge stands below the pass and gave beds to 640 people last winter, many of them children travelling alone.",
      ASK.en!,
      "Share this: Facebook | E-mail",
      footer,
    ].join("\n\n");

  it("reads the copyright owner the text calls 'our refuge', and the speaker the intro names (en)", async () => {
    const { clean } = await import("../../worker/intake/clean");
    const { understand } = await import("../../worker/intake/understand");
    const { segments } = await import("./who-statement");
    const cleaned = clean({ pages: [page("The statement that follows was delivered by our warden, Tamsin Ulverholt, at the online consultation.", "© Ashcombe Pass Refuge · Privacy · Sitemap")] });
    const r = understand(cleaned.text, cleaned.removed, segments);
    expect(r.organization?.name).toBe("Ashcombe Pass Refuge");
    expect(r.speaker?.name).toBe("Tamsin Ulverholt");
  });

  it("takes no copyright owner the text never calls its own (guard)", async () => {
    const { clean } = await import("../../worker/intake/clean");
    const { understand } = await import("../../worker/intake/understand");
    const { segments } = await import("./who-statement");
    const cleaned = clean({ pages: [page("The statement that follows was delivered by our warden, Tamsin Ulverholt, at the online consultation.", "© Bramblewick Web Studio · Privacy")] });
    const r = understand(cleaned.text, cleaned.removed, segments);
    expect(r.organization?.name ?? "").not.toBe("Bramblewick Web Studio");
  });
});

describe("round 69: a press release's headline is no name; the dateline paragraph's subject is", () => {
  it("reads the body the dateline paragraph names, not the headline sentence (en)", () => {
    const r = read([
      "NEWS RELEASE — FOR IMMEDIATE RELEASE",
      "Night crews ask the dialogue to count the boats that never arrive",
      "HARWICK, 14 June 2031 — The Lantern Keepers Guild today asked the dialogue on the smuggling of migrants to protect the crews of night ferries.",
      "Speaking for the Guild, its secretary, Oswin Harcastle-Pryde, told delegates that crews had counted 212 boats.",
      ASK.en!,
    ]);
    expect(r.organization?.name).toBe("Lantern Keepers Guild");
  });

  it("still reads a title-case name in the heading (guard)", () => {
    const r = read(["Harwick Ferry Crews Association", "Statement to the dialogue on the smuggling of migrants", "14 June 2031", CHAIR.en!, BODY.en, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Harwick Ferry Crews Association");
  });
});

describe("round 69: whose office it is does not open the role", () => {
  it("drops the body's possessive before the office (en)", () => {
    const r = read(["Harwick Ferry Crews Association", "Statement to the dialogue on the smuggling of migrants", "14 June 2031", "Chair, thank you. My name is Oswin Harcastle-Pryde and I am the Association’s Night Crew Supervisor.", BODY.en, ASK.en!, THANKS.en!]);
    expect(r.speaker?.role).toBe("Night Crew Supervisor");
  });

  it("keeps a possessive that is no body's (guard)", () => {
    const r = read(["Harwick Ferry Crews Association", "Statement to the dialogue on the smuggling of migrants", "14 June 2031", CHAIR.en!, BODY.en, ASK.en!, THANKS.en!, "Oswin Harcastle-Pryde\nChildren's Rights Officer"]);
    expect(r.speaker?.role).toBe("Children's Rights Officer");
  });
});

describe("round 69: a covering note's weekday, only from the e-mail's own date", () => {
  it("keeps the day the subject line names over the weekday counted back (guard)", () => {
    const r = read([
      ["From: Oswin Harcastle-Pryde <secretary@example.org>", "To: unit@example.org", "Date: 16 June 2031", "Subject: Our statement of 12 June – dialogue on the smuggling of migrants"].join("\n"),
      "Dear colleagues,\n\nAttached underneath is the statement I delivered on Thursday at the dialogue.",
      "---",
      CHAIR.en!,
      BODY.en,
      ASK.en!,
      THANKS.en!,
    ]);
    expect(r.deliveredOn).toBe("2031-06-12");
  });
});

describe("round 69: a joint statement's sender signing the cover note with the body's country in brackets", () => {
  it("takes the signer's body without its country, as the list of co-signers writes it (fr)", () => {
    const text = [
      "De : Gaëtan Moulinié-Sarrat <coordination@passeurs.example.org>",
      "À : ngo-statements@example.org",
      "Objet : Texte commun — coopération internationale",
      "",
      "Madame, Monsieur,",
      "",
      "Voici le texte que j'ai lu ce matin pour nos trois associations ; merci de le publier.",
      "",
      "Bien cordialement,",
      "Gaëtan Moulinié-Sarrat",
      "Coordonnateur, Collectif des passeurs du bac de Port-Vérel (Gabon)",
      "",
      "-----",
      "",
      "Texte commun pour le dialogue constructif — coopération internationale",
      "",
      "Collectif des passeurs du bac de Port-Vérel (Gabon)",
      "Maison des bateliers de Mbé-Sud (Congo)",
      "Association Rives et Lois (Cameroun)",
      "",
      "Madame la Présidente,",
      "",
      "Nos associations suivent depuis six ans les affaires de trafic sur le fleuve. Les demandes d'entraide mettent des mois à aboutir, et les témoins se découragent.",
      "",
      "Nous demandons aux États riverains de tenir les audiences à distance quand les témoins résident sur l'autre rive.",
      "",
      "Fait le 2 juin 2031.",
    ].join("\n");
    const cleaned = clean({ pages: [text] });
    const r = understand(cleaned.text, cleaned.removed, segments);
    expect(r.organization?.name).toBe("Collectif des passeurs du bac de Port-Vérel");
  });
});
