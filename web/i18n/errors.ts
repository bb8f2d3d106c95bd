import { schemaMessage, type Localizable } from "../../worker/http/messages";
import { t, type Locale } from "./index";

/**
 * A form error in the page's language. Schemas and services name their messages by key
 * (`worker/http/messages.ts`): a service's error carries its key in `text`, a schema's message is
 * found by its English. English pages show the message as the API sends it; any text without a
 * key (none is known) would stay English rather than vanish.
 */
export function errorMessage(locale: Locale, error: { message: string; text?: Localizable }): string {
  if (locale === "en") return error.message;
  const known = error.text ?? schemaMessage(error.message);
  return known ? t(locale, known.key, known.vars) : error.message;
}
