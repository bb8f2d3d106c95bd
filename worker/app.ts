import { Hono } from "hono";
import { timing } from "hono/timing";
import { apiV1 } from "./api";
import { devApi } from "./api/dev";
import { feedsApi } from "./api/feeds";
import { openApiRoute } from "./api/openapi";
import { loadSession } from "./auth/session";
import type { AppEnv } from "./env";
import { auditTrail } from "./http/audit";
import { errorHandler, problemResponse } from "./http/errors";
import { jsonCharset } from "./http/json-charset";
import { locale } from "./http/locale";
import { refuseDevelopmentOffLoopback } from "./http/development";
import { rateLimit } from "./http/rate-limit";
import { requestId } from "./http/request-id";
import { sameOriginWrites } from "./http/same-origin";
import { securityHeaders } from "./http/security";
import { ErrorPage, renderErrorInLayout } from "../web/pages/error-page";
import { pages } from "../web/routes/index";
import { forgetArchiveVersion } from "./http/public-cache";

export const app = new Hono<AppEnv>();

// Server-Timing on every response: the time spent inside the Worker ("total") and, on public
// archive reads, its parts (docs/performance.md). `npm run bench` reads it.
app.use(timing({ totalDescription: "Worker" }));
app.use(requestId());
app.use(refuseDevelopmentOffLoopback());
// A write handled here may change the archive: this isolate's remembered version goes.
app.use(async (c, next) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD") forgetArchiveVersion();
  await next();
  if (c.req.method !== "GET" && c.req.method !== "HEAD") forgetArchiveVersion();
});
app.use(securityHeaders());
app.use(jsonCharset());
app.use(locale());
app.use(auditTrail());
// Every state-changing or costly request must come from our own pages or from a script, never from
// another site's page (Origin / Sec-Fetch-Site check, whatever the content type).
// One deliberate exception: POST /unsubscribe is the List-Unsubscribe URL of every digest, which
// mail providers post to (RFC 8058 one-click); it needs the unguessable token, changes nothing but
// ending that one subscription, and reads no session.
app.use(sameOriginWrites((path) => path === "/unsubscribe"));
app.use(loadSession());
// Abuse limits per user (signed in) or client address (docs/operations.md has the values).
// Unsubscribing is not limited: mail providers' one-click posts for many people come from few addresses.
app.on(
  "POST",
  ["/api/v1/auth/email-link", "/api/v1/auth/verify", "/sign-in", "/auth/verify", "/api/v1/subscriptions", "/api/v1/subscriptions/confirm", "/subscribe", "/subscribe/confirm"],
  rateLimit("RL_SIGN_IN"),
);
app.on("POST", ["/api/v1/submissions", "/submit", "/intake/submit"], rateLimit("RL_SUBMIT"));
app.on("POST", ["/api/v1/intake/*", "/intake/extract"], rateLimit("RL_UPLOAD"));
app.on("GET", ["/api/v1/statements", "/api/v1/statements.csv", "/api/v1/proposals.csv", "/statements", "/feeds/*", "/briefs/*", "/api/v1/statistics", "/statistics"], rateLimit("RL_SEARCH"));

app.route("/api/v1", apiV1);
app.route("/api/openapi.json", openApiRoute);
app.route("/dev", devApi);
app.route("/feeds", feedsApi);
app.route("/", pages);

app.onError(errorHandler(ErrorPage, renderErrorInLayout));
app.notFound(() => problemResponse("not-found", "Not found."));
