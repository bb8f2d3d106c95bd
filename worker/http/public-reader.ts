import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../env";

type C = Context<AppEnv>;

export const BOOKMARK_COOKIE = "cdp_d1_bookmark";

/**
 * The D1 session for public reads (docs/search.md). Anonymous readers take any replica
 * ("first-unconstrained"). Signed-in people — staff who just published, submitters who just
 * edited — read from the primary, and a reader carrying a bookmark cookie reads at least that
 * fresh: read-your-writes after a staff action.
 */
export function publicReader(c: C): D1Database | D1DatabaseSession {
  const db = c.env.DB;
  if (typeof db.withSession !== "function") return db;
  const bookmark = getCookie(c, BOOKMARK_COOKIE);
  if (bookmark && /^[\w.:-]{1,200}$/.test(bookmark)) return db.withSession(bookmark);
  return db.withSession(c.get("user") ? "first-primary" : "first-unconstrained");
}

/** Call after a staff write made through `session`: later public reads of this browser see it. */
export function rememberBookmark(c: C, session: D1DatabaseSession): void {
  const bookmark = session.getBookmark();
  if (bookmark) setCookie(c, BOOKMARK_COOKIE, bookmark, { httpOnly: true, sameSite: "Lax", path: "/", maxAge: 300, secure: new URL(c.req.url).protocol === "https:" });
}
