import { beforeAll, describe, expect, it } from "vitest";
import { catalog } from "../../worker/i18n";
import { call, createSubmission, postForm, seed, signIn, signInModerator } from "../helpers";

/**
 * The page routes' one path for refusals: `requireUser` sends visitors to sign in, and a missing or
 * forbidden page is thrown to the app's error handler, which draws it inside the layout (header,
 * navigation, footer) with the status, heading and detail in the page's language.
 */
beforeAll(seed);

const page = async (path: string, cookie?: string) => {
  const res = await call(path, { cookie, headers: { accept: "text/html" } });
  return { status: res.status, type: res.headers.get("content-type") ?? "", html: (await res.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"') };
};
const heading = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
const detail = (html: string) => /<p class="error-box">([^<]*)<\/p>/.exec(html)?.[1];
const inLayout = (html: string) => html.includes('class="site-header"') && html.includes('class="site-footer"') && html.includes("<main id=\"main\" class=\"wrap\"");

describe("not found and forbidden on pages", () => {
  it("an unknown address, a missing segment and another person's statement are 404 pages inside the layout", async () => {
    const unknown = await page("/no-such-page");
    expect(unknown.status).toBe(404);
    expect(inLayout(unknown.html)).toBe(true);
    expect(heading(unknown.html)).toBe("Page not found");
    expect(detail(unknown.html)).toBe("There is nothing at this address.");

    const segment = await page("/segments/no-such-segment?lang=fr");
    expect(segment.status).toBe(404);
    expect(inLayout(segment.html)).toBe(true);
    expect(heading(segment.html)).toBe(catalog("fr")["error.notFound"]);
    expect(detail(segment.html)).toBe(catalog("fr")["error.notFoundText"]);

    const other = await createSubmission(await signIn());
    const cookie = await signIn();
    const mine = await page(`/my/submissions/${other.reference}`, cookie);
    expect(mine.status).toBe(404);
    expect(inLayout(mine.html)).toBe(true);
    expect(detail(mine.html)).toBe(`No submission ${other.reference} is visible to you.`);
    // The header still knows who is signed in.
    expect(mine.html).toContain('action="/sign-out"');
  });

  it("a page answers in HTML even to a request that does not ask for it; an unknown API route stays problem+json", async () => {
    const res = await call("/themes/no-such-theme");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
    const api = await call("/api/v1/no-such-route", { headers: { accept: "text/html" } });
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
  });

  it("a submitter on a staff page and a moderator on an admin page get 403 inside the layout, in their language", async () => {
    const submitter = await page("/moderation?lang=ar", await signIn());
    expect(submitter.status).toBe(403);
    expect(inLayout(submitter.html)).toBe(true);
    expect(submitter.html).toContain('dir="rtl"');
    expect(heading(submitter.html)).toBe(catalog("ar")["error.forbidden"]);
    expect(detail(submitter.html)).toBe(catalog("ar")["err.auth.staff"]);
    const moderator = await page("/admin/segments", await signInModerator());
    expect(moderator.status).toBe(403);
    expect(inLayout(moderator.html)).toBe(true);
    expect(detail(moderator.html)).toBe("This needs the admin role.");
  });
});

describe("requireUser", () => {
  it("sends a signed-out visitor of every signed-in page to sign in and back, GET and POST alike", async () => {
    for (const path of ["/submit", "/my/submissions", "/my/organization", "/my/submissions/CD-AAAA-AAAA/withdraw"]) {
      const res = await call(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location"), path).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
    for (const path of ["/submit", "/my/organization", "/intake/extract", "/intake/submit"]) {
      const res = await postForm(path, { title: "x" });
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location"), path).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });
});
