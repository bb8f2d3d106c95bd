import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { HistoryOut, VersionsOut } from "../../worker/openapi/paths/moderation";
import { SubmissionOut } from "../../worker/openapi/responses";
import { call, freshSubmission, LONG_TEXT, mailbox, problem, seed, signIn, signInModerator } from "../helpers";

/** Versions and re-review (API.md "Moderation"): content snapshots, changed-only history, the submitter's emails. */

let moderator: string;

beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

const fresh = (overrides: Record<string, unknown> = {}) => freshSubmission("vs", overrides);
const decide = (reference: string, json: unknown) => call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json });
const staffPatch = (reference: string, json: unknown) => call(`/api/v1/moderation/submissions/${reference}`, { method: "PATCH", cookie: moderator, json });
const ownPatch = (reference: string, cookie: string, json: unknown) => call(`/api/v1/submissions/${reference}`, { method: "PATCH", cookie, json });
const versions = async (reference: string) => v.parse(VersionsOut, await (await call(`/api/v1/moderation/submissions/${reference}/versions`, { cookie: moderator })).json()).items;
const history = async (reference: string) => v.parse(HistoryOut, await (await call(`/api/v1/moderation/submissions/${reference}/history`, { cookie: moderator })).json()).items;

describe("GET /api/v1/moderation/submissions/{reference}/versions", () => {
  it("lists every state of the content staff could see, oldest first, with who made it", async () => {
    const s = await fresh();
    const asked = v.parse(SubmissionOut, await (await decide(s.reference, { action: "request_changes", reason: "Please add a date.", version: 1 })).json());
    const text = `${LONG_TEXT} We add the date of the session.`;
    const resubmitted = v.parse(SubmissionOut, await (await ownPatch(s.reference, s.cookie, { version: asked.version, text })).json());
    expect(resubmitted.status).toBe("submitted");
    const proposals = [{ text: "Establish national referral mechanisms for all victims of trafficking.", themes: ["victim-protection"] }];
    expect((await staffPatch(s.reference, { version: resubmitted.version, proposals })).status).toBe(200);

    const items = await versions(s.reference);
    expect(items.map((i) => [i.version, i.actor.email])).toEqual([
      [1, s.email],
      [3, s.email],
      [4, "moderator@example.org"],
    ]);
    expect(items[0]).toMatchObject({ title: s.title, text: LONG_TEXT, themes: ["victim-protection"] });
    expect(items[0]!.proposals).toHaveLength(2);
    expect(items[1]!.text).toBe(text);
    expect(items[2]!.proposals).toEqual([{ number: 1, text: proposals[0]!.text, themes: ["victim-protection"] }]);
    expect(items[2]!.actor.role).toBe("moderator");
  });

  it("adds a version for a correction after publication, none for a decision alone", async () => {
    const s = await fresh();
    const pub = v.parse(SubmissionOut, await (await decide(s.reference, { action: "publish", version: 1 })).json());
    expect((await versions(s.reference)).map((i) => i.version)).toEqual([1]);
    await staffPatch(s.reference, { version: pub.version, title: `Corrected ${s.tag}`, correctionNote: "Typo in the title." });
    const items = await versions(s.reference);
    expect(items.map((i) => [i.version, i.title])).toEqual([
      [1, s.title],
      [3, `Corrected ${s.tag}`],
    ]);
  });

  it("is for staff only: 401, 403, and 404 for unknown references", async () => {
    const s = await fresh();
    expect((await problem(await call(`/api/v1/moderation/submissions/${s.reference}/versions`))).status).toBe(401);
    expect((await problem(await call(`/api/v1/moderation/submissions/${s.reference}/versions`, { cookie: s.cookie }))).status).toBe(403);
    expect((await problem(await call("/api/v1/moderation/submissions/CD-0000-0000/versions", { cookie: moderator }))).status).toBe(404);
    expect((await problem(await call("/api/v1/moderation/submissions/nope/versions", { cookie: moderator }))).status).toBe(404);
  });
});

describe("history lists only fields whose value changed", () => {
  it("records a re-tag of one proposal as that proposal's themes, not as a proposals change", async () => {
    const s = await fresh();
    const proposals = [
      { text: "Establish national referral mechanisms for victims of trafficking.", themes: ["victim-protection", "institutional-coordination"] },
      { text: "Train border officials to identify victims among migrants.", themes: ["border-management", "technology"] },
    ];
    expect((await staffPatch(s.reference, { version: 1, proposals })).status).toBe(200);
    const last = (await history(s.reference)).at(-1)!;
    expect(last.action).toBe("tagged");
    expect(last.changes).toEqual({ "proposals.2.themes": { from: ["border-management"], to: ["border-management", "technology"] } });
  });

  it("does the same for the submitter's own edit, and leaves out fields sent unchanged", async () => {
    const s = await fresh();
    const proposals = [
      { text: "Establish national referral mechanisms for victims of trafficking.", themes: ["institutional-coordination", "victim-protection"] },
      { text: "Train border officials to identify victims among migrants.", themes: [] },
    ];
    const res = await ownPatch(s.reference, s.cookie, { version: 1, proposals, title: s.title, themes: ["victim-protection"] });
    expect(res.status).toBe(200);
    const last = (await history(s.reference)).at(-1)!;
    expect(last.action).toBe("edited");
    expect(last.changes).toEqual({ "proposals.2.themes": { from: ["border-management"], to: [] } });
  });

  it("lists a decision's reason code and reason only when they change", async () => {
    const s = await fresh();
    const asked = v.parse(SubmissionOut, await (await decide(s.reference, { action: "request_changes", reason: "Add a date.", reasonCode: "other", version: 1 })).json());
    const back = v.parse(SubmissionOut, await (await ownPatch(s.reference, s.cookie, { version: asked.version, deliveredOn: "2026-01-15" })).json());
    await decide(s.reference, { action: "reject", reason: "Add a date.", reasonCode: "off-topic", version: back.version });
    const last = (await history(s.reference)).at(-1)!;
    expect(Object.keys(last.changes).sort()).toEqual(["reasonCode", "status"]);
  });
});

describe("the submitter's emails", () => {
  it("confirms a withdrawal by email", async () => {
    const s = await fresh();
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie: s.cookie, json: { version: 1 } })).status).toBe(200);
    const [mail] = await mailbox(s.email);
    expect(mail!.subject).toBe(`Statement withdrawn: ${s.reference}`);
    expect(mail!.links).toContain(`http://localhost/my/submissions/${s.reference}`);
  });

  it("confirms a resubmission by email, in the language the statement was submitted in", async () => {
    const email = `ngo-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const cookie = await signIn(email);
    const created = await call("/api/v1/submissions?lang=fr", { method: "POST", cookie, json: (await import("../helpers")).submissionBody() });
    const s = v.parse(SubmissionOut, await created.json());
    const asked = v.parse(SubmissionOut, await (await decide(s.reference, { action: "request_changes", reason: "Précisez la date.", version: 1 })).json());
    expect((await ownPatch(s.reference, cookie, { version: asked.version, deliveredOn: "2026-01-15" })).status).toBe(200);
    const [mail] = await mailbox(email);
    expect(mail!.subject).toBe(`Déclaration soumise à nouveau : ${s.reference}`);
  });

  it("sends nothing for a plain edit while submitted, and nothing when the withdrawal is refused", async () => {
    const s = await fresh();
    const before = (await mailbox(s.email)).length;
    await ownPatch(s.reference, s.cookie, { version: 1, title: `${s.title} (edited)` });
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie: s.cookie, json: { version: 1 } })).status).toBe(409);
    expect((await mailbox(s.email)).length).toBe(before);
  });
});
