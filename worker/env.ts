import type { Locale } from "./i18n";
import type { TaxonomyTranslations } from "./i18n/follow";
import type { SessionUser } from "./auth/session";
import type { AppError } from "./http/errors";

/** Hono environment shared by every route: bindings plus per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    requestId: string;
    nonce: string;
    user: SessionUser | null;
    locale: Locale;
    /** Pages in another language than English: segment titles and theme labels as the database holds them (web/routes/index.tsx). */
    taxonomy?: TaxonomyTranslations;
    /** Set by `rateLimit()` on GET/HEAD: resolves to the 429 to answer, or null. */
    rateLimit?: Promise<AppError | null>;
    /** Set by the pages' layout: an error on a page is drawn inside it (`errorHandler`'s second renderer). */
    pageLayout?: boolean;
  };
};
