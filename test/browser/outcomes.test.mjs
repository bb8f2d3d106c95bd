// A moderator links the 30 proposals of a segment to its Chair's summary with the keyboard alone
// (real Chromium, real Worker), timed: Tab to each proposal's choices, Space takes the first
// suggestion or the arrow keys another, and one Save. The bar: under ten minutes.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { axeViolations, chromiumAvailable, launchBrowser, signInThroughPages, startServer } from "./harness.mjs";

const PORT = Number(process.env.OUTCOMES_TEST_PORT || 8791);
const TOPICS = [
  "referral mechanisms for victims", "training of labour inspectors", "shelters for male victims", "compensation funds", "non-punishment of victims",
  "due diligence in supply chains", "recruitment fees", "online advertisements", "data on trafficking", "survivor advisory councils",
  "firearm marking", "record-keeping of transfers", "tracing requests", "brokering licences", "deactivation standards",
  "destruction of seized weapons", "domestic violence checks", "postal shipments of parts", "witness protection", "asset recovery",
  "mutual legal assistance templates", "electronic evidence", "joint investigation teams", "judicial mentoring", "needs assessments",
  "multi-year funding", "independent evaluations", "small grants", "unaccompanied children", "alternatives to detention",
];

async function tabTo(page, selector, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe("keyboard-only outcome linking", { skip: !chromiumAvailable }, () => {
  let server;
  let chrome;
  let page;
  let cookie;
  const slug = "outcome-keyboard";
  const proposals = [];

  before(async () => {
    server = await startServer(PORT);
    chrome = await launchBrowser();
    const context = await chrome.browser.newContext({ bypassCSP: true });
    page = await context.newPage();
    await signInThroughPages(page, server.origin, "admin@example.org");
    cookie = (await context.cookies(server.origin)).map((c) => `${c.name}=${c.value}`).join("; ");
    const post = (path, body, method = "POST") => fetch(`${server.origin}${path}`, { method, headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
    let res = await post("/api/v1/admin/segments", { slug, title: "Keyboard outcome segment", series: "2030", number: 1, topics: ["trafficking-in-persons"], heldOn: "2030-07-05", opensAt: "2020-01-01T00:00:00Z", closesAt: "2020-12-31T23:59:59Z" });
    assert.equal(res.status, 201, await res.clone().text());
    // Ten statements of three proposals each, published through the staff import.
    const statements = Array.from({ length: 10 }, (_, s) => ({
      segment: slug,
      organization: { name: `Organization ${s}`, country: "KE", type: "ngo" },
      speaker: { name: "Amina Otieno" },
      language: "en",
      title: `Statement ${s}`,
      text: "Distinguished delegates, we present three proposals to the Member States for this constructive dialogue.",
      proposals: [0, 1, 2].map((k) => ({ text: `Improve ${TOPICS[s * 3 + k]} through national action plans.`, themes: [] })),
      themes: [],
    }));
    res = await post("/api/v1/statements/import", { statements });
    assert.equal(res.status, 201, await res.clone().text());
    const refs = (await res.json()).items.map((i) => i.reference);
    refs.forEach((reference, s) => [1, 2, 3].forEach((n) => proposals.push({ reference, n, paragraph: String(s * 3 + n + 1) })));
    const text = ["1. The dialogue was held in Vienna.", ...TOPICS.map((topic, i) => `${i + 2}. Several speakers called for attention to ${topic}.`)].join("\n\n");
    res = await post(`/api/v1/segments/${slug}/outcome`, { title: "Chair's summary", publishedOn: "2030-07-12", text });
    assert.equal(res.status, 201, await res.clone().text());
  });

  after(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it("links 30 proposals without the mouse in under ten minutes, in one save", async () => {
    await page.goto(`${server.origin}/moderation/outcomes/${slug}`);
    assert.deepEqual(await axeViolations(page), []);
    const started = Date.now();
    for (const p of proposals) {
      // Tab into the proposal's radio group (nothing chosen: focus lands on its first radio, the best suggestion); Space chooses it.
      await tabTo(page, `input[type="radio"][name="link.${p.reference}.${p.n}"]`);
      await page.keyboard.press("Space");
    }
    await tabTo(page, 'form[action$="/' + slug + '"] button[type="submit"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    const seconds = (Date.now() - started) / 1000;
    console.error(`linked ${proposals.length} proposals with the keyboard in ${seconds.toFixed(1)} s`);
    assert.match(await page.textContent("main"), /Links saved: 30 proposals are linked\./);
    assert.ok(seconds < 600, `took ${seconds} s`);
    const outcome = await (await fetch(`${server.origin}/api/v1/segments/${slug}/outcome`)).json();
    const linked = outcome.paragraphs.flatMap((par) => par.proposals.map((x) => `${x.reference}:${x.proposal}→${par.number}`)).sort();
    assert.deepEqual(linked, proposals.map((p) => `${p.reference}:${p.n}→${p.paragraph}`).sort());
  });
});
