// Shared by backup.mjs and restore.mjs: which database to reach, and running wrangler against it.
import { spawnSync } from "node:child_process";

export const quietEnv = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };

/**
 * Reads `--remote`, `--env NAME`, `--persist-to DIR` and one named file option from argv.
 * Local (the wrangler dev database under .wrangler/state) is the default.
 */
export function parseTarget(argv, fileOption) {
  const target = { remote: false, env: null, persistTo: null, file: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--remote") target.remote = true;
    else if (arg === "--local") target.remote = false;
    else if (arg === "--env") target.env = argv[++i];
    else if (arg === "--persist-to") target.persistTo = argv[++i];
    else if (arg === `--${fileOption}`) target.file = argv[++i];
    else throw new Error(`Unknown option ${arg}. Use --local | --remote, --env NAME, --persist-to DIR, --${fileOption} FILE.`);
  }
  if (target.remote && target.persistTo) throw new Error("--persist-to is for the local database only.");
  return target;
}

function targetArgs(target) {
  const args = [target.remote ? "--remote" : "--local"];
  if (target.env) args.push("--env", target.env);
  if (target.persistTo) args.push("--persist-to", target.persistTo);
  return args;
}

export function wrangler(args) {
  const r = spawnSync("npx", ["wrangler", ...args], { env: quietEnv, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`wrangler ${args.slice(0, 4).join(" ")} … failed:\n${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Runs one SQL query and returns its rows. */
export function query(target, sql) {
  const out = wrangler(["d1", "execute", "DB", ...targetArgs(target), "--json", "--command", sql]);
  return JSON.parse(out)[0].results;
}

export function executeFile(target, file) {
  wrangler(["d1", "execute", "DB", ...targetArgs(target), "--yes", "--file", file]);
}

export function applyMigrations(target) {
  wrangler(["d1", "migrations", "apply", "DB", ...targetArgs(target)]);
}

export const quoteId = (name) => `"${String(name).replace(/"/g, '""')}"`;
