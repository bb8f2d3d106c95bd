/** English strings of the archive pages. */
export const enArchive = {} as const;
