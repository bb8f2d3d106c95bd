import { describe, expect, it } from "vitest";
import { findDates } from "../../worker/intake/dates";
import { deliveredBySpeaker, findSpeaker, introSpeaker } from "../../worker/intake/people";
import { findAddressCountry, findCountry, speakingFromCountry } from "../../worker/intake/places";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 8 (who and when). Every line here was written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

describe("a speaker who introduces themselves in the first paragraph", () => {
  it("reads 'My name is … and I am …', 'Mi nombre es … y soy …', 'Je m'appelle … et je suis …'", () => {
    expect(introSpeaker(["Good afternoon. My name is Helen Mwangi-Otto and I am the Legal Director of the Lakeside Rights Foundation."])).toEqual({ name: "Helen Mwangi-Otto", role: "Legal Director" });
    expect(introSpeaker(["Mi nombre es Tomás Quintero Ibarra y soy coordinadora de incidencia de la Red Costera de Apoyo, que trabaja desde 2010."])).toEqual({ name: "Tomás Quintero Ibarra", role: "coordinadora de incidencia" });
    expect(introSpeaker(["Je m'appelle Aïcha Benali et je suis chargée de plaidoyer au Collectif des Oasis."])).toEqual({ name: "Aïcha Benali", role: "chargée de plaidoyer" });
  });

  it("reads a name without a role ('My name is X, from …', 'I am X of …') and a signature in capitals", () => {
    expect(introSpeaker(["Good morning. My name is Grace Atieno Ouma, from a shelter network in the lake region."])).toEqual({ name: "Grace Atieno Ouma", role: null });
    expect(introSpeaker(["Je m'appelle Luc Moreau-Diop et je représente une association de juristes."])).toEqual({ name: "Luc Moreau-Diop", role: null });
    expect(findSpeaker([], ["Thank you.", "MARTA KOWALCZYK-NOWAK", "Programme Director"])?.speaker).toEqual({ name: "Marta Kowalczyk-Nowak", role: "Programme Director" });
  });

  it("turns 'I chair the Board of …' into a role, and 'I chair the Network' into 'Chair'", () => {
    expect(introSpeaker(["My name is Peter Olsen-Kai and I chair the Advisory Board of the Northern Fisheries Network."])?.role).toBe("Chair of the Advisory Board");
    expect(introSpeaker(["My name is Peter Olsen-Kai and I chair the Northern Fisheries Network."])?.role).toBe("Chair");
  });

  it("never takes a person merely cited, or a place, for the speaker", () => {
    expect(introSpeaker(["Last year we met Minister Ana Pérez, who promised a new law."])).toBeNull();
    expect(introSpeaker(["I am Grateful for this opportunity to address you."])).toBeNull();
  });

  it("takes the signature, not a person cited in the first paragraph, when nobody introduces themselves", () => {
    const text = "Statement to the Dialogue on Trafficking in Persons\n\nChair,\n\nLast month Dr. Sara Lindqvist, a judge we work with, told us that victims are often prosecuted before they are identified, and that this has not changed in years.\n\nWe ask States to identify victims first.\n\nThank you.\n\nTomas Eriksen-Blom\nExecutive Director";
    expect(understand(text, [], segments).speaker).toEqual({ name: "Tomas Eriksen-Blom", role: "Executive Director" });
  });

  it("reads the speaker a web page's introduction names, without a verb for a role", () => {
    expect(deliveredBySpeaker(["The statement below was delivered online by our colleague Kwame Ofori-Lartey, is reproduced in full."])).toEqual({ name: "Kwame Ofori-Lartey", role: null });
    expect(deliveredBySpeaker(["Voici le texte de l'intervention prononcée par Maître Claire Dubois-Nguema, responsable du plaidoyer."])).toEqual({ name: "Claire Dubois-Nguema", role: "responsable du plaidoyer" });
  });
});

describe("by-lines and titles that name the speaker", () => {
  it("reads spokesperson lines, titles naming a person, and honorifics such as Atty., Hna., Maître", () => {
    expect(findSpeaker(["Porte-parole : Mme Odile Fermat, directrice générale"], [])?.speaker).toEqual({ name: "Odile Fermat", role: "directrice générale" });
    expect(findSpeaker(["Déclaration de M. Paul Ekané Njoh, Secrétaire général du ABCD"], [])?.speaker).toEqual({ name: "Paul Ekané Njoh", role: "Secrétaire général" });
    expect(findSpeaker(["Delivered by Atty. Liza Marquez-Tan, Convenor"], [])?.speaker).toEqual({ name: "Liza Marquez-Tan", role: "Convenor" });
    expect(findSpeaker(["Leída por la Hna. Rosa Condori Huanca, coordinadora"], [])?.speaker).toEqual({ name: "Rosa Condori Huanca", role: "coordinadora" });
  });

  it("keeps 'delivered by' when the title names the organization first", () => {
    expect(findSpeaker(["Statement of the Delta Watch Network (DWN), delivered by Omar Sule, Programme Lead"], [])?.speaker).toEqual({ name: "Omar Sule", role: "Programme Lead" });
  });
});

describe("the organization", () => {
  it("joins a letterhead name set over two lines when the acronym under it fits both, and over a line starting with 'des'", () => {
    const a = understand("Chair,\n\nWe ask States to trace every weapon.", ["NORTHERN LAKES", "FISHERS RIGHTS UNION", "NLFRU", "5 Harbour Road, Lusaka, Zambia"], segments);
    expect(a.organization).toEqual({ name: "Northern Lakes Fishers Rights Union", acronym: "NLFRU", country: "ZM" });
    const b = understand("Déclaration de l'Alliance sahélienne des femmes juristes\n\nMadame la Présidente,\n\nNous demandons aux États de protéger les témoins.", ["ALLIANCE SAHÉLIENNE", "DES FEMMES JURISTES", "(ASFJ)", "BP 120, Bujumbura, Burundi"], segments);
    expect(b.organization).toEqual({ name: "Alliance sahélienne des femmes juristes", acronym: "ASFJ", country: "BI" });
  });

  it("does not run a tagline under the letterhead's name into it", () => {
    const read = understand("Chair,\n\nFor twenty years we have sheltered women who escaped forced labour in the cities of the coast.\n\nWe ask States to inspect private homes.", ["Coastal Women's Shelter Network", "For a coast without forced labour", "8 Beach Road, Maputo, Mozambique"], segments);
    expect(read.organization?.name).toBe("Coastal Women's Shelter Network");
  });

  it("reads a title in sentence case when an acronym beside it fits, but not a name a preposition cut", () => {
    const read = understand("Intervention du Groupement lorrain d'aide aux travailleurs saisonniers (GLATS)\n\nMonsieur le Président,\n\nNous demandons un titre de séjour pour les victimes.", [], segments);
    expect(read.organization?.name).toBe("Groupement lorrain d'aide aux travailleurs saisonniers");
    expect(read.organization?.acronym).toBe("GLATS");
    const cut = understand("Déclaration du Centre d'Analyse sur la Paix\n\nMadame la Présidente,\n\nNous demandons des registres d'armes.", ["Centre d'Analyse sur la Paix (CAP) – Rue 12, Villa 4410, Bujumbura, Burundi"], segments);
    expect(cut.organization?.name).toBe("Centre d'Analyse sur la Paix");
  });

  it("takes the alliance that speaks for its members, and a coalition title set over two lines", () => {
    const a = understand("Dialogue on Firearms\n\nRiver Basin Peace Alliance, on behalf of 9 member organizations\n\n5 May 2023\n\nMadam Chair,\n\nWe ask States to mark every firearm.", ["RIVER BASIN", "PEACE ALLIANCE"], segments);
    expect(a.organization?.name).toBe("River Basin Peace Alliance");
    const b = understand("STATEMENT ON BEHALF OF THE NETWORK AGAINST CHILD LABOUR IN\nMINES (NACLM)\n\nChair,\n\nWe ask States to inspect mines.", [], segments);
    expect(b.organization).toMatchObject({ name: "Network against Child Labour in Mines", acronym: "NACLM" });
    expect(b.title).toBe("STATEMENT ON BEHALF OF THE NETWORK AGAINST CHILD LABOUR IN MINES (NACLM)");
    expect(b.text.startsWith("Chair,")).toBe(true);
  });
});

describe("where and when", () => {
  it("reads an address whose country is on the next line, a second office run on, and names with '&' written 'and'", () => {
    expect(findAddressCountry("22 Queen Street, Redcliffe\nSt. John's, Antigua and Barbuda\n3 Hope Road, Belmopan, Belize")).toBe("AG");
    expect(findAddressCountry("Calle 8 n.º 14, Managua, Nicaragua Oficina regional: Avenida 3, Quito, Ecuador")).toBe("NI");
    expect(findCountry("Goma, Nord-Kivu, République démocratique du Congo")).toBe("CD");
  });

  it("reads the city a speaker says they speak from", () => {
    expect(speakingFromCountry("Je vous parle depuis Lusaka, où nous travaillons.")).toBe("ZM");
    expect(speakingFromCountry("I speak to you from Maputo today.")).toBe("MZ");
    expect(speakingFromCountry("Victims come from many places.")).toBeNull();
  });

  it("reads '1.º de julio de 2022' and the date a web page's introduction gives, not the posting date", () => {
    expect(findDates("1.º de julio de 2022")[0]?.iso).toBe("2022-07-01");
    expect(findDates("Delivered on the 3rd of June, 2024")[0]?.iso).toBe("2024-06-03");
    expect(findDates("Some 40 of May's cases")).toEqual([]);
    const text = "News › Statements\n\nOur statement at the dialogue on technical assistance. On 31 May 2023, our network took the floor at the dialogue; the statement, delivered by Ana Ruiz Soto, is below.\n\nThank you, Madam Chair.\n\nWe ask donors to fund evaluation of technical assistance.";
    const read = understand(text, ["Posted on 6 June 2023 by the team"], segments);
    expect(read.deliveredOn).toBe("2023-05-31");
    expect(read.speaker).toEqual({ name: "Ana Ruiz Soto", role: null });
  });

  it("suggests no segment for a statement naming no topic and dated a week from a dialogue", () => {
    const read = understand("Commission session\n\nOral statement of the Example Paralegal Network\n\n23 May 2023\n\nMadam Chair,\n\nWe ask States to publish the review reports.", [], segments);
    expect(read.segment).toBeNull();
  });
});

describe("by-lines that carry the organization, and dates that say which meeting", () => {
  it("splits 'Delivered by NAME, Role, Organization (ACR), City, Country' into speaker and organization", () => {
    const read = understand("DIALOGUE ON TECHNICAL ASSISTANCE\n\nDelivered by Dr. Musa Kandeh, Director, Coastal Institute for Legal Studies (CILS), Freetown, Sierra Leone\n\nChairperson, Excellencies,\n\nFor ten years our institute has trained prosecutors and judges across the region, and we have learned that courses alone change little without follow-up.\n\nWe ask donors to fund evaluation.", [], segments);
    expect(read.speaker).toEqual({ name: "Musa Kandeh", role: "Director" });
    expect(read.organization).toEqual({ name: "Coastal Institute for Legal Studies", acronym: "CILS", country: "SL" });
    expect(findSpeaker(["Oratrice : Me Lina Saadé, responsable juridique"], [])?.speaker).toEqual({ name: "Lina Saadé", role: "responsable juridique" });
  });

  it("reads the title's organization when a letterhead line with an organization word is no name, and cuts 'por la Sra.' from an on-behalf name", () => {
    const a = understand("Statement by the Highland Tea Pickers' Union to the Constructive Dialogue\n\nChair,\n\nWe ask States to inspect estates.", ["© 2023 Highland Tea Pickers' Union. All rights reserved."], segments);
    expect(a.organization?.name).toBe("Highland Tea Pickers' Union");
    const b = understand("Declaración leída en nombre de la Mesa Andina de Cuidadoras por la Sra. Inés Paredes Lara, Presidenta\n\nSeñor Presidente:\n\nPedimos a los Estados proteger a las cuidadoras.", [], segments);
    expect(b.organization?.name).toBe("Mesa Andina de Cuidadoras");
  });

  it("prefers a dateline with its place to a bare date, and the meeting's date to a revision's", () => {
    const a = understand("12 June 2023 –\n\nStatement by the Reef Safety Network\nDialogue on firearms\nVienna, 5 May 2023\n\nExcellencies,\n\nWe ask States to mark firearms.", [], segments);
    expect(a.deliveredOn).toBe("2023-05-05");
    const b = understand("Diálogo sobre cooperación internacional\n2 de febrero de 2022 (texto revisado para la sesión del 27 de mayo de 2022)\n\nSeñor Presidente:\n\nPedimos cooperación.", [], segments);
    expect(b.deliveredOn).toBe("2022-05-27");
  });
});
