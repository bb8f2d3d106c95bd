import type { ThemeSeedCatalog } from "./catalog";

/** Spanish strings of the learned theme suggestions' "why" on the intake form. Every key is required. */
export const esThemeSeed: ThemeSeedCatalog = {
  "intake.review.whyLearned": "{theme}: {terms}; {learned}",
  "intake.review.learnedReference": "aprendido de declaraciones de referencia: {terms}",
  "intake.review.learnedModerators": "aprendido de las etiquetas de los moderadores: {terms}",
};
