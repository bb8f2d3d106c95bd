// npm run backup -- [--local | --remote] [--env production] [--persist-to DIR] [--out FILE]
// Exports every base table of the D1 database as JSON, page by page. The FTS5 index (which
// `wrangler d1 export` refuses) and other derived tables are left out: restore.mjs rebuilds them.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseTarget, query, quoteId } from "./d1-cli.mjs";

/** Rebuilt from the base tables on restore (worker/db/search-index.ts REBUILD_SQL). */
// (The frequent-term tables of migrations/0019: emptied by the rebuild, filled again by the job search-terms.)
const DERIVED_TABLES = new Set(["statement_facets", "search_frequent_terms", "search_term_impacts", "search_statement_tokens", "search_term_forms", "search_terms_state"]);
const FTS5_SHADOW = /_(data|idx|content|docsize|config)$/;
const PAGE = 500;

/** Base tables in creation order (parents before children), without FTS5 tables and their shadows. */
export function baseTables(master) {
  const virtual = master.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql ?? "")).map((t) => t.name);
  return master
    .filter((t) => t.type === "table")
    .filter((t) => !/^(sqlite_|_cf_|d1_migrations$)/.test(t.name))
    .filter((t) => !virtual.includes(t.name))
    .filter((t) => !virtual.some((v) => t.name.startsWith(`${v}_`) && FTS5_SHADOW.test(t.name)))
    .filter((t) => !DERIVED_TABLES.has(t.name));
}

function main() {
  const target = parseTarget(process.argv.slice(2), "out");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = target.file ?? `backups/cdp-${target.remote ? target.env ?? "remote" : "local"}-${stamp}.json`;
  const master = query(target, "SELECT type, name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid");
  const migrations = query(target, "SELECT name FROM d1_migrations ORDER BY id").map((r) => r.name);
  const tables = {};
  for (const { name, sql } of baseTables(master)) {
    const order = /WITHOUT ROWID/i.test(sql) ? "" : " ORDER BY rowid";
    const rows = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = query(target, `SELECT * FROM ${quoteId(name)}${order} LIMIT ${PAGE} OFFSET ${offset}`);
      rows.push(...page);
      if (page.length < PAGE) break;
    }
    tables[name] = rows;
    console.log(`  ${name}: ${rows.length} rows`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ format: "cdp-backup/1", createdAt: new Date().toISOString(), migrations, tables }));
  console.log(`✓ Backup written to ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (err) {
    console.error(`✗ ${err.message}`);
    process.exit(1);
  }
}
