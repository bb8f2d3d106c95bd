import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { AdminSegmentOut, AdminThemeOut, SegmentOut, StaffOut, ThemeOut } from "../../worker/openapi/responses";
import { call, count, problem, seed, signIn, signInAdmin, signInModerator, uniqueEmail } from "../helpers";

beforeAll(seed);

const newSegment = (slug: string) => ({
  slug,
  title: "Constructive dialogue on smuggling of migrants",
  series: "2027",
  number: 1,
  topics: ["smuggling-of-migrants"],
  heldOn: "2027-06-01",
  opensAt: "2027-04-01T00:00:00Z",
  closesAt: "2027-05-25T23:59:59Z",
});

describe("GET /api/v1/segments and /themes", () => {
  it("lists the seeded real segments with status and statement counts", async () => {
    const body = (await (await call("/api/v1/segments")).json()) as { items: unknown[] };
    const items = body.items.map((s) => v.parse(SegmentOut, s));
    const tip = items.find((s) => s.slug === "2022-4-trafficking-in-persons");
    expect(tip).toMatchObject({ series: "2022", number: 4, heldOn: "2022-07-01", status: "closed", topics: ["trafficking-in-persons"], statementCount: 1 });
    expect(items.find((s) => s.slug === "demo-open-segment")?.status).toBe("open");
    expect(items.filter((s) => s.series === "2022")).toHaveLength(4);
    expect(items.filter((s) => s.series === "2023")).toHaveLength(3);
  });

  it("gets one segment, 404 for an unknown one", async () => {
    expect(v.parse(SegmentOut, await (await call("/api/v1/segments/2023-1-firearms")).json()).heldOn).toBe("2023-05-05");
    const missing = await call("/api/v1/segments/nope");
    expect(missing.status).toBe(404);
    await problem(missing);
  });

  it("lists the 19 themes of the taxonomy with counts of published statements", async () => {
    const items = ((await (await call("/api/v1/themes")).json()) as { items: unknown[] }).items.map((t) => v.parse(ThemeOut, t));
    expect(items).toHaveLength(19);
    expect(items[0]).toMatchObject({ slug: "national-strategy", label: "National strategies and policy frameworks" });
    // CD-CGR2-2022 tags rule-of-law on proposal 3 only: still one statement.
    expect(items.find((t) => t.slug === "rule-of-law")?.statementCount).toBe(1);
    expect(items.find((t) => t.slug === "firearms-control")?.statementCount).toBe(0);
  });
});

describe("administration", () => {
  it("creates and edits a segment", async () => {
    const admin = await signInAdmin();
    const created = await call("/api/v1/admin/segments", { method: "POST", cookie: admin, json: newSegment("2027-1-smuggling") });
    expect(created.status).toBe(201);
    expect(v.parse(AdminSegmentOut, await created.json())).toMatchObject({ slug: "2027-1-smuggling", status: "upcoming", statementCount: 0 });
    const patched = await call("/api/v1/admin/segments/2027-1-smuggling", { method: "PATCH", cookie: admin, json: { opensAt: "2020-01-01T00:00:00Z", closesAt: "2099-01-01T00:00:00Z" } });
    expect(v.parse(AdminSegmentOut, await patched.json()).status).toBe("open");
  });

  it("answers times as ISO 8601 UTC to the second however they were written, so the window is judged right", async () => {
    const admin = await signInAdmin();
    const minute = new Date().toISOString().slice(0, 16); // this very minute, written without seconds
    const res = await call("/api/v1/admin/segments", { method: "POST", cookie: admin, json: { ...newSegment("2027-4-times"), opensAt: `${minute}Z`, closesAt: "2099-01-01T00:00:00.750Z" } });
    expect(res.status).toBe(201);
    const created = v.parse(AdminSegmentOut, await res.json());
    expect(created).toMatchObject({ opensAt: `${minute}:00Z`, closesAt: "2099-01-01T00:00:00Z", status: "open" });
    const patched = await call("/api/v1/admin/segments/2027-4-times", { method: "PATCH", cookie: admin, json: { closesAt: "2099-06-30T12:30Z" } });
    expect(v.parse(AdminSegmentOut, await patched.json()).closesAt).toBe("2099-06-30T12:30:00Z");
  });

  it("re-derives published statements' facets and invalidates cached searches when a segment changes", async () => {
    const admin = await signInAdmin();
    const url = "/api/v1/statements?topic=smuggling-of-migrants&segment=2022-4-trafficking-in-persons";
    expect(((await (await call(url)).json()) as { total: number }).total).toBe(0);
    const res = await call("/api/v1/admin/segments/2022-4-trafficking-in-persons", { method: "PATCH", cookie: admin, json: { topics: ["trafficking-in-persons", "smuggling-of-migrants"], title: "Constructive dialogue on trafficking in persons and smuggling" } });
    expect(res.status).toBe(200);
    const after = (await (await call(url)).json()) as { total: number; items: { reference: string; segment: { title: string } }[] };
    expect(after.total).toBe(1);
    expect(after.items[0]).toMatchObject({ reference: "CD-CGR2-2022", segment: { title: "Constructive dialogue on trafficking in persons and smuggling" } });
  });

  it("refuses a duplicate slug (409), a window that closes before it opens and bad fields (422)", async () => {
    const admin = await signInAdmin();
    await call("/api/v1/admin/segments", { method: "POST", cookie: admin, json: newSegment("2027-2-dup") });
    expect((await call("/api/v1/admin/segments", { method: "POST", cookie: admin, json: newSegment("2027-2-dup") })).status).toBe(409);
    const backwards = await call("/api/v1/admin/segments", { method: "POST", cookie: admin, json: { ...newSegment("2027-3-back"), closesAt: "2027-01-01T00:00:00Z" } });
    expect((await problem(backwards)).errors).toEqual([{ path: "closesAt", message: "The window must close after it opens." }]);
    const bad = await call("/api/v1/admin/segments", { method: "POST", cookie: admin, json: { ...newSegment("Bad Slug"), topics: ["cooking"], heldOn: "2027-02-30" } });
    expect((await problem(bad)).errors?.map((e) => e.path).sort()).toEqual(["heldOn", "slug", "topics.0"]);
    expect((await call("/api/v1/admin/segments/none-such", { method: "PATCH", cookie: admin, json: { title: "Nothing here" } })).status).toBe(404);
  });

  it("adds, relabels and describes themes", async () => {
    const admin = await signInAdmin();
    const created = await call("/api/v1/admin/themes", { method: "POST", cookie: admin, json: { slug: "cyber-crime", label: "Cybercrime", description: "Crimes committed with computers." } });
    expect(created.status).toBe(201);
    expect(v.parse(AdminThemeOut, await created.json())).toEqual({ slug: "cyber-crime", label: "Cybercrime", description: "Crimes committed with computers.", statementCount: 0, labels: {}, descriptions: {} });
    // A relabel invalidates cached public responses: the old ETag no longer matches.
    const etag = (await call("/api/v1/statements/CD-CGR2-2022")).headers.get("etag")!;
    expect((await call("/api/v1/statements/CD-CGR2-2022", { headers: { "if-none-match": etag } })).status).toBe(304);
    const patched = await call("/api/v1/admin/themes/cyber-crime", { method: "PATCH", cookie: admin, json: { label: "Cyber-enabled crime" } });
    expect((await call("/api/v1/statements/CD-CGR2-2022", { headers: { "if-none-match": etag } })).status).toBe(200);
    expect(await patched.json()).toMatchObject({ label: "Cyber-enabled crime", description: "Crimes committed with computers." });
    expect((await call("/api/v1/admin/themes", { method: "POST", cookie: admin, json: { slug: "cyber-crime", label: "Again" } })).status).toBe(409);
    expect((await call("/api/v1/admin/themes/none-such", { method: "PATCH", cookie: admin, json: { label: "Nothing" } })).status).toBe(404);
  });

  it("grants staff roles, and taking one away ends that person's sessions", async () => {
    const admin = await signInAdmin();
    const email = uniqueEmail("staff");
    const granted = await call(`/api/v1/admin/staff/${encodeURIComponent(email)}`, { method: "PUT", cookie: admin, json: { roles: ["moderator"] } });
    expect(v.parse(StaffOut, await granted.json())).toEqual({ email, roles: ["moderator"], granted: ["moderator"] });
    const staff = await signIn(email);
    expect(await (await call("/api/v1/auth/me", { cookie: staff })).json()).toEqual({ user: { email, roles: ["submitter", "moderator"] } });
    await call(`/api/v1/admin/staff/${encodeURIComponent(email)}`, { method: "PUT", cookie: admin, json: { roles: [] } });
    expect((await call("/api/v1/auth/me", { cookie: staff })).status).toBe(401);
    expect(await count("SELECT count(*) AS n FROM staff_roles WHERE email = ?1", email)).toBe(0);
  });

  it("validates the staff email and roles", async () => {
    const admin = await signInAdmin();
    const bad = await call("/api/v1/admin/staff/not-an-email", { method: "PUT", cookie: admin, json: { roles: ["moderator"] } });
    expect(bad.status).toBe(422);
    expect((await problem(bad)).errors).toEqual([{ path: "email", message: "Give a valid email address." }]);
    expect((await call("/api/v1/admin/staff/%E0%A4%A", { method: "PUT", cookie: admin, json: { roles: ["moderator"] } })).status).toBe(422);
    expect((await call("/api/v1/admin/staff/x%40example.org", { method: "PUT", cookie: admin, json: { roles: ["root"] } })).status).toBe(422);
  });

  it("is for admins only: 401 without a session, 403 for submitters and moderators", async () => {
    const submitter = await signIn();
    const moderator = await signInModerator();
    const routes: [string, string, unknown][] = [
      ["POST", "/api/v1/admin/segments", newSegment("2027-9-x")],
      ["PATCH", "/api/v1/admin/segments/2023-1-firearms", { title: "Renamed by a stranger" }],
      ["POST", "/api/v1/admin/themes", { slug: "x-theme", label: "X theme" }],
      ["PATCH", "/api/v1/admin/themes/legislation", { label: "Renamed" }],
      ["PUT", "/api/v1/admin/staff/evil%40example.org", { roles: ["admin"] }],
    ];
    for (const [method, path, json] of routes) {
      expect((await call(path, { method, json })).status, `${method} ${path} anonymous`).toBe(401);
      expect((await call(path, { method, json, cookie: submitter })).status, `${method} ${path} submitter`).toBe(403);
      expect((await call(path, { method, json, cookie: moderator })).status, `${method} ${path} moderator`).toBe(403);
    }
    expect((await env.DB.prepare("SELECT label FROM themes WHERE slug = 'legislation'").first<{ label: string }>())?.label).toBe("Legislation and criminalization");
  });
});
