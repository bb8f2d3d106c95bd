import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, count, createSubmission, mailbox, OPEN_SEGMENT, postForm, seed, signIn, submitFormFields, uniqueEmail } from "../helpers";

beforeAll(seed);

/** A draft form with only the segment chosen (the rest as an untouched form posts it). */
const emptyDraftForm = (overrides: Record<string, string | string[]> = {}) =>
  submitFormFields({
    intent: "draft",
    "organization.name": "",
    "organization.country": "",
    "speaker.name": "",
    title: "",
    text: "",
    "proposals.0.text": "",
    "proposals.0.themes": [],
    themes: [],
    ...overrides,
  });

async function saveDraft(cookie: string, fields: Record<string, string | string[]>): Promise<string> {
  const res = await postForm("/submit", fields, cookie);
  expect(res.status, await res.clone().text()).toBe(303);
  const location = res.headers.get("location")!;
  expect(location).toMatch(/^\/my\/submissions\/CD-[0-9A-Z]{4}-[0-9A-Z]{4}\?notice=draft$/);
  return location.split("/")[3]!.split("?")[0]!;
}

describe("drafts on the pages", () => {
  it("saves a draft from /submit with only the segment, sends no receipt, and lists it first with Check and submit", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const form = await (await call("/submit", { cookie })).text();
    expect(form).toContain('value="draft"');
    expect(form).toContain("Save as draft");
    await createSubmission(cookie, { title: "Already submitted one" });
    const before = (await mailbox(email)).length;
    const reference = await saveDraft(cookie, emptyDraftForm({ title: "My unfinished statement" }));
    expect((await mailbox(email)).length).toBe(before);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND status = 'draft' AND title = 'My unfinished statement'", reference)).toBe(1);

    const page = await (await call(`/my/submissions/${reference}?notice=draft`, { cookie })).text();
    expect(page).toContain("Your draft was saved.");
    expect(page).toContain("Check and submit");
    expect(page).toContain("What happens next");

    const list = await (await call("/my/submissions", { cookie })).text();
    expect(list.indexOf(reference)).toBeGreaterThan(-1);
    expect(list.indexOf(reference)).toBeLessThan(list.indexOf("Already submitted one"));
    expect(list).toContain(`href="/my/submissions/${reference}/submit"`);
  });

  it("re-renders a draft without a segment with the segment's error and every typed value kept (422)", async () => {
    const cookie = await signIn();
    const res = await postForm("/submit", emptyDraftForm({ segment: "", title: "Kept title", "organization.name": "Kept Org" }), cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('value="Kept title"');
    expect(html).toContain('value="Kept Org"');
  });

  it("shows every missing field at once on the check step, then submits the completed draft with its receipt", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const reference = await saveDraft(cookie, emptyDraftForm({ title: "Almost there" }));
    const check = await call(`/my/submissions/${reference}/submit`, { cookie });
    expect(check.status).toBe(200);
    const html = await check.text();
    const summary = html.slice(html.indexOf('class="error-summary"'), html.indexOf("</div>", html.indexOf('class="error-summary"')));
    for (const field of ["organization-name", "organization-country", "speaker-name", "text"]) expect(summary, field).toContain(`#f-${field}`);
    expect(html).toContain('value="Almost there"');

    // Posting the still incomplete form lists every missing field again, values kept.
    const incomplete = await postForm(`/my/submissions/${reference}/submit`, emptyDraftForm({ intent: "save", title: "Almost there", version: "1" }), cookie);
    expect(incomplete.status).toBe(422);
    const again = await incomplete.text();
    expect((again.match(/<li><a href="#f-/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(again).toContain('value="Almost there"');
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND status = 'draft'", reference)).toBe(1);

    const done = await postForm(`/my/submissions/${reference}/submit`, submitFormFields({ version: "1" }), cookie);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/my/submissions/${reference}?notice=received`);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND status = 'submitted'", reference)).toBe(1);
    expect((await mailbox(email))[0]?.subject).toBe(`Statement received: ${reference}`);
  });

  it("saves a draft's page as a draft again (Save draft), and refuses a stale version with the conflict notice", async () => {
    const cookie = await signIn();
    const reference = await saveDraft(cookie, emptyDraftForm());
    const saved = await postForm(`/my/submissions/${reference}`, emptyDraftForm({ title: "Second save", version: "1" }), cookie);
    expect(saved.status).toBe(303);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND status = 'draft' AND version = 2 AND title = 'Second save'", reference)).toBe(1);
    const stale = await postForm(`/my/submissions/${reference}`, emptyDraftForm({ title: "Lost", version: "1" }), cookie);
    expect(stale.status).toBe(409);
  });

  it("is the owner's alone: another submitter gets 404 on the draft, its check step and its withdraw page", async () => {
    const cookie = await signIn();
    const reference = await saveDraft(cookie, emptyDraftForm());
    const other = await signIn();
    for (const path of [`/my/submissions/${reference}`, `/my/submissions/${reference}/submit`, `/my/submissions/${reference}/withdraw`]) {
      expect((await call(path, { cookie: other })).status, path).toBe(404);
    }
    expect((await postForm(`/my/submissions/${reference}/submit`, submitFormFields({ version: "1" }), other)).status).toBe(404);
    expect((await call(`/moderation/${reference}`, { cookie: await signIn("moderator@example.org") })).status).toBe(404);
  });

  it("withdraws a draft through the confirmation page", async () => {
    const cookie = await signIn();
    const reference = await saveDraft(cookie, emptyDraftForm());
    expect((await call(`/my/submissions/${reference}/withdraw`, { cookie })).status).toBe(200);
    const res = await postForm(`/my/submissions/${reference}/withdraw`, { version: "1", confirm: "yes" }, cookie);
    expect(res.status).toBe(303);
    const page = await (await call(`/my/submissions/${reference}`, { cookie })).text();
    expect(page).toContain("Withdrawn");
  });
});

describe("the saved organization on the pages", () => {
  it("edits the organization on /my/organization; /submit then starts from it and offers the recent speakers", async () => {
    const cookie = await signIn();
    const empty = await (await call("/my/organization", { cookie })).text();
    expect(empty).toContain("No organization is saved yet.");
    const bad = await postForm("/my/organization", { name: "x", acronym: "", country: "", type: "ngo", website: "ftp://nope" }, cookie);
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('class="error-summary"');
    expect(badHtml).toContain('value="ftp://nope"');
    const ok = await postForm("/my/organization", { name: "Profile Page Org", acronym: "PPO", country: "br", type: "foundation", website: "" }, cookie);
    expect(ok.status).toBe(303);
    expect(await (await call("/my/organization?notice=saved", { cookie })).text()).toContain("Your organization was saved.");

    await createSubmission(cookie, { speaker: { name: "Recent Speaker", role: "Advocacy lead" } });
    const submit = await (await call("/submit", { cookie })).text();
    expect(submit).toContain('value="Profile Page Org"');
    expect(submit).toContain('name="speakerChoice"');
    expect(submit).toContain("Recent Speaker, Advocacy lead");

    // Choosing the recent speaker (no name typed) submits with it.
    const res = await postForm("/submit", submitFormFields({ "speaker.name": "", speakerChoice: "0" }), cookie);
    expect(res.status).toBe(303);
    const reference = res.headers.get("location")!.split("/")[3]!.split("?")[0]!;
    const row = await env.DB.prepare("SELECT speaker_name AS name, speaker_role AS role FROM submissions WHERE reference = ?1").bind(reference).first();
    expect(row).toEqual({ name: "Recent Speaker", role: "Advocacy lead" });
  });

  it("is in Arabic (rtl), French and Chinese", async () => {
    const cookie = await signIn();
    const ar = await (await call("/my/organization?lang=ar", { cookie })).text();
    expect(ar).toContain('dir="rtl"');
    expect(ar).toContain("منظمتي");
    expect(await (await call("/my/organization?lang=fr", { cookie })).text()).toContain("Mon organisation");
    expect(await (await call("/my/organization?lang=zh", { cookie })).text()).toContain("我的组织");
  });

  it("needs a session and a same-origin form post", async () => {
    const res = await call("/my/organization");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("/sign-in");
    const cookie = await signIn();
    const cross = await call("/my/organization", { method: "POST", cookie, body: "name=Evil", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
    expect(cross.status).toBe(403);
  });
});

describe("what happens next", () => {
  it("shows the steps, the segment's closing date and the dialogue's date on a submission's page, in French too", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const html = await (await call(`/my/submissions/${s.reference}`, { cookie })).text();
    expect(html).toContain("What happens next");
    expect(html).toMatch(/Submitted<\/span> <span class="step-state">\(done\)/);
    expect(html).toContain('aria-current="step"');
    expect(html).toContain("The segment accepts statements until");
    expect(html).toContain("The dialogue is held on");
    const fr = await (await call(`/my/submissions/${s.reference}?lang=fr`, { cookie })).text();
    expect(fr).toContain("Prochaines étapes");
    expect(fr).toContain("Le dialogue a lieu le");
    expect(OPEN_SEGMENT).toBeTruthy();
  });
});
