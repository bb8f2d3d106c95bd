import type { Context, MiddlewareHandler } from "hono";
import { sha256Hex } from "../auth/crypto";
import { sessionCookieName } from "../auth/session";
import { getSessionEmail, insertAuditEvent, type AuditKind } from "../db/audit";
import { isStaff, staffRoleOf } from "../domain/roles";
import { isoNow } from "../domain/time";
import type { AppEnv } from "../env";

const SIGN_IN_PATHS = new Set(["/api/v1/auth/verify", "/auth/verify"]);
const SIGN_OUT_PATHS = new Set(["/api/v1/auth/sign-out", "/sign-out"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The session token this response sets, if it starts a session. */
function newSessionToken(c: Context<AppEnv>): string | null {
  const name = sessionCookieName(c.req.url);
  for (const cookie of c.res.headers.getSetCookie()) {
    const match = new RegExp(`^${name.replace(/[$^.*+?()[\]{}|\\-]/g, "\\$&")}=([^;]+)`).exec(cookie);
    if (match) return match[1]!;
  }
  return null;
}

function kindOf(c: Context<AppEnv>, signedInAs: string | null): AuditKind | null {
  const { method, path } = c.req;
  const status = c.res.status;
  const user = c.get("user");
  if (method === "POST" && SIGN_IN_PATHS.has(path)) return signedInAs ? "sign-in" : "sign-in-failed";
  if (method === "POST" && SIGN_OUT_PATHS.has(path) && user) return "sign-out";
  if (status === 401 || status === 403) return "denied";
  if (user && isStaff(user.roles) && !SAFE_METHODS.has(method)) return "staff-action";
  return null;
}

/**
 * Writes the security audit trail (audit_events): sign-ins and failed sign-ins, sign-outs, every
 * refused authorization (401/403) and every state-changing request by staff. Runs after the
 * response is built, so it sees the final status; a failure to record is logged, never shown.
 */
export function auditTrail(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    try {
      const token = c.req.method === "POST" && SIGN_IN_PATHS.has(c.req.path) && c.res.status < 400 ? newSessionToken(c) : null;
      const signedInAs = token ? await getSessionEmail(c.env.DB, await sha256Hex(token)) : null;
      const kind = kindOf(c, signedInAs);
      if (!kind) return;
      const user = c.get("user");
      await insertAuditEvent(c.env.DB, {
        at: isoNow(),
        kind,
        actorEmail: signedInAs ?? user?.email ?? null,
        actorRole: user ? staffRoleOf(user.roles) : null,
        ip: c.req.header("cf-connecting-ip") ?? null,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        requestId: c.get("requestId"),
      });
    } catch (err) {
      console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: "audit write failed", error: err instanceof Error ? err.message : "unknown" }));
    }
  };
}
