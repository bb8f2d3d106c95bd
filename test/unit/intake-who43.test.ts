import { describe, expect, it } from "vitest";
import { dottedLetterheadSpeaker, findSpeaker, introSpeaker, isOrgName, isRole, personName } from "../../worker/intake/people";
import { echoedLetterhead, withUnit } from "../../worker/intake/who-elsewhere";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 43 (who, forms read across blind sets 38 and 39): a speaker named by a speaking note's title, by a by-line after the
// date and the meeting, by "its Secretary" with a capital, under a signature's "Commissioner", on a letterhead line with one
// dot before the date, or after a religious title in lower case; a body named with a South Asian word for one, a community
// ombuds office or a body of advocates; a letterhead name the text calls "our <word>"; a unit's line under the name.
// Invented text (ferries and lighthouses; invented bodies, people and towns).
const OPEN: Record<string, string> = {
  en: "For ten years we have helped the families of the ferry crews who work the crossing at night.",
  fr: "Depuis dix ans, nous aidons les familles des bateliers qui assurent la traversée de nuit.",
  es: "Desde hace diez años ayudamos a las familias de los lancheros que cruzan de noche.",
};
const TITLE: Record<string, string> = { en: "Constructive dialogue on ferries", fr: "Dialogue constructif sur les bacs", es: "Diálogo constructivo sobre lanchas" };
const statement = (lang: string, head: string[], extra: string[] = [], open = OPEN[lang]!) => read([...head, TITLE[lang]!, ...extra, CHAIR[lang]!, open, ASK[lang]!, THANKS[lang]!]);
const speaker = (line: string) => findSpeaker([line], [])?.speaker ?? null;

describe("round 43: a speaking note's title names whom it is for", () => {
  it.each([
    ["Speaking note for Mr. Tobias Wendt-Arkle, Chairman of the Federation", "Tobias Wendt-Arkle", "Chairman"],
    ["Speaking notes for Ms Irena Volk, Secretary", "Irena Volk", "Secretary"],
    ["Talking points for Dr. Samuel Oduya, Director", "Samuel Oduya", "Director"],
    ["Speaking note for Hana Lisowska, Coordinator", "Hana Lisowska", "Coordinator"],
    ["Notes d'intervention pour Mme Aline Dubost, présidente", "Aline Dubost", "présidente"],
    ["Notas de intervención para la Sra. Rocío Almagro, coordinadora", "Rocío Almagro", "coordinadora"],
  ])("%s", (line, name, role) => {
    expect(speaker(line)).toEqual({ name, role });
  });

  it.each(["Speaking notes for the dialogue on ferries", "Talking points for our members"])("not a person: %s", (line) => {
    expect(speaker(line)).toBeNull();
  });
});

describe("round 43: a by-line after the date and the meeting (\"delivered on … at the dialogue …, by NAME, Role\")", () => {
  it.each([
    ["Statement delivered on 3 May 2031 at the constructive dialogue on ferries, by Ma. Luisa Tandoc-Reyes, Executive Director", "Ma. Luisa Tandoc-Reyes", "Executive Director"],
    ["Remarks delivered on 4 October at the constructive dialogue on trafficking, by Dr. Anil Prakasan, Programme Officer", "Anil Prakasan", "Programme Officer"],
    ["Statement read on 12 June 2031 at the general debate session, by Ms. Petra Holm, Secretary", "Petra Holm", "Secretary"],
    ["Intervention delivered on 2 May at the meeting of experts, by Mr. Jonas Ekwe, Coordinator", "Jonas Ekwe", "Coordinator"],
    ["Statement presented on 9 July 2031 at the dialogue on lighthouses, by Tala Moana, Chair", "Tala Moana", "Chair"],
  ])("%s", (line, name, role) => {
    expect(speaker(line)).toEqual({ name, role });
  });
});

describe("round 43: \"Delivered by its Secretary, NAME\": the office capitalized, an Indian honorific left out", () => {
  it.each([
    ["Delivered by its Secretary, Shri Rakesh Mohan Patnaik", "Rakesh Mohan Patnaik", "Secretary"],
    ["Delivered by its President, Smt. Lalita Deshpande", "Lalita Deshpande", "President"],
    ["Read by its Coordinator, Jonas Ekwe", "Jonas Ekwe", "Coordinator"],
    ["Presented by our Director, Dr. Anil Prakasan", "Anil Prakasan", "Director"],
    ["Delivered by its Vice-Chair, Petra Holm", "Petra Holm", "Vice-Chair"],
    ["Delivered by its field coordinator, Tala Moana", "Tala Moana", "field coordinator"],
    ["Présentée par sa Présidente, Mme Aline Dubost", "Aline Dubost", "Présidente"],
  ])("%s", (line, name, role) => {
    expect(speaker(line)).toEqual({ name, role });
  });

  it("a statement of a body with no body word, then its by-line: the body and its secretary", () => {
    const r = statement("en", ["Statement of Nadi Kinara Sahayak Sanstha", "(Coastal district, India)", "Delivered by its Secretary, Shri Rakesh Mohan Patnaik"]);
    expect(r.speaker).toEqual({ name: "Rakesh Mohan Patnaik", role: "Secretary" });
    expect(r.organization?.name).toBe("Nadi Kinara Sahayak Sanstha");
  });
});

describe("round 43: a commissioner is an office, and signs under the name", () => {
  it.each(["National Commissioner for Ferry Safety", "Commissioner", "Commissaire aux comptes", "Comisionada de juventud", "Deputy Commissioner for Lighthouses"])("%s", (role) => {
    expect(isRole(role)).toBe(true);
  });

  it.each([
    ["Irena Volk", "National Commissioner for Ferry Safety"],
    ["Samuel Oduya", "Regional Commissioner for Youth"],
    ["Hana Lisowska", "Commissioner for Night Crossings"],
  ])("%s / %s", (name, role) => {
    expect(findSpeaker([], ["We will keep the lights on.", name, role])?.speaker).toEqual({ name, role });
  });
});

describe("round 43: a letterhead line with one dot, an honorific, a name and its role, then a place and date", () => {
  it.each([
    ["Dr. Petra Holm, Vice-Chair · Vienna, 18 October 2031", "Petra Holm", "Vice-Chair"],
    ["Ms Irena Volk, Secretary · Geneva, 4 May 2031", "Irena Volk", "Secretary"],
    ["Mme Aline Dubost, présidente · Vienne, 3 mai 2031", "Aline Dubost", "présidente"],
    ["Sra. Rocío Almagro, coordinadora · Viena, 2 de junio de 2031", "Rocío Almagro", "coordinadora"],
    ["Prof. Samuel Oduya, Chair · Vienna, 12 June 2031", "Samuel Oduya", "Chair"],
  ])("%s", (line, name, role) => {
    expect(dottedLetterheadSpeaker([line])).toEqual({ name, role });
  });

  it.each(["Petra Holm, Vice-Chair · Vienna, 18 October 2031", "Dr. Petra Holm, Vice-Chair · Vienna", "Lighthouse Keepers Trust · Vienna, 18 October 2031"])("not without an honorific and a date: %s", (line) => {
    expect(dottedLetterheadSpeaker([line])).toBeNull();
  });
});

describe("round 43: a South Asian word for a body ends a name; never a first name", () => {
  it.each(["Sahara Nari Kendra", "Jal Suraksha Samiti", "Nadi Kinara Sahayak Sanstha", "Gram Vikas Parishad", "Mahila Shakti Sangathan", "Lok Seva Sansthan"])("%s", (name) => {
    expect(isOrgName(name)).toBe(true);
    expect(personName(name)).toBeNull();
  });

  it.each(["Kendra Wallace-Horne", "Kendra Olu"])("a person: %s", (name) => {
    expect(isOrgName(name)).toBe(false);
    expect(personName(name)).toBe(name);
  });

  it("a name in its own language over its English gloss and the address: the name", () => {
    const own = read(["Constructive dialogue on ferries", "Oral statement by Irena Volk, Founder", CHAIR.en!, OPEN.en!, ASK.en!, THANKS.en!], ["Sahara Nari Kendra", "Women's Ferry Centre · Riverside, Dang · Nepal", "ferry@example.org"]);
    expect(own.organization?.name).toBe("Sahara Nari Kendra");
  });
});

describe("round 43: a community ombuds office or a body of advocates over its address is no person", () => {
  it.each(["Defensoría Popular del Río Frío", "Defensoría Popular de Lancheros", "Harbour Light Peace Advocates", "Coastal Ferry Advocates", "Island Peacemakers", "Delta Ferry Paralegals"])("%s", (line) => {
    expect(personName(line)).toBeNull();
  });

  it("es: the name, then \"Me llamo NAME\" in the text", () => {
    const r = read(["Defensoría Popular del Río Frío", "Puerto Aysén, Chile - defensoria@example.org", TITLE.es!, CHAIR.es!, "Me llamo Rocío Almagro-Pinto y soy lanchera. Cruzo el río cada noche.", ASK.es!, THANKS.es!]);
    expect(r.organization?.name).toBe("Defensoría Popular del Río Frío");
    expect(r.speaker?.name).toBe("Rocío Almagro-Pinto");
  });

  it("en: the name over its town and e-mail, a by-line after the date", () => {
    const r = read(["Harbour Light Peace Advocates", "Riverside, Philippines · hlpa@example.org", "Statement delivered on 3 May 2031 at the constructive dialogue on ferries, by Ma. Luisa Tandoc-Reyes, Executive Director", CHAIR.en!, OPEN.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Harbour Light Peace Advocates");
    expect(r.speaker).toEqual({ name: "Ma. Luisa Tandoc-Reyes", role: "Executive Director" });
  });
});

describe("round 43: \"Soy el padre NAME, director …\": a religious title in lower case is no part of the name", () => {
  it.each([
    ["Soy el padre Tomás Quispe, director de la casa del migrante.", "Tomás Quispe"],
    ["Soy la hermana Lucía Mamani, coordinadora del albergue.", "Lucía Mamani"],
    ["Je suis le père Olivier Ndiaye, directeur du foyer.", "Olivier Ndiaye"],
    ["Soy el pastor Elías Cutipa, coordinador de la red.", "Elías Cutipa"],
    ["Je suis la sœur Marthe Ilunga, responsable de l'accueil.", "Marthe Ilunga"],
  ])("%s", (p, name) => {
    expect(introSpeaker([p])?.name).toBe(name);
  });
});

describe("round 43: a letterhead name the text calls \"our <first or last word>\"", () => {
  it.each([
    [["Pastoral de Lancheros de Puerto Frío"], ["Señora Presidenta:", "Cada noche nuestra Pastoral recibe a los lancheros."], "Pastoral de Lancheros de Puerto Frío"],
    [["Defensoría Popular del Río Frío"], ["Desde 2020 nuestra Defensoría atiende a los lancheros."], "Defensoría Popular del Río Frío"],
    [["Harbour Pilots Mutual Guild"], ["Madam Chair,", "Our Guild trains forty pilots a year."], "Harbour Pilots Mutual Guild"],
    [["Veilleurs du Phare de Kolomba"], ["Madame la Présidente,", "Les veilleurs du phare nous ont écrit."], null],
    [["Pastoral de Lancheros de Puerto Frío"], ["Señora Presidenta:", "La pastoral de la ciudad nos ayudó."], null],
  ])("%o", (removed, paragraphs, name) => {
    expect(echoedLetterhead(removed, paragraphs)).toBe(name);
  });
});

describe("round 43: a unit's line under the name, the heading naming it: \"Name, Unit\"", () => {
  const org = (name: string, line: string | null = null) => ({ name, acronym: null, line });
  it.each([
    ["Ferry Care Hospitals", ["FERRY CARE HOSPITALS", "Patient Ethics Board"], "Statement of the Patient Ethics Board", "Ferry Care Hospitals, Patient Ethics Board"],
    ["Lighthouse University", ["LIGHTHOUSE UNIVERSITY", "Research Ethics Committee"], "The Research Ethics Committee thanks you", "Lighthouse University, Research Ethics Committee"],
    ["Harbour Pilots Federation", ["Harbour Pilots Federation", "Youth Safety Commission"], "Our Youth Safety Commission has met", "Harbour Pilots Federation, Youth Safety Commission"],
    ["Réseau des Bateliers", ["Réseau des Bateliers", "Comité d'éthique"], "Déclaration du Comité d'éthique", "Réseau des Bateliers, Comité d'éthique"],
    ["Red de Lancheros", ["Red de Lancheros", "Comisión de Seguridad"], "Declaración de la Comisión de Seguridad", "Red de Lancheros, Comisión de Seguridad"],
  ])("%s", (name, letterhead, text, want) => {
    expect(withUnit(org(name, letterhead[0]!), letterhead, text)?.name).toBe(want);
  });

  it.each([
    ["Ferry Care Hospitals", ["FERRY CARE HOSPITALS", "Patient Ethics Board"], "Statement of the hospital group"],
    ["Ferry Care Hospitals", ["FERRY CARE HOSPITALS", "Riverside, Kerala, India"], "Statement of the Riverside, Kerala, India"],
    ["Harbour Pilots Federation", ["Harbour Pilots Federation", "Member of the Ferry Council"], "the Member of the Ferry Council"],
  ])("not: %s over %o", (name, letterhead, text) => {
    expect(withUnit(org(name, letterhead[0]!), letterhead, text)?.name).toBe(name);
  });

  it("read whole: the unit after the name, the chair of the board keeps her role", () => {
    const r = read(["Falsified ferry tickets", "Remarks of the Patient Ethics Board, 3 May 2031, by Dr. Petra Holm, Chair of the Board", CHAIR.en!, OPEN.en!, ASK.en!, THANKS.en!], ["FERRY CARE HOSPITALS", "Patient Ethics Board", "Plot 0 · Riverside · Kerala · India"]);
    expect(r.organization?.name).toBe("Ferry Care Hospitals, Patient Ethics Board");
    expect(r.speaker).toEqual({ name: "Petra Holm", role: "Chair of the Board" });
  });
});

describe("round 43: roles: a date with its article, an interpreter who came along, are no part of them", () => {
  it.each([
    ["Déclaration de Me Paul Ferrand, juriste, le 27 mai 2031", "Paul Ferrand", "juriste"],
    ["Intervención de la Sra. Ana Villca, coordinadora, el martes 18 de octubre de 2031", "Ana Villca", "coordinadora"],
    ["Statement by Dr. Petra Holm, Chair, on 3 May 2031", "Petra Holm", "Chair"],
    ["Intervention présentée par Mme Aline Dubost, coordinatrice, avec son interprète", "Aline Dubost", "coordinatrice"],
    ["Delivered by Ms Irena Volk, Secretary, with her sign language interpreter", "Irena Volk", "Secretary"],
    ["Intervención de la Sra. Rocío Almagro, presidenta, con su intérprete", "Rocío Almagro", "presidenta"],
    ["Presented by Mr. Jonas Ekwe, Coordinator, with his personal assistant", "Jonas Ekwe", "Coordinator"],
  ])("%s", (line, name, role) => {
    expect(speaker(line)).toEqual({ name, role });
  });
});

describe("round 43: an acronym opening the letterhead's address line that leaves one word of the name out", () => {
  const body = (lang: string) => [TITLE[lang]!, CHAIR[lang]!, OPEN[lang]!, ASK[lang]!, THANKS[lang]!];
  it.each([
    ["es", "ASOCIACIÓN DE LANCHEROS UNIDOS DEL RÍO FRÍO", "ALRF · Calle 0 · Puerto Aysén, Chile", "ALRF"],
    ["es", "RED PASTORAL DE MOVILIDAD HUMANA DEL ESTRECHO", "RPME · Calle 0 · Punta Arenas, Chile", "RPME"],
    ["en", "HARBOUR PILOTS MUTUAL AID GUILD", "HPMG · 0 Quay Road · Riverside", "HPMG"],
    ["fr", "ASSOCIATION DES BATELIERS SOLIDAIRES DU FLEUVE", "ABSF · rue 0 · Kolomba", "ABSF"],
    ["es", "COLECTIVO DE LANCHEROS DEL RÍO FRÍO", "ALRF · Calle 0 · Puerto Aysén", null],
    ["en", "HARBOUR PILOTS GUILD", "HPG · 0 Quay Road · Riverside", "HPG"],
  ])("%s: %s", (lang, name, line, acronym) => {
    expect(read(body(lang), [name, line]).organization?.acronym ?? null).toBe(acronym);
  });
});

describe("round 43: an office said by a verb (\"and I manage …\", \"My name is NAME. I coordinate …\"), a community defender", () => {
  it.each([
    ["My name is Tobias Wendt-Arkle. I coordinate the ferry marshals of the Network in three ports.", "Tobias Wendt-Arkle", "Coordinator of the ferry marshals"],
    ["I am Irena Volk and I manage the harbour team of the Trust.", "Irena Volk", "Manager of the harbour team"],
    ["My name is Samuel Oduya. I lead the night patrols of the Alliance.", "Samuel Oduya", "Lead of the night patrols"],
    ["I am Hana Lisowska and I chair the Alliance.", "Hana Lisowska", "Chair"],
    ["I am Petra Holm and I manage the shelter kitchen of the Trust.", "Petra Holm", "Manager of the shelter kitchen"],
    ["Me llamo Rocío Almagro-Pinto y soy defensora comunitaria.", "Rocío Almagro-Pinto", "defensora comunitaria"],
    ["I am Jonas Ekwe, a human rights defender.", "Jonas Ekwe", "human rights defender"],
  ])("%s", (p, name, role) => {
    expect(introSpeaker([p])).toEqual({ name, role });
  });

  it.each([
    "I am Tala Moana and I look after a shelter for ferry crews.",
    "My name is Tala Moana, and I coordinate the desk that ferry crews call at night.",
    "I’m Tala Moana. I coordinate the Trust’s work with ferry crews in the bay.",
    "My name is Tala Moana. I manage the kitchen, and the crews eat there.",
  ])("no office without whose team it is: %s", (p) => {
    expect(introSpeaker([p])).toEqual({ name: "Tala Moana", role: null });
  });
});

describe("round 43: \"I am also the treasurer of a cooperative …\" in the next sentence: the office", () => {
  it.each([
    ["My name is Ana Lopes and I mend nets at the harbour. I am also the treasurer of an association of ferry families.", "treasurer"],
    ["My name is Ana Lopes. I am also the treasurer of a cooperative of boat owners.", "treasurer"],
    ["Je m'appelle Ana Lopes. Je suis aussi la secrétaire d'une association de bateliers.", "secrétaire"],
    ["Me llamo Ana Lopes. Soy también la tesorera de una asociación de lancheros.", "tesorera"],
    ["My name is Ana Lopes. I am the chair of a network of ferry crews.", "chair"],
  ])("%s", (p, role) => {
    expect(introSpeaker([p])).toEqual({ name: "Ana Lopes", role });
  });
});

describe("round 43: the statement frame stays read", () => {
  it("a plain statement keeps no organization it does not name", () => {
    expect(read([TITLE.en!, CHAIR.en!, OPEN.en!, ASK.en!, THANKS.en!]).organization).toBeNull();
  });
});
