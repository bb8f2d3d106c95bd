import { describe, expect, it } from "vitest";
import { stepsOf } from "../../web/components/next-steps";

const base = { submittedAt: "2026-05-01T09:00:00Z", updatedAt: "2026-05-02T09:00:00Z", publishedAt: null, moderation: null };
const decided = { decision: "publish" as const, reasonCode: null, reason: null, decidedAt: "2026-05-03T09:00:00Z" };

describe("what happens next: the steps of each status", () => {
  it("puts a draft before submission, with every later step ahead", () => {
    expect(stepsOf({ ...base, status: "draft" }).map((s) => [s.key, s.state])).toEqual([
      ["next.draft", "current"], ["next.submitted", "ahead"], ["next.review", "ahead"], ["next.decision", "ahead"], ["next.published", "ahead"],
    ]);
  });

  it("puts a submitted statement in review, and a statement waiting for changes on its owner", () => {
    expect(stepsOf({ ...base, status: "submitted" }).find((s) => s.state === "current")?.key).toBe("next.review");
    const waiting = stepsOf({ ...base, status: "changes_requested", moderation: { ...decided, decision: "request_changes" } });
    expect(waiting.find((s) => s.state === "current")).toEqual({ key: "next.changes", state: "current", at: decided.decidedAt });
  });

  it("ends published, rejected, withdrawn and unpublished statements with every step done", () => {
    for (const status of ["published", "rejected", "withdrawn", "unpublished"] as const) {
      const steps = stepsOf({ ...base, status, publishedAt: status === "published" ? "2026-05-03T09:00:00Z" : null, moderation: decided });
      expect(steps.every((s) => s.state === "done"), status).toBe(true);
    }
    expect(stepsOf({ ...base, status: "published", publishedAt: "2026-05-03T09:00:00Z", moderation: decided }).at(-1)).toEqual({ key: "next.published", state: "done", at: "2026-05-03T09:00:00Z" });
  });
});
