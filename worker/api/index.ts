import { Hono } from "hono";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { adminApi } from "./admin";
import { authApi } from "./auth";
import { cosignApi } from "./cosign";
import { healthApi } from "./health";
import { intakeApi } from "./intake";
import { moderationApi } from "./moderation";
import { outcomesApi } from "./outcomes";
import { profileApi } from "./profile";
import { segmentsApi, themesApi } from "./reference-data";
import { statementsApi } from "./statements";
import { statisticsApi } from "./statistics";
import { submissionsApi } from "./submissions";
import { subscriptionsApi } from "./subscriptions";

/** Everything under /api/v1. */
export const apiV1 = new Hono<AppEnv>()
  .route("/auth", authApi)
  .route("/segments", segmentsApi)
  .route("/themes", themesApi)
  .route("/submissions", submissionsApi)
  .route("/subscriptions", subscriptionsApi)
  .route("/admin", adminApi)
  .route("/moderation", moderationApi)
  .route("/me", profileApi)
  .route("/health", healthApi)
  .route("/cosign", cosignApi)
  .route("/", outcomesApi) // /segments/{slug}/outcome, /moderation/outcomes/{slug}/…
  .route("/statistics", statisticsApi)
  .route("/", intakeApi) // /intake/extract, /admin/themes/{slug}/keywords, /submissions|statements/{reference}/document
  .route("/", statementsApi) // /statements, /statements.csv, /statements/{reference}
  .all("*", (c) => {
    throw new AppError("not-found", `There is no API route ${c.req.method} ${c.req.path}.`);
  });
