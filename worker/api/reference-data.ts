import { Hono } from "hono";
import { getSegmentBySlug, listSegments, publicSegment } from "../db/segments";
import { listThemes, publicTheme } from "../db/themes";
import { isoNow } from "../domain/time";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";

export const segmentsApi = new Hono<AppEnv>()
  .get("/", async (c) => c.json({ items: (await listSegments(c.env.DB, isoNow())).map(publicSegment) }))
  .get("/:slug", async (c) => {
    const segment = await getSegmentBySlug(c.env.DB, c.req.param("slug"), isoNow());
    if (!segment) throw new AppError("not-found", `There is no segment "${c.req.param("slug")}".`);
    return c.json(publicSegment(segment));
  });

export const themesApi = new Hono<AppEnv>().get("/", async (c) => c.json({ items: (await listThemes(c.env.DB)).map(publicTheme) }));
