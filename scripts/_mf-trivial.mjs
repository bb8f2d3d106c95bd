import { Miniflare, convertV4MiniflareOptions } from "miniflare";
const mf = new Miniflare(convertV4MiniflareOptions({ host: "127.0.0.1", port: 8791, modules: true, compatibilityDate: "2026-11-01",
  script: `export default { async fetch(req, env) { if (new URL(req.url).pathname === '/cpu') { const t=performance.now(); let x=0; for (let i=0;i<3e7;i++) x+=i%7; return new Response(String(performance.now()-t)+' '+x); } if (new URL(req.url).pathname === '/db') { await env.DB.prepare('select 1').first(); } return new Response('ok'); } }`,
  d1Databases: ["DB"] }));
const url = await mf.ready;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };
console.log(await (await fetch(new URL("/cpu", url))).text());
for (const path of ["/", "/db"]) {
  const xs = [];
  for (let i = 0; i < 101; i++) { const t = performance.now(); const r = await fetch(new URL(path, url)); await r.text(); if (i) xs.push(performance.now() - t); }
  console.log(path, pct(xs, 50).toFixed(2), pct(xs, 95).toFixed(2));
}
await mf.dispose();
