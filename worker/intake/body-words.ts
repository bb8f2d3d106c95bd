/**
 * Round 45: the words that say what kind of body an organization is ("Network", "Red", "Syndicat"), in one place. The
 * lists of `people.ts` and `understand.ts` that read them are built from these, each adding the few words only it has.
 * All words are folded (lower case, no accents), as the lists test folded text.
 */

/** English kinds of body; they end an English name ("… Harbour Studies Network"). */
export const ENGLISH_KINDS = ["network", "foundation", "coalition", "alliance", "association", "institute", "centre", "center", "trust", "society", "federation", "forum", "observatory", "collective", "platform", "union", "clinic", "initiative", "consortium", "league", "movement", "council"];

/** French and Spanish kinds of body; they open a name ("Red …", "Observatoire …", "Sindicato de …"; round 44: the trade unions). */
export const FRENCH_SPANISH_KINDS = ["sindicato", "syndicat", "red", "reseau", "fundacion", "fondation", "asociacion", "coalicion", "alianza", "federacion", "observatorio", "observatoire", "colectivo", "collectif", "plataforma", "plateforme", "centro", "instituto", "institut", "movimiento", "mouvement", "liga", "ligue", "foro"];

/** English kinds of body that French writes the same way: they open a French name too ("Association des …", "Centre …"). */
export const SHARED_KINDS = ["association", "coalition", "alliance", "federation", "centre", "forum"];

/** A council in French and Spanish ("Conseil …", "Consejo …"). */
export const COUNCIL_KINDS = ["conseil", "consejo"];

/** A folded word that is one of `words`, whole. */
export const oneOf = (words: readonly string[]) => new RegExp(`^(?:${words.join("|")})$`);
