import { Hono } from "hono";
import { FILTER_NAMES, parseArchiveParams, type ArchiveInput } from "../../worker/http/archive-params";
import { cachedData } from "../../worker/http/public-cache";
import { publicReader } from "../../worker/http/public-reader";
import { statisticsFor } from "../../worker/services/statistics";
import type { AppEnv } from "../../worker/env";
import { AppError } from "../../worker/http/errors";
import { t } from "../../worker/i18n";
import { StatisticsPage } from "../pages/statistics";

/** /statistics: the figures of any search, as charts with their tables (the data is cached like the API's). */
export const statisticsPages = new Hono<AppEnv>();

statisticsPages.get("/statistics", async (c) => {
  const url = new URL(c.req.url);
  let input: ArchiveInput;
  try {
    input = parseArchiveParams(url);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    // A hand-edited URL (too many values…) gets the whole archive's figures rather than an error page.
    input = parseArchiveParams(new URL("/statistics", url));
    c.status(400);
  }
  const db = publicReader(c);
  const stats = await cachedData(c, db, "statistics", () => statisticsFor(db, input));
  const filters = FILTER_NAMES.flatMap((name) => (input.filters[name] ?? []).map((value): [string, string] => [name, value]));
  const params = new URLSearchParams([...(input.q ? [["q", input.q] as [string, string]] : []), ...filters]);
  return c.render(<StatisticsPage stats={stats} q={input.q} filters={filters} params={params} />, { title: t(c.get("locale"), "stats.title") });
});
