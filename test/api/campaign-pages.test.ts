import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { PublicStatementOut, StatementSearchOut } from "../../worker/openapi/responses-archive";
import { call, postForm, seed, signIn, signInModerator } from "../helpers";
import { letter, member, topicOf } from "./campaign-helpers";

/** The campaign pages for staff (queue row, campaign page, flags on the review page, comparison) and the public marker and filter. */

let moderator: string;
beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

const page = async (path: string, cookie = moderator) => {
  const res = await call(path, { cookie });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const campaignOf = async (reference: string) =>
  ((await (await call(`/api/v1/moderation/queue?q=${reference}`, { cookie: moderator })).json()) as { items: { campaign: { id: string; size: number } | null }[] }).items[0]!.campaign;

async function campaign(name: string, n: number) {
  const topic = topicOf(name);
  const members = [];
  for (let i = 0; i < n; i++) members.push(await member(topic, i));
  const ref = (await campaignOf(members[0]!.reference))!;
  return { topic, members, id: ref.id };
}

describe("/moderation and /moderation/campaigns/{id}", () => {
  it("shows a campaign as one row of the queue, linking to its page, instead of one row per member", async () => {
    const { members, id } = await campaign("kestrels", 3);
    const { status, html } = await page("/moderation");
    expect(status).toBe(200);
    expect(html).toContain("Campaign: 3 statements from 3 organizations");
    expect(html).toContain(`href="/moderation/campaigns/${id}"`);
    for (const m of members.slice(1)) expect(html).not.toContain(`value="${m.reference}:`);
    // Filtered, the queue lists the members themselves.
    expect((await page(`/moderation?q=${members[1]!.reference}`)).html).toContain(`value="${members[1]!.reference}:`);
  });

  it("shows the representative text, each member's word diff and one decision form, in the page's language", async () => {
    const { members, id } = await campaign("merlins", 3);
    const { status, html } = await page(`/moderation/campaigns/${id}`);
    expect(status).toBe(200);
    expect(html).toContain(members[0]!.text.slice(0, 60));
    for (const m of members) expect(html).toContain(m.reference);
    // Members differ by their organization's name: marked as added and removed words.
    expect(html).toMatch(/<ins>.*?2,?.*?<\/ins>/s);
    expect(html).toMatch(/<del>/);
    expect(html).toContain(`action="/moderation/campaigns/${id}/decision"`);
    expect(html).toContain("Decide for 3 statements");
    const fr = await page(`/moderation/campaigns/${id}?lang=fr`);
    expect(fr.html).toContain("Décider pour 3 déclarations");
    expect(fr.html).toContain('lang="fr"');
    const ar = await page(`/moderation/campaigns/${id}?lang=ar`);
    expect(ar.html).toContain('dir="rtl"');
    expect((await page("/moderation/campaigns/CC-0000-0000")).status).toBe(404);
    expect((await page("/moderation/campaigns/nonsense")).status).toBe(404);
  });

  it("decides every member from the form, and re-renders with an error when a reason is missing", async () => {
    const { members, id } = await campaign("hobbies", 3);
    const bad = await postForm(`/moderation/campaigns/${id}/decision`, { action: "reject", reasonCode: "", reason: "" }, moderator);
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('class="error-summary');
    expect(badHtml).toContain('value="reject" checked');

    const ok = await postForm(`/moderation/campaigns/${id}/decision`, { action: "publish", reasonCode: "", reason: "" }, moderator);
    expect(ok.status).toBe(303);
    const location = ok.headers.get("location")!;
    expect(location).toBe(`/moderation/campaigns/${id}?decided=3&skipped=0`);
    const after = await page(location);
    expect(after.html).toContain("3 statements decided; 0 left as they were.");
    expect(after.html).toContain("No member of this campaign is waiting for a decision.");
    for (const m of members) {
      const s = (await (await call(`/api/v1/submissions/${m.reference}`, { cookie: moderator })).json()) as { status: string };
      expect(s.status).toBe("published");
    }
    expect((await postForm(`/moderation/campaigns/${id}/decision`, { action: "publish" }, await signIn())).status).toBe(403);
  });
});

describe("flags on the review page", () => {
  it("highlights personal data in the text and lists each duplicate with its title, organization, similarity and a comparison", async () => {
    const topic = topicOf("owls");
    const a = await member(topic, 1);
    const b = await member(topic, 2, { text: `Contact: jane.doe@example.org. ${(await import("./campaign-helpers")).letter(topic, `Network member ${topic} 2`)}` });
    const { html } = await page(`/moderation/${a.reference}`);
    expect(html).toContain(b.reference);
    expect(html).toContain(b.title);
    expect(html).toContain(`Network member ${topic} 2`);
    expect(html).toMatch(/\d+ % similar/);
    expect(html).toContain(`href="/moderation/${a.reference}/compare/${b.reference}"`);
    expect(html).toContain(`href="/moderation/campaigns/`);

    const review = await page(`/moderation/${b.reference}`);
    expect(review.html).toContain('<mark class="pii">jane.doe@example.org</mark>');

    const compare = await page(`/moderation/${a.reference}/compare/${b.reference}`);
    expect(compare.status).toBe(200);
    expect(compare.html).toContain(`${a.reference} and ${b.reference} side by side`);
    expect(compare.html).toMatch(/Estimated similarity: \d+ %/);
    expect(compare.html).toContain("<ins>");
    expect((await page(`/moderation/${a.reference}/compare/CD-0000-0000`)).status).toBe(404);
    expect((await page(`/moderation/${a.reference}/compare/${b.reference}`, await signIn())).status).toBe(403);
  });
});

describe("campaigns in the public archive", () => {
  it("marks published members, filters by campaign= in the API, CSV, feed and page, and counts only published members", async () => {
    const { members, id } = await campaign("puffins", 4);
    // Three are published; one is still waiting and must not be counted or shown.
    for (const m of members.slice(0, 3)) {
      const res = await call(`/api/v1/moderation/submissions/${m.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: m.version } });
      expect(res.status).toBe(200);
    }
    const found = v.parse(StatementSearchOut, await (await call(`/api/v1/statements?campaign=${id}`)).json());
    expect(found.total).toBe(3);
    expect(found.items.map((i) => i.reference).sort()).toEqual(members.slice(0, 3).map((m) => m.reference).sort());
    for (const item of found.items) expect(item.campaign).toEqual({ id, size: 3 });
    const one = v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${members[0]!.reference}`)).json());
    expect(one.campaign).toEqual({ id, size: 3 });
    expect(v.parse(StatementSearchOut, await (await call("/api/v1/statements?campaign=CC-0000-0000")).json()).total).toBe(0);

    const csv = await (await call(`/api/v1/statements.csv?campaign=${id}`)).text();
    expect(csv.trim().split("\n")).toHaveLength(4);
    const atom = await (await call(`/feeds/statements.atom?campaign=${id}`)).text();
    expect(atom.match(/<entry>/g)).toHaveLength(3);
    expect(atom).not.toContain(members[3]!.reference);

    const statement = await page(`/statements/${members[0]!.reference}`, "");
    expect(statement.html).toContain("One of 3 statements with this text");
    expect(statement.html).toContain(`href="/statements/${members[1]!.reference}"`);
    expect(statement.html).not.toContain(members[3]!.reference);
    expect(statement.html).toContain(`href="/statements?campaign=${id}"`);
    const list = await page(`/statements?campaign=${id}`, "");
    expect(list.status).toBe(200);
    for (const m of members.slice(0, 3)) expect(list.html).toContain(m.reference);
    expect(list.html).toContain("One of 3 statements with this text");
  });

  it("takes a published member out of its campaign as soon as staff correct its text into another one", async () => {
    const { members, id } = await campaign("shearwaters", 3);
    const versions: number[] = [];
    for (const m of members) {
      const res = await call(`/api/v1/moderation/submissions/${m.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: m.version } });
      expect(res.status).toBe(200);
      versions.push(((await res.json()) as { version: number }).version);
    }
    const first = members[0]!.reference;
    expect(v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${first}`)).json()).campaign).toEqual({ id, size: 3 });
    const staff = { version: versions[0]! };
    const corrected = await call(`/api/v1/moderation/submissions/${first}`, {
      method: "PATCH",
      cookie: moderator,
      json: { version: staff.version, text: letter(topicOf("own"), "A network member writing alone"), correctionNote: "The organization sent its own text." },
    });
    expect(corrected.status, await corrected.clone().text()).toBe(200);
    // The public answers right away, with no staff page read in between.
    const noCache = { headers: { "cache-control": "no-cache" } };
    expect(v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${first}`, noCache)).json()).campaign).toBeNull();
    expect(v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${members[1]!.reference}`, noCache)).json()).campaign).toEqual({ id, size: 2 });
  });

  it("shows no marker on a statement whose campaign has a single published member", async () => {
    const { members } = await campaign("gannets", 2);
    const published = await call(`/api/v1/moderation/submissions/${members[0]!.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: members[0]!.version } });
    expect(published.status).toBe(200);
    const found = v.parse(StatementSearchOut, await (await call(`/api/v1/statements?q=${encodeURIComponent(members[0]!.title)}`)).json());
    expect(found.items.map((i) => i.reference)).toEqual([members[0]!.reference]);
    expect(found.items[0]!.campaign).toBeNull();
    expect(v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${members[0]!.reference}`)).json()).campaign).toBeNull();
    expect((await page(`/statements/${members[0]!.reference}`, "")).html).not.toContain("statements with this text");
  });
});
