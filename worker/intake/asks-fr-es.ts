/**
 * French and Spanish ways of asking inside a paragraph that the main patterns of `proposals.ts`
 * do not read (round 17): pleas and hopes addressed to someone who is to act, indirect suggestions
 * in the conditional, and the rhetorical question that proposes. Read on folded text (no accents,
 * lower case), after the connectives and the short opening phrase that `PROPOSING` allows.
 *
 * - a hope that a body will act: "Nous osons espérer que les États accepteront…", "Nous espérons
 *   vivement que l'agence…", "Esperamos que los gobiernos…", "Confiamos en que la secretaría…"
 *   (a body or officials right after "que": not "Nous espérons que la session sera utile");
 * - a plea with an adverb: "Nous plaidons donc pour que…", "Abogamos también por…";
 * - the speaker's polite suggestion: "Nous nous permettons de suggérer…", "Nos permitimos sugerir
 *   que…", "Rogamos a la agencia que…";
 * - what someone would gain by doing, or would do well to do: "L'agence gagnerait, selon nous, à
 *   consulter…", "Le ministère ferait bien de…", "La secretaría haría bien en…";
 * - what it would be worth doing: "Il y aurait (tout) intérêt à…", "Il vaudrait la peine
 *   de…", "Mieux vaudrait que…", "Valdría la pena, además, que…", "Merecería la pena crear…",
 *   "Habría que + infinitive" (not "Habría que recordar…");
 * - whose task it would be: "Il reviendrait aux plateformes de…", "Il incomberait à l'État
 *   de…", "Correspondería a los municipios…";
 * - what is asked, with an aside: "Lo que pedimos, en suma, es que…", "Ce que nous
 *   demandons, au fond, c'est que…";
 * - a rhetorical question that proposes, ending with its question mark: "Ne serait-il pas temps
 *   que…?", "N'est-il pas temps de…?", "Pourquoi ne pas + infinitive…?", "¿No sería hora de…?",
 *   "¿Por qué no + infinitive…?".
 *
 * Round 18:
 * - a wish with an aside before "que": "Y quisiéramos, por último, que…", "Agradeceríamos, en
 *   particular, que…", "Nous souhaiterions, pour finir, que…";
 * - what would seem wise or fitting to the speaker, in the conditional too: "Il nous paraîtrait
 *   judicieux que…", "Il nous semblerait opportun de…", "Nos parecería oportuno que…" (not "Il nous
 *   semble utile de rappeler…", nor an opinion: "Il nous paraît logique que…");
 * - after a colon, a wish that a body act ("…: que los Estados financien…", "…: que les bailleurs
 *   financent…"), read by `wishAfterColon`.
 *
 * Round 20:
 * - what would seem essential or necessary: "Il nous paraîtrait essentiel que…", "Nos parecería
 *   indispensable que…";
 * - a wish to ask, in the conditional: "Quisiéramos pedir a los Estados que…", "Nos gustaría
 *   proponer…", "Nous aimerions demander aux communes de…" (not an apology);
 * - a question in the conditional asking a body to act: "¿No podrían los donantes financiar…?",
 *   "Les bailleurs ne pourraient-ils pas financer… ?".
 *
 * `actor`: the pattern of bodies and officials who are asked to act (`ACTOR` in `proposals.ts`).
 */
/** Round 20: what is essential or necessary, said of what would seem so ("il nous paraîtrait essentiel"). */
const NEEDED_FR = "essentiel|indispensable|necessaire|important|primordial|crucial|urgent|fondamental|capital|imperatif";
const NEEDED_ES = "esencial|indispensable|necesario|importante|fundamental|crucial|urgente|imprescindible|prioritario";
/** Round 23: what would be the most useful, reasonable or urgent thing ("le plus utile", "lo más sensato"), masculine or feminine. */
const BEST_FR = "(?:utiles?|urgente?s?|simples?|raisonnables?|logiques?|justes?|sensee?s?|efficaces?|importante?s?|necessaires?|souhaitables?|sages?|coherente?s?|pertinente?s?|equitables?|rapides?|humaine?s?|indispensables?|essentielle?s?|prioritaires?|concrete?s?|realistes?|urgent)";
const BEST_ES = "(?:razonables?|logic[oa]s?|just[oa]s?|sensat[oa]s?|deseables?|util(?:es)?|urgentes?|sencill[oa]s?|simples?|eficaz|eficaces|importantes?|necesari[oa]s?|correct[oa]s?|coherentes?|prudentes?|equitativ[oa]s?|rapid[oa]s?|human[oa]s?|indicad[oa]s?|convenientes?|oportun[oa]s?|practic[oa]s?|efectiv[oa]s?|eficientes?|prioritari[oa]s?)";

/**
 * Round 69: an adverb (or adverbial of addition, order or manner) between a verb of duty and the body it names, as a class: a
 * word in -ment/-mente, or one of addition and order in French and Spanish ("asimismo", "igualmente", "de igual modo", "por
 * último", « en outre », « par ailleurs », « de même », « enfin »), each set apart by commas or not, any number of them.
 */
const DUTY_ADVERB = "(?:(?:\\p{L}{3,}(?:mente|ment)|asimismo|tambien|ademas|igualmente|de (?:igual|la misma) (?:modo|manera|forma)|del mismo modo|por (?:ultimo|otra parte|su parte|lo tanto|tanto)|sobre todo|ante todo|en (?:primer|segundo|ultimo) lugar|aussi|en outre|par ailleurs|de (?:meme|plus)|enfin|surtout|donc|d'abord|avant tout|desormais|ensuite|a (?:leur|son) tour),? )*";

export function frEsAsking(actor: string): string {
  // Round 25: also international cooperation or the international community, as donors are named
  // ("Ojalá que la cooperación internacional financie…", "Nous espérons que la communauté
  // internationale financera…"; not "la cooperación entre vecinos").
  const who = "(?:(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b|l'\\s?(?:[\\p{L}'-]+ ){0,2}" + actor + "\\b|(?:la |el )?(?:cooperacion|comunidad|ayuda) internacional\\b|la (?:cooperation|communaute) internationale\\b)";
  // Not what one recalls, notes or says ("Il vaudrait la peine de rappeler…", "Habría que decir…").
  // Round 23: nor what one understands, knows, fears or wonders ("Il y aurait lieu de craindre…",
  // "Es importante entender que…", "Cabría preguntarse…"; not "creer", which is also the French "créer" folded).
  const notSaying = "(?!(?:rappeler|noter|souligner|dire|preciser|mentionner|signaler|recordar|senalar|destacar|subrayar|decir|mencionar|aclarar|reconocer|admitir|comprendre|savoir|croire|penser|constater|reconnaitre|admettre|craindre|entender|comprender|saber|constatar|pensar|temer|preguntar(?:se|nos)?)\\b)";
  const infinitive = notSaying + "\\p{L}{2,}(?:er|ir|re|ar)\\b";
  const aside = "(?:,? [^,.;:!?]{1,40},)?";
  // Round 20: a Spanish infinitive with its pronoun ("comprometerse", "ofrecerles").
  const clitic = notSaying + "\\p{L}{2,}(?:ar|er|ir)(?:se|les?|los|las|nos)?\\b";
  return [
    // Hopes: "nous (osons) espérer que les États…", "nous espérons vivement que l'ONUDC…"
    "(?:nous|je) (?:(?:osons|oserions|voulons|tenons a|continuons a) )?esper(?:ons|e|er) (?:(?:vivement|sincerement|donc|aussi|fortement|egalement) )*que " + who,
    // Round 19: a wish formed or voiced: "Nous formons enfin le vœu que chaque ministère…", "Je
    // formule le souhait que l'agence…"
    "(?:nous|je) (?:formons|formulons|emettons|exprimons|forme|formule|emets|exprime) (?:(?:donc|aussi|egalement|enfin|ici) )*(?:l'espoir|le (?:voeu|vœu|souhait)) que " + who,
    "(?:esperamos|confiamos en) (?:(?:sinceramente|vivamente|de verdad|por (?:lo )?tanto|tambien|ademas) )*que " + who,
    // Pleas with an adverb: "nous plaidons donc pour que…"
    "nous (?:(?:donc|aussi|egalement|ici) )*(?:plaidons|militons) (?:(?:donc|aussi|egalement|ici|fermement|vivement) )*(?:pour|en faveur)\\b",
    "abogamos (?:(?:tambien|ademas|por (?:lo )?tanto|firmemente) )*por\\b",
    // Round 69: what the speaker expects of a body, the body named after "de" and the act in a clause of "que" (« Nous
    // attendons des opérateurs qu'ils … », "Esperamos de las navieras que …"): the construction itself asks, whoever is named.
    "(?:nous|j') ?(?:attendons|attends) " + DUTY_ADVERB + "(?:des|du|de la|de l'|de ces|de nos|de chaque|de tous les|de toutes les)\\s?(?:[\\p{L}'-]+,? ){1,8}?(?:qu'(?:ils|elles|il|elle)\\b|que (?:les|la|le|l'|leurs?|ces|chaque)\\b)",
    "(?:esperamos|exigimos|pedimos) " + DUTY_ADVERB + "(?:de los|de las|de la|del|de cada|de todos los|de todas las) (?:[\\p{L}'-]+,? ){1,8}?que\\b",
    // Polite suggestions: "nous nous permettons de suggérer", "nos permitimos sugerir que", "rogamos a…"
    "nous nous permettons (?:(?:donc|aussi|egalement) )*(?:de |d')(?:suggerer|proposer|recommander|demander|insister|plaider|appeler)\\b",
    "nos permitimos (?:(?:tambien|ademas|respetuosamente|por (?:lo )?tanto) )*(?:sugerir|proponer|recomendar|solicitar|pedir|instar|insistir|plantear)\\b",
    "(?:les |le )?(?:rogamos|suplicamos|imploramos)\\b",
    // What someone would gain by doing: "l'agence gagnerait, selon nous, à consulter…"
    // Round 26: also after a belief ("Nous croyons que les communes du littoral gagneraient à…").
    "(?:(?:nous|je) (?:croyons|pensons|estimons|considerons|crois|pense|estime) (?:(?:donc|aussi|egalement|sincerement|fermement|vraiment) )*que )?(?!(?:il|elle|ils|elles|on|ce|cela|nous|vous)\\b)(?:[\\p{L}'-]+ ){0,5}[\\p{L}'-]+ gagnerai(?:en)?t" + aside + " (?:(?:beaucoup|donc|aussi|egalement|certainement|sans doute|grandement) )*a (?:ce que\\b|" + infinitive + ")",
    "(?!(?:il|elle|ils|elles|on|ce|cela|nous|vous)\\b)(?:[\\p{L}'-]+ ){0,5}[\\p{L}'-]+ ferai(?:en)?t (?:(?:donc|aussi|egalement) )*bien de\\b",
    "(?!(?:esto|eso|ello|nosotros)\\b)(?:[\\p{L}'-]+ ){0,5}[\\p{L}'-]+ harian? (?:(?:tambien|ademas) )*bien en\\b",
    // What would be worth doing
    "il y aurait (?:(?:donc|aussi|egalement|vraiment|certainement) )*(?:(?:tout|grand|beaucoup d'|un grand) ?)?interet a (?:ce que\\b|" + infinitive + ")",
    "il vaudrait (?:(?:donc|aussi|egalement|vraiment) )*(?:la peine|mieux)" + aside + " (?:que\\b|de " + infinitive + "|d'" + infinitive + ")",
    "mieux vaudrait(?: donc| aussi)? (?:que\\b|" + infinitive + ")",
    "(?:valdria|mereceria|vale) la pena" + aside + " (?:que\\b|" + infinitive + ")",
    "habria (?:(?:tambien|ademas|entonces|por (?:lo )?tanto) )*que " + infinitive,
    // Whose task it would be: "il reviendrait aux plateformes de…"
    "il (?:(?:leur|nous) )?(?:appartiendrait|incomberait|reviendrait) (?:donc |aussi |desormais )?(?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b",
    "(?:corresponderia|competeria|incumbiria|tocaria) (?:por (?:lo )?tanto |entonces |ahora )?(?:a los|a las|a la|al|a) (?:[\\p{L}'-]+ ){0,3}" + actor + "\\b",
    // Round 69: the same duty in the conditional given to any body named with a definite article, then its infinitive (« Il
    // appartiendrait aux coopératives de … », "Correspondería a las cofradías abrir …"): the conditional is what makes it asked,
    // whoever is named; not to those the speaker speaks for ("Nos correspondería …", « il nous reviendrait … »).
    "il (?:appartiendrait|incomberait|reviendrait)" + aside + " " + DUTY_ADVERB + "(?:aux|au|a la|a l')\\s?(?!(?:nous|notre|nos)\\b)(?:[\\p{L}'-]+,? ){1,6}?(?:de |d')" + infinitive,
    "(?:corresponderia|competeria|incumbiria|tocaria)" + aside + " " + DUTY_ADVERB + "(?:a los|a las|a la|al) (?!(?:nuestr[oa]s?)\\b)(?:[\\p{L}'-]+,? ){1,6}?" + clitic,
    // What is asked, with an aside: "lo que pedimos, en suma, es que…"
    "lo que (?:pedimos|proponemos|solicitamos|recomendamos|queremos|sugerimos), [^,.;:!?]{1,40}, es (?:que\\b|" + infinitive + ")",
    "ce que (?:nous|je) (?:demandons|demande|proposons|recommandons|voulons|souhaitons|suggerons), [^,.;:!?]{1,40}, c'est (?:que|de|d')",
    // Round 62: or with those asked named before "es"/"c'est": "lo que pedimos a los gobiernos es que…", « ce que nous demandons aux
    // communes, c'est que… » (as "What we ask of the ministries is that…" already was).
    "lo que (?:pedimos|proponemos|solicitamos|recomendamos|sugerimos) (?:a|al) (?:los |las |la )?[^,.;:!?]{1,50},? es (?:que\\b|" + infinitive + ")",
    "ce que (?:nous|je) (?:demandons|demande|proposons|recommandons|suggerons) (?:aux|au|a la|a l')\\s?[^,.;:!?]{1,50},? c'est (?:que|qu'|de|d')",
    // Round 18: a wish with an aside before "que": "y quisiéramos, por último, que…"
    "(?:quisieramos|agradeceriamos|desearia(?:mos)?|nos gustaria)" + aside + " (?:(?:tambien|ademas|mucho|finalmente|por ultimo|sobre todo|igualmente|asimismo|en fin|de verdad|vivamente|ahora) )*que\\b",
    "(?:nous |je |j')(?:souhaiterions|souhaiterais|aimerions|aimerais|voudrions|voudrais)" + aside + " (?:(?:donc|aussi|egalement|vivement|enfin|surtout|ensuite|encore|beaucoup|vraiment|tout particulierement|pour finir|ici|maintenant|desormais|simplement|seulement) )*que\\b",
    // Round 18: what would seem wise to the speaker: "il nous paraîtrait judicieux que…", "nos parecería oportuno que…"
    // Round 20: also what would seem essential or necessary: "Il nous paraîtrait essentiel que…",
    // "Nos parecería indispensable que…" (as "il est essentiel que…" already was).
    "il (?:nous|me) (?:semble(?:rait)?|parai(?:t|trait)) (?:(?:donc|aussi|egalement|tres|plus|bien|tout a fait|tout aussi) )*(?:judicieux|souhaitable|opportun|utile|preferable|sage|pertinent|" + NEEDED_FR + ") (?:que\\b|de " + infinitive + "|d'" + infinitive + ")",
    "(?:nos|me) (?:pareceria|parece|resultaria) (?:(?:por (?:lo )?tanto|tambien|muy|mas|bastante) )*(?:oportuno|conveniente|util|sensato|deseable|recomendable|acertado|pertinente|" + NEEDED_ES + ") (?:que\\b|" + infinitive + ")",
    // Round 20: a wish to ask, in the conditional: "Quisiéramos pedir a los municipios que…",
    // "Nos gustaría proponer…", "Nous aimerions demander aux communes de…" (not an apology: "quisiéramos
    // pedir disculpas", "nous voudrions demander pardon").
    "(?:quisieramos|quisiera|querriamos|desearia(?:mos)?|nos gustaria|me gustaria)" + aside + " (?:(?:tambien|ademas|por (?:lo )?tanto|finalmente|por ultimo|respetuosamente) )*(?:pedir|solicitar|proponer|sugerir|recomendar|rogar|instar|exhortar|invitar)(?:les|le)?\\b(?! (?:disculpas|perdon|la palabra)\\b)",
    "(?:nous|je) (?:souhaiterions|souhaiterais|aimerions|aimerais|voudrions|voudrais)" + aside + " (?:(?:donc|aussi|egalement|enfin|respectueusement) )*(?:demander|proposer|suggerer|recommander|inviter|appeler|prier|exhorter|encourager)\\b(?! (?:pardon|la parole)\\b)",
    // Round 20: a question in the conditional that asks a body to act, up to its question mark:
    // "¿No podrían los municipios abrir…?", "¿Podría la secretaría publicar…?", "¿No se podría crear…?"
    // (a body or officials named, or the verb right after "no": not "¿Podría esto cambiar algún
    // día?"); "Les communes ne pourraient-elles pas ouvrir… ?", "Ne pourrait-on pas publier… ?" (not
    // an objection: "Cela ne pourrait-il pas nuire… ?").
    "¿?(?:y )?(?:no )?podrian? (?:(?:tambien|acaso|quizas|entonces|ademas) )*" + who + "(?: [\\p{L}'-]+){0,3}? " + clitic + "[^?]*\\?[\"”»]?$",
    "¿?(?:y )?no (?:se )?podrian? (?:(?:tambien|acaso|quizas|entonces|ademas) )*" + clitic + "[^?]*\\?[\"”»]?$",
    "(?!(?:cela|ca|ceci|ce|tout cela|tout ceci)\\b)(?:[\\p{L}'-]+ ){0,6}ne pourrai(?:en)?t-(?:il|elle|ils|elles|on) pas (?:(?:aussi|enfin|egalement|deja|simplement) )*" + infinitive + "[^?]*\\?[\"”»]?$",
    // Round 19: a request the speaker dares to make: "Nos atrevemos también a sugerir que cada
    // municipio…", "Nous osons demander aux communes de…", and one made of someone: "Nous sollicitons
    // donc du ministère qu'il ouvre…" (a body or officials after "de": not "nous sollicitons la parole").
    "nos (?:(?:tambien|ademas|por (?:lo )?tanto|finalmente) )*atrevemos (?:(?:tambien|ademas) )*a (?:pedir|solicitar|sugerir|proponer|recomendar|rogar|instar|exhortar)\\b",
    "(?:nous|j') (?:(?:donc|aussi|egalement|enfin) )*(?:osons|oserions|ose|oserais) (?:(?:donc|aussi|egalement) )*(?:demander|suggerer|proposer|recommander|prier)\\b",
    "(?:nous|je) (?:(?:donc|aussi|egalement|enfin|respectueusement|vivement) )*sollicit(?:ons|e) (?:(?:donc|aussi|egalement|vivement) )*(?:de |d'|du |des |aupres (?:de |d'|du |des ))(?:la |le |les |l')?\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b",
    // Round 19: the time has come, said as a belief too: "Pensamos que ya ha llegado la hora de
    // abrir…", "Nous croyons que le moment est venu pour chaque commune de…".
    "(?:(?:creemos|consideramos|pensamos|estimamos) (?:(?:tambien|ademas|por (?:lo )?tanto|sinceramente) )*que )?(?:ya )?ha llegado (?:ya )?(?:el momento|la hora) de (?:que\\b|" + infinitive + ")",
    "(?:(?:nous|je) (?:pensons|croyons|estimons|considerons|pense|crois|estime) (?:(?:donc|aussi|egalement|sincerement) )*que )?(?:le moment|le temps|l'heure) (?:est|serait) (?:donc |enfin |aujourd'hui |maintenant )?venue? (?:de |d'|pour )",
    // Round 21: what the speaker expects of a body, or counts on it for: "Nous attendons
    // également des communes qu'elles…", "Nous attendons de l'agence qu'elle publie…", "Nous comptons sur les
    // communes pour ouvrir…", "Esperamos de los Estados que…", "Contamos con los municipios para
    // que…" (a body or officials named: not "nous comptons sur votre attention", "nous attendons de
    // voir").
    "(?:nous |j')(?:(?:donc|aussi|egalement|enfin|surtout|maintenant) )*attend(?:ons|s) (?:(?:donc|aussi|egalement|enfin|surtout|maintenant) )*(?:des|du|de la|de l'|de)\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,80}? qu'(?:ils|elles|il|elle)\\b",
    "(?:nous|je) (?:(?:donc|aussi|egalement|enfin|surtout|maintenant) )*compt(?:ons|e) (?:(?:donc|aussi|egalement|enfin|surtout|beaucoup) )*sur (?:les |la |le |l'|chaque |tous les |toutes les )?\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,80}? pour (?:que\\b|qu'|" + infinitive + ")",
    "(?:esperamos|exigimos|reclamamos) (?:(?:tambien|ademas|por (?:lo )?tanto|sobre todo) )*(?:de|del) (?:los |las |la |el |cada )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,80}? que\\b",
    "contamos (?:(?:tambien|ademas|por (?:lo )?tanto|sobre todo) )*con (?:que (?:los |las |la |el |cada )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b|(?:los |las |la |el |cada )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,80}? para (?:que\\b|" + infinitive + "))",
    // Round 21: an appeal to a body, trust placed in it, an insistence: "Nous en appelons aux
    // communes pour…", "Apelamos a los gobiernos para que…", "Nous faisons confiance aux juges pour
    // publier…", "Nous tenons à ce que…", "Nous insistons sur la nécessité de former…", "Insistimos
    // en que los municipios publiquen…", "Insistimos en la necesidad de…", "Hacemos votos por que…"
    // (not "nous en appelons à votre bienveillance", "nous tenons à remercier", "hacemos votos por
    // el éxito de la reunión", "insistimos en que la situación es grave").
    "nous (?:(?:donc|aussi|egalement|enfin|ici) )*en appelons" + aside + " (?:(?:donc|aussi|egalement|enfin|ici) )*(?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b",
    // Round 26: also to international cooperation or the international community ("Apelamos, en
    // fin, a la comunidad internacional para que…"; not "Apelamos a la cooperación entre vecinos").
    "apelamos" + aside + " (?:(?:tambien|ademas|por (?:lo )?tanto|finalmente|hoy) )*(?:(?:a los|a las|a la|al|a) (?:[\\p{L}'-]+ ){0,3}" + actor + "\\b|a la (?:cooperacion|comunidad) internacional\\b)",
    "(?:nous|je) (?:(?:donc|aussi|egalement|enfin) )*fai(?:sons|s) (?:(?:donc|aussi|egalement|pleinement) )*confiance (?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,80}? pour (?:que\\b|qu'|" + infinitive + ")",
    "(?:nous|je) (?:(?:donc|aussi|egalement|beaucoup|absolument|enfin) )*ten(?:ons|ais) (?:(?:donc|aussi|egalement|beaucoup|absolument) )*a ce que\\b",
    "(?:nous|j') ?(?:(?:donc|aussi|egalement|enfin) )*insist(?:ons|e) (?:(?:donc|aussi|egalement|enfin) )*sur (?:la necessite|l'importance|l'urgence) (?:de |d')" + infinitive,
    "insistimos (?:(?:tambien|ademas|por (?:lo )?tanto|finalmente|una vez mas|de nuevo|nuevamente) )*en (?:que (?:los |las |la |el |cada |todos los |todas las )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b|la (?:necesidad|importancia|urgencia) de " + infinitive + ")",
    "hacemos (?:(?:tambien|ademas|finalmente) )*votos (?:por|para) que\\b",
    // Round 21: what is hoped or expected, put first: "Ce que nous espérons surtout, c'est
    // que…", "Ce que nous attendons des bailleurs, c'est qu'ils…", "Lo que esperamos es que…", "Lo que esperamos de
    // los donantes es que…".
    "ce que (?:nous |j')(?:esperons|espere|attendons|attends)(?: (?:de |des |du |d')[^,.;:!?]{1,60}| (?:avant tout|surtout|aussi|donc|maintenant|aujourd'hui))?,? c'est (?:que\\b|qu'|de |d')",
    "lo que (?:esperamos|esperariamos|necesitamos)(?: (?:de |del )[^,.;:!?]{1,60}| (?:ante todo|sobre todo|tambien|ahora|hoy))?,? es (?:que\\b|" + infinitive + ")",
    // Round 22: leave asked to suggest, in the subjunctive or the imperative: "Qu'il nous soit
    // permis de recommander…", "Permettez-nous de proposer…", "Permítasenos sugerir que…",
    // "Séanos permitido proponer…" (a verb of proposing after it: not "de rappeler", "de remercier").
    "qu'il (?:nous|me) soit (?:(?:donc|aussi|enfin|ici) )*permis (?:(?:donc|aussi|enfin|ici) )*(?:de |d')(?:suggerer|proposer|recommander|demander|plaider|insister|appeler|exhorter|inviter|encourager|prier)\\b",
    "permettez-(?:nous|moi) (?:(?:donc|aussi|enfin|ici) )*(?:de |d')(?:suggerer|proposer|recommander|plaider|exhorter|inviter|encourager|appeler) (?!(?:votre attention|a la prudence)\\b)",
    "(?:permitasenos|permitaseme|permitannos|permitanme|seanos permitido|seame permitido) (?:(?:tambien|ademas|por ultimo|finalmente|respetuosamente) )*(?:sugerir|proponer|recomendar|pedir|solicitar|rogar|instar|exhortar|invitar)(?:les|le)?\\b(?! (?:disculpas|perdon|la palabra|su atencion)\\b)",
    // Round 22: a request restated as such: "Reiteramos nuestra petición de que…", "Renovamos nuestro
    // llamado a los Estados para que…", "Volvemos a pedir a los municipios que…", "Nous renouvelons
    // notre appel aux communes pour que…" (what is asked after it: not "Reiteramos nuestro
    // agradecimiento", "volvemos a repetir", "nous renouvelons nos remerciements").
    "(?:reiteramos|renovamos|reafirmamos) (?:(?:hoy|aqui|una vez mas|de nuevo|por (?:lo )?tanto|tambien|ademas|respetuosamente) )*(?:nuestra|la|nuestro|el|nuestras|nuestros|las|los) (?:(?:urgente|firme|anterior) )?(?:peticion|peticiones|solicitud|solicitudes|recomendacion|recomendaciones|propuesta|propuestas|demanda|demandas|exigencia|llamado|llamamiento|pedido|ruego|exhortacion)(?: (?:urgente|firme|anterior))? (?:de que\\b|de " + infinitive + "|(?:a|al) (?:(?:los|las|la|el|cada) )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b|para que\\b)",
    // Round 22: also an insistence said again: "Nous insistons encore une fois pour que…", "Insistimos una vez más en que <body>…" (above).
    "(?:nous|j') ?insist(?:ons|e) (?:(?:donc|aussi|encore|a nouveau|de nouveau|une fois de plus|une nouvelle fois|encore une fois|egalement|vivement|fermement) )+pour (?:que\\b|qu')",
    "volvemos (?:(?:hoy|aqui|por (?:lo )?tanto|tambien|ademas) )*a (?:pedir|solicitar|proponer|recomendar|exigir|reclamar|rogar|instar|exhortar|insistir en que)\\b",
    "(?:nous|je) (?:(?:donc|aussi|egalement|ici|aujourd'hui) )*(?:renouvelons|renouvelle|reformulons|reformule) (?:(?:donc|aussi|egalement|ici|aujourd'hui|avec force) )*(?:notre|nos|mon|mes|l'|la|le|les) ?(?:(?:pressant|vif) )?(?:appel|appels|demande|demandes|recommandation|recommandations|proposition|propositions|requete|priere|plaidoyer)\\b(?! (?:de (?:remerciements|felicitations|soutien)|d'adhesion)\\b)",
    // Round 22: a wish that a body act: "Ojalá la agencia pueda incluir…", "Ojalá que los municipios
    // abran…", "Deseamos vivamente que las autoridades…", "Puissent les États entendre…" (a body or
    // officials right after it: not "Ojalá la situación mejore", "Deseamos que la sesión sea útil").
    "ojala (?:que )?(?:(?:pronto|algun dia|este ano|por fin) )?" + who,
    "deseamos (?:(?:vivamente|sinceramente|de corazon|tambien|ademas|por (?:lo )?tanto|finalmente) )*que " + who,
    "puisse(?:nt)? (?:(?:donc|enfin|aussi|bientot) )*" + who + "(?: [\\p{L}'-]+){0,2}? (?:(?:enfin|donc|aussi|bientot) )?" + infinitive,
    // Round 22: gratitude in the conditional for what a body would do: "Nous saurions gré aux
    // États de…", "Nous serions reconnaissants à l'agence de…", "Les agradeceríamos a los donantes
    // que…" (a body or officials named: not "nous vous saurions gré de votre attention").
    "(?:nous|je) (?:(?:donc|aussi|egalement|enfin) )*(?:saurions|saurais) (?:(?:donc|aussi|tres|vivement) )*gre (?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b",
    "(?:nous|je) (?:(?:donc|aussi|egalement|enfin) )*(?:serions|serais) (?:(?:donc|aussi|tres|vivement|particulierement) )*reconnaissante?s? (?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}(?:" + actor + "|office|bureau)\\b",
    "(?:les |le )?agradeceriamos (?:(?:mucho|muchisimo|tambien|ademas|sinceramente) )*(?:(?:a los|a las|a la|al|a) (?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,60}? )?que\\b",
    // Round 22: a rhetorical question about what a body is waiting for, up to its question mark:
    // "Qu'attendent les États pour imposer… ?", "Qu'attend-on pour interdire… ?", "¿A qué esperan
    // los gobiernos para prohibir…?", "¿Hasta cuándo esperarán las autoridades para…?"; and what it
    // will take: "Combien de victimes faudra-t-il encore pour que les États… ?", "¿Cuántas víctimas
    // más harán falta para que los Estados…?" (a body or officials named, or the impersonal "on").
    "qu'(?:attend(?:ent)?|attendront) (?:(?:donc|encore|vraiment|aujourd'hui) )*" + who + " (?:(?:donc|encore) )*pour (?:(?:les|le|la|l'|leur|lui|y|en|se|s') ?)?" + infinitive + "[^?]*\\?[\"”»]?$",
    "qu'attend-on (?:(?:donc|encore) )*pour (?:(?:les|le|la|l'|leur|lui|y|en|se|s') ?)?" + infinitive + "[^?]*\\?[\"”»]?$",
    "¿?(?:a que|que|hasta cuando) (?:esperan|esperaran|van a esperar) (?:(?:todavia|aun|entonces) )*" + who + " (?:(?:todavia|aun) )*para " + clitic + "[^?]*\\?[\"”»]?$",
    "combien (?:de|d') ?[\\p{L}'-]+ (?:(?:encore|de plus) )*faudra-t-il (?:(?:encore|donc) )*(?:pour que|avant que) (?:(?:les|la|le|l'|nos) ?)?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^?]*\\?[\"”»]?$",
    "¿?cuant[oa]s [\\p{L}'-]+ (?:mas )?(?:haran|hara) falta (?:todavia |aun )?(?:para que|antes de que) (?:(?:los|las|la|el) )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^?]*\\?[\"”»]?$",
    // Round 22: a courteous question, up to its question mark: "Est-ce trop demander que les
    // communes… ?", "Serait-il possible que l'agence… ?", "¿Sería mucho pedir que los municipios…?",
    // "¿Sería posible que la secretaría…?" (for the last two, a body or officials named: not
    // "Serait-il possible de parler plus lentement ?").
    "est-ce (?:(?:vraiment|donc) )*(?:trop|beaucoup) demander (?:que\\b|qu'|de |d')[^?]*\\?[\"”»]?$",
    "¿?(?:es|seria) (?:(?:acaso|realmente|entonces) )*(?:mucho|demasiado) pedir (?:que\\b|" + infinitive + ")[^?]*\\?[\"”»]?$",
    "serait-il (?:(?:donc|aussi|enfin) )*(?:possible|envisageable|concevable) (?:que|qu'|pour) ?" + who + "[^?]*\\?[\"”»]?$",
    "¿?seria (?:(?:acaso|tambien|entonces) )*(?:posible|factible|pensable) (?:que|para) " + who + "[^?]*\\?[\"”»]?$",
    // Round 23: what would be the most useful, the simplest, the ideal thing (in the conditional or
    // the future): "La réforme la plus utile serait d'autoriser…", "La mesure la plus urgente
    // serait d'ouvrir…", "Le plus simple serait que…", "L'idéal serait que…", "Le mieux serait de…",
    // "La première chose à faire serait de…", "Lo razonable sería que…", "Lo más sensato sería…",
    // "El cambio más útil sería permitir…", "Lo ideal sería…", "Lo mejor sería que…" (an adjective
    // of use, reason or urgency: not "Le plus difficile serait de convaincre…", "Lo más triste sería…").
    "(?:(?:le|la|les|l')\\s?(?:[\\p{L}'-]+ ){0,2}(?:le|la|les) plus " + BEST_FR + "|le plus " + BEST_FR + "|l'ideal|le mieux|(?:la|une) (?:premiere|meilleure) (?:chose|mesure|etape|solution|reponse|decision)(?: (?:a faire|a prendre))?|le (?:premier|meilleur) (?:pas|geste|remede|moyen)(?: (?:a faire|a prendre))?) (?:serait|sera) (?:(?:donc|aussi|sans doute|peut-etre|alors|ici) )*(?:que\\b|qu'|de " + infinitive + "|d'" + infinitive + ")",
    "(?:lo (?:mas )?" + BEST_ES + "|lo ideal|lo mejor|lo primero(?: que (?:habria|hay) que hacer)?|(?:el|la|los|las) (?:[\\p{L}'-]+ ){1,2}mas " + BEST_ES + "|(?:el|un) (?:primer|mejor) paso|la (?:primera|mejor) (?:cosa|medida|solucion|respuesta|decision)(?: (?:a tomar|por hacer))?) (?:seria|sera) (?:(?:entonces|tal vez|quizas|sin duda|por (?:lo )?tanto|aqui) )*(?:que\\b|" + clitic + ")",
    // Round 23: a step forward if a body acted: "Ce serait un grand progrès si l'agence…", "Ce serait
    // une bonne idée de…", "Cela représenterait une avancée considérable que…", "Sería un gran avance
    // que…", "Supondría un verdadero progreso si…", "Sería una buena idea crear…" (a word of progress
    // or help: not "Ce serait une erreur si…", "Sería un desastre que…").
    // Round 28: also for whom it would be one ("Ce serait une vraie aide pour les pêcheurs si…",
    // "Sería un gran alivio para las familias que…").
    "(?:ce|cela|ca) (?:serait|representerait|constituerait) (?:(?:deja|vraiment|donc|aussi|enfin|certainement) )*(?:un|une) (?:(?:vrai|vraie|veritable|grand|grande|reel|reelle|immense|enorme|premier|premiere|bon|bonne|net|nette|bel|beau|belle|formidable) )*(?:progres|pas(?: en avant)?|avancee|soulagement|chose|idee|aide|signal|victoire)(?: (?:considerable|important|importante|majeur|majeure|decisif|decisive|immense|enorme|reel|reelle|concret|concrete|en avant))?(?: pour [^,.;:!?]{1,40}?)? (?:si\\b|s'|que\\b|qu'|de " + infinitive + "|d'" + infinitive + ")",
    "(?:seria|supondria|representaria|constituiria) (?:(?:ya|realmente|sin duda|tambien|entonces|ciertamente) )*(?:un|una) (?:(?:verdadero|verdadera|gran|enorme|primer|buen|buena|autentico|autentica|importante|real|inmenso|inmensa) )*(?:avance|progreso|paso|alivio|ayuda|senal|logro|idea|cosa|victoria)(?: (?:adelante|importante|enorme|real|concreto|considerable|decisivo))*(?: para [^,.;:!?]{1,40}?)? (?:si|que|" + clitic + ")\\b",
    // Round 23: what stops a body, or anyone, from acting, as a question up to its question mark
    // ("Qu'est-ce qui empêche d'inviter… ?", "Qu'est-ce qui empêche les <body> de les publier… ?", "Qu'est-ce
    // qui nous empêche de… ?", "¿Qué impide a <body>…?", "¿Qué impide que <body>…?", "¿Qué nos impide
    // crear…?") or as a statement ("Rien ne s'oppose à ce que…", "Rien n'empêche les <body> de…",
    // "Nada impide que <body>…", "Nada se opone a que…"). Not what stops people who are not asked to
    // act ("Qu'est-ce qui empêche les victimes de parler ? La peur.", "¿Qué les impide denunciar?"),
    // nor in the past ("Rien ne s'opposait à ce que…").
    "qu'est-ce qui (?:nous )?(?:empeche|empecherait|empechera|interdit|interdirait) (?:(?:donc|encore|vraiment|aujourd'hui|aussi|alors) )*(?:(?:les |la |le |l'|aux |au |a la |a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^?]{0,60}? )?(?:de |d')(?:(?:les|le|la|l'|leur|lui|y|en|se|s') ?)?" + infinitive + "[^?]*\\?[\"”»]?$",
    "qu'est-ce qui (?:s'oppose|s'opposerait|s'opposera) (?:(?:donc|encore|vraiment|aujourd'hui) )*a ce (?:que|qu')[^?]*\\?[\"”»]?$",
    "¿?(?:y )?(?:que|quien) (?:nos )?(?:impide|impediria|impedira|prohibe) (?:(?:entonces|todavia|aun|realmente|hoy) )*(?:(?:a )?que (?:se \\p{L}|(?:los |las |la |el |cada )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b)|(?:les )?a (?:los |las |la |el )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b|" + clitic + ")[^?]*\\?[\"”»]?$",
    "rien (?:ne |n')(?:s'oppose|s'opposerait|s'opposera) (?:(?:donc|plus|aujourd'hui|vraiment|en effet|pourtant|des lors) )*a ce (?:que\\b|qu')",
    "rien (?:ne |n')(?:nous )?(?:empeche|empecherait|empechera|interdit|interdirait) (?:(?:donc|plus|aujourd'hui|vraiment|en effet|pourtant|des lors) )*(?:(?:les |la |le |l'|aux |au |a la |a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,60}? )?(?:de |d')(?:(?:les|le|la|l'|leur|lui|y|en) ?)?" + infinitive,
    "nada (?:nos )?(?:impide|impediria|impedira|prohibe) (?:(?:entonces|hoy|realmente|ya|tampoco) )*(?:(?:a )?que (?:se \\p{L}|(?:los |las |la |el |cada )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b)|a (?:los |las |la |el )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b|" + clitic + ")",
    "nada se (?:opone|opondria|opondra) (?:(?:entonces|hoy|realmente|ya) )*a que\\b",
    // Round 23: a position defended, with the subjunctive of what is to be: "Defendemos que nadie…
    // pueda ser acusado…", "Sostenemos que cada víctima tenga…", "Nous défendons l'idée que nul ne
    // puisse…" (a subjunctive or a modal in the clause: not "Defendemos a las personas…",
    // "Sostenemos que la situación es grave").
    "(?:defendemos|sostenemos|reivindicamos|propugnamos) (?:(?:tambien|ademas|firmemente|por (?:lo )?tanto|siempre|hoy|aqui) )*que [^.;:!?]{0,120}?\\b(?:pueda|puedan|sea|sean|tenga|tengan|deba|deban|haya|hayan|reciba|reciban|quede|queden|esten|vaya|vayan|cuente|cuenten|se respete|se respeten|se garantice|se garanticen|se reconozca|se reconozcan)\\b",
    "(?:nous|je) (?:(?:donc|aussi|egalement|fermement|toujours) )*(?:defendons|defends|soutenons|soutiens|revendiquons) (?:(?:donc|aussi|fermement) )*(?:(?:l'idee|le principe) )?(?:que|qu'|selon lequel) ?[^.;:!?]{0,120}?\\b(?:puisse|puissent|soit|soient|ait|aient|doive|doivent|recoive|recoivent|devrait|devraient)\\b",
    // Round 23: what is wished, fitting or vital, in the present or the conditional: "Il est
    // souhaitable (opportun, préférable, vital) que…", "Il serait nécessaire (bon, juste, temps)
    // que…", "Il est à souhaiter que…", "Es deseable (conveniente, imperativo) que…", "Sería
    // preciso (justo, razonable, bueno) que…", "Es de desear que…" (not "Il serait bon de rappeler…",
    // "Il serait naïf de croire…", "Es importante entender que…"). Round 26: also "Il serait précieux (bienvenu)
    // que…", in the conditional only (not "Il est précieux que…").
    "il (?:est|serait|sera) (?:(?:donc|aussi|egalement|enfin|tres|hautement|vivement|en outre|par ailleurs|de plus|surtout|vraiment|tout aussi|plus) )*(?:souhaitable|opportun|preferable|judicieux|vital|capital|fondamental) (?:que\\b|qu'|de " + infinitive + "|d'" + infinitive + ")",
    "il serait (?:(?:donc|aussi|egalement|enfin|tres|vraiment|en outre|par ailleurs|de plus|surtout|tout aussi|plus|grand) )*(?:necessaire|indispensable|essentiel|important|urgent|crucial|primordial|imperatif|prioritaire|bon|juste|normal|logique|raisonnable|equitable|sage|temps|utile|coherent|legitime|precieux|bienvenu) (?:que\\b|qu'|de " + infinitive + "|d'" + infinitive + ")",
    "il (?:est|serait) (?:(?:donc|aussi|vivement) )*a souhaiter (?:que\\b|qu')|es (?:de|a) desear que\\b",
    "(?:es|resulta|seria|resultaria) (?:(?:por (?:lo )?tanto|tambien|asimismo|igualmente|ademas|sobre todo|muy|mas|altamente) )*(?:fundamental|esencial|indispensable|urgente|necesario|imprescindible|crucial|importante|preciso|prioritario|deseable|conveniente|imperativo|aconsejable|recomendable|oportuno|preferible|vital) (?:que\\b|" + clitic + ")",
    "(?:seria|resultaria) (?:(?:por (?:lo )?tanto|tambien|asimismo|igualmente|ademas|muy|mas|entonces) )*(?:bueno|justo|logico|razonable|sensato|ideal|mejor|sano|coherente|legitimo|hora de) (?:que\\b|" + clitic + ")",
    // Round 23: what there is ground to do, or one could do: "Il y a (aurait) lieu de créer…",
    // "Cabría crear…", "Procedería revisar…" (an infinitive: not "Il y a lieu de se féliciter…",
    // "Il y aurait lieu de craindre…", "Cabría preguntarse…").
    "il y (?:a|aurait) (?:(?:donc|aussi|egalement|enfin|des lors) )*lieu (?:de " + infinitive + "|d'" + infinitive + ")",
    "(?:cabria|procederia) (?:(?:tambien|ademas|entonces|por (?:lo )?tanto) )*(?:que\\b|" + notSaying + "(?!esperar)" + "\\p{L}{2,}(?:ar|er|ir)\\b)",
    // Round 23: what would be enough: "Il suffirait que les <body>…", "Il suffirait de créer…",
    // "Bastaría con que…", "Bastaría crear…" (not "Il suffirait d'un incendie pour…", nor a look at the
    // facts: "Il suffirait de regarder les chiffres", "Bastaría con mirar…").
    "il (?:nous |leur |lui )?suffirait (?:(?:donc|pourtant|simplement|peut-etre|alors) )*(?:que\\b|qu'|(?:de |d')(?!(?:regarder|voir|lire|ecouter|observer|consulter|visiter)\\b)" + infinitive + ")",
    "bastaria (?:(?:con|simplemente|entonces|pues|tal vez) )*(?:que\\b|(?!(?:mirar|ver|leer|observar|escuchar|visitar|consultar)\\b)" + clitic + ")",
    // Round 23: what will be needed, or would be: "Il faudra que…", "Il faudra créer…", "Haría falta
    // que…", "Hará falta crear…", "Habrá que crear…".
    // Not a wait foretold ("Il faudra attendre trois ans", "Habrá que esperar").
    "il faudra (?:(?:donc|aussi|egalement|enfin|surtout|d'abord|ensuite) )*(?:que\\b|qu'|(?!(?:attendre|patienter|esperer|voir)\\b)" + infinitive + ")",
    "(?:haria|hara) falta (?:(?:tambien|ademas|entonces|ante todo) )*(?:que\\b|(?!(?:esperar|ver)\\b)" + clitic + ")",
    "habra (?:(?:tambien|ademas|entonces) )*que (?!(?:esperar|ver)\\b)" + clitic,
    // Round 23: advocated, in the first person: "Nous préconisons…", "Nous prônons…", "Preconizamos…",
    // "Propugnamos…" (not "Les experts préconisent…", "Nous avons préconisé en 2019…").
    "(?:nous|je) (?:(?:donc|aussi|egalement|vivement|fortement|ici|enfin) )*(?:preconisons|preconise|pronons|prone)\\b",
    "(?:preconizamos|propugnamos)\\b",
    // Round 23: nothing left but to ask: "No cabe sino pedir a <body>…", "No nos queda más que
    // solicitar…", "Il ne nous reste qu'à demander…", "Il ne reste plus aux <body> qu'à publier…"
    // (a verb of asking, or a body named: not "Il ne reste qu'à attendre", "No queda más que esperar").
    "no (?:nos |les )?(?:cabe|queda|resta) (?:(?:otra cosa|otra opcion|mas remedio|otro camino|entonces|ya) )*(?:sino|mas que|que) (?:pedir|solicitar|exigir|instar|rogar|recomendar|proponer|reclamar|exhortar)\\b",
    "il ne (?:nous |me )?reste (?:(?:donc|plus|aujourd'hui|maintenant) )*qu'a (?:demander|recommander|proposer|exiger|prier|exhorter|inviter|reclamer|appeler)\\b",
    "il ne reste (?:(?:donc|plus|aujourd'hui|maintenant) )*(?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b (?:(?:donc|plus) )*qu'a " + infinitive,
    // Round 23: the speaker's proposal named, then said: "Notre proposition est simple : que…",
    // "Notre demande aux <body> est que…", "Nuestra propuesta es sencilla: que…", "Mi petición a
    // <body> es que…" (not "Notre demande de 2019 est restée sans réponse").
    "(?:notre|ma|nuestra|mi) (?:(?:premiere|deuxieme|seconde|troisieme|derniere|principale|seule|unique|primera|segunda|tercera|ultima|principal|unica) )*(?:proposition|demande|recommandation|requete|priere|propuesta|peticion|solicitud|recomendacion|demanda) (?:(?:a|aux|au|a la|a l'|para|a los|a las|al) [^:.;]{2,60}? )?(?:est|serait|es|seria) (?:(?:simple|claire|modeste|sencilla|clara|modesta|concreta|concrete|la suivante|la siguiente|donc|pues|entonces) ?)*(?::|que\\b|qu'|de " + infinitive + "|d'" + infinitive + "|" + clitic + ")",
    // Rhetorical questions that propose, up to their question mark.
    "(?:ne serait-il|n'est-il|ne serait-ce) pas (?:(?:enfin|grand|plus que|aussi|deja) )*(?:temps|le moment) (?:que|de|d')[^?]*\\?[\"”»]?$",
    "pourquoi (?:donc |aussi )?ne pas " + infinitive + "[^?]*\\?[\"”»]?$",
    "¿?no (?:seria|es|ha llegado) (?:ya )?(?:hora|el momento) de [^?]*\\?[\"”»]?$",
    "¿?por que no (?:(?:se|les|le) )?" + infinitive + "[^?]*\\?[\"”»]?$",
    // Round 19: "¿No sería mejor abrir los albergues de noche…?", "Ne serait-il pas possible de
    // traduire…?" (in the conditional: "¿No es posible que…?" wonders).
    // Round 26: also with an aside after the adjective ("¿No sería posible, por otra parte, que…?",
    // "Ne serait-il pas possible, dès lors, de…?").
    "¿?no seria (?:(?:acaso|tambien|entonces) )*(?:posible|mejor|preferible|razonable|justo)" + aside + " (?:que|" + infinitive + ")[^?]*\\?[\"”»]?$",
    "ne serait-(?:il|ce) pas (?:(?:aussi|enfin|plus) )*(?:possible|preferable|raisonnable|juste|plus juste|plus simple)" + aside + " (?:que|de|d')[^?]*\\?[\"”»]?$",
    ...round24(actor, who, infinitive, clitic, aside),
    ...round25(actor, infinitive, clitic),
    ...round28(actor, clitic, aside),
    ...round36(aside),
  ].join("|");
}

/**
 * Round 18: the clause after a colon that wishes a body or officials would act: "Quienes defienden
 * el bosque necesitan apoyo: que los Estados financien…", "…: que les autorités publient…". Read on
 * the folded clause.
 */
export function wishAfterColon(actor: string): RegExp {
  return new RegExp("^(?:que|qu') ?(?:(?:todos|todas|tous|toutes) )?(?:(?:los|las|les|el|la|le|l')\\s?)?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b", "u");
}

/**
 * Round 23: a wish that goes on the requests before it, its verb of wishing left out: after a
 * connective, a bare clause in "que" ("Y, por último, que los jueces no se
 * queden en…", "Enfin, et surtout, que les enquêtes remontent…", "Y que nadie…"). Read on the folded
 * sentence; `proposals.ts` takes it only after a request. Not a question ("Et que dire de… ?"), a
 * formula ("Et que l'on ne s'y trompe pas", "Y que conste que…"), nor a clause of five words or
 * fewer.
 */
export function wishGoingOn(connective: string): (folded: string) => boolean {
  const opening = new RegExp(
    "^(" + connective + "(?:(?:sobre todo|ante todo|por encima de todo|surtout|avant tout)\\s*,?\\s+)*)(?:que |qu' ?)(?!(?:dire|faire|hacer|decir|conste|ce soit|cela soit|esto sea|eso sea|l'on ne s'y|on ne s'y|personne ne s'y|nadie se)\\b)\\p{L}",
    "u",
  );
  return (folded) => {
    const m = opening.exec(folded.trim());
    return m !== null && m[1]!.length > 0 && !/\?["”»]?\s*$/.test(folded.trim()) && (folded.match(/\p{L}+/gu) ?? []).length >= 6;
  };
}

/**
 * Round 21: a hope that States or bodies named by their proper names will act: "Confiamos en que
 * Valdoria y Mirelia firmen…", "Esperamos que Tarsenia ratifique…", "Nous espérons que l'Ostrélie et
 * la Vandarie signeront…" (names invented here). `frEsAsking` reads a hope whose subject is a body or officials (`ACTOR`); a
 * country is named with a capital, which folding loses: the opening is read on the folded text
 * (`opening`, lengths kept by `fold`), the names after "que" on the text as written — one name or
 * more (capitalised words or an acronym, each with its article), joined by a comma, "y", "e" or
 * "et", then a verb in small letters. Not a hope about a thing ("Esperamos que la sesión sea
 * útil"). Round 22: a wish too ("Ojalá Valdoria firme…"; not "Ojalá Dios nos ayude"). Round 51: an adverb that adds may be set
 * off by commas ("Esperamos, asimismo, que el Consejo Regional publique…", "Nous espérons, en outre, que la Commission…").
 */
export function hopeForNamed(connective: string): (text: string, folded: string) => boolean {
  const opening = new RegExp(
    "^" + connective + "(?:(?:nous|je) (?:(?:osons|oserions|voulons|tenons a|continuons a) )?esper(?:ons|e|er),? (?:(?:vivement|sincerement|donc|aussi|fortement|egalement|enfin|en outre|par ailleurs),? )*que |(?:esperamos|confiamos en),? (?:(?:sinceramente|vivamente|de verdad|por (?:lo )?tanto|tambien|ademas|finalmente|asimismo|igualmente|por otra parte),? )*que |ojala (?:que )?)(?!(?:dios|dieu|el senor|le seigneur)\\b)",
    "u",
  );
  const article = "(?:(?:le|la|les|l'|el|los|las) ?)?";
  const name = article + "(?:\\p{Lu}{2,8}|\\p{Lu}\\p{Ll}+(?:[ -](?:de |del |do )?\\p{Lu}\\p{Ll}+){0,3})";
  const named = new RegExp("^" + name + "(?:(?:,| y| e| et) " + name + ")* \\p{Ll}", "u");
  return (text, folded) => {
    const m = opening.exec(folded);
    // Round 22: the names read with straight apostrophes ("l’Ostrélie" as "l'Ostrélie"), as the folded opening is.
    return m !== null && named.test(text.slice(m[0].length).replace(/[’‘ʼ]/g, "'"));
  };
}

/**
 * Round 24 (blind set 19 used for development): more French and Spanish ways of asking, read on the
 * folded sentence after the connectives and the short opening phrase, as `frEsAsking`'s.
 *
 * - what is needed, put first: "Ce qu'il faut avant tout, c'est que…", "Ce qu'il faudrait, c'est
 *   de…", "Ce dont nous avons besoin, c'est que…", "Lo que hace falta, sobre todo, es que…", "Lo que
 *   se necesita es…" (an adverb at most between: not "Ce qu'il faut savoir, c'est que…", "Lo que
 *   hace falta entender es…");
 * - a need of the speaker's that someone act: "Necesitamos, sobre todo, que <anyone>…", "Nos hace falta que…",
 *   "Nous avons besoin que…" (not "Necesitamos más tiempo", nor the past "Necesitábamos que…");
 * - a polite question to the listeners, in the conditional, up to its question mark: "Pourriez-vous
 *   soutenir… ?", "Accepteriez-vous de… ?", "Ne pourriez-vous pas, Madame, … ?", "Seriez-vous prêts
 *   à… ?", "¿Podrían ustedes apoyar…?", "¿Estarían dispuestos a…?" (a verb of acting: not
 *   "Pourriez-vous répéter… ?", "Pouvez-vous imaginer… ?", "¿Podrían ustedes explicar…?", nor what the
 *   chair asks of a speaker: "Pourriez-vous rallumer votre micro ?", "¿Podría usted concluir?");
 * - the French imperative of "vous" opening a sentence (not a question): "Soutenez…", "Pensez
 *   aux…", "N'oubliez pas…", "Faites…" (not a verb of noticing, knowing or courtesy: "Notez que…",
 *   "Sachez que…", "Imaginez…", "Veuillez agréer…", "Contactez-nous", a call for gifts, "Soutenez-nous :
 *   faites un don…", nor "Chez nous…"; not one
 *   reported, "…, nous disait un passeur", nor a condition, "Venez voir et vous comprendrez"); in Spanish,
 *   where the form is also a plain present, only with "por favor" beside it ("Piensen, por favor,
 *   en…", "Por favor, apoyen…") or a pronoun after it ("Ayúdennos a…"); help asked of the listeners
 *   ("Vous pouvez nous aider en finançant…", "Ustedes pueden ayudarnos a…");
 * - a good work a body would do: "Les bailleurs feraient œuvre utile en imprimant…", "Les États
 *   auraient tout intérêt à…", "L'agence s'honorerait à…", "Los donantes prestarían un gran servicio
 *   si…" (not in the past, "Les bailleurs ont fait œuvre utile…", nor a pronoun as its subject);
 * - a wish in the third person after "quant à": "Quant aux <body>…, qu'ils…", "Quant aux bourses,
 *   que les <body>…", "En cuanto a las becas, que los <body>…" (not "Quant aux <body>, ils ont…");
 * - a proposal put forward with "planteamos": "Planteamos, asimismo, que las <body>…", "Planteamos la
 *   necesidad de…" (a body as the subject and a verb that is not a plain present: not "Planteamos que
 *   las autoridades son responsables…");
 * - whose task it is, in the present, with an adverb: "Corresponde además a los <body> contratar…",
 *   "Il revient désormais aux <body> de…" (the present without an adverb is read in `proposals.ts`).
 *
 * Before this round "Apelamos, por último, a…" (an aside after the verb) and "Nous voudrions surtout
 * que…", "J'aimerais enfin que…" (an adverb, the first person singular) were not read; `frEsAsking`
 * now reads them.
 */
function round24(actor: string, who: string, infinitive: string, clitic: string, aside: string): string[] {
  const question = "[^?]*\\?[\"”»]?$";
  // Not what the chair or the secretariat asks of a speaker ("Pourriez-vous rallumer votre micro ?",
  // "¿Podría usted concluir?"), nor a question that imagines or asks to explain.
  const notAsking = "(?!(?:repeter|imaginer|concevoir|expliquer|confirmer|indiquer|excuser|parler|verifier|activer|desactiver|couper|allumer|eteindre|rallumer|reessayer|envoyer|epeler|conclure|terminer|resumer|patienter|attendre|rapprocher|vous rapprocher|vous presenter|repetir|imaginar|explicar|confirmar|indicar|disculpar|hablar|verificar|activar|desactivar|apagar|encender|enviar|deletrear|concluir|terminar|resumir|esperar|acercarse|presentarse|vous imaginer|vous representer|nos imaginar)\\b)";
  const soon = "(?:(?:donc|aussi|egalement|enfin|surtout|avant tout|d'abord|aujourd'hui|maintenant|vraiment|en priorite|par-dessus tout|plus que tout|desormais|ici|tambien|ademas|sobre todo|ante todo|por encima de todo|hoy|ahora|realmente|de verdad|con urgencia|urgentemente|por (?:lo )?tanto|primero),? )*";
  const body = "(?:(?:les|la|le|l'|aux|au|a la|a l'|los|las|el|la|al|a los|a las|cada|chaque|tous les|toutes les|todos los|todas las) ?)?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b";
  // A French imperative of "vous": not one that notices, knows, imagines or closes a letter, nor a
  // leaflet's call; an article, a negation or a pronoun after it (not a name: "Rodez accueille…").
  const notImperative =
    "(?!(?:chez|assez|nez|rez|sachez|notez|imaginez|voyez|regardez|ecoutez|rappelez|excusez|pardonnez|permettez|veuillez|croyez|recevez|agreez|acceptez|comptez|consultez|visitez|telechargez|scannez|lisez|decouvrez|retrouvez|suivez|contactez|ecrivez|rendez|rejoignez|partagez|remarquez|constatez|considerez|observez|jugez|figurez|songez|entendez|dites|avez|etes|allez)\\b)";
  return [
    // What is needed, put first.
    "ce qu'il (?:faut|faudrait|faudra),? " + soon + "c'est (?:que\\b|qu'|de " + infinitive + "|d'" + infinitive + ")",
    "ce dont (?:nous avons|nous aurions|on a|j'ai) (?:(?:surtout|avant tout|le plus|vraiment|aujourd'hui|d'abord) )*besoin,? " + soon + "c'est (?:que\\b|qu'|de " + infinitive + "|d'" + infinitive + ")",
    "lo que (?:(?:mas|realmente|de verdad) )?(?:hace|haria|hara) falta,? " + soon + "es (?:que\\b|" + clitic + ")",
    "lo que (?:(?:mas|realmente) )?se (?:necesita|necesitaria|requiere|requeriria|precisa),? " + soon + "es (?:que\\b|" + clitic + ")",
    // A need of the speaker's that someone act.
    "(?:necesitamos|necesitariamos|precisamos|requerimos|nos hace falta|nos haria falta)" + aside + " " + soon + "que\\b",
    "(?:nous|j') ?(?:avons|aurions|ai|aurais) " + soon + "besoin (?:que\\b|qu')",
    // A polite question to the listeners.
    "(?:ne )?(?:pourriez|voudriez|accepteriez|sauriez)-vous(?: pas)?" + aside + " " + soon + "(?:de |d')?(?:(?:les|le|la|l'|leur|lui|y|en|nous|vous) ?)?" + notAsking + infinitive + question,
    "(?:seriez|etes)-vous (?:(?:donc|aussi|enfin|vraiment) )*(?:prete?s?|disposee?s?) a " + infinitive + question,
    "auriez-vous (?:l'amabilite|la bonte|la gentillesse) (?:de |d')" + infinitive + question,
    "¿?(?:y )?(?:no )?(?:podrian|querrian) ustedes" + aside + " " + soon + notAsking + clitic + question,
    "¿?(?:y )?(?:no )?(?:podria|querria) usted " + soon + notAsking + clitic + question,
    "¿?(?:y )?(?:no )?(?:estarian|estarian ustedes|estaria usted) " + soon + "dispuest[oa]s? a " + clitic + question,
    "¿?(?:tendrian|tendria) (?:ustedes |usted )?la (?:amabilidad|bondad|gentileza) de " + clitic + question,
    // The imperative of "vous" opening a sentence that is no question; in Spanish, with "por favor".
    // Round 26: also "Faites en sorte, enfin, que…" (not "Vous faites en sorte que…", which tells).
    "(?![^.;!?]*(?:\\bun don\\b|\\bdons?\\b en ligne|www\\.|https?:))(?:ne |n')?(?:faites|" + notImperative + "\\p{L}{2,}ez)(?:-(?:les|leur|lui|la|le|en|y|moi)\\b| en sorte(?:,[^,.;:!?]{1,40},)? (?=que\\b|qu')|-nous (?=a |en |d')|(?:,[^,.;:!?]{1,40},)? (?=(?:la|le|les|l'|aux|au|des|du|un|une|pas|vos|votre|nos|notre|leur|leurs|ce|cet|cette|ces|chaque|tous|toutes|tout|plus|davantage|enfin|donc|aussi|vite|d'abord)\\b))(?![^?]*\\?)(?![^.;!?]*, (?:nous |me |m'|leur |lui )?(?:disait|dit|a dit|avait dit|lancait|repetait|expliquait|racontait|ecrivait)\\b)(?![^.;!?]* et vous \\p{L}+rez\\b)",
    "por favor,? (?:no )?(?!(?:disculpen|perdonen|excusen|sientense|tomen)\\b)\\p{L}{3,}(?:en|an)(?:lo|la|los|las|les|se|nos)?\\b",
    "(?:no )?(?!(?:disculpen|perdonen|excusen|sientense|tomen)\\b)\\p{L}{3,}(?:en|an)(?:lo|la|los|las|les|se|nos)?,? por favor\\b",
    // The imperative of "ustedes" with its pronoun after it, which no plain present takes: "Ayúdennos a…",
    // "Escúchenlas antes de…" (not reported: "Escúchennos, nos gritaba…", nor a question).
    "(?![^.;!?]*(?:\\buna donacion\\b|\\bdonativo|en linea|www\\.|https?:))\\p{L}{3,}(?:(?:en|an)(?:los|las|les|lo|la|le|me)\\b|(?:en|an)nos (?=a |con |en ))(?![^?]*\\?)(?![^.;!?]*, (?:nos |me |le |les )?(?:dijo|decia|decian|grito|gritaba|gritaban|repetia|repetian|pidio|pedia|pedian)\\b)",
    // Help asked of the listeners: "Vous pouvez nous aider en finançant…", "Ustedes pueden ayudarnos a…".
    // Round 28: also with a manner after the verb ("Vous pourriez nous aider, concrètement, en payant…",
    // "Pueden ayudarnos, de otra manera, financiando…"; not "Vous pouvez nous aider autrement." alone).
    "vous (?:pouvez|pourriez) (?:(?:aussi|donc|beaucoup|vraiment|egalement) )*nous aider(?:,? (?:autrement|aussi|egalement|encore|beaucoup|concretement|ainsi|de (?:plusieurs|deux|bien des|cette|une autre) (?:facons|manieres|facon|maniere)))?,? (?:en |a |d')",
    "(?:ustedes )?(?:pueden|podrian) (?:(?:tambien|mucho|realmente) )*ayudarnos(?:,? (?:tambien|ademas|mucho|concretamente|asi|de otra (?:forma|manera)|de (?:varias|muchas|dos) (?:formas|maneras)))?,? (?:a |si |con |\\p{L}{3,}(?:ando|iendo)\\b)",
    // A good work a body would do.
    "(?!(?:il|elle|ils|elles|on|ce|cela|nous|vous)\\b)(?:[\\p{L}'-]+ ){0,5}[\\p{L}'-]+ (?:ferai(?:en)?t|feront|fera) (?:(?:donc|aussi|egalement|certainement|sans doute) )*(?:oeuvre|œuvre) utile (?:en |a |d')",
    "(?!(?:il|elle|ils|elles|on|ce|cela|nous|vous)\\b)(?:[\\p{L}'-]+ ){0,5}[\\p{L}'-]+ (?:aurai(?:en)?t) (?:(?:donc|aussi|egalement|certainement|sans doute) )*(?:(?:tout|grand|beaucoup) )?(?:interet|avantage) a " + infinitive,
    "(?!(?:il|elle|ils|elles|on|ce|cela|nous|vous)\\b)(?:[\\p{L}'-]+ ){0,5}[\\p{L}'-]+ s'honorerai(?:en)?t (?:(?:donc|aussi|egalement|certainement) )*(?:a |en )",
    "(?!(?:esto|eso|ello|nosotros)\\b)(?:[\\p{L}'-]+ ){0,5}(?:prestarian?|harian?) (?:(?:tambien|ademas) )*(?:un|una) (?:gran|enorme|buen|buena|valios[oa]|inmens[oa]|verdader[oa]) (?:servicio|favor|contribucion|obra)\\b[^.;:!?]{0,60}? (?:si\\b|al " + clitic + "|\\p{L}{3,}(?:ando|iendo)\\b)",
    // A wish in the third person after "quant à", "en cuanto a".
    "quant (?:aux|au|a la|a l'|a) ?[^.;:!?]{1,120}?, (?:qu'(?:ils|elles|il|elle|on)\\b|que " + body + ")",
    "(?:en cuanto a|respecto (?:a|de)|por lo que (?:respecta|toca) a)(?:l\\b| la\\b| los\\b| las\\b)?[^.;:!?]{1,120}?, que " + body + "(?! (?:es|son|esta|estan|era|eran|fue|fueron|ha|han|tiene|tienen)\\b)",
    // A proposal put forward with "planteamos".
    "(?:planteamos|postulamos)" + aside + " " + soon + "(?:que " + body + "(?!(?: [\\p{L}'-]+){0,2}? (?:es|son|esta|estan|era|eran|fue|fueron|ha|han|habia|habian|tiene|tienen|hace|hacen|sabe|saben|puede|pueden|debe|deben|va|van|dice|dicen|sigue|siguen)\\b)|la (?:necesidad|urgencia|conveniencia|importancia) de)",
    // Whose task it is, in the present.
    "(?:corresponde|compete|incumbe|toca) " + soon + "(?:a los|a las|a la|al|a) (?:[\\p{L}'-]+ ){0,3}" + actor + "\\b(?: [\\p{L}'-]+){0,3}? " + clitic,
    "il (?:(?:leur|nous) )?(?:appartient|incombe|revient) " + soon + "(?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b(?: [\\p{L}'-]+){0,3}? (?:de |d')" + infinitive,
    // Round 69: any adverb of addition, order or manner between the verb and the body, not a list of each (`DUTY_ADVERB`:
    // "Corresponde asimismo a los <body> …", "Corresponde igualmente a …", « Il revient en outre aux <body> de … »).
    "(?:corresponde|compete|incumbe|toca),? " + DUTY_ADVERB + "(?:a los|a las|a la|al|a) (?:[\\p{L}'-]+ ){0,3}" + actor + "\\b(?: [\\p{L}'-]+){0,3}? " + clitic,
    "il (?:appartient|incombe|revient),? " + DUTY_ADVERB + "(?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b(?: [\\p{L}'-]+){0,3}? (?:de |d')" + infinitive,
  ];
}

/**
 * Round 25 (blind set 20 used for development): more French and Spanish ways of asking, read on the
 * folded sentence after the connectives and the short opening phrase, as `frEsAsking`'s.
 *
 * - what is fitting, in the present: "Conviene que los municipios…", "Conviene, además, abrir…" (an
 *   infinitive that is not one of saying: not "Conviene recordar que…", "Conviene saber…"); the
 *   conditional "Convendría…" was read before;
 * - what is wished, essential or fitting, with an aside between the adjective and "que": "Sería
 *   deseable, por otra parte, que…", "Es indispensable, a nuestro juicio, que…", "Il serait
 *   souhaitable, par ailleurs, que…", "Il est essentiel, selon nous, de…" (not "Es importante, como
 *   dijimos, recordar que…");
 * - a wish voiced, whatever its subject: "Nous formulons le vœu que chaque phare…", "Nous émettons
 *   le souhait que…", "Expresamos el deseo de que cada faro…", "Formulamos votos por que…" (not a wish
 *   for the meeting: "Nous formons le vœu que cette session soit fructueuse", "… que nuestros
 *   trabajos lleguen a buen término");
 * - thanks given in advance for what is asked: "Nous vous remercions d'avance de veiller à ce
 *   que…", "Je vous remercie d'avance de bien vouloir…", "Nous vous serions reconnaissants de
 *   transmettre…", "Nous vous saurions gré de bien vouloir…", "Les agradecemos de antemano que…",
 *   "Le agradeceremos que…" (not thanks for what was done or for attention: "Nous vous remercions
 *   d'avoir organisé…", "… de votre attention", "Les agradecemos de antemano su atención", "Les
 *   agradecemos que nos hayan recibido");
 * - a body named first, then asked: "Y a la secretaría le pedimos que…", "A los donantes les
 *   pediríamos que…", "Et aux communes, nous demandons de…" (`frontedAsk`, also read after a list).
 */
function round25(actor: string, infinitive: string, clitic: string): string[] {
  const adverbsEs = "(?:(?:muy|mas|tambien|asimismo|igualmente|ademas|sobre todo|por (?:lo )?tanto|entonces) )*";
  const adverbsFr = "(?:(?:donc|aussi|egalement|enfin|tres|vraiment|surtout|tout aussi|plus) )*";
  const between = ", [^,.;:!?]{1,40},";
  const meeting = "(?!(?:(?:ce|cette|ces|cet|nos|vos|notre|votre|le|la|les|l'|este|esta|estos|estas|nuestros|nuestras|nuestro|nuestra|sus|su|el|los|las) ?(?:session|sesion|dialogue|dialogo|reunion|travaux|trabajos|conference|conferencia|debats|debates|echanges|intercambios|rencontre|encuentro|deliberations|deliberaciones)\\b))";
  return [
    "(?:conviene|convendria),? (?:(?:tambien|ademas|asimismo|por (?:lo )?tanto|sobre todo|entonces|igualmente),? )*(?:que\\b|" + clitic + ")",
    "(?:es|seria|resulta|resultaria) " + adverbsEs + "(?:deseable|conveniente|necesario|indispensable|imprescindible|urgente|fundamental|esencial|importante|preciso|oportuno|recomendable|aconsejable|prioritario|preferible|vital|crucial|imperativo)" + between + " (?:que\\b|" + clitic + ")",
    "il (?:est|serait|sera) " + adverbsFr + "(?:souhaitable|essentiel|indispensable|necessaire|urgent|important|primordial|crucial|opportun|preferable|judicieux|vital|capital|fondamental|imperatif)" + between + " (?:que\\b|qu'|de " + infinitive + "|d'" + infinitive + ")",
    "(?:nous|je) (?:(?:donc|aussi|egalement|enfin|ici) )*(?:formons|formulons|emettons|exprimons|forme|formule|emets|exprime) (?:(?:donc|aussi|egalement|enfin|ici|ardemment|sincerement|vivement) )*(?:l'espoir|le (?:voeu|vœu|souhait)|des (?:voeux|vœux)) (?:que |qu'|pour que |pour qu')" + meeting,
    "(?:expresamos|formulamos|manifestamos|hacemos) (?:(?:tambien|ademas|finalmente|aqui|hoy) )*(?:el|nuestro|un) (?:deseo|anhelo|voto) (?:de|por) que " + meeting,
    "(?:nous|je) (?:vous|leur|lui) (?:(?:donc|aussi|egalement|enfin) )*(?:remercions|remercie|remercierions|remercierais) (?:(?:donc|aussi|egalement|vivement|sincerement) )*(?:(?:par avance|d'avance|a l'avance|des a present) (?:de |d')(?!(?:avoir|votre|vos|leur|leurs|l'attention|cette attention)\\b)|(?:de |d')(?:bien vouloir|faire en sorte|veiller a))",
    "(?:nous|je) (?:vous|leur|lui) (?:(?:donc|aussi|egalement|enfin) )*(?:serions|serais) (?:(?:donc|tres|vivement|particulierement|infiniment) )*(?:reconnaissante?s?|obligee?s?) (?:(?:de |d')(?!(?:avoir|votre|vos|leur|leurs|l'attention|cette attention)\\b)|(?:si|que|qu')\\b)",
    "(?:nous|je) (?:vous|leur|lui) (?:(?:donc|aussi|egalement|enfin) )*(?:saurions|saurais) (?:(?:donc|tres|vivement) )*gre (?:de |d')(?!(?:avoir|votre|vos|leur|leurs|l'attention|cette attention)\\b)",
    "(?:(?:les|le) )?agradecemos (?:(?:mucho|muchisimo|tambien|ademas|sinceramente|de verdad) )*(?:de antemano|por adelantado|desde ya|desde ahora|anticipadamente) (?:que\\b(?! (?:nos |les |le |me )?(?:hayan|haya|hubieran|hubiera)\\b)|" + clitic + ")",
    "(?:(?:les|le) )?(?:agradeceremos|agradecere) (?:(?:mucho|muchisimo|tambien|ademas|sinceramente|de verdad|de antemano|por adelantado|desde ya) )*(?:que\\b(?! (?:nos |les |le |me )?(?:hayan|haya|hubieran|hubiera)\\b)|" + clitic + ")",
    frontedAsk(actor),
  ];
}

/**
 * Round 25: a body named first, then asked, as one speaks: "Y a la secretaría le pedimos que…", "A
 * los donantes, eh, les pediríamos que…", "Al ministerio también le solicitamos que…", "A los
 * Estados de la cuenca les pedimos que…" (a few words after the body), "Et aux
 * communes, nous demandons de…", "À l'agence, nous recommandons de…" (a body or officials: not "A las
 * víctimas les pedimos que denuncien", what the speaker asks of the people she serves, nor "A la
 * policía le contamos lo que vimos"). Read on the folded sentence after a connective; used in
 * `frEsAsking` and by `proposals.ts` after a list (`ASKS_OUTRIGHT`).
 */
export function frontedAsk(actor: string): string {
  const filler = "(?:(?:eh|em|este|pues|bueno|tambien|ademas|por (?:lo )?tanto|finalmente|por ultimo|entonces|hoy|aqui),? )*";
  return (
    "(?:a|al) (?:(?:la|las|los|el|cada|todos los|todas las) )?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b(?: [\\p{L}'-]+){0,5}?,? " + filler + "(?:le|les) " + filler +
    "(?:pedimos|pediriamos|solicitamos|solicitariamos|rogamos|rogariamos|exigimos|recomendamos|recomendariamos|sugerimos|sugeririamos|proponemos|propondriamos|(?:queremos|quisieramos|quisiera|quiero) (?:pedir|solicitar|sugerir|proponer|recomendar)) (?:(?:tambien|ademas|encarecidamente|respetuosamente|por favor) )*(?:que\\b|\\p{L}{2,}(?:ar|er|ir)\\b)" +
    "|(?:a|aux|au) (?:la |l'|chaque |tous les |toutes les )?\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b(?: [\\p{L}'-]+){0,5}?,? (?:(?:enfin|aussi|donc|egalement|maintenant),? )*(?:nous|je) (?:(?:leur|lui) )?(?:(?:aussi|donc|egalement|enfin|simplement) )*(?:demandons|demande|recommandons|recommande|suggerons|proposons|demanderions|demanderais) (?:(?:aussi|donc|egalement|enfin|simplement|instamment) )*(?:de |d'|que |qu')"
  );
}

// Round 25: `TOLD_US` (testimony) moved to request-model.ts, with the other checks of what is not a request of ours.
export { TOLD_US } from "./request-model.ts";

/**
 * Round 28 (blind set 22 used for development): more French and Spanish ways of asking, read on the
 * folded sentence after the connectives and the short opening phrase, as `frEsAsking`'s.
 *
 * - a request in the first person singular, with an aside too: "Je vous demande, Madame, de…", "Je
 *   recommande aux communes de…", "Les pido, como abuela, que…", "Ruego a los municipios que…" (what
 *   is asked after it, "de"/"que" or an infinitive: not "Je demande la parole", "Les pido disculpas",
 *   "Je vous prie d'agréer…", "Les ruego me disculpen");
 *   Round 35: with "again" between the verb and what is asked ("Je demande encore une fois que…", "Je demande à
 *   nouveau aux communes de…", "Les pido una vez más que…");
 * - a belief that a body, or each country, should act (round 35: "… tendrían que …" too): "Nous pensons que chaque pays devrait…",
 *   "Creemos que cada país debería…", "Estimamos que las fiscalías deben…" (before, only "les
 *   États"/"los Estados" with the plural; not a thing: "Creemos que la situación debería mejorar", nor
 *   a regret: "… debería haber…");
 * - a rhetorical question in the conditional whose subject is a body: "Et pourquoi les communes
 *   voisines ne partageraient-elles pas… ?", "Pourquoi n'exigerait-on pas… ?", "¿Por qué los
 *   municipios no compartirían…?", "¿Por qué no abrirían los municipios…?" (up to the question mark;
 *   not people who are not asked: "Pourquoi les passeurs ne changeraient-ils pas de route ?", nor the
 *   past: "Pourquoi les États n'ont-ils pas agi ?");
 * - the listeners addressed with a relative clause, then the imperative: "Vous qui financez les
 *   ports, aidez-nous à…", "Ustedes que representan a los países de origen, ayúdennos a…" (not "Vous qui
 *   connaissez la région, notez que…", "Vous qui êtes ici, vous savez…");
 * - a hope that people receive help: "Ojalá que algún día las viudas reciban apoyo…", "Esperamos que
 *   los huérfanos tengan acceso a atención…", "Nous espérons que les familles recevront un soutien…"
 *   (a verb of receiving and a word of help, care, protection or redress: not "Ojalá que los niños
 *   reciban buenas notas", "Ojalá que algún día volvamos a vernos").
 */
function round28(actor: string, clitic: string, aside: string): string[] {
  const body = "(?:(?:(?:tous|toutes|todos|todas) )?(?:les|la|le|l'|chaque|los|las|el|cada) ?)?(?:[\\p{L}'-]+ ){0,3}(?:" + actor + "|pays|pais)\\b";
  const help = "(?:apoyo|ayuda|atencion|asistencia|proteccion|acompanamiento|asesoria|tratamiento|reparacion|indemnizacion|justicia|abogad[oa]s?|soutien|aide|assistance|protection|accompagnement|suivi|soins|reparation|indemnisation|conseil|avocate?s?)\\b";
  const receive = "(?:reciban|recibiran|obtengan|obtendran|tengan acceso a|tendran acceso a|accedan a|cuenten con|contaran con|dispongan de|puedan recibir|puedan contar con|recoivent|recevront|obtiennent|obtiendront|aient acces a|auront acces a|beneficient (?:de|d'|du|des)|beneficieront (?:de|d'|du|des)|puissent recevoir|puissent beneficier (?:de|d'|du|des))";
  return [
    "vous qui [^,.;:!?]{3,100}, (?:ne |n')?(?!(?:notez|sachez|imaginez|voyez|rappelez|excusez|croyez|comprenez|savez|avez|etes|connaissez)\\b)\\p{L}{2,}ez(?:-(?:nous|les|leur|lui|moi|la|le)\\b| (?:la|le|les|l'|aux|au|des|du|un|une|pas|vos|votre|nos|notre|leur|leurs|ce|cette|ces|chaque|tous|toutes)\\b)",
    "ustedes que [^,.;:!?]{3,100}, (?:no )?\\p{L}{3,}(?:en|an)(?:nos|los|las|les|lo|la|le)\\b",
    "je (?:(?:vous|leur|lui) )?(?:(?:donc|aussi|egalement|enfin|simplement|instamment) )*(?:demande|recommande|suggere|exhorte|prie)" + aside + " (?:(?:donc|aussi|egalement|enfin|instamment|simplement|respectueusement|solennellement|encore une fois|une fois de plus|une nouvelle fois|a nouveau|de nouveau|encore|aujourd'hui|ici) )*(?:(?:aux|au|a la|a l')\\s?(?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,40}? )?(?:de |d'|que |qu')(?!(?:m'excuser|excuser|pardonner|agreer|croire|recevoir|bien vouloir (?:excuser|agreer|recevoir)|nous excuser|me pardonner)\\b)",
    "(?:(?:les|le) )?(?:pido|solicito|ruego|suplico|exhorto|insto|recomiendo)" + aside + " (?:(?:tambien|ademas|encarecidamente|respetuosamente|por (?:lo )?tanto|entonces|hoy|de corazon|una vez mas|otra vez|de nuevo|nuevamente) )*(?:(?:a los|a las|a la|al|a cada|a) (?:[\\p{L}'-]+ ){0,3}" + actor + "\\b[^.;:!?]{0,40}? )?(?:que\\b|a (?!(?:ustedes|todos|todas)\\b)" + clitic + "|" + clitic + ")(?! (?:disculpas|perdon|la palabra)\\b)",
    "(?:nous|je) (?:(?:donc|aussi|egalement|sincerement|fermement|vraiment) )*(?:croyons|pensons|estimons|considerons|crois|pense|estime|considere|sommes convaincue?s|suis convaincue?|sommes (?:(?:donc|aussi|egalement) )?d'avis|suis (?:(?:donc|aussi) )?d'avis) (?:(?:donc|aussi|egalement) )*que " + body + "(?:,? [\\p{L}'-]+){0,6}? (?:devrait|devraient|doit|doivent)(?: (?:aussi|egalement|donc|desormais|enfin|ne|pas|plus|jamais))* (?!(?:avoir|souvent|parfois|encore|deja|toujours|a)\\b)\\p{L}{2,}",
    "(?:creemos|consideramos|estimamos|pensamos|opinamos|creo|considero|estimo|pienso|estamos convencid[oa]s de|estoy convencid[oa] de|es (?:(?:tambien|ademas) )?(?:nuestra|mi) (?:(?:firme|sincera) )?(?:opinion|conviccion|posicion)(?: de)?|somos (?:(?:tambien|ademas) )?de la opinion de|(?:nuestra|mi) (?:opinion|posicion) es) (?:(?:tambien|ademas|por (?:lo )?tanto|sinceramente|firmemente) )*que " + body + "(?:,? [\\p{L}'-]+){0,6}? (?:deberia|deberian|debe|deben|tiene que|tienen que|tendria que|tendrian que)(?: (?:tambien|ademas|ya|no|nunca|por fin))* (?!(?:haber|de|a|a menudo|a veces|todavia|aun)\\b)\\p{L}{2,}",
    "pourquoi (?:donc )?" + body + "(?: [\\p{L}'-]+){0,6}? (?:ne |n')(?:(?:les|le|la|l'|leur|lui|y|en|se|s') ?)?\\p{L}{3,}rai(?:en)?t-(?:ils|elles|il|elle) pas\\b[^?]*\\?[\"”»]?$",
    "pourquoi (?:donc )?(?:ne |n')(?:(?:les|le|la|l'|leur|lui|y|en|se|s') ?)?\\p{L}{3,}rait-on pas\\b[^?]*\\?[\"”»]?$",
    "¿?por que " + body + "(?: [\\p{L}'-]+){0,6}? no (?:(?:les|le|lo|la|los|las|se) )?\\p{L}{3,}rian?\\b[^?]*\\?[\"”»]?$",
    "¿?por que no (?:(?:les|le|lo|la|los|las|se) )?\\p{L}{3,}rian? " + body + "[^?]*\\?[\"”»]?$",
    "(?:ojala|esperamos|confiamos en|deseamos|nous esperons|j'espere|esperons|pourvu) (?:(?:sinceramente|vivamente|de verdad|tambien|ademas|vivement|sincerement|aussi) )*(?:que |qu')?(?:(?:algun dia|pronto|por fin|un dia|un jour|bientot|enfin) )?(?!(?:nous|je|on|nosotros|nosotras)\\b)(?:[\\p{L}'-]+,? ){1,8}?" + receive + " (?:[\\p{L}'-]+ ){0,3}?" + help,
  ];
}

/**
 * Round 28: what announces, before a colon, the request after it, in French and Spanish (as
 * `COLON_LEAD` in `proposals.ts` does in English): the speaker's word to someone ("Aux pays de départ,
 * nous voulons dire ceci : venez…", "Je dirai simplement ceci aux communes : …", "A los donantes
 * queremos decirles esto: …", "Les decimos a los municipios: …"), or the bodies alone, the whole clause
 * before the colon ("À l'agence et aux bailleurs : merci de soutenir…", "Y a los municipios: que
 * abran…"). Read on the folded text before the colon; `proposals.ts` (`colonAsk`) takes the sentence
 * when the clause after the colon asks. Not a word that tells ("Aux journalistes, nous voulons dire
 * ceci : nous ne sommes pas des passeurs."), nor a body named at the end of a clause that tells ("Nous
 * l'avons écrit aux communes : …" names no addressee of a request).
 */
export function colonLeadFrEs(actor: string, connective: string): RegExp {
  const bodies = "(?:a|aux|au|a la|a l'|al|a los|a las) ?(?:[\\p{L}'-]+ ){0,4}" + actor + "\\b(?: [\\p{L}'-]+){0,4}";
  return new RegExp(
    "(?:(?:^|[,;]\\s*|\\s)(?:" +
      "(?:nous|je) (?:(?:leur|vous|lui) )?(?:(?:voulons|voudrions|tenons a|souhaitons|aimerions|allons|veux|voudrais|tiens a|aimerais) )?(?:(?:donc|aussi|simplement|enfin|seulement) )*(?:dire|dirons|dirai|disons|repeter|redire)(?: (?:ceci|une chose|simplement|seulement|clairement|aujourd'hui|ici|(?:a|aux|au|a la|a l') ?[^:]{2,80}?))*" +
      "|(?:queremos|quisieramos|quiero|quisiera|vamos a|venimos a) (?:(?:tambien|hoy|aqui|simplemente) )*decir(?:les|le)?(?: (?:esto|lo siguiente|una cosa|simplemente|claramente|hoy|aqui|(?:a|al|a los|a las) [^:]{2,80}?))*" +
      "|(?:les |le )?decimos(?: (?:esto|lo siguiente|una cosa|simplemente|claramente|hoy|aqui|(?:a|al|a los|a las) [^:]{2,80}?))*" +
      // Round 60: what the speaker came to say or ask ("Voici ce que nous sommes venus demander : …", "Esto es lo que vine a decir: …").
      "|(?:voici|c'est|voila) ce que (?:nous sommes venu(?:e)?s|je suis venu(?:e)?) (?:ici )?(?:dire|demander)(?: (?:aujourd'hui|ici))*" +
      "|(?:esto|eso) es lo que (?:vinimos|venimos|vine|vengo|hemos venido|he venido) (?:aqui )?a (?:decir|pedir)(?: (?:hoy|aqui))*" +
      ")|^" + connective + bodies + "(?:(?:,| et| y) (?:a |aux |au |a la |a l'|al |a los |a las )?(?:[\\p{L}'-]+ ){0,4}" + actor + "\\b(?: [\\p{L}'-]+){0,4})*)\\s*$",
    "u",
  );
}

/**
 * Round 36 (blind set 29 used for development): more French and Spanish ways of asking, read on the folded sentence
 * after the connectives and the short opening phrase, as `frEsAsking`'s.
 *
 * - what would be the most useful thing, a noun after it (round 23 read "que" or an infinitive there): "Lo más útil
 *   sería un mediador que …", "Lo ideal sería una oficina …", "Le plus utile serait une permanence …" (an article
 *   or "más", "plus de" after the verb: not "Lo más útil sería difícil de decir");
 * - what the speaker (or those they serve) would need, with its pronoun: "También nos haría falta un registro …",
 *   "Les haría falta más intérpretes", "Il nous faudrait aussi un interprète …" (not "Haría falta mucho valor para…",
 *   which round 23 leaves to "que" or an infinitive);
 * - what would be due to those the speaker speaks for: "A las familias nos correspondería, como mínimo, conocer …",
 *   "Nos correspondería saber …" (an infinitive after it);
 * - someone who has something to do too, then a wish in "que" after a colon: "Y los países vecinos también tienen
 *   algo que hacer: que controlen …", "Les pays voisins ont aussi un rôle à jouer : qu'ils contrôlent …";
 * - what is not enough, then a need after a colon: "Un albergue no alcanza: hace falta un centro …", "Deux
 *   interprètes ne suffisent pas : il faut une équipe …" (not "… no alcanza: la gente sigue llegando");
 * - what the speaker came to say, a conditional of duty in it: "Venimos a decirles que cada denuncia tendría que …",
 *   "Nous sommes venus vous dire que chaque plainte devrait …" (not "Venimos a decirles que estamos cansadas").
 */
function round36(aside: string): string[] {
  // Any infinitive, with its pronoun: what is due may be to know ("saber"), which `clitic` leaves out.
  const due = "\\p{L}{2,}(?:ar|er|ir)(?:se|les?|los|las|nos|lo|la)?\\b";
  const noun = "(?:un|una|unos|unas|otro|otra|otros|otras|mas|el|la|los|las)\\s\\p{L}";
  const nom = "(?:un|une|des|plus de|davantage de|d'autres|le|la|les|l')\\s?\\p{L}";
  return [
    "(?:lo (?:mas )?" + BEST_ES + "|lo ideal|lo mejor) (?:seria|sera) (?:(?:entonces|tal vez|quizas|sin duda|ahora|aqui) )*" + noun,
    "(?:le plus " + BEST_FR + "|l'ideal|le mieux) (?:serait|sera) (?:(?:donc|sans doute|peut-etre|alors|ici) )*" + nom,
    "(?:a (?:las|los|la|el|nosotras|nosotros) (?:[\\p{L}'-]+ ){0,3})?(?:(?:tambien|ademas|sobre todo) )*(?:nos|les|le|me) (?:haria|harian|hara|haran) falta (?:(?:tambien|ademas|sobre todo|ante todo) )*" + noun,
    "il (?:nous|leur|lui|me) faudrait (?:(?:aussi|egalement|surtout|donc|enfin|encore) )*" + nom,
    "(?:a (?:las|los|la|el|nosotras|nosotros) (?:[\\p{L}'-]+ ){0,3})?(?:nos|les) (?:corresponderia|tocaria)" + aside + " (?:(?:como minimo|al menos|por lo menos|tambien|ademas) )*" + due,
    "[^.;:!?]{0,120}?\\b(?:tienen|tiene) (?:(?:tambien|ademas|ellos|ellas|por su parte) )*(?:algo|mucho|su parte|un papel|una tarea|trabajo) (?:que|por) (?:hacer|aportar|cumplir|jugar)\\s*:\\s*que \\p{L}",
    "[^.;:!?]{0,120}?\\b(?:ont|a) (?:(?:aussi|egalement|eux aussi|elles aussi|pour leur part) )*(?:quelque chose|leur part|un role|un travail|du travail) a (?:faire|jouer|apporter)\\s*:\\s*(?:que |qu' ?)\\p{L}",
    "[^.;:!?]{3,120}?\\bno (?:alcanza|alcanzan|basta|bastan|es suficiente|son suficientes)\\s*:\\s*(?:(?:tambien|ademas|ahora) )*(?:hace falta|hacen falta|se necesitan?|necesitamos|haria falta|harian falta)\\b",
    "(?:venimos|vengo|hemos venido|he venido) (?:(?:hoy|aqui) )*(?:a|para) decir(?:les|le)? (?:(?:hoy|aqui|sencillamente|simplemente) )*que [^.;:!?]{3,160}?\\b(?:tendria que|tendrian que|deberia|deberian|habria que|haria falta)\\b",
    "(?:nous sommes venue?s|je suis venue?|nous venons) (?:(?:ici|aujourd'hui) )*(?:pour )?vous dire (?:(?:simplement|ici|aujourd'hui) )*(?:que|qu') ?[^.;:!?]{3,160}?\\b(?:devrait|devraient|faudrait)\\b",
    "[^.;:!?]{3,120}?\\bne (?:suffit|suffisent|suffira|suffiront) pas\\s*:\\s*(?:il (?:nous )?(?:faut|faudrait|faudra)|nous avons besoin|on a besoin)\\b",
  ];
}
