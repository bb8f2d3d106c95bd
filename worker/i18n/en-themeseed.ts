/** English strings of the learned theme suggestions' "why" on the intake form (the seed and the moderators' model, `worker/intake/learned.ts`). */
export const enThemeSeed = {
  "intake.review.whyLearned": "{theme}: {terms}; {learned}",
  "intake.review.learnedReference": "learned from reference statements: {terms}",
  "intake.review.learnedModerators": "learned from the moderators’ tags: {terms}",
};
