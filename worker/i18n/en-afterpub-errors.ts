/** English form and API error messages of issue 12's features (after publication, versions, per-language labels). */
export const enAfterpubErrors = {
  "err.publicNote.type": "The public note must be text.",
  "err.publicNote.max": "The public note can have at most {max} characters.",
  "err.publicNote.onlyUnpublish": "A public note is given only when unpublishing.",
  "err.documentPublic.type": "documentPublic must be true or false.",
  "err.correctionNote.type": "The correction note must be text.",
  "err.correctionNote.min": "The correction note needs at least {min} characters.",
  "err.correctionNote.max": "The correction note can have at most {max} characters.",
  "err.correctionNote.required": "Say what was corrected: a published statement's readers see the correction note.",
  "err.correctionNote.onlyPublished": "A correction note is only for published or unpublished statements.",
  "err.statement.gone": "The statement {reference} was unpublished.",
  "err.translations.type": "Give translations as an object keyed by language (fr, es, ar, ru, zh).",
  "err.translation.max": "A translation can have at most {max} characters.",
  "err.translation.labelMin": "A label needs at least {min} characters (or leave it empty to use the English).",
  "err.translation.titleMin": "A title needs at least {min} characters (or leave it empty to use the English).",
} as const;
