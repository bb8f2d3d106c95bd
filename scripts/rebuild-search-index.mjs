// npm run search:rebuild [-- --remote | --persist-to <dir>]: rebuilds the archive's derived search
// tables (FTS5 word and trigram indexes, facet values) from the base tables, e.g. after a restore
// from a backup that skipped them (`wrangler d1 export` refuses FTS5 tables). Safe to repeat.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { REBUILD_SQL } from "../worker/db/search-index.ts";

const args = process.argv.slice(2);
const target = args.includes("--remote") ? ["--remote"] : ["--local", ...args.filter((a) => a !== "--local")];
mkdirSync(".wrangler", { recursive: true });
writeFileSync(".wrangler/rebuild-search-index.sql", REBUILD_SQL.join(";\n") + ";\n");
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };
const result = spawnSync("wrangler", ["d1", "execute", "DB", ...target, "--file", ".wrangler/rebuild-search-index.sql", "--yes"], { stdio: "inherit", env });
if (result.status !== 0) process.exit(result.status ?? 1);
console.log("✓ Search index rebuilt from the base tables.");
