import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { personName } from "../../worker/intake/people";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 33 (who and when, blind 25's forms read generally): a handout's headings in capitals are no person; a signature
// line labelled "For the <body>:" or "At the dialogue:" with a contact after a middle dot; a by-line "Expuesto por" /
// "Exposé par" / "Set out by"; an FAQ's answer "Our director, NAME, read the statement …"; "NAME ; je suis <profession> et
// <office> de l'ABC"; a closing line saying where and when the text was presented under a heading dated otherwise.
// Invented text (river ferry workers; invented bodies and people).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const ask = "We ask every State to register the agencies that recruit ferry crews and to publish the list every year.";

function read(blocks: string[]) {
  const r = understand(blocks.join("\n\n"), [], segments);
  return { speaker: r.speaker, date: r.deliveredOn, org: r.organization?.name ?? null };
}

describe("round 33: a heading in capitals with a pronoun or a question word is no person's name", () => {
  it.each([
    ["What We Do Anyway"], ["Who We Are"], ["Why We Ask"], ["How You Can Help"], ["Ce Que Nous Faisons"], ["Qui Sommes Nous"],
    ["Quiénes Somos"], ["Lo Que Pedimos"], ["Where We Work"], ["Nuestro Trabajo Diario"],
  ])("%s", (heading) => {
    expect(personName(heading)).toBeNull();
  });
  it.each([["Wendell Whitaker"], ["Ousmane Diouf Sarr"], ["Cornelia Weiss-Obuya"], ["Nosipho Dlamini"]])("still a name: %s", (name) => {
    expect(personName(name)).toBe(name);
  });
  it("a handout's last heading over a sentence is no speaker; the signature line under it is", () => {
    const r = read([
      "River Ferry Crews' Union (RFCU)",
      "WHO WE ARE",
      "Two hundred deckhands on the river boats between four ports.",
      "WHAT WE ASK",
      ask,
      "WHAT WE DO ANYWAY",
      "Night classes for deckhands, a hotline, and a small fund for funerals.",
      "At the dialogue: Ms. Wendelin Okafor-Brandt, Chair of the Union · rfcu@example.org",
    ]);
    expect(r.speaker).toEqual({ name: "Wendelin Okafor-Brandt", role: "Chair" });
  });
});

describe("round 33: a signature line labelled for whom or where", () => {
  it.each([
    ["For the Union: Tobias Mwakilema-Rudd, Secretary", "Tobias Mwakilema-Rudd", "Secretary"],
    ["With the delegation: Hannelore Ssempijja, Treasurer", "Hannelore Ssempijja", "Treasurer"],
    ["Pour le Syndicat : Anne-Sophie Kaboré-Lind, secrétaire générale", "Anne-Sophie Kaboré-Lind", "secrétaire générale"],
    ["Por la Unión: Maribel Quispe Soliz, tesorera", "Maribel Quispe Soliz", "tesorera"],
    ["At the dialogue: Mr. Ruslan Abenov-Teel, coordinator · +43 660 111 2222", "Ruslan Abenov-Teel", "coordinator"],
    ["Au dialogue : Mme Odile Ramanantsoa-Kern, présidente · contact@example.org", "Odile Ramanantsoa-Kern", "présidente"],
  ])("%s", (line, name, role) => {
    const r = read(["River Ferry Crews' Union", "Thank you, Chair.", ask, "Thank you.", line]);
    expect(r.speaker).toEqual({ name, role });
  });
  it("a contact line is no speaker", () => {
    const r = read(["River Ferry Crews' Union", "Thank you, Chair.", ask, "Thank you.", "Contact: Tobias Mwakilema-Rudd, Secretary · rfcu@example.org"]);
    expect(r.speaker).toBeNull();
  });
});

describe("round 33: by-lines 'Expuesto por', 'Exposé par', 'Set out by'", () => {
  it.each([
    ["Expuesto por Maribel Quispe Soliz, coordinadora general", "Maribel Quispe Soliz", "coordinadora general"],
    ["Expuesta por Dora Villca Mamani, directora", "Dora Villca Mamani", "directora"],
    ["Exposé par Jean-Baptiste Ndayizeye, coordonnateur", "Jean-Baptiste Ndayizeye", "coordonnateur"],
    ["Exposée par Mme Odile Ramanantsoa-Kern, présidente", "Odile Ramanantsoa-Kern", "présidente"],
    ["Set out by Tobias Mwakilema-Rudd, Secretary", "Tobias Mwakilema-Rudd", "Secretary"],
  ])("%s", (line, name, role) => {
    const r = read(["River Ferry Crews' Union", line, "Thank you, Chair.", ask, "Thank you."]);
    expect(r.speaker).toEqual({ name, role });
  });
});

describe("round 33: an FAQ's answer naming who read the statement", () => {
  it.each([
    ["Who spoke for us?", "Our director, Wendelin Okafor-Brandt, read the statement in Vienna at the dialogue on Friday.", "Wendelin Okafor-Brandt", "director"],
    ["Who spoke?", "Our coordinator, Tobias Mwakilema-Rudd, read out the statement in the morning session.", "Tobias Mwakilema-Rudd", "coordinator"],
    ["Qui a parlé ?", "Notre présidente, Odile Ramanantsoa-Kern, a lu la déclaration à Vienne devant les délégations.", "Odile Ramanantsoa-Kern", "présidente"],
    ["¿Quién habló?", "Nuestra directora, Maribel Quispe Soliz, leyó la declaración en Viena ante las delegaciones.", "Maribel Quispe Soliz", "directora"],
  ])("%s %s", (question, answer, name, role) => {
    const r = read(["River Ferry Crews' Union - Questions and answers", question, answer, "What did we ask?", ask]);
    expect(r.speaker).toEqual({ name, role });
  });
  it("a person who read another text is no speaker", () => {
    const r = read(["River Ferry Crews' Union - Questions and answers", "Who is the minister?", "The minister, Ruslan Abenov-Teel, read the report last year.", ask]);
    expect(r.speaker).toBeNull();
  });
});

describe("round 33: a profession, then the office in the organization", () => {
  it.each([
    ["Je m'appelle Odile Ramanantsoa-Kern ; je suis avocate au barreau de Toamasina et coordonnatrice de l'ARFC.", "Odile Ramanantsoa-Kern", "coordonnatrice"],
    ["Je m'appelle Jean-Baptiste Ndayizeye, je suis médecin et président du Syndicat des bateliers.", "Jean-Baptiste Ndayizeye", "président"],
    ["Me llamo Maribel Quispe Soliz; soy abogada en Oruro y tesorera de la Unión de Lancheros.", "Maribel Quispe Soliz", "tesorera"],
    ["My name is Tobias Mwakilema-Rudd; I am a ship's engineer and secretary of the River Ferry Crews' Union.", "Tobias Mwakilema-Rudd", "secretary"],
  ])("%s", (intro, name, role) => {
    const r = read(["Statement to the constructive dialogue", `Thank you, Chair. ${intro}`, ask, "Thank you."]);
    expect(r.speaker).toEqual({ name, role });
  });
});

describe("round 33: a closing line saying where and when the text was presented", () => {
  it.each([
    ["Presented in Vienna on 4 October 2031 at the dialogue on river trafficking, by Ms. Wendelin Okafor-Brandt, field officer.", "2031-10-04"],
    ["Présenté à Vienne le 5 octobre 2031, lors du dialogue sur les bateliers.", "2031-10-05"],
    ["Presentado en Viena el 6 de octubre de 2031, durante el diálogo sobre los lancheros.", "2031-10-06"],
  ])("%s", (closing, date) => {
    const r = read(["Field visit to three river ports, 12–16 June 2031", "1. What the team found", "Crews were paid late on every boat we visited.", "2. Recommendations", ask, closing]);
    expect(r.date).toBe(date);
  });
});

describe("round 33: a name in the local language with its acronym, over its translation", () => {
  it.each([
    ["KAMPUNI YA WAVUVI WA ZIWA (KWZ)", "Association of lake fishers - Kisumu, Kenya", "Kampuni Ya Wavuvi Wa Ziwa", "KWZ"],
    ["TAHUNA MANA O TE MOANA (TMM)", "Association pour les marins du Pacifique - Papeete", "Tahuna Mana O Te Moana", "TMM"],
    ["JAMBO LETU LA HAKI WA VIJANA (JLHV)", "Asociación por la justicia de los jóvenes - Arusha", "Jambo Letu La Haki Wa Vijana", "JLHV"],
  ])("%s", (first, second, name, acronym) => {
    const r = understand([first, second, "Thank you, Chair.", ask, "Thank you."].join("\n\n"), [], segments);
    expect(r.organization?.name.toLowerCase()).toBe(name.toLowerCase());
    expect(r.organization?.acronym).toBe(acronym);
  });
  it("a letterhead whose name fits its acronym is kept", () => {
    const r = understand(["RIVER FERRY CREWS UNION (RFCU)", "Statement on the ferries", "Thank you, Chair.", ask].join("\n\n"), [], segments);
    expect(r.organization?.acronym).toBe("RFCU");
    expect(r.organization?.name.toLowerCase()).toBe("river ferry crews union");
  });
});
