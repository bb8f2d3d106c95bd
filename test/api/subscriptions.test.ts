import { env } from "cloudflare:workers";
import * as v from "valibot";
import * as res from "../../worker/openapi/responses-follow";
import { beforeAll, describe, expect, it } from "vitest";
import { call, count, mailbox, problem, seed, signInModerator, uniqueEmail } from "../helpers";
import { confirmToken, digestsOf, follow, publish, runScheduled, subscribe } from "./follow-helpers";

let staff: string;
beforeAll(async () => {
  await seed();
  staff = await signInModerator();
});

const tag = () => `sub${crypto.randomUUID().slice(0, 8)}`;

describe("POST /api/v1/subscriptions", () => {
  it("answers 202 and emails a confirmation link, and gives the very same answer for a known address", async () => {
    const email = uniqueEmail("follow");
    const first = await subscribe(email, "weekly", { q: tag() });
    expect(first.status).toBe(202);
    const firstBody = await first.text();
    const mails = await mailbox(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Confirm your subscription to new statements");
    expect(mails[0]!.links.some((l) => l.startsWith("http://localhost/subscribe/confirm?token="))).toBe(true);
    await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token: await confirmToken(email) } });
    // Known (now active) and never seen: same status, same body.
    const known = await subscribe(email, "daily", { q: tag() });
    const unknown = await subscribe(uniqueEmail("follow"), "daily", { q: tag() });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.text()).toBe(firstBody);
    expect(await unknown.text()).toBe(firstBody);
    expect(JSON.parse(firstBody)).toEqual({ status: "sent" });
    v.parse(res.SubscriptionSentOut, JSON.parse(firstBody));
  });

  it("sends nothing but the confirmation to an address that has not confirmed", async () => {
    const email = uniqueEmail("follow");
    const q = tag();
    await subscribe(email, "daily", { q });
    await publish(staff, [{ title: `Statement ${q}` }]);
    await runScheduled();
    expect(await digestsOf(email)).toEqual([]);
    expect(await mailbox(email)).toHaveLength(1);
  });

  it("accepts one value or a list per filter, and no filters at all", async () => {
    for (const filters of [{ theme: "firearms-control" }, { theme: ["firearms-control", "legislation"], country: "FR", language: ["fr"] }, {}]) {
      expect((await subscribe(uniqueEmail("follow"), "weekly", filters)).status).toBe(202);
    }
    expect((await call("/api/v1/subscriptions", { method: "POST", json: { email: uniqueEmail("follow"), frequency: "daily" } })).status).toBe(202);
  });

  it("refuses bad bodies with 422 naming each field, and writes nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM subscriptions");
    const cases: [unknown, string][] = [
      [{ frequency: "daily" }, "email"],
      [{ email: "not-an-address", frequency: "daily" }, "email"],
      [{ email: uniqueEmail(), frequency: "hourly" }, "frequency"],
      [{ email: uniqueEmail(), frequency: "daily", extra: 1 }, "extra"],
      [{ email: uniqueEmail(), frequency: "daily", filters: { organization: ["1"] } }, "filters.organization"],
      [{ email: uniqueEmail(), frequency: "daily", filters: { q: "x".repeat(501) } }, "filters.q"],
      [{ email: uniqueEmail(), frequency: "daily", filters: { theme: Array.from({ length: 21 }, (_, i) => `t${i}`) } }, "filters.theme"],
      [{ email: uniqueEmail(), frequency: "daily", filters: { country: "x".repeat(101) } }, "filters.country"],
      [{ email: uniqueEmail(), frequency: "daily", filters: { theme: 3 } }, "filters.theme"],
      [{ email: uniqueEmail(), frequency: "daily", filters: "firearms" }, "filters"],
    ];
    for (const [json, path] of cases) {
      const res = await call("/api/v1/subscriptions", { method: "POST", json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect((await problem(res)).errors?.map((e) => e.path), JSON.stringify(json)).toContain(path);
    }
    expect((await call("/api/v1/subscriptions", { method: "POST", body: "{", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await call("/api/v1/subscriptions", { method: "POST", body: "email=a", headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    expect(await count("SELECT count(*) AS n FROM subscriptions")).toBe(before);
  });

  it("caps the confirmations one inbox can be sent, answering as always", async () => {
    const email = uniqueEmail("follow");
    for (let i = 0; i < 7; i++) expect((await subscribe(email, "daily", { q: tag() })).status).toBe(202);
    expect(await mailbox(email)).toHaveLength(5);
  });

  it("writes the confirmation in the subscriber's language and keeps it for the digests", async () => {
    const email = uniqueEmail("follow");
    await subscribe(email, "weekly", { theme: "victim-protection" }, { "accept-language": "fr-FR,fr;q=0.9" });
    const [mail] = await mailbox(email);
    expect(mail!.subject).toBe("Confirmez votre abonnement aux nouvelles déclarations");
    expect(mail!.text).toContain("Thème : Protection, assistance et réintégration des victimes");
    expect(mail!.html).toContain('lang="fr"');
    const row = await env.DB.prepare("SELECT locale FROM subscriptions WHERE email = ?1").bind(email).first<{ locale: string }>();
    expect(row!.locale).toBe("fr");
  });
});

describe("POST /api/v1/subscriptions/confirm", () => {
  it("activates the subscription; a second use of the link answers 200 again and changes nothing", async () => {
    const email = uniqueEmail("follow");
    await subscribe(email, "daily", { q: "firearms", country: ["FR", "DE"] });
    const token = await confirmToken(email);
    const answer = await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token } });
    expect(answer.status).toBe(200);
    const body = await answer.json();
    expect(body).toEqual({ status: "confirmed", frequency: "daily", filters: { q: "firearms", country: ["DE", "FR"] } });
    v.parse(res.SubscriptionConfirmedOut, body);
    expect((await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token } })).status).toBe(200);
    expect(await count("SELECT count(*) AS n FROM subscriptions WHERE email = ?1 AND status = 'active'", email)).toBe(1);
  });

  it("answers 400 to unknown, malformed and hostile tokens, and 422 to a token of the wrong type", async () => {
    for (const token of ["", "x", "A".repeat(43), "../../etc/passwd", "' OR 1=1 --", "😀".repeat(30), "A".repeat(200), "%00"]) {
      const res = await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token } });
      expect(res.status, token).toBe(400);
      await problem(res);
    }
    expect((await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token: 42 } })).status).toBe(422);
    expect((await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token: "A".repeat(201) } })).status).toBe(422);
    expect((await call("/api/v1/subscriptions/confirm", { method: "POST", json: {} })).status).toBe(422);
  });

  it("refuses an expired confirmation link", async () => {
    const email = uniqueEmail("follow");
    await subscribe(email, "daily", { q: tag() });
    await env.DB.prepare("UPDATE subscriptions SET confirm_expires_at = '2020-01-01T00:00:00Z' WHERE email = ?1").bind(email).run();
    expect((await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token: await confirmToken(email) } })).status).toBe(400);
  });

  it("replaces an earlier subscription of the same address to the same search (the new frequency wins)", async () => {
    const email = uniqueEmail("follow");
    const q = tag();
    await follow(email, "weekly", { q });
    await follow(email, "daily", { q });
    const rows = await env.DB.prepare("SELECT frequency, status FROM subscriptions WHERE email = ?1 ORDER BY id").bind(email).all<{ frequency: string; status: string }>();
    expect(rows.results).toEqual([
      { frequency: "weekly", status: "unsubscribed" },
      { frequency: "daily", status: "active" },
    ]);
    await publish(staff, [{ title: `Statement ${q}` }]);
    await runScheduled();
    expect(await digestsOf(email)).toHaveLength(1);
  });
});

describe("POST /api/v1/subscriptions/unsubscribe", () => {
  it("ends the subscription: 200, again 200, and no digest afterwards", async () => {
    const email = uniqueEmail("follow");
    const q = tag();
    await follow(email, "daily", { q });
    await publish(staff, [{ title: `First ${q}` }]);
    await runScheduled();
    const [digest] = await digestsOf(email);
    const token = new URL(digest!.links.find((l) => l.includes("/unsubscribe?token="))!).searchParams.get("token")!;
    const answer = await call("/api/v1/subscriptions/unsubscribe", { method: "POST", json: { token } });
    expect(answer.status).toBe(200);
    expect(v.parse(res.UnsubscribedOut, await answer.json())).toEqual({ status: "unsubscribed" });
    expect((await call("/api/v1/subscriptions/unsubscribe", { method: "POST", json: { token } })).status).toBe(200);
    await publish(staff, [{ title: `Second ${q}` }]);
    await runScheduled(new Date(Date.now() + 8 * 24 * 3600_000));
    expect(await digestsOf(email)).toHaveLength(1);
  });

  it("answers 400 to an unknown or hostile token and 422 to a wrong body", async () => {
    for (const token of ["", "nope", "B".repeat(43), "<script>", "A".repeat(200)]) {
      const res = await call("/api/v1/subscriptions/unsubscribe", { method: "POST", json: { token } });
      expect(res.status, token).toBe(400);
      await problem(res);
    }
    expect((await call("/api/v1/subscriptions/unsubscribe", { method: "POST", json: { token: ["x"] } })).status).toBe(422);
    expect((await call("/api/v1/subscriptions/unsubscribe", { method: "POST", json: { token: "x", extra: true } })).status).toBe(422);
  });
});
