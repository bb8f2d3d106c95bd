import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { apiV1 } from "./api";
import { devApi } from "./api/dev";
import { openApiRoute } from "./api/openapi";
import { loadSession } from "./auth/session";
import type { AppEnv } from "./env";
import { onError, problemResponse } from "./http/errors";
import { locale } from "./http/locale";
import { requestId } from "./http/request-id";
import { securityHeaders } from "./http/security";
import { pages } from "../web/routes";

export const app = new Hono<AppEnv>();

app.use(requestId());
app.use(securityHeaders());
app.use(locale());
// Form posts must come from our own pages (Origin check); JSON APIs are protected by CORS preflight.
app.use(csrf());
app.use(loadSession());

app.route("/api/v1", apiV1);
app.route("/api/openapi.json", openApiRoute);
app.route("/dev", devApi);
app.route("/", pages);

app.onError(onError);
app.notFound(() => problemResponse("not-found", "Not found."));
