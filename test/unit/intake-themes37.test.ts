import { beforeAll, describe, expect, it, vi } from "vitest";
import { countriesNamed } from "../../worker/intake/places";
import { buildLexicon, COUNTRIES_NAMED, proposalThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 37 (docs/intake.md, "Round 37: themes"): a proposal that names two countries by name asks something of, or
// between, both: international cooperation, even without a word of the theme. Every sentence below is invented for
// these tests (countries, trades and topics that no evaluation statement uses together).
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const themes = (text: string) => proposalThemes(text, lexicon);
const slugs = (text: string) => themes(text).map((m) => m.slug);
// The lexicon's expressions compile on first use, per language: slow on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(() => void slugs("warm up"), 120_000);

describe("round 37: two countries named in one proposal", () => {
  it.each([
    "Finland and Iceland should open one office for the reindeer herders who lose their papers.",
    "We would like Bhutan to agree with Finland on how a returned trekking guide is paid what he is owed.",
    "Iceland, Finland and Bhutan ought to publish the same yearly figures on fishing crews.",
    "If Finland could tell Iceland when a lorry is turned back, the drivers would not wait for days.",
    "Que la Finlande et l'Islande ouvrent un guichet unique pour les saisonniers des serres.",
    "Nous souhaitons que la Norvège et la Lettonie se parlent avant chaque départ d'équipage.",
    "Que Finlandia e Islandia revisen juntas las agencias que contratan a los pescadores.",
    "Pedimos a Noruega y a Letonia un formulario único para las familias de los marineros.",
    "Les inspecteurs de l'Estonie et de la Finlande devraient monter ensemble à bord des chalutiers.",
  ])("%s", (text) => {
    const found = themes(text).find((m) => m.slug === "international-cooperation");
    expect(found).toBeDefined();
    expect(found!.terms).toContain(COUNTRIES_NAMED);
  });

  it.each([
    "Finland should open one office for the reindeer herders who lose their papers.",
    "Icelandic and Finnish nurses should be trained to recognise forced labour in care homes.",
    "Que la Finlande ouvre un guichet unique pour les saisonniers des serres.",
    "Los pescadores de Islandia deberían recibir su salario cada mes.",
  ])("one country or nationalities only: %s", (text) => {
    expect(themes(text).find((m) => m.terms.includes(COUNTRIES_NAMED))).toBeUndefined();
  });

  it("keeps the lexicon's own words when the proposal has them", () => {
    const found = themes("Finland and Iceland should sign a mutual legal assistance treaty.").find((m) => m.slug === "international-cooperation");
    expect(found?.terms).not.toContain(COUNTRIES_NAMED);
  });

  it("suggests nothing when the portal has no cooperation theme", () => {
    const small = buildLexicon(["victim-protection"]);
    expect(proposalThemes("Finland and Iceland should open one office for herders.", small).map((m) => m.slug)).toEqual([]);
  });
});

describe("round 37: countriesNamed", () => {
  it("counts a name inside a longer one once", () => {
    expect(countriesNamed("Papua New Guinea should train its customs officers.")).toHaveLength(1);
    expect(countriesNamed("South Sudan needs more labour inspectors.")).toHaveLength(1);
    expect(countriesNamed("Guinea-Bissau needs more labour inspectors.")).toHaveLength(1);
  });
  it("lists distinct countries in order, as written", () => {
    expect(countriesNamed("Between Iceland, Finland and Iceland again")).toEqual(["iceland", "finland"]);
    expect(countriesNamed("la Finlande et la Norvège")).toEqual(["finlande", "norvege"]);
  });
  it("leaves out names that are common words", () => {
    expect(countriesNamed("We will chad the turkey for Jordan's party.")).toEqual([]);
  });
});

describe("round 37: a verb of taking part whose object is a community actor", () => {
  it.each([
    "Include the herders' unions in every review of the grazing permits.",
    "Ministries should involve local women's groups when they plan the next shelter budget.",
    "Consult survivor groups before any new screening form is printed.",
    "The review should hear from young people in the valley towns, not only from mayors.",
    "Planners ought to listen to the fishing communities before the new quay is built.",
    "Inclure les syndicats de dockers dans le comité qui fixe les contrôles du port.",
    "Il faut associer les parajuristes aux tables rondes sur l'aide juridique.",
    "Consulter les associations de quartier avant de fermer les foyers.",
    "Que los ministerios incluyan a los sindicatos agrarios en la mesa de seguimiento.",
    "Sería útil escuchar a las comunidades del valle antes de trazar la nueva carretera.",
  ])("%s", (text) => {
    expect(slugs(text)).toContain("civil-society-participation");
  });

  it.each([
    "Train the survivors of the flood as first-aid instructors.",
    "Protect the unions' offices from raids.",
    "Les syndicats devraient recevoir les plaintes des dockers.",
  ])("no verb of taking part: %s", (text) => {
    expect(slugs(text)).not.toContain("civil-society-participation");
  });
});

describe("round 37: those who come back, and the dead found on a route", () => {
  it.each([
    "Boys who come back from the quarries should find a school place waiting for them.",
    "Women who are sent home after a raid deserve a small grant and a counsellor.",
    "Les jeunes qui reviennent des plantations ont besoin d'un tuteur pendant un an.",
    "Que chaque enfant rapatrié soit suivi par la même éducatrice jusqu'à ses seize ans.",
    "Les femmes rentrées des chantiers devraient recevoir une formation payée.",
    "Que los jóvenes que regresan de las minas tengan una beca de estudios.",
    "Bodies found in the desert should be photographed and kept for the families.",
    "Que les corps repêchés dans le fleuve soient identifiés avant d'être enterrés.",
    "Los cuerpos hallados en la sierra deben compararse con muestras de ADN de las familias.",
    "A regional DNA file would let mothers learn what happened to their sons.",
  ])("%s", (text) => {
    expect(slugs(text)).toContain("victim-protection");
  });
});
