// A moderator works through a queue of 50 mixed submissions with the keyboard alone (real Chromium,
// real Worker): Tab to the decision, arrow keys and Space for the action, type a reason, Enter.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { axeViolations, chromiumAvailable, CHROMIUM_MISSING, launchBrowser, signInThroughPages, startServer } from "./harness.mjs";

const PORT = Number(process.env.MODERATION_TEST_PORT || 8788);
const log = (message) => process.env.MODERATION_TEST_VERBOSE && console.error(message);
const COUNT = Number(process.env.MODERATION_TEST_COUNT || 50);

/** Presses Tab until the focused element matches `selector` (what a keyboard user does). */
const VOCABULARY = (
  "shelters referral training prosecutors judges border guards labour inspectors migrants children women survivors compensation data registry " +
  "corruption oversight parliament budget hotline interpreters consular outreach schools media platforms recruitment agencies visas " +
  "firearms marking tracing customs ports airports forests fisheries mining farms factories domestic workers seafarers students"
).split(" ");

/** A statement text of its own for the i-th letter: twenty words drawn by a small deterministic generator. */
function distinctText(i) {
  let x = 7919 * (i + 1);
  const words = [];
  for (let k = 0; k < 20; k++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    words.push(VOCABULARY[x % VOCABULARY.length]);
  }
  return `Distinguished delegates, letter ${i} asks about ${words.join(" ")}, and proposes measures for the dialogue.`;
}

async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

if (!chromiumAvailable) throw new Error(CHROMIUM_MISSING);

describe("keyboard-only moderation", () => {
  let server;
  let chrome;
  let page;
  const submitters = [];

  before(async () => {
    server = await startServer(PORT);
    chrome = await launchBrowser();
    const context = await chrome.browser.newContext();
    page = await context.newPage();
    log("server and browser up");
    await signInThroughPages(page, server.origin, "moderator@example.org");
    log("signed in");
    const cookie = (await context.cookies(server.origin)).map((c) => `${c.name}=${c.value}`).join("; ");
    const segments = await (await fetch(`${server.origin}/api/v1/segments`)).json();
    const open = segments.items.find((s) => s.status === "open");
    // Staff may file statements for others (archiving); the moderator's session creates 50 here.
    for (let i = 0; i < COUNT; i++) {
      const res = await fetch(`${server.origin}/api/v1/submissions`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({
          segment: open.slug,
          organization: { name: `Organization ${i}`, country: "KE", type: "ngo" },
          speaker: { name: "Amina Otieno" },
          language: "en",
          title: `Keyboard queue statement ${i}`,
          // Each text its own: near-identical letters would form one campaign, shown as one queue row.
          text: distinctText(i),
          proposals: [{ text: `Proposal ${i}: fund shelters run by civil society.`, themes: ["victim-protection"] }],
          themes: [],
        }),
      });
      assert.equal(res.status, 201, await res.clone().text());
      submitters.push((await res.json()).reference);
    }
  });

  after(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it(`decides ${COUNT} statements without the mouse, each moving on to the next`, async () => {
    log("submissions created");
    await page.goto(`${server.origin}/moderation`);
    assert.deepEqual(await axeViolations(page), []);
    // Into the first statement from the queue: Tab to its link, Enter.
    await tabTo(page, "table.queue a.reference");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    const decided = [];
    for (let i = 0; i < COUNT; i++) {
      const reference = (await page.textContent("dd.reference")).trim();
      const action = i % 5 === 4 ? "reject" : i % 5 === 3 ? "request_changes" : "publish";
      await tabTo(page, 'a[href="#decision-h"]');
      await page.keyboard.press("Enter");
      await tabTo(page, 'input[name="action"]');
      // Radio order: publish, request changes, reject. Arrow keys move the choice.
      const steps = { publish: 0, request_changes: 1, reject: 2 }[action];
      await page.keyboard.press("Space");
      for (let s = 0; s < steps; s++) await page.keyboard.press("ArrowDown");
      if (action !== "publish") {
        await tabTo(page, 'textarea[name="reason"]');
        await page.keyboard.type(`Reason for ${reference}.`);
      }
      await tabTo(page, 'form[action$="/decision"] button[type="submit"]');
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      assert.match(await page.textContent("main"), new RegExp(`${reference} is now`), `after deciding ${reference}`);
      decided.push([reference, action]);
      log(`${i + 1}/${COUNT} ${reference} ${action}`);
    }
    assert.equal(new Set(decided.map(([r]) => r)).size, COUNT);
    const statuses = { publish: "published", request_changes: "changes_requested", reject: "rejected" };
    for (const [reference, action] of decided) {
      const res = await fetch(`${server.origin}/api/v1/moderation/submissions/${reference}/history`, { headers: { cookie: (await page.context().cookies(server.origin)).map((c) => `${c.name}=${c.value}`).join("; ") } });
      const { items } = await res.json();
      assert.equal(items.at(-1).action, statuses[action], reference);
    }
  });
});
