import type { Context } from "hono";
import type { AppEnv } from "../../worker/env";
import { t } from "../i18n";
import { NotFoundPage } from "../pages/not-found";

type C = Context<AppEnv>;

/** Only same-site paths may be a redirect target after sign-in. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : "/my/submissions";
}

export function signInRedirect(c: C) {
  return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

export function notFoundPage(c: C) {
  c.status(404);
  return c.render(<NotFoundPage />, { title: t(c.get("locale"), "error.notFound") });
}
