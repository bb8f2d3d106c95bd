import { describe, expect, it } from "vitest";
import { roleWithoutName, withoutRunOn } from "../../worker/intake/who-elsewhere";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 42 (who, forms read across blind sets 36 and 37): an organization's name read with a legal form after a comma in any
// case, with its town and country run on, or with the role held in it before "de l'association". Invented text (ferries and
// river crossings; invented bodies, people and towns).
const OPEN: Record<string, string> = {
  en: "For ten years we have helped the families of the ferry crews who work the crossing at night.",
  fr: "Depuis dix ans, nous aidons les familles des bateliers qui assurent la traversée de nuit.",
  es: "Desde hace diez años ayudamos a las familias de los lancheros que cruzan de noche.",
};
const TITLE: Record<string, string> = { en: "Constructive dialogue on ferries", fr: "Dialogue constructif sur les bacs", es: "Diálogo constructivo sobre lanchas" };
const statement = (lang: string, head: string[], extra: string[] = []) => read([...head, TITLE[lang]!, ...extra, CHAIR[lang]!, OPEN[lang]!, ASK[lang]!, THANKS[lang]!]);

describe("round 42: a legal form after a comma is no part of the name, in any case", () => {
  it.each([
    ["UNIÓN DE LANCHEROS DEL PUERTO DE SAN ISIDRO, A.C. (ULPSI)", "Unión de Lancheros del Puerto de San Isidro"],
    ["RED DE BALSEROS DEL RÍO FRÍO, A.C. (RBRF)", "Red de Balseros del Río Frío"],
    ["Asociación de Lancheros del Estrecho, A.C.", "Asociación de Lancheros del Estrecho"],
    ["COLECTIVO DE PESCADORES DE LA BAHÍA, A.C.", "Colectivo de Pescadores de la Bahía"],
    ["Fundación Puente de Agua, I.A.P.", "Fundación Puente de Agua"],
  ])("%s", (head, name) => {
    expect(statement("es", [head, "Calle 0, Puerto Aysén"]).organization?.name).toBe(name);
  });

  it.each([
    [{ name: "Centro de Lancheros del Golfo, A.c." }, "Centro de Lancheros del Golfo"],
    [{ name: "Association des Bateliers du Fleuve, asbl" }, "Association des Bateliers du Fleuve"],
    [{ name: "Ferry Crews Alliance, Inc." }, "Ferry Crews Alliance, Inc."],
    [{ name: "Red de Lancheros del Sur" }, "Red de Lancheros del Sur"],
  ])("withoutRunOn(%o)", (org, name) => {
    expect(withoutRunOn(org)?.name).toBe(name);
  });
});

describe("round 42: a town and country run on after the name's kind word go", () => {
  it.each([
    ["Lakeside Ferry Pilots' Federation Kolomba, Senegal", "Lakeside Ferry Pilots' Federation"],
    ["Northern Boatmen's Union Port Aysén, Chile", "Northern Boatmen's Union"],
    ["River Crossing Safety Network Ndiaré, Senegal", "River Crossing Safety Network"],
    ["Estuary Ferry Workers Association Santa Rosa, Argentina", "Estuary Ferry Workers Association"],
    ["Night Ferry Families Trust Tarnova, Republic of Moldova", "Night Ferry Families Trust"],
    ["Coalition des Bateliers Kolomba, Sénégal", "Coalition des Bateliers Kolomba, Sénégal"],
    ["Lakeside Ferry Pilots' Federation", "Lakeside Ferry Pilots' Federation"],
    ["Ferry Crews of Kolomba, Senegal", "Ferry Crews of Kolomba, Senegal"],
  ])("%s", (name, want) => {
    expect(withoutRunOn({ name })?.name).toBe(want);
  });
});

describe("round 42: the role before \"de l'association\" is the speaker's, the name after it the organization's", () => {
  it.each([
    ["fr", ["Les Bateliers unis – Kolomba (Sénégal)", "asbl · rue 0 · Kolomba · bateliers@example.org"], "Déclaration lue par Mme Awa Ndiaye, porte-parole de l’association Les Bateliers unis", "Les Bateliers unis", "porte-parole"],
    ["fr", ["Rives solidaires – Ndiaré (Sénégal)", "rue 0 · Ndiaré"], "Déclaration lue par M. Yann Diouf, président de l'association Rives solidaires", "Rives solidaires", "président"],
    ["es", ["Lancheros Unidos – Puerto Aysén (Chile)", "Calle 0 · Puerto Aysén"], "Declaración leída por la Sra. Camila Rivas, portavoz de la asociación Lancheros Unidos", "Lancheros Unidos", "portavoz"],
  ])("%s: %s", (lang, head, byline, name, role) => {
    const r = statement(lang, head, [byline]);
    expect(r.organization?.name).toBe(name);
    expect(r.speaker?.role).toBe(role);
  });
});

describe("round 42: a legal aid office called a bureau is an organization", () => {
  it.each([
    ["Tarnova Fishermen's Legal Bureau", "I am Ana Pruteanu, a lawyer with the Tarnova Fishermen's Legal Bureau in the north of the country."],
    ["Lakeside Legal Aid Bureau", "I am Ana Pruteanu, and I work at the Lakeside Legal Aid Bureau, which helps ferry crews."],
    ["Boatmen's Advice Bureau", "My name is Ana Pruteanu; I run the Boatmen's Advice Bureau on the river port."],
    ["Ferry Workers' Rights Bureau", "I am Ana Pruteanu, a paralegal at the Ferry Workers' Rights Bureau."],
    ["Estuary Law Bureau", "I am Ana Pruteanu, a lawyer with the Estuary Law Bureau in the river port."],
  ])("%s", (name, intro) => {
    const r = read([name, "Str. Pescarilor 0, Tarnova — office@example.org", TITLE.en!, "Thank you, Madam Chair.", `${intro} ${OPEN.en!}`, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe(name);
  });

  it("a board called a bureau is not one", () => {
    const r = read(["Membre du bureau", TITLE.fr!, CHAIR.fr!, OPEN.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name ?? null).not.toBe("Membre du bureau");
  });
});

describe("round 42: a page number run on after a role goes", () => {
  it.each([
    ["Head of Ferry Inspections page 1", "Head of Ferry Inspections"],
    ["Coordinatrice Page 2 sur 3", "Coordinatrice"],
    ["Secretary-General page 4 of 5", "Secretary-General"],
    ["directora de programas página 1", "directora de programas"],
    ["Programme Officer p. 2", "Programme Officer"],
    ["Director", "Director"],
  ])("%s", (role, want) => {
    expect(roleWithoutName({ name: "Ana Pruteanu", role }, null)?.role).toBe(want);
  });

  it("a role that only says a page is left as read", () => {
    expect(roleWithoutName({ name: "Ana Pruteanu", role: "page 1" }, null)?.role).toBe("page 1");
  });
});
