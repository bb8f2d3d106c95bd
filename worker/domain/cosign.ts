/**
 * Joint statements: which co-signer rows a submitter's list creates, keeps, re-invites or takes off
 * (API.md "Organization profile and joint statements"). Pure: the service turns the plan into SQL.
 */

export const COSIGN_STATES = ["invited", "confirmed", "declined"] as const;
export type CoSignState = (typeof COSIGN_STATES)[number];
export const INVITATION_STATES = ["pending", "sent", "stopped"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** Invitation emails per address (from any statement) and per statement, in any 24 hours. */
export const INVITATIONS_PER_ADDRESS_PER_DAY = 10;
export const INVITATIONS_PER_SUBMISSION_PER_DAY = 150;

export type CoSignerEntry = { name: string; acronym: string | null; country: string; email: string };
export type CoSignerRow = CoSignerEntry & { id: number; position: number; state: CoSignState; listed: boolean };

/** Every current row's next values (`reset`: back to invited with a new invitation); and the rows to add. */
export type CoSignerPlan = {
  update: { id: number; listed: boolean; position: number; name: string; acronym: string | null; email: string; reset: boolean }[];
  insert: (CoSignerEntry & { position: number })[];
};

/** Organizations are one per (name, country), the name compared as SQLite's NOCASE does (ASCII only). */
export function coSignerKey(o: { name: string; country: string }): string {
  return `${o.name.replace(/[A-Z]/g, (c) => c.toLowerCase())}\u0000${o.country}`;
}

/**
 * The rules (docs/data-model.md "Joint statements"):
 * - a new organization is invited;
 * - one already on this statement keeps its state, so a declined one is never asked again by an
 *   edit, also when it is taken off and put back;
 * - another contact address means a new invitation to that address (the old link stops working);
 * - when the title, text or proposals change, every co-signer that has not declined is asked again:
 *   an organization confirms the text it read;
 * - one taken off the list stays stored, unlisted, and is never shown.
 */
export function planCoSigners(current: CoSignerRow[], next: CoSignerEntry[], contentChanged: boolean): CoSignerPlan {
  const byKey = new Map(current.map((r) => [coSignerKey(r), r]));
  const plan: CoSignerPlan = { update: [], insert: [] };
  const kept = new Set<number>();
  next.forEach((entry, i) => {
    const position = i + 1;
    const row = byKey.get(coSignerKey(entry));
    if (!row) {
      plan.insert.push({ ...entry, position });
      return;
    }
    kept.add(row.id);
    const newAddress = row.email.toLowerCase() !== entry.email.toLowerCase();
    const reset = newAddress || (contentChanged && row.state !== "declined");
    plan.update.push({ id: row.id, listed: true, position, name: entry.name, acronym: entry.acronym, email: entry.email, reset });
  });
  for (const row of current) {
    if (kept.has(row.id)) continue;
    const reset = contentChanged && row.state !== "declined";
    plan.update.push({ id: row.id, listed: false, position: row.position, name: row.name, acronym: row.acronym, email: row.email, reset });
  }
  return plan;
}

/** Paths of co-signers that repeat another one or the author (same name and country): 422 on each. */
export function coSignerConflicts(author: { name: string; country: string } | null, list: CoSignerEntry[]): { index: number; kind: "duplicate" | "self" }[] {
  const seen = new Set<string>();
  const out: { index: number; kind: "duplicate" | "self" }[] = [];
  const authorKey = author ? coSignerKey(author) : null;
  list.forEach((c, index) => {
    const key = coSignerKey(c);
    if (key === authorKey) out.push({ index, kind: "self" });
    else if (seen.has(key)) out.push({ index, kind: "duplicate" });
    seen.add(key);
  });
  return out;
}

/** "3 of 5 co-signers confirmed" counts, over the listed co-signers. */
export function coSignerCounts(list: { state: CoSignState }[]): { total: number; confirmed: number; declined: number; invited: number } {
  return {
    total: list.length,
    confirmed: list.filter((c) => c.state === "confirmed").length,
    declined: list.filter((c) => c.state === "declined").length,
    invited: list.filter((c) => c.state === "invited").length,
  };
}
