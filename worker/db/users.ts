import type { StaffRole } from "../domain/roles";

export type UserRow = { id: number; email: string };

export function upsertUserStatement(db: D1Database, email: string, now: string): D1PreparedStatement {
  return db
    .prepare("INSERT INTO users (email, created_at, last_sign_in_at) VALUES (?1, ?2, ?2) ON CONFLICT (email) DO UPDATE SET last_sign_in_at = ?2 RETURNING id, email")
    .bind(email, now);
}

/** The account of `email`, created if it never signed in (a statement sent by email); an existing one is left as it is. */
export async function ensureUser(db: D1Database, email: string, now: string): Promise<UserRow> {
  const [, found] = await db.batch([
    db.prepare("INSERT INTO users (email, created_at) VALUES (?1, ?2) ON CONFLICT (email) DO NOTHING").bind(email, now),
    db.prepare("SELECT id, email FROM users WHERE email = ?1").bind(email),
  ]);
  return (found!.results as UserRow[])[0]!;
}

export async function getUserById(db: D1Database, id: number): Promise<UserRow | null> {
  return db.prepare("SELECT id, email FROM users WHERE id = ?1").bind(id).first<UserRow>();
}

export async function getGrantedRoles(db: D1Database, email: string): Promise<StaffRole[]> {
  const { results } = await db.prepare("SELECT role FROM staff_roles WHERE email = ?1").bind(email).all<{ role: StaffRole }>();
  return results.map((r) => r.role);
}

/** Replaces an email's granted staff roles with exactly `roles`. */
export function replaceGrantedRolesStatements(db: D1Database, email: string, roles: readonly StaffRole[], grantedBy: string, now: string): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM staff_roles WHERE email = ?1").bind(email),
    ...roles.map((role) =>
      db.prepare("INSERT INTO staff_roles (email, role, granted_by, granted_at) VALUES (?1, ?2, ?3, ?4)").bind(email, role, grantedBy, now),
    ),
  ];
}

export async function listGrantedStaff(db: D1Database): Promise<{ email: string; roles: StaffRole[] }[]> {
  const { results } = await db
    .prepare("SELECT email, group_concat(role) AS roles FROM staff_roles GROUP BY email ORDER BY email")
    .all<{ email: string; roles: string }>();
  return results.map((r) => ({ email: r.email, roles: r.roles.split(",") as StaffRole[] }));
}
