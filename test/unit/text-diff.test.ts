import { describe, expect, it } from "vitest";
import { isEmptyDiff, lastSeenByStaff, versionDiff, wordDiff } from "../../worker/domain/text-diff";

const v = (version: number, text: string, proposals: { text: string; themes: string[] }[] = [], themes: string[] = []) => ({
  version,
  title: "Title",
  text,
  proposals: proposals.map((p, i) => ({ number: i + 1, ...p })),
  themes,
});

describe("word diffs between versions", () => {
  it("marks removed and added words, keeping the rest", () => {
    expect(wordDiff("protect the victims now", "protect the survivors now")).toEqual([
      { kind: "same", text: "protect the " },
      { kind: "removed", text: "victims" },
      { kind: "added", text: "survivors" },
      { kind: "same", text: " now" },
    ]);
  });

  it("lists only what changed: proposals added, removed, re-tagged, and the statement's themes", () => {
    const before = v(1, "Same text.", [{ text: "Keep this.", themes: ["a"] }, { text: "Drop this.", themes: [] }], ["x"]);
    const after = v(3, "Same text.", [{ text: "Keep this.", themes: ["a", "b"] }], ["y"]);
    const d = versionDiff(before, after);
    expect(d.text).toBeNull();
    expect(d.title).toBeNull();
    expect(d.proposals).toEqual([
      { number: 1, kind: "changed", textChanged: false, parts: null, themes: { added: ["b"], removed: [] } },
      { number: 2, kind: "removed", text: "Drop this." },
    ]);
    expect(d.themes).toEqual({ added: ["y"], removed: ["x"] });
    expect(isEmptyDiff(versionDiff(before, before))).toBe(true);
  });

  it("gives up word by word on a huge rewrite instead of spending the request", () => {
    const a = Array.from({ length: 6000 }, (_, i) => `alpha${i}`).join(" ");
    const b = Array.from({ length: 6000 }, (_, i) => `beta${i}`).join(" ");
    expect(wordDiff(a, b)).toBeNull();
  });
});

describe("the version staff last saw", () => {
  const versions = [v(1, "a"), v(3, "b"), v(4, "c")];
  it("is the newest snapshot at or below the version recorded at staff's last act, none before they acted", () => {
    expect(lastSeenByStaff(versions, null)).toBeNull();
    expect(lastSeenByStaff(versions, 2)?.version).toBe(1);
    expect(lastSeenByStaff(versions, 4)?.version).toBe(4);
  });
});
