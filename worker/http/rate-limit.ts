import type { Context, MiddlewareHandler } from "hono";
import { endTime, startTime } from "hono/timing";
import type { AppEnv } from "../env";
import { AppError } from "./errors";
import { keyed } from "../i18n/messages";

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

function limited(name: RateLimitName): AppError {
  const seconds = RATE_LIMIT_PERIODS[name];
  const { message, text } = keyed("err.rateLimited", { seconds });
  return new AppError("rate-limited", message, { text, headers: { "Retry-After": String(seconds) } });
}

/**
 * Counts the request against a Workers Rate Limiting binding; over the limit it answers 429 with
 * `Retry-After`. Place it after `loadSession()` so signed-in people are counted by account.
 * A missing or failing binding lets the request through (logged): the D1 quotas still hold.
 *
 * For GET and HEAD the verdict is awaited lazily: the handler starts its cheap lookups (archive
 * version, Cache API) while the limiter answers, and calls `passRateLimit(c)` before any costly
 * work or before answering from the cache. Whatever the handler does, a request over the limit
 * never gets anything but the 429.
 */
export function rateLimit(name: RateLimitName): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const binding = (c.env as Partial<Record<RateLimitName, RateLimit>>)[name];
    if (!binding) return next();
    const verdict = binding.limit({ key: rateLimitKey(c.get("user"), c.req.raw.headers) }).then(
      (outcome) => outcome.success,
      (err: unknown) => {
        console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: "rate limiter failed", limiter: name, error: String(err) }));
        return true;
      },
    );
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      if (!(await verdict)) throw limited(name);
      return next();
    }
    c.set("rateLimit", verdict.then((ok) => (ok ? null : limited(name))));
    await next();
    if (!(await verdict)) throw limited(name);
  };
}

/** Throws the 429 if this request's (lazily awaited) rate limit said no; see `rateLimit`. */
export async function passRateLimit(c: Context<AppEnv>): Promise<void> {
  const pending = c.get("rateLimit");
  if (!pending) return;
  startTime(c, "ratelimit");
  const refusal = await pending;
  endTime(c, "ratelimit");
  if (refusal) throw refusal;
}
