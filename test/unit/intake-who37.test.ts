import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { personName } from "../../worker/intake/people";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 37 (who, blind 28–31's forms read generally): who the speaker is in life before the office they hold, a body named
// by its members in the plural read as no person, titles before a name (councillor, hajia, advocate), "Le habla NAME".
// Invented text (beekeepers and river ferries; invented bodies, people and towns).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const ask = "We ask every State to register the river ferries that carry workers across the border and to publish the list each season.";

function speakerOf(blocks: string[]) {
  return understand(blocks.join("\n\n"), [], segments).speaker;
}

describe("round 37: a walk of life, then the office held: the office is the role", () => {
  it.each([
    ["Je suis Omar Ben Salah-Trabelsi, patron pêcheur et président du Groupement des apiculteurs de Kelibette.", "Omar Ben Salah-Trabelsi", "président"],
    ["Je suis Awa Diop Ndiaye, veuve de pêcheur et trésorière du Groupement des ruchers de Yoff.", "Awa Diop Ndiaye", "trésorière"],
    ["Je suis Mongia Gharbi-Lassoued, pêcheuse à la retraite et secrétaire générale de l'APK.", "Mongia Gharbi-Lassoued", "secrétaire générale"],
    ["Je suis Aminata Koné-Traoré, agricultrice et coordinatrice du Réseau des apicultrices de Sikoro.", "Aminata Koné-Traoré", "coordinatrice"],
    ["Me llamo Rosa Quispe Mamani. Soy maestra y presidenta de la Asociación de Madres de Altavista.", "Rosa Quispe Mamani", "presidenta"],
    ["Soy Efrén Mamani Choque, campesino y secretario general de la Federación de Apicultores del Valle Alto.", "Efrén Mamani Choque", "secretario general"],
    ["Mi nombre es Lidia Arce Benítez, ama de casa y tesorera de la Asociación de Barqueros del Río Verde.", "Lidia Arce Benítez", "tesorera"],
    ["My name is Tomas Ferreira Lindqvist, a retired fisherman and secretary of the Harbour Ferries Association.", "Tomas Ferreira Lindqvist", "secretary"],
    ["I am Grace Achieng Odhiambo, a farmer and chairperson of the Lakeside Beekeepers Union.", "Grace Achieng Odhiambo", "chairperson"],
    ["I am Peter Moyo Dube, a schoolteacher and coordinator of the River Ferries Safety Forum.", "Peter Moyo Dube", "coordinator"],
  ])("%s", (intro, name, role) => {
    expect(speakerOf(["Chair,", intro, ask, "Thank you."])).toEqual({ name, role });
  });

  it("not when the first part is itself a role or a profession the labels keep (lawyer, jurist, founder)", () => {
    expect(speakerOf(["Madame la Présidente,", "Je suis Claire Mbeki-Faure, avocate et vice-présidente de l'Observatoire des Libertés.", ask, "Merci."])?.role).toBe("avocate et vice-présidente");
    expect(speakerOf(["Madame la Présidente,", "Je suis Nadia Ouali-Berrada, juriste et trésorière de l'Union des apicultrices.", ask, "Merci."])?.role).toBe("juriste et trésorière");
    expect(speakerOf(["Chair,", "I am Ruth Banda Phiri, founder and executive director of the Lakeside Beekeepers Union.", ask, "Thank you."])?.role).toBe("founder and executive director");
  });

  it("not when what follows the walk of life is no bare office", () => {
    expect(speakerOf(["Chair,", "I am Hana Seko Lind, a farmer and volunteer mentor with the Lakeside Beekeepers Union.", ask, "Thank you."])?.role).not.toBe("mentor");
  });
});

describe("round 37: a body named by its members or its work, in the plural, is no person", () => {
  it.each(["Delta Civic Monitors", "Lake Ferry Observers", "Harbour Survivors' Circle", "Upland Gun Registry Monitor", "Valley Human Rights Defenders", "Coastal Beekeepers' Sangha", "River Mothers Watch"])("%s", (name) => {
    expect(personName(name)).toBeNull();
  });

  it.each(["Maryam Idrissa Kolo", "Pieter Van Damme-Roels", "Ana Kovač-Lind", "Grace Farmer-Odhiambo", "James Fisher Kalu"])("a person's name still reads: %s", (name) => {
    expect(personName(name)).toBe(name);
  });

  it("a title naming the body in the plural gives way to the by-line that closes the statement", () => {
    expect(speakerOf(["Statement of Delta Civic Monitors", "Mr. President,", ask, "Thank you.", "Delivered by Maryam Idrissa Kolo, Secretary General"])).toEqual({ name: "Maryam Idrissa Kolo", role: "Secretary General" });
  });

  it("a letterhead name in the plural gives way to the by-line under it", () => {
    expect(speakerOf(["Harbour Ferry Survivors' Collective\nPort Elwin, Ireland", "Presented by: Dr. Ana Kovač-Lind, researcher", "Chair,", ask, "Thank you."])).toEqual({ name: "Ana Kovač-Lind", role: "researcher" });
  });
});

describe("round 37: titles before a name", () => {
  it.each([
    [["Chair,", ask, "Thank you.", "Delivered by Councillor Pieter Van Damme-Roels, Chair of the Board"], "Pieter Van Damme-Roels", "Chair of the Board"],
    [["Chair,", ask, "Thank you.", "Delivered by Cllr. Maeve Dunleavy-Shaw, Deputy Mayor"], "Maeve Dunleavy-Shaw", "Deputy Mayor"],
    [["Mr. President,", ask, "Thank you.", "Hajia Amina Sule-Bawa\nPresident, Northern Beekeepers Association"], "Amina Sule-Bawa", "President"],
    [["Mr. President,", ask, "Thank you.", "Alhaji Musa Danjuma Bello\nChairman, River Ferries Owners Union"], "Musa Danjuma Bello", "Chairman"],
    [["Chair,", ask, "Thank you.", "Advocate Ramesh Kumar Thapa\nCoordinator, Lowland Workers Legal Forum\n3 June 2031"], "Ramesh Kumar Thapa", "Coordinator"],
    [["UNION OF HILL PORTERS (UHP)\nP.O. Box 0, Arusha, Tanzania", "Intervention by Advocate Grace Wanjiru Otieno, Secretary General", "Chair,", ask, "Thank you."], "Grace Wanjiru Otieno", "Secretary General"],
    [["Señor Presidente:", ask, "Gracias.", "Intervención de la concejala Marta Ríos Paredes, presidenta de la Red de Municipios Ribereños"], "Marta Ríos Paredes", "presidenta"],
  ])("%j", (blocks, name, role) => {
    expect(speakerOf(blocks)).toEqual({ name, role });
  });
});

describe("round 37: \"Le habla NAME, role\"", () => {
  it.each([
    ["Le habla Rosa Tenorio Huamán, dirigente de la Federación de Comunidades del Alto Río.", "Rosa Tenorio Huamán", "dirigente"],
    ["Le saluda Julio Cayambe Tuntaquimba, coordinador de la Asociación de Barqueros del Napo.", "Julio Cayambe Tuntaquimba", "coordinador"],
  ])("%s", (intro, name, role) => {
    expect(speakerOf(["Señor Presidente:", intro, "Pedimos a los Estados que registren las lanchas que cruzan el río y que publiquen la lista cada año.", "Gracias."])).toEqual({ name, role });
  });
});

describe("round 37: one of several who hold the role", () => {
  it.each([
    ["I am Ana Ruiz Mora, one of the paralegals of the Harbour Rights Desk.", "Ana Ruiz Mora", "paralegal"],
    ["My name is Tom Reyes Lind, one of the volunteers at the Lakeside Ferry Trust.", "Tom Reyes Lind", "volunteer"],
    ["I am Grace Achieng Odhiambo, one of our nurses on the ferry clinic boats.", "Grace Achieng Odhiambo", "nurse"],
    ["Je suis Claire Mbeki-Faure, l'une des avocates du Réseau des juristes du fleuve.", "Claire Mbeki-Faure", "avocate"],
    ["Je m'appelle Paul Ndiaye Sarr, l'un des médiateurs de l'Association des ruchers de Yoff.", "Paul Ndiaye Sarr", "médiateur"],
    ["Soy Julio Cayambe Tuntaquimba, uno de los abogados de la Red de Barqueros del Napo.", "Julio Cayambe Tuntaquimba", "abogado"],
    ["Me llamo Lidia Arce Benítez, una de las promotoras de la Asociación de Barqueros del Río Verde.", "Lidia Arce Benítez", "promotora"],
  ])("%s", (intro, name, role) => {
    expect(speakerOf(["Chair,", intro, ask, "Thank you."])).toEqual({ name, role });
  });

  it("not a plural that is no role", () => {
    expect(speakerOf(["Chair,", "I am Tom Reyes Lind, one of the families of the Lakeside Ferry Trust.", ask, "Thank you."])?.role ?? null).toBeNull();
  });
});
