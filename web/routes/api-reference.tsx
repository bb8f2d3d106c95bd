import { Hono } from "hono";
import type { AppEnv } from "../../worker/env";
import { openApiDocument } from "../../worker/openapi/document";
import type { OpenApiDoc } from "../api-reference/model";
import { t } from "../i18n";
import { ApiReferencePage } from "../pages/api-reference";

/**
 * `GET /api`: the API reference for people, built on each request from the very document object
 * `GET /api/openapi.json` serves, so the two cannot disagree. (`/api` is outside `/api/`, where
 * every answer is JSON; the raw document stays at /api/openapi.json.)
 */
export const apiReferencePages = new Hono<AppEnv>();

apiReferencePages.get("/api", (c) =>
  c.render(<ApiReferencePage doc={openApiDocument(c.env.APP_ORIGIN) as OpenApiDoc} />, { title: t(c.get("locale"), "apiDocs.title") }),
);
