import type { Context, MiddlewareHandler } from "hono";
import { endTime, startTime } from "hono/timing";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { getActiveSession, revokeSession, touchSession } from "../db/auth";
import { isStaff, rolesFor, type Role } from "../domain/roles";
import { addMinutes, isoNow } from "../domain/time";
import type { AppEnv } from "../env";
import { keyedError } from "../http/errors";
import { randomToken, sha256Hex } from "./crypto";

export type SessionUser = { id: number; email: string; roles: Role[] };

const IDLE_MINUTES = 7 * 24 * 60;
const ABSOLUTE_MINUTES = 30 * 24 * 60;
const TOUCH_AFTER_MINUTES = 60;

/** `__Host-` needs Secure, which plain-http localhost cannot have; there the plain name is used. */
export function sessionCookieName(url: string): string {
  return new URL(url).protocol === "https:" ? "__Host-cdp_session" : "cdp_session";
}

/** Loads the signed-in user (or null) for every request; expired or revoked sessions count as none. */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("user", null);
    const token = getCookie(c, sessionCookieName(c.req.url));
    if (token && token.length <= 100) {
      startTime(c, "session");
      const idHash = await sha256Hex(token);
      const now = isoNow();
      const session = await getActiveSession(c.env.DB, idHash, now);
      if (session) {
        const roles = rolesFor(session.email, c.env, session.grantedRoles);
        c.set("user", { id: session.userId, email: session.email, roles });
        if (addMinutes(session.lastSeenAt, TOUCH_AFTER_MINUTES) < now) {
          const idle = addMinutes(now, IDLE_MINUTES);
          const absolute = addMinutes(session.createdAt, ABSOLUTE_MINUTES);
          await touchSession(c.env.DB, idHash, now, idle < absolute ? idle : absolute);
        }
      }
      endTime(c, "session");
    }
    await next();
  };
}

/** A fresh session (rotated at every sign-in): the cookie value and its stored hash. */
export async function newSessionToken(now: string): Promise<{ token: string; hash: string; expiresAt: string }> {
  const token = randomToken();
  return { token, hash: await sha256Hex(token), expiresAt: addMinutes(now, IDLE_MINUTES) };
}

/** API.md: Secure except on plain-http localhost, the one place a browser cannot keep a Secure cookie. */
function isPlainLocalhost(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "http:" && (hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "127.0.0.1" || hostname === "[::1]");
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  const secure = !isPlainLocalhost(c.req.url);
  setCookie(c, sessionCookieName(c.req.url), token, {
    httpOnly: true,
    secure,
    sameSite: "Lax",
    path: "/",
    maxAge: ABSOLUTE_MINUTES * 60,
  });
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const name = sessionCookieName(c.req.url);
  const token = getCookie(c, name);
  if (token && token.length <= 100) await revokeSession(c.env.DB, await sha256Hex(token), isoNow());
  deleteCookie(c, name, { path: "/", secure: name.startsWith("__Host-") });
}

export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.get("user");
  if (!user) throw keyedError("unauthenticated", "err.auth.required");
  return user;
}

export function requireStaff(c: Context<AppEnv>): SessionUser {
  const user = requireUser(c);
  if (!isStaff(user.roles)) throw keyedError("forbidden", "err.auth.staff");
  return user;
}

export function requireAdmin(c: Context<AppEnv>): SessionUser {
  const user = requireUser(c);
  if (!user.roles.includes("admin")) throw keyedError("forbidden", "err.auth.admin");
  return user;
}
