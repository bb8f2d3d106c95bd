import { COUNCIL_KINDS, ENGLISH_KINDS, FRENCH_SPANISH_KINDS, SHARED_KINDS, oneOf } from "./body-words.ts";
import { fold } from "./markers.ts";
import { findDates, monthNumber } from "./dates.ts";
import { findCityCountry, findCountry, isDutyStation } from "./places.ts";
import { literal, literalSpaced } from "./literal.ts";

/** Who speaks and for which organization: patterns over the statement's header, letterhead and signature. */

/**
 * Round 54: kinds of body the lists of `body-words.ts` leave out: a club, a cooperative, a confederation, a brotherhood
 * ("… Scuba Club", "Coopérative des …", "Hermandad de …"); round 55: a group ("Grupo de …", "Groupe de …", not a working
 * group of the Conference, "Grupo de Trabajo …"). Common words in a sentence ("El club habló …", "… en nombre de
 * la Cooperativa el abogado …"), so they make a name only capitalized, first or last (`MORE_KIND_NAMED`); in lower case
 * they are a kind word that refers to the body (`KIND_WORD`).
 */
// Round 65: a school ("… Sailing School", "Escuela de …", "École de …"), as a club is; a citizens' oversight body of Spanish America ("Veeduría …").
const MORE_KINDS = ["school", "escuela", "ecole", "veeduria", "club", "cooperative", "cooperativa", "confederation", "confederacion", "brotherhood", "hermandad", "cofradia", "confrerie", "grupo", "groupe"];
// Round 55: in a letterhead's capitals too ("COOPERATIVA DE …").
const MORE_KIND_WORDS = MORE_KINDS.flatMap((k) => [k[0]!.toUpperCase() + k.slice(1), k.toUpperCase()]).join("|");
const MORE_KIND_NAMED = new RegExp(`^(?:(?:The|La|El|Le|L')\\s*)?(?:${MORE_KIND_WORDS})(?![\\p{L}])|(?<![\\p{L}])(?:${MORE_KIND_WORDS})$`, "u");
/** A photo's credit ("Photo © … Camera Club", "Foto: …"): a club named there took the picture, it does not speak; nor does a working group of the Conference. */
const CREDIT = /©|^(?:photo|foto|credit|cr[eé]dit|cr[eé]dito)s?\b|^(?:el\s+|le\s+)?(?:grupo de trabajo|groupe de travail)\b/iu;

// Round 23: "Casa" and "Maison" open the names of shelters and houses of welcome ("Casa …", "Maison …"), never a person's.
// Round 42: a legal aid office called a bureau ("… Legal Bureau", "… Legal Aid Bureau", "… Advice Bureau"); "bureau" alone is a board.
// Round 44: a trade union in Spanish and French ("Sindicato de …", "Syndicat des …").
// Round 45: every kind of body of `body-words.ts`, and the other words a body's name holds.
// Round 51: a chamber of commerce or of trades ("Chamber of …", "Chambre de …", "Cámara de …"; "Camara" alone is a surname).
// Round 54: a legal aid office by the names Latin America and West Africa give it ("Consultorio Jurídico …", "Boutique de droit …").
// Round 56: a confederation of trade unions ("Centrale syndicale …", "Central sindical …"; "central" alone is no body).
// Round 59: a guild in French and Spanish ("Guilde des …", "Gremio de …"), as in English.
const ORG_WORDS = new RegExp(
  `\\b(?:${[...ENGLISH_KINDS, ...FRENCH_SPANISH_KINDS, ...COUNCIL_KINDS, "casa", "maison", "iniciativa", "societe", "sociedad", "organi[sz]ation", "organisation", "organizacion", "regroupement", "groupement", "collaborative", "fund", "fonds", "fondo", "committee", "comite", "guild", "guilde", "gremio", "circle", "cercle", "circulo", "corporacion", "university", "universite", "universidad", "academy", "clinique", "clinica", "project", "projet", "proyecto", "programme", "action", "accion", "watch", "vigie", "international", "internacional", "ngo", "ong", "commission", "comision", "associacao", "fundacao", "organizacao", "coletivo", "movimento", "comissao", "sociedade", "projeto", "(?:legal|law|aid|advice|rights) bureau", "chamber of", "chambre de", "camara de", "consultorios? juridicos?", "boutiques? (?:juridiques?|de droit)", "centrale syndicale", "central sindical"].join("|")})\\b`,
);
// Round 35: health workers' offices ("outreach nurse", "infirmière", "enfermera", "midwife", "médecin").
// Round 25: a role word written with its prefix in one word ("Vicepresidente", "subdirectora", "cofundador") is one too.
const ROLE_WORDS =
  /\b((?:vice|sub|co)(?:president[ea]?|director[a]?|directeur|directrice|coordinador[a]?|coordinat(?:or|eur|rice)|fundador[a]?|founder|fondat(?:eur|rice))|director|directora|directeur|directrice|ceo|president|presidente|presidenta|presidente|chair|chairperson|chairman|chairwoman|chairlady|coordinator|coordinador|coordinadora|coordinateur|coordinatrice|coordonnateur|coordonnatrice|convenor|convener|spokesperson|portavoz|vocero|vocera|porte-parole|officer|oficial|executive|ejecutiv[oa]|executif|executive|founder|fundador|fundadora|fondateur|fondatrice|head|jefe|jefa|manager|gerente|researcher|investigador|investigadora|chercheur|chercheuse|professor|profesor|profesora|professeur|secretary|secretario|secretaria|secretaire|advocate|adviser|advisor|asesor|asesora|conseiller|conseillere|lawyer|abogado|abogada|avocat|avocate|specialist|especialista|specialiste|lead|representative|representante|representant|fellow|analyst|analyste|analista|charge|chargee|responsable|juriste|member|miembro|membre|programme|program|programa|legal|policy|senior|deputy|vice|delegate|delegue|deleguee|delegado|delegada|volunteer|trustee|chaplain|aumonier|capellan|benevole|voluntari[oa]|promotor|promotora|promoter|promoteur|promotrice|paralegal|counsellor|counselor|consejer[oa]|educator|educadora|educador|educateur|educatrice|facilitator|facilitadora|facilitador|animateur|animatrice|organi[sz]er|activist|activista|militante|trainer|formateur|formatrice|formador|formadora|commissioner|commissaire|comisionad[oa]|defensora|defensor|defender|defenseure?|treasurer|tresorier|tresoriere|tesorer[oa]|registrar|registrador[a]?|greffier|greffiere|consultant|consultante|consultor|consultora|mediator|mediateur|mediatrice|mediador|mediadora|assistant|assistante|asistente|social worker|(?:outreach|community|case|youth|support|field|health|peer) worker|caseworker|travailleu(?:r|se) social(?:e)?|trabajador(?:a)? social|psychologist|psychologue|psicolog[oa]|journalist|journaliste|periodista|attorney|barrister|solicitor|rapporteur|rapporteure|rapporteuse|relator|relatora|focal point|point focal|punto focal|leader|lider|lideresa|campaigner|intern|stagiaire|pasante|ambassador|ambassadeur|ambassadrice|embajador|embajadora|associate|counsel|monitora|moniteur|monitrice|parajuriste|parajurista|operador|operadora|intervenante? sociale?|dirigente|supervis(?:or|ora|eur|euse)|nurse|midwife|infirmier|infirmiere|enfermer[oa]|sage-femme|partera|physician|medecin)\b/;
// "la Dra.", "el Sr.": Spanish and French by-lines put an article before the title.
// "Me" is the French Maître (lawyers and notaries); "Dre" and "Pr" are the French doctor and professor.
// "Adv." (advocates), "Hon.", "Rev.", "Justice (Rtd.)" before a judge's name.
// Round 35: "Barrister"/"Barr." and "Engr." before a name (Nigerian and Ghanaian by-lines), a title as "Atty." is.
// "Atty." (Philippine attorneys), "Hna."/"Hno." and "Sor" (religious sisters and brothers), "Maître", "Madame", "Señora" spelled out.
// Italian and Portuguese titles ("Avv.", "Dott.", "Dott.ssa", "Sig.ra", "Dra."), round 12.
// Round 19: the Spanish "D." (don) before a name of two words or more ("Don" alone is also a first name).
// Round 20: "hermana"/"hermano" and "frère" spelled out ("Toma la palabra la hermana X, …").
// Round 46: "Reverend" spelled out, and a cathedral canon's title after it ("Reverend Canon NAME"); "joven" before a young
// speaker's name in Spanish ("a cargo del joven NAME, vocero …"), as "hermana" is.
// Round 49: "Br." (brother) and "Esc." (escribano, a notary); a religious's title after "Reverend" ("Reverend Sister NAME");
// "la compañera NAME", "le camarade NAME", as a union's by-line calls its member.
// Round 50: "Canon" alone before a cleric's name (not only after "Reverend"), and "Khun", the Thai courtesy title.
// Round 54: "Bro." (a brother, as "Br."), and "Comrade"/"Cde." before a union member's name, as "camarade" is.
// Round 60: the academic and professional titles of Spanish America, "Mag."/"Magíster" and "Arq."/"arquitecta" (with their dot: "Mag" may be a name).
// Round 65: the Spanish "P." (padre) before a name of two words or more, as "D." is, and "Pbro."/"Presbítero" (a priest).
/**
 * Round 69: the titles of address of the world's languages, by kind, beside the old list. A word that is also a name
 * ("Lord", "Chief", "Elder", "Lady", "Nana", "Sayyid") is a title only before two more name tokens (`TWO`). Left out as parts of the
 * name: "Cheikh"/"Cheick" (a given name in West Africa, blind 9) and the Fijian "Ratu" (kept in blind 51's label).
 */
const TWO = String.raw`(?=\s+\S+\s+\S)`;
const TITLES_69 = {
  // Religious: Christian, Muslim, Jewish, Hindu and Buddhist clergy and religious, in EN/FR/ES.
  religious: ["bishop", "archbishop", "cardinal", "monsignor", "msgr", "mgr", "monseigneur", "monse[ñn]or", "mons(?=\\.)", "deacon", "deaconess", "diacre", "di[áa]cono", "rabbi", "sheikh", "shaykh", "sheik", "sheikha", "shaikha", "ustadh", "ustaz", "ustadha", "ustad", "mufti", "maulana", "mawlana", "ayatollah", "swami", "bhante", "ajahn", "reverendo", "reverenda", "r[ée]v[ée]rend", "pasteure", "apostle", "evangelist", `(?:mother|mère|madre|lama|prophet|elder|deaconess)${TWO}`],
  // Nobility and honours.
  nobility: ["dame", "sir", "baroness", "countess", "duchess", String.raw`rt\.?\s*hon(?:ourable)?`, "right honourable", "honourable", "honorable", "hon'ble", `(?:lord|lady|prince|princess|the hon)${TWO}`],
  // Chiefs and elders (African and Pacific forms, Malay honours).
  chiefs: ["paramount chief", "high chief", "togbe", "kgosi", "inkosi", "datuk", "dato'?", "datin", "tan sri", "puan", "encik", `(?:chief|oba|nana|tuan|baba|mama|mallam|malam|bwana|ndugu|mheshimiwa)${TWO}`],
  // Academic and professional; the neutral and courtesy forms (EN/FR/ES).
  professional: ["mx", "mister", "madam", "mademoiselle", "se[ñn]orita", "docteur", "doctoresse", "ingeniera", "licenciado", "licenciada", String.raw`assoc\.?\s*prof`, "eng(?=\\.)", "judge"],
  // Arabic and South Asian forms.
  arabic: ["hajj", "haj", "hajja", "hajji", "duktur", `(?:sayyid|sayyida)${TWO}`],
  southAsian: ["kumari", "sushri", "janab", "thiru", "thirumathi", "pandit", `(?:begum|selvi|sardar)${TWO}`],
};
const TITLE_WORDS_69 = Object.values(TITLES_69).flat().join("|");
const HONORIFIC = new RegExp(String.raw`^(?:(?:la|el|le)\s+)?(?:${TITLE_WORDS_69}|avv|avv\.ta|dott|dott\.ssa|sig|sig\.ra|dr|dre|mr|mrs|ms|miss|prof|pr|mme|mlle|me|m|sr|sra|srta|dra|lic|licda|licdo|lcda|lcdo|abg|abog|mtro|mtra|mgtr|mgter|msc|dña|doña|ing|ingenier[oa]|mag(?=\.)|mag[ií]ster|arq(?=\.)|arquitect[oa]|adv|atty|hna|hno|hermana|hermano|sor|soeur|sœur|fr[eè]re|sister|brother|fr|ma[iî]tre|madame|monsieur|se[nñ]ora?|hon|rev(?:erend)?(?:\.?\s+(?:canon|sister|brother|father|fr|sr))?|br|bro|esc|canon|khun|compa[ñn]er[oa]|camarade|comrade|cde|joven|capt|captain|capitaine|capit[aá]n|professeure?|professor|profesora?|justice(?:\s*\(rtd\.?\))?|h\.?e|d\.?ª|d\.(?=\s+\S+\s+\S)|p\.(?=\s+\S+\s+\S)|pbro|presb[ií]tero|padre|père|father|pasteur|pastora?|don(?=\s+\S+\s+\S+\s+\S)|commander(?:\s*\(retd?\.?\))?|imam|venerable|ven(?=\.)|abb[eé]|fray|fra|licenciad[oa]|doctora|doctor|barrister|barr|engr|advocate|councill?or|cllr|alderman|alderwoman|concejala?|hajia|hajiya|alhaji|alhaja|hadja|shri|shrimati|smt|sri|srimati|maestr[oa](?=\s+\S+\s+\S)|mwalimu(?=\s+\S+\s+\S)|apu(?=\s+\S+\s+\S)|tata(?=\s+\S+\s+\S)|mzee(?=\s+\S+\s+\S))\.?\s+`, "i");
/**
 * Round 69: any short abbreviation with its period before a full name ("Rev.", "Fr.", "Lic.", "Abg.", "Dra.", "Ing."):
 * a capital and one to three small letters, then at least two capitalized tokens. Not an initial (one letter), nor an
 * abbreviated given name ("Ma." María, "Md."/"Mohd."/"Muh." Muhammad, "Wm.", "Jas.", "Chas.", "Thos.", "Geo.") nor "St.".
 */
const ABBREV_TITLE = /^(?!(?:Ma|Md|Mohd|Muh|Mhd|Mu|St|Ste|Sta|Wm|Jas|Chas|Thos|Geo|Jno|Edw|Jr)\.)\p{Lu}\p{Ll}{1,3}\.\s+(?=\p{Lu}[\p{L}'’-]*\s+(?:\p{Ll}{1,3}\s+)?\p{Lu})/u;
/** A title of address opens `s` (the listed words, or a short abbreviation with its period). */
const isTitled = (s: string) => HONORIFIC.test(s) || ABBREV_TITLE.test(s);
/** `s` without the titles that open it (two at most: "Rev. Dr. NAME", "Prof. Dr. NAME"). */
const dropTitles = (s: string) => {
  let v = s;
  for (let k = 0; k < 2; k++) v = v.replace(HONORIFIC, "").replace(ABBREV_TITLE, "");
  return v;
};
// Round 39: "mint" and "ould" (daughter and son of, in Hassaniya names), "ag" (son of, in Tuareg names).
const NAME_PARTICLES = new Set(["de", "da", "das", "do", "dos", "van", "von", "der", "del", "della", "la", "le", "du", "bin", "bint", "al", "el", "ben", "y", "e", "ibn", "mint", "ould", "ag"]);
/**
 * Words never in a person's name (whole words of the folded text), by why: a capitalized run holding one is not a name.
 */
const NOT_NAME_WORDS = [
  // The occasion, its texts and its addressees: a title or heading line ("Statement to the Constructive Dialogue").
  "statement", "declaration", "declaracion", "intervention", "intervencion", "dialogue", "dialogo", "constructive",
  "constructif", "constructivo", "convention", "untoc", "unodc", "united", "nations", "trafficking", "smuggling",
  "persons", "migrants", "firearms", "segment", "session", "meeting", "thank", "proposal", "recommendation", "member",
  "states", "delegates", "excellenc", "chair", "ambassador", "ambassadeur", "ambassadrice", "embajador", "embajadora",
  "transcript", "transcription", "transcripcion", "unofficial", "verbatim", "excerpt",
  // Words that join or make an organization's name ("Mothers Against Silence", "Action for Children", "Mujeres por la
  // Justicia").
  "against", "for", "and", "with", "without", "the", "of", "women", "children", "girls", "youth", "workers", "rights",
  "contre", "pour", "avec", "sans", "femmes", "enfants", "droits", "contra", "por", "para", "con", "sin", "mujeres",
  "ninas", "ninos", "derechos",
  // Round 33: a pronoun or a question word ("What We Do Anyway", "Who We Are", "Ce Que Nous Demandons", "Quiénes Somos",
  // a handout's or an FAQ's heading in capitals).
  "what", "who", "why", "how", "where", "when", "which", "we", "our", "us", "you", "your", "they", "qui", "quoi",
  "pourquoi", "comment", "nous", "notre", "nos", "vous", "votre", "quienes", "quien", "como", "donde", "cuando",
  "nosotros", "nosotras", "nuestr[oa]s?", "somos", "hacemos", "pedimos",
  // Round 37: a body named by its members or its work in the plural ("… Civic Monitors", "… Gun Registry Monitor").
  "monitors", "observers", "watchers", "defenders", "volunteers", "survivors", "fishers", "fishermen", "farmers",
  "growers", "families", "mothers", "registry", "sangha",
  // Round 54: the same in French and Spanish ("Mères de …", "Madres de …", "Familles de …").
  "meres", "madres", "peres", "padres", "familles", "familias",
  // Round 38: a body named by what it does or is, with no body word the organization tables know ("… Justice Desk",
  // "… Rescue Solidarity", "Solidaridad …", "… Helpdesk"); round 43: a community ombuds office ("Defensoría …"), a body
  // of advocates ("… Ferry Advocates").
  "desk", "helpdesk", "solidarity", "solidarite", "solidaridad", "solidariedade", "rescue", "sauvetage", "rescate",
  "helpline", "hotline", "pastoral", "defensoria", "advocates", "peacemakers", "paralegals",
  // Round 46: a web page's navigation bar above the text ("Menu  Search  EN | …").
  "menu", "search", "login", "subscribe", "donate",
  // Round 51: a unit or a team signing or heading a text ("… — Ferry Welcome Office", "Equipo ABC", "Press Team").
  "office", "oficina", "team", "equipo", "equipe",
];
/** One of `NOT_NAME_WORDS`, or a plural possessive before a space (round 37: "… Survivors' Sangha", "Growers' …"). */
const NOT_NAME = new RegExp(`(?<![\\p{L}\\d_])(?:${NOT_NAME_WORDS.join("|")})(?![\\p{L}\\d_])|(?<![\\p{L}'-])\\p{L}+s'(?=\\s)`, "u");
/** An addressee ("H.E. …", "À Son Excellence …", "To His Excellency …", "Dear …", "To: …") or a photo caption ("Photo: …", "Credit: …") is never the speaker. */
const NOT_SPEAKER_LINE = /^[[(]?\s*(?:(?:(?:a|to|al|a la|aux?)\s+)?(?:h\.\s?e\.?(?:\s|$)|(?:son|sa|leurs?|su|sus|his|her|their|your|vos|votre)\s+(?:excellenc|majest|altesse|alteza|highness)|s\.\s?e\.?(?:\s|$)|excellency|excellence|excelencia|excelentisim|monsieur le president|madame la presidente|(?:el )?senor presidente|(?:la )?senora presidenta|(?:mr|madam) (?:chair|president)\b)|dear\b|to\s*:|attn|attention\b|a l'attention|cher\b|chere\b|estimad[oa]s?\b|excelentisim|a la atencion|atencion\s*:|cc\s*:|photo|foto|credit|credito|image|picture|caption|source\s*:|©|(?:media|press|communications?)\s+contacts?\b|contacts?\s+(?:presse|media|medias|de prensa|prensa)\b|contacto\s+(?:de\s+)?(?:prensa|medios)\b|note-?taker|prepared for\b)/;

// Round 35: "NGO"/"ONG" name a body in capitals only: "Ngo" and "Ong" in title case are parts of people's names ("Me Aline Ngo Mbella", "Mr Ong").
// Round 43: South Asian words for a body ("… Nari Kendra", "… Sahayak Sanstha", "… Samiti"), only ending the name: "Kendra" is a first name too.
const ORG_WORD_LAST = /(?<![\p{L}])(?:sanstha|sansthan|samiti|kendra|sangathan|sangathana|parishad)$/u;
export const isOrgName = (s: string) => (ORG_WORDS.test(fold(s.replace(/(?<![\p{L}])(?:Ngo|Ong)(?![\p{L}])/gu, ""))) || (MORE_KIND_NAMED.test(s.normalize("NFD").replace(/\p{M}/gu, "").trim()) && !CREDIT.test(s.trim())) || ORG_WORD_LAST.test(fold(s.trim()).toLowerCase())) && s.length <= 150 && !/\d{3}/.test(s);
// Round 21: "monitor" in lower case ("peace monitor", "election monitor"); in a name's title case it is the body's ("… Election Monitor").
export const isRole = (s: string) => (ROLE_WORDS.test(fold(s)) || ROLE_WORDS_31.test(fold(s)) || ROLE_WORDS_53.test(fold(s)) || /(?<![\p{L}])monitor(?![\p{L}])/u.test(s) || bodyOffice(s)) && s.length <= 120;
/**
 * Round 51: an office named by the body it is held in, one word after "of the" ("Master of the Guild", "Warden of the
 * Society"): a role, though its title is no role word of the tables (a guild's or a society's own offices).
 */
const bodyOffice = (s: string) => {
  const m = /^(?:\p{Lu}\p{Ll}+\s+){1,2}of the\s+(\p{Lu}\p{Ll}+)$/u.exec(s.trim());
  return m !== null && ORG_WORDS.test(fold(m[1]!).toLowerCase());
};
// Round 31: a mentor, and a monitor named by the field of the work in title case ("Field Monitor", "Peace Monitor";
// not "Election Monitor", which names a body).
const ROLE_WORDS_31 = /\b(?:mentor|mentora|mentore|(?:field|peace|community|project|programme|program|senior|chief|lead|protection|gender) monitor)\b/;
// Round 53: the offices of guilds, brotherhoods, churches and clubs, signed under or after a name ("Moderator", "Warden",
// "Trail Captain", "grand gardien", "son doyen"): no role word of the tables above, and a signature's role line was lost.
// Round 56: a club's or school's instructor ("our chief instructor, NAME").
const ROLE_WORDS_53 = /\b(?:instructor|instructora|instruct(?:eur|rice)|moderator|moderadora?|moderat(?:eur|rice)|warden|captain|capitaine|capitana?|guardian|gardien(?:ne)?|guardiana?|steward|dean|doyen(?:ne)?|decana?)\b/;

/**
 * Round 67: letters after a name (honours, degrees, offices: "NAME OBE", "NAME, PhD", "NAME KC", "NAME MSc FRSA"), one or
 * several, commas or not: never part of the name. Capitals only as written; "MA", "BA" left out (surnames in capitals).
 */
export const POST_NOMINALS = /(?:,?\s+(?:Ph\.?\s?D|D\.?\s?Phil|M\.?\s?Phil|M\.?\s?Sc|B\.?\s?Sc|D\.?\s?Sc|Ed\.?\s?D|LL\.?\s?[BMD]|MBA|MP[AH]|MD|JD|Esq|[GKD]?CMG|[GKD]BE|[OCM]BE|[KD]?CVO|[LM]VO|KCB|K\.?C|Q\.?C|SC|JP|MP|MSP|MLA|MEP|FRS[AE]?|FRC[PS]|FBA|FREng|FAcSS)\.?)+$/u;

/** A person's name: two to five capitalized words (particles allowed), an honorific dropped. */
export function personName(s: string): string | null {
  // Round 53: two titles in a row ("Rev. Dr. NAME", "Prof. Dr. NAME") are both dropped.
  const value = dropTitles(s.trim().replace(/[,;]$/, "")).replace(POST_NOMINALS, "").trim();
  const words = value.split(/\s+/);
  if (words.length < 2 || words.length > 5 || value.length > 60) return null;
  if (NOT_NAME.test(fold(value)) || isOrgName(value) || isRole(value)) return null;
  // Round 47: "From July, the network will …" opening a sentence: a time, never a name.
  if (/^(?:from|since|until|by|in|depuis|des|desde|hasta)$/i.test(fold(words[0]!)) && words.slice(1).some((w) => monthNumber(w) > 0)) return null;
  // A place is never a person: "Statement of Kenya", "Nairobi Office", "Vienna International Centre".
  // A surname that is also a city ("Ana Torres Lagos") is not a place: the first word of a longer name is not one.
  // Round 51: nor a longer name whose first word alone is the place ("Jordan", "Georgia", "Florence" are given names too).
  const place = (x: string) => findCountry(x) !== null || findCityCountry(x) !== null || isDutyStation(x);
  const givenPlace = words.length >= 3 && place(words[0]!) && !place(words[1]!) && !isDutyStation(words.slice(0, 2).join(" "));
  if (words.length <= 2 ? place(value) : (place(words.slice(0, 2).join(" ")) && !givenPlace) || isDutyStation(value)) return null;
  // "al-Rashid", "d'Almeida", "ibn-Sina": a particle joined to a capitalized name.
  const ok = words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|da|de|di|d|l)[-'’]\p{Lu}[\p{L}'’.-]*$/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}[-'’]\p{Lu}/u.test(w)).length;
  return ok && capitals >= 2 && !/^\p{Lu}+$/u.test(words.join("").replace(/[^\p{L}]/gu, "")) ? value : null;
}

const SMALL = new Set(["for", "of", "and", "the", "on", "in", "against", "to", "de", "des", "du", "la", "le", "les", "et", "pour", "en", "del", "y", "el", "los", "las", "por", "para", "contra", "contre", "sur", "aux", "au"]);

/** "CENTRE for GOVERNANCE RESEARCH" → "Centre for Governance Research"; mixed case is kept. */
export function organizationCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (letters.length === 0 || upper / letters.length < 0.7) return name.trim();
  return name
    .trim()
    .split(/\s+/)
    // Round 41: the Spanish "Sur" after "del", "el" ("Red … del Sur") is the south, not the French "sur".
    .map((w, i, all) => (i > 0 && SMALL.has(w.toLowerCase()) && !(w.toLowerCase() === "sur" && /^(?:del|el)$/i.test(all[i - 1]!)) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(" ");
}

/** The words of a name, accents folded and an elided article dropped ("d'action" → "action"). */
function nameWords(name: string): string[] {
  return fold(name)
    .replace(/[’‘]/g, "'")
    .split(/[\s-]+/)
    .map((w) => w.replace(/^(?:d|l|qu)'/, "").replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
}

/**
 * Whether `acronym` abbreviates `name`: its initials, with or without the small words (CGR, YACE
 * for "Youth Against Crime Example", RACTAO for "Réseau d'action contre les trafics en Afrique de
 * l'Ouest"), some small words kept and others left out ("Lakes Alliance against the Arms Trade" →
 * LAAAT), a hyphenated word giving one letter or one per part ("Light-weapons", "nord-andine"), or
 * syllables, the start of each of its first significant words in turn (REDALTE for "Red Andina de
 * Lucha contra la Trata y la Explotación").
 */
export function acronymFits(name: string, acronym: string): boolean {
  const a = acronym.toUpperCase().replace(/[^A-Z]/g, "");
  const words = nameWords(name);
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  const big = initials(name);
  if (a.length < 2) return false;
  if (a === all || a === big || (a.length >= 3 && (all.startsWith(a) || big.startsWith(a)))) return true;
  if (a.length >= 3 && mixedInitials(a, name)) return true;
  // Round 18: the articles and prepositions an acronym may leave out are skipped there too ("a", "con", "sobre").
  if (a.length >= 4 && syllables(a.toLowerCase(), words.filter((w) => !OPTIONAL.has(w)), 0)) return true;
  // Round 21: a small word written with a capital is a word of the name ("Arrieros Para Todos", where "para" is a small word).
  const capitalized = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => nameWords(w)[0]).filter((w): w is string => w !== undefined);
  return a.length >= 4 && capitalized.some((w) => OPTIONAL.has(w)) && syllables(a.toLowerCase(), words.filter((w) => !OPTIONAL.has(w) || capitalized.includes(w)), 0);
}

/**
 * The words of `text` an acronym stands for: the first run of words, starting with a capital and
 * ending with a significant word, whose initials are exactly the acronym ("l'Association des juristes
 * du Lac" for AJL), and that names an organization. Null when the text never writes it out.
 */
export function expandAcronym(acronym: string, text: string): string | null {
  const a = acronym.toUpperCase();
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!.replace(/^[«“"(]*(?:[LlDd]['’])?/, "");
    if (!/^\p{Lu}\p{Ll}/u.test(first)) continue;
    const run = [first];
    for (let k = i + 1; k < Math.min(words.length, i + 12); k++) {
      const last = run.at(-1)!;
      if (/[,.;:!?)»”"]$/.test(last) || last.includes("(")) break;
      run.push(words[k]!);
      const name = run.join(" ");
      const tail = words[k]!.replace(/[,.;:!?)»”"]+$/, "");
      if (!/^\p{L}/u.test(tail) || SMALL.has(fold(tail)) || OPTIONAL.has(fold(tail))) continue;
      const clean = name.replace(/[,.;:!?)»”"]+$/, "");
      const all = nameWords(clean).map((w) => w[0]!.toUpperCase()).join("");
      const fits = (x: string) => a === nameWords(x).map((w) => w[0]!.toUpperCase()).join("") || a === initials(x) || mixedInitials(a, x);
      if (fits(clean) && isOrgName(clean)) {
        // "Le Collectif … (ABC)": the article opening the sentence is not part of the name, unless the acronym needs it.
        const bare = clean.replace(/^(?:the|le|la|les|el|los|las)\s+(?=\p{Lu})/iu, "");
        return bare !== clean && fits(bare) ? bare : clean;
      }
    }
  }
  return null;
}

/** Articles and prepositions an acronym may keep or leave out, each on its own ("una", "contre", "of"). */
// Round 21: "dans" too ("Collectif pour la paix dans la région" → CPR).
const OPTIONAL = new Set([...SMALL, "a", "an", "un", "una", "une", "at", "with", "by", "from", "sur", "sobre", "con", "avec", "entre", "l", "d", "dans"]);

/** `a` is the initials of the words of `name` in order, every significant word giving one (or one per hyphenated part), small words optional. */
function mixedInitials(a: string, name: string): boolean {
  const words = fold(name)
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^(?:d|l|qu)'/, "").replace(/[^a-z0-9-]/g, ""))
    .filter((w) => /[a-z0-9]/.test(w));
  const options = words.map((w) => {
    const parts = w.split("-").filter(Boolean);
    const one = parts[0]![0]!.toUpperCase();
    const each = parts.map((x) => x[0]!.toUpperCase()).join("");
    const choices = new Set([one, each]);
    // Round 25: an "ex-" word may give its X ("Exchange", "Express": CTX for "Coastal Traders Exchange").
    if (/^ex[a-z]{3,}$/.test(w)) choices.add("X");
    // Round 26: "cross" as a word or the first part of one may be written X ("Cross-border": X or XB), as in "XC" for cross-country.
    if (parts[0] === "cross") (choices.add("X"), choices.add(`X${each.slice(1)}`));
    if (OPTIONAL.has(w)) choices.add("");
    return [...choices];
  });
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    if (i === options.length) return j === a.length;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const ok = options[i]!.some((c) => a.startsWith(c, j) && go(i + 1, j + c.length));
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** `a` is made of a non-empty start of each word from `words[i]` on, at least three words, no word skipped. */
function syllables(a: string, words: string[], i: number): boolean {
  if (a.length === 0) return i >= 3;
  const word = words[i];
  if (!word) return false;
  for (let n = Math.min(word.length, a.length); n >= 1; n--) if (word.startsWith(a.slice(0, n)) && syllables(a.slice(n), words, i + 1)) return true;
  return false;
}

/** Letters that make an acronym of `name` ("Centre for Governance Research" → CGR). */
export function initials(name: string): string {
  return nameWords(name)
    .filter((w) => !SMALL.has(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

// Round 18: "delivered in <place> on <date> by", "Submitted on <date> by", "Delivered: <date> by", "delivered orally by",
// "prononcée à … par", "presentada en … por"; "Toma la palabra", "prend la parole", "takes the floor" before the name.
// Round 19: "Interviene la Lic. X, Role", "Intervient M. X, Role": the Spanish and French "speaks" opening a by-line.
// Round 20: "Reply given from the floor by X, Role" (an answer in a dialogue's interactive part).
// Round 21: "On the floor for ABC: X (Role)", "Habla en nombre del Grupo: X, role", "Speaking for the Network: X": whom for, then a colon;
// "par la voix de Mme X, role", "por la voz de X": the French and Spanish "through the voice of".
// Round 51: "Intervino: NAME, role" at the foot of a text, the verb as a label before a colon.
// Round 23: "Our speaker today is Dr X, the network’s coordinator.", "Notre oratrice aujourd'hui est Mme X, …", "Nuestra
// oradora de hoy es X, …": a sentence that names the speaker by the word for one, before the name.
const BY =
  /(?:\b(?:par la voix de|por (?:la )?voz de)|^(?:our|notre|nuestr[oa]) (?:speaker|speakers|orateur|oratrice|intervenant|intervenante|orador|oradora|ponente|portavoz|porte-parole|spokesperson)(?: (?:today|this (?:morning|afternoon|evening)|for (?:this|today's) (?:dialogue|session|meeting)|aujourd'hui|ce matin|cet apres-midi|de ce jour|hoy|de hoy|esta (?:manana|tarde)|en este dialogo))?,? (?:is|will be|est|sera|es|sera)(?= \S+ \S)|^(?:by|par|por|interviene|intervient|intervino|hablo)(?=\s*:?\s+\S+\s+\S)|^(?:on the floor|speaking|taking the floor|habla|hablando|interviene|toma la palabra|parle|intervient|prend la parole) (?:for|on behalf of|au nom d[eu]s?|au nom de l'|pour|en nombre del?|por) [^:,]{2,60}?(?=\s*:)|\b(?:delivered by|presented by|statement by|statement delivered by|(?:speaking|talking) (?:notes?|points) (?:for|of)|notes? d'intervention (?:pour|de)|notas? de intervencion (?:para|de)|speaker (?:for|of|from|representing|pour|de|del|por) [^:,]{2,60}?(?=\s*:)|speaker|speech by|remarks by|remarks of|submitted by|prepared by|intervention by|(?:comments|remarks|statement|intervention)? ?(?:given|made|read|spoken) by|(?:reply|answer|response|comments|remarks|statement|intervention)? ?(?:given|made|read|delivered|spoken) from the floor by|(?:read|delivered|presented|given|submitted|sent|spoken)(?: orally| online| virtually| in person)?(?: (?:on|at|in|for) [^,;:]{3,50}?|: [^,;:]{3,30}?) by|(?:read|delivered|presented|given)(?: orally| online| virtually| in person)?(?: on [^,;:]{3,30}?)? at (?:the )?[^;:]{0,40}?\b(?:dialogue|session|conference|meeting)\b[^;:]{0,100}?,? by(?= \S+ \S)|(?:prononcee?|presentee?|lue?|envoyee?|soumise?) (?:a|au|le|en) [^,;:]{3,50}? par|(?:presentad[oa]|pronunciad[oa]|leid[oa]) en (?:el |la )?[^;:]{0,40}?\b(?:dialogo|sesion|reunion|conferencia)\b[^;:]{0,100}?,? por(?= \S+ \S)|(?:prononcee?|presentee?|lue?) (?:au|a la|lors du|lors de la|pendant le|pendant la) [^;:]{0,40}?\b(?:dialogue|session|seance|reunion|conference)\b[^;:]{0,100}?,? par(?= \S+ \S)|(?:porte-parole|spokesperson|portavoz|vocer[oa]) (?:a|in|en) [a-z-]{3,30}(?=\s*:)|(?:presentad[oa]|pronunciad[oa]|leid[oa]|enviad[oa]) (?:en|el) [^,;:]{3,50}? por|(?:delivered|presented|read|given) (?:orally|online|virtually|in person) by|toma la palabra|tiene la palabra|prend la parole|takes the floor|has the floor|presentee? par|prononcee? par|expos[e]e? par|expuest[oa] por|set out by|intervention d[eu]|intervenant|intervenante|presentad[oa] por|pronunciad[oa] por|leid[oa] por|lue? par|a lire par|to be (?:read|delivered|presented) by|(?:para|a) (?:ser )?(?:leid[oa]|pronunciad[oa]) por|(?:para|a) leer por|intervencion del?|a cargo del?|habla|presenta|presenter|presentador|presentadora|presentateur|presentatrice|orador|oradora|ponente|expositor|expositora|porte-parole|spokesperson|portavoz|vocer[oa]|orateur|oratrice))\s*[:–—-]?\s+(.+)$/i;

/** A title naming a person: "Déclaration de M. X, Secrétaire exécutif", "Statement of Dr X, Director". */
// "Comments of Dr X, Role", "Comentarios de la Dra. X, coordinadora …", "Message de Mme X, …": a kind of address, then whose.
const TITLE_PERSON = /^(?:prise de parole|statement|oral statement|declaration|declaracion|intervention|intervencion|discours|discurso|remarks|words|palabras|allocution|mots|comments|commentaires|comentarios|observations|observaciones|message|mensaje|presentation|presentacion|expose|exposicion) (?:by|of|de|del|du|d')\s*(.+)$/i;

/** "… au nom de la Coalition … par Mme Aminata X, Coordinatrice", "… by Ms. X, Director": a by-line with an honorific. */
const BY_HONORIFIC = /\b(?:by|par|por)\s+((?:(?:la|el|le)\s+)?(?:dr|dre|mr|mrs|ms|miss|prof|pr|mme|mlle|me|m|sr|sra|srta|dra|atty|hna|hno|ma[iî]tre)\.?\s+\p{Lu}.+)$/iu;

/** Round 67: how a statement was read from afar, between the verb and its reader ("by video", "online", "en visioconférence", "por videollamada"), folded. */
const READ_MANNER = String.raw`(?:(?:by|via|over|on|par|en|por|via|mediante)\s+(?:a\s+|une?\s+)?(?:video(?:[- ]?(?:link|conference|call|message))?|videoconference|videoconferencia|videollamada|visio(?:conference)?|(?:tele)?phone|telephone|telefono|zoom|teams|webcam|liaison video|enlace de video)|online|remotely|virtually|en ligne|a distance|en linea|a distancia|virtualmente|de forma virtual|en remoto)`;

export type Speaker = { name: string; role: string | null };

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,9}$/u;
// "of", "de la", "del": what joins a role to the organization it is held in.
// "for/with the X Helpline", "pour le Réseau …", "con la Fundación …": the organization one works for (cut only when what follows is one).
// Round 22: "de l’", "à l’", "pour l’" with a typographic apostrophe too (the raw text keeps it; only `fold` makes it straight).
const ROLE_OF = /\s*[,;]?\s*(?<![\p{L}])(?:of the|of|at the|at|for the|for|with the|with|de la|de l['’]|de|du|del|des|au|aux|à la|à l['’]|en la|en el|pour le|pour la|pour l['’]|con la|con el)\s*(?<=\s|['’])(?=[\p{Lu}])/gu;

/**
 * "Director of Small Arms Watch", "Directora de Incidencia de REDALTE", "Executive Director, Women
 * Forward Alliance": the organization (or its acronym) after the role is not part of it. The last
 * "of/de" is tried first, so "de Incidencia" stays in the role.
 */
/** Round 17: a governing body within an organization ("Chair of the Steering Committee", "presidenta de la Junta Directiva"): part of the role, not an organization. */
const GOVERNING_BODY = /^(?:the\s+)?(?:(?:[a-z]+\s+)?(?:board|council|committee|assembly|panel|circle|college) of (?:the\s+)?(?:[a-z]+\s+)?[a-z]+s|(?:conseil|comite|college|cercle) des [a-z]+s|(?:consejo|comite|junta|circulo|colegio) de (?:los\s+|las\s+)?[a-z]+s|(?:executive|steering|advisory|management|scientific|organi[sz]ing)\s+(?:board|committee|council|group)|board(?: of (?:directors|trustees))?|general assembly|conseil d'administration|comite (?:directeur|executif|de pilotage|scientifique)|bureau (?:executif|national)|assemblee generale|junta directiva|consejo (?:directivo|de administracion|asesor)|comite (?:ejecutivo|directivo|asesor)|asamblea general)$/;

function dropOrganization(text: string): string {
  const cuts = [...text.matchAll(ROLE_OF)].reverse().filter((m) => !GOVERNING_BODY.test(fold(text.slice(m.index! + m[0].length).split(/\s*[,;(]/)[0]!.trim())));
  // "investigador principal del Centro de Estudios … Internacional (CEEI)": a name with its fitting acronym is cut whole, not at a later "de".
  for (const m of [...cuts].reverse()) {
    const named = /^(.+?)\s*\(([A-Z][A-Za-z&-]{1,11})\)/.exec(text.slice(m.index! + m[0].length).trim());
    if (named && acronymFits(named[1]!, named[2]!) && isRole(text.slice(0, m.index!))) return text.slice(0, m.index!);
  }
  // Round 31: "coordinatrice du Collectif des Gens de Maison du Littoral": the first preposition before a capitalized kind of body
  // opening a name ("Collectif …", "Network of …") is where the organization begins, though a later "de" opens a name too.
  for (const m of [...cuts].reverse()) {
    const org = text.slice(m.index! + m[0].length).trim();
    const first = org.split(/\s+/)[0]!;
    if (/^\p{Lu}\p{Ll}+$/u.test(first) && KIND_WORD.test(fold(first)) && org.split(/\s+/).length >= 3 && isOrgName(org) && isRole(text.slice(0, m.index!))) return text.slice(0, m.index!);
  }
  for (const m of cuts) {
    const org = text.slice(m.index! + m[0].length).trim();
    // Round 21: "head of the Union's audit panel": a body within the organization, named by its possessive, is part of the role.
    if (/^\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}/u.test(org)) continue;
    // Round 21: the organization called by the kind of body it is, one word, stays after "porte-parole"
    // ("porte-parole du Collectif") and goes after any other role ("secretaria de actas de la Federación").
    if (/^\p{Lu}\p{Ll}+$/u.test(org) && KIND_WORD.test(fold(org))) {
      const before = text.slice(0, m.index!);
      // Round 22: kept, it ends the role; no earlier "de" is then tried ("madre de X y fundadora de la Red").
      return keepsKindWord(before, org) ? text : before;
    }
    // "… portavoz de Madres por la Tierra (MPT)": a name whose acronym beside it fits is the organization's.
    const named = /^(.+?)\s*\(([A-Z][A-Za-z&-]{1,11})\)/.exec(org);
    // Round 51: a body named by one word is cut only when a role is left ("Master" of "Master of the Guild" is none).
    if ((isOrgName(org) || kindNamed(org) || ACRONYM.test(org) || (named && acronymFits(named[1]!, named[2]!))) && (/\s/.test(org) || isRole(text.slice(0, m.index!)))) return text.slice(0, m.index!);
  }
  return text;
}

/** A kind of body, one word: what a role may call the speaker's organization by ("du Collectif", "de la Red", "of the Network"). */
// Besides the kinds of `body-words.ts`, a coordinating body ("de la Coordinadora", "de la Coordination"), which the other lists leave out.
const KIND_WORD = oneOf([...ENGLISH_KINDS, ...FRENCH_SPANISH_KINDS, ...MORE_KINDS, "coordinadora", "coordination"]);

/** Round 21: one word that only says what kind of body it is ("the Network", "du Collectif", "de la Red"): a reference to an organization, never its name. */
export const isKindWord = (word: string) => KIND_WORD.test(fold(word.trim()));

/**
 * Round 21: whether a role keeps the one-word kind of body after it: the French "porte-parole" does,
 * the word it carries is the body's ("porte-parole du Collectif"); any other role does not
 * ("Coordinator of the Alliance" is a coordinator, as the labels of earlier sets have it; the labels
 * disagree on the Spanish "vocera de la …", so it is cut as before).
 */
export function keepsKindWord(role: string, word: string): boolean {
  // Round 22: a founder founded the body and a psychologist practises there: "fundadora de la Red",
  // "psicóloga de la Red" keep it (blind 17's labels), as "porte-parole du Collectif" does.
  // Round 41: a founding member ("membre fondatrice du Collectif", "miembro fundador de la Red") is a member: the body goes, as after any office.
  return KIND_WORD.test(fold(word.trim())) && /^(?:porte-parole|(?:.*\s)?(?:co-?)?(?:founder|fundador|fundadora|fondateur|fondatrice|psychologist|psychologue|psicologo|psicologa))$/.test(fold(role.trim())) && !/(?:^|\s)(?:membre|member|miembro|integrante)\s+(?:co-?)?(?:founder|fundador|fundadora|fondateur|fondatrice)$/.test(fold(role.trim()));
}

/** "…, in a personal capacity", ", à titre personnel", ", a título personal": how one speaks, not a role. */
const CAPACITY = /\s*[,;–—-]?\s*(?:speaking\s+)?(?:in (?:his|her|their|my|a) (?:own|personal|individual) capacity|(?:s'exprimant |intervenant )?(?:à|a) titre (?:personnel|individuel)|(?:hablando |interviniendo )?a t[íi]tulo (?:personal|individual))\b.*$/i;

/** "directora ejecutiva de la Red Andina", "President of the Lake Forum (LF)": the organization after a role, or null. */
export function organizationAfterRole(text: string): string | null {
  if (!isRole(text)) return null;
  const cuts = [...text.matchAll(ROLE_OF)].reverse();
  for (const m of cuts) {
    const before = text.slice(0, m.index!);
    const org = text.slice(m.index! + m[0].length).trim();
    const named = /^(.+?)\s*\(([A-Z][A-Za-z&-]{1,11})\)$/.exec(org);
    if (isRole(before) && (isOrgName(org) || (named && acronymFits(named[1]!, named[2]!)))) return org;
  }
  return null;
}

/** Nouns that say what kind of body a name is, ending an English name ("… Harbour Studies Network") or opening a French or Spanish one ("Red …", "Observatoire …"). */
// A helpline ends a name; a clinic opens one in French and Spanish ("Clínica …", "Clinique …").
const KIND_LAST = oneOf([...ENGLISH_KINDS, "helpline", "hotline"]);
// Round 61: a chamber of trade opens its name with its kind too ("Cámara Argentina de …", "Chambre … des …").
const KIND_FIRST = oneOf([...FRENCH_SPANISH_KINDS, ...SHARED_KINDS, ...COUNCIL_KINDS, "clinica", "clinique", "camara", "chambre"]);

/** A name whose first or last word is a kind of body, even when another word of it is a role's ("Legal", "Policy"): an organization, not part of a role. */
export function kindNamed(text: string): boolean {
  const words = fold(text.trim().replace(/\s*\([^)]*\)$/, "")).split(/\s+/);
  return words.length >= 2 && (KIND_LAST.test(words.at(-1)!) || KIND_FIRST.test(words[0]!));
}

/**
 * Round 12: what a signature line carries after the role is not part of it: a footnote mark
 * ("Associate Professor [1]"), the sentence's full stop, and a postal or web address after it
 * ("Head of Research. Example Org, 12 Long Road, Town"). A stop after a short abbreviation stays.
 */
function roleTail(text: string): string {
  return text
    .replace(/\s*(?:\[\d{1,2}\]|\(\d{1,2}\))(?=\s|$|[.,;])/g, "")
    .replace(/(?<!\p{L})(\p{L}{5,}|\p{Lu}{2,})\.\s+\p{Lu}.*$/u, "$1")
    .replace(/(\p{L}{3,})\.$/u, "$1")
    .trim();
}

/** ", au dialogue constructif sur …", ", at the constructive dialogue …", ", ante el diálogo …": where the role was spoken, not part of it. */
const ROLE_VENUE = /\s*,\s*(?:at|to|before|in|during|au|aux|a|devant|lors d[ue]|ante|al|en|durante)\s+(?:the\s+|la\s+|le\s+|l'|el\s+)?(?:[\p{L}-]+\s+){0,3}?(?:dialogue|dialogo|meeting|session|segment|reunion|seance|sesion|conference|conferencia)\b.*$/u;

/** Round 20: ", following the question of …", ", en réponse à …", ", en respuesta a …": the occasion of a reply after the role. */
const ROLE_OCCASION = /\s*,\s*(?:after|following|in (?:reply|response|answer) to|replying to|answering|apres|suite a|en reponse a|tras|despues de|en respuesta a|respondiendo a)\s+(?:an?|the|une?|la|le|l'|el)?\s*(?:question|questions|request|comment|remarks|intervention|pregunta|preguntas|comentario|intervencion)\b.*$/u;

// Round 43: or with the interpreter or assistant who came along ("coordinatrice, avec son interprète …", "Chair, with her sign language interpreter").
const ROLE_COMPANY = /\s*,\s*(?:(?:(?:and\s+)?accompanied|(?:et\s+)?accompagnee?s?|(?:y\s+)?acompanad[oa]s?)\s+(?:by|de|par|por)\b|(?:with|avec|con)\s+(?:his|her|their|son|sa|ses|leur|su|sus)\s+(?:[\p{L}-]+\s+){0,3}?(?:interpr\p{L}*|assistant\p{L}*|asistente\p{L}*|guide|guia)\b).*$/u;

/**
 * Round 13: what a by-line sets after the role is not part of it: the venue (", au dialogue
 * constructif sur …"), a place and a date after a dash ("coordinator – Town, 9 March 2024"),
 * and the role's translation in a bilingual by-line ("asesora jurídica / legal adviser").
 */
function roleAside(text: string): string {
  const venue = ROLE_VENUE.exec(fold(text));
  if (venue && venue.index > 0) text = text.slice(0, venue.index);
  // Round 20: ", after a question from …", ", in reply to …": when the speaker spoke, not part of the role.
  const occasion = ROLE_OCCASION.exec(fold(text));
  if (occasion && occasion.index > 0) text = text.slice(0, occasion.index);
  // Round 39: ", accompanied by …", ", accompagnée de …", ", acompañada por …": who stood beside the speaker, not part of the role.
  const company = ROLE_COMPANY.exec(fold(text));
  if (company && company.index > 0) text = text.slice(0, company.index);
  // Round 17: a middle dot sets them apart as a dash does ("Protection Officer · Town, 1 July 2031").
  const dash = /\s+[–—·]\s+(.+)$/.exec(text);
  if (dash && dash.index > 0) {
    const tail = dash[1]!;
    const first = tail.split(/\s*[,/]\s*/)[0]!.trim();
    if (findDates(tail).length > 0 || findCountry(first) !== null || findCityCountry(first) !== null || isDutyStation(first)) text = text.slice(0, dash.index);
  }
  // Round 14: "NAME, treasurer, and NAME, legal officer" (two speakers named in one by-line):
  // the first one's role stops before the second's name.
  for (const m of text.matchAll(/\s*,?\s+(?:and|et|y|e|&)\s+/g)) {
    const rest = text.slice(m.index! + m[0].length);
    const next = rest.split(/\s*[,(]\s*/)[0]!;
    // Round 69: a second speaker is set off by a comma or has a role after it; "Head of Outreach and Sea Safety Training" is one office.
    const another = m[0].includes(",") || rest.trim().length > next.trim().length;
    if (m.index! > 0 && another && personName(next) !== null && isRole(text.slice(0, m.index!))) {
      text = text.slice(0, m.index!);
      break;
    }
  }
  const halves = text.split(/\s+\/\s+/);
  if (halves.length === 2 && isRole(halves[0]!) && isRole(halves[1]!)) text = halves[0]!;
  return text.trim();
}

/** Round 17: "legal director of our organization", "coordinatrice de notre réseau", "directora de nuestra fundación": the speaker's own body, named by a possessive, is not part of the role. */
const OF_OURS = /\s*,?\s+(?:of|at|for|with|in|de|du|des|del|dans|en|para|con)\s+(?:our|notre|nos|nuestr[oa]s?)\s+(?:organi[sz]ations?|network|coalition|alliance|association|foundation|group|collective|centre|center|trust|forum|platform|movement|institute|initiative|ngo|organisation|reseau|collectif|fondation|plateforme|mouvement|institut|ong|organizacion|red|coalicion|alianza|asociacion|fundacion|colectivo|plataforma|movimiento|instituto|centro)$/i;

/**
 * Round 30: a signature's role line "Director, Example Growers' Aid, Town, Region": a role, then two to six capitalized
 * words that are no role and no person (the body's name), then one or two places of one to three capitalized words
 * each. The role and the name, or null. A line whose parts after the role are not all capitalized, or whose second
 * part is a role ("Director, Programmes and Policy, …"), is not one.
 */
export function roleOrgPlaces(text: string): { role: string; org: string } | null {
  const parts = text.trim().replace(/[.;]$/, "").split(/\s*,\s*/);
  if (parts.length < 3 || parts.length > 4 || !isRole(parts[0]!)) return null;
  const capitalized = (p: string, min: number, max: number) => {
    const words = p.split(/\s+/);
    return words.length >= min && words.length <= max && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || SMALL.has(w));
  };
  const [role, org, ...places] = parts as [string, string, ...string[]];
  if (!capitalized(org, 2, 6) || isRole(org) || (personName(org) && !/['’]/.test(org) && !isOrgName(org) && !kindNamed(org)) || !places.every((p) => capitalized(p, 1, 3) && !isRole(p))) return null;
  return { role: role.trim(), org: org.trim() };
}

function roleOnly(text: string): string {
  text = roleTail(roleAside(text.replace(CAPACITY, "")));
  const ours = OF_OURS.exec(fold(text));
  if (ours && ours.index > 0) text = text.slice(0, ours.index);
  // "Director, Example Institute (EI), Pretoria, South Africa": the role ends where the organization's name begins.
  const parts = text.split(/\s*,\s*/);
  const at = parts.findIndex((p, k) => {
    const acronym = /^(.+?)\s*\(([A-Z][A-Za-z&-]{1,11})\)$/.exec(p);
    // A name with its acronym beside it is the organization's even when a word of it is a role's ("… Legal Studies (ABC)").
    if (k > 0 && acronym && acronymFits(acronym[1]!, acronym[2]!)) return true;
    return k > 0 && /^\p{Lu}/u.test(p) && isOrgName(p) && p.split(/\s+/).length >= 2 && (!isRole(p) || kindNamed(p));
  });
  if (at > 0) text = parts.slice(0, at).join(", ");
  // Round 30: "juriste, dans le temps imparti, puis …", "officer, within the three minutes given, then …": how
  // and when the text was delivered, after a comma and a preposition or adverb, is not part of the role.
  const how = /,\s+(?:dans|puis|pendant|lors|apres|avant|within|then|during|after|before|dentro|luego|durante|despues|antes)\s/i.exec(fold(text));
  if (how && how.index > 0 && isRole(text.slice(0, how.index))) text = text.slice(0, how.index);
  const signed = at > 0 ? null : roleOrgPlaces(text);
  if (signed) text = signed.role;
  return dropOrganization(text)
    // "Regional Coordinator, ABC": the organization's acronym after the role is not part of it.
    .replace(/\s*[,;–—]\s*\(?(\p{Lu}[\p{Lu}&]{1,9})\)?$/u, (tail, acronym: string) => (isRole(acronym) ? tail : ""))
    .replace(/\s*[,;–—]\s*(\p{Lu}[^,;]*)$/u, (tail, org: string) => (isOrgName(org) && org.trim().split(/\s+/).length >= 2 && (!isRole(org) || kindNamed(org)) ? "" : tail))
    .trim();
}

/**
 * Round 21: a role written as a noun with its article before the name, as Spanish and French by-lines
 * do ("el abogado X", "la dirigente X, role", "le juriste X"): not part of the name, and the role when
 * no other follows the name.
 */
const ROLE_BEFORE_NAME = /^(?:el|la|le|the)\s+(\p{Ll}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+){0,2})\s+(?=\p{Lu})/u;

/** "Name, Role", "Name: Role", "Name (Role)" or a name alone. */
function splitNameRole(s: string): Speaker | null {
  // Round 22: "… by its field coordinator, NAME", "… par sa coordinatrice, NAME", "… por su directora, NAME": the role first, named by whose it is.
  // Round 24: "… by the Network’s coordinator, NAME", "… by ABC's legal officer, NAME": whose role it is, named by a possessive.
  // Round 43: the office may be capitalized ("… by its Secretary, NAME").
  const owned = /^(?:its|our|their|his|her|sa|son|notre|leur|su|nuestr[oa]|the\s+\p{L}+['’]s|\p{Lu}[\p{Lu}&]{1,9}['’]s)\s+(\p{Ll}[^,;:()]{2,60}?|\p{Lu}\p{Ll}+(?:[- ]\p{L}+){0,4}),\s+(\S.*)$/u.exec(s.trim());
  if (owned && isRole(owned[1]!)) {
    // Round 23: the by-line may end its sentence after the name ("… por su vocera, NAME.").
    const name = personName(owned[2]!.replace(/(?<=\p{Ll}{2})\.$/u, ""));
    if (name) return { name, role: owned[1]!.trim() };
  }
  const before = ROLE_BEFORE_NAME.exec(s.trim());
  if (before && isRole(before[1]!) && !isTitled(s.trim())) {
    const rest = splitNameRole(s.trim().slice(before[0].length));
    return rest ? { name: rest.name, role: rest.role ?? before[1]! } : null;
  }
  const m = /^(.+?)\s*([,:–—]|\s-\s|\()\s*(.+?)$/.exec(s.trim());
  if (m) {
    // A name set in capitals in a by-line ("Delivered by JANE ROE, Director") is written as a name.
    const name = personName(m[1]!) ?? (/^[\p{Lu}\s'’.-]+$/u.test(m[1]!.trim()) ? personName(titleCase(m[1]!.trim())) : null);
    // "Name (Role)": the bracket closes the role; "Name, Role, Institute (ABC)" keeps the organization's.
    // Round 24: "NAME (Role) for the ORG": the role ends at its bracket, whatever follows it.
    let role = m[2] === "(" ? m[3]!.replace(/\).*$/, "") : m[3]!;
    // "Programme Manager, on behalf of …" and "Directora, en nombre de …": the organization is not part of the role.
    role = role.replace(/\s*,?\s*(?:on behalf of|au nom d[eu]s?|en nombre d[el]l?)\b.*$/i, "");
    // Round 23: "NAME, the network’s medical coordinator", "NAME, ABC’s legal officer": whose role it is, named before it, is not part of it.
    role = role.replace(/^(?:the\s+\p{L}+|\p{Lu}[\p{Lu}&]{1,9})['’]s\s+(?=\p{Ll})/u, "");
    // Round 38: a by-line run together with the date under it ("Executive Director Wednesday, 19 October 2022", "Founder 5 May 2023"): the date is not part of the role.
    // Round 43: with the article or preposition dates take ("juriste, le 27 mai 2022", "presidenta, el martes 18 de octubre", "Chair, on 3 May 2031").
    role = role.replace(/\s*[,–—-]?\s+(?:(?:le|el|on|the)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\b.*$|\s*[,–—-]?\s+(?:(?:le|el|on|the)\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?(?:19|20)\d\d\b.*$/iu, "");
    const roleText = roleOnly(role);
    if (name && isRole(roleText)) return { name, role: roleText };
  }
  const name = personName(s);
  return name ? { name, role: null } : null;
}

/** The closing formula above a signature. */
const SIGNED_FOR_OFFICE = /^(?:for|on behalf of|pour|au nom d[eu]|por|en nombre del?)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?\p{Lu}[^,]{1,60},\s+(?:its|their|our|son|sa|leur|notre|su|nuestr[oa])\s+(\p{Ll}[^,.;:]{2,60}?),?$/iu;
const VALEDICTION = /^(?:(?:yours )?(?:sincerely|faithfully|truly)|respectfully(?: submitted)?|(?:with )?(?:kind |best )?regards|cordialement|bien cordialement|sinceres salutations|respectueusement|atentamente|cordialmente|saludos cordiales|un saludo cordial)(?: yours)?,?$/;

/** A line that names who speaks: "Delivered by X, Role", "Statement of Dr X, Role", "… par Mme X, Role". */
/**
 * Round 31: "Statement on behalf of the Guild by its treasurer, NAME", "Intervention au nom du Réseau par sa
 * coordinatrice, NAME": whom for between the statement's word and the by-line; what follows "by" is read as a by-line's.
 */
const BEHALF_BY = /^(?:(?:oral|joint|written)\s+)?(?:statement|intervention|declaration|declaracion|intervencion|remarks|discours|discurso)\s+(?:(?:made|delivered|read|presented)\s+)?(?:on behalf of|au nom d[eu]s?|au nom de l'|en nombre del?|en representacion del?)\s+[^,;:]{2,80}?\s(?:by|par|por)\s+(\S.*)$/;
function titlePerson(line: string): Speaker | null {
  const titled = TITLE_PERSON.exec(fold(line.trim()));
  return titled ? splitNameRole(line.trim().slice(line.trim().length - titled[1]!.length)) : null;
}

function behalfByLine(line: string): Speaker | null {
  const m = BEHALF_BY.exec(fold(line.trim()));
  return m ? splitNameRole(line.trim().slice(line.trim().length - m[1]!.length)) : null;
}

/**
 * Round 34: a by-line closing a sentence that says what was presented ("Intervención de la Red, a cargo de su coordinadora, NAME —
 * Viena, fecha"; "Presented to the dialogue …, by the group's rapporteur, NAME (ABC, Town)"; "…, par sa présidente, NAME"):
 * whose office, the office, then the name; a place and date after a dash, or a bracket after the name, are not part of it.
 */
const OWNED_BY = /(?:^|,\s+|^(?:[Dd]elivered|[Rr]ead|[Pp]resented|[Ss]poken|[Gg]iven|[Pp]rononc[ée]e?|[Ll]ue?|[Pp]r[ée]sent[ée]e?|[Ll]e[íi]d[oa]|[Pp]resentad[oa]|[Pp]ronunciad[oa])\s+)(?:by|par|por|a cargo de)\s+((?:its|our|their|sa|son|notre|leur|su|nuestr[oa]|the\s+\p{L}+['’]s|\p{Lu}[\p{Lu}&]{1,9}['’]s)\s+(?:\p{Ll}[^,;:()]{2,60}?|\p{Lu}\p{Ll}+(?:[- ]\p{L}+){0,4}),\s+[^,;:()–—]{4,80}?)(?:\s*\([^()]{0,60}\))?\s*(?:[–—]\s.*)?$/u;
function ownedByLine(line: string): Speaker | null {
  const m = OWNED_BY.exec(line.trim());
  const named = m ? splitNameRole(m[1]!) : null;
  return named?.role ? named : null;
}

function behalfSpeaker(line: string): Speaker | null {
  // Round 24: "En representación del ABC, Ing. NAME, role", "On behalf of the Network, Dr NAME, Role": whom for first,
  // then the speaker after its comma, with an honorific or a role (not a sentence going on: "On behalf of …, we thank …").
  // Round 56: a signature "For the Collective, Ms NAME, spokesperson", "Pour le Collectif, Mme NAME, porte-parole", "Por la Red, NAME, vocera".
  const behalf = /^(?:speaking\s+)?(?:(?:en representaci[oó]n|en nombre|on behalf|au nom|hablando en nombre)\s+(?:of the|of|de la|de l['’]|del|de|des|du|d['’])|(?:for|pour|por)\s+(?:the|le|la|l['’]|el))\s*[^,;:]{2,80}[,:]\s+(\S.*)$/iu.exec(line.trim());
  const spoken = behalf ? splitNameRole(behalf[1]!) : null;
  if (spoken && (spoken.role || isTitled(behalf![1]!))) return spoken;
  return behalf ? signedOffice(behalf[1]!.trim().replace(/[.;]$/, "")) : null;
}

/**
 * Round 69: after a signature's "For BODY," the office by its article then the name ("Pour le Réseau, le coordonnateur, NAME",
 * "For the Trust, the treasurer, NAME"), or the name then an office no table knows ("Por la Junta, NAME, comodoro",
 * "For the Club, NAME, harbourmaster"): the place in the signature says it is the office, a short phrase in small letters.
 */
function signedOffice(rest: string): Speaker | null {
  const first = /^(?:the|le|la|el|l['’])\s*(\p{Ll}[\p{L}'’ -]{2,50}?),\s+([^,]+)$/u.exec(rest);
  const firstName = first && isRole(first[1]!) ? personName(first[2]!) : null;
  if (firstName) return { name: firstName, role: first![1]!.trim() };
  const after = /^([^,]{5,60}),\s+(\p{Ll}[\p{L}'’-]{3,}(?:\s+[\p{L}'’-]+){0,4})$/u.exec(rest);
  const name = after ? personName(after[1]!) : null;
  if (!name || SIGNED_NOT_OFFICE.test(fold(after![2]!))) return null;
  return { name, role: after![2]! };
}
/** Words opening a phrase after a signed name that is no office: thanks, a date, a place word, a pronoun or a preposition. */
const SIGNED_NOT_OFFICE = /^(?:with|and|on|in|at|for|from|by|to|who|which|thanks|thank|merci|gracias|avec|et|en|a|au|pour|par|de|con|y|por|para|desde|que|qui|quien|signed|signe|firmado|le|la|el|los|las|les|the|our|notre|nuestr[oa])\b/;

function byLine(line: string): Speaker | null {
  const behalfBy = behalfByLine(line);
  if (behalfBy) return behalfBy;
  const owned = ownedByLine(line);
  if (owned) return owned;
  // Round 20: a by-line set in square brackets, as a stage direction is ("[Read by X, Role]").
  line = line.replace(/^\s*\[([^\]]+)\]\s*$/, "$1");
  // Round 24: or in round brackets, as a line under a title may be ("(read by X, Role)").
  line = line.replace(/^\s*\(((?:read|delivered|presented|spoken|given|lue?|prononcee?|presentee?|leid[oa]|presentad[oa]|pronunciad[oa])\s[^()]+)\)\s*$/i, "$1");
  // Round 22: a by-line set between dashes, as a centred line may be ("— spoken by X, Role —").
  line = line.replace(/^\s*[–—]\s*(?=\S)/, "").replace(/(?<=\S)\s+[–—]\s*$/, "");
  // Round 40: a place and date before a dash open the line ("Viena, 27 de mayo — Exposición de NAME, role", "Geneva, 3 May 2031 – Statement by …"):
  // the dateline is a field of its own, the by-line follows it.
  line = line.replace(/^\s*\p{Lu}[^–—]{3,60}?\b(?:19|20)\d\d\s+[–—]\s+(?=\S)/u, "");
  // Round 30: a by-line followed, after a middle dot, by its place and date ("… by its director, NAME · Town, 6 May 2031"): the dot ends the by-line.
  line = line.replace(/\s+[·•]\s+[^·•]*\b(?:19|20)\d\d\b[^·•]*$/, "");
  const by = BY.exec(fold(line));
  // Round 21: "Interviene en nombre de la Cooperativa el abogado X": whom for comes first, the role's noun and the name after it.
  // Round 48: or a possessive and a comma ("Habló en nombre de la Asociación su presidenta, X").
  // Round 56: "… su presidente, don NAME": the Spanish "don"/"doña" in lower case before the name, as running text writes it.
  // Round 58: "Intervino por la Federación …" (whom for after "por"/"pour"), an office of up to four words ("su secretario de
  // actas, NAME"), and a title in lower case with its article before the name ("…, la ingeniera NAME").
  const forWhom = by ? /^(?:en nombre d[e]l?|en representaci[óo]n d[e]l?|au nom d[eu]s?|au nom de l['’]|on behalf of|por|pour)\s+\S.*?\s+((?:el|la|le|the|su|sa|son|its)\s+\p{Ll}[\p{L}-]+(?:\s+(?!(?:su|sus|sa|son|ses|its|el|la|le|los|las|les|the|don|doña)\s)\p{Ll}[\p{L}-]+){0,3},?\s+(?:(?:don|doña|(?:el|la)\s+\p{Ll}\p{L}+)\s+)?\p{Lu}.*)$/u.exec(line.slice(line.length - by[1]!.length)) : null;
  const named = forWhom ? splitNameRole(forWhom[1]!) : null;
  if (named) return named;
  const spoken = behalfSpeaker(line);
  if (spoken) return spoken;
  // "Delivered by X on behalf of the Network": the organization is not part of the name.
  // "Presentado por / Presented by: NAME": a label given in two languages is one label.
  // Round 31: "presentada por la Red … a través de su directora, NAME", "presented by the Network through its coordinator, NAME": the body, then its speaker.
  const through = by ? /\s(?:a traves de|por medio de|por intermedio de|through|by way of|par l'intermediaire de|par la voix de|via)\s+(.+)$/.exec(fold(line.slice(line.length - by[1]!.length))) : null;
  const viaSpeaker = through ? splitNameRole(line.slice(line.length - through[1]!.length)) : null;
  if (viaSpeaker?.role) return viaSpeaker;
  const fromBy = by ? splitNameRole(line.slice(line.length - by[1]!.length).replace(/^\/\s*[^:/]{1,40}:\s*/, "").replace(/,?\s+(?:on behalf of|for and on behalf of|au nom d[eu]s?|en nombre d[el]l?|representing|repr[ée]sentant|en representaci[óo]n de)\s.*$/i, "")) : null;
  if (fromBy) return fromBy;
  // Round 38: "Presented by Dr. NAME, physician and volunteer": a name with its honorific, then a short role in lower case the tables do not know.
  const loose = by ? /^((?:(?:la|el|le)\s+)?\p{L}+\.?\s+\p{Lu}[^,;:()]{2,60}),\s+(\p{Ll}[\p{L}'’ -]{2,60})$/u.exec(line.slice(line.length - by[1]!.length).trim()) : null;
  const looseName = loose && isTitled(loose[1]!) ? personName(loose[1]!) : null;
  if (looseName && loose![2]!.trim().split(/\s+/).length <= 5) return { name: looseName, role: loose![2]!.trim() };
  // Round 23: "Intervención de la Asociación …, leída por su vocera, NAME.": whose statement first (taken above for the by-line's start), the by-line after its comma.
  // Round 67: the way it was read between the verb and "by" ("read by video by our secretary, NAME", "lue en visioconférence par …", "leída por videollamada por …").
  const after = new RegExp(`,\\s+(?:read|delivered|presented|spoken|given|lue?|prononcee?|presentee?|leid[oa]|presentad[oa]|pronunciad[oa])\\s+(?:${READ_MANNER}\\s+)?(?:by|par|por)\\s+(\\S.*)$`).exec(fold(line));
  const fromAfter = after ? splitNameRole(line.slice(line.length - after[1]!.length)) : null;
  if (fromAfter) return fromAfter;
  const fromTitle = titlePerson(line);
  if (fromTitle) return fromTitle;
  const honorific = BY_HONORIFIC.exec(line);
  return honorific ? splitNameRole(honorific[1]!) : null;
}

/**
 * A by-line among the lines set aside with the letterhead (a first-page table that holds the title
 * and "Comments given by X, Role" too). Only a by-line: a name alone there may be an office's contact.
 */
export function letterheadSpeaker(lines: readonly string[]): Speaker | null {
  for (const line of lines) {
    if (NOT_SPEAKER_LINE.test(fold(line.trim()))) continue;
    const named = byLine(line);
    if (named) return named;
  }
  return null;
}

/** The speaker, looked for in the header lines first, then in the closing lines (a signature). */
/**
 * Round 25: a title naming the speaker by their office, then by name after a comma ("STATEMENT OF THE ABC
 * COORDINATOR, MR. NAME", "Remarks by the Network's Chair, Dr NAME", "Déclaration de la présidente, Mme NAME"):
 * the name needs its honorific, and the office (without the acronym before it) is the role.
 */
const TITLE_ROLE_NAME = /^(?:statement|remarks|intervention|declaration|address|allocution|discours|intervencion|declaracion|palabras)\s+(?:of|by|from|du|de la|de l'|del|de)\s*(?:the\s+)?([^,]{3,80}),\s+((?:mr|ms|mrs|dr|prof|m|mme|me|sr|sra|dra|lic)\.?\s+\S.{3,80})$/i;
function titleRoleName(line: string): Speaker | null {
  const m = TITLE_ROLE_NAME.exec(fold(line.trim()));
  if (!m) return null;
  const start = line.trim().length - m[2]!.length;
  const raw = line.trim().slice(start).replace(/[.;]$/, "");
  const caps = (x: string) => (/\p{Ll}/u.test(x) ? x : titleCase(x));
  const name = personName(caps(raw));
  const office = line.trim().slice(line.trim().length - m[2]!.length - 2 - m[1]!.length, start).replace(/,\s*$/, "").trim();
  const words = office.split(/\s+/);
  while (words.length > 1 && ACRONYM.test(words[0]!)) words.shift();
  const role = caps(words.join(" ").replace(/['’]s$/, ""));
  return name && isRole(role) && !isOrgName(role) ? { name, role } : null;
}

/**
 * Round 25: a reading copy's or running order's label line among others in its first block ("Speaker: NAME, role",
 * and a first name with the full name and role in brackets, "Speaker: Ana (Ana Ruiz Mora, field coordinator)").
 */
const SPEAKER_LABEL = /^(?:speaker|presenter|orador|oradora|ponente|intervenant|intervenante|orateur|oratrice)\s*:\s*(\S.{3,160})$/i;
function nickLabel(line: string): string {
  const m = /^(\s*(?:speaker|presenter|orador|oradora|ponente|intervenant|intervenante|orateur|oratrice)\s*:\s*)(\p{Lu}[\p{L}'’-]+)\s*\(\s*(\p{Lu}[^,()]+?)\s*,\s*([^()]{3,100})\)\s*$/iu.exec(line);
  return m && m[3]!.startsWith(`${m[2]} `) ? `${m[1]}${m[3]}, ${m[4]}` : line;
}
// Round 52: pronouns after a name ("NAME (she/her), role") are no part of the name or the role (`understand` drops them).
export const PRONOUNS = /\s*\((?:she|he|they|elle|il|iel|ella|[eé]l|elle)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\)/giu;
export function labelledSpeakerLine(blocks: readonly string[]): Speaker | null {
  for (const line of blocks.flatMap((b) => b.split("\n"))) {
    // Round 39: or closing a sentence of its line ("Contribution to the dialogue …, Vienna, date. Speaker: Ms. NAME, role.").
    const tail = line.length <= 400 ? SENTENCE_THEN_LABEL.exec(line.trim()) : null;
    const m = SPEAKER_LABEL.exec(line.trim()) ?? (tail ? SPEAKER_LABEL.exec(tail[1]!.replace(/[.;]$/, "")) : null);
    if (!m) continue;
    const found = findSpeaker([`Speaker: ${m[1]!.trim()}`], []);
    if (found) return found.speaker;
  }
  return null;
}

/** Round 31: the words in a listed person's brackets that say they read the statement ("reads the statement", "speaker", "lit la déclaration", "lee la declaración"). */
const READS = /^(?:reads?|reading|delivers?|delivering|will (?:read|deliver)|speaker|speaking|lit|lira|prononce|prononcera|orat(?:eur|rice)|intervenante?|lee|leera|pronuncia|pronunciara|orador[a]?)\b/;
/**
 * Round 31: a list of people in a heading line, set apart by semicolons or middle dots ("Team: NAME (Legal Adviser); NAME
 * (Coordinator, reads the statement)"): the one whose brackets say they read it, with the role beside that mark.
 */
function markedReader(line: string): Speaker | null {
  for (const entry of line.replace(/^[^:;()]{2,40}:\s*/, "").split(/\s*;\s*|\s+[·•]\s+/)) {
    const m = /^(.+?)\s*\(([^()]+)\)\s*[.,]?$/.exec(entry.trim());
    if (!m) continue;
    const parts = m[2]!.split(/\s*,\s*/);
    if (!parts.some((p) => READS.test(fold(p.trim())))) continue;
    const name = personName(m[1]!);
    const role = parts.find((p) => !READS.test(fold(p.trim())) && isRole(p));
    if (name) return { name, role: role?.trim() ?? null };
  }
  return null;
}

/**
 * Round 31: a line under the title that a PDF sets aside with the letterhead (small type), naming the speaker after a
 * label of one to four words and a colon ("On the floor today: NAME, role"): the name and its role, when the role is
 * one and the label is no contact's, author's, translator's or photographer's, nor a memo's "From:" or "To:".
 */
const NOT_SPEAKER_LABEL = /\b(?:contacts?|contacto|contactos|enquiries|inquiries|information|informations|informacion|press|presse|prensa|media|medias|medios|author|authors|auteure?s?|autora?s?|editor|editors|editeur|editrice|redaction|redaccion|photos?|fotos?|credits?|creditos?|translat\w*|tradu\w*|prepared|drafted|written|redige|preparad[oa]|redactad[oa]|escrit[oa]|secretariat|secretaria)\b|^(?:to|from|cc|attn|de|a|para|pour|por|objet|subject|asunto)$/;
const LABEL_AT_END = /(?:^|[.!?]\s+)((?:speaker|presenter|orador|oradora|ponente|intervenant|intervenante|orateur|oratrice)\s*:(?:\s*(?:Ms|Mr|Mrs|Dr|Prof|Mme|M|Me|Sr|Sra|Dra|Lic)\.?)?)$/iu;
export function labelledLetterheadSpeaker(lines: readonly string[]): Speaker | null {
  // Round 39: a speaker's label closing a sentence of its line is read alone ("… Vienna, date. Speaker: Ms. NAME, role.").
  // A label the PDF wrapped after it, or after its honorific ("… date. Speaker: Ms." over "NAME, role."), is read with the next line.
  for (const [i, raw] of lines.entries()) {
    const cut = LABEL_AT_END.exec(raw.trim());
    const whole = cut && lines[i + 1] ? `${cut[1]} ${lines[i + 1]!.trim()}` : raw;
    const tail = whole.length <= 400 ? SENTENCE_THEN_LABEL.exec(whole.trim()) : null;
    const line = tail ? tail[1]!.replace(/[.;]$/, "") : whole;
    // Round 33: a contact after a middle dot or a bar ("At the dialogue: NAME, Chair · name@example.org") is not part of it.
    const m = /^([^:]{3,40}?)\s*:\s*(\S.{3,150})$/u.exec(line.trim().replace(/\s+[·•|]\s+(?:[^\s·•|]+@\S+|(?:www\.|https?:)\S+|\+?[\d ()-]{7,})\s*$/u, ""));
    if (!m || m[1]!.split(/\s+/).length > 4 || NOT_SPEAKER_LABEL.test(fold(m[1]!.trim())) || NOT_SPEAKER_LINE.test(fold(line.trim())) || /@|\d|www\./.test(m[2]!)) continue;
    const named = splitNameRole(m[2]!);
    if (named?.role) return named;
  }
  return null;
}

const SENTENCE_THEN_LABEL = /[.!?]\s+((?:speaker|presenter|orador|oradora|ponente|intervenant|intervenante|orateur|oratrice)\s*:\s*\p{Lu}.{3,160})$/iu;
/**
 * Round 39: a by-line in parts set apart by middle dots that a PDF's small type set aside with the letterhead ("Oral statement ·
 * dialogue … · date · Ms. NAME, role"): read as in the heading, and only with the role beside the name.
 */
export function dottedLetterheadSpeaker(lines: readonly string[]): Speaker | null {
  for (const line of lines) {
    // Round 43: or one dot, an honorific opening the line and a date after the dot ("Dr. NAME, Vice-Chair · Town, 3 May 2031").
    const dated = /\s[·•]\s/u.test(line) && isTitled(line.trim()) && findDates(line.split(/\s[·•]\s/u).slice(1).join(" ")).length > 0;
    if (line.length > 300 || (!/\s[·•]\s.+\s[·•]\s/u.test(line) && !dated)) continue;
    const found = findSpeaker([line], []);
    if (found?.speaker.role) return found.speaker;
  }
  return null;
}

/**
 * Round 69: a signature's role may wrap onto the next line ("Head of Outreach and" / "Sea Safety Training", "Responsable
 * del área de" / "atención a familias migrantes"): a line ending in a conjunction, a preposition or an article goes on. The
 * wrap is joined unless the next line is an organization, an e-mail, a web or postal address or a date (a name never
 * follows a dangling "and", "of", « de »: the title-case rest of a wrapped role is shaped like a name, "Strategic Litigation").
 */
const DANGLING = /(?:^|\s)(?:and|or|of|for|in|on|to|at|with|the|a|an|et|ou|de|du|des|la|le|les|l['’]|au|aux|en|pour|y|o|e|del|el|los|las|para|con|por|a)$/i;
const wrapGoesOn = (line: string | undefined) =>
  line !== undefined && line.trim().length > 0 && line.trim().length <= 80 && !/[@/:]|www\.|\d{2}/.test(line) && !(isOrgName(line) && !isRole(line)) && findDates(line).length === 0 && /^[\p{L}(]/u.test(line.trim());
function wrappedBelow(lines: readonly string[], k: number): string {
  let role = lines[k]!.trim();
  for (let j = k + 1; j < lines.length && j <= k + 2 && DANGLING.test(fold(role)) && wrapGoesOn(lines[j]); j++) role = `${role} ${lines[j]!.trim()}`;
  return role;
}
/** The role line above a signature's name, with the line it wrapped from above it joined ("… del programa de" / "acompañamiento …"). */
function wrappedAbove(lines: readonly string[], k: number): string | undefined {
  if (k < 0 || lines[k] === undefined) return undefined;
  let role = lines[k]!.trim();
  for (let j = k - 1; j >= 0 && j >= k - 2 && DANGLING.test(fold(lines[j]!.trim())) && wrapGoesOn(lines[j]); j--) role = `${lines[j]!.trim()} ${role}`;
  return role;
}

/** Round 59: the line under a signature's name that is its role: not a heading ending in a colon ("Co-signing member organizations:" over their list). */
function roleBelow(line: string | undefined): boolean {
  return line !== undefined && !/:$/.test(line.trim()) && isRole(line);
}

export function findSpeaker(header: string[], closing: string[]): { speaker: Speaker; line: number } | null {
  for (const [i, label] of header.entries()) {
    const reader = label.length <= 400 ? markedReader(label) : null;
    if (reader) return { speaker: reader, line: i };
  }
  // Round 38: a by-line naming a person with a role, anywhere in the header, before a capitalized line above it read as a name
  // (a body's name in a letterhead with no body word in it: "Faros del Sur", "Lantern Bay").
  for (const [i, label] of header.entries()) {
    if (NOT_SPEAKER_LINE.test(fold(label.trim()))) continue;
    const named = byLine(nickLabel(label));
    if (named?.role && BY.test(fold(label))) return { speaker: named, line: i };
  }
  for (const [i, label] of header.entries()) {
    if (NOT_SPEAKER_LINE.test(fold(label.trim()))) continue;
    // Round 39: a speaker's label closing a sentence of the same line ("… Vienna, 27 May 2022. Speaker: Ms. NAME, Policy Lead.").
    const labelled = SENTENCE_THEN_LABEL.exec(label.trim());
    const tail = labelled ? findSpeaker([labelled[1]!.replace(/[.;]$/, "")], []) : null;
    if (tail?.speaker.role) return { speaker: tail.speaker, line: i };
    const raw = nickLabel(label);
    const named = byLine(raw);
    if (named) return { speaker: named, line: i };
    const titled = titleRoleName(raw);
    if (titled) return { speaker: titled, line: i };
    // "<Organization> <Country> Statement: <Name>: <Role>", parts split by colons or dashes.
    // Round 22: a line set in square brackets (a video script's on-screen caption, "[CAPTION: NAME - role]") is read without them.
    const line = raw.replace(/^\s*\[([^\]]+)\]\s*$/, "$1");
    // Round 38: parts set apart by middle dots too ("Oral statement · dialogue … · date · Ms NAME, role").
    const parts = line.split(/\s*[:|–—]\s*|\s+[·•]\s+/);
    const dotted = /\s[·•]\s/.test(line);
    for (let p = 0; p < parts.length; p++) {
      // Round 23: a name beside an acronym that spells it ("Example Harbour Relief Aid – EHRA") is the organization's.
      const spelled = parts[p + 1] !== undefined && ACRONYM.test(parts[p + 1]!.trim()) && acronymFits(parts[p]!, parts[p + 1]!.trim());
      const name = spelled ? null : personName(parts[p]!);
      const role = parts[p + 1] && isRole(parts[p + 1]!) ? parts[p + 1]!.trim() : null;
      // A part set apart by middle dots is a person only with a role after it or an honorific: a letterhead's dotted line
      // ("<Body> · <Town>, <Country>", "<Allotment> · <Town> · <Province> · <Country>") names places and bodies.
      if (name && (!dotted || role || isTitled(parts[p]!))) return { speaker: { name, role }, line: i };
      // "Vienna, 4 May 2023 – NAME, Role": a name and its role after a dateline's dash.
      const named = p > 0 ? splitNameRole(parts[p]!) : null;
      if (named?.role) return { speaker: named, line: i };
      // Round 38: "Viena, fecha — interviene el padre NAME, role": a by-line after a dateline's dash.
      const after = p > 0 ? byLine(parts[p]!) : null;
      if (after?.role) return { speaker: after, line: i };
    }
    const pair = splitNameRole(line);
    if (pair?.role) return { speaker: pair, line: i };
  }
  for (let i = 0; i < closing.length; i++) {
    // "Signed: NAME", "Signé : NAME", "Firmado: NAME": the signature's name.
    // Round 31: in brackets too ("(signed) NAME", "(signé) NAME", "(firmado) NAME").
    const raw = closing[i]!.replace(/^[-–—]+\s*/, "").replace(/^(?:signed|sgd\.|sign[eé]e?|firmad[oa]|fdo\.|\((?:signed|sgd\.?|sign[eé]e?|firmad[oa]|fdo\.?)\))(?:\s*:\s*|\s+)(?=\p{Lu})/iu, "");
    // "Atentamente, NAME" on one line (a PDF may join the closing formula and the name): the name after it.
    const valediction = /^([^,]{4,40}),\s+(?=\p{Lu})(.+)$/u.exec(raw.trim());
    const signed = valediction !== null && VALEDICTION.test(fold(valediction[1]!));
    const line = signed ? valediction[2]! : raw;
    if (NOT_SPEAKER_LINE.test(fold(line.trim()))) continue;
    // A closing by-line: "Delivered by Dr. <Name>, Research Coordinator".
    const by = BY.exec(fold(line));
    if (by) {
      const found = splitNameRole(line.slice(line.length - by[1]!.length));
      if (found) return { speaker: found, line: -1 };
      // Round 48: "Habló en nombre de la Asociación su presidenta, NAME.": whom for, then the office and the name, read as at the top.
      const forWhom = byLine(line);
      if (forWhom?.role) return { speaker: forWhom, line: -1 };
    }
    // Round 56: a signature on one line, whom for first ("Pour le Collectif, Mme NAME, porte-parole").
    const forBody = behalfSpeaker(line);
    if (forBody) return { speaker: forBody, line: -1 };
    // Round 46: a closing line naming the address and whose it is ("Allocution de M. NAME, président …", "Remarks of Dr NAME, Chair").
    const fromTitle = titlePerson(line);
    if (fromTitle) return { speaker: fromTitle, line: -1 };
    // Round 41: a closing line that is a dateline, a dash, then a by-line ("Town, 3 May 2031 — Statement by NAME, role",
    // "Ville, le 3 mai 2031 – Intervention de M. NAME, président"): read as the same line at the top is.
    if (/^\s*\p{Lu}[^–—]{3,60}?\b(?:19|20)\d\d\s+[–—]\s+\S/u.test(line)) {
      const tail = line.replace(/^\s*\p{Lu}[^–—]{3,60}?\b(?:19|20)\d\d\s+[–—]\s+/u, "");
      const dashed = byLine(line) ?? titleRoleName(tail);
      if (dashed?.role) return { speaker: dashed, line: -1 };
    }
    // Round 24: a closing line "NAME | Role | Organization": the name, its role and the body, set apart by bars.
    // Two parts only ("NAME | Role") are left to the rules below: a covering e-mail's sender signs so too.
    const barred = line.trim().split(/\s+\|\s+/);
    const barName = barred.length >= 3 && barred.length <= 4 ? personName(barred[0]!) : null;
    if (barName && isRole(barred[1]!) && personName(barred[1]!) === null) return { speaker: { name: barName, role: roleOnly(barred[1]!.trim()) }, line: -1 };
    // Round 39: a signature on one line, "NAME / Role" (a slash between the name and the office).
    const slashed = /^([^/]{5,60}?)\s+\/\s+([^/]{3,100})$/.exec(line.trim());
    const slashName = slashed ? personName(slashed[1]!) : null;
    if (slashed && slashName && isRole(slashed[2]!) && personName(slashed[2]!) === null) return { speaker: { name: slashName, role: roleOnly(slashed[2]!.trim().replace(/[,;.]$/, "")) }, line: -1 };
    const pair = splitNameRole(line);
    if (pair?.role) return { speaker: pair, line: -1 };
    // Round 14: a dateline and the signature's name run together by a PDF ("Town, <date> Dr NAME") above the role.
    const dated = findDates(line).at(-1);
    const after = dated ? personName(line.slice(dated.end).trim()) : null;
    if (after && roleBelow(closing[i + 1]) && !personName(closing[i + 1]!)) return { speaker: { name: after, role: roleOnly(closing[i + 1]!.trim().replace(/[,;]$/, "")) }, line: -1 };
    // A signature's name may be set in capitals ("JANE ROE-SMITH" over "Executive Director").
    const name = /^[\p{Lu}\s'’.-]+$/u.test(line.trim()) ? personName(titleCase(line.trim())) : personName(line);
    if (name && roleBelow(closing[i + 1])) return { speaker: { name, role: roleOnly(wrappedBelow(closing, i + 1).replace(/[,;]$/, "")) }, line: -1 };
    // "Pour la Ligue," / "Le Président" / "NAME": a signature whose role is set above the name (the name ends the block).
    // Round 53: "For the Network, its coordinator," / "Pour la Guilde, son doyen," / "Por la Red, su secretaria," above the name:
    // the office after the possessive.
    const above = (closing[i - 1] && SIGNED_FOR_OFFICE.exec(closing[i - 1]!.trim())?.[1]) ?? wrappedAbove(closing, i - 1)?.replace(/^(?:the|le|la|el)\s+/i, "");
    if (name && above && above.length <= 60 && !/[.;:]$/.test(above) && isRole(above) && personName(above) === null && !roleBelow(closing[i + 1])) return { speaker: { name, role: roleOnly(above.replace(/,$/, "")) }, line: -1 };
    // "Respectfully submitted," / "Atentamente," then a name alone: a signature without a role.
    if (name && ((i > 0 && VALEDICTION.test(fold(closing[i - 1]!.trim()))) || signed)) return { speaker: { name, role: null }, line: -1 };
  }
  return null;
}

// A person's name as written in running text: an optional honorific, then two to five capitalized words (particles allowed).
// Round 51: a given name cut short after the title may follow it ("Sister Ma. NAME", "Dr Jane R. NAME"), one or two letters and a point.
// Round 52: a comrade's title in lower case after its article ("nuestra secretaria, la compañera NAME, leyó …"), and the
// Spanish "Don" before a given name and two surnames; `personName` drops both.
const NAME_IN_TEXT = String.raw`((?:(?:la|el)\s+compa[ñn]er[oa]\s+|(?:(?:la|el)\s+)?(?:Don(?=\s+\S+\s+\S+\s+\S)|Professeure|Professeur|Professor|Profesora|Profesor|Doña|Dña|Captain|Capitaine|Capitán|Capt|Dr|Dre|Mr|Mrs|Ms|Prof|Pr|Mme|Me|M|Sr|Sra|Dra|Atty|Hna|Ma[iî]tre|Lic|Licda|Licdo|Lcda|Lcdo|Ing|Abg|Mtro|Mtra)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|do|dos|del|della|van|von|der|la|le|du|y|bin|al|el|ben|bint|ibn|mint|ould|ag)\s+)*(?:\p{Lu}\p{Ll}?\.(?=\s+\p{Lu})|\p{Lu}[\p{L}'’-]*)){1,4})`;
/** Lead words in either case of their first letter ("My name is", "my name is"), without making the name's capitals optional. */
// Round 23: an apostrophe in them reads the typographic one too ("I’m NAME.", "je m’appelle"), as office suites write it.
const lead = (words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/'/g, "['’]")}`).join("|");
// Round 43: a religious title in lower case after its article ("Soy el padre NAME, director …", "je suis le père NAME") is no part of the name.
/** "My name is X and I am …", "Je m'appelle X et je suis …", "Mi nombre es X y soy …", "I am X, director of …", "My name is X, from …" (no role). */
// Round 62: "…, I, NAME, would like …" (the name set off after the pronoun); "My name is X and for nineteen years I have …", "… et depuis …",
// "… y desde …"; a professor's or doctor's title in small letters after its article ("Je suis le professeur NAME, directeur …").
const INTRO = new RegExp(
  String.raw`(?:^|[.!?]\s+|,\s+(?:(?:and|et|y)\s+)?)(?:${lead(["my name is", "i am", "i'm", "i,", "je m'appelle", "mon nom est", "je suis", "mi nombre es", "me llamo", "soy", "les habla", "le habla", "les saluda", "le saluda"])})\s+(?:(?:el|la|le)\s+(?:padre|madre|hermana|hermano|sor|fray|p[èe]re|fr[èe]re|s(?:œ|oe)ur|pastor|pastora|pasteur|imam|professeure?|profesora?|docteure?|doctora?)\s+)?${NAME_IN_TEXT}(?:\s*,?\s+(?:and|et|y)\s+(?:I am|I['’]m|I serve as|I work as|je suis|je travaille comme|je suis employée? comme|soy|trabajo como|me desempeño como)\s+|\s*[,;]\s*|\s+(?:and|et|y)\s+(?=I (?:chair|head|direct|coordinate|lead)\b|(?:for|since|depuis|pendant|desde|durante)\s)|(?=\s+(?:y presido|et je pr[ée]side|and I chair)\s+(?:(?:una?|une?|an?)\s+\p{Ll}|(?:el|la|le|l['’]|the)\s*\p{Lu}))|(?=\s+(?:from|of|with|representing|de|del|du|des)\s|\s*[.!?]|\s+(?:and|et|y)\s+(?:I represent|je repr[ée]sente|represento)\b)|(?=\s+(?:and I|et je|et j['’])\s*(?!am\b|suis\b)\p{Ll}{2,}|\s+y\s+(?!soy\b)\p{Ll}{3,}o\s))([^.;:!?]*)`,
  "u",
);
/** "Let me introduce myself: Dr X, director of …", "Permettez-moi de me présenter : X, directrice du …", "Permítanme presentarme: X, …". */
// Round 46: "Me presento" opening its sentence, the verb repeated after the colon, and a profession named by its article before the name ("Me presento: soy la abogada NAME, …").
const PRESENT = new RegExp(String.raw`(?:introduce myself|me pr[ée]senter|presentarme|[Mm]e presento)\s*[:,–—]\s*(?:(?:I am|I['’]m|je suis|soy)\s+(?:(?:the|el|la|le)\s+\p{Ll}[\p{L}-]+\s+)?)?${NAME_IN_TEXT}\s*,\s*([^.;:!?]*)`, "u");
/** "I chair the Steering Committee of …" → "Chair of the Steering Committee". */
const VERB_ROLE: Record<string, string> = { chair: "Chair", head: "Head", direct: "Director", coordinate: "Coordinator", lead: "Lead", manage: "Manager" };
/** "… delivered online by our colleague X, Role", "… prononcée par Maître X, coordonnateur …" in a web page's introduction. */
const DELIVERED_BY = new RegExp(
  String.raw`\b(?:delivered|presented|read|given|prononc[ée]e?|pr[ée]sent[ée]e?|lue|pronunciad[oa]|presentad[oa]|le[íi]d[oa])\b[^.;]{0,80}?\b(?:by|par|por)\s+(?:(?:our|notre|nuestr[oa])\s+(?:colleague|coll[èe]gue|compa[ñn]er[oa]|colega)\s+)?${NAME_IN_TEXT}(?:\s*,\s*([^.;:!?]*))?`,
  "u",
);

/**
 * Round 39: "… read on 1 July 2022 by the coordinator of the Centre, NAME.", "… lue par la présidente de l'Association, NAME.",
 * "… leída … por la coordinadora del Centro, NAME.": the role first, named by an article, then the name closing the sentence.
 * Round 46: or a capitalized office after "our"/"its" ("… delivered by our Executive Director, NAME, in the debate …"), and the
 * name followed by a comma and where, when or who ("…, NAME, a teacher for 30 years.").
 */
const DELIVERED_BY_ROLE = new RegExp(
  String.raw`\b(?:delivered|presented|read|given|prononc[ée]e?|pr[ée]sent[ée]e?|lue|pronunciad[oa]|presentad[oa]|le[íi]d[oa])\b[^.;]{0,80}?\b(?:by|par|por)\s+(?:the|its|our|la|le|l['’]|el|sa|son|notre|su|nuestr[oa])\s*(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}(?:\s+(?:of the|of|at the|de la|de l['’]|del|du|des|de)\s*\p{Lu}[\p{L}'’-]*)?|(?<=(?:our|its|notre|nuestr[oa])\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}),\s+${NAME_IN_TEXT}(?=\s*[.;]|\s*$|,\s+(?:in|at|on|a|an|who|en|au|à|lors|dans|durante|quien|qui)\s)`,
  "u",
);

/** Round 26: "… je suis avocate … et je préside l'Association …", "soy abogado y presido la Red …", "I am a lawyer and I chair the Forum …" (the body capitalized). */
const CHAIRS = /\b(?:[Jj]e suis\s+(\p{L}+)[^.;:!?]*?\bet je pr[ée]side|([Ss]oy)\b[^.;:!?]*?\by presido|I am\b[^.;:!?]*?\band I chair)\s+(?:l['’]\s*|la\s+|le\s+|el\s+|the\s+)\p{Lu}/u;
/** Round 34: "Me llamo NAME y presido una red …", "Je m'appelle NAME et je préside une association …", "I am NAME and I chair a trust …". */
// Round 38: "Me llamo NAME y presido la Red …", "Je m'appelle NAME et je préside l'Association …": the body by its name.
const CHAIRS_ONE = /^\s+(?:(y) presido|(et) je pr[ée]side|and I chair)\s+(?:(?:una?|une?|an?)\s+\p{Ll}|(?:el|la|le|l['’]|the)\s*\p{Lu})/u;

function introRole(rest: string): string | null {
  // Round 43: after "and" or in the next sentence ("…, and I manage the night patrols of the Trust", "My name is NAME. I coordinate
  // the ferry marshals of the Network"): a team or group in small letters, then whose it is: "Manager of the night patrols" (a desk or
  // work described without whose it is, "I coordinate the desk that …", "the Initiative's work with …", names no office).
  const team = /^(?:and\s+)?I (head|direct|coordinate|lead|manage)\s+(the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+of\s+(?:the|our)\s+\p{Lu}/u.exec(rest.trim());
  if (team) return `${VERB_ROLE[team[1]!]!} of ${team[2]!}`;
  const verb = /^I (chair|head|direct|coordinate|lead)\s+(.*)$/.exec(rest.trim());
  if (verb) {
    const whole = verb[2]!.split(",")[0]!.trim();
    // Round 51: "I lead our programmes on …", "I coordinate its projects": the body's work, named by whose it is, is no office.
    if (/^(?:the\s+\p{L}+['’]s|its|our|their)\s+(?:work|activities|efforts|programmes?|programs?|projects?)\b/u.test(whole)) return null;
    const object = dropOrganization(whole).trim();
    const role = VERB_ROLE[verb[1]!.toLowerCase()]!;
    // "I chair the Alliance": the organization itself; "I chair the Board of the Alliance": a body within it.
    return object === "" || (object === whole && isOrgName(object)) ? role : `${role} of ${object}`;
  }
  // Round 39: "I am NAME and I look after a shelter …", "Je m'appelle NAME et je tiens …", "Me llamo NAME y atiendo …": what
  // the speaker does, said by a verb, names no office.
  if (/^(?:and I|et je|et j['’]|y)\s*\p{Ll}/u.test(rest.trim())) return null;
  // "NAME, je suis chargé de programme à …", "NAME, and I am the …": the verb is not part of the role.
  // Round 51: the speaker's age before it ("I'm 19 and I'm the youth delegate …", "j'ai 19 ans et je suis …") is no part of it, nor
  // whose office it is by a possessive ("I am NAME, its coordinator").
  const text = rest
    .replace(/^(?:(?:and|et|y)\s+)?(?:i am|i['’]m|j['’]ai|tengo)\s+\d{1,3}(?:\s+(?:years old|ans|a[ñn]os))?,?\s+(?:and|et|y)\s+/i, "")
    .replace(/^(?:(?:and|et|y)\s+)?(?:i am|i['’]m|i serve as|i work as|je suis|je travaille comme|soy|trabajo como|me desempeño como)\s+/i, "")
    .split(/,\s+(?:and|et|y|which|who|que|qui|where|o[uù]|donde)\b|,\s*(?=\p{Ll})/u)[0]!
    .replace(/^(?:the|an?|le|la|l'|el|its|their|his|her|son|sa|leur|su)\s+/i, "")
    // Round 34: "I am the group's secretary", "the network's nurse": whose office it is, by a possessive, is not part of it.
    .replace(/^\p{L}+['’]s\s+(?=\p{Ll})/u, "")
    // Round 43: "the treasurer of a cooperative of boat owners", "secrétaire d'une association de …", "secretaria de una asociación de …":
    // a body named only by its kind, after an indefinite article, is no part of the office.
    .replace(/\s+(?:of|for|at|in|with|d['’]|de|dans|en|con)\s*(?:an?|une|un|una)\s+(?:association|network|group|organi[sz]ation|cooperative|union|collective|asociaci[óo]n|red|grupo|organizaci[óo]n|cooperativa|colectivo|r[ée]seau|groupe|coop[ée]rative|collectif)\b.*$/u, "")
    .trim();
  // Round 37: "NAME, one of the paralegals of the Desk", "l'une des avocates du Réseau", "uno de los abogados de la Red": one of
  // several who hold the role: the role, in the singular.
  const oneOf = /^(?:one of (?:the|our)|l['’]une? (?:des|de nos)|un[oa] de (?:los|las|nuestr[oa]s))\s+(\p{Ll}[\p{L}-]*s)(?=\s|$)/u.exec(text);
  if (oneOf && isRole(oneOf[1]!.slice(0, -1))) return oneOf[1]!.slice(0, -1);
  // "Peer Educator for the Highlands": the region a role covers is not part of it.
  // "Peer Educator for the Highlands", "youth delegate from Dakar": the region a role covers, or where the speaker is from, is not part of it.
  const placeless = (x: string) => x.replace(/\s+(?:from|in|based in)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u, (tail, place: string) => (findCityCountry(place) || findCountry(place) || isDutyStation(place) ? "" : tail));
  // "legal counsel for the X Helpline in <city>": the city goes first, so that the organization before it is seen whole.
  const role = placeless(roleOnly(placeless(text.split(",")[0]!.trim())).replace(/\s+(?:for|in) the \p{Lu}\p{Ll}+$/u, ""));
  // Round 34: "head of services at Lakeside House, a shelter …": the office, without the proper name of the place it is held at
  // (no article, two capitalized words; "outreach worker at the Hospital" keeps its place, round 30).
  const held = /^(.+?)\s+at\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.exec(role ?? "");
  if (held && isRole(held[1]!) && held[1]!.split(/\s+/).length <= 5) return held[1]!;
  if (role && isRole(role) && role.split(/\s+/).length <= 8) return role;
  // Round 13: "chargé de mission à l'Atelier des Quartiers Unis de …": too long with a name the
  // organization tables do not know, the role stops before the first capitalized name after "at/of/à/de".
  const at = [...(role ?? "").matchAll(ROLE_OF)][0];
  const short = at ? role.slice(0, at.index!).trim() : null;
  return short && isRole(short) && short.split(/\s+/).length <= 6 ? short : null;
}

/**
 * The speaker a statement's first paragraphs name: "My name is X and I am the Director of …", "I am
 * X, director of …", "Mi nombre es X y soy …". Only these forms: a person merely cited in a
 * sentence is not the speaker.
 */
const OFFICE_AFTER_PROFESSION = /^\s*(?:(?:and|et|y)\s+)?(?:I am|I['’]m|je suis|soy)\s+(?:an?\s+|une?\s+)?\p{Ll}[^,.;:!?]{2,80}?\s+(?:and|et|y)\s+(?:the\s+|la\s+|le\s+|el\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+(?:of the|of|at the|de la|de l['’]|del|de|du|des)\s*(?<=\s|['’])\p{Lu}/u;
/**
 * Round 39: a profession of two words or more, then the office held in the organization ("NAME, avocate au barreau de X et
 * présidente du Collectif …", "Je suis notaire honoraire et trésorière de notre association", "lawyer at the High Court and
 * coordinator of the Network"): the office is the role (a bare profession, "avocate et présidente", stays whole, as the labels
 * have it; a kinship, "madre de X y fundadora de la Red", is no profession).
 */
const OFFICE_AFTER_TRADE = /^\s*(?:(?:and|et|y)\s+)?(?:(?:I am|I['’]m|je suis|soy)\s+)?(?:an?\s+|une?\s+)?(?!(?:mother|father|sister|brother|daughter|son|wife|widow|m[èe]re|p[èe]re|s[œo]e?ur|fr[èe]re|fille|fils|veuve|madre|padre|hermana|hermano|hija|hijo|viuda|esposa)\s)\p{Ll}[\p{L}-]*\s+[^,.;:!?]{2,80}?\s+(?:and|et|y)\s+(?:the\s+|la\s+|le\s+|el\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+(?:of the|of|at the|de la|de l['’]|del|de|du|des)\s*(?<=\s|['’])(?:\p{Lu}|(?:our|notre|nuestr[oa])\s)/u;
const JOINED_ROLE = /,\s*(?:and|et|y)\s+(?:the\s+|la\s+|le\s+|el\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+(?:of the|of|at the|at|de la|de l['’]|del|de|du|des)\s*(?<=\s|['’])\p{Lu}/u;
/**
 * Round 29: a host who introduces themselves, then the guest ("I'm NAME, and with me in the studio is the Trust's
 * programme director, NAME."; "… et avec moi aujourd'hui, notre coordinatrice, NAME."; "… y me acompaña nuestra
 * directora, NAME."): the guest is who speaks for the organization, not the host (an interview, a podcast).
 */
const GUEST = new RegExp(String.raw`(?:\b[Ww]ith me|\b[Jj]oining (?:me|us)|\b[Mm]y guests?|\b[Oo]ur guests?|\b(?:am|are|I['’]m|we['’]re) joined by|\b[Aa]vec moi|\b(?:[Nn]otre|[Mm]on) invit[ée]e?|\b[Cc]onmigo|\b(?:[Nn]os|[Mm]e) acompaña|\b[Nn]uestr[oa] invitad[oa])([^.!?]{0,120}?),\s+${NAME_IN_TEXT}(?=\s*[.!?,;]|\s*$)`, "u");
function guestOf(text: string): Speaker | null {
  const m = GUEST.exec(text);
  const name = m ? personName(m[2]!) : null;
  if (!m || !name) return null;
  const said = m[1]!.split(",").at(-1)!.trim().replace(/^(?:is|are|est|es|está|esta|by)\s+/i, "").replace(/^(?:the|our|notre|nuestr[oa]|la|le|el|l['’])\s*/i, "").replace(/^\p{Lu}[\p{L}&-]*['’]s\s+/u, "");
  const role = said ? roleOnly(said) : null;
  return { name, role: role && isRole(role) ? role : null };
}

/**
 * Round 31: a host who speaks of a guest, then names them in the next sentence ("In the studio we have a guest … . She is
 * NAME, role of the ORG."; "… notre invitée … . Elle est NAME, …"; "… una invitada … . Ella es NAME, …"): the guest.
 */
const GUEST_IS = new RegExp(String.raw`\b(?:guests?|invit[ée]e?s?|invitad[oa]s?)\b[^.!?]{0,160}[.!?]\s+(?:She|He|Elle|Il|Ella|Él)\s+(?:is|est|es)\s+${NAME_IN_TEXT},\s+([^.;:!?]{3,120})`, "u");
/** The first paragraph's guest introduction whose name reads as a person's: [name, what follows the comma]. */
function guestMatch(paragraphs: readonly string[]): [string, string] | null {
  for (const p of paragraphs) {
    const m = GUEST_IS.exec(p);
    const name = m ? personName(m[1]!) : null;
    if (m && name) return [name, m[2]!];
  }
  return null;
}

export function guestIntroduced(paragraphs: readonly string[]): Speaker | null {
  const guest = guestMatch(paragraphs);
  if (!guest) return null;
  const role = roleOnly(guest[1]);
  return { name: guest[0], role: isRole(role) ? role : null };
}

/** Round 31: the organization the host names after the guest's role ("She is NAME, volunteer coordinator of the ORG."). */
export function guestOrganization(paragraphs: readonly string[]): string | null {
  const guest = guestMatch(paragraphs);
  return guest ? organizationAfterRole(guest[1].trim()) : null;
}

export function introSpeaker(paragraphs: readonly string[]): Speaker | null {
  for (const p of paragraphs) {
    const intro = INTRO.exec(p);
    const name = intro ? personName(intro[1]!) : null;
    if (!intro || !name) continue;
    const guest = guestOf(p.slice(intro.index).split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(0, 2).join(" "));
    if (guest && guest.name !== name) return guest;
    // "My name is X. I am the coordinator of …": the role in the next sentence.
    // Round 43: "also" after the verb ("… at the harbour. I am also the treasurer of …", "Je suis aussi …", "Soy también …").
    // Round 52: or a sentence or two later, after a word for now ("My name is NAME. I arrived … Now I am the treasurer of …").
    const next = /^\s*[.]\s+(?:[^.;:!?]*[.!?]\s+){0,2}?(?:(?:Today|Now|Aujourd['’]hui|Maintenant|Hoy|Ahora|Actualmente),?\s+)?(?:I am|I['’]m|I serve as|[Jj]e suis|Soy|soy|Me desempeño como)\s+(?:(?:also|aussi|également|tambi[ée]n|adem[áa]s)\s+)?([^.;:!?]*)/u.exec(p.slice(intro.index + intro[0].length));
    // Round 28: "Soy NAME, hermana de …, y fundadora del Comité …": a role joined by "and" later in the sentence, before whose it is.
    const joined = JOINED_ROLE.exec(intro[2] ?? "");
    // Round 33: "NAME ; je suis avocate au barreau de … et coordonnatrice de l'ABC", "I am a lawyer and coordinator of the ABC": a
    // profession, then the office in the organization joined by "and": the office is the role.
    const office = OFFICE_AFTER_PROFESSION.exec(intro[2] ?? "");
    const trade = OFFICE_AFTER_TRADE.exec(intro[2] ?? "") ?? ((intro[2] ?? "").trim() === "" && next ? OFFICE_AFTER_TRADE.exec(next[1]!) : null);
    // Round 43: "My name is NAME. I coordinate the … of the Network.": the office said by a verb in the next sentence.
    const nextVerb = /^\s*[.]\s+(I (?:head|direct|coordinate|lead|manage)\s+the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+of\s+(?:the|our)\s+\p{Lu}[^.;:!?]*)/u.exec(p.slice(intro.index + intro[0].length));
    const role = (office && isRole(office[1]!) ? office[1]! : null) ?? (trade && isRole(trade[1]!) ? trade[1]! : null) ?? introRole(intro[2] ?? "") ?? (next ? introRole(next[1]!) : null) ?? (joined && isRole(joined[1]!) ? joined[1]! : null) ?? (nextVerb ? introRole(nextVerb[1]!) : null);
    // Round 26: a profession, then the body the speaker chairs ("Je suis notaire à … et je préside
    // l'Association …", "… y presido la Red …"): the office in the organization is the role, not the profession.
    const chairs = CHAIRS.exec(p.slice(intro.index).split(/(?<=[.!?])\s+/).slice(0, 2).join(" "));
    const one = CHAIRS_ONE.exec(p.slice(intro.index + intro[0].length - (intro[2] ?? "").length));
    if (one) return { name, role: one[1] ? "presidente" : one[2] ? "président" : "Chair" };
    if (chairs) return { name, role: chairs[1] ? (/(?:trice|ee|ienne|ate|ante|ere|euse)$/.test(fold(chairs[1]).toLowerCase()) ? "présidente" : "président") : chairs[2] ? "presidente" : "Chair" };
    return { name, role };
  }
  for (const p of paragraphs) {
    const named = speaksToYou(p);
    if (named) return named;
  }
  for (const p of paragraphs) {
    const presented = PRESENT.exec(p);
    const name = presented ? personName(presented[1]!) : null;
    if (presented && name) return { name, role: introRole(presented[2] ?? "") };
  }
  // Round 25: a transcript without punctuation ("[00:09] soy NAME abogada del Centro …"): the name, then a
  // role in lower case right before "of/de" and a capital.
  for (const p of paragraphs) {
    const bare = BARE_INTRO.exec(p);
    const name = bare ? personName(bare[1]!) : null;
    if (bare && name && isRole(bare[2]!)) return { name, role: bare[2]! };
  }
  return null;
}
/**
 * Round 56: the speaker named as the one who speaks to the room ("C'est Mme NAME, secrétaire du Cercle, qui vous parle", "C'est moi,
 * NAME, …, qui vous parle", "It is NAME, …, who is speaking to you", "Es NAME, …, quien les habla"): the name, then its role.
 */
const SPEAKS_TO_YOU = new RegExp(String.raw`(?:^|[.!?,]\s+)(?:[Cc]['’]est(?:\s+moi\s*,)?|It is(?:\s+I\s*,)?|This is|Es|Soy yo\s*,)\s+${NAME_IN_TEXT}\s*(?:,\s*([^.;:!?]{3,160}?)\s*)?,?\s+(?:qui vous parle|qui s['’]adresse [àa] vous|who (?:is )?(?:speaking|speaks|addressing|addresses) (?:to )?you|quien (?:les|le) habla|quien se dirige a ustedes)\b`, "u");
/** Round 56: "rédactrice … et vice-présidente du réseau": the office held in the body, joined last by "and", before whose it is. */
const LAST_OFFICE = /\s(?:and|et|y)\s+(?:the\s+|la\s+|le\s+|el\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+(?:of|de|du|des|del|d['’])\s*(?:the\s+|la\s+|l['’]|le\s+|el\s+)?[\p{L}-]+$/u;
function speaksToYou(paragraph: string): Speaker | null {
  const m = SPEAKS_TO_YOU.exec(paragraph);
  const name = m ? personName(m[1]!) : null;
  if (!name) return null;
  const last = LAST_OFFICE.exec(m![2] ?? "");
  const role = last && isRole(last[1]!) ? last[1]! : introRole(m![2] ?? "");
  // A name with neither a role nor a title may be a place's ("C'est Port-Louvet qui vous parle").
  return role || isTitled(m![1]!) ? { name, role } : null;
}
const BARE_INTRO = new RegExp(String.raw`(?<![\p{L}'’])(?:${lead(["my name is", "i am", "i'm", "je m'appelle", "je suis", "mi nombre es", "me llamo", "soy"])})\s+${NAME_IN_TEXT}\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)\s+(?:of the|of|at the|at|with the|de la|de l['’]|del|de|du|des|con la|en la|en el)\s+\p{Lu}`, "mu");

/** A web page's introduction above the statement: "… delivered online by our colleague X, Role, is reproduced below." */
export function deliveredBySpeaker(paragraphs: readonly string[]): Speaker | null {
  for (const p of paragraphs) {
    const first = DELIVERED_BY_ROLE.exec(p);
    const named = first ? personName(first[2]!) : null;
    const office = first ? roleOnly(first[1]!.trim()) : null;
    if (named && office && isRole(office)) return { name: named, role: office };
    const by = DELIVERED_BY.exec(p);
    const name = by ? personName(by[1]!) : null;
    if (by && name) {
      // "… given by Dr X, our senior researcher, who …": the possessive is not part of the role.
      const role = by[2] ? roleOnly(by[2].split(",")[0]!.trim().replace(/^(?:our|notre|nos|nuestr[oa]s?|its|their|leur|su)\s+/i, "")) : null;
      return { name, role: role && isRole(role) && !/^(?:is|was|est|es|fue)\b/i.test(role) ? role : null };
    }
  }
  return null;
}

// Round 13: "told delegates", "said", "a déclaré", "dijo" (a press release or minutes in reported speech), and "y a présenté" (a clitic before the verb).
// Round 35: "stood up in/at …", "s'est levée", "se levantó" (a page telling that the speaker stood up at the meeting).
// Round 33: "read the statement" (an FAQ's answer: "Our director, NAME, read the statement at the dialogue …").
// Round 46: whose statement, by a possessive ("… read the network's statement").
// Round 49: "took part in", "a participé à", "participó en" (a web post telling that its officer took part in the dialogue).
export const TOOK_FLOOR = String.raw`(?:took the floor|took part in|participated in|(?:y |en )?a particip[ée] [àa]|particip[óo] en|stood up (?:in|at|before|to speak)|rose to speak|(?:y |en )?s'est lev[ée]e?|se (?:levant[óo]|puso de pie)|read (?:out )?(?:the|our|its|this)(?: following| \p{L}+['’]s)? (?:statement|intervention|declaration|speech|text)|spoke|addressed|delivered|presented|intervened|told|said|stated|described|explained|made (?:a|our|the) (?:statement|intervention)|(?:y |en )?a pris la parole|est intervenue?|(?:y |en )?a prononc[ée]|(?:y |en )?a pr[ée]sent[ée]|s'est exprim[ée]e?|a lu|a d[ée]clar[ée]|intervino|tom[óo] la palabra|habl[óo]|present[óo]|pronunci[óo]|ley[óo]|dijo|declar[óo]|afirm[óo])(?![\p{L}])`;
/** "X, 24, told …": a press release's age after the name. */
const AGE = String.raw`(?:,\s*\d{1,3},)?`;
/** "X, juriste du Réseau, est intervenue …": a name, its role between commas, then a verb of speaking. */
const NAME_ROLE_SPOKE = new RegExp(String.raw`${NAME_IN_TEXT},\s+([^,.;:!?]{3,80}?),\s+${TOOK_FLOOR}`, "u");
/** "Yesterday our Director of Research, X, took the floor …": the role first, then the name between commas. */
/** "… our advocacy officer X took the floor …": a role in lowercase right before the name, no commas. */
const ROLE_NAME_BARE = new RegExp(String.raw`(?<![\p{L}])(?:[Oo]ur|[Nn]otre|[Nn]uestr[oa]|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ll]eur|[Ss]on|[Ss]a|[Ss]u)\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,4})\s+${NAME_IN_TEXT}${AGE}\s+${TOOK_FLOOR}`, "u");
// Round 16: an acronym's possessive too ("ABC's deputy director, NAME, took the floor"), as a newsletter reports its own.
// Round 61: or the body's name after "the" ("the Collective's director, NAME, said …"), as a press release reports its own.
const ROLE_NAME_SPOKE = new RegExp(String.raw`(?<![\p{L}])(?:\p{Lu}[\p{Lu}&]{1,9}['’]s|[Tt]he\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}['’]s|[Oo]ur|[Nn]otre|[Nn]os|[Nn]uestr[oa]s?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ll]eur|[Ss]on|[Ss]a|[Ss]u)\s+([^,.;:!?]{3,60}?),\s+(?:(?:the|la|le|el|l['’])\s*\p{Ll}[\p{L}-]*\s+)?${NAME_IN_TEXT},\s+${TOOK_FLOOR}`, "u");

/**
 * Round 69: the office before the name, the name set off by an apposition with an indefinite article before the verb ("the Alliance's
 * president, the Hon. NAME, a former judge, told …", « sa présidente, NAME, une ancienne juge, a déclaré … »): the office, not the apposition.
 */
const ROLE_NAME_APPOSED = new RegExp(String.raw`(?<![\p{L}])(?:\p{Lu}[\p{Lu}&]{1,9}['’]s|[Tt]he\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}['’]s|[Oo]ur|[Nn]otre|[Nn]uestr[oa]|[Ii]ts|[Tt]heir|[Ll]eur|[Ss]on|[Ss]a|[Ss]u)\s+([^,.;:!?]{3,60}?),\s+(?:(?:the|la|le|el|l['’])\s*)?${NAME_IN_TEXT},\s+(?:an?|un|une|una|uno)\s+[^,.;:!?]{3,80}?,\s+${TOOK_FLOOR}`, "u");
// Round 48: the verb first, as Spanish and French may put it ("Leyó la declaración nuestro investigador asociado NAME.", "A lu
// l'intervention notre juriste NAME."): the statement read, then the possessive, the office in small letters and the name.
const READ_THEN_ROLE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:[Ll]ey[óo]|[Pp]ronunci[óo]|[Pp]resent[óo]|[Aa] lu|[Aa] prononc[ée]|[Aa] pr[ée]sent[ée])\s+(?:la|l['’]|el|le|nuestra|notre)\s*(?:declaraci[óo]n|intervenci[óo]n|discurso|d[ée]claration|intervention|discours)\s+(?:[Nn]uestr[oa]|[Ss]u|[Nn]otre|[Ss]on|[Ss]a)\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+${NAME_IN_TEXT}`, "u");
// Round 60: the verb before the possessive, as Spanish and French report it ("En nombre de la Liga intervino su directora, NAME, …",
// "Pour le Collectif a pris la parole sa présidente, Mme NAME"): an office in small letters, then the name after its comma.
const SPOKE_ROLE_NAME = new RegExp(String.raw`(?<![\p{L}])${TOOK_FLOOR}\s+(?:su|sa|son|leur|notre|nuestr[oa])\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}),?\s+${NAME_IN_TEXT}`, "u");

// Round 61: a press release's "La directora ejecutiva de la Fundación X, NAME, intervino hoy …", "The director of the X Network, NAME,
// told …": an article, the office in small letters, the body it is held in, then the name between commas.
const ROLE_OF_BODY_NAME_SPOKE = new RegExp(String.raw`(?:^|[.;][–—-]?\s+)(?:[Tt]he|[Ll]a|[Ee]l|[Ll]e|[Ll]['’])\s*(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+(?:of|de|du|del|des)\s+(?:(?:the|la|le|el|los|las|les)\s+|l['’])?\p{Lu}[^,.;:!?]{2,80}?,\s+${NAME_IN_TEXT},\s+${TOOK_FLOOR}`, "u");

// Round 61: a post's introduction naming its own officer between commas ("our chairman, NAME, travelled to …") and saying in another
// sentence of the paragraph that he or she spoke ("On Wednesday he spoke …", "Elle a pris la parole …").
const OWN_ROLE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:[Oo]ur|[Nn]otre|[Nn]uestr[oa])\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}),\s+${NAME_IN_TEXT},`, "u");
const PRONOUN_SPOKE = new RegExp(String.raw`(?<![\p{L}])(?:[Hh]e|[Ss]he|[Ii]l|[Ee]lle)\s+${TOOK_FLOOR}`, "u");

/**
 * A web page's introduction that names who took the floor: "… our Director of Research, X, took
 * the floor at …", "Le 3 mars, X, juriste du Réseau, est intervenue …". Read only
 * in the paragraphs above the statement's opening to the chair.
 */
export function floorSpeaker(paragraphs: readonly string[]): Speaker | null {
  for (const p of paragraphs) {
    const apposed = ROLE_NAME_APPOSED.exec(p);
    const apposedName = apposed ? personName(apposed[2]!) : null;
    const apposedRole = apposed ? roleOnly(apposed[1]!.trim()) : null;
    if (apposedName && apposedRole && isRole(apposedRole)) return { name: apposedName, role: apposedRole };
    // Round 51: "our Director, Dr NAME, spoke …" also reads as NAME, role, spoke with the office as the
    // name: a name that is no person's gives way to the role-then-name forms.
    const spoke = NAME_ROLE_SPOKE.exec(p);
    const after = spoke && personName(spoke[1]!) ? spoke : null;
    const inverted = SPOKE_ROLE_NAME.exec(p);
    const before = after ? null : (ROLE_NAME_SPOKE.exec(p) ?? ROLE_NAME_BARE.exec(p) ?? READ_THEN_ROLE_NAME.exec(p) ?? (inverted && isRole(inverted[1]!) ? inverted : null) ?? ROLE_OF_BODY_NAME_SPOKE.exec(p) ?? (PRONOUN_SPOKE.test(p) ? OWN_ROLE_NAME.exec(p) : null));
    const nameText = after?.[1] ?? before?.[2];
    const roleText = after?.[2] ?? before?.[1];
    const name = nameText ? personName(nameText) : null;
    if (!name) continue;
    // "X, our Director, spoke …": the possessive is not part of the role.
    const role = roleText ? roleOnly(roleText.trim().replace(/^(?:our|notre|nos|nuestr[oa]s?|its|their|leur|su|the|la|le|el)\s+/i, "")) : null;
    return { name, role: role && isRole(role) ? role : null };
  }
  return null;
}

/**
 * Round 16: a covering note or letter saying who will read the statement: "here is the speech our
 * chair, NAME, will read", "voici le discours que lira notre trésorière, NAME", "cette note, qui
 * sera présentée pour nous à la séance … par NAME, rôle", "el texto que leerá nuestra coordinadora,
 * NAME". Only in a sentence about the statement itself (its text, letter or intervention, or "on our
 * behalf"): "the report will be presented by …" is not one.
 */
// Round 57: or hopes to ("Our coordinator, Ms NAME, hopes to read it …").
const FUTURE_VERB = String.raw`(?:will|shall|is going to|hopes? to)\s+(?:deliver|read|present)|prononcera|lira|pr[ée]sentera|leer[áa]|pronunciar[áa]|presentar[áa]|va(?:n)? a (?:leer|pronunciar|presentar)`;
const POSSESSIVE = String.raw`(?:[Oo]ur|[Nn]otre|[Nn]uestr[oa]|\p{Lu}[\p{Lu}&]{1,9}['’]s)`;
const ROLE_NAME_WILL = new RegExp(String.raw`(?<![\p{L}])${POSSESSIVE}\s+([^,.;:!?]{3,60}?),\s+${NAME_IN_TEXT},?\s+(?:${FUTURE_VERB})(?![\p{L}])`, "u");
// Round 51: the day may come between the verb and the reader ("la intervención que leerá mañana nuestro delegado, NAME").
// Round 52: or an object pronoun for the statement named just before ("La va a leer nuestro secretario, NAME").
// Round 62: or how it will be read ("La leerá por videoconferencia nuestro director, el señor NAME", "… en línea nuestra coordinadora, doña NAME"):
// a short phrase before "our", a courtesy title in small letters before the name.
const COURTESY = String.raw`(?:(?:el|la)\s+se[ñn]or(?:a|ita)?\s+|do[ñn]a\s+|monsieur\s+|madame\s+)?`;
const WILL_ROLE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:que|qui|that|[Ll][ao])\s+(?:${FUTURE_VERB})\s+(?:(?:ma[ñn]ana|hoy|demain|aujourd['’]hui|tomorrow|today|(?:por|en|par|by|in|via)\s+[^,.;:!?\s]+(?:\s+[^,.;:!?\s]+)?|online)\s+)?${POSSESSIVE}\s+([^,.;:!?]{3,60}?),\s+${COURTESY}${NAME_IN_TEXT}`, "u");
const NAME_ROLE_WILL = new RegExp(String.raw`${NAME_IN_TEXT},\s+${POSSESSIVE}\s+([^,.;:!?]{3,60}?),\s+(?:${FUTURE_VERB})(?![\p{L}])`, "u");
/** Round 57: the reader's office in small letters after "our" before the name ("by our solicitor Ms NAME", "par notre juriste M. NAME"). */
const OUR_ROLE = String.raw`(?:${POSSESSIVE}\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}),?\s+)?`;
const TO_BE_READ_BY = new RegExp(String.raw`(?:(?:will|shall) be|to be|is to be|sera|será)\s+(?:delivered|read(?: out)?|presented|lue?|prononc[ée]e?|pr[ée]sent[ée]e?|le[íi]d[oa]|pronunciad[oa]|presentad[oa])\b[^.;!?]{0,200}?\s(?:by|par|por)\s+${OUR_ROLE}${NAME_IN_TEXT}(?:\s*,\s*([^.;:!?]*))?`, "u");
/** Round 17: "The appeal was handed over … by NAME, role", "Ce texte a été lu par …", "La declaración fue leída por …": said after the fact. */
// Round 53: the words or the reading of one of the body's own, past or present ("the words of our director, NAME", "l'intervention
// lue par notre ROLE, M. NAME, ce matin", "las palabras de nuestra ROLE, Lic. NAME"): the statement's word or
// the act of reading is in the form itself, so the sentence need not be about the statement otherwise.
const READ_BY_OURS = new RegExp(String.raw`(?<![\p{L}])(?:(?:words|statement|speech|remarks|text|palabras|intervenci[óo]n|discurso|declaraci[óo]n|texto|mots|intervention|discours|d[ée]claration|texte)\s+(?:of|from|de|del)|(?:read|delivered|lue?|prononc[ée]e?|le[íi]d[oa]|pronunciad[oa])\s+(?:[^.;:!?,]{0,30}?\s+|(?:[^.;:!?]{0,100}?,\s+))?(?:by|par|por))\s+${POSSESSIVE}\s+([^,.;:!?]{3,60}?),\s+${NAME_IN_TEXT}`, "u");
const WAS_READ_BY = new RegExp(String.raw`(?:was|were|has been|have been|a [ée]t[ée]|ont [ée]t[ée]|fue|fueron|ha sido)\s+(?:handed(?: over)?|delivered|read(?: out)?|presented|submitted|remise?s?|lue?s?|prononc[ée]e?s?|pr[ée]sent[ée]e?s?|entregad[oa]s?|le[íi]d[oa]s?|pronunciad[oa]s?|presentad[oa]s?)\b[^.;!?]{0,200}?\s(?:by|par|por)\s+${OUR_ROLE}${NAME_IN_TEXT}(?:\s*,\s*([^.;:!?]*))?`, "u");
/**
 * Round 35: minutes saying whom a meeting chose to deliver the statement: "The meeting designates Ms X to deliver the statement",
 * "La consultation désigne Mme X pour prononcer la déclaration", "La asamblea designa a la Sra. X para leer la declaración".
 */
const DESIGNATED = new RegExp(String.raw`(?:designates?|designated|appoints?|appointed|mandates?|mandated|chose|chooses|d[ée]sign(?:e|ent|[ée]e?)|mandat(?:e|ent|[ée]e?)|choisit|d[ée]l[èe]gue|designa(?:n|ron)?|design[óo]|eligi[óo]|elige|nombr[óo]|nombra)\s+(?:a\s+)?${NAME_IN_TEXT}(?:\s*,\s*([^,.;:!?]{3,80}),)?\s+(?:to|pour|para)\s+(?:deliver|read|present|prononcer|lire|pr[ée]senter|pronunciar|leer|presentar)\b`, "u");
/** Read last, anywhere in the text (minutes record the choice where the meeting made it). */
export function designatedSpeaker(paragraphs: readonly string[]): Speaker | null {
  for (const p of paragraphs) {
    const m = DESIGNATED.exec(p.replace(/\s+/g, " "));
    const name = m ? personName(m[1]!) : null;
    if (!m || !name) continue;
    const role = m[2] ? roleOnly(m[2].trim().replace(/^(?:our|notre|nuestr[oa]|its|son|sa|su|the|la|le|el)\s+/i, "")) : null;
    if (role && isRole(role)) return { name, role };
    // The office the minutes gave the same person in a list of the meeting's officers ("Rapporteur: Ms NAME.", "Secrétaire de séance : Mme NAME.").
    const escaped = literal(name);
    const listed = paragraphs.map((q) => new RegExp(String.raw`(?:^|[.;]\s+)(\p{Lu}[\p{Ll}\s'’-]{2,40}?)\s*:\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?${escaped}(?![\p{L}-])`, "u").exec(q.replace(/\s+/g, " "))).find((x) => x && isRole(x[1]!) && !personName(x[1]!));
    return { name, role: listed ? listed[1]!.trim() : null };
  }
  return null;
}
const ABOUT_STATEMENT = /\b(?:text|statement|intervention|letter|speech|remarks|comments|commentaires|comentarios|observations|observaciones|petition|texte|declaration|lettre|discours|petition|texto|declaracion|intervencion|carta|discurso|peticion|on our behalf|en notre nom|en nuestro nombre)\b/;

// Round 35: a covering note's sentence naming the speaker by the word for one ("Our speaker will be Ms X, our field officer.",
// "Notre oratrice sera Mme X, …", "Nuestra oradora será X, …"), inside a paragraph: read as that by-line opening a line is.
const OUR_SPEAKER = /(?:^|[.!?:]\s+)((?:[Oo]ur|[Nn]otre|[Nn]uestr[oa]) (?:speaker|orat(?:eur|rice)|intervenante?|orador|oradora|ponente)(?: (?:today|aujourd['’]hui|hoy|de hoy))?,? (?:is|will be|est|sera|es|ser[áa]) [^!?]{5,160}?)(?<!(?:^|\s)(?:Mr|Ms|Mrs|Dr|Prof|Pr|M|Mme|Me|Sr|Sra|Dra|Lic|Ing|Abg))(?:[.!?](?:\s|$)|$)/u;
function ourSpeaker(paragraph: string): Speaker | null {
  const m = OUR_SPEAKER.exec(paragraph.replace(/\s+/g, " ").trim());
  const found = m ? byLine(m[1]!) : null;
  return found ? { ...found, role: found.role?.replace(/^(?:our|notre|nuestr[oa])\s+/i, "") ?? null } : null;
}
export function announcedSpeaker(paragraphs: readonly string[]): Speaker | null {
  for (const p of paragraphs) {
    const ours = ourSpeaker(p);
    if (ours) return ours;
    // Round 52: a title's full stop ends no sentence ("… notre trésorier, M. NAME"); a sentence after one about the
    // statement may speak of it by a pronoun ("Below is our statement. It will be read by …").
    const sentences = p.split(/(?<=[.!?])(?<!(?:^|\s)(?:Mr|Ms|Mrs|Dr|Prof|Pr|M|Mme|Me|Sr|Sra|Srta|Dra|Lic|Ing|Abg)\.)\s+(?=\p{Lu})/u);
    for (const [i, sentence] of sentences.entries()) {
      const ours = READ_BY_OURS.exec(sentence);
      if (!ours && !ABOUT_STATEMENT.test(fold(sentence)) && !(i > 0 && ABOUT_STATEMENT.test(fold(sentences[i - 1]!)))) continue;
      const before = ours ?? ROLE_NAME_WILL.exec(sentence) ?? WILL_ROLE_NAME.exec(sentence);
      const after = before ? null : NAME_ROLE_WILL.exec(sentence);
      const by = before || after ? null : (TO_BE_READ_BY.exec(sentence) ?? WAS_READ_BY.exec(sentence));
      const nameText = before?.[2] ?? after?.[1] ?? by?.[2];
      const roleText = before?.[1] ?? after?.[2] ?? by?.[1] ?? by?.[3]?.split(",")[0];
      const name = nameText ? personName(nameText) : null;
      if (!name) continue;
      // Round 65: "…, the Alliance's medical coordinator": the body's possessive before the office goes with the article.
      const role = roleText ? roleOnly(roleText.trim().replace(/^(?:our|notre|nos|nuestr[oa]s?|its|their|leur|su|the|la|le|el)\s+/i, "").replace(/^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s\s+(?=\p{Ll})/u, "")) : null;
      return { name, role: role && isRole(role) ? role : null };
    }
  }
  return null;
}

/** "At the Network's request, treasurer X told delegates …": a role in lowercase right before the name, after a comma or at a sentence's start. */
const ROLE_NAME_PLAIN = new RegExp(String.raw`(?:^|[,.;:]\s+)(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+${NAME_IN_TEXT}${AGE}\s+${TOOK_FLOOR}`, "u");
/**
 * Round 67: a news report's "the ROLE of the BODY, NAME, warned/told/said …" ("…, the executive director of the Alliance, Mr NAME, warned
 * that …", "la présidente de l'Association, Mme NAME, a averti …", "la directora de la Red, NAME, advirtió …"): that role and name.
 */
const ROLE_OF_BODY_NAME = new RegExp(String.raw`(?:^|[,.;:]\s+)(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l)\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+(?:of|de|del|du|des)\s+(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+|los\s+|las\s+)?\p{Lu}[^,;:.]{3,100}?,\s+${NAME_IN_TEXT}\s*,\s+(?:${TOOK_FLOOR}|warned|urged|called|argued|noted|stressed|reported|insisted|a (?:averti|appel[ée]|insist[ée]|soulign[ée]|rappel[ée])|advirti[óo]|insisti[óo]|llam[óo]|pidi[óo]|subray[óo]|record[óo])(?![\p{L}])`, "u");
/** "…," said X, deputy director of the Network. / « … », a déclaré M. X, trésorier du … / "…", dijo X, portavoz de …: a quotation's speaker. */
const SAID_NAME = new RegExp(String.raw`["”»]\s*,?\s*(?:said|says|added|explained|a d[ée]clar[ée]|a ajout[ée]|a expliqu[ée]|a soulign[ée]|dijo|declar[óo]|afirm[óo]|agreg[óo]|a[ñn]adi[óo]|explic[óo])\s+${NAME_IN_TEXT}(?:\s*,\s*([^,.;:!?"“”«»]{3,80}))?`, "u");

/**
 * Round 14: an interview's subject, "We asked our director, NAME, what …", "Nous avons interrogé
 * notre présidente, NAME, sur …", "Entrevistamos a nuestra coordinadora, NAME, sobre …": the
 * organization's own person (a possessive before the role), answering its questions.
 */
const ASKED_OWN = new RegExp(String.raw`(?:\b(?:[Ww]e|I)\s+(?:asked|interviewed|spoke (?:to|with)|talked (?:to|with))|\b(?:[Ii]nterview|[Cc]onversation) with|\b[Nn]ous avons (?:interrog[ée]|demand[ée] [àa]|rencontr[ée])|\b[Ee]ntretien avec|\b(?:[Pp]reguntamos|[Ee]ntrevistamos|[Cc]onversamos con|[Hh]ablamos con)(?:\s+a)?|\b[Ee]ntrevista (?:a|con))\s+(?:[Oo]ur|[Nn]otre|[Nn]uestr[oa])\s+([^,.;:!?]{3,60}?),\s+${NAME_IN_TEXT}\s*,`, "u");

/**
 * Round 13: the speaker a text in reported speech names (minutes, a mission report, a press
 * release, a thread): "X, treasurer, took the floor for the network", "Son trésorier, M. X, y a
 * présenté …", "treasurer X told delegates", "…," said X, deputy director of …. Read in the body
 * when neither the heading, an introduction nor a signature names the speaker.
 */
/** A quoted speaker's role that ties them to the statement's organization: a possessive, its name or its acronym. */
function ownRole(role: string, own: { name: string; acronym: string | null } | null): boolean {
  const f = fold(role.trim());
  if (/^(?:our|notre|nos|nuestr[oa]s?)\s/.test(f)) return true;
  if (!own) return false;
  const name = fold(own.name).replace(/^(?:the|le|la|les|l'|el|los|las)\s*/, "");
  return (name.length >= 4 && f.includes(name)) || (own.acronym !== null && new RegExp(`(?<![\\p{L}])${own.acronym.replace(/[^A-Za-z&]/g, "")}(?![\\p{L}])`, "u").test(role));
}

/**
 * `own` (round 14): the statement's organization as read elsewhere, or null when none was. When it
 * is given, a quotation's speaker must belong to it: "…," said X, our coordinator / coordinator of
 * <the organization or its acronym>. A survivor, an official or an expert the statement quotes
 * ("said X, a judge of the High Court") is not who spoke.
 */
export function reportedSpeaker(paragraphs: readonly string[], own?: { name: string; acronym: string | null } | null): Speaker | null {
  const floor = floorSpeaker(paragraphs);
  if (floor) return floor;
  for (const p of paragraphs) {
    const asked = ASKED_OWN.exec(p);
    const name = asked ? personName(asked[2]!) : null;
    const role = asked ? roleOnly(asked[1]!.trim()) : null;
    if (name && role && isRole(role)) return { name, role };
  }
  for (const p of paragraphs) {
    const plain = ROLE_NAME_PLAIN.exec(p);
    const name = plain ? personName(plain[2]!) : null;
    const role = plain ? roleOnly(plain[1]!.trim()) : null;
    if (name && role && isRole(role)) return { name, role };
  }
  for (const p of paragraphs) {
    const reported = ROLE_OF_BODY_NAME.exec(p);
    const name = reported ? personName(reported[2]!) : null;
    const role = reported ? roleOnly(reported[1]!.trim()) : null;
    if (name && role && isRole(role)) return { name, role };
  }
  for (const p of paragraphs) {
    const said = SAID_NAME.exec(p);
    const name = said ? personName(said[1]!) : null;
    if (!said || !name) continue;
    if (own !== undefined && !ownRole(said[2] ?? "", own)) continue;
    const role = said[2] ? roleOnly(said[2].trim().replace(/^(?:the|our|its|la|le|el|su|sa|notre|nuestr[oa])\s+/i, "")) : null;
    return { name, role: role && isRole(role) ? role : null };
  }
  return null;
}

/**
 * Round 17: a transcript's speaker label, "MS. JANE ROE (Programme Coordinator, Example Trust): Thank
 * you, Chair.", "MR. JOHN DOE (Example Network) [in French]: …": the name in capitals (or after an
 * honorific), the role and organization in brackets, a colon. The chair's and delegations' labels are
 * not a speaker's. With `own` (the organization read elsewhere), the label naming it wins over the
 * first one (a transcript runs on into the next speaker's turn).
 */
const TRANSCRIPT_LABEL = /^(?:(mr|ms|mrs|miss|dr|prof|m|mme|mlle|sr|sra|srta|dra)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*\(([^()]{3,160})\)\s*(?:\[[^\]]{0,80}\]\s*)?:\s+\S/u;
export function transcriptSpeaker(paragraphs: readonly string[], own?: { name: string; acronym: string | null } | null): Speaker | null {
  const found: { speaker: Speaker; bracket: string }[] = [];
  for (const p of paragraphs) {
    const m = TRANSCRIPT_LABEL.exec(p.trim());
    if (!m) continue;
    const caps = !/\p{Ll}/u.test(m[2]!);
    if (!caps && !m[1]) continue;
    const name = personName(caps ? titleCase(m[2]!) : m[2]!);
    if (!name || NOT_SPEAKER_LINE.test(fold(m[2]!))) continue;
    const first = m[3]!.split(/\s*,\s*/)[0]!.trim();
    const role = isRole(first) && !kindNamed(first) ? roleOnly(first) : null;
    found.push({ speaker: { name, role: role && isRole(role) ? role : null }, bracket: m[3]! });
  }
  if (found.length === 0) return null;
  const mine = own ? found.find((f) => ownRole(f.bracket, own)) : undefined;
  return (mine ?? found[0]!).speaker;
}

/**
 * Round 17: an author's note closing an op-ed or a blog post, "NAME is the coordinator of the Example
 * Centre.", "NAME est coordinatrice du Réseau …", "NAME es directora de la Red …": the role of the
 * speaker already named (by-line, signature) when nothing gave it.
 */
export function bioRole(name: string, lines: readonly string[]): string | null {
  const escaped = literalSpaced(name);
  const re = new RegExp(`(?:^|[.!?]\\s+)${escaped}\\s+(?:is|est|es)\\s+(?:(?:the|an?|le|la|l'|el|una?)\\s+)?([^.;:!?]{3,160})`, "u");
  for (const line of lines) {
    const m = re.exec(line.trim());
    if (!m || /^(?:also|not|pas|no|one|l'une?|uno|una)\b/i.test(m[1]!)) continue;
    const role = roleOnly(m[1]!.split(/\s*,\s*(?:who|which|qui|que|quien)\b/)[0]!.trim());
    if (role && isRole(role) && role.split(/\s+/).length <= 8) return role;
  }
  return null;
}

/** "JANE ROE-SMITH" → "Jane Roe-Smith". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A submission form's fields above the statement: "Name of organization: …", "Pays : …", "Cargo: …". */
export type FormFields = { organization: string | null; acronym: string | null; country: string | null; speaker: string | null; role: string | null; submitter: string | null; sender: string | null };

// Round 14: the labels are matched whole, once their marks are dropped (see `formLine`), so that
// "Nom de l'intervenant(e) * :", "Organisation name (required):" and "**Submitted by:**" read as
// "Nom de l'intervenant", "Organisation name" and "Submitted by".
const FORM_ORGANIZATION = /^(?:(?:full |official )?name of (?:the |your )?(?:organi[sz]ation|ngo|entity|group|institution)|(?:organi[sz]ation|ngo|entity)(?:'s)? (?:full )?name|(?:submitting |speaking |your )?organi[sz]ation|nom (?:complet )?de (?:l'|la |votre )?(?:organisation|ong|association|structure|entite)|(?:nom de l')?organisme|organisation (?:soumissionnaire|requerante)|nombre (?:completo )?de (?:la |su )?(?:organizacion|entidad|ong|institucion|asociacion)|organizacion(?: solicitante| que presenta)?|entidad)$/;
const FORM_ACRONYM = /^(?:(?:organi[sz]ation(?:'s)? )?(?:acronym|abbreviation|short name|initials)(?: of (?:the )?organi[sz]ation)?|(?:sigle|acronyme|abreviation)(?: de (?:l'organisation|l'association|l'ong))?|siglas?|acronimo|abreviatura)$/;
const FORM_COUNTRY = /^(?:(?:headquarters|registration|home) country|(?:country|pays|pais)(?: of (?:origin|registration|headquarters|incorporation|the organi[sz]ation)| d'origine| d'enregistrement| du siege(?: social)?| de (?:l'organisation|l'association)| de origen| de registro| (?:de la )?sede| de (?:la organizacion|la entidad))?)$/;
const FORM_SPEAKER = /^(?:(?:full )?name of (?:the )?(?:speaker|presenter)|(?:speaker|presenter)'?s? (?:full )?name|speaker|presenter|intervenant|intervenante|orateur|oratrice|orador|oradora|ponente|interviniente|persona que interviene|nom de la personne qui (?:intervient|prend la parole)|(?:full )?name|nom (?:et prenom |complet )?(?:de l'|du |de la )?(?:intervenant|intervenante|orateur|oratrice|representant|representante)|nom et prenom|prenom et nom|nom|nombre (?:y apellidos? )?(?:del? |de la )?(?:orador|oradora|ponente|interviniente|representante)|nombre y apellidos?|nombre completo|nombre)$/;
const FORM_ROLE = /^(?:title\s*\/\s*position|position|title|role|function|job title|(?:speaker'?s? |presenter'?s? )?(?:title|position|role|function)|(?:title|position|role|function) of (?:the )?speaker|fonction|titre|poste|qualite|(?:fonction|titre|poste|qualite) de l'(?:intervenant|intervenante|orateur|oratrice)|cargo|funcion|puesto|(?:cargo|funcion|puesto) del? (?:la )?(?:orador|oradora|ponente|interviniente))$/;
/** "Submitted by:", "Soumis par :", "Presentado por:": a person or an organization. */
// Round 22: a fax's or a covering sheet's "From:" / "De :" / "Remitente:" (read only for a name with its fitting acronym, see `findOrganization`).
const FORM_SENDER = /^(?:from|sender|de|expediteur|expeditrice|remitente)$/;
const FORM_SUBMITTER = /^(?:submitted by|submitting entity|author|authors|soumis(?:e)? par|auteur|presentad[oa] por|enviad[oa] por|autor(?:es)?)$/;

/**
 * Round 14: a form's field line, "Label : value", its label cleaned of the marks forms and exports
 * add: a required-field star ("* :"), "(required)", "(facultatif)", a gender ending
 * ("intervenant(e)", "orador(a)", "intervenant·e"), Markdown bold ("**Label:** value") or a
 * bullet. Null when the line is not one (a label of more than eight words is a sentence).
 */
export function formLine(line: string): { label: string; value: string } | null {
  const m = /^\s*(?:[-•]\s+)?(?:\*\*|__)?([^:]{2,80}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\S.*)$/.exec(line);
  if (!m) return null;
  const label = fold(m[1]!)
    .replace(/[’‘]/g, "'")
    .replace(/\((?:e|es|a|as|ne|le|s)\)|[·/](?:e|es|a|as|ne)\b/g, "")
    // "(required)", "(facultatif)", "(if any)", "(full name)": a note on the field, not its name.
    .replace(/\([^)]{0,40}\)/g, "")
    .replace(/\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (label.length < 2 || label.split(" ").length > 8) return null;
  return { label, value: m[2]!.replace(/^(?:\*\*|__)\s*/, "").trim() };
}

/** Whether a heading line is one of a form's fields (it leaves the text once read). */
export const isFormLine = (line: string) => {
  const f = formLine(line);
  return f !== null && [FORM_ORGANIZATION, FORM_ACRONYM, FORM_COUNTRY, FORM_ROLE, FORM_SPEAKER].some((re) => re.test(f.label));
};

export function formFields(lines: readonly string[]): FormFields {
  const out: FormFields = { organization: null, acronym: null, country: null, speaker: null, role: null, submitter: null, sender: null };
  for (const line of lines) {
    const field = formLine(line);
    if (!field) continue;
    const { label, value } = field;
    if (FORM_ORGANIZATION.test(label)) out.organization ??= value;
    else if (FORM_ACRONYM.test(label)) out.acronym ??= value;
    else if (FORM_COUNTRY.test(label)) out.country ??= value;
    else if (FORM_ROLE.test(label)) out.role ??= value;
    else if (FORM_SPEAKER.test(label)) out.speaker ??= value;
    else if (FORM_SUBMITTER.test(label)) out.submitter ??= value;
    else if (FORM_SENDER.test(label)) out.sender ??= value;
  }
  return out;
}

/**
 * Round 27: an e-mail's sender who signs the message with their first name alone: "From: Ana Lind <ana@…>" above, a
 * line "Ana" (or "Best, Ana") closing one of the body's blocks. The sender wrote and, in an e-mail that carries the text
 * as delivered, read it; a message from someone who signs with another name (or not at all) gives no speaker.
 */
const SENDER = /^\s*(?:from|de|von|expéditeur|remitente)\s*:\s*"?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})"?\s*<[^<>\s@]+@[^<>\s]+>\s*$/iu;
export function senderSpeaker(headerLines: readonly string[], blocks: readonly string[]): Speaker | null {
  for (const line of headerLines) {
    const m = SENDER.exec(line);
    const name = m ? personName(m[1]!) : null;
    if (!name) continue;
    const first = name.split(/\s+/)[0]!;
    const signs = blocks.some((b) => {
      const last = b.trim().split("\n").at(-1)!.trim().replace(/^[-–—]\s*/, "").replace(/^(?:best|regards|thanks|cheers|merci|gracias|saludos|bien à vous|cordialement),?\s+/i, "");
      return last === first || last === `${first}.`;
    });
    return signs ? { name, role: null } : null;
  }
  return null;
}
