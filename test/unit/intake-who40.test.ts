import { describe, expect, it } from "vitest";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 40 (who, blind 34's and 35's forms read generally): "Chairlady" as an office in a signature, a place and date before a dash
// opening a letterhead's by-line ("Town, date — Exposición de NAME, role"), a joint statement read on behalf of several bodies by one
// member's officer ("Read on behalf of the three networks by NAME, Secretary General of ACR"), a letterhead's tagline after an article
// ("a network of …"), "NAME – COUNTRY" with an acronym spelling the country's initial, and "NAME – BRANCH (ACR)" read as one name.
// Invented text (lighthouses, ferries and river crossings; invented bodies, people and towns).
describe("round 40: Chairlady is an office", () => {
  it.each([
    ["Grace Ofori-Mensah, Chairlady, Tidewater Widows' Association", "Grace Ofori-Mensah"],
    ["Hyacinth Barrow-Clarke, Chairlady, Harbour Lane Mothers' Circle", "Hyacinth Barrow-Clarke"],
    ["Marjorie Dunstan Pike, Chairlady", "Marjorie Dunstan Pike"],
  ])("%s", (signature, name) => {
    expect(read(["Remarks to the dialogue on ferries", CHAIR.en!, ASK.en!, THANKS.en!, signature]).speaker).toEqual({ name, role: "Chairlady" });
  });
});

describe("round 40: a place and date before a dash open a letterhead's by-line", () => {
  it.each([
    ["es", "Valdivia, 3 de marzo de 2031 — Exposición de Hernán Quilodrán Soto, director ejecutivo", "Hernán Quilodrán Soto", "director ejecutivo"],
    ["es", "Puerto Montt, 12 de abril de 2031 – Intervención de Marisol Ancán Paillal, coordinadora", "Marisol Ancán Paillal", "coordinadora"],
    ["en", "Portsmouth, 4 May 2031 — Statement by Dr Alan Whitcombe, Director", "Alan Whitcombe", "Director"],
    ["en", "Harbour Town, 9 June 2031 – Remarks by Ms. Felicity Arden, Programme Officer", "Felicity Arden", "Programme Officer"],
    ["fr", "Ziguinchor, 5 mai 2031 — Intervention de Mme Awa Diatta Sané, coordinatrice", "Awa Diatta Sané", "coordinatrice"],
    ["fr", "Saint-Malo, le 7 juin 2031 – Déclaration de M. Yann Le Goff, président", "Yann Le Goff", "président"],
  ])("%s: %s", (lang, line, name, role) => {
    const removed = ["RIVER CROSSINGS WATCH", "Calle 0, Town, Country — rcw@example.org", line];
    expect(read(["Constructive dialogue on ferries", CHAIR[lang]!, ASK[lang]!, THANKS[lang]!], removed).speaker).toEqual({ name, role });
  });

  it("a dateline alone names nobody", () => {
    expect(read(["Constructive dialogue on ferries", CHAIR.en!, ASK.en!, THANKS.en!], ["RIVER CROSSINGS WATCH", "Portsmouth, 4 May 2031 — Oral statement"]).speaker).toBeNull();
  });
});

describe("round 40: a joint statement read on behalf of several bodies by one member's officer", () => {
  it.each([
    [
      "fr",
      "Réseau des bateliers pour la sécurité du fleuve (RBSF, Sénégal) · Collectif des passeurs du delta (Mali) · Union des piroguiers (Guinée)",
      "Lue au nom de nos trois réseaux par Mamadou Kéïta Sow, secrétaire général du RBSF",
      { name: "Réseau des bateliers pour la sécurité du fleuve", acronym: "RBSF", country: "SN" },
      { name: "Mamadou Kéïta Sow", role: "secrétaire général" },
    ],
    [
      "en",
      "Network of Ferry Workers for Safe Crossings (NFWSC, Ghana) · Harbour Youth Forum (Togo) · Coastal Boatmen's Union (Benin)",
      "Read on behalf of the three networks by Kwame Asante Boateng, Secretary General of NFWSC",
      { name: "Network of Ferry Workers for Safe Crossings", acronym: "NFWSC", country: "GH" },
      { name: "Kwame Asante Boateng", role: "Secretary General" },
    ],
    [
      "es",
      "Red de Lancheros por el Cruce Seguro (RLCS, Chile) · Colectivo de Balseros del Sur (Perú) · Foro Juvenil del Estrecho (Argentina)",
      "Leída en nombre de las tres redes por Camila Huenchul Rivas, coordinadora general de la RLCS",
      { name: "Red de Lancheros por el Cruce Seguro", acronym: "RLCS", country: "CL" },
      { name: "Camila Huenchul Rivas", role: "coordinadora general" },
    ],
  ])("%s: the reader's acronym, written out in the members' list", (lang, members, byline, org, speaker) => {
    const heading = { en: "JOINT ORAL STATEMENT OF THREE FERRY NETWORKS", fr: "DÉCLARATION ORALE COMMUNE DE TROIS RÉSEAUX", es: "DECLARACIÓN ORAL CONJUNTA DE TRES REDES DE LANCHEROS" }[lang]!;
    const r = read([heading, members, byline, CHAIR[lang]!, ASK[lang]!, THANKS[lang]!]);
    expect(r.speaker).toEqual(speaker);
    expect(r.organization).toEqual(org);
  });
});

describe("round 40: letterhead names", () => {
  it.each([
    ["a network of lighthouse keepers and their families · 0 Quay Road, Tema · info@example.org", "en"],
    ["an association of ferry pilots · Box 0, Tema", "en"],
    ["une association de passeurs et de bateliers · BP 0, Tema", "fr"],
    ["una red de lancheros y sus familias · Casilla 0, Tema", "es"],
  ])("a tagline after an article is no name: %s", (tagline, lang) => {
    const r = read(["Constructive dialogue on ferries", CHAIR[lang]!, ASK[lang]!, THANKS[lang]!], ["FERRY PILOTS FOR SAFE WATERS – GHANA", tagline, "Oral statement – 4 May 2031", "FPSWG"]);
    expect(r.organization?.name).toBe("Ferry Pilots for Safe Waters – Ghana");
    expect(r.organization?.acronym).toBe("FPSWG");
  });

  it("without an acronym spelling it, the country after the dash stays a place", () => {
    const r = read(["Constructive dialogue on ferries", CHAIR.en!, ASK.en!, THANKS.en!], ["FERRY PILOTS FOR SAFE WATERS – GHANA", "a network of ferry pilots · Box 0, Tema", "Oral statement – 4 May 2031"]);
    expect(r.organization?.name).toBe("Ferry Pilots for Safe Waters");
  });

  it.each([
    ["WIDOWS OF DROWNED FERRYMEN – HARBOUR COMMITTEE (WDHC)", "Widows of Drowned Ferrymen – Harbour Committee", "WDHC"],
    ["FAMILIES OF MISSING BOATMEN – DELTA COUNCIL (FMDC)", "Families of Missing Boatmen – Delta Council", "FMDC"],
    ["MÈRES DES PASSEURS DISPARUS – COMITÉ DU PORT (MPDCP)", "Mères des Passeurs Disparus – Comité du Port", "MPDCP"],
  ])("a name in two parts, its acronym after the second: %s", (head, name, acronym) => {
    const r = read(["Constructive dialogue on ferries", CHAIR.en!, ASK.en!, THANKS.en!], [head, "0 Quay Road, Tema, Ghana", "Page 1 of 1"]);
    expect(r.organization?.name).toBe(name);
    expect(r.organization?.acronym).toBe(acronym);
  });

  it("an acronym fitting the part after the dash keeps it apart", () => {
    const r = read(["Constructive dialogue on ferries", CHAIR.en!, ASK.en!, THANKS.en!], ["FERRY SAFETY DESK – HARBOUR PILOTS ASSOCIATION (HPA)", "0 Quay Road, Tema, Ghana"]);
    expect(r.organization?.name).toBe("Harbour Pilots Association");
  });
});

describe("round 40: an office held now, in the next sentence or after an adverb", () => {
  it.each([
    ["es", "Me llamo Rosa Quispe Mamani. Fui lanchera desde los quince años y hoy soy tesorera de nuestra Cooperativa.", "Rosa Quispe Mamani", "tesorera"],
    ["es", "Me llamo Julio Arce Benítez. Trabajé en el muelle muchos años y ahora soy secretario de actas de la Asociación.", "Julio Arce Benítez", "secretario de actas"],
    ["fr", "Je m'appelle Odile Fontaine-Ravel. J'ai été passeuse pendant vingt ans et aujourd'hui je suis trésorière de notre association.", "Odile Fontaine-Ravel", "trésorière"],
    ["en", "My name is Tomas Riedl Novak. I worked on the ferries for years and now I am treasurer of our union.", "Tomas Riedl Novak", "treasurer"],
  ])("%s: %s", (lang, intro, name, role) => {
    expect(read(["Constructive dialogue on ferries", CHAIR[lang]!, intro, ASK[lang]!, THANKS[lang]!]).speaker).toEqual({ name, role });
  });

  it.each([
    ["es", "Soy Rosa Quispe Mamani, madre de un lanchero desaparecido en 2019, y hoy vocera del Colectivo.", "Rosa Quispe Mamani", "vocera"],
    ["es", "Soy Julio Arce Benítez, lanchero jubilado, y ahora presidente de la Cooperativa del Muelle.", "Julio Arce Benítez", "presidente"],
    ["en", "I am Tomas Riedl Novak, a retired ferryman and now coordinator of the Harbour Families Network.", "Tomas Riedl Novak", "coordinator"],
  ])("%s: %s", (lang, intro, name, role) => {
    expect(read(["Constructive dialogue on ferries", CHAIR[lang]!, intro, ASK[lang]!, THANKS[lang]!]).speaker).toEqual({ name, role });
  });

  it("someone else's office in the next sentence is not the speaker's", () => {
    const r = read(["Constructive dialogue on ferries", CHAIR.es!, "Me llamo Rosa Quispe Mamani. Mi hermano fue lanchero y hoy es presidente de la Cooperativa.", ASK.es!, THANKS.es!]);
    expect(r.speaker).toEqual({ name: "Rosa Quispe Mamani", role: null });
  });
});

describe("round 40: a letterhead name the speaker's opening repeats with its article", () => {
  it.each([
    ["en", "Harbour Families Advice Desk", "Thank you, Chair. My name is Tomas Riedl Novak and I run the Harbour Families Advice Desk in Tema, a small charity for ferry crews."],
    ["en", "Quayside Boatmen Helpline", "Thank you, Chair. I am Priya Raman Iyer and I answer calls for our Quayside Boatmen Helpline every night."],
    ["fr", "Permanence des Familles de Passeurs", "Merci, Madame la Présidente. Je m'appelle Odile Fontaine-Ravel et je coordonne la Permanence des Familles de Passeurs à Tema."],
    ["es", "Línea de Apoyo a Lancheros del Sur", "Gracias, señora Presidenta. Me llamo Rosa Quispe Mamani y atiendo la Línea de Apoyo a Lancheros del Sur desde 2019."],
  ])("%s: %s", (lang, name, opening) => {
    const r = read(["Constructive dialogue on ferries", opening, ASK[lang]!, THANKS[lang]!], [name, "1"]);
    expect(r.organization?.name).toBe(name);
  });

  it("a letterhead line the text does not repeat names nothing", () => {
    const r = read(["Constructive dialogue on ferries", "Thank you, Chair. My name is Tomas Riedl Novak and I work with ferry crews.", ASK.en!, THANKS.en!], ["Harbour Families Advice Desk", "1"]);
    expect(r.organization).toBeNull();
  });
});
