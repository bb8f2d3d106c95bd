import { beforeAll, describe, expect, it } from "vitest";
import { call, createSubmission, ORIGIN, postForm, seed, signIn, signInAdmin, signInModerator, uniqueEmail } from "../helpers";

/** The outcome pages: the public summary, the statement page's mark, and the staff pages (attach, link), without JavaScript. */

const SUMMARY = `Chair's summary
12 July 2030

1. The constructive dialogue was held in Vienna.

2. Participants underlined that national referral mechanisms should include specialised non-governmental organizations and have a budget.

3. Several speakers called for practical training of border officials to identify victims of trafficking among migrants.`;

let moderator: string;
let admin: string;

beforeAll(async () => {
  await seed();
  [moderator, admin] = await Promise.all([signInModerator(), signInAdmin()]);
});

async function segmentWithOutcome(attach = true) {
  const slug = `outpage-${crypto.randomUUID().slice(0, 8)}`;
  await call("/api/v1/admin/segments", {
    method: "POST",
    cookie: admin,
    json: { slug, title: "Outcome page segment", series: "2030", number: 1, topics: ["trafficking-in-persons"], heldOn: "2030-07-05", opensAt: "2020-01-01T00:00:00Z", closesAt: "2099-12-31T23:59:59Z" },
  });
  const cookie = await signIn(uniqueEmail());
  const s = await createSubmission(cookie, {
    segment: slug,
    proposals: [
      { text: "Create a national referral mechanism with a budget and a role for specialised NGOs.", themes: ["victim-protection"] },
      { text: "Train border officials to identify victims of trafficking among migrants.", themes: ["border-management"] },
    ],
  });
  await call(`/api/v1/moderation/submissions/${s.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: s.version } });
  if (attach) await call(`/api/v1/segments/${slug}/outcome`, { method: "POST", cookie: moderator, json: { title: "Chair's summary", publishedOn: "2030-07-12", text: SUMMARY } });
  return { slug, reference: s.reference };
}

const html = async (res: Response) => res.text();
const links = async (slug: string) => (await (await call(`/api/v1/segments/${slug}/outcome`, { headers: { "cache-control": "no-cache" } })).json()) as { paragraphs: { number: string; proposals: { reference: string; proposal: number }[] }[] };
const linkedPairs = async (slug: string) => (await links(slug)).paragraphs.flatMap((p) => p.proposals.map((x) => `${x.proposal}→${p.number}`)).sort();

describe("the public outcome page", () => {
  it("shows each paragraph with its anchor beside the proposals it reflects, and the statement page links to it", async () => {
    const { slug, reference } = await segmentWithOutcome();
    await call(`/api/v1/moderation/outcomes/${slug}/links`, { method: "PUT", cookie: moderator, json: { links: [{ reference, proposal: 2, paragraph: "3" }] } });
    const page = await html(await call(`/segments/${slug}/outcome`));
    expect(page).toContain('id="para-3"');
    expect(page).toContain(`href="/statements/${reference}#p2"`);
    expect(page).toContain("Proposals reflected here");
    expect(page).toContain("Proposals reflected: 1");
    const statement = await html(await call(`/statements/${reference}`));
    expect(statement).toContain(`href="/segments/${slug}/outcome#para-3"`);
    expect(statement).toContain("Reflected in the Chair&#39;s summary, paragraph 3");
    expect(statement.match(/Reflected in the Chair/g)).toHaveLength(1);
    expect(await html(await call(`/segments/${slug}`))).toContain(`<a href="/segments/${slug}/outcome">Outcome of the dialogue: Chair&#39;s summary</a>`);
  });

  it("is translated (French, Arabic right to left) and answers 404 where no summary is attached", async () => {
    const { slug } = await segmentWithOutcome();
    const fr = await html(await call(`/segments/${slug}/outcome?lang=fr`));
    expect(fr).toContain("Publié le 12 juillet 2030");
    expect(fr).toContain("Propositions reprises : 0");
    const ar = await html(await call(`/segments/${slug}/outcome?lang=ar`));
    expect(ar).toContain('dir="rtl"');
    expect(ar).toContain("المقترحات الواردة");
    const none = await segmentWithOutcome(false);
    expect((await call(`/segments/${none.slug}/outcome`)).status).toBe(404);
  });
});

describe("the staff outcome pages", () => {
  it("sends the signed-out to sign in and refuses submitters", async () => {
    const { slug } = await segmentWithOutcome();
    const signedOut = await call(`/moderation/outcomes/${slug}`);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toMatch(/^\/sign-in/);
    expect((await call(`/moderation/outcomes/${slug}`, { cookie: await signIn() })).status).toBe(403);
    expect((await postForm(`/moderation/outcomes/${slug}`, {}, await signIn())).status).toBe(403);
  });

  it("lists the proposals with the suggested paragraphs as radio buttons, none chosen for the moderator", async () => {
    const { slug, reference } = await segmentWithOutcome();
    const index = await html(await call("/moderation/outcomes", { cookie: moderator }));
    expect(index).toContain(`href="/moderation/outcomes/${slug}"`);
    expect(await html(await call("/moderation", { cookie: moderator }))).toContain('href="/moderation/outcomes"');
    const page = await html(await call(`/moderation/outcomes/${slug}`, { cookie: moderator }));
    expect(page).toContain(`name="link.${reference}.1" value="2"`);
    expect(page).toContain("Paragraph 2 (suggested)");
    expect(page).toContain("Shared words: ");
    expect(page).not.toMatch(/type="radio"[^>]*checked/);
    expect(page).toContain("Not reflected");
  });

  it("saves one form: a chosen paragraph links, another from the list links, an unanswered proposal keeps its links, 'Not reflected' removes them", async () => {
    const { slug, reference } = await segmentWithOutcome();
    const saved = await postForm(`/moderation/outcomes/${slug}`, { [`link.${reference}.1`]: "2", [`other.${reference}.2`]: "3" }, moderator);
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/moderation/outcomes/${slug}?saved=2`);
    expect(await linkedPairs(slug)).toEqual(["1→2", "2→3"]);
    const page = await html(await call(`/moderation/outcomes/${slug}?saved=2`, { cookie: moderator }));
    expect(page).toContain("Links saved: 2 proposals are linked.");
    expect(page).toMatch(new RegExp(`name="link.${reference}.1" value="2" checked`));
    await postForm(`/moderation/outcomes/${slug}`, { [`link.${reference}.2`]: "" }, moderator);
    expect(await linkedPairs(slug)).toEqual(["1→2"]);
    const cross = await call(`/moderation/outcomes/${slug}`, { method: "POST", cookie: moderator, body: `link.${reference}.1=`, headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
    expect(cross.status).toBe(403);
    expect(await linkedPairs(slug)).toEqual(["1→2"]);
  });

  it("attaches a summary through the upload form, and re-renders an unreadable one with the error in the page's language", async () => {
    const { slug } = await segmentWithOutcome(false);
    const form = new FormData();
    form.append("file", new File([SUMMARY], "summary.txt", { type: "text/plain" }));
    form.append("title", "");
    form.append("publishedOn", "");
    form.append("url", "");
    const res = await call(`/moderation/outcomes/${slug}/document`, { method: "POST", cookie: moderator, body: form, headers: { origin: ORIGIN } });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/moderation/outcomes/${slug}?read=3`);
    expect((await links(slug)).paragraphs.map((p) => p.number)).toEqual(["1", "2", "3"]);

    const bad = new FormData();
    bad.append("file", new File([new Uint8Array(0)], "empty.pdf"));
    bad.append("publishedOn", "demain");
    const refused = await call(`/moderation/outcomes/${slug}/document?lang=fr`, { method: "POST", cookie: moderator, body: bad, headers: { origin: ORIGIN } });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain("Indiquez la date au format AAAA-MM-JJ.");
    expect(page).toContain("Remplacer le résumé");
  });
});
