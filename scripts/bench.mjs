// npm run bench [-- --sizes 10000,100000 --runs 40 --port 8789 --reuse]
// Loads a synthetic corpus into a local D1 of its own through the staff bulk import API
// (POST /api/v1/statements/import), then times a fixed query mix through the running Worker
// (wrangler dev) and the same SQL on the same database file with raw SQLite (node:sqlite).
// Method and figures: docs/performance.md. Not part of `npm test`.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { DatabaseSync } from "node:sqlite";
import { ARCHIVE_VERSION_SQL, FACET_POSTINGS_SQL, FACETS, FTS_AVERAGES_SQL, impactItemsSql, READY_FORMS_SQL, NEWEST_ORDER_SQL, pageRowsSql, searchFacetsSql, searchHitIdsSql, searchItemsSql } from "../worker/db/archive.ts";
import { bitmapOfIds, buildPostings, countFacets, filteredIds, hitBitmap, newestPage } from "../worker/domain/facet-bitmaps.ts";
import { isEmptyQuery, parseSearchQuery, searchQuery } from "../worker/domain/search-query.ts";
import { bareWordForm, countIds, ftsAverages, impactCandidates, impactPageExact } from "../worker/domain/term-impacts.ts";
import { makeSnippet } from "../worker/domain/snippet.ts";
import { seedStatements } from "../worker/seed/sql.ts";
import { makeStatement, rng } from "./bench-corpus.mjs";
import { flag, option, pct, signIn, sleep, sqliteFile, startServer, stopServer, wrangler } from "./bench-kit.mjs";

const opt = option;
const SIZES = opt("sizes", "10000").split(",").map(Number);
const RUNS = Number(opt("runs", "40"));
const PORT = opt("port", "8789");
const REUSE = flag("reuse");
const ORIGIN = `http://127.0.0.1:${PORT}`;

const QUERIES = [
  { name: "common term", qs: "q=states" },
  { name: "rare term", qs: "q=xylophonist" },
  { name: "phrase", qs: `q=${encodeURIComponent('"border management"')}` },
  { name: "prefix", qs: "q=traffick*" },
  { name: "filtered", qs: "q=victims&theme=victim-protection&country=NG&year=2023" },
  { name: "faceted", qs: "theme=human-rights&segment=2022-4-trafficking-in-persons&language=en" },
  { name: "page 2", qs: "q=cooperation", page2: true },
];

const fmt = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

const signInAdmin = () => signIn(ORIGIN, "admin@example.org");

/**
 * Imports statements `from`..`size-1` of the deterministic corpus. wrangler dev restarts the
 * Worker whenever a source file changes (others edit the tree too): a batch answered 503 is sent
 * again, so a restart can at worst duplicate one batch.
 */
async function load(size, cookie, from) {
  const random = rng(42);
  const pickers = {};
  const started = Date.now();
  let batch = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const body = JSON.stringify({ statements: batch });
    for (let attempt = 1; ; attempt++) {
      let res;
      try {
        res = await fetch(`${ORIGIN}/api/v1/statements/import`, { method: "POST", headers: { "content-type": "application/json", cookie }, body });
      } catch (err) {
        res = { status: 0, text: async () => String(err) };
      }
      if (res.status === 201) break;
      const text = (await res.text()).slice(0, 300);
      if (attempt >= 20 || (res.status !== 503 && res.status !== 0)) throw new Error(`import answered ${res.status}: ${text}`);
      await sleep(3000);
    }
    batch = [];
    bytes = 0;
  };
  for (let i = 0; i < size; i++) {
    const s = makeStatement(i, random, pickers);
    if (i < from) continue;
    const n = JSON.stringify(s).length;
    if (batch.length >= 100 || bytes + n > 900_000) await flush();
    batch.push(s);
    bytes += n;
    if ((i + 1) % 2000 === 0) process.stdout.write(`  loaded ${i + 1}/${size} (${Math.round((Date.now() - started) / 1000)} s)\n`);
  }
  await flush();
  return (Date.now() - started) / 1000;
}

/**
 * Runs the scheduled jobs (POST /dev/run-scheduled) until the frequent-term job (worker/jobs/search-terms.ts)
 * has nothing pending: on a reused database it tracks the frequent terms and backfills them.
 */
async function runTermJob() {
  const started = Date.now();
  let last = {};
  for (let i = 0; i < 500; i++) {
    const res = await fetch(`${ORIGIN}/dev/run-scheduled`, { method: "POST", headers: { origin: ORIGIN } });
    if (res.status !== 200) throw new Error(`run-scheduled answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const job = (await res.json()).ran.find((r) => r.name === "search-terms");
    if (!job?.ok) throw new Error("the search-terms job failed");
    last = job.result;
    if (i % 5 === 0 || !last.pending) process.stdout.write(`  search-terms run ${i + 1}: ${JSON.stringify(last)} (${Math.round((Date.now() - started) / 1000)} s)\n`);
    if (!last.pending) break;
  }
  return (Date.now() - started) / 1000;
}

/** The Worker's own timings for the request, from its Server-Timing header (total and parts). */
function serverTimings(res) {
  const out = {};
  for (const m of (res.headers.get("server-timing") ?? "").matchAll(/(?:^|,)\s*([\w-]+);dur=([\d.]+)/g)) out[m[1]] = Number(m[2]);
  return out;
}

async function timeFetch(url, headers) {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.slice(0, 300)}`);
  const parts = serverTimings(res);
  return { ms, body, cache: res.headers.get("x-archive-cache"), server: parts.total ?? NaN, parts };
}

const stats = (xs) => ({ p50: pct(xs, 50), p95: pct(xs, 95) });

async function measureWorker() {
  const out = {};
  // The first search of an isolate answers by SQL and reads the facet bitmaps in the background
  // (docs/search.md "Facets"): give it time, then time the steady state.
  await timeFetch(`${ORIGIN}/api/v1/statements?q=states`, { "cache-control": "no-cache" });
  await sleep(5000);
  // Floors of the local runtime: a static file (never reaches the Worker) and a health check
  // (the Worker plus one tiny D1 query).
  const asset = [];
  for (let i = 0; i < RUNS; i++) asset.push((await timeFetch(`${ORIGIN}/styles.css`)).ms);
  out.asset = stats(asset);
  const base = [];
  const baseServer = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await timeFetch(`${ORIGIN}/api/v1/health`);
    base.push(r.ms);
    baseServer.push(r.server);
  }
  out.health = stats(base);
  out.healthServer = stats(baseServer);
  for (const q of QUERIES) {
    let qs = q.qs;
    if (q.page2) {
      const first = JSON.parse((await timeFetch(`${ORIGIN}/api/v1/statements?${qs}`, { "cache-control": "no-cache" })).body);
      qs = `${qs}&cursor=${first.nextCursor}`;
      q.cursor = first.nextCursor;
    }
    const url = `${ORIGIN}/api/v1/statements?${qs}`;
    const first = await timeFetch(url, { "cache-control": "no-cache" });
    q.total = JSON.parse(first.body).total;
    const cold = [];
    const coldServer = [];
    const parts = { ratelimit: [], d1: [], js: [], other: [] };
    for (let i = 0; i < RUNS; i++) {
      const r = await timeFetch(url, { "cache-control": "no-cache" });
      cold.push(r.ms);
      coldServer.push(r.server);
      const p = { ratelimit: r.parts.ratelimit ?? 0, d1: r.parts.d1 ?? 0, build: r.parts.build ?? 0 };
      parts.ratelimit.push(p.ratelimit);
      parts.d1.push(p.d1);
      parts.js.push(p.build - p.d1);
      parts.other.push(r.server - p.build - p.ratelimit);
    }
    const warm = [];
    const warmServer = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await timeFetch(url);
      if (r.cache !== "hit") throw new Error(`${url} was not served from the cache`);
      warm.push(r.ms);
      warmServer.push(r.server);
    }
    out[q.name] = { cold: stats(cold), coldServer: stats(coldServer), warm: stats(warm), warmServer: stats(warmServer), parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, pct(v, 50)])) };
  }
  return out;
}

/**
 * The same statements the Worker runs for each query, straight on the database file, and the same
 * JS work (snippets; facet counts from the bitmaps, read once as by a warm isolate: their read is
 * timed on its own). `plain`: the page with facets counted in SQL (`searchFacetsSql`), for comparison.
 */
function measureRaw(file) {
  const db = new DatabaseSync(file, { readOnly: true });
  const out = {};
  const loads = [];
  let postings;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    postings = buildPostings(db.prepare(FACET_POSTINGS_SQL).all(), db.prepare(NEWEST_ORDER_SQL).all().map((r) => r.ids ?? ""));
    loads.push(performance.now() - t0);
  }
  out.postingsLoad = Math.min(...loads);
  // The Worker reads FTS5's averages with its bitmaps (worker/db/archive-search.ts) and the version.
  const avgdl = ftsAverages(db.prepare(FTS_AVERAGES_SQL).get()?.b)?.avgdl ?? null;
  const known = db.prepare(ARCHIVE_VERSION_SQL).get().v;
  const readyForms = new Set(db.prepare(READY_FORMS_SQL).all().map((r) => r.form));
  out.impact = {};
  const timed = (run) => {
    run();
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    return { p50: pct(times, 50), p95: pct(times, 95) };
  };
  for (const q of QUERIES) {
    const sp = new URLSearchParams(q.qs);
    const query = sp.get("q") ? searchQuery(sp.get("q")) : null;
    const filters = {};
    for (const f of ["segment", "theme", "topic", "country", "language", "year", "organization"]) if (sp.getAll(f).length) filters[f] = sp.getAll(f);
    const ranked = !!(query?.match || query?.trigram);
    const after = q.cursor ? JSON.parse(Buffer.from(q.cursor, "base64url").toString("utf8")) : null;
    const params = { query: query && !isEmptyQuery(query) ? query : null, filters, sort: ranked ? "relevance" : "newest", limit: 21, after };
    const items = searchItemsSql(params);
    const facets = searchFacetsSql(params);
    const hits = searchHitIdsSql(params);
    const version = db.prepare(ARCHIVE_VERSION_SQL);
    const a = db.prepare(items.sql);
    const b = db.prepare(facets.sql);
    const h = hits ? db.prepare(hits.sql) : null;
    const terms = parseSearchQuery(sp.get("q") ?? "");
    // The Worker makes snippets in JS from the rows' text; the raw side does the same work.
    // With a query and facet filters the Worker sends the ids passing the filters (from its bitmaps).
    const candidates = params.query ? filteredIds(postings, FACETS, filters, 10_000) : null;
    const itemsFast = searchItemsSql(params, candidates);
    const af = db.prepare(itemsFast.sql);
    const page = (stmt = a, binds = items.params) => {
      version.get();
      for (const r of stmt.all(...binds)) if (terms.length) makeSnippet([r.text, r.proposalsText ?? "", r.title], terms);
    };
    // Without a query (nor organization or campaign filter) the Worker picks the page's ids from
    // the bitmaps and reads only their rows (first page; later pages check their cursor too).
    // One bare word by relevance, no filter: the page from search_term_impacts, kept if the check
    // passes (else the Worker runs the usual page too, as here).
    const form = avgdl && h && ranked && Object.keys(filters).length === 0 ? bareWordForm(params.query) : null;
    const impact = form && readyForms.has(form) ? impactItemsSql(params, form, avgdl, impactCandidates(params.limit), known) : null;
    const ai = impact ? db.prepare(impact.sql) : null;
    const guardedHits = hits ? searchHitIdsSql(params, known) : null;
    const hg = guardedHits ? db.prepare(guardedHits.sql) : null;
    const fast = () => {
      if (ai) {
        version.get();
        const rows = ai.all(...impact.params);
        const lists = hg.all(...guardedHits.params).map((r) => r.ids ?? "");
        if (rows[0] && impactPageExact(rows[0], params.limit, countIds(lists), after)) {
          for (const r of rows) if (r.id !== null) makeSnippet([r.text, r.proposalsText ?? "", r.title], terms);
          countFacets(postings, FACETS, bitmapOfIds(lists, postings.words), filters);
          out.impact[q.name] = "impact";
          return;
        }
        out.impact[q.name] = "impact checked, plain page";
      }
      if (!params.query && !h && !after) {
        version.get();
        const rows = pageRowsSql(newestPage(postings, hitBitmap(postings, FACETS, null, filters), 21, null));
        db.prepare(rows.sql).all(...rows.params);
        countFacets(postings, FACETS, null, filters);
        return;
      }
      page(af, itemsFast.params);
      const matches = h ? bitmapOfIds(h.all(...hits.params).map((r) => r.ids ?? ""), postings.words) : null;
      countFacets(postings, FACETS, matches, filters);
    };
    out[q.name] = { ...timed(fast), plain: timed(() => (page(), b.all(...facets.params))) };
  }
  db.close();
  return out;
}

function report(size, loadSeconds, worker, raw, bytes, termJobSeconds) {
  const lines = [];
  lines.push(`\n${size.toLocaleString("en")} statements${loadSeconds ? ` (bulk import ${Math.round(loadSeconds)} s)` : ""}, database ${(bytes / 1e6).toFixed(0)} MB, ${RUNS} runs per query; times in ms, p50 / p95`);
  lines.push(
    `Local runtime floors (wrangler dev, client side): static file ${fmt(worker.asset.p50)} / ${fmt(worker.asset.p95)}; ` +
      `GET /api/v1/health ${fmt(worker.health.p50)} / ${fmt(worker.health.p95)} (in the Worker ${fmt(worker.healthServer.p50)} / ${fmt(worker.healthServer.p95)})`,
  );
  lines.push("");
  lines.push("| query | matches | uncached, client | uncached, in Worker | cached, client | cached, in Worker | raw SQLite | ratio in Worker / raw | ratio client / raw | raw, facets in SQL |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  const pair = (x) => `${fmt(x.p50)} / ${fmt(x.p95)}`;
  const ratio = (a, b) => `${(a.p50 / b.p50).toFixed(2)} / ${(a.p95 / b.p95).toFixed(2)}`;
  for (const q of QUERIES) {
    const w = worker[q.name];
    const r = raw[q.name];
    lines.push(`| ${q.name} | ${q.total} | ${pair(w.cold)} | ${pair(w.coldServer)} | ${pair(w.warm)} | ${pair(w.warmServer)} | ${pair(r)} | ${ratio(w.coldServer, r)} | ${ratio(w.cold, r)} | ${pair(r.plain)} |`);
  }
  lines.push("");
  lines.push("Where the Worker's time goes, uncached (p50 of each part, ms; from Server-Timing):");
  lines.push("");
  lines.push("| query | rate limiter | D1 batch (version, page, facets) | JS (snippets, JSON) | rest | raw SQLite |");
  lines.push("|---|---:|---:|---:|---:|---:|");
  for (const q of QUERIES) {
    const p = worker[q.name].parts;
    lines.push(`| ${q.name} | ${fmt(p.ratelimit)} | ${fmt(p.d1)} | ${fmt(p.js)} | ${fmt(p.other)} | ${fmt(raw[q.name].p50)} |`);
  }
  const worstCached = Math.max(...QUERIES.map((q) => worker[q.name].warm.p95));
  const worstRatio = Math.max(...QUERIES.map((q) => worker[q.name].coldServer.p95 / raw[q.name].p95));
  lines.push("");
  const budget = size >= 100000 ? 300 : 60;
  const worstUncached = Math.max(...QUERIES.map((q) => worker[q.name].coldServer.p95));
  lines.push(`Frequent-term job until done (scan and backfill): ${Math.round(termJobSeconds)} s. Ranked from search_term_impacts on the raw side: ${QUERIES.map((q) => `${q.name}: ${raw.impact[q.name] ?? "no"}`).join("; ")}.`);
  lines.push(`Facet bitmaps read once per archive version (raw, not in the figures above): ${fmt(raw.postingsLoad)} ms.`);
  lines.push(`Targets: uncached in-Worker p95 ≤ ${budget} ms (worst ${fmt(worstUncached)}: ${worstUncached <= budget ? "met" : "not met"}); cached p95 ≤ 30 ms (worst ${fmt(worstCached)}: ${worstCached <= 30 ? "met" : "not met"}); in-Worker / raw ≤ 1.5 (worst p95 ratio ${worstRatio.toFixed(2)}: ${worstRatio <= 1.5 ? "met" : "not met"}).`);
  lines.push(`Machine load average at the end of the run (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(2)).join(", ")}.`);
  console.log(lines.join("\n"));
  return lines.join("\n");
}

mkdirSync(".wrangler/bench", { recursive: true });
const outputs = [];
for (const size of SIZES) {
  const dir = `.wrangler/bench/state-${size}`;
  const fresh = !(REUSE && existsSync(dir));
  if (fresh) {
    rmSync(dir, { recursive: true, force: true });
    console.log(`• ${size}: migrating and seeding ${dir}`);
    wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", dir]);
    writeFileSync(".wrangler/bench/seed.sql", seedStatements(new Date().toISOString().replace(/\.\d{3}Z$/, "Z")).join(";\n") + ";\n");
    wrangler(["d1", "execute", "DB", "--local", "--persist-to", dir, "--file", ".wrangler/bench/seed.sql"]);
  } else {
    // A reused database gets the migrations added since it was loaded.
    console.log(`• ${size}: applying new migrations to ${dir}`);
    wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", dir]);
  }
  const server = await startServer({ port: PORT, persistTo: dir });
  let loadSeconds = 0;
  let termJobSeconds = 0;
  let worker;
  try {
    // The seed publishes one statement (CD-CGR2-2022); a partly loaded corpus is completed.
    const present = (await (await fetch(`${ORIGIN}/api/v1/statements?limit=1`, { headers: { "cache-control": "no-cache" } })).json()).total - 1;
    if (present < size) {
      console.log(`• ${size}: loading the synthetic corpus through POST /api/v1/statements/import${present > 0 ? ` (from ${present})` : ""}`);
      loadSeconds = await load(size, await signInAdmin(), Math.max(0, present));
    }
    console.log(`• ${size}: running the frequent-term job until it is done`);
    termJobSeconds = await runTermJob();
    console.log(`• ${size}: timing the query mix through the Worker`);
    worker = await measureWorker();
  } finally {
    stopServer(server);
  }
  await sleep(1500);
  const file = sqliteFile(dir);
  console.log(`• ${size}: timing the same SQL with node:sqlite on ${file}`);
  const raw = measureRaw(file);
  outputs.push(report(size, loadSeconds, worker, raw, statSync(file).size, termJobSeconds));
}
writeFileSync(".wrangler/bench/last-report.md", outputs.join("\n") + "\n");
console.log("\n(also written to .wrangler/bench/last-report.md)");
