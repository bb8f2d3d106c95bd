import type { Context } from "hono";
import { listSegments } from "../../worker/db/segments";
import { listThemes } from "../../worker/db/themes";
import { isStaff } from "../../worker/domain/roles";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { localizeTheme } from "../../worker/i18n/taxonomy";

type C = Context<AppEnv>;

/** The submission form's segment and theme choices (themes labelled in the page's language). */
export async function submissionFormChoices(c: C) {
  const user = c.get("user");
  const segments = await listSegments(c.env.DB, isoNow());
  // Staff may file statements to any segment (archiving earlier ones); submitters only to open ones.
  return { segments: user && isStaff(user.roles) ? segments : segments.filter((s) => s.status === "open"), themes: (await listThemes(c.env.DB)).map((th) => localizeTheme(c.get("locale"), th)) };
}
