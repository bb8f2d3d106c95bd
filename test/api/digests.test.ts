import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOutboxStatement } from "../../worker/db/outbox";
import { deliverBacklog } from "../../worker/email/outbox";
import { sendDigests } from "../../worker/jobs/digests";
import { call, count, seed, signInModerator, uniqueEmail } from "../helpers";
import { days, digestsOf, follow, publish, runScheduled } from "./follow-helpers";

let staff: string;
beforeAll(async () => {
  await seed();
  staff = await signInModerator();
});

const tag = () => `dig${crypto.randomUUID().slice(0, 8)}`;
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe("the digest job", () => {
  it("sends the statements published after confirmation that match the search, and only those", async () => {
    const email = uniqueEmail("digest");
    const q = tag();
    const [before] = await publish(staff, [{ title: `Before ${q}` }]);
    await follow(email, "weekly", { q, theme: "firearms-control" });
    const [match, otherTheme, otherWords] = await publish(staff, [
      { title: `Firearms ${q}`, themes: ["firearms-control"] },
      { title: `Victims ${q}`, themes: ["victim-protection"], proposals: [] },
      { title: "Firearms marking and tracing", themes: ["firearms-control"] },
    ]);
    const run = await runScheduled();
    expect(run.ran.find((r) => r.name === "digests")?.ok).toBe(true);
    const digests = await digestsOf(email);
    expect(digests).toHaveLength(1);
    const text = digests[0]!.text;
    expect(text).toContain(`Firearms ${q}`);
    expect(digests[0]!.links).toContain(`http://localhost/statements/${match}`);
    for (const ref of [before, otherTheme, otherWords]) expect(text).not.toContain(ref!);
    expect(digests[0]!.subject).toBe("1 new statement for your search");
  });

  it("sends nothing when nothing new matches, and nothing again when nothing more is published", async () => {
    const email = uniqueEmail("digest");
    const q = tag();
    await follow(email, "daily", { q });
    await publish(staff, [{ title: "Unrelated statement on cooperation" }]);
    await runScheduled();
    expect(await digestsOf(email)).toEqual([]);
    await publish(staff, [{ title: `Matching ${q}` }]);
    await runScheduled();
    await runScheduled();
    await runScheduled(days(2));
    expect(await digestsOf(email)).toHaveLength(1);
  });

  it("keeps to the frequency: the next daily digest a day later, the next weekly one a week later", async () => {
    const q = tag();
    const daily = uniqueEmail("daily");
    const weekly = uniqueEmail("weekly");
    await follow(daily, "daily", { q });
    await follow(weekly, "weekly", { q });
    await publish(staff, [{ title: `One ${q}` }]);
    const start = Date.now();
    await runScheduled(); // the first digest is due at once
    expect([(await digestsOf(daily)).length, (await digestsOf(weekly)).length]).toEqual([1, 1]);
    await publish(staff, [{ title: `Two ${q}` }]);
    await runScheduled(new Date(start + 3600_000)); // an hour later: neither is due
    expect([(await digestsOf(daily)).length, (await digestsOf(weekly)).length]).toEqual([1, 1]);
    await runScheduled(days(1, start));
    expect([(await digestsOf(daily)).length, (await digestsOf(weekly)).length]).toEqual([2, 1]);
    expect((await digestsOf(daily))[0]!.text).toContain(`Two ${q}`);
    await runScheduled(days(7, start));
    expect([(await digestsOf(daily)).length, (await digestsOf(weekly)).length]).toEqual([2, 2]);
    const latestWeekly = (await digestsOf(weekly))[0]!.text;
    expect(latestWeekly).toContain(`Two ${q}`);
    expect(latestWeekly).not.toContain(`One ${q}`);
  });

  it("writes the digest in the subscriber's language", async () => {
    const email = uniqueEmail("digest");
    const q = tag();
    await follow(email, "daily", { q }, { "accept-language": "ar" });
    await publish(staff, [{ title: `Arabic ${q}` }, { title: `Second ${q}` }]);
    await runScheduled();
    const [digest] = await digestsOf(email);
    expect(digest!.subject).toBe("بيانان جديدان لبحثك");
    expect(digest!.html).toContain('dir="rtl"');
    expect(digest!.text).toContain("لإلغاء الاشتراك");
  });

  it("carries List-Unsubscribe and one-click headers and an unsubscribe link (RFC 8058)", async () => {
    const email = uniqueEmail("digest");
    const q = tag();
    await follow(email, "daily", { q });
    await publish(staff, [{ title: `Headers ${q}` }]);
    await runScheduled();
    const [digest] = await digestsOf(email);
    const link = digest!.links.find((l) => l.includes("/unsubscribe?token="))!;
    expect(digest!.headers).toEqual({ "List-Unsubscribe": `<${link}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    const row = await env.DB.prepare("SELECT unsubscribe_token AS t FROM subscriptions WHERE email = ?1").bind(email).first<{ t: string }>();
    expect(tokenOf(link)).toBe(row!.t);
  });

  it("accepts the one-click POST a mail provider sends to the List-Unsubscribe URL (no session, no Origin), and sends nothing more", async () => {
    const email = uniqueEmail("digest");
    const q = tag();
    await follow(email, "daily", { q });
    await publish(staff, [{ title: `One-click ${q}` }]);
    await runScheduled();
    const [digest] = await digestsOf(email);
    const url = /^<(.+)>$/.exec(digest!.headers["List-Unsubscribe"]!)![1]!;
    const res = await call(new URL(url).pathname + new URL(url).search, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(200);
    expect(await count("SELECT count(*) AS n FROM subscriptions WHERE email = ?1 AND status = 'unsubscribed'", email)).toBe(1);
    await publish(staff, [{ title: `After ${q}` }]);
    await runScheduled(days(2));
    expect(await digestsOf(email)).toHaveLength(1);
  });

  it("still refuses a cross-site form post anywhere else, and a one-click post with a bad token", async () => {
    const forged = await call("/subscribe", { method: "POST", body: "email=a%40example.net&frequency=daily", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
    expect(forged.status).toBe(403);
    const bad = await call("/unsubscribe?token=nope", { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(bad.status).toBe(400);
  });

  it("sends nothing twice when the job is retried or two passes overlap", async () => {
    const email = uniqueEmail("digest");
    const q = tag();
    await follow(email, "daily", { q });
    await publish(staff, [{ title: `Once ${q}` }]);
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const passes = await Promise.all([sendDigests(env, at), sendDigests(env, at), sendDigests(env, at)]);
    await sendDigests(env, at); // a retry of the same run
    expect(passes.reduce((n, p) => n + p.digests, 0)).toBeGreaterThanOrEqual(1);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'digest'", email)).toBe(1);
  });

  it("works through the due subscriptions in bounded chunks and resumes on the next run", async () => {
    const q = tag();
    const emails = Array.from({ length: 7 }, () => uniqueEmail("chunk"));
    for (const email of emails) await follow(email, "daily", { q });
    await publish(staff, [{ title: `Chunked ${q}` }]);
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const limits = { chunk: 3, maxChunks: 1, budgetMs: 60_000, read: 100, shown: 20, keepDays: 14, purge: 5000 };
    const sent = () => count(`SELECT count(*) AS n FROM outbox WHERE template = 'digest' AND to_email IN (${emails.map(() => "?").join(", ")})`, ...emails);
    // Other tests' subscriptions in this database may be due too: each run takes at most one chunk of 3.
    let runs = 0;
    while ((await sent()) < 7 && runs < 20) {
      const figures = await sendDigests(env, at, limits);
      expect(figures.chunks).toBeLessThanOrEqual(1);
      expect(figures.due).toBeLessThanOrEqual(3);
      expect(figures.renders).toBeLessThanOrEqual(figures.due);
      runs++;
    }
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(await sent()).toBe(7);
  });

  it("deletes sent digests from the outbox after two weeks, and nothing else", async () => {
    const email = uniqueEmail("digest");
    const q = tag();
    await follow(email, "daily", { q });
    await publish(staff, [{ title: `Purged ${q}` }]);
    await runScheduled(); // queues and (development transport) sends it
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'digest' AND status = 'sent'", email)).toBe(1);
    await runScheduled(days(10));
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'digest'", email)).toBe(1);
    await runScheduled(days(15));
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'digest'", email)).toBe(0);
    // The confirmation email is not a digest: kept.
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1", email)).toBe(1);
  });

  it("delivers a burst in several passes of the outbox per run, not one", async () => {
    const email = uniqueEmail("burst");
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const mail = { template: "digest" as const, subject: "Burst", html: "<p>x</p>", text: "x" };
    await env.DB.batch(Array.from({ length: 120 }, () => insertOutboxStatement(env.DB, email, mail, now)));
    const result = await deliverBacklog(env, now);
    expect(result.passes).toBeGreaterThanOrEqual(3);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND status = 'sent'", email)).toBe(120);
  });
});
