// npm run screenshots: renders the pages the docs show into docs/screenshots/ (real Worker, real Chromium).
import { launchBrowser, signInThroughPages, startServer } from "../test/browser/harness.mjs";

const server = await startServer(Number(process.env.PORT || 8798));
const chrome = await launchBrowser();
try {
  const context = await chrome.browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const email = "screenshots@example.net";
  await signInThroughPages(page, server.origin, email);

  await page.goto(`${server.origin}/`);
  await page.screenshot({ path: "docs/screenshots/home.png", fullPage: false });

  await page.goto(`${server.origin}/submit`);
  await page.fill("#f-organization-name", "Centre for Governance Research");
  await page.fill("#f-organization-acronym", "CGR");
  await page.selectOption("#f-organization-country", "PK");
  await page.fill("#f-speaker-name", "Tariq Khosa");
  await page.fill("#f-speaker-role", "Director/CEO");
  await page.fill("#f-title", "Proposals on trafficking in persons");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "docs/screenshots/submit.png", fullPage: false });

  await page.fill("#f-text", "Distinguished Delegates: It is a great honour for me to speak at this segment of the Constructive Dialogue.");
  await page.fill("#f-proposals-0-text", "National strategies against serious and organized crimes should address root causes.");
  await Promise.all([page.waitForNavigation(), page.click("button[value=save]")]);
  await page.screenshot({ path: "docs/screenshots/my-submission.png", fullPage: false });

  // "Fill from a document": the real CGR statement as a PDF, read and shown for confirmation.
  await page.goto(`${server.origin}/submit`);
  await page.setInputFiles("form[action='/intake/extract'] input[type=file]", "test/fixtures/intake/02-sawk-firearms-2022.pdf");
  await Promise.all([page.waitForNavigation(), page.click("form[action='/intake/extract'] button[type=submit]")]);
  await page.locator("#intake-review").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "docs/screenshots/intake-review.png", fullPage: false });

  await page.goto(`${server.origin}/statements?q=trafficking`);
  await page.screenshot({ path: "docs/screenshots/search.png", fullPage: false });
  await page.goto(`${server.origin}/statements?q=trafficking&lang=ar`);
  await page.screenshot({ path: "docs/screenshots/search-ar.png", fullPage: false });
  await page.goto(`${server.origin}/statements?lang=en`);
  await page.goto(`${server.origin}/statements/CD-CGR2-2022`);
  await page.screenshot({ path: "docs/screenshots/statement.png", fullPage: false });
  await page.goto(`${server.origin}/api`);
  await page.screenshot({ path: "docs/screenshots/api-reference.png", fullPage: false });

  const staff = await (await chrome.browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
  await signInThroughPages(staff, server.origin, "moderator@example.org");
  await staff.goto(`${server.origin}/moderation`);
  await staff.screenshot({ path: "docs/screenshots/moderation-queue.png", fullPage: false });
  await staff.click("table a[href^='/moderation/CD-']");
  await staff.screenshot({ path: "docs/screenshots/moderation-review.png", fullPage: false });

  // Outcomes: a short Chair's summary for the demo statement's segment, two of its proposals linked.
  const SEGMENT = "2022-4-trafficking-in-persons";
  const summary = [
    "Constructive dialogue on trafficking in persons",
    "Chair's summary",
    "",
    "1. The dialogue gathered non-governmental organizations, academia and the private sector.",
    "",
    "2. Several participants called for national strategies that join the efforts of the State and of society against organized crime and address its root causes.",
    "",
    "3. Participants recommended comprehensive legislation against trafficking in persons, monitored by an inter-agency task force.",
    "",
    "4. Speakers stressed prevention: public awareness, education and the fight against corruption.",
  ].join("\n");
  const attached = await staff.request.post(`${server.origin}/api/v1/segments/${SEGMENT}/outcome`, { data: { title: "Chair's summary (illustration)", publishedOn: "2022-07-20", text: summary } });
  if (attached.status() !== 201) throw new Error(`attaching the summary: ${attached.status()} ${await attached.text()}`);
  const linked = await staff.request.put(`${server.origin}/api/v1/moderation/outcomes/${SEGMENT}/links`, {
    data: { links: [{ reference: "CD-CGR2-2022", proposal: 1, paragraph: "2" }, { reference: "CD-CGR2-2022", proposal: 2, paragraph: "3" }] },
  });
  if (linked.status() !== 200) throw new Error(`linking: ${linked.status()} ${await linked.text()}`);
  await staff.goto(`${server.origin}/moderation/outcomes/${SEGMENT}`);
  await staff.screenshot({ path: "docs/screenshots/outcome-staff.png", fullPage: false });
  await page.goto(`${server.origin}/segments/${SEGMENT}/outcome`);
  await page.screenshot({ path: "docs/screenshots/outcome.png", fullPage: false });
  await page.goto(`${server.origin}/statements/CD-CGR2-2022`);
  await page.locator("#p1").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "docs/screenshots/statement-outcome.png", fullPage: false });
  await page.goto(`${server.origin}/statistics`);
  await page.screenshot({ path: "docs/screenshots/statistics.png", fullPage: false });
  await page.goto(`${server.origin}/briefs/segments/${SEGMENT}`);
  await page.screenshot({ path: "docs/screenshots/brief.png", fullPage: false });
  await page.goto(`${server.origin}/subscribe?theme=victim-protection`);
  await page.screenshot({ path: "docs/screenshots/subscribe.png", fullPage: false });

  const admin = await (await chrome.browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
  await signInThroughPages(admin, server.origin, "admin@example.org");
  await admin.goto(`${server.origin}/admin/themes/victim-protection/keywords`);
  await admin.screenshot({ path: "docs/screenshots/admin-keywords.png", fullPage: false });

  const { messages } = await (await fetch(`${server.origin}/dev/mailbox?to=${encodeURIComponent(email)}`)).json();
  const receipt = messages.find((m) => m.subject.startsWith("Statement received"));
  const mail = await context.newPage();
  await mail.setViewportSize({ width: 700, height: 760 });
  await mail.setContent(receipt.html);
  await mail.screenshot({ path: "docs/screenshots/receipt-email.png", fullPage: true });
  console.log(
    "✓ docs/screenshots/{home,submit,my-submission,intake-review,search,search-ar,statement,api-reference,moderation-queue,moderation-review,outcome-staff,outcome,statement-outcome,statistics,brief,subscribe,admin-keywords,receipt-email}.png",
  );
} finally {
  await chrome.close();
  await server.stop();
}
