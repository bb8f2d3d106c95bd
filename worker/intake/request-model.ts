/**
 * Round 23: a learned sentence-level request classifier, beside the rules of proposals.ts.
 *
 * `requestScore(sentence)` gives the probability that a sentence of prose is (part of) a request,
 * from an L2-regularised logistic regression over general features (folded words, adjacent word
 * pairs, a few shape features) learned from the labelled sets by scripts/request-model.mjs; the
 * table it reads is worker/intake/request-weights.ts (generated). Explainable: `why` lists the
 * features that weighed most.
 *
 * `withRequests` is the one hook in `findProposals`: in prose (no list chosen), a sentence the rules
 * did not take becomes a proposal when the model scores it at or above `REQUEST_BLEND.threshold`.
 * On since session 15 (`REQUEST_BLEND`; docs/intake.md, "Round 23: a learned request classifier", for
 * the leave-one-set-out figures, and "Blind set 19"); while off, intake reads as the rules alone.
 */
import { fold as foldLetters, isMarkerLine, readMarker } from "./markers.ts";
import { spelledOut } from "./contractions.ts";
import { REQUEST_WEIGHTS } from "./request-weights.ts";

/** The table a score reads: an intercept and a weight per feature (features not in it weigh nothing). */
export type RequestWeights = { bias: number; w: Record<string, number> };

/** Where a sentence stands in its paragraph (shape features). */
export type SentencePlace = { first: boolean; last: boolean };

/**
 * The blend's setting. The threshold, 0.5, was chosen leave one set out (scripts/eval-requests.mjs;
 * docs/intake.md, round 23), where the blend met the round's bar. Shipped off in round 23 (on, it took
 * a near-miss alone in a short text that earlier rounds' unit tests hold as a negative: "What we are
 * asking for is simple."); on since session 15, with `minimumSentences`: the model learned from whole
 * statements, so a text with fewer prose sentences than that is read by the rules alone. Measured on
 * blind set 19, unseen by rules and table alike: boundary F1 86.8 (rules alone) → 89.6, prose-only
 * 69.0 → 77.7 (docs/intake.md, "Blind set 19"). `on: false` (or `eval:intake -- --rules-only`)
 * gives the rules alone. Round 27: `beside`, the stricter threshold of a sentence in a paragraph where the rules took a
 * proposal (a second request there; before round 27 none was taken), chosen leave one set out on blind 10–21
 * (scripts/eval-requests.mjs --gate=second; docs/intake.md, "Round 27: the learned request classifier").
 */
export const REQUEST_BLEND = { on: true, threshold: 0.5, minimumSentences: 6, beside: 0.6, list: 0.5, question: 0.5 };

/** Stands for a word capitalised inside a sentence (a name of an organization, a person, a place): never learned as itself. */
const NAME = "qqname";

/**
 * A modal or a verb of asking, folded: a shape feature ("should", "must", "devrait", "debe", "urge", "call on"…).
 * Round 25: verbs only. A word that is also a noun ("demande", "request", "need", "demand") counts not after a
 * determiner or a preposition that makes it one ("une demande d'extradition", "the need for", "upon request"); nouns
 * of the same stem never ("recommandation", "proposal", "propuesta", "solicitud", "demandeurs d'asile", "proportion").
 */
const NOUN_BEFORE = "(?<!\\b(?:the|a|an|our|their|its|his|her|your|my|this|these|those|any|every|each|no|of|upon|on|by|in|la|une|cette|sa|notre|votre|des|de|d|du|ces|nos|vos|ses|les|leur|leurs|sur|el|una|su|sus|nuestra|nuestras|vuestra|esta|estas|esa|las|los|del|por|previa) )";
const MODALISH = new RegExp(
  "\\b(?:should|must|ought|shall|devr\\w*|doi(?:t|vent)|deb(?:e|en|eria|erian)|tienen? que|urge|ask|recommend|pedimos|" +
    NOUN_BEFORE + "(?:need|needs|call(?:s)? (?:on|upon)|request|demands?|demandes?|demanda)|demand(?:ons|ez|ent|er|amos|an)|" +
    "solicit(?!ud|ante|or|ation|acion)\\w*|recom(?!m?(?:and|end)ations?\\b|endacion)\\w*|propos(?:e|es|ons|ez|ent|er)|propon\\w*|propong\\w*)\\b",
);

/**
 * Round 25: an observation of the speaker's, folded ("we also note that", "we observe with concern that", "nous
 * observons également que", "nous constatons que", "observamos también que", "hemos constatado que"): a shape feature,
 * "observes". What the speaker sees is told, not asked; the table learns how much that weighs (against, it turns out).
 * Not "we note the efforts", nor a request ("we ask that"), nor someone else's observation ("the committee noted that").
 */
const OBSERVES =
  /\b(?:(?:we|i) (?:(?:also|further|again) )?(?:note|notice|observe|see|find)(?: (?:also|further|again|with (?:\w+ )?(?:concern|regret|interest)))? that|nous (?:(?:avons|aussi) )?(?:observ|constat|not|relev|remarqu)(?:ons|e|e)(?: (?:egalement|aussi|encore|avec (?:\w+ )?(?:inquietude|preoccupation|regret|interet)))? que|(?:observamos|constatamos|notamos|advertimos|vemos|hemos (?:observado|constatado|notado|advertido))(?: (?:tambien|ademas|con (?:\w+ )?(?:preocupacion|inquietud)))? que)\b/;

/**
 * Round 24: a narrative past, folded ("we interviewed", "our volunteers counted", "they told us", "nous avons
 * rencontré", "nos équipes ont rencontré", "nos contaron", "hemos documentado"): a shape feature, "past". A statement
 * tells in the past what it found or did; it asks in the present or the conditional.
 */
const PAST = new RegExp(
  [
    "\\b(?:we|they|i|he|she|who|our \\w+|their \\w+)(?: (?:have|has|had))?(?: (?:also|then|recently|already|first|later|only))? (?:(?!(?:need|feed|seed|proceed|succeed|exceed|speed|indeed|embed)\\b)[a-z]{2,}ed|met|spoke|saw|went|found|ran|took|made|heard|gave|told|wrote|sent|held|began|came|knew|built|taught|brought|kept|lost|paid|spent|thought|did)\\b",
    "\\b(?:nous|ils|elles|nos \\w+|notre \\w+|leurs? \\w+)(?: (?:avons|ont|avions|avaient))(?: (?:deja|aussi|alors|souvent|tous|toutes))? (?:(?!(?:des|les|une|leurs|plus|pas|tres|ses|ces|nos|vos)\\b)[a-z]{3,}(?:e|es|ee|ees|i|is|u|us)|dit|fait|ecrit)\\b",
    "\\b[a-z]{3,}(?:aron|ieron|yeron|jeron)\\b",
    "\\b(?:hemos|habiamos|habian) [a-z]{3,}(?:ado|ido|to|cho)\\b",
  ].join("|"),
);

/**
 * Round 27: a count told in the past, folded, its digits kept ("of the 300 drivers on the route, 90 had…", "parmi
 * les 212 femmes suivies, 58 avaient…", "de las 96 familias del barrio, 41 habían…", "40 % were", "12 of them
 * had"): a statistic of what the speaker found, read as the narrative past ("past"). A number (not a year), its unit
 * of per cent, then up to three words ("of them", "d'entre elles", "young women") before a verb in the past. Not a
 * count in the present or with a modal ("61 need a lawyer", "61 devraient pouvoir…"), nor a year ("in 2019 the law
 * had…"; the narrative past there is `PAST`'s to read).
 */
const COUNT_PAST =
  /(?:^|[\s,;:(])(?!(?:19|20)\d\d\b)\d[\d.,]*(?:\s*(?:%|per ?cent|pour ?cent|por ?ciento))?(?: [\p{L}']+){0,3} (?:had|were|was|did|avaient|avait|etaient|etait|ont eu|ont ete|n'avaient|n'etaient|habian|habia|tenian|tenia|eran|estaban|fueron|no habian|no tenian)\b/u;

/**
 * Round 28: four more ways of asking, read on the folded words as shape features (learned like any feature; the
 * table weighs each). Measured leave one set out on blind 10–22 (docs/intake.md, "Round 28: the learned request
 * classifier"). "wish": a wish of the speaker's that others act ("we hope…", "we would like…", "nous espérons…",
 * "nous attendons des X qu'ils…", "esperamos que…", "ojalá…"); not a past hope, nor waiting ("esperamos dos horas").
 */
const WISH = /\b(?:(?:we|i) (?:(?:also|still|really|sincerely|strongly|therefore) )?(?:hope|trust that|count on|rely on|would (?:(?:also|really) )?(?:like|love|want|ask|urge|welcome|be grateful))|nous (?:(?:aussi|vivement|donc) )?(?:esperons|souhaitons|souhaiterions|voudrions|aimerions|comptons sur|serions reconnaissants)|nous attendons (?:aussi |donc )?(?:de |des |du |d')(?:[a-z']+ ){0,6}(?:qu'|que )|j'espere|je souhaite|(?:esperamos que|confiamos en que|deseamos|quisieramos|nos gustaria|agradeceriamos|contamos con|ojala))\b/;
/**
 * "needs": a necessity or a duty put on others ("it is time for…", "the time has come to…", "what X need is…", "it falls
 * to…", "il est temps que…", "ce dont X ont besoin, c'est…", "il faut", "lo que necesitamos es…", "es urgente que…").
 */
const NEEDS = /\b(?:it is (?:high )?time (?:to|for|that)|(?:the )?time has come (?:to|for)|(?:ha llegado|llego) (?:el momento|la hora) de|il est (?:grand )?temps (?:de|d'|que|qu')|es (?:hora|tiempo|momento) de|ya es hora|what (?:[a-z']+ ){0,3}(?:need|needs|ask|want|ask for|would like)(?: [a-z']+){0,3} is|ce (?:dont|que|qu') (?:[a-z']+ ){0,3}(?:avons besoin|ont besoin|a besoin|demandons|voulons|souhaitons|faut)(?: [a-z']+){0,3} c'est|lo que (?:[a-z']+ ){0,3}(?:necesitamos|necesitan|pedimos|queremos|hace falta)(?: [a-z']+){0,3} es|il faut|hace falta|es (?:necesario|preciso|urgente|esencial|indispensable|imprescindible|fundamental) que|il est (?:urgent|essentiel|necessaire|indispensable|crucial|vital) (?:de|d'|que|qu')|it is (?:urgent|essential|necessary|vital|crucial|imperative) (?:that|to|for)|it (?:falls|is up) to|il (?:appartient|revient|incombe) (?:a|aux)|(?:corresponde|toca|compete|incumbe) a|is for (?:[a-z']+ ){1,6}to)\b/;
/**
 * "helps": the worth of a change ("… would help most", "the most useful step would be…", "ce serait un vrai progrès
 * si…", "valdría la pena que…", "sería muy útil que…"); not help given or worth found in the past.
 */
const HELPS = /\b(?:(?:valdria|valdra) la pena|it would be (?:worth|worthwhile|wise|good)|il (?:vaudrait|serait) (?:la peine|mieux|utile|bon|souhaitable)|seria (?:bueno|conveniente|deseable)|(?:could|would|might) (?:(?:really|greatly|also) )?(?:help|matter|make (?:a|the|all the) (?:[a-z]+ )?difference|be (?:(?:very|most|really|extremely|so|a|of) )*(?:useful|helpful|valuable|welcome|great|good|important|help|step|relief|progress))|the (?:single )?(?:most|best|least|one) (?:[a-z]+ ){0,2}(?:thing|step|change|way)|le (?:[a-z]+ )?plus utile|(?:serait|seraient) (?:un |une |d'une |de |tres |plus |vraiment |vrai |grand |reel |veritable )*(?:utile|progres|soulagement|aide|avancee)|feraient? oeuvre utile|(?:seria|serian) (?:muy |de gran |un gran |una gran )*(?:util|ayuda|avance|alivio|paso)|lo (?:mas|mejor) (?:util|importante))\b/;
/**
 * "couldyou": an addressee with "could" ("you could…", "vous pouvez aussi…", "could you…", "donors might…", "les
 * bailleurs pourraient…", "los donantes podrían…"); round 27 found "could" alone, as a modal, no gain.
 */
const COULD_YOU = /\b(?:(?:you|vous|ustedes|usted) (?:(?:also|aussi|tambien) )?(?:can|could|pouvez|pourriez|pueden|podrian|puede|podria)|(?:could|would|can) you|(?:states|governments|authorities|donors|qqname|ministries|les etats|les gouvernements|les autorites|les bailleurs|los estados|los gobiernos|las autoridades|los donantes)(?: [a-z']+){0,3} (?:could|might|pourraient|pourrait|podrian|podria))\b/;

/**
 * Round 33: "imperative", an imperative opening a sentence, folded ("Give each worker…", "And let the boards…", "Make sure…",
 * "Donnez-leur…", "Veillez à…", "Garanticen…", "No permitan…"; not "faites", which ends otherwise), after "and", "so", "please", "finally", "enfin",
 * "y"…: a request put straight to the audience, without a modal. A closed list of English verbs rarely found as nouns at the
 * head of a sentence ("Support for…", "Help is…", "Training…" are not in it; "let me", "let it" are not read); French, a
 * first word of three letters or more ending in "-ez" (not "chez", "assez"); Spanish, a closed list of plural commands.
 * Measured leave one set out on blind 10–25 (docs/intake.md, "Round 33: the learned request classifier").
 */
const IMPERATIVE = /^(?:(?:and|so|please|finally|then|et|alors|enfin|donc|y|por favor|entonces) )?(?:give|make|let (?!me|it)|ensure|allow|stop|put|keep|treat|include|invest|protect|listen|bring|send|ban|hear|involve|consult|invite|remember|recognise|recognize|provide|guarantee|grant|release|publish|do not|don't|never let|(?!chez|assez)[a-z]{3,}ez|n'oubliez|den|hagan|escuchen|garanticen|protejan|financien|permitan|ayuden|incluyan|inviertan|dejen|pongan|vengan|no permitan|no dejen)\b/;

/**
 * The features of a sentence: "w:" each folded word (a word capitalised inside the sentence, as a
 * name is, becomes "qqname"; "I" stays), "b:" each pair of adjacent words ("b:^ we" for the first),
 * and shape: "len:" a length bucket, "first"/"last" in its paragraph, "ends:?" / "ends::", "modal", "past" (round 24; round 27: a
 * count in the past too, `COUNT_PAST`), "observes" (round 25), "wish", "needs", "helps", "couldyou" (round 28), "imperative" (round 33).
 * English contractions are spelled out as the rules read them ("we'd" → "we would").
 * @example requestFeatures("We’d ask Freedonia to fund shelters.", { first: true, last: false })
 *   // ["w:we", "w:would", "w:ask", "w:qqname", …, "b:^ we", "b:we would", …, "len:6-12", "first", "modal"]
 */
export function requestFeatures(sentence: string, place: SentencePlace): string[] {
  // The first word of letters is capitalised as every sentence's is ("1. States should…" too); after
  // it, a word with a capital at its start or after an apostrophe ("l'ONUDC") is a name.
  let first = true;
  const masked = sentence.normalize("NFC").replace(/\p{L}[\p{L}\p{N}]*(?:['’][\p{L}]+)?/gu, (word) => {
    const named = !first && word !== "I" && /(?:^|['’])\p{Lu}/u.test(word);
    first = false;
    return named ? (/['’]/.test(word) && !/^\p{Lu}/u.test(word) ? word.replace(/['’].*/, `'${NAME}`) : NAME) : word;
  });
  const words = spelledOut(foldLetters(masked)).match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(`w:${w}`);
    out.add(`b:${i === 0 ? "^" : words[i - 1]} ${w}`);
  });
  const n = words.length;
  out.add(`len:${n <= 5 ? "0-5" : n <= 12 ? "6-12" : n <= 25 ? "13-25" : n <= 40 ? "26-40" : "41+"}`);
  if (place.first) out.add("first");
  if (place.last) out.add("last");
  const end = sentence.trim().replace(/["”»)\]]+$/, "").slice(-1);
  if (end === "?" || end === ":") out.add(`ends:${end}`);
  if (MODALISH.test(words.join(" "))) out.add("modal");
  if (PAST.test(words.join(" ")) || COUNT_PAST.test(spelledOut(foldLetters(sentence.normalize("NFC"))))) out.add("past");
  if (OBSERVES.test(words.join(" "))) out.add("observes");
  const joined = words.join(" ");
  for (const [name, re] of [["wish", WISH], ["needs", NEEDS], ["helps", HELPS], ["couldyou", COULD_YOU]] as const) if (re.test(joined)) out.add(name);
  if (IMPERATIVE.test(joined)) out.add("imperative");
  return [...out];
}

/** The logistic function. */
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The probability that `sentence` asks for something, and why: the (at most five) features that
 * weighed most, strongest first, as "feature +0.83". Pure and deterministic.
 * @example requestScore("States should fund shelters for every family.").p  // high
 * @example requestScore("Our office opened in a small town.").p               // low
 */
export function requestScore(sentence: string, place: SentencePlace = { first: false, last: false }, weights: RequestWeights = REQUEST_WEIGHTS): { p: number; why: string[] } {
  const hits = requestFeatures(sentence, place)
    .filter((f) => weights.w[f] !== undefined)
    .map((f) => [f, weights.w[f]!] as const);
  const z = hits.reduce((s, [, w]) => s + w, weights.bias);
  const why = [...hits].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([f, w]) => `${f} ${w >= 0 ? "+" : ""}${w.toFixed(2)}`);
  return { p: sigmoid(z), why };
}

/**
 * A sentence of prose the blend may take: its text, its paragraph and place, its score, whether its paragraph holds a
 * proposal the rules took (`beside`), and whether it stands under a heading of the statement's own plans (`plan`).
 */
export type RequestCandidate = { text: string; block: number; index: number; last: boolean; p: number; why: string[]; beside: boolean; plan: boolean; kind?: CandidateKind; tasks?: boolean };
/**
 * Round 29: candidates of two more kinds, each with its own threshold (`REQUEST_BLEND.list`, `REQUEST_BLEND.question`; above
 * 1, none taken): "list", an item of a list in a text where the rules chose no list as proposals; "question", a question
 * that asks something of its addressee (`ASKING_QUESTION`). Before round 29 neither was a candidate.
 */
export type CandidateKind = "list" | "question";

/**
 * Round 29: a question that asks its addressee to act or proposes an act, folded: "Could States …?", "Would donors
 * consider …?", "Why not …?", "Why do we not …?", "Is it not time …?", "Wouldn't it be better …?", "Ne pourrait-on pas
 * …?", "Pourquoi ne pas …?", "Pourriez-vous …?", "N'est-il pas temps …?", "¿Por qué no …?", "¿No podrían …?", "¿Podrían los
 * Estados …?". Not a rhetorical question about the world ("How can anyone accept …?", "Who will pay …?", "What future do
 * they have?"), nor one of facts ("Could the boats leave?" is asked of an actor: kept; "Did the boats leave?" is not).
 */
const ASKING_QUESTION = new RegExp(
  "^(?:(?:and|so|then|et|alors|donc|y|entonces|pues),? )?(?:" +
    [
      // English: a modal then an addressee or "we", or "why not", "is it not time", "would it not be".
      "(?:could|would|can|might|will|shall)(?: not)? (?:you|we|the \\w+|states|governments|donors|authorities|qqname|member states|each|every|all|ministries|countries)\\b",
      "why (?:not|(?:do|does|could|can|would|should|will) not|(?:do|does|could|can|would|should|will) (?:[\\p{L}']+ ){1,3}not)\\b",
      "(?:is it not|is not it|isn't it) (?:time|possible|better|fair|right)\\b",
      "(?:would|could|might) it not be\\b",
      "(?:would|could|might) (?:it|this|that) (?:not )?be (?:possible|better|wiser|fairer|useful|worth)\\b",
      // French: "ne pourrait-on pas", "pourquoi ne pas", "pourriez-vous", "les États pourraient-ils", "n'est-il pas temps".
      "(?:ne )?(?:pourr?(?:ait|aient|iez|ions)|devr(?:ait|aient|iez|ions))[- ](?:on|vous|nous|ils|elles|il|elle)\\b",
      "(?:[\\p{L}']+ ){1,4}(?:ne )?(?:pourr?(?:ait|aient)|devr(?:ait|aient))[- ](?:ils|elles|il|elle)\\b",
      "pourquoi (?:[\\p{L}']+ ){0,4}(?:ne |n')",
      "(?:n'est-il|ne serait-il|ne serait-ce) pas\\b",
      "(?:est-ce qu'on|est-ce que (?:vous|nous|les \\w+)) (?:ne )?(?:pourr|devr)\\w*",
      // Spanish: "¿por qué no …?", "¿no podrían …?", "¿podrían los Estados …?", "¿no sería …?", "¿no es hora …?".
      "por que no\\b",
      "no (?:podrian|podria|podriamos|deberian|deberia|seria|es (?:hora|tiempo|momento))\\b",
      "(?:podrian|podria|podriamos|deberian|deberia|pueden|puede) (?:ustedes|usted|los|las|el|la|nosotros|qqname)\\b",
    ].join("|") +
    ")",
  "u",
);
/**
 * Round 29: the reason for a request or its consequence, told beside it, folded: a sentence that opens with a connective of
 * reason or consequence ("Otherwise …", "That way …", "After all …", "Because …", "Sinon …", "Ainsi …", "Car …", "De lo
 * contrario …", "Así …", "Porque …"), or whose first clause, up to a ";", states a fact (no modal, no verb of asking) and whose
 * modal after it is a negative one, of what must not befall someone ("Landlords already hold a deposit; tenants should not
 * pay a second one."; "Les ports encaissent déjà une taxe ; les marins ne devraient pas la payer deux fois."). In a
 * paragraph where the rules took a request (`beside`), such a sentence argues for it and is not a second one. Not a
 * sentence that asks in its first clause ("Ports should keep the deposit; tenants should not pay twice."), nor a positive
 * modal after the ";" ("Training is not enough; inspectors must also be able to close a site."). Made on blind set 16's
 * d02 (one statement).
 */
const REASON_OPENS = /^(?:(?:otherwise|that way|this way|in (?:this|that) way|after all|because|since|sinon|autrement|ainsi|de cette (?:facon|maniere)|car|parce que|parce qu'|puisque|puisqu'|apres tout|de lo contrario|si no|de (?:este|ese) modo|de (?:esta|esa) (?:manera|forma)|asi|porque|ya que|puesto que|al fin y al cabo|despues de todo)\b)/;
const NEGATIVE_MODAL = /\b(?:should not|must not|ought not|shall not|cannot|can not|need not|ne (?:devr|doi|doiv|peu|peuv|pourr)\w*(?: \w+)? pas|n'(?:a|ont) pas (?:a|besoin)|no (?:debe|deben|deberia|deberian|tiene que|tienen que|puede|pueden|podria|podrian|tendria|tendrian))\b/;
export function reasonBeside(sentence: string): boolean {
  const w = folded(sentence.trim()).replace(/^[^\p{L}]+/u, "");
  if (REASON_OPENS.test(w)) return true;
  const cut = w.indexOf(";");
  if (cut < 0) return false;
  const head = w.slice(0, cut).match(/\p{L}+(?:'\p{L}+)?/gu)?.join(" ") ?? "";
  const tail = w.slice(cut + 1).match(/\p{L}+(?:'\p{L}+)?/gu)?.join(" ") ?? "";
  return !!head && !MODALISH.test(head) && !WISH.test(head) && !NEEDS.test(head) && NEGATIVE_MODAL.test(tail);
}

/** Round 29: `sentence` is a question that asks something of its addressee (`ASKING_QUESTION`, read on the folded words, names masked). */
export function askingQuestion(sentence: string): boolean {
  const t = sentence.trim();
  if (!/\?["”»’)\]]?$/u.test(t)) return false;
  let first = true;
  const masked = t.normalize("NFC").replace(/\p{L}[\p{L}\p{N}]*/gu, (word) => {
    const named = !first && word !== "I" && /^\p{Lu}/u.test(word);
    first = false;
    return named ? NAME : word;
  });
  return ASKING_QUESTION.test(folded(masked).replace(/^[^\p{L}]+/u, "").replace(/\s+/g, " "));
}

/**
 * Round 24: a heading (folded) of a statement's own plans or account: background, context, objectives, activities,
 * budget, method, expected results, timeline (English, French, Spanish; numbered or not). The prose under it tells
 * what the organization found, aims at or will do ("To train 30 clerks in two years."), not what it asks of others.
 * Only the heading's word, with a number, "our" or "project", a bracket ("Budget (USD)"), "and context" or "of the
 * project": "Objectives and recommendations" or "Background checks for buyers" is not one.
 */
const PLAN_HEADING =
  /^(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]?\s+)?(?:(?:the|our|la|le|les|el|los|las|nuestros?|nuestras?|notre|nos)\s+)?(?:(?:project|projet|proyecto|planned|proposed|main|principales)\s+)?(?:background|context|objectives?|aims?|activities|budget|methodology|methods?|expected results|outcomes|outputs|timeline|work ?plan|contexte|objectifs?|activites(?: prevues)?|methodologie|resultats attendus|calendrier|antecedentes|contexto|objetivos?|actividades(?: previstas)?|presupuesto|metodologia|resultados esperados|cronograma)(?:\s*\([^)]*\)|\s+(?:and|et|y)\s+(?:context|rationale|justification|contexte|contexto|justificacion)|\s+(?:of|du|de|del|de la)\s+(?:the\s+|la\s+|l')?(?:project|pilot|programme|program|initiative|projet|pilote|proyecto|programa|piloto))?$/;
/** A paragraph that is a heading: one line of at most eight words, not ending as a sentence or a clause does. */
const headingOf = (lines: string[]): string | null => {
  if (lines.length !== 1) return null;
  const line = foldLetters(lines[0]!.trim()).replace(/[:\s]+$/, "");
  return line && !/[.!?;,]$/.test(line) && line.split(/\s+/).length <= 8 ? line : null;
};
/** Round 24: the paragraph is a heading of the statement's own plans (`PLAN_HEADING`): null when it is no heading at all. */
export function planHeading(paragraph: string): boolean | null {
  const heading = headingOf(paragraph.split("\n").filter((l) => l.trim()));
  return heading === null ? null : PLAN_HEADING.test(heading);
}

/**
 * Round 39: a heading (folded) of the organization's own tasks, plans or next steps: "Tasks for the team", "Our next
 * steps", "Follow-up for our staff", "What we will do", "Ce que nous ferons", "Nos prochaines étapes", "Tâches de
 * l'équipe", "Nuestros próximos pasos", "Lo que haremos", "Tareas del equipo" (numbered or not). What stands under it
 * is the organization's own to-do ("Send the outline to the board; book a room."), not a request, unless it is
 * addressed to States, UNODC or the Conference (`ADDRESSED`). Not "Next steps for States" nor "Recommendations".
 */
const TASK_HEADING =
  /^(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]?\s+)?(?:(?:(?:our|the|my)\s+)?(?:own\s+)?(?:(?:internal|team|staff)\s+)?(?:next steps|tasks|to-?dos?|action (?:items|points)|follow-?up(?: actions)?|plans?|commitments|work plan)(?:\s+(?:for|of)\s+(?:the\s+|our\s+)?(?:team|staff|secretariat of the (?:network|coalition|association)|board|members|network|coalition|association|organi[sz]ation|office|us))?(?:\s+(?:ahead|after the (?:session|meeting|conference)))?|(?:the\s+)?(?:team|staff|internal)\s+(?:tasks|to-?dos?|action (?:items|points)|follow-?up|next steps)|what (?:we|i) (?:will|shall|are going to|plan to|intend to) do(?: next| now| after the (?:session|meeting|conference))?|(?:(?:nos|notre|les)\s+)?(?:propres\s+)?(?:prochaines etapes|taches|engagements|actions a venir|suites a donner)(?:\s+(?:de|pour)\s+(?:l'equipe|notre equipe|le reseau|l'association|notre organisation|nous))?|(?:les\s+)?(?:prochaines etapes|taches)\s+(?:de|pour)\s+(?:l'equipe|notre equipe|le reseau|l'association|notre organisation|nous)|ce que nous (?:ferons|allons faire|comptons faire|ferons ensuite)|(?:suivi|taches) interne?s?|(?:(?:nuestros|nuestras|los|las)\s+)?(?:propios\s+|propias\s+)?(?:proximos pasos|siguientes pasos|tareas|compromisos|acciones (?:a seguir|futuras))(?:\s+(?:del|de la|de nuestra|de nuestro|para el|para la)\s+(?:equipo|red|asociacion|organizacion|coalicion))?|(?:proximos pasos|tareas)\s+(?:del|de la|de nuestra|de nuestro|para el|para la)\s+(?:equipo|red|asociacion|organizacion|coalicion)|lo que (?:haremos|vamos a hacer|haremos despues|pensamos hacer)|(?:seguimiento|tareas) internos?|tareas internas)$/;
/**
 * Round 39: a sentence addressed to States, governments, UNODC or the Conference (folded): under a heading of the
 * organization's own tasks (`TASK_HEADING`) it is still a request ("Next steps: States should …"). Not "the
 * secretariat": an organization's own secretariat is often the one that does its tasks.
 */
const ADDRESSED =
  /\b(?:(?:member )?states|state parties|states parties|governments?|unodc|the conference|conference of the parties|etats(?: membres| parties)?|gouvernements?|onudc|la conference|estados(?: miembros| partes)?|gobiernos?|la conferencia)\b/;
/** Round 39: the paragraph is a heading of the organization's own tasks or next steps (`TASK_HEADING`): null when it is no heading at all. */
export function taskHeading(paragraph: string): boolean | null {
  const heading = headingOf(paragraph.split("\n").filter((l) => l.trim()));
  return heading === null ? null : TASK_HEADING.test(heading);
}
/** Round 39: the sentence names States, UNODC or the Conference (`ADDRESSED`): under a heading of own tasks, still a candidate. */
export const addressedOut = (sentence: string): boolean => ADDRESSED.test(foldLetters(sentence));

/** Folded as the rules read a sentence: letters folded, English contractions spelled out. */
const folded = (s: string) => spelledOut(foldLetters(s));

/**
 * Round 24: what people told the speaker, reported ("Several of the fishers we met told us that…",
 * "Plusieurs des familles que nous avons rencontrées nous ont dit que…", "Varias de las mujeres que
 * atendimos nos contaron que…"): testimony, background to the requests, not one of them. Eight words
 * at most before a verb of telling in the past (or the present of a repeated account: "nous disent",
 * "nos dicen") with "us" as its object. Used by `findProposals` to keep such a sentence from the
 * learned request classifier (request-model.ts), which took one in blind set 19 (a form resting on
 * that one statement). Not an aside that cites them ("As the families told us, <body> should…"), nor
 * words cut by a comma before the verb. Read on the folded sentence.
 *
 * Round 25: also what others tell the people the speaker serves, reported in the third person, an
 * opening phrase allowed before it ("Al llegar, les dicen que deben…", "Une fois sur place, on leur
 * dit qu'elles doivent…", "On arrival they are told that they owe…"): what the victims hear, not a
 * request (blind set 20's a19, a form resting on that one statement). Not the speaker telling a body
 * ("Les decimos a los Estados que…"), nor an aside ("…, como les dicen los expertos, …").
 */
export const TOLD_US =
  /^(?!(?:as|like|just as|comme|ainsi que|selon|como|tal como|segun|according)\b)(?:[\p{L}\p{N}'-]+ ){1,8}(?:(?:also|all|both|tambien|todos|todas|aussi|tous|toutes|souvent|often|a menudo) )?(?:told us|have told us|kept telling us|tell us|nos (?:dijeron|contaron|explicaron|relataron|han dicho|han contado|dicen|cuentan)|nous (?:ont|avaient) (?:dit|raconte|explique|confie|decrit)|nous (?:disent|racontent|expliquent))\b|^(?:[^,.;:!?]{1,40},\s)?(?!(?:as|like|just as|comme|ainsi que|selon|como|tal como|segun|according)\b)(?:[\p{L}'-]+ ){0,6}(?:(?:les|le) (?:(?:tambien|siempre|luego|despues|ahi) )?(?:dicen|decian|dijeron|cuentan|contaban|contaron|explican|explicaban|aseguran|aseguraban|prometen|prometian|prometieron|repiten|repetian|hacen creer) que|on (?:leur|lui) (?:(?:aussi|toujours|ensuite|alors) )?(?:dit|disait|a dit|explique|expliquait|promet|promettait|a promis|fait croire|repete|repetait) (?:que|qu')|(?:they|she|he) (?:are|is|were|was) (?:(?:then|often|always|also|soon) )?told (?:that|they|she|he)\b)/u;

/**
 * Round 24: a statement's own aim, plan or work, not a request (a concept note's "To give forty
 * clerks the skills to…, and to keep…" under its objective; "Our project will train…", "We will
 * hold three workshops…", "The pilot aims to…"): an infinitive of purpose standing as a sentence, or
 * the speaker's project doing something, with no modal and no verb of asking anywhere in it. Kept out
 * of the sentences the learned classifier may add (the rules' own requests are not read through it).
 */
const OWN_AIM = /^(?:to (?!(?:the|this|that|these|those|all|our|us|me|you|them|him|her|it|date|end|this end|that end|conclude|sum up|summari[sz]e|close)\b)\p{L}{2,}\b|(?:the|our|this) (?:(?:main|overall|general|specific|first|second|pilot|proposed) )*(?:project|pilot|programme|program|course|initiative|activity|activities|objective|aim|goal|purpose|budget)(?: of [^,.;:]{2,60}?)? (?:will|would|aims? to|seeks? to|is designed to|is to|consists? of|covers?|includes?)\b|(?:we|i) (?:will|plan to|intend to|are going to|aim to) (?!(?:ask|urge|call|request|propose|recommend|appeal|suggest|invite|encourage|need|continue to (?:ask|urge|call))\b)\p{L}{2,})(?![^]*\b(?:should|must|ought to|needs? to|please|ask|urge|call on|calls on|request|recommend|propose|donors?|states|governments|authorities|unodc|secretariat)\b)/u;
/**
 * Round 34: the speaker's group telling what it will do next, its name or acronym as the subject ("The Network will
 * publish a guide …", "KLMN will go back to the villages in March …", "Notre réseau publiera …", "La coalición
 * volverá a …"): its own plan, not a request, when nothing in the sentence asks or carries a modal.
 */
const OWN_PLAN = new RegExp(
  "^(?:(?:the|our) (?:[\\p{L}'-]+ )?(?:network|coalition|association|union|federation|alliance|platform|league|foundation|collective|organi[sz]ation|centre|center|forum|observatory|secretariat of the network)|(?:notre|le|la|l') ?(?:[\\p{L}'-]+ )?(?:reseau|coalition|association|federation|alliance|plateforme|ligue|fondation|collectif|syndicat|organisation|observatoire)|(?:nuestra|nuestro|la|el) (?:[\\p{L}'-]+ )?(?:red|coalicion|asociacion|federacion|alianza|plataforma|liga|fundacion|colectivo|sindicato|organizacion|observatorio))" +
    " (?:(?:will|shall) (?:(?:also|then|soon|now) )?\\p{L}{2,}|\\p{L}{3,}(?:era|ira|dra)\\b|\\p{L}{3,}(?:ara|era|ira|dra)\\b)",
  "u",
);
const ACRONYM_PLAN = /^\p{Lu}{2,8} will (?:(?:also|then|soon|now) )?\p{Ll}{2,}/u;
const ASKS_IN_PLAN = /\b(?:ask|urge|urges|call on|call upon|calls on|invite|invites|encourage|recommend|recommends|should|must|ought|demandons|demande|exhortons|appelons|invitons|pedimos|solicitamos|instamos|exhortamos|pide|deberia|deberian|debe|deben|devrait|devraient|doit|doivent)\b/;
const ownPlan = (t: string) => {
  const f = folded(t.trim()).replace(/^[^\p{L}]+/u, "");
  return (OWN_PLAN.test(f) || ACRONYM_PLAN.test(t.trim())) && !ASKS_IN_PLAN.test(f) && !/\?\s*$/.test(f);
};
export const ownAim = (t: string) => OWN_AIM.test(folded(t.trim()).replace(/^[^\p{L}]+/u, "")) || ownPlan(t);

/** Round 25: why a sentence is not a request of ours, the gates of round 24 in one place; null when it may be one. */
export type NotOurs = "told us" | "own aim" | "why we write" | "observes" | "plan heading";
/**
 * Round 26: why a letter is written, not a request ("Nous vous écrivons parce que…", "Les escribimos porque…", "We are
 * writing to you because…"): the reason that opens a letter; the request comes later.
 */
const WHY_WE_WRITE = /^(?:(?:si |and |et |y )?(?:nous|je) (?:vous |leur |lui )?(?:ecrivons|ecris|adressons cette lettre|adressons ce courrier)|(?:les |le |os )?(?:escribimos|escribo)|(?:we|i) (?:are|am) writing(?: to you)?|(?:we|i) write(?: to you)?) (?:(?:aujourd'hui|today|hoy|ensemble|juntos|together|donc|aussi|tambien|also),? )*(?:parce que|parce qu'|car|porque|ya que|because|since|as)\b/u;
/**
 * Round 27: an observation of the speaker's that asks nothing ("Nous constatons aussi que les saisonniers … attendent sans
 * interprète.", "We also note that the depot keeps the licences."): `OBSERVES` with no modal or verb of asking
 * (`MODALISH`) in the sentence. The table weighs "observes" against, yet an observation that closes its paragraph
 * ("last") could still pass the threshold (blind set 3's z16, 0.52). Not "We note with concern that the ministry should…".
 */
const observedOnly = (sentence: string): boolean => {
  const w = folded(sentence).match(/\p{L}+(?:'\p{L}+)?/gu)?.join(" ") ?? "";
  return OBSERVES.test(w) && !MODALISH.test(w);
};

/**
 * Round 39: what the speaker would like to do in the statement itself, tell, describe or explain ("What we want to do here
 * is to explain how a clinic works at night …", "We would like to share what we saw …", "Ce que nous voudrions, c'est
 * raconter …", "Quisiéramos contarles cómo …"): the statement's own aim, not a request (nothing in it asks anyone to act).
 */
const SPEECH_AIM =
  /^(?:(?:so|and|but|instead|today|here|et|mais|aujourd'hui|y|pero|hoy),? )?(?:what (?:we|i) (?:would (?:rather |really )?like|want|wish|intend|propose) (?:(?:instead|rather|here|today|now|to do) )*is to|(?:we|i) (?:would|want|wish|intend) (?:(?:also|instead|rather|now|today|here|first|briefly) )*(?:like )?to|ce que (?:nous|je) (?:voudrions|voudrais|aimerions|aimerais|souhaitons|souhaiterions)(?: (?:plutot|faire|ici|aujourd'hui))*,? c'est(?: de| d')?|(?:nous|je) (?:voudrions|voudrais|aimerions|aimerais|souhaitons|souhaiterions) (?:(?:plutot|d'abord|ici|aujourd'hui|brievement) )*(?:vous )?|lo que (?:quisieramos|quisiera|queremos|quiero|nos gustaria|me gustaria)(?: (?:hacer|hoy|aqui))*,? es|(?:quisieramos|quisiera|nos gustaria|me gustaria|queremos) (?:(?:hoy|aqui|primero|brevemente) )*)(?: (?:you|your|vous|les|le))? ?(?:describe|explain|tell|share|show|present|recount|relate|set out|outline|illustrate|decrire|expliquer|raconter|partager|montrer|presenter|exposer|illustrer|describir|explicar|contar(?:les|le)?|compartir|mostrar(?:les|le)?|presentar(?:les|le)?|relatar|ilustrar)\b/;
const speechAim = (sentence: string): boolean => SPEECH_AIM.test(folded(sentence.trim()).replace(/^[^\p{L}]+/u, ""));

/**
 * Round 25: the one check of what the learned classifier may not add, "not a request of ours": what people told the
 * speaker (`TOLD_US`), the statement's own aim or plan (`ownAim`), or a sentence under a heading of the statement's
 * own plans (`planHeading`; `underPlan`, read from the paragraphs before it). The rules' own requests are not read
 * through it. Gathered from proposals.ts (`ownAim`), asks-fr-es.ts (`TOLD_US`) and `withRequests` (round 24).
 * @example notOurRequest("The farmers we visited told us that the wells ran dry.")   // "told us"
 * @example notOurRequest("We will hold two courses for the wardens in May.")         // "own aim"
 * @example notOurRequest("We are writing to you because the wells ran dry.")         // "why we write"
 * @example notOurRequest("We also note that the wells ran dry in May.")              // "observes"
 * @example notOurRequest("The ministry should publish the list.", true)              // "plan heading"
 * @example notOurRequest("The ministry should publish the list.")                    // null
 */
/**
 * Round 69: what others offer, promise or ask in the speaker's story, a third-person pronoun as the subject (« Ils proposent aux
 * mères d'emmener leurs filles … », "They offer the boys a job …", "Ellos prometen a las familias …"): no request of the speaker's.
 */
const THEY_OFFER_69 = /^(?:(?:and|et|y|then|puis|luego),? )?(?:they|ils|elles|ellos|ellas) (?:(?:then|also|often|always|aussi|souvent|toujours|alors|tambien|siempre|a menudo) )?(?:(?:leur|lui|nous|les|their|them|us|les|nos|le|la) )?(?:propos|offr|promett|promet|demand|offer|promis|ask|tell|propon|ofrec|promet|pid|dic)\p{L}*\b/u;
export function notOurRequest(sentence: string, underPlan = false): NotOurs | null {
  if (TOLD_US.test(folded(sentence)) || THEY_OFFER_69.test(folded(sentence.trim()))) return "told us";
  if (ownAim(sentence) || speechAim(sentence)) return "own aim";
  if (WHY_WE_WRITE.test(folded(sentence.trim()).replace(/^[^\p{L}]+/u, ""))) return "why we write";
  // Round 27: what the speaker observes, with no modal or verb of asking in it (the "observes" feature without "modal").
  if (observedOnly(sentence)) return "observes";
  return underPlan ? "plan heading" : null;
}

/** For measuring (scripts/eval-requests.mjs): called with every candidate of each prose reading, whatever the setting. */
let observer: ((candidates: RequestCandidate[], taken: string[]) => void) | null = null;
/** Sets (or, with null, removes) the observer of `withRequests`; for measuring only. */
export function observeRequests(fn: ((candidates: RequestCandidate[], taken: string[]) => void) | null): void {
  observer = fn;
}
/** The table the blend reads; the shipped one unless a measurement sets another (leave one set out). */
let blendWeights: RequestWeights = REQUEST_WEIGHTS;
/** Sets the table the blend scores with (null: the shipped one); for measuring only. */
export function useRequestWeights(weights: RequestWeights | null): void {
  blendWeights = weights ?? REQUEST_WEIGHTS;
}

const words = (s: string) => foldLetters(s).match(/[\p{L}\p{N}]+/gu) ?? [];
/** Prose ends a sentence with a full stop or an exclamation mark (a quotation mark or bracket may follow); not a heading, a question, a line of a letterhead. */
const PROSE_END = /[.!]["”»’)\]]?$/u;

/**
 * The candidates of `text` (paragraphs split on blank lines): each sentence (`split`, the rules'
 * own splitting) of a paragraph of prose (no list item, ending as a sentence does) of 6 to 80 words,
 * not already part of (or holding) a proposal in `taken`, and that `keep` keeps (not a courtesy, not a plea).
 * Round 29, with `kinds`: also each sentence of an item of a list (its marker left out, its lines joined; kind "list") and each question
 * that asks (`askingQuestion`; kind "question"), in the same bounds.
 */
export function requestCandidates(text: string, taken: string[], split: (paragraph: string) => string[], keep: (sentence: string) => boolean, weights: RequestWeights = blendWeights, kinds = false): RequestCandidate[] {
  const had = taken.map((t) => words(t).join(" "));
  const out: RequestCandidate[] = [];
  // Round 24: the heading the paragraphs stand under, a heading of the statement's own plans or not (`planHeading`).
  // Round 39: or of its own tasks or next steps (`taskHeading`): a sentence under it is flagged `plan` unless it names
  // States, UNODC or the Conference (`addressedOut`).
  let plan = false;
  let tasks = false;
  text.split(/\n{2,}/).forEach((paragraph, block) => {
    const lines = paragraph.split("\n").filter((l) => l.trim());
    const heading = lines.length === 1 ? planHeading(lines[0]!) : null;
    if (heading !== null) (plan = heading, tasks = !heading && !!taskHeading(lines[0]!));
    if (!lines.length) return;
    const flat = lines.join(" ").replace(/\s+/g, " ").trim();
    const mine = words(flat).join(" ");
    const beside = had.some((h) => h && mine.includes(h.slice(0, 60)));
    const push = (text: string, index: number, last: boolean, kind?: CandidateKind) => {
      const w = words(text);
      if (w.length < 6 || w.length > 80) return;
      const own = w.join(" ");
      if (had.some((h) => h.includes(own) || own.includes(h))) return;
      if (!keep(text)) return;
      const { p, why } = requestScore(text, { first: index === 0, last }, weights);
      // Round 39: `tasks` marks a candidate flagged only by a heading of own tasks (for measuring without that gate).
      const task = !plan && tasks && !addressedOut(text);
      out.push({ text, block, index, last, p, why, beside, plan: plan || task, ...(kind ? { kind } : {}), ...(task ? { tasks: true } : {}) });
    };
    if (lines.some(isMarkerLine)) {
      if (!kinds) return;
      // Round 29: each item of the list, its marker left out and its lines joined (the lead-in above the first marker is not one).
      const items: string[] = [];
      for (const line of lines) {
        const marker = isMarkerLine(line) ? readMarker(line.trim()) : null;
        if (marker) items.push(marker.rest.trim());
        else if (items.length) items[items.length - 1] += ` ${line.trim()}`;
      }
      // Each sentence of an item ("First, a word on fees. <background>. <the request>."), a question that asks as a question;
      // not one that ends as a heading or a lead-in does ("?", ":").
      for (const item of items) {
        const parts = split(item.replace(/\s+/g, " ").trim());
        parts.forEach((s, index) => {
          const text = s.trim();
          const last = index === parts.length - 1;
          if (askingQuestion(text)) return push(text, index, last, "question");
          if (!/[?:]["”»’)\]]?$/u.test(text)) push(text, index, last, "list");
        });
      }
      return;
    }
    const prose = PROSE_END.test(flat);
    if (!prose && !(kinds && /\?["”»’)\]]?$/u.test(flat))) return;
    const parts = split(flat);
    parts.forEach((s, index) => {
      const text = s.trim();
      const last = index === parts.length - 1;
      // Round 29: a question that asks (in a paragraph of prose, or one that ends with a question).
      if (kinds && askingQuestion(text)) return push(text, index, last, "question");
      if (prose && PROSE_END.test(text)) push(text, index, last);
    });
  });
  return out;
}

/**
 * The hook in `findProposals` (prose only): `taken`, the rules' proposals, with each candidate
 * sentence (`requestCandidates`) the model scores at or above the threshold, in a paragraph where
 * the rules took nothing (round 27: or at or above `REQUEST_BLEND.beside` where they took one) and not under a heading
 * of the statement's own plans (round 24), added in the text's order. `taken` as it is while `REQUEST_BLEND.on` is false.
 */
export function withRequests(text: string, taken: string[], split: (paragraph: string) => string[], keep: (sentence: string) => boolean): string[] {
  if (!REQUEST_BLEND.on && !observer) return taken;
  // Round 25: no sentence that is not a request of ours (`notOurRequest`): testimony and the statement's own aim are
  // no candidates; a sentence under a heading of plans is one (flagged `plan`, for measuring) and is not taken below.
  const candidates = requestCandidates(text, taken, split, (t) => keep(t) && notOurRequest(t) === null, blendWeights, true);
  observer?.(candidates, taken);
  if (!REQUEST_BLEND.on) return taken;
  // Session 15: the model learned from whole statements; in a short text (fewer than six sentences of
  // prose it may read, the rules' proposals included) it has too little context, and a near-miss alone
  // ("What we are asking for is simple.") would be taken: the rules alone read such a text.
  // (Round 29: sentences of prose only; list items and questions are not counted.)
  if (candidates.filter((c) => !c.kind).length + taken.length < REQUEST_BLEND.minimumSentences) return taken;
  // Round 24: nor under a heading of the statement's own plans (`notOurRequest`, "plan heading": background, objective, activities, budget…).
  // Round 27: in a paragraph where the rules took a proposal, a second one when the model scores it at or above `REQUEST_BLEND.beside`.
  // Round 29: a list item or a question at or above its own threshold (`REQUEST_BLEND.list`, `REQUEST_BLEND.question`).
  const least = (c: RequestCandidate) => (c.kind ? Math.max(REQUEST_BLEND[c.kind], REQUEST_BLEND.threshold) : REQUEST_BLEND.threshold);
  // Round 29: nor, beside the rules' request, its reason or consequence (`reasonBeside`).
  const added = candidates.filter((c) => c.p >= least(c) && (!c.beside || (c.p >= REQUEST_BLEND.beside && !reasonBeside(c.text))) && notOurRequest(c.text, c.plan) === null).map((c) => c.text);
  if (!added.length) return taken;
  const at = (t: string) => text.indexOf(t.slice(0, 40));
  return [...taken, ...added].map((t, k) => [t, at(t), k] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map(([t]) => t);
}
