import { beforeAll, describe, expect, it } from "vitest";
import { call, createSubmission, seed, signIn, signInModerator, uniqueEmail } from "../helpers";
import { answer, coSigner, fresh, jointStatement, publish, tokenFor } from "./cosign-helpers";

/**
 * What the public sees of a joint statement: only confirmed co-signers, on the page, the API, search
 * summaries, CSV and Atom, and the `organization` filter (by slug) for authors and co-signers; the
 * organization pages, built from published statements only (issue 12's squatting case).
 */

type PublicCoSigner = { name: string; acronym: string | null; country: string; slug: string };
type Statement = { organization: { name: string; slug: string }; coSigners: PublicCoSigner[] };
type Search = { total: number; items: { reference: string; organization: { slug: string }; coSigners: PublicCoSigner[] }[] };

let moderator: string;
/** One published statement: A confirmed, B declined, C invited (no answer yet). */
let ref: string;
let tag: string;
const a = coSigner("Coalition Confirmed", uniqueEmail("conf"), "UG");
const b = coSigner("Coalition Declined", uniqueEmail("decl"), "TZ");
const c = coSigner("Coalition Silent", uniqueEmail("sil"), "RW");

beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
  const sub = await jointStatement([{ ...a, acronym: "CC" }, b, c]);
  ref = sub.reference;
  tag = sub.tag;
  await answer(await tokenFor(a.email), "confirm");
  await answer(await tokenFor(b.email), "decline");
  await publish(moderator, ref);
});

async function detail(): Promise<Statement> {
  return (await (await fresh(`/api/v1/statements/${ref}`)).json()) as Statement;
}
async function slugOf(name: string): Promise<string> {
  const { results } = await (await import("cloudflare:workers")).env.DB.prepare("SELECT slug FROM organizations WHERE name = ?1").bind(name).all<{ slug: string }>();
  return results[0]!.slug;
}
async function search(query: string): Promise<Search> {
  return (await (await fresh(`/api/v1/statements?${query}`)).json()) as Search;
}

describe("a published joint statement", () => {
  it("lists only the confirmed co-signer in the API, with its slug", async () => {
    const s = await detail();
    expect(s.coSigners).toEqual([{ name: "Coalition Confirmed", acronym: "CC", country: "UG", slug: await slugOf("Coalition Confirmed") }]);
    expect(s.organization.slug).toMatch(/^\d+-author-/);
    expect(JSON.stringify(s)).not.toContain(a.email);
  });

  it("lists only the confirmed co-signer on the page, linked to its organization page", async () => {
    const html = await (await fresh(`/statements/${ref}`)).text();
    expect(html).toContain("Co-signed by");
    expect(html).toContain(`href="/organizations/${await slugOf("Coalition Confirmed")}">Coalition Confirmed (CC)</a>`);
    expect(html).not.toContain("Coalition Declined");
    expect(html).not.toContain("Coalition Silent");
  });

  it("lists only the confirmed co-signer in search summaries, CSV and Atom", async () => {
    const found = await search(`q=${tag}`);
    expect(found.items.map((i) => i.coSigners.map((x) => x.name))).toEqual([["Coalition Confirmed"]]);
    const csv = await (await fresh(`/api/v1/statements.csv?q=${tag}`)).text();
    const [header, row] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header!.split(",").slice(-3)).toEqual(["organization_slug", "co_signers", "outcome"]);
    expect(row).toMatch(/,\d+-author-[a-z0-9]+,"Coalition Confirmed \(CC, UG\)",$/);
    const atom = await (await fresh(`/feeds/statements.atom?q=${tag}`)).text();
    expect(atom).toContain("<contributor><name>Coalition Confirmed (CC)</name>");
    expect(atom).not.toContain("Coalition Declined");
    expect(atom).not.toContain("Coalition Silent");
  });

  it("is found by the organization filter of its author and of its confirmed co-signer, in the API, CSV, Atom and the page", async () => {
    const author = (await detail()).organization.slug;
    const confirmed = await slugOf("Coalition Confirmed");
    for (const slug of [author, confirmed]) {
      expect((await search(`organization=${slug}`)).items.map((i) => i.reference), slug).toEqual([ref]);
      expect(await (await fresh(`/api/v1/statements.csv?organization=${slug}`)).text()).toContain(ref);
      expect(await (await fresh(`/feeds/statements.atom?organization=${slug}`)).text()).toContain(ref);
      expect(await (await fresh(`/statements?organization=${slug}`)).text()).toContain(`href="/statements/${ref}"`);
    }
    for (const name of ["Coalition Declined", "Coalition Silent"]) expect((await search(`organization=${await slugOf(name)}`)).total, name).toBe(0);
    // The old numeric value matches nothing now: the filter takes slugs.
    expect((await search(`organization=${author.split("-")[0]}`)).total).toBe(0);
  });

  it("adds a co-signer that confirms after publication everywhere at once (facets and caches in the same batch)", async () => {
    const silent = await slugOf("Coalition Silent");
    const before = await call(`/api/v1/statements?organization=${silent}`);
    expect(((await before.json()) as Search).total).toBe(0);
    const etag = (await call(`/api/v1/statements/${ref}`)).headers.get("etag");
    expect((await answer(await tokenFor(c.email), "confirm")).status).toBe(200);
    // No cache bypass: the archive version moved, so cached answers are not served.
    expect(((await (await call(`/api/v1/statements?organization=${silent}`)).json()) as Search).items.map((i) => i.reference)).toEqual([ref]);
    const after = await call(`/api/v1/statements/${ref}`);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as Statement).coSigners.map((x) => x.name)).toEqual(["Coalition Confirmed", "Coalition Silent"]);
    expect(await (await call(`/statements/${ref}`)).text()).toContain("Coalition Silent");
  });
});

describe("organization pages", () => {
  it("/organizations lists authors and confirmed co-signers with their statement counts, never a declined one", async () => {
    const res = await fresh("/organizations");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`href="/organizations/${await slugOf("Coalition Confirmed")}"`);
    expect(html).not.toContain("Coalition Declined");
    expect(html).toContain("<h1>Organizations</h1>");
    expect(await (await fresh("/organizations?lang=ar")).text()).toContain('dir="rtl"');
  });

  it("/organizations/{slug} of a co-signer lists the statements it co-signed; a declined one has no page", async () => {
    const res = await fresh(`/organizations/${await slugOf("Coalition Confirmed")}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Statements co-signed");
    expect(html).toContain(`href="/statements/${ref}"`);
    expect(html).toContain("Coalition Confirmed (CC)");
    expect((await fresh(`/organizations/${await slugOf("Coalition Declined")}`)).status).toBe(404);
  });

  it("redirects old addresses (the bare id, or other words) to the slug", async () => {
    const slug = await slugOf("Coalition Confirmed");
    const id = slug.split("-")[0]!;
    for (const old of [id, `${id}-old-name`]) {
      const res = await call(`/organizations/${old}`);
      expect(res.status, old).toBe(301);
      expect(res.headers.get("location")).toBe(`/organizations/${slug}`);
    }
  });

  it("shows what the latest published statement says, never what an earlier unpublished submission typed (squatting)", async () => {
    const name = `Squat Target ${crypto.randomUUID().slice(0, 6)}`;
    // Someone else submits first under the name, with their own acronym and website, and withdraws.
    const squatter = await signIn();
    const squat = await createSubmission(squatter, { organization: { name, acronym: "EVIL", country: "GH", type: "private-sector", website: "https://evil.example" } });
    const slug = await slugOf(name);
    expect((await fresh(`/organizations/${slug}`)).status).toBe(404);
    await call(`/api/v1/submissions/${squat.reference}/withdraw`, { method: "POST", cookie: squatter, json: { version: 1 } });
    // The real organization's statement is published.
    const real = await createSubmission(await signIn(), { organization: { name: name.toUpperCase(), acronym: "ST", country: "GH", type: "ngo", website: "https://real.example" } });
    await publish(moderator, real.reference);
    const html = await (await fresh(`/organizations/${slug}`)).text();
    expect(html).toContain(`${name.toUpperCase()} (ST)`);
    expect(html).toContain("https://real.example");
    expect(html).not.toContain("EVIL");
    expect(html).not.toContain("evil.example");
    expect(html).not.toContain("Private sector");
    // A newer published statement under a new acronym is what the page shows next.
    const newer = await createSubmission(await signIn(), { organization: { name, acronym: "STN", country: "GH", type: "ngo", website: null } });
    await publish(moderator, newer.reference);
    const next = await (await fresh(`/organizations/${slug}`)).text();
    expect(next).toContain(`${name} (STN)`);
    expect(next).not.toContain("https://real.example\"");
  });

  it("never shows a co-signer that only an unpublished statement named", async () => {
    const only = coSigner("Unpublished Only Org");
    await jointStatement([only]);
    await answer(await tokenFor(only.email), "confirm");
    expect((await fresh(`/organizations/${await slugOf("Unpublished Only Org")}`)).status).toBe(404);
    expect(await (await fresh("/organizations")).text()).not.toContain("Unpublished Only Org");
  });
});
