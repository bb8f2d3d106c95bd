import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOutboxStatement, type OutboxRow } from "../../worker/db/outbox";
import { addMinutes } from "../../worker/domain/time";
import { deliverDue, MAX_ATTEMPTS } from "../../worker/email/outbox";
import { call, seed, signInAdmin, signInModerator, uniqueEmail } from "../helpers";

/** /admin lists the emails past their last delivery attempt: recipient, subject, last error, attempts. */
beforeAll(seed);

const page = async (path: string, cookie: string) => {
  const res = await call(path, { cookie, headers: { accept: "text/html" } });
  return { status: res.status, html: (await res.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"') };
};
/** The "Emails not delivered" section of the page. */
const section = (html: string) => html.slice(html.indexOf('id="undelivered-h"'), html.indexOf("</section>", html.indexOf('id="undelivered-h"')));

async function enqueue(to: string, subject: string, at: string): Promise<number> {
  await insertOutboxStatement(env.DB, to, { template: "receipt", subject, html: "<p>hi</p>", text: "hi" }, at).run();
  return (await env.DB.prepare("SELECT max(id) AS id FROM outbox WHERE to_email = ?1").bind(to).first<{ id: number }>())!.id;
}

describe("emails past their last delivery attempt on /admin", () => {
  it("shows an email that failed on every attempt, with its error and attempts, and not one still being retried", async () => {
    const admin = await signInAdmin();
    expect(section((await page("/admin", admin)).html)).toContain("Every email has been delivered or is still being tried.");

    const dead = uniqueEmail("dead");
    const retrying = uniqueEmail("retrying");
    const start = "2033-01-01T00:00:00Z";
    await enqueue(dead, "Statement received: CD-DEAD-0001", start);
    await enqueue(retrying, "Statement received: CD-LIVE-0001", start);
    const failing = async (_env: Env, r: OutboxRow) => {
      if (r.toEmail === dead || r.toEmail === retrying) throw new Error(`550 5.1.1 <${r.toEmail}>: mailbox does not exist`);
    };
    // The dead address through every attempt (a day apart: past any backoff); the other only three times.
    let now = start;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      if (i === 3) await env.DB.prepare("UPDATE outbox SET next_attempt_at = '2099-01-01T00:00:00Z' WHERE to_email = ?1").bind(retrying).run();
      await deliverDue(env, failing, now);
      now = addMinutes(now, 24 * 60);
    }

    const html = section((await page("/admin", admin)).html);
    expect(html).toContain("Emails not delivered");
    expect(html).toContain(dead);
    expect(html).toContain("Statement received: CD-DEAD-0001");
    expect(html).toContain(`550 5.1.1 &lt;${dead}&gt;: mailbox does not exist`);
    expect(html).toMatch(new RegExp(`<td>${MAX_ATTEMPTS}</td>`));
    expect(html).not.toContain(retrying);
    expect(html).not.toContain("Every email has been delivered");
  });

  it("keeps the list short: the newest twenty and how many more there are, in the page's language", async () => {
    const admin = await signInAdmin();
    const before = await env.DB.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'failed' AND attempts >= ?1").bind(MAX_ATTEMPTS).first<{ n: number }>();
    const to = uniqueEmail("bulk");
    for (let i = 0; i < 22; i++) {
      const id = await enqueue(to, `Bulk ${i}`, "2034-01-01T00:00:00Z");
      await env.DB.prepare("UPDATE outbox SET status = 'failed', attempts = ?2, last_error = 'timeout' WHERE id = ?1").bind(id, MAX_ATTEMPTS).run();
    }
    const total = before!.n + 22;
    const fr = section((await page("/admin?lang=fr", admin)).html);
    expect(fr).toContain("Courriels non remis");
    expect(fr).toContain("Bulk 21");
    expect(fr).not.toContain("Bulk 1<");
    expect((fr.match(/<tr>/g) ?? []).length).toBe(21); // the header row and twenty emails
    expect(fr).toContain(`${total - 20} autres courriels non affichés`);
    // Only the overview lists them; moderators never see the page.
    expect(section((await page("/admin/segments", admin)).html)).toBe("");
    expect((await page("/admin", await signInModerator())).status).toBe(403);
  });
});
