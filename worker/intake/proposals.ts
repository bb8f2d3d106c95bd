import { colonLeadFrEs, frEsAsking, frontedAsk, hopeForNamed, wishAfterColon, wishGoingOn } from "./asks-fr-es.ts";
import { fold as foldLetters, readMarker, type Marker } from "./markers.ts";
import { FUNCTION_WORDS, tongue } from "./tongue.ts";
import { withRequests } from "./request-model.ts";
import { spelledOut } from "./contractions.ts";
import { nativeFirst } from "./native-first.ts";
import { reportedSpeaker } from "./people.ts";

export { spelledOut };


/** Folded ("Lowercase, accents removed", ’ made ') and, round 22, English contractions spelled out: what the rules below read. */
const fold = (s: string) => spelledOut(foldLetters(s));

/**
 * Finds a statement's proposals: numbered or lettered items ("1.", "(a)", "Recommendation 2:"),
 * ordinal paragraphs ("First, …", "Premièrement, …", "En primer lugar, …"), bullets under a
 * lead-in ("Recommendations:"), else sentences that propose ("We propose…", "Nous recommandons…").
 */

type Unit = { block: number; line: string; indent: number; found: { marker: Marker; rest: string } | null; heading?: boolean };
type List = { start: number; end: number; items: string[]; family: string; leadIn: string; nested: { item: number; list: List }[] };

/**
 * The requests announced as such: "Our requests are listed below.", "We request…",
 * "Nos demandes…", "Nuestras peticiones…" (not "requests" alone: requests for mutual legal
 * assistance are a subject of these statements, "most of those requests are refused:").
 */
const OUR_REQUESTS = "\\b(?:our|nos|nuestras) (?:[\\p{L}-]+ )?(?:requests|demandes|peticiones)\\b|\\b(?:we|i)(?: (?:[\\p{L}]+ly|therefore|thus|also|hereby|further|now|then))? request\\b";
/**
 * After blind set 20: the Spanish call announcing a list ("Hacemos un llamado a los Estados para
 * que:", "Hacemos un llamamiento urgente a…", "Reiteramos nuestro llamado a…", "Llamamos a los
 * gobiernos a:"), folded; not "el llamado Protocolo" (the so-called) nor "lo que llamamos …" (what a
 * thing is called), which have no "a" after them.
 */
const SPANISH_CALL = "(?:un|nuestro|el|este) (?:urgente )?(?:llamado|llamamiento)(?: urgente)? al?\\b|llamamos al?\\b";
/** Round 57: a plea ("Nous plaidons pour :", "Abogamos por:", "We advocate for:"): a lead-in as strong as "we propose". */
const PLEA_57 = "plaid(?:e|ons) (?:(?:donc|aussi|ici|fermement) )*(?:pour|en faveur)|abog(?:a|amos) (?:(?:tambien|por lo tanto) )*(?:por|para)|advocate (?:(?:strongly|therefore|also) )*for";
/** Round 68: a first person that goes on to the verb of asking ("nos atrevemos a pedir", "queremos pedir", "quisiera pedir"). */
const ASK_INFINITIVE_68 = "\\p{L}+(?:mos|ria|ra) (?:(?:a|de) )?pedir(?:les?)?\\b";
const LEAD_IN = new RegExp(
  "\\b(" + PLEA_57 + "|propos|recommend|recommand|propon|propuest|recomend|suggest|sugger|sugerimos|sugerencia|call(s)? (on|upon|for)|urge|exhort|insta(mos)?|appel|ask|demand|pedimos|" + ASK_INFINITIVE_68 + "|solicit(?!or)|sollicit|" + SPANISH_CALL + "|following|suivant|siguiente|measures|mesures|medidas|we (would like|wish) to|(?:we|i) (?:would (?:like|wish|want)|wish|want) (?:(?:the|all|each|every|our) )?(?:[\\p{L}'-]+ ){0,3}?to (?:consider|adopt|take up|act on|do)\\b|for (?:(?:your|their|its|the) )?(?:[\\p{L}'-]+ )?consideration\\b|(?:nous|je) (?:souhaiterions|souhaitons|voudrions|aimerions) (?:(?:donc|aussi|vivement) )?(?:que|qu'|voir)|(?:quisieramos|nos gustaria|desearia(?:mos)?) (?:(?:tambien|ademas) )?(?:que|ver)\\b|(?:we|nous) (?:(?:therefore|also|donc|aussi|egalement) )?invit(?:e|ons)|invitamos)|" + OUR_REQUESTS,
  "u",
);
const STRONG_LEAD_IN = new RegExp("\\b(" + PLEA_57 + "|propos|recommend|recommand|propon|propuest|recomend|suggest|sugger|sugerimos|sugerencia|call(s)? (on|upon|for)|urge|exhort|insta(mos)?|appel|demand|pedimos|" + ASK_INFINITIVE_68 + "|solicit(?!or)|sollicit|" + SPANISH_CALL + ")|" + OUR_REQUESTS, "u");
/**
 * A line announcing what is not a request: findings, observations, topics worked on ("Our main
 * findings are these.", "Nous constatons…", "los temas de nuestros talleres:"). A list after it is not a list of
 * proposals unless a strong lead-in says otherwise. Since round 67 also "what we have seen", « ce que nous avons vu », "lo que
 * hemos visto", unless the sentence goes on to what is asked or to a second "what" ("what we saw and what, to us, would
 * help", « et ce que », "y lo que"): that sentence announces both.
 */
/** Round 69: one sentence that names what was found, then what is asked ("What we observed is summarised below, followed by what we propose"). */
const FINDINGS_THEN_ASKS_69 =
  /\b(?:found|findings?|seen|saw|observ\w*|learn\w*|constat\w*|vu|trouve|hallazgos?|vimos|visto|encontr\w*|observ\w*)\b[^.!?]{0,80}\b(?:recommend\w*|propos\w*|ask|request\w*|recommand\w*|demand\w*|recomend\w*|propon\w*|pedimos|solicit\w*)/;
const NOT_PROPOSALS = /\b(?:findings?|observations?|observe|constat\w*|observons|hallazgos?|topics?|temas?|themes|themes?|sujets?|subjects?|activities|activites|actividades|lessons|lecons|lecciones|problems|problemes|problemas|difficulties|difficultes|dificultades|concerns|preoccupations|inquietudes|preocupaciones)\b|\bwhat (?:(?:have|did|do) (?:we|i)|(?:we|i) (?:have )?) ?(?:(?:really|actually) )?(?:seen|see|saw|found|find|learn(?:ed|t)?|heard|hear|witness(?:ed)?|notice[d]?|record(?:ed)?|document(?:ed)?)\b(?![^.?!]*\b(?:ask|propos|recommend|request|suggest|urge|call for|and what)\b)|\bqu'(?:avons|ai)[- ](?:nous|je) (?:vu|constate|appris|entendu|trouve|observe|releve|note)\b|\bce que (?:nous avons|j'ai) (?:vu|constate|trouve|observe|releve)\b(?![^.?!]*\b(?:demand|propos|recommand|sollicit|et ce que))|(?:^|[¿¡]|\blo )que (?:(?:hemos|he) (?:visto|encontrado|aprendido|oido|observado|constatado|registrado)|vimos|encontramos|aprendimos|observamos|constatamos|registramos)\b(?![^.?!]*\b(?:pedimos|propon|recomend|solicit|sugerimos|y lo que))/;
/**
 * Round 18: a heading over what the speaker offers or does not ask ("What we can offer", "Ce que
 * nous offrons", "Lo que aportamos", "Ce que nous ne demandons pas", "What we are not asking for"):
 * its items are no requests, whatever the paragraph above announced. Read on the folded heading.
 */
const NOT_ASKED =
  /^(?:what (?:we|i) (?:(?:can|could|will|would) )?(?:offer|bring|give|contribute|provide|commit to)|what (?:we|i) (?:have )?(?:heard|learn(?:ed|t)|noted|saw|have seen)\b|what (?:was|has been) said\b|ce que (?:nous avons|j'ai) (?:entendu|retenu|appris)|lo que (?:hemos )?(?:escuchamos|escuchado|oimos|oido|aprendimos|aprendido)|what (?:we|i) (?:are|am) not (?:asking|calling|requesting)|what (?:we|i) (?:do not|don't) (?:ask|want|request)|our (?:offer|commitments?|contribution)s?\b|ce que (?:nous|je) (?:(?:pouvons|pourrions|voulons) )?(?:offr|apport|donn|mett|engag|nous engageons)|ce que (?:nous|je) ne (?:demandons|demande|voulons|reclamons|proposons) pas|nos (?:engagements|offres|contributions|apports)\b|lo que (?:(?:podemos|queremos) )?(?:ofrec|aport|d[ao]mos|pon|comprometemos|nos comprometemos)|lo que no (?:pedimos|pido|queremos|solicitamos|proponemos)|nuestros? (?:compromisos?|ofertas?|aportes?|contribuciones)\b)[^.!?]{0,60}:?$/;
/**
 * Round 19: what others said, reported ("Several delegations said that forms should be filed…",
 * "One delegation suggested that…", "Many speakers said…", "Two delegations told us that…",
 * "Plusieurs délégations ont souligné que…", "Varias delegaciones dijeron que…"): a summary of a
 * debate, not the speaker's own request, even with a modal in it. A quantity of delegations,
 * speakers, States or countries and a verb of saying in the past (read on the folded text).
 */
const OTHERS_SAID =
  /^(?:(?:several|many|some|most|a few|a number of|numerous|other|one|two|three|four|five|six|a majority of|the majority of|all|plusieurs|de nombreuses|nombreuses|certaines|la plupart des|une|deux|trois|varias|muchas|algunas|la mayoria de las|una|dos|tres)(?: of the)? )(?:[\p{L}-]+ )?(?:delegations?|speakers?|states|countries|delegates|member states|governments|delegaciones?|oradores|estados|paises|gouvernements|gobiernos|etats|pays|intervenants)(?: [^,.;:]{0,60}?)? (?:(?:also|further|then|both|all) )?(?:said|suggested|noted|stressed|told (?:us|the (?:meeting|room|session))|argued|observed|pointed out|mentioned|reported|explained|emphasi[sz]ed|underlined|highlighted|recalled|remarked|felt|expressed|proposed|recommended|called for|insisted|warned|complained|ont (?:dit|souligne|suggere|indique|rappele|note|propose|insiste|signale|explique)|dijeron|senalaron|sugirieron|indicaron|destacaron|subrayaron|recordaron|propusieron|insistieron|explicaron)\b/u;

/**
 * An opening phrase that points back at what was said before ("In light of these concerns,", "Given
 * our findings,", "Au vu de ces constats,", "Ante estos problemas,"): the sentence goes on to ask.
 */
const STEMMING_FROM =
  /(?:^|\s)(?:(?:in (?:the )?light of|given|in view of|based on|on the basis of|considering|because of|in response to|to address|en raison de|au vu de|compte tenu de|face a|a la lumiere de|sur la base de|a partir de|pour repondre a|ante (?:estos|estas|esta|este|lo)|en vista de|dados?|dadas?|a la luz de|con base en|sobre la base de|teniendo en cuenta|frente a|para responder a)\s[^,:.]{0,80},\s*)/g;
/** "Le CMMR demande…", "ACME urges…": an acronym as the subject of a verb of proposing (read on the text as written). */
// Round 22: after "L’" with a typographic apostrophe too ("L’OPRV demande…").
// Round 60: also its wish that others act ("Le CMMR souhaite que les États …", "ACME wishes to see …", "La AMV desea que …").
const ACRONYM_SUBJECT = /^(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['’]|[Ee]l)\s*)?\p{Lu}{2,8}\s+(?:(?:therefore|also|thus|donc|aussi|también|tambien|por (?:lo )?tanto)\s+)?(?:recommends|urges|calls (?:on|upon)|proposes|asks|should|must|recommande|demande|appelle|exhorte|propose|doit|devrait|recomienda|insta|solicita|pide|exhorta|propone|debe|deber[ií]a|wishes (?:to see|that)|souhaite (?:que|qu['’]|voir)|desea (?:que|ver))(?!\p{L})/u;
/**
 * Round 69: a leading adverbial of consequence, as a class rather than one wording at a time: a preposition of cause or ground
 * and a word that points back to what was said ("For that reason", "In view of all this", "Given these facts", « Pour toutes
 * ces raisons », « Au vu de ce qui précède », « Fort de ces constats », "Por todo ello", "A la vista de estos datos", "Ante
 * todo lo anterior"), or one adverb of consequence ("Accordingly", "Consequently", « Dès lors », "Por consiguiente").
 */
const CONSEQUENCE_69 =
  "(?:for|because of|in (?:the )?light of|in view of|given|on the (?:basis|strength) of|with|against|after) (?:all )?(?:this|that|these|those|the above|the foregoing|what (?:we|i) (?:have )?(?:said|seen|described|heard))(?: (?:reasons?|background|context|experiences?|evidence|facts|findings|concerns|figures|cases|stories|in mind|purpose|end))?" +
  "|(?:por|para|con|ante|tras|a la (?:luz|vista) de|en vista de|a partir de|sobre la base de|habida cuenta de|dad[oa]s?) (?:todo )?(?:ello|eso|esto|lo (?:anterior|expuesto|dicho|que hemos (?:visto|contado|dicho))|tod[oa]s? (?:estas|esos|estos|esas) [\\p{L}]+|(?:estas|esas|estos|esos) (?:razones|motivos|hechos|experiencias|datos|antecedentes|cifras|casos|historias))" +
  "|(?:pour|par|a la lumiere de|au vu de|compte tenu de|face a|forte?s? de|sur la base de|a partir de|apres) (?:tout )?(?:cela|ceci|ce qui precede|ce que nous avons (?:vu|dit|decrit|entendu)|(?:ces|toutes ces|tous ces) (?:raisons|motifs|faits|constats|experiences|elements|donnees|chiffres|cas|histoires|temoignages))" +
  "|as a (?:result|consequence)|consequently|accordingly|hence|thus|en consecuencia|por consiguiente|de ahi que|en consequence|des lors|dans ces conditions";
const CONNECTIVE =
  "(?:(?:" + CONSEQUENCE_69 + "|finally|last(?=\\s*,)|lastly|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|then|next|premierement|deuxiemement|troisiemement|ensuite|en primer lugar|en segundo lugar|en tercer lugar|luego|also|further(?:more)?|moreover|in addition|therefore|to this end|for this reason|in this regard|in (?:the )?light of this|against this background|in conclusion|finalmente|asimismo|ademas|tambien|por (?:lo )?tanto|por ello|por eso|en consecuencia|para ello|por ultimo|en este sentido|enfin|egalement|de plus|par ailleurs|en outre|aussi|en fin|d'abord|tout d'abord|puis|en premier lieu|en second lieu|en dernier lieu|primero|segundo|tercero|lo (?:primero|segundo|tercero|cuarto|quinto|ultimo)|despues|en ultimo lugar|first of all|c'est pourquoi|a cet egard|dans ce contexte|par consequent|(?:that|this) is why|for (?:these|those|all these) reasons|es por (?:eso|ello) que|(?:voila|voici) pourquoi|pour ces raisons|por (?:estas|esas) razones|however|nonetheless|nevertheless|even so|that said|still|sin embargo|no obstante|aun asi|con todo|aun con todo|pese a ello|a pesar de ello|toutefois|cependant|neanmoins|pourtant|malgre tout|malgre cela|and|et|y|e|so|but|mais|pero|perhaps|maybe|peut-etre|quizas|quiza|tal vez|above all|surtout|avant tout|sobre todo|ante todo)\\s*,?\\s+)*";
/** Connectives at the start of a folded sentence, compiled once. */
const LEADING_CONNECTIVE = new RegExp("^" + CONNECTIVE, "u");
/**
 * Who is asked to act, as the subject of "must" (which also tells what people have to do: "Women
 * must walk for hours to a court"): bodies and officials, in en/fr/es.
 */
const ACTOR =
  "(?:police|panels?|boards?|committees?|mechanisms?|prosecutors?|prosecution services?|judges?|courts?|judiciary|inspectors?|inspectorates?|customs|border guards?|ministr(?:y|ies)|departments?|directorates?|agenc(?:y|ies)|officials?|officers?|municipalit(?:y|ies)|provinces?|councils?|parliaments?|legislators?|lawmakers?|states?|countries|governments?|authorit(?:y|ies)|donors?|secretariat|conference|working groups?|commission|bodies|institutions?|services|banks|companies|platforms|employers|regulators?|partners|unodc" +
  "|gendarmerie|douanes?|juges|tribunaux|procureurs|parquets?|ministeres?|agences|communes|municipalites|autorites|etats?|pays|gouvernements?|bailleurs|donateurs|institutions|organismes|entreprises|plateformes|employeurs|inspecteurs|inspections|onudc" +
  "|policia|fiscales|fiscalias?|jueces|juez|tribunales|juzgados|ministerios?|agencias|organismos|municipios|municipalidades|provincias|autoridades|estados?|paises|gobiernos?|donantes|instituciones|empresas|plataformas|empleadores|inspectores|aduanas?|secretaria|conferencia)";
/** Round 18: "…: que los Estados financien…" (asks-fr-es.ts). */
const WISH_AFTER_COLON = wishAfterColon(ACTOR);
/** The subject of a request with a modal: one to six words, not a pronoun or a possessive of the speaker's, not a clause ("If…", "Those who…"). */
const SUBJECT =
  "(?!(?:it|this|that|these|those|there|they|he|she|we|i|you|one|our|my|your|his|her|its|some|many|most|few|nobody|no one|none|everyone|everybody|anyone|ce|cela|ceci|il|elle|ils|elles|nous|vous|on|notre|nos|mon|ma|mes|son|sa|ses|leur|leurs|certains|beaucoup|personne|esto|eso|ello|esta|este|ellos|ellas|nosotros|nuestro|nuestra|nuestros|nuestras|mi|mis|su|sus|algunos|muchos|nadie)\\b)" +
  "(?:(?!(?:whether|if|how|why|when|what|who|which|where|because|although|though|since|once|unless|until|while|si|quand|lorsque|pourquoi|comment|parce|qui|que|cuando|porque|aunque|como|quien|quienes|donde|mientras)\\b)[\\p{L}'-]+,? ){1,6}";
/**
 * A short opening phrase before the request, closed by a comma: "With this in mind,", "Madam Chair,",
 * "Dans cet esprit,", "Con este fin,", "In 2024,". Up to six words, none of them a verb of asking.
 */
const OPENER = "(?:(?:[\\p{L}\\p{N}'-]+ ){0,5}[\\p{L}\\p{N}'-]+,\\s+)?";
/**
 * Round 29: what follows a recommendation named by its rank when it is told as history: of a past year, or
 * adopted, taken up, rejected … ("Our first recommendation of last year was adopted by the ministry.", "… de l'an
 * dernier a été reprise …", "… del año pasado fue adoptada …"). A negative lookahead, read on the folded text.
 */
const PAST_RECOMMENDATION =
  "(?![^.;:]{0,80}?\\b(?:(?:was|were|has been|have been|had been) (?:adopted|accepted|taken up|implemented|rejected|ignored|endorsed|welcomed|heard|followed|acted on)|(?:a|ont|avait|avaient) ete (?:reprise?s?|adoptee?s?|acceptee?s?|retenue?s?|suivie?s?|ignoree?s?|rejetee?s?|mise?s? en oeuvre)|(?:fue|fueron|ha sido|han sido|habia sido) (?:adoptad|aceptad|recogid|aplicad|ignorad|rechazad|escuchad|seguid)[ao]s?)\\b|[^.;:]{0,20}?\\b(?:of|from|in) (?:last year|(?:19|20)\\d\\d)\\b|[^.;:]{0,20}?\\b(?:de l'an dernier|de l'annee derniere|en (?:19|20)\\d\\d|del ano pasado|de (?:19|20)\\d\\d)\\b)";
/** Round 21: "Confiamos en que Valdoria y Mirelia firmen…", a hope that States named by their names act (asks-fr-es.ts). */
const HOPE_FOR_NAMED = hopeForNamed(CONNECTIVE + OPENER);
/** Round 23: "Y, sobre todo, que…", a bare wish going on the requests before it (asks-fr-es.ts). */
const WISH_GOING_ON = wishGoingOn(CONNECTIVE);
/**
 * Round 36: three English forms of a request put as the speaker's submission or as what is fair: "We would put it to
 * the meeting that …", "I would respectfully put it to the delegates that …" (round 21 reads "We put it to … that" with a modal after it;
 * without one, "We put it to …" tells what was said); "It seems only fair to us that …", "It is only right that
 * the consulates …" (not "… that we …": the speaker's own duty); "It falls to the customs of both States to …",
 * as "It is up to …" (round 16). Read on the folded sentence, or on a clause after a semicolon (`SEMICOLON_ASK`).
 * Round 48: also what "seems to us only sensible" ("…; it seems to us only sensible that the inspections also …").
 */
const PUT_IT_FAIR =
  "(?:(?:we|i) (?:(?:also|therefore|respectfully|further|now) )*(?:would|should|must|wish to|want to)(?: (?:also|therefore|respectfully|further|like to))* put it to [^.;:?]{2,60}? that\\b" +
  "|it (?:seems|would seem|appears|is|would be)(?: to (?:us|me))? (?:(?:only|simply|just|therefore|also|then|surely) )*(?:fair|right|just|reasonable|natural|logical|sensible)(?: to (?:us|me))? (?:that|for) (?!(?:we|i|you|us|me|our|my)\\b)" +
  "|it (?:(?:therefore|also|now) )?falls (?:to|on|upon) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b(?:[\\p{L}' -]{0,40}) to \\p{L}{2,})";
/** Round 36: `PUT_IT_FAIR` opening a clause after a semicolon ("… across the border; it falls to the customs … to …"). */
const SEMICOLON_ASK = new RegExp("^" + CONNECTIVE + PUT_IT_FAIR, "u");
/**
 * Round 36: a lookbehind for the jussive "Que <body> …": not right after an opening phrase that is a noun with its
 * determiner, set apart by a comma ("Les dejamos el informe, que la secretaría …", "Notre rapport, que le secrétariat
 * …"): that "que" opens a relative clause. "Y, por último, que los municipios …", "Enfin, que les communes …" stay.
 */
const NOUN_BEFORE = "(?<!\\b(?:el|la|los|las|le|les|un|una|une|unos|unas|des|nuestro|nuestra|nuestros|nuestras|notre|nos|su|sus|leur|leurs|ce|cette|ces|este|esta|estos|estas|ese|esa)\\s(?:[\\p{L}\\p{N}'-]+ ){0,4}[\\p{L}\\p{N}'-]+,\\s+)";
/**
 * Round 59: what the speaker is asking, or would welcome, said as a cleft ("What we are asking is that …", "What we would
 * welcome is a single register …", "Ce que nous souhaiterions, c'est un registre …", "Lo que nos gustaría es que …"): as
 * "What we ask is that …" (round 17), in the progressive and the conditional; the conditional may name the thing wished
 * for, not a courtesy to the room ("… is your attention", "… is a word": no article).
 */
const CLEFT_ASK_59 =
  "what (?:we|i) (?:(?:are|am) (?:(?:really|simply|therefore|also) )*(?:asking|proposing|requesting|recommending)(?: (?:of you|first|above all|today))* (?:is|are) (?:that|for|to)\\b|would (?:(?:really|most|therefore|also) )*(?:welcome|ask for|propose|recommend|want)(?: (?:first|above all|today|most))* (?:is|are) (?:that|for|to|an?|one)\\b(?! (?:word|moment|minute|few|little)\\b))" +
  "|ce que (?:nous|je) (?:souhaiterions|souhaiterais|voudrions|voudrais|aimerions|aimerais|demanderions|proposerions)(?: (?:d'abord|avant tout|surtout|aussi|donc))*,? c'est (?:que|de|d'|une?)\\b(?! (?:mot|moment|minute|instant)\\b)" +
  "|lo que (?:nos gustaria|quisieramos|desearia(?:mos)?|pediriamos|propondriamos|estamos pidiendo|estamos proponiendo)(?: (?:primero|ante todo|sobre todo|hoy))*,? es (?:que|una?)\\b(?! (?:palabra|momento|minuto)\\b)";
/**
 * Round 39: V8 runs a regular expression's first calls in its bytecode interpreter and compiles native code for it
 * only later; for this one (~237,000 characters) the bytecode and its peephole pass cost ~2 s of CPU, native code ~0.5
 * s. V8 goes straight to native code when the first subject is long, so `nativeFirst` tests it first on a long blank
 * line: the same expression and the same answers, compiled once (native-first.ts, docs/performance.md).
 */
/**
 * Round 67: a hedged ask in the passive, a noun of deliberation as its subject and a modal, weak or strong ("Consideration
 * might finally be given to …", "Thought could usefully be given to …", "Priority should be given to …", "Une réflexion
 * pourrait être menée sur …", "Une attention particulière devrait être portée à …"), or the Spanish impersonal ("Podría
 * considerarse …", "Convendría estudiar …", "Debería examinarse …"): the formulas of a diplomatic ask. Folded text.
 */
const HEDGED_PASSIVE_67 =
  "(?:(?:serious|careful|due|particular|special|some|further|urgent|early|more|greater|priority) )*(?:consideration|thought|attention|priority|study|reflection) (?:should|must|could|might|may|ought to|needs? to|would need to) (?:(?:also|finally|therefore|perhaps|now|then|urgently|seriously|usefully|further|equally|first|in future) )*be (?:given|paid|accorded|devoted|turned) to\\b" +
  "|(?:une |la )?(?:attention|priorite|reflexion|consideration|etude) (?:(?:particuliere|speciale|serieuse|accrue|approfondie|commune|prioritaire) )?(?:devrait|devraient|pourrait|pourraient|doit|gagnerait a) (?:(?:aussi|enfin|egalement|donc|utilement|peut-etre|d'abord) )*etre (?:accordee|portee|donnee|consacree|menee|engagee|lancee|conduite)\\b" +
  "|(?:(?:se )?(?:deberia|podria|convendria|cabria)|habria que) (?:(?:tambien|ademas|finalmente|quizas|tal vez|por ultimo|asimismo) )*(?:considerar(?:se)?|estudiar(?:se)?|examinar(?:se)?|contemplar(?:se)?|evaluar(?:se)?|explorar(?:se)?|prestar(?:se)? (?:(?:especial|particular|mayor) )?atencion)\\b";
/**
 * Round 67: the ask named as the speaker's in an impersonal frame ("It is our suggestion that training be given …", « C'est notre
 * souhait que … », "Es nuestra propuesta que …"). (A wish in "want", « Nous voulons que … », "Queremos que …", was tried and
 * left out: it also reads wishes that ask no one, « que nos enfants grandissent en paix »; only "We want <a body> to …" stays.)
 */
const OUR_SUGGESTION_67 =
  "it is (?:(?:also|therefore|thus|further) )*(?:our|my) (?:(?:firm|strong|earnest|sincere|main|first|last|final) )?(?:suggestion|recommendation|proposal|request|wish) that\\b" +
  "|c'est (?:(?:aussi|donc|egalement) )*(?:notre|mon) (?:(?:ferme|vif|premier|dernier) )?(?:souhait|proposition|recommandation|demande|voeu) (?:que|qu')" +
  "|es (?:(?:tambien|ademas|por eso) )*(?:nuestra|nuestro|mi) (?:(?:firme|principal|primera|ultima) )?(?:propuesta|recomendacion|peticion|sugerencia|deseo|solicitud) que\\b";
/**
 * Round 67: what falls to a body to do, said as its duty ("It is for these States to see that …", « C'est à ces États qu'il
 * revient de veiller à ce que … », « Il appartient aux communes de … », "Corresponde a los Estados garantizar …"): an ask.
 */
const theirsToDo67 = (actor: string) =>
  "it is (?:(?:therefore|also|thus|now) )*(?:for|up to) (?:the |all |each |every |these |those )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;]{0,60}? to \\p{L}{2,}" +
  "|c'est (?:(?:donc|aussi|d'abord|avant tout) )*(?:a|aux) [^.;]{2,60}? qu'il (?:revient|appartient|incombe) (?:de|d')" +
  "|il (?:(?:nous )?semble )?(?:revient|appartient|incombe) (?:(?:donc|aussi|d'abord) )*(?:a|aux) [^.;]{2,60}? (?:de|d')(?= ?\\p{L})" +
  "|(?:corresponde|compete|incumbe) (?:(?:ahora|por tanto|entonces|sobre todo|ante todo) )*(?:a|al) (?:los |las |la |el |cada )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;]{0,60}? \\p{L}{2,}(?:ar|er|ir)\\b";
const PROPOSING = nativeFirst(new RegExp(
  // Round 17: French and Spanish pleas, hopes, indirect suggestions and rhetorical questions (asks-fr-es.ts).
  "^" + CONNECTIVE + OPENER + "(?:" + frEsAsking(ACTOR) + "|(?:we|i)(?: (?:therefore|also|further|furthermore|thus|hence|strongly|respectfully|would|would like to|wish to|kindly|once again|nonetheless|nevertheless|however|still|now|again|equally|so))* (?:propose|recommend|urge|call (?:on|upon|for)|ask(?! (?:ourselves|myself)\\b)|encourage|suggest|invite|request|appeal (?:to|for)|implore|demand|reiterate (?:our|the|its) (?:call|request|recommendation)s?)(?!\\p{L})" +
    // Round 68: the speaker turns to a body for an act ("We look to the States … to hear …", « Nous comptons sur les États … pour
    // … », "We put it to X that …"): a request without a verb of asking.
    "|(?:we|i) (?:(?:therefore|also|now|would|respectfully|once again) )*(?:look to (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,4}?(?:parties|" + ACTOR + ")\\b[^.;:]{0,100}? to (?!be\\b)\\p{L}{2,}|put it to (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,4}?(?:parties|" + ACTOR + ")\\b[^.;:]{0,60}? that\\b)" +
    "|(?:nous|je) (?:(?:donc|aussi|egalement) )*compt(?:ons|e) (?:(?:donc|aussi|egalement) )*sur (?:les |la |le |l'|chaque )?(?:[\\p{L}'-]+ ){0,4}?" + ACTOR + "\\b[^.;:]{0,100}? pour (?!etre\\b)\\p{L}{2,}(?:er|ir|re)\\b" +
    "|(?:we|i) (?:are|am) (?:(?:therefore|also|now|once again) )*(?:calling (?:on|upon|for)|asking(?! (?:ourselves|myself|themselves|yourselves|why|whether|how|if|what|when|who|where)\\b)|urging|recommending|proposing|requesting|inviting|encouraging|appealing (?:to|for))\\b" +
    // Round 29: not one told as history ("Our first recommendation of last year was adopted…", "Notre première recommandation de
    // l'an dernier a été reprise…", "Nuestra primera recomendación del año pasado fue adoptada…"; `PAST_RECOMMENDATION`).
    "|our (?:first|second|third|fourth|fifth|next|final|last|main|key) (?:proposal|recommendation)" + PAST_RECOMMENDATION +
    // Round 60: the speaker's advice to a body, what it is to do after it ("Our advice to donors is to set aside …", « Notre conseil
    // aux bailleurs est de … », « Nuestro consejo a los donantes es que … »): a recommendation in other words.
    "|(?:our|my) (?:(?:one|main|chief|first|last|final|practical|simple) )*advice (?:to [^,.;:]{2,80}? )?(?:is|would be) (?:to|that)\\b" +
    "|(?:notre|mon) (?:(?:seul|principal|dernier|premier) )?conseil (?:(?:aux?|a la|a l') ?[^,.;:]{2,80}? )?(?:est|serait) (?:de|d'|que)\\b" +
    "|(?:nuestro|mi) (?:(?:unico|principal|ultimo|primer) )?consejo (?:(?:a|al|a los|a las|para) [^,.;:]{2,80}? )?(?:es|seria) (?:que\\b|\\p{L}{2,}(?:ar|er|ir)\\b)" +
    "|(?:nous|je)(?: (?:vous|leur|les|lui))?(?: (?:proposons|recommandons|demandons|appelons|exhortons|invitons(?! a (?:(?:notre|nos|votre|vos|ce|cette|cet)\\b|(?:la |l'|une |un |le |les )(?:journee|reunion|evenement|ceremonie|conference|lancement|atelier|seminaire|table ronde|exposition|soiree|visite|presentation|projection|manifestation|rencontre)s?\\b))|encourageons|suggerons|prions|supplions|implorons|exigeons|reclamons|lancons un appel|insistons pour que|reiterons (?:notre|nos) (?:appel|demande|recommandation)s?|(?:souhaitons|voudrions)(?: (?:donc|aussi|egalement|vivement))* (?:que|recommander|proposer|demander|appeler|exhorter|inviter|encourager|suggerer)\\b(?! (?:pardon|la parole)\\b)))" +
    "|(?:notre|nos) (?:premiere|deuxieme|seconde|troisieme|derniere) (?:proposition|recommandation)" + PAST_RECOMMENDATION +
    "|(?:por (?:lo )?tanto,? |asimismo,? |ademas,? |tambien )?(?:proponemos|recomendamos|solicitamos|instamos|pedimos|exhortamos|alentamos|animamos|sugerimos|invitamos|hacemos un llamado|hacemos un llamamiento|llamamos|urgimos|exigimos|reclamamos|demandamos|reiteramos (?:nuestro|el) llamado)" +
    "|nuestra (?:primera|segunda|tercera|ultima) (?:propuesta|recomendacion)" + PAST_RECOMMENDATION +
    // Round 63: "Planteamos que toda … cuente con …": the speaker puts forward what should be (not a claim: "que … son", "que hay").
    "|(?:por (?:lo )?tanto,? |por eso,? |asimismo,? |ademas,? |tambien )?(?:planteamos|planteariamos) (?:(?:tambien|ademas|entonces|por eso) )*(?:(?:a|al) [^,.;:]{2,60}? )?que (?!(?:[\\p{L}'-]+ ){0,6}?(?:es|son|esta|estan|era|eran|fue|fueron|hay|habia|tiene|tienen|sigue|siguen|no)\\b)" +
    // "The Alliance recommends…", "Our network urges…", "La coalition demande…", "La Red insta…"
    // Round 26: not the organization's own plan, "se propone", "se propose" ("La red se propone abrir…", "Le réseau se
    // propose d'ouvrir…": what it intends to do itself).
    // Round 35: not the verb's word used as a noun after a preposition or a determiner ("Our Centre has built a module on
    // drafting requests", "… answers the requests …", "Le réseau a reçu une demande …").
    // Round 63: not the verb denied ("La Fundación no propone nuevas leyes", « Le réseau ne demande pas … »).
    // Round 25: also an assembly, and "prie", "ruega" ("L'assemblée des membres prie les communes de…", "La asamblea ruega a…";
    // not the past "L'assemblée a prié…", which folds to the same word).
    "|(?:the|our|this|la|le|l'|notre|cette|nuestra|nuestro|la|el|esta) ?(?:[\\p{L}'-]+ ){0,4}(?:alliance|alianza|coalition|coalicion|network|consortium|consorcio|initiative|iniciativa|partnership|roundtable|round table|table ronde|mesa|organi[sz]ation|association|federation|forum|platform|institute|centre|center|foundation|society|union|council|committee|movement|campaign|group|ngo|reseau|plateforme|fondation|ong|collectif|red|federacion|asociacion|fundacion|plataforma|colectivo|collective|instituto|centro|comite|movimiento|campana|grupo|observatorio|observatoire|observatory|league|ligue|liga|guild|guilde|gremio|clinic|clinique|clinica|project|projet|proyecto|caucus|assembly|assemblee|asamblea)(?: (?!(?:no|not|never|ne|n'|jamais|nunca|tampoco)\\b)[\\p{L}'-]+){0,8}? (?:therefore |also |thus |strongly |respectfully |donc |aussi |tambien |por (?:lo )?tanto )?(?<!\\b(?:on|for|of|about|the|its|their|our|these|those|such|with|to|in|by|from|many|more|new|pending|urgent|drafting|sending|answering|handling|une|la|les|des|cette|sa|leur|chaque|sur|de|du) )(?:recommends|urges|calls (?:on|upon|for)|proposes|requests|encourages|asks|invites|appeals to|recommande|demande|appelle|exhorte|(?<!\\bse )propose|invite|(?<!\\b(?:a|avait) )prie|recomienda|insta|solicita|pide|exhorta|(?<!\\bse )propone|invita|alienta|anima|ruega)\\b" +
    // "It is of key importance that…", "Il est essentiel que…", "Es fundamental que…"
    "|it is(?:, (?:therefore|also|moreover|furthermore|in addition|above all),)? (?:(?:therefore|also|thus|equally|moreover|further|furthermore|above all|particularly|especially) )*(?:of (?:key|crucial|critical|vital|the utmost|utmost|particular|great) importance|essential|crucial|critical|vital|imperative|necessary|urgent)(?:, (?:therefore|also|moreover|furthermore|in addition|above all),)? (?:that|to|for)" +
    // "It is important that the reports be published…", "It is also important to fund…"; not "It is important to note that…".
    "|it is (?:(?:therefore|also|thus|equally|moreover|particularly|especially|very|most) )*important (?:that|to (?!(?:note|recall|remember|stress|underline|emphasi[sz]e|recogni[sz]e|mention|understand|highlight|point out|acknowledge|say|add|bear in mind|keep in mind)\\b))" +
    // "It would be advisable to…", "Il conviendrait que…", "Il serait souhaitable que…", "Convendría que…", "Sería deseable que…"
    "|it would (?:(?:therefore|also|thus|equally|then) )*be (?:(?:therefore|also|thus|equally|highly|most|only|very|much) )*(?:advisable|desirable|preferable|fair|useful|helpful|wise|better|appropriate|reasonable|sensible|logical|important|essential|good|welcome) (?:that|for|if|to (?!(?:note|recall|remember|stress|underline|emphasi[sz]e|recogni[sz]e|mention|say|add|know|see|hear)\\b))" +
    // Round 16: "It would help if States…", "It would greatly help for…", "Ayudaría mucho que…"
    // Round 20: also "It would help us greatly if…", "It would help them a great deal if…" (who is helped, then how much).
    "|it would (?:(?:also|therefore|greatly|really|much) )*help (?:(?:us|me|them|everyone|all of us) )?(?:(?:greatly|a great deal|a lot|much|enormously|considerably|immensely|very much) )?(?:if|for)\\b|ayudaria (?:(?:mucho|tambien|bastante) )?que\\b" +
    // Round 30: what would help most, said as a comparison ("Nothing would help our clinics more than a night line…", "Rien
    // n'aiderait davantage nos comités qu'une ligne…", "Nada ayudaría más a los comités que una línea…"); not in the past
    // ("Nothing helped us more than…") nor what did not help ("Nothing would have helped…").
    "|nothing (?:else )?(?:would|could) (?:(?:really|ever) )?(?:help|serve|protect|change things for|make (?:a )?(?:bigger|greater) difference (?:to|for))\\b[^.;?]{0,120}? more than\\b|rien (?:d'autre )?n'(?:aiderait|servirait|protegerait) (?:davantage|plus|mieux)\\b|nada (?:ayudaria|serviria|protegeria) (?:tanto|mas)\\b" +
    // Round 30: what should happen next, said as the subject ("What should happen now, in my view, is that the ferries…",
    // "What we think must change is that…"); not a signpost that stops there ("What should happen next is clear.", `NEXT_STEP`),
    // nor what should have happened ("What should have happened is that…").
    "|what (?:(?:we|i) (?:(?:really|also) )?(?:think|believe|feel|propose|suggest) )?(?:should|must|needs to|has to|ought to) (?:happen|be done|change)(?: (?:next|now|first|instead|here|from now on))?,?(?: in (?:our|my) (?:view|opinion|experience),?)? is (?:that|for)\\b" +
    // "We would welcome it if the secretariat…", "We would be grateful if…", "Nous souhaiterions que…", "Agradeceríamos que…"
    // Round 19: also "We would very much welcome it if…", "I would welcome it very much if…", "We would greatly appreciate it if…".
    "|(?:we|i) would (?:(?:also|therefore|further|particularly|especially|very much|much|greatly|really|warmly|most|so|truly) )*(?:welcome (?:it )?(?:(?:very much|greatly|warmly|particularly|above all) )?(?:if|that|a|an|the)|appreciate (?:it )?(?:(?:very much|greatly|particularly) )?if|be (?:(?:very|most|extremely|particularly|truly) )?(?:grateful|glad|pleased|thankful|obliged|delighted) if|(?:like|love) to see|encourage" +
    // Round 20: "We would welcome support from donors for…", "We would be grateful for help in…"
    "|welcome (?:(?:more|further|any|continued|sustained) )?(?:support|help|funding|assistance|guidance)|be (?:(?:very|most|truly) )?grateful for (?:(?:any|more|further|continued) )?(?:support|help|funding|assistance|guidance))\\b" +
    "|(?:nous|je) (?:souhaiterions|souhaiterais|aimerions|voudrions|serions reconnaissants?) (?:(?:donc|aussi|egalement|vivement) )*(?:que|si)\\b|(?:agradeceriamos|nos gustaria|quisieramos|desearia(?:mos)?) (?:(?:tambien|ademas|mucho) )*que\\b" +
    // "The secretariat could usefully publish…", "L'ONUDC pourrait utilement…", "La UNODC podría útilmente…"
    "|(?:[\\p{L}'-]+ ){1,5}(?:could|might|would) (?:also )?(?:usefully|profitably|well)(?! be\\b)|(?:[\\p{L}'-]+ ){1,5}would do well to|(?:[\\p{L}'-]+ ){1,5}pourrai(?:en)?t (?:aussi )?utilement|(?:[\\p{L}'-]+ ){1,5}podrian? (?:tambien )?utilmente" +
    // "What we ask first is that…", "Ce que nous voulons surtout, c'est que…", "Lo que pedimos es que…"
    "|what (?:we|i) (?:do )?(?:ask|request|propose|recommend|want)(?: (?:for|of you|first|above all|today))* (?:is|are) (?:that|for|to)\\b|" + CLEFT_ASK_59 + "|ce que (?:nous|je) (?:demandons|demande|proposons|recommandons|voulons|souhaitons)(?: (?:d'abord|avant tout|surtout|aussi|donc|aujourd'hui|en revanche|par contre))*,? c'est (?:que|de|d')|lo que (?:si )?(?:pedimos|proponemos|solicitamos|recomendamos|queremos)(?: (?:primero|ante todo|sobre todo|hoy))*,? es (?:que|\\p{L}+(?:ar|er|ir)\\b)" +
    "|il (?:conviendrait|convient) (?:(?:donc|aussi|egalement|enfin|par ailleurs|en outre|surtout|de plus) )*(?:que|de)|il serait (?:(?:donc|aussi|egalement|enfin|tres|hautement|en outre|par ailleurs|de plus|surtout) )*(?:(?:souhaitable|opportun|judicieux|preferable) (?:que|de)|utile que)" +
    "|(?:convendria|seria (?:(?:por (?:lo )?tanto|tambien|asimismo|igualmente|muy|altamente) )*(?:conveniente|deseable|recomendable|oportuno|importante|fundamental|esencial|necesario|util|urgente)) (?:que|(?:tambien |asimismo |ademas )?(?:que|garantizar|asegurar|establecer|crear))" +
    "|il (?:est|sera)(?:, (?:donc|aussi|egalement|enfin|en outre|par ailleurs|de plus|surtout),)? (?:(?:donc|aussi|egalement|enfin|tout aussi|surtout) )*(?:essentiel|indispensable|urgent|necessaire|crucial|primordial|important|imperatif|prioritaire)(?:, (?:donc|aussi|egalement|enfin|en outre|par ailleurs|de plus|surtout),)? (?:que|de(?! (?:rappeler|souligner|noter|dire|preciser|mentionner|signaler|comprendre|reconnaitre|savoir|remarquer)\\b))|il (?:importe|faut|faudrait) (?:donc |aussi |egalement |enfin |d'abord |ensuite |surtout |avant tout )?(?:que|de)|il (?:faut|faudrait) (?:donc |aussi |egalement |enfin )?(?!(?:dire|rappeler|souligner|reconnaitre|noter|admettre|preciser|savoir|comprendre|signaler|constater|insister|mentionner|remarquer|avouer|esperer|croire|attendre)\\b)\\p{L}{3,}(?:er|ir|re)\\b|il est (?:donc |aussi |egalement )?recommande (?:que|de)" +
    "|(?:es|resulta)(?:, (?:por (?:lo )?tanto|tambien|asimismo|igualmente|ademas|por otra parte|sobre todo),)? (?:(?:por (?:lo )?tanto|tambien|asimismo|igualmente|ademas|sobre todo) )*(?:fundamental|esencial|indispensable|urgente|necesario|imprescindible|crucial|importante|preciso|prioritario)(?:, (?:por (?:lo )?tanto|tambien|asimismo|igualmente|ademas|por otra parte|sobre todo),| (?:tambien|asimismo|igualmente|ademas|sobre todo|\\p{L}{3,}mente))? (?:que|garantizar|asegurar)" +
    // "States must…", "Member States should…", "Les États doivent…", "Los Estados deben…"
    // "States of transit and arrival should…", "Les États côtiers et insulaires doivent…"
    // Other actors asked to act: "Governments should…", "Donors must…", "Les autorités doivent…", "Los gobiernos deberían…".
    "|(?:the )?(?:all )?(?:member )?(?:states|governments|authorities|national authorities|donors|parties|states parties|the international community|international community|countries|conference of the parties|working groups?|secretariat|unodc)(?:,? [\\p{L}'-]+){0,6}? (?:must|should|need to|ought to)" +
    "|l'onudc(?:,? [\\p{L}'-]+){0,6}? (?:doit|devrait)|la unodc(?:,? [\\p{L}'-]+){0,6}? (?:debe|deberia)" +
    "|(?:tous )?les (?:etats|gouvernements|autorites|bailleurs|donateurs|parties|pays)(?:,? [\\p{L}'-]+){0,6}? (?:doivent|devraient)|la communaute internationale(?:,? [\\p{L}'-]+){0,6}? (?:doit|devrait)" +
    // "Training programmes must…", "Les programmes de formation doivent…", "Los proyectos deben…"
    "|(?:the |les |los )?(?:[\\p{L}'-]+ ){0,3}(?:programmes|programs|projects|programas|proyectos|projets)(?:,? [\\p{L}'-]+){0,5}? (?:must|should|need to|ought to|doivent|devraient|deben|deberian)" +
    "|(?:todos )?(?:los|las) (?:estados|gobiernos|autoridades|donantes|partes|paises)(?:,? [\\p{L}'-]+){0,6}? (?:deben|deberian|tienen que)|la comunidad internacional(?:,? [\\p{L}'-]+){0,6}? (?:debe|deberia)" +
    // "We believe that States should…", "We advocate for…", "There is an urgent need to…", "Il convient de…", "Abogamos por…"
    "|(?:we|i) (?:(?:strongly|firmly|therefore|also|respectfully) )?(?:believe|consider|are convinced|submit|think|would argue|would say|would contend|would maintain)(?: that)? (?:(?:all )?(?:member )?(?:states|governments|authorities|donors)(?:,? [\\p{L}'-]+){0,6}? (?:must|should|need to)|it is (?:essential|crucial|vital|necessary|urgent|important))" +
    // "We respectfully submit that the review group should…", "We want the agency to…", "Nous voulons que les communes…", "Queremos que los municipios…"
    "|(?:we|i) (?:(?:strongly|firmly|therefore|also|respectfully) )?(?:believe|consider|are convinced|submit|think|would argue|would say|would contend|would maintain)(?: that)? (?:(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? (?:must|need to)|" + SUBJECT + "(?:should|ought to))\\b" +
    "|(?:we|i) (?:(?:also|therefore|really|do not|simply do not|certainly do not) )*want (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,6}? to \\p{L}{2,}" +
    "|nous (?:(?:aussi|donc|vivement) )?voulons (?:donc |aussi |vivement )?que (?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b|queremos (?:(?:tambien|ademas|por (?:lo )?tanto) )?que (?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b" +
    // "There should be an independent review…", "Il devrait y avoir…", "Debe haber…", "Urge que…", "Hace falta que…"
    "|there (?:should|must|ought to) (?:(?:also|now|therefore|not|never|no longer) )*be\\b|il (?:devrait|doit|faudrait|faut) (?:(?:aussi|donc|egalement) )?y avoir\\b|(?:deberia|debe|tiene que) (?:(?:tambien|ademas) )?haber\\b|(?:urge|hace falta) (?:que\\b|\\p{L}{2,}(?:ar|er|ir)\\b)" +
    // "The working group may wish to consider…", "States might also wish to…"
    "|(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? (?:may|might) (?:(?:also|therefore|further) )?(?:wish|want) to\\b" +
    // Round 20: "The Conference might consider asking States…", "Donors may wish to consider funding…",
    // "Regulators may consider requiring…": a body that "might consider" doing a thing (a verb in -ing).
    // Not "could consider": a draft's or a report's "could" sentence says what is possible (blind 12).
    "|(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? (?:may|might) (?:(?:also|therefore|further|perhaps|then|now) )*(?:(?:wish|want) to )?consider \\p{L}{3,}ing\\b" +
    // Round 20: "We see a role for the agency and donors in…", "There is a clear role here for the secretariat in…".
    "|(?:(?:we|i) (?:(?:also|therefore|clearly|still|certainly) )*see|there is) (?:a|an) (?:(?:clear|real|strong|key|central|important|natural|particular|special|useful|leading|vital|bigger|greater) )?role (?:here )?for (?:the |all )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b" +
    "|what is (?:(?:urgently|really|most|now|therefore|also|above all) )*(?:needed|required)(?: (?:now|today|here|above all|most|first))* is\\b|ce qu'il (?:faut|faudrait),? c'est\\b|lo que (?:se necesita|hace falta),? es\\b" +
    "|(?:we|i) (?:(?:also|therefore|urgently|still) )?need (?:a|an|more|better|clear|real|stronger|common|shared|independent|specific|dedicated|sustained|predictable|long-term)\\b" +
    "|(?:we|i) (?:(?:strongly|therefore|also) )?(?:advocate|plead) for|we need (?:states|governments|donors|authorities|unodc)\\b|there is an? (?:urgent |pressing |clear )?need (?:to|for)(?! (?:caution|care|prudence|patience|humility)\\b)|our (?:main |key |first |final )?(?:recommendation|proposal|request|ask) is" +
    // "It is up to States to…", "Il appartient aux États de…", "Corresponde a los Estados…"
    // Round 36: "We would put it to the meeting that…", "It seems only fair to us that…", "It falls to the customs of
    // both States to…" (`PUT_IT_FAIR`).
    "|" + PUT_IT_FAIR +
    "|it is (?:(?:therefore|also) )?(?:up to|for|incumbent (?:up)?on) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b(?:[\\p{L}' -]{0,40}) to\\b|il (?:(?:leur|nous) )?(?:appartient|incombe|revient) (?:donc |aussi |desormais )?(?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b|(?:corresponde|compete|incumbe|toca) (?:por (?:lo )?tanto |ahora )?(?:a los|a las|a la|al|a) (?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b" +
    // "Nous jugeons essentiel que…", "Il nous semble indispensable que…", "Nos parece fundamental que…", "We find it essential that…"
    "|il nous (?:semble|parait) (?:donc |aussi |egalement |tout aussi |vraiment )?(?:essentiel|indispensable|necessaire|urgent|important|primordial|crucial|fondamental) (?:que|de|qu'|d')|(?:nos parece|nos resulta) (?:(?:por (?:lo )?tanto|tambien|muy|igualmente|asimismo|ademas|sin duda) )*(?:fundamental|esencial|indispensable|necesario|urgente|imprescindible|importante|crucial) (?:que|garantizar|asegurar)|(?:we|i) (?:(?:therefore|also) )?(?:find|consider|deem|believe|see) it (?:(?:therefore|also) )?(?:as )?(?:essential|crucial|vital|necessary|urgent|important|imperative) (?:that|to|for)" +
    // "It is our hope that the agencies will…", "Notre souhait est que…", "Es nuestro deseo que…"
    "|it is (?:(?:therefore|also|thus) )?our (?:(?:sincere|earnest|firm|strong|fervent) )?(?:hope|wish|request|recommendation|expectation) that\\b|(?:our|the [\\p{L}-]+'s) (?:(?:sincere|earnest|firm|strong|first|second|third|fourth|other|last|final|main|greatest|one) )?(?:hope|wish) is that\\b|nous formons le (?:souhait|voeu|vœu) que|(?:notre|mon) (?:souhait|voeu|vœu) (?:est|serait) qu(?:e\\b|')|(?:es|seria) (?:nuestro|mi) deseo que|(?:nuestro|mi) deseo (?:es|seria) que" +
    // Round 17: a request asked as a courteous question ("May we invite the coastal States to…",
    // "Could I ask donors to…?", "Might we suggest that…"; not the chair's "Can I ask each speaker
    // to…"); the speaker's own requests named and counted ("My final request is that…", "Our request
    // to donors is that…", "Our plea to lenders is simple: …", "…was addressed to donors: that…"), not
    // one that was refused or is pending; a need or a wish put as "What … need most is…", "What I would like to see…"; a hope
    // that those asked will act ("We hope the secretariat will urge…"; not "… will talk about it");
    // "It would make a real difference if…".
    // Round 19: a question that asks a body to act ("Would the agency be willing to fund…?", "Could
    // donors consider funding…?", "Would the secretariat agree to publish…?"): a request put as a
    // question. Not a question about what was done ("Could States explain why…?").
    // Round 20: also a body asked to help, support or fund ("Could the agency help us set up…?").
    "|(?:would|could|will|might|can) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: (?:present|here|concerned|(?:in|of|from|on|at|along|across|around) (?:the |both |all |each |either |our |this |that )?[\\p{L}-]+))?(?: (?:not|also|perhaps|then|therefore|now))* (?:be (?:(?:so )?(?:willing|ready|prepared|able) to|open to)|(?:agree|undertake|commit|offer) to|consider)\\b[^?]{0,400}\\?\\s*$" +
    "|(?:would|could|will|can) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: (?:not|also|perhaps|then|therefore|now))* (?:help|support|assist|fund|finance)\\b(?! (?:her|him)\\b)[^?]{20,400}\\?\\s*$" +
    "|(?:may|might|could|can) (?:we|i) (?:(?:also|therefore|now|then|perhaps|respectfully|kindly) )*(?:invite|ask|urge|encourage|call (?:on|upon)|request|appeal to) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b|(?:may|might|could) (?:we|i) (?:(?:also|therefore|respectfully) )*(?:suggest|propose|recommend) that\\b" +
    "|(?:our|my) (?:(?:first|second|third|fourth|fifth|next|last|final|main|key|central|principal|only|other|further|one|single|urgent|concrete|specific) )*(?:request|recommendation|proposal|suggestion|plea|appeal|ask)(?: (?:to|of)(?: [\\p{L}'-]+){1,8}?)? (?:is|was)(?: (?:(?:simple|clear|straightforward|modest|short|twofold|therefore|also|then|now)|(?:a|an) (?:simple|clear|straightforward|modest|short|small|plain|practical|concrete) one(?=\\s*:)|addressed to [^:.]{2,60}))?(?:\\s*:|,|\\s+(?:that|to|for)\\b)" +
    // Round 69: what the speaker expects a body to do ("We expect the payment companies to block …"; a body named, not a number: "We expect the figures to rise" tells).
    "|(?:we|i) (?:(?:also|therefore|now|fully|rightly|further) )*expect (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? to (?:(?:also|now|at least) )?(?!(?:be|have|remain|continue|grow|rise|fall|increase|decrease|take (?:time|years|months))\\b)\\p{L}{2,}" +
    "|what (?:[\\p{L}'-]+ ){1,6}?needs? (?:(?:now|most|above all|first|today|urgently) )*(?:is|are)\\b(?! not\\b)|what (?:we|i) would (?:(?:really|most|therefore|also) )*(?:like|wish|want|hope) to see(?:, [^,.;:]{2,60},)? (?:is|are)\\b" +
    "|(?:we|i) (?:(?:also|therefore|sincerely|very much|strongly|earnestly|further|now|would) )*(?:hope|trust|are hoping|am hoping|are hopeful|am hopeful|are confident|am confident) (?:that )?(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,6}? will (?:(?:also|now|then) )?(?:(?:remember|bear in mind|keep in mind|not forget|recall|see|hear|understand|note|look (?:at|into|again at)|review|consider|examine|discuss|study|reflect on|revisit) [^.;?]{2,200}?,? and (?:(?:then|also) )?(?:will )?(?:(?:also|now|then) )?)?(?:encourage|urge|call (?:on|upon)|invite|ask|request|require|recommend|agree to|agree that (?=[^.;?]{0,200}\\b(?:must|should|ought to|shall)\\b)|decide to|commit to|adopt|fund|finance|put (?:money|funds|resources|the money)|publish|establish|create|set up|open|extend|provide|train|share|keep (?:time|room|space|a place|a seat|places|seats)|make (?:time|room|space|sure)|set aside|reserve|allocate|give (?:time|space|room|a place|a seat|the floor|priority)|include|protect|ensure|guarantee)\\b" +
    // Round 69: also after a first verb of looking at the matter ("We trust the Parties revising their plans will consider the
    // rules on … and agree that a … must …"): the act hoped for is the second, a decision with a modal in it.
    // Round 35: the act hoped for after a first verb of minding ("I hope the donors here will keep in mind that …, and
    // will put money into …", "We trust that the agencies will bear in mind …, and fund …"); not the first verb alone.
    // Round 24: the hope above with more verbs of granting room and time ("We trust that the secretariat
    // will keep time in the next review for…", "… will make room for…", "… will set aside…"); not "will talk about it".
    // Round 20: more courteous ways of asking, in prose. A question: "Would it be possible for the
    // secretariat to publish…?", "Is it too much to ask that…?", "Why not give the clinics…?". A hedge
    // with a body that could act: "Perhaps the agency could…". Who is counted on: "We count on donors
    // to…", "We look to the secretariat to…", "We plead with States to…". What would help: "It would
    // be a great help if…", "It would make sense for donors to…", "It would be good to see the
    // agency…", "We see a clear need for…", "The simplest step would be for States to…". An opinion
    // with a modal: "It is our view that donors should…", "It seems to us that…".
    "|would it (?:not )?be (?:at all )?possible (?:for (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? to|to (?:publish|fund|create|set up|provide|share|hold|extend|include|translate|give|make|allow|open|establish|organi[sz]e|invite|train))\\b[^?]{0,400}\\?\\s*$|is it (?:too much|asking too much) to ask (?:that|for)\\b[^?]{0,400}\\?\\s*$" +
    "|why not (?:give|let|fund|make|ask|create|set up|open|train|publish|use|require|allow|build|share|pay|extend|offer|invite|include|hold|start|simply)\\b[^?]{10,400}\\?\\s*$" +
    "|(?:perhaps|maybe) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? could (?:(?:also|then|even) )?(?!(?:have|not|never|hardly|only|be (?:persuaded|convinced|forgiven|excused|blamed))\\b)\\p{L}{2,}" +
    "|(?:we|i) (?:(?:also|therefore|now) )*(?:count on|look to|rely on|plead with) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? to \\p{L}{2,}" +
    "|it would (?:(?:also|therefore|really|truly) )*(?:be (?:a (?:great|real|big|huge|considerable|tremendous) help|(?:so |very |most |truly )?(?:wonderful|great|ideal)) (?:if|for)\\b(?! (?:i|we) could (?:say|report|tell|announce)\\b)|make (?:(?:good|great|real|a lot of|more) )?sense (?:if|for|to)\\b|be (?:good|great|wonderful|helpful) to see (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b)" +
    "|(?:we|i) (?:(?:also|therefore|clearly|still) )*see (?:an? )?(?:(?:clear|real|urgent|pressing|strong|great) )?need (?:for|to)\\b" +
    "|" + HEDGED_PASSIVE_67 + "|" + OUR_SUGGESTION_67 + "|(?:we|i) (?:(?:also|therefore|simply|really|now) )*want (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? to \\p{L}{2,}|" + theirsToDo67(ACTOR) +
    "|(?:it is (?:(?:also|therefore|further|equally|thus) )*our (?:(?:firm|considered|strong) )?(?:view|belief|conviction|position)|it (?:(?:also|therefore) )*seems to us|we are (?:(?:also|therefore|further) )*of the (?:view|opinion)) that " + SUBJECT + "(?:should|must|ought to|need to)\\b" +
    "|(?:the|one|a|our) (?:(?:simplest|best|first|easiest|obvious|quickest|cheapest|practical|possible|good|better|natural|next|logical) )*(?:answer|step|solution|way forward|option|remedy|measure|response|approach|fix|start|beginning|place to start) would be for (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? to \\p{L}{2,}" +
    "|it would (?:(?:also|therefore|really|truly|already) )*make (?:all the|an? (?:(?:great|big|huge|real|enormous|significant|considerable|tremendous) )?)difference if\\b" +
    // Round 21: more ways of asking in prose (blind 16). What the speaker needs from a body ("What we
    // need from the States parties is…", "What we ask of donors is…"); the most useful thing a body
    // could do ("The single most useful thing that the agency could do for us is to…"); a point put to
    // a body, with a modal in what is put ("We also put it to the larger States that requests should
    // be…"); leave asked to suggest ("Allow us to suggest that…", "Let me propose that…"); a wish in the
    // imperative with a body or a programme as subject ("Let the next programme include…"); a hope to
    // see a body act ("We hope to see the inspectors visit…"); the one thing the speaker would change
    // ("If there were one thing I would fix …, it would be that…"); "Please make sure that…"; what should
    // not be beyond a body ("It should not be beyond donors to…"). Written from the genre, seen in no
    // set: "One simple thing the agency could do is to…", "The least donors could do is to…", and
    // (in the hope below) "We trust that the secretariat will publish…".
    "|what (?:we|i) (?:(?:really|most|therefore|also|now) )*(?:need|want|ask|expect|would (?:like|ask)|hope for|seek|request) (?:from|of) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? (?:(?:now|most|above all|first|today|in return|in turn) )*(?:is|are)\\b" +
    "|(?:(?:the|one) (?:(?:single|one|most|very|useful|important|helpful|valuable|best|simplest|simple|practical|concrete|small|first|biggest|greatest|quickest|cheapest|easiest|only) )*(?:thing|step)|the (?:very )?least) (?:that )?(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,3}? (?:could|can|should|might) (?:(?:now|still|also) )?(?:do|take)\\b[^.;]{0,80}? (?:is|would be) (?:to|that|for)\\b" +
    "|(?:we|i) (?:(?:also|therefore|respectfully|now|would|further) )*put it to (?:the |all |each |every )?[^.;:]{2,80}? that\\b(?=[^.;]*\\b(?:should|must|ought to|needs? to)\\b)" +
    "|(?:allow|permit|let) (?:us|me) (?:(?:also|then|now|therefore|finally) )*(?:to )?(?:(?:suggest|propose|recommend) that\\b|(?:urge|ask|invite|encourage|call (?:on|upon)) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? to \\p{L}{2,})" +
    "|let (?:the|every|each|all|any|no|this|that|our|future|next|these|those) (?:[\\p{L}'-]+ ){0,4}(?:" + ACTOR + "|programmes?|programs?|projects?|plans?|budgets?|funds?|resolutions?|reviews?|training|courses?|guidelines|guidance|reports?) (?:(?:also|now|then|finally|at last) )?(?!(?:is|are|was|were|has|have|had|not|of|and|or|in|on|at|to|for|with|from|who|which|that)\\b)\\p{L}{2,}" +
    "|(?:we|i) (?:(?:also|therefore|sincerely|really|would) )*(?:hope|wish|want|expect|(?:would )?like|(?:would )?love|long) to see (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + " (?:(?:also|now|then|finally) )?(?!(?:again|soon|here|there|at|in|on|for|with|and|or|of|from|next|this|today|when|as|thrive|succeed|do well|who|which|that|is|are)\\b)\\p{L}{2,}" +
    "|if there (?:is|were|was) (?:one|a single|only one|just one|a|any) thing (?:that )?(?:we|i) (?:would|could|should|might|want to|wish to|would like to) (?:change|ask(?: for)?|fix|do|urge|recommend|propose|request|see|add|improve)\\b[^,]{0,150}, (?:it is|it would be|it's) (?:that|to|for)\\b" +
    "|please (?:(?:also|too|then|finally) )?(?:make sure|ensure|see to it|see that|remember|do not forget|don't forget|consider|keep|give|fund|support|include|protect|listen to|hear|train|invest|provide|publish|share|open|create|establish|extend|take|act)\\b" +
    "|it (?:should not|shouldn't|ought not to|cannot|can't|must not|would not|will not) be (?:beyond|too (?:much|hard|difficult|costly) for) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? to \\p{L}{2,}" +
    // Round 22: more ways of asking in prose (blind 17). The request named by what the speaker brings
    // ("The request we bring is that…", "The appeal I make to donors today is for…"); the least that
    // can be done ("The very least that could now be done is for the courts to…"); a strong case for a body to act
    // ("There is a strong case for the agency to…", "… for funding …"; not "for saying"); what would
    // change things most ("What would change things for us most is for the agency to…", "What would help is
    // that…"); an appeal that goes to a body ("Our appeal goes to the coastal States: … should …",
    // "My plea is addressed to donors, to …"; not "The call goes to the office that …", a telephone's); what falls to a body ("It falls to the customs services to…",
    // "It rests with States to…"). Written from the genre with the contractions spelled out (`fold`):
    // a question in the negative ("Couldn't the ministries give…?", "Why can't donors fund…?",
    // "Wouldn't it be simpler (make sense) for…?", "Isn't it time…?"), "Let's make sure…", "Don't
    // let…", "Please don't punish…", "Surely it isn't too much to ask that…", "It's not too late for
    // donors to…", "What we're asking for is a…" (not "… is simple."), "All we ask is that…" (not
    // "… that you listen"); and, in the rules above, "We'd argue that <subject> should…", "We're
    // hoping <a body> will fund…".
    "|(?:the|our|my|one) (?:(?:first|second|third|last|final|main|only|one|single|other|further|urgent|concrete) )*(?:request|appeal|plea|ask|recommendation|proposal|suggestion|call) (?:that )?(?:we|i) (?:(?:would|wish to|want to|would like to|have come to|came here to|are here to|come here to) )?(?:bring|make|made|put|carry|address|present|submit|put forward|have|leave)(?: (?:to|before|with|for) [^.;:]{2,80}?)?(?: (?:today|here|this (?:morning|afternoon|week|year)|again))? (?:is|would be)(?: (?:simple|clear|this|twofold))?(?:\\s*:|,? (?:that|to|for)\\b)" +
    "|the (?:very )?(?:least|minimum) (?:that )?(?:can|could|should|must) (?:now |still )?be (?:done|asked|expected|demanded)(?: (?:of|from|by) [^.;,]{2,60}?)?,? (?:is|would be) (?:for|to|that)\\b" +
    "|there (?:is|would be) (?:a|an) (?:(?:very|strong|clear|good|compelling|powerful|overwhelming|convincing|solid|real|urgent|serious|excellent) )+case (?:here )?for (?:(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? to \\p{L}{2,}|(?!(?:saying|arguing|believing|thinking|hoping|doubting|optimism|caution|patience)\\b)\\p{L}{3,}ing\\b)" +
    "|what would (?:(?:really|truly|also) )?(?:help|change (?:things|everything|the situation|matters|this|that|lives)|make (?:the |a )?(?:(?:biggest|greatest|real|most|largest) )?difference|matter|count|work)(?: (?:most|more than anything|above all|the most|best|now|today|for (?:us|them|[\\p{L}'-]+(?: [\\p{L}'-]+)?)))* (?:is|would be) (?:for|to|that|if)\\b" +
    "|(?:(?:our|my) (?:(?:first|second|third|last|final|main|urgent|special|other|strongest) )*(?:appeal|plea|call|request)|(?:this|the) (?:(?:first|second|third|last|final|main|urgent|special|other|strongest) )*(?:appeal|plea)) (?:(?:therefore|also|then|now|today|here) )*(?:goes(?: out)?|is (?:addressed|directed|made)) to (?:the |all |each |every )?[^.;:]{2,100}?(?::\\s*(?=[^.;]*\\b(?:should|must|ought to|needs? to)\\b)|,? to (?!be\\b)\\p{L}{2,})" +
    "|it (?:(?:therefore|now|also|surely) )*(?:falls|rests|lies) (?:to|with|on|upon) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b(?:[\\p{L}' -]{0,40}) to \\p{L}{2,}" +
    "|(?:(?:could|can|would|will|should) not|cannot) (?![^?]*\\bhave (?:been |not )?\\p{L}+(?:ed|en|wn|ne|de|ld|pt|nt|id|ht|un|ung)\\b)(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? (?!(?:have|be)\\b)\\p{L}{2,}[^?]{10,400}\\?\\s*$" +
    "|why (?:(?:do|does|can|could|will|would|should) not|cannot) (?![^?]*\\bhave (?:been |not )?\\p{L}+(?:ed|en|wn|ne|de|ld|pt|nt|id|ht|un|ung)\\b)(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,3}? (?!(?:have|be|know|understand|see|care|listen|answer|reply|come|speak|talk)\\b)\\p{L}{2,}[^?]{10,400}\\?\\s*$" +
    "|would (?:it not|not it) (?:be (?:(?:far|much|so|a lot) )?(?:simpler|better|fairer|wiser|cheaper|easier|safer|more (?:sensible|effective|efficient|humane|logical|just)|sensible|fair|wise|possible)|make (?:(?:more|good|a lot of|better) )?sense) (?:for|to|if)\\b[^?]{0,400}\\?\\s*$" +
    "|is (?:it not|not it) (?:high |about |now )?time\\b[^?]{10,400}\\?\\s*$" +
    "|(?:surely )?it is (?:surely )?not (?:too much|asking too much) to ask (?:that|for)\\b|it is not too late for (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? to \\p{L}{2,}" +
    "|what (?:we|i) (?:are|am) (?:(?:really|simply|therefore|also) )*(?:asking|calling|hoping|pleading) for (?:(?:today|here|now) )?(?:is|are)\\b(?! not\\b| (?:simple|clear|modest|small|easy|this)\\s*[.!]?$)|all (?:that )?(?:we|i) (?:(?:are|am) asking|ask)(?: for)? (?:(?:today|here|now) )?is (?:that|for|to)\\b(?! (?:you|that you)\\b)" +
    "|let us (?:(?:also|now|then|finally|together|therefore|at least) )*(?:make sure|ensure|see to it|agree|commit|decide|insist|fund|give|require|create|set up|establish|build|guarantee|protect|train|publish|not (?:let|allow|leave|punish|abandon|criminali[sz]e)) \\p{L}" +
    "|(?:please )?(?:do not|never) (?:let|allow) (?!(?:me|us|anyone|anybody|yourselves|yourself|it|this|that|them|him|her|the (?:figures|numbers|word|words))\\b)(?:[\\p{L}'-]+ ){1,5}(?:be \\p{L}+|\\p{L}{2,}) [^.]{5,}" +
    "|(?:please )?(?:do not|never) (?:punish|criminali[sz]e|prosecute|detain|deport|jail|imprison|separate|abandon|cut|close|treat|send back|turn away|return|charge|fine) (?:the |any |a |an |our |these |those |children|women|victims|survivors|migrants|workers|people|families)\\p{L}*" +
    // Round 18: "We would like the secretariat to…", "Then, we would like the banks to…" (those
    // asked a body, as "We want the agency to…"); "Surely the time has come for donor States to…"
    // (as "It is time for…"); "Nothing would do more for the review than a pledge that…" (what
    // would help most, said as a comparison).
    "|(?:we|i) would (?:(?:also|therefore|further|really|now) )*like (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,8}?,? to \\p{L}{2,}" +
    // Round 45: said as a belief too ("We believe the time has come for the courts to …"), as round 19 reads it in French and Spanish.
    "|(?:(?:we|i) (?:(?:also|therefore|now) )?(?:believe|think|feel|consider) (?:that )?)?(?:surely )?the time has (?:surely |now |finally )?come (?:for|to)\\b" +
    "|nothing (?:would|could|will) (?:do|help|achieve|contribute|matter) more\\b[^.;]{0,200}\\bthan\\b" +
    // Round 23: more ways of asking in prose (blind 18). Where a body's help would count most ("It is
    // here that the agency's support would count most: by training…", "This is where donors could make the
    // biggest difference: …"; not "where the courts can help, they do"); no reason seen why a body should
    // not act ("We see no reason why the river States should not agree that…", "There is no reason for
    // donors not to…"; not a reason about figures, nor "should not have"); nothing that stops a body
    // ("Nothing prevents States from opening…", "Nothing in the treaty stops the parties from…"; not
    // what stopped someone, nor smugglers stopped from paying officials); the most useful thing in the
    // conditional ("The single most useful thing would be a fund…"; not what was most useful); what the
    // speaker needs from the room ("What we need from this meeting is…", "… from all of you is…").
    "|(?:it is (?:here|there|in this area|on this point|at this point|in this) that|this is where|here is where|that is where|here,? ) ?(?:(?:the )?(?:[\\p{L}'-]+ ){0,2}" + ACTOR + "(?:'s|')? (?:help|support|assistance|funding|expertise|contribution|engagement)|(?:the )?(?:help|support|assistance|funding|expertise|contribution) of (?:the )?(?:[\\p{L}'-]+ ){0,2}" + ACTOR + "|(?:the )?(?:[\\p{L}'-]+ ){0,2}" + ACTOR + ") (?:would|could|can|will|might) (?:(?:really|truly|also) )?(?:(?:matter|count|help|be (?:needed|useful|valuable|welcome|decisive))(?: [\\p{L}'-]+){0,3}? (?:most|the most|above all|more than anywhere)\\b|make (?:the|a|all the) (?:(?:biggest|greatest|largest|real|most) )?difference|do the most good)" +
    "|(?:(?:we|i) (?:(?:can|also|really|honestly|simply|still|frankly) )*(?:see|find|know of) no|there is no|there can be no) (?:(?:good|valid|real|sound|legal|practical) )?reason (?:(?:why|that) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? (?:should not|could not|would not|cannot|need not|must not)(?! have\\b)|for (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? not to) \\p{L}{2,}" +
    "|(?:there is )?nothing(?: in [^.,;]{2,60}?)? (?:(?:now|today|really) )?(?:(?:prevents|stops|keeps|would prevent|would stop|should prevent|should stop) (?:the |all |each |every )?(?:(?!from\\b)[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? from|stands in the way of (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + ") \\p{L}{3,}ing\\b" +
    "|(?:the|one|our) (?:(?:single|one|very|most|useful|important|helpful|valuable|effective|urgent|practical|best|biggest|greatest) )*(?:thing|step|change|measure|decision) (?:(?:now|today|here|this (?:year|week|dialogue|conference)) )?would be (?:to \\p{L}{2,}|for |that |an? |the |more |better )" +
    "|what (?:we|i) (?:(?:really|most|therefore|also|now) )*(?:need|want|ask|expect|would (?:like|ask)|hope for) (?:from|of) (?:this (?:room|meeting|dialogue|session|conference|forum|gathering|body)|the (?:room|meeting|dialogue|session|conference|forum)|(?:all of )?you|everyone here)(?: (?:today|here|now|in return))? (?:is|are)\\b" +
    "|all (?:that )?(?:we|i) (?:ask|want|need)(?: for)? (?:of|from) [^.;:]{2,80}? is (?:this\\s*:|(?:that|for|to)\\b)" +
    // Round 23, written from the genre (seen in no set): one request the speaker may make ("If I may make
    // one request, it is that…"); a question to the room ("Can we agree today that…?", not "Can we say
    // that…?"); a body looked forward to acting ("We look forward to the agency publishing…"; not "to
    // hearing from States"); the time right for a body ("The time is right for donors to…"); a wish for a
    // body to act ("We would love for the agency to…"); what a body could do by acting ("Donors could do
    // a great deal by funding…"; not what it did).
    "|if (?:i|we) (?:may|might|could|can) (?:make|add|leave (?:you with)?|put forward|offer) (?:one|a|just one|a single|a final|one more|one last|only one) (?:request|plea|suggestion|recommendation|ask)\\b[^,]{0,80}, (?:it is|it would be) (?:that|to|for|this)\\b" +
    "|(?:can|could|shall|will) we (?:not )?(?:all )?(?:agree|commit|decide|resolve)(?: (?:today|here|now|in this room|together))? (?:that|to)\\b[^?]{10,400}\\?\\s*$" +
    "|(?:we|i) (?:(?:also|therefore|now|very much|greatly) )*look forward to (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,4}? \\p{L}{3,}ing\\b" +
    "|the time is (?:now |surely )?(?:right|ripe) for (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? to \\p{L}{2,}" +
    "|(?:we|i) would (?:(?:also|really|very much) )*(?:love|like|prefer) for (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,8}?,? to \\p{L}{2,}" +
    "|(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + " (?:could|can|would) (?:(?:also|surely) )*(?:do|achieve|change|accomplish) (?:a great deal|a lot|much|so much|far more|more) (?:(?:for|to help) [^.;]{2,60}? )?by \\p{L}{3,}ing\\b" +
    // Round 24: more ways of asking in prose (blind 19). An imperative addressed to those who can act,
    // granting something to each person of a group ("Give each child who testifies a guardian…", "Provide
    // every shelter with…", "Make sure that every returnee…", "Give the families who come back a room…");
    // not a narrative imperative ("Take each case…", "Note that every…", "Give or take a week…"), nor a
    // question, nor an imperative of condition ("Give every packer a chance and he will talk"). The
    // answer or remedy said to be for a body to act, with a comment between ("The answer,
    // in my view, is for the courts to…", "The remedy, we believe, must be for…"; not what the answer
    // was, nor "for you to…"). What ought to be standard practice, the rule or the duty of a body ("It
    // ought to be normal practice for clerks to…", "It should be the rule that…", "It must become
    // routine for…"; not "It used to be…", "It must be hard for…"). What a body is needed to do ("We
    // need the lending banks to…", "We would need donors to…"; not "We needed…"). What would serve
    // everyone ("It would serve everyone for the board to…", "It would benefit all concerned if…", "It
    // would be in everyone's interest for…"; not what would serve the smugglers, nor "no purpose").
    // "Let us agree" with a remark between ("Let us agree, here and now, that…", "Let us, as parties,
    // commit to…"; not "for the sake of argument").
    "|(?:please )?(?:give|grant|offer|guarantee|provide|fund|pay|train|protect|assign|hire|equip|house|compensate|reward|support) (?:each|every|all|any)(?! (?:other|of (?:us|you|them|it|this|that|these|those))\\b) \\p{L}{3,}(?![^.;]*\\band (?:he|she|they|you|we|it|this|that) (?:will|would|can|may)\\b)(?![^?]*\\?\\s*$)" +
    "|(?:please )?(?:give|grant|offer|guarantee|pay) (?:the |these |those |our )?(?:[\\p{L}'-]+ ){0,2}(?:women|men|girls|boys|children|minors|victims|survivors|families|workers|migrants|returnees|people|witnesses|officers|investigators|communities|defenders|journalists|prosecutors|judges|shelters|clinics|courts)(?: (?:who|that|which) [^,.;:?]{2,60}?)? (?:a|an|the|more|real|proper|free|enough|full|access to|time|money|support|protection|training|shelter|housing|papers|permits|counselling) \\p{L}{2,}(?![^.;]*\\band (?:he|she|they|you|we|it|this|that) (?:will|would|can|may)\\b)(?![^?]*\\?\\s*$)" +
    "|(?:please )?make sure (?:that )?(?:each|every|all|no|any) \\p{L}{3,}(?![^?]*\\?\\s*$)" +
    "|(?:the|one|a|our) (?:(?:simplest|best|real|only|obvious|lasting|first|practical|right|true) )*(?:answer|solution|way forward|remedy|response|fix|way out|priority)(?:,? (?:in (?:our|my) (?:view|opinion|experience)|as (?:we|i) see it|we (?:believe|think|submit|would say|suggest)|i (?:believe|think|would say)|to (?:our|my) mind|if you ask (?:us|me)|put simply|quite simply),)? (?:is|would be|must be|should be|has to be) (?:(?:simply|surely|clearly|therefore) )?for (?!(?:us|me|you|them|him|her|it|everyone)\\b)(?:[\\p{L}'-]+ ){1,8}?to (?!be\\b)\\p{L}{2,}" +
    "|it (?:should|must|ought to|needs to|has to|could) (?:(?:also|now|therefore|surely|simply|always|quickly) )*(?:be|become) (?:(?:the |a |an )?(?:standard|normal|common|routine|usual|accepted|best|good|general|ordinary|established)(?: (?:practice|procedure|policy))?|the (?:rule|norm|default|law)|(?:mandatory|compulsory|obligatory|automatic))(?: (?:everywhere|again|in (?:every|each|all) [\\p{L}-]+))? (?:for (?!(?:us|me|you|them|him|her|it)\\b)(?:[\\p{L}'-]+ ){1,6}?to \\p{L}{2,}|that\\b)" +
    "|it (?:should|must|ought to) (?:(?:also|now|therefore) )*be the (?:duty|job|task|responsibility) of (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,4}? to \\p{L}{2,}" +
    "|(?:we|i) (?:(?:also|really|urgently|still|now|simply|therefore|badly|just|would|will) )*need (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? to (?!(?:know|understand|see|hear|believe)\\b)\\p{L}{2,}" +
    "|it would (?:(?:also|therefore|really|truly|surely|greatly|certainly) )*(?:serve|benefit|suit|help) (?:everyone|everybody|all of us|us all|all concerned|all sides|both sides|all parties|the common good|the public interest|justice)(?: (?:well|greatly|better|here))? (?:for (?!(?:us|me|you|them|him|her|it)\\b)(?:[\\p{L}'-]+ ){1,6}?to \\p{L}{2,}|if\\b)" +
    "|it would (?:(?:also|therefore|really|surely|certainly) )*be (?:in (?:everyone(?:'s| is)|everybody(?:'s| is)|all our|our common|the common|the public) interests?|to (?:everyone(?:'s| is)|everybody(?:'s| is)|our common) (?:benefit|advantage)) (?:for|if|that)\\b" +
    "|let us(?: all)?,? (?!(?:for (?:the sake of|a moment|argument|now)|just for)\\b)[^,.;:]{2,50}, (?:all )?(?:make sure|ensure|agree|commit|decide|insist|resolve) \\p{L}" +
    "|let us (?:(?:also|now|then|finally|together|therefore|at least|all) )*(?:make sure|ensure|agree|commit|decide|insist|resolve),? (?!(?:for (?:the sake of|a moment|argument|now)|just for)\\b)[^,.;:]{2,50}, (?:that|to)\\b" +
    // Round 25: more ways of asking in prose (blind 20). The one thing a body should do, put as a
    // condition ("If donors did only one thing next year, it should be to fund…", "If there is one thing
    // the ministries must do, it is to…"; not "…, it was to listen", nor "it would be to arrest them").
    // A question asking a body to gather, publish or set up something ("Could the agency collect the
    // court rulings in one database…?"; not "Could the agency explain why…?", nor "… have collected…?").
    // A body that can help by doing a thing ("Lending banks could help by checking…"; not "helped by").
    // An imperative wish without an article ("Let port authorities inspect…"; not "Let alone the
    // courts…", "Let me…"). Grateful if something could be done ("…, and we would be most grateful if
    // this grant could go to…"; not "if we could speak").
    "|if (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,2}? (?:did|do|could do|were to do|would do|can do) (?:(?:only|just) )?(?:one|a single) thing\\b[^,]{0,80}, (?:it|that) (?:should|must|ought to|needs to|has to|would have to) be (?:to \\p{L}{2,}|that\\b|for\\b)" +
    "|if there (?:is|were|was) (?:one|a single|only one|just one) thing (?:that )?(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,2}? (?:should|must|ought to|needs? to|could|can) (?:do|change|fix)\\b[^,]{0,80}, (?:it is|it would be|it should be) (?:to \\p{L}{2,}|that\\b|for\\b)" +
    "|(?:would|could|will|can) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: (?:not|also|perhaps|then|therefore|now))* (?:gather|collect|compile|bring together|map|publish|share|set up|create|establish|produce|prepare|draw up|organi[sz]e|convene|host|translate|document|open|offer|provide|train|extend|pay for|make available)\\b[^?]{20,400}\\?\\s*$" +
    "|(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + " (?:can|could) (?:(?:also|really|greatly|still|best) )*help(?: (?:most|a great deal|a lot|greatly|here))? by \\p{L}{3,}ing\\b" +
    "|let (?!(?:me|us|him|her|them|it|alone|go|there|this|that|these|those)\\b)(?:[\\p{L}'-]+ ){0,3}" + ACTOR + " (?:(?:also|now|then|finally|at last) )?(?!(?:is|are|was|were|has|have|had|not|of|and|or|in|on|at|to|for|with|from|who|which|that|alone)\\b)\\p{L}{2,}" +
    "|(?:[^.;]{0,200}?,? and )?(?:we|i) would (?:(?:also|therefore|really) )*be (?:(?:most|very|so|deeply|truly|extremely|particularly) )?(?:grateful|thankful|obliged) if (?!(?:i|we) (?:could|can|may|might|were)\\b)[^.;]{0,120}?\\b(?:could|would|might|were)\\b" +
    // Round 28: what the speaker said at the meeting, told afterwards, one point after another ("So the main point I put to
    // them was that each clinic … should keep…", "The next was that lenders must check…", "The other point we made was
    // that …"), a modal in what was said; not what was noticed or felt ("The first thing I noticed was…"), nor what
    // others said ("The first thing they said was that we should wait."), nor what is said without a modal ("My
    // first point was that I felt out of place."). A jussive in the negative passive ("Let no nurse be sacked again
    // for speaking out"); not "Let no one be fooled: …".
    "|(?:the|my|our) (?:(?:first|second|third|fourth|fifth|next|last|final|other|main|one|only) )+(?:(?:thing|point|ask|request|message) (?:that )?(?:i|we) (?:(?:then|also|finally|really) )?(?:said|made|raised|put (?:forward|to them)|asked for|argued|stressed|proposed|told (?:them|the (?:room|meeting|delegates|dialogue|delegations)))(?: (?:in [\\p{Lu}\\p{L}]+|there|then|to (?:them|the [^,.;]{2,40})))? |one )?(?:was|is) that (?=[^.;]*\\b(?:should|must|ought to|needs? to)\\b(?! have (?:been|done|made|had|taken|given|seen|known|gone|told|sent|paid|held|brought|kept|heard|found|left|\\p{L}+ed)\\b))" +
    "|let (?:no|not a single|not one) (?:[\\p{L}'-]+ ){1,3}(?:(?:ever|ever again|again|any longer|from now on|anywhere) )*be (?!(?:fooled|misled|deceived|mistaken|surprised|discouraged|in\\b))\\p{L}+(?:ed|en|wn|ne|de|ld|pt|nt|id|ht|un|ung)\\b" +
    // Round 29 (forms, no new data): a thanks that goes on to ask the one thanked, in one sentence ("We thank the
    // ministry for its plan and urge it to extend…", "We are grateful to the donors …, and we ask them to continue…",
    // "Nous remercions le ministère … et l'invitons à…", "Agradecemos al ministerio … y lo instamos a…"); not a thanks
    // alone, nor one that goes on about the speaker ("… and ask ourselves whether…"). A wish that a body would act ("We
    // wish the ministries would listen…"; not "We wish the new Chair every success"). A thing said to be urgently needed
    // ("A register of agencies is urgently needed."; not "More research is needed, as…"). Help asked of those addressed
    // ("You can help by funding…"). A thing looked forward to seeing ("We look forward to seeing a fund for…"; not "…
    // seeing many of you"). "Please" and a verb of asking in prose too (`PLEASE_VERB`, read below).
    "|(?:we|i) (?:(?:also|sincerely|warmly|would like to|wish to|want to) )*(?:thank|commend|congratulate|applaud|are (?:(?:very|most|deeply) )?grateful to|am (?:(?:very|most|deeply) )?grateful to)\\b[^.;]{3,200}?,? and (?:(?:we|i) )?(?:(?:also|would|therefore|now|strongly|respectfully) )*(?:urge|ask|call (?:on|upon)|encourage|invite|request) (?:it|them|(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + ")(?: [\\p{L}'-]+){0,3}? to \\p{L}{2,}" +
    "|(?:nous|je) (?:(?:tenons a |voudrions |souhaitons )?remerci(?:ons|e|er)|felicitons|saluons)\\b[^.;]{3,200}? et (?:nous )?(?:(?:l'|les |la |le |leur |lui )?)(?:invitons|appelons|exhortons|encourageons|demandons|prions)\\b" +
    "|(?:agradecemos|felicitamos|saludamos|damos las gracias)\\b[^.;]{3,200}? y (?:(?:lo|la|los|las|le|les) )?(?:instamos|invitamos|pedimos|exhortamos|alentamos|animamos|solicitamos)\\b" +
    "|(?:we|i) (?:(?:only|really|do|so) )*wish (?:that )?(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? would (?!have\\b)\\p{L}{2,}" +
    "|(?:[\\p{L}'-]+ ){2,10}(?:is|are) (?:(?:also|now|still|therefore) )*(?:urgently|badly|desperately|sorely) needed\\b" +
    "|you (?:can|could) (?:(?:also|really|greatly) )*help(?: (?:us|them|most|a great deal|a lot|greatly))* by \\p{L}{3,}ing\\b" +
    "|(?:we|i) (?:(?:also|therefore|now|very much|greatly) )*look forward to seeing (?:a|an|more|further|the (?:first|new)) (?!(?:few|number) of\\b)\\p{L}{3,}" +
    // Round 29: a first-person plural imperative in French and Spanish ("Engageons-nous à…", "Veillons à ce que…",
    // "Comprometámonos a…", "Asegurémonos de que…"), as "Let us commit…"; the need stated outright ("Il y a un besoin urgent
    // de…", "Existe una necesidad urgente de…", an adjective of urgency required: not "il y a besoin de dire…"); "Les
    // invitamos a <infinitive>" (not "… a nuestra jornada", an invitation to an event).
    "|(?:engageons-nous|assurons-nous|veillons (?:a ce que|ensemble)|faisons en sorte que|comprometamonos|aseguremonos|procuremos que|hagamos (?:que|lo posible))\\b" +
    "|il y a (?:un )?(?:besoin|necessite) (?:urgent|urgente|pressant|pressante|criant|reel|reelle) (?:de|d')|(?:existe|hay) una (?:necesidad|urgencia) (?:urgente|apremiante|acuciante|real|clara) de\\b" +
    // Round 29: a body asked in a French inverted question ("Les États pourraient-ils s'engager à publier… ?"), a verb of
    // undertaking or doing after it; not "Comment une travailleuse pourrait-elle…" (no body), nor "… pourraient-ils avoir…".
    "|(?:les |la |le |l')?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,3}? (?:pourrai(?:en)?t|voudrai(?:en)?t|accepterai(?:en)?t)-(?:ils|elles|il|elle) (?:(?:donc|aussi|egalement) )?(?:s'engager|accepter|envisager|financer|publier|soutenir|creer|mettre en place|partager|ouvrir|former|consacrer|prevoir|etudier|examiner|organiser|traduire|inviter|associer|garantir|reconnaitre)\\b[^?]{0,400}\\?\\s*$" +
    // Round 29: a wish put as what would happen ideally ("Ideally, every border post would have an officer who…",
    // "Idéalement, chaque commune disposerait…", "Idealmente, cada municipio contaría…"); not what would ideally have
    // happened ("Ideally, the interview would have taken place…").
    "|ideally,? (?![^.;]*\\b(?:would|should) have (?:been|taken|done|made|gone|had|seen|given|kept|held|left|found|\\p{L}+ed)\\b)[^.;]{2,100}?\\b(?:would|should|could)\\b|idealement,? (?![^.;]*\\b(?:aurai(?:t|ent)|serai(?:t|ent)) (?:du|pu|eu|ete)\\b)[^.;]{2,100}?\\b(?!(?:portrait|retrait|extrait|attrait|abstrait|distrait|soustrait)\\b)\\p{L}{3,}rai(?:t|ent)\\b|idealmente,? (?![^.;]*\\bhabrian?\\b)[^.;]{2,100}?\\b(?:contar|tendr|deber|podr|ser|existir|dispondr|recibir|ofrecer|garantizar|incluir|dar|har|estar|asignar|financiar|abrir|crear|publicar|formar)ian?\\b" +
    // Round 31 (blind set 24 used for development): more ways of asking in prose. Granting a group a seat or a voice,
    // in the imperative ("And give the river wardens a seat on the district water board: …"; not "… and they will …").
    // A wish that something be done, in the passive, without a body named ("We would also like the night patrols to be
    // counted as public service …"; not "We would like you to be aware …"). A hope that a programme or its money will
    // reach someone ("We hope that the next grant round will include the ferry crews …", "Nous espérons que le
    // programme … inclura …", "Esperamos que el programa … incluya …"; not "We hope the talks will go well"). What
    // would be a step forward ("It would be a big step forward if …", "Ce serait un vrai progrès si …", "Sería un
    // gran avance que …"). The international community named first, then asked, as round 25 reads a body ("A la
    // comunidad internacional le rogamos que …"; not "A las familias … les pedimos que …", the people the speaker serves). A jussive in "Que" with a body as its subject ("Que les États qui … contrôlent …",
    // "Que los municipios abran …"; not a question, nor "Que faire ?").
    "|(?:please )?(?:give|grant|offer|guarantee) (?!(?:me|us|him|her|it|them)\\b)(?:(?:the|our|their|these|those|local|all) )?(?:[\\p{L}'-]+ ){0,3}(?:a|an|one) (?:(?:permanent|proper|real|formal|regular|full|standing|voting) )?(?:seat|place|voice|say|vote|role) (?:on|in|at|within|among)\\b(?![^.;]*\\band (?:he|she|they|you|we|it|this|that) (?:will|would|can|may)\\b)(?![^?]*\\?\\s*$)" +
    "|(?:we|i) would (?:(?:also|therefore|further|really|now|very much) )*like (?!(?:to|it|this|that|them|us|you|me|him|her)\\b)(?:[\\p{L}'-]+,? ){1,12}?to be (?:(?:properly|fully|also|better|formally|publicly) )?\\p{L}+(?:ed|en|wn|ne|de|ld|pt|nt|id|ht|un|ung)\\b" +
    "|(?:we|i) (?:(?:also|therefore|sincerely|very much|strongly|earnestly|further|now|would|do) )*(?:hope|trust|are hoping|am hoping|are confident|am confident) (?:that )?(?:the |all |any |future |this |our )?(?:[\\p{L}'-]+ ){0,3}(?:assistance|programmes?|programs?|projects?|funds?|funding|training|budgets?|plans?|support|grants?|aid|review)(?: [\\p{L}'-]+){0,6}? will (?:(?:also|now|then|soon) )?(?:include|cover|reach|extend to|go to|pay for|fund|set aside|reserve|provide for|train|support|take in)\\b" +
    "|(?:nous|je) (?:(?:osons|voulons) )?esper(?:ons|e) (?:(?:aussi|donc|vivement|enfin|egalement) )*que (?:(?:l'|la |le |les |ce |cette |ces |tout |toute |les futurs? |la future |le prochain |la prochaine )?)(?:[\\p{L}'-]+ ){0,2}(?:assistance|programmes?|projets?|fonds|financements?|formations?|budgets?|plans?|appui|soutien|aide|subventions?)(?: [\\p{L}'-]+){0,6}? (?:inclura|incluront|couvrira|couvriront|financera|financeront|comprendra|comprendront|prendra en compte|prendront en compte|formera|formeront|atteindra|atteindront)\\b" +
    "|(?:esperamos|confiamos en) (?:(?:tambien|ademas|finalmente|sinceramente) )*que (?:(?:la|el|los|las|cualquier|todo|toda|el proximo|la proxima) )?(?:[\\p{L}'-]+ ){0,2}(?:asistencia|programas?|proyectos?|fondos?|financiamiento|financiacion|capacitacion|formacion|presupuestos?|planes|plan|apoyo|ayuda|subvenciones)(?: [\\p{L}'-]+){0,6}? (?:incluya|incluyan|cubra|cubran|financie|financien|llegue a|lleguen a|contemple|contemplen|abarque|abarquen|capacite|capaciten|forme|formen)\\b" +
    "|it would (?:(?:also|therefore|really|truly|already) )*be (?:a|an) (?:(?:real|big|great|huge|major|significant|important|considerable|first|genuine|welcome) )*(?:step forward|step in the right direction|improvement|advance|relief|breakthrough) (?:if|for)\\b" +
    "|ce serait (?:un|une) (?:(?:vrai|vraie|grand|grande|reel|reelle|veritable|immense|premier|net|nette) )*(?:progres|pas en avant|avancee|soulagement) (?:si|que)\\b|seria (?:un|una) (?:(?:gran|verdadero|verdadera|enorme|primer|importante|real) )*(?:avance|paso adelante|alivio|mejora|progreso) (?:si|que)\\b" +
    "|" + frontedAsk("(?:comunidad internacional|communaute internationale|international community)") +
    // Round 36: not a relative clause after a noun set apart by a comma ("Nuestro informe, que la secretaría distribuyó, …",
    // "Le rapport, que le secrétariat a remis, …"; `NOUN_BEFORE`): the opening phrase before it has a determiner.
    "|" + NOUN_BEFORE + "(?:que|qu') ?(?:(?:les|la|le|l'|los|las|el|chaque|cada|tous les|toutes les|todos los|todas las) ?)(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b(?![^.;]*\\?)" +
    // Round 31: what a body needs, set against what it has now ("The lake ports need one shared register, not three
    // lists.", "Las fiscalías … necesitan un equipo permanente, y no reuniones…", "Les parquets ont besoin d'une équipe, pas
    // de…"); not a need stated alone ("The police need a warrant to board a boat.": a fact of the law).
    "|(?:the |all |each |every |les |la |le |l'|los |las |el )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? (?:need|needs|necesitan?|ont besoin d'|a besoin d') ?(?:(?:a|an|one|un|una|une|more|mas|plus de|real|genuine) )?[^.;:,]{3,80}, (?:and |y |et |but |pero |mais )?(?:not|no|pas|non|rather than|instead of|en lugar de|en vez de|plutot que)\\b" +
    "|(?:les|los|las|le|lo|la) invitamos (?:(?:tambien|ademas|por (?:lo )?tanto) )?a \\p{L}{2,}(?:ar|er|ir)(?:se|la|lo|las|los|les)?\\b" +
    // "It is high time that States…", "Il est grand temps que…", "Ya es hora de que…"
    "|it is (?:high |about |now )?time (?:that|for(?! (?:me|us) to (?:close|conclude|end|finish|stop|wrap up|move on|sit down|hand over)\\b)|to(?! (?:close|conclude|end|finish|stop|wrap up|move on|sit down|hand over)\\b))\\b|il est (?:grand |plus que )?temps (?:que|de|d')|(?:ya )?es (?:hora|el momento) de (?:que|\\p{L}{2,}(?:ar|er|ir)\\b)" +
    "|il convient (?:donc )?de|nous (?:plaidons|militons) pour|nous (?:estimons|considerons|jugeons) (?:essentiel|indispensable|necessaire|urgent|primordial) (?:que|de)" +
    "|nous (?:(?:donc|aussi|egalement) )?(?:estimons|considerons|pensons|croyons) (?:donc |aussi |egalement )?que (?:tous )?les (?:etats|gouvernements|autorites|bailleurs|donateurs|pays)(?:,? [\\p{L}'-]+){0,6}? (?:doivent|devraient)" +
    "|(?:consideramos|creemos|estimamos|pensamos) (?:por (?:lo )?tanto |tambien |ademas )?que (?:todos )?(?:los|las) (?:estados|gobiernos|autoridades|donantes|paises)(?:,? [\\p{L}'-]+){0,6}? (?:deben|deberian|tienen que)" +
    "|(?:les |le )?(?:pedimos|solicitamos|instamos|exhortamos|recomendamos)|abogamos por|(?:consideramos|creemos|estimamos|vemos|juzgamos) (?:(?:igualmente|tambien|asimismo|ademas|por (?:lo )?tanto|muy) )*(?:fundamental|esencial|indispensable|necesario|urgente|imprescindible|importante|conveniente) (?:que|garantizar|asegurar))",
  "u",
));

/**
 * A body or officials, named any way, with a modal: "Port authorities must share…", "Les services
 * consulaires devraient…", "Las fiscalías provinciales deben…" (not a modal of habit: "…must often
 * wait"). A request of its own, except right after a request, which it goes on asking ("We call on
 * States to visit the camps. Inspectors should speak the workers' languages.").
 */
const BODY_ASKED = new RegExp(
  "^" + CONNECTIVE + OPENER + "(?:(?:(?:the|all|each|every|les|la|le|l'|chaque|tous les|toutes les|los|las|el|cada|todos los|todas las) ?)?(?:(?!(?:who|which|that|qui|que|quien|quienes|donde|where|when|if|si|cuando)\\b)[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? (?!(?:who|which|that|qui|que|quien|quienes)\\b)[\\p{L}'-]+){0,4}? (?:must|should|need to|ought to|doivent|devraient|doit|devrait|deben|deberian|debe|deberia|tienen que|tiene que)(?: (?:also|now|therefore|urgently|immediately|not|never|aussi|egalement|donc|ne|pas|jamais|tambien|ademas|no|nunca))* (?!(?:have|be|often|usually|sometimes|still|already|avoir|etre|souvent|parfois|encore|deja|toujours|haber|ser|estar|a menudo|a veces|todavia|aun)\\b)\\p{L}{2,}" + ")",
  "u",
);

/**
 * Who is asked to act, in a report of what the speaker asked: States, governments, the secretariat,
 * donors, authorities, the international community, or an acronym (read on the folded text).
 */
const ADDRESSEE =
  "(?:the |all |aux |a la |a l'|au |les |la |l'|le |(?:a|al) (?:los |las |la )?)?(?:(?:member |concerned |donor )?(?:states|countries|governments)(?: parties)?|states parties|parties|unodc|onudc|secretariat|secretaria|donors|authorities|the international community|international community|delegations|the conference|conference|working groups?|etats(?: parties| membres)?|gouvernements|bailleurs|donateurs|autorites|delegations|communaute internationale|estados(?: parte| partes| miembros)?|gobiernos|donantes|autoridades|delegaciones|comunidad internacional|paises)\\b";
/**
 * A report, in minutes or a mission report, of what the speaker asked ("He called on governments to…",
 * "Ms Example further asked that the secretariat…", "Elle a demandé aux États de…",
 * "Elle a souhaité que l'agence…", "Pidió a los Estados que…"): the request is the speaker's, in
 * the third person and the past. Not what someone asked about ("asked whether…", "a demandé si…"),
 * nor a request to a person ("she asked the driver to stop").
 */
const REPORTED = new RegExp(
  "^" + CONNECTIVE + OPENER + "(?:" +
    "(?:she|he|(?:the )?(?:speaker|representative|delegate|panell?ist|director|coordinator|spokes(?:person|woman|man)|president|chair(?:person)?)|(?:ms|mr|mrs|dr|prof)\\.? [\\p{L}'-]+(?: [\\p{L}'-]+)?)(?: (?:also|further|then|finally|therefore|again|strongly))* " +
    "(?:(?:called (?:on|upon)|urged|asked|requested|invited|encouraged|pressed|appealed to) " + ADDRESSEE + "(?: [\\p{L}'-]+){0,8}? to\\b|(?:asked|requested|insisted|demanded) that " + ADDRESSEE + "|(?:asked|requested|insisted|demanded) that (?!(?:her|his|my|their|him|me|she|he|i)\\b)(?:[\\p{L}'-]+ ){1,8}be \\p{L}+(?:ed|en|wn|ne|de|ld|pt|nt|id|ht|un|ung)\\b|(?:recommended|proposed|suggested) that\\b|(?:recommended|proposed|suggested) (?:the |a |an |to )|called for\\b)" +
    "|(?:elle|il|(?:l'|la |le )(?:intervenante?|representante?|oratrice|orateur|presidente?|directrice|directeur|coordinatrice|coordinateur|porte-parole)|(?:mme|m\\.|dr) [\\p{L}'-]+(?: [\\p{L}'-]+)?) (?:a|avait) (?:(?:aussi|egalement|ensuite|enfin|en outre|par ailleurs|donc|encore|d'abord|surtout|vivement) )*" +
    "(?:(?:recommande|propose|suggere) (?:que\\b|de\\b|d')|(?:demande|souhaite|insiste pour) que " + ADDRESSEE + "|(?:demande|recommande|propose|suggere|lance un appel) " + ADDRESSEE + "|(?:appele|exhorte|invite|encourage|prie) " + ADDRESSEE + "|plaide (?:pour|en faveur)\\b)" +
    "|(?:(?:ella|el|la (?:representante|oradora|vocera|portavoz|directora|coordinadora|presidenta)|el (?:representante|orador|vocero|portavoz|director|coordinador|presidente)|(?:la sra|el sr|la dra|el dr)\\.? [\\p{L}'-]+(?: [\\p{L}'-]+)?) )?(?:(?:tambien|ademas|luego|finalmente|asimismo) )*" +
    "(?:(?:recomendo|propuso|sugirio) (?:(?:tambien|ademas) )?que\\b|(?:pidio|solicito|insto|exhorto|recomendo|propuso|sugirio|hizo un llamado|hizo un llamamiento) (?:(?:tambien|ademas) )?(?:que )?" + ADDRESSEE + ")" +
    ")",
  "u",
);
/**
 * Round 17: the speaker recounting, in the first person, what she asked those the meeting addressed
 * ("So I asked the States there to…", "I also urged coastal States, ours included, to…", "We called
 * on donors to…"): a request of hers, told afterwards. Not after an opening phrase ("In 2019, we urged the States to…" is background), not
 * one that went unheeded ("…, but nothing changed"), nor to the authorities, a government or anyone
 * else (a testimony's "We asked the police to…").
 * Round 26: after an ordinal label with a colon ("Second: we asked…"), and with another group named
 * before the States ("We asked the buyers of cocoa, and the States they trade from, to…"); not a
 * group alone ("We asked the buyers of cocoa to…").
 */
const TOLD_AFTERWARDS = new RegExp(
  "^" + CONNECTIVE + "(?:(?:first|second|third|fourth|fifth|next|last|finally)\\s*:\\s+)?(?:we|i)(?: (?:also|further|then|finally|therefore|again|strongly))* (?:called (?:on|upon)|urged|asked|invited|encouraged|appealed to) (?:the (?:[\\p{L}-]+ ){1,4}[\\p{L}-]+,? and )?(?:the |all )?(?:(?:[\\p{L}-]+ )?(?:states|countries|delegations|donors)(?: parties)?|unodc|secretariat|conference)\\b(?:,? [\\p{L}'-]+){0,8}?,? to\\b(?!.*\\b(?:but|yet|in vain|no (?:answer|reply|response)|nothing)\\b)",
  "u",
);

/**
 * Round 26: the speaker named by her first name alone, in a post or a report about her statement
 * ("Amara asked the States concerned to…", "Tomás urged donors to…"): read on the text as written,
 * a capitalized word that is not a pronoun nor a body ("Police asked the States…" is no name), and a
 * body the meeting addresses, as in `TOLD_AFTERWARDS`. Rests on one statement of blind set 21.
 */
const NAMED_REPORTED =
  /^(?!(?:She|He|We|I|They|It|You|This|That|Police|Everyone|Nobody|Someone|Officials|Officers|Delegates|Delegations|States|Countries|Governments|Donors|Many|Some|Several|One|Others|Who)\b)\p{Lu}\p{Ll}{2,} (?:(?:also|further|then|finally|again) )*(?:asked|urged|called (?:on|upon)|invited|encouraged|appealed to) (?:the |all )?(?:[\p{L}-]+ )?(?:States|countries|delegations|donors|UNODC|[Ss]ecretariat|Conference)\b(?:,? [\p{L}'-]+){0,8}?,? to\b(?!.*\b(?:but|yet|in vain|nothing)\b)/u;

/**
 * Round 62: a press release — a paragraph opening on a dateline ("CITY, 3 May 2023 –", « VILLE, le 3 mai 2023 – », "CIUDAD, 3 de
 * mayo de 2023.–") above the closing notes' heading on a line of its own (`PRESS_NOTES`: "About …", « À propos … », "Acerca de …")
 * — tells its officer's asks in the third person: "She added that States should …", "Ms NAME called on donors to …", « Elle a
 * demandé aux États de … », "La directora pidió que …", "Insistió, asimismo, en que …". Its own people are the officer the who code
 * reads (`reportedSpeaker`: her name, her office), a pronoun, or a word of the body the notes' heading names; someone else's words
 * ("The minister said that …") and the history ("… had proposed …") stay out.
 */
const PRESS_DATELINE = /^\p{Lu}[\p{L} .'’-]{1,40},\s*(?:(?:le|el)\s+)?(?:\d{1,2}(?:er|º)?\.?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4})\s*\.?\s*[–—-]/u;
const PRESS_ASKED =
  "(?:(?:called (?:on|upon)|urged|asked|requested|invited|pressed|appealed to|encouraged) [^.;:]{2,80}? to \\p{L}|(?:called|asked|appealed|pleaded) for\\b|(?:asked|requested|insisted|demanded|urged|recommended|proposed|suggested) that\\b" +
  "|a(?:-t-(?:elle|il))? (?:(?:aussi|egalement|ensuite|enfin|encore|donc) )*(?:demande|exhorte|appele|invite|prie|recommande|propose|suggere|reclame)(?!\\p{L}| si\\b)|a(?:-t-(?:elle|il))? (?:(?:aussi|egalement|ensuite|enfin) )*(?:insiste pour|plaide (?:pour|en faveur))\\b" +
  "|(?:pidio|solicito|insto|exhorto|reclamo|recomendo|propuso|sugirio|urgio|hizo un (?:llamado|llamamiento))(?! la palabra\\b)(?!\\p{L})|insistio,?(?: [\\p{L}]+,)? en (?:que|la necesidad)\\b)";
// Round 69: also a wish reported after "said that" ("She said that the network wanted the Conference to invite …"): the
// organization's own wish that a body act, put in the past by the reporting verb.
const PRESS_SAID =
  "(?:(?:said|added|stressed|argued|insisted|warned|emphasi[sz]ed|maintained|concluded|declared|stated|told(?: [\\p{L}'-]+){1,4}?) that (?=[^.;]*\\b(?:should|must|ought to|needs? to|ha(?:ve|s) to|deserves?)\\b(?! have\\b)|(?:the |its |our )?(?:[\\p{L}'-]+ ){0,4}?(?:wanted|wants|would like|wished|wishes|hoped|hopes|expected|expects) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,4}?to (?!be\\b)\\p{L}{2,})" +
  "|a(?:-t-(?:elle|il))? (?:(?:aussi|egalement|ensuite|enfin) )*(?:dit|ajoute|declare|souligne|estime|insiste sur le fait|affirme|conclu|precise|soutenu) (?:[^.;]{0,40} )?qu(?:e |')(?=[^.;]*\\b(?:devr|doiv|doit|il faut|faudr|serait (?:souhaitable|utile|bon)))" +
  "|(?:dijo|agrego|anadio|afirmo|senalo|subrayo|sostuvo|insistio|advirtio|concluyo|declaro|destaco|considero|estimo)(?: [^.;]{0,40})? que (?=[^.;]*\\b(?:deben|debe|deberia|deberian|tienen? que|hay que|convendria|seria (?:deseable|conveniente|util|bueno)|es (?:necesario|preciso|urgente))\\b))";
const PRESS_VERB = new RegExp("(?<![\\p{L}-])(?:" + PRESS_ASKED + "|(" + PRESS_SAID + "))", "u");
const PRESS_MODAL = /\b(?:should|must|ought to|needs? to|devr|doiv|doit|il faut|faudr|deben|debe|deberia|deberian|tienen? que|hay que|convendria)/;
const PRESS_PRONOUN = /^(?:she|he|elle|il|ella|el)$/;
// Round 65: also an adverb between the speaker and the verb ("She also said that …", "Elle a ensuite …", "Ella también dijo que …").
const PRESS_FILLER = /^(?:the|its|our|her|his|la|le|l'|el|su|sa|son|notre|nuestra|nuestro|ms|mr|mrs|dr|mme|m|sra|sr|dra|also|further|then|later|finally|again|aussi|egalement|ensuite|enfin|encore|tambien|ademas|luego|finalmente)\.?$/;
/**
 * Round 65: her words reported by "according to" ("According to Ms NAME, the forums would like to be heard …", « Selon Mme NAME,
 * les associations devraient … », "Según la Sra. NAME, los comités deberían …"): the clause after the comma, when it asks by a
 * modal or a wish of its own.
 */
const PRESS_ACCORDING = /^(?:according to|in the words of|selon|d'apres|segun|de acuerdo con) ([^,.;]{2,60}),\s*/;
const PRESS_WISH = /\b(?:would like|wish(?:es)? to be|(?:souhaiter|voudr)aient|aimeraient|quisieran|desearian|les gustaria)\b/;
/** Round 65: a clause of background after the ask, in a participle ("…, recalling that in 2021 …", «…, rappelant que …», "…, recordando que …"). */
const PRESS_RECALLING = /,\s+(?:recalling|noting|pointing out|citing|rappelant|notant|citant|recordando|senalando|citando)\b/iu;

/**
 * A press release's body, from its dateline's paragraph to its notes (the headline above it and the notes are no asks), and the
 * words naming its own people (its officer's name and office, its body); null when the text is no press release.
 */
function pressRelease(text: string): { from: number; to: number; own: Set<string> } | null {
  const paragraphs = text.split(/\n{2,}/);
  const notes = paragraphs.findIndex((p) => p.split("\n").some((l) => PRESS_NOTES.test(fold(l).trim()) && /^(?:about|a propos|acerca|sobre)\b/.test(fold(l).trim())));
  const opens = paragraphs.findIndex((p) => PRESS_DATELINE.test(p.trim()));
  if (notes < 0 || opens < 0 || opens > notes) return null;
  const heading = paragraphs[notes]!.split("\n").find((l) => PRESS_NOTES.test(fold(l).trim()))!;
  const officer = reportedSpeaker(paragraphs.slice(opens, notes));
  const words = [heading.replace(/^\S+\s+(?:de\s+|du\s+|des\s+)?/u, ""), officer?.name ?? "", officer?.role ?? ""].join(" ");
  return { from: opens, to: notes, own: new Set(fold(words).split(/[\s,]+/).filter((w) => w.length >= 3 && !PRESS_FILLER.test(w))) };
}

/**
 * A sentence of a press release that reports its own people's ask (`pressRelease`): the subject before the verb is theirs (past a
 * clause of who she is: "Ms NAME, who …, told delegates that …"), or none (« Insistió en que … »). The ask as the text says it:
 * the whole sentence after a verb of asking ("She called on States to …"), the clause after "that"/"que" after a verb of saying
 * ("She added that States should …" gives "States should …"), from its last clause that asks (« señaló que …, y que convendría …
 * »). Null for any other sentence.
 */
export function pressAsked(bare: string, own: ReadonlySet<string>): string | null {
  const asked = pressAsked65(bare, own);
  const recalling = asked === null ? null : PRESS_RECALLING.exec(fold(asked));
  // Folding keeps the length of these words and of the text before them (accents dropped, letters kept one for one).
  return asked !== null && recalling && fold(asked).length === asked.length ? asked.slice(0, recalling.index) + "." : asked;
}
function pressAsked65(bare: string, own: ReadonlySet<string>): string | null {
  const f = fold(bare);
  const according = PRESS_ACCORDING.exec(f);
  if (according) {
    const words = according[1]!.split(/\s+/).filter((w) => w && !PRESS_FILLER.test(w));
    const rest = bare.replace(/^[^,]{2,80},\s*/u, "");
    if (words.length >= 1 && words.length <= 4 && (PRESS_PRONOUN.test(words.at(-1)!) || own.has(words.at(-1)!)) && (PRESS_MODAL.test(fold(rest)) || PRESS_WISH.test(fold(rest)))) return rest;
  }
  const verb = PRESS_VERB.exec(f);
  if (!verb || /\b(?:had|avait|habia)\s+$/.test(f.slice(0, verb.index))) return null;
  const subject = f.slice(0, verb.index).replace(LEADING_CONNECTIVE, "").split(",").map((w) => w.trim()).filter((w) => w && !/^(?:who|which|qui|quien|que)\b/.test(w)).at(-1) ?? "";
  const words = subject.split(/\s+/).filter((w) => w && !PRESS_FILLER.test(w));
  const theirs = /^a-t-/.test(verb[0]) || words.length === 0 || (words.length <= 4 && (PRESS_PRONOUN.test(words.at(-1)!) || own.has(words.at(-1)!)));
  if (!theirs) return null;
  if (verb[1] === undefined) return bare;
  // The clause after the verb's "that"/"que", counted in the text as written (folding keeps those words).
  const thats = (verb[0].match(/\b(?:that|que|qu')/g) ?? []).length + (f.slice(0, verb.index).match(/\b(?:that|que|qu')/g) ?? []).length;
  const at = [...bare.matchAll(/\b(?:that|que|qu['’])\s*/giu)][thats - 1];
  const clause = at ? bare.slice(at.index! + at[0].length) : bare;
  const last = /,\s+(?:and|et|y) (?:that|que|qu['’])\s*/iu.exec(clause);
  return last && !PRESS_MODAL.test(fold(clause.slice(0, last.index))) ? clause.slice(last.index + last[0].length) : clause;
}

/**
 * Round 26: a sentence that tells what officials do or are, then, after ", and", that the speaker
 * believes they should act ("Harbour pilots are the only ones who board these ships, and we think
 * they should be taught to spot a forged permit."): the pronoun asks the officials the sentence opens
 * with. Not what they should have done ("…, and we believe they should have stayed longer.").
 */
const THEY_SHOULD = new RegExp(
  "^" + CONNECTIVE + "(?:(?:the|all|each|every) )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b[^;]{10,200}?,? (?:and|so) (?:we|i) (?:(?:therefore|also|firmly|strongly) )?(?:believe|think|consider|feel)(?: that)? they (?:should|must|ought to|need to)(?: (?:also|now|therefore|not))* (?!(?:have|be able)\\b)\\p{L}{2,}",
  "u",
);
/**
 * Round 26: a wish put as a condition in the passive ("If the permits could be issued in one office,
 * with one stamp, a fisher would not lose a week in town."): its subject a thing or people, and what
 * would follow after a comma. Not a concession ("Even if the permits could be…"), nor what could
 * have been, nor a pronoun's ("If it could be shown…, the court would…").
 */
const COULD_BE = new RegExp("^if (?:only )?" + SUBJECT + "could be (?!(?:said|shown|proved|proven|argued|seen|found|considered)\\b)\\p{L}{3,}\\b[^.;]*?, [^.;]*\\bwould\\b", "u");

/**
 * Round 26: help or a service that a body could give, in the passive ("A small grant for the
 * families, even for a few months, could be paid by the district councils."): a verb of giving,
 * paying or running, and a body of `ACTOR` after "by". Not what a body could do to someone ("Returnees
 * could be arrested by the police…"), nor what could have been given. Rests on one statement of blind set 21.
 */
const COULD_BE_GIVEN = new RegExp(
  "^(?!(?:it|this|that|there|they|he|she|we|i|you)\\b)[^.;:]{3,160}? could (?:(?:also|easily|simply|then|at least) )?be (?:offered|provided|paid|funded|financed|given|covered|organi[sz]ed|run|set up|supplied|made available|granted|opened|extended|hosted|taken over) by (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b",
  "u",
);

/**
 * An opinion reported or stated as such, with a modal ("In the view of the network, States should…",
 * "In her view, each district must…", "Selon elle, chaque commune devrait…", "Según ella, los
 * municipios deberían…"): the modal after it asks.
 */
const IN_THE_VIEW =
  /^(?:(?:and|also|finally|et|enfin|y|finalmente) )?(?:in (?:the )?(?:view|opinion) of [^,]{2,60}|in (?:her|his|their|our|my) (?:view|opinion)|according to (?:her|him|them|the [^,]{2,40})|selon (?:elle|lui|eux|elles|nous|l'\S+|la \S+|le \S+)|a (?:son|leur|notre|mon) avis|de l'avis (?:de|du|des) [^,]{2,60}|segun (?:ella|el|ellos|ellas|nosotros|la \S+|el \S+)|en (?:su|nuestra|mi) opinion|a (?:su|nuestro|mi) juicio),\s+(?:[^,.;:]{2,120}?)\b(?:should|must|ought to|needs? to|devrai(?:en)?t|doi(?:ven)?t|deberi?an?|deben?|tienen? que)\s+(?!have\b|avoir ete\b|haber\b)\p{L}/u;

/**
 * A request in the passive, its subject a thing or people to act on ("Financial investigations should
 * be opened…", "Seasonal workers must be consulted…", "Les victimes doivent être
 * entendues…", "Las comunidades deberían ser consultadas…"); not "It must be said…", "This should be
 * seen as…", "The doubt about whether they must be registered…". Weaker than `PROPOSING`: see `proposingSentences`.
 * Round 16: a subject of up to twelve words ("Guides and porters who report thefts on the pass
 * should be…"), with commas only in an enumeration ("Traders buying honey, wax or pollen should be…";
 * not "Under the present rules, hives must be…").
 */
/** Round 21: a sentence announcing the reason the next ones give: "… told us why.", "Here is why:", "La raison est simple.", "He aquí por qué." */
const EXPLAINS = /(?:\b(?:why|pourquoi|por que)[.:]$|^(?:the reason is (?:simple|this)|here is why|this is why|voici pourquoi|la raison est (?:simple|la suivante)|la razon es (?:simple|sencilla)|he aqui por que|esta es la razon)[.:]?$)/;

/**
 * Round 23: participles that the endings above miss ("Trials should be heard within…", "Shelters must be
 * built…", "Claims should be dealt with…", "Fees should be set by law", "Costs must be met by donors").
 */
// Round 43: a French or Spanish subject of up to sixteen words, as in English ("Les passeurs qui conduisent ces jeunes des villages
// du nord jusqu'aux ports de la côte devraient être jugés …": a relative clause with its places ran past twelve); and "tendrían
// que ser" with a participle, as "deberían ser" ("Las actas tendrían que ser verificadas por …").
const IRREGULAR = "(?:heard|built|rebuilt|dealt|put|set|met|cut|shut|read|lost|struck|found|bound|understood|upheld|withheld|held|taught|brought|sought|bought|fought)\\b";

const PASSIVE = new RegExp(
  "^" + CONNECTIVE + "(?:" +
    "(?!(?:it|this|that|these|those|there|they|he|she|we|i|you|ce|cela|ceci|il|elle|ils|elles|nous|on|esto|eso|ello|esta|este|ellos|ellas|nosotros)\\b)(?:(?!(?:whether|if|how|why|when|what|because|although|though|since|once|unless|until|si|quand|lorsque|pourquoi|comment|parce|cuando|porque|aunque|como)\\b)[\\p{L}'-]+(?:,(?= [\\p{L}'-]+(?:, [\\p{L}'-]+)* (?:or|and|ou|et|o|u|y|e)\\b))? ){1,16}(?:must|should|shall|ought to|need to) (?:(?:also|now|therefore|urgently|systematically|always|promptly|never) )?be (?:\\p{L}+(?:ed|en|wn|ne|de|ld|pt|nt|id|ht|un|ung)\\b|" + IRREGULAR + ")" +
    "|(?!(?:ce|cela|ceci|il|elle|ils|elles|nous|on)\\b)(?:(?!(?:whether|if|how|why|when|what|because|although|though|since|once|unless|until|si|quand|lorsque|pourquoi|comment|parce|cuando|porque|aunque|como)\\b)[\\p{L}'-]+(?:,(?= [\\p{L}'-]+(?:, [\\p{L}'-]+)* (?:or|and|ou|et|o|u|y|e)\\b))? ){1,16}(?:doivent|devraient|doit|devrait) (?:(?:aussi|egalement|donc|desormais|systematiquement|jamais|plus jamais|plus|pas) )?etre \\p{L}+(?:e|es|ees|i|is|ies|it|ts|u|us|ues)\\b" +
    // "States are urged to…", "Les États sont invités à…", "Se recomienda…", "Se insta a los Estados a…"
    "|(?:the )?(?:all )?(?:member )?(?:states|governments|authorities|donors|states parties|countries)(?: [\\p{L}'-]+){0,4}? (?:are|is) (?:(?:also|therefore|strongly|further) )*(?:urged|encouraged|invited|called upon|requested|asked) to" +
    // "The Conference is invited to…", "The secretariat is requested to…"
    "|(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? (?:are|is) (?:(?:also|therefore|strongly|further|respectfully|kindly) )*(?:urged|encouraged|invited|called upon|requested|asked) to" +
    "|(?:tous )?les (?:etats|gouvernements|autorites|bailleurs|pays)(?: [\\p{L}'-]+){0,4}? sont (?:(?:donc|aussi|egalement|vivement) )*(?:invites|encourages|appeles|pries|exhortes) a" +
    "|se (?:(?:por (?:lo )?tanto|tambien|ademas) )?(?:recomienda|insta|exhorta|solicita|pide|sugiere|alienta)\\b" +
    "|se (?:debe|deben|deberia|deberian) (?:(?:tambien|ademas|siempre) )?(?!(?:tener|recordar|senalar|destacar|subrayar|reconocer|mencionar|decir|considerar|entender|aclarar)\\b)\\p{L}{3,}(?:ar|er|ir)\\b" +
    "|(?!(?:esto|eso|ello|esta|este|ellos|ellas|nosotros)\\b)(?:(?!(?:whether|if|how|why|when|what|because|although|though|since|once|unless|until|si|quand|lorsque|pourquoi|comment|parce|cuando|porque|aunque|como)\\b)[\\p{L}'-]+(?:,(?= [\\p{L}'-]+(?:, [\\p{L}'-]+)* (?:or|and|ou|et|o|u|y|e)\\b))? ){1,16}(?:deben|deberian|debe|deberia|tendrian que|tendria que|tienen que|tiene que) (?:(?:tambien|ademas|siempre|sistematicamente) )?ser \\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha|chos|chas)\\b" +
    ")",
  "u",
);

/**
 * Round 30: an aside set off by commas between a subject and its modal, opened by a conjunction ("Brokers who move the
 * girls between towns, and sometimes across a border, must be tried as traffickers.", "Les passeurs qui…, et parfois…,
 * doivent être jugés…", "Los intermediarios…, y a veces…, deben ser juzgados…"): left out, the subject reads as one
 * (`PASSIVE`). Not a phrase before the subject ("In 2019, and again in 2021, the boats were…": no modal right after it).
 * Round 45: up to thirteen words ("Les recruteurs, et les douaniers qui laissent passer les camions contre quelques billets, doivent …").
 */
// Round 65: and a circumstance set off by commas, opening with an adverb ("The owners who rent the aircraft, often through firms
// abroad, should be …", "…, souvent par des sociétés écrans, devraient …", "…, a menudo mediante empresas, deberían …").
// Round 63: also an example set off by commas ("Projects that have lasted, such as peer mentoring, should be …", "…, comme le
// parrainage, devraient …", "…, como la mentoría, deberían …"), up to nine words.
const ASIDE = /, (?:(?:and|or|but|et|ou|mais|y|o|pero|e|u) (?:[\p{L}'-]+ ){0,12}|(?:such as|like|including|notably|for example|for instance|comme|notamment|tels que|telles que|par exemple|como|tales como|por ejemplo) (?:[\p{L}'-]+ ){0,8}|(?:often|sometimes|usually|mostly|generally|frequently|in (?:most|many|some) cases|souvent|parfois|en general|a menudo|a veces|muchas veces|casi siempre|(?!only\b)\p{L}{3,}ly|\p{L}{2,}(?:ement|amment|emment)|\p{L}{3,}mente) (?:[\p{L}'-]+ ){0,8})[\p{L}'-]+, (?=(?:must|should|shall|ought to|need to|doivent|devraient|doit|devrait|deben|deberian|debe|deberia)\b)/u;
const unaside = (f: string) => f.replace(ASIDE, " ");

/**
 * Round 23: a subject of one to three words and a relative clause ("A woman who testifies against her
 * employer", "Platforms that carry job offers"), up to ten words in the clause: none a verb of saying
 * or thinking, a conjunction or a modal (the modal would be the clause's own).
 */
const RELATIVE_SUBJECT =
  "(?!(?:it|this|that|these|those|there|they|he|she|we|i|you|one|our|my|your|his|her|its|some|many|most|few|nobody|no one|none|everyone|everybody|anyone|anybody|someone|somebody|all)\\b)(?:[\\p{L}'-]+ ){1,3}(?:who|that|which|whose) " +
  "(?:(?!(?:that|whether|if|because|said|says|say|told|tells|tell|think|thinks|thought|believe|believes|believed|argue|argues|argued|claim|claims|claimed|should|must|would|could|will|shall|may|might)\\b)[\\p{L}'-]+,? ){1,10}";

/**
 * Round 44: "have" after "should" that owns, not the perfect of a regret ("Every boat should have a number painted on
 * …", "Each post should have an interpreter …", not "… should have stayed"): a determiner or "access" right after it.
 */
const OWNED_44 = "(?:a|an|the|its|their|one|some|access|enough|proper|free|full|clear|adequate|at least)\\b";
const HAVE_44 = "have(?! " + OWNED_44 + ")";
/** Round 45: a modal and "have" with a determiner after it: what someone should own or get ("The consulates ought to have a safe room …"), no regret. */
const OWNING_MODAL_45 = new RegExp("\\b(?:should|must|ought to|needs? to) have " + OWNED_44, "u");
/** The first modal that asks (`MODAL`) or owns (`OWNING_MODAL_45`), or -1. */
function modalAt(f: string): number {
  const at = [f.search(MODAL), f.search(OWNING_MODAL_45)].filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}
/**
 * A request with a modal whose subject is whoever is asked to act, named any way ("Harbour
 * masters should log every crate.", "Each province must keep a register.", "La gendarmerie devrait
 * tenir un registre.", "Cada municipio debería abrir un albergue."). Weak, as `PASSIVE`. "Should",
 * "devrait", "debería" with any subject; "must", "doit", "debe", "tiene que" only with a body or
 * officials as subject (`ACTOR`). Not a pronoun or a first-person possessive as subject ("They
 * must…", "Our staff should…"), not "should have" (a regret), "should be" (`PASSIVE` reads a request
 * in the passive), nor a modal of habit ("…doivent souvent attendre…").
 */
const ACTING = new RegExp(
  "^" + CONNECTIVE + "(?:" +
    SUBJECT + "(?:should|ought to)(?: (?:also|now|therefore|urgently|immediately|finally|not|never|no longer))* (?!(?:" + HAVE_44 + "|be|often|usually|sometimes|still|already)\\b)\\p{L}{2,}" +
    // Round 31: what someone should (must) be able, allowed or free to do ("Village councils should be able to file…").
    "|" + SUBJECT + "(?:should|ought to|must)(?: (?:also|now|always))* be (?:able|allowed|free|entitled|permitted) to \\p{L}{2,}" +
    // Round 64: also one person of a kind named with a clause of who they are ("A deckhand who reports a beating must be able to
    // do so …", "Any porter who …", "Across the river, the wardens who … ought to be able to …"): what a body must make possible,
    // not a maxim of duty (round 25's "A broker who … should answer").
    "|(?:(?:between|across|along|on both sides of) [^,;:.]{3,60}, )?(?:a|an|any|every|each|the) (?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]{3,} (?:who|that) (?!(?:is|are|was|were|has been|had)\\b)[^.;:?]{3,90}? (?:should|ought to|must)(?: (?:also|now|always))* be (?:able|allowed|free|entitled|permitted) to \\p{L}{2,}" +
    // Round 23: a subject that carries a relative clause ("A worker who reports her employer should
    // receive…", "Companies that recruit abroad should pay…"): "should" only, the clause without a verb
    // of saying or a conjunction ("The man who told us that police should act…" reports what was said).
    "|" + RELATIVE_SUBJECT + "(?:should|ought to)(?: (?:also|now|therefore|always|automatically|not|never|no longer))* (?!(?:" + HAVE_44 + "|be|often|usually|sometimes|still|already|know)\\b)\\p{L}{2,}" +
    // Round 29: "must" too when the head of that subject is a body or its officials ("Employers who confiscate
    // passports must face…"; not "Workers who complain must often wait…", a modal of habit, nor a head that is no body).
    "|(?=(?:[\\p{L}'-]+ ){0,2}" + ACTOR + " (?:who|that|which|whose) )" + RELATIVE_SUBJECT + "(?:must|need to|have to)(?: (?:also|now|therefore|always|automatically|not|never|no longer))* (?!(?:have|be|often|usually|sometimes|still|already|know)\\b)\\p{L}{2,}" +
    "|(?=" + SUBJECT + "(?:must|need to|have to|has to)\\b)(?:[\\p{L}'-]+,? ){0,5}" + ACTOR + ",? (?:[\\p{L}'-]+,? ){0,4}?(?:must|need to|have to|has to)(?: (?:also|now|therefore|urgently|immediately|finally|not|never|no longer))* (?!(?:have|be|often|usually|sometimes|still|already)\\b)\\p{L}{2,}" +
    "|" + SUBJECT + "(?:devraient|devrait)(?: (?:aussi|egalement|donc|desormais|enfin|immediatement|ne|plus|pas|jamais))* (?!(?:avoir|etre|souvent|parfois|encore|deja|toujours)\\b)\\p{L}{2,}" +
    "|(?=" + SUBJECT + "(?:doivent|doit)\\b)(?:[\\p{L}'-]+,? ){0,5}" + ACTOR + ",? (?:[\\p{L}'-]+,? ){0,4}?(?:doivent|doit)(?: (?:aussi|egalement|donc|desormais|enfin|immediatement|ne|plus|pas|jamais))* (?!(?:avoir|etre|souvent|parfois|encore|deja|toujours)\\b)\\p{L}{2,}" +
    "|" + SUBJECT + "(?:deberian|deberia)(?: (?:tambien|ademas|ya|no|nunca|inmediatamente|por fin))* (?!(?:haber|ser|estar|a menudo|a veces|todavia|aun)\\b)\\p{L}{2,}" +
    "|(?=" + SUBJECT + "(?:deben|debe|tienen que|tiene que)\\b)(?:[\\p{L}'-]+,? ){0,5}" + ACTOR + ",? (?:[\\p{L}'-]+,? ){0,4}?(?:deben|debe|tienen que|tiene que)(?: (?:tambien|ademas|ya|no|nunca|inmediatamente|por fin))* (?!(?:haber|ser|estar|a menudo|a veces|todavia|aun)\\b)\\p{L}{2,}" +
    ")",
  "u",
);

/**
 * A list item that asks for something: a modal ("should", "must", "doivent", "deben"), a verb of
 * proposing, or an opening verb in the imperative or infinitive ("Adopt…", "Désigner…",
 * "Garantizar…"). Numbered background paragraphs and concerns ("First, the resolution does not
 * define…") have none of these.
 */
// Round 25: also a motion's operative verbs in the third person ("Prie l'agence de…", "Invita a los
// municipios…", "Pide a…", "Recomienda…") and what is fitting or essential ("Conviene que…", "Es
// indispensable que…", "Il est essentiel que…").
// Round 28: also "Nous invitons…" (an item of a list in French) and the French courteous imperative "merci de +
// infinitive" ("À l'agence : merci de soutenir…"; not thanks: "Merci de votre attention", "Merci d'avoir…").
const ASKING =
  /\b(?:invitons\b|merci (?:de |d')(?:(?:nous|vous|les|leur|lui|la|le|l'|y|en) ?)?(?!(?:avoir|etre|votre|notre|autre)\b)[a-z]{2,}(?:er|ir|re)\b|should|must|shall|need(?:s)? to|ought to|urge|call(?:s)? (?:on|upon)|recommend|propos|request|ask|encourage|invite|devr|doiv|doit|il faut|faudrait|recommand|demand|appel|exhort|deb(?:e|en|er|eria|erian)|recomend|propon|insta|solicit|pedimos|exhort|es (?:necesario|fundamental|esencial)|pri(?:e|ent|ons)\b|invit(?:a|an|amos)\b|pid(?:e|en)\b|recomiend(?:a|an)\b|convien(?:e|dria) que\b|convendria\b|(?:es|seria|resulta) (?:indispensable|imprescindible|preciso|urgente|importante|conveniente|deseable|prioritario)\b|il (?:est|serait) (?:essentiel|indispensable|necessaire|urgent|souhaitable|primordial|important) (?:que|qu'|de|d'))/;
const OPENING_VERB =
  /^(?:adopt|ensure|establish|strengthen|provide|create|develop|include|support|promote|guarantee|improve|increase|invest|train|protect|recogni[sz]e|review|publish|fund|allow|require|make|set|build|designate|mark|keep|share|take|implement|introduce|enhance|expand|extend|facilitate|harmoni[sz]e|integrate|monitor|prioriti[sz]e|put|raise|reform|remove|repeal|respect|ratify|regulate|consider|continue|collect|conduct|adapt|address|allocate|apply|avoid|engage|end|enable|enforce|give|grant|involve|launch|limit|measure|offer|prevent|prohibit|prosecute|reduce|replace|stop|use|ban|close|count|control|criminali[sz]e|decriminali[sz]e|abolish|align|amend|assess|assist|combat|coordinate|define|dedicate|deploy|detect|disrupt|empower|equip|evaluate|exchange|identify|inform|investigate|license|link|mainstream|map|mobili[sz]e|open|partner|pass|reinforce|resource|restrict|secure|simplify|stand|step|tackle|trace|translate|upgrade|verify|record|register|screen|scan|pay|hear|let|listen|consult|compensate|refer|sign|accede|waive|exempt|inspect|forbid|audit|invite|send|bring|hold|budget for)\b/;
/** A French or Spanish infinitive opening the item ("Désigner…", "Garantizar…"), in an item written in French or Spanish. */
const INFINITIVE = /^(?!(?:entre|contre|notre|votre|autre|sobre|mujer|lugar|hogar|par|sur|hier|cher|mer|ayer|cualquier|premier|dernier|particulier|similar|popular|regular|militar|familiar|titular|singular|nuestra|nuestro)\b)\p{L}{2,}(?:er|ir|re|ar)\b/u;
const ROMANCE = /\b(?:les|des|du|aux|los|las|del|al|une|una|que|et|y|de|la|le|el|en|dans|para|pour|avec|con)\b/;

/**
 * An item that opens with "That …" / "Que …" and wishes ("That agencies be licensed…", "Que les
 * formations soient données…", "Que los Estados garanticen…"): the verb of asking is in the lead-in.
 * Not "That is why…", "Que dire de…", nor a lead-in that names who is asked and ends with a colon
 * ("Que los Estados de origen:" then its sub-items: the lead's convention 3).
 */
const OPTATIVE = /^(?:that|que) (?!(?:is|was|were|has|had|would|it|this|he|she|they|we|i|dire|faire|hacer|decir)\b)\p{L}/u;

function asks(item: string): boolean {
  // "Pictures can be had on request.", "sur demande", "a petición": no one is asked anything.
  const f = fold(item.replace(/^[\s"“«¿¡(]+/, "")).replace(/\b(?:on|upon) request\b|\bsur demande\b|\ba (?:peticion|solicitud|pedido)\b|\bprevia solicitud\b/g, "").replace(GAVE_UP_ASKING_G, " ");
  // Round 22: an imperative in the negative too ("Don't criminalise the keepers.", "Never return a child…").
  // Round 28: also after "please" ("Please consider a fund for…", "Please fund…"; `PLEASE_VERB`).
  // Round 61: also a French infinitive after "de" that finishes the lead-in's sentence, in lower case ("de doter chaque port …").
  const infinitive = /^(?:de |d['’])/.test(item.replace(/^[\s"“«¿¡(]+/, "")) ? f.replace(/^(?:de |d')/, "") : f;
  return ASKING.test(f) || OPENING_VERB.test(f.replace(/^(?:please )?(?:do not|never) /, "")) || PLEASE_VERB.test(f) || USTEDES.test(f) || (INFINITIVE.test(infinitive) && ROMANCE.test(f) && romance(f)) || (OPTATIVE.test(f) && !/:\s*$/.test(f.split("\n")[0]!));
}

/**
 * Round 31: the imperative of "ustedes" opening an item, in forms that no plain present shares ("Consulten a los
 * jueces…", "Junten en un taller a…", "Vuelvan al año siguiente y publiquen…"), after a clause of when at most ("Antes
 * de abrir la oficina, pregunten a…"): the steps of a recipe or of a plan addressed to the listeners. Not a verb of
 * remembering or thinking ("Recuerden que…", "Piensen en…": the speaker's courtesy), nor a plain present ("Publican…").
 */
const USTEDES =
  /^(?:(?:antes|despues|cuando|si|una vez|mientras|en cuanto)\b[^,;:.?]{3,100}, )?(?:no )?(?:pregunten|consulten|escuchen|mezclen|junten|reunan|regresen|vuelvan|publiquen|financien|apoyen|capaciten|formen|aseguren|garanticen|protejan|incluyan|den|hagan|pongan|abran|inviten|compartan|traduzcan|visiten|contraten|paguen|eviten|dejen de|usen|midan|registren|sancionen|investiguen|ratifiquen|adopten|revisen|reformen|cierren|eliminen|prohiban|reconozcan|fortalezcan|establezcan|destinen|asignen|amplien|involucren|incorporen|acompanen|exijan|impulsen|promuevan|cuenten con|envien|lleven|traigan|ayuden|atiendan|respeten|fijen|firmen|cumplan|vengan|hablen|deporten|expulsen|detengan|castiguen|multen|separen|obliguen|devuelvan|encarcelen|criminalicen)\b(?![^?]*\?)/;

/**
 * Round 28: a polite imperative, "please" and a verb of `OPENING_VERB` ("Please consider a common
 * register…", "Please fund the night shelters."); not a courtesy to the room ("Please accept…", "Please
 * note that…", "Please let me…", "Please allow me…", "Please excuse…"), which that list does not hold or
 * which asks nothing of anyone.
 */
const PLEASE_VERB = new RegExp("^please,? (?:(?:also|then|now|finally|kindly) )*(?!(?:let|allow) (?:me|us)\\b)" + OPENING_VERB.source.slice(1));

/** More French or Spanish small words than English ones: "Financiar talleres en cada provincia de…", not "Their families in El Mirador Alto…". */
function romance(folded: string): boolean {
  const words = folded.match(/\p{L}+/gu) ?? [];
  const count = (set: Set<string>) => words.filter((w) => set.has(w)).length;
  return count(FUNCTION_WORDS.fr!) + count(FUNCTION_WORDS.es!) > count(FUNCTION_WORDS.en!);
}

const family = (m: Marker) => (m.kind === "ordinal" ? "ordinal" : `${m.kind}:${m.raw.replace(/\d+|\p{L}+/gu, "#")}`);

function tidy(text: string, marker: Marker | null): string {
  let out = text.trim().replace(/[;,]\s*(?:and|or|et|ou|y|o)?$/i, "").trim();
  // Round 31: not the number of the next line of a numbered run read as prose ("… y no solo cuántas llegan. 9."), left after
  // a sentence's full stop when the lines of theses or points were joined into one paragraph.
  out = out.replace(/([.!?]["”»)]?)\s+\d{1,2}[.)]$/u, "$1");
  if (marker?.kind === "ordinal") out = out.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return out.length > 5000 ? out.slice(0, 5000) : out;
}

/**
 * Round 23: a recommendation's code as its label, as a report or a shadow report numbers its
 * recommendations by chapter ("R4.1 –", "R2:", "R.3 -", "Rec. 1 –", "REC 2.1:", "Recommandation
 * 4.1 –", "Recomendación 2.3:", "Recommendation n° 1.2."): a list item, whose value is the last
 * number, so that "R4.1", "R4.2", "R4.3" run in sequence. A sign after the code and a capital after
 * the sign: not "R2 road" or "Rec 3 dates", nor a code inside a sentence ("Under R4.1, …").
 */
const CODED = /^(?:R|Rec|Reco|REC|Recom|Recommendation|Recommandation|Recomendaci[oó]n|Proposal|Proposition|Propuesta)\.?\s?-?(?:n[°º]\s?|N\.?º\s?|No\.\s?)?(\d{1,2})(?:\.(\d{1,2}))?\s*(?:[–—:)]|-|\.)\s+(?=\p{Lu})/u;
function coded(line: string): { marker: Marker; rest: string } | null {
  const m = CODED.exec(line);
  return m ? { marker: { kind: "number", value: Number(m[2] ?? m[1]), raw: m[0].trim() }, rest: line.slice(m[0].length) } : null;
}

function units(text: string): Unit[] {
  const out: Unit[] = [];
  text.split(/\n{2,}/).forEach((block, b) => {
    for (const line of block.split("\n")) if (line.trim()) out.push({ block: b, line: line.trim(), indent: line.length - line.trimStart().length, found: readMarker(line.trim()) ?? coded(line.trim()) });
  });
  // A numbered section heading ("II. What we ask", "3. Background"): a short title alone in its
  // paragraph, asking nothing, with a paragraph of text (not a list item) below it. It is not an
  // item of a list and ends any list it follows.
  // Not the items of a list that a paragraph announces ("We propose:" then "1. A public register…").
  let announcedList: string | null = null;
  // Round 25: the last numbered section heading, to read the next number as the next section's.
  let section: { family: string; value: number } | null = null;
  out.forEach((u, k) => {
    const f = u.found;
    if (f && f.marker.value === 1) announcedList = k > 0 && !out[k - 1]!.found && announces(out[k - 1]!.line) ? family(f.marker) : null;
    if (f && announcedList === family(f.marker)) return;
    const next = out[k + 1];
    const alone = out[k - 1]?.block !== u.block && next?.block !== u.block;
    // Round 25: a title numbered on from a section heading ("1. Background" over a paragraph, then "2.
    // Findings" or "3. Recommendations" over bullets) is the next section's heading, even over a list of
    // another kind: it ends the list above it and is no item of it (an evaluation's sections).
    const run = !!f && !!next?.found && family(next.found.marker) !== family(f.marker) && section?.family === family(f.marker) && section.value === f.marker.value - 1;
    if (!f || !alone || !next || (next.found && !run) || !["roman", "number"].includes(f.marker.kind) || /^\p{L}{4,}/u.test(f.marker.raw)) return;
    const title = f.rest.trim();
    // A title whose paragraph below asks ("1. Border controls" then "States should scan…") heads a
    // proposal, not a section: unless that paragraph announces a list ("Nous demandons aux États :").
    const below = out.filter((x) => x.block === next.block).map((x) => x.line).join(" ");
    const heads = asks(below) && !/:\s*$/.test(below);
    if (title.length <= 80 && /^\p{Lu}/u.test(title) && !/[.!?:;,]$/.test(title) && (!titleAsks(title) || (run && ASKS_HEADING.test(fold(title)))) && (run || !heads)) {
      Object.assign(u, { found: null, heading: true });
      section = { family: family(f.marker), value: f.marker.value };
    }
  });
  return out;
}

/** A title that asks: as `asks`, or opening with a French or Spanish infinitive ("Renforcer la coopération"). */
function titleAsks(title: string): boolean {
  const first = fold(title.trim().split(/\s/)[0] ?? "");
  const infinitive = /^\p{L}{3,}(?:er|ir|re|ar)$/u.test(first) && !/^(?:where|there|other|after|under|whether|further|never|water|power|paper|order|border|answer|number|member|letter|better|matter|partner|center|centre|theatre|chapter|quarter)$/.test(first);
  return asks(title) || infinitive;
}

/** A paragraph that announces a list of proposals: "We recommend the following:", "…nous formulons ces recommandations :". */
const announces = (line: string) => /:\s*$/.test(line) && LEAD_IN.test(fold(line)) && !NOT_PROPOSALS.test(fold(line));

/** Every list that starts at a first item (1, a, i, First, or a bullet) and runs on in sequence. */
function lists(all: Unit[]): List[] {
  return everyList(all).filter(isList);
}

/** Two items or more, or one that a lead-in announces ("We recommend the following:"). */
const isList = (l: List) => l.items.length >= 2 || (l.items.length === 1 && ((LEAD_IN.test(fold(l.leadIn)) && /:$/.test(l.leadIn)) || colonLed41(l.leadIn)));

/** As `lists`, with lists of one item whatever precedes them. */
function everyList(all: Unit[]): List[] {
  const out: List[] = [];
  let i = 0;
  while (i < all.length) {
    const first = all[i]!.found;
    // Numbered on from background paragraphs ("4." after "…we make these recommendations:").
    // Round 69: or right under a heading alone on its line that names the requests ("Lo que proponemos" over "4. Que …"), the
    // numbering carried on from findings numbered above it.
    const renumbered = i > 0 && !all[i - 1]!.found && all[i - 1]!.block !== all[i]!.block && (announces(all[i - 1]!.line) || (all[i - 2]?.block !== all[i - 1]!.block && ASKS_HEADING.test(fold(all[i - 1]!.line).replace(/\s*:\s*$/, "").trim())));
    if (!first || (first.marker.kind !== "bullet" && first.marker.value !== 1 && !renumbered)) {
      i++;
      continue;
    }
    const fam = family(first.marker);
    // Round 65: an item that only names the asks, closed by a colon ("- What we ask:", "• Nos demandes :"), among items of
    // its own kind (speaking notes: "- Who we are: …", "- What we ask:", "- children found abroad → …") is their lead-in:
    // the items after it are a list of their own, up to the next item opened by a label ("- What we offer: …").
    const after = all[i + 1];
    if (askLabelItem(first.rest) && after?.found && family(after.found.marker) === fam && after.indent <= all[i]!.indent) {
      const sibling = (u: Unit) => !!u.found && family(u.found.marker) === fam && u.indent <= all[i]!.indent;
      const next = all.slice(i + 2).findIndex((u) => sibling(u) && (labelledItem(u.found!.rest) || askLabelItem(u.found!.rest)));
      const stop = next < 0 ? all.length : i + 2 + next;
      const led = everyList(all.slice(i + 1, stop)).at(0);
      if (led && led.start === 0) {
        const shift = (l: List): List => ({ ...l, start: l.start + i + 1, end: l.end + i + 1, nested: l.nested.map((n) => ({ item: n.item, list: shift(n.list) })) });
        out.push({ ...shift(led), leadIn: first.rest });
        i = i + 1 + led.end;
        continue;
      }
    }
    const items: string[] = [first.rest];
    const markers: Marker[] = [first.marker];
    // The lines of each item's own sub-list ("a) …", "◦ …"), read as a list of their own too.
    const subs: Unit[][] = [[]];
    let last = first.marker.value;
    let j = i + 1;
    for (; j < all.length; j++) {
      const u = all[j]!;
      const m = u.found?.marker;
      // The same label indented deeper ("  - …" under "- …") is a sub-item, not the next item.
      const deeper = u.indent > all[i]!.indent;
      // Round 65: an item that only names the asks after it starts their list (above).
      if (m && family(m) === fam && !deeper && askLabelItem(u.found!.rest) && all[j + 1]?.found && family(all[j + 1]!.found!.marker) === fam && all[j + 1]!.indent <= u.indent) break;
      if (m && family(m) === fam && !deeper && (m.kind === "bullet" || m.value === last + 1 || (m.kind === "ordinal" && m.value === 99 && !/thank|merci|gracias|conclu/i.test(u.found!.rest)))) {
        // Round 68: an item cut by a page break that the word processor numbered again on the next page ("… should be
        // written into" ↵ "2. the file, with …"): the item before, begun in capitals, of 15 words or more, stops on a word
        // or a comma; this one begins small and ends a sentence. It goes on with the item before.
        if (m.kind !== "bullet" && carriedOver(items.at(-1)!, u.found!.rest)) {
          items[items.length - 1] += ` ${u.found!.rest}`;
          last = m.value;
          continue;
        }
        items.push(u.found!.rest);
        markers.push(m);
        subs.push([]);
        last = m.value;
        continue;
      }
      if (u.heading) break;
      // "Recommendation 1 – …" after numbered paragraphs starts a list of its own, not a sub-item of the last paragraph.
      if (m && m.value === 1 && /^\p{L}{4,}/u.test(m.raw) && !/^\p{L}{4,}/u.test(first.marker.raw)) break;
      const sameBlock = u.block === all[j - 1]!.block;
      if (m && (family(m) !== fam || deeper) && m.kind !== "ordinal") {
        items[items.length - 1] += `\n${u.line}`;
        subs[subs.length - 1]!.push(u);
        continue;
      }
      if (!m && sameBlock && subs.at(-1)!.length) subs.at(-1)!.push(u);
      if (!m && sameBlock && markers.at(-1)!.kind !== "ordinal" && !/[.!?]$/.test(items.at(-1)!)) {
        // "Recommendation 1 – Screen parcels" with its body on the next line: a title, then its body.
        const titled = /^\p{L}{4,}/u.test(markers.at(-1)!.raw) && !items.at(-1)!.includes("\n") && items.at(-1)!.length <= 120 && /^\p{Lu}/u.test(u.line);
        items[items.length - 1] += titled ? `\n\n${u.line}` : ` ${u.line}`;
        continue;
      }
      if (!m && sameBlock && markers.at(-1)!.kind === "ordinal") {
        items[items.length - 1] += ` ${u.line}`;
        continue;
      }
      // A paragraph between two items belongs to the first of them.
      const next = all.slice(j, j + 4).findIndex((x) => x.found && family(x.found.marker) === fam && x.found.marker.value === last + 1);
      // Not a paragraph that announces the items after it ("…we recommend the following:"): those start a list of their own.
      // Round 69: nor a heading that names the requests ("Lo que proponemos", "What we propose"): the items under it, numbered on
      // from findings above, are a list of their own (`renumbered`).
      if (!m && next > 0 && all.slice(j, j + next).every((x) => !x.found && !x.heading) && !all.slice(j, j + next).some((x) => announces(x.line) || ASKS_HEADING.test(fold(x.line).replace(/\s*:\s*$/, "").trim()))) {
        // Unless it asks nothing and the item is a whole sentence (a testimony after it, "Let me give
        // one example of this."): then it is set aside and the list goes on. Below a short title ("A
        // public register of brokers"), it is the title's explanation.
        const between = all.slice(j, j + next).map((x) => x.line).join("\n");
        if (/[.!?]["”»]?$/.test(items.at(-1)!.trim()) && !asksInProse(between)) {
          j += next - 1;
          continue;
        }
        items[items.length - 1] += `\n\n${between}`;
        j += next - 1;
        continue;
      }
      break;
    }
    // "Recommendation 3 – Count and publish" as a heading: its body is the paragraph below it.
    // Also the last of items that are each a short title with a paragraph below ("1. Renforcer la coopération").
    const titled = items.length >= 2 && items.slice(0, -1).every((t) => /^[^\n]{1,120}\n\n/.test(t));
    const heading = (markers.at(-1)!.raw.match(/^\p{L}{4,}/u) || titled) && items.at(-1)!.length <= 120 && !/[.!?:;]$/.test(items.at(-1)!.trim());
    if (heading && j < all.length && !all[j]!.found && all[j]!.block !== all[j - 1]!.block) {
      const block = all[j]!.block;
      const body: string[] = [];
      for (; j < all.length && all[j]!.block === block && !all[j]!.found; j++) body.push(all[j]!.line);
      items[items.length - 1] += `\n\n${body.join("\n")}`;
    }
    const before = all.slice(Math.max(0, i - 2), i).map((u) => u.line).join(" ");
    const nested = subs.flatMap((sub, item) =>
      // A sub-list of one item counts when its item's first line announces it ("On prevention:" under "Our proposals:").
      everyList(sub)
        .map((list) => ({
          item,
          list: { ...list, start: all.indexOf(sub[list.start]!), end: all.indexOf(sub[list.end - 1]!) + 1, leadIn: list.start === 0 ? `${before} ${items[item]!.split("\n")[0]}` : list.leadIn },
        }))
        .filter((n) => isList(n.list)),
    );
    // The heading's title is not part of the proposal: the body below it is (the lead's convention 1).
    // So is a topic title that asks nothing over a paragraph that asks ("1. Free zones" then "States should scan…").
    const topic = (t: string) => !titleAsks(t.split("\n")[0]!) && asks(t.split(/\n{2,}/)[1] ?? "");
    const bodies = items.map((t, n) => (/^\p{L}{4,}/u.test(markers[n]!.raw) ? fromFirstAsk(withoutTitle(t)) : topic(t) ? withoutTitle(t) : t));
    out.push({ start: i, end: j, items: bodies.map((t, n) => tidy(t, markers[n]!)), family: fam, leadIn: before, nested });
    i = j;
  }
  return out;
}

/** Round 68: a numbered item that goes on from the one before, cut by a page break and numbered again (`everyList`). */
function carriedOver(before: string, item: string): boolean {
  const head = before.trim();
  const rest = item.trim();
  if (head.includes("\n") || !/^\p{Lu}/u.test(head) || !/[\p{L}\p{N},]$/u.test(head) || (head.match(/\p{L}+/gu) ?? []).length < 15) return false;
  return /^\p{Ll}/u.test(rest) && /[.!?]["”»)]?$/.test(rest);
}

/** Round 65: a list item that only names the asks after it, closed by a colon ("What we ask:", "Nos demandes :", "Lo que pedimos:"). */
function askLabelItem(rest: string): boolean {
  const t = rest.trim();
  if (!/:$/.test(t) || t.length > 70 || t.includes("\n")) return false;
  const f = fold(t).replace(/\s*:$/, "").trim();
  return ASKS_HEADING.test(f) || namesAsks41(t, true) || (announces(t) && !NOT_PROPOSALS.test(fold(t)) && !NOT_ASKED.test(fold(t)));
}
/** Round 65: a speaking note's item opened by a short label and a colon ("What we offer: our hall …", "Close: …", "Pas une demande : …"). */
function labelledItem(item: string): boolean {
  const m = /^([^:\n]{2,40}):\s+\S/u.exec(item.trim());
  return !!m && /^\p{Lu}/u.test(m[1]!) && (m[1]!.match(/[\p{L}'-]+/gu) ?? []).length <= 5 && !/[.!?;,]$/.test(m[1]!.trim());
}

/** "Count and publish\n\nStates should publish…" → the body; an item with no body, or whose first line is a sentence, as it is. */
function withoutTitle(item: string): string {
  const [title, ...body] = item.split(/\n{2,}/);
  const rest = body.join("\n\n").trim();
  return rest && title!.trim().length <= 120 && !/[.!?:;]$/.test(title!.trim()) ? rest : item;
}

/**
 * Round 52: the body under a "Recommendation 2 – A shared register" heading, from its first sentence that asks: the
 * sentences of background before it ("Plans are kept on paper. Anyone can copy one.") are no part of the request.
 * A body whose first sentence asks as a list item does (an imperative: "Amend the law … . Judges should …"), or none, as it is.
 * Round 56: and up to its last sentence that asks or goes on asking (`toLastAsk`).
 */
function fromFirstAsk(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  const read = proposingSentences(flat);
  // Round 57: a body the prose reading takes nothing from ("Training for inspectors should include …" alone, with no lead-in) is
  // read by its sentences with a modal of their own; then a first sentence that asks only by a word of asking ("In 2018 a
  // meeting recommended that …") is background, as an imperative or a modal is not.
  const modal = read.length ? read : sentences(flat).filter(modalOwn57);
  // Round 68: or, under the heading that names it a recommendation, a sentence opened by its subject and a hedged modal ("Donors
  // might therefore equip …", « Les bailleurs pourraient donc … », "Los donantes podrían …") after background ("Our nurses tell us
  // that …"); not a modal later in a sentence ("Our own count took six weeks; a ministry could do it in one.").
  const asked = modal.length ? modal : sentences(flat).filter((t) => HEDGED_68.test(fold(t).replace(RELATIVE_HEDGED_68, " ")));
  const opening = sentences(flat)[0] ?? "";
  // Round 59: an opening the prose reading does not take, that holds a word of asking only as what was done ("It surprised us how
  // rarely anyone had asked."), is background too, as in a body read without a request (round 57).
  const taken = read.some((r) => opening.includes(r.slice(0, 30)));
  if (asks(opening) && (taken || modalOwn57(opening) || OPENING_VERB.test(fold(opening)))) return toLastAsk(body, flat, asked);
  const first = asked[0];
  const at = first ? flat.indexOf(first.slice(0, 40)) : -1;
  return at > 0 ? toLastAsk(flat.slice(at), flat.slice(at), asked) : body;
}

const HEDGED_68 = /^(?:[\p{L}'-]+ ){1,6}?(?:might|could|may|pourr(?:ait|aient)|podr(?:ia|ian))\b (?:(?:therefore|also|then|usefully|well|donc|aussi|alors|utilement|por (?:lo )?tanto|tambien|entonces) )*(?!(?:be|have|not|ne|pas|no|ser|estar|haber|etre|avoir)\b)\p{L}{2,}/u;
const RELATIVE_HEDGED_68 = /\b(?:who|which|that|whom|qui|que|quien|quienes|donde|where|from which|dont)\s+(?:[\p{L}'-]+\s+){0,3}?(?:might|could|may|pourr(?:ait|aient)|podr(?:ia|ian))\b/gu;

/** Round 57: a modal in the sentence's main clause ("… should include …", "… needs to set up …"), not in a relative clause. */
const modalOwn57 = (sentence: string): boolean => MODAL.test(fold(sentence).replace(RELATIVE_MODAL, " "));

/**
 * Round 56: a titled body without the sentences after its last request that neither ask nor go on asking, as
 * `proposingSentences` reads them ("States should keep one register. Two of them already do. Few answer at night."): what
 * is told after the request (background, what one member saw) is no part of it. Not when a sentence left out asks as a
 * list item does (an imperative the prose reading does not take), nor when no request is read.
 */
function toLastAsk(body: string, flat: string, asked: readonly string[]): string {
  const last = asked.at(-1)?.slice(-40);
  const at = last ? flat.lastIndexOf(last) : -1;
  if (at < 0) return body;
  const rest = flat.slice(at + last!.length).trim();
  return rest && !sentences(rest).some((s) => asks(s.replace(ASKED_ABOUT_57, " "))) ? flat.slice(0, at + last!.length) : body;
}
/**
 * Round 57: a question someone knows or learns to put ("… knows what questions to ask.", "… sait quoi demander.", "… sabe qué
 * preguntar."): a verb of asking after a word of question, told of someone, asks no one; the sentence is background.
 */
const ASKED_ABOUT_57 = /\b(?:what|which|whom|how|quoi|que|qué|qui|comment|quien|quién|como|cómo)(?: [\p{L}'-]+){0,2} (?:to ask|demander|preguntar|pedir)\b/giu;

/** The sentences of a paragraph (exported for the request classifier, round 23). */
export function sentences(paragraph: string): string[] {
  // A closing quotation mark may follow the stop ('…a statement." She…'); a bracketed note may open the next ("[inaudible] …").
  // Not after an abbreviation or an initial ("U.N. Secretariat", "e.g. Kiribati", "Dr. Ravula", "la Sra. Ministra").
  // Round 21: but a letter that names an option, a plan or an annex ("Our preference is option B.
  // We ask…", "le scénario C. Nous…", "la opción A. Pedimos…") ends its sentence.
  return paragraph.split(LETTER_NAMED).flatMap((part) => part.split(/(?<=[.!?]["”»)\]]?)(?<!(?:^|[\s(.])(?:\p{Lu}|[Ee]\.g|[Ii]\.e|[Cc]f|Mr|Mrs|Ms|Dr|Prof|St|Sr|Sra|Srta|Dra|Mme|Mlle|Nr|Art|Ing|Lic|Abg|Hon|Rev|Vol|Fig)\.)\s+(?=["“«¿¡]?\p{Lu}|\[)/u));
}

/** Round 21: the space after a letter that names an option, a scenario, a plan, an annex… at a sentence's end ("…option B. We…"). */
const LETTER_NAMED =
  /(?<=(?:^|\s)(?:[Oo]ptions?|[Oo]pci[oó]n|[Oo]pciones|[Ss]c[eé]nario|[Ee]scenario|[Vv]ariante?|[Pp]lan|[Aa]nnexe?|[Aa]nexo|[Aa]ppendix|[Aa]p[eé]ndice|[Mm]od[eè]le|[Mm]odelo|[Mm]odel|[Tt]ype|[Tt]ipo|[Cc]ategor(?:y|ie|ía|ia)|[Cc]at[eé]gorie|[Pp]hase|[Ff]ase|[Zz]one|[Zz]ona)\s\p{Lu}\.)\s+(?=\p{Lu}\p{Ll})/u;

/**
 * Round 18: a request named as such before a colon, the request after it ("A final suggestion,
 * addressed to the secretariat: hold the meetings…", "One more request: that…"): a request of its
 * own, the name with it, when what follows the colon asks.
 */
const NAMED_ASK = new RegExp(
  "^" + CONNECTIVE + "(?:a|one|our|my|the) (?:(?:first|second|third|fourth|fifth|final|last|further|other|next|more|single|concrete|practical|simple|specific) )*(?:suggestion|request|recommendation|proposal|plea|ask)(?:,? (?:addressed|directed|made) to [^:.]{2,80})?\\s*:\\s+\\S",
  "u",
);

/**
 * Round 23: what announces, before a colon, the request after it: the speaker's word to a body ("To
 * the States where the boats are built, I'd say this: …", "My message to donors is simple: …", "We
 * say to the coastal States: …"), a request brought to a body ("We turn to the agency with one more
 * request: …", "We come to donors with a plea: …", "We have a last request for the secretariat: …",
 * "We address one more request to the Conference: …"), or the one thing asked of a body ("The only
 * thing I would ask of the river States is this: …"). Read on the folded text before the colon.
 */
const COLON_LEAD = new RegExp(
  "(?:^|[,;]\\s*|\\s)(?:" +
    "(?:we|i) (?:(?:would|will|want to|wish to|must|can only|would only|would simply|simply|only|also) )*(?:say|put it|repeat)(?: (?:this|simply|only this|just this|one thing|plainly|clearly|again|to [^:]{2,80}?))*" +
    "|(?:our|my) (?:(?:one|only|main|last|final|simple|clear|first|second|third) )*(?:message|word|answer|plea|appeal) (?:to [^:]{2,80}? )?(?:is|would be) (?:(?:very|quite|therefore|also) )?(?:this|simple|clear|short|plain)" +
    "|(?:we|i) (?:(?:also|now|then|finally|therefore) )*(?:turn|come|go|appeal) to [^:]{2,80}? with (?:a|an|one|our|my|this) (?:(?:more|further|final|last|other|second|third|simple|single|concrete|specific|practical|urgent) )*(?:request|plea|appeal|ask|suggestion|proposal)" +
    "|(?:(?:we|i) (?:(?:also|now|then|finally|therefore|would like to|will|want to|wish to) )*|let (?:me|us) )(?:(?:leave|end|close|finish|conclude)(?: (?:you|the [^:]{2,40}?|this (?:dialogue|meeting|room|statement)))? with|have|make|address|direct|put|bring) (?:a|an|one|our|my|this) (?:(?:more|further|final|last|other|second|third|simple|single|concrete|specific|practical|urgent) )*(?:request|plea|appeal|ask|suggestion|proposal)(?: (?:to|for|of|before|with) [^:]{2,80}?)?" +
    "|(?:the|one|our|my) (?:(?:one|only|single|first|main|last|final|real|other|key) )*thing (?:that )?(?:we|i) (?:(?:would|do|will|really|most|therefore) )*(?:ask|want|need|request|expect|seek|urge)(?: (?:of|from|for) [^:]{2,80}?)? (?:is|would be)(?: (?:(?:simply|just|only|really) )?(?:this|simple|clear))?" +
    // Round 26: the thing asked at the meeting, told afterwards ("The first thing we asked: that…").
    "|(?:the|one|our|my) (?:(?:one|only|single|first|second|third|main|last|final|other|next) )*thing (?:that )?(?:we|i|she|he) (?:(?:also|then|finally) )?(?:asked|requested|urged|called for)(?: (?:of|from|for) [^:]{2,80}?)?" +
    // Round 28: an ordinal alone, as a speaker counts the points she tells ("The fourth: when the agency …, tell …", "And the
    // last: …"), the clause after it asking (the label kept: it is how the speaker says it).
    "|(?:and )?the (?:second|third|fourth|fifth|sixth|next|last|final)(?: one)?" +
    // Round 44: what the speaker most needs, the lead ending on it ("That is the part we really need fixed: the crew lists
    // should …", "C'est aussi ce dont nous avons le plus besoin : …", "Es también lo que más necesitamos: …").
    "|(?:we|i) (?:(?:most|really|also|still|urgently|badly|therefore) )*(?:need|want)(?: (?:\\p{L}{3,}ed|done|seen|known|kept|made|taken|built|shown))?" +
    "|(?:dont|que) (?:nous|je) (?:avons|ai) (?:(?:le plus|surtout|vraiment|aussi|d'abord|urgemment) )*besoin|(?:lo )?que (?:(?:mas|sobre todo|realmente|tambien|urgentemente) )*(?:necesitamos|necesito)" +
    // Round 37: one change or step named before the colon ("There is one reform that would cost the ports nothing: let …", "Il y a
    // une mesure qui ne coûterait rien : permettre …", "Hay un cambio que no costaría nada: permitir …").
    "|(?:^|\\b(?:and|but|et|mais|y|pero) )(?:there is|there's|here is|il y a|voici|hay|he aqui)(?: (?:only|still|at least|aussi|encore|tambien|todavia))? (?:one|a|another|a single|une?|otr[oa]|un[oa]?)(?: (?:more|other|simple|small|cheap|easy|practical|concrete|last|further|seule?|simple|petite?|autre|derniere?|sol[oa]|sencill[oa]|pequen[oa]|ultim[oa]))* (?:change|step|measure|reform|thing|fix|remedy|mesure|changement|chose|reforme|geste|pas|cambio|medida|paso|reforma|cosa|gesto)(?: (?:simple|facile|urgente?|concrete?|pratique|sencill[oa]|facil|concret[oa]|practic[oa]))?(?: [^:]{2,80}?)?" +
    // Round 60: what the speaker came to say or ask, the lead ending on it ("This is what we have come to ask: …", "Here
    // is what I came here to say: give …"), as `colonLeadFrEs` reads « Voici ce que nous sommes venus demander : … ».
    "|(?:here|this|that) is what (?:we|i) (?:have )?(?:came|come) (?:here )?to (?:say|ask(?: for)?|tell you)(?: (?:today|here|of you|you))*" +
    ")\\s*$",
  "u",
);
/**
 * Round 26: what names, before a colon, the topic of the next point or the body it is addressed
 * to ("Our third point concerns the shelters: …", "The second is addressed to the ministries: …", "And
 * to the donors here today: …"); the clause
 * after it is a request when a modal that suggests carries it ("…: the ministries could pay…"), not
 * when it only tells how things are or thanks them.
 */
const TOPIC_LEAD = new RegExp(
  "^" + CONNECTIVE + "(?:(?:our|my|the|a|one) (?:(?:first|second|third|fourth|fifth|next|last|final|other|further|main) )*(?:point|suggestion|request|proposal|recommendation) (?:concerns|is about|relates to|deals with|has to do with)\\b[^:]{2,80}" +
    "|the (?:first|second|third|fourth|fifth|next|last|final|other)(?: (?:one|suggestion|request|proposal|point))? is (?:addressed|directed|meant) (?:to|for) [^:]{2,80}" +
    "|to " + ADDRESSEE + "(?: [^:]{2,40})?)\\s*$",
  "u",
);
/** An imperative that opens the clause after such a colon ("answer the requests…", "help us build…", "don't wait…"), beside the verbs of `OPENING_VERB`. */
// Round 28: "ask" too ("…: ask the nurses what they lack…").
const COLON_IMPERATIVE = /^(?:please )?(?:answer|reply|respond|help|act|tell|treat|look|think|come|stop|start|listen|talk|speak|call|write|visit|sit|work|hand|return|release|free|do not|never|keep|let|ask)\b/;
/**
 * Round 28: an imperative after a clause of time or condition that opens the sentence ("Before a ship sails,
 * hand each cook a card…", "If donors review a course, ask those who sat it…", "When your embassies
 * repatriate a child, tell the school…"): the clause says when, the verb asks. Not the
 * speaker's "let me", nor a noun that looks like a verb ("When we arrived, use of force was…"), nor a
 * question. Read on the folded sentence.
 */
// Round 62: in French and Spanish too ("Si une nouvelle collecte est organisée, les promesses … doivent être écrites").
const FRONTED = /^(?:if|when|whenever|before|after|once|where|wherever|as soon as|until|unless|while|si|quand|lorsque|lorsqu'|des que|cuando|una vez que) [^,;:.?]{3,120}, /;
function frontedImperative(f: string): boolean {
  const rest = f.replace(LEADING_CONNECTIVE, "").replace(/^(?:and|but|so) /, "");
  const after = rest.replace(FRONTED, "");
  if (after === rest || after.length < 20 || /\?\s*$/.test(after) || /^(?:please )?let (?:me|us)\b/.test(after)) return false;
  return (OPENING_VERB.test(after.replace(/^please /, "")) || COLON_IMPERATIVE.test(after)) && !/^(?:please )?\p{L}+ (?:that|which|who|is|are|was|were|has|have|had|of|will|would|can|could|does|did)\b/u.test(after);
}
/**
 * Round 37: a request in the passive after a clause of time or condition that opens the sentence ("Before a team is sent,
 * the host office should be asked to designate …", "Where a case concerns a child, the family ought to be informed …"): the
 * clause left out, the rest read as `PASSIVE` reads it (not "we", "it", … as its subject, which `PASSIVE` already refuses).
 * Round 48: or in the active, as `ACTING` reads it ("Once it can, the coastguard should count …", "When they are ready, the
 * two States should trace …"): `ACTING`'s subject may not hold "once", "when", "it", so the clause hid the request.
 */
function frontedPassive(f: string): boolean {
  const rest = f.replace(LEADING_CONNECTIVE, "");
  const after = rest.replace(FRONTED, "");
  return after !== rest && after.length >= 20 && !/\?\s*$/.test(after) && (PASSIVE.test(unaside(after)) || ACTING.test(after));
}
/**
 * Round 23: a sentence whose clause before its first colon announces the request (`COLON_LEAD`) and
 * whose clause after it asks ("…, I'd say this: answer the letters we send you."); not when what
 * follows only tells how things are ("When reporters ask me, I'd say this: nothing has changed.").
 */
const COUNTED_MATTER_69 =
  /^(?:(?:and|et|y),? )?(?:(?:the|our|my|a|le|la|l'|notre|mon|ma|el|nuestra|nuestro|mi|un|une|una) )?(?:first|second|third|fourth|next|other|last|final|premier|premiere|deuxieme|seconde?|troisieme|dernier|derniere|autre|primer|primera|segundo|segunda|tercer|tercera|ultimo|ultima|otro|otra) (?:matter|point|issue|thing|concern|question|request|ask|proposal|suggestion|sujet|chose|demande|proposition|punto|asunto|cuestion|tema|pedido|peticion|propuesta|cosa)s? (?:is|are|est|es|concerns?|concerne|touche|se refiere)\b[^:]{0,80}$/;
function colonAsk(sentence: string): boolean {
  const at = sentence.indexOf(":");
  if (at < 0) return false;
  const [before, after] = [fold(sentence.slice(0, at)), fold(sentence.slice(at + 1)).trim()];
  // Round 69: a counted point named before the colon, whatever it says of it ("The third question is what comes next:",
  // « Le dernier point est plus simple : », "La otra cuestión es qué pasa después:"), then a request with a modal after it.
  if (COUNTED_MATTER_69.test(before) && after.length >= 10 && (asks(after) || MODAL.test(after.replace(RELATIVE_MODAL, " ")))) return true;
  if (TOPIC_LEAD.test(before) && after.length >= 10 && SUGGESTED.test(after.replace(RELATIVE_MODAL, " "))) return true;
  // Round 28: the same in French and Spanish ("Aux pays de départ, nous voulons dire ceci : venez…", "À l'agence : merci de…").
  if (COLON_LEAD_FR_ES.test(before) && after.length >= 10 && (asks(after) || PROPOSING.test(after) || WISH_AFTER_COLON.test(after))) return true;
  // Round 37: also a French or Spanish infinitive after it ("Il y a une mesure qui ne coûterait rien : permettre à …").
  return COLON_LEAD.test(before) && after.length >= 10 && (asks(after) || COLON_IMPERATIVE.test(after) || MODAL.test(after.replace(RELATIVE_MODAL, " ")) || (INFINITIVE.test(after) && ROMANCE.test(after) && ROMANCE.test(before)));
}
/** Round 28: `COLON_LEAD` in French and Spanish (asks-fr-es.ts). */
const COLON_LEAD_FR_ES = colonLeadFrEs(ACTOR, CONNECTIVE);

/**
 * Round 18: a paragraph opening with a label that says it is the request ("Ask: States should…",
 * "Our ask – …", "Demande : …", "Petición: …"), as in a statement set out as problem, evidence and
 * ask for each point. Not "Recommendation 2:" (a numbered item, `markers.ts`).
 */
const ASK_LABEL = /^(?:(?:our|the|my) )?(?:ask|request|recommendation|proposal|recommended action|what we ask|notre demande|demande|recommandation|proposition|ce que nous demandons|peticion|solicitud|recomendacion|propuesta|lo que pedimos)\s*[:.–—-]\s+(?=\S)/;

/** Round 20: how many requests a counting sentence announces ("three things" 3; "several" 5). */
function howMany(sentence: string): number {
  const words: Record<string, number> = { two: 2, deux: 2, dos: 2, three: 3, trois: 3, tres: 3, four: 4, quatre: 4, cuatro: 4, five: 5, cinq: 5, cinco: 5, six: 6, seis: 6 };
  const w = /\b(two|deux|dos|three|trois|tres|four|quatre|cuatro|five|cinq|cinco|six|seis)\b/.exec(sentence)?.[1];
  return w ? words[w]! : 5;
}

/** A sentence that counts the requests to come: "…to do three things.", "…the following:", "…deux mesures :", "…tres medidas." */
// Round 36: also thoughts, ideas or messages left with the room ("Let me leave two thoughts with you.").
// Round 28: also what the things are to be said or what follows from ("We have two things to say to the
// agency.", "Four implications follow."; not "…three things to say about the weather"), and
// implications, asks and suggestions counted.
// Round 45: also the things asked counted with whom they are asked of ("We ask three things of the governments here.",
// "Nous demandons deux choses aux États.", "Pedimos dos cosas a los gobiernos.").
const COUNTS_REQUESTS =
  /(?:\b(?:ask|request|expect|want|demandons|attendons|pedimos|solicitamos|esperamos) (?:(?:only|just|seulement|solo) )?(?:two|three|four|five|deux|trois|quatre|cinq|dos|tres|cuatro|cinco) (?:things|choses|cosas) (?:of|from|aux?|a la|a l'|de la|de l'|du|des|a|al|a los|a las|de los|de las) [^.:;,]{2,60}|\b(?:two|three|four|five|six|several|a few|deux|trois|quatre|cinq|six|plusieurs|dos|tres|cuatro|cinco|seis|varias|varios) (?:[\p{L}-]+ )?(?:things|thoughts|ideas|messages|measures|steps|actions|recommendations|proposals|points|requests|priorities|implications|asks|suggestions|choses|mesures|recommandations|propositions|demandes|priorites|cosas|medidas|acciones|recomendaciones|propuestas|peticiones|prioridades)(?: to (?:say|ask|propose|request|suggest|recommend|put forward)(?: (?:to|of) [^.:;,]{2,60})?| (?:follows?|emerge|arise)(?: from (?:this|these|that|them|our findings|what we found|the findings))?| with (?:you|(?:the|this) (?:conference|meeting|room|dialogue|delegates|working group)))?|\bthe following|ce qui suit|\bsuivante?s|lo siguiente|\bsiguientes)\s*[.:]$/u;

/**
 * Round 66: a count of the things that would change (help, make a difference) as the subject, opening its sentence ("Three
 * things would change life on the night shift.", « Trois choses changeraient la vie des vendeuses. », "Dos cosas
 * ayudarían a los albergues."): the sentences after it that ask, or that name their rank ("The first is that …"), are them.
 */
const COUNTS_CHANGES_66 =
  /^(?:(?:and|but|so|et|mais|donc|y|pero),? )?(?:only |just |seulement |solo |solamente )?(?:two|three|four|five|deux|trois|quatre|cinq|dos|tres|cuatro|cinco) (?:(?:simple|small|concrete|practical|simples|petites|concretes|pequenas|concretas|sencillas) )?(?:things|changes|steps|measures|choses|changements|mesures|gestes|cosas|cambios|medidas|pasos) (?:would|could|will|can|pourraient|peuvent|podrian|pueden|\p{L}{3,}(?:raient|rian))\b[^.:;?!]{0,120}[.:]$/u;
const countsRequests = (s: string) => COUNTS_REQUESTS.test(s) || COUNTS_CHANGES_66.test(s);

/** A sentence that counts the topics the proposals fall under: "…under three headings.", "…sur trois sujets.", "…en tres temas." (round 17). */
const COUNTS_TOPICS = /\b(?:two|three|four|five|six|several|deux|trois|quatre|cinq|six|plusieurs|dos|tres|cuatro|cinco|seis|varios|varias) (?:[\p{L}-]+ )?(?:areas|headings|themes|topics|parts|domaines|themes|sujets|axes|volets|parties|rubriques|temas|ejes|areas|bloques|apartados|partes)\b/u;

/** A sentence that sums up what came before: "In short,", "To sum up,", "En résumé,", "En bref,", "En resumen,", "En síntesis,". */
const SUMMING = /^(?:(?:so|and|et|y),? )?(?:in short|in sum|in summary|to sum up|to summari[sz]e|summing up|in a word|en resume|en bref|en somme|pour resumer|en resumen|en sintesis|en suma|para resumir|resumiendo)\b/;

/** A short closing sentence that asks for what was said before by a pronoun: "We ask that this is done soon." */
const RESTATES = /^(?:we|i|nous|je)(?: [\p{L}']+){0,2} (?:ask|request|urge|demandons|pedimos|solicitamos)(?: that| que)? (?:both|this|these|them|it|all this|cela|ceci|ello|esto|eso|ambas?|les deux)\b.{0,60}$/u;

/** A paragraph with a sentence that asks (as a list item does); not the speaker's "Let me give one example." */
function asksInProse(paragraph: string): boolean {
  return sentences(paragraph.replace(/\n/g, " ")).some((s) => asks(s) && !/^(?:let (?:me|us)|allow me|permettez-moi|laissez-moi|permitanme|dejenme)\b/.test(fold(s.trim())));
}

/**
 * The words a sentence quotes: a sentence in quotation marks, with or without what follows the
 * quotation ('"…," she said.'), the first sentence of a longer quotation, or a quotation after a
 * colon ('… urged the agency: "…"'). Null when the sentence quotes nothing.
 */
/**
 * Round 61: for each sentence of a paragraph, whether it opens inside a quotation that an earlier sentence opened after words of
 * its own ("She told us: « … . … »") and a later mark closes: the paragraph's quotation marks balanced, straight ones in pairs.
 */
function insideQuote61(parts: readonly string[]): boolean[] {
  const marks = parts.map((p) => p.match(/["“”«»]/g) ?? []);
  const all = marks.flat();
  const straight = all.filter((m) => m === '"').length;
  if (straight % 2 || all.filter((m) => m === "«" || m === "“").length !== all.filter((m) => m === "»" || m === "”").length) return parts.map(() => false);
  // A paragraph that opens on the quotation is a statement quoted whole (a speech reproduced), not words quoted within the speaker's.
  if (/^\s*["“«]/.test(parts[0] ?? "")) return parts.map(() => false);
  let open = false;
  return marks.map((m) => {
    const inside = open;
    for (const mark of m) open = mark === '"' ? !open : mark === "«" || mark === "“";
    return inside;
  });
}

function quotation(sentence: string): string | null {
  const t = sentence.trim();
  const whole = /^["“«]\s*([^"“”«»]+?)[\s,]*["”»](?:,?\s+[^"“”«»]{2,80})?$/u.exec(t);
  if (whole) return whole[1]!.trim();
  const opens = /^["“«]\s*([^"“”«»]+)$/u.exec(t);
  if (opens) return opens[1]!.trim();
  const after = /:\s*["“«]\s*([^"“”«»]+?)\s*["”»]?$/u.exec(t);
  return after ? after[1]!.trim() : null;
}

const GAVE_UP_ASKING =
  /\b(?:stop(?:ped)?|quit|gave up|give up|tired of|no longer|(?:ai|avons|a) (?:arrete|cesse) de|(?:arrete|cesse) de|ne \p{L}+ plus|(?:deje|dejamos|dejo) de|ya no)\s+(?:asking|requesting|calling|begging|demander|reclamer|pedir|solicitar|reclamar)\b/u;
const GAVE_UP_ASKING_G = new RegExp(GAVE_UP_ASKING.source, "gu");
/**
 * Round 63: the speaker's ask set against one denied right before it ("We are not asking for a seat at every table. We are
 * asking to be heard once.", « Nous ne demandons pas … . Nous demandons qu'on … », "No pedimos … . Pedimos que …"), or in one
 * sentence ("We do not ask for pity, we ask for …"): a closing figure of contrast that says what the statement is about, not
 * one more ask; short (at most 25 words), and not one set apart by a marker of its own ("Pedimos, eso sí, que …", "We ask,
 * however, …"), which asks.
 */
const SPEAKER_CONNECTIVE_63 = "^(?:(?:and|but|so|et|mais|alors|y|pero|asi que),? )?";
const DENIED_ASK_63 = new RegExp(
  SPEAKER_CONNECTIVE_63 + "(?:(?:we|i) (?:(?:are|am|were|was) not(?: here)?(?: to)? (?:asking|ask|calling|requesting|begging)|(?:do|did) not (?:ask|request|come here to ask|come to ask)|(?:have|had) never asked|never ask(?:ed)?)|(?:nous|je) (?:ne (?:demandons|demande|reclamons|reclame|sollicitons|venons|sommes) (?:pas|jamais)|n'(?:avons|ai) jamais (?:demande|reclame))|no (?:pedimos|pido|solicitamos|reclamamos|venimos a pedir|vengo a pedir|estamos pidiendo|hemos venido a pedir)|nunca (?:hemos pedido|pedimos))\\b",
  "u",
);
const ASKED_INSTEAD_63 = new RegExp(
  SPEAKER_CONNECTIVE_63 + "(?:(?:we|i) (?:(?:only|simply|just) )?(?:ask|are asking|am asking|request|are requesting)|(?:nous|je) (?:(?:demandons|demande|reclamons|reclame)|venons demander)|(?:pedimos|pido|solicitamos|reclamamos|venimos a pedir|estamos pidiendo))\\b(?!,? (?:(?:[\\p{L}]+ ){0,1}(?:however|instead|rather|on the other hand|though|par contre|en revanche|cependant|toutefois|plutot|eso si|en cambio|sin embargo|mas bien)\\b))",
  "u",
);
const short63 = (f: string) => (f.match(/\p{L}+/gu) ?? []).length <= 25;
/** Round 63: the sentence is an ask said instead of the one denied in the sentence before it (`DENIED_ASK_63`). */
const askedInstead63 = (f: string, before: string | undefined): boolean =>
  before !== undefined && DENIED_ASK_63.test(before.replace(/^[^\p{L}]+/u, "")) && ASKED_INSTEAD_63.test(f.replace(/^[^\p{L}]+/u, "")) && short63(f);
/** Round 63: the same in one sentence, the denial before a comma or semicolon ("We do not ask for pity, we ask for …"), also in words quoted. */
const deniedThenAsked63 = (f: string): boolean => {
  const bare = f.replace(/^[^\p{L}]+/u, "");
  const at = bare.search(/[,;] (?=(?:but )?(?:we|i|nous|je|pedimos|pido) )/u);
  // The ask up to the end of the words quoted ('"We do not ask for pity, we ask for …," she said, recalling …').
  const asked = bare.slice(at + 2).replace(/^but /, "").split(/["”»]/)[0]!;
  return at > 0 && DENIED_ASK_63.test(bare.slice(0, at)) && askedInstead63(asked, bare.slice(0, at));
};
/** Round 63: the sentences of a text (folded) that ask instead of the ask denied before them, for the learned classifier's candidates. */
function askedInsteadIn63(text: string): Set<string> {
  const out = new Set<string>();
  for (const paragraph of text.split(/\n{2,}/)) {
    const parts = sentences(paragraph.replace(/\n/g, " ")).map((s) => fold(s).trim());
    parts.forEach((f, n) => {
      if (askedInstead63(f, parts[n - 1]) || deniedThenAsked63(f)) out.add(f);
    });
  }
  return out;
}

/** A quotation that asks: a proposing or passive request, a modal with a subject other than the speaker ("No family should…"), an imperative ("Hear the workers…"). */
function quotedAsks(words: string): boolean {
  const f = fold(words);
  // Not what someone else said in a testimony, in a few words ("Give me your passport," he said; "You must pay first").
  if ((f.match(/\p{L}+/gu) ?? []).length < 8 || /\b(?:me|my|your|moi|mon|ma|mes|ton|ta|tes|tu|mi|tu|tus)\b/.test(f)) return false;
  // Round 43: nor one who tells of asking no more ("I stopped asking long ago…", "J'ai arrêté de demander", "Dejé de pedir").
  if (GAVE_UP_ASKING.test(f)) return false;
  // Round 63: nor one who asks for one thing instead of another, denied first (`deniedThenAsked63`).
  if (deniedThenAsked63(f)) return false;
  return PROPOSING.test(f) || PASSIVE.test(f) || (MODAL.test(f) && !/^(?:i|we|you|it|this|that|there|he|she|they|je|nous|vous|tu|il|elle|on|yo|nosotros|usted|ustedes)\b/.test(f)) || OPENING_VERB.test(f);
}

/** A sentence that opens as the next or last point: "Finally,", "Lastly,", "Enfin,", "Por último,", "Finalmente,". */
// Round 36: also "Second,", "Thirdly,", "Fourth," in English (a point counted in running prose, the one before it a request).
// Round 65: also a connective that sets a point apart from the one before ("Separately, …", "Par ailleurs, …", "D'autre part, …", "Por otro lado, …").
const NEXT_POINT = /^(?:finally|last|lastly|last but not least|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|separately|on (?:a|another) (?:separate |different )?(?:note|point)|enfin|pour finir|en dernier lieu|par ailleurs|d'autre part|por ultimo|finalmente|por otra parte|por otro lado|en ultimo lugar)\s*,/;
/**
 * A modal that asks: "should", "must", "devraient", "doivent", "deberían", "deben"… (not "should have";
 * nor, round 17, "devoir" or "deber" followed by "à"/"a", which owes: "tout ce qu'il doit à sa ville").
 */
const MODAL = /\b(?:should|must|ought to|needs? to|devr(?:ait|aient|ons)|doi(?:t|vent)(?! a\b)|deb(?:e|en)(?! a\b)|deb(?:eria|erian)|tienen? que)\b(?! have\b| avoir ete\b| haber\b)/;

/** A sentence whose subject is one bare noun (its article aside) that the request before it names: "Mediators should be…" after "…to hire mediators." */
function repeats(sentence: string, before: string): boolean {
  const subject = /^(?:(?:the|les|los|las|le|la|el|l')\s*)?(\p{L}{4,})\s+(?:must|should|shall|ought|need|doivent|devraient|doit|devrait|deben|deberian|debe|deberia)\b/u.exec(sentence);
  return subject !== null && new RegExp(`\\b${subject[1]}\\b`, "u").test(before);
}

/**
 * A sentence that goes on the request before it: it speaks of what was just asked ("This register
 * would…"), asks with a modal ("Inspectors should visit…", "Il faut aussi…") or in the imperative
 * ("Fund the night shelters too."). Not a sentence where a word of asking is a noun or a participle
 * ("We are never invited to the meetings.", "Nous ne sommes jamais consultées ni invitées…"), nor one
 * that opens with a noun that looks like an imperative ("Support that comes with conditions is no
 * support.", "Training is only the start.").
 */
const WEIGHED_46 =
  /^(?:(?:and|but|et|mais|y|pero),? )?(?:(?:this|that|it) (?:is not|isn't) (?:only|just|simply|merely|(?:a|an) (?:small|minor|simple|technical|mere))|(?:ce|cela|ceci) n'est pas (?:seulement|uniquement|simplement|qu'une?|une petite|un petit|un detail)|(?:(?:esto|eso|ello) )?no es (?:solo|solamente|simplemente|un pequeno|una pequena|un detalle))\b/u;
function goesOn(sentence: string): boolean {
  const f = fold(sentence.trim());
  // Round 25: not a maxim whose subject is anyone of a kind, with a relative clause ("A broker who
  // has taken the fee should answer for the job.", "Any lender that charges interest should…"): the
  // principle the request before it rests on, not part of it (alone, `ACTING` reads it as a request).
  if (/^(?:a|an|any) [\p{L}'-]+(?: [\p{L}'-]+)? (?:who|that|which) /u.test(f)) return false;
  // Round 16: not what it would bring ("This would cost little and give inspectors a list.", "Cette
  // mesure protégerait aussi…", "Esto permitiría…"): a reason for the request, not part of it.
  // Round 18: nor what it costs ("This costs almost nothing.", "Cela ne coûte rien.", "Esto cuesta poco."): a reason too.
  // Round 21: nor that it is already done in other places ("This is already done in other ports.",
  // "Cela se fait déjà ailleurs.", "Esto ya funciona así en otras costas."): a precedent, a reason.
  // Nor a cleft that names who is behind the harm ("Ce sont eux qui en profitent.", "These
  // are the ones who profit.", "Son ellos quienes…"): a reason too.
  // Round 46: nor what it weighs, said as what it is not ("This is not a small change, but …", "Ce n'est pas seulement une
  // question de dignité : …", "No es solo una cuestión de …", `WEIGHED_46`): the speaker's comment, a reason.
  if (WEIGHED_46.test(f)) return false;
  if (DEMONSTRATIVE.test(f) || CLEFT.test(f)) return !((CONSEQUENCE.test(f) || COSTS.test(f) || ALREADY.test(f) || CLEFT.test(f)) && !MODAL.test(f));
  // A short remark that points back at it: "It is urgent.", "C'est urgent.", "Es urgente."
  if (/^(?:it is|it's|that is|c'est|cela est|es|esto es|eso es)\b/.test(f) && (f.match(/\p{L}+/gu) ?? []).length <= 5) return true;
  // Round 17: not a sentence that sets a condition of its own ("Where the courts are far away, the
  // clinic should also…": a further point, labelled as neither), nor one whose modal comes only after
  // a semicolon, in a comparison that argues for the request ("A shop cannot open without a permit; a
  // lender should not either.").
  if (/^(?:where|wherever|if|when|whenever|unless|once|in cases where)\b[^,]{3,80},/.test(f)) return false;
  // Round 20: not a modal inside a relative clause ("A keeper who must first walk to town will stay
  // home."): it tells what someone has to do, it asks no one; the sentence is a reason.
  const first = f.split(";")[0]!.replace(RELATIVE_MODAL, " ");
  if (MODAL.test(first) || /\b(?:shall|ought to|il (?:faut|faudrait)|es (?:necesario|fundamental|esencial|preciso))\b/.test(first)) return true;
  return OPENING_VERB.test(f) && !/^\p{L}+ (?:that|which|who|is|are|was|were|has|have|had|of|will|would|can|could|does|did)\b/u.test(f);
}

/**
 * Round 43: a sentence after a request that asks with a modal of its own ("The checks on the river should be made …",
 * "Les contrôles devraient …", "Los controles deberían …"), its subject named anew, not a pronoun or a demonstrative
 * pointing back ("It should …", "They must …", "Ce programme devrait …"), nor opening with a connective that adds to
 * the request before it ("And …", "Also …", "In particular …"): labelled as a request of its own in every set.
 */
const POINTS_BACK_43 = /^(?:(?:and|but|or|so|then|also|in particular|especially|et|mais|ou|donc|puis|aussi|en particulier|notamment|y|pero|o|entonces|tambien|en particular|sobre todo),? )|^(?:all (?:of )?(?:this|that|these|those|them)|both|each of (?:them|these)|tout (?:cela|ceci|ca|ce)|tous (?:ces|ceux)|toutes (?:ces|celles)|l'un|chacun|chacune|todo (?:esto|eso|ello)|todos (?:estos|esos|ellos)|todas (?:estas|esas|ellas)|ambos|ambas|cada un[oa])\b|^(?:it|this|that|these|those|they|them|such|its|their|there|here|which|who|ce|cet|cette|ces|cela|ceci|il|ils|elle|elles|celui|celle|ceux|celles|leur|leurs|esto|eso|ello|ellos|ellas|este|esta|estos|estas|ese|esa|esos|esas|dicho|dicha|su|sus|tal|tales)\b/;
/**
 * Round 53: an "it" that stands for what comes after it ("… should make it a serious offence to …", "… make it easier for
 * …"), not for anything asked before: left out before `ownModal43` looks for a word pointing back.
 */
const ANTICIPATORY_IT_53 = /\b(?:make|makes|render|keep) it (?=(?:[\p{L}'-]+ ){1,6}?(?:to|for|that)\b)/gu;
/**
 * Round 67: the speaker's view as an impersonal frame before a request ("It is likewise our view that investigators …
 * should …", « Il nous semble aussi que les ports devraient … », "Es también nuestra opinión que los fiscales deberían …"):
 * its "it", "il", "es" stands for the clause after "that"/"que", not for what was asked before; the clause is read alone.
 */
const VIEW_FRAME_67 =
  /^(?:(?:and|so|et|y),? )?(?:it is (?:(?:also|therefore|further|equally|thus|likewise) )*(?:our|my) (?:(?:firm|considered|strong|clear|settled|shared) )?(?:view|belief|conviction|position|opinion|hope|wish) that|it (?:(?:also|therefore) )*seems to (?:us|me) that|il (?:nous|me) (?:semble|parait) (?:(?:aussi|egalement|donc|enfin) )*que|c'est (?:(?:aussi|egalement) )*(?:notre|mon) (?:avis|conviction|position) que|es (?:(?:tambien|ademas) )*(?:nuestra|mi) (?:opinion|conviccion|posicion) (?:de )?que) /;
function ownModal43(sentence: string, before: string): boolean {
  const f = fold(sentence.trim()).replace(VIEW_FRAME_67, "");
  if (POINTS_BACK_43.test(f) || (f.match(/\p{L}+/gu) ?? []).length < 6) return false;
  // Round 45: an aside between the subject and its modal left out ("The organisers, and those who are paid to look away,
  // must be prosecuted"), and a modal that owns ("The consulates ought to have a lawyer …").
  const first = unaside(f.split(";")[0]!).replace(RELATIVE_MODAL, " ");
  const at = modalAt(first);
  // The modal in the main clause, its subject before it: a few words at least, none a clause of condition.
  if (at < 8 || /^(?:where|wherever|if|when|whenever|unless|once|si|cuando|lorsque|quand)\b/.test(f) || /[,:]/.test(first.slice(0, at))) return false;
  // Nor a subject that speaks again of what the request before it named ("We urge … to fund interpreters …. Interpreters
  // should be paid by the court …"): that is the same request going on.
  // Nor one that adds to it with "also" after its modal ("Les contrôles devraient aussi …"), or whose clause points back
  // at what was asked ("Inspectors should visit them until then.").
  // Round 45: the main clause only, up to a clause of reason or aim ("…, because without them the family …" points back at nothing asked).
  // Round 53: or of concession ("…, whatever its owner claims about it"), which points back at nothing asked either.
  const rest = first.slice(at).split(/,? \b(?:because|since|so that|as long as|parce que|car|pour que|afin que|porque|ya que|para que)\b|, (?:whatever|whoever|even if|even when|quoi que|meme si|aunque|aun si)\b/)[0]!;
  if (/^\p{L}+(?: to| que)? (?:also|aussi|egalement|tambien|ademas|too)\b/u.test(rest) || /\b(?:them|it|then|these|those|this|there)\b/.test(rest.replace(ANTICIPATORY_IT_53, ""))) return false;
  const stems = (t: string) => (t.match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5));
  const asked = new Set(stems(fold(before)));
  return !stems(subjectHeads(first.slice(0, at))).some((w) => asked.has(w));
}
/**
 * Round 50: the heads of a subject, each thing named up to the words that qualify it ("The river wardens and the units of
 * police for poaching" → "The river wardens and the units"): a word that only qualifies a body ("… for poaching") may echo
 * the request before it without speaking again of what that request named (`ownModal43`).
 */
const RELATIVE_TAIL_65 = /\s(?:who|which|whom|whose|that|qui|dont|quien|quienes)\s.*$/u;
const QUALIFIER_50 = /\s(?:of|for|in|on|at|from|with|de|du|des|del|en|para|por|con)\b.*?(?=\s(?:and|et|y|e)\s|,|$)/gu;
function subjectHeads(subject: string): string {
  // Round 65: nor a relative clause that tells which ones ("The owners who rent out light aircraft"): what they do may echo the request before.
  // A bare plural ("Officers who take such reports") goes on with the request before, as rounds 20 and 64 read it: the determiner first.
  return (/^(?:the|les|los|las|la|le|el|l')\s?/.test(subject.trim()) ? subject.replace(RELATIVE_TAIL_65, "") : subject).replace(QUALIFIER_50, "");
}

/**
 * Round 46: a fact, then a colon and a body named anew with a modal ("The agents who take money from the traders also let the
 * recruiters through: the two States should check their border posts together."): after a request, a request of its own, read
 * on the clause after the colon as `ownModal43` reads a sentence; not when the clause before the colon asks with a modal, nor
 * after a short one that announces it ("The reason is simple: …").
 */
function colonModal46(sentence: string, before: string): boolean {
  const at = sentence.search(/\s:\s|:\s/);
  const lead = fold(sentence.slice(0, Math.max(at, 0)));
  if (at < 0 || (lead.match(/\p{L}+/gu) ?? []).length < 6 || MODAL.test(lead.replace(RELATIVE_MODAL, " "))) return false;
  return ownModal43(sentence.slice(at).replace(/^\s*:\s*/, ""), before);
}

/**
 * Round 28: a paragraph that is one sentence of two imperatives joined by ", and" ("Hold the next clinic in the hill
 * villages, and keep it open on market days."), as a table's cell of what should be done or a slide's line gives it:
 * a request. Not an imperative of condition ("Take the road north, and you will find the camp."), nor a question.
 */
/**
 * Round 29: an imperative in running prose, a verb of funding, ending, protecting or setting up (narrower than
 * `OPENING_VERB`, which reads list items) followed by what it acts on ("Fund the shelters directly, …", "Stop
 * treating survivors as offenders …", "Ban recruitment fees outright."). Not an instruction to the reader about the
 * document ("Open the annex …", "Take the case of …", "Consider the figures …": none of these verbs, or a document
 * named), a question, nor an imperative of condition ("Stop a picker in the street, and she will tell you …").
 */
const PROSE_IMPERATIVE = new RegExp(
  "^" + CONNECTIVE + "(?:please )?(?:fund|stop|end|ban|ratify|abolish|repeal|decriminali[sz]e|criminali[sz]e|guarantee|protect|train|hire|compensate|simplify|extend|publish|establish|create|invest in|involve|consult|recogni[sz]e|require|prosecute|stop (?:punishing|deporting|fining|detaining|arresting|treating|charging|criminali[sz]ing))" +
    " (?:(?:the|all|every|each|any|these|those|this|that|a|an|more|such|their|its) )?(?!(?:annex|table|page|link|website|site|file|document|report|figures?|chart|box|section|paper|statement|case of|example)\\b)\\p{L}{3,}" +
    "(?![^.;]*,? and (?:he|she|they|you|we|it|this|that|there) (?:will|would|can|may|could)\\b)(?![^?]*\\?\\s*$)",
  "u",
);
/**
 * A short one, six words or fewer, stands as a recommendation's title over its body ("Protect the observers",
 * "Train the staff at the gate."), not as a request of its own (the full run after round 30 found three older
 * statements whose titles were split from their bodies).
 */
const proseImperative = (f: string): boolean => PROSE_IMPERATIVE.test(f) && f.trim().split(/\s+/).length > 6;
const IMPERATIVE_VERB = new RegExp("^(?:please )?(?:" + OPENING_VERB.source.slice(4, -3) + "|hold|tell|ask|help|run|move|hire|pay)\\b");
function imperativePair(f: string): boolean {
  const t = f.trim();
  if (!/\.$/.test(t) || !IMPERATIVE_VERB.test(t) || /^(?:please )?\p{L}+ (?:that|which|who|is|are|was|were|has|have|had|of|will|would|can|could|does|did)\b/u.test(t)) return false;
  const and = /^[^.;:?]{5,200}?, and (?:then |also )?/.exec(t);
  return !!and && IMPERATIVE_VERB.test(t.slice(and[0].length)) && !/^(?:you|we|they|it|he|she)\b/.test(t.slice(and[0].length));
}

/** Round 28: a paragraph's lines without the bullet that opens them ("- Clinics should…" → "Clinics should…"). */
function withoutBullets(paragraph: string): string {
  return paragraph
    .split("\n")
    .map((line) => {
      const m = readMarker(line.trim());
      return m?.marker.kind === "bullet" ? m.rest : line;
    })
    .join("\n");
}

/** A modal right after a relative pronoun: "who must", "which should", "qui doivent", "quienes deben" (round 20). */
const RELATIVE_MODAL = /\b(?:who|which|whom|qui|quien|quienes)\s+(?:(?:first|also|still|often|then|now|only|ne|no)\s+)?(?:should|must|ought to|needs? to|devr(?:ait|aient|ons)|doi(?:t|vent)|deb(?:e|en|eria|erian)|tienen? que)\b/g;

/** A verb in the conditional: "would", "permettrait", "protégeraient", "ayudaría", "permitirían" (not "portrait", "retrait"). */
const CONSEQUENCE = /\b(?:would|(?!(?:portrait|retrait|extrait|attrait|abstrait|distrait|soustrait)\b)\p{L}{3,}rai(?:t|ent)|(?:permitir|ayudar|costar|dar|har|podr|evitar|reducir|garantizar|proteger|facilitar|ahorrar|ser)ian?)\b/u;

/** Round 21: a cleft naming who does it: "Ce sont eux qui…", "These are the ones who…", "Son ellos quienes…". */
// Round 28: also a group named by a noun ("Ce sont les femmes qui voient…", "Son las madres quienes…"; in French
// and Spanish, where "it is the … that" does not also open a request).
const CLEFT = /^(?:ce sont|c'est|these are|those are|they are|it is|estos son|esos son|estas son|esas son|son|fueron|ce furent) (?:eux|elles|lui|elle|they|them|the ones|the people|ellos|ellas|el|ella) (?:qui|who|that|quienes|los que|las que|que)\b|^(?:ce sont|ce furent|son|fueron) (?:les|los|las|nos|nuestras|nuestros) [\p{L}'-]+(?: [\p{L}'-]+)? (?:qui|quienes|los que|las que)\b/u;

/**
 * Round 21: what is already done in other places: "already", "déjà", "ya" with "elsewhere", "in
 * other…", "ailleurs", "dans d'autres…", "en otras…" (a precedent). Not what already exists in the
 * law or in a few districts ("This register already exists in two districts."), which describes the
 * request (rounds 8 and 16).
 */
const ALREADY = /\b(?:already|deja|ya)\b.*\b(?:elsewhere|ailleurs|(?:in|dans|en) (?:other|d'autres|otr[oa]s|several|many|plusieurs|vari[oa]s|much[oa]s))\b/;

/** What a thing costs: "costs", "coûte", "cuesta" (round 18). */
const COSTS = /\b(?:costs?|coute(?:nt)?|cuestan?)\b/;

/**
 * Round 28: a subject set apart from what came before, by a pronoun after it or "for its part" ("Les
 * enquêtes, elles, …", "Los jueces, ellos, …", "Las fiscalías, por su parte, …", "The banks, for their
 * part, …"): a new topic. Not "Les enquêtes, qui…" (a relative clause).
 * Round 60: in English a bare plural too before "for their part" ("Online shops, for their part, ought to …"), not a pronoun.
 */
const CONTRASTED =
  /^(?:(?:and|et|y|e|mais|pero|but),? )?(?:(?:the|les|la|le|l'|los|las|el) ?|(?=[^,.;:!?]{2,60}, (?:for (?:their|its) part|in (?:their|its) turn),)(?!(?:they|it|he|she|ils|elles|ellos|ellas)\b))[^,.;:!?]{2,60}, (?:eux|elles|lui|elle|ellos|ellas|de (?:leur|son) cote|pour (?:leur|sa|son) part|quant a (?:eux|elles)|por su parte|a su vez|for (?:their|its|his|her) part|in (?:their|its) turn)(?: aussi| tambien| also)?, /;

/**
 * Round 35: a new subject set apart by "too" ("Public prosecutors, too, should …", "Les greffiers, eux aussi, devraient
 * …", "Los jueces, también, deberían …"): with a modal, a request of its own, not the one before going on (as
 * `CONTRASTED`). A noun group first, no pronoun, no clause of time or place ("Here, too, …", "In 2019, too, …").
 */
const SET_APART_TOO =
  /^(?:(?:and|et|y|e),? )?(?!(?:i|we|you|it|this|that|they|he|she|there|here|then|now|today|so|in|on|at|for|with|from|after|before|since|during|je|nous|vous|il|elle|ils|elles|on|ici|alors|la|aujourd'hui|en|dans|a|pour|avec|apres|avant|depuis|yo|nosotros|ellos|ellas|aqui|ahi|hoy|entonces|con|desde|durante|para|por)\b)[\p{L}'-]+(?: [\p{L}'-]+){0,5}, (?:too|as well|also|eux aussi|elles aussi|lui aussi|elle aussi|aussi|tambien|ellos tambien|ellas tambien),? /u;

/** A sentence about what was just proposed: "This protection is…", "Such a register would…", "Cette mesure…", "Esta protección…". */
const DEMONSTRATIVE = /^(?:this|these|such|esta|este|esto|estas|estos|dicha|dicho|tal|ce|cet|cette|ces|cela|ceci|une telle|un tel)\b/;

/**
 * Round 31: a sentence that says the requests come next by what they are, and asks nothing itself ("What we would ask of
 * those who run the programme is modest.", "What we ask for is this.", "Ce que nous demandons est simple.", "Lo que
 * pedimos es sencillo."; round 37: "Our request is modest.", "Notre demande est simple.", "Nuestra petición es sencilla."): the sentences after it that ask are the requests, as after a count (`COUNTS_REQUESTS`).
 * Round 43: also what the speaker needs or expects from those addressed ("What we need from the Conference is this.", "Ce que nous
 * attendons de vous est simple.", "Lo que necesitamos de ustedes es esto.").
 * Round 51: also what the speaker would like ("What we would like from the ministries is modest.", "Ce que nous voudrions des
 * communes est simple.", "Lo que quisiéramos de los municipios es sencillo.").
 */
const ASKS_NEXT =
  /^(?:(?:so|and|et|y),? )?(?:what (?:we|i) (?:would )?(?:ask|request|want|like|propose|need|expect)(?: for)?(?: (?:of|from) [^.;:,]{2,80}?)?(?: (?:today|here|now))? (?:is|are) (?:(?:quite|very|rather|really) )?(?:this|these|simple|modest|short|brief|the following|as follows|twofold|threefold)|ce que (?:nous|je) (?:demandons|demande|proposons|voulons|voudrions|souhaitons|souhaiterions|aimerions|attendons)(?: (?:aux?|a la|a l'|de|des|du|d') ?[^.;:,]{2,80}?)? (?:est|tient en) (?:(?:tres|assez|bien) )?(?:simple|modeste|court|ceci|peu de chose)|lo que (?:pedimos|proponemos|queremos|quisieramos|necesitamos|esperamos)(?: (?:a|al|a los|a las|de) [^.;:,]{2,80}?)? es (?:(?:muy|bastante) )?(?:sencillo|simple|modesto|poco|esto)|(?:our|my) (?:(?:only|one|main|last|final|first) )?(?:request|ask|plea|appeal|recommendation)s? (?:(?:to|of) [^.;:,]{2,60}? )?(?:is|are) (?:(?:quite|very|rather|really) )?(?:simple|modest|short|brief|small|twofold|threefold|this)|(?:notre|ma) (?:(?:seule|premiere|derniere) )?(?:demande|requete|recommandation) (?:(?:aux?|a la|a l') ?[^.;:,]{2,60}? )?est (?:(?:tres|assez|bien) )?(?:simple|modeste|courte|double|la suivante)|(?:nuestra|mi) (?:(?:unica|primera|ultima) )?(?:peticion|solicitud|demanda|recomendacion) (?:(?:a|al|a los|a las) [^.;:,]{2,60}? )?es (?:(?:muy|bastante) )?(?:sencilla|simple|modesta|breve|doble|esta))\s*[.:]$/;

/**
 * Round 36: a request with "be" and a word of access or obligation instead of a participle, with a subject of its own
 * ("Hearings held by video link ought to be open to returnees too.", "Legal aid should be available to every returnee.",
 * "Such hearings should be free of charge."): read as `PASSIVE` is. Not a pronoun as subject, nor "should be able" (`ENTITLED`).
 */
const OPEN_TO = new RegExp(
  "^" + CONNECTIVE + "(?!(?:it|this|that|these|those|there|they|he|she|we|i|you)\\b)(?:(?!(?:whether|if|how|why|when|what|because|although|though|since|once|unless|until)\\b)[\\p{L}'-]+ ){1,16}(?:must|should|ought to|need to) (?:(?:also|now|always|therefore) )?be (?:(?:made|kept|equally|fully) )?(?:open|available|accessible|free of charge|mandatory|compulsory|automatic|eligible)\\b",
  "u",
);
/** Round 36: a sentence that opens as a counted point, in English: "First,", "Secondly,", "Third,". */
const COUNTED_POINT = /^(?:first(?:ly)?|first of all|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?),/;
/** Round 36: a relative clause set off by commas after the subject ("Hearings, which some courts allow, ought to …"), left out. */
const withoutRelative = (f: string) => f.replace(/^([^,;:]{3,80}), (?:which|who|whom|whose|that) [^,;:]{3,100}, /, "$1 ");
/**
 * Round 36: a clause of when or if that names whom the request is for, then "he", "she" or "they" and "should", "ought to",
 * "needs to" (or "must be" and a participle): "When a child is a witness at a hearing, he needs to be told …",
 * "If a boy is found on a boat, he should be taken home at the owner's cost." Not "we", "you", "it"; not "should have", a
 * modal of habit ("she must often wait …"), nor a question.
 */
const WHEN_THEN_ASKED =
  /^(?:(?:and|but|so),? )?(?:when|whenever|if|once|where|as soon as) (?!(?:we|i|you)\b)[^,;:?]{3,100}, (?:he|she|they|he or she) (?:(?:also|always) )?(?:(?:should|ought to|needs? to)(?: (?:also|always|never|not|no longer))* (?!(?:have|often|usually|sometimes|still|already)\b)\p{L}{2,}|must (?:(?:also|always|never|not) )?be \p{L}+(?:ed|en|wn|pt|nt|ld)\b)(?![^?]*\?\s*$)/u;

/**
 * Round 31: a request that adds to one before it by "also" near its start ("We also call for…", "Nous aimerions aussi
 * que…", "Pedimos también…"): what it follows was already a request, not the point this one makes (see `passive`).
 */
// Round 45: also one opened by "and" ("… must be investigated. And we would welcome help in training the inspectors …").
/** Round 59: the first of the points a count announced ("First, that …", "Premièrement, que …", "Primero, que …", "En primer lugar, …"). */
const FIRST_OF_COUNT_59 = /^(?:first(?:ly)?|first of all|premierement|d'abord|tout d'abord|en premier lieu|primero|en primer lugar|lo primero)\s*,/;
/**
 * Round 66: after a count of the requests ("Queremos compartir tres peticiones.", "We have three requests."), each one
 * introduced by its rank as the subject of "is that" ("La primera es que …", "The second is that …", « La troisième est que
 * … », « La dernière, c'est que … », "Our last request is for …"): the request is the whole sentence.
 */
const RANKED_66 =
  /^(?:(?:and|et|y|e),? )?(?:the|our|la|le|notre|nuestra|nuestro|el|lo) (?:very )?(?:first|second|third|fourth|fifth|next|last|final|other|premiere|premier|deuxieme|seconde?|troisieme|quatrieme|cinquieme|derniere?|autre|primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|ultim[ao]|otr[ao])(?: (?:one|request|ask|recommendation|proposal|point|plea|demande|recommandation|proposition|requete|peticion|solicitud|recomendacion|propuesta|pedido))?,? (?:is|would be|est|serait|c'est|ce serait|es|seria) (?:that|for|que|qu')\b/;
const ADDITIVE = /^(?:(?:and|et|y),? |(?:[\p{L}'-]+,? ){0,4}?(?:also|too|further|furthermore|moreover|aussi|egalement|en outre|de plus|tambien|ademas|asimismo)\b)/u;

/**
 * Round 31: what someone should be able (allowed, free) to do, with a subject of its own ("Village councils should be
 * able to file a report each year.", "Les associations … devraient pouvoir présenter…", "Las asociaciones deberían
 * poder…"): right after a request, a request of its own, not the one before going on (as `PASSIVE` is, `another`).
 */
const ENTITLED =
  /^(?!(?:it|this|that|they|he|she|we|i|you|ce|cela|il|elle|ils|elles|nous|vous|on|esto|eso|ellos|ellas|nosotros)\b)(?:[\p{L}'-]+,? ){1,12}?(?:(?:should|must|ought to) (?:(?:also|always|now) )?be (?:able|allowed|free|entitled|permitted) to|(?:devrai(?:en)?t|doi(?:ven)?t) (?:(?:aussi|egalement|toujours) )?pouvoir|(?:deberi?an?|deben?) (?:(?:tambien|siempre) )?poder)\b/u;

/**
 * Round 36: a subject of its own with an indefinite or distributive determiner, then a modal in the conditional ("Un
 * enfant qui revient devrait retrouver …", "Chaque famille devrait recevoir …", "Cada madre debería poder …", "Todo
 * detenido debería …"): right after a request, a request of its own (a new case, not the one before going on). Not
 * "Tout cela devrait …", "Todo esto debería …" (they point back), nor the present of duty ("Un enfant doit …").
 */
const ONE_OF_THEM =
  /^(?:(?:et|y|e|aussi|de meme|tambien|asimismo|del mismo modo),? )?(?!(?:tout (?:cela|ceci|ca)|todo (?:esto|eso|ello))\b)(?:un|une|chaque|tout|toute|cada|todo|toda)\s(?:[\p{L}'-]+,?\s){1,8}?(?:devrai(?:en)?t|deberi?an?)\b(?! avoir\b| haber\b)/u;

/**
 * Round 57: right after a request, a second request with a subject of its own, said to be a further one: "And" and a new
 * case in English, as `ONE_OF_THEM` reads it in French and Spanish ("And a child who comes back should find …"; without "and"
 * the maxim of round 25); an impersonal duty with a word that adds ("Il faut aussi, à notre avis, que chaque commune …",
 * "Es necesario además que …", "It is also essential that …"), not one that points back ("… que cela …"); a thing or people
 * named with their article, then a modal and "moreover" ("Les familles devraient par ailleurs …", "The clinics should
 * moreover …"): a further point, where "also" alone goes on (round 28: "Les contrôles devraient aussi …").
 * Round 69: the new case's subject up to twenty words, its relative clause with it ("And a welder hired through such a fund
 * who claims that its grant was diverted should keep …").
 */
const FURTHER_ASK_57 =
  /^(?:and (?:a|an|every|each) (?:[\p{L}'-]+,? ){1,20}?(?:should|must) (?:(?:also|not|never|always) )?(?!(?:have|be)\b)\p{L}{2,}|(?:(?:and|et|y),? )?(?:il (?:faut|faudrait)|(?:es|seria) (?:necesario|preciso|indispensable)|hace falta) (?:aussi|egalement|en outre|par ailleurs|tambien|ademas|asimismo)(?:, [^,]{2,40},)? que (?!(?:cela|ceci|ce|ca|il|ils|elle|elles|esto|eso|ello)\b)|(?:and,? )?it is also (?:necessary|essential|vital) that (?!(?:it|this|that|they)\b)|(?:the|les|los|las|le|la|el|l') ?(?:[\p{L}'-]+ ){1,6}?(?:should|must|devraient|doivent|devrait|doit|deberian|deben|deberia|debe) (?:par ailleurs|en outre|de plus|moreover|furthermore|in addition|por otra parte|asimismo|por lo demas)\b)/u;

/**
 * Round 59: right after a request, two further requests of their own, where a modal with "it" or "also" would go on the one
 * before (round 28, `ownModal43`): what should be made possible for someone named ("And it should be possible for
 * the countries on the route to share …", "Il devrait aussi être possible pour les communes de …", "Debería ser posible que
 * los municipios …"), as `ENTITLED` reads "… should be able to"; and a seat, a say or a place asked for people named ("Young
 * people should also have a seat at …", "Les victimes devraient aussi avoir une place …", "Las víctimas deberían tener
 * también voz …"): their part in what is decided, not the thing asked before.
 */
const POSSIBLE_FOR_59 =
  /^(?:(?:and|et|y),? )?(?:it (?:should|must|ought to) (?:(?:also|now) )?be (?:made )?possible for (?!(?:it|this|that|them|us|me|you|him|her)\b)|il (?:devrait|doit|faudrait qu'il soit) (?:(?:aussi|egalement) )?(?:etre )?possible (?:pour (?:les|la|le|l'|chaque|tous|toutes)\b|que (?!(?:cela|ceci|ce|il|ils|elle|elles|nous)\b))|deberia (?:(?:tambien|ademas) )?ser posible (?:que|para) (?:los|las|el|la|cada|todos|todas)\b)/u;
const A_SEAT_59 =
  /^(?:(?:and|et|y),? )?(?!(?:it|this|that|they|he|she|we|i|you|ce|cela|il|elle|ils|elles|nous|vous|on|esto|eso|ellos|ellas|nosotros)\b)(?:[\p{L}'-]+ ){1,5}?(?:(?:should|must|ought to) (?:(?:also|too|then) )?(?:have|be given|get) (?:a|an|their|a real|a proper|a full|a formal) (?:(?:real|proper|full|formal|permanent|voting) )?(?:seat|say|voice|place|part|role)\b|(?:devrai(?:en)?t|doi(?:ven)?t) (?:(?:aussi|egalement) )?(?:avoir|obtenir) (?:une|leur|un|voix)\b(?: (?:vraie |veritable |pleine )?(?:place|siege|role|au chapitre)\b)?|(?:deberi?an?|deben?) (?:(?:tambien|ademas) )?tener (?:(?:tambien|ademas) )?(?:voz|un (?:lugar|asiento|papel)|una (?:silla|voz)|su (?:lugar|asiento|voz))\b)/u;
const furtherAsk59 = (f: string): boolean => POSSIBLE_FOR_59.test(f) || A_SEAT_59.test(f);
/**
 * Round 63: a further ask in the negative, its subject named ("… . Nor should the help given to owners stop when the case closes.",
 * "Et l'aide aux victimes ne devrait pas non plus s'arrêter …", "Tampoco debería la ayuda terminar …"): after a request, one of
 * its own, not that one going on.
 */
const NOR_SHOULD_63 =
  /^(?:and )?nor (?:should|must|ought|shall) (?!(?:we|i|you|it|this|that|they|he|she|there|one)\b)\p{L}|^(?:(?:et|mais) )?(?!(?:nous|je|vous|il|elle|ils|elles|on|cela|ce)\b)(?:[\p{L}'-]+ ){1,12}ne (?:devrai(?:en)?t|doi(?:ven)?t) (?:pas )?non plus\b|^(?:y )?tampoco (?:deberian?|deben?|tendrian? que) (?!(?:nosotros|ellos|ellas|yo)\b)\p{L}/u;

/**
 * Round 31: "and" and whoever does a thing, with a modal ("And whoever hires a child on a farm should lose the permit.",
 * "Et quiconque emploie… devrait…", "Y quien contrate… debería…"): a sanction added as a request of its own, not the
 * request before going on. Without "and" such a maxim is left as round 25 left it (`goesOn`).
 */
const AND_WHOEVER =
  /^(?:and|y|et|e) (?:quien|quienes|whoever|anyone who|anybody who|celui qui|ceux qui|quiconque|todo aquel que|toda persona que|toute personne qui)\b[^.;]{3,160}?\b(?:should|must|ought to|devrai(?:en)?t|doi(?:ven)?t|deberi?an?|deben?)\b(?! have\b| haber\b| avoir\b)/u;

/**
 * Round 36: "And" and a subject of its own with a modal, right after a request ("And the hostels must not turn anyone out:
 * …", "And the courts should sit in the districts too."): one more request, not the one before going on. Not a
 * pronoun or a demonstrative as subject ("And they should …", "And this must …"), nor a relative clause in the subject.
 */
const AND_ANOTHER =
  /^and (?:(?:also|then|finally),? )?(?:the |all |every |each |no |our |their )?(?!(?:it|this|that|these|those|there|they|he|she|we|i|you|such)\b)(?:(?!(?:who|which|that|whose|if|when|because)\b)[\p{L}'-]+ ){1,5}(?:should|must|ought to|needs? to)(?: (?:also|not|never|no longer|always))* (?!(?:have)\b)\p{L}{2,}/u;

/**
 * Round 31: what a body (or States named by their names) could do, among requests ("Donors who pay for the boats could
 * pay for a radio too.", "Finally, Varnia and Orlesk could, at the very least, run a shared drill each year.", "Les
 * bailleurs pourraient financer…", "Los municipios podrían abrir…"): a request put as a possibility, read when another
 * sentence of its paragraph asks (alone, "could" says what is possible). Not "could have", "could not", nor what would
 * follow ("Donors could then see…"). Round 36: also with a clause of condition set apart after the modal ("Los puertos
 * podrían, si compartieran sus listas, avisar …", "The ports could, if they pooled their lists, warn …").
 */
const COULD_VERB =
  "(?:,? (?:too|also|aussi|tambien|together|jointly|at the very least|at least|du moins|au moins|al menos|por lo menos),?)* (?:could|might|pourrai(?:en)?t|podrian?)(?:,? (?:at the very least|at least|for example|for instance|du moins|au moins|par exemple|al menos|por lo menos|por ejemplo|(?:if|si|s'|when|quand|cuando) [^,.;:]{3,40}),)? (?:(?:also|easily|simply|together|jointly|aussi|egalement|facilement|ensemble|tambien|ademas|facilmente|juntos|conjuntamente) )*(?!(?:have|be|not|never|hardly|only|then|thus|therefore|see|tell|say|explain|afford|lose|get|become|find|take|happen|avoir|etre|ne|pas|jamais|alors|donc|voir|dire|perdre|devenir|trouver|prendre|haber|ser|estar|no|nunca|entonces|ver|decir|perder|encontrar|tomar|tardar)\\b)\\p{L}{2,}";
const COULD_BODY = new RegExp(
  "^" + CONNECTIVE + "(?:the |all |each |every |les |la |le |l'|los |las |el )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: (?!(?:who|that|which|qui|quienes|que)\\b)[\\p{L}'-]+){0,4}?(?: (?:who|that|which|qui|quienes|que) [^,.;:]{3,80}?)?" + COULD_VERB,
  "u",
);
/**
 * Round 59: a concession to the difficulty just told, opening the sentence ("Even so, …", "Pourtant, …", "Aun así, …"): what a
 * body could do after it is suggested to it (alone, "could" says what is possible: round 31).
 */
const CONCEDED_COULD_59 = /^(?:even so|nevertheless|nonetheless|all the same|that said|toutefois|neanmoins|pourtant|malgre tout|malgre cela|quand meme|aun asi|no obstante|pese a ello|a pesar de ello|con todo),\s+/;
/**
 * Round 60: a further request put as a suggestion, "perhaps" and "too" with a modal ("Perhaps, too, a driver who reports … should
 * have …", "Perhaps the clinics should also …", « Peut-être aussi qu'un chauffeur … devrait … », « Quizás también los puertos
 * deberían … »): after a request, one of its own, not the one before going on nor left out. Not the speaker's own
 * ("Maybe we should also …": a draft's note to itself).
 */
const PERHAPS_TOO_60 =
  /^(?:perhaps|maybe|peut-etre|quizas?|tal vez),? (?!(?:we|i|nous|je|on|nosotros)\b)(?:(?:too|also|aussi|tambien|ademas),? (?:que |qu')?[^;?]{2,100}?\b(?:should|must|ought to|devrai(?:t|en)t|doi(?:t|vent)|deberian?|deben?)\b|[^;?,]{2,100}?\b(?:should|must|ought to|devrai(?:t|en)t|doi(?:t|vent)|deberian?|deben?) (?:too|also|aussi|tambien|ademas)\b)/u;
const COULD_AFTER_NAMES = new RegExp("^" + COULD_VERB, "u");
const NAMES_OPENING = /^(?:\p{L}+,? ){0,2}?(?:(?:The|the|Les|les|La|la|Le|le|Los|los|Las|las|El|el) )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*(?:,? (?:and|et|y|e) (?:(?:the|les|la|le|los|las|el) )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)+(?=,? )/u;
function couldAsk(bare: string): boolean {
  if (COULD_BODY.test(fold(bare))) return true;
  const names = NAMES_OPENING.exec(bare);
  return names !== null && COULD_AFTER_NAMES.test(fold(bare.slice(names[0].length)));
}

/**
 * Round 31: a question announced as the last one, after a colon ("And one question to close: could the people who plan
 * the next programme come and listen first?", "Une dernière question : …", "Una última pregunta: …"): the question
 * is the request when it asks someone to act (a modal first; not "could you explain why…", nor "why", "how", "when").
 * Gives the question, or null.
 */
const QUESTION_LEAD =
  /^(?:(?:and|so|et|y),? )?(?:one|a|my|our|une|ma|notre|una|mi|nuestra) (?:(?:last|final|closing|single|simple|short|small|derniere|petite|ultima|pequena|sola) )?(?:question|pregunta)(?: (?:to end with|to close|to finish|before (?:i|we) (?:close|finish|end|sit down)|pour (?:finir|terminer|conclure)|para (?:terminar|cerrar|concluir)|(?:for|to|pour|aux?|para|a) [^:?]{2,60}?))?\s*:\s*/;
function questionAsked(sentence: string): string | null {
  const lead = QUESTION_LEAD.exec(foldLetters(sentence.trim()));
  if (!lead) return null;
  const rest = sentence.trim().slice(lead[0].length).trim();
  const f = fold(rest).replace(/^¿\s*/, "");
  return /\?$/.test(rest) && /^(?:could|would|will|can|might|pourrai(?:en)?t|pourriez|voudriez|podrian|podria|querrian)\b/.test(f) && !/\b(?:explain|tell us|say|clarify|confirm|expliquer|dire|preciser|explicar|decir|aclarar)\b/.test(f.split(/\s+/).slice(0, 6).join(" ")) ? rest : null;
}

/**
 * Round 33: a need stated as the ask, in a cleft ("What would help most is a fund for…", "What is missing above all is
 * an inspector who…", "Ce dont les refuges ont besoin, c'est que…", "Ce qui nous aiderait le plus, c'est…", "Lo que más
 * falta nos haría es…", "Lo que necesitan los albergues es que…"): in the present or the conditional, with something
 * after it (not "What we need to understand is why…", "What they needed was…", "Ce que nous avons vu, c'est…", a
 * question, nor "What is missing is clear." announcing the next sentence).
 */
const NEED_CLEFT = new RegExp(
  "^" + CONNECTIVE + OPENER + "(?:" +
    "what (?:[\\p{L}'-]+ ){0,4}?(?:would (?:(?:really|most|best|truly) )?(?:help|make (?:the|a) (?:biggest |greatest |real )?difference)|(?:helps|help) most|(?:is|are) (?:(?:most|really|still|sorely|badly|urgently|above all|first of all) )*needed|(?:is|are) (?:(?:still|really) )?(?:(?:most|sorely|badly|urgently|above all|first of all) )+(?:missing|lacking)|(?:is|are) (?:missing|lacking) (?:most|above all|first of all)|(?:need|needs|would need|lack|lacks)(?! (?:from|of)\\b| to (?:know|understand|see|remember|ask|say|hear|learn)\\b))(?: [\\p{L}'-]+){0,5}?,? (?:is|are|would be) (?!(?:clear|simple|obvious|this|these|the following|why|how|what|not|unclear|hard to)\\b)(?:[\\p{L}\\p{N}'-]+[ ,]+){3}" +
    "|ce (?:dont (?:[\\p{L}'-]+ ){0,4}?(?:a|ont|avons|aurions|aurait|auraient|aura|auront) (?:(?:le plus|surtout|avant tout|vraiment|d'abord|aujourd'hui|urgemment|cruellement) )*besoin|qui (?:(?:nous|les|leur|vous|lui) )?(?:aiderait|aide|ferait la difference|serait (?:le plus )?utile|(?:manque|fait defaut|manquerait) (?:le plus|surtout|avant tout|cruellement|d'abord)))(?: [\\p{L}'-]+){0,5}?,? c'est (?!(?:pourquoi|clair|simple|cela|ceci|ce qui)\\b)(?:[\\p{L}\\p{N}'-]+[ ,']+){3}" +
    "|lo que (?:(?:[\\p{L}]+ ){0,4}?(?:faltaria|haria falta|necesit\\p{L}*|ayudaria|ayudarian|serviria)|(?:[\\p{L}]+ ){0,3}?mas (?:nos |les )?(?:falta|faltan|hace falta)|(?:nos |les )?(?:falta|faltan|hace falta) (?:sobre todo|ante todo|mas que nada|con urgencia))(?! (?:saber|entender|comprender|recordar|ver|oir)\\b)(?: [\\p{L}]+){0,5}?,? (?:es|son|seria|serian) (?!(?:claro|simple|sencillo|esto|lo siguiente|por eso)\\b)(?:[\\p{L}\\p{N}'-]+[ ,]+){3}" +
    ")(?![^?]*\\?\\s*$)",
  "u",
);
/**
 * Round 33: the imperative of "ustedes" opening a sentence of running prose ("Den a las víctimas tiempo…", "No deporten a
 * nadie que…"): `USTEDES`, in a sentence of seven words or more that is not a question.
 */
const proseUstedes = (f: string): boolean => USTEDES.test(f) && f.trim().split(/\s+/).length > 6;
/**
 * Round 33: what a body could also do, after a request read before it in the statement ("L'ONUDC pourrait également
 * aider…", "The Office could also help…", "La UNODC podría también apoyar…"): `couldAsk` with a word that adds
 * ("also", "également", "también", "as well"), the body an agency, an office or a secretariat too.
 */
/** The help a body could give: a verb of helping, funding, training, setting up or sharing right after the modal (not "could also hide…"). */
const HELP_OFFERED =
  /\b(?:could|might|pourrai(?:en)?t|podrian?)(?:,? [^,.;]{2,30},)? (?:(?:also|aussi|egalement|tambien|ademas|easily|simply|together|jointly|ensemble|juntos|conjuntamente) )*(?:help|aid|assist|support|back|fund|finance|pay for|train|organi[sz]e|provide|offer|host|convene|share|publish|set up|open|create|facilitate|sponsor|lend|send|deploy|translate|aider|appuyer|soutenir|financer|former|organiser|fournir|offrir|accompagner|mettre a disposition|creer|ouvrir|publier|partager|faciliter|preter|envoyer|apoyar|ayudar|financiar|capacitar|formar|organizar|ofrecer|proveer|brindar|acompanar|crear|abrir|publicar|compartir|facilitar|prestar|enviar)\b/;
const ADDS = /\b(?:also|too|as well|aussi|egalement|tambien|ademas|asimismo)\b/;
const COULD_ALSO = new RegExp(
  "^" + CONNECTIVE + "(?:the |les |la |le |l'|los |las |el )?(?:[\\p{L}'-]+ ){0,3}(?:" + ACTOR.slice(3, -1) + "|office|bureau|oficina|agence|agencia)(?:,? (?:also|too|aussi|egalement|tambien|ademas|asimismo),?)?" + COULD_VERB,
  "u",
);
function couldAlso(bare: string): boolean {
  const f = fold(bare);
  const head = f.split(/\s+/).slice(0, 9).join(" ");
  return ADDS.test(head) && HELP_OFFERED.test(f) && (COULD_ALSO.test(f) || couldAsk(bare)) && !/\?\s*$/.test(f);
}

/**
 * A sentence that asks by itself (read before the sentences around it are weighed): the forms of every round, on the
 * sentence without its opening quotation mark. `single`: the sentence is alone in its paragraph.
 */
/**
 * Round 46: the chair addressed inside the sentence ("We believe, Madam Chair, that …", "Nous pensons, Monsieur le Président,
 * que …", "Creemos, señora Presidenta, que …"): read without it, as the sentence would be said to anyone.
 */
/**
 * People named by what they do, "those who …", with a modal and a passive: what should be done for them ("Those who denounce
 * the loggers near their homes must be protected, since …", « Ceux qui dénoncent … doivent être protégés »,
 * "Quienes denuncian … deben ser protegidos"). `PASSIVE` leaves "those" out, as a pronoun that may point back; with its
 * relative clause it names a group anew. Not a modal in the relative clause ("Those who must be protected are …").
 */
const THOSE_WHO_PASSIVE = new RegExp(
  "^" + CONNECTIVE + "(?:(?:those|ceux|celles) (?:who|qui)|quienes|(?:aquellos|aquellas|los|las) que) (?!(?:must|should|doivent|devraient|deben|deberian)\\b)[^.;:?]{3,100}? (?:must|should|ought to|doivent|devraient|deben|deberian) (?:(?:also|always|aussi|toujours|tambien|siempre) )?(?:be|etre|ser) \\p{L}{3,}(?:ed|en|e|es|ee|ees|is|os|as|dos|das)\\b",
  "u",
);
/**
 * A request put as what simple justice or good sense would have ("It would be a matter of simple justice if the money
 * now spent on chasing travellers went to …", « Ce serait une question de simple justice que … », "Sería una cuestión de
 * justicia que …"), as "it would be only fair that" (`PUT_IT_FAIR`). Not the speaker's own duty ("… if we …"), nor what
 * would have been just ("… if they had …").
 */
const MATTER_OF_JUSTICE = new RegExp(
  "^" + CONNECTIVE + OPENER + "(?:it would (?:(?:only|also|surely|simply) )?be|(?:ce|cela) serait|seria) (?:a|une|una) (?:matter|question|affaire|cuestion) (?:of|de) (?:(?:simple|basic|elementary|plain|elementaire|elemental) )?(?:justice|fairness|decency|common sense|equite|bon sens|justicia|equidad|sentido comun)(?:,? (?:too|also|then|aussi|tambien),?)? (?:if|that|si|que) (?!(?:we|i|nous|je|nosotros)\\b)(?![^.;]{0,120}\\b(?:had|would have|avait|avaient|hubiera|hubieran)\\b)",
  "u",
);
/**
 * Someone in the act of helping or coming forward, named with a relative clause, who should not be punished for it ("A boatman
 * who reports a suspect traveller must not be arrested together with the trafficker", « Une victime qui témoigne ne doit pas être
 * expulsée », "Una víctima que denuncia no debe ser detenida"): a request to the law, though "must be" after such a subject is
 * often a habit ("A worker who complains must often wait …"), which `ACTING` leaves out.
 */
const NOT_PUNISHED = new RegExp(
  "^" + CONNECTIVE + "(?:(?:a|an|any|every|no|un|une|tout|toute|una|todo|toda) )?(?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]{3,} (?:who|qui|que) (?!(?:must|should|doit|doivent|debe|deben)\\b)[^.;:?]{3,100}? " +
    "(?:(?:must|should|ought to|shall) (?:not|never) be (?:arrested|prosecuted|punished|detained|deported|expelled|charged|fined|jailed|imprisoned|penali[sz]ed|criminali[sz]ed|treated as (?:a )?(?:criminal|suspect|accomplice))" +
    "|ne (?:doit|doivent|devrait|devraient) (?:pas|jamais) etre (?:arrete|poursuivi|puni|detenu|expulse|condamne|inquiete)" +
    "|no (?:debe|deben|deberia|deberian) (?:nunca )?ser (?:detenid|procesad|castigad|deportad|expulsad|multad|encarcelad|criminalizad))",
  "u",
);
/**
 * A request made in the words of a prayer with the plea put beside it ("We pray, and we ask you, that families sent back
 * home receive help for a season …"): the "that" clause is what is asked. Only with the plea set in ("We pray that God will keep
 * them" is a prayer, and "We pray that …, and that …" was left as one by round 46's labels).
 */
const PRAYED_AND_ASKED = /^(?:(?:and|so|et|y),? )?(?:we|i) (?:(?:also|humbly) )?pray,? and (?:we|i) (?:(?:also|humbly) )?(?:ask|urge|beg|implore) (?:you|the \p{L}+(?: \p{L}+)?)(?: too)?,? that \p{L}/u;
/**
 * A place or a body that needs one record kept in common ("The lake needs one list of every boat seized since the floods, kept
 * by our countries together", « La région a besoin d'un seul registre … », "La región necesita un solo registro …"): what the
 * speaker asks the States to set up. "One", "a single" or "shared" only: "The region needs a list" may tell a lack.
 */
const ONE_RECORD_NEEDED = /^(?:(?:the|la|le|el|los|las|les) )?(?:[\p{L}'-]+ ){0,3}?(?:needs?|a besoin|ont besoin|necesitan?) (?:(?:one|a single|one single|a shared|one shared|a common|one common)|d'(?:un seul|une seule)|(?:un solo|una sola|un unico|una unica)) (?:(?:shared|common|joint|regional|commun|commune|comun|compartido|compartida) )?(?:list|register|registry|database|record|liste|registre|fichier|base de donnees|lista|registro|base de datos)\b/u;
const ADDRESSED_46 = /,\s(?:mr\.?|mister|madam|madame|monsieur|senor|senora|sr\.|sra\.) (?:(?:le|la) )?(?:president|presidente|presidenta|chair|chairman|chairwoman|chairperson|co-chair)(?: of [^,]{2,40})?,(?= )/g;
/**
 * Round 60: an impersonal wish in the conditional in a clause after ", and" (« Los puertos cierran pronto, y convendría que
 * abrieran … », « …, et il conviendrait que … », "…, and it would be wise for the ports to …"): the clause asks as a sentence would.
 */
const AND_FITTING_60 =
  /, (?:and|et|y) (?:(?:so|donc|por eso|por ello|tambien|aussi|also) )?(?:convendria (?:que|\p{L}+(?:ar|er|ir)\b)|seria (?:bueno|conveniente|deseable|util) que|il (?:conviendrait|serait (?:bon|utile|souhaitable)) (?:que|qu'|de|d')|it would be (?:wise|good|best|right|useful) (?:if|for|to) (?!(?:know|hear|see|understand|learn|ask)\b))/u;
/**
 * Round 65: a clause of time or condition opening the sentence, then the speaker's own ask ("When a bike is found in a barn, we
 * want the police to …", « Quand un vélo est retrouvé, nous demandons que … », "Cuando se halla una moto, pedimos que …"): the
 * clause left out, the rest read as a proposing sentence is.
 */
function frontedFirstPerson65(f: string): boolean {
  const after = f.replace(LEADING_CONNECTIVE, "").replace(FRONTED, "");
  // Not a question put back to someone ("When people tell us …, we ask them: local to whom?").
  return after !== f.replace(LEADING_CONNECTIVE, "") && after.length >= 20 && !after.includes("?") && /^(?:we|i|nous|je|j'|(?:por eso |por ello )?(?:pedimos|queremos|solicitamos|proponemos|recomendamos|instamos|exigimos|quisieramos|esperamos))\b/.test(after) && PROPOSING.test(after);
}
/**
 * Round 69: the speaker asking in the first person right after a colon, in the three languages (« C'est au vu de ces
 * récits que nous nous tournons vers vous : nous plaidons pour que … », "… : abogamos por que …"): the lead-in before the
 * colon, whatever it says, does not hide the request after it.
 */
/**
 * Round 69: the request is the clause after the colon when a lead-in that asks nothing comes before it and the speaker asks in the
 * first person after it (« C'est à partir de ces nuits que nous nous tournons vers vous : nous plaidons pour que … »).
 * The lead-in turns to the listeners: a first person and "you" ("we turn to you", « nous nous adressons à vous », "nos
 * dirigimos a ustedes").
 */
const ADDRESSING_69 = /\b(?:(?:we|i)\b[^:]{0,40}\b(?:to|before|ask) you|nous nous (?:tournons|adressons|retournons)[^:]{0,20}\b(?:vers|a) vous|(?:je|nous) (?:me |nous )?(?:tourne|tournons|adresse|adressons) (?:donc )?(?:vers |a )vous|nos (?:dirigimos|volvemos|volvemos hacia|presentamos ante) (?:a |hacia |ante )?(?:ustedes|usted)|me dirijo (?:a|hacia) (?:ustedes|usted))\b/;
function afterLeadColon69(bare: string): string | null {
  const at = bare.indexOf(":");
  if (at < 0) return null;
  const before = fold(bare.slice(0, at));
  const after = bare.slice(at + 1).trim();
  const f = fold(after);
  // Only a lead-in that turns to the listeners, no claim of its own (older sets keep "Rescue must never be …: we ask you …" whole).
  if (!ADDRESSING_69.test(before) || MODAL.test(before) || PROPOSING.test(before) || !FIRST_PERSON_69.test(f) || !PROPOSING.test(f) || (after.match(/\p{L}+/gu) ?? []).length < 8) return null;
  return after.charAt(0).toUpperCase() + after.slice(1);
}
// (Not an invitation, which may be to an event: « … : nous invitons les participants à la visite … ».)
const FIRST_PERSON_69 = /^(?!(?:we|i|nous|je|j') ?(?:\p{L}+ )?invit)(?:(?:we|i|nous|je|j')\b|(?:pedimos|solicitamos|proponemos|recomendamos|instamos|exhortamos|exigimos|abogamos|esperamos|queremos|quisieramos|sugerimos|planteamos)\b)/u;
function strongly(bare: string, single: boolean): boolean {
  const f = fold(bare).replace(ADDRESSED_46, "");
  if (frontedFirstPerson65(f) && !TOLD_NOT_ASKED_39.test(f)) return true;
  if (AND_FITTING_60.test(f) && !/\?\s*$/.test(f) && !TOLD_NOT_ASKED_39.test(f)) return true;
  const clauses = f.split(/:\s+/).slice(1);
  // Round 26: a clause after a semicolon where the speaker asks outright ("Les écoles manquent de tout ; nous appelons
  // de nos vœux un fonds…") is read as the clause after a colon is (not a naming: "… ; nous appelons cela…").
  // Round 29: "Please" and a verb of asking in prose too ("Please make room in the next review for…"; `PLEASE_VERB`).
  return !TOLD_NOT_ASKED_39.test(f) && (pointAsked(bare) !== null || questionAsked(bare) !== null || leaveAsked(bare) !== null || PROPOSING.test(f) || PLEASE_VERB.test(f.replace(LEADING_CONNECTIVE, "")) || proseImperative(f) || NEED_CLEFT.test(f) || proseUstedes(f) || (single && imperativePair(f)) || HOPE_FOR_NAMED(bare, foldLetters(bare)) || ACRONYM_SUBJECT.test(bare) || REPORTED.test(f) || TOLD_AFTERWARDS.test(f) || NAMED_REPORTED.test(bare) || THEY_SHOULD.test(f) || GRATEFUL_STILL.test(f) || IN_THE_VIEW.test(f) || clauses.some((c) => ASKS_OUTRIGHT.test(c) || /^(?:we|i) (?:(?:also|therefore|only) )?(?:ask (?:you|states|governments|all|the|that)|request that|urge (?:you|states|governments|all|the|that))\b/.test(c) || WISH_AFTER_COLON.test(c) || (FIRST_PERSON_69.test(c) && PROPOSING.test(c))) || f.split(/\s*;\s+/).slice(1).some((c) => ASKS_OUTRIGHT.test(c) && !/^(?:nous|je) appel(?:ons|le) (?:cela|ca|ceci)\b/.test(c) || SEMICOLON_ASK.test(c)) || (NAMED_ASK.test(f) && clauses.length > 0 && asks(clauses[0]!)) || colonAsk(bare) || plainlyAsked(bare) !== null || believedAsk(bare) !== null || ordinalWish(f) || DESERVED.test(f) || askedInProse(bare, f));
}

/**
 * Sentences that propose, each with the sentences after it that go on asking ("We call on States
 * to … . Inspectors should …") or speak of what was proposed ("This protection is…"), up to the
 * first that does neither (background, a reason, a consequence: "Without it, victims stay
 * invisible."), the next proposing sentence or the end of its paragraph.
 */
function proposingSentences(text: string): string[] {
  const out: string[] = [];
  // After a lead-in that ends with a colon ("We would like to make the following recommendations:"),
  // each paragraph that opens by asking is a proposal, until one that does not.
  let announced = false;
  let everAnnounced = false;
  // Round 18: a lead-in alone in its paragraph ("We ask the States:"), taken because it asks: not a
  // proposal when the paragraphs it announces are (the lead's convention 3).
  let leadAt = -1;
  // Round 20: the sentence before was a signpost ("Our second suggestion is about people.").
  let signposted = false;
  // Round 28: that signpost says what should happen next, or what a body can do ("What must happen now is clear.").
  let nextStep = false;
  // Round 20: a sentence closing its paragraph that counts the requests ("Nous demandons trois
  // choses.", "We ask for two things.", "Pedimos tres cosas."): the paragraphs after it that open by
  // asking ("D'abord, que les victimes…", "Ensuite, que…") are those requests, as many as it counts.
  let ahead = 0;
  // Round 62: in a press release, its own people's asks reported in the third person (`pressAsked`).
  const press = pressRelease(text);
  const own = press?.own ?? null;
  // Round 69: every press ask read, for `pressTwo69`.
  const pressedAll: (string | null)[] = [];
  for (const [k, paragraph] of text.split(/\n{2,}/).entries()) {
    if (press && (k < press.from || k >= press.to)) continue;
    const led: boolean = announced;
    const counting = ahead;
    ahead = 0;
    let took = false;
    let current: string | null = null;
    let counted = false;
    let exact = false;
    // Round 22: a postscript's label opening the paragraph ("P. D.: Rogamos…", "P.-S. : Nous…", "PS: We…"):
    // the request after it is read without it.
    // Round 28: a bullet's label opening a line is no part of the sentence read (a "- " item of a list not taken as a list).
    const parts = sentences(withoutBullets(paragraph).replace(/\n/g, " ").replace(POSTSCRIPT, "").replace(COMMENT_LABEL, ""));
    // A sentence whose clause after a colon is the speaker's own request ("Rescue must never be
    // punished: we ask you to say so in law.") is a request of its own, not the previous one going on.
    // Round 25: each sentence folded once (a long paragraph of narrative prose was folded five times a sentence).
    // A press release's own people's ask in each sentence, read once (`pressAsked`).
    const pressed = parts.map((s) => (own === null ? null : pressAsked(s.replace(/^["“«¿¡]/, ""), own)));
    pressedAll.push(...pressed);
    const strong = parts.map((s, n) => {
      const bare = s.replace(/^["“«¿¡]/, "");
      return strongly(bare, parts.length === 1) || clauseAsked41(bare) || pressed[n] != null;

    });
    // Round 59: right after a count of the requests, a paragraph whose first sentence opens as the first of them and asks
    // ("Primero, que cada depósito …. Segundo, que …") holds them all: that first one is a request, and those after it go on asking.
    if (counting > 0 && FIRST_OF_COUNT_59.test(fold(parts[0] ?? "")) && asks(fold(parts[0]!).replace(LEADING_CONNECTIVE, ""))) strong[0] = true;
    // Round 23: a bare wish in "que" after a connective ("Y, sobre todo, que…") asks, once a
    // request has been read before it (in an earlier paragraph or this one): it goes on asking.
    parts.forEach((s, n) => {
      if (!strong[n] && (out.length > 0 || current !== null || strong.slice(0, n).some(Boolean)) && WISH_GOING_ON(fold(s.replace(/^["“«¿¡]/, "")))) strong[n] = true;
    });
    // A press release quotes the speaker ('"States should …," she said.', '… urged the agency: "Hear
    // the workers …"'): in a paragraph where a quotation asks, the quotations are the requests, and the
    // reporting sentences around them are not.
    const said = parts.map(quotation);
    const quoting = said.map((q) => q !== null && quotedAsks(q));
    const quotes = quoting.some(Boolean);
    const quoted = insideQuote61(parts);
    parts.forEach((s, n) => {
      const bare = s.replace(/^["“«¿¡]/, "");
      if (quotes) {
        if (quoting[n]) {
          if (current) out.push(current);
          current = said[n]!;
          took = true;
        } else if (current !== null && said[n] !== null && asks(said[n]!)) current += ` ${said[n]}`;
        // Round 16: the speaker's request reported beside the quotations ("She also asked that the
        // clinics be funded…") is one too, unless the quotation right after it says it in her own words.
        else if (said[n] === null && !quoting[n + 1] && (REPORTED.test(fold(bare)) || pressed[n] != null)) {
          if (current) out.push(current);
          current = pressed[n] ?? s;
          took = true;
        }
        else if (current !== null) (out.push(current), (current = null));
        return;
      }
      // Round 61: a sentence inside someone's words quoted over several sentences, in the first person singular (« Je ne
      // demande pas … . Je demande que cela cesse. »): testimony, no request of the speaker's.
      if (quoted[n] && /\b(?:i|me|my|je|j'|moi|mon|ma|mes|yo|mi|mis)\b/.test(fold(bare))) {
        if (current !== null) (out.push(current), (current = null));
        return;
      }
      // Round 63: nor an ask said instead of one denied right before it ("We are not asking for …. We are asking …"), or in
      // one sentence ("We do not ask for …, we ask for …"): a closing figure of contrast (`askedInstead63`, `deniedThenAsked63`).
      if (askedInstead63(fold(bare), n > 0 ? fold(parts[n - 1]!) : undefined) || deniedThenAsked63(fold(bare))) {
        if (current !== null) (out.push(current), (current = null));
        return;
      }
      // Round 20: a signpost that announces a suggestion by its topic ("Our second suggestion is
      // about people.") asks nothing itself; the sentence right after it (in its paragraph, or opening
      // the next when the signpost ends its own) is the suggestion when a modal carries it ("A shared
      // pool of translators could serve the small offices.").
      // Round 28: or what a body needs ("Ward nurses need a key to…"), or an imperative (after a clause of when: "Once a ship
      // docks, hand the cook…"), after a signpost that says what should happen next or what a body can do (`NEXT_STEP`).
      // Round 29: also "they" or "it" standing for the topic the signpost named, in the passive with a modal ("Our last request
      // concerns the hotlines. They should be staffed day and night."); not in the past ("They were set up in 2019.").
      const pointed = (signposted && /^(?:they|it) (?:should|must|ought to|need to|needs to) (?:(?:also|now|always) )?be \p{L}+(?:ed|en|wn|ne|de|ld|pt|nt|id|ht|un|ung)\b/u.test(fold(bare))) || signposted && ((SUGGESTED.test(fold(bare)) || (nextStep && NEEDS.test(fold(bare)))) && !/^(?:it|this|that|there|they|he|she|you|i|we|ce|cela|il|elle|ils|elles|on|nous|esto|eso|ello|nosotros)\b/.test(fold(bare)) || (nextStep && (OPENING_VERB.test(fold(bare)) || frontedImperative(fold(bare)))));
      signposted = signpost(fold(bare).trim());
      nextStep = NEXT_STEP.test(fold(bare).trim());
      if (signposted) {
        if (current) out.push(current);
        current = null;
        return;
      }
      // A request in the passive is one unless a sentence after it in its paragraph asks outright
      // (then it is the point the request makes: "Civil society must be involved. We propose that…").
      // Nor after a lead-in with a colon: its requests are the paragraphs it governs. Nor right after a
      // request, which it goes on (below).
      // Round 21: nor right after a sentence that announces a reason ("The officers told us why.", "Voici pourquoi.",
      // "La razón es sencilla."): what follows says how things stand ("The forms must be stamped twice, …").
      const explained = n > 0 && EXPLAINS.test(fold(parts[n - 1]!).trim());
      // Round 31: unless the first such sentence adds to it ("… should be treated as victims. We also call for…": `ADDITIVE`).
      const outright = strong.findIndex((b, k) => b && k > n);
      // Round 36: also a request with "be" and a word of access ("Hearings by video, which …, ought to be open to them too":
      // `OPEN_TO`), and one whose subject a clause of when names first ("When a child testifies, he needs to be told
      // …": `WHEN_THEN_ASKED`).
      // Round 36: nor when it opens as a point counted in English ("First, … should be paid …", `COUNTED_POINT`): one point
      // of several, not the point a later request makes.
      // Round 39: nor for a body named with a relative clause and a modal (`ACTOR_WHO_39`): a request of its own, first in its run.
      const opened = OPEN_TO.test(unaside(withoutRelative(fold(bare)))) || WHEN_THEN_ASKED.test(fold(bare));
      const who39 = ACTOR_WHO_39.test(fold(bare));
      const passive = !everAnnounced && current === null && !explained && (PASSIVE.test(unaside(fold(bare))) || ACTING.test(fold(bare)) || opened || frontedPassive(fold(bare)) || who39) && (outright < 0 || ADDITIVE.test(fold(parts[outright]!)) || COUNTED_POINT.test(fold(bare)) || who39);
      // Right after a request, a request in the passive with a subject of its own ("We ask the
      // ministries to open a hotline. Complaints should be answered within a week.") is a second
      // request, not the first going on (in the active, "Inspectors should visit them…", it goes on
      // asking the same thing); one that points back ("Such a hotline should be…", or the
      // bare noun of the request again: "…to hire mediators. Mediators should be paid by the State.") goes on it.
      // Round 28: also a subject set apart by a pronoun or "for their part" with a modal ("Les enquêtes, elles,
      // devraient…", "Las fiscalías, por su parte, deberían…", "The banks, for their part, should…"): a new topic.
      // Round 31: also what someone should be able to do (`ENTITLED`), and a sanction added by "and whoever" (`AND_WHOEVER`).
      // Round 36: also a new case with its determiner and a conditional modal ("Un enfant qui revient devrait …", `ONE_OF_THEM`).
      // Round 57: also a further request said to be one, a new case after "and", an impersonal duty, "moreover" (`FURTHER_ASK_57`).
      // Round 59: also what should be made possible for someone, or a seat asked for people named (`furtherAsk59`).
      // Round 62: also a request in the passive after a clause of when or if (`FRONTED`; not in the active: blind 8 m05).
      // Round 63: also a further ask in the negative, its subject named ("Nor should the help … stop …", `NOR_SHOULD_63`).
      // Round 64: also each one of a kind as the subject, a modal and "also" ("Every crew member must, also, …", `EACH_ALSO_64`), and
      // a further rule said impersonally ("It must also be possible for …", `IT_ALSO_64`), or a request opened by "Equally,"
      // with a subject of its own (`EQUALLY_64`).
      const another = current !== null && !DEMONSTRATIVE.test(fold(bare)) && (((PASSIVE.test(unaside(fold(bare))) || opened || PASSIVE.test(unaside(fold(bare).replace(LEADING_CONNECTIVE, "").replace(FRONTED, "")))) && !repeats(fold(bare), fold(current))) || ((CONTRASTED.test(fold(bare)) || SET_APART_TOO.test(fold(bare))) && MODAL.test(fold(bare))) || (ENTITLED.test(fold(bare)) && !repeats(fold(bare), fold(current))) || AND_WHOEVER.test(fold(bare)) || (AND_ANOTHER.test(fold(bare)) && !repeats(fold(bare).replace(/^and /, ""), fold(current))) || ONE_OF_THEM.test(fold(bare)) || FURTHER_ASK_57.test(fold(bare)) || furtherAsk59(fold(bare)) || NOR_SHOULD_63.test(fold(bare)) || EACH_ALSO_64.test(fold(bare)) || IT_ALSO_64.test(fold(bare)) || EQUALLY_64.test(fold(bare)));
      // Round 39: also a request of its own that says it adds one, a body or people as its subject ("… would save lives.
      // Investigators should also look at …", "Les juges devraient aussi …", "Los fiscales deberían también …": `ALSO_ANOTHER`).
      const added39 = current !== null && ALSO_ANOTHER.test(fold(bare)) && !repeats(fold(bare), fold(current));
      // Round 40: also a body named anew as the subject, with a modal ("… . The port authority should keep a register …", "Los
      // inspectores de trabajo deberían …", "And the countries where … must share …": `ANOTHER_BODY_40`), or a further belief
      // with a modal ("Pensamos, además, que …", "We also think that … should …": `ALSO_BELIEVED_40`): a request of its own.
      const another40 = current !== null && (anotherAfterWhen45(fold(bare), fold(current)) || bareBody64(fold(bare), fold(current)) || (ANOTHER_BODY_40.test(fold(bare)) && (BODY_40.test(fold(bare).split(MODAL)[0] ?? "") || /^(?:and|et|y),? /.test(fold(bare))) && !named40(fold(bare), fold(current))) || (ALSO_BELIEVED_40.test(fold(bare)) && MODAL.test(fold(bare))));
      // Round 41: also people or a body named bare, in the plural, with a clause of who they are and a modal ("… . Recruiters
      // who charge a fee must lose their licence.", "Les agents qui …, doivent …"), its head not in the request before nor
      // pointing back ("Officers who take such reports should …" goes on it, round 20): `WHO_ANOTHER_41`.
      const another41 = current !== null && WHO_ANOTHER_41.test(fold(bare)) && !/\b(?:such|these|those|them|tales|esos|esas|estos|estas|ces|tels|telles)\b/.test(fold(bare).split(MODAL)[0] ?? "") && !named41(fold(bare), fold(current));
      // "Finally, border posts should be…", "Enfin, les communes devraient…": a sentence that
      // says it is the next (or last) point and asks with a modal is a request of its own, not the previous one going on.
      const next = current !== null && (NEXT_POINT.test(fold(bare)) || ABOVE_ALL.test(fold(bare))) && (PASSIVE.test(fold(bare)) || MODAL.test(fold(bare)));
      // Round 45: or what someone should have, said to be the last point ("Finally, domestic workers must have a way to complain …",
      // `OWNING_MODAL_45`), its subject named (not "they must have a contact …", a guess): a request, even with none before it.
      const owned45 = NEXT_POINT.test(fold(bare)) && OWNING_MODAL_45.test(fold(bare).split(/[;:]/)[0]!) && !/^[^,]+, (?:it|they|he|she|we|i|you|this|that|there|one)\b/.test(fold(bare));
      // Round 40: or what a body could do, said to be the last point after a request ("Finally, donors could fund …", "Enfin,
      // l'ONUDC pourrait …", "Por último, la asistencia técnica podría …").
      const next40 = (current !== null || out.length > 0) && NEXT_POINT.test(fold(bare)) && NEXT_COULD_40.test(fold(bare));
      // Taken without the word that counts it ("Enfin, les communes pourraient …" read as "les communes pourraient …").
      if (next40) s = s.replace(/^\s*([^,]{3,25}),\s*/u, (m, w: string) => (NEXT_POINT.test(`${fold(w)},`) ? "" : m));
      // "We have two requests of governments.": it announces the requests that follow; it is not one.
      // "In short, we ask for two things: …", "En résumé, …", "En resumen, …" after requests: it sums them up again.
      // Round 28: "We say this to the river agencies.": it announces, with a full stop, the requests after it, as a count does.
      // Round 31: "What we ask for is this.", "What we would ask of donors is modest." (`ASKS_NEXT`), as a count.
      if (countsRequests(fold(bare).trim()) || SAY_THIS.test(fold(bare).trim()) || ASKS_NEXT.test(fold(bare).trim()) || (SUMMING.test(fold(bare)) && (out.length > 0 || current !== null))) {
        if (current) out.push(current);
        current = null;
        counted = countsRequests(fold(bare).trim()) || SAY_THIS.test(fold(bare).trim()) || ASKS_NEXT.test(fold(bare).trim());
        // Round 28: a count in words followed by exactly as many sentences, closing the paragraph ("Two implications follow."
        // and two sentences): each is one of them, whether or not it asks in a form read here; not when one of them is a short
        // sentence that asks nothing ("The second concerns the agency.": a signpost, so the count and the sentences differ).
        const after = parts.slice(n + 1);
        exact = counted && /\b(?:two|three|four|five|six|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|seis)\b/.test(fold(bare)) && howMany(fold(bare)) === after.length && after.every((p) => asks(p) || (p.match(/\p{L}+/gu) ?? []).length >= 10);
        return;
      }
      const body = current === null && BODY_ASKED.test(fold(bare));
      // Round 26: a wish put as a condition ("If the permits could be issued…, a fisher would…"), or
      // help a body could give (`COULD_BE_GIVEN`, not right after a request, which it goes on): a
      // request of its own, but weak (not one that makes the passive request before it the point it makes).
      const wish = COULD_BE.test(fold(bare)) || (current === null && COULD_BE_GIVEN.test(fold(bare)));
      // Round 22: a run-in label that counts the speaker's points ("Our first point: prosecutors should…"): the request is what follows it.
      // Round 31: or the question after a label that announces it (`questionAsked`): the request is the question.
      // Round 34: or after a lead-in that says how plainly it is put (`plainlyAsked`), or a long one of the speaker's view (`believedAsk`).
      // Round 35: or after the speaker's leave asked for one more word (`leaveAsked`).
      const believed = believedAsk(bare);
      const point = pointAsked(bare) ?? questionAsked(bare) ?? leaveAsked(bare) ?? plainlyAsked(bare) ?? (believed?.long ? believed.rest : null) ?? pressed[n] ?? afterLeadColon69(bare) ?? null;
      if (point !== null) s = point;
      // Round 30: more thanks to come (`GRATEFUL_STILL`): the request is the clause from "and we would be … grateful if", without the thanks before it.
      if (GRATEFUL_STILL.test(fold(bare))) {
        const at = s.search(/\band (?:we|I) would (?:[\p{L}]+ ){0,3}?be (?:[\p{L}]+ ){0,3}?more (?:grateful|thankful|obliged)\b/iu);
        if (at > 0) s = s.slice(at);
      }
      // After "We have two requests." in the same paragraph, each sentence that asks is one ("D'abord, que les communes…").
      const listed = counted && (exact || asks(fold(bare).replace(LEADING_CONNECTIVE, "")) || RANKED_66.test(fold(bare)));
      // Round 28: a hope about what was just thanked for ("We thank the council for its new clinic. We hope it will add…"; `HOPE_AFTER_THANKS`).
      const hoped = n > 0 && THANKS.test(fold(parts[n - 1]!)) && HOPE_AFTER_THANKS.test(fold(bare));
      // Round 20: the first sentence of a paragraph after one that counted the requests, unless a
      // later sentence of the paragraph asks by itself (then the first is its title: "Mark the
      // boxes. States should…"); a clause that finishes the counting sentence ("D'abord, que…") is
      // taken without its connective.
      const opener = LEADING_CONNECTIVE.exec(foldLetters(bare))?.[0] ?? "";
      const unled = bare.slice(opener.length);
      const counted2 = counting > 0 && n === 0 && current === null && (asks(unled) || RANKED_66.test(fold(bare))) && !strong.slice(1).some(Boolean);
      if (counted2 && opener && /^(?:que|qu'|that|to)\s?\p{Ll}/u.test(unled)) s = unled;
      // Round 18: after the lead-in, a paragraph that finishes it with "to"/"à" and a verb ("We ask States:" then "to fund…").
      const finishing = led && n === 0 && /^(?:to|a) /.test(fold(bare)) && asks(bare.replace(/^\s*(?:to|à|a)\s+/i, ""));
      // Round 19: what others said in the debate ("Many delegations said that … should be …") is
      // no request, nor part of the one before it.
      if (OTHERS_SAID.test(fold(bare))) {
        if (current) out.push(current);
        current = null;
        return;
      }
      // Round 31: what a body could do, when another sentence of the paragraph asks (`couldAsk`).
      // Round 33: or, with "also", after a request read before it in the statement (`couldAlso`).
      // Round 59: or what a body could do, after a concession to the difficulty just told ("Even so, the inspectorate and the
      // police could go out …", `CONCEDED_COULD_59`).
      // Round 60: or "perhaps" and "too" with a modal, after a request (`PERHAPS_TOO_60`).
      const hedged = CONCEDED_COULD_59.test(fold(bare)) && COULD_BODY.test(fold(bare).replace(CONCEDED_COULD_59, "")) || (current !== null && PERHAPS_TOO_60.test(fold(bare))) || (couldAlso(bare) && (out.length > 0 || current !== null || strong.slice(0, n).some(Boolean))) || couldAsk(bare) && parts.some((p, k) => k !== n && (strong[k] || PASSIVE.test(unaside(fold(p))) || ACTING.test(fold(p)) || BODY_ASKED.test(fold(p))));
      // Round 41: a body that could help, fund or train, or people who need a thing a body can give (`couldHelp41`, `NEEDS_41`):
      // a request, but weak, as round 31's `hedged` (not one that makes a passive request before it the point it makes).
      const weak41 = couldHelp41(fold(bare)) || NEEDS_41.test(fold(bare)) || fold(bare).split(/\s*;\s+/).slice(1).some((c) => NEEDS_41.test(c));
      if ((strong[n] || passive || next || next40 || owned45 || another || another40 || another41 || weak41 || added39 || body || wish || listed || pointed || hoped || counted2 || hedged || (led && n === 0 && asks(s)) || finishing) && !RESTATES.test(fold(bare)) && !TOLD_NOT_ASKED_39.test(fold(bare))) {
        if (current) out.push(current);
        // Round 19: a run-in title in the imperative opening the paragraph ("Light the quays. Harbour
        // offices should …") is part of the request it heads: it is in the request's paragraph.
        current = n === 1 && current === null && runInTitle(parts[0]!) ? `${parts[0]!.trim()} ${s}` : s;
        took = true;
      } else if (current !== null && goesOn(bare)) {
        // Round 43: a sentence that asks with a modal of its own, its subject a body or a thing named anew (not "it",
        // "they", "this"), is a request of its own, not the one before it going on (`ownModal43`); not under a run-in title
        // in the imperative ("Secure the stages. Harbour offices should …": round 19), which heads it.
        if ((ownModal43(bare, current) || colonModal46(bare, current)) && !(n === 1 && runInTitle(parts[0]!))) (out.push(current), (current = s), (took = true));
        else current += ` ${s}`;
      } else if (current !== null) (out.push(current), (current = null));
    });
    if (current) out.push(current);
    signposted &&= signpost(fold(parts.at(-1) ?? "").trim());
    nextStep &&= signposted;
    const closing = fold(parts.at(-1)?.trim() ?? "");
    if (/\.$/.test(closing) && (countsRequests(closing) || SAY_THIS.test(closing) || ASKS_NEXT.test(closing))) ahead = howMany(closing);
    else if (counting > 1 && took) ahead = counting - 1;
    if (leadAt >= 0 && led && took) out.splice(leadAt, 1);
    leadAt = parts.length === 1 && took && /:$/.test(parts[0]!.trim()) ? out.length - 1 : -1;
    const last = parts.at(-1)?.trim() ?? "";
    // Round 23: or a heading alone in its paragraph that names what follows as the requests ("What we
    // ask", "PANEL 4 – Our recommendations", "Ce que nous demandons", "Lo que pedimos"): the
    // paragraphs below it that open by asking are the requests, as after a lead-in with a colon.
    announced = (/:$/.test(last) && LEAD_IN.test(fold(last))) || (led && took) || (parts.length === 1 && !took && ASKS_HEADING.test(fold(last)));
    everAnnounced ||= announced;
  }
  return out.flatMap((t) => (pressedAll.some((p) => p !== null && t.startsWith(p)) ? pressTwo69(t) : [t])).flatMap(twoAsks).map((s) => tidy(s, null));
}

/**
 * Round 36: a sentence of two requests joined by a semicolon, the first with a modal ("A worker who comes home should be
 * able to claim …;"), the second a request of the speaker's own that opens its clause ("it seems only fair to us that the
 * consulates …", "we also ask that …"): two proposals, the semicolon kept with the first. Not a clause that gives a reason or
 * an example ("…; this would …", "…; in 2021 …"), which is no request of its own.
 */
/**
 * Round 69: in a press release, a reported clause of two requests, each with a subject and a modal of its own ("She added that
 * court monitors … should be protected …, and that States should publish …"): two proposals, "and that" left out. Only there:
 * in a speaker's own prose "…, and that record should …" is a determiner and "We believe that …, and that …" one request.
 */
function pressTwo69(sentence: string): string[] {
  const and = /,\s+(?:and|et|y) (?:that|que|qu['’])\s*/iu.exec(sentence);
  if (!and) return [sentence];
  const head = fold(sentence.slice(0, and.index));
  const rest = sentence.slice(and.index + and[0].length);
  // (Not a clause whose subject points back, "…, and that any pressure on them must …": the same request going on.)
  const subject = /^((?:[\p{L}'-]+,? ){1,8}?)(?:should|must|ought to|devraient|doivent|deberian|deben)\b/u.exec(fold(rest));
  if (!PROPOSING.test(head) && (head.match(/\p{L}+/gu) ?? []).length >= 6 && PRESS_MODAL.test(head.replace(RELATIVE_MODAL, " ")) && subject && !/\b(?:it|its|they|them|their|he|she|we|i|such|those|these|il|ils|elle|elles|eux|leur|leurs|nous|ellos|ellas|sus?)\b/.test(subject[1]!)) return [sentence.slice(0, and.index) + ".", rest];
  return [sentence];
}
function twoAsks(sentence: string): string[] {
  const at = sentence.search(/;\s+(?=\p{Ll})/u);
  if (at < 0) return [sentence];
  const before = sentence.slice(0, at + 1);
  const after = sentence.slice(at + 1).trim();
  const b = fold(before);
  if ((b.match(/\p{L}+/gu) ?? []).length < 6) return [sentence];
  // Round 69: in French and Spanish too, a request the speaker makes before the semicolon (its clause after a colon read
  // alone: « … : nous plaidons pour que … ; ») and one that opens the clause after it in a form of its own, a duty given to a
  // body or the speaker asking ("…; corresponde también a las autoridades abrir …", « … ; il reviendrait aux juges de … »).
  if (proposesIn69(b) && freshAsk69(after)) return [before, after];
  // English only: an English modal before, the speaker ("we", "I") or "it" opening the clause after.
  if (!/\b(?:should|must|ought to|needs? to)\b/.test(b.replace(RELATIVE_MODAL, " "))) return [sentence];
  return /^(?:it|we|i)\b/.test(fold(after)) && PROPOSING.test(fold(after)) ? [before, after] : [sentence];
}

/** Round 69: the clause proposes, read whole or from a colon that sets a lead-in apart (« C'est pourquoi …  : nous demandons … »). */
function proposesIn69(folded: string): boolean {
  return PROPOSING.test(folded) || folded.split(/:\s+/).slice(1).some((c) => PROPOSING.test(c));
}
/**
 * Round 69: a clause that asks afresh by its own frame, in the three languages: a duty given to a body (« il reviendrait aux
 * … de », "corresponde a los … + infinitive", "it would be for the … to"), or the speaker asking ("we ask …", « nous
 * demandons … », "pedimos …"); not a bare wish in "that"/"que", which goes on the verb of asking before it.
 */
function freshAsk69(clause: string): boolean {
  const f = fold(clause).replace(/^(?:and|et|y|e)\s+/, "");
  if (/^(?:that|que|qu'|to|a|de|d')\b/.test(f)) return false;
  return /^(?:(?:we|i|nous|je|j')\b|il (?:(?:leur|nous) )?(?:appartien|incomb|revien|reviendrait|appartiendrait|incomberait)|(?:le |les |la |a |al |a los |a las )?(?:corresponde|compete|incumbe|toca|corresponderia|competeria|incumbiria|tocaria)\b|it (?:is|would be) (?:(?:also|therefore|then) )*(?:up to|for)\b|(?:pedimos|solicitamos|proponemos|recomendamos|instamos|exhortamos|exigimos|abogamos|esperamos|queremos|quisieramos|sugerimos|planteamos)\b)/.test(f) && PROPOSING.test(f);
}

/**
 * Round 46 (blind sets 44 and 45 used for development): a request, then ", and" or "; and" ("et", "y") and a second one the
 * speaker makes outright, a belief or "it" first ("…, and we think the coastal States should …", "…; and it would help a great
 * deal if …", "…, et il faudrait que …"): two proposals, the "and" left out, whether the rules or the learned classifier
 * (`withRequests`) read the sentence. Only when the clause before proposes (`PROPOSING`, `MAKES_A_DIFFERENCE`,
 * `BELIEVED_DONE`) or has a modal outside a relative clause; not what people need said as the subject (`NEED_CLEFT`):
 * "What they need most is …, and we hope the donors will fund it" is one request, its hope about the same thing. Not a
 * verb of asking after the "and" ("…, and we would ask that …", "…, and we encourage the ministries to agree on this"),
 * nor a second wish in "that" ("We ask that …, and that …"): older sets label such sentences as one request.
 */
const AND_SPEAKER_46 = /[,;]\s+(?:and|et|y)\s+(?=(?:it|il|(?:we|i) (?:also )?(?:think|believe|feel|consider)|(?:nous|je) (?:pensons|croyons|estimons|pense|crois|estime)|creemos|pensamos|consideramos|nos parece)\b)/giu;
function andAsked46(proposal: string): string[] {
  for (const m of proposal.matchAll(AND_SPEAKER_46)) {
    const before = proposal.slice(0, m.index);
    const after = proposal.slice(m.index + m[0].length);
    if ((before.match(/\p{L}+/gu) ?? []).length < 6 || !strongly(after, false)) continue;
    if (NEED_CLEFT.test(fold(before))) break;
    if (proposesIn69(fold(before)) || MAKES_A_DIFFERENCE.test(fold(before)) || BELIEVED_DONE.test(fold(before)) || MODAL.test(fold(before).replace(RELATIVE_MODAL, " "))) return [before, after];
  }
  return [proposal];
}

/**
 * A request, then ", and" and a new case put with an indefinite subject and a modal ("Inspectors should be let into the
 * homes that employ live-in workers, as they are into factories, and a worker found there should get a visa of her own.",
 * "…, et une employée trouvée là devrait recevoir …", "…, y una trabajadora hallada allí debería recibir …"): two
 * proposals, the "and" left out, when the clause before has a modal outside a relative clause. Not "the" or a pronoun
 * after the "and" (the same case going on: "…, and the inspectors should also …" stays whole), nor "every" or a passive
 * ("…, and every missing rifle should be reported …"): older sets label such a sentence as one request.
 */
const AND_NEW_CASE = /,\s+(?:and|et|y)\s+(?=(?:a|an|un|une|una) [\p{L}-]+ [^,;]{0,80}?(?:should|must|ought to|devrait|doit|deber[ií]a|debe) (?:(?:also|aussi|tambi[eé]n) )?(?!(?:be|have|[eê]tre|avoir|ser|estar|haber)\b)\p{L}{2,})/giu;
function andNewCase(proposal: string): string[] {
  for (const m of proposal.matchAll(AND_NEW_CASE)) {
    const before = proposal.slice(0, m.index);
    if ((before.match(/\p{L}+/gu) ?? []).length < 8 || !MODAL.test(fold(before).replace(RELATIVE_MODAL, " "))) continue;
    return [before, proposal.slice(m.index + m[0].length)];
  }
  return [proposal];
}

/**
 * Round 23: a heading that names the requests below it, without a colon: "What we ask", "What we are
 * asking for", "Our recommendations", "Key recommendations", "Ce que nous demandons", "Nos
 * recommandations", "Lo que pedimos", "Nuestras propuestas"; after a label of its own ("PANEL 4 –",
 * "Part III.", "4.3", "Section 2:"). Read on the folded line, 70 characters at most.
 * Round 38: also a heading that says where help would matter most ("Where help would matter most", "Où l'aide
 * serait le plus utile", "Donde la ayuda haría más falta"): the list below it is what is asked.
 */
const ASKS_HEADING =
  /^(?=.{3,70}$)(?:(?:(?:panel|part|section|chapter|slide|box|sheet|step|panneau|partie|chapitre|encadre|etape|seccion|parte|capitulo|lamina|recuadro|paso) )?(?:\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4}|[a-h])\.?\s*(?:[–—:.-]\s*)?)?(?:what (?:we|i) (?:ask|are asking(?: for)?|want|propose|recommend|call for|request|need)(?: (?:of|from) [\p{L}' -]{2,40})?|(?:our|my) (?:(?:main|key|three|two|four|five) )?(?:asks|requests|recommendations|proposals|demands|calls)|(?:key |main )?recommendations|ce que nous (?:demandons|proposons|recommandons|voulons|attendons)(?: (?:de|des|du|a|aux) [\p{L}' -]{2,40})?|nos (?:(?:principales|trois|deux|quatre|cinq) )?(?:demandes|recommandations|propositions|revendications)|(?:principales )?recommandations|lo que (?:pedimos|proponemos|queremos|recomendamos|solicitamos)(?: (?:a|al|a los|a las) [\p{L}' -]{2,40})?|nuestras (?:(?:principales|tres|dos|cuatro|cinco) )?(?:peticiones|propuestas|recomendaciones|demandas)|recomendaciones|where (?:(?:technical |your |donor |more )?(?:assistance|support|help|aid|funding|money)) (?:would|could|can|will) (?:matter|help|count|make (?:a|the) difference) most|(?:la )?ou (?:l'aide|l'assistance|le soutien|l'appui|les fonds) (?:serai(?:t|ent)|compterai(?:t|ent)) le plus(?: utiles?)?|(?:alli )?donde (?:la ayuda|la asistencia|el apoyo|los fondos) (?:haria|harian|serviria|servirian|contaria|contarian) (?:mas|mas falta))$/u;

/**
 * Round 34: a lead-in that says how plainly the speaker will put it, closed by a colon ("If we may put our thinking
 * simply: …", "To put it plainly: …", "Put simply: …", "In short: …", "Pour le dire simplement : …", "En clair : …",
 * "Dicho de forma sencilla: …", "En pocas palabras: …"): when what follows asks, as after a point's label
 * (`pointAsked`), it is the request without the lead-in. Gives the request, or null.
 */
const PLAINLY_LABEL =
  /^(?:(?:and|so|et|donc|y|asi que),? )?(?:(?:if (?:i|we) may |let (?:me|us) |to )?put (?:it|this|our (?:thinking|view|point|case|position)|my (?:thinking|view|point)) (?:(?:very|quite) )?(?:simply|plainly|briefly|bluntly|shortly|clearly)|(?:put|said) (?:simply|plainly|briefly|bluntly)|simply put|in short|in a word|in a nutshell|pour (?:le dire|dire les choses) (?:(?:tres|plus) )?(?:simplement|clairement|franchement|brievement)|en clair|en bref|en un mot|dicho (?:de (?:forma|manera|modo) )?(?:sencill[oa]|simple|claro|breve)|(?:para )?decirlo (?:(?:de (?:forma|manera|modo) )?(?:sencill[oa]|simple|clar[oa]|breve)|sencillamente|claramente|brevemente)|en pocas palabras|en resumidas cuentas)\s*:\s*(?=\S)/;
/**
 * Round 34: an answer that counts what it asks, each wish in "que" after an ordinal ("Lo primero, que informen …", "Lo
 * segundo, que se escaneen …", "Premièrement, que les communes …"): a request, as the same wish is after an earlier one
 * (`WISH_GOING_ON`, which also reads the rest of the sentence).
 */
const ORDINAL_WISH = /^(?:lo (?:primero|segundo|tercero|cuarto|quinto|ultimo)|en (?:primer|segundo|tercer|cuarto|ultimo) lugar|premierement|deuxiemement|troisiemement|en premier lieu|en second lieu)\s*,\s/;
const ordinalWish = (f: string) => {
  const g = f.replace(/^(?:respuesta|reponse|answer)\s*:\s*/, "");
  return ORDINAL_WISH.test(g) && WISH_GOING_ON(g);
};
function plainlyAsked(sentence: string): string | null {
  const label = PLAINLY_LABEL.exec(foldLetters(sentence));
  if (!label) return null;
  const rest = sentence.slice(label[0].length).trim();
  const f = fold(rest);
  return rest.length >= 20 && (PROPOSING.test(f) || PASSIVE.test(unaside(f)) || BODY_ASKED.test(f) || OPENING_VERB.test(f) || MODAL.test(f.replace(RELATIVE_MODAL, " "))) && !/^(?:i|we|you|it|this|that|there|he|she|they|je|nous|vous|il|elle|on|ce|cela|yo|nosotros|esto|eso)\b/.test(f) ? rest : null;
}

/**
 * Round 35: what people or a group deserve or have earned, said of them as a right to be met ("Widows of rangers deserve
 * a pension that arrives on time.", "The village watch groups have earned a place in the planning.", "Les survivantes
 * méritent un logement sûr.", "Los defensores merecen la misma protección que un testigo."): a request.
 * Round 57: also in the conditional, an adverb after it ("… mériteraient enfin une enquête", "… merecerían …", "… would deserve …").
 * A noun group as the subject (no pronoun), the present, and something named after the verb: not "… deserve better.", "… deserve no
 * less.", "… deserve our thanks.", "… deserved more." (the past), nor a question; nor what is worth saying ("… deserves to be stressed", "… mérite d'être souligné", "merece la pena").
 */
const DESERVED =
  /^(?:(?:and|but|so|et|mais|y|pero),? )?(?!(?:i|we|you|it|this|that|they|he|she|there|everyone|everybody|nobody|no one|je|nous|vous|il|elle|ils|elles|on|cela|ceci|yo|nosotros|ustedes|ellos|ellas|esto|eso|todos|todo el mundo|nadie)\b)(?:[\p{L}'-]+,? ){1,24}?(?:deserves?|ha(?:ve|s) (?:surely |long |more than )?earned|merit(?:e|ent|erait|eraient)|merecen?|merecerian?|would (?:surely )?deserve) (?:(?:enfin|aussi|egalement|en outre|par ailleurs|surely|also|finally|at last|tambien|ademas|por fin|sin duda),? )?(?!(?:no|not|nothing|better|more|less|much|so|our|my|your|it|this|that|them|us|all|what|everything|mieux|plus|moins|notre|nos|rien|tout|cela|mejor|mas|menos|nuestro|nuestra|nada|todo|eso|esto|la pena|(?:a |special |particular )?mention|to be (?:noted|stressed|mentioned|said|repeated|underlined|highlighted|recalled|told)|d'etre (?:souligne|note|rappele|signale|mentionne|dit|repete)e?s?|ser (?:destacad|mencionad|subrayad|recordad|dich)[oa]s?|une mention|mencion)\b)(?:a|an|the|their|its|to be|to have|to get|to receive|to know|to be heard|un|une|la|le|les|l'|d'etre|de|des|leur|leurs|son|sa|ses|el|los|las|una|ser|recibir|tener|contar|su|sus)\b[^?]*[.!]?$/u;

/**
 * A belief of the speaker's before what is asked ("We also think …", "Pensamos también que …", "Nous croyons que …"), optional
 * (`proseForm`); `BELIEF_38_LEAD` finds it at the start of a sentence.
 */
const BELIEF_38 =
  "(?:(?:we|i) (?:(?:also|really|firmly|strongly|therefore) )*(?:think|believe|feel|consider)(?: that)? |(?:nous|je) (?:(?:aussi|donc|egalement|vraiment) )*(?:pensons|croyons|estimons|pense|crois|estime) (?:(?:aussi|donc|egalement|vraiment) )*que |(?:creemos|pensamos|consideramos|creo|pienso) (?:(?:tambien|ademas|por eso) )*que )?";
const BELIEF_38_LEAD = new RegExp("^" + CONNECTIVE + BELIEF_38.slice(0, -1), "u");
/**
 * Round 39: a body named with a relative clause and a modal ("Harbour inspectors who go on board should bring …", "Les
 * inspecteurs qui montent à bord devraient …", "Los inspectores que suben a los barcos deberían …"), not right after a
 * request (round 20's "Officers who take such reports should …" goes on it): a request, also when a later sentence of its
 * paragraph asks outright.
 */
const ACTOR_WHO_39 = new RegExp(
  "^" + CONNECTIVE + OPENER + "(?:the |les |los |las |la |le |el |l')?(?:[\\p{L}'-]+ ){0,2}" + ACTOR + " (?:who|that|qui|que) (?:(?!(?:should|must|would|could|will|shall|may|might|ought|said|says|told|think|believe|that|whether|if|because|devr\\p{L}*|doi\\p{L}*|doivent|pourr\\p{L}*|deb\\p{L}*|podr\\p{L}*|dit|disent|pensent|dicen|dijeron|creen|si|parce|porque)\\b)[\\p{L}'-]+,? ){1,10}(?:should|ought to|devraient|devrait|deberian|deberia) (?:(?:also|always|aussi|egalement|toujours|tambien|siempre|ademas) )?(?!(?:have|be|avoir|etre|haber|ser|estar|know|savoir|saber)\\b)\\p{L}{2,}",
  "u",
);
/**
 * Round 39: a word set into a frame of asking, left out before the frame is read again (`PROPOSING`, `READ_AGAIN_FORMS`): an adverb
 * that adds ("Il serait utile aussi que …", "Il nous paraît indispensable, en outre, que …", "Il est temps, aussi, que …"),
 * one of manner after a verb of proposing ("Let us suggest, modestly, that …"), a degree word before the adjective ("Sería muy
 * útil que …", "Il serait vraiment utile que …").
 * Round 48: also a word that says it is the last point ("Il serait juste, enfin, que …", "It would be fair, finally, that …").
 * Round 51: also an adverb that adds, between the conditional and what it would be ("It would also be right for the guilds to
 * …", "Sería además útil que …", "Il serait donc utile que …").
 */
function uninserted(f: string): string {
  return f
    .replace(/^((?:(?:and|so|but|et|mais|y|pero),? )?(?:(?:it|this) would|(?:ce|cela|il) serait|seria)) (?:also|too|surely|certainly|therefore|equally|aussi|egalement|donc|certainement|tambien|ademas|asimismo|igualmente|entonces) (?=\p{L})/u, "$1 ")
    .replace(/^([^,.;:?]{3,60}?),? (?:also|too|moreover|furthermore|finally|lastly|aussi|egalement|en outre|de plus|par ailleurs|enfin|finalement|tambien|ademas|asimismo|por otra parte|por ultimo|finalmente|modestly|humbly|respectfully|simply|gently|once again|again|modestement|humblement|respectueusement|simplement|encore une fois|modestamente|humildemente|respetuosamente|simplemente|una vez mas|de nuevo)(?:,| (?=(?:que|qu'|that)\b))\s*/, "$1 ")
    .replace(/^([^,.;:?]{3,40}?) (?:muy|sumamente|realmente|verdaderamente|tres|vraiment|bien|particulierement|very|really|truly|particularly|especially|extremely) (?=(?:utile|util|importante?|necessaire|necesari[oa]|indispensable|imprescindible|urgente?|essentiel|esencial|souhaitable|deseable|useful|important|necessary|essential|justo|juste)\b)/, "$1 ");
}
/**
 * Round 39: sentences that look like requests and tell how things stand or ask nothing of anyone:
 * - what a law or a text already says ("The Wildlife Act says that each permit must be renewed …", "La loi dispose que
 *   …", "La ley establece que …"): the present, with no request of the speaker's in the sentence; round 45: also "it" or
 *   "elle" standing for the text named just before ("Our labour code is sound. It says plainly that every recruiter must …");
 * - a question with "we ask" set off by commas ("Who, we ask, will walk …?", "¿Quién, nos preguntamos, …?"): a rhetorical one.
 */
const TOLD_NOT_ASKED_39 = new RegExp(
  "^" + CONNECTIVE + OPENER + "(?:" +
    "(?:(?:(?:our|the|its|their|this|that|national|current|notre|leur|la|le|l'|cette|ce|nuestra|nuestro|su|la|el|esta|este) ?)?(?:[\\p{L}'-]+ ){0,6}?(?:act|law|constitution|code|article|section|regulation|decree|statute|protocol|convention|treaty|loi|decret|reglement|protocole|traite|ley|constitucion|codigo|articulo|decreto|reglamento|norma|protocolo|convencion|tratado)(?: [^,.;:?]{1,60}?)?|it|elle) (?:already |clearly |explicitly |plainly |deja |ya |claramente )?(?:says|states|provides|requires|stipulates|prescribes|dit|dispose|prevoit|exige|stipule|dice|dispone|establece|exige|estipula|preve)(?: clearly| explicitly| plainly| deja| ya| clairement| expressement| explicitement| claramente| expresamente| explicitamente)? (?:that|que|qu')\\b(?![^.;]*\\b(?:(?:we|i) (?:(?:also|therefore|now) )?(?:ask|urge|call|recommend|propose|request)|(?:nous|je) (?:demandons|recommandons|proposons|appelons|exhortons)|(?:pedimos|recomendamos|proponemos|instamos|solicitamos))\\b)" +
    "|(?:who|what|how|why|where|when|which|qui|que|quoi|comment|pourquoi|ou|quand|quien|quienes|como|por que|donde|cuando),? (?:we|i|nous|je|nos|me) (?:ask|wonder|might ask|would ask|demandons-nous|demande-je|preguntamos|pregunto)(?: you| ourselves)?, [^?]*\\?$" +
    // Round 60: what the meeting's organisers or readers are asked about the statement or the speaker's turn, not the matter
    // ("Please share this note with your members", "We ask to move our slot to the afternoon", « déplacer notre créneau »).
    "|(?:please,? )?(?:share|circulate|forward|distribute|pass on)(?: (?:it|this|these|our|the attached|the enclosed) (?:[\\p{L}-]+ )?(?:statement|letter|note|submission|document|text|remarks|paper|contribution)s?)? with (?:your|our|the) (?:colleagues|members|team|staff|delegations?|network|partners|room|participants)\\b" +
    "|(?=[^?]*\\b(?:(?:our|my|the) (?:speaking )?(?:slot|time slot|turn to speak|speaking time)|(?:notre|mon|le) (?:creneau|tour de parole|temps de parole)|(?:nuestro|mi|el) (?:turno|espacio|tiempo) de (?:palabra|intervencion))\\b)" +
    ")",
  "u",
);
/**
 * Round 43: the English hope that a body will act, the body named by its kind ("We also hope the donors will fund
 * the shelters", "I hope that the national authorities will publish …"), as `HOPE_FOR_NAMED_EN` for named ones; not a
 * hope about how a body will be or feel ("… will be generous", "… will understand"), nor about what a meeting will look at
 * or discuss ("… will consider the matter in its future work": round 17), though "… will consider funding …" asks.
 * Round 48: a body's looking into who, how or where ("We hope too that transit States will look at who pays for the crossings …")
 * asks it to find out, as "investigate" does; not a look at the matter. States named by where they stand on a route too
 * ("coastal", "transit", "exporting" …).
 */
const HOPE_FOR_ACTOR_43 = new RegExp(
  "^(?:(?:and|so|also|finally|lastly),? )?(?:we|i) (?:(?:also|sincerely|very much|therefore|still|really|do|further) )*hope (?:that )?(?:the |all |our |every )?(?:(?:national|local|regional|international|relevant|competent|other|coastal|neighbouring|neighboring|transit|source|destination|exporting|importing|flag|port) )?" +
    ACTOR +
    " (?:will|would|can|could) (?:(?:also|now|soon|finally|at last|one day) )?(?!(?:be|feel|recover|get|enjoy|understand|forgive|remember|like|see|have|agree|come|listen|hear|succeed|continue|do (?:its|their) best|take (?:note|notice)|take up|look(?! (?:at|into) (?:who|how|where|why|whether)\\b)|discuss|examine|debate|reflect|think|keep|bear|return|turn|consider (?!\\p{L}+ing\\b))\\b)\\p{L}{2,}",
  "u",
);
/**
 * Round 64: a sentence opened by a word that puts it beside the one before ("Equally, an order to freeze the account should be
 * possible …", « De même, les communes devraient … », "Del mismo modo, los puertos deberían …"), a subject of its own (not a
 * pronoun) and a modal: a further request, not the one before going on.
 */
const EQUALLY_64 =
  /^(?:equally|likewise|similarly|in the same way|de meme|de la meme (?:maniere|facon)|pareillement|igualmente|del mismo modo|de igual (?:modo|manera)), (?!(?:it|this|that|they|he|she|we|i|you|ce|cela|ceci|il|ils|elle|elles|nous|vous|on|esto|eso|ello|ellos|ellas|nosotros)\b)[^.;:?]{3,120}? (?:should|must|ought to|devraient|doivent|devrait|doit|deberian|deben|deberia|debe)\b/u;
/**
 * Round 64: a rule added impersonally, "also" after its modal ("It should also no longer be legal to …", "It must
 * also be possible for a deckhand to …", « Il devrait aussi être interdit de … », "También debería ser obligatorio que …"): a
 * request of its own after a request (the "it" points forward to the clause, not back to the request).
 */
const IT_ALSO_64 =
  /^(?:(?:and|et|y),? )?(?:it (?:should|must|ought to) (?:also|further|equally|likewise) (?:(?:no longer|not|never|now) )?be (?:[\p{L}-]+ ){0,1}[\p{L}-]+ (?:for|to|that)\b|il (?:devrait|doit|faudrait) (?:aussi|egalement|en outre|par ailleurs) (?:(?:ne plus|plus|desormais) )?etre (?:interdit|obligatoire|possible|illegal|permis) (?:de|d'|a|que)|(?:tambien|ademas),? (?:deberia|debe|tendria que) (?:dejar de )?ser (?:obligatorio|posible|ilegal|prohibido|legal) (?:que|para)\b)/u;
/**
 * Round 64: each one of a kind as the subject ("Every crew member must also be given …", « Chaque enfant doit aussi … »,
 * "Cada pescador debe recibir, además, …"), a modal and "also" after it or its verb: a rule of its own added after a
 * request, even when the request named the same people ("no fisherman …"; `named41` and `repeats` read that as going on).
 */
const EACH_ALSO_64 =
  /^(?:(?:and|et|y),? )?(?:each|every|cada|chaque|tout|toute) [\p{L}'-]+(?: [\p{L}'-]+){0,2} (?:should|must|ought to|needs? to|devrait|doit|deberia|debe|tiene que)(?: [\p{L}'-]+)?,? (?:also|too|as well|aussi|egalement|en outre|tambien|ademas)\b/u;
/** Round 39: a body or its officials as the subject (not a thing: "Les contrôles devraient aussi …" goes on, round 28), a conditional modal and "also" right after it. */
const ALSO_ANOTHER = new RegExp(
  "^(?:(?:and|et|y),? )?(?:(?:the|les|los|las|la|le|el|l') ?)?(?:[\\p{L}'-]+ ){0,2}(?:" + ACTOR + "|investigators?|enqueteurs|investigadores|consulates|consulats|consulados|embassies|ambassades|embajadas)(?: [\\p{L}'-]+){0,2} (?:should|ought to|devraient|devrait|deberian|deberia) (?:also|aussi|egalement|tambien|ademas) (?!(?:have|be|avoir|etre|haber|ser|estar)\\b)\\p{L}{2,}",
  "u",
);
/**
 * Round 40: right after a request, a body named anew with its article as the subject, with a modal ("The port authority
 * should keep …", "The labour office, the coast guard and the police should board …", "And the countries where … must
 * share …", "Los funcionarios de aduana deberían rotar …"): a request of its own, unless its subject's first word is
 * in the request before (`named40`: "… to hire mediators. The mediators should …" goes on) or points back.
 */
const ANOTHER_BODY_40 =
  /^(?:(?:and|et|y),? )?(?:the|les|los|las|le|la|el|l') ?(?!(?:same|latter|former|ones?|rest|others?|first|second|last|result|aim|point|idea|goal|purpose)\b)(?:(?!(?:it|its|this|that|these|those|such|them|they|who|which|if|when|because|ce|cet|cette|ces|ceux|esto|estos|esos|este|ese|qui|que|where|ou|donde|would|could|will|can|is|are|was|were|has|have)\b)[\p{L}'-]+,? ){1,10}(?:(?:who|that|where|qui|que|donde|ou) [^.;:?]{3,90}? )?(?:should|must|ought to|need to|devraient|doivent|deberian|deben|tendrian que) (?:(?:also|not|never|then|together|aussi|tambien|no) )?(?!(?:have|be|avoir|etre|haber|ser|estar|know|savoir|saber)\b)\p{L}{2,}/u;
/**
 * Round 64: in English a body named anew in the plural without an article ("Shipping lines and harbours in the region ought to
 * …", "Customs services should also …"), with a modal, right after a request: a request of its own as `ANOTHER_BODY_40` reads
 * one with its article; unless its first word is in the request before (`named40`) or a word in it points back, or an adverb
 * that goes on opens it ("Here, too, the courts should …", round 35; "Finally, …" still opens a request of its own); a body of one
 * word ("Inspectors should …") goes on, as rounds 1 and 12 read it.
 */
const ANOTHER_BARE_64 =
  /^(?:and,? )?(?!(?:the|a|an|any|all|some|many|most|no|each|every|our|their|your|its|his|her|my|we|they|it|this|that|these|those|such|there|here|now|then|so|thus|again|still|yet|instead|otherwise|if|when|where|because|while|what|who|which|only|even|also|both|either|neither|one)\b)(?:(?!(?:it|its|this|that|these|those|such|them|they|who|which|if|when|because|where|would|could|will|can|is|are|was|were|has|have|had|do|does|did)\b)[\p{L}'-]+,? ){2,10}(?:should|must|ought to|need to) (?:(?:also|not|never|then|together|now) )?(?!(?:have|be|know)\b)\p{L}{2,}/u;
function bareBody64(f: string, before: string): boolean {
  if (!ANOTHER_BARE_64.test(f) || !BODY_40.test(f.split(MODAL)[0] ?? "")) return false;
  const head = /^(?:and,? )?([\p{L}-]{4,})/u.exec(f)?.[1];
  return !!head && !new RegExp(`\\b${head}`, "u").test(before);
}
/** Round 40: a body or its officials among the words before the modal (not a thing: "Les contrôles devraient aussi …" goes on, round 28), unless "and" opens it. */
const BODY_40 = new RegExp("\\b(?:" + ACTOR + "|funcionarios|fonctionnaires|policiers|polices|policias|navy|coast guards?|marine|armada|guardacostas|garde-cotes)\\b", "u");
function named40(sentence: string, before: string): boolean {
  const head = /^(?:(?:and|et|y),? )?(?:the|les|los|las|le|la|el|l') ?([\p{L}-]{4,})/u.exec(sentence)?.[1];
  return !head || new RegExp(`\\b${head}\\b`, "u").test(before);
}
/**
 * Round 45: a body named anew after a clause of time or place that opens the sentence ("And when a boat is seized, the coast
 * guards of both States should …", "Et quand un camion passe la frontière de nuit, les polices des deux pays devraient …", "Y cuando
 * …, las policías … deberían …"): without the clause, a request of its own as `ANOTHER_BODY_40` reads it.
 * Round 48: or as `ownModal43` reads it, its subject any body or States named anew ("Once it can, Norland and Estavia should
 * trace …" after a request of other States): the "it" that points back is in the clause, not in the request.
 */
const WHEN_FIRST_45 = /^(?:(?:and|et|y),? )?(?:when|whenever|where|once|lorsque|lorsqu'|quand|la ou|cuando|donde|una vez que)\b[^,;:]{3,90}, (?=\p{L})/u;
function anotherAfterWhen45(f: string, before: string): boolean {
  const clause = WHEN_FIRST_45.exec(f);
  if (!clause) return false;
  const rest = f.slice(clause[0].length);
  return (ANOTHER_BODY_40.test(rest) && BODY_40.test(rest.split(MODAL)[0] ?? "") && !named40(rest, before)) || ownModal43(rest, before);
}
/** Round 40: a further belief of the speaker's ("We also think that …", "Pensamos, además, que …", "Nous pensons aussi que …"). */
const ALSO_BELIEVED_40 =
  /^(?:(?:and|et|y),? )?(?:(?:we|i) (?:also|further|moreover) (?:think|believe|consider|feel)(?: that)?|(?:nous|je) (?:pensons|croyons|estimons|pense|crois|estime),? (?:aussi|egalement|en outre|de plus),? (?:que|qu')|(?:pensamos|creemos|consideramos|pienso|creo),? (?:ademas|tambien|asimismo),? que)\b/u;
/** Round 40: a modal of possibility with a verb after it ("could fund", "pourrait préparer", "podría financiar"), not "could have", "could not". */
const NEXT_COULD_40 = /\b(?:could|might|pourrai(?:en)?t|podrian?) (?:(?:also|easily|simply|aussi|tambien|facilmente) )?(?!(?:not|never|have|be|ne|pas|avoir|etre|no|haber|ser)\b)\p{L}{2,}/u;
/**
 * Round 42 (blind sets 36 and 37 used for development), forms read on the folded sentence:
 * - a body that could help someone, with an aside, a measure or a bare verb between ("The ports could, through their
 *   harbour masters, help us trace …", "The valleys could help them a good deal by sending …", "could help them
 *   recover …"), as `COULD_HELP` reads the plain form; not a pronoun subject.
 * - "it is time" with its subject and no "that", in a clause of its own ("…; it is time the customs of both States
 *   shared …"): round 18's form wanted "that", "for" or "to".
 * - what would be money well spent or worth doing ("This would be money well spent to open …", "Il serait de l'argent
 *   bien dépensé de …", "Sería dinero bien gastado …").
 * - people who deserve a thing a body can give, named bare ("… deserve protection", "… méritent un soutien", "… merecen
 *   protección"), as round 37's `DESERVED` reads it with an article.
 */
const COULD_HELP_42 =
  /^(?:(?:and|also|finally|lastly|so),? )?(?!(?:it|this|that|these|those|they|he|she|we|i|you|one|nothing|none|which|who|such)\b)(?:[\p{L}'-]+,? ){1,16}?could,? (?:(?:also|easily|really|greatly|certainly) )?(?:(?:through|with|by|in|from|for|via|at) [^,.;?]{3,60}, )?help (?:them|us|her|him|(?:these|those|the|our|their|its|such) (?:[\p{L}'-]+ ){0,2}[\p{L}'-]+)(?:,? (?:a great deal|a lot|enormously|greatly|a good deal|considerably|very much))?,? (?:by [\p{L}'-]+ing|to [\p{L}]{2,}|(?!(?:and|but|if|when|because|as|so|with|in|on|at|for|from|of|the|a|an|more|less|much|today|now|here|there|again|too|also|already|still|very)\b)\p{L}{3,}(?<!ed|ing|ly) [\p{L}'-]+)/u;
const TIME_SUBJECT_42 =
  /(?:^|[;:] |, (?:and|so|but) )(?:(?:and|so|but|now|surely|perhaps),? )?it is (?:high |about |now )?time (?!(?:that|for|to|we|i|you|he|she|it|this|again|enough|and|but|when|which|of)\b)(?:the|our|their|its|all|both|every|each|donor|neighbouring|neighboring|[\p{L}'-]+s)\b(?:[ ,][\p{L}'-]+){0,12}? (?:[\p{L}]{3,}ed|took|began|gave|made|sent|set|put|paid|kept|found|stopped|met|brought|sat|spent|shared|started|acted)\b/u;
const WELL_SPENT_42 =
  /^(?:(?:and|also|finally|lastly|so|but),? )?(?:(?:[\p{L}'-]+ ){0,4}[\p{L}'-]+, )?(?:it|this) would be (?:money well spent|a good use of (?:money|funds|public money|aid)|worth the (?:money|cost)|well worth (?:it|the cost)) (?:to|for (?:[\p{L}'-]+ ){1,4}to) [\p{L}]{2,}|^(?:(?:et|enfin|aussi),? )?(?:ce |il )?serait (?:de l'argent bien (?:depense|employe)|un bon usage (?:de l'argent|des fonds)) (?:de |d'|que )|^(?:(?:y|por ultimo|finalmente),? )?seria (?:dinero bien (?:gastado|invertido)|un buen uso (?:del dinero|de los fondos)) /u;
const DESERVE_BARE_42 =
  /\b(deserves?|merit(?:e|ent)|merecen?) (protection|proteccion|support|soutien|apoyo|help|aide|ayuda|compensation|reparation|reparacion|justice|justicia|shelter|refuge|refugio|recognition|reconnaissance|reconocimiento|care|soins|atencion|security|securite|seguridad|asylum|asile|asilo)\b/u;
/**
 * Round 43: in English, people who deserve a thing qualified first ("Survivors deserve free legal aid …", "… deserves proper
 * protection"), as round 35's `DESERVED` reads it after an article (`deservedReworded`).
 */
const DESERVE_QUALIFIED_43 = /\b(deserves?) ((?:free|proper|fair|full|lifelong|adequate|decent|prompt|safe|specialist|specialised|specialized|long-term|real|medical|legal|psychological) )/u;
/**
 * The forms of asking in prose below, each read on the folded sentence after its connectives (also "but", "perhaps") and a
 * short opener; `believed`: alternatives that may also follow a belief of the speaker's (`BELIEF_38`: "We also think …",
 * "Pensamos también que …", "Nous croyons que …"). Kept apart from `PROPOSING`. Added rounds 37–46 (blind sets 24–45 used for
 * development: forms that recur across sets); `ASK_FORMS` and `READ_AGAIN_FORMS` list them, `askedInProse` reads them.
 */
function proseForm(plain: readonly string[], believed: readonly string[] = []): RegExp {
  const after = believed.length ? [...plain, BELIEF_38 + "(?:" + believed.join("|") + ")"] : plain;
  return new RegExp("^" + CONNECTIVE + OPENER + "(?:" + after.join("|") + ")", "u");
}
/**
 * What would be gained, or made easier, if something were done ("Much would be gained if the permits could be renewed …", "It
 * would make our work far easier if the registries shared …", "On gagnerait beaucoup à …", "Se ganaría mucho si …"), or what
 * someone named at length would gain much from ("A town of our size would gain a lot if …"), or benefit greatly from
 * (round 53: "Our wardens would benefit greatly from radios …").
 */
const GAINED_IF = proseForm(
  [
    "(?:much|a great deal|a lot|so much|far more|a good deal) (?:more )?(?:would|could) be (?:gained|won|achieved|saved) (?:if|by|were)\\b",
    "it would make (?:[\\p{L}'-]+ ){1,4}(?:(?:far|much|a lot|so much|considerably|a great deal) )?(?:easier|sharper|simpler|safer|faster|quicker|better|cheaper|lighter|more \\p{L}{4,}) (?:if|for)\\b",
    "on gagnerait (?:beaucoup|enormement|bien davantage|gros) (?:si|a)\\b|(?:se )?ganaria(?:mos)? (?:mucho|muchisimo|bastante) (?:si|con que|que)\\b",
  ],
  [
    "(?!(?:it|this|that|we|i|you|he|she|they|one|nobody|no one)\\b)(?:[\\p{L}'-]+,? ){1,10}?would (?:(?:also|surely|certainly|really) )*(?:gain|benefit) (?:a great deal|a lot|much|greatly|enormously|considerably|so much|hugely|immensely) (?:if|from|by)\\b",
  ],
);
/**
 * What would make a great difference if it were done ("It would make a real difference to us if the armouries were counted …",
 * "Cela changerait beaucoup pour nous si …", "Haría una gran diferencia que …"), as round 16 reads "it would help if"; not
 * what would have made a difference ("… if we had known"). Also read on the clause before a request (`andAsked46`).
 */
const MAKES_A_DIFFERENCE = proseForm(
  [
    "it would (?:(?:also|really|surely) )?make (?:a|an|all the) (?:(?:real|great|big|huge|enormous|considerable|world of) )?difference (?:(?:to|for) (?:us|them|the \\p{L}+|our \\p{L}+) )?(?:if|that)\\b(?![^.;]{0,80}\\b(?:had|would have)\\b)",
    "(?:cela|ca) (?:changerait|ferait) (?:(?:beaucoup|tout|une grande difference|une vraie difference) )(?:(?:pour|a) (?:nous|eux|elles|les \\p{L}+|nos \\p{L}+) )?(?:si|que)\\b",
    "(?:haria|marcaria) (?:una|toda la) (?:(?:gran|enorme|verdadera) )?diferencia (?:para (?:nosotros|nosotras|ellos|ellas|los \\p{L}+|nuestr[oa]s \\p{L}+) )?(?:si|que)\\b",
  ],
);
/**
 * An act of a body told as the condition of a gain ("If the port authorities settled on one form …, shippers could stop …",
 * "If the ministries shared their lists, the shelters would …"): the past of a plan, not "had" (a regret).
 */
const IF_A_BODY_ACTED = proseForm(
  [
    "if (?:only )?(?:the |all |each |every |both |our |national )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: (?!(?:had|have|has|were|was)\\b)[\\p{L}'-]+){0,2}? (?:(?:also|only|simply|all|both|just|once|ever) )?(?!had\\b)(?:\\p{L}{3,}ed|kept|paid|met|held|gave|sent|took|made|set|put|let|told|brought|sought|were to \\p{L}{2,})\\b[^,;.?]{5,200}, [^.;?]{3,200}?\\b(?:could|would)\\b(?! have\\b)",
  ],
);
/**
 * What would do no harm ("No estaría de más que los jueces …", "Il ne serait pas inutile que …", "It would do no harm to …",
 * "It would not hurt if …").
 */
const NO_HARM = proseForm(
  [
    "no (?:estaria|seria|sobraria) (?:de mas|mala idea|inutil) (?:que|\\p{L}{2,}(?:ar|er|ir)\\b)|il ne serait (?:pas|peut-etre pas) (?:inutile|superflu|de trop|mauvais) (?:que|qu'|de|d')",
    "it (?:would|could) (?:do no harm|not hurt|do no damage|be no bad thing) (?:to|if|for)\\b",
  ],
);
/**
 * A thing asked set first, then what it would seem to the speaker ("Une formation commune … nous paraîtrait plus utile qu'un
 * séminaire", "Un registro común … nos parecería más útil que …"): the conditional only.
 */
const WOULD_SEEM_USEFUL = proseForm(
  [
    "(?!(?:je|nous|il|elle|ils|elles|on|cela|ceci|ce|yo|nosotros|nosotras|esto|eso|ello)\\b)(?:[\\p{L}'-]+,? ){2,24}?(?:nous|me|nos|me) (?:paraitrai(?:t|ent)|semblerai(?:t|ent)|pareceria(?:n)?|resultaria(?:n)?) (?:(?:bien|beaucoup|tout aussi|mucho|bastante|aun|tout de meme) )?(?:plus |mas )?(?:utiles?|util(?:es)?|souhaitables?|necessaires?|judicieu(?:x|se|ses)|efficaces?|indispensables?|precieu(?:x|se|ses)|pertinente?s?|convenientes?|necesari[oa]s?|deseables?|eficaz|eficaces|valios[oa]s?)\\b",
  ],
);
/**
 * The speaker's seeing value in an act ("We see value in inviting the banks' compliance staff …", "Nous verrions un grand
 * intérêt à ce que …", "Veríamos con buenos ojos que …"): a gerund or a clause after it, not a thing already done.
 * Round 64: also « Nous verrions d'un bon œil que … » (the French of "con buenos ojos").
 */
const SEE_VALUE_IN = proseForm(
  [
    "(?:we|i) (?:(?:would|also|therefore|really|certainly|do|still) )*see (?:(?:great|real|much|some|a lot of|considerable|particular|clear|every) )?(?:value|merit|sense|benefit|advantage) in (?!(?:the|this|that|these|those|our|its|their|your|what)\\b)\\p{L}{3,}ing\\b",
    "nous (?:verrions|voyons) (?:(?:un grand|un reel|beaucoup d'|un|de l'|tout l'|bien l') ?)?(?:interet|avantage|merite|utilite) (?:a ce que|a ce qu'|a (?!(?:la|le|les|l')\\b)\\p{L}{2,}(?:er|ir|re)\\b)|nous (?:verrions|voyons) (?:(?:donc|aussi|egalement|enfin|tout) )*d'un (?:tres |fort )?bon (?:œ|oe)il (?:que|qu')|(?:veriamos|vemos) (?:con (?:muy )?buenos ojos|(?:mucho|gran|un gran) (?:valor|interes|merito|utilidad) en) (?:que|\\p{L}{2,}(?:ar|er|ir)\\b)",
  ],
);
/**
 * A hope that something be done, in the Spanish "se" passive or the French passive ("Esperamos que los materiales se preparen
 * con …", "Nous espérons que les supports soient traduits …"): a verb after "se" or a participle after "soient".
 */
const HOPED_DONE = proseForm(
  [
    "(?:esperamos|confiamos en|deseamos) (?:(?:tambien|ademas|sinceramente|de verdad|por (?:lo )?tanto) )*que (?:(?:el|la|los|las|cada|todo|toda|todos|todas|estos|estas|sus|nuestros|nuestras|futuros|futuras|proximos|proximas) )(?:[\\p{L}'-]+ ){0,6}?se (?!(?:sienta|sientan|encuentre|encuentren|mantenga|mantengan|desarrolle|desarrollen|resuelva|resuelvan|repita|repitan|cumpla|cumplan)\\b)\\p{L}{3,}(?:en|an)\\b",
    "(?:nous|je) (?:(?:osons|voulons) )?esper(?:ons|e) (?:(?:vivement|sincerement|donc|aussi|egalement|enfin) )*que (?:(?:les|la|le|l'|chaque|tous les|toutes les|ces|nos|leurs|les futurs|les prochains) ?)(?:[\\p{L}'-]+ ){0,6}?(?:soient|soit) (?:(?:desormais|enfin|aussi|egalement|systematiquement) )?(?!(?:utile|possible|efficace|fructueuse|productive|positive|rapide|simple|claire|juste|suffisante|accessible|durable|libre|facile|ouverte|utiles|possibles|efficaces|fructueuses|productives|positives|rapides|simples|claires|justes|suffisantes|accessibles|durables|libres|faciles|ouvertes|bonne|bonnes|meilleure|meilleures|digne|dignes)\\b)\\p{L}{3,}(?:e|es|ees|is|ies|its|ts|us|ues)\\b",
  ],
);
/**
 * A body that would like to see something done, or the speaker who would like to see it in French or Spanish ("The network
 * would like to see the two ports agree …", "Nous aimerions voir les communes …", "Quisiéramos ver ese principio aplicado …");
 * not what the speaker would like to see explained ("… to see how / whether …"). What the speaker hopes or would like to see,
 * put first ("What we most hope to see is that the labour offices …", "Ce que nous espérons voir, c'est que …", "Lo que
 * esperamos ver es que …").
 */
const LIKE_TO_SEE = proseForm(
  [],
  [
    "(?:the|our|this|le|la|l'|notre|el|nuestra|nuestro) ?(?:[\\p{L}'-]+ ){0,5}(?:would|should) (?:(?:also|very much|much|really|dearly) )*(?:like|love|want) to see (?!(?:how|whether|if|why|what|who)\\b)\\p{L}",
    "(?:nous|je|j') ?(?:aimerions|aimerais|souhaiterions|souhaiterais|voudrions|voudrais) (?:(?:aussi|egalement|beaucoup|vivement|enfin|donc) )*voir (?!(?:comment|si|pourquoi|ce qui|ce que)\\b)\\p{L}",
    "(?:quisieramos|quisiera|nos gustaria|me gustaria|desearia(?:mos)?) (?:(?:tambien|ademas|mucho|por ultimo|finalmente) )*ver (?!(?:como|si|por que|que|quien)\\b)\\p{L}",
    "what (?:we|i) (?:(?:really|most|would) )?(?:hope|want|wish|expect|like|love) to see(?: (?:now|next|here|happen|done|first))? (?:is|are) (?:that|for|a|an|the)\\b",
    // Round 66: the one change (step, thing) the speaker would most like to see, said as what it is ("The one step we
    // would really like to see is that …", « Le changement que nous aimerions le plus voir, c'est que … », "El cambio que más
    // nos gustaría ver es que …").
    "(?:the|our) (?:[\\p{L}'-]+ ){0,3}?(?:change|thing|step|reform|measure|improvement) (?:that |which )?(?:we|i) (?:would )?(?:(?:most|really|dearly|very much) )?(?:like|love|want|hope|wish) (?:(?:most|first) )?to see(?: (?:now|next|here|happen|done|first|this year|in the coming year))? (?:is|would be) (?:that|for)\\b",
    "(?:le|la|notre) (?:[\\p{L}'-]+ ){0,3}?(?:changement|chose|mesure|reforme|progres|pas) que (?:nous|je) (?:aimerions|aimerais|voudrions|voudrais|souhaiterions|esperons) (?:(?:le plus|surtout|d'abord) )?voir(?: (?:maintenant|bientot|cette annee))?,? (?:c'est|est|serait) (?:que|qu')",
    "(?:el|la|nuestro|nuestra) (?:[\\p{L}'-]+ ){0,3}?(?:cambio|cosa|medida|reforma|paso|avance) que (?:mas )?(?:nos gustaria|me gustaria|quisieramos|queremos|esperamos|deseariamos) (?:mas )?ver(?: (?:ahora|pronto|este ano))? (?:es|seria) que\\b",
    "ce que (?:nous|je) (?:esperons|espere|aimerions|aimerais|voudrions|voudrais|souhaitons|souhaiterions) voir(?: (?:maintenant|bientot|demain|ici))?,? c'est (?:que|qu'|un|une|le|la|les)",
    "lo que (?:esperamos|espero|queremos|quisieramos|nos gustaria|me gustaria) ver(?: (?:ahora|pronto|aqui))? es (?:que|un|una|el|la|los|las)\\b",
  ],
);
/**
 * The speaker's wish to be consulted or heard ("Nous souhaiterions être consultées …", "We would like to be involved …",
 * "Quisiéramos ser escuchados …").
 */
const WISH_TO_BE_HEARD = proseForm(
  [],
  [
    "(?:we|i) would (?:(?:also|very much|much|really|finally) )*(?:like|want|wish|hope) to be (?:(?:properly|fully|also) )?(?:consulted|involved|heard|invited|included|informed|associated)\\b|(?:nous|je) (?:souhaiterions|souhaiterais|aimerions|aimerais|voudrions|voudrais|demandons a|demande a) (?:(?:enfin|aussi|egalement|donc|vivement) )*(?:etre|pouvoir etre) (?:(?:enfin|aussi|mieux|davantage|systematiquement) )?(?:consulte|associe|entendu|invite|informe|implique|inclus|represente)e?s?\\b|(?:quisieramos|quisiera|nos gustaria|desearia(?:mos)?|pedimos) (?:(?:tambien|ademas|por ultimo|finalmente) )*ser (?:(?:tambien|mas|siempre) )?(?:consultad|escuchad|invitad|informad|incluid|tomad)[oa]s\\b",
  ],
);
/**
 * A French head of asking before an elided "qu'" ("Il faudrait aussi qu'une équipe passe …", "Il est indispensable qu'un
 * juge …", "Nous souhaitons qu'elles puissent …"): round 17's forms read "que" in full only.
 */
const HEAD_BEFORE_ELIDED_QU = proseForm(
  [],
  [
    "(?:il (?:importe|faut|faudrait|faudra)|il (?:est|serait|sera) (?:(?:donc|aussi|egalement|tout aussi|tres|surtout) )*(?:essentiel|indispensable|urgent|necessaire|crucial|primordial|important|imperatif|prioritaire|souhaitable|utile|opportun|preferable|judicieux)|il (?:conviendrait|convient)|(?:nous|je) (?:souhaiterions|souhaiterais|aimerions|aimerais|voudrions|voudrais|souhaitons|souhaite|voulons|demandons|exigeons|recommandons|proposons))(?:,? (?:donc|aussi|egalement|enfin|surtout|vivement|d'abord|avant tout|par ailleurs|en outre|de plus|encore|maintenant|desormais)\\b,?)* qu'(?!on (?:soit|ait|dise|sache)\\b)(?=\\p{L})",
  ],
);
/**
 * A belief, then a thing to be done in the passive with a modal ("Creemos que los talleres deben darse en el puerto …", "Nous
 * pensons que les formations doivent être données …"): the Spanish and French of "We believe the workshops must be held …",
 * which `PROPOSING` reads; not in the past ("debieron", "ont dû"). Also read on the clause before a request (`andAsked46`).
 */
const BELIEVED_DONE = proseForm(
  [
    "(?:creemos|pensamos|consideramos|creo|pienso) (?:(?:tambien|ademas|por eso) )*que (?!(?:no|nadie|nunca)\\b)(?:[\\p{L}'-]+,? ){1,10}?(?:deben|deberian|debe|deberia|tienen que|tendrian que) (?:(?:tambien|ademas) )?\\p{L}+(?:ar|er|ir)se\\b",
    "(?:nous|je) (?:(?:aussi|donc|egalement|vraiment) )*(?:pensons|croyons|estimons|pense|crois|estime) (?:(?:aussi|donc|egalement|vraiment) )*que (?!(?:personne|rien)\\b)(?:[\\p{L}'-]+,? ){1,10}?(?:doivent|devraient|doit|devrait) (?:(?:aussi|desormais|enfin) )?etre \\p{L}{2,}(?:e|ee|es|ees|is|ise|ises|it|ite|its|ites|u|ue|us|ues)\\b",
  ],
);
/**
 * Spanish: a conditional modal first, then a verb in the reflexive passive ("Debería auditarse …", "Deberían crearse …").
 */
const MODAL_REFLEXIVE = proseForm(
  [],
  [
    "(?:deberia|deberian|tendria que|tendrian que) (?:(?:tambien|ademas) )?(?!haberse\\b)\\p{L}{3,}(?:ar|er|ir)se\\b",
  ],
);
/**
 * What people must have access or a right to ("Las familias deben tener acceso al resultado …", "Victims must have access to
 * …", "Les familles doivent avoir accès à …"); not the speaker's own need ("We must have access …").
 */
const MUST_HAVE_ACCESS = proseForm(
  [
    "(?!(?:we|i|you|it|this|that|they|nous|je|vous|il|ils|on|ce|cela|nosotros|nosotras|yo|ustedes|esto|eso|ello)\\b)(?:[\\p{L}'-]+,? ){1,10}?(?:must|should|doivent|doit|devraient|devrait|deben|debe|deberian|deberia|tienen que|tiene que) (?:(?:also|always|aussi|egalement|toujours|tambien|siempre|ademas) )?(?:have|avoir|tener) (?:(?:full|free|immediate|direct|plein|libre|pleno|directo|inmediato) )?(?:access|acces|acceso|the right to|le droit de|le droit d'|droit a|derecho a)(?!\\p{L})",
  ],
);
/**
 * People named by what befell them, who need two things or one thing and not another ("Boys who come back from the boats need
 * a guardian appointed the day they step ashore, not a month after", "Les filles qui rentrent ont besoin d'un abri, et d'une
 * …"); people named by what they do who need protection or support ("Those who report … need protection").
 */
const PEOPLE_WHO_NEED = proseForm(
  [
    "(?:the |les |los |las )?(?:[\\p{L}'-]+ ){0,2}(?:children|girls|boys|women|victims|survivors|workers|migrants|families|fishers|minors|witnesses|returnees|enfants|filles|garcons|femmes|victimes|survivantes?|familles|mineurs|ninos|ninas|mujeres|victimas|sobrevivientes|familias|menores) (?:who|that|qui|que) [^,.;]{3,80}? (?:need|ont besoin d'|necesitan) ?(?:a|an|somewhere|someone|somebody|un|une|una|unos|unas)\\b[^.;]{10,}?(?:, not\\b|, and\\b|, pas\\b|, et\\b|, no\\b|, y\\b|, non\\b)",
  ],
  [
    "(?:the |those |les |los |las )?(?:[\\p{L}'-]+ ){0,2}(?:people|persons|those|defenders|journalists|whistle-?blowers|activists|witnesses|reporters|personnes|defenseurs|journalistes|temoins|lanceurs d'alerte|personas|defensores|periodistas|testigos|denunciantes) (?:who|that|qui|que) [^,.;]{3,80}? (?:need|ont besoin d'|necesitan) ?(?:(?:real|better|more|urgent|effective|legal|une vraie|une|de la|una|mas|proteccion real) )?(?:protection|support|help|shelter|safety|security|soutien|aide|securite|proteccion|apoyo|ayuda|seguridad)\\b",
  ],
);
/**
 * What people deserve to be told, heard or given, after a belief ("We think the families deserve to be told …").
 */
const DESERVES_TO_BE = proseForm(
  [],
  [
    "(?!(?:i|we|you|it|this|that|they|he|she|there|everyone|everybody|nobody|no one)\\b)(?:[\\p{L}'-]+,? ){1,10}?deserves? to be (?:told|heard|informed|consulted|protected|paid|compensated|included|involved|kept informed)\\b",
  ],
);
/**
 * What is missing, said as the subject, a body named in it ("What is missing, in our view, is the will of the ports to …",
 * "Ce qui manque, c'est la volonté des communes …", "Lo que falta es que las autoridades …"; not "What is missing is someone
 * to look."); "hace falta" / "hacen falta" / "haría falta" with the thing that is missing ("Entre los dos países hace falta un
 * canal …", "hacen falta más intérpretes"), as round 17 read it before "que" or a verb; not in the negative, nor in a clause
 * of cause or time ("… porque hace falta un permiso").
 */
const WHAT_IS_MISSING = proseForm(
  [],
  [
    "(?:what is (?:(?:still|really|most|above all|sorely) )*(?:missing|lacking)(?:,? [^,.;]{2,40},)? is|ce qui (?:nous )?manque(?: (?:encore|surtout|le plus))?(?:,? [^,.;]{2,40},)?,? c'est|lo que (?:(?:nos|todavia|aun|sobre todo) )*falta(?:,? [^,.;]{2,40},)?,? es)\\b[^.;?]{0,80}?\\b" + ACTOR + "\\b",
    "(?:(?!(?:no|ni|nunca|jamas|porque|que|cuando|si|como|aunque|donde|pues|ya|mientras)\\b)[\\p{L}'-]+,? ){0,6}(?:hace|hacen|haria|harian) falta (?:(?:tambien|ademas|sobre todo|urgentemente) )?(?:un|una|unos|unas|mas|mejores|verdaderos|verdaderas|vias|canales)\\b",
  ],
);
/**
 * Part of the aid that could go to something ("Une partie des fonds pourrait servir à …", "Part of the funding could go to
 * …", "Una parte de la ayuda podría destinarse a …").
 */
const SHARE_OF_FUNDS = proseForm(
  [],
  [
    "(?:une partie|une part|part|some|a share|a portion|una parte|parte) (?:de|des|du|of|del|de los|de las) (?:l'|la |le |the |this |that |esta |esa |cette |cet |ese |este )?(?:[\\p{L}'-]+ ){0,3}?(?:could|might|should|pourrait|devrait|podria|deberia) (?:(?:also|aussi|tambien|usefully|utilement) )?(?:go (?:to|towards|into)|be (?:used|spent|set aside) (?:for|on|to)|servir (?:a|au|aux|pour)|etre (?:consacree|affectee|utilisee|reservee) (?:a|au|aux)|servir para|destinarse a|usarse (?:para|en)|dedicarse a)\\b",
  ],
);
/**
 * Each or every thing of a kind that ought to or should go, be sent or be done somewhere ("Every permit stamped at a quay
 * ought to go to …"): a request of its own, not the previous one going on.
 */
const EACH_OUGHT_TO = proseForm(
  [],
  [
    "(?:every|each|any) (?!(?:one of us|of us|year|day|time|week|month)\\b)[^,.;:?]{3,80}? (?:ought to|should) (?:(?:also|then|always) )?(?!(?:" + HAVE_44 + "|know|be (?:aware|able|proud|ashamed))\\b)\\p{L}{2,}",
  ],
);
/**
 * What someone named at length would do well to do ("Los países de origen de los turistas harían bien en …", "… feraient
 * bien de …"); the English and "gagneraient à" are read again without a word set into them (`WOULD_GAIN_BY`).
 */
const DO_WELL_TO = proseForm(
  [],
  [
    "(?!(?:esto|eso|ello|nosotros|il|elle|ils|elles|on|ce|cela)\\b)(?:[\\p{L}'-]+ ){1,12}?(?:harian? (?:(?:tambien|ademas) )*bien en|ferai(?:en)?t (?:(?:aussi|egalement|donc) )*bien de)\\b",
  ],
);
/**
 * A thing proposed, with its indefinite article, then what it would do for someone: allow, spare, save, shorten, show … ("A
 * shared roster of interpreters would let small courts …", "Un registre commun permettrait aux communes de …", "Una
 * ventanilla única ahorraría meses a …"). Not a time ("one day"), a quantity ("a few", "a lot") or one of a group ("one of
 * our members").
 */
const WOULD_ALLOW = proseForm(
  [],
  [
    "(?:a|an|one|a single|just one)(?! (?:day|moment|time|year|week|month|few|little|lot|number|bit|of|other|another|while)\\b) [^.;?!]{3,220}?,? (?:would|could) (?:(?:also|surely|certainly|probably|really|quickly|soon|greatly) )?(?:allow|enable|let|help|spare|save|cut|shorten|halve|reduce|prevent|show|give|free|protect|stop|end|break)\\b(?! (?:it|this|that) (?:is|was)\\b)",
    "(?:une?|un seul|une seule)(?! (?:jour|fois|peu|moment|autre|des|de)\\b) [^.;?!]{3,220}? (?:(?:nous|leur|lui|les|vous|aussi|beaucoup|deja) )?(?:permettrai|aiderai|epargnerai|eviterai|reduirai|raccourcirai|faciliterai|montrerai|protegerai|suffirai|donnerai)(?:t|ent)\\b",
    "(?:una?|un solo|una sola)(?! (?:dia|vez|poco|momento|de|otra|otro)\\b) [^.;?!]{3,220}? (?:(?:nos|les|le|los|las|tambien|mucho|ya) )?(?:permitir|ayudar|ahorrar|evitar|reducir|acortar|facilitar|mostrar|proteger|bastar|dar)ian?\\b",
  ],
);
/**
 * A thing proposed, with its indefinite article, that would be worth more or do more than what is done now ("A joint course …
 * would be worth more than ten seminars", "Une formation commune … vaudrait mieux que …", "Una formación común … valdría más
 * que …"); a course of action put as worth more than another, both as verbs ("It is worth more to keep one inspector at the
 * crossing for a season than to fly in a team for a week", "Il vaut mieux garder un inspecteur au poste toute une saison que
 * d'envoyer …", "Vale más mantener a un inspector en el paso toda una temporada que enviar …").
 */
const WORTH_MORE_THAN = proseForm(
  [],
  [
    "(?:a|an|one|a single|just one)(?! (?:day|moment|time|year|week|month|few|little|lot|number|bit|of|other|another|while)\\b) [^.;?!]{3,220}?,? would (?:(?:surely|certainly|probably|also|really) )?(?:be worth (?:(?:far|much|a lot|a great deal|ten times) )?more|do (?:(?:far|much|a lot|a great deal) )?more(?: good)?|achieve (?:(?:far|much) )?more|count for (?:(?:far|much) )?more) than\\b",
    "(?:une?|un seul|une seule)(?! (?:jour|fois|peu|moment|autre|des|de)\\b) [^.;?!]{3,220}?,? (?:vaudrai(?:t|ent) (?:(?:bien|beaucoup|largement|cent fois|dix fois) )?mieux|ferai(?:t|ent) (?:(?:bien|beaucoup) )?plus|apporterai(?:t|ent) (?:(?:bien|beaucoup) )?plus) que\\b",
    "(?:una?|un solo|una sola)(?! (?:dia|vez|poco|momento|de|otra|otro)\\b) [^.;?!]{3,220}?,? (?:valdrian?|harian?|servirian?|aportarian?|lograrian?) (?:(?:mucho|bastante|bien) )?mas que\\b",
    "(?:in (?:our|my) (?:experience|view),? )?(?:" +
      "it (?:is|would be) (?:(?:far|much|often|usually) )?(?:worth more|more useful|wiser) to (?!(?:us|me|them|him|her|you|anyone|everyone)\\b)\\p{L}{2,} [^.;?!]{3,200}? than (?:to )?\\p{L}{2,}" +
      "|il (?:vaut|vaudrait|serait) (?:(?:bien|beaucoup|souvent) )?(?:mieux|plus utile) (?:de |d')?\\p{L}{2,} [^.;?!]{3,200}? que (?:de |d')?\\p{L}{2,}" +
      "|(?:vale|valdria|es|seria) (?:(?:mucho|bastante) )?(?:mas|mas util) \\p{L}{2,}(?:ar|er|ir) [^.;?!]{3,200}? que \\p{L}{2,}" +
    ")",
  ],
);
/**
 * What a review, a visit or a plan would be the richer for or would benefit from ("A country visit would be all the richer for
 * a meeting with …", "… bénéficierait d'une visite …", "… se beneficiaría de una visita …"); not a pronoun subject.
 */
const RICHER_FOR = proseForm(
  [],
  [
    "(?!(?:it|this|that|these|those|we|i|you|they|he|she|one|there|ce|cela|ceci|il|elle|ils|elles|on|nous|esto|eso|ello|ellos|ellas|nosotros)\\b)(?:[\\p{L}'-]+,? ){1,12}?(?:would (?:(?:also|surely|certainly|greatly|really) )?(?:be (?:(?:much|far|all the|so much) )?(?:richer|stronger|more credible|more complete) for|benefit (?:(?:greatly|a great deal|enormously|much) )?from) (?:a|an|one|some|more)\\b|(?:serai(?:t|ent) (?:(?:bien|beaucoup|encore) )?(?:plus riches?|plus completes?|plus credibles?) (?:avec|grace a)|beneficierai(?:t|ent) (?:(?:grandement|beaucoup) )?(?:d'|de)) ?(?:une?|quelques|des)\\b|(?:serian? (?:(?:mucho|aun) )?(?:mas ric[oa]s?|mas complet[oa]s?|mas creibles?) con|se beneficiarian? (?:(?:mucho|enormemente) )?de) (?:una?|unos|unas|algun[oa]?)\\b)",
  ],
);
/**
 * A body or a thing that could help someone by doing or to do something ("The States where the boats are built could help us
 * by …", "L'assistance technique pourrait aider à …", "La cooperación podría ayudarnos a …"): an offer of help asked for,
 * also with no other ask in its paragraph (round 31's `couldAsk` needs one). Not a pronoun subject ("This could help to
 * explain …").
 */
const COULD_HELP = proseForm(
  [],
  [
    "(?!(?:it|this|that|these|those|they|he|she|we|i|you|one|nothing|none|which|who|such)\\b)(?:[\\p{L}'-]+,? ){1,16}?(?:could|might) (?:(?:also|easily|really|greatly|certainly) )?help (?:(?:them|us|her|him|(?:these|those|the|our|such) [\\p{L}'-]+) )?(?:by [\\p{L}'-]+ing|to [\\p{L}]{2,}|with|in)\\b",
    "(?!(?:ce|cela|ceci|ca|il|elle|ils|elles|on|nous|je|vous|qui)\\b)(?:[\\p{L}'-]+,? ){1,16}?pourrai(?:en)?t (?:(?:aussi|beaucoup|grandement|certainement) )?(?:(?:les|nous|leur|l'|la|le) ?)?aider (?:a|en) \\p{L}{2,}",
    "(?!(?:esto|eso|ello|ellos|ellas|nosotros|que)\\b)(?:[\\p{L}'-]+,? ){1,16}?podrian? (?:(?:tambien|mucho) )?ayudar(?:les|nos|los|las|le)? a \\p{L}{2,}",
  ],
);
/**
 * A cleft that names whom or what to act on, with an obligation of its own ("Ce sont les armateurs qu'il faut poursuivre, …",
 * "It is the boat owners that should be prosecuted", "Son los armadores a quienes hay que perseguir"): after a request, a
 * request of its own; not a pronoun ("C'est eux qu'il faut …"), nor what is to be kept in mind ("… qu'il faut retenir").
 */
const CLEFT_TO_ACT_ON = proseForm(
  [],
  [
    "(?:c'est|ce sont|ce n'est pas|ce ne sont pas) (?:(?:a|sur|dans|par|pour|en) )?(?:aux|au|les|la|le|l'|des|du|ces|cette|cet|ce|leurs|leur|nos|notre|chaque|tous les|toutes les) ?(?!(?:pourquoi|ainsi|donc|raison|moment|seule chose|chose)\\b)[^,;:.?!]{2,100}? (?:qu'il (?:faut|faudrait|faudra|convient|conviendrait|importe)|que l'on (?:doit|devrait)|qu'on (?:doit|devrait)|que nous (?:devons|devrions)) (?:(?:d'abord|surtout|aussi|donc) )?(?:de |d')?(?!(?:retenir|savoir|comprendre|dire|rappeler|souligner|noter|voir|regarder|lire|entendre|ecouter|remercier|feliciter)\\b)\\p{L}{3,}",
    "it is (?:(?:above all|first of all|really|not only|now) )?(?:the|those|their|its|these) (?!(?:case|same|point|reason|time|way|moment|question|problem|issue|fact|thing)\\b)[^,;:.?!]{2,100}? (?:(?:that|who|whom|which) (?:should|ought to) (?:(?:also|now|first) )?(?!(?:have|know|be (?:aware|able|proud|ashamed))\\b)\\p{L}{2,}|(?:that|who|whom|which) (?:must|need to) (?:(?:also|now|first) )?be \\p{L}{3,}(?:ed|en|wn|pt|nt|ld)\\b|(?:that |whom )?(?:we|states|governments|donors) (?:should|ought to|must|need to) (?:(?:also|now|first) )?(?!(?:have|know|be|remember|thank)\\b)\\p{L}{2,})",
    "(?:es|son|sera|seria|serian) (?:(?:a|sobre|en) )?(?:al|los|las|el|la|sus|estos|estas|esos|esas|nuestros|nuestras) (?!(?:razon|motivo|momento|caso|problema|unica cosa)\\b)[^,;:.?!]{2,100}? (?:(?:a )?(?:quienes?|los que|las que|el que|la que)|donde|en los que|en las que) (?:hay que|habria que|conviene|convendria|se deberia|se deberian|deberian?) (?!(?:ver|saber|recordar|decir|agradecer)\\b)\\p{L}{2,}",
  ],
);
/**
 * "Hace tiempo que" before a body that should act ("Hace tiempo, además, que los dos países deberían tener …").
 */
const HIGH_TIME_THAT = proseForm(
  [],
  [
    "(?:hace (?:ya )?(?:mucho )?tiempo|ya es hora de)(?:,? (?:ademas|tambien|por otra parte),?)? que (?!(?:no|nadie|nunca)\\b)[^.;:?!]{3,100}? (?:deberian?|tendrian? que) (?!(?:haber|ser|estar)\\b)\\p{L}{2,}",
  ],
);
/**
 * Round 56: a body that could do far more to or by an act, after a belief or what seems to the speaker ("We also believe the
 * harbour board could do much more with its fees, by paying for …", "It seems to us that the coastguards could do far more
 * together to find …", "Les communes pourraient faire bien davantage pour …", "Las alcaldías podrían hacer mucho más para …"):
 * the more asked of it. Not the speaker's own ("We could do more …"), nor more harm or damage.
 */
const COULD_DO_MORE = proseForm(
  [],
  [
    "(?:it (?:seems|appears) to (?:us|me) that )?(?!(?:it|this|that|we|i|you|they|he|she|one|nothing|nobody|no one|our|my)\\b)(?:[\\p{L}'-]+,? ){1,12}?could (?:(?:also|surely|certainly|easily|still) )?do (?:far|much|a lot|a great deal|so much) more\\b(?! (?:harm|damage)\\b)[^.;?]{0,120}?(?:\\bby \\p{L}{3,}ing|\\bto (?!(?:the|a|an|this|that|it|them|us|our|their)\\b)\\p{L}{2,})\\b",
    "(?:il (?:nous )?semble que )?(?!(?:ce|cela|il|elle|ils|elles|on|nous|je|notre|nos)\\b)(?:[\\p{L}'-]+,? ){1,12}?pourrai(?:t|ent) (?:(?:aussi|sans doute|certainement|encore) )?faire (?:bien|beaucoup|tellement) (?:plus|davantage)\\b(?! de (?:mal|degats)\\b)[^.;?]{0,120}?\\b(?:pour|en \\p{L}{3,}ant)\\b",
    "(?:(?:nos|me) parece que )?(?!(?:esto|eso|ello|nosotros|nosotras|yo|nuestro|nuestra|nuestros|nuestras)\\b)(?:[\\p{L}'-]+,? ){1,12}?podrian? (?:(?:tambien|sin duda|todavia) )?hacer (?:mucho|muchisimo|bastante) mas\\b(?! (?:dano|mal)\\b)[^.;?]{0,120}?(?:\\bpara\\b|\\b\\p{L}{3,}(?:ando|iendo)\\b)",
  ],
);
/**
 * Round 59: the speaker's own body, named, wishing that someone act ("Notre syndicat voudrait que le décret impose …", "Nuestra
 * red quisiera que la fiscalía …", "Our union would like the law to oblige …"), as "Nous voudrions que …" (round 17) in the
 * third person. Not a wish of its own to know, hear or thank ("… would like the delegates to know …").
 */
const OUR_BODY_WISHES = proseForm(
  [
    "our (?:[\\p{L}'-]+ ){1,3}?would (?:(?:also|therefore|very much|really) )*(?:like|want|wish) (?:the|all|every|each|both) (?:[\\p{L}'-]+ ){1,4}?to (?!(?:know|hear|thank|see|understand|remember|note|be)\\b)\\p{L}{2,}",
    "(?:notre|nos) (?:[\\p{L}'-]+ ){1,3}?(?:voudrai(?:en)?t|souhaiterai(?:en)?t|aimerai(?:en)?t) (?:(?:donc|aussi|egalement|vivement|beaucoup) )*que (?!(?:nous|je|ce|cela|vous)\\b)",
    "(?:nuestr[oa]s?) (?:[\\p{L}'-]+ ){1,3}?(?:quisiera(?:n)?|desearia(?:n)?) (?:(?:tambien|mucho|ademas) )*que (?!(?:nosotr[oa]s|yo|esto|eso|ustedes)\\b)",
  ],
);
/**
 * Round 59: the speaker's request, plea or wish named as what "it is" ("It is our prayer, and our request too, that the stores
 * be counted …", "C'est notre vœu que les communes …", "Es nuestro deseo que la fiscalía …"), as "We ask that …". Not a wish
 * about the speaker's own or about the meeting ("… that we …", "… that this dialogue …").
 */
const IT_IS_OUR_REQUEST = proseForm(
  [
    "it is (?:also )?(?:our|my) (?:(?:earnest|sincere|strong|humble|urgent|firm|fervent) )?(?:request|hope|wish|plea|prayer|appeal|demand|recommendation)(?:,? (?:and|but) (?:also |above all )?(?:our|my) (?:request|hope|wish|plea|prayer|appeal|demand),?)? that (?!(?:we|i|our|my|us|this|these|the (?:dialogue|meeting|conference|session|debate)|it)\\b)",
    "(?:c'est|il est) (?:aussi )?(?:notre|mon) (?:(?:vif|ardent|profond|sincere) )?(?:souhait|demande|v(?:oe|œ)u|priere|requete|recommandation) (?:que|qu')(?! ?(?:nous|je|ce|cela|il|ce dialogue|cette reunion)\\b)",
    "es (?:tambien )?(?:nuestr[oa]|mi) (?:(?:firme|sincer[oa]|ferviente) )?(?:deseo|pedido|peticion|ruego|suplica|solicitud|recomendacion|oracion) que (?!(?:nosotr[oa]s|yo|esto|eso|este dialogo|esta reunion)\\b)",
  ],
);
/** The forms of asking in prose read on the folded sentence as it is (`askedInProse`), grouped by what they read. */
/**
 * Round 63: people named at length would have their place in a body ("Les associations de … auraient leur place à la
 * commission …", "Survivors' groups would have a natural place on the committee …", "Las redes de … tendrían su lugar en el
 * comité …"): a seat asked for them, in the conditional. Not a pronoun as the subject.
 */
const WOULD_HAVE_A_PLACE_63 = proseForm([
  "(?!(?:it|this|that|they|he|she|we|i|you|there|ce|cela|il|elle|ils|elles|nous|vous|on|esto|eso|ellos|ellas|nosotros)\\b)(?:[\\p{L}'-]+ ){1,12}?(?:would (?:(?:also|surely|certainly|naturally|rightly) )*(?:have|find) (?:a|an|their|its) (?:(?:natural|rightful|obvious|proper|full|real|legitimate) )?(?:place|seat)|aurai(?:en)?t (?:(?:aussi|egalement|toute|tout naturellement|naturellement|pleinement) )*(?:leur|sa|une|toute leur|toute sa) (?:(?:juste|vraie|pleine) )?place|tendrian? (?:(?:tambien|ademas|naturalmente) )*(?:su|un) (?:lugar|sitio|asiento)|tendrian? (?:(?:tambien|ademas) )*cabida) (?:on|at|in|within|a|au|aux|dans|au sein|en|dentro)\\b",
]);
/**
 * Round 63: the one thing a body could encourage or do, said as a cleft ("If there is one thing the session could push for,
 * it is for the leagues to …", « S'il y a une chose que ce dialogue pourrait encourager, c'est que … », "Si hay una cosa que
 * esta reunión podría alentar, es que …"): what comes after is asked.
 */
const ONE_THING_63 = proseForm([
  "if there (?:is|were) (?:one|a single|only one|just one) thing (?:that )?[^,;:.]{3,80}?\\b(?:could|can|should|might|would|must)\\b[^,;:.]{0,60}, it (?:is|would be|should be|must be) (?:for|to|that)\\b",
  "s'il (?:y a|y avait|est) une (?:seule )?chose (?:que|qu')[^,;:.]{3,80}?\\b(?:pourrai(?:t|ent)|peu(?:t|vent)|devrai(?:t|ent)|doi(?:t|vent))\\b[^,;:.]{0,60}, (?:c'est|ce serait|ce doit etre) (?:que|qu'|de|d')",
  "si (?:hay|hubiera) (?:una (?:sola )?cosa|algo) que [^,;:.]{3,80}?\\b(?:podria|podrian|puede|pueden|deberia|deberian|debe|deben)\\b[^,;:.]{0,60}, (?:es|seria|debe ser) (?:que\\b|\\p{L}{2,}(?:ar|er|ir)\\b)",
]);
const ASK_FORMS: readonly RegExp[] = [
  GAINED_IF, MAKES_A_DIFFERENCE, IF_A_BODY_ACTED, NO_HARM, WOULD_SEEM_USEFUL, SEE_VALUE_IN, WELL_SPENT_42,
  HOPED_DONE, LIKE_TO_SEE, WISH_TO_BE_HEARD, HEAD_BEFORE_ELIDED_QU, BELIEVED_DONE, MODAL_REFLEXIVE,
  MUST_HAVE_ACCESS, PEOPLE_WHO_NEED, DESERVES_TO_BE, WHAT_IS_MISSING, SHARE_OF_FUNDS, EACH_OUGHT_TO, DO_WELL_TO,
  WOULD_ALLOW, WORTH_MORE_THAN, RICHER_FOR, COULD_HELP, CLEFT_TO_ACT_ON, HIGH_TIME_THAT, TIME_SUBJECT_42,
  THOSE_WHO_PASSIVE, MATTER_OF_JUSTICE, NOT_PUNISHED, PRAYED_AND_ASKED, ONE_RECORD_NEEDED, COULD_DO_MORE, OUR_BODY_WISHES,
  IT_IS_OUR_REQUEST, WOULD_HAVE_A_PLACE_63, ONE_THING_63,
];
/**
 * A thing proposed as the subject, then the great good it would do ("A hotline in three languages, run by …, would save
 * lives.", "One clinic on each side of the border would make all the difference.", "Un registre commun sauverait des vies.",
 * "Una línea gratuita marcaría la diferencia."): an article or "one" opens it, not a pronoun.
 */
const WOULD_SAVE_LIVES = proseForm(
  [
    "(?:a|an|one|a single|just one|une?|una?|un seul|une seule|un solo|una sola) (?!(?:day|moment|time|jour|dia|vez|fois)\\b)[^.;?!]{3,260}?,? (?:would|could|will) (?:(?:also|really|surely|certainly|truly) )?(?:save (?:(?:many|more|hundreds of|thousands of|young|children's|women's) )?lives|make (?:a |an |all the |a real |a great |a huge |a big |an enormous |a decisive )?difference|go a long way)\\b",
    "(?:une?|una?|un seul|une seule) (?!(?:jour|dia|vez|fois)\\b)[^.;?!]{3,260}? (?:sauverai(?:t|ent) des vies|ferai(?:t|ent) (?:toute la|une vraie|une grande) difference|salvaria(?:n)? (?:muchas )?vidas|marcaria(?:n)? (?:una |toda la |una gran |la )?diferencia)\\b",
  ],
);
/**
 * A body that already does a thing and could do one more ("The forestry office, which already registers each hive, could tie
 * …", "Le ministère, qui délivre déjà les permis, pourrait …", "El ministerio, que ya revisa …, podría …").
 */
const ALREADY_DOES_COULD = proseForm(
  [
    "(?:(?:the|our|each|every|le|la|les|l'|el|los|las|cada) ?)?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: (?:(?:du|de la|de l'|des|de|del|of the|of|for) ?)?[\\p{L}'-]+){0,2}, (?:which|who|qui|que|quienes) (?:(?:already|deja|ya) [^,;.?]{3,120}|[^,;.?]{3,120} (?:already|deja|ya)(?: [^,;.?]{1,80})?), (?:could|might|pourrai(?:t|ent)|podrian?) (?:(?:also|easily|simply|aussi|facilement|simplement|tambien|facilmente) )?(?!(?:not|never|only|hardly|have|ne|pas|avoir|no|nunca|haber|solo)\\b)\\p{L}{2,}",
  ],
);
/**
 * What the speaker asks first or most ("Lo primero que pedimos es que …", "The first thing we ask is that …", "La première
 * chose que nous demandons, c'est que …").
 */
const FIRST_ASKED = proseForm(
  [
    "(?:lo|la) (?:primero|primera|unico|unica|principal|mas importante) que (?:pedimos|solicitamos|proponemos|reclamamos|exigimos|recomendamos) (?:(?:hoy|aqui|a los estados|al estado|a las autoridades) )?es que\\b",
    "(?:the|our) (?:first|main|only|single|most important|chief|other|second|third|last|final|next) (?:thing|request|ask) (?:that )?(?:we|i) (?:ask|request|propose|want|(?:would )?(?:ask|put to [^,.;]{2,40}))(?: (?:of|for) [^,.;]{2,40})? is (?:that|for)\\b",
    "(?:la|notre) (?:premiere|principale|seule) (?:chose|demande) que nous (?:demandons|proposons|souhaitons|reclamons),? (?:c'est|est) (?:que|qu'|de|d')",
  ],
);
/**
 * What seems to the speaker as important, or of value, that someone do ("Nos parece igual de importante que …", "It seems to
 * us just as important that …", "Sería muy valioso que …", "Sería de justicia que …"), or what matters most (round 53: "For the
 * families, it matters most that witnesses …").
 */
const SEEMS_IMPORTANT_THAT = proseForm(
  [
    "it (?:seems|appears) to (?:us|me) (?:(?:just|equally|every bit|quite|very|particularly) )?(?:as )?(?:important|essential|urgent|necessary|vital|useful|crucial) that\\b",
    "it matters (?:most|above all|a great deal|greatly|very much|more than anything)(?: (?:to|for) (?:us|them|the [\\p{L}-]+|our [\\p{L}-]+))? that\\b",
    "nos (?:parece|parecio) (?:igual de|tan|tanto o mas|muy|sumamente|especialmente) (?:importante|urgente|necesario|indispensable|imprescindible|util|valioso|justo) que\\b",
    "seria (?:(?:muy|sumamente|realmente|igual de|tambien) )?(?:valioso|de justicia|de gran (?:ayuda|utilidad|valor)|una gran ayuda) que\\b",
  ],
);
/**
 * The simplest (best, first …) step said as what it would be ("The simplest fix would be for the ministry to …", "La
 * solution la plus simple serait que …", "La medida más sencilla sería que …").
 */
const SIMPLEST_STEP = proseForm(
  [],
  [
    "(?:the|our) (?:(?:simplest|easiest|cheapest|quickest|best|most useful|most urgent|first|single most useful|obvious) )(?:improvement|step|remedy|solution|change|fix|measure|thing to do) would be (?:for [^.;?]{3,80}? to|to|that)\\b",
    "(?:la|le|l') ?(?:solution|mesure|amelioration|remede|premiere mesure|premier pas) (?:la plus )?(?:simple|utile|urgente|rapide|efficace) (?:serait|consisterait a) (?:que|qu'|de|d')",
    "(?:la|el) (?:mejora|solucion|medida|paso|cambio|remedio) (?:mas )?(?:sencill[oa]|simple|util|urgente|barat[oa]|rapid[oa]) seria (?:que\\b|\\p{L}{2,}r\\b)",
  ],
);
/**
 * What it would mean to the speaker if someone acted ("It would mean a great deal to our members if consulates …", "Cela
 * nous aiderait beaucoup que …", "Significaría mucho para nosotras que …").
 */
const WOULD_MEAN_A_LOT_IF = proseForm(
  [],
  [
    // Round 66: to whoever is named ("to the bereaved", "to the mothers of the valley"), not only a listed few.
    "it would (?:(?:also|really|truly) )?mean (?:a great deal|a lot|so much|everything|the world) (?:to (?:us|them|(?:the|our|these|those|many) (?:[\\p{L}'-]+ ){0,4}?[\\p{L}'-]+) )?if\\b",
    "(?:cela|ca) (?:nous |leur )?(?:aiderait|changerait|compterait) (?:(?:aussi|deja) )?(?:beaucoup|enormement|tout) (?:pour (?:nous|elles|eux|(?:les|nos|ces) (?:[\\p{L}'-]+ ){0,4}?[\\p{L}'-]+) )?(?:que|qu'|si)\\b",
    "(?:significaria|supondria) (?:(?:tambien|ademas) )?(?:mucho|muchisimo|tanto) (?:para (?:nosotr[oa]s|ellas|ellos|(?:las|los|nuestr[oa]s|estas|estos) (?:[\\p{L}'-]+ ){0,4}?[\\p{L}'-]+) )?que\\b",
  ],
);
/**
 * A thing or a body that would do more good, go further or work better if … ("Training would do more good if the sessions
 * moved …", "Un tel fonds serait bien plus utile si …", "La capacitación sería más útil si …"), or that would end a harm
 * better than what is done now ("… would end the debt better than a raid").
 */
const WOULD_WORK_BETTER = proseForm(
  [],
  [
    "(?!(?:it|this|that|we|i|you|he|she|they|one|nothing|none|ce|cela|il|elle|ils|elles|on|nous|esto|eso|ello|nosotros|ellos)\\b)(?:[\\p{L}'-]+,? ){1,14}?would (?:(?:also|surely|certainly|probably) )?(?:do (?:more|much more|far more) good|go (?:further|farther|much further|a lot further)|work (?:better|far better|much better)|be (?:more|far more|much more) (?:useful|effective)) (?:if|where|when)\\b",
    "(?!(?:it|this|that|we|i|you|he|she|they|one|nothing|none)\\b)(?:a|an|one|the) (?:[\\p{L}'-]+,? ){1,14}?would (?:\\p{L}{3,} (?:it|them|the chain|the cycle) )(?:better|faster|more surely) than (?:any|a|the|all)\\b",
    "(?!(?:ce|cela|il|elle|ils|elles|nous)\\b)(?:[\\p{L}'-]+,? ){1,12}?serai(?:en)?t (?:(?:bien|beaucoup) )?plus (?:utiles?|efficaces?) (?:si|s'il|s'ils)\\b",
    "(?!(?:esto|eso|ello|nosotros|ellos)\\b)(?:[\\p{L}'-]+,? ){1,12}?serian? (?:mucho )?mas (?:util|utiles|eficaz|eficaces) si\\b",
  ],
);
/**
 * Round 51: a thing proposed, named as the subject, that would serve better than what is done now ("Short films in the
 * herders' own language would reach the camps better than notices in the capital.", "Un fonds pour réparer les radios des
 * postes serait bien plus utile qu'un atelier de plus.", "Una oficina en cada valle sería mucho más útil que otra
 * campaña."): the comparison asks for the thing. Not a pronoun or the speaker's own as the subject ("It would …", "Our
 * members would …") nor a stretch of time ("A day on the boats would …", a pupil's view: round 44), not "would have", nor a
 * verb of liking or knowing ("would like nothing better than", "would know better than"); only a gain ("better", "more
 * useful"), not "more harm than good". What round 44's `WORTH_MORE_THAN` reads ("A … would be worth more than …") needs an
 * indefinite article; this form takes any subject named, bare plurals too.
 */
const SERVES_BETTER_THAN = proseForm(
  [],
  [
    "(?!(?:it|this|that|these|those|we|i|you|he|she|they|one|nothing|none|nobody|no one|our|my|their|his|her|its|(?:a|an|one|the) (?:day|night|week|month|year) (?:on|in|at|of|with|among|aboard|spent))\\b)(?:[\\p{L}'-]+,? ){1,20}?would (?:(?:also|surely|certainly|probably|often) )?(?!(?:have|like|love|want|prefer|know|fare)\\b)(?:be (?:(?:far|much|a lot|so much) )?(?:more (?:useful|effective|helpful)|of (?:more|greater) use|better)|\\p{L}{3,}(?: [^,.;:?]{1,60}?)? (?:(?:far|much|a lot|so much) )?better) than\\b",
    "(?!(?:ce|cela|il|elle|ils|elles|nous|on|notre|nos|leur|leurs|(?:un|une|le|la) (?:jour|nuit|semaine|mois|an|annee) (?:sur|dans|a|au|en|avec|de|parmi))\\b)(?:[\\p{L}'-]+,? ){1,20}?(?:serai(?:en)?t (?:(?:bien|beaucoup|autrement|infiniment) )?plus (?:utiles?|efficaces?)|\\p{L}{3,}rai(?:en)?t(?: [^,.;:?]{1,60}?)? (?:(?:bien|beaucoup) )?mieux) (?:que|qu')",
    "(?!(?:esto|eso|ello|nosotros|ellos|ellas|nuestro|nuestra|nuestros|nuestras|su|sus|(?:un|una|el|la) (?:dia|noche|semana|mes|ano) (?:en|con|de|a|sobre|entre))\\b)(?:[\\p{L}'-]+,? ){1,20}?(?:serian? (?:(?:mucho|bastante) )?mas (?:util|utiles|eficaz|eficaces)|\\p{L}{3,}rian?(?: [^,.;:?]{1,60}?)? (?:(?:mucho|bastante) )?mejor) que\\b",
  ],
);
/**
 * Someone who would gain by doing a thing, or would do well to ("Les enquêteurs gagneraient à …", "Investigators would do
 * well to …"), not by recalling, noting or knowing one (round 17: « gagnerait à rappeler » asks for nothing).
 */
const WOULD_GAIN_BY = proseForm(
  [],
  [
    "(?!(?:je|nous|il|elle)\\b)(?:[\\p{L}'-]+,? ){1,10}?gagnerai(?:en)?t (?:(?:beaucoup|aussi|donc) )?a (?:s'|se )?(?!(?:etre|avoir|rappeler|noter|souligner|dire|preciser|mentionner|signaler|comprendre|savoir|croire|penser|constater|reconnaitre|admettre|craindre)\\b)\\p{L}{2,}",
    "(?!(?:i|we|you|it|this|that|they|he|she|one)\\b)(?:[\\p{L}'-]+,? ){1,10}?would (?:(?:also|therefore) )?do well to\\b",
    // Round 65: who has every interest in doing it ("Les États ont tout intérêt à publier …", "Los Estados tienen todo el interés en
    // publicar …", "States have every interest in publishing …"), not the speaker ("Nous avons tout intérêt à …").
    "(?!(?:je|nous|il|elle|on|ils|elles|cela|ce)\\b)(?:[\\p{L}'-]+,? ){1,10}?(?:ont|a|auraient|aurait) (?:(?:donc|aussi|pourtant) )?(?:tout|grand|bien) interet a (?!(?:ce que|le|la|les|l')\\b)\\p{L}{2,}",
    "(?!(?:yo|nosotros|nosotras|ellos|ellas|esto|eso)\\b)(?:[\\p{L}'-]+,? ){1,10}?(?:tienen|tiene|tendrian|tendria) (?:(?:por eso|tambien|ademas) )?(?:todo el|mucho|el mayor) interes en (?!(?:que|el|la|los|las|lo)\\b)\\p{L}{2,}",
    "(?!(?:i|we|you|it|this|that|they|he|she|one)\\b)(?:[\\p{L}'-]+,? ){1,10}?(?:have|has|would have) (?:(?:therefore|also) )?every interest in \\p{L}{2,}ing\\b",
  ],
);
/**
 * A body named with "tendrían que" ("A nuestro juicio, los fiscales … tendrían que poder …"; a body of `ACTOR`, not "la
 * situación").
 */
const BODY_WOULD_HAVE_TO = proseForm(
  [],
  [
    "(?:los|las|el|la) (?:[\\p{L}'-]+ ){0,2}" + ACTOR + "(?: [\\p{L}'-]+){0,7}? tendrian? (?:(?:tambien|ademas) )?que (?!(?:ver|haber|esperar|pagar|viajar|huir|mejorar|cambiar)\\b)\\p{L}{2,}",
  ],
);
/** The forms of asking in prose read on the folded sentence and again without a word set into their frame (`uninserted`). */
const READ_AGAIN_FORMS: readonly RegExp[] = [
  WOULD_SAVE_LIVES, ALREADY_DOES_COULD, FIRST_ASKED, SEEMS_IMPORTANT_THAT, SIMPLEST_STEP, WOULD_MEAN_A_LOT_IF, WOULD_WORK_BETTER,
  WOULD_GAIN_BY, BODY_WOULD_HAVE_TO, HOPE_FOR_ACTOR_43, SERVES_BETTER_THAN,
];
/**
 * What people deserve, read by `DESERVED` once put plainly: without the belief before it (`BELIEF_38_LEAD`), or with "the"
 * before a thing named bare (`DESERVE_BARE_42`) or qualified (`DESERVE_QUALIFIED_43`).
 */
/**
 * Round 64: after a belief of the speaker's, what people deserve named bare, a thing a body gives with at most three words before it
 * ("We think that ferry cooks deserve free, regular counselling …", « … méritent un soutien … » has its article already):
 * read as with an article ("deserve the …").
 */
const DESERVE_PLAIN_64 =
  /\b(deserves?|merecen?) (?=(?:[\p{L}-]+,? (?:and |y )?){0,3}(?:training|support|help|protection|care|counselling|counseling|advice|shelter|access|compensation|information|assistance|funding|capacitacion|formacion|apoyo|ayuda|proteccion|atencion|asesoria|informacion)\b)/u;
function deservedReworded(f: string): boolean {
  return (BELIEF_38_LEAD.test(f) && (DESERVED.test(f.replace(BELIEF_38_LEAD, "")) || DESERVED.test(f.replace(BELIEF_38_LEAD, "").replace(DESERVE_PLAIN_64, "$1 the ")))) ||
    (DESERVE_BARE_42.test(f) && DESERVED.test(f.replace(DESERVE_BARE_42, "$1 the $2"))) ||
    (DESERVE_QUALIFIED_43.test(f) && DESERVED.test(f.replace(DESERVE_QUALIFIED_43, "$1 the $2")));
}
/**
 * Whether the folded sentence `f` asks in one of the forms of prose above (in `strongly`); `bare`: the sentence as written,
 * for the English hope for named States (`HOPE_FOR_NAMED_EN`).
 */
function askedInProse(bare: string, f: string): boolean {
  if (ASK_FORMS.some((form) => form.test(f)) || READ_AGAIN_FORMS.some((form) => form.test(f)) || HOPE_FOR_NAMED_EN.test(bare.trim()) || deservedReworded(f)) return true;
  // Not with "also"/"too": what a body could also do asks only after a request (round 33's `couldAlso`).
  if (COULD_HELP_42.test(f) && !ADDS.test(f)) return true;
  const u = uninserted(f);
  return u !== f && (PROPOSING.test(u) || READ_AGAIN_FORMS.some((form) => form.test(u)));
}
/**
 * Round 41: people or a body named bare in the plural (no article, no pronoun), then who they are and a modal ("Inspectors
 * who visit the farms must report …", "Recruiters who charge a fee must …", "Les agents qui placent … doivent …",
 * "Los intermediarios que cobran … deben …"): right after a request, a request of its own (`named41`: unless its head is
 * in the request before).
 * Round 69: up to four words before the head ("Les chauffeurs des cars qui …"), and a duty put in the passive ("… devraient être
 * tenus de …", "… should be required to …", "… deberían estar obligados a …").
 */
const WHO_ANOTHER_41 =
  /^(?:(?:and|et|y),? )?(?!(?:those|these|they|people|ceux|celles|ellos|ellas|quienes|all|tous|todos|many|most|some)\b)(?:[\p{L}-]+ ){0,4}[\p{L}-]{3,}(?:s|x) (?:who|that|qui|que) (?!(?:is|are|was|were|est|sont|es|son)\b)[^.;:?]{3,110}? (?:should|must|need to|needs to|ought to|devraient|doivent|ont besoin de|ont a|deberian|deben|necesitan|tienen que) (?:(?:also|then|always|aussi|toujours|tambien|siempre) )?(?!(?:have|be|know|avoir|etre|savoir|haber|ser|estar|saber)\b(?! able| (?:required|obliged|bound) to| (?:tenue?s|obligee?s) (?:de|d')| obligad[oa]s a))\p{L}{2,}/u;
function named41(sentence: string, before: string): boolean {
  const head = /^(?:(?:and|et|y),? )?((?:[\p{L}-]+ ){0,4}?)([\p{L}-]{3,}?)s? (?:who|that|qui|que)\b/u.exec(sentence);
  if (!head) return true;
  return new RegExp(`\\b${head[2]}`, "u").test(asked64(before));
}
/**
 * Round 64: the request before without its clauses of time and of reason ("… months after a project ends, …", « …, puisque ce
 * sont elles qui reçoivent les personnes … », "…, porque los jueces …"): a word named there only says when or why, so a
 * sentence whose subject repeats it ("Projects that … should …") names its own topic and asks anew.
 */
const WHEN_WHY_CLAUSE_64 =
  /\b(?:after|before|until|once|because|since|apres que|avant que|des que|lorsque|quand|puisque|parce que|despues de que|antes de que|cuando|porque|ya que|puesto que)\b[^,;:.]*/gu;
function asked64(before: string): string {
  return before.replace(WHEN_WHY_CLAUSE_64, " ");
}
/**
 * Round 41: a body named that could help, fund, train or share (`HELP_OFFERED`) — "The donors and the Office could fund a
 * bench of …", "Les bailleurs pourraient financer …", "Los donantes podrían financiar …": an ask also alone in its paragraph
 * (round 31 needed another ask beside it). Not a question.
 */
// Not with "also"/"too": what a body could also do asks only after a request, as round 33's `couldAlso` reads it (round 31:
// "Donors who pay for the patrol boats could pay for radios too", alone in its paragraph, asks nothing).
const couldHelp41 = (f: string) => COULD_BODY.test(f) && HELP_OFFERED.test(f) && !ADDS.test(f) && !/\?\s*$/.test(f);
/**
 * Round 41: people named who need a thing given to them, put as what they need ("Survivors need the right to work …",
 * "Ils ont besoin d'un avocat dès la première audition", "Los testigos necesitan un intérprete …"): an ask when the
 * thing is one a body can give (protection, shelter, care, counsel, a guardian, papers, the right to …); not "we", not the
 * past, not "need to" (a duty or a fact).
 * Round 45: also the staff and the means a body can post ("The night crossings need scanners and more officers …",
 * "Les postes ont besoin d'inspecteurs …", "Los puertos necesitan escáneres y agentes …").
 * Round 51: also help, which a body gives ("Returning herders need help to rebuild their flocks …", "Ils ont besoin d'aide
 * pour …", "Necesitan ayuda para …").
 * Round 59: also a way to report, which a body sets up ("Ferry crews need a safe way to report a weapon …", "Les
 * marins ont besoin d'un moyen sûr de signaler …", "Los barqueros necesitan una forma segura de denunciar …").
 */
const NEEDS_41 = new RegExp(
  "^" + CONNECTIVE + OPENER + "(?!(?:we|i|you|nous|je|vous|nosotros|yo|it|this|that|ce|cela|esto|eso)\\b)(?:[\\p{L}'-]+,? ){1,14}?(?<!\\b(?:quien|quienes|who|qui|que|whoever|anyone) )(?:need|needs|ont besoin|a besoin|necesitan|necesita)(?: (?:also|urgently|above all|first|aussi|surtout|d'abord|tambien|sobre todo|ante todo|urgentemente))? (?:(?:a|an|the|some|de|d'|du|des|un|une|una?|unos|unas|el|la|los|las) ?){0,2}(?:[\\p{L}'-]+,? (?:(?:and|et|y|de|d'|du|des) ?)?){0,4}?(?:(?:way|channel|means) (?:to|of) (?:report|complain|alert)|moyen (?:[\\p{L}-]+ )?(?:de|d') ?(?:signaler|denoncer|porter plainte|alerter)|(?:forma|manera|via|canal) (?:[\\p{L}-]+ )?(?:de|para) (?:denunciar|reportar|avisar|alertar)|protection|help|aide|ayuda|shelter|safe (?:place|house|housing)|housing|care|medical care|health care|counsel(?:l?ing)?|legal aid|lawyers?|interpreters?|guardians?|papers|documents|permits?|residence|the right to|a right to|access to|soins|abri|logement|hebergement|avocats?|interpretes?|tuteurs?|papiers|titre de sejour|droit de|droit a|acces a|proteccion|refugio|albergue|vivienda|atencion|abogad[oa]s?|tutor(?:es)?|papeles|permiso|derecho a|acceso a|staff|officers|inspectors|scanners|patrols|personnel|agents|inspecteurs|patrouilles|personal|agentes|inspectores|escaneres|patrullas)\\b",
  "u",
);
/**
 * Round 41: an ask carried by the clause after a clause of cause or concession in the same sentence ("The fees are the
 * trap, so we think a small loan … would …", "Although the law is clear, the police should …", "Bien que la loi
 * existe, les juges devraient …", "Los fondos existen, por eso pedimos que …"): the clause after it is read as a sentence
 * of its own (`strongly`); the ask is the whole sentence. Not a clause of time, which `FRONTED` reads.
 */
const CAUSE_THEN_41 =
  /^(?:[^,;:?!]{3,200}?)(?:,|;) (?:(?:and |et |y )?(?:so|therefore|hence|which is why|that is why|this is why|donc|alors|c['’]est pourquoi|voilà pourquoi|c['’]est pour cela que|por eso|por ello|por lo tanto|así que|de modo que|de ahí que|es por eso que)),? (?!(?:that|as|que|qu['’]|far|much|long)\b)(?=\p{L})/iu;
const CONCEDED_41 =
  /^(?:(?:and|but|et|mais|y|pero),? )?(?:although|though|even though|even if|while|whereas|since|because|given that|now that|bien que|bien qu['’]|même si|puisque|puisqu['’]|étant donné que|maintenant que|alors que|aunque|si bien|ya que|puesto que|dado que|ahora que) ?[^,;:?!]{3,160}, (?=\p{L})/iu;
function clauseAsked41(bare: string): boolean {
  const m = CAUSE_THEN_41.exec(bare) ?? CONCEDED_41.exec(bare);
  if (!m) return false;
  const rest = bare.slice(m[0].length);
  if ((rest.match(/\p{L}+/gu) ?? []).length < 5 || /\?\s*$/.test(rest)) return false;
  const r = fold(rest);
  // The clause after it with a modal, active or passive, as a sentence opening a paragraph reads it (`PASSIVE`, `ACTING`).
  return strongly(rest.charAt(0).toUpperCase() + rest.slice(1), false) || PASSIVE.test(unaside(r)) || ACTING.test(r);
}
/** Round 39: a point said to come above all or before all else ("And, above all, the routes should …", "Y, sobre todo, los consulados deberían …"): a request of its own after another, as `NEXT_POINT`. */
const ABOVE_ALL = /^(?:(?:and|but|et|mais|y|pero),? )?(?:above all|most of all|most importantly|more than anything|surtout|avant tout|par-dessus tout|sobre todo|ante todo|por encima de todo)\s*,/;
/**
 * Round 39: a hope that States named by their names act, in English ("We also hope that Norland and Estavia will let their
 * police …"), as `HOPE_FOR_NAMED` reads it in French and Spanish; not what a person named will feel or become.
 */
const HOPE_FOR_NAMED_EN = /^(?:(?:[Aa]nd|[Ss]o|[Aa]lso|[Ff]inally|[Ll]astly),? )?(?:[Ww]e|I) (?:(?:also|sincerely|very much|therefore|still|really|do|further) )*hope (?:that )?(?:\p{Lu}{2,8}|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3})(?:(?:,| and) (?:\p{Lu}{2,8}|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3}))* (?:will|would|can|could) (?:(?:also|now|soon|finally|at last) )?(?!(?:be|feel|recover|get|enjoy|understand|forgive|remember|like|see|have|agree with us|come|listen|hear|succeed|continue|do (?:its|their) best)\b)\p{Ll}{2,}/u;

/**
 * Round 39: a bullet item of a PDF whose line ran on into a paragraph of its own ("• We ask the customs to use a common
 * system of" then, after a blank line, "checking the codes …"): the item does not end as a sentence does and the next
 * paragraph opens in lower case; the two are one item.
 */
const WRAPPED_ITEM = /^([ \t]*[•▪◦●○■□‣⁃][ \t]+[^\n]*[\p{L}\p{N},])[ \t]*\n[ \t]*\n(?=[ \t]*\p{Ll})/mu;
function wrappedItems(source: string): string {
  // One join at a time: an item wrapped over three lines joins twice.
  for (let k = 0; k < 50 && WRAPPED_ITEM.test(source); k++) source = source.replace(WRAPPED_ITEM, "$1 ");
  return source;
}

/**
 * Round 35: the speaker's leave asked for one more word, before a colon ("If I may keep the floor a minute longer: …",
 * "If you will allow me one more word: …", "Si vous me permettez encore un mot : …", "Si me permiten un minuto más: …"):
 * when what follows asks, it is the request without the lead-in, also in the first person ("…: I hope the donors will
 * fund …"). Not what follows when it asks nothing ("If I may add one thing: we were all very moved.").
 */
const LEAVE_LABEL =
  /^(?:(?:and|so|et|y),? )?(?:if (?:i|we) (?:may|might|could) (?:use|take|keep|have|add|borrow|say)|if you (?:will |would )?(?:allow|permit|let) (?:me|us)|with your (?:leave|permission)|si vous (?:me|nous) (?:le )?permettez|si (?:me|nos) (?:lo )?permite(?:n)?|con su (?:permiso|venia))[^:.?!]{0,80}?\s*:\s*(?=\S)/;
function leaveAsked(sentence: string): string | null {
  const label = LEAVE_LABEL.exec(foldLetters(sentence));
  if (!label) return null;
  const rest = sentence.slice(label[0].length).trim();
  const f = fold(rest);
  return rest.length >= 20 && (PROPOSING.test(f) || asks(rest) || PASSIVE.test(unaside(f)) || BODY_ASKED.test(f)) ? rest : null;
}

/**
 * Round 34: the speaker's belief or view, then a request in the passive or with a modal, its subject a thing or people
 * ("We also believe that clerks who were trained ought to stay …", "It is our firm view that rescuers must never be
 * prosecuted …", "Nous pensons que chaque enfant retrouvé devrait être vu …", "Por eso creemos que cada licencia retenida
 * debería devolverse …"): a request. Not a pronoun as the subject ("We think that we should …", "… that it must be
 * hard"), nor a clause of when or if. The long lead-ins ("It is our firm view that", "Our view is that") are left out of
 * the request's text; "We believe that …", "Creemos que …" stay, as the speaker said them.
 * Round 67: also the view without an adjective, kept in the text ("It is also our view that …", « Nous sommes d'avis que … »,
 * "Es nuestra opinión que …", "Somos de la opinión de que …").
 */
const BELIEF_LEAD =
  /^(?:(?:and|so|therefore|also|et|donc|aussi|y|por (?:eso|ello|lo tanto)|por consiguiente|c'est pourquoi),? )?(?:(it is (?:therefore |also |thus )?(?:our|my) (?:firm|considered|strong|clear|settled|shared) (?:view|belief|conviction|position|opinion) that|(?:our|my) (?:firm|considered|strong|clear|settled|shared) (?:view|belief|conviction|position|opinion) is that|c'est (?:notre|ma) (?:ferme |profonde )?conviction que|(?:nuestra|mi) (?:firme )?conviccion es que|es (?:nuestra|mi) (?:firme )?conviccion que)|(?:we|i) (?:(?:also|therefore|firmly|strongly|really|still|do) )*(?:believe|think|feel|hold|are convinced|am convinced)(?: that)?|it seems to (?:us|me)(?: (?:first|also|therefore))?,? that|it is (?:(?:therefore|also|thus|further|equally) )*(?:our|my) (?:view|belief|opinion|position) that|(?:nous|je) (?:sommes|suis) (?:(?:aussi|donc|egalement) )*d'avis (?:que|qu')|c'est (?:(?:aussi|egalement) )*(?:notre|mon) avis (?:que|qu')|es (?:(?:tambien|ademas) )*(?:nuestra|mi) (?:opinion|posicion) (?:de )?que|somos (?:(?:tambien|ademas) )*de la opinion de que|il (?:nous|me) semble (?:(?:d'abord|donc|aussi|egalement) )?(?:que|qu')|(?:nos|me) parece,? (?:(?:primero|tambien|ademas|por (?:eso|ello|lo tanto)),? )?que|(?:nous|je) (?:(?:aussi|donc|egalement) )*(?:pensons|croyons|estimons|considerons|pense|crois|estime|considere|sommes (?:(?:donc|aussi|fermement) )?(?:convaincus|persuades)|suis (?:convaincue?|persuadee?))(?: (?:aussi|donc|egalement))? (?:que|qu')|(?:creemos|pensamos|consideramos|estimamos|creo|pienso|considero|estamos (?:(?:firmemente|plenamente) )?convencid[oa]s de)(?: (?:tambien|ademas|por (?:eso|ello|lo tanto)|firmemente))? que)\s*/;
/** The conditional modals only ("should", "devrait", "debería"): "must" after a belief also tells how things are ("We feel that families must travel too far …"). */
// Not an expectation of how things will go ("Creemos que la situación debería mejorar con las lluvias.", "… should improve …").
// Round 35: "tendría(n) que" as "debería(n)" ("Creemos que las navieras … tendrían que informar …").
const SOFT_MODAL = /\b(?:should|ought to|devr(?:ait|aient)|deb(?:eria|erian)|tendri(?:a|an) que)\b(?! have\b| avoir ete\b| haber\b)(?! (?:(?:also|aussi|tambien|soon|bientot|pronto) )?(?:improve|worsen|change|fall|drop|rise|grow|increase|decrease|happen|last|arrive|get better|get worse|s'ameliorer|ameliorer|se degrader|changer|baisser|augmenter|diminuer|arriver|durer|evoluer|mejorar|empeorar|cambiar|bajar|subir|aumentar|disminuir|crecer|llegar|pasar|ocurrir|durar)\b)/;
const BELIEF_SUBJECT_NOT = /^(?:i|we|you|it|this|that|there|he|she|they|one|je|nous|vous|il|elle|ils|elles|on|ce|cela|ceci|yo|nosotros|ustedes|ellos|ellas|esto|eso|ello|if|when|si|quand|lorsque|cuando|whether|what|ce que|lo que)\b/;
function believedAsk(sentence: string): { rest: string; long: boolean } | null {
  const lead = BELIEF_LEAD.exec(foldLetters(sentence));
  if (!lead) return null;
  const rest = sentence.slice(lead[0].length).trim();
  const f = fold(rest);
  if (rest.length < 20 || BELIEF_SUBJECT_NOT.test(f) || /\?\s*$/.test(f)) return null;
  return PASSIVE.test(unaside(f)) || SOFT_MODAL.test(f.replace(RELATIVE_MODAL, " ")) ? { rest, long: lead[1] !== undefined } : null;
}

/**
 * Round 22: a run-in label that counts the speaker's points, a colon or a dash after it ("Our first
 * point: prosecutors should not…", "My second point – interviews should…", "Point two: fund…", "One
 * last point: …"): when what follows asks (a modal outside a relative clause, or in the imperative), it
 * is the request, without the label (the label names no request, as "First," does not). Gives the
 * request, or null.
 */
const POINT_LABEL =
  /^(?:(?:(?:our|my|the|a|one) (?:(?:first|second|third|fourth|fifth|sixth|next|last|final|other|further|main|key|single|more|second and last) )*|another |(?:first|second|third|fourth|fifth|final|last) )point|point (?:one|two|three|four|five|six))\s*(?::|[–—-](?=\s))\s*(?=\S)/;
/**
 * Round 62: a run-in label that counts the speaker's requests ("Our first request: that …", « Notre première demande : que … »,
 * "Nuestra primera petición: que …"): a wish in "that"/"que" after it is a request, taken with its label (the label names it).
 */
const REQUEST_LABEL =
  /^(?:(?:our|my|the) (?:first|second|third|next|last|final|main) (?:request|ask)|(?:notre|ma|la) (?:premiere|deuxieme|seconde|troisieme|derniere|principale) (?:demande|requete)|(?:nuestra|mi|la) (?:primera|segunda|tercera|ultima|principal) (?:peticion|solicitud|demanda))\s*(?::|[–—-](?=\s))\s*(?=\S)/;
/**
 * A request counted as "one" more of the kind just made, a colon after it ("A second one: the bodies found should be …",
 * "Another one: …", "Une deuxième : les corps … devraient …", "Una segunda: los cuerpos … deberían …"): read as
 * `POINT_LABEL` is, so it is a request of its own and not the one before it going on.
 */
const ONE_MORE =
  /^(?:(?:a|the) (?:second|third|fourth|fifth|next|last|final) one|another one|(?:une|la) (?:deuxieme|seconde|troisieme|quatrieme|derniere)|(?:una|la) (?:segunda|tercera|cuarta|ultima)|otra mas)\s*(?::|[–—-](?=\s))\s*(?=\S)/;
function pointAsked(sentence: string): string | null {
  const requested = REQUEST_LABEL.exec(foldLetters(sentence));
  const label = POINT_LABEL.exec(foldLetters(sentence)) ?? ONE_MORE.exec(foldLetters(sentence)) ?? requested;
  if (!label) return null;
  const rest = sentence.slice(label[0].length).trim();
  const f = fold(rest);
  // Round 67: also after a label counting one more ("La seconde : que …"), and with "qu'" elided before "un", "une" (« qu'un éducateur soit … »).
  const wished = OPTATIVE.test(f) || /^qu'(?:un|une|aucun|aucune)\b/.test(f);
  if ((requested || ONE_MORE.test(foldLetters(sentence))) && rest.length >= 20 && wished) return sentence.trim();
  // A modal outside a relative clause ("interviews with those who land should take place…"; not "the keepers who must work alone are afraid").
  return rest.length >= 20 && (PROPOSING.test(f) || PASSIVE.test(f) || BODY_ASKED.test(f) || OPENING_VERB.test(f) || frontedImperative(f) || MODAL.test(f.replace(RELATIVE_MODAL, " "))) ? rest : null;
}

/**
 * Round 22: the label of a postscript after a letter's signature, at the start of its paragraph:
 * "P. D.:", "P.D.", "PD:", "P.S.", "PS:", "P.-S. :", "Post-scriptum :", "Posdata:" (read on the text as
 * written; dots or a colon after the letters, so that a word "PS" or "PD" alone is not taken).
 */
/**
 * Round 30: the label of the speaker's comment opening a paragraph ("Our comment: we would welcome…", "Notre commentaire :
 * …", "Nuestro comentario: …"), as an annotated agenda gives it under each item beside "Background:": the comment is read
 * without it (the request is what follows; a comment that asks nothing is taken for nothing). Not a sentence that only
 * speaks of a comment ("Our comment on item 2 was noted.": no colon right after the label).
 */
const COMMENT_LABEL = /^\s*(?:(?:our|my) (?:comments?|views?|position|response|remarks?)|(?:notre|mon) (?:commentaire|avis|position|r[ée]ponse)|(?:nuestro|mi) (?:comentario|parecer)|(?:nuestra|mi) (?:opini[óo]n|posici[óo]n|respuesta))\s*[:–—]\s+(?=\S)/iu;
const POSTSCRIPT = /^\s*(?:P\.\s?[DS]\.|P\.-S\.|P\.\s?P\.\s?S\.|P[DS]\s?:|Post-?scriptum|Postscript|Posdata)\s*[:.–—-]?\s+(?=\S)/iu;

/**
 * Round 20: a sentence that names the topic of the speaker's next suggestion and asks nothing
 * itself: "Our second suggestion is about people.", "My last recommendation concerns money.",
 * "Notre deuxième proposition porte sur la formation.", "Nuestra última propuesta se refiere al
 * dinero." (read on the folded text).
 */
const SIGNPOST =
  /^(?:(?:our|my|the|a|one) (?:(?:first|second|third|fourth|fifth|next|last|final|other|further|main) )*(?:suggestion|recommendation|proposal|request|ask|idea) (?:is about|is on|concerns|relates to|has to do with|deals with|touches on|regards)|(?:notre|ma|une) (?:(?:premiere|deuxieme|seconde|troisieme|derniere|autre) )*(?:suggestion|recommandation|proposition|demande|idee) (?:porte sur|concerne|touche)|(?:nuestra|mi|una) (?:(?:primera|segunda|tercera|ultima|otra) )*(?:sugerencia|recomendacion|propuesta|peticion|idea) (?:se refiere a|trata (?:de|sobre)|tiene que ver con|es sobre|concierne a))\b[^,;:.!?]{1,60}\.$/;
/**
 * Round 26: a sentence that announces one more request and makes none ("There is one more request we
 * would put to the river States.", "There is a last thing I want to ask of donors."): a signpost
 * too; the request is the sentence after it. Not one that goes on to ask ("…: that…", "…, namely…").
 */
const ONE_MORE_THING =
  /^there (?:is|remains) (?:one|a|just one) (?:(?:more|other|last|final|further|small|single) )*(?:thing|request|point) (?:that )?(?:we|i) (?:(?:would|will|must|want to|wish to|would like to|should like to|also) )*(?:ask|request|raise|put)(?: (?:of|from|to) [^,;:.!?]{2,60})?\.$/;
/**
 * Round 28: a sentence that says the next step is simple, or that there is something a body can do
 * ("What must happen now is quite clear.", "What needs to be done is simple.", "There is one thing the
 * lending banks could do tomorrow."): a signpost; the sentence after it is the request, also when a body needs
 * something ("Ward nurses need a key to…") or when it is an imperative ("Once a ship docks, hand the cook…").
 * Not one that goes on ("What must happen now is clear: …"), nor one about what was done or cannot be done
 * ("There is little the courts can do.", "There was something the police could have done.").
 */
const NEXT_STEP = new RegExp(
  "^" + CONNECTIVE + "(?:what (?:should|must|needs to|has to|ought to) (?:happen|be done|change)(?: (?:next|now|first|here|instead))? is (?:(?:really|quite|very|actually) )?(?:simple|not complicated|clear|not difficult|straightforward|not hard|not (?:very )?much|not a mystery)" +
    // Round 29: one request announced for someone, with a full stop ("We have one request for the donors."), the imperative
    // or the modal after it being the request; not one that was made ("We had one request…").
    "|(?:we|i) (?:(?:also|only|just|still) )*have (?:(?:just|only) )?(?:one|a single) (?:(?:more|last|final|further|small|simple|concrete|urgent) )*(?:request|ask|plea|recommendation|suggestion)(?: (?:for|of|to) [^,;:.!?]{2,60})?" +
    "|there is (?:(?:also|still|however) )*(?:something|one thing|a thing|one more thing|another thing|a (?:simple|small|cheap|practical) thing) (?:that )?(?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?: [\\p{L}'-]+){0,4}? (?:can|could|might|should) (?:(?:also|still) )?do(?: (?:at once|now|today|right away|tomorrow|quickly|cheaply|easily|immediately|themselves|on their own|without us|for them))*)\\.$",
  "u",
);
/**
 * Round 61: what the speaker asks or would like, said to be "this" or simple ("What we really want to see is this.", "What we ask
 * of donors is simple: that …", « Ce que nous demandons est simple : que … », "Lo que pedimos es sencillo: que …"): it announces
 * the request and makes none. "… is this." is a signpost (the sentence after it is the request; "… is simple." was read
 * before, by the forms that take what follows it); before a colon and "that" (« que »), the request is the clause after the
 * colon (`afterCleft61`).
 */
const CLEFT_61 =
  "(?:what (?:we|i) (?:(?:would|really|most|also|therefore|do) )*(?:like(?: to see)?|want(?: to see)?|hope (?:for|to see)|ask(?: for)?|are asking(?: for)?|need)(?: (?:of|from) [^,;:.!?]{2,60})?|ce que (?:nous|je) (?:demandons|demande|souhaitons|souhaiterions|voudrions|aimerions(?: voir)?|attendons(?: de [^,;:.!?]{2,60})?)|lo que (?:pedimos|pido|queremos|quisieramos(?: ver)?|nos gustaria(?: ver)?|esperamos(?: de [^,;:.!?]{2,60})?)) (?:is|est|c'est|es) (?:(?:really|quite|very|tres|bien|muy|bastante) )?";
const CLEFT_STOP_61 = new RegExp("^" + CONNECTIVE + CLEFT_61 + "(?:this|ceci|esto)\\.$", "u");
const CLEFT_COLON_61 = new RegExp("^" + CONNECTIVE + CLEFT_61 + "(?:simple|this|clear|plain|short|straightforward|modest|ceci|clair|modeste|sencillo|esto|claro|modesto)\\s*:\\s+(?=(?:that|que|qu')\\b)", "u");
/** Round 61: the request after a cleft signpost and its colon ("What we would also like to see is simple: that …" → "that …"). */
function afterCleft61(proposal: string): string {
  const lead = CLEFT_COLON_61.exec(foldLetters(proposal));
  return lead ? proposal.slice(lead[0].length) : proposal;
}
const signpost = (f: string) => SIGNPOST.test(f) || ONE_MORE_THING.test(f) || NEXT_STEP.test(f) || CLEFT_STOP_61.test(f);
/** Round 28: what a body needs, with "need" as the verb ("Ward nurses need a key to…"), after `NEXT_STEP`. */
const NEEDS = /^(?:[\p{L}'-]+,? ){1,12}?needs? (?!(?:not|no)\b)\p{L}/u;
/**
 * Round 28: "So I say this to the lending banks.", the speaker's word to a body with a full stop
 * (the colon's is `COLON_LEAD`): the sentences after it that ask are the requests, as after a count. Not what was
 * said before ("We said this to the minister in 2021.").
 */
const SAY_THIS = new RegExp(
  "^" + CONNECTIVE + "(?:we|i) (?:(?:would|will|want to|wish to|must|can only|also|therefore|now|simply|only) )*(?:say|put it|repeat) (?:this|the following|(?:one|two|three|four) things?) (?:(?:plainly|clearly|simply|again|today|here) )*to (?:the |all |each |every |you,? )?[^.:;]{2,80}\\.$",
  "u",
);
/** Round 28: a thanks to a body for what it did ("We thank the council for its new clinic…", "We are grateful to the agency for…"). */
const THANKS = new RegExp(
  "^" + CONNECTIVE + "(?:we|i) (?:(?:also|sincerely|warmly|would like to|wish to|want to|must) )*(?:thank|are grateful to|am grateful to|commend|congratulate|applaud) (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b[^.;]{0,60}? for \\p{L}",
  "u",
);
/**
 * Round 28: a hope that what was just thanked for will grow ("We hope it will add a night ward.", "We hope
 * they will extend it to the islands."), the pronoun standing for the body or what it did: after `THANKS`
 * only. Not a hope that it will not happen, nor that it will last as it is ("We hope it will not be needed
 * again.", "We hope it will continue.": nothing more is asked).
 */
const HOPE_AFTER_THANKS =
  /^(?:(?:and|so) )?(?:we|i) (?:(?:also|now|very much|sincerely|only|therefore) )*hope (?:that )?(?:it|they|this|these|the same|such (?:a |an )?[\p{L}-]+|the (?:[\p{L}-]+ ){0,2}[\p{L}-]+) will (?:(?:soon|also|now|one day|in time|next year|before long|quickly|then|likewise) )*(?!(?:soon|also|now|then|likewise|not|never|continue|last|remain|be (?:over|needed|too late|enough))\b)\p{L}{2,}/u;

/** A modal that can carry a suggestion after a signpost: "should", "could", "would", "might"… (not "could have"). */
const SUGGESTED = /\b(?:should|must|could|would|might|ought to|needs? to|devrai(?:t|ent)|pourrai(?:t|ent)|deberian?|podrian?)\b(?! have\b| avoir\b| haber\b)/;

/**
 * Round 19: a short title in the imperative run into its paragraph ("Share the logbooks.", "Listen
 * to the crews."): six words at most, no comma, a verb of asking first; not the speaker's "Let me
 * tell you…", "Allow me to…".
 */
function runInTitle(sentence: string): boolean {
  const f = fold(sentence.trim());
  return /^[^,;:]{3,60}\.$/.test(f) && f.split(/\s+/).length <= 6 && OPENING_VERB.test(f) && !MODAL.test(f) && !/^(?:let (?:me|us)|allow me|permit me)\b/.test(f);
}

/**
 * A list's proposals. An item that is a heading over its own sub-list ("On border checks:" then
 * "◦ Scan …", "◦ Record …"; "Give inspectors real powers:" then "a) let them …", "b) fund …")
 * gives its sub-items; an ordinal paragraph that opens with background ("Third, the matter of
 * shelters. Most close at night … We urge …") gives its proposing sentence onwards.
 */
const NEEDS_HEAD_65 = /^(?:[^:;]*,\s*)?(?:(?:the|all|our|these|les|nos|ces|los|las|nuestr[oa]s|estos|estas) )?[\p{L}'-]+(?: [\p{L}'-]+){0,3} (?:(?:also|still|urgently|aussi|encore|tambien|todavia) )?(?:(?:ont|a) besoin d(?:'|e |u |es )(?=un|une|plus|\p{L}{3,})|(?:needs?|require|requires|necesitan?|requieren?) (?!(?:a|an) (?:few|number|couple|set|series|range|list|handful)\b|(?:un|una|une) (?:par|serie|ensemble|lista|liste)\b)(?:a|an|one|more|faster|better|clear|un|una|mas)\b)[^:;]*:$/u;
function expand(l: List): string[] {
  return l.items.flatMap((text, k) => {
    const sub = l.nested.find((n) => n.item === k)?.list;
    const head = text.split("\n")[0]!;
    // Not "Strengthen inspection by:" then "a) giving …": sub-items that finish the item's sentence.
    // A heading needs no colon when it is a short title that asks nothing ("On border checks").
    const title = head.length <= 80 && !/[.!?;,]$/.test(head.trim()) && !asks(head);
    // "que atiendan a los heridos … en particular:" asks with its own verb right after "que"; "Que
    // los Estados de origen:" (naming who is asked, no verb) does not.
    const headAsks = asks(head) || /^(?:que|that) (?!(?:los|las|el|la|les|le|l'|the|all|every|each|cada|todos|todas|tous|toutes|un|una|une|a|an|se|ce|ces|these|those)\b)\p{L}{3,}/u.test(fold(head.trim()));
    // Round 54: a thing named, then a relative pronoun and a colon ("A single protocol, binding on every agency, that:", "Un
    // protocolo único …, que:"), its sub-items in lower case finishing that clause: one proposal, the thing and what it does.
    const lower = !!sub && sub.items.every((x) => /^\p{Ll}/u.test(x.trim()));
    // Round 65: a head that says what a body needs, closed by a colon ("…, requests need a faster track:", « les victimes ont
    // besoin d'un accompagnement : », "las víctimas necesitan un trato distinto:"), its sub-items in lower case saying what that
    // is: one proposal, as a head that asks (below).
    if (sub && lower && /:\s*$/.test(head) && NEEDS_HEAD_65.test(fold(head.trim()))) return [tidy(joinSubItems(text), null)];
    if (sub && !headAsks && RELATIVE_COLON.test(fold(head.trim())) && lower) return [tidy(joinSubItems(text), null)];
    // Round 57: a request whose head ends on what it entails and a colon ("… should be traced, which means at least:", "…,
    // lo que supone como mínimo:", "…, ce qui suppose au minimum :"), its sub-items in lower case the steps it entails: one proposal.
    if (sub && headAsks && ENTAILS_COLON_57.test(fold(head.trim())) && lower) return [tidy(joinSubItems(text), null)];
    // Round 61: a head that asks in full by a modal of its own ("A clerk who raises the alarm … should be heard as a source,
    // not as a culprit:"), its sub-items in lower case saying what that means ("a) he should be allowed …", "b) his employer …"): one
    // proposal, the parent and its children. Not a lead-in ("States should:", "States should take the following steps:").
    if (sub && lower && completeAsk61(head) && sub.items.every(asks)) return [tidy(joinSubItems(text), null)];
    // Under a heading that asks nothing and ends with a colon ("On prevention:"), even one sub-item is a proposal (convention 3).
    const many = sub && (sub.items.length >= 2 || (sub.items.length === 1 && /:\s*$/.test(head) && !headAsks && head.trim().length <= 80));
    if (sub && many && ((/:\s*$/.test(head) && (!headAsks || sub.items.every(asks))) || (title && sub.items.filter(asks).length * 2 >= sub.items.length))) return sub.items;
    // An item that asks and whose sub-items finish its sentence ("Require every agency:" then
    // "a) to hold a licence;" "b) to pay a bond."): one proposal, the texts joined with single spaces
    // (the lead's convention 2).
    const lines = text.split("\n").filter((x) => x.trim());
    const finishes = lines.length > 1 && (/:\s*$/.test(head) || (/,\s*$/.test(head) && /^\p{Ll}/u.test(readMarker(lines[1]!.trim())?.rest ?? lines[1]!)));
    if (finishes && headAsks) return [tidy(joinSubItems(text), null)];
    if (l.family !== "ordinal") return [text];
    const parts = sentences(text.replace(/\n/g, " "));
    if (parts.length < 2 || asks(parts[0]!)) return [text];
    const from = parts.findIndex((s, n) => n > 0 && (PROPOSING.test(fold(s.replace(/^["“«¿¡]/, ""))) || ACRONYM_SUBJECT.test(s)));
    return from > 0 ? [tidy(parts.slice(from).join(" "), null)] : [text];
  });
}

/** Round 61: a head closed by a colon whose own modal has three words or more after it, none announcing a list ("the following"). */
function completeAsk61(head: string): boolean {
  const f = fold(head.trim());
  const modal = /:$/.test(f) && !/\b(?:following|below|these|suivant(?:e|s|es)?|ci-dessous|ces|siguientes?|estas|estos)\b/.test(f) ? MODAL.exec(f.replace(RELATIVE_MODAL, " ")) : null;
  return !!modal && (f.slice(modal.index + modal[0].length).match(/\p{L}+/gu) ?? []).length >= 3;
}

/** A head that ends on a relative pronoun and a colon ("…, that:", "…, que :", "… qui :", "…, which:"): what follows finishes it. */
const RELATIVE_COLON = /(?:^|[\s,])(?:that|which|who|whereby|que|qui|dont|cuyo|cuya|donde|where)\s*:$/;

/** Round 57: a head that ends on what the request entails and a colon ("…, which means at least:", "…, lo que supone:"). */
const ENTAILS_COLON_57 = /[\s,](?:which (?:means|implies|requires|entails)|that is|lo que (?:supone|implica|exige|significa)|es decir|ce qui (?:suppose|implique|exige|signifie)|c'est-a-dire)(?: (?:at least|at a minimum|as a minimum|como minimo|al menos|por lo menos|au minimum|au moins|a minima))?\s*:$/;

/** An item and the lines of its sub-list as one text: the sub-items' labels removed, single spaces. */
function joinSubItems(text: string): string {
  return text
    .split("\n")
    .map((line, n) => (n === 0 ? line : (readMarker(line.trim())?.rest ?? line)).trim())
    .filter(Boolean)
    .join(" ");
}

/**
 * A sentence where the speaker asks outright: "We urge States parties to…", "Nous demandons aux États de…", "Instamos a los Estados a…".
 * Not "We ask…": a closing appeal asks ("We ask the international community to stand with us").
 */
const ASKS_OUTRIGHT = new RegExp(
  "^" + CONNECTIVE + "(?:(?:we|i)(?: (?:therefore|also|further|strongly|respectfully|once again))* (?:urge|call (?:on|upon)|recommend|propose|request) (?!(?:you|that you)\\b)" +
    // Round 18: "We also ask UNODC to organise…", a body asked to do a thing; not a closing appeal
    // to stand with the speaker, listen or remember.
    "|(?:we|i)(?: (?:therefore|also|further|finally|respectfully|once again))* ask (?:the |all |each |every )?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "(?:,? [\\p{L}'-]+){0,6}? to (?!(?:stand|remember|listen|hear|join|think|keep us|support us|be with)\\b)\\p{L}{2,}" +
    "|(?:nous|je)(?: (?:donc|aussi|egalement|enfin))* (?:demandons|recommandons|appelons|exhortons|proposons|prions)\\b|(?:instamos|exhortamos|pedimos|solicitamos|recomendamos|proponemos|hacemos un llamado)\\b" +
    // Round 26: a body invited or encouraged to act ("Invitamos a los municipios a abrir…", "Nous invitons les communes à…";
    // not "Invitamos a todos a la recepción").
    "|(?:invitamos|alentamos|animamos) (?:(?:tambien|ademas|por (?:lo )?tanto) )*(?:a (?:los |las |la |el |cada )?|al )(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b(?:,? [\\p{L}'-]+){0,6}? a \\p{L}{2,}(?:ar|er|ir)\\b" +
    "|(?:nous|je) (?:(?:donc|aussi|egalement|enfin) )*(?:invitons|encourageons|invite|encourage) (?:les |la |le |l'|chaque )?\\s?(?:[\\p{L}'-]+ ){0,3}" + ACTOR + "\\b(?:,? [\\p{L}'-]+){0,6}? a \\p{L}{2,}(?:er|ir|re)\\b" +
    // Round 25: a body named first, then asked ("Y a la secretaría le pedimos que…", "Et aux communes, nous demandons de…").
    "|(?:" + frontedAsk(ACTOR) + "))",
  "u",
);
/**
 * Round 25: a preambular clause of a motion or a resolution, a participle opening it and a semicolon
 * or a comma closing it ("Considérant que … ;", "Constatant que … ;", "Noting with concern that …,",
 * "Recordando que … ;"): the operative paragraphs come after it.
 */
const PREAMBLE =
  /^(?:considerant|rappelant|constatant|notant|observant|reconnaissant|soulignant|affirmant|reaffirmant|preoccupee?s?|convaincue?s?|considering|recalling|noting|observing|recogni[sz]ing|bearing in mind|acknowledging|concerned|convinced|emphasi[sz]ing|stressing|reaffirming|considerando|recordando|constatando|observando|reconociendo|tomando nota|teniendo (?:presente|en cuenta)|preocupad[oa]s?|convencid[oa]s?|subrayando|destacando|reafirmando)\b.*[;,]$/;
/**
 * Round 25: an operative paragraph by which an assembly acts itself or speaks for itself, in the
 * third person that motions and resolutions use: it decides, resolves, mandates, authorises, takes
 * note, welcomes, or asks its own officers ("Decides to publish…", "Mandates its chair to…",
 * "Requests its bureau to…", "Takes note of…", "Décide de publier…", "Mandate son président pour…",
 * "Charge son bureau de…", "Prend note…", "Encomienda a su presidenta…", "Decide publicar…", "Pide a
 * su junta que…"). The English forms end in -s (not the imperative "Decide…", "Mandate…", which
 * asks); "Décide", "Mandate", "Charge" only in an item written in French or Spanish (`romance`). Not a
 * decision to ask ("Décide de demander aux États…", "Decides to urge…"). Read on the folded item.
 */
const OWN_ACT_EN =
  /^(?:decides|resolves|mandates|instructs|authori[sz]es|entrusts|agrees|adopts|approves|undertakes|commits|notes|takes note|welcomes|expresses|reaffirms|thanks|congratulates|(?:requests|asks|invites|charges|directs) (?:its|their)\b)(?! to (?:ask|request|urge|call|invite|recommend|appeal)\b)/;
const OWN_ACT_ROMANCE =
  /^(?:decide|mandate|charge|autorise|adopte|approuve|donne mandat|resout|s'engage|prend (?:acte|note)|se felicite|felicite|remercie|reaffirme|exprime|(?:demande|prie|invite) (?:a )?(?:son|sa|ses|leur)|encomienda|encarga|resuelve|acuerda|aprueba|autoriza|faculta|mandata|se compromete|toma nota|celebra|acoge|agradece|felicita|reafirma|expresa|(?:pide|solicita|invita|insta) a (?:su|sus))\b(?! (?:de |d'|a )?(?:demander|prier|inviter|appeler|recommander|exhorter|pedir|solicitar|instar|invitar|exhortar|recomendar)\b)/;
const ownAct = (item: string) => {
  const f = fold(item.trim());
  return OWN_ACT_EN.test(f) || (OWN_ACT_ROMANCE.test(f) && (!/^(?:decide|mandate|charge)\b/.test(f) || romance(f)));
};
/** A sentence about the list's requests as a whole: "…these recommendations…", "…ces propositions…", "…estas medidas…". */
const BACK_TO_LIST = /\b(?:these|those|our|the above|all|ces|nos|toutes|estas|nuestras|todas|esas) (?:[\p{L}-]+ )?(?:recommendations|proposals|requests|measures|steps|points|recommandations|propositions|demandes|mesures|recomendaciones|propuestas|peticiones|medidas)\b/u;

/**
 * A bilingual statement says each proposal twice, once in each language (two versions one after
 * the other, or a table of two columns read row by row): the proposals are those in the language of
 * the first one (the lead's convention 4), when the other language has as many.
 */
function onceInEachLanguage(proposals: string[]): string[] {
  const langs = proposals.map(tongue);
  const first = langs.find((l) => l !== null);
  if (!first) return proposals;
  // Round 18: a bilingual table read column by column gives one version's proposals, then the
  // other's, as many: the first half, when each half speaks one language of its own (a short
  // proposal whose small words do not tell its language goes with its half).
  const half = proposals.length / 2;
  const tongues = (part: (string | null)[]) => new Set(part.filter((l) => l !== null));
  const [a, b] = [tongues(langs.slice(0, half)), tongues(langs.slice(half))];
  if (Number.isInteger(half) && a.size === 1 && b.size === 1 && [...a][0] !== [...b][0]) return proposals.slice(0, half);
  const other = langs.filter((l) => l !== null && l !== first).length;
  const same = langs.filter((l) => l === first).length;
  return other > 0 && other === same ? proposals.filter((_, i) => langs[i] === first || langs[i] === null) : proposals;
}

/** The heading of a press release's closing notes: "Notes to editors", "About us", "Media contact", "Notes aux rédactions", "Acerca de…". */
// Round 69: "About" and the organization's name with no article ("About Transparent Courts Watch" as "About the Watch").
const PRESS_NOTES = /^(?:notes? (?:to|for) (?:the )?editors?|about (?:us|the [\p{L} -]{2,60}|\p{L}[\p{L}'’& -]{2,60})|(?:media|press) (?:contacts?|enquiries|inquiries)|notes? (?:aux|a la) redactions?|a propos (?:de|du|des|d')|(?:contacts? presse|contact medias?)|notas? (?:para|a) (?:los )?(?:editores|redacciones|la redaccion)|acerca de|sobre nosotros|contacto (?:de|para) (?:prensa|medios))\b[^.!?]{0,60}:?$/u;

/**
 * Round 30: a heading over the team's own reminders in a programme or a briefing ("DO NOT FORGET", "To do", "Reminders",
 * "Checklist", "Logistics", "N'oubliez pas", "À faire", "Rappels", "No olvidar", "Pendientes", "Recordatorios"), alone on
 * its line: its items ("Ask the hotel for a late check-out.") are no requests of the statement. Read on the folded line.
 */
const TODO_HEADING = /^(?:(?:do not|don't) forget|to[ -]?do(?: list)?|reminders?|checklist|logistics|practical (?:notes|arrangements)|n'oubli(?:ez|ons) pas|a faire|rappels?|logistique|no olvid(?:ar|en|emos)|pendientes|recordatorios?|logistica)\s*[:!.]?$/;

/** A paragraph that opens by adding to what came before. */
const ADDING = /^(?:in addition|additionally|furthermore|moreover|en outre|de plus|par ailleurs|ademas|asimismo|adicionalmente)\b/;

/**
 * What a transcript or a thread adds to the words said: a timestamp opening a line ("[01:25]",
 * "(12:05)") and a post counter closing one ("… (3/8)", or alone on its line); and a footnote
 * mark after a word or a stop ("…every year.[4]"), and a comment anchor ("…on paper.[KL3]"); an
 * interview's "Q:" and "A:".
 */
function withoutMarks(text: string): string {
  return withoutSpeakers(text)
    // An interview's "Q:" / "A:" ("P :" / "R :" in French and Spanish).
    .replace(/^([ \t]*)[QAPR][ \t]?:[ \t]+(?=\S)/gm, "$1")
    .replace(/(?<=\S)\[\d{1,3}\]/g, "")
    // A word processor's comment anchor after a word or a stop ("…on paper.[KL3]"): initials and a number.
    .replace(/(?<=\S)\[\p{Lu}{1,3}\d{1,3}\]/gu, "")
    .replace(/^([ \t]*)[[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*/gm, "$1")
    .replace(/[ \t]*\(\d{1,2}\/\d{1,2}\)[ \t]*$/gm, "")
    // Round 23: and one opening a line, as a statement pasted into a chat in parts ("(2/3) We ask…", "[2/3] …").
    .replace(/^([ \t]*)[([]\d{1,2}\/\d{1,2}[)\]][ \t]+(?=\S)/gm, "$1")
    // Round 26: and a bare one, as a numbered social-media thread opens each post ("3/7 We asked…"):
    // only in a thread (two posts at least), and a counter that counts (not "24/7 Hotlines…").
    .replace(/^(?:[ \t]*\d{1,2}\/\d{1,2}[ \t]+\p{Lu}.*\n(?:[ \t]*\n)*){2,}/gmu, (thread) =>
      thread.replace(/^([ \t]*)(\d{1,2})\/(\d{1,2})[ \t]+(?=\p{Lu})/gmu, (all, pad: string, n: string, of: string) => (Number(n) <= Number(of) ? pad : all)),
    );
}

/**
 * Round 28: a transcript's speaker label opening a turn, the speaker's name and a colon: after a
 * timestamp ("[00:01:22] AMARA: The second was…", "(12:05) Host Name: …"), or in capitals on the
 * lines of a conversation without timestamps ("HOST: …", "GUEST: …": two labels at least, one of
 * them on two turns, four turns in all). It names who speaks; it is no part of what is said. Not a
 * label that names what a paragraph is ("ASK: States should…", "Note: …", "Problem: …"), kept for
 * `ASK_LABEL` and its neighbours (`NOT_SPEAKER`).
 */
const TURN_LABEL = "(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})(?: \\([^()\\n]{1,30}\\))?[ \\t]?:[ \\t]+(?=\\S)";
const STAMPED_TURN = new RegExp("^([ \\t]*[[(]\\d{1,2}:\\d{2}(?::\\d{2})?[\\])][ \\t]*)" + TURN_LABEL, "gmu");
const CAPITAL_TURN = /^([ \t]*)(\p{Lu}{2,}(?:[ .'’-]{1,2}\p{Lu}{2,}){0,2})[ \t]?:[ \t]+(?=\S)/gmu;
const NOT_SPEAKER =
  /^(?:ask|asks|request|requests|recommendation|recommendations|proposal|proposals|problem|issue|evidence|context|background|note|notes|nb|ps|question|questions|answer|response|action|actions|summary|objective|goal|result|results|finding|findings|source|sources|contact|email|e-mail|tel|phone|fax|web|date|subject|re|to|from|cc|where|when|what|who|why|how|warning|important|update|demande|constat|proposition|propuesta|peticion|problema|nota|objet|asunto|para|de|a|fecha|tema|lieu|lugar)$/;
function withoutSpeakers(text: string): string {
  const speaker = (label: string) => !NOT_SPEAKER.test(fold(label).replace(/[.'’-]+$/, ""));
  const stamped = text.replace(STAMPED_TURN, (all, stamp: string, label: string) => (speaker(label) ? stamp : all));
  const turns = [...stamped.matchAll(CAPITAL_TURN)].map((m) => m[2]!).filter(speaker);
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (counts.size < 2 || turns.length < 4 || Math.max(...counts.values()) < 2) return stamped;
  return stamped.replace(CAPITAL_TURN, (all, pad: string, label: string) => (counts.has(label) ? pad : all));
}

/**
 * Round 23: the line that opens a message in an exported meeting chat: a time, "From" / "De" /
 * "Desde", the sender, and to whom it went ("10:41:55 From  Ana Example  to  Everyone:", "14:02 De
 * Paul Exemple à Tout le monde :", "09:15:30 De Ana Ejemplo a Todos:", "… to Me (Direct Message):"),
 * the message after the colon or on the lines below; or a bracketed time and a name alone ("[10:03
 * AM] Ana Example"), as another meeting tool copies its chat.
 */
const CHAT_HEADER =
  /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?[\])]?\s+(?:From|De|Desde|from|de|desde)\s+[^:]{2,120}?\s+(?:to|à|a|para)\s+(?:Everyone|everyone|All(?: panelists| participants)?|all|Tout le monde|tout le monde|Tous|tous|Todos|todos|Todo el mundo|todo el mundo|Me|me|Moi|moi|Mí|mí|Hosts?|hosts?|Hôtes?|hôtes?|Anfitri[oó]n(?:es)?|Panelists|Panélistes|Panelistas|[^:]{2,60}\((?:Direct Message|direct message|Privately|privately|message direct|en privé|mensaje directo|en privado)\))\s*:(?:\s+(\S.*))?$/u;
const CHAT_STAMP = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]\s+\p{Lu}[^:.!?\d]{1,60}$/u;
/**
 * Round 23: a statement pasted into a meeting's chat: each message a paragraph of its own (a request
 * read in one message does not run into the next, and the lines that say who sent it are not read
 * as text). Only with two such lines at least; the text as it is otherwise.
 */
function chatMessages(text: string): string {
  const lines = text.split("\n");
  if (lines.filter((l) => CHAT_HEADER.test(l) || CHAT_STAMP.test(l)).length < 2) return text;
  return lines
    .map((l) => {
      if (CHAT_STAMP.test(l)) return "";
      const header = CHAT_HEADER.exec(l);
      // The message lines, indented under their header in an export, read from their first word.
      return header ? (header[1] ? `\n${header[1]}` : "") : l.trimStart();
    })
    .join("\n")
    .replace(/\n(?:[ \t]*\n){2,}/g, "\n\n");
}

/**
 * Round 36: a draft's comments printed as notes after its text, each opening with the anchor that marks its place in the
 * text ("…along the river.[AB1]" and below "[AB1] Comment (Ana B., 02/03): How many members?"): the reviewers'
 * words, no part of the statement (a question in them read as a request before): a paragraph that opens with such a note
 * is left out. Only when two notes at least have their anchor in the text (a word or a stop right before it).
 */
const COMMENT_NOTE = /(?:^|\s)\[(\p{Lu}{1,4}\d{1,3})\][ \t]*(?:(?:Comment(?:ed)?|Commentaire|Comentario|Reviewer|Note)\b[^:\n]{0,60}|\([^()\n]{1,60}\)|\p{Lu}[\p{L}.' -]{1,40})[ \t]?:/gu;
function withoutCommentNotes(text: string): string {
  const anchored = (id: string) => new RegExp(`\\S\\[${id}\\]`, "u").test(text);
  const notes = [...text.matchAll(COMMENT_NOTE)].filter((m) => anchored(m[1]!));
  if (notes.length < 2) return text;
  // A paragraph that opens with a note holds notes only (one a line, or run together when the lines were joined).
  return text
    .split(/\n[ \t]*\n/)
    .filter((p) => {
      // (after a rule of dashes or stars over the notes, if any)
      const first = new RegExp(COMMENT_NOTE.source, "u").exec(p.replace(/^[ \t]*[-_*=~]{3,}[ \t]*\n/, ""));
      return !(first?.index === 0 && anchored(first[1]!));
    })
    .join("\n\n");
}

/**
 * The margin balloons of a document printed with its tracked changes and comments ("Deleted: six",
 * "Formatted: English (United Kingdom)", "Commented [AB1]: to check", "Supprimé : …", "Mis en
 * forme : …", "Eliminado: …", "Con formato: …", "Comentario [AB1]: …"), read into the text: a
 * balloon opening a line or after a stop, and the short lines it wraps onto (under 40 characters,
 * not ending a sentence). Only when the text has two balloons at least. Round 16.
 */
const BALLOON = /(?:^|(?<=[.!?]["”»]?)[ \t]+)(?:(?:Deleted|Inserted|Formatted|Moved(?: \((?:insertion|deletion)\))?|Supprimé|Inséré|Mis en forme|Déplacé|Eliminado|Insertado|Con formato|Movido)[ \t]?:|(?:Commented|Comment|Commentaire|Commenté|Comentado|Comentario)[ \t]+\[\p{Lu}{1,4}\d{1,3}\][ \t]?:)/u;
function withoutBalloons(text: string): string {
  const lines = text.split("\n");
  if (lines.filter((l) => BALLOON.test(l)).length < 2) return text;
  const out: string[] = [];
  let wrapping = false;
  for (const line of lines) {
    const at = BALLOON.exec(line);
    if (at) {
      const before = line.slice(0, at.index).trimEnd();
      if (before) out.push(before);
      // Where the text had ended a sentence, the balloon stands for a paragraph's end (the text
      // flowed around it): the sentences on either side are not read as one paragraph.
      if (/[.!?]["”»)]?$/.test(out.at(-1) ?? "") && out.at(-1) !== "") out.push("");
      wrapping = true;
    } else if (wrapping && line.trim().length > 0 && line.trim().length < 40 && !/[.!?]["”»)]?$/.test(line.trim())) continue;
    else {
      wrapping = false;
      out.push(line);
    }
  }
  return out.join("\n");
}

/**
 * A heading over a list that sums up what the statement asked: "Summary of recommendations", "Our
 * requests at a glance", "Easy-read version", "Tableau récapitulatif", "Résumé", "En bref", "Resumen
 * en lectura fácil", "Síntesis".
 */
const RECAP = /\b(?:summary|recap|recapitulati\w*|resume|resumen|synthese|sintesis|overview|at a glance|in brief|in short|en bref|en resume|en resumen|easy[- ]?read|lectura facil|facile a lire|facil de leer|key (?:points|messages)|points cles|mensajes clave)\b/;

/** Words of five letters or more, cut to their first five (a rough stem: "financé"/"financer", "formateurs"/"formateur"). */
const stems = (t: string) => new Set((fold(t).match(/\p{L}{5,}/gu) ?? []).filter((w) => !STOP_STEMS.has(w.slice(0, 5))).map((w) => w.slice(0, 5)));
const STOP_STEMS = new Set(["shoul", "which", "their", "there", "these", "those", "would", "could", "about", "other", "every", "where", "after", "befor", "entre", "leurs", "cette", "comme", "toute", "todos", "todas", "sobre", "desde", "hasta", "estos", "estas", "donde", "deben", "doive", "devra", "deber", "nuest", "notre", "quere", "voulo", "avons", "tiene", "pueda", "puiss"]);
/** A short item that says again what a longer request says: two word stems in common at least. */
function restates(item: string, request: string): boolean {
  const theirs = stems(request);
  return [...stems(item)].filter((w) => theirs.has(w)).length >= 2;
}

/**
 * A closing plea asks no one to do anything: a wish that no one else go through what the speaker
 * did ("We ask that no other son has to bury his father this way.", "Nous demandons qu'aucune autre
 * famille ne vive cela.", "Pedimos que nadie más tenga que pasar por esto."), naming no State, agency
 * or donor. With one named it is a request ("We ask States to make sure that no other…").
 */
const NO_ONE_ELSE = /\b(?:no other|no one else|nobody else|never again|ningun[ao]? otr[ao]|nadie mas|nunca mas|aucune? autre|personne d'autre|plus jamais|jamais plus)\b/;
/**
 * Round 34: not when the listener is asked to see to it that it never happens again ("Nous demandons à l'État de veiller
 * à ce qu'aucun enfant ne soit plus jamais remis…", "We ask you to make sure that no child is ever again…", "Les pedimos
 * que velen por que nunca más…"): that is a request, as with a body named.
 */
const SEE_TO_IT = /\b(?:ensure|make sure|see to it|veiller a ce|s'assurer|garantir que|vel(?:ar|en|e|emos) por|garantizar que|asegurar(?:se de)? que)\b/;
/**
 * Round 34: a short sentence that announces a view against a common one, asking nothing itself ("We would suggest quite
 * the opposite.", "I would argue otherwise.", "Nous voudrions suggérer le contraire.", "Quisiéramos sugerir lo
 * contrario."): the sentences after it make the case.
 */
const CONTRARY =
  /^(?:(?:and|but|so|et|mais|y|pero),? )?(?:(?:we|i) (?:(?:would|might|want to|wish to|would like to|should like to|dare to|venture to|will) )*(?:suggest|propose|argue|submit) (?:(?:quite|exactly|precisely|rather|just) )?(?:the opposite|the reverse|the contrary|otherwise|something else|a different view|another view)|(?:nous|je) (?:(?:voudrions|aimerions|souhaitons|voudrais|aimerais|osons|oserions) )?(?:suggerer|proposer|soutenir|suggerons|soutenons|proposons) (?:(?:tout|exactement|plutot|precisement) )?(?:le contraire|l'inverse|autre chose)|(?:(?:quisieramos|queremos|nos gustaria|quisiera|me gustaria) )?(?:sugerir|proponer|plantear|sugerimos|planteamos|proponemos) (?:(?:justamente|precisamente|mas bien|exactamente) )?(?:lo contrario|lo opuesto|otra cosa))\s*[.!]?$/;
const contrary = (t: string) => CONTRARY.test(fold(t.trim()).replace(/^[^\p{L}]+/u, ""));
/**
 * Round 43: the speaker's own cases or people served, told in the present with no modal and no verb of asking ("Nous
 * suivons des affaires de traite qui, presque toutes, passent par …", "We handle cases of forced labour that …",
 * "Acompañamos a familias que …"): what the group does, not a request; kept from the learned classifier's candidates.
 * Round 45: also a service the group gives free of charge ("We translate the contracts free of charge …", "Nous traduisons
 * gratuitement les contrats …", "Traducimos gratuitamente …").
 */
const OWN_CASES_43 =
  /^(?:(?:depuis|since|desde) [^,]{2,30}, |(?:chaque|every|cada) (?:annee|mois|semaine|year|month|week|ano|mes|semana),? )?(?:(?:nous|we) (?:(?:also|aussi|already|deja|still|toujours) )?(?:suivons|accompagnons|recevons|traitons|defendons|representons|follow|handle|accompany|receive|represent|defend|assist)|(?:seguimos|acompanamos|recibimos|atendemos|defendemos|representamos|asistimos)) (?:a |\d+ |(?:des|les|plus de|environ|many|some|about|over|more than|the|unos|unas|los|las|mas de|cerca de) )*(?:[\p{L}-]+ ){0,2}?(?:affaires|dossiers|cas|victimes|familles|femmes|enfants|cases|victims|families|women|children|survivors|casos|victimas|familias|mujeres|ninos|ninas)\b|^(?:(?:depuis|since|desde) [^,]{2,30}, )?(?!(?:we|nous) (?:hope|wish|want|would|could|ask|urge|call|need|believe|think|propose|suggest|recommend|expect|esperons|souhaitons|voulons|demandons|proposons|pensons|croyons)\b|(?:esperamos|queremos|pedimos|proponemos|creemos|pensamos)\b)(?:(?:we|nous) (?:(?:also|aussi|already|deja|still|toujours) )?[\p{L}-]{3,}|[\p{L}]{2,}(?:amos|emos|imos)) (?:[\p{L}'-]+ ){0,4}(?:free of charge|for free|gratuitement|benevolement|gratuitamente)\b/u;
export const ownCases43 = (t: string): boolean => OWN_CASES_43.test(fold(t.trim())) && !MODAL.test(fold(t)) && !ASKING.test(fold(t));
/**
 * Round 34: what the speaker's group proposed or asked in the past, told as history ("Two years ago, our network proposed
 * to the ministries a joint protocol …", "In 2021 we asked the ministry to …", "Voici trois ans, notre ligue a suggéré
 * …", "Hace dos años, nuestra red propuso …"): a time of the past opens the sentence and the verb of proposing is in
 * the past. Not when it asks again ("… and we ask again", "… et nous le redemandons", "… y lo pedimos de nuevo").
 */
const TOLD_AS_HISTORY = new RegExp(
  "^(?:(?:il y a|voici) (?:\\p{L}+|\\d+) (?:ans?|mois|semaines?)|(?:en|in) (?:19|20)\\d\\d|l'an dernier|l'annee derniere|(?:\\p{L}+|\\d+) (?:years?|months?|weeks?) ago|last (?:year|month|session|spring|autumn|winter|summer)|hace (?:\\p{L}+|\\d+) (?:anos?|meses?|semanas?)|el ano pasado),? " +
    "(?:[\\p{L}'-]+ ){0,4}?(?:(?:a|avons|ont|avait|avions|avaient) (?:deja |aussi )?(?:propose|demande|recommande|suggere|soumis|presente)|(?:proposed|asked|recommended|suggested|called for|urged|put forward|submitted)|(?:propuso|propusimos|propusieron|pidio|pidieron|recomendo|recomendaron|sugirio|sugirieron|presentamos|presento)|(?:ha|han|hemos|habia|habiamos) (?:propuesto|pedido|solicitado|recomendado|sugerido|presentado))\\b",
  "u",
);
/**
 * What the speaker's own members settled among themselves, told in the past ("At the end the meeting agreed, by a wide
 * margin, that a member who sees these signs should tell the police.", "We also agreed that no member should …",
 * « L'assemblée a convenu que … », "Acordamos que …"): the group's rule for itself, no request of the meeting. Not "we
 * agree" in the present ("We agree that the States should …"), nor what others agreed.
 */
const AGREED_AMONG_US = new RegExp(
  "^" + CONNECTIVE + "(?:[\\p{L}'-]+,? ){0,4}?(?:(?:we|our (?:members|assembly|board|meeting)|the (?:meeting|assembly|members|board))(?: all)?(?: also)? agreed|(?:nous (?:avons|sommes) (?:aussi )?convenus?|(?:l'assemblee|la reunion|nos membres) (?:a|ont) (?:aussi )?convenu)|(?:acordamos|convinimos|(?:la asamblea|la reunion|nuestros socios) (?:acordo|acordaron|convino)))(?:,[^,;]{2,60},)? (?:that|que)\\b",
  "u",
);
const agreedAmongUs = (t: string) => AGREED_AMONG_US.test(fold(t.trim()));
/**
 * What others told the speaker's group it should do, told back ("A few port officers told us we should stay silent about …", « Des
 * agents nous ont dit que nous devrions nous taire », "Algunos funcionarios nos dijeron que deberíamos callar"): a fact of
 * the story, not a request; the speaker is the one told.
 */
const TOLD_US_TO = /^(?:[\p{L}'-]+,? ){0,6}?(?:(?:told|advised|warned) (?:us|me)(?: that)? (?:we|i) (?:should|must|ought to|had to|would have to)|nous ont (?:dit|conseille|explique) que nous (?:devrions|devons|devions)|nos (?:dijeron|aconsejaron|advirtieron) que (?:deberiamos|debiamos|teniamos que))\b/u;
const toldUsTo = (t: string) => TOLD_US_TO.test(fold(t.trim()));
/**
 * The speaker's answer to an objection, what something is not ("Some will call this naive. We would answer that it is not naive
 * to ask who pays.", « Nous répondrions que ce n'est pas de la faiblesse … », "Responderíamos que no es blando …"): an
 * argument for the requests, not one of them.
 */
const ANSWERS_OBJECTION = /^(?:(?:and|but|et|mais|y|pero),? )?(?:(?:we|i) (?:would|will|can only|must) (?:answer|reply|respond|say in reply)(?: to (?:that|them|this))?,? that (?:it|this|that) (?:is|would be) not|(?:nous|je) (?:repondrions|repondrais|repondons|reponds) que (?:ce|cela) n'est pas|(?:responderiamos|responderia|respondemos|respondo) que no es)\b/u;
const answersObjection = (t: string) => ANSWERS_OBJECTION.test(fold(t.trim()));
/**
 * Round 67: a third party's recommendation told with its date, the time after the verb ("The inspection committee's report
 * recommended last year that …", « Le rapport du comité a recommandé l'an dernier que … », "El informe de la comisión
 * recomendó el año pasado que …"): history the speaker cites, not the speaker's ask. Not the speaker's group ("we", "nous").
 */
const CITED_PAST_67 = new RegExp(
  "^(?!(?:we|i|our|my|nous|je|notre|nos|nosotros|nuestr\\p{L}*|mi)\\b)(?:[\\p{L}'-]+ ){1,8}?(?:(?:a|ont|avait|avaient) (?:deja |aussi )?(?:recommande|propose|demande|suggere)|had (?:already )?(?:recommended|proposed|asked|suggested)|recommended|proposed|suggested|called for|urged|recomendo|recomendaron|propuso|propusieron|pidio|pidieron|sugirio|sugirieron|(?:ha|han|habia|habian) (?:recomendado|propuesto|pedido|sugerido)),? " +
    "(?:[^,;:.«\"“]{0,30} )?(?:l'an dernier|l'annee derniere|last (?:year|month|spring|autumn|summer|winter)|(?:\\p{L}+|\\d+) (?:years?|months?) ago|in (?:19|20)\\d\\d|en (?:19|20)\\d\\d|el (?:ano|mes) pasado|hace (?:\\p{L}+|\\d+) (?:anos?|meses)|il y a (?:\\p{L}+|\\d+) (?:ans?|mois))\\b",
  "u",
);
/**
 * Round 67: the speaker's own commitments ("We commit ourselves to keep …, to share … and to train …", « Nous nous engageons
 * à poursuivre …, à accueillir … et à transmettre … », "Nos comprometemos a llevar …"): what the group will do, beside its asks,
 * not one of them; not when the sentence asks as well ("…, and we ask the ministry to …").
 */
const PLEDGE_67 =
  /^(?:(?:for our part|on our side|in return|de notre cote|pour notre part|en retour|por nuestra parte|de nuestra parte|a cambio),? )?(?:(?:we|i) (?:(?:also|therefore|hereby|for our part|in turn) )*(?:commit (?:ourselves |myself )?to|pledge to|undertake to|promise to|will continue to|shall continue to)|(?:nous|je) (?:(?:aussi|donc|egalement) )*(?:nous engageons|m'engage) (?:(?:aussi|donc|egalement|pour notre part) )*a|(?:nous|je) (?:continuerons|continuerai) (?:a|de)|(?:nos|me) comprometemos a|me comprometo a|(?:seguiremos|continuaremos)\b)/;
const pledged67 = (t: string) => {
  const f = fold(t.trim());
  return PLEDGE_67.test(f) && !/\b(?:ask|urge|call (?:on|upon)|invite|request|recommend|propose|demand\w*|propos\w*|recommand\w*|appel\w*|pedimos|pid\w*|solicit\w*|insta\w*|exhort\w*)\b/.test(f.replace(PLEDGE_67, ""));
};
/**
 * Round 67: a question the speaker's group puts to the people it meets, told as what happens ("When we ask them where they
 * come from, they name …", « Quand nous leur demandons de quel pays ils arrivent, ils … », "Cuando les pedimos que nos digan de dónde
 * vienen, …"): a verb of asking in a clause of when, a question word after it; testimony, not a request.
 */
const ASKED_A_QUESTION_67 =
  /^(?:(?:and|but|et|mais|y|pero),? )?(?:when|whenever|each time|every time|quand|lorsque|chaque fois que|cuando|cada vez que|siempre que) (?:we|i|nous|je|on) (?:(?:leur|lui|les|le|la|them|him|her|les|le|la) )?(?:ask|asked|demandons|demande|demandait|preguntamos|pregunto|pedimos)\b(?: (?:them|him|her|the \p{L}+))?,? (?:d'ou|ou|si|s'ils|s'il|pourquoi|comment|combien|qui|quel\p{L}*|ce que|ce qui|where|why|whether|if|how|who|what|which|de donde|donde|adonde|por que|como|si|quien\p{L}*|cual\p{L}*|cuanto\p{L}*|que nos (?:digan|cuenten|expliquen))\b/u;
const askedAQuestion67 = (t: string) => ASKED_A_QUESTION_67.test(fold(t.trim()));
const toldAsHistory = (t: string) => {
  const f = fold(t.trim()).replace(/^[^\p{L}]+/u, "");
  return (TOLD_AS_HISTORY.test(f) || CITED_PAST_67.test(f)) && !/\b(?:again|once more|still ask|de nouveau|a nouveau|redemand\p{L}*|reiter\p{L}*|otra vez|de nuevo|nuevamente|seguimos pidiendo|toujours)\b/u.test(f);
};
/**
 * Round 43: nor when what must never happen again is an act of the State's against someone ("… qu'une femme qui signale son
 * patron ne soit plus jamais poursuivie", "that no rescuer is ever again prosecuted", "que nunca más se detenga
 * a …"): a request to the law, whoever is named.
 */
const STATE_ACT_43 = /\b(?:prosecuted|charged|arrested|detained|jailed|imprisoned|punished|deported|criminali[sz]ed|fined|poursuivi|arrete|detenu|emprisonne|puni|expulse|condamne|sanctionne|procesad[oa]|detenid[oa]|encarcelad[oa]|castigad[oa]|deportad[oa]|expulsad[oa]|criminalizad[oa]|sancionad[oa]|multad[oa]|detenga|procese|encarcele|castigue|deporte|expulse)(?:e|s|es)?\b/;
const plea = (t: string) => NO_ONE_ELSE.test(fold(t)) && !new RegExp("(?:^|\\s)" + ADDRESSEE, "u").test(fold(t)) && !SEE_TO_IT.test(fold(t)) && !STATE_ACT_43.test(fold(t));
/**
 * A letter's closing courtesy formula: "Please accept the assurances of our highest consideration",
 * "Veuillez agréer / Nous vous prions d'agréer … l'expression de notre haute considération", "Le
 * saludamos atentamente", "Reciba un cordial saludo": never a request, though it "asks".
 */
const COURTESY =
  /^(?:(?:please )?accept(?:,? [^.]{0,60},)? (?:the|our|my) (?:renewed )?assurances?\b|(?:we|i) (?:avail|take this opportunity to (?:renew|express)\b[^.]{0,40}\b(?:consideration|esteem|regards))|(?:nous vous prions|je vous prie|veuillez|daignez)(?:,? [^.]{0,60},)? (?:d'|de )?(?:agreer|recevoir|croire)\b|(?:le|la|les|lo|los) saluda(?:mos|n)?\b|(?:reciba|recibe|reciban|acepte|acepten|sirvase|quedamos)\b[^.]{0,80}\b(?:saludos?|consideracion|estima)\b|(?:with|yours)\b[^.]{0,30}\b(?:regards|faithfully|sincerely)\b)/;
/**
 * Round 35: the same formulas after a clause of thanks or of waiting that opens the letter's last sentence ("En vous
 * remerciant de votre écoute, nous vous prions d'agréer …", "Thanking you in advance, we remain yours faithfully",
 * "Agradeciendo de antemano su atención, les saludamos atentamente"); and a letter's apology for an absence or a delay
 * ("Nous vous prions de bien vouloir excuser …", "Veuillez excuser notre absence", "Please accept our
 * apologies for …", "Please excuse our absence", "Les rogamos disculpar nuestra ausencia"): asks nothing of the meeting.
 */
const COURTESY_LEAD = /^(?:(?:en (?:vous )?(?:remerciant|souhaitant|esperant)|dans l'attente|thanking you|hoping|in anticipation|looking forward|agradeciendo(?:le|les)?|en espera|esperando) [^.;:]{0,120}?,\s*)/;
const APOLOGY =
  /^(?:(?:nous vous prions|je vous prie|veuillez)(?: de)?(?: bien vouloir)? (?:nous |m'|me )?(?:en )?excuser\b|(?:please )?(?:accept (?:our|my) (?:sincere |deepest )?apolog|excuse (?:our|my|the) (?:absence|delay|late)|forgive (?:our|my|the) (?:absence|delay))|(?:le|les) (?:rogamos|pedimos|ruego|pido) (?:que )?(?:nos |me )?(?:disculpe|disculpen|disculpar|excuse|excusen|excusar|perdone|perdonen)\b|(?:disculpe|disculpen|excuse|excusen)(?:nos)? (?:nuestra|mi|la) (?:ausencia|demora|tardanza))/;
/**
 * Round 59: a letter's request to confirm that it was received ("Please confirm receipt of this statement.", "Merci de
 * bien vouloir confirmer la réception de notre lettre.", "Les agradeceríamos confirmar la recepción …"): asks
 * the secretariat for a reply, nothing of the meeting. Not a request that a body acknowledge receipt of what people send it.
 */
const RECEIPT_59 =
  /^(?:(?:we|i) (?:would be grateful if you could|thank you (?:in advance )?for|ask you to) |(?:please|kindly) |(?:nous vous remercions|je vous remercie|merci) (?:par avance )?(?:de|d') |(?:veuillez|nous vous prions de|je vous prie de) |(?:les|le) (?:agradeceriamos|agradecemos|rogamos|pedimos) (?:que )?|(?:favor de|sirvase|sirvanse) )(?:bien vouloir )?(?:(?:kindly|nous|me|nos) )?(?:confirm(?:ing)?|acknowledg(?:e|ing)|confirmer|accuser|confirmar|confirmen|confirme|acusar|acusen|acuse) (?:(?:the|la|su|de la) )?(?:bonne )?(?:receipt|reception|recepcion|recibo) (?:of|de|du) (?:this|the present|our|ce|cet|cette|notre|la presente|el presente|esta|este|nuestra|nuestro)\b/;
const courtesy = (t: string) => {
  const f = fold(t.trim()).replace(/^[^\p{L}]+/u, "");
  const g = f.replace(COURTESY_LEAD, "");
  return COURTESY.test(f) || COURTESY.test(g) || /^(?:(?:we|i) (?:remain|are|am),? )?(?:yours|with)\b[^.]{0,30}\b(?:regards|faithfully|sincerely)\b/.test(g) || APOLOGY.test(f) || RECEIPT_59.test(f);
};
/**
 * Round 28: a concession to those addressed, that they have other troubles, said before a request and asking
 * nothing itself ("We know that the ministry has many pressing problems.", "We understand that donors face
 * competing priorities."): never a request. Not one that goes on to ask ("…, but it should…", "…; still, we ask…").
 */
const CONCESSION =
  /^(?:(?:and|but|of course|naturally),? )?(?:we|i) (?:(?:fully|well|do|also|of course) )*(?:know|understand|realise|realize|recognise|recognize|appreciate|are (?:well )?aware) (?:that )?[^.;:,]{2,60}? (?:has|have|faces?|is (?:dealing|struggling) with) (?:(?:so|very|a great|a lot of|too) )?(?:many|other|more|much|competing|limited|few|urgent|pressing|difficult)(?: [\p{L}-]+){0,2} (?:problems|priorities|demands|concerns|challenges|needs|troubles|worries|tasks|issues|things to do)(?: to (?:deal with|solve|face|attend to))?(?: (?:today|now|at home|already|this year|right now))?\.?$/u;
const concession = (t: string) => CONCESSION.test(fold(t.trim()));
// Round 25: `ownAim` moved to request-model.ts, with the other checks of what is not a request of ours (`notOurRequest`).
export { ownAim } from "./request-model.ts";

/**
 * A question of a questionnaire, on a line of its own: "Guiding question 2: How can…?", "Question 3 –
 * …", "Pregunta 1: …", "Q4. …". Round 16.
 */
const QUESTION = /^(?:(?:guiding|key|consultation) )?(?:question|pregunta|q)\s*n?[°ºo]?\s*\d{1,2}\s*[:.)–—-]/;

/** A request that ends by quoting the text it proposes: "…along these lines: “Every …”". */
const QUOTED_MODEL = /:\s*["“«][^"“”«»]{20,}["”»]$/u;
/**
 * Round 17: a request that proposes a text ("We propose that States adopt a provision along these
 * lines:") followed by that text as a paragraph of its own in quotation marks (a model provision):
 * one paragraph, so that the request keeps its text (the lead's convention 2). Gives the text and
 * the indexes of the paragraphs so joined.
 */
function withModelText(source: string): { text: string; models: number[] } {
  const paragraphs = source.split(/\n{2,}/);
  const out: string[] = [];
  const models: number[] = [];
  for (const p of paragraphs) {
    const before = out.at(-1);
    const last = before === undefined ? "" : fold(sentences(before.replace(/\n/g, " ")).at(-1)!.trim());
    if (before !== undefined && /:$/.test(last) && (PROPOSING.test(last) || ASKS_OUTRIGHT.test(last)) && /^\s*["“«][^"“”«»]{20,}["”»]\s*$/u.test(p) && !readMarker(p.trim())) {
      out[out.length - 1] = `${before} ${p.trim()}`;
      if (models.at(-1) !== out.length - 1) models.push(out.length - 1);
    } else out.push(p);
  }
  return { text: out.join("\n\n"), models };
}

/**
 * Round 21: the heading of one amendment to a draft text, a line of its own: "Amendment 1", "Proposed
 * amendment 3 (preambular paragraph 5)", "New operative paragraph 10 bis", "Operative paragraph 4",
 * "Amendement 2 (paragraphe 6 du dispositif)", "Nouveau paragraphe 9 bis du préambule", "Enmienda 3",
 * "Nuevo párrafo 4 bis de la parte dispositiva" (read on the folded line).
 */
const AMENDMENT_HEADING =
  /^(?:(?:proposed |draft )?(?:amendment|amendement|enmienda)s? (?:(?:no|n°|nº|num)\.? ?)?\d{1,3}[a-z]?\b|(?:new |nouveau |nuevo )?(?:(?:preambular|operative) paragraph|paragraphe|parrafo) (?:\d{1,3}|[a-z]{1,2}\b))[^.!?:;]{0,70}:?$/;
/**
 * The instruction of an amendment: where and what to insert, replace, delete or add ("After "…",
 * insert "…".", "In the second line, replace "…" with "…".", "At the end, add "…".",
 * "Insert: "…".", "Delete "…".", "Après « … », insérer « … ».", "Sustitúyase « … » por « … ».");
 * it quotes the words it changes.
 */
const AMENDMENT_INSTRUCTION =
  /^(?:(?:after|before|at the (?:end|beginning|start) of|in (?:the )?(?:first|second|third|last|fourth|fifth|\d+\w*)? ?(?:line|sentence|paragraph|subparagraph)|apres|avant|a la fin d|au debut d|despues de|antes de|al final d|al (?:principio|inicio) d)(?:[^"“”«»:]|["“«][^"“”«»]{0,200}["”»]){0,80}[,:]? (?:insert|add|replace|delete|substitute|inserer|ajouter|remplacer|supprimer|insertar|insertese|anadir|anadase|agregar|agreguese|sustituir|sustituyase|reemplazar|reemplacese|suprimir|suprimase)\b|(?:insert|add|replace|delete|substitute|amend|reword|inserer|ajouter|remplacer|supprimer|modifier|insertar|insertese|anadir|anadase|agregar|agreguese|sustituir|sustituyase|reemplazar|reemplacese|suprimir|suprimase)\b)[^"“”«»]{0,80}["“«]/;
/** A line that gives an amendment's reason: "Reason:", "Rationale:", "Justification :", "Motivo:". */
const AMENDMENT_REASON = /^(?:reasons?|rationale|justification|explanation|explanatory note|comment|note|motif|motivation|raison|justificacion|motivo|razon|fundamento|explicacion)\s*[:.–—-]/;
/** A sentence about the amendments themselves: "Our two edits to the draft…", "…these amendments…". */
const AMENDMENT_TALK = /\b(?:changes?|edits?|amendments?|amendements?|enmiendas?|modifications?|modificaciones?|wording|new paragraphs?|nouveaux? paragraphes?|nuevos? parrafos?)\b/;

/**
 * Round 21: the instructions of amendments to a draft text, in order: under each heading
 * (`AMENDMENT_HEADING`), the lines right after it (in its paragraph, or the next paragraph when the
 * heading stands alone) up to a reason, the next heading or the end of the paragraph, when they
 * open as an instruction (`AMENDMENT_INSTRUCTION`).
 */
function amendments(text: string): string[] {
  const lines: { line: string; block: number }[] = [];
  text.split(/\n{2,}/).forEach((b, block) => b.split("\n").forEach((line) => line.trim() && lines.push({ line: line.trim(), block })));
  const out: string[] = [];
  lines.forEach(({ line, block }, k) => {
    if (line.length > 90 || !AMENDMENT_HEADING.test(fold(line))) return;
    const taken: string[] = [];
    for (let j = k + 1; j < lines.length; j++) {
      const next = lines[j]!;
      const f = fold(next.line);
      if (AMENDMENT_REASON.test(f) || (next.line.length <= 90 && AMENDMENT_HEADING.test(f))) break;
      if (taken.length && next.block !== lines[j - 1]!.block) break;
      if (!taken.length && next.block !== block && next.block !== block + 1) break;
      taken.push(next.line);
    }
    const instruction = taken.join(" ").trim();
    if (instruction && AMENDMENT_INSTRUCTION.test(fold(instruction))) out.push(tidy(instruction, null));
  });
  return out;
}

/**
 * Round 32: a report's numbered section headings, each alone in its paragraph ("1. What we heard", "2. What the
 * workshop asks of States", "3. What the workshop will do", "4. Closing"): when one of three such headings at least
 * names what is asked, by the speaker or by a body in the third person ("Lo que el taller pide a…", "Ce que le réseau
 * demande", "What the meeting recommends"), the requests are read under those headings only; what was heard, what the
 * body itself undertakes and the closing are not requests. Null when there is no such layout.
 */
const SECTION_ASKS =
  /^(?:what (?:the|our|this) [\p{L}-]+(?: [\p{L}-]+)? (?:asks?|requests?|recommends?|proposes?|calls? for|wants?)|ce que (?:l'|le |la |les |notre |nos |cet |cette )[\p{L}-]+(?: [\p{L}-]+)? (?:demandent|demande|proposent|propose|recommandent|recommande|attend|attendent)|lo que (?:el |la |los |las |nuestr[ao]s? |este |esta )[\p{L}-]+(?: [\p{L}-]+)? (?:piden|pide|proponen|propone|recomiendan|recomienda|solicitan|solicita|reclaman|reclama))\b/u;
function askedSections(source: string): string | null {
  const paragraphs = source.split(/\n{2,}/).map((p) => p.trim());
  const head = /^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(\p{Lu}[^\n]{2,80})$/u;
  const heads = paragraphs.map((p, k) => ({ k, m: head.exec(p) })).filter((h) => h.m && !/[.!?;,:]$/.test(h.m[1]!));
  if (heads.length < 3) return null;
  const asked = heads.filter((h) => {
    const f = fold(h.m![1]!).trim();
    return SECTION_ASKS.test(f) || ASKS_HEADING.test(f);
  });
  if (!asked.length || asked.length === heads.length) return null;
  const bodies = asked.map((h) => {
    const next = heads.find((o) => o.k > h.k)?.k ?? paragraphs.length;
    return paragraphs.slice(h.k + 1, next).join("\n\n");
  });
  const body = bodies.join("\n\n").trim();
  return body ? body : null;
}

/**
 * Round 25: the line, alone, that introduces the statement as it was delivered inside a memo or a
 * report ("4. Text as delivered:", "The statement as read:", "Texte tel que prononcé :", "Texto tal
 * como se pronunció:"), read on the folded line; a colon closes it.
 */
const AS_DELIVERED =
  /^(?:\d{1,2}[.)]\s+)?(?:(?:the|our) )?(?:full )?(?:text|statement|speech|intervention|remarks)(?: of (?:the |our )?(?:statement|intervention|speech))?,? as (?:delivered|read(?: out)?|given|spoken|presented)(?: in the room| on the day)?\s*:$|^(?:\d{1,2}[.)]\s+)?(?:le )?texte (?:de (?:la |notre )?(?:declaration|intervention) )?tel qu'(?:il a ete )?(?:prononce|lu)\s*:$|^(?:\d{1,2}[.)]\s+)?(?:el )?texto (?:de (?:la |nuestra )?(?:declaracion|intervencion) )?(?:tal )?(?:como|cual) (?:se )?(?:pronuncio|leyo|fue (?:leido|pronunciado))\s*:$/;
/** The text under that line (`AS_DELIVERED`), up to the next numbered point when the line has a number; null when there is no such line. */
function asDelivered(source: string): string | null {
  const lines = source.split("\n");
  const at = lines.findIndex((l) => AS_DELIVERED.test(fold(l.trim())));
  if (at < 0) return null;
  const n = /^(\d{1,2})[.)]/.exec(lines[at]!.trim())?.[1];
  const end = n === undefined ? -1 : lines.findIndex((l, j) => j > at && new RegExp(`^${Number(n) + 1}[.)]\\s`).test(l.trim()));
  return lines.slice(at + 1, end < 0 ? undefined : end).join("\n");
}

/**
 * Round 25: a thanks that goes on to ask, folded: "We (also) thank …, and we would be (most) grateful
 * if … could …" (not "…, and we would be grateful if we could speak again").
 */
/**
 * Round 30: a thanks that carries a request, the request put as more thanks to come ("We thank the fund that bought our
 * radios, and we would be more thankful still if the next grant went to the outer districts.", "…, and we would be even
 * more obliged if…"; only the comparative: "…, and we would be most grateful if…" is round 25's `THANKS_ASK`, the whole sentence): a request of its own in prose. Not one about what the speaker could do ("…if we could stay").
 */
const GRATEFUL_STILL =
  /^(?:(?:and|also|finally|lastly) )?(?:we|i) (?:(?:also|would also|would like to|wish to|must also) )*(?:thank\b|(?:are|am) (?:(?:also|very|deeply|truly|most) )*(?:grateful|thankful) (?:to|for)\b)[^.;]{0,240}?,? and (?:we|i) would (?:(?:also|therefore|really) )*be (?:(?:even|still|yet|all the) )?more (?:grateful|thankful|obliged)(?: still)? if (?!(?:i|we) (?:could|can|may|might|were)\b)/;
const THANKS_ASK =
  /^(?:(?:and|also|finally|lastly) )?(?:we|i) (?:(?:also|would also|would like to|wish to|must also) )*thank\b[^.;]{0,200}?,? and (?:we|i) would (?:(?:also|therefore|really) )*be (?:(?:most|very|so|deeply|truly|extremely|particularly) )?(?:grateful|thankful|obliged) if (?!(?:i|we) (?:could|can|may|might|were)\b)/;

/** The proposals' texts, in order, without their numbers. */
/**
 * Round 28: a question of a form that the reader fills in and hands back, its answers offered as
 * boxes to tick after it ("Does your country publish …? [ ] Yes [ ] No", "☐ Oui ☐ Non", "( ) Sí ( )
 * No"): it asks the delegation about itself, it proposes nothing (a reply slip's questions). Two boxes at least,
 * each before a word of answer; not a sentence that only mentions a box ("tick the box [ ] below").
 */
const ANSWER_BOX = /(?:\[\s?\]|☐|□|\(\s\))\s*(?:yes|no|oui|non|si|sí|don'?t know|ne sais pas|no s[eé]|n\/a|maybe|peut-[eê]tre|quiz[aá]s)(?!\p{L})/giu;
/**
 * Round 28: the speaker's group telling what it does, a modal only in the reason it gives ("Nos reunimos los
 * sábados y acompañamos a las madres, porque nadie debería ir sola…", "Nous accompagnons les familles au tribunal,
 * car aucune mère ne devrait…", "We meet every week, because no family should…"): its own work, no request. Kept
 * from the sentences the learned classifier may add. Not when the clause before the reason asks ("Pedimos que…,
 * porque…"). Rests on one statement of blind set 22.
 */
const OURS_BECAUSE = /^(?:(?:nous|we) (?:nous )?[\p{L}'-]+|nos \p{L}+(?:amos|emos|imos)|\p{L}+(?:amos|emos|imos))\b[^.;:!?]*?,? (?:porque|parce que|parce qu'|car|because|ya que|puisque) /u;
const oursBecause = (t: string) => {
  const m = OURS_BECAUSE.exec(fold(t.trim()));
  return m !== null && !ASKING.test(m[0]) && !MODAL.test(m[0]) && !PROPOSING.test(m[0]);
};
/**
 * Round 35: a review's advice to read what it reviews ("We warmly recommend it.", "Recomendamos la lectura.", "Nous en
 * recommandons vivement la lecture.", "I can only recommend this book to every delegate."): praise, not a request to the
 * meeting. The sentence ends there, or with whom it is recommended to.
 */
const READ_IT =
  /^(?:(?:we|i) (?:(?:warmly|highly|strongly|heartily|can only|can|would|do) )*recommend (?:(?:it|this book|the book|this volume|the volume|this study|reading it|reading this book|(?:the|this|her|his|their) (?:book|volume|novel|memoir))(?: (?:warmly|highly|strongly|to (?:all|every|any|our|each) [\p{L}' -]{2,40}))?)|(?:nous|je) (?:(?:ne )?pouvons que |(?:ne )?peux que )?(?:en |le |la )?(?:(?:vivement|chaudement) )?recommand(?:ons|e|er) (?:(?:vivement|chaudement) )?(?:la lecture|sa lecture|ce livre|cet ouvrage|le livre|l'ouvrage)(?: (?:a|aux) [\p{L}' -]{2,40})?|(?:(?:le|la|lo|les) )?(?:recomiendo|recomendamos) (?:(?:vivamente|sinceramente|mucho|de corazon) )?(?:la lectura|su lectura|el libro|este libro|leerlo|leerla|la obra)(?: (?:a|al|a los|a las|a todos los|a todas las) [\p{L}' -]{2,40})?)\s*[.!]?$/u;
const readIt = (t: string) => READ_IT.test(fold(t.trim()));
const formQuestion = (t: string) => (t.match(ANSWER_BOX) ?? []).length >= 2 && /\?/.test(t);

export function findProposals(source: string): string[] {
  source = wrappedItems(source);
  // Round 16: answers to a questionnaire (two questions or more, each on a line of its own, then the
  // answer): each answer is read as a statement of its own, the question left out (a question
  // names what the answer should address; a list in one answer does not hide a request in another).
  const lines = source.split("\n");
  const asked = lines.map((l) => QUESTION.test(fold(l.trim())));
  if (asked.filter(Boolean).length >= 2) {
    const sections: string[][] = [[]];
    lines.forEach((l, k) => (asked[k] ? sections.push([]) : sections.at(-1)!.push(l)));
    return sections.flatMap((lines) => findProposals(lines.join("\n"))).slice(0, 50);
  }
  // Round 25: a memo or a report that gives the statement as delivered under a line of its own ("4.
  // Text as delivered:"): the requests are the statement's, read from the text under that line up to
  // the memo's next point; the memo's own requests to its board or staff are not proposals.
  const delivered = asDelivered(source);
  if (delivered !== null) {
    const asked = findProposals(delivered);
    if (asked.length) return asked;
  }
  const sectioned = askedSections(source);
  if (sectioned !== null) {
    const asked = findProposals(sectioned);
    if (asked.length) return asked;
  }
  const { text, models } = withModelText(withoutMarks(chatMessages(withoutBalloons(withoutCommentNotes(source)))));
  // Round 21: amendments to a draft text, each under a heading of its own ("Amendment 2 (operative
  // paragraph 4)", "New operative paragraph 7 bis"), its instruction right under it ("After "…",
  // insert "…".", "Replace "…" with "…".", "Insert: "…"."), then a reason ("Reason: …"): when two
  // headings at least carry such an instruction, the instructions are the proposals; a reason is none,
  // nor a sentence that counts or announces the changes ("We suggest two edits to the draft.").
  const amended = amendments(text);
  if (amended.length >= 2) {
    const said = new Set(amended.map((a) => fold(a)));
    const prose = proposingSentences(text).filter((t) => !said.has(fold(t)) && !AMENDMENT_TALK.test(fold(t)) && !amended.some((a) => fold(t).includes(fold(a))));
    return [...amended, ...prose].filter((t) => !plea(t) && !courtesy(t)).slice(0, 50);
  }
  // Round 18: blocks of problem, evidence and ask, each request in a paragraph of its own after
  // an "Ask:" label: those paragraphs, without the label, are the proposals.
  const labelled = text.split(/\n{2,}/).map((p) => p.replace(/\n/g, " ").trim()).flatMap((p) => {
    const label = ASK_LABEL.exec(foldLetters(p));
    const rest = label ? p.slice(label[0].length).trim() : "";
    return rest && asks(rest) ? [tidy(rest, null)] : [];
  });
  if (labelled.length >= 2) return onceInEachLanguage(labelled.filter((t) => t.length >= 10 && !plea(t) && !courtesy(t))).slice(0, 50);
  const all = units(text);
  const every = everyList(all);
  // Round 28: not the questions of a form to fill in, most of its items with answer boxes (`formQuestion`).
  const found = every.filter(isList).filter((l) => l.items.filter(formQuestion).length * 2 <= l.items.length);
  // "First, … Second, …" and "Recommendation 1: …" announce proposals by themselves.
  // A list that asks for nothing (numbered background paragraphs, "First, the text does not
  // define…") is not a list of proposals unless a lead-in says it is.
  // An item asks when it asks itself, or when it is a heading over a sub-list that asks ("Transport" then "◦ Inspect the buses…").
  // Round 19: not an item that reports what others said ("Several delegations said that…"; `OTHERS_SAID`).
  const itemAsks = (l: List, k: number) => (asks(l.items[k]!) && !OTHERS_SAID.test(fold(l.items[k]!))) || l.nested.some((n) => n.item === k && n.list.items.filter(asks).length * 2 >= n.list.items.length);
  const asking = (l: List) => l.items.filter((_, k) => itemAsks(l, k)).length * 2 >= l.items.length;
  // A weak lead-in ("We wish to comment on how…", "the following areas") announces a list, not
  // that it proposes: it counts when it introduces the list (ends with a colon) or the list asks.
  // A summary that already lists the proposals inline ("We propose: (1) …; (2) …") announces nothing below it.
  const summary = (l: List) => (l.leadIn.match(/(?:^|\s)\(?\d{1,2}\)\s/g) ?? []).length >= 2;
  const strong = (l: List) => STRONG_LEAD_IN.test(fold(l.leadIn)) && !summary(l);
  const announced = (l: List) => LEAD_IN.test(fold(l.leadIn)) && !summary(l) && (/:\s*$/.test(l.leadIn) || asking(l));
  // "Our main findings are these.", "…los temas de nuestros talleres:": what follows is not a list of requests.
  // Not when the findings are only what the request stems from ("In light of these concerns, we ask…").
  // A press release's notes under "Notes to editors", "About us", "Media contact": never requests, whatever the paragraph above said.
  const furniture = (l: List) => PRESS_NOTES.test(fold(all[l.start - 1]?.line ?? "").trim());
  // Round 18: nor under a heading of what the speaker offers or does not ask ("Ce que nous offrons", "Lo que no pedimos:").
  const offered = (l: List) => NOT_ASKED.test(fold(l.leadIn.split(/(?<=[.!?])\s+/).at(-1) ?? "").trim());
  // Round 25: nor a motion's last preambular clause ("Constatant que … ;", "Noting that … ,"): it names no findings of the speaker's.
  const preamble = (l: List) => PREAMBLE.test(fold(all[l.start - 1]?.line ?? "").trim());
  // Round 30: nor under a heading of the team's own reminders ("DO NOT FORGET", "To do", "Reminders", "N'oubliez pas", "No
  // olvidar"; `TODO_HEADING`): a programme's to-dos for those who travel, not requests to the meeting.
  const reminders = (l: List) => TODO_HEADING.test(fold(all[l.start - 1]?.line ?? "").trim()) || TODO_HEADING.test(fold(l.leadIn.split(/(?<=[.!?])\s+/).at(-1) ?? "").trim());
  // Round 67: nor right under a heading or a question alone on its line that names findings ("What we have seen", "Ce que
  // nous avons observé", "¿Qué hemos visto?"), whatever an earlier sentence of the lead-in announced ("… puis formuler nos
  // propositions."): the nearest lead-in is the list's own.
  const findingsHead = (l: List) => {
    const head = all[l.start - 1];
    // (Not a lead-in closed by a colon, "In light of these concerns, we ask …:", "What we found points to these steps:".)
    return !!head && !head.found && all[l.start - 2]?.block !== head.block && head.line.length <= 100 && !/[.;,:]$/.test(head.line) && NOT_PROPOSALS.test(fold(head.line).replace(STEMMING_FROM, "")) && !LEAD_IN.test(fold(head.line));
  };
  const negative = (l: List) => furniture(l) || offered(l) || reminders(l) || findingsHead(l) || (!strong(l) && !preamble(l) && NOT_PROPOSALS.test(fold(l.leadIn.split(/(?<=[.!?])\s+/).at(-1) ?? "").replace(STEMMING_FROM, "")));
  // Round 28: or right under a heading alone on its line that names the requests ("WHAT WE ASK", "Our
  // recommendations", "Lo que pedimos"; `ASKS_HEADING`), the heading the last line of the lead-in.
  const headed = (l: List) => {
    const head = all[l.start - 1];
    return !!head && !head.found && all[l.start - 2]?.block !== head.block && ASKS_HEADING.test(fold(head.line).replace(/\s*:\s*$/, "").trim());
  };
  const isLed = (l: List) => !negative(l) && (strong(l) || announced(l) || headed(l) || wishLed41(all, l) || (l.family === "ordinal" && asking(l)) || /^number:# #/.test(l.family));
  const led = found.filter(isLed);
  // A sub-list announced by its own item ("4. For these reasons, we recommend that: a) … b) …")
  // inside numbered paragraphs of background that ask for nothing themselves.
  // Round 61: not a sub-list that finishes its item's own request, a modal in the item's head and sub-items that do not all
  // ask ("• Clinics should give each patient who needs one:" over "◦ an interpreter …", "◦ a written note …"): the parent and its
  // children are one proposal (`expand`), read with the list's other items.
  const finishesItem = (l: List, n: { item: number; list: List }) => {
    const head = l.items[n.item]!.split("\n")[0]!;
    return modalOwn57(head) && !STRONG_LEAD_IN.test(fold(head)) && !n.list.items.every(asks);
  };
  led.push(...found.filter((l) => !isLed(l)).flatMap((l) => l.nested.filter((n) => !finishesItem(l, n)).map((n) => n.list).filter((n) => strong(n) || announced(n))));
  const average = (l: List) => l.items.reduce((n, t) => n + t.length, 0) / l.items.length;
  let chosen: List[] = led.length ? led : found.filter((l) => average(l) >= 40 && asking(l) && !negative(l)).sort((a, b) => b.items.length - a.items.length).slice(0, 1);
  chosen = chosen.filter((l) => average(l) >= 15);
  // A list right after a list of proposals, under a topic heading of its own that asks nothing
  // ("On shelters:", "Sur le traçage :", "En materia de prevención:", "The review process"), even
  // of one item: the same lead-in goes on (the lead's convention 3: the heading is not a proposal).
  for (const l of every) {
    if (chosen.includes(l) || l.start < 1 || negative(l) || !asking(l) || average(l) < 15) continue;
    const head = all[l.start - 1]!;
    const alone = all[l.start - 2]?.block !== head.block;
    const colon = /:\s*$/.test(head.line);
    // Round 19: also a title set right above its items, in their paragraph ("ON SHELTERS" then "* …"
    // with no blank line between): the first line of its paragraph, alone.
    const title = alone && /^\p{Lu}/u.test(head.line) && !/[.!?;,]$/.test(head.line);
    const topic = !head.found && head.line.length <= 60 && (colon || title) && !titleAsks(head.line.replace(/:\s*$/, ""));
    if (topic && chosen.some((p) => p.end === l.start - 1)) chosen.push(l);
  }
  // Round 17: the same before a list of proposals, when a paragraph above announces the proposals
  // without a colon ("Our recommendations fall under three headings.", "Nos recommandations portent
  // sur trois sujets.", "Nuestras propuestas se ordenan en cuatro ejes.") and topic titles head
  // each list: the first list, even of one item, is one of them (the lead's convention 3).
  const titleOver = (l: List) => {
    const head = all[l.start - 1];
    if (!head || head.found || head.line.length > 60 || all[l.start - 2]?.block === head.block) return false;
    return /^\p{Lu}/u.test(head.line) && !/[.!?;,]$/.test(head.line) && !titleAsks(head.line.replace(/:\s*$/, ""));
  };
  for (const l of [...every].reverse()) {
    if (chosen.includes(l) || l.start < 2 || furniture(l) || !asking(l) || average(l) < 15 || !titleOver(l)) continue;
    const lead = all[l.start - 2]!;
    const announcing = !lead.found && /[.!?]$/.test(lead.line) && STRONG_LEAD_IN.test(fold(lead.line)) && COUNTS_TOPICS.test(fold(lead.line));
    // Round 18: also without that sentence, when two topic lists at least follow it, each right
    // after the one before ("Shelters" then "Courts" then "Schools", each title over its requests):
    // the first topic of the series, even of one item, is one of them, when its items all ask; or,
    // with one topic list after it, when each of its items is a request by itself, a body asked with
    // a modal ("Donors should fund…" under a first topic title): the same structure goes on above them.
    let series = 0;
    for (let end = l.end; ; series++) {
      const next = chosen.find((p) => p.start - 1 === end && titleOver(p));
      if (!next) break;
      end = next.end;
    }
    const outright = l.items.every((t) => BODY_ASKED.test(fold(t)) || PROPOSING.test(fold(t)));
    if (((announcing || outright) && series >= 1) || (series >= 2 && l.items.every(asks))) chosen.push(l);
  }
  // A list that sums up the requests again (convention 4: a request said twice is taken where the
  // body says it): under a heading that says so ("Summary of our requests", "Tableau récapitulatif",
  // "Resumen en lectura fácil", "At a glance"), its items restating what the body already asks. The
  // body's requests, read without the list, are the proposals when they are as many and the items
  // share their words.
  for (const l of chosen) {
    const head = all[l.start - 1];
    if (!head || head.found || head.line.length > 80 || /[.!?;,]$/.test(head.line) || !RECAP.test(fold(head.line))) continue;
    const rest = all.filter((_, k) => k < l.start - 1 || k >= l.end);
    const body = findProposals([...new Set(rest.map((u) => u.block))].map((b) => rest.filter((u) => u.block === b).map((u) => " ".repeat(u.indent) + u.line).join("\n")).join("\n\n"));
    const said = l.items.filter((item) => body.some((b) => restates(item, b))).length;
    if (body.length >= l.items.length && said * 2 >= l.items.length) return body;
  }
  const paragraphs = (l: List) => l.items.filter((t) => sentences(t.replace(/\n/g, " ")).length >= 2).length * 2 >= l.items.length;
  // Round 15: numbered paragraphs of a paper under a title that names recommendations among other
  // things ("Findings and recommendations of …", no colon), most of them background: the requests
  // are the paragraphs that ask, not every paragraph.
  // Round 16: also when every paragraph is one long sentence ("1. The network brings together…",
  // "5. States parties should…"), as a paper numbers each of its paragraphs.
  const sentencesAll = (l: List) => l.items.every((t) => /[.!?]["”»)]?$/.test(t.trim()) && /^\p{Lu}/u.test(t.trim()) && (t.match(/\p{L}+/gu) ?? []).length >= 15);
  // Round 41: not right under a heading that names the requests alone (`headed`: "Nos recommandations"), where each item is one.
  const titled = (l: List) => !headed(l) && !/:\s*$/.test(l.leadIn) && !/[.!?]\s*$/.test(l.leadIn) && l.nested.length === 0 && l.items.length >= 4 && !asking(l) && (paragraphs(l) || sentencesAll(l)) && l.items.some(asks);
  chosen = chosen.map((l) => (titled(l) ? { ...l, items: l.items.filter(asks) } : l));
  // Round 68: one numbered run of findings, then requests, under a lead-in that names findings beside the requests ("Our
  // findings and recommendations follow as one numbered sequence.", « Nos constats et nos recommandations suivent. »): the
  // items switch once from describing (two at least, no modal) to asking (two at least); only the asking items are requests.
  const switchAt = (l: List) => {
    const weak = l.items.findIndex((_, i) => itemAsks(l, i));
    const strong = l.items.findIndex((t) => MODAL.test(fold(t)) || PROPOSING.test(fold(t)));
    // (Only when fewer than half the items before that one read as asking: imperatives, "Check every …", all ask.)
    const before = l.items.slice(0, Math.max(strong, 0)).filter((_, i) => itemAsks(l, i)).length;
    return weak < 2 && strong >= 2 && before * 2 < strong ? strong : weak;
  };
  const switches = (l: List) => {
    // Round 69: the switch is where the first item with a modal or a verb of proposing stands, when an item of findings before it
    // is read as asking by a weaker test ("1. Of the 64 tenants we surveyed, 38 waited … for repairs requested in writing").
    const k = switchAt(l);
    if (l.nested.length || k < 2 || l.items.length - k < 2 || !l.items.every((_, i) => i < k || itemAsks(l, i))) return false;
    if (l.items.slice(0, k).some((t) => MODAL.test(fold(t)) || PROPOSING.test(fold(t)))) return false;
    if (NOT_PROPOSALS.test(fold(l.leadIn.split(/(?<=[.!?])\s+/).filter(Boolean).at(-1) ?? "").replace(STEMMING_FROM, ""))) return true;
    // Round 69: or any sentence of the few paragraphs above the list that names findings (« What we observed is summarised below,
    // followed by what we recommend » two paragraphs up, a case told between): the switch itself is the structure.
    const above = all.slice(Math.max(0, l.start - 6), l.start).map((u) => u.line).join(" ");
    // (Only findings that count: a figure in one of the items before the switch, "1. Of the 64 tenants …"; not asks in the
    // imperative under a table's lead-in, "Check every … .")
    if (!l.items.slice(0, k).some((t) => /\d/.test(t)) || l.items.slice(0, k).some((t) => OPENING_VERB.test(fold(t)))) return false;
    return above.split(/(?<=[.!?;])\s+/).some((t) => NOT_PROPOSALS.test(fold(t).replace(STEMMING_FROM, "")) || FINDINGS_THEN_ASKS_69.test(fold(t)));
  };
  chosen = chosen.map((l) => {
    if (!switches(l)) return l;
    const k = switchAt(l);
    return { ...l, items: l.items.filter((_, i) => i >= k && itemAsks(l, i)) };
  });
  // Round 25: a motion's or a resolution's operative paragraphs, at least half of them asking
  // ("2. Invite les autorités à…", "3. Prie l'agence de…"): its own decisions ("4. Mandate son
  // président pour…", "5. Décide de publier…") are no requests (`ownAct`).
  chosen = chosen.map((l) => (asking(l) && l.items.some(ownAct) ? { ...l, items: l.items.filter((t) => !ownAct(t)) } : l));
  let items = chosen.sort((a, b) => a.start - b.start).flatMap(expand).filter((t) => !saysNoAsk41(t));
  // Round 61: a list item is one proposal; the splits of a prose sentence in two asks (`andAsked46`, `andNewCase`) are not
  // made in it ("1. Each licensee … should report …, and a repeated breach should cost …": one item, one request).
  const listed = new Set(items);
  const inSentences = (split: (t: string) => string[]) => (t: string) => (listed.has(t) ? [t] : split(t));
  // Round 23: in prose, the learned request classifier may add sentences (request-model.ts; on since session 15, `REQUEST_BLEND`).
  // Round 43: nor the speaker's own cases, told in the present (`ownCases43`): the classifier's candidates only.
  // Round 24: nor what is not a request of ours (testimony, the statement's own aim or plans: request-model.ts `notOurRequest`).
  // Round 45: nor what a law already says (`TOLD_NOT_ASKED_39`), which the rules never take either.
  // Round 63: nor an ask said instead of one denied right before it (`askedInsteadIn63`).
  const inProse = (prose: string) => {
    const instead = askedInsteadIn63(prose);
    return withRequests(prose, proposingSentences(prose), sentences, (t) => !plea(t) && !courtesy(t) && !concession(t) && !formQuestion(t) && !oursBecause(t) && !contrary(t) && !toldAsHistory(t) && !readIt(t) && !ownCases43(t) && !TOLD_NOT_ASKED_39.test(fold(t)) && !instead.has(fold(t).trim()));
  };
  // Numbered paragraphs of prose that no lead-in announces (a paper's "1. Studies have long shown…
  // 2. … 3. We suggest that…"): the requests are the sentences that ask in them, not the paragraphs.
  // Round 52: read as prose is, the classifier included (numbered background paragraphs beside numbered asks).
  if (!led.length && chosen.length === 1 && paragraphs(chosen[0]!)) {
    const asked = inProse(chosen[0]!.items.join("\n\n"));
    if (asked.length) items = asked;
  }
  // After the list, a paragraph that adds one more request ("In addition, we urge donors to…").
  if (items.length) {
    const after = all.slice(Math.max(...chosen.map((l) => l.end)));
    // (A paragraph opening with "Finally," is prose here, not an ordinal item.)
    const blocks = [...new Set(after.map((u) => u.block))].map((b) => after.filter((u) => u.block === b && (!u.found || u.found.marker.kind === "ordinal")).map((u) => u.line).join(" "));
    // Round 30: not a block under the team's own reminders (`TODO_HEADING` on its first line).
    const reminded = new Set([...new Set(after.map((u) => u.block))].filter((b) => TODO_HEADING.test(fold(after.find((u) => u.block === b)?.line ?? "").trim())).map((b) => after.filter((u) => u.block === b && (!u.found || u.found.marker.kind === "ordinal")).map((u) => u.line).join(" ")));
    for (const block of blocks) {
      if (reminded.has(block)) continue;
      // "And to the secretariat: publish the figures…": one more request, to another addressee.
      const to = new RegExp("^(?:(?:and|y|et|e)\\s+)?(?:to|for|a|al|au|aux|pour)\\s+" + ADDRESSEE + "[^:.!?]{0,40}:\\s+", "u").exec(foldLetters(block));
      if (to && asks(block.slice(to[0].length))) items.push(tidy(block.slice(to[0].length), null));
      else if (ADDING.test(fold(block))) items.push(...proposingSentences(block));
      // Or one more request in the speaker's own words, under a later heading ("We urge States
      // parties to protect…"): not one that asks for what the list asked ("We urge you to adopt these recommendations").
      else items.push(...proposingSentences(block).filter((t) => ASKS_OUTRIGHT.test(fold(t)) && !BACK_TO_LIST.test(fold(t))));
    }
  }
  // Round 17: a request with its model text, in prose above the lists ("We propose this wording:"
  // then the quoted provision), comes first.
  if (items.length) {
    const first = Math.min(...chosen.map((l) => all[l.start]!.block));
    const paragraphs = text.split(/\n{2,}/);
    items.unshift(...models.filter((b) => b < first).flatMap((b) => proposingSentences(paragraphs[b]!).filter((t) => QUOTED_MODEL.test(t))));
  }
  // Round 25: a thanks that carries a request, in the prose above the lists ("We also thank the
  // foundation that paid our fares, and we would be most grateful if this grant could go next year to
  // …"): a request of its own, before the lists' (a preamble of thanks is no lead-in).
  if (items.length) {
    const first = Math.min(...chosen.map((l) => all[l.start]!.block));
    items.unshift(...proposingSentences(text.split(/\n{2,}/).slice(0, first).join("\n\n")).filter((t) => THANKS_ASK.test(fold(t))));
  }
  const result = (items.length ? items : inProse(text)).filter((t) => !pledged67(t) && !askedAQuestion67(t) && !plea(t) && !courtesy(t) && !concession(t) && !formQuestion(t) && !contrary(t) && !toldAsHistory(t) && !readIt(t) && !agreedAmongUs(t) && !toldUsTo(t) && !answersObjection(t));
  return onceSaid(withTableAsks(text, onceInEachLanguage(result.map(afterCleft61).flatMap(inlineAsks).flatMap(inSentences(andAsked46)).flatMap(inSentences(andNewCase)).filter((t) => t.length >= 10)))).slice(0, 50);
}

/**
 * Round 36: one summary line that holds several asks after a colon, each closed by a semicolon ("In short, we ask for: a
 * fund for …; a shared register of …; a helpline …", "Bref, nous demandons : un fonds … ; une coopération … ; …", "En
 * suma, pedimos: …; …; …"): each item is a proposal of its own, without the lead-in. The lead-in asks in the first
 * person ("we ask", "nous demandons", "pedimos") or names the asks ("Our requests are:", "Nos demandes :"), a short
 * opening phrase before it; two items at least, each of three words or more, in one sentence. Not semicolons joining
 * clauses of one argument, with no such lead-in ("The law exists; the means do not; …").
 */
const INLINE_LEAD =
  /^(?:[^:;.!?]{0,40}?(?:,\s*|\s))?(?:(?:we|i) (?:(?:therefore|also|thus|now|respectfully|simply) )*(?:ask(?: for)?|call for|request|recommend|propose|urge)|(?:nous|je) (?:(?:donc|aussi|ici|simplement) )*(?:demandons|recommandons|proposons|reclamons|demande|recommande|propose)|(?:(?:por (?:lo )?tanto|tambien|asi que) )?(?:pedimos|solicitamos|proponemos|recomendamos|exigimos|reclamamos|pido|propongo)|(?:our|nos|nuestras|nuestros) (?:(?:main|key|principales) )?(?:asks|requests|recommendations|proposals|demandes|recommandations|propositions|peticiones|propuestas|recomendaciones|pedidos)(?: (?:are|sont|son))?)(?: (?:donc|aussi|therefore|also|entonces|tambien|simply|simplement|simplemente|the following|les suivantes|las siguientes|ceci|esto|(?:two|three|four|five|deux|trois|quatre|cinq|dos|tres|cuatro|cinco) (?:things|choses|cosas)))*\s*:\s+(?=\S)/;
function inlineAsks(proposal: string): string[] {
  const lead = INLINE_LEAD.exec(foldLetters(proposal));
  if (!lead) return [proposal];
  const rest = proposal.slice(lead[0].length).trim();
  if (sentences(rest).length !== 1) return [proposal];
  const items = rest.split(/\s*;\s+/).map((t) => t.replace(/\s*;\s*$/, "").trim()).filter(Boolean);
  if (items.length < 2 || items.some((t) => (t.match(/\p{L}+/gu) ?? []).length < 3)) return [proposal];
  return items;
}

/**
 * Round 30: a table read row by row, one paragraph a cell, under a row of short column headings, one of which names what
 * is asked ("Finding | What should change", "Earlier recommendation | Made by | Status | What we ask now", "Nous nous
 * engageons à… | Nous demandons…", "Lo que hacemos | Pedimos…"): the cells of that column that ask (a modal, a need, a
 * wish in "que…", an imperative or any form read here) are requests, each one alone; the other columns (findings, history,
 * the organization's own pledges) are not. The number of columns is the one whose asking column asks most often, at least
 * twice and in half its cells; a cell that says it asks nothing ("No new ask: …") is left out. Not a run of short headings
 * that no column of asks follows.
 */
const COLUMN_ASKS =
  /^(?:what (?:we|i) (?:ask|request|want|propose|recommend)(?: (?:now|today|for|of (?:states|donors|governments)))?|what (?:should|must|needs to|has to) (?:change|happen|be done)|(?:our )?(?:asks?|requests?|recommendations?|proposals?)(?: now)?|(?:we|i) ask|ce (?:que nous demandons|qui (?:devrait|doit|doivent|devraient) changer)|(?:nous )?demandons|nos demandes|(?:nous )?recommandons|lo que (?:pedimos|proponemos|deberia cambiar|debe cambiar)|pedimos|exigimos|proponemos|recomendamos|nuestros pedidos|nuestras peticiones)[\s.…:]*$/;
function withTableAsks(text: string, found: string[]): string[] {
  const paragraphs = text.split(/\n{2,}/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  const heading = (p: string) => p.length <= 60 && !/[.!?;]$/.test(p) && !/[.!?]\s/.test(p);
  const asking = (cell: string) => {
    const f = fold(cell);
    if (/^(?:no (?:new )?(?:ask|request)|(?:pas de|aucune) (?:nouvelle )?demande|(?:sin|ninguna) (?:nueva )?(?:peticion|solicitud))\b/.test(f)) return false;
    return asks(cell) || OPTATIVE.test(f) || MODAL.test(f.replace(RELATIVE_MODAL, " ")) || /^(?:the |a |an |each |every )?[\p{L}'-]+(?: [\p{L}'-]+){0,3} needs? (?:a|an|one|more|its|their)\b/u.test(f) || proposingSentences(cell).length > 0;
  };
  const taken: { at: number; text: string }[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!heading(paragraphs[i]!)) continue;
    let end = i;
    while (end < paragraphs.length && heading(paragraphs[end]!)) end++;
    let best: { score: number; cells: { at: number; text: string }[] } | null = null;
    for (let n = 2; n <= Math.min(5, end - i); n++) {
      const heads = paragraphs.slice(end - n, end).map(fold);
      const column = heads.findIndex((h) => COLUMN_ASKS.test(h.trim()));
      if (column < 0 || heads.filter((h) => COLUMN_ASKS.test(h.trim())).length > 1) continue;
      const cells: { at: number; text: string }[] = [];
      let rows = 0;
      for (let r = end; r + n <= paragraphs.length; r += n) {
        const row = paragraphs.slice(r, r + n);
        if (row.some((c) => c.length > 500)) break;
        rows++;
        if (asking(row[column]!)) cells.push({ at: r + column, text: row[column]! });
      }
      const score = rows ? cells.length / rows : 0;
      if (cells.length >= 2 && score >= 0.5 && (!best || score > best.score)) best = { score, cells };
    }
    if (best) taken.push(...best.cells);
    i = end;
  }
  if (!taken.length) return found;
  const key = (t: string) => fold(t).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const keys = found.map(key);
  const added = taken.filter((c) => !keys.some((k) => k.includes(key(c.text)) || key(c.text).includes(k)));
  if (!added.length) return found;
  // In the order of the text: each proposal found goes where its text is.
  const where = (t: string) => {
    const k = key(t).slice(0, 60);
    const at = paragraphs.findIndex((p) => key(p).includes(k));
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return [...found.map((t) => ({ at: where(t), text: t })), ...added.map((c) => ({ at: c.at, text: tidy(c.text, null) }))].sort((a, b) => a.at - b.at).map((c) => c.text);
}

/**
 * Round 30: a request said twice in one document (a delivered short version followed by the full written one, a summary
 * box repeating the text) is one proposal: a later repeat word for word is left out, and so is a proposal that joined
 * sentences which are each found again, alone, as proposals of the document (the short version read two requests of one
 * paragraph as one). Not two requests that only share words, nor one sentence found inside a longer, different request.
 */
function onceSaid(proposals: string[]): string[] {
  const key = (t: string) => fold(t).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const keys = proposals.map(key);
  return proposals.filter((t, i) => {
    if (keys.indexOf(keys[i]!) < i) return false;
    const parts = sentences(t).map(key).filter((k) => k.length > 0);
    return !(parts.length >= 2 && parts.every((k) => keys.some((o, j) => j !== i && o === k)));
  });
}

/**
 * Round 41 (lists): a lead-in closed by a colon that says what the speaker wishes, hopes for, needs or puts forward, the items
 * after it often bare nouns that ask by no verb of their own ("We would like two things done soon:", "From this meeting we
 * hope for:", "We put three requests before this meeting:", "…, which I submit for your consideration:", "What would help
 * most:", "Nous souhaitons :", "Nous attendons de la Conférence :", "Nous formulons trois souhaits :", "Quisiéramos plantear
 * tres cosas:", "La red plantea a las autoridades:", "Lo que esperamos de esta reunión:", "Nos permitimos sugerir:"). Not a
 * wish to do a thing oneself ("We would like to share what we found:", "Nous souhaitons partager…", "Queremos compartir…"),
 * nor what the speaker has seen or learnt. Read on the last sentence of the lead-in, folded.
 */
const WISH_LEAD_41 = new RegExp(
  [
    "\\b(?:we|i)(?: (?:would|should|also|therefore|really|simply|now|still|very much|most|all|do|so|only))* (?:like|love|hope for|want|need|expect|wish for)\\b(?! to (?!(?:see|happen|ask|propose|suggest|recommend)\\b))",
    "\\b(?:we|i)(?: (?:would|therefore|also|now|respectfully|humbly|simply|may))* (?:put|offer|submit|bring|present|raise|table|lay|leave)\\b(?:[^:]{0,60}\\b(?:requests?|asks|changes|proposals|suggestions|recommendations|wishes|priorities|ideas|steps|points|things)\\b|\\s+(?:(?:respectfully|humbly) )?(?:for your consideration|to (?:you|the (?:conference|meeting|dialogue|chair|states|secretariat))))",
    "\\b(?:we|i) (?:(?:also|therefore|now) )?have (?:two|three|four|five|six|a few|several|some) (?:[\\p{L}-]+ )?(?:requests|asks|wishes|proposals|suggestions|recommendations)\\b",
    "\\bwhat (?:we|i) (?:would like|hope for|expect|need|want)\\b|\\bwhat (?:would|could|will) (?:help|make (?:a|the|all the) difference)\\b",
    "\\b(?:two|three|four|five|a few|some) (?:[\\p{L}-]+ )?(?:things|changes|steps|measures) (?:would|could|will) (?:help|make|change|improve)\\b",
    "\\b(?:our|my) (?:[\\p{L}-]+ )?(?:hopes|wishes|expectations)\\b|\\bhope[sd]? for\\b",
    "\\b(?:nous|je) (?:(?:donc|aussi|egalement|vivement|ici|simplement|tres|plutot) )*(?:souhait(?:ons|erions|e|erais)|voulons|voudri(?:ons|ais)|attend(?:ons|s)|esper(?:ons|e)|aimeri(?:ons|ais))\\b(?! (?!voir\\b)\\p{L}+(?:er|ir|re)\\b)",
    "\\b(?:nous|je) (?:(?:donc|aussi|egalement|ici) )*(?:formulons|soumettons|presentons|posons|avancons|portons|adressons|avons)\\b[^:]{0,60}\\b(?:demandes|propositions|souhaits|pistes|attentes|recommandations|revendications|requetes)\\b",
    "\\b(?:nos|mes) (?:[\\p{L}-]+ )?(?:souhaits|attentes|voeux)\\b|\\bce que nous (?:souhaitons|attendons|esperons|voulons)\\b",
    "\\b(?:esperamos|queremos|quisieramos|deseamos|necesitamos|nos gustaria|me gustaria|quisiera|espero)\\b(?! (?!(?:ver|plantear|pedir|proponer|solicitar)\\b)\\p{L}+(?:ar|er|ir)\\b)",
    "\\b(?:planteamos|plantea|plantean|suger(?:ir|imos))\\b|\\b(?:presentamos|sometemos|formulamos|ponemos|dejamos|traemos)\\b[^:]{0,60}\\b(?:peticiones|propuestas|solicitudes|pedidos|recomendaciones|deseos|cosas|puntos|prioridades)\\b",
    "\\blo que (?:esperamos|queremos|necesitamos|deseamos)\\b|\\bnuestr(?:as|os) (?:[\\p{L}-]+ )?(?:expectativas|deseos|aspiraciones)\\b",
  ].join("|"),
  "u",
);
/**
 * Round 41 (lists): a heading or a lead-in that is nothing but a name for the asks, with words `ASKS_HEADING` does not
 * hold ("Key asks", "Requests to the Conference:", "Priorities for action", "Next steps for States", "What should
 * change?", "Demandes à la Conférence :", "Actions prioritaires", "Que demandons-nous ?", "Pedidos a la Conferencia:",
 * "Medidas prioritarias"), or only the addressee, closed by a colon ("To the States parties:", "Aux États parties :", "A
 * los Estados parte:"). Not "Requests for mutual legal assistance" nor "Demandes d'entraide": a subject, not the asks.
 */
const NAMED_ASKS_41 = new RegExp(
  [
    "^(?:(?:our|the|my|key|main|priority|specific|concrete|urgent|practical|two|three|four|five|\\d) )*(?:asks|requests|demands|action points|priorities for action|priority actions|actions? needed|recommended actions|next steps|what (?:should|must|needs to|has to) (?:change|happen|be done))(?: (?:to|of|from|before) [\\p{L}' -]{2,50})?$",
    "^(?:(?:nos|les|mes|trois|deux|quatre|cinq|principales|\\d) )*(?:demandes|requetes|revendications|points d'action|actions prioritaires|mesures (?:prioritaires|attendues|demandees|souhaitees)|ce qui doit changer|que (?:demandons|proposons|recommandons)-nous)(?: (?:a|aux|au|a la|a l') ?[\\p{L}' -]{2,50})?$",
    "^(?:(?:nuestros|nuestras|los|las|tres|dos|cuatro|cinco|principales|\\d) )*(?:pedidos|peticiones|solicitudes|demandas|acciones prioritarias|medidas (?:prioritarias|necesarias|urgentes|solicitadas)|lo que debe cambiar|que (?:pedimos|proponemos))(?: (?:a|al|a la|a los|a las) [\\p{L}' -]{2,50})?$",
    "^(?:(?:and|et|y) )?(?:to|for|a|al|aux|au|pour|para) (?:the |los |las |la |les |el |l')?" + ADDRESSEE + "[^:.!?]{0,40}:$",
  ].join("|"),
  "u",
);
const namesAsks41 = (line: string, colon: boolean) => {
  const f = fold(line).replace(/^[¿¡]/, "").trim();
  return NAMED_ASKS_41.test(f.replace(/\s*[:?]$/, "").trim()) || (colon && NAMED_ASKS_41.test(f));
};
/** Round 41: the last sentence of a lead-in closed by a colon, as `WISH_LEAD_41` or `NAMED_ASKS_41` read it: it announces even one item ("To UNODC:" then one bullet). */
function colonLed41(leadIn: string): boolean {
  const last = leadIn.split(/(?<=[.!?])\s+/).at(-1)?.trim() ?? "";
  return /:$/.test(last) && (WISH_LEAD_41.test(fold(last)) || namesAsks41(last, true) || infinitiveLed61(fold(last)));
}
/**
 * Round 61: a verb of asking whose infinitive the items finish, the lead-in ending on "to", "à", "a" or "de" and a colon ("We
 * encourage States to:", "Nous encourageons les États à :", "Alentamos a los Estados a:", "Nous prions les bailleurs de :"):
 * each item after it is an ask ("register every net …", "enregistrer …", "registrar …"). Not the speaker's own pledge or
 * plan ("We will continue to:", "Nous nous engageons à :"), which no verb of asking leads.
 */
const infinitiveLed61 = (last: string) => /(?:\bto|\ba|\bde|\bd')\s*:$/.test(last) && (ASKING.test(last) || /\b(?:alent|anim)(?:amos|a|an)\b/.test(last));
/** Also such a heading alone on its line right above the list, with no colon ("Our hopes for the Conference", "Nos attentes", "Lo que esperamos"). */
function wishLed41(all: Unit[], l: List): boolean {
  if (colonLed41(l.leadIn)) return true;
  const head = all[l.start - 1];
  if (!head || head.found || all[l.start - 2]?.block === head.block || head.line.length > 70 || /[.!;,]$/.test(head.line)) return false;
  return WISH_LEAD_41.test(fold(head.line)) || namesAsks41(head.line, false);
}

/**
 * Round 41 (lists): an item that says it asks nothing, its label first ("No new ask: the law exists; …", "No further request
 * – …", "Pas de nouvelle demande : …", "Rien à demander ici : …", "Sin nueva petición: …", "Nada que pedir: …"), as a
 * tracking matrix's last column says of a row whose earlier recommendation was met: not a proposal (round 30 leaves such
 * a cell of a table read by columns; this one came out as a list item).
 */
const NO_ASK_41 =
  /^(?:no (?:new |further |other |additional )?(?:asks?|requests?|recommendations?)|nothing (?:new |more )?to ask(?: (?:here|for))?|(?:pas de|aucune) (?:nouvelle |autre )?(?:demande|recommandation)|rien (?:de (?:plus|nouveau) )?a demander(?: ici)?|(?:sin|ninguna) (?:nueva |otra )?(?:peticion|solicitud|recomendacion)|nada (?:nuevo |mas )?que pedir(?: aqui)?)\s*(?:[:.–—-]|$)/;
function saysNoAsk41(item: string): boolean {
  return NO_ASK_41.test(fold(item.trim()));
}
