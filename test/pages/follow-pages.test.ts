import { beforeAll, describe, expect, it } from "vitest";
import { call, count, mailbox, postForm, seed, signInModerator, uniqueEmail } from "../helpers";
import { confirmToken, digestsOf, publish, runScheduled } from "../api/follow-helpers";

let staff: string;
beforeAll(async () => {
  await seed();
  staff = await signInModerator();
});

const html = async (path: string) => {
  const res = await call(path);
  return { status: res.status, body: await res.text() };
};

describe("following a search from the pages", () => {
  it("offers 'Follow this search' on every results page, carrying the search's filters", async () => {
    const { body } = await html("/statements?q=trafficking&theme=victim-protection&sort=newest&cursor=");
    const link = /href="(\/subscribe\?[^"]*)"/.exec(body)?.[1]?.replace(/&amp;/g, "&");
    expect(link).toBe("/subscribe?q=trafficking&theme=victim-protection");
    expect((await html("/statements?q=zzzzqqq")).body).toContain('href="/subscribe?q=zzzzqqq"');
  });

  it("shows the followed search in words, with the email and frequency fields, in six languages", async () => {
    const { status, body } = await html("/subscribe?q=firearms&theme=firearms-control&country=FR");
    expect(status).toBe(200);
    expect(body).toContain("Words: “firearms”");
    expect(body).toContain('name="email"');
    expect(body).toMatch(/type="radio"[^>]*value="weekly"[^>]*checked/);
    expect(body).toContain('<input type="hidden" name="theme" value="firearms-control"');
    for (const [lang, heading] of [["fr", "Suivre une recherche par courriel"], ["es", "Seguir una búsqueda"], ["ar", "متابعة بحث"], ["ru", "Подписка на поиск"], ["zh", "通过电子邮件关注搜索"]]) {
      const page = await html(`/subscribe?q=firearms&lang=${lang}`);
      expect(page.body, lang).toContain(heading);
    }
    expect((await html("/subscribe?lang=ar")).body).toContain('dir="rtl"');
  });

  it("re-renders the form with errors and the values given (422), and sends nothing", async () => {
    const res = await postForm("/subscribe", { email: "not-an-address", frequency: "hourly", q: "firearms" });
    expect(res.status).toBe(422);
    const body = await res.text();
    expect(body).toContain("Give a valid email address.");
    expect(body).toContain("Choose daily or weekly.");
    expect(body).toContain('value="not-an-address"');
    expect(body).toContain("Words: “firearms”");
  });

  it("subscribes, confirms through a page whose GET changes nothing, and unsubscribes through a button", async () => {
    const email = uniqueEmail("pages");
    const q = `pg${crypto.randomUUID().slice(0, 8)}`;
    const sent = await postForm("/subscribe", { email, frequency: "daily", q, theme: ["victim-protection"] });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("Check your email");
    const token = await confirmToken(email);
    const ask = await html(`/subscribe/confirm?token=${token}`);
    expect(ask.body).toContain('action="/subscribe/confirm"');
    expect(await count("SELECT count(*) AS n FROM subscriptions WHERE email = ?1 AND status = 'active'", email)).toBe(0);
    const done = await postForm("/subscribe/confirm", { token });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("You now follow this search.");
    await publish(staff, [{ title: `Page ${q}`, themes: ["victim-protection"] }]);
    await runScheduled();
    const [digest] = await digestsOf(email);
    const link = new URL(digest!.links.find((l) => l.includes("/unsubscribe?token="))!);
    const page = await html(link.pathname + link.search);
    expect(page.body).toContain("Unsubscribe");
    expect(await count("SELECT count(*) AS n FROM subscriptions WHERE email = ?1 AND status = 'active'", email)).toBe(1);
    const out = await postForm(link.pathname + link.search, { token: link.searchParams.get("token")! });
    expect(out.status).toBe(200);
    expect(await out.text()).toContain("You are unsubscribed.");
    expect(await count("SELECT count(*) AS n FROM subscriptions WHERE email = ?1 AND status = 'active'", email)).toBe(0);
  });

  it("answers a used-up or unknown token with a 400 page, not an error", async () => {
    const bad = await postForm("/subscribe/confirm", { token: "A".repeat(43) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("This confirmation link has expired");
    expect((await postForm("/unsubscribe", { token: "<b>" })).status).toBe(400);
    expect((await html("/subscribe/confirm")).body).toContain("This page needs the link from your email.");
    expect((await mailbox(uniqueEmail())).length).toBe(0);
  });
});
