import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "./errors";

export type RateLimitName = "RL_SIGN_IN" | "RL_SUBMIT" | "RL_UPLOAD" | "RL_SEARCH";

/** Seconds per window of each binding; must match `simple.period` in wrangler.toml. */
export const RATE_LIMIT_PERIODS: Record<RateLimitName, 10 | 60> = {
  RL_SIGN_IN: 60,
  RL_SUBMIT: 60,
  RL_UPLOAD: 60,
  RL_SEARCH: 60,
};

/** Who is counted: the signed-in user, else the client address Cloudflare saw. */
export function rateLimitKey(user: { id: number } | null, headers: Headers): string {
  if (user) return `user:${user.id}`;
  return `ip:${headers.get("cf-connecting-ip") ?? "unknown"}`;
}

/**
 * Counts the request against a Workers Rate Limiting binding; over the limit it answers 429 with
 * `Retry-After`. Place it after `loadSession()` so signed-in people are counted by account.
 * A missing or failing binding lets the request through (logged): the D1 quotas still hold.
 */
export function rateLimit(name: RateLimitName): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const binding = (c.env as Partial<Record<RateLimitName, RateLimit>>)[name];
    if (binding) {
      let success = true;
      try {
        success = (await binding.limit({ key: rateLimitKey(c.get("user"), c.req.raw.headers) })).success;
      } catch (err) {
        console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: "rate limiter failed", limiter: name, error: String(err) }));
      }
      if (!success) {
        const seconds = RATE_LIMIT_PERIODS[name];
        throw new AppError("rate-limited", `Too many requests. Try again in ${seconds} seconds.`, { headers: { "Retry-After": String(seconds) } });
      }
    }
    await next();
  };
}
