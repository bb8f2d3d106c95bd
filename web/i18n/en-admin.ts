/** English strings of the admin pages. */
export const enAdmin = {} as const;
