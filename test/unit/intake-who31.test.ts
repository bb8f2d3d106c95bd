import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 31 (who and when, no new development data): an inventory of the ways an NGO's statement names its
// organization, its speaker and the day it was delivered, in English, French and Spanish, each form beside the near
// misses that look like it (an addressee, a quoted person, a photo caption, a report's publication date …). Text
// written for these tests (domestic workers whose passports are kept by their employers; invented bodies, people and
// towns, none of any fixture), each line checked against every fixture for a run of seven words in common. Each
// opening or closing sits around a short statement of four paragraphs and is read by the real intake (`understand`).
// A form the intake does not read yet stays as `it.todo` (listed in docs/intake.md, "Round 31: who and when").

type Lang = "en" | "fr" | "es";
const FRAME: Record<Lang, [string, string, string, string]> = {
  en: [
    "Thank you, Chair. We work with women employed in private homes who have had their passports taken from them by the families they work for.",
    "In the past year our two drop-in centres met three hundred and forty such workers; most had no copy of their contract and did not know where to turn.",
    "We ask every State to make it an offence for an employer to keep a worker's identity papers, and to train labour inspectors to visit private homes.",
    "Thank you for your attention.",
  ],
  fr: [
    "Merci, Madame la Présidente. Nous accompagnons des employées de maison dont les passeports ont été confisqués par les familles qui les emploient.",
    "L'an dernier, nos deux permanences ont reçu trois cent quarante travailleuses dans cette situation ; la plupart n'avaient aucune copie de leur contrat.",
    "Nous demandons à chaque État de punir l'employeur qui garde les papiers d'identité d'une travailleuse, et de former les inspecteurs du travail.",
    "Je vous remercie de votre attention.",
  ],
  es: [
    "Gracias, señora Presidenta. Acompañamos a trabajadoras del hogar a quienes las familias empleadoras han quitado el pasaporte.",
    "El año pasado nuestras dos oficinas de atención recibieron a trescientas cuarenta trabajadoras en esa situación; casi ninguna tenía copia de su contrato.",
    "Pedimos a cada Estado que sancione al empleador que retiene los documentos de identidad de una trabajadora, y que forme a los inspectores de trabajo.",
    "Muchas gracias por su atención.",
  ],
};

/** An opening and closing around the frame: `head` blocks above, `open` in place of the greeting, `tail` blocks below, `letterhead` set aside by the reader. */
type Parts = { head?: string; open?: string; tail?: string; letterhead?: string[] };
/** What must be read: `org` the organization's name, `speaker`/`role` the speaker's, `date` the delivery day (null: none); `not` a name no field may take. */
type Want = { org?: string | null; speaker?: string | null; role?: string | null; date?: string | null; not?: string };
type Case = Parts & Want & { form: string; todo?: boolean };

function read(lang: Lang, c: Parts) {
  const [open, back, ask, close] = FRAME[lang];
  const text = [c.head, c.open ?? open, back, ask, close, c.tail].filter((p): p is string => p !== undefined).join("\n\n");
  return understand(text, c.letterhead ?? [], segments);
}
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

function check(lang: Lang, c: Case) {
  const r = read(lang, c);
  if (c.org !== undefined) expect(r.organization?.name ?? null).toBe(c.org);
  if (c.speaker !== undefined) expect(r.speaker?.name ?? null).toBe(c.speaker);
  if (c.role !== undefined) expect(r.speaker?.role ?? null).toBe(c.role);
  if (c.date !== undefined) expect(r.deliveredOn).toBe(c.date);
  if (c.not !== undefined) {
    expect(r.speaker?.name ?? "").not.toContain(c.not);
    expect(r.organization?.name ?? "").not.toContain(c.not);
  }
}

// ——— the speaker ———
const EN_SPEAKER: Case[] = [
  { form: "'Statement delivered by NAME, Role'", head: "Statement delivered by Tamsin Arkwright, Coordinator", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "'Delivered by:' label", head: "Harbour Domestic Workers Network\nDelivered by: Tamsin Arkwright, Outreach Coordinator", speaker: "Tamsin Arkwright", role: "Outreach Coordinator" },
  { form: "a by-line 'By NAME, Role'", head: "Keeping passports where they belong\nBy Tamsin Arkwright, Policy Officer", speaker: "Tamsin Arkwright", role: "Policy Officer" },
  { form: "an honorific 'Dr.' in the by-line", head: "Statement by Dr. Tamsin Arkwright, Senior Researcher, Harbour Domestic Workers Network", speaker: "Tamsin Arkwright", role: "Senior Researcher" },
  { form: "'Prof.' in the by-line", head: "Remarks by Prof. Ekuwa Osafo-Dapaah, Chair of the Board", speaker: "Ekuwa Osafo-Dapaah", role: "Chair of the Board" },
  { form: "'Speaker:' label", head: "Harbour Domestic Workers Network\nSpeaker: Tamsin Arkwright (Coordinator)", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "'Presented by NAME on behalf of the X'", head: "Presented by Tamsin Arkwright on behalf of the Harbour Domestic Workers Network", speaker: "Tamsin Arkwright" },
  { form: "'Statement on behalf of the X, delivered by NAME, Role'", head: "Statement on behalf of the Coalition for Fair Household Work, delivered by Tamsin Arkwright, Coordinator", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "'My name is …' then the role and the body", open: "Thank you, Chair. My name is Tamsin Arkwright and I am the coordinator of the Harbour Domestic Workers Network.", speaker: "Tamsin Arkwright", role: "coordinator" },
  { form: "'I am NAME, Role at the X'", open: "Good afternoon. I am Tamsin Arkwright, outreach coordinator at the Harbour Domestic Workers Network, and I speak for its members.", speaker: "Tamsin Arkwright" },
  { form: "a signature, the role on the next line", tail: "Tamsin Arkwright\nCoordinator\nHarbour Domestic Workers Network", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "a signature, the role after a comma", tail: "Tamsin Arkwright, Coordinator\nHarbour Domestic Workers Network", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "a signature after 'On behalf of the X,'", tail: "On behalf of the Harbour Domestic Workers Network,\n\nTamsin Arkwright\nCoordinator", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "a signature with the name in capitals", tail: "TAMSIN ARKWRIGHT\nCoordinator\nHarbour Domestic Workers Network", speaker: "Tamsin Arkwright" },
  { form: "a right-aligned signature block", tail: "                                        Tamsin Arkwright\n                                        Coordinator", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "'Sincerely,' over the signature", tail: "Sincerely,\n\nTamsin Arkwright\nExecutive Director, Harbour Domestic Workers Network", speaker: "Tamsin Arkwright", role: "Executive Director" },
  { form: "the speaker in a table cell", head: "| Organization | Harbour Domestic Workers Network |\n| Speaker | Tamsin Arkwright, Coordinator |", speaker: "Tamsin Arkwright" },
  { form: "the speaker after the date line", head: "Statement of the Harbour Domestic Workers Network\nVienna, 3 June 2031\nSpeaker: Tamsin Arkwright, Coordinator", speaker: "Tamsin Arkwright", date: "2031-06-03" },
  { form: "'Mr' without a point", head: "Statement delivered by Mr Ekuwa Osafo-Dapaah, Legal Adviser", speaker: "Ekuwa Osafo-Dapaah", role: "Legal Adviser" },
  { form: "'Read by NAME, Role' closing the text", tail: "Read by Tamsin Arkwright, Coordinator, on behalf of the Harbour Domestic Workers Network.", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "role and acronym in brackets after the name", head: "Statement delivered by Tamsin Arkwright (Coordinator, HDWN)", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "a by-line in capitals", head: "STATEMENT BY TAMSIN ARKWRIGHT, COORDINATOR", speaker: "Tamsin Arkwright" },
  { form: "'(signed)' before the name", tail: "(signed) Tamsin Arkwright\nCoordinator", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "a dash before a closing signature", tail: "— Tamsin Arkwright, Coordinator, Harbour Domestic Workers Network", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "'Spokesperson:' label", head: "Harbour Domestic Workers Network\nSpokesperson: Tamsin Arkwright", speaker: "Tamsin Arkwright" },
  { form: "a delegation list saying who reads", head: "Harbour Domestic Workers Network at the constructive dialogue\nOur delegation: Tamsin Arkwright (Coordinator, reads the statement); Ekuwa Osafo-Dapaah (Legal Adviser)", speaker: "Tamsin Arkwright" },
  { form: "'Speaking for the X: NAME, Role'", head: "Speaking for the Harbour Domestic Workers Network: Tamsin Arkwright, Coordinator", speaker: "Tamsin Arkwright", role: "Coordinator" },
  { form: "a team list marking who reads, not first", head: "Our team at the constructive dialogue\nTeam: Ekuwa Osafo-Dapaah (Legal Adviser); Tamsin Arkwright (Coordinator, reads the statement)", speaker: "Tamsin Arkwright" },
  { form: "a programme line naming the speaker", head: "Programme of the Harbour Domestic Workers Network\n10:30 Oral statement – speaker: Tamsin Arkwright, Coordinator", speaker: "Tamsin Arkwright", role: "Coordinator" },
];
const EN_SPEAKER_MISSES: Case[] = [
  { form: "an addressee 'H.E. …' over a letter", head: "H.E. Mr. Julian Ferrante\nPresident of the Conference\nVienna", not: "Ferrante" },
  { form: "'Dear Ms …' opening a letter", head: "Dear Ms. Brigitta Halvorsrud,", not: "Halvorsrud" },
  { form: "'To:' an ambassador", head: "To: Ambassador Julian Ferrante, Chair of the Working Group", not: "Ferrante" },
  { form: "a photo caption", head: "Statement of the Harbour Domestic Workers Network\nPhoto: Julian Ferrante, a former worker, outside our centre", not: "Ferrante" },
  { form: "a person quoted in the text", open: "Thank you, Chair. As Julian Ferrante, a cook who spent four years without his passport, told us: “I was nobody without it.”", speaker: null },
  { form: "a minister named in the text", open: "Thank you, Chair. Last year the Minister of Labour, Ms. Brigitta Halvorsrud, promised inspections of private homes.", speaker: null },
  { form: "'cc:' under the signature", tail: "Tamsin Arkwright\nCoordinator\n\ncc: Mr. Julian Ferrante, Secretariat", speaker: "Tamsin Arkwright" },
  { form: "a report's author", open: "Thank you, Chair. A study by Julian Ferrante, published last year, found that one worker in five had lost her passport.", speaker: null },
];
const FR_SPEAKER: Case[] = [
  { form: "'Intervention de Mme NAME, rôle'", head: "Intervention de Mme Mireille Sauvageot, coordinatrice du Collectif des Gens de Maison du Littoral", speaker: "Mireille Sauvageot", role: "coordinatrice" },
  { form: "'Déclaration prononcée par NAME, rôle'", head: "Déclaration prononcée par Mireille Sauvageot, présidente", speaker: "Mireille Sauvageot", role: "présidente" },
  { form: "'Présentée par M. NAME, rôle'", head: "Présentée par M. Aurélien Boissonnade, chargé de plaidoyer", speaker: "Aurélien Boissonnade", role: "chargé de plaidoyer" },
  { form: "'Je m'appelle NAME et je suis rôle'", open: "Merci, Madame la Présidente. Je m'appelle Mireille Sauvageot et je suis coordinatrice du Collectif des Gens de Maison du Littoral.", speaker: "Mireille Sauvageot", role: "coordinatrice" },
  { form: "'Je suis NAME, rôle de X'", open: "Madame la Présidente, je suis Mireille Sauvageot, présidente du Collectif des Gens de Maison du Littoral.", speaker: "Mireille Sauvageot", role: "présidente" },
  { form: "a signature, the role below", tail: "Mireille Sauvageot\nPrésidente\nCollectif des Gens de Maison du Littoral", speaker: "Mireille Sauvageot", role: "Présidente" },
  { form: "'Au nom du X, Mme NAME, rôle'", head: "Au nom du Collectif des Gens de Maison du Littoral, Mme Mireille Sauvageot, présidente", speaker: "Mireille Sauvageot", role: "présidente" },
  { form: "'Lue par Me NAME, avocate'", head: "Lue par Me Mireille Sauvageot, avocate", speaker: "Mireille Sauvageot", role: "avocate" },
  { form: "'Oratrice :' label", head: "Collectif des Gens de Maison du Littoral\nOratrice : Mireille Sauvageot, secrétaire générale", speaker: "Mireille Sauvageot", role: "secrétaire générale" },
  { form: "'Pour le Collectif,' over the signature", tail: "Pour le Collectif des Gens de Maison du Littoral,\n\nMireille Sauvageot, présidente", speaker: "Mireille Sauvageot", role: "présidente" },
  { form: "'Allocution de Mme NAME, rôle'", head: "Allocution de Mme Mireille Sauvageot, secrétaire générale", speaker: "Mireille Sauvageot", role: "secrétaire générale" },
  { form: "'Texte lu par NAME au nom du X'", head: "Texte lu par Aurélien Boissonnade au nom du Collectif des Gens de Maison du Littoral", speaker: "Aurélien Boissonnade" },
  { form: "'Intervenante :' label", head: "Intervenante : Mme Mireille Sauvageot (présidente)", speaker: "Mireille Sauvageot", role: "présidente" },
  { form: "a signature 'Mme NAME, Rôle du X'", tail: "Mme Mireille Sauvageot, Présidente du Collectif des Gens de Maison du Littoral", speaker: "Mireille Sauvageot" },
  { form: "an 'Équipe :' list marking who reads", head: "Notre équipe au dialogue constructif\nÉquipe : Aurélien Boissonnade (juriste) ; Mireille Sauvageot (présidente, lit la déclaration)", speaker: "Mireille Sauvageot", role: "présidente" },
  { form: "'Porte-parole :' label", head: "Collectif des Gens de Maison du Littoral\nPorte-parole : Aurélien Boissonnade", speaker: "Aurélien Boissonnade" },
];
const FR_SPEAKER_MISSES: Case[] = [
  { form: "an addressee 'Son Excellence …'", head: "Son Excellence Monsieur Julien Ferrante\nPrésident de la Conférence", not: "Ferrante" },
  { form: "'À l'attention de …'", head: "À l'attention de M. Julien Ferrante, secrétaire de la Conférence", not: "Ferrante" },
  { form: "a person quoted in the text", open: "Madame la Présidente, comme nous l'a dit Julien Ferrante, cuisinier resté quatre ans sans passeport : « sans lui, je n'étais personne ».", speaker: null },
];
const ES_SPEAKER: Case[] = [
  { form: "'Palabras de la Sra. NAME, rol'", head: "Palabras de la Sra. Begoña Quilodrán Parra, directora de la Red de Trabajadoras del Hogar del Valle", speaker: "Begoña Quilodrán Parra", role: "directora" },
  { form: "'Intervención a cargo de NAME, rol'", head: "Intervención a cargo de Begoña Quilodrán Parra, coordinadora general", speaker: "Begoña Quilodrán Parra", role: "coordinadora general" },
  { form: "'Declaración presentada por NAME, rol'", head: "Declaración presentada por Begoña Quilodrán Parra, vocera", speaker: "Begoña Quilodrán Parra", role: "vocera" },
  { form: "'En nombre de la Red …, NAME, rol'", head: "En nombre de la Red de Trabajadoras del Hogar del Valle, Begoña Quilodrán Parra, coordinadora", speaker: "Begoña Quilodrán Parra", role: "coordinadora" },
  { form: "'Mi nombre es NAME y soy rol'", open: "Gracias, señora Presidenta. Mi nombre es Begoña Quilodrán Parra y soy coordinadora de la Red de Trabajadoras del Hogar del Valle.", speaker: "Begoña Quilodrán Parra", role: "coordinadora" },
  { form: "'Soy NAME, rol de X'", open: "Buenos días. Soy Begoña Quilodrán Parra, presidenta de la Red de Trabajadoras del Hogar del Valle.", speaker: "Begoña Quilodrán Parra", role: "presidenta" },
  { form: "a signature, the role below", tail: "Begoña Quilodrán Parra\nCoordinadora General\nRed de Trabajadoras del Hogar del Valle", speaker: "Begoña Quilodrán Parra", role: "Coordinadora General" },
  { form: "'Dra.' in a by-line", head: "Intervención de la Dra. Begoña Quilodrán Parra, asesora jurídica", speaker: "Begoña Quilodrán Parra", role: "asesora jurídica" },
  { form: "'Lic.' in a signature", tail: "Lic. Begoña Quilodrán Parra\nDirectora Ejecutiva", speaker: "Begoña Quilodrán Parra", role: "Directora Ejecutiva" },
  { form: "'leída por su vocera, NAME'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle, leída por su vocera, Begoña Quilodrán Parra", speaker: "Begoña Quilodrán Parra", role: "vocera" },
  { form: "'Interviene:' label", head: "Red de Trabajadoras del Hogar del Valle\nInterviene: Begoña Quilodrán Parra, vocera", speaker: "Begoña Quilodrán Parra", role: "vocera" },
  { form: "'Atentamente,' over the signature", tail: "Atentamente,\n\nBegoña Quilodrán Parra\nPresidenta", speaker: "Begoña Quilodrán Parra", role: "Presidenta" },
  { form: "'a través de su directora, NAME'", head: "Declaración presentada por la Red de Trabajadoras del Hogar del Valle a través de su directora, Begoña Quilodrán Parra", speaker: "Begoña Quilodrán Parra", role: "directora" },
  { form: "'Exposición de NAME, rol'", head: "Exposición de Begoña Quilodrán Parra, coordinadora nacional", speaker: "Begoña Quilodrán Parra", role: "coordinadora nacional" },
  { form: "an 'Equipo:' list marking who reads", head: "Nuestro equipo en el diálogo constructivo\nEquipo: Julián Ferrante (asesor jurídico); Begoña Quilodrán Parra (presidenta, lee la declaración)", speaker: "Begoña Quilodrán Parra", role: "presidenta" },
  { form: "'Vocera:' label", head: "Red de Trabajadoras del Hogar del Valle\nVocera: Begoña Quilodrán Parra", speaker: "Begoña Quilodrán Parra" },
];
const ES_SPEAKER_MISSES: Case[] = [
  { form: "an addressee 'Excelentísimo Señor …'", head: "Excelentísimo Señor Julián Ferrante\nPresidente de la Conferencia", not: "Ferrante" },
  { form: "'Atención:' a secretary", head: "Atención: Sr. Julián Ferrante, Secretaría de la Conferencia", not: "Ferrante" },
  { form: "a person quoted in the text", open: "Gracias, señora Presidenta. Como nos dijo Julián Ferrante, cocinero que pasó cuatro años sin pasaporte: «sin él yo no era nadie».", speaker: null },
];

// ——— the organization ———
const ORG: [Lang, Case][] = [
  ["en", { form: "a title line of the name alone", head: "Harbour Domestic Workers Network\n\nStatement to the constructive dialogue", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "'Statement of the X'", head: "Statement of the Harbour Domestic Workers Network", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "'Statement by the X (ACR)'", head: "Statement by the Harbour Domestic Workers Network (HDWN)", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a letterhead in capitals with its address", letterhead: ["HARBOUR DOMESTIC WORKERS NETWORK", "12 Quay Street, Eastport"], head: "Statement to the constructive dialogue", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "an acronym, a dash and the full name", head: "HDWN – Harbour Domestic Workers Network\nStatement to the constructive dialogue", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a joint statement 'on behalf of' a coalition", head: "Joint statement on behalf of the Coalition for Fair Household Work", org: "Coalition for Fair Household Work" }],
  ["en", { form: "a header cell beside the title", head: "| Harbour Domestic Workers Network | Statement to the constructive dialogue |", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a signature's organization line", tail: "Tamsin Arkwright\nCoordinator\nHarbour Domestic Workers Network", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "'we, the X,' in the opening", open: "Thank you, Chair. We, the Harbour Domestic Workers Network, work with women employed in private homes whose passports were taken.", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a foundation named 'The X Foundation'", head: "Statement by the Ellery Grange Foundation", org: "Ellery Grange Foundation" }],
  ["fr", { form: "'Déclaration du Collectif …'", head: "Déclaration du Collectif des Gens de Maison du Littoral", org: "Collectif des Gens de Maison du Littoral" }],
  ["fr", { form: "an association's letterhead with its acronym", letterhead: ["Association pour la Dignité des Employées de Maison (ADEM)", "BP 214, Petiteville"], head: "Déclaration au dialogue constructif", org: "Association pour la Dignité des Employées de Maison" }],
  ["fr", { form: "a signature's organization line", tail: "Mireille Sauvageot\nPrésidente\nCollectif des Gens de Maison du Littoral", org: "Collectif des Gens de Maison du Littoral" }],
  ["es", { form: "'Intervención de la Red …'", head: "Intervención de la Red de Trabajadoras del Hogar del Valle", org: "Red de Trabajadoras del Hogar del Valle" }],
  ["es", { form: "'Declaración de la Asociación … (ACR)'", head: "Declaración de la Asociación Civil Manos que Cuidan (ACMC)", org: "Asociación Civil Manos que Cuidan" }],
  ["es", { form: "a signature's organization line", tail: "Begoña Quilodrán Parra\nCoordinadora General\nRed de Trabajadoras del Hogar del Valle", org: "Red de Trabajadoras del Hogar del Valle" }],
  ["es", { form: "'en nombre de' a coalition", head: "Declaración conjunta en nombre de la Alianza por el Trabajo Digno en el Hogar", org: "Alianza por el Trabajo Digno en el Hogar" }],
  ["en", { form: "'A statement from the X'", head: "A statement from the Harbour Domestic Workers Network", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a heading in capitals", head: "STATEMENT OF THE HARBOUR DOMESTIC WORKERS NETWORK", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "'Submitted by:' the organization", head: "Submitted by: Harbour Domestic Workers Network\nConstructive dialogue, 3 June 2031", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "an acronym over the full name in the letterhead", letterhead: ["HDWN", "Harbour Domestic Workers Network", "12 Quay Street, Eastport"], org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a signature 'NAME, Role, Organization'", tail: "Tamsin Arkwright, Coordinator, Harbour Domestic Workers Network", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "an 'About us' note at the end", tail: "About us: the Harbour Domestic Workers Network is a registered association of domestic workers founded in 2011.", org: "Harbour Domestic Workers Network" }],
  ["fr", { form: "'Contribution de l'Association …'", head: "Contribution de l'Association pour la Dignité des Employées de Maison", org: "Association pour la Dignité des Employées de Maison" }],
  ["fr", { form: "'au nom de la Coalition …'", head: "Déclaration commune au nom de la Coalition pour un Travail Domestique Digne", org: "Coalition pour un Travail Domestique Digne" }],
  ["es", { form: "'Pronunciamiento de la …'", head: "Pronunciamiento de la Red de Trabajadoras del Hogar del Valle", org: "Red de Trabajadoras del Hogar del Valle" }],
  ["es", { form: "'Organización:' label", head: "Organización: Asociación Civil Manos que Cuidan\nOradora: Begoña Quilodrán Parra", org: "Asociación Civil Manos que Cuidan" }],
  ["es", { form: "a name with 'por el' and 'en el' after 'Declaración de la'", head: "Declaración de la Alianza por el Trabajo Digno en el Hogar", org: "Alianza por el Trabajo Digno en el Hogar" }],
  ["es", { form: "'en el diálogo' after the name, cut", head: "Declaración de la Red de Albergues del Sur en el diálogo constructivo", org: "Red de Albergues del Sur" }],
  ["es", { form: "'en nombre de la Red …, por la Sra. NAME'", head: "Declaración en nombre de la Red de Albergues del Sur por la Sra. Begoña Quilodrán Parra", org: "Red de Albergues del Sur", speaker: "Begoña Quilodrán Parra" }],
  ["fr", { form: "'Nous, le Collectif …,' in the opening", open: "Madame la Présidente, nous, le Collectif des Gens de Maison du Littoral, accompagnons des employées dont les passeports ont été confisqués.", org: "Collectif des Gens de Maison du Littoral" }],
  ["es", { form: "'Quiénes somos:' at the end", tail: "Quiénes somos: la Red de Trabajadoras del Hogar del Valle es una red de sindicatos de trabajadoras del hogar.", org: "Red de Trabajadoras del Hogar del Valle" }],
];
const ORG_MISSES: [Lang, Case][] = [
  ["en", { form: "a country where the organization would be", head: "Statement of Norway", org: null }],
  ["en", { form: "a ministry named in the text", open: "Thank you, Chair. The Ministry of Labour and Social Protection has promised inspections of private homes for three years now.", org: null }],
  ["en", { form: "the meeting's venue", head: "Vienna International Centre\nConstructive dialogue, 3 June 2031", org: null }],
  ["en", { form: "the addressee's office", head: "To the Conference Secretariat, Vienna", org: null }],
  ["fr", { form: "a ministry named in the text", open: "Madame la Présidente, le Ministère du Travail promet depuis trois ans des inspections dans les foyers.", org: null }],
  ["es", { form: "a ministry named in the text", open: "Gracias, señora Presidenta. El Ministerio de Trabajo promete desde hace tres años inspecciones en los hogares.", org: null }],
  ["en", { form: "the Conference named in the heading", head: "Conference of the Parties, its eleventh session, agenda item 4", org: null }],
  ["en", { form: "a photo credit", head: "Statement to the constructive dialogue\nPhoto © Eastport Camera Club", org: null }],
  ["en", { form: "a funder thanked at the end, under the title's organization", head: "Statement of the Harbour Domestic Workers Network", tail: "We thank the Ellery Grange Foundation for its support of our centres.", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a letterhead's description, 'Registered association, 2011'", letterhead: ["Registered association, 2011", "12 Quay Street, Eastport"], head: "Statement of the Harbour Domestic Workers Network", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "a sidebar's description above the name", letterhead: ["Registered association, 2011", "Harbour Domestic Workers Network", "12 Quay Street, Eastport"], head: "Statement to the constructive dialogue", org: "Harbour Domestic Workers Network" }],
  ["en", { form: "'We, the undersigned,' names no body", open: "Thank you, Chair. We, the undersigned, work with women employed in private homes whose passports were taken.", org: null }],
  ["fr", { form: "'Nous, les employées de maison,' names no body", open: "Madame la Présidente, nous, les employées de maison, demandons que nos passeports nous soient rendus.", org: null }],
];

// ——— the date ———
const EN_DATES: Case[] = [
  { form: "'Vienna, 3 June 2031'", head: "Statement of the Harbour Domestic Workers Network\nVienna, 3 June 2031", date: "2031-06-03" },
  { form: "'June 3, 2031'", head: "Statement of the Harbour Domestic Workers Network\nJune 3, 2031", date: "2031-06-03" },
  { form: "'June 3rd, 2031'", head: "Statement of the Harbour Domestic Workers Network\nJune 3rd, 2031", date: "2031-06-03" },
  { form: "'Tuesday, 3 June 2031'", head: "Statement of the Harbour Domestic Workers Network\nTuesday, 3 June 2031", date: "2031-06-03" },
  { form: "'Tuesday 3rd June 2031'", head: "Statement of the Harbour Domestic Workers Network\nTuesday 3rd June 2031", date: "2031-06-03" },
  { form: "'the 3rd of June 2031'", head: "Statement of the Harbour Domestic Workers Network\nDelivered on the 3rd of June 2031", date: "2031-06-03" },
  { form: "'2031-06-03'", head: "Statement of the Harbour Domestic Workers Network\nDate: 2031-06-03", date: "2031-06-03" },
  { form: "'03.06.2031'", head: "Statement of the Harbour Domestic Workers Network\nVienna, 03.06.2031", date: "2031-06-03" },
  { form: "the day in words", head: "Statement of the Harbour Domestic Workers Network\nDelivered on the third of June, 2031", date: "2031-06-03" },
  { form: "posted after the delivery", head: "Posted 12 June 2031\n\nStatement of the Harbour Domestic Workers Network\nDelivered on 3 June 2031", date: "2031-06-03" },
  { form: "issued before the dialogue, for delivery at it", head: "Statement of the Harbour Domestic Workers Network\nIssued 20 May 2031 for delivery at the constructive dialogue, Vienna, 3 June 2031", date: "2031-06-03" },
  { form: "a relative day beside the absolute one", head: "Eastport, 10 June 2031", open: "Dear Editor, last week, on 3 June, our coordinator spoke at the constructive dialogue in Vienna about women whose passports are taken.", date: "2031-06-03" },
  { form: "'Today, Tuesday 3 June 2031,' opening the text", open: "Today, Tuesday 3 June 2031, we speak for women employed in private homes whose passports were taken by the families they work for.", date: "2031-06-03" },
  { form: "'Geneva, 3rd June 2031'", head: "Statement of the Harbour Domestic Workers Network\nGeneva, 3rd June 2031", date: "2031-06-03" },
  { form: "'3-Jun-2031'", head: "Statement of the Harbour Domestic Workers Network\n3-Jun-2031", date: "2031-06-03" },
  { form: "issued before, the dialogue's day in the heading", head: "Statement of the Harbour Domestic Workers Network\nIssued: 28 May 2031\nConstructive dialogue of 3 June 2031", date: "2031-06-03" },
  { form: "'yesterday' beside the day in a letter", head: "Eastport, 4 June 2031", open: "Dear Editor, yesterday, 3 June, our coordinator spoke at the constructive dialogue in Vienna about women whose passports are taken.", date: "2031-06-03" },
  { form: "a closing dateline", tail: "Harbour Domestic Workers Network\nVienna, 3 June 2031", date: "2031-06-03" },
  { form: "a programme circulated before the dialogue's day", head: "Programme for our team at the constructive dialogue\nCirculated to members on 28 May 2031\n\nTuesday 3 June 2031\n10:30 Constructive dialogue – our oral statement", date: "2031-06-03" },
  { form: "a recording dated later, the dialogue's day in words with no year", head: "Recording of our statement, transcribed\nEastport, 7 June 2031", open: "Thank you, Chair. This is what our coordinator delivered during the constructive dialogue, on the thirty-first of May, as recorded.", date: "2031-05-31" },
  { form: "'3rd June, 2031'", head: "Statement of the Harbour Domestic Workers Network\nCheck against delivery\n3rd June, 2031", date: "2031-06-03" },
  { form: "'Jun. 3, 2031'", head: "Statement of the Harbour Domestic Workers Network\nJun. 3, 2031", date: "2031-06-03" },
];
const EN_DATE_MISSES: Case[] = [
  { form: "a report's publication date in the text", open: "Thank you, Chair. Our report of 12 March 2030 counted the passports held by employers in three provinces.", date: null },
  { form: "a law's date in the text", open: "Thank you, Chair. The Domestic Work Act of 4 April 2029 has never been applied to a single employer.", date: null },
  { form: "a photo caption's date", head: "Statement of the Harbour Domestic Workers Network\nPhoto: our drop-in centre, 14 February 2030", date: null },
  { form: "an earlier dialogue's date", open: "Thank you, Chair. At the previous dialogue, held on 8 May 2029, we raised the same question.", date: null },
  { form: "the founding date in a letterhead", letterhead: ["Harbour Domestic Workers Network", "Registered association since 2 March 2010"], head: "Statement to the constructive dialogue", date: null },
  { form: "a day with no year after the heading's date keeps the heading's", head: "Statement of the Harbour Domestic Workers Network\nVienna, 3 June 2031", open: "Thank you, Chair. Our statement will be read again at the constructive dialogue on the tenth of June.", date: "2031-06-03" },
];
const FR_DATES: Case[] = [
  { form: "'Vienne, le 3 juin 2031'", head: "Déclaration du Collectif des Gens de Maison du Littoral\nVienne, le 3 juin 2031", date: "2031-06-03" },
  { form: "'le 1er juin 2031'", head: "Déclaration du Collectif des Gens de Maison du Littoral\nVienne, le 1er juin 2031", date: "2031-06-01" },
  { form: "'mardi 3 juin 2031'", head: "Déclaration du Collectif des Gens de Maison du Littoral\nmardi 3 juin 2031", date: "2031-06-03" },
  { form: "the day in words", head: "Déclaration du Collectif des Gens de Maison du Littoral\nPrononcée le trois juin deux mille trente et un", date: "2031-06-03" },
  { form: "published after the delivery", head: "Publié le 12 juin 2031\n\nDéclaration du Collectif des Gens de Maison du Littoral\nPrononcée le 3 juin 2031", date: "2031-06-03" },
  { form: "'Genève, ce 3 juin 2031'", head: "Déclaration du Collectif des Gens de Maison du Littoral\nGenève, ce 3 juin 2031", date: "2031-06-03" },
  { form: "a dateline opening the text", open: "3 juin 2031 – Madame la Présidente, nous accompagnons des employées de maison dont les passeports ont été confisqués.", date: "2031-06-03" },
  { form: "diffused before, read at the dialogue", head: "Déclaration du Collectif des Gens de Maison du Littoral\nDiffusée le 28 mai 2031\nLue lors du dialogue constructif du 3 juin 2031", date: "2031-06-03" },
  { form: "'la semaine dernière, le 3 juin' in a dated letter", head: "Petiteville, le 10 juin 2031", open: "Madame, Monsieur, la semaine dernière, le 3 juin, notre présidente a lu notre déclaration devant le dialogue constructif de Vienne.", date: "2031-06-03" },
  { form: "the dialogue's day in words with no year, under a later date", head: "Compte rendu de notre intervention\nPetiteville, le 7 juin 2031", open: "Madame, Monsieur, voici la déclaration que notre présidente a lue lors du dialogue constructif le trente et un mai, telle qu'enregistrée.", date: "2031-05-31" },
  { form: "'3 juin 2031 (mardi)'", head: "Déclaration du Collectif des Gens de Maison du Littoral\nSeul le texte prononcé fait foi\n3 juin 2031 (mardi)", date: "2031-06-03" },
  { form: "'le mardi 3 juin 2031' after the place", head: "Déclaration du Collectif des Gens de Maison du Littoral\nVienne, le mardi 3 juin 2031", date: "2031-06-03" },
];
const FR_DATE_MISSES: Case[] = [
  { form: "a report's date in the text", open: "Madame la Présidente, notre rapport du 12 mars 2030 a recensé les passeports gardés par les employeurs.", date: null },
];
const ES_DATES: Case[] = [
  { form: "'Viena, 3 de junio de 2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nViena, 3 de junio de 2031", date: "2031-06-03" },
  { form: "'1.º de junio de 2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nViena, 1.º de junio de 2031", date: "2031-06-01" },
  { form: "'martes 3 de junio de 2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nmartes 3 de junio de 2031", date: "2031-06-03" },
  { form: "'3 de junio del 2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nViena, 3 de junio del 2031", date: "2031-06-03" },
  { form: "'a 3 de junio de 2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nViena, a 3 de junio de 2031", date: "2031-06-03" },
  { form: "the day in words", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nLeída el tres de junio de dos mil treinta y uno", date: "2031-06-03" },
  { form: "circulated before the dialogue it was read at", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nCirculada el 28 de mayo de 2031\nLeída en el diálogo constructivo del 3 de junio de 2031", date: "2031-06-03" },
  { form: "'junio 3 de 2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nVilla Alta, junio 3 de 2031", date: "2031-06-03" },
  { form: "'Fecha: 03/06/2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nFecha: 03/06/2031", date: "2031-06-03" },
  { form: "published after, read before", head: "Publicado el 12 de junio de 2031\n\nDeclaración de la Red de Trabajadoras del Hogar del Valle\nLeída el 3 de junio de 2031", date: "2031-06-03" },
  { form: "'la semana pasada, el 3 de junio' in a dated letter", head: "Villa Alta, 10 de junio de 2031", open: "Estimados señores: la semana pasada, el 3 de junio, nuestra presidenta intervino en el diálogo constructivo de Viena.", date: "2031-06-03" },
  { form: "the dialogue's day with no year, under a later date", head: "Transcripción de nuestra intervención\nVilla Alta, 7 de junio de 2031", open: "Estimados señores: esta es la declaración que nuestra presidenta leyó en el diálogo constructivo el 31 de mayo, tal como se grabó.", date: "2031-05-31" },
  { form: "'el martes 3 de junio de 2031' after the place", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nViena, el martes 3 de junio de 2031", date: "2031-06-03" },
  { form: "'3/6/2031'", head: "Declaración de la Red de Trabajadoras del Hogar del Valle\nViena, 3/6/2031", date: "2031-06-03" },
];
const ES_DATE_MISSES: Case[] = [
  { form: "a report's date in the text", open: "Gracias, señora Presidenta. Nuestro informe del 12 de marzo de 2030 contó los pasaportes retenidos por los empleadores.", date: null },
];

const INVENTORY: [string, Lang, Case[]][] = [
  ["the speaker in en", "en", EN_SPEAKER],
  ["speaker near misses in en", "en", EN_SPEAKER_MISSES],
  ["the speaker in fr", "fr", FR_SPEAKER],
  ["speaker near misses in fr", "fr", FR_SPEAKER_MISSES],
  ["the speaker in es", "es", ES_SPEAKER],
  ["speaker near misses in es", "es", ES_SPEAKER_MISSES],
  ["the date in en", "en", EN_DATES],
  ["date near misses in en", "en", EN_DATE_MISSES],
  ["the date in fr", "fr", FR_DATES],
  ["date near misses in fr", "fr", FR_DATE_MISSES],
  ["the date in es", "es", ES_DATES],
  ["date near misses in es", "es", ES_DATE_MISSES],
];

for (const [family, lang, cases] of INVENTORY) {
  describe(family, () => {
    for (const c of cases) {
      if (c.todo) it.todo(`${c.form} (${family.includes("near misses") ? "still taken" : "not read yet"})`);
      else it(c.form, () => check(lang, c));
    }
  });
}
for (const [family, list] of [["the organization", ORG], ["organization near misses", ORG_MISSES]] as const) {
  describe(family, () => {
    for (const [lang, c] of list) {
      if (c.todo) it.todo(`${lang}: ${c.form} (${family.includes("near misses") ? "still taken" : "not read yet"})`);
      else it(`${lang}: ${c.form}`, () => check(lang, c));
    }
  });
}
