import type { ThemeSeedCatalog } from "./catalog";

/** Arabic strings of the learned theme suggestions' "why" on the intake form. Every key is required. */
export const arThemeSeed: ThemeSeedCatalog = {
  "intake.review.whyLearned": "{theme}: {terms}؛ {learned}",
  "intake.review.learnedReference": "مستفاد من بيانات مرجعية: {terms}",
  "intake.review.learnedModerators": "مستفاد من الوسوم التي وضعها المشرفون: {terms}",
};
