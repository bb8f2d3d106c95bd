import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { personName } from "../../worker/intake/people";
import { isAddressLine } from "../../worker/intake/places";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 38 (who, blind 33's forms read generally): a by-line joined to a date or a place by a middle dot or a dash, "interviene
// el padre NAME", "Me llamo NAME y presido el …", and a body's name with no body word (a desk, a solidarity group) never read as
// a person. Invented text (lighthouses and ferry crossings; invented bodies, people and towns).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const ask = "We ask every State to register the small ferries that carry workers across the strait and to publish the list each season.";

function read(blocks: string[]) {
  return understand(blocks.join("\n\n"), [], segments);
}

describe("round 38: a by-line joined to its place and date by a middle dot or a dash", () => {
  it.each([
    [["Harbour Lights Solidarity", "Statement of Harbour Lights Solidarity", "Presented by Dr. Selma Karoui-Benali, physician and volunteer · Vienna, 3 June 2022"], "Selma Karoui-Benali"],
    [["Lantern Bay Rescue Desk", "Presented by Ms. Orla Kinsella Byrne, nurse and volunteer · Kelmouth, 12 May 2023"], "Orla Kinsella Byrne"],
    [["Lantern Bay Rescue Desk", "Delivered by Mr. Tevita Fonua Lolo, boatman and volunteer — Vienna, 4 July 2022"], "Tevita Fonua Lolo"],
    [["Réseau des Phares du Nord (RPN)", "Présentée par Mme Odile Marchetti-Roux, infirmière bénévole · Vienne, 3 juin 2022"], "Odile Marchetti-Roux"],
    [["Faros del Sur", "Presentada por la Dra. Inés Barrios Lugo, médica voluntaria · Viena, 3 de junio de 2022"], "Inés Barrios Lugo"],
    [["Strait Ferries Women's Circle (SFWC)", "Oral statement · constructive dialogue on trafficking in persons · 2 June 2022 · Ms. Lavinia Roșca-Munteanu, project coordinator"], "Lavinia Roșca-Munteanu"],
    [["Strait Ferries Women's Circle (SFWC)", "Written contribution · 9 May 2023 · Mr. Andrei Pârvu Leca, programme officer"], "Andrei Pârvu Leca"],
    [["Cercle des Passeurs du Détroit", "Déclaration orale · dialogue constructif sur la traite des personnes · 2 juin 2022 · Mme Aurore Lavigne-Dubois, coordinatrice de projet"], "Aurore Lavigne-Dubois"],
    [["Círculo de Barqueras del Estrecho", "Declaración oral · diálogo constructivo sobre la trata de personas · 2 de junio de 2022 · Sra. Marta Gil Urrutia, coordinadora de proyecto"], "Marta Gil Urrutia"],
  ])("%j", (head, name) => {
    expect(read([...head, "Chair,", ask, "Thank you."]).speaker?.name).toBe(name);
  });
});

describe("round 38: 'Statement by NAME, role – date' under a body named without a body word", () => {
  it.each([
    [["Kelmouth Ferry Justice Desk", "Kelmouth, Islands Province · desk@example.org", "Statement by Tomasi Navua Reddy, legal officer – 27 May 2022"], "Tomasi Navua Reddy", "legal officer"],
    [["Lantern Bay Rescue Solidarity", "Statement by Hedda Lund Moen, coordinator – 3 June 2023"], "Hedda Lund Moen", "coordinator"],
    [["Lighthouse Keepers Helpdesk", "Remarks by Kofi Adjei Mensah, programme officer — 5 July 2022"], "Kofi Adjei Mensah", "programme officer"],
  ])("%j", (head, name, role) => {
    expect(read([...head, "Thank you, Chair.", ask, "Thank you."]).speaker).toEqual({ name, role });
  });

  it("a body's name with a desk, a solidarity or a rescue in it is no person's name", () => {
    expect(personName("Kelmouth Ferry Justice Desk")).toBeNull();
    expect(personName("Lantern Bay Rescue Solidarity")).toBeNull();
    expect(personName("Solidarité Phares du Nord")).toBeNull();
    expect(personName("Solidaridad Barquera Sureña")).toBeNull();
    expect(personName("Hedda Lund Moen")).toBe("Hedda Lund Moen");
  });
});

describe("round 38: 'interviene el padre NAME, role' after a dateline's dash", () => {
  it.each([
    ["Viena, 2 de junio de 2022 — interviene el padre Anselmo Quiroa Tzul, responsable del albergue", "Anselmo Quiroa Tzul", "responsable del albergue"],
    ["Viena, 2 de junio de 2022 — interviene la hermana Lucía Poz Ajcot, coordinadora del albergue", "Lucía Poz Ajcot", "coordinadora del albergue"],
    ["Viena, 2 de junio de 2022 – interviene Rosendo Chub Caal, coordinador", "Rosendo Chub Caal", "coordinador"],
    ["Vienne, 2 juin 2022 — intervient le père Anselme Kaboré Zida, responsable du foyer", "Anselme Kaboré Zida", "responsable du foyer"],
    ["Vienna, 2 June 2022 — speaking: Father Liam Doyle Quinn, director of the shelter", "Liam Doyle Quinn", "director of the shelter"],
  ])("%s", (line, name, role) => {
    expect(read(["PASTORAL DE LOS BARQUEROS — PUERTO LIMÓN", "Diálogo constructivo sobre el tráfico ilícito de migrantes", line, "Señora Presidenta:", ask, "Gracias."]).speaker).toEqual({ name, role });
  });
});

describe("round 38: 'Me llamo NAME y presido el …' (a definite article and the body's capitalized name)", () => {
  it.each([
    ["Me llamo Damián Rojas Albornoz y presido el Observatorio Ciudadano de Puerto Faro, una ciudad portuaria.", "Damián Rojas Albornoz", "presidente"],
    ["Me llamo Ximena Tapia Ugarte y presido la Red de Barqueras del Estrecho.", "Ximena Tapia Ugarte", "presidente"],
    ["Je m'appelle Armand Lefort-Siby et je préside l'Observatoire des Phares du Nord.", "Armand Lefort-Siby", "président"],
    ["My name is Henrik Dahl Berg and I chair the Lantern Bay Ferry Forum.", "Henrik Dahl Berg", "Chair"],
    ["My name is Ruth Okafor Eze and I lead the Strait Ferries Network.", "Ruth Okafor Eze", "Lead"],
  ])("%s", (intro, name, role) => {
    expect(read(["Señor Presidente:", intro, ask, "Gracias."]).speaker).toEqual({ name, role });
  });
});

describe("round 38: a by-line run together with the date under it", () => {
  it.each([
    ["Statement delivered by Dr. Ama Owusu-Boateng, Executive Director\nThursday, 9 June 2022", "Executive Director"],
    ["Statement delivered by Mr. Kwame Asante Nyarko, Founder and Chairperson 5 May 2023", "Founder and Chairperson"],
    ["Déclaration prononcée par Mme Léa Traoré-Koné, coordinatrice\nmercredi 8 juin 2022", "coordinatrice"],
  ])("%s", (line, role) => {
    expect(read(["Lighthouse Keepers Network", line, "Chair,", ask, "Thank you."]).speaker?.role).toBe(role);
  });
});

describe("round 38: a neighbourhood without a number is an address, not the organization", () => {
  it.each([
    ["barrio San José, Puerto Faro, Chiriquí, Panama"],
    ["colonia Las Flores, Tegucigalpa, Honduras"],
    ["quartier Les Palmiers, Parakou, Bénin"],
  ])("%s", (address) => {
    const r = read(["PASTORAL DE LOS BARQUEROS — PUERTO FARO", address, "Viena, 2 de junio de 2022 — interviene el padre Anselmo Quiroa Tzul, responsable del albergue", "Señora Presidenta:", ask, "Gracias."]);
    expect(r.organization?.name ?? "").not.toMatch(/barrio|colonia/i);
    expect(isAddressLine(address)).toBe(true);
  });
});

it("a neighbourhood's name in a sentence is no address", () => {
  expect(isAddressLine("barrio adentro, the programme, we ask")).toBe(false);
});

describe("round 38: a letterhead's dotted line of a body and its places is no speaker", () => {
  it.each([
    [["Quayside Night Lanterns · Harwick Town, Ireland", "A word from the floor after the second panel", "Thank you, Chair. I am Nessa Colfer, and I walk the night rounds of the Lanterns at the quays."], "Nessa Colfer"],
    [["STRAIT FERRY TEACHERS GUILD", "Plot 0, Lane 0 · Marrow Bend · Upper Valleys · Ghana", "A view from the valleys", "Presented by Dr. Kwabena Oti-Mensah, Director of Studies"], "Kwabena Oti-Mensah"],
    [["Cercle des Lanternes du Quai · Port-Ombre, Bénin", "Merci, Madame la Présidente. Je suis Awa Dossou-Kèdo et je coordonne nos tournées de nuit."], null],
  ])("%j", (head, name) => {
    const r = read([...head, ask, "Thank you."]);
    expect(r.speaker?.name ?? null).not.toBe("Quayside Night Lanterns");
    expect(r.speaker?.name ?? null).not.toBe("Upper Valleys");
    expect(r.speaker?.name ?? null).not.toBe("Cercle des Lanternes du Quai");
    if (name) expect(r.speaker?.name).toBe(name);
  });

  it("still reads a dotted by-line with an honorific or a role", () => {
    expect(read(["Quayside Night Lanterns (QNL)", "Oral statement · 2 June 2022 · Ms. Nessa Colfer, project coordinator", ask]).speaker?.name).toBe("Nessa Colfer");
  });
});
