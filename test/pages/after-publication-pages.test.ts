import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../worker/i18n";
import { call, freshSubmission, LONG_TEXT, postForm, seed, signInModerator } from "../helpers";

/**
 * The pages of issue 12 without JavaScript: the review page's word diff, document section, collapsed
 * theme choices and after-publication forms; the submitter's page; the public 410 page; six languages.
 */

let moderator: string;
beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

const fresh = (overrides: Record<string, unknown> = {}) => freshSubmission("pp", overrides);
const page = async (path: string, cookie = moderator) => {
  const res = await call(path, { cookie });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
};
const decide = (reference: string, json: unknown) => call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json });
const versionOf = async (reference: string) => ((await (await call(`/api/v1/submissions/${reference}`, { cookie: moderator })).json()) as { version: number }).version;

/** Changes requested, then the NGO resubmits with one sentence changed. */
async function resubmitted() {
  const s = await fresh();
  await decide(s.reference, { action: "request_changes", reason: "Please name the programme.", version: 1 });
  const text = LONG_TEXT.replace("victims", "survivors");
  expect(text).not.toBe(LONG_TEXT);
  await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie: s.cookie, json: { version: 2, text } });
  return s;
}

describe("the review page after a resubmission", () => {
  it("shows word by word what the NGO changed since staff last saw it", async () => {
    const s = await resubmitted();
    const { html } = await page(`/moderation/${s.reference}`);
    expect(html).toContain('id="changes-h"');
    expect(html).toContain("What changed since staff last saw it");
    expect(html).toMatch(/<del[^>]*>victims<\/del>/);
    expect(html).toMatch(/<ins[^>]*>survivors<\/ins>/);
    // Not "text changed (2,633 → 2,471 characters)": the words themselves.
    const section = html.slice(html.indexOf('<section aria-labelledby="changes-h"'), html.indexOf('<section aria-labelledby="text-h"'));
    expect(section).not.toContain("characters)");
    expect(section).toContain("Version 1");
  });

  it("has no comparison on a first review, and says so when nothing changed since", async () => {
    const s = await fresh();
    expect((await page(`/moderation/${s.reference}`)).html).not.toContain('id="changes-h"');
    await call(`/api/v1/moderation/submissions/${s.reference}`, { method: "PATCH", cookie: moderator, json: { version: 1, themes: ["technology"] } });
    expect((await page(`/moderation/${s.reference}`)).html).toContain("Nothing changed since staff last saw it.");
  });

  it("labels history fields in the page's language and lists only real changes", async () => {
    const s = await fresh();
    const proposals = [
      { text: "Establish national referral mechanisms for victims of trafficking.", themes: ["victim-protection", "institutional-coordination"] },
      { text: "Train border officials to identify victims among migrants.", themes: ["border-management", "technology"] },
    ];
    await call(`/api/v1/moderation/submissions/${s.reference}`, { method: "PATCH", cookie: moderator, json: { version: 1, proposals } });
    await decide(s.reference, { action: "reject", reason: "Off-topic.", reasonCode: "off-topic", version: 2 });
    const { html } = await page(`/moderation/${s.reference}`);
    expect(html).toContain("Themes of proposal 2");
    expect(html).toContain("Reason code: (none) → Off-topic");
    expect(html).not.toContain("reasonCode");
    expect(html).not.toContain("proposals.2.themes");
    expect(html).not.toMatch(/Proposals changed/);
    const fr = (await page(`/moderation/${s.reference}?lang=fr`)).html;
    expect(fr).toContain("Thèmes de la proposition 2");
    expect(fr).toContain("Code de motif");
  });

  it("collapses each proposal's theme checkboxes to the chosen themes and a Change <details>", async () => {
    const s = await fresh();
    const { html } = await page(`/moderation/${s.reference}`);
    const choice = html.slice(html.indexOf('class="theme-choice"'));
    expect(choice).toMatch(/<li class="chip">[^<]+<\/li>/);
    expect(choice).toMatch(/<details class="theme-details"><summary>Change<span class="visually-hidden"> — Themes of proposal 1<\/span><\/summary>/);
    // Still an ordinary form: the checkboxes are inside, ticked for the chosen themes.
    expect(choice).toMatch(/<input type="checkbox" name="proposals\.0\.themes" value="victim-protection" checked/);
  });
});

describe("the original document on the review page", () => {
  async function withDocument() {
    const s = await fresh();
    const key = `pages/${s.reference}.txt`;
    await env.DOCUMENTS.put(key, "Original", { httpMetadata: { contentType: "text/plain" } });
    await env.DB.prepare(
      `INSERT INTO attachments (submission_id, r2_key, content_type, size, sha256, filename, created_at)
       SELECT id, ?2, 'text/plain', 8, ?3, 'letter.txt', '2026-01-01T00:00:00Z' FROM submissions WHERE reference = ?1`,
    )
      .bind(s.reference, key, "0".repeat(64))
      .run();
    return s;
  }

  it("links staff to the private download and makes it public with a form of its own", async () => {
    const s = await withDocument();
    const before = (await page(`/moderation/${s.reference}`)).html;
    expect(before).toContain(`href="/api/v1/submissions/${s.reference}/document"`);
    expect(before).toContain("The original is visible only to staff and the submitter.");
    const res = await postForm(`/moderation/${s.reference}/edit`, { version: "1", form: "document", documentPublic: "true" }, moderator);
    expect(res.status).toBe(303);
    expect((await page(`/moderation/${s.reference}`)).html).toContain("The original is public.");
    await decide(s.reference, { action: "publish", version: 2 });
    expect((await call(`/statements/${s.reference}/document`)).status).toBe(200);
    // Unticked: private again.
    expect((await postForm(`/moderation/${s.reference}/edit`, { version: "3", form: "document" }, moderator)).status).toBe(303);
    expect((await call(`/statements/${s.reference}/document`)).status).toBe(404);
  });
});

describe("after publication on the review page", () => {
  it("offers unpublishing with a note for readers, and a correction form that needs its note", async () => {
    const s = await fresh();
    await decide(s.reference, { action: "publish", version: 1 });
    const { html } = await page(`/moderation/${s.reference}`);
    expect(html).toContain('value="unpublish"');
    expect(html).not.toContain('value="reject"');
    expect(html).toContain('name="publicNote"');
    expect(html).toContain('name="correctionNote"');
    expect(html).toContain(`href="/statements/${s.reference}"`);

    const missing = await postForm(`/moderation/${s.reference}/decision`, { version: "2", action: "unpublish", reason: "", publicNote: "Gone." }, moderator);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain("Give the reason the submitter will read.");

    const done = await postForm(`/moderation/${s.reference}/decision`, { version: "2", action: "unpublish", reasonCode: "takedown-request", reason: "Request.", publicNote: "Removed on request." }, moderator);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/moderation/${s.reference}?decided=${s.reference}`);
    const after = (await page(done.headers.get("location")!)).html;
    expect(after).toContain('value="republish"');
    const gone = await call(`/statements/${s.reference}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("Removed on request.");
  });

  it("re-renders a correction without a note with the error, then records it with one", async () => {
    const s = await fresh();
    await decide(s.reference, { action: "publish", version: 1 });
    const fields = {
      version: "2", segment: "demo-open-segment", title: `Corrected ${s.tag}`, text: LONG_TEXT,
      "proposals.0.text": "Establish national referral mechanisms for victims of trafficking.", "proposals.0.themes": ["victim-protection", "institutional-coordination"],
      "proposals.1.text": "Train border officials to identify victims among migrants.", "proposals.1.themes": ["border-management"],
      themes: ["victim-protection"],
    };
    const refused = await postForm(`/moderation/${s.reference}/edit`, fields, moderator);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Say what was corrected");
    const ok = await postForm(`/moderation/${s.reference}/edit`, { ...fields, correctionNote: "The title named the wrong year." }, moderator);
    expect(ok.status).toBe(303);
    const statement = (await page(`/statements/${s.reference}`, "")).html;
    expect(statement).toContain(`Corrected ${s.tag}`);
    expect(statement).toContain("The title named the wrong year.");
  });
});

describe("the submitter's page", () => {
  it("shows the current state, and an old decision only as an earlier one", async () => {
    const s = await resubmitted();
    const { html } = await page(`/my/submissions/${s.reference}`, s.cookie);
    expect(html).toContain("Waiting for review by UNODC staff.");
    expect(html).toContain("Earlier decision (no longer current)");
    expect(html).toContain("Please name the programme.");
  });

  it("links to the public page once published, and shows a current decision as current", async () => {
    const s = await fresh();
    await decide(s.reference, { action: "publish", version: 1 });
    const { html } = await page(`/my/submissions/${s.reference}`, s.cookie);
    expect(html).toContain("Published in the public archive.");
    expect(html).toContain(`href="/statements/${s.reference}"`);
    expect(html).not.toContain("Earlier decision");
    await decide(s.reference, { action: "unpublish", reason: "A complaint.", publicNote: "Under review.", version: await versionOf(s.reference) });
    const later = (await page(`/my/submissions/${s.reference}`, s.cookie)).html;
    expect(later).toContain("UNODC staff removed this statement from the public archive.");
    expect(later).toContain("Under review.");
    expect(later).not.toContain(`href="/statements/${s.reference}"`);
  });
});

describe("in the six languages", () => {
  it("renders the review page, the submitter's page and the 410 page in each language", async () => {
    const s = await resubmitted();
    const gone = await fresh();
    await decide(gone.reference, { action: "publish", version: 1 });
    await decide(gone.reference, { action: "unpublish", reason: "Request.", publicNote: "Note.", version: 2 });
    for (const lang of LOCALES) {
      for (const [path, cookie, status] of [
        [`/moderation/${s.reference}?lang=${lang}`, moderator, 200],
        [`/my/submissions/${s.reference}?lang=${lang}`, s.cookie, 200],
        [`/statements/${gone.reference}?lang=${lang}`, "", 410],
      ] as const) {
        const res = await page(path, cookie);
        expect(res.status, path).toBe(status);
        expect(res.html, path).toContain(`<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}"`);
      }
    }
  });
});
