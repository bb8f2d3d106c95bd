/** English strings of the moderation pages. */
export const enModeration = {} as const;
