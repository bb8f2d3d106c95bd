import type { Locale } from "../web/i18n";
import type { SessionUser } from "./auth/session";

/** Hono environment shared by every route: bindings plus per-request values. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    requestId: string;
    nonce: string;
    user: SessionUser | null;
    locale: Locale;
  };
};
