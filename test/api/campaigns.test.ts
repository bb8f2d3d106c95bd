import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { CampaignDecisionOut, CampaignPageOut } from "../../worker/openapi/paths/campaigns";
import { QueuePageOut } from "../../worker/openapi/paths/moderation";
import { call, count, mailbox, problem, seed, signInAdmin, signInModerator } from "../helpers";
import { member, topicOf } from "./campaign-helpers";

let moderator: string;
beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

const queue = async (q: string) => v.parse(QueuePageOut, await (await call(`/api/v1/moderation/queue?limit=100&q=${encodeURIComponent(q)}`, { cookie: moderator })).json());
const campaigns = async (query = "") => v.parse(CampaignPageOut, await (await call(`/api/v1/moderation/campaigns?limit=100${query}`, { cookie: moderator })).json());
const decide = (id: string, body: unknown, cookie = moderator) => call(`/api/v1/moderation/campaigns/${id}/decision`, { method: "POST", cookie, json: body });

/** Stored membership agrees with the stored size of every campaign. */
async function expectConsistentSizes() {
  const { results } = await env.DB.prepare(
    "SELECT c.id, c.size, (SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id) AS n FROM campaigns c",
  ).all<{ id: string; size: number; n: number }>();
  for (const r of results) expect(r.size, r.id).toBe(r.n);
  expect(await count("SELECT count(*) AS n FROM campaigns WHERE size = 0")).toBe(0);
}

describe("campaign membership", () => {
  it("puts near-identical submissions from different organizations in one campaign, oldest as representative, and leaves an unrelated one out", async () => {
    const ducks = topicOf("ducks");
    const otters = topicOf("otters");
    const a = await member(ducks, 1);
    const b = await member(ducks, 2);
    const c = await member(ducks, 3);
    const other = await member(otters, 1, { text: "A completely different statement about judicial cooperation, extradition treaties and mutual legal assistance in cybercrime cases across regions." });
    const items = (await queue(`Letter ${ducks}`)).items;
    expect(items.map((i) => i.reference)).toEqual([a.reference, b.reference, c.reference]);
    const ids = new Set(items.map((i) => i.campaign?.id));
    expect(ids.size).toBe(1);
    expect(items[0]!.campaign).toEqual({ id: expect.stringMatching(/^CC-/), size: 3 });
    expect((await queue(`Letter ${otters}`)).items[0]!.campaign).toBeNull();
    expect(other.reference).toBeTruthy();

    const listed = (await campaigns()).items.find((x) => x.id === items[0]!.campaign!.id)!;
    expect(listed).toEqual({ id: items[0]!.campaign!.id, size: 3, organizations: 3, representative: { reference: a.reference, title: a.title }, references: [a.reference, b.reference, c.reference] });
    await expectConsistentSizes();
  });

  it("lists at most 20 possible duplicates per submission, most similar first, read from what was stored", async () => {
    const geese = topicOf("geese");
    const copies: unknown[] = [];
    for (let i = 0; i < 23; i++) copies.push(await member(geese, i));
    const items = (await queue(`Letter ${geese}`)).items;
    expect(items).toHaveLength(23);
    for (const item of items) {
      expect(item.flags.possibleDuplicateOf.length).toBeGreaterThan(0);
      expect(item.flags.possibleDuplicateOf.length).toBeLessThanOrEqual(20);
      expect(item.flags.possibleDuplicateOf).not.toContain(item.reference);
      expect(item.campaign?.size).toBe(23);
    }
    const stored = await env.DB.prepare(
      `SELECT d.similarity FROM submission_duplicates d JOIN submissions s ON s.id = d.submission_id WHERE s.reference = ?1 ORDER BY d.similarity DESC`,
    )
      .bind(items[0]!.reference)
      .all<{ similarity: number }>();
    expect(stored.results.length).toBeLessThanOrEqual(20);
    expect(stored.results.length).toBe(items[0]!.flags.possibleDuplicateOf.length);
  });

  it("keeps one campaign and exact sizes under concurrent arrivals, withdrawals and queue reads", async () => {
    const herons = topicOf("herons");
    const first = await member(herons, 0);
    const second = await member(herons, 1);
    await queue(`Letter ${herons}`);
    const campaignId = (await queue(`Letter ${herons}`)).items[0]!.campaign!.id;
    // Arrivals, a withdrawal and several reads of the queue, all at once.
    const arrivals = Array.from({ length: 6 }, (_, i) => member(herons, i + 2));
    const reads = Array.from({ length: 4 }, () => call(`/api/v1/moderation/queue?q=${herons}`, { cookie: moderator }));
    const withdrawn = call(`/api/v1/submissions/${second.reference}/withdraw`, { method: "POST", cookie: second.cookie, json: { version: second.version } });
    const [arrived, , w] = await Promise.all([Promise.all(arrivals), Promise.all(reads), withdrawn]);
    expect(w.status).toBe(200);
    const items = (await queue(`Letter ${herons}`)).items;
    expect(items.map((i) => i.reference).sort()).toEqual([first.reference, ...arrived.map((a) => a.reference)].sort());
    for (const item of items) expect(item.campaign).toEqual({ id: campaignId, size: 7 });
    const leaver = (await queue(second.reference)).items;
    expect(leaver).toHaveLength(0);
    expect(await count("SELECT count(*) AS n FROM campaign_members m JOIN submissions s ON s.id = m.submission_id WHERE s.reference = ?1", second.reference)).toBe(0);
    await expectConsistentSizes();
  });

  it("moves a submission out when an edit makes its text unlike the others, keeping the campaign's id for the rest", async () => {
    const swans = topicOf("swans");
    const a = await member(swans, 1);
    const b = await member(swans, 2);
    const c = await member(swans, 3);
    const before = (await queue(`Letter ${swans}`)).items;
    const id = before[0]!.campaign!.id;
    const patched = await call(`/api/v1/moderation/submissions/${a.reference}`, {
      method: "PATCH",
      cookie: moderator,
      json: { version: a.version, text: "Our own statement instead: the protocol on firearms needs national marking registries, tracing cooperation and export licensing controls." },
    });
    expect(patched.status).toBe(200);
    const after = (await queue(`Letter ${swans}`)).items;
    expect(after.find((i) => i.reference === a.reference)!.campaign).toBeNull();
    expect(after.find((i) => i.reference === b.reference)!.campaign).toEqual({ id, size: 2 });
    expect(after.find((i) => i.reference === c.reference)!.flags.possibleDuplicateOf).not.toContain(a.reference);
    // The representative was the one who left: the next oldest takes over.
    expect((await campaigns()).items.find((x) => x.id === id)!.representative.reference).toBe(b.reference);
    await expectConsistentSizes();
  });

  it("ends a campaign when its last member leaves", async () => {
    const cranes = topicOf("cranes");
    const a = await member(cranes, 1);
    const b = await member(cranes, 2);
    const id = (await queue(`Letter ${cranes}`)).items[0]!.campaign!.id;
    for (const s of [a, b]) expect((await call(`/api/v1/submissions/${s.reference}/withdraw`, { method: "POST", cookie: s.cookie, json: { version: s.version } })).status).toBe(200);
    await queue(`Letter ${cranes}`);
    expect(await count("SELECT count(*) AS n FROM campaigns WHERE id = ?1", id)).toBe(0);
    expect((await decide(id, { action: "publish" })).status).toBe(404);
  });
});

describe("the flags job", () => {
  it("clusters new arrivals on the scheduled run, without anyone opening the queue", async () => {
    const auks = topicOf("auks");
    const a = await member(auks, 1);
    const b = await member(auks, 2);
    const inCampaign = "SELECT count(*) AS n FROM campaign_members m JOIN submissions s ON s.id = m.submission_id WHERE s.reference IN (?1, ?2)";
    const ran = await call("/dev/run-scheduled", { method: "POST", headers: { origin: "http://localhost" } });
    expect(ran.status).toBe(200);
    expect(((await ran.json()) as { ran: { name: string; ok: boolean }[] }).ran).toContainEqual(expect.objectContaining({ name: "flags", ok: true }));
    expect(await count(inCampaign, a.reference, b.reference)).toBe(2);
    expect(await count("SELECT count(*) AS n FROM submission_flag_queue")).toBe(0);
  });
});

describe("POST /api/v1/moderation/campaigns/{id}/decision", () => {
  it("publishes every member still submitted, each with its own event and email, and skips the others", async () => {
    const pelicans = topicOf("pelicans");
    const members: Awaited<ReturnType<typeof member>>[] = [];
    for (let i = 0; i < 9; i++) members.push(await member(pelicans, i));
    const id = (await queue(`Letter ${pelicans}`)).items[0]!.campaign!.id;
    // One member is rejected on its own first.
    const lone = members[4]!;
    const rejected = await call(`/api/v1/moderation/submissions/${lone.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "reject", reason: "Sent twice", version: lone.version } });
    expect(rejected.status).toBe(200);

    const res = await decide(id, { action: "publish", reasonCode: null });
    expect(res.status).toBe(200);
    const body = v.parse(CampaignDecisionOut, await res.json());
    expect(body).toEqual({ decided: 8, skipped: [{ reference: lone.reference, status: "rejected" }] });
    for (const m of members) {
      const history = (await (await call(`/api/v1/moderation/submissions/${m.reference}/history`, { cookie: moderator })).json()) as { items: { action: string; changes: Record<string, unknown> }[] };
      const decisions = history.items.filter((e) => e.action === "published" || e.action === "rejected");
      expect(decisions).toHaveLength(1);
      const mails = (await mailbox(m.email)).filter((x) => /published|not accepted/i.test(x.subject));
      expect(mails, m.reference).toHaveLength(1);
      if (m !== lone) {
        expect(decisions[0]!.changes.status).toEqual({ from: "submitted", to: "published" });
        expect(mails[0]!.text).toContain(m.reference);
        expect(mails[0]!.html).toContain(m.title);
      }
    }
    // Published members are in the public archive at once.
    const pub = (await (await call(`/api/v1/statements?q=${pelicans}&limit=100`)).json()) as { total: number };
    expect(pub.total).toBe(8);
    // … and in the vocabulary behind "Did you mean" (each published letter names the topic word).
    expect(await count("SELECT doc AS n FROM statements_words_vocab WHERE term = ?1", pelicans.toLowerCase())).toBe(8);
    // A second call finds nothing left to decide.
    const again = v.parse(CampaignDecisionOut, await (await decide(id, { action: "publish" })).json());
    expect(again.decided).toBe(0);
    expect(again.skipped).toHaveLength(9);
  });

  it("decides nothing twice when a call fails part-way and is repeated", async () => {
    const ibises = topicOf("ibises");
    const members: Awaited<ReturnType<typeof member>>[] = [];
    for (let i = 0; i < 10; i++) members.push(await member(ibises, i));
    const id = (await queue(`Letter ${ibises}`)).items[0]!.campaign!.id;
    // Chunks are of 4 in tests (CAMPAIGN_DECISION_CHUNK): the third chunk's history events fail.
    const before = await count("SELECT count(*) AS n FROM events WHERE action = 'changes_requested'");
    await env.DB.exec(
      `CREATE TRIGGER trg_inject_campaign BEFORE INSERT ON events WHEN NEW.action = 'changes_requested' AND (SELECT count(*) FROM events WHERE action = 'changes_requested') >= ${before + 8} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`,
    );
    let failed: Response;
    try {
      failed = await decide(id, { action: "request_changes", reason: "Please add your own proposals." });
    } finally {
      await env.DB.exec("DROP TRIGGER trg_inject_campaign");
    }
    expect(failed.status).toBeGreaterThanOrEqual(500);
    const statuses = async () => (await Promise.all(members.map((m) => env.DB.prepare("SELECT status FROM submissions WHERE reference = ?1").bind(m.reference).first<{ status: string }>()))).map((r) => r!.status);
    expect((await statuses()).filter((s) => s === "changes_requested")).toHaveLength(8);

    const retried = v.parse(CampaignDecisionOut, await (await decide(id, { action: "request_changes", reason: "Please add your own proposals." })).json());
    expect(retried.decided).toBe(2);
    expect(retried.skipped.map((s) => s.status)).toEqual(Array(8).fill("changes_requested"));
    expect(await statuses()).toEqual(Array(10).fill("changes_requested"));
    for (const m of members) {
      expect(await count("SELECT count(*) AS n FROM events e JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 AND e.action = 'changes_requested'", m.reference)).toBe(1);
      expect(await count("SELECT count(*) AS n FROM outbox o JOIN submissions s ON s.id = o.submission_id WHERE s.reference = ?1 AND o.template = 'decision'", m.reference)).toBe(1);
    }
  });

  it("answers 422 without a reason to reject, 404 for an unknown campaign, 401 and 403 to others", async () => {
    const storks = topicOf("storks");
    const a = await member(storks, 1);
    await member(storks, 2);
    const id = (await queue(`Letter ${storks}`)).items[0]!.campaign!.id;
    const missing = await decide(id, { action: "reject" });
    expect(missing.status).toBe(422);
    expect((await problem(missing)).errors?.map((e) => e.path)).toEqual(["reason"]);
    expect((await decide(id, { action: "publish", extra: 1 })).status).toBe(422);
    expect((await decide(id, { action: "archive" })).status).toBe(422);
    expect((await decide("CC-0000-0000", { action: "publish" })).status).toBe(404);
    expect((await decide("not-a-campaign", { action: "publish" })).status).toBe(404);
    expect((await call(`/api/v1/moderation/campaigns/${id}/decision`, { method: "POST", json: { action: "publish" } })).status).toBe(401);
    expect((await decide(id, { action: "publish" }, a.cookie)).status).toBe(403);
    expect((await decide(id, { action: "publish" }, await signInAdmin())).status).toBe(200);
  });
});

describe("GET /api/v1/moderation/campaigns", () => {
  it("lists campaigns largest first with a working cursor, and rejects malformed parameters", async () => {
    const rails = topicOf("rails");
    const coots = topicOf("coots");
    for (let i = 0; i < 3; i++) await member(rails, i);
    for (let i = 0; i < 2; i++) await member(coots, i);
    const all = await campaigns();
    const sizes = all.items.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    const first = v.parse(CampaignPageOut, await (await call("/api/v1/moderation/campaigns?limit=1", { cookie: moderator })).json());
    expect(first.items).toHaveLength(1);
    const second = v.parse(CampaignPageOut, await (await call(`/api/v1/moderation/campaigns?limit=1&cursor=${first.nextCursor}`, { cookie: moderator })).json());
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(second.items[0]!.size).toBeLessThanOrEqual(first.items[0]!.size);
    for (const bad of ["status=nope", "limit=0", "limit=101", "cursor=%%%"]) expect((await call(`/api/v1/moderation/campaigns?${bad}`, { cookie: moderator })).status, bad).toBe(400);
    expect((await call("/api/v1/moderation/campaigns")).status).toBe(401);
  });
});
