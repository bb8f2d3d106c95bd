// npm run seed: migrate the local D1 and (re)load the development seed. Safe to run repeatedly.
import { migrateAndSeed } from "./local-db.mjs";

migrateAndSeed();
console.log("✓ Local database ready.");
