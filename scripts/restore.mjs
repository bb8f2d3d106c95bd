// npm run restore -- --from FILE [--local | --remote] [--env production] [--persist-to DIR]
// Restores a backup from backup.mjs into an EMPTY database: applies the migrations, loads every
// table (rows replace what migrations inserted), then rebuilds the search index.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REBUILD_SQL } from "../worker/db/search-index.ts";
import { applyMigrations, executeFile, parseTarget, query, quoteId } from "./d1-cli.mjs";

const ROWS_PER_FILE = 2000;

/** A SQL literal; text with control characters goes through hex so no byte is lost. */
export function literal(value) {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
  if (typeof value === "boolean") return value ? "1" : "0";
  const text = String(value);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return `CAST(X'${Buffer.from(text, "utf8").toString("hex")}' AS TEXT)`;
  return `'${text.replace(/'/g, "''")}'`;
}

export function insertStatements(table, rows) {
  return rows.map((row) => {
    const columns = Object.keys(row);
    return `INSERT OR REPLACE INTO ${quoteId(table)} (${columns.map(quoteId).join(", ")}) VALUES (${columns.map((c) => literal(row[c])).join(", ")});`;
  });
}

function main() {
  const target = parseTarget(process.argv.slice(2), "from");
  if (!target.file) throw new Error("Give the backup file: --from backups/….json");
  const backup = JSON.parse(readFileSync(target.file, "utf8"));
  if (backup.format !== "cdp-backup/1") throw new Error(`${target.file} is not a backup made by scripts/backup.mjs`);

  console.log("• Applying migrations…");
  applyMigrations(target);
  const existing = query(target, "SELECT count(*) AS n FROM submissions")[0].n;
  if (existing > 0) throw new Error("The target database already has submissions. Restore into a new, empty database.");

  const dir = mkdtempSync(join(tmpdir(), "cdp-restore-"));
  try {
    // The backup lists parents before children; deferred foreign keys cover the rest within a file.
    const statements = ["PRAGMA defer_foreign_keys = on;"];
    let part = 0;
    const flush = () => {
      if (statements.length <= 1) return;
      const file = join(dir, `part-${part++}.sql`);
      writeFileSync(file, statements.join("\n") + "\n");
      executeFile(target, file);
      statements.length = 1;
    };
    for (const [table, rows] of Object.entries(backup.tables)) {
      console.log(`  ${table}: ${rows.length} rows`);
      for (const sql of insertStatements(table, rows)) {
        statements.push(sql);
        if (statements.length > ROWS_PER_FILE) flush();
      }
    }
    flush();
    console.log("• Rebuilding the search index…");
    writeFileSync(join(dir, "rebuild.sql"), REBUILD_SQL.map((s) => `${s};`).join("\n") + "\n");
    executeFile(target, join(dir, "rebuild.sql"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const names = Object.keys(backup.tables);
  const [found] = query(target, `SELECT ${names.map((t, i) => `(SELECT count(*) FROM ${quoteId(t)}) AS c${i}`).join(", ")}`);
  const counts = names.map((t, i) => [t, found[`c${i}`], backup.tables[t].length]);
  const wrong = counts.filter(([, n, want]) => n < want);
  for (const [t, n, want] of wrong) console.error(`  ✗ ${t}: ${n} rows, backup had ${want}`);
  if (wrong.length) process.exit(1);
  console.log(`✓ Restored ${counts.reduce((s, [, n]) => s + n, 0)} rows from ${target.file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (err) {
    console.error(`✗ ${err.message}`);
    process.exit(1);
  }
}
