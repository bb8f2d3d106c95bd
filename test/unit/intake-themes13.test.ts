import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, ORIGIN, seed as seedDatabase, signIn } from "../helpers";
import { multipart } from "../intake/builders";
import { suggestThemes } from "../../worker/intake/index";
import { blend, decodeSeed, emptyModel, learn, LEARNED, LEARNING, suggestLearned } from "../../worker/intake/learned";
import { placeNames } from "../../worker/intake/places";
import { themeSeed } from "../../worker/intake/seed";
import { buildLexicon, proposalThemes, statementThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 13 (themes): the seed model shipped with the portal, blended with the moderators' model.
// Every proposal below is invented for this test.
const known = new Set(["victim-protection", "firearms-control", "data-research", "legislation"]);

/** A model taught that proposals about "hotlines" are victim protection and those about "rifles" firearms control. */
function taught(n: number) {
  const model = emptyModel();
  for (let i = 0; i < n; i++) {
    learn(model, `Open a free hotline for survivors in district ${i} with trained counsellors.`, ["victim-protection"]);
    learn(model, `Mark every rifle and pistol held in armoury ${i} and record it.`, ["firearms-control"]);
  }
  return model;
}

describe("the theme seed shipped with the portal", () => {
  const seed = themeSeed();

  it("is a model of enough tagged proposals to suggest from the first day, over the taxonomy's themes", () => {
    expect(seed.examples).toBeGreaterThanOrEqual(LEARNING.minExamples);
    const slugs = new Set<string>(THEMES.map((t) => t.slug));
    expect(Object.keys(seed.themes).length).toBeGreaterThan(5);
    for (const slug of Object.keys(seed.themes)) expect(slugs.has(slug)).toBe(true);
    expect(Object.keys(seed.terms).length).toBeGreaterThan(200);
  });

  it("holds counts of single words and word pairs only, each seen in at least three proposals", () => {
    for (const [term, e] of Object.entries(seed.terms)) {
      expect(term.split(" ").length).toBeLessThanOrEqual(2);
      expect(e.n).toBeGreaterThanOrEqual(3);
      for (const c of Object.values(e.t)) expect(c).toBeLessThanOrEqual(e.n);
    }
  });

  it("names no country or city", () => {
    const places = new Set(placeNames().filter((p) => !p.includes(" ")));
    const words = new Set(Object.keys(seed.terms).flatMap((t) => t.split(" ")));
    expect([...words].filter((w) => places.has(w))).toEqual([]);
  });

  it("is decoded from its compact text: proposals, themes by position, then one term a line", () => {
    const model = decodeSeed("40\nlegislation:12 victim-protection:9\nhotline\t7\t1:6\nrepeal outdated\t3\t0:3 1:1");
    expect(model).toEqual({
      examples: 40,
      themes: { legislation: 12, "victim-protection": 9 },
      terms: { hotline: { n: 7, t: { "victim-protection": 6 } }, "repeal outdated": { n: 3, t: { legislation: 3, "victim-protection": 1 } } },
    });
  });
});

describe("the seed and the moderators' model together", () => {
  it("suggests from the seed alone before moderators tagged anything, saying it was learned from reference statements", () => {
    const [first] = suggestLearned({ seed: taught(20), moderators: null }, "A hotline staffed by trained counsellors, open at night.", known);
    expect(first).toMatchObject({ slug: "victim-protection", source: "reference" });
  });

  it("adds the two models' counts, so a young moderators' model already counts", () => {
    const young = emptyModel();
    for (let i = 0; i < 10; i++) learn(young, `Publish a yearly zorvel census of shelters, edition ${i}.`, ["data-research"]);
    // Alone, ten proposals are too few; with the seed's forty, the moderators' word is learned.
    expect(suggestLearned(young, "Fund a zorvel census.", known)).toEqual([]);
    const both = suggestLearned({ seed: taught(20), moderators: young }, "Fund a zorvel census.", known);
    expect(both.map((m) => m.slug)).toContain("data-research");
    expect(both.find((m) => m.slug === "data-research")).toMatchObject({ source: "moderators" });
  });

  it("says the moderators' tags once the words that weighed most were seen with the theme more often there than in the seed", () => {
    const seed = taught(5);
    const moderators = emptyModel();
    for (let i = 0; i < 12; i++) learn(moderators, `Set up a hotline run by trained counsellors, site ${i}.`, ["victim-protection"]);
    for (let i = 0; i < 12; i++) learn(moderators, `Repeal the old vagrancy ordinance number ${i}.`, ["legislation"]);
    const [first] = suggestLearned({ seed, moderators }, "A hotline staffed by trained counsellors, open at night.", known);
    expect(first).toMatchObject({ slug: "victim-protection", source: "moderators" });
  });

  it("keeps where a learned theme was learned when blended with the lexicon and on the whole statement", () => {
    const blended = blend([], [{ slug: "victim-protection", terms: ["hotline"], source: "reference" }], new Map([["victim-protection", ["survivors"]]]));
    expect(blended).toEqual([{ slug: "victim-protection", terms: ["survivors", `${LEARNED}hotline`], source: "reference" }]);
    const lexicon = buildLexicon(known);
    const overall = statementThemes("Some text.", [blended], lexicon);
    expect(overall).toEqual([{ slug: "victim-protection", terms: ["survivors", `${LEARNED}hotline`], source: "reference" }]);
  });

  it("suggests a learned theme on intake with the seed only where the lexicon has a word of it in the proposal", () => {
    const seed = emptyModel();
    for (let i = 0; i < 30; i++) learn(seed, `Fund quorlat surveys of shelters in district ${i}.`, ["data-research"]);
    for (let i = 0; i < 20; i++) learn(seed, `Adopt a law against forced labour, draft ${i}.`, ["legislation"]);
    const context = { segments: [], themes: known, seed };
    const proposals = ["Fund quorlat surveys in every coastal province.", "Fund quorlat programmes in every coastal province."];
    const why = suggestThemes(`We ask:\n\n1. ${proposals[0]}\n2. ${proposals[1]}`, proposals, null, context);
    const learned = why.proposals[0]!.find((m) => m.slug === "data-research");
    expect(learned?.source).toBe("reference");
    expect(learned?.terms.some((t) => t.startsWith(LEARNED))).toBe(true);
    // "programmes" is no word of the theme: the model alone does not suggest it.
    expect(why.proposals[1]!.map((m) => m.slug)).not.toContain("data-research");
    // Without the seed, nothing is learned.
    expect(suggestThemes("x", proposals, null, { segments: [], themes: known }).proposals[0]!.map((m) => m.slug)).not.toContain("data-research");
  });
});

describe("round 13 lexicon: procedural rights and checks of officials' wealth", () => {
  const lexicon = buildLexicon(["human-rights", "anti-corruption", "legislation"]);
  const themes = (text: string) => proposalThemes(text, lexicon).map((m) => m.slug);

  it("reads a person told of their rights, able to consult a lawyer, or needing international protection as human rights (en/fr/es)", () => {
    expect(themes("Anyone held at the port of Velmar must be informed of their rights in writing.")).toContain("human-rights");
    expect(themes("Les personnes retenues doivent pouvoir consulter un avocat dès leur arrivée.")).toContain("human-rights");
    expect(themes("Examinar si cada persona rescatada necesita protección internacional antes de cualquier traslado.")).toContain("human-rights");
    expect(themes("La persona detenida será informada de sus derechos por escrito.")).toContain("human-rights");
  });

  it("reads checks of officials' wealth as anti-corruption (en/fr/es), and not an ordinary audit", () => {
    expect(themes("Run yearly lifestyle audits of every customs supervisor in the Orvane district.")).toContain("anti-corruption");
    expect(themes("Instaurer un contrôle du patrimoine des agents pénitentiaires.")).toContain("anti-corruption");
    expect(themes("Aplicar controles patrimoniales a los jueces de ejecución.")).toContain("anti-corruption");
    expect(themes("Publish the yearly audit of the ferry company's accounts.")).not.toContain("anti-corruption");
  });
});

describe("round 13 lexicon: weapons handed in, and a Spanish verb form", () => {
  const lexicon = buildLexicon(["firearms-control", "legislation", "international-cooperation"]);
  const themes = (text: string, context = {}) => proposalThemes(text, lexicon, context).map((m) => m.slug);

  it("reads a weapons amnesty as firearms control, and a voluntary surrender only with the firearms segment or another word", () => {
    expect(themes("Declare a six-month gun amnesty in the hill districts of Tarvo.")).toContain("firearms-control");
    expect(themes("Organiser une amnistie pour les armes détenues sans permis.")).toContain("firearms-control");
    expect(themes("Lancer des campagnes de remise volontaire avec les chefs de quartier.", { topical: ["firearms-control"] })).toContain("firearms-control");
    // A person's voluntary surrender to a court is not about weapons.
    expect(themes("Encourage the voluntary surrender of suspects to the court.")).not.toContain("firearms-control");
  });

  it("reads the Spanish subjunctive of tipificar as legislation", () => {
    expect(themes("Que los Estados tipifiquen como delito la venta de documentos falsos en línea.")).toContain("legislation");
  });
});

describe("the review panel says where a learned theme was learned", () => {
  it("shows the moderators' words as learned from their tags, in the page's language", async () => {
    await seedDatabase();
    // Taught with invented words the lexicon does not know, beside a weak lexicon word of the theme ("surveys").
    const model = emptyModel();
    for (let i = 0; i < 30; i++) learn(model, `Fund zumbarra kelpinot surveys in district ${i}.`, ["data-research"]);
    for (let i = 0; i < 20; i++) learn(model, `Adopt a law on forced labour number ${i}.`, ["legislation"]);
    await env.DB.prepare("INSERT INTO theme_model (id, model, examples, built_at, source) VALUES (1, ?1, ?2, ?3, 'test') ON CONFLICT (id) DO UPDATE SET model = excluded.model, examples = excluded.examples")
      .bind(JSON.stringify(model), model.examples, "2026-03-01T00:00:00Z")
      .run();
    const text = "Chair,\n\nWe propose the following:\n\n1. Fund zumbarra kelpinot surveys in every coastal province.\n2. Adopt a law against forced labour.\n\nThank you.";
    const bytes = new TextEncoder().encode(text);
    for (const [locale, want] of [["en", "learned from the moderators’ tags: “zumbarra"], ["fr", "appris des thèmes attribués par les modérateurs : « zumbarra"]] as const) {
      const res = await call("/intake/extract", { method: "POST", body: multipart(bytes, "statement.txt", "text/plain"), cookie: `${await signIn()}; lang=${locale}`, headers: { origin: ORIGIN } });
      expect(res.status).toBe(200);
      const html = (await res.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      expect(html).toContain(want);
      expect(html).not.toContain("learned: ");
    }
  });
});
