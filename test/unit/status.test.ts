import { describe, expect, it } from "vitest";
import { isEditable, isFinal, nextStatus, STATUSES, type Status, type Transition } from "../../worker/domain/status";

const TRANSITIONS: Transition[] = ["submit", "resubmit", "request_changes", "publish", "reject", "withdraw", "unpublish", "republish"];

const NONE: Record<Transition, Status | null> = {
  submit: null, resubmit: null, request_changes: null, publish: null, reject: null, withdraw: null, unpublish: null, republish: null,
};

/** The whole machine of API.md as a table: from × transition → to (null = not allowed). */
const EXPECTED: Record<Status, Record<Transition, Status | null>> = {
  draft: { ...NONE, submit: "submitted", withdraw: "withdrawn" },
  submitted: { ...NONE, request_changes: "changes_requested", publish: "published", reject: "rejected", withdraw: "withdrawn" },
  changes_requested: { ...NONE, resubmit: "submitted", withdraw: "withdrawn" },
  published: { ...NONE, unpublish: "unpublished" },
  unpublished: { ...NONE, republish: "published" },
  rejected: { ...NONE },
  withdrawn: { ...NONE },
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

  it("allows owner edits only while draft, submitted or changes requested", () => {
    expect(STATUSES.filter(isEditable)).toEqual(["draft", "submitted", "changes_requested"]);
  });

  it("treats published, unpublished, rejected and withdrawn as final for the submitter", () => {
    expect(STATUSES.filter(isFinal)).toEqual(["published", "unpublished", "rejected", "withdrawn"]);
  });
});
