/** Sign-in tokens and sessions. Only SHA-256 hashes of either are ever stored. */
import type { StaffRole } from "../domain/roles";

/** `purpose`: the sign-in form's link, or the link in the reply to a statement sent by email (migration 0013). */
export type SignInTokenPurpose = "sign-in" | "email-reply";

export function insertSignInTokenStatement(db: D1Database, tokenHash: string, email: string, now: string, expiresAt: string, purpose: SignInTokenPurpose = "sign-in"): D1PreparedStatement {
  return db
    .prepare("INSERT INTO sign_in_tokens (token_hash, email, created_at, expires_at, purpose) VALUES (?1, ?2, ?3, ?4, ?5)")
    .bind(tokenHash, email, now, expiresAt, purpose);
}

/**
 * Exchanges a token for a session in one batch: marks the token used, creates or touches the
 * user, opens the session. Statements 2 and 3 find the token by the new session's hash, so when
 * the token was already used, expired or unknown, statement 1 changes nothing and neither do they.
 */
export function exchangeTokenStatements(db: D1Database, tokenHash: string, sessionHash: string, now: string, sessionExpiresAt: string): D1PreparedStatement[] {
  return [
    db
      .prepare("UPDATE sign_in_tokens SET used_at = ?2, session_hash = ?3 WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2")
      .bind(tokenHash, now, sessionHash),
    db
      .prepare(
        `INSERT INTO users (email, created_at, last_sign_in_at) SELECT lower(email), ?2, ?2 FROM sign_in_tokens WHERE session_hash = ?1 AND true
         ON CONFLICT (email) DO UPDATE SET last_sign_in_at = excluded.last_sign_in_at`,
      )
      .bind(sessionHash, now),
    db
      .prepare(
        `INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at)
         SELECT ?1, u.id, ?2, ?2, ?3 FROM sign_in_tokens t JOIN users u ON u.email = t.email WHERE t.session_hash = ?1`,
      )
      .bind(sessionHash, now, sessionExpiresAt),
  ];
}

/** `grantedRoles`: the staff roles granted to the session's email (`staff_roles`), read in the same query. */
export type SessionRow = { userId: number; email: string; createdAt: string; lastSeenAt: string; expiresAt: string; grantedRoles: StaffRole[] };

/** The active session with this hash and its user's granted roles: one D1 round trip for every signed-in request. */
export async function getActiveSession(db: D1Database, idHash: string, now: string): Promise<SessionRow | null> {
  const row = await db
    .prepare(
      `SELECT s.user_id AS userId, u.email AS email, s.created_at AS createdAt, s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt,
              (SELECT json_group_array(r.role) FROM staff_roles r WHERE r.email = u.email) AS grantedRoles
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id_hash = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2`,
    )
    .bind(idHash, now)
    .first<Omit<SessionRow, "grantedRoles"> & { grantedRoles: string }>();
  return row ? { ...row, grantedRoles: JSON.parse(row.grantedRoles) as StaffRole[] } : null;
}

export async function touchSession(db: D1Database, idHash: string, now: string, expiresAt: string): Promise<void> {
  await db.prepare("UPDATE sessions SET last_seen_at = ?2, expires_at = ?3 WHERE id_hash = ?1").bind(idHash, now, expiresAt).run();
}

export async function revokeSession(db: D1Database, idHash: string, now: string): Promise<void> {
  await db.prepare("UPDATE sessions SET revoked_at = ?2 WHERE id_hash = ?1 AND revoked_at IS NULL").bind(idHash, now).run();
}

export function revokeUserSessionsStatement(db: D1Database, email: string, now: string): D1PreparedStatement {
  return db
    .prepare("UPDATE sessions SET revoked_at = ?2 WHERE revoked_at IS NULL AND user_id = (SELECT id FROM users WHERE email = ?1)")
    .bind(email, now);
}
