// npm start: migrate and seed the local D1, then serve the portal with wrangler dev.
import { spawn } from "node:child_process";
import { migrateAndSeed, quietEnv } from "./local-db.mjs";

const port = process.env.PORT || "8787";
if (!/^\d{2,5}$/.test(port)) {
  console.error(`PORT must be a number, got "${port}".`);
  process.exit(2);
}
migrateAndSeed();
const origin = `http://127.0.0.1:${port}`;
console.log(`• Starting the portal at ${origin} (sign in as admin@example.org or moderator@example.org for staff pages;`);
console.log(`  sign-in emails appear at ${origin}/dev/mailbox?to=<email>)`);
const child = spawn("wrangler", ["dev", "--ip", "127.0.0.1", "--port", port, "--var", `APP_ORIGIN:${origin}`, "--show-interactive-dev-session=false"], {
  stdio: "inherit",
  env: quietEnv,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
