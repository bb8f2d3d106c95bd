/** English strings of the intake pages. */
export const enIntake = {} as const;
