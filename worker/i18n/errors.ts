import { schemaMessage, type Localizable } from "./messages";
import { t, type Locale } from "./index";
import { segmentTitle } from "./taxonomy";

/**
 * A form error in the page's language. Schemas and services name their messages by key
 * (`worker/i18n/messages.ts`): a service's error carries its key in `text`, a schema's message is
 * found by its English. English pages show the message as the API sends it; any text without a
 * key (none is known) would stay English rather than vanish. A message naming a segment
 * (`text.segment`) shows the segment's title in the page's language where it has one.
 */
export function errorMessage(locale: Locale, error: { message: string; text?: Localizable }): string {
  if (locale === "en") return error.message;
  const known = error.text ?? schemaMessage(error.message);
  if (!known) return error.message;
  // A segment's title is data: its seeded translation, unless an admin retitled it.
  const vars = known.segment !== undefined ? { ...known.vars, title: segmentTitle(locale, known.segment, String(known.vars.title ?? "")) } : known.vars;
  return t(locale, known.key, vars);
}
