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

/** Migrates and seeds the local D1; `persistTo` selects another state folder (tests use their own). */
export function migrateAndSeed({ persistTo, quiet = false } = {}) {
  const where = persistTo ? ["--persist-to", persistTo] : [];
  const runStep = quiet ? runQuiet : run;
  if (!quiet) console.log("• Applying migrations to the local D1 database…");
  runStep("wrangler", ["d1", "migrations", "apply", "DB", "--local", ...where]);
  if (!quiet) console.log("• Loading the development seed (taxonomy, segments, demo statement)…");
  mkdirSync(".wrangler", { recursive: true });
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const file = `.wrangler/seed-${process.pid}.sql`;
  writeFileSync(file, seedStatements(now).join(";\n") + ";\n");
  runStep("wrangler", ["d1", "execute", "DB", "--local", "--file", file, ...where]);
}

function runQuiet(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...quietEnv, CI: "true" } });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
  }
}
