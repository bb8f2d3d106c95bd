import { DatabaseSync } from "node:sqlite";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { searchFacetsSql, searchItemsSql } from "../worker/db/archive.ts";
import { isEmptyQuery, parseSearchQuery, searchQuery } from "../worker/domain/search-query.ts";
import { makeSnippet } from "../worker/domain/snippet.ts";
const dir = ".wrangler/bench/state-10000/v3/d1";
let file; const walk = (p) => { for (const n of readdirSync(p)) { const f = join(p, n); if (statSync(f).isDirectory()) walk(f); else if (n.endsWith(".sqlite") && n !== "metadata.sqlite" && statSync(f).size > 1e8) file = f; } }; walk(dir);
const db = new DatabaseSync(file, { readOnly: true });
for (const qq of [process.argv[2] ?? "xylophonist"]) {
  const query = searchQuery(qq);
  const params = { query, filters: {}, sort: "relevance", limit: 21, after: null };
  const items = searchItemsSql(params), facets = searchFacetsSql(params);
  const a = db.prepare(items.sql), b = db.prepare(facets.sql), v = db.prepare("SELECT epoch || '.' || version AS v FROM archive_state WHERE id = 1");
  const terms = parseSearchQuery(qq);
  const t = (f) => { f(); const xs = []; for (let i = 0; i < 30; i++) { const t0 = performance.now(); f(); xs.push(performance.now() - t0); } xs.sort((x, y) => x - y); return xs[15].toFixed(2); };
  let rows;
  console.log(qq, "version", t(() => v.get()), "items", t(() => { rows = a.all(...items.params); }), "facets", t(() => b.all(...facets.params)), "snippets", t(() => rows.map((r) => makeSnippet([r.text, r.proposalsText ?? "", r.title], terms))), "rows", rows.length, "textlen", rows.reduce((s, r) => s + r.text.length, 0));
}
