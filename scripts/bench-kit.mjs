// What the benchmarks share (bench.mjs, bench-moderation.mjs, bench-digests.mjs, load.mjs): options,
// percentiles, a wrangler dev of their own on a local D1, signing in through the development mailbox.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { quietEnv } from "./local-db.mjs";

/** `--name value` from the command line, or the fallback. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
export const flag = (name) => process.argv.slice(2).includes(`--${name}`);

// wrangler dev's local trace collector and data explorer (on by default) add work to every
// request and every D1 call that production does not have: off while measuring.
export const benchEnv = { ...quietEnv, X_LOCAL_OBSERVABILITY: "false", X_LOCAL_EXPLORER: "false" };

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The p-th percentile (nearest rank) of a list of numbers. */
export function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A port nobody listens on (other people's servers run on this machine too: never talk to theirs). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function wrangler(argv) {
  const r = spawnSync("wrangler", argv, { stdio: ["ignore", "ignore", "inherit"], env: benchEnv });
  if (r.status !== 0) throw new Error(`wrangler ${argv.join(" ")} failed`);
}

/**
 * `wrangler dev` on 127.0.0.1:`port` with the local D1 in `persistTo`, in its own process group;
 * resolves once `/api/v1/health` answers (two minutes at most). `cwd` runs it from another copy of
 * the sources (load.mjs freezes one).
 */
export async function startServer({ port, persistTo, cwd, logLevel = "error", command = ["wrangler"] }) {
  const origin = `http://127.0.0.1:${port}`;
  const [bin, ...pre] = command;
  const child = spawn(bin, [...pre, "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--var", `APP_ORIGIN:${origin}`, "--show-interactive-dev-session=false", "--log-level", logLevel], {
    env: benchEnv,
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let exited = false;
  child.once("exit", () => (exited = true));
  for (let i = 0; i < 240; i++) {
    if (exited) throw new Error("wrangler dev exited (port taken?)");
    try {
      if ((await fetch(`${origin}/api/v1/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  stopServer(child);
  throw new Error("wrangler dev did not answer within two minutes");
}

export function stopServer(child) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/** Signs in through the real email link, read back from the development mailbox; returns the session cookie. */
export async function signIn(origin, email) {
  const sent = await fetch(`${origin}/api/v1/auth/email-link`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
  if (sent.status !== 202) throw new Error(`email-link: ${sent.status}`);
  const { messages } = await (await fetch(`${origin}/dev/mailbox?to=${encodeURIComponent(email)}`)).json();
  const token = new URL(messages[0].links.find((l) => l.includes("token="))).searchParams.get("token");
  const verified = await fetch(`${origin}/api/v1/auth/verify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token }) });
  const cookie = /cdp_session=[^;]+/.exec(verified.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`verify: ${verified.status}`);
  return cookie;
}

/** The local D1's database file under a `--persist-to` folder (the largest .sqlite but the metadata). */
export function sqliteFile(dir) {
  const found = [];
  const walk = (p) => {
    for (const name of readdirSync(p)) {
      const full = join(p, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".sqlite") && name !== "metadata.sqlite") found.push(full);
    }
  };
  walk(join(dir, "v3", "d1"));
  return found.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}
