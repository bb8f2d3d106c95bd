import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 41, lists (blind sets 20–35 used for development; invented text only): a list right under a heading that names the
// requests keeps every item, whatever verb it asks with; a colon lead-in (or a heading) that says what the speaker wishes,
// hopes for, needs or puts forward announces a list of requests, even of bare nouns.
const OPEN = "Good afternoon, Chair. We are a network of tea pickers' cooperatives in the hill districts.";
const BACK = "Each season some of our pickers are taken across the border by brokers who promise them factory work.";
const CLOSE = "Thank you for listening.";
const OUVERTURE = "Bonjour, Madame la Présidente. Nous sommes un réseau de coopératives de cueilleuses de thé des collines.";
const CONTEXTE = "À chaque saison, des cueilleuses partent de l'autre côté de la frontière avec des courtiers qui leur promettent un emploi en usine.";
const FIN = "Merci de votre écoute.";
const APERTURA = "Buenas tardes, señora Presidenta. Somos una red de cooperativas de recolectoras de té de las colinas.";
const FONDO = "Cada temporada, algunas recolectoras cruzan la frontera con intermediarios que les prometen trabajo en una fábrica.";
const CIERRE = "Gracias por escucharnos.";

const list = (items: string[], label: (k: number) => string) => items.map((t, k) => `${label(k)} ${t}`).join("\n");
const numbered = (k: number) => `${k + 1}.`;
const lettered = (k: number) => `(${String.fromCharCode(97 + k)})`;
const bullet = () => "•";

const ITEMS = [
  "We hope that every picker found stranded across the border is first taken to a shelter and heard by a social worker, not held at a police post.",
  "It is time that district prosecutors treated the brokers who move dozens of pickers each season as traffickers and not as mere middlemen.",
  "It would be right for every picker who comes home to receive her identity papers again within a month and to be followed for a year.",
  "Families in the villages must know, before a daughter leaves, that a promise of factory work often hides months without any wage at all.",
];
const ARTICLES = [
  "Nous souhaitons que toute cueilleuse retrouvée de l'autre côté de la frontière soit d'abord accueillie dans un foyer et entendue par une travailleuse sociale.",
  "Il conviendrait que chaque cueilleuse rentrée chez elle retrouve ses papiers d'identité dans le mois et soit suivie pendant une année entière.",
  "Il est temps que les parquets des districts poursuivent comme des trafiquants les courtiers qui déplacent des dizaines de cueilleuses chaque saison.",
  "Les familles des villages doivent savoir, avant le départ d'une fille, qu'une promesse d'emploi en usine cache souvent des mois sans aucun salaire.",
];
const PUNTOS = [
  "Nos gustaría que toda recolectora encontrada al otro lado de la frontera fuera llevada primero a un albergue y escuchada por una trabajadora social.",
  "Sería justo que cada recolectora que vuelve a casa recuperara sus documentos de identidad en un mes y tuviera un seguimiento durante un año.",
  "Ya es hora de que las fiscalías de los distritos persigan como tratantes a los intermediarios que trasladan a decenas de recolectoras cada temporada.",
  "Las familias de las aldeas deben saber, antes de que una hija se vaya, que una promesa de trabajo en fábrica esconde a menudo meses sin salario.",
];

describe("round 41: every item of a list under a heading that names the requests", () => {
  const cases: [string, string[], string[], (k: number) => string][] = [
    ["Our recommendations", [OPEN, BACK], ITEMS, lettered],
    ["Our recommendations", [OPEN, BACK], ITEMS, numbered],
    ["What we ask", [OPEN, BACK], ITEMS, bullet],
    ["Nos recommandations", [OUVERTURE, CONTEXTE], ARTICLES, lettered],
    ["Ce que nous demandons", [OUVERTURE, CONTEXTE], ARTICLES, numbered],
    ["Nuestras recomendaciones", [APERTURA, FONDO], PUNTOS, lettered],
    ["Lo que pedimos", [APERTURA, FONDO], PUNTOS, bullet],
  ];
  for (const [heading, before, items, label] of cases) {
    it(`keeps the four items under "${heading}" (${label(0)})`, () => {
      expect(findProposals([...before, heading, list(items, label), CLOSE].join("\n\n"))).toEqual(items);
    });
  }
  it("still keeps only the asking paragraphs under a title that names more than requests", () => {
    const text = [OPEN, BACK, "Findings and recommendations of our season survey", list(ITEMS, numbered), CLOSE].join("\n\n");
    expect(findProposals(text)).toEqual([ITEMS[3]]);
  });
});

const NOUNS = ["A public register of licensed brokers in every district.", "A helpline open at night in the pickers' languages.", "A fund for the fares home of those who are stranded."];
const NOMS = ["Un registre public des courtiers agréés dans chaque district.", "Une ligne d'écoute ouverte la nuit dans les langues des cueilleuses.", "Un fonds pour le retour de celles qui restent bloquées."];
const NOMBRES = ["Un registro público de intermediarios autorizados en cada distrito.", "Una línea de ayuda abierta de noche en los idiomas de las recolectoras.", "Un fondo para el regreso de las que quedan varadas."];

describe("round 41: a lead-in that says what the speaker wishes, hopes for, needs or puts forward", () => {
  const reads: [string, string[], string[], string][] = [
    ["We would like two things done soon:", [OPEN, BACK], NOUNS, CLOSE],
    ["From this meeting, the pickers hope for three things:", [OPEN, BACK], NOUNS, CLOSE],
    ["We put three requests before this meeting:", [OPEN, BACK], NOUNS, CLOSE],
    ["We offer three modest changes, which we submit for your consideration:", [OPEN, BACK], NOUNS, CLOSE],
    ["What would help most:", [OPEN, BACK], NOUNS, CLOSE],
    ["Three things would make a difference:", [OPEN, BACK], NOUNS, CLOSE],
    ["Our hopes for this dialogue", [OPEN, BACK], NOUNS, CLOSE],
    ["Nous souhaitons :", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Nous attendons de la Conférence :", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Nous formulons trois souhaits :", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Nos attentes", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Quisiéramos plantear tres cosas:", [APERTURA, FONDO], NOMBRES, CIERRE],
    ["Por eso la red plantea a las autoridades:", [APERTURA, FONDO], NOMBRES, CIERRE],
    ["Lo que esperamos de esta reunión:", [APERTURA, FONDO], NOMBRES, CIERRE],
    ["Nos permitimos sugerir a los Estados:", [APERTURA, FONDO], NOMBRES, CIERRE],
  ];
  for (const [lead, before, items, close] of reads) {
    it(`reads the list after "${lead}"`, () => {
      expect(findProposals([...before, lead, list(items, numbered), close].join("\n\n"))).toEqual(items);
    });
  }
  const leaves: [string, string[], string[], string][] = [
    ["Three things we have seen this year:", [OPEN, BACK], NOUNS, CLOSE],
    ["We want to tell you what our members found:", [OPEN, BACK], NOUNS, CLOSE],
    ["We need to say three things about this season:", [OPEN, BACK], NOUNS, CLOSE],
    ["We are grateful for:", [OPEN, BACK], NOUNS, CLOSE],
    ["Nous souhaitons partager ce que nous avons vu :", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Queremos compartir lo que vimos:", [APERTURA, FONDO], NOMBRES, CIERRE],
  ];
  for (const [lead, before, items, close] of leaves) {
    it(`reads no request after "${lead}"`, () => {
      expect(findProposals([...before, lead, list(items, numbered), close].join("\n\n"))).toEqual([]);
    });
  }
});

describe("round 41: a heading or lead-in that only names the asks, or only the addressee", () => {
  const reads: [string, string[], string[], string][] = [
    ["Key asks", [OPEN, BACK], NOUNS, CLOSE],
    ["Requests to the Conference:", [OPEN, BACK], NOUNS, CLOSE],
    ["Priorities for action:", [OPEN, BACK], NOUNS, CLOSE],
    ["What should change?", [OPEN, BACK], NOUNS, CLOSE],
    ["To the States parties:", [OPEN, BACK], NOUNS, CLOSE],
    ["Demandes à la Conférence :", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Points d'action :", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Aux États parties :", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Pedidos a la Conferencia:", [APERTURA, FONDO], NOMBRES, CIERRE],
    ["Acciones prioritarias", [APERTURA, FONDO], NOMBRES, CIERRE],
    ["A los Estados parte:", [APERTURA, FONDO], NOMBRES, CIERRE],
  ];
  for (const [lead, before, items, close] of reads) {
    it(`reads the list after "${lead}"`, () => {
      expect(findProposals([...before, lead, list(items, bullet), close].join("\n\n"))).toEqual(items);
    });
  }
  it("reads a list of bare nouns under each addressee in turn", () => {
    const more = [...NOUNS, "A yearly count of the pickers who came home."];
    const text = [OPEN, BACK, "To the States parties:", list(more.slice(0, 2), bullet), "To UNODC and the donors:", list(more.slice(2), bullet), CLOSE].join("\n\n");
    expect(findProposals(text)).toEqual(more);
  });
  it("reads one bare noun under an addressee after a list", () => {
    const text = [OPEN, BACK, "Aux États parties :", list(NOMS.slice(0, 2), bullet), "À l'ONUDC :", list(NOMS.slice(2), bullet), FIN].join("\n\n");
    expect(findProposals(text)).toEqual(NOMS);
  });
  const leaves: [string, string[], string[], string][] = [
    ["Requests for mutual legal assistance", [OPEN, BACK], NOUNS, CLOSE],
    ["Our members told us:", [OPEN, BACK], NOUNS, CLOSE],
    ["Nos activités de l'année", [OUVERTURE, CONTEXTE], NOMS, FIN],
    ["Lo que vimos en las aldeas:", [APERTURA, FONDO], NOMBRES, CIERRE],
  ];
  for (const [lead, before, items, close] of leaves) {
    it(`reads no request after "${lead}"`, () => {
      expect(findProposals([...before, lead, list(items, bullet), close].join("\n\n"))).toEqual([]);
    });
  }
});

describe("round 41: an item that says it asks nothing", () => {
  const cases: [string, string[], string, string[], string][] = [
    ["No new ask: the register already exists; what matters is whether anyone reads it.", [OPEN, BACK], "Our asks today:", NOUNS, CLOSE],
    ["No further request – the helpline opened last spring and works.", [OPEN, BACK], "Our asks today:", NOUNS, CLOSE],
    ["Pas de nouvelle demande : le registre existe déjà, reste à le consulter.", [OUVERTURE, CONTEXTE], "Nos demandes :", NOMS, FIN],
    ["Sin nueva petición: el registro ya existe; falta que alguien lo consulte.", [APERTURA, FONDO], "Nuestras peticiones:", NOMBRES, CIERRE],
  ];
  for (const [none, before, lead, items, close] of cases) {
    it(`leaves "${none.slice(0, 40)}…" out of the list`, () => {
      const text = [...before, lead, list([items[0]!, none, items[1]!], bullet), close].join("\n\n");
      expect(findProposals(text)).toEqual(items.slice(0, 2));
    });
  }
});
