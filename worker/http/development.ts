import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "./errors";

/** Loopback host names: the only places development conveniences may answer. */
function isLoopback(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "127.0.0.1" || hostname === "[::1]";
}

/**
 * The development mailbox and the sign-in link printed on the "check your email" page hand anyone
 * a session for any address. They answer only when the configuration says development AND both
 * the request and APP_ORIGIN are on a loopback host, so a deployment that inherits
 * `ENVIRONMENT = "development"` (the top-level default in wrangler.toml) still never serves them.
 */
export function isLocalDevelopment(env: { ENVIRONMENT?: string; APP_ORIGIN?: string }, requestUrl: string): boolean {
  return env.ENVIRONMENT === "development" && isLoopback(requestUrl) && isLoopback(env.APP_ORIGIN ?? "");
}

/**
 * Development settings (loose limits and quotas, Turnstile off, mail kept in the local mailbox) are
 * safe on a developer's machine only. A deployment that inherits them (`wrangler deploy` without
 * `--env production`) refuses every request that is not on a loopback host, instead of running a
 * public portal that silently drops mail and never limits anyone.
 */
export function refuseDevelopmentOffLoopback(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.env.ENVIRONMENT === "development" && !isLoopback(c.req.url)) {
      throw new AppError("forbidden", "This deployment runs with development settings, which answer on this machine only (localhost). Deploy with `--env production`.");
    }
    await next();
  };
}

/** True when mail may stay in the development mailbox instead of being sent: development on a loopback origin only. */
export function keepsMailLocally(env: { ENVIRONMENT?: string; APP_ORIGIN?: string }): boolean {
  return env.ENVIRONMENT === "development" && isLoopback(env.APP_ORIGIN ?? "");
}
