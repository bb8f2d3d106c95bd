import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { fromAcceptLanguage, isLocale } from "../i18n";
import type { AppEnv } from "../env";

/** `?lang=xx` (remembered in a cookie), else the cookie, else Accept-Language, else English. */
export function locale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const asked = c.req.query("lang");
    if (isLocale(asked)) {
      c.set("locale", asked);
      setCookie(c, "lang", asked, { path: "/", sameSite: "Lax", maxAge: 365 * 24 * 3600, httpOnly: true, secure: new URL(c.req.url).protocol === "https:" });
    } else {
      const remembered = getCookie(c, "lang");
      c.set("locale", isLocale(remembered) ? remembered : (fromAcceptLanguage(c.req.header("accept-language")) ?? "en"));
    }
    await next();
  };
}
