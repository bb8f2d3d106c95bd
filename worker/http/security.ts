import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { TURNSTILE_ORIGIN, turnstileMode } from "./turnstile";

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Security headers on every response. Pages get a CSP whose scripts need this request's nonce,
 * so no inline script runs unless the layout put it there.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const n = nonce();
    c.set("nonce", n);
    await next();
    const h = c.res.headers;
    // Turnstile's script and challenge frame come from its origin, allowed only while it is on.
    const challenge = turnstileMode(c.env) === "on" ? ` ${TURNSTILE_ORIGIN}` : "";
    // A response that brings its own policy keeps it: stored documents are served with
    // `default-src 'none'; sandbox` (worker/services/documents.ts), stricter than the pages' one.
    if (!h.has("Content-Security-Policy")) {
      h.set(
        "Content-Security-Policy",
        [
          "default-src 'self'",
          `script-src 'self' 'nonce-${n}'${challenge}`,
          ...(challenge ? [`frame-src${challenge}`] : []),
          "style-src 'self'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
          "base-uri 'none'",
          "object-src 'none'",
        ].join("; "),
      );
    }
    h.set("X-Content-Type-Options", "nosniff");
    // A page with a secret in its address (the co-signer's /cosign/{token}) sets its own.
    if (!h.has("Referrer-Policy")) h.set("Referrer-Policy", "strict-origin-when-cross-origin");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    // Nothing personal may be kept by a browser's disk cache or a shared cache: a response that sets
    // a cookie (sign-in, sign-out, `?lang=`), and any response to a signed-in person that does not
    // say otherwise itself (public archive answers do: they are the same for everyone).
    const cacheControl = h.get("Cache-Control");
    // A page reached through a link that carries a secret (`/auth/verify?token=`, co-sign and
    // subscription links) is never stored anywhere, and never names its URL to another site (its own form posts still carry our Origin).
    const carriesToken = new URL(c.req.url).searchParams.has("token");
    if (carriesToken || (h.has("Set-Cookie") ? !/no-store/i.test(cacheControl ?? "") : c.get("user") && !cacheControl)) {
      h.set("Cache-Control", "private, no-store");
    } else if (!cacheControl && (h.get("Content-Type") ?? "").startsWith("text/html")) {
      // Anonymous pages differ by the `lang` cookie and Accept-Language: no shared cache may keep
      // one language's page for another reader; browsers revalidate.
      h.set("Cache-Control", "private, no-cache");
    }
    // `same-origin`, not `no-referrer`: with no-referrer a browser posts the page's form with `Origin: null`.
    if (carriesToken) h.set("Referrer-Policy", "same-origin");
    if ((h.get("Content-Type") ?? "").startsWith("text/html")) h.append("Vary", "Cookie, Accept-Language");
    if (new URL(c.req.url).protocol === "https:") {
      h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  };
}
