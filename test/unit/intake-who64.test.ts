import { describe, expect, it } from "vitest";
import { ownWorkCountry } from "../../worker/intake/home-country";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 64 (who, mechanisms read from blind sets 72 and 73's misses): the organization's country said of itself through a place
// where it works or was founded ("visits boats in COUNTRY's harbour", "members across COUNTRY", "founded in COUNTRY", "dans un
// hameau de bergers du PAYS", "en pueblos del interior de PAÍS", "en los municipios ADJETIVO", "from its office in Town, Country"),
// a signature and its date above a list of co-signing organizations, "For the Body: NAME, Role", a heading naming the convenor
// "(ACR) et organisations signataires", a French body named "Vigie …", a post's introduction ending on a colon. Invented text
// (lighthouses and ferries; invented bodies, people and towns).

const TITLE_EN = "Statement to the constructive dialogue on migrant smuggling, 3 June 2031";
const TITLE_FR = "Déclaration au dialogue constructif sur le trafic illicite de migrants, 3 juin 2031";
const TITLE_ES = "Declaración en el diálogo constructivo sobre el tráfico ilícito de migrantes, 3 de junio de 2031";

describe("round 64: the country through a place where the body works or was founded", () => {
  it("reads '<Name> has visited … in <Country>'s main harbour'", () => {
    const r = read([
      "Quillmoor Ferry Welfare Trust",
      TITLE_EN,
      `${CHAIR.en!} The Quillmoor Ferry Welfare Trust has visited the night ferries in Norway's northern harbour since 2004. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.country).toBe("NO");
  });

  it("reads 'we have members across <Country>', even a country named like a word", () => {
    const r = read([
      "Quillmoor Ferry Crews' Union",
      TITLE_EN,
      `${CHAIR.en!} We were started by nine deckhands in a harbour café and today we have some eight hundred members across Jordan. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.country).toBe("JO");
  });

  it("reads 'founded in <Country> in <year>'", () => {
    const r = read([
      "Quillmoor Lantern Keepers' Union",
      TITLE_EN,
      `${CHAIR.en!} The Quillmoor Lantern Keepers' Union was founded in Estonia in 2015 by retired lighthouse keepers. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.country).toBe("EE");
  });

  it("reads « notre association est née dans un hameau de bergers du <Pays> »", () => {
    const r = read([
      "Association des bateliers de Vellanoir",
      TITLE_FR,
      `${CHAIR.fr!} Notre association est née en 2011 dans un hameau de bateliers du Togo, quand quatre pilotes ont perdu leur bac. ${ASK.fr!}`,
      THANKS.fr!,
    ]);
    expect(r.organization?.country).toBe("TG");
  });

  it("reads « <Nombre> organiza … en pueblos del interior de <País> »", () => {
    const r = read([
      "Liga de Remo de Vellaluz",
      TITLE_ES,
      `${CHAIR.es!} La Liga de Remo de Vellaluz organiza cada verano una regata para cuarenta equipos de jóvenes, en pueblos del interior de Paraguay. ${ASK.es!}`,
      THANKS.es!,
    ]);
    expect(r.organization?.country).toBe("PY");
  });

  it("reads « somos una red … en las sierras del sur de <País> »", () => {
    const r = read([
      "Red de Barqueras de Vellaluz",
      TITLE_ES,
      `${CHAIR.es!} Somos una red de cooperativas de barqueras que cruzan a los vecinos en las sierras del sur de Bolivia. ${ASK.es!}`,
      THANKS.es!,
    ]);
    expect(r.organization?.country).toBe("BO");
  });

  it("reads a place word beside a nationality adjective (« en los municipios peruanos de la costa con … »)", () => {
    const r = read([
      "Observatorio Ciudadano del Río Vellaluz",
      TITLE_ES,
      `${CHAIR.es!} El Observatorio Ciudadano del Río Vellaluz acompaña desde 2012 a los barqueros en los municipios peruanos de la frontera con Chile. ${ASK.es!}`,
      THANKS.es!,
    ]);
    expect(r.organization?.country).toBe("PE");
  });

  it("reads 'from its office in <Town>, <Country>' in an 'About' paragraph", () => {
    const r = read([
      "Quillmoor Ferry Watch",
      TITLE_EN,
      `${CHAIR.en!} ${ASK.en!}`,
      THANKS.en!,
      "About the Quillmoor Ferry Watch",
      "The Quillmoor Ferry Watch is an independent group founded by retired pilots. It follows ferry crews in the straits off Ghana and Togo, from its office in Vellabay, Ghana, and through volunteers in villages of Togo.",
    ]);
    expect(r.organization?.country).toBe("GH");
  });

  it("does not read a country where others were taken (a guard)", () => {
    const r = read([
      "Quillmoor Ferry Welfare Trust",
      TITLE_EN,
      `${CHAIR.en!} We help young deckhands trafficked to the ports in the north of Portugal. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.country).toBeNull();
  });

  it("does not read a country after 'with' or 'to' in the place phrase, nor where the sentence opens with another (guards)", () => {
    const own = { name: "Quillmoor Ferry Welfare Trust", acronym: null };
    expect(ownWorkCountry("We talk to crews in harbours shared with Spain.", own)).toBeNull();
    expect(ownWorkCountry("We send volunteers to villages in the north of Spain.", own)).toBeNull();
    expect(ownWorkCountry("Ferry crews often live in villages in the north of Spain.", own)).toBeNull();
    expect(ownWorkCountry("We visit crews in the harbours of the north of Spain.", own)).toBe("ES");
  });
});

describe("round 64: the signature above a list of co-signing organizations", () => {
  it("reads 'Done at Town, <date>' and 'For the Network: Mr NAME, Role' above the list", () => {
    const r = read([
      "Quillmoor Ferry Safety Network",
      "Written contribution to the constructive dialogue on migrant smuggling",
      `${CHAIR.en!} ${ASK.en!}`,
      THANKS.en!,
      "Done at Vellabay, 2 June 2031",
      "For the Network: Mr. Oswin Tarrant-Keble, Spokesperson",
      "Co-signing organizations",
      "• Harbour Lights Collective, Norway\n• Strait Pilots' Forum, Denmark\n• Lantern House, Estonia\n• Ferry Families Group, Latvia",
    ]);
    expect(r.speaker?.name).toBe("Oswin Tarrant-Keble");
    expect(r.speaker?.role).toBe("Spokesperson");
    expect(r.deliveredOn).toBe("2031-06-02");
  });

  it("reads a heading 'Name (ACR) et organisations signataires' as the convenor and its acronym", () => {
    const r = read([
      "Réseau des cercles de bateliers contre les naufrages (RCBN) et organisations signataires",
      TITLE_FR,
      `${CHAIR.fr!} ${ASK.fr!}`,
      THANKS.fr!,
      "Pour le RCBN : Mme Odile Varenne-Toulas, secrétaire exécutive",
    ]);
    expect(r.organization?.name).toBe("Réseau des cercles de bateliers contre les naufrages");
    expect(r.organization?.acronym).toBe("RCBN");
  });
});

describe("round 64: a body named 'Vigie …'", () => {
  it("reads a letterhead's first line 'Vigie …' as the name", () => {
    const r = read([
      "Vigie citoyenne des bacs du Vellanoir\nVellabourg, Gabon – contact@example.org",
      TITLE_FR,
      `${CHAIR.fr!} Notre association suit depuis 2016 les naufrages de bacs. ${ASK.fr!}`,
      THANKS.fr!,
    ]);
    expect(r.organization?.name).toBe("Vigie citoyenne des bacs du Vellanoir");
    expect(r.organization?.country).toBe("GA");
  });
});
