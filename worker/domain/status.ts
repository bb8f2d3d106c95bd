/**
 * The submission state machine of API.md, free of I/O: `submitted → changes_requested → submitted …
 * → published | rejected`, `withdrawn` from submitted or changes_requested, nothing else. A statement
 * waiting for the submitter's changes is theirs to fix or withdraw: staff decide once it is back.
 */
export const STATUSES = ["submitted", "changes_requested", "published", "rejected", "withdrawn"] as const;
export type Status = (typeof STATUSES)[number];

export type Transition = "resubmit" | "request_changes" | "publish" | "reject" | "withdraw";

const NEXT: Record<Transition, { from: readonly Status[]; to: Status }> = {
  resubmit: { from: ["changes_requested"], to: "submitted" },
  request_changes: { from: ["submitted"], to: "changes_requested" },
  publish: { from: ["submitted"], to: "published" },
  reject: { from: ["submitted"], to: "rejected" },
  withdraw: { from: ["submitted", "changes_requested"], to: "withdrawn" },
};

/** The status after `transition`, or null when it is not allowed from `from`. */
export function nextStatus(from: Status, transition: Transition): Status | null {
  const rule = NEXT[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** Submitters may edit only while the statement is still open to change. */
export function isEditable(status: Status): boolean {
  return status === "submitted" || status === "changes_requested";
}

/** Statuses after which nothing more happens. */
export function isFinal(status: Status): boolean {
  return status === "published" || status === "rejected" || status === "withdrawn";
}
