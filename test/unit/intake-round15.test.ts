import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

// Round 15 (proposals and who): text and names written for these tests.

describe("a letter's closing courtesy formula", () => {
  it("is never a proposal, in three languages", () => {
    const fr = [
      "Notre collectif de bergers soutient les villages de haute vallée.",
      "Nous demandons aux préfectures de rouvrir les refuges d'altitude en hiver.",
      "Nous vous prions d'agréer, Monsieur le Rapporteur, l'expression de notre parfaite considération.",
    ].join("\n\n");
    expect(findProposals(fr)).toEqual(["Nous demandons aux préfectures de rouvrir les refuges d'altitude en hiver."]);
    const en = [
      "Our lantern guild repairs street lights in harbour towns.",
      "We urge the port councils to light every quay after dusk.",
      "Please accept, Mr Rapporteur, the assurances of our highest consideration.",
    ].join("\n\n");
    expect(findProposals(en)).toEqual(["We urge the port councils to light every quay after dusk."]);
    const es = [
      "Nuestra cooperativa de pescadores trabaja en las lagunas del sur.",
      "Pedimos a los municipios que abran un muelle público en cada laguna.",
      "Reciba un cordial saludo y nuestra más alta consideración.",
    ].join("\n\n");
    expect(findProposals(es)).toEqual(["Pedimos a los municipios que abran un muelle público en cada laguna."]);
  });
});

describe("a letter's addressee", () => {
  it("is never the speaker (\"À Son Excellence\", \"To His Excellency\")", () => {
    const fr = [
      "LIGUE ALPINE DES BERGERS",
      "",
      "Chambéry, le 3 mars 2025",
      "",
      "À Son Excellence",
      "Monsieur le Président de la Conférence",
      "",
      "Monsieur le Président,",
      "",
      "Notre ligue soutient les villages de haute vallée. Nous demandons aux préfectures de rouvrir les refuges d'altitude en hiver.",
    ].join("\n");
    expect(understand(fr, [], segments).speaker?.name ?? "").not.toMatch(/Excellence|Président/);
    const en = [
      "HARBOUR LANTERN GUILD",
      "",
      "To His Excellency",
      "The Chair of the Working Group",
      "",
      "Mr Chair,",
      "",
      "Our guild repairs street lights in harbour towns. We urge the port councils to light every quay after dusk.",
    ].join("\n");
    expect(understand(en, [], segments).speaker?.name ?? "").not.toMatch(/Excellency|Chair/);
  });
});

describe("an e-mail reply with the earlier message quoted below", () => {
  it("takes neither the organization nor the date from the quoted lines", () => {
    const text = [
      "From: Teodor Wendling <t.wendling@lantern.example.org>",
      "Subject: RE: your speaking slot",
      "",
      "Dear colleagues,",
      "",
      "Please find below the text our coordinator will read.",
      "",
      "Statement of the Harbour Lantern Guild (HLG)",
      "",
      "Mr Chair,",
      "",
      "Our guild repairs street lights in harbour towns and has counted the dark quays where porters were robbed at night. We urge the port councils to light every quay after dusk and to publish a map of the lights that still fail.",
      "",
      "Best regards,",
      "Teodor",
      "",
      "-----Original Message-----",
      "From: Registry Desk <desk@registry.example.org>",
      "",
      "> Dear Mr Wendling,",
      "> Your slot is confirmed for 14 October 2031.",
      "> Kind regards,",
      "> Registry Desk",
    ].join("\n");
    const read = understand(text, [], segments);
    expect(read.organization?.name ?? "").not.toMatch(/>|Registry/);
    expect(read.deliveredOn ?? "").not.toBe("2031-10-14");
  });
});

describe("a newsletter's title", () => {
  it("gives the organization without its 'News from the' lead", () => {
    const text = [
      "News from the Harbour Lantern Guild",
      "",
      "Issue 7 – Autumn",
      "",
      "Guild speaks at the constructive dialogue",
      "",
      "On 3 October our deputy coordinator addressed the dialogue. She said that the guild has counted the dark quays where porters were robbed at night, and asked the port councils to light every quay after dusk.",
    ].join("\n");
    expect(understand(text, [], segments).organization?.name).toBe("Harbour Lantern Guild");
  });
});

describe("prose requests after a concession", () => {
  it("takes 'We would nonetheless ask that…', 'It is our hope that…' and 'Aun así, se recomienda que…'", () => {
    const en = [
      "Our guild repairs street lights in harbour towns.",
      "We recognise that several port councils have bought new lamps. We would nonetheless ask that every quay used by night porters be lit until dawn. Today most are dark after midnight.",
      "It is our hope that the port councils will publish a yearly map of the quays that are still unlit. Porters would then know where to avoid.",
    ].join("\n\n");
    expect(findProposals(en)).toEqual([
      "We would nonetheless ask that every quay used by night porters be lit until dawn.",
      "It is our hope that the port councils will publish a yearly map of the quays that are still unlit.",
    ]);
    const es = "Nuestra cooperativa de pescadores trabaja en las lagunas del sur.\n\nSabemos que las alcaldías cuentan con poco presupuesto. Aun así, se recomienda que cada laguna tenga un muelle público con luz. Hoy los pescadores descargan en la oscuridad.";
    expect(findProposals(es)).toEqual(["Aun así, se recomienda que cada laguna tenga un muelle público con luz."]);
  });
});

describe("numbered paragraphs of a paper under a title naming recommendations", () => {
  it("takes only the paragraphs that ask", () => {
    const text = [
      "Night harbours: observations and recommendations of the Harbour Lantern Guild",
      "",
      "1. The guild brings together eleven workshops that repair lamps in port towns. It was founded by porters.",
      "2. Between 2027 and 2029, the workshops counted 340 quays left dark after midnight. Most were in the older basins.",
      "3. Porters robbed at night rarely report it. They fear losing their shift.",
      "4. Port councils should light every quay used at night until dawn. The cost is small.",
      "5. Port councils should publish each year a map of the quays that are still unlit. Porters could then avoid them.",
    ].join("\n");
    const found = findProposals(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^Port councils should light every quay/);
    expect(found[1]).toMatch(/^Port councils should publish/);
  });
});

describe("a French wish with an adverb", () => {
  it("takes 'Il serait en outre souhaitable que…'", () => {
    const text = "Notre collectif de bergers soutient les villages de haute vallée.\n\nLes refuges ferment trop tôt. Il serait en outre souhaitable que chaque préfecture publie à l'automne la liste des refuges ouverts. Les bergers pourraient ainsi s'organiser.";
    expect(findProposals(text)[0]).toMatch(/^Il serait en outre souhaitable que chaque préfecture publie/);
  });
});
