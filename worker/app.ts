import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { apiV1 } from "./api";
import { devApi } from "./api/dev";
import { feedsApi } from "./api/feeds";
import { openApiRoute } from "./api/openapi";
import { loadSession } from "./auth/session";
import type { AppEnv } from "./env";
import { onError, problemResponse } from "./http/errors";
import { locale } from "./http/locale";
import { requestId } from "./http/request-id";
import { securityHeaders } from "./http/security";
import { pages } from "../web/routes/index";

export const app = new Hono<AppEnv>();

app.use(requestId());
app.use(securityHeaders());
app.use(locale());
// Form posts must come from our own pages (Origin check). The JSON API accepts only
// application/json bodies, which no cross-site form can send, and its cookie is SameSite=Lax.
app.use(async (c, next) => (c.req.path.startsWith("/api/") ? next() : csrf()(c, next)));
app.use(loadSession());

app.route("/api/v1", apiV1);
app.route("/api/openapi.json", openApiRoute);
app.route("/dev", devApi);
app.route("/feeds", feedsApi);
app.route("/", pages);

app.onError(onError);
app.notFound(() => problemResponse("not-found", "Not found."));
