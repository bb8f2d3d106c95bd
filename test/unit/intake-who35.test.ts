import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { isOrgName } from "../../worker/intake/people";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 35 (who, blind 27's forms read generally): a speaker named in a dateline after a middle dot ("… · speaker: Ms NAME,
// role"), after a title word ("Barrister", "Engr."), by a health worker's office, in a page telling that "our founder, NAME,
// stood up at …", in a covering note ("Our speaker is Ms NAME, our …"), or in minutes that designate who delivers the
// statement; a place in brackets after a role; a death notice's opening sentence that is no organization; "Ngo" and "Ong" in
// people's names; an e-mail's "From: Secretariat of the <Organization> <address>". Invented text (orchard pickers; invented
// bodies and people).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const ask = "We ask every State to license the agencies that recruit orchard pickers and to publish the list of licences every year.";
const askFr = "Nous demandons à chaque État d'agréer les agences qui recrutent les cueilleurs et de publier chaque année la liste des agréments.";
const askEs = "Pedimos a cada Estado que autorice a las agencias que contratan recolectores y que publique cada año la lista de licencias.";

function read(blocks: string[], letterhead: string[] = []) {
  const r = understand(blocks.join("\n\n"), letterhead, segments);
  return { org: r.organization?.name ?? null, speaker: r.speaker };
}

describe("round 35: the speaker labelled in a dateline, after a middle dot or a bar", () => {
  it.each([
    ["Geneva · 3 May 2031 · speaker: Ms. Laleh Farahani-Rad, outreach nurse", "Laleh Farahani-Rad", "outreach nurse"],
    ["Vienna · 12 June 2031 · speaker: Mr Tobias Lindqvist, field coordinator", "Tobias Lindqvist", "field coordinator"],
    ["Vienne · 4 juin 2031 · oratrice : Mme Ramatoulaye Sow-Diagne, infirmière", "Ramatoulaye Sow-Diagne", "infirmière"],
    ["Viena | 5 de mayo de 2031 | oradora: Sra. Yesenia Caal Pop, enfermera comunitaria", "Yesenia Caal Pop", "enfermera comunitaria"],
  ])("%s", (line, name, role) => {
    expect(read(["OPAN statement – Vienna dialogue, trafficking in persons", line, "Chair,", ask]).speaker).toEqual({ name, role });
  });
});

describe("round 35: a title word before the name in a by-line", () => {
  it.each([
    ["Statement by Barrister Oluwaseun Adeyemi-Bello, Senior Research Fellow", "Oluwaseun Adeyemi-Bello", "Senior Research Fellow"],
    ["Statement by Barr. Chiamaka Okonkwo-Eze, Programme Officer", "Chiamaka Okonkwo-Eze", "Programme Officer"],
    ["Remarks by Engr. Kwabena Asante-Mensah, Director", "Kwabena Asante-Mensah", "Director"],
  ])("%s", (line, name, role) => {
    expect(read(["Orchard Pickers' Legal Centre", line, "Chair,", ask]).speaker).toEqual({ name, role });
  });
});

describe("round 35: a health worker's office is a role", () => {
  it.each([
    ["Delivered by Hana Kowalczyk-Baran, midwife", "Hana Kowalczyk-Baran", "midwife"],
    ["Présentée par Aïssatou Barry-Camara, sage-femme", "Aïssatou Barry-Camara", "sage-femme"],
    ["Presentada por Marisol Quispe Huamán, partera", "Marisol Quispe Huamán", "partera"],
    ["Delivered by Dr Anil Raghunathan, physician", "Anil Raghunathan", "physician"],
  ])("%s", (line, name, role) => {
    expect(read(["Statement of the Orchard Health Collective", line, "Chair,", ask]).speaker).toEqual({ name, role });
  });
});

describe("round 35: a page telling that the speaker stood up at the meeting", () => {
  it.each([
    ["Last month our founder, Adaeze Nwankwo-Obi, stood up in Vienna at the dialogue and spoke for three minutes about the pickers.", "Adaeze Nwankwo-Obi", "founder"],
    ["In May our coordinator, Pieter van der Berg, stood up at the dialogue on trafficking to speak for the pickers.", "Pieter van der Berg", "coordinator"],
    ["En mai, notre présidente, Fatoumata Keïta-Diallo, s'est levée à Vienne pour parler au nom des cueilleurs.", "Fatoumata Keïta-Diallo", "présidente"],
    ["En mayo, nuestra directora, Rosaura Ticona Mamani, se levantó en Viena para hablar por los recolectores.", "Rosaura Ticona Mamani", "directora"],
  ])("%s", (told, name, role) => {
    expect(read(["Help us send pickers to Vienna", told, ask]).speaker).toEqual({ name, role });
  });
});

describe("round 35: a covering note naming the speaker by the word for one, inside a paragraph", () => {
  it.each([
    ["Please find the statement below. Our speaker will be Mr. Kofi Boateng-Ampofo, our outreach lead. He will read the short version.", "Kofi Boateng-Ampofo", "outreach lead"],
    ["Please find the statement below. Our speaker is Ms Ingrid Solberg, our policy adviser.", "Ingrid Solberg", "policy adviser"],
    ["Veuillez trouver la déclaration ci-dessous. Notre oratrice sera Mme Clémence Ouattara-Yao, juriste. Elle lira la version courte.", "Clémence Ouattara-Yao", "juriste"],
    ["Adjuntamos la declaración. Nuestra oradora será la Sra. Dalia Inés Choque, abogada. Leerá la versión corta.", "Dalia Inés Choque", "abogada"],
  ])("%s", (note, name, role) => {
    expect(read(["Dear colleagues,", note, "Kind regards", ask]).speaker).toEqual({ name, role });
  });
});

describe("round 35: minutes designating who delivers the statement", () => {
  it.each([
    [["Minutes of the members' meeting", "Present: 14 member groups. Chair: Mr Dmitri Volkov. Rapporteur: Ms Alina Petrescu-Ionescu.", ask, "The meeting designates Ms Alina Petrescu-Ionescu to deliver the statement in Vienna."], "Alina Petrescu-Ionescu", "Rapporteur"],
    [["Compte rendu de la réunion des membres", askFr, "Présents : 12 associations membres (liste en annexe). Présidence de séance : Mme Mariam Zongo. Secrétaire de séance : M. Yacouba Sawadogo-Ilboudo.", "La réunion désigne M. Yacouba Sawadogo-Ilboudo pour lire la déclaration à Vienne."], "Yacouba Sawadogo-Ilboudo", "Secrétaire de séance"],
    [["Acta de la asamblea de socias", "Presentes: 9 organizaciones.", askEs, "La asamblea designa a la Sra. Norma Ixcot Tzul, tesorera, para leer la declaración en Viena."], "Norma Ixcot Tzul", "tesorera"],
  ])("%s", (blocks, name, role) => {
    expect(read(blocks).speaker).toEqual({ name, role });
  });
});

describe("round 35: a place in brackets after the role is not part of it", () => {
  it.each([
    ["Presentada por Herminia Cux Ajpop, presidenta de la ARCO (Cobán, Guatemala)", "presidenta de la ARCO"],
    ["Delivered by Samuel Mwangi-Kariuki, coordinator (Nakuru, Kenya)", "coordinator"],
    ["Présentée par Odette Nana-Fotso, trésorière (Cameroun)", "trésorière"],
  ])("%s", (line, role) => {
    expect(read(["Statement of the Orchard Pickers' Network", line, "Chair,", ask]).speaker?.role).toBe(role);
  });
  it("keeps a bracket that is no place", () => {
    expect(read(["Statement of the Orchard Pickers' Network", "Delivered by Samuel Mwangi-Kariuki, coordinator (volunteer)", "Chair,", ask]).speaker?.role).not.toBe("coordinator");
  });
});

describe("round 35: a death notice's opening sentence is no organization", () => {
  it.each([
    ["La Maison des Cueilleuses (Kayes, Mali) a le grand chagrin d'annoncer le décès de", "Maison des Cueilleuses"],
    ["The Orchard Pickers' Trust (Mombasa, Kenya) is deeply saddened to announce the death of", "Orchard Pickers' Trust"],
    ["La Asociación Manos del Valle (Cusco, Perú) lamenta comunicar el fallecimiento de", "Asociación Manos del Valle"],
  ])("%s", (opening, org) => {
    expect(read(["DEATH NOTICE", opening, "Ms Mariam Tembo-Phiri", ask]).org).toBe(org);
  });
});

describe("round 35: 'Ngo' and 'Ong' in title case are parts of people's names, 'NGO'/'ONG' in capitals name a body", () => {
  it.each([
    ["Me Aline Ngo Mbella", false],
    ["Mr Wei Ong Tan", false],
    ["Coalition of Orchard NGOs", true],
    ["Orchard Pickers NGO", true],
    ["ONG Cueilleurs Solidaires", true],
  ])("%s", (s, org) => {
    expect(isOrgName(s)).toBe(org);
  });
  it("reads a by-line whose name holds 'Ngo' as the speaker, not as the organization", () => {
    const r = read(["Observatoire des cueilleurs (OBC)", "Intervention de Me Aline Ngo Mbella, avocate, membre du bureau", "Monsieur le Président,", askFr]);
    expect(r.speaker).toEqual({ name: "Aline Ngo Mbella", role: "avocate, membre du bureau" });
    expect(r.org).not.toBe("Me Aline Ngo Mbella");
  });
});

describe("round 35: an e-mail sent by a desk of the organization", () => {
  it.each([
    ["From: Secretariat contact point of the Orchard Pickers Support Coalition <opsc@example.org>", "Orchard Pickers Support Coalition"],
    ["From: Communications desk of the Valley Harvest Network <desk@example.org>", "Valley Harvest Network"],
    ["De : Secrétariat du Réseau des Cueilleurs du Sahel <reseau@example.org>", "Réseau des Cueilleurs du Sahel"],
  ])("%s", (from, org) => {
    expect(read([`${from}\nTo: dialogue desk <desk@example.net>\nSubject: statement for the dialogue`, "Dear colleagues,", ask]).org).toBe(org);
  });
  it("not a person's address", () => {
    expect(read(["From: Ana Lind <ana@example.org>\nTo: dialogue desk <desk@example.net>\nSubject: statement", "Dear colleagues,", ask]).org).toBeNull();
  });
});
