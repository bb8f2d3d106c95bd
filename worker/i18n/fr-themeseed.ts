import type { ThemeSeedCatalog } from "./catalog";

/** French strings of the learned theme suggestions' "why" on the intake form. Every key is required. */
export const frThemeSeed: ThemeSeedCatalog = {
  "intake.review.whyLearned": "{theme} : {terms} ; {learned}",
  "intake.review.learnedReference": "appris de déclarations de référence : {terms}",
  "intake.review.learnedModerators": "appris des thèmes attribués par les modérateurs : {terms}",
};
