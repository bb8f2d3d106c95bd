import { randomToken, sha256Hex } from "../auth/crypto";
import { newSessionToken } from "../auth/session";
import { exchangeTokenStatements, insertSignInTokenStatement } from "../db/auth";
import { insertOutboxStatement } from "../db/outbox";
import { getGrantedRoles } from "../db/users";
import { queueEmail } from "../email/render";
import { rolesFor, type Role } from "../domain/roles";
import { addMinutes, isoNow } from "../domain/time";
import type { Locale } from "../i18n";

export const TOKEN_MINUTES = 15;
/**
 * Unused, unexpired links one address may hold. The rate limit counts requests per client address,
 * which anyone can spread over many; this caps what reaches one inbox (5 per 15 minutes) whoever
 * asks. Past it the request is answered exactly as any other, so nothing is revealed. Links in the
 * replies to emailed statements (purpose `email-reply`) are not counted.
 */
export const MAX_LIVE_LINKS_PER_ADDRESS = 5;

/** Stores a hashed single-use token and the email carrying it, in one batch (unless the address already holds enough live links). */
export async function requestSignInLink(env: Env, email: string, locale: Locale, next?: string): Promise<void> {
  const token = randomToken();
  const now = isoNow();
  const live = await env.DB.prepare("SELECT count(*) AS n FROM sign_in_tokens WHERE email = ?1 AND used_at IS NULL AND expires_at > ?2 AND purpose = 'sign-in'")
    .bind(email, now)
    .first<{ n: number }>();
  if ((live?.n ?? 0) >= MAX_LIVE_LINKS_PER_ADDRESS) {
    console.warn(JSON.stringify({ level: "warn", message: "sign-in link not sent: the address already holds the most live links", limit: MAX_LIVE_LINKS_PER_ADDRESS }));
    return;
  }
  const url = `${env.APP_ORIGIN}/auth/verify?token=${encodeURIComponent(token)}${next ? `&next=${encodeURIComponent(next)}` : ""}`;
  const message = queueEmail("sign-in", { locale, url });
  await env.DB.batch([
    insertSignInTokenStatement(env.DB, await sha256Hex(token), email, now, addMinutes(now, TOKEN_MINUTES)),
    insertOutboxStatement(env.DB, email, message, now),
  ]);
}

export type SignedIn = { sessionToken: string; user: { email: string; roles: Role[] } };

/** Exchanges a sign-in token for a new session; null when the token is used, expired or unknown. */
export async function verifySignInToken(env: Env, token: string): Promise<SignedIn | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const now = isoNow();
  const session = await newSessionToken(now);
  const results = await env.DB.batch(exchangeTokenStatements(env.DB, await sha256Hex(token), session.hash, now, session.expiresAt));
  if (results[0]!.meta.changes === 0) return null;
  const row = await env.DB.prepare("SELECT email FROM sign_in_tokens WHERE session_hash = ?1").bind(session.hash).first<{ email: string }>();
  const email = row!.email.toLowerCase();
  return { sessionToken: session.token, user: { email, roles: rolesFor(email, env, await getGrantedRoles(env.DB, email)) } };
}
