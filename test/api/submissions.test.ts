import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { SubmissionOut, SubmissionPageOut } from "../../worker/openapi/responses";
import { CLOSED_SEGMENT, call, count, createSubmission, mailbox, problem, seed, signIn, signInAdmin, submissionBody, uniqueEmail } from "../helpers";

beforeAll(seed);

describe("POST /api/v1/submissions", () => {
  it("creates a submission, answers 201 with Location, and emails a receipt", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody() });
    expect(res.status).toBe(201);
    const body = v.parse(SubmissionOut, await res.json());
    expect(res.headers.get("location")).toBe(`/api/v1/submissions/${body.reference}`);
    expect(body).toMatchObject({
      status: "submitted",
      version: 1,
      segment: { slug: "demo-open-segment" },
      organization: { name: "Freedom Network Example", acronym: "FNE", country: "KE", type: "ngo", website: "https://fne.example.org" },
      proposals: [
        { number: 1, themes: ["institutional-coordination", "victim-protection"] },
        { number: 2, themes: ["border-management"] },
      ],
      publishedAt: null,
      moderation: null,
    });
    const [receipt] = await mailbox(email);
    expect(receipt?.subject).toBe(`Statement received: ${body.reference}`);
    expect(receipt?.text).toContain(body.reference);
    expect(receipt?.text).toContain("Demo: constructive dialogue open for statements");
    expect(receipt?.links).toContain(`http://localhost/my/submissions/${body.reference}`);
    expect(await count("SELECT count(*) AS n FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 AND e.action = 'submitted'", body.reference)).toBe(1);
  });

  it("needs a session (401)", async () => {
    const res = await call("/api/v1/submissions", { method: "POST", json: submissionBody() });
    expect(res.status).toBe(401);
    await problem(res);
  });

  it("lists every failing field with 422", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/submissions", {
      method: "POST",
      cookie,
      json: submissionBody({
        title: "x",
        text: "too short",
        organization: { name: "A", country: "XX", type: "club" },
        speaker: {},
        proposals: [{ text: "short" }],
        language: "English!",
        extra: 1,
      }),
    });
    expect(res.status).toBe(422);
    const paths = (await problem(res)).errors!.map((e) => e.path).sort();
    expect(paths).toEqual(["extra", "language", "organization.country", "organization.name", "organization.type", "proposals.0.text", "speaker.name", "text", "title"]);
  });

  it("words a missing, unknown or non-object field for people, not in the validator's terms", async () => {
    const cookie = await signIn();
    const { title: _title, ...body } = submissionBody({ extra: 1, speaker: {} });
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: body });
    expect((await problem(res)).errors?.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "extra", message: "This field is not part of the request: remove it." },
      { path: "speaker.name", message: "This field is required." },
      { path: "title", message: "This field is required." },
    ]);
    const list = await call("/api/v1/submissions", { method: "POST", cookie, json: "a statement" });
    expect((await problem(list)).errors).toEqual([{ path: "(body)", message: "Send a JSON object." }]);
  });

  // Text that shows as blank (controls, zero-width characters, the BOM, only spaces) is an empty field.
  const INVISIBLE = ["\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000", "\u200b\u200c\u200d\u2060\ufeff\u200b\u200c\u200d\u2060\ufeff", "\u0001\u0007\u001b\u007f\u0085\u200e\u200f\u202e\u2066\u2069", " \u00a0\u3000\t \u2028 \u3164\u115f\ufe0f\u2800", "\u00ad\u034f\u061c\u180e\u200b\u00ad\u034f\u061c\u180e\u200b"];
  const REQUIRED: [string, (s: string) => Record<string, unknown>, string][] = [
    ["title", (s) => ({ title: s }), "The title needs at least 3 characters."],
    ["text", (s) => ({ text: s.repeat(6) }), "The statement needs at least 50 characters."],
    ["organization.name", (s) => ({ organization: { name: s, country: "KE", type: "ngo" } }), "The organization's name needs at least 2 characters."],
    ["speaker.name", (s) => ({ speaker: { name: s } }), "The speaker's name needs at least 2 characters."],
    ["proposals.0.text", (s) => ({ proposals: [{ text: s, themes: [] }] }), "A proposal needs at least 10 characters."],
  ];

  it("refuses a required field made only of invisible characters with 422, like an empty one, and stores nothing", async () => {
    const cookie = await signIn();
    const before = await count("SELECT count(*) AS n FROM submissions");
    for (const [path, make, message] of REQUIRED) {
      const empty = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody(make("")) });
      expect((await problem(empty)).errors).toEqual([{ path, message }]);
      for (const s of INVISIBLE) {
        const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody(make(s)) });
        expect(res.status, `${path} ${JSON.stringify(s)}`).toBe(422);
        expect((await problem(res)).errors, `${path} ${JSON.stringify(s)}`).toEqual([{ path, message }]);
      }
    }
    expect(await count("SELECT count(*) AS n FROM submissions")).toBe(before);
  });

  it("keeps visible text exactly, invisible characters inside it included", async () => {
    const cookie = await signIn();
    const title = "Zero\u200bwidth\u200d joiner \u202etext\u202c and e\u0301";
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ title, speaker: { name: "\u200bAb\u200b" } }) });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ title, speaker: { name: "\u200bAb\u200b" } });
  });

  it("rejects a wrong type such as a numeric title with 422", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ title: 12345 }) });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors).toEqual([{ path: "title", message: "The title must be text." }]);
  });

  it("rejects more than 50 proposals, unknown themes and an unknown segment with 422", async () => {
    const cookie = await signIn();
    const many = Array.from({ length: 51 }, () => ({ text: "A proposal long enough.", themes: [] }));
    expect((await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ proposals: many }) })).status).toBe(422);
    const themes = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ themes: ["no-such-theme"] }) });
    expect((await problem(themes)).errors).toEqual([{ path: "themes.0", message: 'There is no theme "no-such-theme".' }]);
    const segment = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ segment: "no-such-segment" }) });
    expect((await problem(segment)).errors?.[0]?.path).toBe("segment");
  });

  it("refuses a closed segment to a submitter but lets staff archive earlier statements", async () => {
    const cookie = await signIn();
    const closed = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ segment: CLOSED_SEGMENT }) });
    expect(closed.status).toBe(422);
    expect((await problem(closed)).errors?.[0]).toMatchObject({ path: "segment" });
    const admin = await signInAdmin();
    const archived = await call("/api/v1/submissions", { method: "POST", cookie: admin, json: submissionBody({ segment: CLOSED_SEGMENT, deliveredOn: "2022-07-01" }) });
    expect(archived.status).toBe(201);
  });

  it("replays the first response for a retried Idempotency-Key and creates nothing more", async () => {
    const cookie = await signIn();
    const body = submissionBody({ title: "Idempotent statement" });
    const first = await call("/api/v1/submissions", { method: "POST", cookie, json: body, headers: { "idempotency-key": "retry-1" } });
    const second = await call("/api/v1/submissions", { method: "POST", cookie, json: body, headers: { "idempotency-key": "retry-1" } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(await count("SELECT count(*) AS n FROM submissions WHERE title = 'Idempotent statement'")).toBe(1);
  });

  it("answers 409 when an Idempotency-Key is reused with another body", async () => {
    const cookie = await signIn();
    await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody(), headers: { "idempotency-key": "reuse-1" } });
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ title: "Another body" }), headers: { "idempotency-key": "reuse-1" } });
    expect(res.status).toBe(409);
    await problem(res);
  });

  it("creates exactly one submission, receipt and event under concurrent retries", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const body = submissionBody({ title: "Concurrent retries" });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => call("/api/v1/submissions", { method: "POST", cookie, json: body, headers: { "idempotency-key": "concurrent-1" } })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const references = new Set(await Promise.all(results.map(async (r) => ((await r.json()) as { reference: string }).reference)));
    expect(references.size).toBe(1);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE title = 'Concurrent retries'")).toBe(1);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'receipt'", email)).toBe(1);
    expect(await count("SELECT count(*) AS n FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.title = 'Concurrent retries'")).toBe(1);
  });

  it("writes nothing when the batch fails part-way", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    // A new organization too: the batch would create its row before the failing outbox insert.
    const doomed = submissionBody({ title: "Doomed by injected failure", organization: { name: "Doomed", country: "NO", type: "ngo" } });
    await env.DB.prepare("CREATE TRIGGER test_fail_outbox BEFORE INSERT ON outbox WHEN NEW.template = 'receipt' BEGIN SELECT RAISE(ABORT, 'injected failure'); END").run();
    try {
      const res = await call("/api/v1/submissions", { method: "POST", cookie, json: doomed });
      expect(res.status).toBe(500);
      const failure = await problem(res);
      expect(failure.detail).not.toContain("injected");
    } finally {
      await env.DB.prepare("DROP TRIGGER test_fail_outbox").run();
    }
    expect(await count("SELECT count(*) AS n FROM submissions WHERE title = 'Doomed by injected failure'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM organizations WHERE name = 'Doomed'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.title = 'Doomed by injected failure'")).toBe(0);
    const retry = await call("/api/v1/submissions", { method: "POST", cookie, json: doomed });
    expect(retry.status).toBe(201);
    expect(await count("SELECT count(*) AS n FROM organizations WHERE name = 'Doomed'")).toBe(1);
  });
});

describe("GET /api/v1/submissions and /{reference}", () => {
  it("lists only the caller's own submissions, newest first, with cursors", async () => {
    const cookie = await signIn();
    const a = await createSubmission(cookie, { title: "First of mine" });
    const b = await createSubmission(cookie, { title: "Second of mine" });
    const c = await createSubmission(cookie, { title: "Third of mine" });
    await createSubmission(await signIn(), { title: "Someone else's" });
    const page1 = v.parse(SubmissionPageOut, await (await call("/api/v1/submissions?limit=2", { cookie })).json());
    expect(page1.items.map((s) => s.reference)).toEqual([c.reference, b.reference]);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = v.parse(SubmissionPageOut, await (await call(`/api/v1/submissions?limit=2&cursor=${page1.nextCursor}`, { cookie })).json());
    expect(page2.items.map((s) => s.reference)).toEqual([a.reference]);
    expect(page2.nextCursor).toBeNull();
  });

  it("takes an empty limit or cursor as absent", async () => {
    const cookie = await signIn();
    await createSubmission(cookie);
    const res = await call("/api/v1/submissions?limit=&cursor=", { cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ items: [{ status: "submitted" }], nextCursor: null });
  });

  it("answers a bad limit or cursor with 400", async () => {
    const cookie = await signIn();
    for (const q of ["limit=0", "limit=101", "limit=abc", "cursor=!!!", "cursor=eyJhIjoxfQ"]) {
      const res = await call(`/api/v1/submissions?${q}`, { cookie });
      expect(res.status, q).toBe(400);
      await problem(res);
    }
  });

  it("shows a submission to its owner and staff, 404 to anyone else", async () => {
    const owner = await signIn();
    const mine = await createSubmission(owner);
    expect((await call(`/api/v1/submissions/${mine.reference}`, { cookie: owner })).status).toBe(200);
    expect((await call(`/api/v1/submissions/${mine.reference}`, { cookie: await signInAdmin() })).status).toBe(200);
    const stranger = await call(`/api/v1/submissions/${mine.reference}`, { cookie: await signIn() });
    expect(stranger.status).toBe(404);
    await problem(stranger);
    expect((await call(`/api/v1/submissions/${mine.reference}`)).status).toBe(401);
    expect((await call("/api/v1/submissions/CD-0000-0000", { cookie: owner })).status).toBe(404);
    expect((await call("/api/v1/submissions/not-a-reference", { cookie: owner })).status).toBe(404);
  });
});

describe("PATCH /api/v1/submissions/{reference}", () => {
  it("edits with the current version, bumps it and records the change", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const res = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "A better title", proposals: [{ text: "Only one proposal now, please." }] } });
    expect(res.status).toBe(200);
    const edited = v.parse(SubmissionOut, await res.json());
    expect(edited).toMatchObject({ version: 2, title: "A better title", status: "submitted", proposals: [{ number: 1, text: "Only one proposal now, please.", themes: [] }] });
    expect(edited.text).toBe(s.text);
    const row = await env.DB.prepare("SELECT changes FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 AND e.action = 'edited'").bind(s.reference).first<{ changes: string }>();
    expect(Object.keys(JSON.parse(row!.changes)).sort()).toEqual(["proposals", "title"]);
  });

  it("refuses an edit to a title or speaker made only of invisible characters, and changes nothing", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const title = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "\u200b\u200b\u200b\u200b" } });
    expect((await problem(title)).errors).toEqual([{ path: "title", message: "The title needs at least 3 characters." }]);
    const speaker = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, speaker: { name: "\u0000\u0000\ufeff" } } });
    expect(speaker.status).toBe(422);
    expect((await problem(speaker)).errors).toEqual([{ path: "speaker.name", message: "The speaker's name needs at least 2 characters." }]);
    expect(await (await call(`/api/v1/submissions/${s.reference}`, { cookie })).json()).toMatchObject({ version: 1, title: s.title });
  });

  it("answers a stale version with 409 and changes nothing", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "Edited once" } });
    const stale = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "Edited from a stale copy" } });
    expect(stale.status).toBe(409);
    await problem(stale);
    const now = (await (await call(`/api/v1/submissions/${s.reference}`, { cookie })).json()) as { title: string; version: number };
    expect(now).toMatchObject({ title: "Edited once", version: 2 });
  });

  it("lets only one of two concurrent edits of the same version win", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const results = await Promise.all(
      ["Edit A wins?", "Edit B wins?"].map((title) => call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, title, proposals: [{ text: `${title} proposal text` }] } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const final = (await (await call(`/api/v1/submissions/${s.reference}`, { cookie })).json()) as { title: string; version: number; proposals: { text: string }[] };
    expect(final.version).toBe(2);
    expect(final.proposals).toHaveLength(1);
    expect(final.proposals[0]!.text).toBe(`${final.title} proposal text`);
  });

  it("rejects a version given as a string with 422 naming the field", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const res = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: "1", title: "Whatever title" } });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.map((e) => e.path)).toEqual(["version"]);
    const missing = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { title: "Whatever title" } });
    expect((await problem(missing)).errors?.map((e) => e.path)).toEqual(["version"]);
  });

  it("is the owner's alone: 404 for another submitter, 401 without a session", async () => {
    const s = await createSubmission(await signIn());
    expect((await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie: await signIn(), json: { version: 1, title: "Hijack attempt" } })).status).toBe(404);
    expect((await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", json: { version: 1, title: "Hijack attempt" } })).status).toBe(401);
  });

  it("answers 401 without a session before it looks at the body or the reference", async () => {
    const s = await createSubmission(await signIn());
    for (const [path, method] of [[`/api/v1/submissions/${s.reference}`, "PATCH"], [`/api/v1/submissions/${s.reference}/withdraw`, "POST"], ["/api/v1/submissions/not-a-reference", "PATCH"]] as const) {
      expect((await call(path, { method, json: {} })).status, `${method} ${path} {}`).toBe(401);
      expect((await call(path, { method, body: "version=1" })).status, `${method} ${path} form`).toBe(401);
      expect((await call(path, { method, body: "{", headers: { "content-type": "application/json" } })).status, `${method} ${path} {`).toBe(401);
    }
    expect((await call("/api/v1/submissions/not-a-reference")).status).toBe(401);
  });

  it("returns a submission with changes requested to submitted, as a resubmission", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    await env.DB.prepare("UPDATE submissions SET status = 'changes_requested', version = 2 WHERE reference = ?1").bind(s.reference).run();
    const res = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 2, text: `${s.text} Revised as requested.` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "submitted", version: 3 });
    expect(await count("SELECT count(*) AS n FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 AND e.action = 'resubmitted'", s.reference)).toBe(1);
  });

  it("refuses to edit a decided submission with 409", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    await env.DB.prepare("UPDATE submissions SET status = 'published', published_at = '2026-01-01T00:00:00Z' WHERE reference = ?1").bind(s.reference).run();
    expect((await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "Too late to edit" } })).status).toBe(409);
  });
});

describe("POST /api/v1/submissions/{reference}/withdraw", () => {
  it("withdraws, then refuses a second withdrawal and any edit with 409", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const res = await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie, json: { version: 1 } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "withdrawn", version: 2 });
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie, json: { version: 2 } })).status).toBe(409);
    expect((await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 2, title: "After withdrawal" } })).status).toBe(409);
  });

  it("needs the current version, the owner and a JSON body", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie, json: { version: 7 } })).status).toBe(409);
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie: await signIn(), json: { version: 1 } })).status).toBe(404);
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie, json: {} })).status).toBe(422);
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie, body: "version=1" })).status).toBe(415);
  });
});
