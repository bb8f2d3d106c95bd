import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { BulkDecisionOut, HistoryOut } from "../../worker/openapi/paths/moderation";
import { call, count, mailbox, problem, seed, signIn, signInModerator, freshSubmission } from "../helpers";

let moderator: string;
beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

const fresh = (overrides: Record<string, unknown> = {}) => freshSubmission("bk", overrides);

const bulk = (json: unknown, cookie = moderator) => call("/api/v1/moderation/bulk-decision", { method: "POST", cookie, json });

describe("POST /api/v1/moderation/bulk-decision", () => {
  it("publishes several at once; each gets its own event and email", async () => {
    const subs = await Promise.all([fresh(), fresh(), fresh()]);
    const res = await bulk({ action: "publish", items: subs.map((s) => ({ reference: s.reference, version: s.version })) });
    expect(res.status).toBe(200);
    const { results } = v.parse(BulkDecisionOut, await res.json());
    expect(results.map((r) => [r.reference, r.status])).toEqual(subs.map((s) => [s.reference, 200]));
    for (const s of subs) {
      expect((await mailbox(s.email))[0]!.subject).toBe(`Statement published: ${s.reference}`);
      const history = v.parse(HistoryOut, await (await call(`/api/v1/moderation/submissions/${s.reference}/history`, { cookie: moderator })).json()).items;
      expect(history.map((e) => e.action)).toEqual(["submitted", "published"]);
    }
  });

  it("rejects several with one reason code and reason, which each submitter receives", async () => {
    const subs = await Promise.all([fresh(), fresh()]);
    const reason = "These statements repeat one campaign letter already published.";
    const res = await bulk({ action: "reject", reasonCode: "duplicate", reason, items: subs.map((s) => ({ reference: s.reference, version: 1 })) });
    const { results } = v.parse(BulkDecisionOut, await res.json());
    for (const r of results) expect(r).toMatchObject({ status: 200, submission: { status: "rejected", moderation: { reasonCode: "duplicate", reason } } });
    for (const s of subs) expect((await mailbox(s.email))[0]!.text).toContain(reason);
  });

  it("reports each item's own failure (stale version, invalid transition, unknown) and decides the rest", async () => {
    const [ok, stale, done] = await Promise.all([fresh(), fresh(), fresh()]);
    await call(`/api/v1/moderation/submissions/${done.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: 1 } });
    const res = await bulk({
      action: "publish",
      items: [
        { reference: ok.reference, version: 1 },
        { reference: stale.reference, version: 7 },
        { reference: done.reference, version: 2 },
        { reference: "CD-0000-0000", version: 1 },
        { reference: "garbage", version: 1 },
      ],
    });
    expect(res.status).toBe(200);
    const { results } = v.parse(BulkDecisionOut, await res.json());
    expect(results.map((r) => r.status)).toEqual([200, 409, 409, 404, 404]);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'decision'", stale.email)).toBe(0);
  });

  it("requires a reason to reject and validates the body with 422", async () => {
    const s = await fresh();
    const noReason = await bulk({ action: "reject", items: [{ reference: s.reference, version: 1 }] });
    expect(noReason.status).toBe(422);
    expect((await problem(noReason)).errors?.map((e) => e.path)).toEqual(["reason"]);
    const bad = await bulk({ action: "request_changes", items: [], extra: 1 });
    expect(bad.status).toBe(422);
    expect((await problem(bad)).errors?.map((e) => e.path).sort()).toEqual(["action", "extra", "items"]);
    const tooMany = await bulk({ action: "publish", items: Array.from({ length: 101 }, () => ({ reference: s.reference, version: 1 })) });
    expect(tooMany.status).toBe(422);
    expect(await count("SELECT count(*) AS n FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1", s.reference)).toBe(1);
  });

  it("answers 401 and 403 before reading the body", async () => {
    expect((await bulk({ nonsense: true }, "")).status).toBe(401);
    expect((await bulk({ nonsense: true }, await signIn())).status).toBe(403);
  });
});
