import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { acronymFits, findSpeaker } from "../../worker/intake/people";
import { basedInCountry } from "../../worker/intake/places";
import { findProposals } from "../../worker/intake/proposals";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);
const speaker = (line: string) => findSpeaker([line], [])?.speaker ?? null;

// Round 21 (who and when, blind set 16 used for development): text, names and places written for these tests.

const body = "Every spring our beekeepers carry their hives up the valley on mules, and the ranger at the pass counts the mules but never the hives.";
const cuerpo = "Cada invierno nuestros arrieros bajan las cabras al valle por el camino viejo, y nadie en la aduana sabe cuántas cruzaron.";

describe("by-lines", () => {
  it("\"On the floor for ACR: NAME (role)\", \"Habla en nombre de la Red: NAME, role\": whom for, a colon, then who", () => {
    expect(speaker("On the floor for LBSN: Temba Ngorova (hive monitor)")).toEqual({ name: "Temba Ngorova", role: "hive monitor" });
    expect(speaker("Habla en nombre de la Red: Nilda Pacajes, operadora de radio")).toEqual({ name: "Nilda Pacajes", role: "operadora de radio" });
    expect(speaker("Speaking for the Guild: Imelda Craskett, treasurer")).toEqual({ name: "Imelda Craskett", role: "treasurer" });
  });
  it("a sentence about the floor, with no colon and name after it, names nobody", () => {
    expect(speaker("On the floor for an hour, the delegates argued about mules")).toBeNull();
  });
  it("\"counsel to the Guild\", \"parajuriste principal\", \"intervenante sociale\", \"dirigente\" are roles", () => {
    expect(speaker("Delivered by Imelda Craskett-Fenn, counsel to the Guild")).toEqual({ name: "Imelda Craskett-Fenn", role: "counsel to the Guild" });
    expect(speaker("Déclaration faite par M. Prosper Malandou, parajuriste principal")).toEqual({ name: "Prosper Malandou", role: "parajuriste principal" });
  });
  it("\"par la voix de Mme NAME, role\": the French \"through the voice of\"", () => {
    expect(speaker("Par la voix de Mme Odile Tramsac, intervenante sociale")).toEqual({ name: "Odile Tramsac", role: "intervenante sociale" });
  });
  it("a role's noun with its article before the name is not part of the name, and is the role when no other follows", () => {
    expect(speaker("Interviene en nombre de la Cooperativa el abogado Ruperto Ancasi Villca")).toEqual({ name: "Ruperto Ancasi Villca", role: "abogado" });
    expect(speaker("Intervención de la dirigente Florinda Cutipa Mayta, tesorera de actas")).toEqual({ name: "Florinda Cutipa Mayta", role: "tesorera de actas" });
  });
  it("a capitalized word after the article is a name, not a role's noun", () => {
    expect(speaker("Intervención de la Dra. Florinda Cutipa Mayta, tesorera")).toEqual({ name: "Florinda Cutipa Mayta", role: "tesorera" });
  });
  it("\"Delivered in <a sign language> by NAME, role.\" opening a paragraph, the interpreter's line after it: the signer speaks", () => {
    const r = read(["Hives on the mountain", "", "Delivered in Valley Sign by Temba Ngorova, outreach officer. Voiced in English by Imelda Craskett, interpreter.", "", "Chair,", "", body]);
    expect(r.speaker).toEqual({ name: "Temba Ngorova", role: "outreach officer" });
  });
});

describe("roles: what stays after the role", () => {
  it("the organization called by its kind, one word, stays after \"porte-parole\": the word it carries is the body's", () => {
    expect(speaker("Intervention de Mme Odile Tramsac, porte-parole du Réseau")?.role).toBe("porte-parole du Réseau");
  });
  it("after any other role, the one word is the organization cut short and goes", () => {
    expect(speaker("Intervención de la dirigente Florinda Cutipa Mayta, secretaria de actas de la Federación")?.role).toBe("secretaria de actas");
    expect(speaker("Delivered by Imelda Craskett, treasurer of the Guild")?.role).toBe("treasurer");
    expect(speaker("Intervention de Mme Odile Tramsac, trésorière du Réseau")?.role).toBe("trésorière");
    expect(speaker("Vocera: Nilda Pacajes, vocera de la Red")?.role).toBe("vocera");
  });
  it("a body within the organization, named by its possessive, is part of the role", () => {
    expect(speaker("Delivered by Imelda Craskett, chair of the Guild's finance committee")?.role).toBe("chair of the Guild's finance committee");
  });
  it("\"monitor\" in lower case is a role; in a name's title case it is the body's", () => {
    expect(speaker("Delivered by Temba Ngorova, election monitor")?.role).toBe("election monitor");
    const r = read(["Hives on the mountain", "", "Chair,", "", body], ["LAKESHORE HIVES MONITOR", "P.O. Box 00, Kasoweri", "info@lhm.example.org"]);
    expect(r.organization?.name).toBe("Lakeshore Hives Monitor");
  });
  it("an organization named in full after the role still goes", () => {
    expect(speaker("Delivered by Imelda Craskett, treasurer of the Valley Beekeepers Network")?.role).toBe("treasurer");
  });
});

describe("the heading of a Conference of the Parties statement", () => {
  it("the session line set on one long line is part of the heading: the by-line and date below it are read", () => {
    const r = read([
      "Conference of the Parties of the Orchard Convention – Fourteenth session of the orchard keepers' assembly, held over five days in the hills above the lake (2 to 6 June 2031)",
      "",
      "Hives on the mountain",
      "",
      "Brookmere, 4 June 2031",
      "",
      "Intervención de la dirigente Florinda Cutipa Mayta, tesorera",
      "",
      "Señor presidente:",
      "",
      cuerpo,
    ]);
    expect(r.speaker?.name).toBe("Florinda Cutipa Mayta");
    expect(r.deliveredOn).toBe("2031-06-04");
  });
});

describe("an organization's name", () => {
  it("\"on behalf of the <kind>\" alone refers to the organization: the letterhead names it", () => {
    const r = read(["Las cabras del valle", "", "Habla en nombre de la Red: Nilda Pacajes, operadora de radio", "", "Señora presidenta:", "", cuerpo], ["RED DE ARRIEROS DEL VALLE ALTO", "Calle 00, Oruro, Bolivia · rava@example.org"]);
    expect(r.organization?.name.toLowerCase()).toBe("red de arrieros del valle alto");
  });
  it("\"en nombre de la Cooperativa el abogado NAME\": the role and name are not part of an organization", () => {
    const r = read(["Las cabras del valle", "", "Interviene en nombre de la Cooperativa el abogado Ruperto Ancasi Villca", "", "Señora presidenta:", "", cuerpo]);
    expect(r.organization?.name ?? "").not.toContain("abogado");
  });
  it("a name alone on its line, its acronym opening the line below (with the address) or standing on the line above", () => {
    const below = read(["Hives on the mountain", "", "Chair,", "", body], ["QUAYSIDE PILOTS BENEVOLENT FUND", "QPBF · 3 Quay Street, Sallowmouth · office@qpbf.example.org"]);
    expect(below.organization).toMatchObject({ name: "Quayside Pilots Benevolent Fund", acronym: "QPBF" });
    const above = read(["Las cabras del valle", "", "Señora presidenta:", "", cuerpo], ["ARPATO", "Arrieros Para Todos", "Calle 00, Oruro, Bolivia"]);
    expect(above.organization).toMatchObject({ name: "Arrieros Para Todos", acronym: "ARPATO" });
  });
  it("a name in capitals over two lines of a letterhead is joined when the acronym the text uses fits both lines", () => {
    const letterhead = ["LAKESHORE BEEKEEPERS", "HIVE NETWORK", "P.O. Box 00, Kasoweri", "info@lbhn.example.org"];
    const r = read(["Hives on the mountain", "", "On the floor for LBHN: Temba Ngorova (hive monitor)", "", "Chair,", "", body], letterhead);
    expect(r.organization).toMatchObject({ name: "Lakeshore Beekeepers Hive Network", acronym: "LBHN" });
    const without = read(["Hives on the mountain", "", "Delivered by Temba Ngorova, hive monitor", "", "Chair,", "", body], letterhead);
    expect(without.organization?.name).toBe("Hive Network");
  });
  it("acronyms: \"dans\" may be left out; a small word written with a capital is a word of the name", () => {
    expect(acronymFits("Amicale pour la pêche dans l'Estuaire", "APE")).toBe(true);
    expect(acronymFits("Arrieros Para Todos", "ARPATO")).toBe(true);
    expect(acronymFits("Arrieros para todos", "ARPATO")).toBe(false);
  });
});

describe("an e-mail passing on a statement quoted in \"> \" lines", () => {
  const statement = [
    "> Last version, the one I will read.",
    ">",
    "> STATEMENT OF THE VALLEY BEEKEEPERS GUILD (VBG)",
    "> Dialogue on hives, Brookmere, 4 June 2031",
    "> Delivered by Temba Ngorova, Executive Director",
    ">",
    "> Thank you, Chair.",
    ">",
    `> ${body} ${body}`,
    ">",
    "> 1. Rangers should count the hives as well as the mules, and publish the count every season.",
    "> 2. The valley towns should share one register of hives, kept up to date every month.",
    ">",
    "> Thank you.",
  ];
  it("the quoted statement is read: its by-line and date, not the sender's nor the e-mail's Date", () => {
    const r = read([
      "From: Imelda Craskett <i.craskett@vbg.example.org>",
      "To: inbox@example.org",
      "Date: Mon, 9 June 2031 10:02",
      "Subject: Re: statement as read",
      "",
      "Dear colleagues,",
      "",
      "Here is the text as our director read it.",
      "",
      "Best regards,",
      "Imelda Craskett",
      "",
      "On Wed, 4 June 2031 at 07:30, Temba Ngorova <t.ngorova@vbg.example.org> wrote:",
      ...statement,
    ]);
    expect(r.speaker).toEqual({ name: "Temba Ngorova", role: "Executive Director" });
    expect(r.deliveredOn).toBe("2031-06-04");
    expect(r.organization?.acronym).toBe("VBG");
    expect(r.proposals.length).toBe(2);
  });
  it("a long reply above a quoted message is still the statement, the quoted message left out", () => {
    const reply = [`${body} ${body} ${body}`, "", `${body} ${body} ${body}`, "", `${body} ${body}`];
    const r = read(["From: Imelda Craskett <i.craskett@vbg.example.org>", "To: inbox@example.org", "Date: Mon, 9 June 2031 10:02", "Subject: Re: statement", "", ...reply, "", "On Wed, 4 June 2031 at 07:30, Temba Ngorova <t.ngorova@vbg.example.org> wrote:", "> A short question about the hives.", "> Delivered by Temba Ngorova, Executive Director"]);
    expect(r.speaker?.name).not.toBe("Temba Ngorova");
  });
});

describe("a town in a state of the United States", () => {
  it("\"based in <Town>, <State>\" is in the United States; Georgia, also a country, is not read as one", () => {
    expect(basedInCountry("Our guild is based in Pinecrest Falls, Oregon, a day's drive from the coast.")).toBe("US");
    expect(basedInCountry("Our guild is based in Pinecrest Falls, Georgia, a day's drive from the coast.")).not.toBe("US");
    expect(basedInCountry("Our guild is based in Pinecrest Falls, near the coast.")).toBeNull();
  });
});

describe("a copy with its lines numbered in the margin", () => {
  const numbered = [
    "      HIVES ON THE MOUNTAIN",
    "",
    "  5   Chair, distinguished delegates,",
    "",
    "      Every spring our beekeepers carry their hives up the valley on",
    "      mules, and the ranger at the pass counts the mules but never the",
    "      hives. Nobody knows how many hives cross the pass in a year, and",
    " 10   nobody asks.",
    "",
    "      We propose that the rangers count the hives as well as the mules,",
    "      and publish the count at the end of every season for every town",
    "      in the valley, so that the beekeepers can plan their summer.",
    "",
    " 15   Thank you.",
  ].join("\n");
  it("the numbers leave the text; its sentences are whole", () => {
    const text = clean({ pages: [numbered] }).text;
    expect(text).not.toMatch(/(?:^|\s)(?:5|10|15)\s/);
    expect(text).toContain("a year, and nobody asks.");
  });
  it("numbers that do not rise by one step, or lines that do not share the text's column, are kept", () => {
    const figures = ["  2019   fourteen requests were sent to the valley towns", "", "  2021   three requests were answered by the rangers", "", "  2024   none of the requests was answered in time"].join("\n");
    expect(clean({ pages: [figures] }).text).toContain("2021");
    const ragged = numbered.replace("      mules, and the ranger", "mules, and the ranger");
    expect(clean({ pages: [ragged] }).text).toMatch(/(?:^|\s)10\s/);
  });
  it("a French copy too", () => {
    const copie = ["1   LES CHÈVRES DE LA VALLÉE", "2   ", "3   Monsieur le Président,", "4", "5   Chaque hiver, nos bergers descendent les chèvres vers la vallée", "6   par l'ancien chemin, et personne au poste ne sait combien sont", "7   passées."].join("\n");
    const text = clean({ pages: [copie] }).text;
    expect(text).not.toMatch(/(?:^|\s)[1-7]\s/);
    expect(text).toContain("ne sait combien sont passées.");
  });
});

describe("a sentence announcing a reason", () => {
  const OPENING = "Thank you, Chair. Our guild keeps bees on the terraces above the valley.";
  const ask = "We propose that each valley town name one ranger who counts the hives at the pass.";
  it("the passive sentence after it says how things stand, not what is asked", () => {
    const text = `${OPENING}\n\nThe keepers told us why. The permits must be stamped in two offices, they wait for weeks in each, and nobody knows which comes first.\n\n${ask}\n\nThank you.`;
    expect(findProposals(text)).toEqual([ask]);
  });
  it("without the announcement, the same passive sentence is still a request", () => {
    const passive = "The permits must be stamped in one office only, within a week of the request.";
    const text = `${OPENING}\n\nThe keepers wait for weeks. ${passive}\n\nThank you.`;
    expect(findProposals(text)).toEqual([passive]);
  });
});
