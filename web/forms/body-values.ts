/** A parsed form body's value as one string ("" when missing or a file), or as a list of strings. */
export const str = (value: unknown) => (typeof value === "string" ? value : "");
export const strings = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((x): x is string => typeof x === "string");
