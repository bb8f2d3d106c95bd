import type { Context, MiddlewareHandler } from "hono";
import { isStaff } from "../../worker/domain/roles";
import type { AppEnv } from "../../worker/env";
import { AppError, keyedError } from "../../worker/http/errors";

/** Where sign-in leads when the person was not on their way anywhere (staff go to the queue instead). */
export const DEFAULT_NEXT = "/my/submissions";

/** Only same-site paths may be a redirect target after sign-in. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : DEFAULT_NEXT;
}

export function signInRedirect(c: Context<AppEnv>) {
  return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

/**
 * The page's 404: thrown, it goes through the app's error handler, which draws it inside the layout
 * (`renderErrorInLayout`), like every other error of a page route.
 */
export function notFound(): AppError {
  return new AppError("not-found", "There is nothing at this address.");
}

/** Pages for signed-in people: signed-out visitors are sent to sign in, and come back afterwards. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get("user")) return signInRedirect(c);
  await next();
};

/** Staff pages: signed-out visitors are sent to sign in, submitters get 403 (through the error handler). */
export const requireStaffPage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get("user");
  if (!user) return signInRedirect(c);
  if (!isStaff(user.roles)) throw keyedError("forbidden", "err.auth.staff");
  await next();
};

export const requireAdminPage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get("user");
  if (!user) return signInRedirect(c);
  if (!user.roles.includes("admin")) throw keyedError("forbidden", "err.auth.admin");
  await next();
};
