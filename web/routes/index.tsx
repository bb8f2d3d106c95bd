import { Hono } from "hono";
import type { AppEnv } from "../../worker/env";
import { taxonomyTranslations } from "../../worker/db/labels";
import { AppError } from "../../worker/http/errors";
import { layout } from "../layout";
import { apiReferencePages } from "./api-reference";
import { archivePages } from "./archive";
import { authPages } from "./auth";
import { corePages } from "./core";
import { cosignPages } from "./cosign";
import { draftPages } from "./drafts";
import { findingPages } from "./finding";
import { followPages } from "./follow";
import { statisticsPages } from "./statistics";
import { intakePages } from "./intake";
import { moderationPages } from "./moderation";
import { outcomePages } from "./outcomes";
import { notFound, requireUser } from "./guards";

/** Every HTML page, under the one layout. Each area mounts its own sub-app here. */
export const pages = new Hono<AppEnv>();
pages.use(layout);
// Segment titles and theme labels in the reader's language come from the database, where admins edit them per language.
pages.use(async (c, next) => {
  if (c.get("locale") !== "en") c.set("taxonomy", await taxonomyTranslations(c.env.DB));
  await next();
});
// The pages of signed-in people: one check, before every route (a visitor is sent to sign in, and back).
pages.use("/submit", requireUser);
pages.use("/my/*", requireUser);
pages.on("POST", ["/intake/extract", "/intake/submit"], requireUser);
pages.route("/", authPages);
pages.route("/", corePages);
pages.route("/", outcomePages); // before moderation: /moderation/outcomes is not a reference
pages.route("/", draftPages);
pages.route("/", moderationPages);
pages.route("/", archivePages);
pages.route("/", findingPages);
pages.route("/", followPages);
pages.route("/", statisticsPages);
pages.route("/", intakePages);
pages.route("/", apiReferencePages);
pages.route("/", cosignPages);

pages.all("*", (c) => {
  if (c.req.path.startsWith("/api/")) throw new AppError("not-found", `There is no API route ${c.req.method} ${c.req.path}.`);
  throw notFound();
});
