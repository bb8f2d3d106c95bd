import { describe, expect, it } from "vitest";
import { personName } from "../../worker/intake/people";
import { todayFullDate } from "../../worker/intake/delivery-day";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 39 (who, blind 32's and 33's forms read generally): a self-introduction whose verb names no office ("My name is NAME
// and I run …"), a name with a lower-case particle ("mint", "ould", "ag"), a signature "NAME / Role", a speaker's label closing a
// dateline sentence ("…, date. Speaker: Ms. NAME, Role."), a role named before the name in a sentence saying who read the text
// ("… read by the coordinator of the Network, NAME."), an office after a profession of two words or more, and who came with the
// speaker after the role. Invented text (lighthouses, ferries and river crossings; invented bodies, people and towns).
describe("round 39: a self-introduction whose verb says what the speaker does, not an office", () => {
  it.each([
    ["en", "My name is Oyuna Batjargal and I run the night shelter of the Riverside Women's House in our town. We have nine beds.", "Oyuna Batjargal"],
    ["en", "My name is Tomas Riedl Novak and I work with the families of ferry crews on the northern coast.", "Tomas Riedl Novak"],
    ["en", "I am Priya Raman Iyer and I manage a legal clinic for domestic workers in the port district.", "Priya Raman Iyer"],
    ["fr", "Je m'appelle Aïssata Barry Kanté et je tiens une permanence juridique près du bac depuis huit ans.", "Aïssata Barry Kanté"],
    ["fr", "Je m’appelle Odile Fontaine-Ravel et j’accompagne des femmes qui attendent le bac avec leurs enfants.", "Odile Fontaine-Ravel"],
    ["es", "Me llamo Rosa Quispe Mamani y atiendo un albergue para niñas junto al muelle desde hace seis años.", "Rosa Quispe Mamani"],
    ["es", "Mi nombre es Julio Arce Benítez y trabajo en la orilla del río con las familias de los lancheros.", "Julio Arce Benítez"],
  ])("%s: %s", (lang, intro, name) => {
    expect(read(["Constructive dialogue", CHAIR[lang]!, intro, ASK[lang]!, THANKS[lang]!]).speaker).toEqual({ name, role: null });
  });

  it("'and I am' and 'and I chair' keep their office", () => {
    expect(read(["Constructive dialogue", CHAIR.en!, "My name is Tomas Riedl Novak and I am the coordinator of a ferry workers' union.", ASK.en!, THANKS.en!]).speaker?.role).toMatch(/^coordinator\b/);
  });
});

describe("round 39: a name with a lower-case particle ('mint', 'ould', 'ag')", () => {
  it.each([
    ["fr", "Je m'appelle Khadijetou mint Moulaye Ely. Je vends du thé aux voyageurs qui attendent le bac.", "Khadijetou mint Moulaye Ely"],
    ["fr", "Je m’appelle Mohamed ould Bah Taleb et je conduis une pirogue entre les deux rives.", "Mohamed ould Bah Taleb"],
    ["en", "My name is Alhassane ag Mohamed Ehya. I guide travellers across the desert road to the river.", "Alhassane ag Mohamed Ehya"],
    ["es", "Me llamo Aminetou mint Brahim Vall. Vendo pescado a los viajeros en el embarcadero.", "Aminetou mint Brahim Vall"],
  ])("%s: %s", (lang, intro, name) => {
    expect(read(["Constructive dialogue", CHAIR[lang]!, intro, ASK[lang]!, THANKS[lang]!]).speaker?.name).toBe(name);
  });

  it("a particle alone or a sentence is no name", () => {
    expect(personName("Mariem mint Sidi")).toBe("Mariem mint Sidi");
    expect(personName("ould Bah")).toBeNull();
  });
});

describe("round 39: a signature on one line, 'NAME / Role'", () => {
  it.each([
    ["en", "Hanna Virtanen Koski / Programme Officer", "Hanna Virtanen Koski", "Programme Officer"],
    ["en", "Dr Lina Haddad Sayegh / Director", "Lina Haddad Sayegh", "Director"],
    ["en", "Teodor Ilie Marin / Coordinator", "Teodor Ilie Marin", "Coordinator"],
    ["fr", "Jean-Baptiste Koffi Mensah / Président", "Jean-Baptiste Koffi Mensah", "Président"],
    ["fr", "Mme Odile Marchetti-Roux / coordinatrice", "Odile Marchetti-Roux", "coordinatrice"],
    ["es", "Amelia Ruiz Cortés / Coordinadora", "Amelia Ruiz Cortés", "Coordinadora"],
    ["es", "Marta Gil Urrutia / coordinadora general", "Marta Gil Urrutia", "coordinadora general"],
  ])("%s: %s", (lang, line, name, role) => {
    expect(read(["Lantern Bay Ferry Workers Union", "Constructive dialogue", CHAIR[lang]!, ASK[lang]!, THANKS[lang]!, line]).speaker).toEqual({ name, role });
  });

  it("a route or two places set apart by a slash is no signature", () => {
    expect(read(["Lantern Bay Ferry Workers Union", "Constructive dialogue", CHAIR.en!, ASK.en!, THANKS.en!, "Kelmouth / Port Arlen"]).speaker).toBeNull();
  });
});

describe("round 39: a speaker's label closing a dateline sentence", () => {
  it.each([
    ["en", "Contribution to the firearms talks, Vienna, 3 June 2022. Speaker: Ms. Hedda Lund Moen, Advocacy Lead.", "Hedda Lund Moen", "Advocacy Lead"],
    ["en", "Written for the dialogue on trafficking in persons, Vienna, 2 June 2022. Presenter: Dr Kofi Adjei Mensah, Research Director", "Kofi Adjei Mensah", "Research Director"],
    ["fr", "Contribution aux échanges sur les armes, Vienne, 3 juin 2022. Intervenante : Mme Odile Marchetti-Roux, chargée de plaidoyer.", "Odile Marchetti-Roux", "chargée de plaidoyer"],
    ["es", "Aporte a los debates sobre armas, Viena, 3 de junio de 2022. Oradora: Sra. Marta Gil Urrutia, coordinadora de incidencia.", "Marta Gil Urrutia", "coordinadora de incidencia"],
  ])("%s: %s", (lang, line, name, role) => {
    expect(read(["Lantern Bay Ferry Workers Union", line, CHAIR[lang]!, ASK[lang]!, THANKS[lang]!]).speaker).toEqual({ name, role });
  });

  it("the label wrapped after its honorific by a PDF's small type", () => {
    const removed = ["LANTERN BAY FERRY WORKERS UNION (LBFWU)", "Contribution to the firearms talks, Vienna, 3 June 2022. Speaker: Ms.", "Hedda Lund Moen, Advocacy Lead."];
    expect(read([CHAIR.en!, ASK.en!, THANKS.en!], removed).speaker).toEqual({ name: "Hedda Lund Moen", role: "Advocacy Lead" });
  });
});

describe("round 39: the role before the name in a sentence saying who read the text", () => {
  it.each([
    ["es", "Intervención en los debates sobre armas, leída el 3 de junio de 2022 por la directora de la Fundación, Marta Gil Urrutia.", "Marta Gil Urrutia", "directora"],
    ["es", "Declaración para el diálogo constructivo, presentada en Viena el 2 de junio de 2022 por el coordinador del Colectivo, Julio Arce Benítez.", "Julio Arce Benítez", "coordinador"],
    ["en", "Statement for the firearms talks, read on 3 June 2022 by the coordinator of the Network, Hedda Lund Moen.", "Hedda Lund Moen", "coordinator"],
    ["en", "This statement was delivered in Vienna by our legal officer, Tomasi Navua Reddy.", "Tomasi Navua Reddy", "legal officer"],
    ["fr", "Déclaration pour les échanges de Vienne, lue le 3 juin 2022 par la présidente de l'Association, Odile Marchetti-Roux.", "Odile Marchetti-Roux", "présidente"],
  ])("%s: %s", (lang, line, name, role) => {
    expect(read(["Lantern Bay Ferry Workers Union", line, CHAIR[lang]!, ASK[lang]!, THANKS[lang]!]).speaker).toEqual({ name, role });
  });
});

describe("round 39: an office after a profession of two words or more", () => {
  it.each([
    ["fr", "Je suis Odile Marchetti-Roux, infirmière à la retraite et présidente du Réseau des Phares du Nord. Nous aidons les familles des gardiens.", "présidente"],
    ["fr", "Je m'appelle Odile Marchetti-Roux. Je suis notaire honoraire et trésorière de notre association, qui réunit douze gardiens de phare.", "trésorière"],
    ["es", "Soy Marta Gil Urrutia, maestra rural jubilada y coordinadora de la Red de Barqueras del Estrecho. Trabajamos en los muelles.", "coordinadora"],
    ["en", "I am Hedda Lund Moen, a retired ferry pilot and chair of the Lantern Bay Rescue Trust. We patrol the strait.", "chair"],
  ])("%s: %s", (lang, intro, role) => {
    expect(read(["Constructive dialogue", CHAIR[lang]!, intro, ASK[lang]!, THANKS[lang]!]).speaker?.role).toBe(role);
  });

  it.each([
    ["fr", "Je suis Odile Marchetti-Roux, avocate et présidente du Réseau des Phares du Nord. Nous aidons les familles des gardiens.", "avocate et présidente"],
    ["es", "Soy Marta Gil Urrutia, madre de Lucía y fundadora de la Red de Barqueras del Estrecho. Trabajamos en los muelles.", null],
  ])("a bare profession or a kinship is not cut: %s", (lang, intro, role) => {
    const got = read(["Constructive dialogue", CHAIR[lang]!, intro, ASK[lang]!, THANKS[lang]!]).speaker?.role;
    if (role) expect(got).toBe(role);
    else expect(got).not.toBe("fundadora");
  });
});

describe("round 39: who came with the speaker is not part of the role", () => {
  it.each([
    ["en", "Read by Hedda Lund Moen, coordinator, accompanied by her interpreter", "Hedda Lund Moen", "coordinator"],
    ["fr", "Lue par Odile Marchetti-Roux, présidente, accompagnée de sa traductrice", "Odile Marchetti-Roux", "présidente"],
    ["es", "Leída por Marta Gil Urrutia, vicepresidenta, acompañada por su intérprete de señas", "Marta Gil Urrutia", "vicepresidenta"],
  ])("%s: %s", (lang, line, name, role) => {
    expect(read(["Lantern Bay Ferry Workers Union", "Constructive dialogue", CHAIR[lang]!, ASK[lang]!, THANKS[lang]!, line]).speaker).toEqual({ name, role });
  });
});

describe("round 39: a speaker who introduced themselves without a role signs with it", () => {
  it.each([
    ["en", "My name is Glenys Obi-Martin. I started our group after the harbour fire.", "Glenys Obi-Martin", "Founder"],
    ["fr", "Je m'appelle Odile Marchetti-Roux. J'ai fondé notre groupe après le naufrage.", "Odile Marchetti-Roux", "Fondatrice"],
    ["es", "Me llamo Marta Gil Urrutia. Fundé nuestro grupo después del naufragio.", "Marta Gil Urrutia", "Coordinadora"],
  ])("%s: %s", (lang, intro, name, role) => {
    expect(read(["Constructive dialogue", CHAIR[lang]!, intro, ASK[lang]!, THANKS[lang]!, name, role]).speaker).toEqual({ name, role });
  });
});

describe("round 39: a dotted by-line set aside with a PDF's letterhead", () => {
  it.each([
    ["Oral statement · firearms talks · 3 June 2022 · Ms. Hedda Lund Moen, advocacy coordinator", "Hedda Lund Moen", "advocacy coordinator"],
    ["Déclaration orale · échanges sur les armes · 3 juin 2022 · Mme Odile Marchetti-Roux, chargée de projet", "Odile Marchetti-Roux", "chargée de projet"],
    ["Declaración oral · debates sobre armas · 3 de junio de 2022 · Sra. Marta Gil Urrutia, coordinadora de proyecto", "Marta Gil Urrutia", "coordinadora de proyecto"],
  ])("%s", (line, name, role) => {
    const removed = ["Lantern Bay Ferry Workers Union (LBFWU)", "Quay Road 0, Kelmouth · union@example.org", "Small boats, long nights", line];
    expect(read([CHAIR.en!, ASK.en!, THANKS.en!], removed).speaker).toEqual({ name, role });
  });

  it("a letterhead's dotted line of a body and its places names no speaker", () => {
    const removed = ["Lantern Bay Ferry Workers Union · Kelmouth · Islands Province · Freedonia", "Quay Road 0, Kelmouth · union@example.org"];
    expect(read([CHAIR.en!, ASK.en!, THANKS.en!], removed).speaker).toBeNull();
  });
});

describe("round 39: a full date the speaker calls today, a weekday before it", () => {
  it.each([
    ["en", "My name is Glenys Obi-Martin, and I am speaking today, Friday the fifth of May 2023, for the families of the harbour.", "2023-05-05"],
    ["en", "We speak to you today, Tuesday 6 June 2023, on behalf of forty ferry crews.", "2023-06-06"],
    ["fr", "Nous prenons la parole aujourd'hui, vendredi 5 mai 2023, au nom des familles des bateliers.", "2023-05-05"],
    ["es", "Hablamos hoy, viernes 5 de mayo de 2023, en nombre de las familias de los lancheros.", "2023-05-05"],
  ])("%s: %s", (lang, open, iso) => {
    expect(read(["Constructive dialogue", CHAIR[lang]!, open, ASK[lang]!, THANKS[lang]!]).deliveredOn).toBe(iso);
  });

  it("a date not called today is not read so", () => {
    expect(todayFullDate(["Since Friday 5 May 2023 the ferries have stopped at night."])).toBeNull();
    expect(todayFullDate(["Today the ferries stop at night; since 5 May 2023 no crew has been paid."])).toBeNull();
    expect(todayFullDate(["Aujourd'hui, lundi 5 juin 2023, nous parlons pour les bateliers."])).toBe("2023-06-05");
  });
});
