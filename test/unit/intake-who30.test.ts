import { describe, expect, it } from "vitest";
import { announcedSpeaker, findSpeaker, roleOrgPlaces } from "../../worker/intake/people";
import { leadDialogueDate, understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 30 (who and when, blind set 23 used for development). Lines written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no fixture's organization, person or town is named.
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const asks = "We ask that coastguards hand every rescued person a leaflet in their own language.\n\nThank you.";

describe("a by-line after the dialogue's name, place and day, set off by commas or dashes (es, fr)", () => {
  it("reads the Spanish 'Leída en el diálogo …, Town, day, por NAME, role'", () => {
    expect(findSpeaker(["Leída en el diálogo constructivo dedicado al tráfico de migrantes, Villaverde, 3 de junio de 2031, por Ana Ruiz Mora, coordinadora de la Red."], [])?.speaker).toEqual({ name: "Ana Ruiz Mora", role: "coordinadora" });
  });

  it("reads the by-line between dashes ('… — Town, day — por NAME, role')", () => {
    expect(findSpeaker(["Presentada en el diálogo constructivo dedicado a la trata — Villaverde, 3 de junio de 2031 — por Ana Ruiz Mora, tesorera"], [])?.speaker).toEqual({ name: "Ana Ruiz Mora", role: "tesorera" });
  });

  it("reads the French 'Lue au dialogue …, Town, day, par NAME, role'", () => {
    expect(findSpeaker(["Lue au dialogue constructif consacré aux armes à feu, Petiteville, 3 juin 2031, par Claire Dubois, coordinatrice"], [])?.speaker).toEqual({ name: "Claire Dubois", role: "coordinatrice" });
  });

  it("reads no speaker when the by-line names the body, not a person (near miss)", () => {
    expect(findSpeaker(["Presentada en el diálogo constructivo dedicado a la trata, Villaverde, 3 de junio de 2031, por nuestra red de barrios"], [])).toBeNull();
  });

  it("takes the by-line opening the text, the role cut where the organization's kind begins", () => {
    const r = understand(`MANIFIESTO DE LA RED DE BARRIOS\n\nLeída en el diálogo constructivo dedicado a la trata, Villaverde, 3 de junio de 2031, por Ana Ruiz Mora, portavoz de la Red.\n\nPedimos que cada municipio tenga un albergue.`, [], segments);
    expect(r.speaker).toEqual({ name: "Ana Ruiz Mora", role: "portavoz" });
  });
});

describe("a by-line as the second sentence of the opening paragraph", () => {
  const text = (second: string) => `A table of what became of our earlier proposals\n\nPrepared by the Lakeshore Justice Forum (LJF) for the constructive dialogue on international cooperation, Eastport, 2 June 2031.${second}\n\n${asks}`;

  it("reads 'Presented by NAME, role' after the 'Prepared by …' sentence, and the dialogue's day", () => {
    const r = understand(text(" Presented by Tomas Orell, policy officer."), [], segments);
    expect(r.speaker).toEqual({ name: "Tomas Orell", role: "policy officer" });
    expect(r.deliveredOn).toBe("2031-06-02");
  });

  it("reads no speaker from 'Prepared by' alone (near miss)", () => {
    expect(understand(text(""), [], segments).speaker).toBeNull();
  });
});

describe("comments read by a named person", () => {
  it("reads 'Our comments, point by point, were read out by NAME, Role.'", () => {
    expect(announcedSpeaker(["Our comments, point by point, were read out by Marta Kell, Vice-Chair."])).toEqual({ name: "Marta Kell", role: "Vice-Chair" });
  });

  it("reads none from comments sent by post (near miss)", () => {
    expect(announcedSpeaker(["Our comments were sent by post to the secretariat last month."])).toBeNull();
  });
});

describe("a by-line ending with a middle dot, a place and a date", () => {
  it("cuts the place and date after the dot", () => {
    expect(findSpeaker(["Leída por su tesorera, Ana Ruiz Mora · Villaverde, 6 de mayo de 2031"], [])?.speaker).toEqual({ name: "Ana Ruiz Mora", role: "tesorera" });
  });

  it("keeps a dot with no year after it out of the name (near miss: no speaker)", () => {
    expect(findSpeaker(["Leída por su tesorera, Ana Ruiz Mora · Equipo de barrio"], [])).toBeNull();
  });
});

describe("a spokesperson label with the place", () => {
  it("reads 'Porte-parole à Genève : NAME, role.'", () => {
    expect(findSpeaker(["Porte-parole à Genève : Claire Dubois, directrice générale."], [])?.speaker).toEqual({ name: "Claire Dubois", role: "directrice générale" });
  });

  it("reads none when the label names no one yet (near miss)", () => {
    expect(findSpeaker(["Porte-parole à Genève : à confirmer"], [])).toBeNull();
  });
});

describe("the organization called by the last word of its name after the role", () => {
  const text = (where: string) => `Riverside Tenants Partnership (RTP)\n\nConstructive dialogue, trafficking segment — 3 June 2031\n\nGood morning. I'm Tomas Orell, outreach worker at the ${where}, and I have done this work for six years.\n\n${asks}`;

  it("cuts 'at the Partnership' from the role", () => {
    expect(understand(text("Partnership"), [], segments).speaker).toEqual({ name: "Tomas Orell", role: "outreach worker" });
  });

  it("keeps a place that is not the organization's ('at the Hospital', near miss)", () => {
    expect(understand(text("Hospital"), [], segments).speaker?.role).toBe("outreach worker at the Hospital");
  });
});

describe("dates: a text delivered in session, a leaflet for the delegations, a heading run into the text", () => {
  it("takes the day of 'la version prononcée en séance le …'", () => {
    const r = understand(`Ce document contient la version prononcée en séance le 3 juin 2031 par Me Claire Dubois, avocate.\n\nNous demandons que les avocats soient formés à l'entraide.`, [], segments);
    expect(r.deliveredOn).toBe("2031-06-03");
  });

  it("takes no delivery day from a version sent by post (near miss)", () => {
    const r = understand(`Ce document contient la version envoyée par la poste le 3 juin 2031 par Me Claire Dubois, avocate.\n\nNous demandons que les avocats soient formés à l'entraide.`, [], segments);
    expect(r.deliveredOn).toBeNull();
  });

  it("takes the day of a leaflet 'remis aux délégations lors du dialogue constructif'", () => {
    const r = understand(`Un foyer pour les personnes victimes de traite.\n\nFeuillet remis aux délégations lors du dialogue constructif consacré à la traite, Petiteville, 4 juin 2031.\n\nNous demandons un permis de travail ouvert.`, [], segments);
    expect(r.deliveredOn).toBe("2031-06-04");
  });

  it("takes the day of a first paragraph opening with the dialogue's name", () => {
    expect(leadDialogueDate("Constructive dialogue on technical assistance — Eastport, Tuesday 3 June 2031. Each item carries our remarks, read by Marta Kell.")).toBe("2031-06-03");
    expect(leadDialogueDate("Diálogo constructivo dedicado a la trata — Villaverde, 3 de junio de 2031. Nuestros comentarios siguen.")).toBe("2031-06-03");
  });

  it("takes none from an opening naming an earlier dialogue, or not opening with the dialogue (near misses)", () => {
    expect(leadDialogueDate("Constructive dialogue held earlier on technical assistance — Eastport, 3 June 2030. Little came of it.")).toBeNull();
    expect(leadDialogueDate("Our workshop before the constructive dialogue — Eastport, 3 June 2031. Our comments follow.")).toBeNull();
  });
});

describe("a signature's 'Role, Organization, Town, Region'", () => {
  it("splits the role from the organization and the places", () => {
    expect(roleOrgPlaces("Director, Hill Farmers' Aid, Smallville, Westshire")).toEqual({ role: "Director", org: "Hill Farmers' Aid" });
  });

  it("reads the role and the organization under a letter's signature", () => {
    const r = understand(`LETTERS\n\nThe Valley Courier, Monday 9 June 2031\n\nSir, - I want to add a word to your report on the estates.\n\nWhat I asked for in the city was modest: that every worker keep his own passport.\n\nTomas Orell\nDirector, Hill Farmers' Aid, Smallville, Westshire`, [], segments);
    expect(r.speaker).toEqual({ name: "Tomas Orell", role: "Director" });
    expect(r.organization?.name).toBe("Hill Farmers' Aid");
  });

  it("reads nothing when the second part is a person or is not capitalized (near misses)", () => {
    expect(roleOrgPlaces("Director, Jane Smith, Smallville, Westshire")).toBeNull();
    expect(roleOrgPlaces("Director, responsible for outreach, Smallville")).toBeNull();
    expect(roleOrgPlaces("Director, Hill Farmers' Aid")).toBeNull();
  });
});

describe("how the text was delivered, after the role", () => {
  it("cuts ', dans la limite …, puis …' after the role", () => {
    expect(findSpeaker(["Présentée par Claire Dubois, juriste, dans la limite du temps accordé, puis envoyée aux délégations"], [])?.speaker).toEqual({ name: "Claire Dubois", role: "juriste" });
  });

  it("keeps a second role word after the comma (near miss)", () => {
    expect(findSpeaker(["Presented by Tomas Orell, Director, Legal Programme"], [])?.speaker?.role).toBe("Director, Legal Programme");
  });
});

describe("a header cell with the name, its acronym and the address on one line", () => {
  const text = `Pledges and requests\n\n${asks}`;

  it("reads the name alone from 'Name (ABC) Town, Region, Country'", () => {
    expect(understand(text, ["Red de Vecinas del Valle Alto (REVVA) Villaverde, Valle Alto, Bolivia"], segments).organization?.name).toBe("Red de Vecinas del Valle Alto");
  });

  it("keeps a name whose bracket is followed by no place (near miss)", () => {
    expect(understand(text, ["Red de Vecinas del Valle Alto (REVVA)"], segments).organization?.name).toBe("Red de Vecinas del Valle Alto");
  });
});

describe("a name with its acronym followed by a body's word", () => {
  it("keeps '(ABC) International' in the name (near miss)", () => {
    expect(understand(`Pledges and requests\n\n${asks}`, ["Hill Clerks (HCI) International"], segments).organization?.name ?? null).not.toBe("Hill Clerks");
  });
});
