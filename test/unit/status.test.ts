import { describe, expect, it } from "vitest";
import { isEditable, isFinal, nextStatus, STATUSES, type Status, type Transition } from "../../worker/domain/status";

const TRANSITIONS: Transition[] = ["resubmit", "request_changes", "publish", "reject", "withdraw"];

/** The whole machine of API.md as a table: from × transition → to (null = not allowed). */
const EXPECTED: Record<Status, Record<Transition, Status | null>> = {
  submitted: { resubmit: null, request_changes: "changes_requested", publish: "published", reject: "rejected", withdraw: "withdrawn" },
  changes_requested: { resubmit: "submitted", request_changes: null, publish: null, reject: null, withdraw: "withdrawn" },
  published: { resubmit: null, request_changes: null, publish: null, reject: null, withdraw: null },
  rejected: { resubmit: null, request_changes: null, publish: null, reject: null, withdraw: null },
  withdrawn: { resubmit: null, request_changes: null, publish: null, reject: null, withdraw: null },
};

describe("the submission status machine", () => {
  for (const from of STATUSES) {
    for (const transition of TRANSITIONS) {
      const to = EXPECTED[from][transition];
      it(`${to ? "allows" : "refuses"} ${transition} from ${from}${to ? ` (→ ${to})` : ""}`, () => {
        expect(nextStatus(from, transition)).toBe(to);
      });
    }
  }

  it("allows edits only while submitted or changes requested", () => {
    expect(STATUSES.filter(isEditable)).toEqual(["submitted", "changes_requested"]);
  });

  it("treats published, rejected and withdrawn as final", () => {
    expect(STATUSES.filter(isFinal)).toEqual(["published", "rejected", "withdrawn"]);
  });
});
