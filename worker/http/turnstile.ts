/**
 * Cloudflare Turnstile on the HTML sign-in and submit forms.
 * On when TURNSTILE_SECRET (a secret) and TURNSTILE_SITE_KEY are set. In production a missing
 * secret is "misconfigured": the forms refuse to work rather than run unprotected (fail closed).
 * In development without a secret it is off (there is no internet to reach siteverify).
 */
export const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";
export const TURNSTILE_SCRIPT = "https://challenges.cloudflare.com/turnstile/v0/api.js";
export const TURNSTILE_ORIGIN = "https://challenges.cloudflare.com";
/** The form field the widget fills in. */
export const TURNSTILE_FIELD = "cf-turnstile-response";

export type TurnstileConfig = { ENVIRONMENT?: string; TURNSTILE_SITE_KEY?: string; TURNSTILE_SECRET?: string };
export type TurnstileMode = "on" | "off" | "misconfigured";

export function turnstileMode(env: TurnstileConfig): TurnstileMode {
  if (env.TURNSTILE_SECRET && env.TURNSTILE_SITE_KEY) return "on";
  return env.ENVIRONMENT === "production" ? "misconfigured" : "off";
}

export type TurnstileOutcome = { ok: true } | { ok: false; reason: "misconfigured" | "missing-token" | "rejected" | "unreachable"; codes: string[] };

/**
 * Checks a widget token with siteverify (skipped when off). `fetcher` and `url` are injectable so
 * tests can stand in for Cloudflare.
 */
export async function verifyTurnstile(
  env: TurnstileConfig,
  token: unknown,
  remoteIp: string | undefined,
  options: { fetcher?: typeof fetch; url?: string } = {},
): Promise<TurnstileOutcome> {
  const mode = turnstileMode(env);
  if (mode === "off") return { ok: true };
  if (mode === "misconfigured") return { ok: false, reason: "misconfigured", codes: [] };
  if (typeof token !== "string" || token.length === 0 || token.length > 2048) return { ok: false, reason: "missing-token", codes: [] };
  const form = new FormData();
  form.set("secret", env.TURNSTILE_SECRET!);
  form.set("response", token);
  if (remoteIp) form.set("remoteip", remoteIp);
  form.set("idempotency_key", crypto.randomUUID());
  try {
    const res = await (options.fetcher ?? fetch)(options.url ?? SITEVERIFY_URL, { method: "POST", body: form });
    const body = (await res.json()) as { success?: unknown; "error-codes"?: unknown };
    if (body.success === true) return { ok: true };
    const codes = Array.isArray(body["error-codes"]) ? body["error-codes"].filter((x): x is string => typeof x === "string") : [];
    return { ok: false, reason: "rejected", codes };
  } catch {
    return { ok: false, reason: "unreachable", codes: [] };
  }
}

/** For the HTML forms: null when the person passed (or Turnstile is off), else the status and message key to show. */
export async function turnstileFormError(
  env: TurnstileConfig,
  body: Record<string, unknown>,
  remoteIp: string | undefined,
  options: { fetcher?: typeof fetch; url?: string } = {},
): Promise<{ status: 422 | 503; message: "turnstile.failed" | "turnstile.unavailable" } | null> {
  const field = body[TURNSTILE_FIELD];
  const outcome = await verifyTurnstile(env, Array.isArray(field) ? field[0] : field, remoteIp, options);
  if (outcome.ok) return null;
  if (outcome.reason === "misconfigured" || outcome.reason === "unreachable") {
    console.error(JSON.stringify({ level: "error", message: "turnstile unavailable", reason: outcome.reason }));
    return { status: 503, message: "turnstile.unavailable" };
  }
  return { status: 422, message: "turnstile.failed" };
}
