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
