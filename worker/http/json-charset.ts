import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/** API.md: JSON bodies are `application/json; charset=utf-8`. Hono's `c.json` leaves the charset out. */
export function jsonCharset(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (/^application\/json\s*$/i.test(c.res.headers.get("content-type") ?? "")) {
      c.res.headers.set("content-type", "application/json; charset=utf-8");
    }
  };
}
