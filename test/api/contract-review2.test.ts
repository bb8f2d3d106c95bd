import { beforeAll, describe, expect, it } from "vitest";
import { call, freshSubmission, OPEN_SEGMENT, seed, signIn, signInModerator, type SubmissionJson } from "../helpers";
import { coSigner, jointStatement } from "./cosign-helpers";

/**
 * The second contract review (docs/api.md "Contract review"): sentences of API.md where the Worker
 * had drifted, one test each, each seen failing first.
 */

beforeAll(seed);

type HistoryJson = { items: { action: string; changes: Record<string, unknown> }[] };

describe("“version (integer, +1 on each change)”; history “changes maps each changed field”", () => {
  it("leaves the version, the history and the versions alone when an owner's PATCH changes nothing", async () => {
    const { email: _e, cookie, tag: _t, ...json } = await freshSubmission("noop");
    const mine = { cookie, json, reference: json.reference, title: json.title, themes: json.themes };
    const staff = await signInModerator();
    const patch = (json: Record<string, unknown>) => call(`/api/v1/submissions/${mine.reference}`, { method: "PATCH", cookie: mine.cookie, json });

    for (const body of [{ version: 1 }, { version: 1, title: mine.title, themes: [...mine.themes].reverse() }]) {
      const res = await patch(body);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(mine.json);
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

  it("keeps a draft's version when its PATCH changes nothing", async () => {
    const owner = await signIn();
    const created = await call("/api/v1/submissions", { method: "POST", cookie: owner, json: { draft: true, segment: OPEN_SEGMENT, title: "A draft to leave alone" } });
    const draft = (await created.json()) as SubmissionJson;
    const patch = (json: Record<string, unknown>) => call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie: owner, json });

    for (const body of [{ version: 1 }, { version: 1, title: draft.title, segment: OPEN_SEGMENT, coSigners: [] }]) {
      const res = await patch(body);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(draft);
    }
    const changed = (await (await patch({ version: 1, title: "A draft, edited" })).json()) as SubmissionJson;
    expect([changed.status, changed.version, changed.title]).toEqual(["draft", 2, "A draft, edited"]);
  });

  it("records a co-signer's new acronym as a change, and an address in other capitals as none", async () => {
    const partner = coSigner("Harbour Watch Collective");
    const joint = await jointStatement([partner]);
    const staff = await signInModerator();
    const patch = (json: Record<string, unknown>) => call(`/api/v1/submissions/${joint.reference}`, { method: "PATCH", cookie: joint.cookie, json });
    const history = async () => ((await (await call(`/api/v1/moderation/submissions/${joint.reference}/history`, { cookie: staff })).json()) as HistoryJson).items;

    const same = await patch({ version: 1, coSigners: [{ ...partner, email: partner.email.toUpperCase() }] });
    expect(((await same.json()) as SubmissionJson).version).toBe(1);
    expect((await history()).map((e) => e.action)).toEqual(["submitted"]);

    const renamed = await patch({ version: 1, coSigners: [{ ...partner, acronym: "HWC" }] });
    expect(((await renamed.json()) as SubmissionJson).version).toBe(2);
    const edited = (await history()).find((e) => e.action === "edited");
    expect(edited?.changes).toEqual({
      coSigners: { from: [`Harbour Watch Collective (KE) <${partner.email}>`], to: [`Harbour Watch Collective [HWC] (KE) <${partner.email}>`] },
    });
  });
});
