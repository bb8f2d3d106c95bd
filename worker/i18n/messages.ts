import { enAfterpubErrors } from "./en-afterpub-errors.ts";
import { enErrors as baseErrors } from "./en-errors.ts";

/** Every error message: the shared ones and those of feature areas (their own files, fewer conflicts). */
const enErrors = { ...baseErrors, ...enAfterpubErrors };

/**
 * Error messages by key. A schema or service names its message with a key of `enErrors`
 * (`worker/i18n/en-errors.ts`) and its numbers; the JSON API answers with the English, exactly as
 * written there, and the HTML pages show `t(locale, key, vars)` in the page's language. Every
 * locale's catalog must translate every key (`ErrorCatalog`), so `npx tsc --noEmit` fails on a
 * message that is not translated.
 */
export type ErrorKey = keyof typeof enErrors;
export type MessageVars = Readonly<Record<string, string | number>>;
/**
 * A message the pages can translate: its key and the values of its placeholders. `segment` is the
 * slug of the segment whose database title is `vars.title`: the pages show that segment's title in
 * their language where it has a seeded translation (`segmentTitle` in `worker/i18n/taxonomy.ts`).
 */
export type Localizable = { readonly key: ErrorKey; readonly vars: MessageVars; readonly segment?: string };

/**
 * The English the API answers with: the template with the raw values (`100000`, not `100,000`).
 * `englishVars` overrides a value in the English only, where the API has always written a number
 * its own way (`200,000`); the pages format the number for their locale.
 */
export function english(key: ErrorKey, vars: MessageVars = {}, englishVars: MessageVars = {}): string {
  const all = { ...vars, ...englishVars };
  return enErrors[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in all ? String(all[name]) : whole));
}

/** Schema messages by their English: valibot issues carry only the text, so the pages look the key up here. */
const SCHEMA_MESSAGES = new Map<string, Localizable>();

/**
 * A validation schema's message: the English (what valibot stores and the API sends), registered
 * with its key. Only for messages fixed when the schemas are built (module load): a message with
 * request data in it (a slug, a title) goes through `keyed()` instead, so this map stays bounded.
 */
export function m(key: ErrorKey, vars: MessageVars = {}): string {
  const text = english(key, vars);
  const known = SCHEMA_MESSAGES.get(text);
  if (known && (known.key !== key || JSON.stringify(known.vars) !== JSON.stringify(vars))) {
    throw new Error(`Two error keys give the same English "${text}": ${known.key} and ${key}. Give each message its own wording.`);
  }
  SCHEMA_MESSAGES.set(text, { key, vars });
  return text;
}

/** The key of a schema message (registered by `m()`), or undefined for any other text. */
export function schemaMessage(text: string): Localizable | undefined {
  return SCHEMA_MESSAGES.get(text);
}

/** A message with its key, for errors built at request time: `{ message, text }` as `FieldError` and `AppError` take them. */
export function keyed(key: ErrorKey, vars: MessageVars = {}, englishVars: MessageVars = {}): { message: string; text: Localizable } {
  return { message: english(key, vars, englishVars), text: { key, vars } };
}

/** A field error with its key: the API shows `message`, the pages translate `text`. */
export function fieldError(path: string, key: ErrorKey, vars: MessageVars = {}): { path: string; message: string; text: Localizable } {
  return { path, ...keyed(key, vars) };
}

/** A field error naming a segment by its title (`{title}`): the pages translate the seeded title too. */
export function segmentFieldError(path: string, key: ErrorKey, segment: { slug: string; title: string }): { path: string; message: string; text: Localizable } {
  return { path, message: english(key, { title: segment.title }), text: { key, vars: { title: segment.title }, segment: segment.slug } };
}
