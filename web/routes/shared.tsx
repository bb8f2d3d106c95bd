import type { Context } from "hono";
import { listSegments } from "../../worker/db/segments";
import { listThemes } from "../../worker/db/themes";
import { isStaff } from "../../worker/domain/roles";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { t } from "../../worker/i18n";
import { localizeTheme } from "../../worker/i18n/taxonomy";
import { NotFoundPage } from "../pages/not-found";

type C = Context<AppEnv>;

/** Where sign-in leads when the person was not on their way anywhere (staff go to the queue instead). */
export const DEFAULT_NEXT = "/my/submissions";

/** Only same-site paths may be a redirect target after sign-in. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : DEFAULT_NEXT;
}

export function signInRedirect(c: C) {
  return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

export function notFoundPage(c: C) {
  c.status(404);
  return c.render(<NotFoundPage />, { title: t(c.get("locale"), "error.notFound") });
}

/** The submission form's segment and theme choices (themes labelled in the page's language). */
export async function submissionFormChoices(c: C) {
  const user = c.get("user");
  const segments = await listSegments(c.env.DB, isoNow());
  // Staff may file statements to any segment (archiving earlier ones); submitters only to open ones.
  return { segments: user && isStaff(user.roles) ? segments : segments.filter((s) => s.status === "open"), themes: (await listThemes(c.env.DB)).map((th) => localizeTheme(c.get("locale"), th)) };
}
