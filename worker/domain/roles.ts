export type Role = "submitter" | "moderator" | "admin";
export const STAFF_ROLES = ["moderator", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

function listed(list: string | undefined, email: string): boolean {
  return (list ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .includes(email.toLowerCase());
}

/**
 * Everyone signed in is a submitter; staff roles come from the configured lists and from
 * admins' grants. Permission checks treat an admin as a moderator as well (see `isStaff`).
 */
export function rolesFor(email: string, config: { ADMIN_EMAILS?: string; MODERATOR_EMAILS?: string }, granted: readonly StaffRole[]): Role[] {
  const roles = new Set<Role>(["submitter"]);
  if (listed(config.MODERATOR_EMAILS, email) || granted.includes("moderator")) roles.add("moderator");
  if (listed(config.ADMIN_EMAILS, email) || granted.includes("admin")) roles.add("admin");
  return [...roles];
}

export function isStaff(roles: readonly Role[]): boolean {
  return roles.includes("moderator") || roles.includes("admin");
}

export function staffRoleOf(roles: readonly Role[]): "admin" | "moderator" | "submitter" {
  return roles.includes("admin") ? "admin" : roles.includes("moderator") ? "moderator" : "submitter";
}
