// Starts the real Worker (wrangler dev, its own fresh local D1) and a headless Chromium for browser tests.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { chromium } from "playwright-core";
import { migrateAndSeed, quietEnv } from "../../scripts/local-db.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const chromiumAvailable = existsSync(CHROMIUM);
export const CHROMIUM_MISSING = `Chromium not found at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (Debian), or set CHROMIUM_PATH to a Chromium binary.`;

/**
 * Collects what went wrong with a page's scripts: uncaught errors and Content-Security-Policy
 * refusals (a script or style the policy blocked). Read it after the page has loaded.
 */
export function scriptProblems(page) {
  const problems = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  });
  return problems;
}

export async function startServer(port) {
  const persistTo = `.wrangler/browser-test-${port}`;
  rmSync(persistTo, { recursive: true, force: true });
  migrateAndSeed({ persistTo, quiet: true });
  const origin = `http://127.0.0.1:${port}`;
  // A server already answering there (another test run's) would be tested instead of this code.
  const taken = await fetch(`${origin}/api/v1/health`).then(() => true, () => false);
  if (taken) throw new Error(`Port ${port} is taken by another server: stop it, or set BROWSER_TEST_PORT.`);
  const child = spawn(
    "wrangler",
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--var", `APP_ORIGIN:${origin}`, "--show-interactive-dev-session=false", "--log-level", "log"],
    { env: { ...quietEnv, CI: "true" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`wrangler dev did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    /** What wrangler dev printed last: the Worker's error logs, for a failing test's message. */
    logs: () => output.slice(-4000),
    async stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

/** Playwright gives every launch a fresh, empty profile of its own (it refuses --user-data-dir). */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** Runs axe-core (WCAG 2.x A and AA rules) in the page; returns the violations, summarised. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }),
  );
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

/** Signs in through the real pages: the form, the development mailbox, the Continue button. */
export async function signInThroughPages(page, origin, email) {
  await page.goto(`${origin}/sign-in`);
  await page.fill("#f-email", email);
  await page.click("button[type=submit]");
  await page.waitForURL(`${origin}/sign-in`);
  const res = await fetch(`${origin}/dev/mailbox?to=${encodeURIComponent(email)}`);
  const { messages } = await res.json();
  const link = messages[0].links.find((l) => l.includes("/auth/verify?token="));
  await page.goto(link);
  await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
}
