import { describe, expect, it } from "vitest";
import { introSpeaker, reportedSpeaker } from "../../worker/intake/people";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 29 (who and when). Lines written for these tests; none comes from an evaluation set (test/fixtures/intake/),
// and no fixture's organization, person or town is named.
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const asks = "Madam Chair,\n\nWe ask that coastguards hand every rescued person a leaflet in their own language.\n\nThank you.";

describe("a footer 'Name · Town · Country'", () => {
  it("reads the organization and the country from a footer giving no street", () => {
    const r = understand(`Our words to the dialogue on the smuggling of migrants\n\n${asks}\n\nLena Marsh, volunteer coordinator`, ["Blue Harbour Lifeboat Volunteers · Smalltown · Islamic Republic of Mauritania"], segments);
    expect(r.organization?.name).toBe("Blue Harbour Lifeboat Volunteers");
    expect(r.organization?.country).toBe("MR");
  });

  it("reads no organization when the first part is a person's name (near miss)", () => {
    const r = understand(`Our words to the dialogue on the smuggling of migrants\n\n${asks}`, ["Amina Yusufu · Smalltown · Kenya"], segments);
    expect(r.organization).toBeNull();
  });
});

describe("a report's heading dates the report, not the dialogue it tells of", () => {
  const report = (title: string) =>
    `${title}\n\nPueblo Chico, 20 de agosto de 2023\n\n1. Resumen\n\nEl Centro dio tres cursos de formación en el semestre y publicó dos boletines.\n\n2. Actividad: diálogo constructivo sobre asistencia técnica\n\nEl 1 de junio de 2023 nuestra tesorera, la Lic. Rosa Pérez Díaz, leyó en el diálogo constructivo de Viena sobre la asistencia técnica su breve declaración.\n\nDos delegaciones pidieron el texto completo.`;

  it("takes the day the text says the statement was read, seven weeks before the report", () => {
    const r = understand(report("Informe anual de actividades"), [], segments);
    expect(r.deliveredOn).toBe("2023-06-01");
  });

  it("keeps the heading's date under a heading that is no report (near miss)", () => {
    expect(understand(report("Declaración del Centro Comunal"), [], segments).deliveredOn).toBe("2023-08-20");
  });

  it("reads a speaker whose title has its article before the name ('nuestra tesorera, la Lic. NAME, leyó')", () => {
    expect(reportedSpeaker(["El lunes nuestra tesorera, la Lic. Rosa Pérez Díaz, leyó la declaración en Viena."])).toEqual({ name: "Rosa Pérez Díaz", role: "tesorera" });
  });

  it("reads no speaker from a title before a place (near miss)", () => {
    expect(reportedSpeaker(["El lunes nuestra tesorera viajó a la Ciudad Vieja y leyó la carta."])).toBeNull();
  });

  it("does not count a table's cells among the paragraphs read for who spoke", () => {
    const cells = ["Indicador", "Meta", "Logro", "Cursos dados", "4", "3", "Boletines", "2", "2"].join("\n\n");
    const text = `Informe anual de actividades\n\nPueblo Chico, 20 de agosto de 2023\n\n1. Resumen\n\nEl Centro dio tres cursos de formación en el semestre y publicó dos boletines.\n\n${cells}\n\n2. Actividad\n\nEl 1 de junio de 2023 nuestra tesorera, la Lic. Rosa Pérez Díaz, leyó en el diálogo constructivo de Viena sobre la asistencia técnica su breve declaración.`;
    const r = understand(text, [], segments);
    expect(r.speaker?.name).toBe("Rosa Pérez Díaz");
    expect(r.deliveredOn).toBe("2023-06-01");
  });
});

describe("a host who introduces a guest", () => {
  it("takes the guest, with the role before the name, not the host", () => {
    expect(introSpeaker(["[00:00:03] HOST: Hello and welcome to River Talk. I'm Peter Olang, and joining me today, fresh off the plane, is the Council's research officer, Grace Mwita. Welcome."])).toEqual({ name: "Grace Mwita", role: "research officer" });
  });

  it("keeps the host when no guest is named (near miss)", () => {
    expect(introSpeaker(["[00:00:03] HOST: Hello and welcome to River Talk. I'm Peter Olang, and joining me today is the whole team from the Council. Welcome."])?.name).toBe("Peter Olang");
  });
});

describe("a translator's note above the heading", () => {
  const body = "Les enfants du port\n\nIntervention de Mme Léna Marchal, coordinatrice de l'ACF\nVienne, 3 juin 2022\n\nMadame la Présidente,\n\nNous demandons que chaque port ait un interprète.\n\nJe vous remercie.";

  it("reads the heading below a translator's note", () => {
    const r = understand(`Traduction faite par notre secrétariat depuis l'original portugais ; nos remarques figurent entre parenthèses carrées.\n\n${body}`, [], segments);
    expect(r.title).toBe("Intervention de Mme Léna Marchal, coordinatrice de l'ACF");
    expect(r.speaker).toEqual({ name: "Léna Marchal", role: "coordinatrice" });
  });

  it("does not set aside a first paragraph that only mentions a translation (near miss)", () => {
    const r = understand(`Nous avons longtemps attendu la traduction du rapport, et nous la lisons enfin ici.\n\n${body}`, [], segments);
    expect(r.title).toBeNull();
  });

  it("reads a Portuguese organization word in a letterhead name", () => {
    const r = understand(`Intervenção no diálogo constructivo\n\n${asks}`, ["Associação dos Pescadores do Vale (APV)", "Smalltown"], segments);
    expect(r.organization?.name).toBe("Associação dos Pescadores do Vale");
  });
});

describe("the statement's own heading under notes set above it", () => {
  const diary =
    "Harbour Friends Network (HFN) – Smalltown, Ruritania\n\nFIELD NOTEBOOK – EXCERPTS\n\nMonday 4 September 2023. We walked to the quarry at dawn and met three boys who had not eaten since the day before; two of them asked us where the bus stops.\n\nFriday 8 September 2023. The boys were gone.";

  it("reads the speaker and the day from 'STATEMENT' over its by-line", () => {
    const r = understand(`${diary}\n\nSTATEMENT\nRead by Lena Marsh, outreach lead, at the dialogue on human trafficking in Vienna on 11 October 2023\n\n${asks}`, [], segments);
    expect(r.speaker).toEqual({ name: "Lena Marsh", role: "outreach lead" });
    expect(r.deliveredOn).toBe("2023-10-11");
  });

  it("reads the French 'À lire par NAME, role, au dialogue …'", () => {
    const r = understand(`${diary}\n\nDÉCLARATION\nÀ lire par Léna Marchal, coordinatrice de l'équipe de rue, au dialogue sur la traite, à Vienne, le 11 octobre 2023\n\n${asks}`, [], segments);
    expect(r.speaker?.name).toBe("Léna Marchal");
    expect(r.deliveredOn).toBe("2023-10-11");
  });

  it("reads no speaker from a statement word over a sentence (near miss)", () => {
    const r = understand(`${diary}\n\nSTATEMENT\nWe wrote this on the bus back from the quarry.\n\n${asks}`, [], segments);
    expect(r.speaker).toBeNull();
  });
});
