// npm run load: a deadline rush against a local wrangler dev (loopback only, its own database).
// Several hundred submissions at 50 concurrent connections (some retried with the same
// Idempotency-Key, as impatient clients do) while delegates search; then it checks in D1 that
// every 201 has exactly one row, one receipt in the outbox and one event. Exits non-zero on any
// 5xx or any lost or duplicated submission. Before the rush, submissions alone at the same
// concurrency measure the write path (submissions/s, latency, and the Worker's Server-Timing per
// step). Settings: LOAD_ALONE, LOAD_SUBMISSIONS, LOAD_SEARCHES, LOAD_CONNECTIONS, LOAD_PORT.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { seedStatements } from "../worker/seed/sql.ts";
import { benchEnv as env, signIn as signInAt, startServer as start, stopServer } from "./bench-kit.mjs";

const PORT = Number(process.env.LOAD_PORT ?? 8791);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const STATE = resolve(".wrangler/load-state");
// wrangler dev watches its sources: run it from a frozen copy, so edits made elsewhere in the
// tree during the run do not restart the Worker mid-request.
const SNAPSHOT = resolve(".wrangler/load-snapshot");
const ALONE = Number(process.env.LOAD_ALONE ?? 600);
const SUBMISSIONS = Number(process.env.LOAD_SUBMISSIONS ?? 600);
const SEARCHES = Number(process.env.LOAD_SEARCHES ?? 1500);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const USERS = 25;
const RETRY_SHARE = 0.1;

function wrangler(args, options = {}) {
  const r = spawnSync("npx", ["wrangler", ...args], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}

function snapshotSources() {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  mkdirSync(SNAPSHOT, { recursive: true });
  for (const path of ["worker", "web", "migrations", "wrangler.toml", "package.json", "tsconfig.json"]) cpSync(path, join(SNAPSHOT, path), { recursive: true });
  symlinkSync(resolve("node_modules"), join(SNAPSHOT, "node_modules"));
}

function prepareDatabase() {
  rmSync(STATE, { recursive: true, force: true });
  mkdirSync(STATE, { recursive: true });
  wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", STATE]);
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  writeFileSync(`${STATE}/seed.sql`, seedStatements(now).join(";\n") + ";\n");
  wrangler(["d1", "execute", "DB", "--local", "--persist-to", STATE, "--file", `${STATE}/seed.sql`]);
}

const startServer = () => start({ port: PORT, persistTo: STATE, cwd: SNAPSHOT, logLevel: "warn", command: ["npx", "wrangler"] });
const signIn = (email) => signInAt(ORIGIN, email);

function submission(n) {
  return {
    segment: "demo-open-segment",
    organization: { name: `Load Test Organization ${n}`, country: "KE", type: "ngo" },
    speaker: { name: "Load Speaker" },
    language: "en",
    title: `Load ${n} deadline rush statement`,
    text: `Statement ${n}. Distinguished delegates, we present our proposals on trafficking in persons and the protection of victims.`,
    proposals: [{ text: `Proposal ${n}: establish national referral mechanisms.`, themes: ["victim-protection"] }],
    themes: ["victim-protection"],
  };
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
}

function run(options, latencies) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: ORIGIN, timeout: 30, ...options }, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

function report(name, result, latencies, statuses) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const line = {
    requests: sorted.length,
    seconds: result.duration,
    throughput: `${(sorted.length / result.duration).toFixed(1)} req/s`,
    p50: `${percentile(sorted, 50).toFixed(0)} ms`,
    p95: `${percentile(sorted, 95).toFixed(0)} ms`,
    p99: `${percentile(sorted, 99).toFixed(0)} ms`,
    max: `${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
    statuses,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
  };
  console.log(`\n${name}:`, JSON.stringify(line, null, 2));
  return line;
}

async function main() {
  console.log(`• Preparing a fresh local database in ${STATE} and a frozen copy of the sources…`);
  prepareDatabase();
  snapshotSources();
  console.log(`• Starting wrangler dev on ${ORIGIN}…`);
  const server = await startServer();
  const outcome = { fivexx: 0, problems: [] };
  try {
    console.log(`• Signing in ${USERS} submitters…`);
    const cookies = [];
    for (let i = 0; i < USERS; i++) cookies.push(await signIn(`load-${i}-${Date.now()}@example.net`));

    const samples = [];
    const accepted = new Map(); // Idempotency-Key → reference of its 201
    const sentKeys = []; // [key, body, cookie] of sent first attempts, for retries
    let n = 0;
    let retries = 0;
    const words = ["victims", "trafficking", "referral", '"national referral"', "protect*", "border -firearms", "人口", "مرحبا", "'; DROP TABLE", ""];

    /** `submissions` over CONNECTIONS connections (`retryShare` of them retries), and `searches` over 10 alongside. */
    const rush = async (submissions, searches, retryShare) => {
      const submitStatuses = {};
      const submitLatencies = [];
      const searchLatencies = [];
      const searchStatuses = {};
      const steps = {}; // Server-Timing step → durations (ms) as the Worker measured them
      const submitting = run(
        {
          connections: CONNECTIONS,
          amount: submissions,
          requests: [
            {
              method: "POST",
              path: "/api/v1/submissions",
              setupRequest(req, context) {
                let key, body, cookie;
                if (sentKeys.length > 10 && Math.random() < retryShare) {
                  [key, body, cookie] = sentKeys[Math.floor(Math.random() * sentKeys.length)];
                  retries++;
                } else {
                  const i = n++;
                  key = `load-${i}-${Math.random().toString(36).slice(2)}`;
                  body = JSON.stringify(submission(i));
                  cookie = cookies[i % cookies.length];
                  sentKeys.push([key, body, cookie]);
                }
                context.key = key;
                return { ...req, body, headers: { "content-type": "application/json", cookie, "idempotency-key": key } };
              },
              onResponse(status, body, context, headers) {
                submitStatuses[status] = (submitStatuses[status] ?? 0) + 1;
                if (status >= 500) outcome.fivexx++;
                if (status >= 400 && samples.length < 5) samples.push(`${status} ${body.slice(0, 300)}`);
                const timing = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === "server-timing")?.[1] ?? "";
                for (const m of String(timing).split(",")) {
                  const [, name, dur] = /^\s*([\w-]+).*?dur=([\d.]+)/.exec(m) ?? [];
                  if (name) (steps[name] ??= []).push(Number(dur));
                }
                if (status !== 201) return;
                const { reference } = JSON.parse(body);
                const earlier = accepted.get(context.key);
                if (earlier && earlier !== reference) outcome.problems.push(`key ${context.key} answered ${earlier} and ${reference}`);
                accepted.set(context.key, reference);
              },
            },
          ],
        },
        submitLatencies,
      );
      const searching = searches
        ? run(
            {
              connections: 10,
              amount: searches,
              requests: [
                {
                  method: "GET",
                  setupRequest(req) {
                    const q = words[Math.floor(Math.random() * words.length)];
                    return { ...req, path: `/api/v1/statements?q=${encodeURIComponent(q)}&limit=20` };
                  },
                  onResponse(status) {
                    searchStatuses[status] = (searchStatuses[status] ?? 0) + 1;
                    if (status >= 500) outcome.fivexx++;
                  },
                },
              ],
            },
            searchLatencies,
          )
        : null;
      const [submitResult, searchResult] = await Promise.all([submitting, searching]);
      const submit = report(searches ? "Submissions" : "Submissions alone", submitResult, submitLatencies, submitStatuses);
      // The median of each step the Worker timed (Server-Timing), across the phase's submissions.
      submit.serverTimingP50 = Object.fromEntries(Object.entries(steps).map(([name, xs]) => [name, `${percentile([...xs].sort((a, b) => a - b), 50).toFixed(1)} ms`]));
      console.log("  Server-Timing p50 per step:", JSON.stringify(submit.serverTimingP50));
      return { submit, search: searchResult ? report("Searches", searchResult, searchLatencies, searchStatuses) : null };
    };

    console.log(`• Submissions alone: ${ALONE} over ${CONNECTIONS} connections…`);
    // Every request a new statement: the throughput is new submissions per second.
    const alone = ALONE > 0 ? (await rush(ALONE, 0, 0)).submit : null;
    console.log(`\n• Rush: ${SUBMISSIONS} submissions over ${CONNECTIONS} connections, ${SEARCHES} searches alongside…`);
    const { submit: submitLine, search: searchLine } = await rush(SUBMISSIONS, SEARCHES, RETRY_SHARE);
    for (const sample of samples) console.log(`  sample refusal: ${sample}`);
    console.log(`\n  (${retries} of the submission requests were retries of an earlier Idempotency-Key)`);

    // A real client whose request failed or timed out retries it with the same Idempotency-Key.
    const pending = sentKeys.filter(([key]) => !accepted.has(key));
    const retryStatuses = {};
    if (pending.length) console.log(`\n• ${pending.length} submissions got no 201 during the rush; retrying them with their Idempotency-Key…`);
    const retryOne = async ([key, body, cookie]) => {
      for (let attempt = 0; attempt < 3 && !accepted.has(key); attempt++) {
        try {
          const res = await fetch(`${ORIGIN}/api/v1/submissions`, { method: "POST", body, headers: { "content-type": "application/json", cookie, "idempotency-key": key }, signal: AbortSignal.timeout(60_000) });
          retryStatuses[res.status] = (retryStatuses[res.status] ?? 0) + 1;
          if (res.status >= 500) outcome.fivexx++;
          if (res.status === 201) accepted.set(key, (await res.json()).reference);
          else await res.arrayBuffer();
          if (res.status < 500) break;
        } catch {
          retryStatuses.timeout = (retryStatuses.timeout ?? 0) + 1;
        }
      }
      if (!accepted.has(key)) outcome.problems.push(`unresolved: Idempotency-Key ${key} never got a 201`);
    };
    for (let i = 0; i < pending.length; i += 5) await Promise.all(pending.slice(i, i + 5).map(retryOne));
    if (pending.length) console.log(`  retries answered: ${JSON.stringify(retryStatuses)}`);

    stopServer(server);
    await new Promise((r) => setTimeout(r, 1500));
    console.log("\n• Checking the database…");
    const out = wrangler([
      "d1", "execute", "DB", "--local", "--persist-to", STATE, "--json", "--command",
      `SELECT s.reference AS reference, s.title AS title,
         (SELECT count(*) FROM outbox o WHERE o.submission_id = s.id AND o.template = 'receipt') AS receipts,
         (SELECT count(*) FROM events e WHERE e.submission_id = s.id AND e.action = 'submitted') AS events,
         (SELECT count(*) FROM proposals p WHERE p.submission_id = s.id) AS proposals
       FROM submissions s WHERE s.title LIKE 'Load % deadline rush statement'`,
    ]);
    const rows = JSON.parse(out)[0].results;
    const byReference = new Map(rows.map((r) => [r.reference, r]));
    const references = new Set(accepted.values());
    for (const reference of references) {
      const row = byReference.get(reference);
      if (!row) outcome.problems.push(`lost: ${reference} was answered 201 but has no row`);
      else if (row.receipts !== 1 || row.events !== 1 || row.proposals !== 1) outcome.problems.push(`${reference}: ${row.receipts} receipts, ${row.events} events, ${row.proposals} proposals`);
    }
    const perTitle = new Map();
    for (const r of rows) perTitle.set(r.title, (perTitle.get(r.title) ?? 0) + 1);
    const duplicated = [...perTitle.values()].filter((n) => n > 1).length;
    if (duplicated) outcome.problems.push(`duplicated: ${duplicated} submissions were stored more than once`);
    const orphans = rows.filter((r) => !references.has(r.reference)).length;
    if (orphans) outcome.problems.push(`${orphans} rows exist whose 201 no client ever received, even after retrying`);
    const summary = {
      attempted: sentKeys.length,
      accepted: references.size,
      duplicated,
      retriedAfterRush: pending.length,
      retryStatuses,
      rows: rows.length,
      everyRowHasOneReceiptAndOneEvent: rows.every((r) => r.receipts === 1 && r.events === 1),
      fivexx: outcome.fivexx,
      problems: outcome.problems.slice(0, 20),
      alone,
      submit: submitLine,
      search: searchLine,
    };
    writeFileSync(`${STATE}/report.json`, JSON.stringify(summary, null, 2));
    console.log(`  ${sentKeys.length} submissions attempted, ${references.size} accepted, ${rows.length} rows, ${duplicated} duplicated, ${outcome.fivexx} 5xx, ${outcome.problems.length} problems.`);
    for (const p of outcome.problems.slice(0, 20)) console.log(`  ✗ ${p}`);
    const ok = outcome.fivexx === 0 && outcome.problems.length === 0 && references.size === sentKeys.length && rows.length === sentKeys.length;
    console.log(ok ? "\n✓ Zero 5xx, zero lost or duplicated submissions." : "\n✗ The rush did not hold.");
    process.exitCode = ok ? 0 : 1;
  } finally {
    stopServer(server);
  }
}

const watchdog = setTimeout(() => {
  console.error("✗ The load test took more than 10 minutes; stopping.");
  process.exit(1);
}, 10 * 60_000);
watchdog.unref();
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
