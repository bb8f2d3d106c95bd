// Browser tests: the real Worker in wrangler dev, real headless Chromium, axe-core on every page.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { axeViolations, chromiumAvailable, CHROMIUM_MISSING, launchBrowser, scriptProblems, signInThroughPages, startServer } from "./harness.mjs";
import { PAGES } from "./pages.mjs";

const PORT = Number(process.env.BROWSER_TEST_PORT || 8799);

// A missing browser is a failure, never a silent skip: the pages would go untested.
if (!chromiumAvailable) throw new Error(CHROMIUM_MISSING);

describe("pages in Chromium", () => {
  let server;
  let chrome;
  const contexts = {};
  const vars = { published: "CD-CGR2-2022" };

  before(async () => {
    server = await startServer(PORT);
    chrome = await launchBrowser();
    contexts.anonymous = await chrome.browser.newContext();
    for (const [role, email] of [
      ["submitter", "ngo-browser@example.net"],
      ["moderator", "moderator@example.org"],
      ["admin", "admin@example.org"],
    ]) {
      contexts[role] = await chrome.browser.newContext();
      await signInThroughPages(await contexts[role].newPage(), server.origin, email);
    }
    // One submission of the submitter's own, through the API with the browser's session cookie.
    const cookies = await contexts.submitter.cookies(server.origin);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const segments = await (await fetch(`${server.origin}/api/v1/segments`)).json();
    const open = segments.items.find((s) => s.status === "open");
    const res = await fetch(`${server.origin}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        segment: open.slug,
        organization: { name: "La Strada Example", country: "UA", type: "ngo" },
        speaker: { name: "Olena Kovalenko" },
        language: "en",
        title: "Proposals on protecting displaced women from trafficking",
        text: "Distinguished delegates, displaced women and children are at heightened risk of trafficking. We put forward three proposals.",
        proposals: [{ text: "Register and screen every displaced child at border crossings.", themes: ["victim-protection", "border-management"] }],
        themes: ["victim-protection"],
        coSigners: [{ name: "Coalition Browser Example", country: "PL", email: "cosign-browser@example.net" }],
      }),
    });
    assert.equal(res.status, 201, `${await res.clone().text()}\n${server.logs()}`);
    const first = await res.json();
    vars.reference = first.reference;
    // The co-signer's invitation link, for the /cosign/{token} page.
    const mail = await (await fetch(`${server.origin}/dev/mailbox?to=cosign-browser%40example.net`)).json();
    vars.cosignToken = mail.messages[0].links.find((l) => l.includes("/cosign/")).split("/cosign/")[1];
    // A Chair's summary for the seeded segment, with the seeded statement's first proposal linked (the outcome pages).
    const staff = (await contexts.moderator.cookies(server.origin)).map((c) => `${c.name}=${c.value}`).join("; ");
    const outcome = await fetch(`${server.origin}/api/v1/segments/2022-4-trafficking-in-persons/outcome`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: staff },
      body: JSON.stringify({
        title: "Chair's summary of the constructive dialogue on trafficking in persons",
        publishedOn: "2022-07-15",
        text: "1. Participants underlined the need to identify victims early.\n\n2. Several speakers called for national referral mechanisms.\n\n3. Participants recommended that States:\n(a) Train front-line officials;\n(b) Fund shelters.",
      }),
    });
    assert.equal(outcome.status, 201, await outcome.clone().text());
    const linked = await fetch(`${server.origin}/api/v1/moderation/outcomes/2022-4-trafficking-in-persons/links`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: staff },
      body: JSON.stringify({ links: [{ reference: vars.published, proposal: 1, paragraph: "2" }] }),
    });
    assert.equal(linked.status, 200, await linked.clone().text());
    // And one half-written draft of theirs (drafts, check and submit).
    const draft = await fetch(`${server.origin}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ draft: true, segment: open.slug, title: "A draft still missing its text" }),
    });
    assert.equal(draft.status, 201, await draft.clone().text());
    vars.draft = (await draft.json()).reference;
    // A statement published and then unpublished by staff, for the 410 page (issue 12).
    const other = await fetch(`${server.origin}/api/v1/submissions`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({
      segment: open.slug,
      organization: { name: "La Strada Example", country: "UA", type: "ngo" },
      speaker: { name: "Olena Kovalenko" },
      language: "en",
      title: "A statement later taken down",
      text: "Distinguished delegates, this statement was published and later unpublished at the organization's request.",
      proposals: [],
      themes: ["victim-protection"],
    }) });
    assert.equal(other.status, 201, await other.clone().text());
    vars.unpublished = (await other.json()).reference;
    const decide = (json) => fetch(`${server.origin}/api/v1/moderation/submissions/${vars.unpublished}/decision`, { method: "POST", headers: { "content-type": "application/json", cookie: staff }, body: JSON.stringify(json) });
    assert.equal((await decide({ action: "publish", version: 1 })).status, 200);
    assert.equal((await decide({ action: "unpublish", reason: "Takedown request.", publicNote: "Removed at the organization's request.", version: 2 })).status, 200);
    // A second letter with the same text: the two form a campaign (`{twin}`, `{campaign}`).
    const twin = await fetch(`${server.origin}/api/v1/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        segment: open.slug,
        organization: { name: "La Strada Example Two", country: "UA", type: "ngo" },
        speaker: { name: "Iryna Shevchenko" },
        language: "en",
        title: first.title,
        text: first.text,
        proposals: first.proposals.map((p) => ({ text: p.text, themes: p.themes })),
        themes: first.themes,
      }),
    });
    assert.equal(twin.status, 201, await twin.clone().text());
    vars.twin = (await twin.json()).reference;
    const staffCookie = (await contexts.moderator.cookies(server.origin)).map((c) => `${c.name}=${c.value}`).join("; ");
    const queue = await (await fetch(`${server.origin}/api/v1/moderation/queue?q=${vars.twin}`, { headers: { cookie: staffCookie } })).json();
    vars.campaign = queue.items[0].campaign.id;
  });

  after(async () => {
    await chrome?.close();
    await server?.stop();
  });

  for (const p of PAGES) {
    it(`${p.name} (${p.path}, ${p.as}) has no axe-core violations`, async () => {
      const page = await contexts[p.as].newPage();
      const problems = scriptProblems(page);
      const path = p.path.replace(/\{(\w+)\}/g, (_, k) => vars[k]);
      const res = await page.goto(`${server.origin}${path}`);
      assert.ok(res.status() < 500, `status ${res.status()}`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      // The page's own scripts ran under its real Content-Security-Policy, without errors.
      assert.deepEqual(problems, []);
      // `?lang=` is remembered in a cookie: the next pages of this context are in English again.
      if (/[?&]lang=/.test(path)) await page.goto(`${server.origin}/?lang=en`);
      await page.close();
    });
  }

  it("axe-core really reports violations (a deliberately broken page)", async () => {
    const page = await contexts.anonymous.newPage();
    await page.setContent('<html><body><input type="text"><img src="x.png"></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    assert.ok(ids.includes("label") && ids.includes("image-alt") && ids.includes("html-has-lang"), ids.join(", "));
    await page.close();
  });

  it("the submit form with errors has no axe-core violations and focuses the error summary", async () => {
    const page = await contexts.submitter.newPage();
    await page.goto(`${server.origin}/submit`);
    await page.click("button[value=save]");
    await page.waitForSelector("#error-summary");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "error-summary");
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it("fill from a document: the pre-filled form has no axe-core violations and submits with the original kept", async () => {
    const page = await contexts.submitter.newPage();
    await page.goto(`${server.origin}/submit`);
    await page.setInputFiles('input[name="file"]', fileURLToPath(new URL("../fixtures/cgr-2022-tip-statement.txt", import.meta.url)));
    await Promise.all([page.waitForNavigation(), page.click('form[action="/intake/extract"] button[type=submit]')]);
    assert.equal(await page.inputValue("#f-organization-name"), "Centre for Governance Research");
    assert.equal(await page.inputValue("#f-speaker-name"), "Tariq Khosa");
    assert.match(await page.inputValue("#f-proposals-2-text"), /corruption-free state machinery, and the rule of law\.$/);
    assert.deepEqual(await axeViolations(page), []);
    // The 2022 segment is closed to submitters: they file it under the open one.
    await page.selectOption("#f-segment", { index: 1 });
    await Promise.all([page.waitForNavigation(), page.click("button[value=save]")]);
    const reference = /CD-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(page.url())?.[0];
    assert.ok(reference, page.url());
    const original = await page.request.get(`${server.origin}/api/v1/submissions/${reference}/document`);
    assert.equal(original.status(), 200);
    assert.match(original.headers()["content-disposition"], /^attachment; filename="?CD-/);
    assert.match(await original.text(), /CENTRE for GOVERNANCE RESEARCH/);
    await page.close();
  });

  it("an NGO can sign in, submit and withdraw with JavaScript switched off", async () => {
    const context = await chrome.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInThroughPages(page, server.origin, "no-js@example.net");
    await page.goto(`${server.origin}/submit`);
    await page.fill("#f-organization-name", "Keyboard Only Coalition");
    await page.selectOption("#f-organization-country", "NG");
    await page.fill("#f-speaker-name", "Chidi Okafor");
    await page.fill("#f-title", "Statement typed without JavaScript");
    await page.fill("#f-text", "Distinguished delegates, this statement was typed into the portal with JavaScript switched off entirely.");
    await page.fill("#f-proposals-0-text", "Fund shelters for survivors in every state.");
    await page.click("button[value=add-proposal]");
    await page.fill("#f-proposals-1-text", "Publish annual data on identified victims.");
    await Promise.all([page.waitForNavigation(), page.click("button[value=save]")]);
    const notice = await page.textContent("[role=status]");
    assert.match(notice, /received with reference CD-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    assert.equal(await page.locator(".proposals-view li").count(), 2);
    // Withdrawing asks first: the button leads to a confirmation page, which withdraws nothing until confirmed.
    await Promise.all([page.waitForNavigation(), page.click("button.danger")]);
    assert.match(page.url(), /\/my\/submissions\/CD-[0-9A-Z]{4}-[0-9A-Z]{4}\/withdraw/);
    assert.equal(await page.textContent("h1"), "Withdraw this statement?");
    assert.equal(await page.locator("[role=status]").count(), 0);
    await Promise.all([page.waitForNavigation(), page.click("text=No, keep it")]);
    assert.doesNotMatch(page.url(), /withdraw/);
    assert.equal(await page.locator(".proposals-view li").count(), 2);
    await Promise.all([page.waitForNavigation(), page.click("button.danger")]);
    await Promise.all([page.waitForNavigation(), page.click("button.danger")]);
    assert.match(await page.textContent("[role=status]"), /withdrawn/);
    await context.close();
  });
});
