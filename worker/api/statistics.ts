import { Hono } from "hono";
import type { AppEnv } from "../env";
import { parseArchiveParams } from "../http/archive-params";
import { cachedPublic } from "../http/public-cache";
import { statisticsFor } from "../services/statistics";
import { publicReader } from "../http/public-reader";

/** GET /api/v1/statistics?<the search's filters>: cached like every public answer (archive version in the ETag). */
export const statisticsApi = new Hono<AppEnv>().get("/", async (c) => {
  const input = parseArchiveParams(new URL(c.req.url));
  const db = publicReader(c);
  return cachedPublic(c, db, {
    versioned: async () => {
      const { version, value } = await statisticsFor(db, input);
      return { version, value: c.json(value) };
    },
  });
});
