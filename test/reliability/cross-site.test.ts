import { beforeAll, describe, expect, it } from "vitest";
import { call, ORIGIN, seed, signIn, submissionBody } from "../helpers";

beforeAll(seed);

const EVIL = "https://evil.example";

/**
 * Cross-site request forgery, whatever the content type: a browser on another site can send a JSON
 * body (fetch with no-cors sends text/plain, but a form can post anything form-like), an empty POST,
 * or a multipart upload. Each is refused when the browser says it is cross-site; scripts (no Origin,
 * no Sec-Fetch-Site) keep working.
 */
describe("the same-origin check on state-changing and costly requests", () => {
  it("refuses a cross-site sign-out (an empty POST) and keeps the session", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/auth/sign-out", { method: "POST", cookie, headers: { origin: EVIL } });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await call("/api/v1/auth/me", { cookie })).status).toBe(200);
  });

  it("refuses a JSON body posted to the API from another site, by Origin or by Sec-Fetch-Site", async () => {
    const cookie = await signIn();
    const byOrigin = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody(), headers: { origin: EVIL } });
    expect(byOrigin.status).toBe(403);
    const bySite = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody(), headers: { "sec-fetch-site": "cross-site" } });
    expect(bySite.status).toBe(403);
    const list = (await (await call("/api/v1/submissions", { cookie })).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(0);
  });

  it("refuses a JSON body posted to a form route from another site", async () => {
    const res = await call("/sign-in", { method: "POST", json: { email: "victim@example.org" }, headers: { origin: EVIL } });
    expect(res.status).toBe(403);
  });

  it("refuses a cross-origin multipart upload to the intake reader", async () => {
    const cookie = await signIn();
    const form = new FormData();
    form.append("file", new File(["We call on States to protect victims of trafficking and to fund shelters in every province."], "s.txt", { type: "text/plain" }));
    const res = await call("/api/v1/intake/extract", { method: "POST", cookie, body: form, headers: { origin: EVIL } });
    expect(res.status).toBe(403);
  });

  it("refuses a form post with no Origin at all to a page", async () => {
    const res = await call("/sign-in", { method: "POST", body: "email=a%40example.org", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(403);
  });

  it("lets the portal's own pages and scripts without browser headers through", async () => {
    const cookie = await signIn();
    const own = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody(), headers: { origin: ORIGIN, "sec-fetch-site": "same-origin" } });
    expect(own.status).toBe(201);
    const script = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody() });
    expect(script.status).toBe(201);
    const out = await call("/api/v1/auth/sign-out", { method: "POST", cookie, headers: { origin: ORIGIN } });
    expect(out.status).toBe(204);
  });
});
