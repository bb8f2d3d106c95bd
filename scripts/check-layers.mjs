// npm run check:layers — imports run one way (CONVENTIONS.md 13, docs/architecture.md "Layers").
// Each source file belongs to a layer; a file may import its own layer and the layers below it,
// never one above. Edges that break the rule today are listed in scripts/layers-baseline.json while
// they are being untangled: the check fails on any edge that is not there, and on a baseline entry
// that no longer exists (so the list only ever shrinks). `--write-baseline` rewrites the list.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASELINE = join(root, "scripts/layers-baseline.json");

/** Top to bottom. A layer may import itself and anything after it. */
const LAYERS = [
  ["entry", (p) => p === "worker/app.ts" || p === "worker/index.ts"],
  ["pages", (p) => p.startsWith("web/")],
  ["routes", (p) => p.startsWith("worker/api/")],
  ["jobs", (p) => p.startsWith("worker/jobs/")],
  ["services", (p) => p.startsWith("worker/services/")],
  ["email", (p) => p.startsWith("worker/email/")],
  ["openapi", (p) => p.startsWith("worker/openapi/")],
  ["intake", (p) => p.startsWith("worker/intake/")],
  ["http", (p) => p.startsWith("worker/http/") || p.startsWith("worker/auth/") || p === "worker/env.ts"],
  ["db", (p) => p.startsWith("worker/db/") || (p.startsWith("worker/seed/") && p !== "worker/seed/taxonomy.ts" && !p.startsWith("worker/seed/translations/"))],
  ["domain", (p) => p.startsWith("worker/domain/")],
  // Message catalogs and locale logic: they import nothing of the app but the taxonomy below.
  ["i18n", (p) => p.startsWith("worker/i18n/") || p.startsWith("worker/seed/translations/")],
  // The starting taxonomy (slugs fixed by DESIGN.md): plain data, no imports at all.
  ["taxonomy", (p) => p === "worker/seed/taxonomy.ts"],
];

function layerOf(path) {
  const i = LAYERS.findIndex(([, test]) => test(path));
  return i === -1 ? null : i;
}

function* sources(dir) {
  for (const name of readdirSync(join(root, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) yield path;
  }
}

function resolve(from, spec) {
  const base = normalize(join(dirname(from), spec)).replace(/\\/g, "/");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base.replace(/\.js$/, ".ts")]) {
    try {
      if (statSync(join(root, candidate)).isFile()) return candidate;
    } catch {}
  }
  return base;
}

// worker/api/ holds only route sub-apps: each file builds a Hono app, and only the files that mount
// them (worker/api/index.ts, worker/app.ts) import one. Library code lives in http/ or services/.
const ROUTE_MOUNTERS = new Set(["worker/app.ts", "worker/api/index.ts"]);
const misplaced = [];

const edges = [];
for (const file of [...sources("worker"), ...sources("web")]) {
  const text = readFileSync(join(root, file), "utf8");
  if (file.startsWith("worker/api/") && !/new Hono\b/.test(text)) misplaced.push(`${file} builds no Hono sub-app: move it to the layer it belongs to`);
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = resolve(file, m[1]);
    if (target.startsWith("worker/api/") && !ROUTE_MOUNTERS.has(file)) misplaced.push(`${file} → ${target} (only ${[...ROUTE_MOUNTERS].join(" and ")} import route sub-apps)`);
    const a = layerOf(file);
    const b = layerOf(target);
    if (a === null || b === null) continue;
    if (b < a) edges.push(`${file} → ${target} (${LAYERS[a][0]} imports ${LAYERS[b][0]})`);
  }
}
const found = [...new Set(edges)].sort();

if (process.argv.includes("--write-baseline")) {
  writeFileSync(BASELINE, `${JSON.stringify(found, null, 2)}\n`);
  console.log(`layers: ${found.length} upward imports written to ${relative(root, BASELINE)}`);
  process.exit(0);
}

for (const e of [...new Set(misplaced)].sort()) console.error(`✗ ${e}`);
if (misplaced.length) process.exit(1);

const baseline = new Set(JSON.parse(readFileSync(BASELINE, "utf8")));
const added = found.filter((e) => !baseline.has(e));
const gone = [...baseline].filter((e) => !found.includes(e));
for (const e of added) console.error(`✗ new upward import: ${e}`);
for (const e of gone) console.error(`✗ fixed, remove it from scripts/layers-baseline.json: ${e}`);
if (added.length || gone.length) {
  console.error(`layers: ${added.length} new upward import(s), ${gone.length} stale baseline entr(y/ies). Layers: ${LAYERS.map(([n]) => n).join(" → ")}.`);
  process.exit(1);
}
console.log(`✓ layers: no new upward imports (${found.length} known ones left in scripts/layers-baseline.json)`);
