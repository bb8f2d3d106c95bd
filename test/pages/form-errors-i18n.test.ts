import { beforeAll, describe, expect, it } from "vitest";
import { call, createSubmission, ORIGIN, postForm, problem, seed, signIn, signInAdmin, signInModerator, submissionBody, submitFormFields } from "../helpers";

/**
 * Form errors in the page's language: the field messages under a translated error summary are
 * translated too (schema messages and the services' checks), while the JSON API answers the same
 * invalid input with its English, unchanged.
 */
beforeAll(seed);

const validForm = submitFormFields;

/** The text of a field's error paragraph (`<p class="error" id="f-…-error">`). */
function fieldError(html: string, field: string): string | undefined {
  const m = new RegExp(`<p class="error" id="f-${field}-error"[^>]*>([^<]*)</p>`).exec(html);
  return m?.[1];
}

const english = /\b(must|needs|can have|Give|Choose|There is no|Use)\b/;

describe("sign-in", () => {
  it("?lang=fr and ?lang=zh: the email message is translated; the API keeps its English", async () => {
    const fr = await (await postForm("/sign-in?lang=fr", { email: "not an email", next: "/" })).text();
    expect(fr).toContain("Veuillez corriger");
    expect(fieldError(fr, "email")).toBe("Indiquez une adresse électronique valide.");
    const zh = await (await postForm("/sign-in?lang=zh", { email: "not an email", next: "/" })).text();
    expect(fieldError(zh, "email")).toBe("请填写有效的电子邮件地址。");
    const api = await call("/api/v1/auth/email-link?lang=fr", { method: "POST", json: { email: "not an email" }, headers: { "accept-language": "fr" } });
    expect((await problem(api)).errors).toEqual([{ path: "email", message: "Give a valid email address." }]);
  });
});

describe("submit and edit", () => {
  const invalid = { title: "x", "organization.country": "", "proposals.0.text": "short", text: "Too short." };

  it("?lang=fr: every field message is French, numbers written the French way", async () => {
    const res = await postForm("/submit?lang=fr", validForm(invalid), await signIn());
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Veuillez corriger");
    expect(fieldError(html, "title")).toBe("Le titre doit comporter au moins 3 caractères.");
    expect(fieldError(html, "organization-country")).toBe("Choisissez le pays (code ISO 3166-1 alpha-2, par exemple PK).");
    expect(fieldError(html, "proposals-0-text")).toBe("Une proposition doit comporter au moins 10 caractères.");
    expect(fieldError(html, "text")).toBe("La déclaration doit comporter au moins 50 caractères.");
    const summary = html.slice(html.indexOf('id="error-summary"'), html.indexOf("</ul>", html.indexOf('id="error-summary"')));
    expect(summary).not.toMatch(english);
  });

  it("?lang=ar: the same form in Arabic, with the counted noun agreeing with the number", async () => {
    const html = await (await postForm("/submit?lang=ar", validForm({ ...invalid, "speaker.name": "J" }), await signIn())).text();
    expect(html).toContain('dir="rtl"');
    expect(fieldError(html, "title")).toBe("يجب ألا يقل العنوان عن 3 أحرف.");
    expect(fieldError(html, "speaker-name")).toBe("يجب ألا يقل اسم المتحدث عن حرفين.");
    expect(fieldError(html, "text")).toBe(`يجب ألا يقل البيان عن ${(50).toLocaleString("ar")} حرفًا.`);
    expect(fieldError(html, "organization-country")).toContain("اختر البلد");
  });

  it("the JSON API answers the same invalid input in English, as before", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/submissions?lang=fr", { method: "POST", cookie, json: submissionBody({ title: "x", text: "Too short.", proposals: [{ text: "short" }] }), headers: { "accept-language": "fr" } });
    expect(res.status).toBe(422);
    const errors = (await problem(res)).errors!;
    expect(errors).toContainEqual({ path: "title", message: "The title needs at least 3 characters." });
    expect(errors).toContainEqual({ path: "text", message: "The statement needs at least 50 characters." });
    expect(errors).toContainEqual({ path: "proposals.0.text", message: "A proposal needs at least 10 characters." });
    expect(errors.every((e) => Object.keys(e).sort().join() === "message,path")).toBe(true);
  });

  it("?lang=ru and ?lang=zh: the services' checks (an unknown theme) are translated too; the API keeps the English", async () => {
    const ru = await (await postForm("/submit?lang=ru", validForm({ themes: "no-such-theme" }), await signIn())).text();
    expect(fieldError(ru, "themes")).toBe("Темы «no-such-theme» не существует.");
    const zh = await (await postForm("/submit?lang=zh", validForm({ themes: "no-such-theme" }), await signIn())).text();
    expect(fieldError(zh, "themes")).toBe("不存在标识为“no-such-theme”的主题。");
    const api = await call("/api/v1/submissions", { method: "POST", cookie: await signIn(), json: submissionBody({ themes: ["no-such-theme"] }) });
    expect((await problem(api)).errors).toEqual([{ path: "themes.0", message: 'There is no theme "no-such-theme".' }]);
  });

  it("editing (?lang=ar) and withdrawing from a stale tab (?lang=fr) answer in the page's language", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const edit = await (await postForm(`/my/submissions/${s.reference}?lang=ar`, validForm({ version: "1", title: "x", "organization.website": "http://example.org" }), cookie)).text();
    expect(fieldError(edit, "title")).toBe("يجب ألا يقل العنوان عن 3 أحرف.");
    expect(fieldError(edit, "organization-website")).toBe("يجب أن يبدأ عنوان الموقع الإلكتروني بـ https://.");
    const stale = await postForm(`/my/submissions/${s.reference}/withdraw?lang=fr`, { version: "7", confirm: "yes" }, cookie);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Cette déclaration a été modifiée");
  });
});

describe("fill from a document", () => {
  it("?lang=fr: an empty upload is refused in French; the API keeps the English", async () => {
    const cookie = await signIn();
    const form = () => {
      const f = new FormData();
      f.set("file", new File([new Uint8Array()], "empty.pdf", { type: "application/pdf" }));
      return f;
    };
    const page = await call("/intake/extract?lang=fr", { method: "POST", body: form(), cookie, headers: { origin: ORIGIN } });
    expect(page.status).toBe(422);
    expect(await page.text()).toContain("Le document n’a pas pu être lu : Le fichier est vide.");
    const ru = await call("/intake/extract?lang=ru", { method: "POST", body: form(), cookie, headers: { origin: ORIGIN } });
    expect(await ru.text()).toContain("Не удалось прочитать документ: Файл пуст.");
    const api = await call("/api/v1/intake/extract", { method: "POST", body: form(), cookie });
    expect(await problem(api)).toMatchObject({ detail: "The file is empty.", errors: [{ path: "file", message: "The file is empty." }] });
  });
});

describe("moderation", () => {
  it("edit (?lang=ru), decision (?lang=zh) and bulk (?lang=ar) errors are in the staff member's language", async () => {
    const moderator = await signInModerator();
    const s = await createSubmission(await signIn());
    const edit = await (await postForm(`/moderation/${s.reference}/edit?lang=ru`, { version: "1", segment: s.segment.slug, title: "x", text: s.text }, moderator)).text();
    expect(fieldError(edit, "title")).toBe("Заголовок должен содержать не менее 3 символов.");
    const decision = await (await postForm(`/moderation/${s.reference}/decision?lang=zh`, { version: "1", action: "reject", reasonCode: "other", reason: "" }, moderator)).text();
    expect(fieldError(decision, "reason")).toBe("请填写将告知提交人的理由。");
    const bulk = await (await postForm("/moderation/bulk?lang=ar", { item: `${s.reference}:1`, action: "reject", reasonCode: "other", reason: "" }, moderator)).text();
    expect(fieldError(bulk, "reason")).toBe("أدخِل السبب الذي سيُبلَّغ به مقدّمو البيانات.");
    const api = await call(`/api/v1/moderation/submissions/${s.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "reject", reason: "", version: 1 } });
    expect((await problem(api)).errors).toEqual([{ path: "reason", message: "Give the reason the submitter will read." }]);
  });
});

describe("administration", () => {
  it("segment (?lang=fr, ?lang=ar), theme (?lang=zh) and staff (?lang=ru) forms, the window-order rule included", async () => {
    const admin = await signInAdmin();
    const bad = await (await postForm("/admin/segments?lang=fr", { slug: "Bad Slug", title: "Kept title", series: "", number: "x", heldOn: "2031-02-30", opensAt: "2031-04-01T00:00", closesAt: "2031-03-01T00:00" }, admin)).text();
    expect(fieldError(bad, "slug")).toBe("Utilisez de 2 à 80 lettres minuscules, chiffres et traits d’union.");
    expect(fieldError(bad, "series")).toBe("Indiquez la série, par exemple 2024.");
    expect(fieldError(bad, "heldOn")).toBe("Cette date n’existe pas.");
    const slug = `w-${crypto.randomUUID().slice(0, 6)}`;
    const window = { slug, title: "Backwards", series: "2031", number: "1", heldOn: "2031-05-01", opensAt: "2031-04-01T00:00", closesAt: "2031-03-01T00:00" };
    const ar = await (await postForm("/admin/segments?lang=ar", window, admin)).text();
    expect(fieldError(ar, "closesAt")).toBe("يجب أن يكون موعد نهاية تلقي البيانات لاحقًا لموعد بدايته.");
    const theme = await (await postForm("/admin/themes?lang=zh", { slug: "ok-theme-slug", label: "x", description: "" }, admin)).text();
    expect(fieldError(theme, "label")).toBe("名称至少须有 2 个字符。");
    const staff = await (await postForm("/admin/staff?lang=ru", { email: "nope", roles: "moderator" }, admin)).text();
    expect(fieldError(staff, "email")).toBe("Укажите действительный адрес электронной почты.");
    const api = await call("/api/v1/admin/segments", { method: "POST", cookie: admin, json: { ...window, number: 1, topics: [], opensAt: "2031-04-01T00:00:00Z", closesAt: "2031-03-01T00:00:00Z" } });
    expect((await problem(api)).errors).toEqual([{ path: "closesAt", message: "The window must close after it opens." }]);
  });

  it("keywords (?lang=fr, ?lang=ar): a short term is refused in the page's language", async () => {
    const admin = await signInAdmin();
    const fr = await (await postForm("/admin/themes/victim-protection/keywords?lang=fr", { term: "x", language: "fr" }, admin)).text();
    expect(fieldError(fr, "term")).toBe("Un mot-clé doit comporter au moins 2 caractères.");
    const ar = await (await postForm("/admin/themes/victim-protection/keywords?lang=ar", { term: "x", language: "Not a tag" }, admin)).text();
    expect(fieldError(ar, "term")).toBe("يجب ألا تقل الكلمة المفتاحية عن حرفين.");
    expect(fieldError(ar, "language")).toBe("استخدم وسم لغة، مثل en أو fr أو es.");
  });
});
