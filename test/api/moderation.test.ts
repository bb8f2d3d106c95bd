import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { HistoryOut, QueuePageOut } from "../../worker/openapi/paths/moderation";
import { SubmissionOut } from "../../worker/openapi/responses";
import { call, CLOSED_SEGMENT, count, createSubmission, mailbox, problem, seed, signIn, signInAdmin, signInModerator, freshSubmission } from "../helpers";

let moderator: string;
let admin: string;

beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
  admin = await signInAdmin();
});

const fresh = (overrides: Record<string, unknown> = {}) => freshSubmission("zq", overrides);

const queue = (query: string, cookie = moderator) => call(`/api/v1/moderation/queue?${query}`, { cookie });
const decide = (reference: string, json: unknown, cookie = moderator) => call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie, json });
const patch = (reference: string, json: unknown, cookie = moderator) => call(`/api/v1/moderation/submissions/${reference}`, { method: "PATCH", cookie, json });
const history = async (reference: string) => v.parse(HistoryOut, await (await call(`/api/v1/moderation/submissions/${reference}/history`, { cookie: moderator })).json()).items;

describe("GET /api/v1/moderation/queue", () => {
  it("lists submitted statements oldest first, with the submitter's email, flags and counts per status", async () => {
    const a = await fresh();
    const b = await fresh({ title: `Proposals ${a.tag} second` });
    const res = await queue(`q=${a.tag}`);
    expect(res.status).toBe(200);
    const body = v.parse(QueuePageOut, await res.json());
    expect(body.items.map((i) => i.reference)).toEqual([a.reference, b.reference]);
    expect(body.items[0]!.submitter).toEqual({ email: a.email });
    expect(body.items[0]!.flags).toEqual({ pii: [], possibleDuplicateOf: expect.any(Array) });
    expect(body.counts).toEqual({ submitted: 2, changes_requested: 0, published: 0, unpublished: 0, rejected: 0, withdrawn: 0 });
    expect(body.nextCursor).toBeNull();
  });

  it("is open to admins too", async () => {
    expect((await queue("", admin)).status).toBe(200);
  });

  it("answers 401 without a session and 403 to a submitter", async () => {
    expect((await problem(await call("/api/v1/moderation/queue"))).status).toBe(401);
    expect((await problem(await queue("", await signIn()))).status).toBe(403);
  });

  it("pages with limit and an opaque cursor", async () => {
    const a = await fresh();
    await fresh({ title: `Proposals ${a.tag} 2` });
    await fresh({ title: `Proposals ${a.tag} 3` });
    const first = v.parse(QueuePageOut, await (await queue(`q=${a.tag}&limit=2`)).json());
    expect(first.items).toHaveLength(2);
    const second = v.parse(QueuePageOut, await (await queue(`q=${a.tag}&limit=2&cursor=${first.nextCursor}`)).json());
    expect(second.items.map((i) => i.title)).toEqual([`Proposals ${a.tag} 3`]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by status, segment and theme", async () => {
    const a = await fresh({ themes: ["technology"], proposals: [{ text: "Regulate online recruitment by traffickers.", themes: ["data-research"] }] });
    expect((await decide(a.reference, { action: "request_changes", reason: "Please add a date.", version: 1 })).status).toBe(200);
    const byStatus = v.parse(QueuePageOut, await (await queue(`q=${a.tag}&status=changes_requested`)).json());
    expect(byStatus.items.map((i) => i.reference)).toEqual([a.reference]);
    expect(byStatus.counts.changes_requested).toBe(1);
    expect(byStatus.counts.submitted).toBe(0);
    for (const theme of ["technology", "data-research"]) {
      const found = v.parse(QueuePageOut, await (await queue(`q=${a.tag}&status=changes_requested&theme=${theme}`)).json());
      expect(found.items).toHaveLength(1);
    }
    expect(v.parse(QueuePageOut, await (await queue(`q=${a.tag}&status=changes_requested&theme=legislation`)).json()).items).toHaveLength(0);
    const staff = await fresh();
    const archived = await createSubmission(moderator, { segment: CLOSED_SEGMENT, title: `Archived ${staff.tag}` });
    const bySegment = v.parse(QueuePageOut, await (await queue(`segment=${CLOSED_SEGMENT}&q=${staff.tag}`)).json());
    expect(bySegment.items.map((i) => i.reference)).toEqual([archived.reference]);
  });

  it("finds by submitter email, organization and words of the text, case-insensitively", async () => {
    const a = await fresh({ text: `${"Distinguished delegates, we present our proposals on protecting victims. ".repeat(2)}Quokkaword ends it.` });
    expect(v.parse(QueuePageOut, await (await queue(`q=${encodeURIComponent(a.email.toUpperCase())}`)).json()).items.map((i) => i.reference)).toEqual([a.reference]);
    expect(v.parse(QueuePageOut, await (await queue("q=QUOKKAWORD")).json()).items.map((i) => i.reference)).toEqual([a.reference]);
  });

  it("takes API.md's query template with its empty values as absent", async () => {
    const res = await queue("status=submitted&segment=&theme=&q=&cursor=&limit=");
    expect(res.status).toBe(200);
    expect(v.parse(QueuePageOut, await res.json()).items.every((i) => i.status === "submitted")).toBe(true);
    expect((await queue("status=")).status).toBe(200);
  });

  it("answers malformed query parameters with 400", async () => {
    for (const query of ["limit=0", "limit=101", "limit=abc", "cursor=%%%", "cursor=bm90LWpzb24", "status=pending", "segment=Not%20A%20Slug", `q=${"x".repeat(201)}`]) {
      const res = await queue(query);
      expect(res.status, query).toBe(400);
      await problem(res);
    }
  });

  it("treats hostile text in q as plain text", async () => {
    for (const q of ["'; DROP TABLE submissions; --", '"unbalanced', "%_*", "\u0000"]) {
      expect((await queue(`q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
  });
});

describe("flags", () => {
  it("flags the phone numbers and addresses of the CGR letterhead as personal data", async () => {
    const { default: letterhead } = await import("../fixtures/cgr-2022-tip-statement.txt?raw");
    const a = await fresh({ text: letterhead });
    const item = v.parse(QueuePageOut, await (await queue(`q=${a.tag}`)).json()).items[0]!;
    expect(item.flags.pii).toEqual(
      expect.arrayContaining([
        { kind: "phone", value: "051-2870852" },
        { kind: "phone", value: "042-35831352" },
        { kind: "address", value: "22, Tipu Block, New Garden Town, Lahore" },
        { kind: "address", value: "#38-W, Khalid Plaza, 1st Floor, Jinnah Avenue, Blue Area, Islamabad" },
      ]),
    );
  });

  it("flags two near-identical submissions as possible duplicates of each other, and not an unrelated one", async () => {
    const campaign =
      "On behalf of our coalition we urge every Member State to criminalize all forms of trafficking, to guarantee shelters, legal aid and residence permits to victims, and to report each year on convictions and compensation paid.";
    const a = await fresh({ text: campaign });
    const b = await fresh({ text: campaign.replace("our coalition", "the network of survivors").replace("each year", "every year"), title: `Proposals ${a.tag} copy` });
    const c = await fresh({ title: `Proposals ${a.tag} other` });
    const items = v.parse(QueuePageOut, await (await queue(`q=${a.tag}`)).json()).items;
    const flagsOf = (ref: string) => items.find((i) => i.reference === ref)!.flags.possibleDuplicateOf;
    expect(flagsOf(a.reference)).toContain(b.reference);
    expect(flagsOf(b.reference)).toContain(a.reference);
    expect(flagsOf(a.reference)).not.toContain(c.reference);
    expect(flagsOf(c.reference)).not.toContain(a.reference);
  });

  it("queues a submission for its flags in the same write, and dequeues it once computed", async () => {
    const a = await fresh();
    const queued = () => count("SELECT count(*) AS n FROM submission_flag_queue q JOIN submissions s ON s.id = q.submission_id WHERE s.reference = ?1", a.reference);
    expect(await queued()).toBe(1);
    await queue(`q=${a.tag}`);
    expect(await queued()).toBe(0);
    expect(await count("SELECT count(*) AS n FROM submission_flag_bands b JOIN submissions s ON s.id = b.submission_id WHERE s.reference = ?1", a.reference)).toBe(32);
    await patch(a.reference, { version: 1, themes: ["legislation"] });
    expect(await queued()).toBe(1);
  });

  it("recomputes flags after the text changes", async () => {
    const a = await fresh();
    const text = `${"Distinguished delegates, we thank the Member States for this dialogue. ".repeat(2)}Write to us at office@ngo.example.org.`;
    expect((await patch(a.reference, { version: 1, text })).status).toBe(200);
    const item = v.parse(QueuePageOut, await (await queue(`q=${a.tag}`)).json()).items[0]!;
    expect(item.flags.pii).toEqual([{ kind: "email", value: "office@ngo.example.org" }]);
  });
});

describe("PATCH /api/v1/moderation/submissions/{reference}", () => {
  it("re-tags proposals and the statement, audited as one tagged event", async () => {
    const a = await fresh();
    const proposals = [
      { text: "Establish national referral mechanisms for victims of trafficking.", themes: ["victim-protection"] },
      { text: "Train border officials to identify victims among migrants.", themes: ["border-management", "technical-assistance"] },
    ];
    const res = await patch(a.reference, { version: 1, proposals, themes: ["human-rights"] });
    expect(res.status).toBe(200);
    const s = v.parse(SubmissionOut, await res.json());
    expect(s.version).toBe(2);
    expect(s.status).toBe("submitted");
    expect(s.proposals[1]!.themes).toEqual(["border-management", "technical-assistance"]);
    expect(s.themes).toEqual(["human-rights"]);
    const events = await history(a.reference);
    expect(events.map((e) => e.action)).toEqual(["submitted", "tagged"]);
    expect(events[1]!.actor).toEqual({ email: "moderator@example.org", role: "moderator" });
    expect(events[1]!.changes).toEqual({
      themes: { from: ["victim-protection"], to: ["human-rights"] },
      "proposals.1.themes": { from: ["institutional-coordination", "victim-protection"], to: ["victim-protection"] },
      "proposals.2.themes": { from: ["border-management"], to: ["border-management", "technical-assistance"] },
    });
  });

  it("edits title, text and segment as an edited event, and tags as a separate tagged event", async () => {
    const a = await fresh();
    const res = await patch(a.reference, { version: 1, title: "A corrected title", segment: CLOSED_SEGMENT, themes: ["legislation"] }, admin);
    expect(res.status).toBe(200);
    const events = await history(a.reference);
    expect(events.map((e) => [e.action, Object.keys(e.changes).sort()])).toEqual([
      ["submitted", ["status"]],
      ["edited", ["segment", "title"]],
      ["tagged", ["themes"]],
    ]);
    expect(events[1]!.actor.role).toBe("admin");
    expect(events[1]!.changes.segment).toEqual({ from: "demo-open-segment", to: CLOSED_SEGMENT });
  });

  it("changes nothing and adds no event when nothing differs", async () => {
    const a = await fresh();
    const s = v.parse(SubmissionOut, await (await patch(a.reference, { version: 1, title: a.title })).json());
    expect(s.version).toBe(1);
    expect((await history(a.reference)).length).toBe(1);
  });

  it("answers a stale version with 409 and changes nothing", async () => {
    const a = await fresh();
    expect((await patch(a.reference, { version: 1, title: "First edit" })).status).toBe(200);
    const res = await patch(a.reference, { version: 1, title: "Second edit" });
    expect(res.status).toBe(409);
    expect((await problem(res)).detail).toMatch(/version 2/);
    expect((await history(a.reference)).length).toBe(2);
  });

  it("refuses to edit a rejected submission with 409, and a published one without a correction note with 422", async () => {
    const a = await fresh();
    await decide(a.reference, { action: "reject", reason: "Off-topic.", version: 1 });
    expect((await patch(a.reference, { version: 2, title: "Too late" })).status).toBe(409);
    const b = await fresh();
    await decide(b.reference, { action: "publish", version: 1 });
    expect((await patch(b.reference, { version: 2, title: "Too late" })).status).toBe(422);
  });

  it("answers unknown themes, segments, fields and wrong types with 422 naming each", async () => {
    const a = await fresh();
    const res = await patch(a.reference, { version: 1, themes: ["no-such-theme"], segment: "no-such-segment" });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.map((e) => e.path).sort()).toEqual(["segment", "themes.0"]);
    const typed = await patch(a.reference, { version: "1", status: "published", title: "x" });
    expect(typed.status).toBe(422);
    expect((await problem(typed)).errors?.map((e) => e.path).sort()).toEqual(["status", "title", "version"]);
  });

  it("answers an unknown or malformed reference with 404 and bad bodies with 400/415", async () => {
    expect((await patch("CD-0000-0000", { version: 1 })).status).toBe(404);
    expect((await patch("nonsense", { version: 1 })).status).toBe(404);
    const a = await fresh();
    const raw = (body: string, type: string) => call(`/api/v1/moderation/submissions/${a.reference}`, { method: "PATCH", cookie: moderator, body, headers: { "content-type": type } });
    expect((await raw("{", "application/json")).status).toBe(400);
    expect((await raw("version=1", "application/x-www-form-urlencoded")).status).toBe(415);
  });

  it("is refused to the submitter, even on their own statement", async () => {
    const a = await fresh();
    expect((await patch(a.reference, { version: 1, title: "My own" }, a.cookie)).status).toBe(403);
    expect((await patch(a.reference, { version: 1, title: "Nobody" }, "")).status).toBe(401);
  });
});

describe("POST /api/v1/moderation/submissions/{reference}/decision", () => {
  it("publishes: status, publishedAt and decision at once, with an event and an email to the submitter", async () => {
    const a = await fresh();
    const res = await decide(a.reference, { action: "publish", version: 1 });
    expect(res.status).toBe(200);
    const s = v.parse(SubmissionOut, await res.json());
    expect(s.status).toBe("published");
    expect(s.version).toBe(2);
    expect(s.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(s.moderation).toEqual({ decision: "publish", reasonCode: null, reason: null, decidedAt: s.publishedAt });
    const [mail] = await mailbox(a.email);
    expect(mail!.subject).toBe(`Statement published: ${a.reference}`);
    // The public statement page leads; the submitter's own page follows; each address once in the text.
    expect(mail!.links).toEqual([`http://localhost/statements/${a.reference}`, `http://localhost/my/submissions/${a.reference}`]);
    expect(mail!.html).toContain(`href="http://localhost/statements/${a.reference}"`);
    expect(mail!.text).toContain(`Read it in the public archive http://localhost/statements/${a.reference}`);
    expect(mail!.text).toContain(`Your own page for this statement: http://localhost/my/submissions/${a.reference}`);
    expect(mail!.text.split(`/statements/${a.reference}`)).toHaveLength(2);
    expect(mail!.text.split(`/my/submissions/${a.reference}`)).toHaveLength(2);
    expect((await call(new URL(mail!.links[0]!).pathname)).status).toBe(200);
    const events = await history(a.reference);
    expect(events.at(-1)).toMatchObject({ action: "published", actor: { email: "moderator@example.org", role: "moderator" }, changes: { status: { from: "submitted", to: "published" } } });
    expect((await call(`/api/v1/submissions/${a.reference}`, { cookie: a.cookie }).then((r) => r.json())) as object).toMatchObject({ status: "published" });
    // Public at once, in the same batch: the archive serves it and its search index finds it.
    expect((await call(`/api/v1/statements/${a.reference}`)).status).toBe(200);
    const found = (await (await call(`/api/v1/statements?q=${a.tag}`)).json()) as { items: { reference: string }[] };
    expect(found.items.map((i) => i.reference)).toEqual([a.reference]);
  });

  it("rejects with a reason code and the reason, which reaches the submitter's mailbox", async () => {
    const a = await fresh();
    const reason = "The statement is about a different convention.";
    const s = v.parse(SubmissionOut, await (await decide(a.reference, { action: "reject", reasonCode: "off-topic", reason, version: 1 })).json());
    expect(s).toMatchObject({ status: "rejected", publishedAt: null, moderation: { decision: "reject", reasonCode: "off-topic", reason } });
    const [mail] = await mailbox(a.email);
    expect(mail!.subject).toBe(`Statement not accepted: ${a.reference}`);
    expect((await call(`/api/v1/statements/${a.reference}`)).status).toBe(404);
    expect(mail!.text).toContain(reason);
    expect((await history(a.reference)).at(-1)!.changes).toEqual({
      status: { from: "submitted", to: "rejected" },
      reasonCode: { from: null, to: "off-topic" },
      reason: { from: null, to: reason },
    });
  });

  it("requests changes; the submitter's edit resubmits it; then it can be published", async () => {
    const a = await fresh();
    const reason = "Please remove the personal phone number.";
    const s = v.parse(SubmissionOut, await (await decide(a.reference, { action: "request_changes", reasonCode: "personal-data", reason, version: 1 })).json());
    expect(s.status).toBe("changes_requested");
    expect((await mailbox(a.email))[0]!.text).toContain(reason);
    const edited = await call(`/api/v1/submissions/${a.reference}`, { method: "PATCH", cookie: a.cookie, json: { version: 2, title: "Without the number" } });
    expect(((await edited.json()) as { status: string }).status).toBe("submitted");
    expect((await decide(a.reference, { action: "publish", version: 3 })).status).toBe(200);
    expect((await history(a.reference)).map((e) => e.action)).toEqual(["submitted", "changes_requested", "resubmitted", "published"]);
  });

  it("requires a reason to reject or request changes (422)", async () => {
    const a = await fresh();
    for (const body of [{ action: "reject", version: 1 }, { action: "request_changes", reason: "   ", version: 1 }]) {
      const res = await decide(a.reference, body);
      expect(res.status).toBe(422);
      expect((await problem(res)).errors?.map((e) => e.path)).toEqual(["reason"]);
    }
  });

  it("answers unknown actions, reason codes, fields and wrong types with 422", async () => {
    const a = await fresh();
    const res = await decide(a.reference, { action: "approve", reasonCode: "spam", version: "1", extra: true });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.map((e) => e.path).sort()).toEqual(["action", "extra", "reasonCode", "version"]);
  });

  it("answers invalid transitions with 409 and sends nothing", async () => {
    const a = await fresh();
    await decide(a.reference, { action: "publish", version: 1 });
    for (const action of ["publish", "reject", "request_changes"]) {
      const res = await decide(a.reference, { action, reason: "Again.", version: 2 });
      expect(res.status, action).toBe(409);
    }
    const b = await fresh();
    await decide(b.reference, { action: "request_changes", reason: "Fix it.", version: 1 });
    // While the submitter has it (API.md: decisions are taken on `submitted` only).
    for (const action of ["publish", "reject", "request_changes"]) {
      expect((await decide(b.reference, { action, reason: "Never fixed.", version: 2 })).status, action).toBe(409);
    }
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'decision'", a.email)).toBe(1);
  });

  it("answers a stale version with 409", async () => {
    const a = await fresh();
    await patch(a.reference, { version: 1, title: "Retitled by staff" });
    const res = await decide(a.reference, { action: "publish", version: 1 });
    expect(res.status).toBe(409);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'decision'", a.email)).toBe(0);
  });

  it("lets only one of two concurrent decisions win: one event, one email", async () => {
    const a = await fresh();
    const results = await Promise.all([
      decide(a.reference, { action: "publish", version: 1 }),
      decide(a.reference, { action: "reject", reason: "No.", version: 1 }, admin),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'decision'", a.email)).toBe(1);
    expect((await history(a.reference)).length).toBe(2);
  });

  it("answers an unknown reference with 404 and refuses submitters with 403", async () => {
    expect((await decide("CD-0000-0000", { action: "publish", version: 1 })).status).toBe(404);
    const a = await fresh();
    expect((await decide(a.reference, { action: "publish", version: 1 }, a.cookie)).status).toBe(403);
    expect((await decide(a.reference, { action: "publish", version: 1 }, "")).status).toBe(401);
    expect((await call(`/api/v1/submissions/${a.reference}`, { cookie: a.cookie }).then((r) => r.json())) as object).toMatchObject({ status: "submitted" });
  });
});

describe("GET /api/v1/moderation/submissions/{reference}/history", () => {
  it("lists every change oldest first, with actor and from/to of each field", async () => {
    const a = await fresh();
    await patch(a.reference, { version: 1, themes: ["legislation"] });
    await patch(a.reference, { version: 2, text: `${"Distinguished delegates, this text was corrected by staff. ".repeat(2)}` }, admin);
    await decide(a.reference, { action: "request_changes", reason: "Add your proposals.", version: 3 });
    await call(`/api/v1/submissions/${a.reference}`, { method: "PATCH", cookie: a.cookie, json: { version: 4, title: "With proposals" } });
    await decide(a.reference, { action: "publish", version: 5 }, admin);
    const events = await history(a.reference);
    expect(events.map((e) => `${e.action}:${e.actor.role}`)).toEqual(["submitted:submitter", "tagged:moderator", "edited:admin", "changes_requested:moderator", "resubmitted:submitter", "published:admin"]);
    expect(events[0]!.actor.email).toBe(a.email);
    const times = events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(events[4]!.changes.title).toEqual({ from: a.title, to: "With proposals" });
  });

  it("is append-only in the database", async () => {
    const a = await fresh();
    await expect(env.DB.prepare("DELETE FROM events WHERE submission_id = (SELECT id FROM submissions WHERE reference = ?1)").bind(a.reference).run()).rejects.toThrow(/append-only/);
  });

  it("answers 404 for an unknown reference and 403 to the submitter", async () => {
    expect((await call("/api/v1/moderation/submissions/CD-0000-0000/history", { cookie: moderator })).status).toBe(404);
    const a = await fresh();
    expect((await call(`/api/v1/moderation/submissions/${a.reference}/history`, { cookie: a.cookie })).status).toBe(403);
  });
});
