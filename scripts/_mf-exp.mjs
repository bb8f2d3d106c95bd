import { Miniflare, convertV4MiniflareOptions } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
const { workerOptions } = unstable_getMiniflareWorkerOptions("wrangler.toml");
const dir = ".wrangler/bench/state-10000";
const v4 = {
  host: "127.0.0.1", port: 8790,
  d1Persist: `${dir}/v3/d1`, r2Persist: `${dir}/v3/r2`, cachePersist: `${dir}/v3/cache`, kvPersist: `${dir}/v3/kv`,
  workers: [{
  ...workerOptions, name: "portal",
  bindings: { ...workerOptions.bindings, APP_ORIGIN: "http://127.0.0.1:8790" },
  modules: true,
  scriptPath: "/tmp/mfbuild/index.js",
}]};
delete v4.workers[0].assets; delete v4.workers[0].modulesRules; delete v4.workers[0].rootPath;
const mf = new Miniflare(convertV4MiniflareOptions(v4));
const url = await mf.ready;
console.log("ready", url.href);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };
async function time(path, headers = {}) {
  const xs = [];
  for (let i = 0; i < 41; i++) { const t = performance.now(); const r = await fetch(new URL(path, url), { headers }); await r.arrayBuffer(); if (i) xs.push(performance.now() - t); if (r.status >= 400) console.log(r.status); }
  return `p50 ${pct(xs, 50).toFixed(1)} p95 ${pct(xs, 95).toFixed(1)}`;
}
console.log("health", await time("/api/v1/health"));
for (const q of ["q=states", "q=xylophonist", 'q="border management"', "q=traffick*", "q=victims&theme=victim-protection&country=NG&year=2023", "theme=human-rights&segment=2022-4-trafficking-in-persons&language=en"]) {
  console.log(q, "nocache", await time("/api/v1/statements?" + q, { "cache-control": "no-cache" }), "cached", await time("/api/v1/statements?" + q));
}
await mf.dispose();
