import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Bodies a cross-site page can send without a CORS preflight. */
const SIMPLE_BODY = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery check on every request that changes state or costs work, whatever its
 * content type (a JSON body, no body at all, a multipart upload): a browser's cross-site request
 * says so in `Sec-Fetch-Site` or `Origin`, and is refused with 403. Requests with neither header
 * come from scripts and tools, not browsers, and carry no ambient cookie of a visitor's, except form
 * posts to pages, which must name their origin (as the pages' forms always do).
 * `exempt` names the few paths that are meant to be posted from elsewhere (RFC 8058 one-click
 * unsubscribe, posted by mail providers).
 */
export function sameOriginWrites(exempt: (path: string) => boolean = () => false): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || exempt(c.req.path)) return next();
    const ours = new Set([new URL(c.req.url).origin, originOf(c.env.APP_ORIGIN)].filter((o): o is string => !!o));
    const site = c.req.header("sec-fetch-site")?.toLowerCase();
    const origin = c.req.header("origin");
    const refuse = () => {
      throw new AppError("forbidden", "Cross-site requests are refused: send this from the portal's own pages.");
    };
    if (site && site !== "same-origin" && site !== "none") refuse();
    if (origin !== undefined) {
      if (!ours.has(origin)) refuse();
    } else if (!c.req.path.startsWith("/api/") && SIMPLE_BODY.test(c.req.header("content-type") ?? "")) {
      refuse();
    }
    await next();
  };
}
