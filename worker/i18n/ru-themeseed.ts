import type { ThemeSeedCatalog } from "./catalog";

/** Russian strings of the learned theme suggestions' "why" on the intake form. Every key is required. */
export const ruThemeSeed: ThemeSeedCatalog = {
  "intake.review.whyLearned": "{theme}: {terms}; {learned}",
  "intake.review.learnedReference": "выведено из эталонных заявлений: {terms}",
  "intake.review.learnedModerators": "выведено из меток модераторов: {terms}",
};
