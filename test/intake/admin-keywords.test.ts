import { beforeAll, describe, expect, it } from "vitest";
import { call, ORIGIN, postForm, seed, signIn, signInAdmin, signInModerator } from "../helpers";

/** /admin/themes/{slug}/keywords: admins extend the theme lexicon without JavaScript, and intake uses the words at once. */

let admin: string;
beforeAll(async () => {
  await seed();
  admin = await signInAdmin();
});

const page = async (path: string, cookie = admin) => {
  const res = await call(path, { cookie });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
/** A made-up word no built-in term matches, unique to each test. */
const nonce = () => `zorb${crypto.randomUUID().replace(/[^a-f]/g, "").slice(0, 8)}`;

async function suggested(word: string): Promise<string[]> {
  const res = await call("/api/v1/intake/extract", { method: "POST", cookie: await signIn(), json: { text: `We propose that States:\n\n1. End the ${word} of young people in remote villages.\n2. Publish statistics every year.` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { proposals: { themes: string[] }[] }).proposals[0]!.themes;
}

describe("who may use the keyword page", () => {
  const path = "/admin/themes/emerging-forms/keywords";
  it("sends visitors to sign in and refuses submitters and moderators with 403", async () => {
    const anonymous = await page(path, "");
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    expect((await page(path, await signIn())).status).toBe(403);
    const moderator = await signInModerator();
    expect((await page(path, moderator)).status).toBe(403);
    const word = nonce();
    expect((await postForm(path, { term: word, language: "en" }, moderator)).status).toBe(403);
    expect((await postForm(`${path}/remove`, { term: word }, await signIn())).status).toBe(403);
    expect(decode((await page(path)).html)).not.toContain(word);
  });

  it("refuses a form posted from another origin", async () => {
    const res = await call("/admin/themes/emerging-forms/keywords", {
      method: "POST",
      cookie: admin,
      body: new URLSearchParams({ term: nonce(), language: "en" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
  });

  it("answers 404 for a theme that does not exist", async () => {
    expect((await page("/admin/themes/no-such-theme/keywords")).status).toBe(404);
    expect((await postForm("/admin/themes/no-such-theme/keywords", { term: "anything", language: "en" }, admin)).status).toBe(404);
    expect((await page("/admin/themes/Bad%20Slug/keywords")).status).toBe(404);
  });
});

describe("the keyword page", () => {
  it("is linked from /admin/themes and shows the built-in words per language, weak ones apart", async () => {
    expect((await page("/admin/themes")).html).toContain('href="/admin/themes/rule-of-law/keywords"');
    const { status, html } = await page("/admin/themes/rule-of-law/keywords");
    expect(status).toBe(200);
    expect(html).toContain("access to justice");
    expect(html).toContain("acceso a la justicia");
    expect(decode(html)).toContain("acces a la justice");
    expect(html).toMatch(/Only beside another word of this theme:<\/strong> <span lang="en">[^<]*judges/);
    expect(html).not.toContain("~judges");
  });

  it("adds a term that changes what intake suggests, and removes it again", async () => {
    const word = nonce();
    expect(await suggested(word)).not.toContain("emerging-forms");

    const added = await postForm("/admin/themes/emerging-forms/keywords", { term: `${word}*`, language: "en" }, admin);
    expect(added.status).toBe(303);
    expect(added.headers.get("location")).toBe("/admin/themes/emerging-forms/keywords?notice=added");
    const shown = await page("/admin/themes/emerging-forms/keywords?notice=added");
    expect(shown.html).toContain("Keyword added.");
    expect(shown.html).toContain(`${word}*`);
    expect(shown.html).toContain("admin@example.org");
    const api = (await (await call("/api/v1/admin/themes/emerging-forms/keywords", { cookie: admin })).json()) as { items: { term: string; language: string }[] };
    expect(api.items).toContainEqual(expect.objectContaining({ term: `${word}*`, language: "en" }));

    expect(await suggested(`${word}ing`)).toContain("emerging-forms");

    const removed = await postForm("/admin/themes/emerging-forms/keywords/remove", { term: `${word}*` }, admin);
    expect(removed.status).toBe(303);
    expect((await page("/admin/themes/emerging-forms/keywords?notice=removed")).html).not.toContain(`${word}*`);
    expect(await suggested(`${word}ing`)).not.toContain("emerging-forms");
  });

  it.each([
    ["an empty term", { term: "", language: "en" }, "A keyword needs at least 2 characters."],
    ["a one-letter term", { term: "x", language: "fr" }, "A keyword needs at least 2 characters."],
    ["an overlong term", { term: "y".repeat(81), language: "es" }, "A keyword can have at most 80 characters."],
    ["a malformed language", { term: "kept-term", language: "not a tag!" }, "Use a language tag, e.g. en, fr or es."],
    ["a missing language", { term: "kept-term" }, "Use a language tag, e.g. en, fr or es."],
  ])("re-renders the form with an error and the values kept for %s", async (_name, fields, message) => {
    const res = await postForm("/admin/themes/technology/keywords", fields as Record<string, string>, admin);
    expect(res.status).toBe(422);
    const html = decode(await res.text());
    expect(html).toContain(message);
    expect(html).toContain('class="error-summary"');
    if (fields.term) expect(html).toContain(`value="${fields.term}"`);
  });

  it("says so when the term is already there, and never fails on odd input", async () => {
    const word = nonce();
    expect((await postForm("/admin/themes/technology/keywords", { term: word, language: "en" }, admin)).status).toBe(303);
    const again = await postForm("/admin/themes/technology/keywords", { term: word, language: "fr" }, admin);
    expect(again.status).toBe(422);
    expect(decode(await again.text())).toContain("This theme already has that keyword.");
    const odd: Record<string, string>[] = [{ term: "a(b[c", language: "en" }, { term: "<script>alert(1)</script>", language: "en" }, { nothing: "here" }];
    for (const body of odd) {
      const res = await postForm("/admin/themes/technology/keywords", body, admin);
      expect(res.status).toBeLessThan(500);
    }
    const shown = await page("/admin/themes/technology/keywords");
    expect(shown.html).not.toContain("<script>alert(1)</script>");
    expect((await postForm("/admin/themes/technology/keywords/remove", {}, admin)).status).toBe(303);
    expect((await postForm("/admin/themes/technology/keywords/remove", { term: "never-added" }, admin)).status).toBe(303);
  });
});
