import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  return {
    // Binary fixtures imported with `?inline` (a data URL); PDF is a known asset type, DOCX is not.
    assetsInclude: ["**/*.docx"],
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, APP_ORIGIN: "http://localhost", CAMPAIGN_DECISION_CHUNK: "4" },
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
      exclude: ["test/browser/**"],
      setupFiles: ["test/setup/apply-migrations.ts"],
      // Request logs are useful only when a test fails.
      silent: "passed-only",
      // Some tests parse real PDFs and DOCX inside workerd: seconds on a busy 2-core machine. A
      // bound against hangs, not a speed check (speed is `npm run bench`).
      testTimeout: 20_000,
    },
  };
});
