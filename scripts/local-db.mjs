// Shared by start.mjs and seed.mjs: migrate the local D1 and load the development seed.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { seedStatements } from "../worker/seed/sql.ts";

export const quietEnv = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };

export function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: quietEnv });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

export function migrateAndSeed() {
  console.log("• Applying migrations to the local D1 database…");
  run("wrangler", ["d1", "migrations", "apply", "DB", "--local"]);
  console.log("• Loading the development seed (taxonomy, segments, demo statement)…");
  mkdirSync(".wrangler", { recursive: true });
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  writeFileSync(".wrangler/seed.sql", seedStatements(now).join(";\n") + ";\n");
  run("wrangler", ["d1", "execute", "DB", "--local", "--file", ".wrangler/seed.sql"]);
}
