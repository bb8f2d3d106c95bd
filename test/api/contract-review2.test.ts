import { beforeAll, describe, expect, it } from "vitest";
import { call, freshSubmission, seed, signInModerator, type SubmissionJson } from "../helpers";

/**
 * The second contract review (docs/api.md "Contract review"): sentences of API.md where the Worker
 * had drifted, one test each, each seen failing first.
 */

beforeAll(seed);

type HistoryJson = { items: { action: string; changes: Record<string, unknown> }[] };

describe("“version (integer, +1 on each change)”; history “changes maps each changed field”", () => {
  it("leaves the version, the history and the versions alone when an owner's PATCH changes nothing", async () => {
    const mine = await freshSubmission("noop");
    const staff = await signInModerator();
    const patch = (json: Record<string, unknown>) => call(`/api/v1/submissions/${mine.reference}`, { method: "PATCH", cookie: mine.cookie, json });

    for (const body of [{ version: 1 }, { version: 1, title: mine.title, themes: [...mine.themes].reverse() }]) {
      const res = await patch(body);
      expect(res.status).toBe(200);
      const same = (await res.json()) as SubmissionJson;
      expect(same.version).toBe(1);
      expect(same.status).toBe("submitted");
    }
    const history = (await (await call(`/api/v1/moderation/submissions/${mine.reference}/history`, { cookie: staff })).json()) as HistoryJson;
    expect(history.items.map((e) => e.action)).toEqual(["submitted"]);
    const versions = (await (await call(`/api/v1/moderation/submissions/${mine.reference}/versions`, { cookie: staff })).json()) as { items: unknown[] };
    expect(versions.items).toHaveLength(1);

    // A real change still counts once, with only what changed.
    const changed = (await (await patch({ version: 1, title: `${mine.title} (revised)` })).json()) as SubmissionJson;
    expect(changed.version).toBe(2);
    const after = (await (await call(`/api/v1/moderation/submissions/${mine.reference}/history`, { cookie: staff })).json()) as HistoryJson;
    expect(after.items.map((e) => [e.action, Object.keys(e.changes)])).toEqual([
      ["submitted", ["status"]],
      ["edited", ["title"]],
    ]);
  });
});
