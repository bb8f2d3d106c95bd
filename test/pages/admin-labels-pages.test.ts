import { beforeAll, describe, expect, it } from "vitest";
import { arThemes } from "../../worker/seed/translations/ar-themes";
import { frThemes } from "../../worker/seed/translations/fr-themes";
import { call, latestSignInToken, postForm, seed, signInAdmin, uniqueEmail } from "../helpers";

/** /admin as a few short pages, per-language fields, missing translations; staff land on the queue. */

let admin: string;
beforeAll(async () => {
  await seed();
  admin = await signInAdmin();
});

const page = async (path: string, cookie = admin) => {
  const res = await call(path, { cookie });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

describe("/admin in short pages", () => {
  it("has an overview linking to segments, themes, staff and missing translations, each its own page", async () => {
    const overview = await page("/admin");
    for (const href of ["/admin/segments", "/admin/themes", "/admin/staff", "/admin/translations"]) expect(overview.html).toContain(`href="${href}"`);
    expect(overview.html).not.toContain('id="segments-h"');
    const segments = await page("/admin/segments");
    expect(segments.html).toContain('id="segments-h"');
    expect(segments.html).not.toContain('id="staff-h"');
    expect(segments.html).toContain('href="/admin/segments" aria-current="page"');
    expect((await page("/admin/staff")).html).toContain('id="staff-h"');
    expect((await page("/admin/themes")).html).toContain('id="themes-h"');
  });

  it("lists a new theme's missing translations until they are added", async () => {
    const slug = `labels-${crypto.randomUUID().slice(0, 6)}`;
    expect((await postForm("/admin/themes", { slug, label: "Environmental crime", description: "Crimes against the environment." }, admin)).status).toBe(303);
    const before = (await page("/admin/translations")).html;
    expect(before).toContain(`href="/admin/themes/${slug}"`);
    expect(before).toMatch(/Label: French, Spanish, Arabic, Russian(,)? and Chinese/);
    const fields: Record<string, string> = { label: "Environmental crime", description: "Crimes against the environment." };
    for (const [l, label] of Object.entries({ fr: "Criminalité environnementale", es: "Delitos ambientales", ar: "الجرائم البيئية", ru: "Экологические преступления", zh: "环境犯罪" })) {
      fields[`labels.${l}`] = label;
      fields[`descriptions.${l}`] = `${label}.`;
    }
    expect((await postForm(`/admin/themes/${slug}`, fields, admin)).status).toBe(303);
    expect((await page("/admin/translations")).html).not.toContain(`href="/admin/themes/${slug}"`);
    expect((await page(`/themes/${slug}?lang=zh`, "")).html).toContain("环境犯罪");
  });
});

describe("a label edit in one language", () => {
  it("on the theme form leaves the other languages as they were", async () => {
    const form = (await page("/admin/themes/legislation")).html;
    expect(form).toContain(`name="labels.fr"`);
    expect(form).toContain(`value="${esc(frThemes.legislation.label)}"`);
    const description = ((await (await call("/api/v1/themes")).json()) as { items: { slug: string; description: string }[] }).items.find((t) => t.slug === "legislation")!.description;
    // Leave the other languages out entirely: a field not sent is not touched.
    const sent = { label: "Legislation and criminalization", description, "labels.fr": "Lois et incriminations" };
    expect((await postForm("/admin/themes/legislation", sent, admin)).status).toBe(303);
    expect((await page("/themes/legislation?lang=fr", "")).html).toContain("Lois et incriminations");
    expect((await page("/themes/legislation?lang=ar", "")).html).toContain(esc(arThemes.legislation.label));
    expect((await page("/themes/legislation?lang=en", "")).html).toContain("Legislation and criminalization");
  });
});

describe("signing in", () => {
  it("takes staff to the moderation queue, and submitters to their submissions", async () => {
    for (const [email, landing] of [
      ["moderator@example.org", "/moderation"],
      [uniqueEmail("land"), "/my/submissions"],
    ] as const) {
      await postForm("/sign-in", { email, next: "/my/submissions" });
      const token = await latestSignInToken(email);
      const res = await postForm("/auth/verify", { token, next: "/my/submissions" });
      expect(res.status, email).toBe(303);
      expect(res.headers.get("location"), email).toBe(landing);
    }
  });

  it("still follows an explicit destination for staff", async () => {
    await postForm("/sign-in", { email: "moderator@example.org", next: "/admin" });
    const token = await latestSignInToken("moderator@example.org");
    expect((await postForm("/auth/verify", { token, next: "/statements" })).headers.get("location")).toBe("/statements");
  });
});
