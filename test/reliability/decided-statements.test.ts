import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSubmission, postForm, seed, signIn, signInModerator, type SubmissionJson } from "../helpers";
import { LONG, refsOf, search } from "../api/archive-helpers";

beforeAll(seed);

/** Installs a trigger that aborts the statement it guards, runs `body`, and always removes it. */
async function withFailure<T>(name: string, sql: string, body: () => Promise<T>): Promise<T> {
  await env.DB.exec(`CREATE TRIGGER ${name} ${sql} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
  try {
    return await body();
  } finally {
    await env.DB.exec(`DROP TRIGGER IF EXISTS ${name};`);
  }
}

async function decide(reference: string, version: number, action: string, reason?: string): Promise<Response> {
  const moderator = await signInModerator();
  return call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json: { action, version, ...(reason ? { reason } : {}) } });
}

const eventsOf = async (reference: string) =>
  (await env.DB.prepare("SELECT e.action FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 ORDER BY e.id").bind(reference).all<{ action: string }>()).results.map((r) => r.action);

describe("a decided statement cannot be changed by its owner", () => {
  it("answers 409 to the owner's edit and withdrawal of a published statement, which stays public and indexed", async () => {
    const owner = await signIn();
    const word = `quokka${crypto.randomUUID().slice(0, 6)}`;
    const s = await createSubmission(owner, { title: `Published ${word}`, text: `${LONG} ${word}.` });
    expect((await decide(s.reference, s.version, "publish")).status).toBe(200);
    const published = (await (await call(`/api/v1/submissions/${s.reference}`, { cookie: owner })).json()) as SubmissionJson;

    const edit = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie: owner, json: { version: published.version, title: "Changed after publication" } });
    expect(edit.status).toBe(409);
    const withdraw = await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie: owner, json: { version: published.version } });
    expect(withdraw.status).toBe(409);
    // The pages answer the same way and change nothing.
    const page = await postForm(`/my/submissions/${s.reference}/withdraw`, { version: String(published.version), confirm: "yes" }, owner);
    expect(page.status).toBeGreaterThanOrEqual(400);
    expect(page.status).toBeLessThan(500);

    const publicView = await call(`/api/v1/statements/${s.reference}`);
    expect(publicView.status).toBe(200);
    expect(((await publicView.json()) as { title: string }).title).toBe(`Published ${word}`);
    expect(refsOf(await search(`q=${word}`))).toEqual([s.reference]);
    expect(await eventsOf(s.reference)).toEqual(["submitted", "published"]);
  });

  it("answers 409 to the owner's edit and withdrawal of a rejected statement, which stays out of the archive", async () => {
    const owner = await signIn();
    const word = `wombat${crypto.randomUUID().slice(0, 6)}`;
    const s = await createSubmission(owner, { title: `Rejected ${word}`, text: `${LONG} ${word}.` });
    expect((await decide(s.reference, s.version, "reject", "Off topic for this segment.")).status).toBe(200);
    const rejected = (await (await call(`/api/v1/submissions/${s.reference}`, { cookie: owner })).json()) as SubmissionJson;
    expect((await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie: owner, json: { version: rejected.version, title: "Try again" } })).status).toBe(409);
    expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie: owner, json: { version: rejected.version } })).status).toBe(409);
    expect((await call(`/api/v1/statements/${s.reference}`)).status).toBe(404);
    expect((await search(`q=${word}`)).total).toBe(0);
    expect(await eventsOf(s.reference)).toEqual(["submitted", "rejected"]);
  });
});

describe("a D1 error in the middle of a decision", () => {
  it("publishes nothing when the decision's history event fails, and the retry publishes once, searchable from then on", async () => {
    const owner = await signIn();
    const word = `numbat${crypto.randomUUID().slice(0, 6)}`;
    const s = await createSubmission(owner, { title: `Decision ${word}`, text: `${LONG} ${word}.` });
    const failed = await withFailure("trg_inject_decision", "BEFORE INSERT ON events WHEN NEW.action = 'published'", () => decide(s.reference, s.version, "publish"));
    expect(failed.status).toBe(500);
    const stored = (await (await call(`/api/v1/submissions/${s.reference}`, { cookie: owner })).json()) as SubmissionJson;
    expect(stored.status).toBe("submitted");
    expect(stored.version).toBe(s.version);
    expect((await search(`q=${word}`)).total).toBe(0);
    expect((await call(`/api/v1/statements/${s.reference}`)).status).toBe(404);
    expect(await eventsOf(s.reference)).toEqual(["submitted"]);

    const retried = await decide(s.reference, s.version, "publish");
    expect(retried.status).toBe(200);
    expect(refsOf(await search(`q=${word}`))).toEqual([s.reference]);
    expect(await eventsOf(s.reference)).toEqual(["submitted", "published"]);
  });

  it("decides every other item of a bulk decision when one item's write fails, reports that one, and its retry decides it", async () => {
    const owner = await signIn();
    const word = `bilby${crypto.randomUUID().slice(0, 6)}`;
    const items: { reference: string; version: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await createSubmission(owner, { title: `Bulk ${word} ${i}`, text: `${LONG} ${word} number ${i}.` });
      items.push({ reference: s.reference, version: s.version });
    }
    const moderator = await signInModerator();
    const bulk = (list: typeof items) => call("/api/v1/moderation/bulk-decision", { method: "POST", cookie: moderator, json: { action: "publish", items: list } });
    const victim = items[1]!;
    const failed = await withFailure(
      "trg_inject_bulk",
      `BEFORE INSERT ON events WHEN NEW.action = 'published' AND NEW.submission_id = (SELECT id FROM submissions WHERE reference = '${victim.reference}')`,
      () => bulk(items),
    );
    expect(failed.status).toBe(200);
    const { results } = (await failed.json()) as { results: { reference: string; status: number; problem?: { detail: string } }[] };
    expect(results.map((r) => r.status)).toEqual([200, 500, 200]);
    expect(results[1]!.problem!.detail).not.toMatch(/injected|SQLITE|trigger/i);
    // The failed item is untouched: not published, not searchable, no event, same version.
    expect(await eventsOf(victim.reference)).toEqual(["submitted"]);
    expect(refsOf(await search(`q=${word}`))).toEqual([items[0]!.reference, items[2]!.reference].sort());

    const retried = await bulk([victim]);
    expect(((await retried.json()) as { results: { status: number }[] }).results.map((r) => r.status)).toEqual([200]);
    expect(refsOf(await search(`q=${word}`))).toEqual(items.map((i) => i.reference).sort());
    expect(await eventsOf(victim.reference)).toEqual(["submitted", "published"]);
  });
});
