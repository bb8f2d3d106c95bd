import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Each test file gets a fresh database; applying is idempotent within a file.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
