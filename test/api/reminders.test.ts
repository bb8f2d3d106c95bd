import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { sendClosingReminders } from "../../worker/jobs/reminders";
import { ORIGIN, call, count, createSubmission, mailbox, seed, signIn, signInModerator, submissionBody, uniqueEmail } from "../helpers";

beforeAll(seed);

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** A segment open now that closes `days` from now; returns its slug and closing time. */
async function closingSegment(days = 10): Promise<{ slug: string; closesAt: string; closesMs: number }> {
  const slug = `closing-${crypto.randomUUID().slice(0, 8)}`;
  const closesMs = Date.now() + days * 24 * HOUR;
  const closesAt = iso(closesMs);
  await env.DB.prepare(
    `INSERT INTO segments (slug, title, series, number, topics, held_on, opens_at, closes_at, created_at, updated_at)
     VALUES (?1, 'Reminder test segment', '2026', 7, '["firearms"]', ?2, '2020-01-01T00:00:00Z', ?3, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')`,
  ).bind(slug, closesAt.slice(0, 10), closesAt).run();
  return { slug, closesAt, closesMs };
}

const reminders = async (email: string) => (await mailbox(email)).filter((m) => m.subject.includes("statements to finish"));

async function runAt(ms: number): Promise<Response> {
  return call(`/dev/run-scheduled?at=${encodeURIComponent(iso(ms))}`, { method: "POST", headers: { origin: ORIGIN } });
}

describe("closing reminders", () => {
  it("emails each owner once, 48 hours before the close, listing their drafts and statements waiting for changes", async () => {
    const segment = await closingSegment();
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const draft = (await call("/api/v1/submissions", { method: "POST", cookie, json: { draft: true, segment: segment.slug, title: "Half done" } }).then((r) => r.json())) as { reference: string };
    const waiting = await createSubmission(cookie, { segment: segment.slug, title: "Needs a fix" });
    const moderator = await signInModerator();
    const decided = await call(`/api/v1/moderation/submissions/${waiting.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "request_changes", reason: "Please add the date.", version: 1 } });
    expect(decided.status).toBe(200);
    const submitted = await createSubmission(cookie, { segment: segment.slug, title: "Already in" });
    const before = await reminders(email);

    // Too early: 49 hours before the close.
    expect((await runAt(segment.closesMs - 49 * HOUR)).status).toBe(200);
    expect(await reminders(email)).toEqual(before);

    expect((await runAt(segment.closesMs - 47 * HOUR)).status).toBe(200);
    const after = await reminders(email);
    expect(after.length).toBe(before.length + 1);
    const mail = after[0]!;
    expect(mail.subject).toContain("Reminder test segment");
    expect(mail.text).toContain(draft.reference);
    expect(mail.text).toContain(waiting.reference);
    expect(mail.text).not.toContain(submitted.reference);
    expect(mail.text).toContain("http://localhost/my/submissions");

    // Later passes, and a retry as at the same moment, send nothing more for that segment.
    await runAt(segment.closesMs - 47 * HOUR);
    await runAt(segment.closesMs - 2 * HOUR);
    await call("/api/v1/submissions", { method: "POST", cookie, json: { draft: true, segment: segment.slug, title: "Another draft" } });
    await runAt(segment.closesMs - HOUR);
    expect((await reminders(email)).length).toBe(after.length);
  });

  it("sends one email when two passes overlap, and none for withdrawn drafts or closed segments", async () => {
    const segment = await closingSegment(12);
    const email = uniqueEmail();
    const cookie = await signIn(email);
    await call("/api/v1/submissions", { method: "POST", cookie, json: { draft: true, segment: segment.slug } });
    const at = iso(segment.closesMs - 40 * HOUR);
    const [a, b] = await Promise.all([sendClosingReminders(env, at), sendClosingReminders(env, at)]);
    expect((a.queued ?? 0) + (b.queued ?? 0)).toBe(1);
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'reminder'", email)).toBe(1);

    const other = await closingSegment(14);
    const quitter = uniqueEmail();
    const qc = await signIn(quitter);
    const d = (await call("/api/v1/submissions", { method: "POST", cookie: qc, json: { draft: true, segment: other.slug } }).then((r) => r.json())) as { reference: string };
    await call(`/api/v1/submissions/${d.reference}/withdraw`, { method: "POST", cookie: qc, json: { version: 1 } });
    await sendClosingReminders(env, iso(other.closesMs - 24 * HOUR));
    // After the close it is too late to remind.
    await sendClosingReminders(env, iso(other.closesMs + HOUR));
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1 AND template = 'reminder'", quitter)).toBe(0);
  });

  it("writes the reminder in the owner's language", async () => {
    const segment = await closingSegment(16);
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const res = await call("/api/v1/submissions?lang=fr", { method: "POST", cookie, json: { ...submissionBody({ segment: segment.slug }), draft: true }, headers: { "accept-language": "fr" } });
    expect(res.status).toBe(201);
    await sendClosingReminders(env, iso(segment.closesMs - 30 * HOUR));
    const [mail] = (await mailbox(email)).filter((m) => m.subject.includes("ferme le"));
    expect(mail?.text).toContain("C’est le seul rappel pour ce segment.");
  });
});
