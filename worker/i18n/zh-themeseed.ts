import type { ThemeSeedCatalog } from "./catalog";

/** Chinese strings of the learned theme suggestions' "why" on the intake form. Every key is required. */
export const zhThemeSeed: ThemeSeedCatalog = {
  "intake.review.whyLearned": "{theme}：{terms}；{learned}",
  "intake.review.learnedReference": "从参考发言中习得：{terms}",
  "intake.review.learnedModerators": "从审核员的标签中习得：{terms}",
};
