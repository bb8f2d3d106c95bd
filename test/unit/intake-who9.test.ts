import { describe, expect, it } from "vitest";
import { acronymFits, findSpeaker, floorSpeaker, introSpeaker, letterheadSpeaker, personName } from "../../worker/intake/people";
import { basedInCountry, demonymCountry, findCityCountry, findCountry, phoneCountry } from "../../worker/intake/places";
import { findDates } from "../../worker/intake/dates";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 9 (who and when). Every line here was written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

describe("acronyms that keep some small words and leave others out", () => {
  it("fits an acronym that keeps 'against' but not 'the', or leaves out 'una'", () => {
    expect(acronymFits("Lakes Alliance against the Arms Trade", "LAAAT")).toBe(true);
    expect(acronymFits("Réseau sahélien contre la vente des armes", "RSCVA")).toBe(true);
    expect(acronymFits("Madres por una Tierra Segura", "MTS")).toBe(true);
  });

  it("reads a hyphenated word as one letter or one per part", () => {
    expect(acronymFits("Northern Light-weapons Survey", "NLS")).toBe(true);
    expect(acronymFits("Northern Light-weapons Survey", "NLWS")).toBe(true);
    expect(acronymFits("Alliance nord-andine des juristes", "ANAJ")).toBe(true);
  });

  it("still refuses an acronym of other words", () => {
    expect(acronymFits("Lakes Alliance against the Arms Trade", "LAT")).toBe(false);
    expect(acronymFits("Madres por una Tierra Segura", "MTA")).toBe(false);
    expect(acronymFits("Northern Light-weapons Survey", "NWS")).toBe(false);
  });
});

describe("who speaks: forms real statements use", () => {
  it("reads a by-line set aside with a first-page letterhead table, never an addressee there", () => {
    const letterhead = ["RIVER BASIN ARMS OBSERVATORY", "To: H.E. Ambassador Tomasz Wrona, Chair of the Working Group", "Remarks given by Ingrid Solberg-Achebe, Field Research Lead, River Basin Arms Observatory (RBAO)"];
    expect(letterheadSpeaker(letterhead)).toEqual({ name: "Ingrid Solberg-Achebe", role: "Field Research Lead" });
    expect(letterheadSpeaker(["To: H.E. Ambassador Tomasz Wrona, Chair of the Working Group"])).toBeNull();
    expect(letterheadSpeaker(["Lagoon Office", "Kofi Mensah-Baidoo", "+233 00 000 0000"])).toBeNull();
  });

  it("keeps an organization's acronym in brackets out of the role, and a role in brackets whole", () => {
    expect(findSpeaker(["Delivered by Pavel Horak, Senior Analyst, Danube Small-arms Survey (DSS)"], [])?.speaker).toEqual({ name: "Pavel Horak", role: "Senior Analyst" });
    expect(findSpeaker(["Speaker: Nadia Ferreira (Programme Officer)"], [])?.speaker).toEqual({ name: "Nadia Ferreira", role: "Programme Officer" });
  });

  it("leaves 'speaking in a personal capacity' out of the role", () => {
    expect(findSpeaker(["Remarks by Dr Helga Marsh, Senior Lecturer in Maritime Law, speaking in her personal capacity"], [])?.speaker).toEqual({ name: "Helga Marsh", role: "Senior Lecturer in Maritime Law" });
    expect(findSpeaker(["Intervention de M. Rémi Tchoua, chercheur associé, à titre personnel"], [])?.speaker).toEqual({ name: "Rémi Tchoua", role: "chercheur associé" });
  });

  it("reads 'Palabras de X, role' and 'Words of X, Role' as a by-line, not a name", () => {
    expect(findSpeaker(["Palabras de Inés Carrasco Villa, coordinadora regional"], [])?.speaker).toEqual({ name: "Inés Carrasco Villa", role: "coordinadora regional" });
    expect(findSpeaker(["Words of Samuel Okonjo, Network Coordinator"], [])?.speaker).toEqual({ name: "Samuel Okonjo", role: "Network Coordinator" });
  });

  it("reads a signature after 'Fdo.:' or 'Sgd.'", () => {
    expect(findSpeaker([], ["Gracias.", "Fdo.: Ramiro Etxeberria Sol", "Secretario Ejecutivo"])?.speaker).toEqual({ name: "Ramiro Etxeberria Sol", role: "Secretario Ejecutivo" });
    expect(findSpeaker([], ["Sgd. Olga Brandt", "Policy Director"])?.speaker).toEqual({ name: "Olga Brandt", role: "Policy Director" });
  });

  it("reads ', and my name is X, Role' and leaves the region a role covers out of it", () => {
    expect(introSpeaker(["Thank you, Chair. I speak for the Valley Youth Network, and my name is Ana Lotus Reyes, Outreach Coordinator for the Highlands. We are students."])).toEqual({ name: "Ana Lotus Reyes", role: "Outreach Coordinator" });
  });

  it("takes the organization named with its acronym out of a role ('vocera de X (ABC)')", () => {
    expect(introSpeaker(["Buenos días. Soy Marta Quiñones Ledo, promotora y vocera de Madres por una Tierra Segura (MTS), un colectivo de madres."])).toEqual({ name: "Marta Quiñones Ledo", role: "promotora y vocera" });
    expect(introSpeaker(["My name is Tevita Lomu and I am the Research Lead at the Ocean Justice Collaborative (OJC), a network of lawyers."])).toEqual({ name: "Tevita Lomu", role: "Research Lead" });
  });

  it("reads who took the floor from a web page's introduction, in either order", () => {
    expect(floorSpeaker(["Our Director of Research, Owen Pryce-Adeyemi, took the floor in Vienna yesterday; his words follow."])).toEqual({ name: "Owen Pryce-Adeyemi", role: "Director of Research" });
    expect(floorSpeaker(["Le 3 mars, Inès Bakari, juriste du Réseau, est intervenue devant le groupe de travail ; son texte suit."])).toEqual({ name: "Inès Bakari", role: "juriste" });
    expect(floorSpeaker(["El martes, nuestra coordinadora, Lucía Ferro Paz, tomó la palabra en Viena."])).toEqual({ name: "Lucía Ferro Paz", role: "coordinadora" });
    expect(floorSpeaker(["Our partners, the Riverside Shelter Network, spoke about funding."])).toBeNull();
  });

  it("reads the introduction's speaker through understand, and the heading's date", () => {
    const text = [
      "Home > News",
      "OUR WORDS AT THE DIALOGUE ON TRAFFICKING IN PERSONS",
      "Our Head of Programmes, Oskar Lindahl-Mbeki, took the floor on Monday; what he said is printed here.",
      "Thank you, Chair.",
      "We work with survivors in three port towns. We urge States to fund shelters run by survivors.",
      "Thank you.",
    ].join("\n\n");
    expect(understand(text, [], segments).speaker).toEqual({ name: "Oskar Lindahl-Mbeki", role: "Head of Programmes" });
  });
});

describe("the organization: forms real statements use", () => {
  const org = (text: string, letterhead: string[] = []) => understand(text, letterhead, segments).organization;

  it("takes a coalition's own name, not a count of its members ('on behalf of twelve organizations')", () => {
    const text = "ALIANZA COSTERA CONTRA LA PESCA ILEGAL\n\nDeclaración conjunta en nombre de doce organizaciones de la sociedad civil\n\nSeñor Presidente,\n\nLa Alianza costera contra la pesca ilegal reúne a doce organizaciones de cuatro países que trabajan con comunidades de pescadores.\n\nGracias.";
    expect(org(text)?.name).toBe("Alianza costera contra la pesca ilegal");
    const english = "Joint statement on behalf of 19 civil society organizations\n\nChair,\n\nWe are grateful for the chance to speak for the groups that signed this statement.\n\nThank you.\n\nLakes Region Shelter Network";
    expect(org(english)?.name).toBe("Lakes Region Shelter Network");
  });

  it("never takes a list of signatories for a name", () => {
    const letterhead = ["Signatory organizations: Hill Country Rights Forum (Kenya); Delta Women Union (Nigeria); and four others."];
    const text = "COASTAL WATCH ALLIANCE\n\nStatement to the Dialogue on Trafficking in Persons\n\nChair,\n\nThe Coastal Watch Alliance brings together shelters and lawyers working with survivors in port towns.\n\nThank you.";
    expect(org(text, letterhead)?.name).toBe("Coastal Watch Alliance");
  });

  it("joins a letterhead name set over two lines when the statement writes it whole, and only then", () => {
    const letterhead = ["NORTHERN PORTS", "ARMS MONITORING PROJECT", "Lagoon Road 12, Tema, Ghana"];
    const whole = "Statement to the Constructive Dialogue on Firearms\n\nChair,\n\nThe Northern Ports Arms Monitoring Project (NPAMP) follows weapons seized in container terminals.\n\nThank you.";
    expect(org(whole, letterhead)).toEqual({ name: "Northern Ports Arms Monitoring Project", acronym: "NPAMP", country: "GH" });
    const never = "Statement to the Constructive Dialogue on Firearms\n\nChair,\n\nWe follow weapons seized in container terminals.\n\nThank you.";
    expect(org(never, letterhead)?.name).toBe("Arms Monitoring Project");
  });

  it("reads a name from a web page's copyright line", () => {
    const letterhead = ["Accueil | Nos actions | Contact", "© 2021 Collectif Sahel Solidarité Juridique — 4, rue des Palmiers, Niamey, Niger — contact@cssj.example.org"];
    const text = "Notre intervention au dialogue constructif\n\nMerci, Monsieur le Président.\n\nLe Collectif Sahel Solidarité Juridique (CSSJ) accompagne des personnes migrantes depuis 2012.\n\nJe vous remercie.";
    expect(org(text, letterhead)).toEqual({ name: "Collectif Sahel Solidarité Juridique", acronym: "CSSJ", country: "NE" });
  });

  it("cuts an address run on after a name and its acronym on one line", () => {
    const text = "FUNDACIÓN PARA LA DEFENSA JURÍDICA RURAL (FDJR) Calle Olmo 8, 41001 Sevilla, España · info@fdjr.example.es\n\nCONTRIBUCIÓN ESCRITA AL DIÁLOGO CONSTRUCTIVO\n\nLa Fundación agradece la oportunidad de presentar esta contribución sobre la cooperación internacional en materia penal y ofrece la colaboración de sus miembros.\n\nFdo.: Elena Ruiz Sotomayor\nDirectora";
    const result = understand(text, [], segments);
    expect(result.organization).toEqual({ name: "Fundación para la Defensa Jurídica Rural", acronym: "FDJR", country: "ES" });
    expect(result.speaker).toEqual({ name: "Elena Ruiz Sotomayor", role: "Directora" });
  });

  it("reads an acronym set between commas after the name", () => {
    const text = "VALLEY STUDENTS AGAINST EXPLOITATION\n\nDialogue on Trafficking in Persons\n\nThank you, Chair. I speak for the Valley Students against Exploitation, VSAE, and we are pupils and teachers from rural schools who meet every week.\n\nThank you.";
    expect(org(text)).toMatchObject({ name: "Valley Students against Exploitation", acronym: "VSAE" });
  });

  it("reads the organization a speaker's introduction names with its acronym, and where it is based", () => {
    const text = "Oral statement\n\nGood morning, Chair.\n\nMy name is Tevita Lomu and I am the Research Lead at the Ocean Justice Collaborative (OJC), a network of lawyers based in Apia. We thank the Chair for this time.\n\nWe ask States to fund legal aid.\n\nThank you.";
    expect(org(text)).toEqual({ name: "Ocean Justice Collaborative", acronym: "OJC", country: "WS" });
  });

  it("never takes a United Nations body named in the introduction for the speaker's organization", () => {
    const text = "Oral statement\n\nGood morning, Chair.\n\nI am grateful to the United Nations Office on Drugs and Crime (UNODC) for this dialogue, and I speak as a citizen.\n\nThank you.";
    expect(org(text)).toBeNull();
  });
});

describe("countries", () => {
  it("never reads 'reunion' (a meeting, a family reunion) as a country", () => {
    expect(findCountry("Separated families wait years for a reunion.")).toBeNull();
    expect(findCountry("Lors de la réunion de Vienne")).toBeNull();
  });

  it("reads where an organization is based", () => {
    expect(basedInCountry("We are a network of clinics based in Kampala, working with survivors.")).toBe("UG");
    expect(basedInCountry("une association basée à Dakar depuis 2010")).toBe("SN");
    expect(basedInCountry("una red con sede en Quito")).toBe("EC");
    expect(basedInCountry("We work in many places.")).toBeNull();
  });
});

describe("forms of heading and signature beyond the development sets", () => {
  const read = (text: string, letterhead: string[] = []) => understand(text, letterhead, segments);
  const body = "We have worked beside survivors for a decade in river towns, and we see every week how little help reaches them once a case is closed.\n\nWe urge States to fund shelters run by survivors.\n\nThank you.";

  it("reads a submission form's fields in English, French and Spanish", () => {
    const en = read(`Name of organization: Lantern Bay Foundation\nCountry: Ghana\nName of speaker: Efua Asante-Korang\nTitle/position: Programme Manager\nDate: 1 July 2022\n\nConstructive Dialogue on Trafficking in Persons\n\nChair,\n\n${body}`);
    expect(en.organization).toEqual({ name: "Lantern Bay Foundation", acronym: null, country: "GH" });
    expect(en.speaker).toEqual({ name: "Efua Asante-Korang", role: "Programme Manager" });
    expect(en.text).not.toContain("Title/position");
    const fr = read(`Nom de l'organisation : Association Phare des Rives\nPays : Bénin\nNom de l'intervenant : Koffi Adjovi Hounsa\nFonction : Directeur exécutif\n\nDialogue constructif sur la traite des personnes, 1er juillet 2022\n\nMonsieur le Président,\n\n${body}`);
    expect(fr.organization).toEqual({ name: "Association Phare des Rives", acronym: null, country: "BJ" });
    expect(fr.speaker).toEqual({ name: "Koffi Adjovi Hounsa", role: "Directeur exécutif" });
    const es = read(`Nombre de la organización: Fundación Faro del Valle\nPaís: Bolivia\nOrador: Julián Mamani Quispe, Director Ejecutivo\nFecha: 1ro de julio de 2022\n\nDiálogo constructivo sobre la trata de personas\n\nSeñor Presidente,\n\n${body}`);
    expect(es.organization).toEqual({ name: "Fundación Faro del Valle", acronym: null, country: "BO" });
    expect(es.deliveredOn).toBe("2022-07-01");
  });

  it("keeps 'on behalf of the Network' out of a by-line's name and role", () => {
    expect(read(`Statement delivered by Lars Holm on behalf of the Baltic Shelter Platform (BSP)\n\n1 July 2022\n\nChair,\n\n${body}`).speaker).toEqual({ name: "Lars Holm", role: null });
    expect(findSpeaker(["Statement delivered by Lars Holm, Policy Officer, on behalf of the Baltic Shelter Platform"], [])?.speaker).toEqual({ name: "Lars Holm", role: "Policy Officer" });
  });

  it("takes the organization after the role in a by-line, and out of brackets", () => {
    expect(read(`Diálogo constructivo sobre armas de fuego\nIntervención a cargo de la Sra. Rocío Tapia Lema, directora ejecutiva de la Red Austral por el Desarme\n6 de mayo de 2022\n\nSeñora Presidenta:\n\n${body}`).organization?.name).toBe("Red Austral por el Desarme");
    expect(read(`Constructive Dialogue on Firearms – 6 May 2022\n\nSpeaker: Dr. Kwabena Osei-Tutu (Executive Director, Volta Peace Initiative)\n\nChair,\n\n${body}`).organization?.name).toBe("Volta Peace Initiative");
  });

  it("reads the organization in a signature's 'Role, Organization' line", () => {
    const result = read(`Constructive Dialogue on Trafficking in Persons\n1 July 2022\n\nChair,\n\n${body}\n\nMarisa Tavares\nDirector, Casa Aurora Foundation`);
    expect(result.organization?.name).toBe("Casa Aurora Foundation");
    expect(result.speaker).toEqual({ name: "Marisa Tavares", role: "Director" });
  });

  it("reads 'We are the X, a group of …' and 'The X is a network of …'", () => {
    expect(read(`Constructive Dialogue on the Smuggling of Migrants, 1 July 2022\n\nThank you, Chair.\n\nWe are the Desert Crossing Monitor, a group of lawyers and nurses based in Agadez. Our volunteers meet migrants every day.\n\n${body}`).organization).toEqual({ name: "Desert Crossing Monitor", acronym: null, country: "NE" });
    expect(read(`Dialogue constructif sur la traite des personnes\n\nMonsieur le Président,\n\nLe Comptoir Juridique des Lagunes est un réseau de juristes bénévoles basé à Cotonou.\n\n${body}`).organization).toEqual({ name: "Comptoir Juridique des Lagunes", acronym: null, country: "BJ" });
  });

  it("never takes the Protocol, a United Nations body or a sentence for the organization presented", () => {
    expect(read(`Constructive Dialogue on Firearms\n\nChair,\n\nThe Firearms Protocol is a key instrument for every State in our region, and we thank you.\n\n${body}`).organization).toBeNull();
    expect(read(`Constructive Dialogue on Firearms\n\nChair,\n\nThe Working Group on Firearms is a forum we value.\n\n${body}`).organization).toBeNull();
  });

  it("reads a letterhead's name in capitals above its address, never a venue", () => {
    expect(read(`RIVERBANK MOTHERS UNITED\nP.O. Box 2207, Lilongwe, Malawi\n\nConstructive Dialogue on Trafficking in Persons – 1 July 2022\n\nChair,\n\n${body}`).organization).toEqual({ name: "Riverbank Mothers United", acronym: null, country: "MW" });
    expect(read(`Vienna International Centre\nWagramer Strasse 5, 1400 Vienna, Austria\n\nConstructive Dialogue on Trafficking in Persons – 1 July 2022\n\nChair,\n\n${body}`).organization).toBeNull();
  });
});

describe("names, bodies within an organization, introductions without an acronym", () => {
  const read = (text: string) => understand(text, [], segments);
  const body = "We have worked beside survivors for a decade in river towns, and we see every week how little help reaches them once a case is closed.\n\nWe urge States to fund shelters run by survivors.\n\nThank you.";

  it("reads names with a joined particle, and a by-line's name set in capitals", () => {
    expect(personName("Karim al-Masri")).toBe("Karim al-Masri");
    expect(personName("Inês d'Almeida Costa")).toBe("Inês d'Almeida Costa");
    expect(findSpeaker(["Delivered by NOOR HASSAN-ELMI, Executive Director"], [])?.speaker).toEqual({ name: "Noor Hassan-Elmi", role: "Executive Director" });
  });

  it("reads the organization, not its board, in 'on behalf of the Board of …'", () => {
    const result = read(`Constructive Dialogue on Firearms\n6 May 2022\n\nChair,\n\n${body}\n\nOn behalf of the Board of the Riverside Peace Trust,\n\nChidinma Obi\nChairperson`);
    expect(result.organization?.name).toBe("Riverside Peace Trust");
    expect(result.speaker).toEqual({ name: "Chidinma Obi", role: "Chairperson" });
  });

  it("reads the organization a speaker names after their role, in Spanish and French sentence case", () => {
    expect(read(`Diálogo constructivo sobre armas de fuego\n6 de mayo de 2022\n\nSeñora Presidenta:\n\nMi nombre es Renata Vargas Olmos y soy directora de programas de la Fundación Camino Seguro, con sede en Asunción.\n\n${body}`).organization).toEqual({ name: "Fundación Camino Seguro", acronym: null, country: "PY" });
    expect(read(`Dialogue constructif sur les armes à feu\n6 mai 2022\n\nMadame la Présidente,\n\nJe m'appelle Sékou Coulibaly et je suis le secrétaire exécutif de l'Observatoire paysan des armes légères, basé à Bamako.\n\n${body}`).organization).toEqual({ name: "Observatoire paysan des armes légères", acronym: null, country: "ML" });
  });

  it("never takes the dialogue or a United Nations body named in an introduction", () => {
    expect(read(`Constructive Dialogue on Firearms\n6 May 2022\n\nChair,\n\nMy name is Tomas Kurz and I am grateful to speak at the Constructive Dialogue on Firearms of the Working Group.\n\n${body}`).organization).toBeNull();
  });

  it("reads Washington, DC as the United States", () => {
    expect(findCityCountry("1200 Example Street NW, Washington, DC 20005")).toBe("US");
  });
});

describe("the country from a phone number, last", () => {
  it("reads the longest calling code a number starts with, never a shared one", () => {
    expect(phoneCountry("Tel. +254 20 000 1111")).toBe("KE");
    expect(phoneCountry("T: (+57) 604 000 0000")).toBe("CO");
    expect(phoneCountry("Phone 00 351 21 000 0000")).toBe("PT");
    expect(phoneCountry("+2348000000000")).toBe("NG");
    expect(phoneCountry("+1 202 555 0100")).toBeNull();
    expect(phoneCountry("We met 3,000 people in 2022.")).toBeNull();
  });

  it("gives the country when the letterhead names neither a country nor a known city", () => {
    const text = "HILLSIDE LEGAL AID TRUST\nPlot 12, Market Lane, Kisii\nTel. +254 58 000 0000\n\nConstructive Dialogue on Trafficking in Persons – 1 July 2022\n\nChair,\n\nWe represent survivors in court in three counties, and we urge States to fund legal aid for every survivor.\n\nThank you.";
    expect(understand(text, [], segments).organization).toEqual({ name: "Hillside Legal Aid Trust", acronym: null, country: "KE" });
  });
});

describe("more ways of writing who and when", () => {
  it("reads dates written 'primero de julio', 'julio 1 de 2022', '4-Oct-2023' and '2023/10/04'", () => {
    expect(findDates("Lima, primero de julio de 2022").map((d) => d.iso)).toEqual(["2022-07-01"]);
    expect(findDates("Ciudad de Panamá, julio 1 de 2022").map((d) => d.iso)).toEqual(["2022-07-01"]);
    expect(findDates("Delivered 4-Oct-2023").map((d) => d.iso)).toEqual(["2023-10-04"]);
    expect(findDates("Date: 2023/10/04").map((d) => d.iso)).toEqual(["2023-10-04"]);
  });

  it("reads 'Speaker – X, Role' and ', and I am the Director of …'", () => {
    expect(findSpeaker(["Speaker – Dr Wanjiku Mwangi, Senior Researcher"], [])?.speaker).toEqual({ name: "Wanjiku Mwangi", role: "Senior Researcher" });
    expect(introSpeaker(["My name is Dr. Tomas Arvidsson-Kone, and I am the Director of the Coastal Policy Forum."])).toEqual({ name: "Tomas Arvidsson-Kone", role: "Director" });
  });

  it("reads the role from the sentence after 'My name is X.'", () => {
    expect(introSpeaker(["Thank you, Chair. My name is Tendai Moyo. I am the coordinator of the Valley Shelter Network."])).toEqual({ name: "Tendai Moyo", role: "coordinator" });
  });
});

describe("a speaker who speaks for themselves, and a footer's author", () => {
  it("takes no organization from the introduction of someone speaking in a personal capacity", () => {
    const text = "Constructive Dialogue on International Cooperation\n27 May 2022\n\nChair,\n\nMy name is Dr Ilse Vanterpool and I am a Senior Lecturer at the University of the Northern Coast, speaking in my personal capacity.\n\nWe ask States to answer requests for assistance within three months.\n\nThank you.";
    const result = understand(text, [], segments);
    expect(result.organization).toBeNull();
    expect(result.speaker?.name).toBe("Ilse Vanterpool");
  });

  it("prefers the speaker who introduces themselves over a by-line in a footer", () => {
    const letterhead = ["Prepared by Helmut Sauer, Research Officer", "Page 1 of 2"];
    const text = "Constructive Dialogue on Firearms\n6 May 2022\n\nChair,\n\nMy name is Abena Owusu and I am the Director of the Volta Arms Watch.\n\nWe ask States to trace every weapon they seize.\n\nThank you.";
    expect(understand(text, letterhead, segments).speaker).toEqual({ name: "Abena Owusu", role: "Director" });
  });
});

describe("titles that name the organization with a qualifier", () => {
  const body = "\n\nChair,\n\nWe have worked beside survivors for a decade in river towns, and we see every week how little help reaches them once a case is closed.\n\nWe urge States to fund shelters run by survivors.\n\nThank you.";
  const org = (title: string) => understand(title + body, [], segments).organization;

  it("reads 'Written submission of', 'Contribution écrite de l'…', 'Intervención oral de la …', 'Observations of …'", () => {
    expect(org("Written submission of the Delta Paralegal Network\nConstructive Dialogue on Trafficking in Persons")?.name).toBe("Delta Paralegal Network");
    expect(org("Contribution écrite de l'Association Entraide des Berges (AEB)\nDialogue constructif sur la traite des personnes")).toMatchObject({ name: "Association Entraide des Berges", acronym: "AEB" });
    expect(org("Intervención oral de la Red de Parteras del Valle\nDiálogo constructivo sobre trata de personas")?.name).toBe("Red de Parteras del Valle");
    expect(org("Observations of the Island Fisheries Justice Trust on the Smuggling of Migrants Protocol")?.name).toBe("Island Fisheries Justice Trust");
  });

  it("drops 'from the' before a name on its own line", () => {
    expect(org("Submission to the Constructive Dialogue on Firearms\nfrom the Upland Hunters Safety Council")?.name).toBe("Upland Hunters Safety Council");
  });
});

describe("a signature without a role", () => {
  it("takes a name alone under 'Respectfully submitted,' or 'Atentamente,', never a name alone anywhere else", () => {
    expect(findSpeaker([], ["Thank you.", "Respectfully submitted,", "Halima Njoroge-Baptiste"])?.speaker).toEqual({ name: "Halima Njoroge-Baptiste", role: null });
    expect(findSpeaker([], ["Atentamente,", "Gabriel Ortúzar Peña"])?.speaker).toEqual({ name: "Gabriel Ortúzar Peña", role: null });
    expect(findSpeaker([], ["We thank the Chair.", "Halima Njoroge-Baptiste"])).toBeNull();
  });
});

describe("a web page's introduction with the role after the name", () => {
  it("leaves the possessive out of the role ('X, our Director, spoke …')", () => {
    expect(floorSpeaker(["Last week Nomvula Dube, our Director, spoke at the dialogue in Vienna."])).toEqual({ name: "Nomvula Dube", role: "Director" });
  });
});

describe("the country from the organization's own description", () => {
  it("reads 'a Kenyan NGO', 'une association sénégalaise', 'una organización peruana'", () => {
    expect(demonymCountry("We are a small Kenyan NGO working with survivors.")).toBe("KE");
    expect(demonymCountry("Nous sommes une association sénégalaise de juristes.")).toBe("SN");
    expect(demonymCountry("Somos una organización peruana de defensa de derechos.")).toBe("PE");
    expect(demonymCountry("un collectif ivoirien de journalistes")).toBe("CI");
  });

  it("never reads a nationality elsewhere, or a region ('Latin American')", () => {
    expect(demonymCountry("Many Nigerian victims reach our shelters.")).toBeNull();
    expect(demonymCountry("We are a Latin American network of lawyers.")).toBeNull();
    expect(demonymCountry("a polished organization")).toBeNull();
  });
});

describe("second cities", () => {
  it("reads a country from a city where organizations are often based, never from a surname", () => {
    expect(findCityCountry("Carrera 12 # 4-30, Cali")).toBe("CO");
    expect(findCityCountry("Plot 7, Gulu Road, Gulu")).toBe("UG");
    expect(personName("Milan Trujillo Porto")).toBe("Milan Trujillo Porto");
  });
});

describe("partners named in an introduction are not the speaker's organization", () => {
  it("never takes an organization one works with, or an intergovernmental one", () => {
    const body = "\n\nWe urge States to fund shelters run by survivors.\n\nThank you.";
    expect(understand(`Oral statement\n\nGood morning, Chair.\n\nMy name is Lotte Berger and I work with the Riverside Legal Clinic (RLC) on cases of forced labour.${body}`, [], segments).organization).toBeNull();
    expect(understand(`Oral statement\n\nGood morning, Chair.\n\nI am grateful to the International Organization for Migration (IOM) for its support.${body}`, [], segments).organization).toBeNull();
    expect(understand(`Oral statement\n\nGood morning, Chair.\n\nMy name is Lotte Berger and I am the Director of the Riverside Legal Clinic (RLC), in Gdansk.${body}`, [], segments).organization).toEqual({ name: "Riverside Legal Clinic", acronym: "RLC", country: "PL" });
  });
});

describe("letterheads with a tagline, footers on one line, a web page's copyright", () => {
  const body = "\n\nChair,\n\nWe have worked beside survivors for a decade in river towns, and we see every week how little help reaches them once a case is closed.\n\nWe urge States to fund shelters run by survivors.\n\nThank you.";

  it("reads a name above a tagline and an address, and a footer's 'Name · address'", () => {
    expect(understand(`DAWN MOTHERS UNITED\nStanding with survivors since 2004\nP.O. Box 981, Ndola, Zambia\n\nConstructive Dialogue on Trafficking in Persons – 1 July 2022${body}`, [], segments).organization).toEqual({ name: "Dawn Mothers United", acronym: null, country: "ZM" });
    expect(understand(`Constructive Dialogue on Trafficking in Persons – 1 July 2022${body}`, ["Dawn Mothers United · P.O. Box 981, Ndola, Zambia · www.dmu.example.org", "Page 1 of 2"], segments).organization).toEqual({ name: "Dawn Mothers United", acronym: null, country: "ZM" });
  });

  it("reads the owner of a web page from its copyright line at the foot", () => {
    expect(understand(`Our statement to the dialogue\n\nOn 4 October 2023 our Research Director, Sione Tupou, spoke in Vienna. His words follow.${body}\n\n© 2023 Reef Islands Justice Watch. All rights reserved.`, [], segments).organization?.name).toBe("Reef Islands Justice Watch");
  });
});
