// npm run bench:digests [-- --subscriptions 10000 --archive 1000 --new 300]
// The digest job at scale (docs/performance.md "Digests"): a local D1 of its own with an archive,
// N confirmed subscriptions (a mix of searches, frequencies and languages, all due), then a busy
// day of new statements; runs POST /dev/run-scheduled (the cron's code path, through wrangler dev)
// until no digest is due, and reports each run's wall time and figures. Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { migrateAndSeed } from "./local-db.mjs";
import { makeStatement, rng } from "./bench-corpus.mjs";
import { benchEnv as env, freePort, signIn, sleep, startServer as start } from "./bench-kit.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const SUBSCRIPTIONS = opt("subscriptions", 10_000);
const ARCHIVE = opt("archive", 1000);
const NEW = opt("new", 300);
/** A port nobody listens on (other people's servers run on this machine too: never talk to theirs). */
const PORT = await freePort();
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = ".wrangler/bench-digests";

const THEMES = ["victim-protection", "firearms-control", "border-management", "legislation", "human-rights", "technology", "anti-corruption", "international-cooperation"];
const COUNTRIES = ["NG", "KE", "FR", "MX", "IN", "US", "GB", "BR", "PK", "EG"];
const WORDS = ["trafficking", "firearms", "victims", "corruption", "cooperation", "migrants", "online", "border", "children", "evidence"];
const SEGMENTS = ["2022-4-trafficking-in-persons", "2023-1-firearms", "2023-3-trafficking-in-persons"];
const LOCALES = ["en", "fr", "es", "ar", "ru", "zh"];

/** A realistic mix: mostly one theme or one word, some narrowed by country or segment, a few following everything. */
function searchFor(i, random) {
  const r = random();
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  if (r < 0.3) return { theme: [pick(THEMES)] };
  if (r < 0.5) return { country: [pick(COUNTRIES)], theme: [pick(THEMES)] };
  if (r < 0.75) return { q: pick(WORDS) };
  if (r < 0.9) return { q: pick(WORDS), segment: [pick(SEGMENTS)] };
  if (r < 0.97) return { topic: ["trafficking-in-persons"], language: [pick(["en", "fr", "es"])] };
  return {};
}

const startServer = () => start({ port: PORT, persistTo: DIR });
const signInAdmin = () => signIn(ORIGIN, "admin@example.org");

async function importRange(cookie, from, to, random, pickers, now) {
  let batch = [];
  const flush = async () => {
    if (!batch.length) return;
    // wrangler dev restarts the Worker when a source file changes: a batch cut off is sent again.
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${ORIGIN}/api/v1/statements/import`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ statements: batch }) }).catch(
        (err) => ({ status: 0, text: async () => String(err) }),
      );
      if (res.status === 201) break;
      const text = (await res.text()).slice(0, 300);
      if (attempt >= 10 || (res.status !== 503 && res.status !== 0)) throw new Error(`import answered ${res.status}: ${text}`);
      await sleep(3000);
    }
    batch = [];
  };
  for (let i = from; i < to; i++) {
    const s = makeStatement(i, random, pickers);
    if (now) s.publishedAt = now;
    batch.push(s);
    if (batch.length >= 50) await flush();
  }
  await flush();
}

function sqlString(s) {
  return `'${String(s).replace(/'/g, "''")}'`;
}

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
migrateAndSeed({ persistTo: DIR, quiet: true });
const server = await startServer();
try {
  const cookie = await signInAdmin();
  const random = rng(7);
  const pickers = {};
  console.log(`• archive of ${ARCHIVE} statements…`);
  await importRange(cookie, 0, ARCHIVE, random, pickers, null);

  console.log(`• ${SUBSCRIPTIONS} confirmed subscriptions, all due…`);
  const subRandom = rng(11);
  const rows = [];
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const search = searchFor(i, subRandom);
    const filters = JSON.stringify(Object.fromEntries(Object.entries(search).sort(([a], [b]) => (a < b ? -1 : 1))));
    const frequency = subRandom() < 0.6 ? "weekly" : "daily";
    const locale = LOCALES[Math.floor(subRandom() * LOCALES.length)];
    rows.push(
      `(${sqlString(`bench-${i}@example.net`)}, '${frequency}', ${sqlString(filters)}, '${locale}', 'active', ${sqlString(`confirm-${i}`)}, '2000-01-01T00:00:00Z', ${sqlString(`unsub${i}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)}, '2000-01-01T00:00:00Z', '2000-01-01T00:00:00Z', (SELECT coalesce(max(seq), 0) FROM publications), '2000-01-01T00:00:00Z')`,
    );
  }
  const file = `${DIR}/subscriptions.sql`;
  const chunks = [];
  // D1 refuses statements over 100 KB: 200 rows each.
  for (let i = 0; i < rows.length; i += 200) {
    chunks.push(`INSERT INTO subscriptions (email, frequency, filters, locale, status, confirm_hash, confirm_expires_at, unsubscribe_token, created_at, confirmed_at, since_seq, next_due_at) VALUES\n${rows.slice(i, i + 200).join(",\n")};`);
  }
  writeFileSync(file, chunks.join("\n"));
  const loaded = spawnSync("wrangler", ["d1", "execute", "DB", "--local", "--persist-to", DIR, "--file", file], { encoding: "utf8", env: { ...env, CI: "true" } });
  if (loaded.status !== 0) throw new Error(`loading the subscriptions failed: ${loaded.stderr.slice(-500)}`);

  console.log(`• a busy day: ${NEW} new statements…`);
  await importRange(cookie, ARCHIVE, ARCHIVE + NEW, random, pickers, new Date().toISOString().replace(/\.\d{3}Z$/, "Z"));

  console.log("• running the scheduled jobs until no digest is due…");
  const runs = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    const res = await fetch(`${ORIGIN}/dev/run-scheduled`, { method: "POST", headers: { origin: ORIGIN } });
    const ms = performance.now() - t0;
    const body = await res.json();
    const digests = body.ran.find((r) => r.name === "digests");
    if (!digests?.ok) throw new Error(`the digest job failed: ${JSON.stringify(body)}`);
    runs.push({ ms, ...digests.result });
    console.log(`  run ${i + 1}: ${Math.round(ms)} ms, ${JSON.stringify(digests.result)}`);
    if (digests.result.due === 0) break;
  }
  const work = runs.filter((r) => r.due > 0);
  const total = work.reduce((n, r) => n + r.ms, 0);
  const sent = work.reduce((n, r) => n + r.digests, 0);
  const renders = work.reduce((n, r) => n + r.renders, 0);
  console.log(
    `\n${SUBSCRIPTIONS} subscriptions, ${NEW} new statements: ${sent} digests queued in ${work.length} runs, ${(total / 1000).toFixed(1)} s in all ` +
      `(slowest run ${(Math.max(...work.map((r) => r.ms)) / 1000).toFixed(1)} s; ${renders} renders, ${((total / Math.max(1, sent)) | 0)} ms per digest).`,
  );
} finally {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
