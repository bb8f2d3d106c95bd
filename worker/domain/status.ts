/**
 * The submission state machine of API.md, free of I/O: (`draft` →) `submitted → changes_requested →
 * submitted … → published | rejected`; `withdrawn` from draft, submitted or changes_requested;
 * `published ⇄ unpublished` by staff after publication; nothing else. A statement waiting for the
 * submitter's changes is theirs to fix or withdraw: staff decide once it is back.
 */
export const STATUSES = ["draft", "submitted", "changes_requested", "published", "unpublished", "rejected", "withdrawn"] as const;
export type Status = (typeof STATUSES)[number];

export type Transition = "submit" | "resubmit" | "request_changes" | "publish" | "reject" | "withdraw" | "unpublish" | "republish";

const NEXT: Record<Transition, { from: readonly Status[]; to: Status }> = {
  submit: { from: ["draft"], to: "submitted" },
  resubmit: { from: ["changes_requested"], to: "submitted" },
  request_changes: { from: ["submitted"], to: "changes_requested" },
  publish: { from: ["submitted"], to: "published" },
  reject: { from: ["submitted"], to: "rejected" },
  withdraw: { from: ["draft", "submitted", "changes_requested"], to: "withdrawn" },
  unpublish: { from: ["published"], to: "unpublished" },
  republish: { from: ["unpublished"], to: "published" },
};

/** The status after `transition`, or null when it is not allowed from `from`. */
export function nextStatus(from: Status, transition: Transition): Status | null {
  const rule = NEXT[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** Submitters may edit only while the statement is still open to change. */
export function isEditable(status: Status): boolean {
  return status === "draft" || status === "submitted" || status === "changes_requested";
}

/** Statuses after which the submitter can change nothing more (staff may still unpublish or republish). */
export function isFinal(status: Status): boolean {
  return status === "published" || status === "unpublished" || status === "rejected" || status === "withdrawn";
}

/** What staff can list in the moderation queue: every status but `draft` (drafts are their owner's alone). */
export const QUEUE_STATUSES = STATUSES.filter((s): s is Exclude<Status, "draft"> => s !== "draft");
