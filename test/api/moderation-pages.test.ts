import { beforeAll, describe, expect, it } from "vitest";
import { call, mailbox, postForm, seed, signIn, signInAdmin, signInModerator, freshSubmission, uniqueEmail } from "../helpers";

/** The staff pages (/moderation, /moderation/{reference}, /admin) and their form posts, without JavaScript. */

let moderator: string;
let admin: string;
beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
  admin = await signInAdmin();
});

const fresh = (overrides: Record<string, unknown> = {}) => freshSubmission("pg", overrides);

const page = async (path: string, cookie = moderator) => {
  const res = await call(path, { cookie });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const api = async (reference: string) => (await call(`/api/v1/submissions/${reference}`, { cookie: moderator })).json() as Promise<Record<string, unknown>>;

describe("who may see the staff pages", () => {
  const cases: [string, "moderator" | "admin"][] = [
    ["/moderation", "moderator"],
    ["/moderation/CD-CGR2-2022", "moderator"],
    ["/admin", "admin"],
    ["/admin/segments/2022-4-trafficking-in-persons", "admin"],
    ["/admin/themes/technology", "admin"],
  ];
  for (const [path, least] of cases) {
    it(`${path}: sign-in for visitors, 403 for submitters${least === "admin" ? " and moderators" : ""}, shown to ${least}s`, async () => {
      const anonymous = await page(path, "");
      expect(anonymous.status).toBe(303);
      expect(anonymous.location).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
      expect((await page(path, await signIn())).status).toBe(403);
      expect((await page(path, moderator)).status).toBe(least === "moderator" ? 200 : 403);
      expect((await page(path, admin)).status).toBe(200);
    });
  }

  it("refuses form posts from submitters with 403 and changes nothing", async () => {
    const s = await fresh();
    const res = await postForm(`/moderation/${s.reference}/decision`, { version: "1", action: "publish" }, s.cookie);
    expect(res.status).toBe(403);
    expect((await api(s.reference)).status).toBe("submitted");
    expect((await postForm("/admin/themes", { slug: "sneaky", label: "Sneaky" }, moderator)).status).toBe(403);
  });
});

describe("/moderation (queue)", () => {
  it("shows the filters, counts per status, flags and a checkbox per row", async () => {
    const { default: letterhead } = await import("../fixtures/cgr-2022-tip-statement.txt?raw");
    const s = await fresh({ text: letterhead });
    const { status, html } = await page(`/moderation?q=${s.tag}`);
    expect(status).toBe(200);
    expect(html).toContain('<form method="get" action="/moderation"');
    expect(html).toMatch(/<label for="f-status">Status<\/label>/);
    expect(html).toContain("Submitted — awaiting review (1)");
    expect(html).toContain(`<a href="/moderation/${s.reference}" class="reference">`);
    expect(html).toContain(`value="${s.reference}:1"`);
    expect(html).toContain(`aria-label="Select ${s.reference}"`);
    expect(html).toContain("Personal data: 5");
    expect(html).not.toMatch(/tabindex="[1-9]/);
  });

  it("keeps working with malformed filters instead of failing", async () => {
    expect((await page("/moderation?status=nope&limit=abc&cursor=%%%&segment=NOT%20A%20SLUG")).status).toBe(200);
  });

  it("applies one decision to the selected rows; each submitter is emailed", async () => {
    const [a, b] = await Promise.all([fresh(), fresh()]);
    const res = await postForm("/moderation/bulk?status=submitted", { item: [`${a.reference}:1`, `${b.reference}:1`], action: "reject", reasonCode: "off-topic", reason: "Not about the Convention." }, moderator);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("done=2&failed=0");
    for (const s of [a, b]) {
      expect(await api(s.reference)).toMatchObject({ status: "rejected", moderation: { reasonCode: "off-topic", reason: "Not about the Convention." } });
      expect((await mailbox(s.email))[0]!.text).toContain("Not about the Convention.");
    }
    expect((await page(res.headers.get("location")!)).html).toContain("2 decided. 0 could not be decided");
  });

  it("re-renders the bulk form with errors and the choices kept", async () => {
    const a = await fresh();
    const noReason = await postForm(`/moderation/bulk?q=${a.tag}`, { item: `${a.reference}:1`, action: "reject", reasonCode: "abusive", reason: "" }, moderator);
    expect(noReason.status).toBe(422);
    const html = await noReason.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toMatch(new RegExp(`value="${a.reference}:1"[^>]*checked`));
    expect(html).toMatch(/<option value="abusive" selected/);
    const none = await postForm(`/moderation/bulk?q=${a.tag}`, { action: "publish" }, moderator);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain("Select at least one submission.");
  });
});

describe("/moderation/{reference} (review)", () => {
  it("shows the statement, flags with links to possible duplicates, theme checkboxes, decision form and history", async () => {
    const text = "We, the undersigned survivors' associations, urge every Member State to adopt a national action plan, fund shelters and give victims residence permits. Contact: +44 20 7946 0958.";
    const a = await fresh({ text });
    const b = await fresh({ text });
    const { status, html } = await page(`/moderation/${b.reference}`);
    expect(status).toBe(200);
    expect(html).toContain("+44 20 7946 0958");
    expect(html).toContain(`<a href="/moderation/${a.reference}" class="reference">${a.reference}</a>`);
    expect(html).toMatch(/name="proposals.0.themes" value="victim-protection" checked/);
    expect(html).toMatch(/name="proposals.1.themes" value="border-management" checked/);
    expect(html).toContain('<input type="hidden" name="version" value="1"');
    expect(html).toContain('name="action" value="request_changes"');
    expect(html).toContain('<option value="not-ngo">Not a non-governmental stakeholder</option>');
    expect(html).toMatch(/<h2 id="history-h">History<\/h2>/);
    expect(html).toContain(b.email);
  });

  it("answers unknown and malformed references with 404", async () => {
    expect((await page("/moderation/CD-0000-0000")).status).toBe(404);
    expect((await page("/moderation/<script>")).status).toBe(404);
    expect((await postForm("/moderation/CD-0000-0000/decision", { version: "1", action: "publish" }, moderator)).status).toBe(404);
  });

  it("saves re-tagged proposals and an edited title, recorded in the history", async () => {
    const s = await fresh();
    const res = await postForm(
      `/moderation/${s.reference}/edit`,
      {
        version: "1",
        segment: s.segment.slug,
        title: "A clearer title",
        text: s.text,
        "proposals.0.text": s.proposals[0]!.text,
        "proposals.0.themes": ["victim-protection", "human-rights"],
        "proposals.1.text": s.proposals[1]!.text,
        "proposals.1.themes": "border-management",
        themes: "victim-protection",
      },
      moderator,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/moderation/${s.reference}?notice=saved`);
    const after = (await api(s.reference)) as { title: string; proposals: { themes: string[] }[] };
    expect(after.title).toBe("A clearer title");
    expect(after.proposals[0]!.themes).toEqual(["human-rights", "victim-protection"]);
    const { html } = await page(res.headers.get("location")!);
    expect(html).toContain("Your edits were saved.");
    expect(html).toContain("Tagged");
    expect(html).toContain("Title: Statement pg");
  });

  it("re-tagging a statement with paragraphs records no text edit, though browsers post the textarea with CRLF", async () => {
    const s = await fresh({ text: "Distinguished delegates,\n\nwe present our proposals on the protection of victims of trafficking.\n\nThank you." });
    const res = await postForm(
      `/moderation/${s.reference}/edit`,
      {
        version: "1",
        segment: s.segment.slug,
        title: s.title,
        text: s.text.replace(/\n/g, "\r\n"),
        "proposals.0.text": s.proposals[0]!.text,
        "proposals.0.themes": ["victim-protection"],
        "proposals.1.text": s.proposals[1]!.text,
        themes: "human-rights",
      },
      moderator,
    );
    expect(res.status).toBe(303);
    const after = (await api(s.reference)) as { text: string };
    expect(after.text).toBe(s.text);
    const history = (await (await call(`/api/v1/moderation/submissions/${s.reference}/history`, { cookie: moderator })).json()) as { items: { action: string; changes: Record<string, unknown> }[] };
    expect(history.items.map((i) => i.action)).not.toContain("edited");
    expect(history.items.flatMap((i) => Object.keys(i.changes))).not.toContain("text");
  });

  it("re-renders the edit form with errors and the typed values", async () => {
    const s = await fresh();
    const res = await postForm(`/moderation/${s.reference}/edit`, { version: "1", segment: s.segment.slug, title: "x", text: s.text, themes: "no-such-theme" }, moderator);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("The title needs at least 3 characters.");
    expect(html).toMatch(/id="f-title"[^>]*value="x"/);
  });

  it("publishes from the decision form and moves on to the next statement waiting", async () => {
    const s = await fresh();
    await fresh();
    const res = await postForm(`/moderation/${s.reference}/decision`, { version: "1", action: "publish", reasonCode: "", reason: "" }, moderator);
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toMatch(new RegExp(`^/moderation(/CD-[0-9A-Z-]+)?\\?decided=${s.reference}$`));
    expect((await page(location)).html).toContain(`${s.reference} is now: Published.`);
    expect((await api(s.reference)).status).toBe("published");
    expect((await mailbox(s.email))[0]!.subject).toBe(`Statement published: ${s.reference}`);
  });

  it("asks for a reason to request changes, keeping the choices", async () => {
    const s = await fresh();
    const res = await postForm(`/moderation/${s.reference}/decision`, { version: "1", action: "request_changes", reasonCode: "personal-data", reason: "" }, moderator);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Give the reason the submitter will read.");
    expect(html).toMatch(/value="request_changes" checked/);
    expect(html).toMatch(/<option value="personal-data" selected/);
  });

  it("offers no decision while the submitter has the statement back for changes, and still allows tags", async () => {
    const s = await fresh();
    const asked = await call(`/api/v1/moderation/submissions/${s.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "request_changes", reason: "Please shorten it.", version: 1 } });
    expect(asked.status).toBe(200);
    const { html } = await page(`/moderation/${s.reference}`);
    expect(html).toContain("A decision can be taken once it is submitted again.");
    expect(html).not.toContain('name="action"');
    expect(html).toContain(`action="/moderation/${s.reference}/edit"`);
    const refused = await postForm(`/moderation/${s.reference}/decision`, { version: "2", action: "reject", reasonCode: "other", reason: "Never fixed." }, moderator);
    expect(refused.status).toBe(409);
    expect((await api(s.reference)).status).toBe("changes_requested");
  });

  it("explains a version conflict and shows the current version", async () => {
    const s = await fresh();
    await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie: s.cookie, json: { version: 1, title: "Changed by the submitter" } });
    const res = await postForm(`/moderation/${s.reference}/decision`, { version: "1", action: "publish" }, moderator);
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain("Someone changed this statement since you opened it.");
    expect(html).toContain('<input type="hidden" name="version" value="2"');
    expect((await api(s.reference)).status).toBe("submitted");
  });
});

describe("/admin", () => {
  it("creates a segment from the form (window in UTC) and edits its window", async () => {
    const slug = `page-seg-${crypto.randomUUID().slice(0, 6)}`;
    const res = await postForm("/admin/segments", { slug, title: "Page-made segment", series: "2031", number: "2", topics: ["firearms", "technical-assistance"], heldOn: "2031-05-01", opensAt: "2031-03-01T09:00", closesAt: "2031-04-30T18:00" }, admin);
    expect(res.status).toBe(303);
    const segment = await (await call(`/api/v1/segments/${slug}`)).json();
    expect(segment).toMatchObject({ title: "Page-made segment", number: 2, topics: ["firearms", "technical-assistance"], opensAt: "2031-03-01T09:00:00Z", closesAt: "2031-04-30T18:00:00Z" });
    const edit = await page(`/admin/segments/${slug}`, admin);
    expect(edit.html).toMatch(/id="f-opensAt"[^>]*value="2031-03-01T09:00"/);
    const saved = await postForm(`/admin/segments/${slug}`, { title: "Page-made segment", series: "2031", number: "2", topics: "firearms", heldOn: "2031-05-01", opensAt: "2031-02-01T09:00", closesAt: "2031-04-30T18:00" }, admin);
    expect(saved.status).toBe(303);
    expect(await (await call(`/api/v1/segments/${slug}`)).json()).toMatchObject({ opensAt: "2031-02-01T09:00:00Z", topics: ["firearms"] });
  });

  it("re-renders the segment form with errors and values kept", async () => {
    const res = await postForm("/admin/segments", { slug: "Bad Slug", title: "Kept title", series: "", number: "x", heldOn: "2031-02-30", opensAt: "2031-04-01T00:00", closesAt: "2031-03-01T00:00" }, admin);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Use 2–80 lowercase letters, digits and hyphens.");
    expect(html).toMatch(/id="f-title"[^>]*value="Kept title"/);
    const window = await postForm("/admin/segments", { slug: `w-${crypto.randomUUID().slice(0, 6)}`, title: "Backwards", series: "2031", number: "1", heldOn: "2031-05-01", opensAt: "2031-04-01T00:00", closesAt: "2031-03-01T00:00" }, admin);
    expect(window.status).toBe(422);
    expect(await window.text()).toContain("The window must close after it opens.");
  });

  it("adds, relabels and describes a theme; a duplicate slug is a form error", async () => {
    const slug = `page-theme-${crypto.randomUUID().slice(0, 6)}`;
    expect((await postForm("/admin/themes", { slug, label: "Climate and crime", description: "" }, admin)).status).toBe(303);
    expect((await postForm(`/admin/themes/${slug}`, { label: "Environmental crime", description: "Crimes that affect the environment." }, admin)).status).toBe(303);
    const themes = (await (await call("/api/v1/themes")).json()) as { items: { slug: string; label: string; description: string }[] };
    expect(themes.items.find((th) => th.slug === slug)).toMatchObject({ label: "Environmental crime", description: "Crimes that affect the environment." });
    const again = await postForm("/admin/themes", { slug, label: "Again", description: "" }, admin);
    expect(again.status).toBe(422);
    expect(await again.text()).toContain("That already exists.");
  });

  it("grants and revokes staff roles", async () => {
    const email = uniqueEmail("staff");
    const cookie = await signIn(email);
    expect((await postForm("/admin/staff", { email, roles: "moderator" }, admin)).status).toBe(303);
    expect((await page("/moderation", await signIn(email))).status).toBe(200);
    expect((await page("/admin/staff", admin)).html).toContain(email);
    expect((await postForm("/admin/staff", { email }, admin)).status).toBe(303);
    expect((await call("/api/v1/auth/me", { cookie })).status).toBe(401);
    const invalid = await postForm("/admin/staff", { email: "not-an-email", roles: "superuser" }, admin);
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain("Give a valid email address.");
  });
});

describe("staff pages in the six UN languages", () => {
  it("the queue, a review page and /admin follow the staff member's language (French, Spanish)", async () => {
    const s = await fresh();
    const fr = await page(`/moderation?q=${s.tag}`, `${moderator}; lang=fr`);
    expect(fr.html).toContain('<html lang="fr" dir="ltr">');
    expect(fr.html).toContain("File de modération");
    expect(fr.html).toContain("Filtrer la file");
    expect(fr.html).not.toContain("Moderation queue");
    const review = await page(`/moderation/${s.reference}`, `${moderator}; lang=es`);
    expect(review.html).toContain("Registrar la decisión");
    expect(review.html).toContain("Solicitar cambios");
    expect(review.html).not.toContain("Record decision");
    const adminEs = { html: (await page("/admin/staff", `${admin}; lang=es`)).html + (await page("/admin/segments", `${admin}; lang=es`)).html };
    expect(adminEs.html).toContain("Funciones del personal");
    expect(adminEs.html).toContain("Trata de personas");
    expect(adminEs.html).not.toMatch(/\{\w+\}/);
  });

  // English staff strings that must not show through on a translated page (the fallback of before).
  const ENGLISH_QUEUE = ["Moderation queue", "Filter the queue", "Apply filters", "Decide on the selected submissions", "oldest first", "Record decision"];
  const ENGLISH_REVIEW = ["Record decision", "Request changes", "Tags and edits", "Reason for the submitter", "History"];
  const ENGLISH_ADMIN = ["Staff roles", "New segment", "Trafficking in persons", "Set roles"];
  const cases = [
    {
      lang: "ar",
      dir: "rtl",
      queue: ["قائمة انتظار الإشراف", "تصفية قائمة الانتظار", "يُعرض بيان واحد"],
      review: ["تسجيل القرار", "طلب إدخال تعديلات", "السجل", "Amina Otieno</bdi>، <bdi>Programme director"],
      admin: ["أدوار الموظفين", "الاتجار بالأشخاص"],
    },
    {
      lang: "ru",
      dir: "ltr",
      queue: ["Очередь модерации", "Фильтры очереди", "показано 1 заявление"],
      review: ["Сохранить решение", "Запросить изменения", "История", "Amina Otieno</bdi>, <bdi>Programme director"],
      admin: ["Роли сотрудников", "Торговля людьми"],
    },
    { lang: "zh", dir: "ltr", queue: ["审核队列", "筛选队列", "显示 1 篇"], review: ["记录决定", "要求修改", "历史记录", "Amina Otieno</bdi>，<bdi>Programme director"], admin: ["工作人员角色", "贩运人口"] },
  ] as const;

  for (const want of cases) {
    it(`?lang=${want.lang}: the queue, a review page and /admin are in that language${want.dir === "rtl" ? ", right to left" : ""}, not English`, async () => {
      const s = await fresh();
      const queue = await page(`/moderation?q=${s.tag}&lang=${want.lang}`);
      expect(queue.status).toBe(200);
      expect(queue.html).toContain(`<html lang="${want.lang}" dir="${want.dir}">`);
      expect(queue.html).toContain(s.reference);
      for (const text of want.queue) expect(queue.html, `${want.lang} queue`).toContain(text);
      for (const text of ENGLISH_QUEUE) expect(queue.html, `${want.lang} queue`).not.toContain(text);
      expect(queue.html).not.toMatch(/\{\w+(?:\}|, plural,)/);

      const review = await page(`/moderation/${s.reference}?lang=${want.lang}`);
      expect(review.html).toContain(`<html lang="${want.lang}" dir="${want.dir}">`);
      for (const text of want.review) expect(review.html, `${want.lang} review`).toContain(text);
      for (const text of ENGLISH_REVIEW) expect(review.html, `${want.lang} review`).not.toContain(`>${text}<`);
      expect(review.html).not.toMatch(/\{\w+(?:\}|, plural,)/);

      const adminPage = { html: (await page(`/admin/staff?lang=${want.lang}`, admin)).html + (await page(`/admin/segments?lang=${want.lang}`, admin)).html };
      expect(adminPage.html).toContain(`<html lang="${want.lang}" dir="${want.dir}">`);
      for (const text of want.admin) expect(adminPage.html, `${want.lang} admin`).toContain(text);
      for (const text of ENGLISH_ADMIN) expect(adminPage.html, `${want.lang} admin`).not.toContain(`>${text}<`);
      expect(adminPage.html).not.toMatch(/\{\w+(?:\}|, plural,)/);
    });
  }
});
