import { Hono } from "hono";
import { raw } from "hono/html";
import type { AppEnv } from "../../worker/env";
import { openApiDocument } from "../../worker/openapi/document";
import type { OpenApiDoc } from "../api-reference/document";
import { t, type Locale } from "../../worker/i18n";
import { ApiReferencePage } from "../pages/api-reference";
import { uiFor } from "../pages/api-reference-schema";

/**
 * `GET /api`: the API reference for people, rendered from the very document object that
 * `GET /api/openapi.json` serves, so the two cannot disagree. (`/api` is outside `/api/`, where
 * every answer is JSON; the raw document stays at /api/openapi.json.)
 *
 * The document is built from code (the operation registry), so it is the same for the life of an
 * isolate: the rendered article (~240 kB, tens of milliseconds of CPU) is kept per language and origin,
 * and the layout around it (sign-in state, language links) is rendered on every request.
 */
const rendered = new Map<string, string>();

export function renderApiReference(locale: Locale, origin: string): string {
  const key = `${locale} ${origin}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = String(<ApiReferencePage ui={uiFor(locale)} doc={openApiDocument(origin) as OpenApiDoc} />);
    rendered.set(key, html);
  }
  return html;
}

export const apiReferencePages = new Hono<AppEnv>();

apiReferencePages.get("/api", (c) => {
  const locale = c.get("locale");
  return c.render(raw(renderApiReference(locale, c.env.APP_ORIGIN)), { title: t(locale, "apiDocs.title") });
});
