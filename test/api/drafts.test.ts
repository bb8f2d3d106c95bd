import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { DraftOut, OwnSubmissionOut, SubmissionOut } from "../../worker/openapi/responses";
import { CLOSED_SEGMENT, OPEN_SEGMENT, call, count, mailbox, problem, seed, signIn, signInModerator, submissionBody, uniqueEmail } from "../helpers";

beforeAll(seed);

type DraftJson = v.InferOutput<typeof DraftOut>;

async function newDraft(cookie: string, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<DraftJson> {
  const res = await call("/api/v1/submissions", { method: "POST", cookie, headers, json: { draft: true, segment: OPEN_SEGMENT, ...fields } });
  if (res.status !== 201) throw new Error(`draft answered ${res.status}: ${await res.text()}`);
  return v.parse(DraftOut, await res.json());
}

/** Every field of a full submission, as a draft's PATCH can set them. */
function fullFields(): Record<string, unknown> {
  const { segment: _s, ...rest } = submissionBody();
  return rest;
}

describe("drafts in the API", () => {
  it("stores a draft with only its segment, answers 201 with Location, and sends no receipt", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const before = (await mailbox(email)).length;
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: { draft: true, segment: OPEN_SEGMENT } });
    expect(res.status).toBe(201);
    const draft = v.parse(DraftOut, await res.json());
    expect(res.headers.get("location")).toBe(`/api/v1/submissions/${draft.reference}`);
    expect(draft).toMatchObject({ status: "draft", version: 1, segment: { slug: OPEN_SEGMENT }, organization: null, speaker: null, title: null, text: null, language: null, proposals: [], themes: [] });
    expect((await mailbox(email)).length).toBe(before);
    const got = await call(`/api/v1/submissions/${draft.reference}`, { cookie });
    expect(v.parse(DraftOut, await got.json())).toEqual(draft);
  });

  it("keeps a partial organization and speaker and the fields given", async () => {
    const cookie = await signIn();
    const draft = await newDraft(cookie, { organization: { name: "Half Written Org" }, speaker: { role: "Director" }, title: "Work in progress", proposals: [{ text: "A first proposal written already.", themes: ["victim-protection"] }] });
    expect(draft.organization).toEqual({ name: "Half Written Org", acronym: null, country: null, type: null, website: null });
    expect(draft.speaker).toEqual({ name: null, role: "Director" });
    expect(draft.proposals).toEqual([{ number: 1, text: "A first proposal written already.", themes: ["victim-protection"] }]);
  });

  it("refuses a draft without a segment, with a field out of its limits, or with an unknown field (422 naming each)", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: { draft: true, title: "x", organization: { country: "XX" }, colour: "red" } });
    expect(res.status).toBe(422);
    const paths = (await problem(res)).errors!.map((e) => e.path).sort();
    expect(paths).toEqual(["colour", "organization.country", "segment", "title"]);
    expect(await count("SELECT count(*) AS n FROM submissions s JOIN users u ON u.id = s.owner_id WHERE s.status = 'draft' AND u.email = ?1", "none")).toBe(0);
  });

  it("refuses a draft for a closed segment but accepts \"draft\": false as a normal submission", async () => {
    const cookie = await signIn();
    const closed = await call("/api/v1/submissions", { method: "POST", cookie, json: { draft: true, segment: CLOSED_SEGMENT } });
    expect(closed.status).toBe(422);
    expect((await problem(closed)).errors![0]!.path).toBe("segment");
    const sent = await call("/api/v1/submissions", { method: "POST", cookie, json: { ...submissionBody(), draft: false } });
    expect(sent.status).toBe(201);
    expect(v.parse(SubmissionOut, await sent.json()).status).toBe("submitted");
    const wrong = await call("/api/v1/submissions", { method: "POST", cookie, json: { draft: "yes", segment: OPEN_SEGMENT } });
    expect(wrong.status).toBe(422);
    expect((await problem(wrong)).errors!.map((e) => e.path)).toContain("draft");
  });

  it("replays a draft's creation under the same Idempotency-Key and refuses the key with another body", async () => {
    const cookie = await signIn();
    const key = `draft-${crypto.randomUUID()}`;
    const first = await newDraft(cookie, { title: "Idempotent draft" }, { "idempotency-key": key });
    const again = await newDraft(cookie, { title: "Idempotent draft" }, { "idempotency-key": key });
    expect(again).toEqual(first);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE title = 'Idempotent draft'")).toBe(1);
    const other = await call("/api/v1/submissions", { method: "POST", cookie, headers: { "idempotency-key": key }, json: { draft: true, segment: OPEN_SEGMENT, title: "Another body" } });
    expect(other.status).toBe(409);
  });

  it("edits a draft with PATCH (it stays a draft) and refuses a stale version with 409", async () => {
    const cookie = await signIn();
    const draft = await newDraft(cookie);
    const res = await call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "Now with a title", organization: { name: "Only a name" } } });
    expect(res.status).toBe(200);
    const edited = v.parse(DraftOut, await res.json());
    expect(edited).toMatchObject({ status: "draft", version: 2, title: "Now with a title", organization: { name: "Only a name", country: null } });
    const stale = await call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "Lost update" } });
    expect(stale.status).toBe(409);
    await problem(stale);
  });

  it("submits a draft: 422 lists every missing field at once, then submitted with its receipt", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const draft = await newDraft(cookie, { title: "To be completed" });
    const missing = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie, json: { version: 1 } });
    expect(missing.status).toBe(422);
    const paths = (await problem(missing)).errors!.map((e) => e.path).sort();
    expect(paths).toEqual(["language", "organization.country", "organization.name", "organization.type", "speaker.name", "text"]);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND status = 'draft' AND version = 1", draft.reference)).toBe(1);

    const patched = await call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie, json: { version: 1, ...fullFields() } });
    expect(patched.status).toBe(200);
    const res = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie, json: { version: 2 } });
    expect(res.status).toBe(200);
    const submitted = v.parse(SubmissionOut, await res.json());
    expect(submitted).toMatchObject({ reference: draft.reference, status: "submitted", version: 3, title: "Proposals on victim protection" });
    const [receipt] = await mailbox(email);
    expect(receipt?.subject).toBe(`Statement received: ${draft.reference}`);
    expect(await count("SELECT count(*) AS n FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 AND e.action = 'submitted'", draft.reference)).toBe(1);
    const again = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie, json: { version: 3 } });
    expect(again.status).toBe(409);
  });

  it("submits a draft without an organization with the saved one, and a first submission saves it", async () => {
    const cookie = await signIn();
    const { organization, ...rest } = fullFields();
    const draft = await newDraft(cookie, rest);
    const missing = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie, json: { version: 1 } });
    expect((await problem(missing)).errors!.map((e) => e.path).sort()).toEqual(["organization.country", "organization.name", "organization.type"]);
    await call("/api/v1/me/organization", { method: "PUT", cookie, json: organization });
    const res = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie, json: { version: 1 } });
    expect(res.status).toBe(200);
    expect(v.parse(SubmissionOut, await res.json()).organization).toEqual(organization);

    const fresh = await signIn();
    const second = await newDraft(fresh, fullFields());
    expect((await call("/api/v1/me/organization", { cookie: fresh })).status).toBe(404);
    await call(`/api/v1/submissions/${second.reference}/submit`, { method: "POST", cookie: fresh, json: { version: 1 } });
    expect((await call("/api/v1/me/organization", { cookie: fresh })).status).toBe(200);
  });

  it("refuses to submit with a stale version (409) and keeps the draft", async () => {
    const cookie = await signIn();
    const draft = await newDraft(cookie, fullFields());
    await call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "Changed meanwhile" } });
    const res = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie, json: { version: 1 } });
    expect(res.status).toBe(409);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND status = 'draft'", draft.reference)).toBe(1);
  });

  it("refuses to submit a draft whose segment has closed since (422 on segment)", async () => {
    const cookie = await signIn();
    const draft = await newDraft(cookie, fullFields());
    // A segment closed after the draft was saved: the draft's row points to it directly.
    const slug = `closing-${crypto.randomUUID().slice(0, 8)}`;
    await env.DB.prepare(
      "INSERT INTO segments (slug, title, series, number, topics, held_on, opens_at, closes_at, created_at, updated_at) VALUES (?1, 'Closed since', '2026', 1, '[]', '2026-01-10', '2020-01-01T00:00:00Z', '2020-02-01T00:00:00Z', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
    ).bind(slug).run();
    await env.DB.prepare("UPDATE submissions SET segment_id = (SELECT id FROM segments WHERE slug = ?1) WHERE reference = ?2").bind(slug, draft.reference).run();
    const res = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie, json: { version: 1 } });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors!.map((e) => e.path)).toEqual(["segment"]);
  });

  it("withdraws a draft (even half written): 200 withdrawn, then it can no longer be edited or submitted", async () => {
    const cookie = await signIn();
    const draft = await newDraft(cookie, { title: "Abandoned" });
    const res = await call(`/api/v1/submissions/${draft.reference}/withdraw`, { method: "POST", cookie, json: { version: 1 } });
    expect(res.status).toBe(200);
    expect(v.parse(OwnSubmissionOut, await res.json())).toMatchObject({ status: "withdrawn", version: 2, title: "Abandoned" });
    const got = v.parse(OwnSubmissionOut, await (await call(`/api/v1/submissions/${draft.reference}`, { cookie })).json());
    expect(got.status).toBe("withdrawn");
    for (const [path, method, json] of [
      [`/api/v1/submissions/${draft.reference}`, "PATCH", { version: 2, title: "Back again" }],
      [`/api/v1/submissions/${draft.reference}/submit`, "POST", { version: 2 }],
      [`/api/v1/submissions/${draft.reference}/withdraw`, "POST", { version: 2 }],
    ] as const) {
      expect((await call(path, { method, cookie, json })).status, `${method} ${path}`).toBe(409);
    }
  });

  it("shows a draft to its owner only: another submitter and staff get 404 on every route", async () => {
    const cookie = await signIn();
    const draft = await newDraft(cookie, fullFields());
    for (const other of [await signIn(), await signInModerator()]) {
      expect((await call(`/api/v1/submissions/${draft.reference}`, { cookie: other })).status).toBe(404);
      expect((await call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie: other, json: { version: 1, title: "Not mine" } })).status).toBe(404);
      expect((await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie: other, json: { version: 1 } })).status).toBe(404);
      expect((await call(`/api/v1/submissions/${draft.reference}/withdraw`, { method: "POST", cookie: other, json: { version: 1 } })).status).toBe(404);
    }
    const moderator = await signInModerator();
    expect((await call(`/api/v1/moderation/submissions/${draft.reference}/history`, { cookie: moderator })).status).toBe(404);
    expect((await call(`/api/v1/moderation/submissions/${draft.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: 1 } })).status).toBe(404);
    expect((await call(`/moderation/${draft.reference}`, { cookie: moderator })).status).toBe(404);
  });

  it("never puts a draft in the moderation queue, its counts or the public archive", async () => {
    const cookie = await signIn();
    const tag = `drafttag${crypto.randomUUID().slice(0, 8)}`;
    const draft = await newDraft(cookie, { ...fullFields(), title: `Draft ${tag}` });
    const moderator = await signInModerator();
    for (const status of ["submitted", "withdrawn"]) {
      const queue = (await (await call(`/api/v1/moderation/queue?status=${status}&q=${tag}`, { cookie: moderator })).json()) as { items: { reference: string }[] };
      expect(queue.items.map((i) => i.reference)).not.toContain(draft.reference);
    }
    expect((await call(`/api/v1/moderation/queue?status=draft`, { cookie: moderator })).status).toBe(400);
    expect((await call(`/api/v1/statements/${draft.reference}`)).status).toBe(404);
    const search = (await (await call(`/api/v1/statements?q=${tag}`)).json()) as { items: unknown[] };
    expect(search.items).toEqual([]);
  });

  it("lists the owner's drafts with their submissions", async () => {
    const cookie = await signIn();
    const draft = await newDraft(cookie);
    const list = (await (await call("/api/v1/submissions", { cookie })).json()) as { items: unknown[] };
    const items = list.items.map((i) => v.parse(OwnSubmissionOut, i));
    expect(items.map((i) => i.reference)).toContain(draft.reference);
  });
});
