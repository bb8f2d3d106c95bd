import type { Locale } from "./i18n";
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
    /** Set by `rateLimit()` on GET/HEAD: resolves to the 429 to answer, or null. */
    rateLimit?: Promise<AppError | null>;
    /** Set by the pages' layout: an error on a page is drawn inside it (`errorHandler`'s second renderer). */
    pageLayout?: boolean;
  };
};
