// npm run bench:moderation [-- --statements 10000 --big 2000 --small 10 --small-size 50 --runs 30 --port 8790]
// The moderation bench (docs/performance.md "Moderation"): a local D1 of its own with `statements`
// submitted statements, among them one campaign of `big` near-identical letters and `small`
// campaigns of `small-size`, the rest unique. It times, through the running Worker (wrangler dev):
// the first computation of flags and campaigns, the queue API and the /moderation page (p50/p95 of
// the Worker's own Server-Timing `total`, and as seen by the client), the campaigns API, and the
// one decision that publishes every member of the big campaign. Not part of `npm test`.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { seedStatements } from "../worker/seed/sql.ts";
import { makeStatement, rng } from "./bench-corpus.mjs";
import { option as opt, pct, signIn as signInAt, sqliteFile, startServer as start, wrangler } from "./bench-kit.mjs";

const STATEMENTS = Number(opt("statements", "10000"));
const BIG = Number(opt("big", "2000"));
const SMALL = Number(opt("small", "10"));
const SMALL_SIZE = Number(opt("small-size", "50"));
const RUNS = Number(opt("runs", "30"));
const PORT = opt("port", "8790");
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = ".wrangler/bench-moderation";
const fmt = (x) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function reference(i) {
  let s = "";
  let n = i * 7919 + 104729;
  for (let k = 0; k < 8; k++) {
    s = CROCKFORD[n % 32] + s;
    n = Math.floor(n / 32);
  }
  return `CD-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Writes the submitted statements straight into the database file (wrangler dev not running): the triggers queue each for its flags. */
function load(file) {
  const db = new DatabaseSync(file);
  const random = rng(7);
  const pickers = {};
  const segments = db.prepare("SELECT id FROM segments ORDER BY id").all().map((r) => r.id);
  const now = Date.now();
  const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  db.exec("BEGIN");
  const user = db.prepare("INSERT INTO users (email, created_at) VALUES (?, ?)");
  const org = db.prepare("INSERT INTO organizations (name, acronym, country, type, website, created_at, updated_at) VALUES (?, NULL, ?, 'ngo', NULL, ?, ?)");
  const sub = db.prepare(
    `INSERT INTO submissions (reference, owner_id, organization_id, org_name, org_country, org_type, segment_id, speaker_name, language, title, text,
       status, version, submitted_at, updated_at, write_id, locale)
     VALUES (?, ?, ?, ?, ?, 'ngo', ?, ?, ?, ?, ?, 'submitted', 1, ?, ?, ?, ?)`,
  );
  const owners = [];
  for (let u = 0; u < 500; u++) owners.push(Number(user.run(`bench-ngo-${u}@example.net`, iso(now)).lastInsertRowid));
  // Campaign letters: the same text, opened and signed by each organization, a word or two changed.
  const bases = [makeStatement(900_001, random, pickers), ...Array.from({ length: SMALL }, (_, k) => makeStatement(900_002 + k, random, pickers))].map((s) =>
    s.text.slice(0, 3000),
  );
  const plan = [];
  for (let k = 0; k < BIG; k++) plan.push(0);
  for (let c = 1; c <= SMALL; c++) for (let k = 0; k < SMALL_SIZE; k++) plan.push(c);
  while (plan.length < STATEMENTS) plan.push(-1);
  // Arrivals interleaved, as during a deadline rush.
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [plan[i], plan[j]] = [plan[j], plan[i]];
  }
  const languages = ["en", "fr", "es", "ar", "ru", "zh"];
  plan.forEach((campaign, i) => {
    const name = `Bench organization ${i}`;
    const country = ["KE", "NG", "FR", "BR", "IN", "PH"][i % 6];
    const orgId = Number(org.run(name, country, iso(now), iso(now)).lastInsertRowid);
    let title;
    let text;
    if (campaign >= 0) {
      const words = bases[campaign].split(" ");
      words[Math.floor(random() * words.length)] = "indeed";
      text = `On behalf of ${name}: ${words.join(" ")} Signed, ${name}.`;
      title = `Joint letter ${campaign} from ${name}`;
    } else {
      const s = makeStatement(i, random, pickers);
      text = s.text.slice(0, 8000);
      title = s.title || `Statement ${i}`;
    }
    const at = iso(now - (STATEMENTS - i) * 1000);
    sub.run(reference(i), owners[i % owners.length], orgId, name, country, segments[i % segments.length], `Speaker ${i}`, "en", title, text, at, at, `bench-${i}`, languages[i % 6]);
  });
  db.exec("COMMIT");
  db.close();
}

const startServer = () => start({ port: PORT, persistTo: DIR });
const signIn = (email) => signInAt(ORIGIN, email);

async function timed(url, init = {}) {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status >= 300) throw new Error(`${url} answered ${res.status}: ${body.slice(0, 300)}`);
  const total = Number(/total;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN);
  return { ms, server: total, body };
}

async function measure(name, url, cookie) {
  await timed(url, { headers: { cookie } });
  const client = [];
  const server = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(url, { headers: { cookie } });
    client.push(r.ms);
    server.push(r.server);
  }
  return { name, server: { p50: pct(server, 50), p95: pct(server, 95) }, client: { p50: pct(client, 50), p95: pct(client, 95) } };
}

const lines = [];
const say = (s) => {
  lines.push(s);
  console.log(s);
};

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", DIR]);
writeFileSync(join(DIR, "seed.sql"), seedStatements(new Date().toISOString().replace(/\.\d{3}Z$/, "Z")).join(";\n") + ";\n");
wrangler(["d1", "execute", "DB", "--local", "--persist-to", DIR, "--file", join(DIR, "seed.sql")]);
const file = sqliteFile(DIR);
let t0 = Date.now();
load(file);
say(`moderation bench: ${STATEMENTS} submitted statements (one ${BIG}-copy campaign, ${SMALL} of ${SMALL_SIZE}), ${RUNS} runs per figure`);
say(`  loaded into D1 in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const server = await startServer();
try {
  const cookie = await signIn("moderator@example.org");
  const probe = new DatabaseSync(file, { readOnly: true });
  const queued = () => probe.prepare("SELECT count(*) AS n FROM submission_flag_queue").get().n;
  // First computation of every flag and campaign: 200 per look at the queue.
  t0 = Date.now();
  const passes = [];
  while (queued() > 0) passes.push((await timed(`${ORIGIN}/api/v1/moderation/queue?limit=1`, { headers: { cookie } })).server);
  say(`  flags and campaigns computed for all in ${((Date.now() - t0) / 1000).toFixed(1)} s (${passes.length} requests, p50 ${fmt(pct(passes, 50))} ms, max ${fmt(Math.max(...passes))} ms each)`);
  const sizes = probe.prepare("SELECT size FROM campaigns ORDER BY size DESC").all().map((r) => r.size);
  say(`  campaigns found: ${sizes.length} (${sizes.slice(0, 12).join(", ")}${sizes.length > 12 ? ", …" : ""})`);

  const results = [
    await measure("GET /api/v1/moderation/queue?limit=100", `${ORIGIN}/api/v1/moderation/queue?limit=100`, cookie),
    await measure("GET /api/v1/moderation/queue?limit=20", `${ORIGIN}/api/v1/moderation/queue`, cookie),
    await measure("GET /moderation (page)", `${ORIGIN}/moderation`, cookie),
    await measure("GET /api/v1/moderation/campaigns", `${ORIGIN}/api/v1/moderation/campaigns`, cookie),
  ];
  const campaigns = JSON.parse((await timed(`${ORIGIN}/api/v1/moderation/campaigns?limit=1`, { headers: { cookie } })).body);
  const big = campaigns.items[0];
  results.push(await measure(`GET /moderation/campaigns/{id} (${big.size} members, 50 a page)`, `${ORIGIN}/moderation/campaigns/${big.id}`, cookie));
  say("");
  say("| request | Worker p50 | Worker p95 | client p50 | client p95 |");
  say("|---|---|---|---|---|");
  for (const r of results) say(`| ${r.name} | ${fmt(r.server.p50)} ms | ${fmt(r.server.p95)} ms | ${fmt(r.client.p50)} ms | ${fmt(r.client.p95)} ms |`);

  // One decision for the whole big campaign.
  t0 = performance.now();
  const decided = await timed(`${ORIGIN}/api/v1/moderation/campaigns/${big.id}/decision`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ action: "publish" }),
  });
  const outcome = JSON.parse(decided.body);
  const events = probe.prepare("SELECT count(*) AS n FROM events WHERE action = 'published'").get().n;
  const mails = probe.prepare("SELECT count(*) AS n FROM outbox WHERE template = 'decision'").get().n;
  say("");
  say(
    `  campaign decision: ${outcome.decided} published, ${outcome.skipped.length} skipped in ${fmt(performance.now() - t0)} ms (Worker ${fmt(decided.server)} ms); ` +
      `${events} history events and ${mails} decision emails written`,
  );
  const after = await measure("GET /api/v1/moderation/queue?limit=100 after the decision", `${ORIGIN}/api/v1/moderation/queue?limit=100`, cookie);
  say(`  queue after the decision: Worker p50 ${fmt(after.server.p50)} ms, p95 ${fmt(after.server.p95)} ms; flags queued again: ${queued()}`);
  probe.close();
} finally {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
