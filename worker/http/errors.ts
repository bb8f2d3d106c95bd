import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env";
import { t, type Locale } from "../i18n";
import { errorMessage } from "../i18n/errors";
import { keyed, type ErrorKey, type Localizable, type MessageVars } from "../i18n/messages";

/** The closed set of problems the API reports; each has one status and one title. */
export const PROBLEMS = {
  "bad-request": { status: 400, title: "Bad request" },
  unauthenticated: { status: 401, title: "Sign-in required" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  gone: { status: 410, title: "Gone" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "validation-failed": { status: 422, title: "Validation failed" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
} as const;

export type ProblemType = keyof typeof PROBLEMS;
/** One failing field. `text` is the message's key, for the pages to translate; the API sends `path` and `message` only. */
export type FieldError = { path: string; message: string; text?: Localizable };

export class AppError extends Error {
  readonly type: ProblemType;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;
  /** The detail's key, when an HTML page may show it: the error page translates it. */
  readonly text?: Localizable;
  /** RFC 9457 extension members of the problem (e.g. a 410's `publicNote`). */
  readonly extensions?: Record<string, unknown>;
  constructor(
    type: ProblemType,
    detail: string,
    options: { errors?: FieldError[]; headers?: Record<string, string>; text?: Localizable; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.type = type;
    this.errors = options.errors;
    this.headers = options.headers;
    this.text = options.text;
    this.extensions = options.extensions;
  }
  get status(): number {
    return PROBLEMS[this.type].status;
  }
}

/**
 * An AppError whose detail has a key of `worker/i18n/en-errors.ts`: the API answers the English, the HTML
 * error page shows it in the page's language. Use it for every error a page request can end with.
 */
export function keyedError(
  type: ProblemType,
  key: ErrorKey,
  vars: MessageVars = {},
  options: { errors?: FieldError[]; headers?: Record<string, string>; englishVars?: MessageVars } = {},
): AppError {
  const { message, text } = keyed(key, vars, options.englishVars);
  return new AppError(type, message, { errors: options.errors, headers: options.headers, text });
}

export function problemBody(type: ProblemType, detail: string, errors?: FieldError[], extensions: Record<string, unknown> = {}) {
  const { status, title } = PROBLEMS[type];
  return {
    ...extensions,
    type: `/problems/${type}`,
    title,
    status,
    detail,
    ...(errors ? { errors: errors.map(({ path, message }) => ({ path, message })) } : {}),
  };
}

export function problemResponse(type: ProblemType, detail: string, errors?: FieldError[], headers: Record<string, string> = {}, extensions?: Record<string, unknown>): Response {
  return new Response(JSON.stringify(problemBody(type, detail, errors, extensions)), {
    status: PROBLEMS[type].status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...headers },
  });
}

function typeForStatus(status: number): ProblemType {
  const found = (Object.keys(PROBLEMS) as ProblemType[]).find((t) => PROBLEMS[t].status === status);
  return found ?? (status >= 500 ? "internal" : "bad-request");
}

/**
 * Browsers asking for a page get an HTML error page; API clients always get problem+json. A request
 * that reached a page route (the layout marked it) is answered in HTML whatever it accepts, as the
 * page itself would have been.
 */
function wantsHtml(c: Context<AppEnv>): boolean {
  if (c.get("pageLayout") === true) return !c.req.path.startsWith("/api/");
  return !/^\/(api|dev|feeds)\//.test(c.req.path) && (c.req.header("accept") ?? "").includes("text/html");
}

/**
 * The detail in the page's language: an error with a key (`keyedError`, `keyed()`) is translated
 * like a form error; English pages show the API's text. A not-found without a key says "there is
 * nothing at this address" in every language. Any other detail (an error without a key, Hono's
 * own) is English only, so other languages show the problem type's own sentence instead.
 */
export function pageDetail(locale: Locale, type: ProblemType, detail: string, text?: Localizable): string {
  if (text) return locale === "en" ? detail : errorMessage(locale, { message: detail, text });
  if (type === "not-found") return t(locale, "error.notFoundText");
  if (locale === "en") return detail;
  return t(locale, `error.detail.${type}`);
}

export type ErrorPageProps = { locale: Locale; status: number; detail: string; requestId: string };
/** The HTML error page, rendered by the pages layer: `worker/app.ts` passes it in (errors.ts knows no page). */
export type ErrorPageRenderer = (props: ErrorPageProps) => { toString(): string };
/**
 * The same error drawn inside the pages' layout (header, navigation, footer), for errors thrown by a
 * page route: null when the request never reached the layout (a refused post, a rate limit).
 */
export type LayoutErrorRenderer = (c: Context<AppEnv>, props: ErrorPageProps) => Response | Promise<Response> | null;

type Renderers = { page: ErrorPageRenderer; inLayout?: LayoutErrorRenderer };

async function respond(
  c: Context<AppEnv>,
  render: Renderers,
  type: ProblemType,
  detail: string,
  errors?: FieldError[],
  headers: Record<string, string> = {},
  text?: Localizable,
  extensions?: Record<string, unknown>,
): Promise<Response> {
  if (!wantsHtml(c)) return problemResponse(type, detail, errors, headers, extensions);
  const locale = c.get("locale") ?? "en";
  const props = { locale, status: PROBLEMS[type].status, detail: pageDetail(locale, type, detail, text), requestId: c.get("requestId") ?? "" };
  try {
    const inLayout = await render.inLayout?.(c, props);
    if (inLayout) {
      for (const [name, value] of Object.entries(headers)) inLayout.headers.set(name, value);
      return inLayout;
    }
  } catch (err) {
    // The layout itself failed: the standalone page below still answers.
    console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: `error page in layout: ${(err as Error).message}` }));
  }
  return new Response(`<!DOCTYPE html>${render.page(props)}`, { status: props.status, headers: { "content-type": "text/html; charset=utf-8", ...headers } });
}

/**
 * The one error path: our errors become problem+json (an HTML page, drawn by `renderPage`, for
 * browsers outside the API), Hono's are mapped from their status, anything else is logged in full
 * and answered with a bare 500.
 */
export function errorHandler(renderPage: ErrorPageRenderer, inLayout?: LayoutErrorRenderer): (err: Error, c: Context<AppEnv>) => Promise<Response> {
  const render = { page: renderPage, inLayout };
  return async (err, c) => {
    const requestId = c.get("requestId");
    if (err instanceof AppError) {
      return respond(c, render, err.type, err.message, err.errors, err.headers, err.text, err.extensions);
    }
    if (err instanceof HTTPException) {
      const type = typeForStatus(err.status);
      return respond(c, render, type, type === "internal" ? "Something went wrong." : err.message || PROBLEMS[type].title);
    }
    console.error(JSON.stringify({ level: "error", requestId, message: err.message, stack: err.stack }));
    const { message, text } = keyed("err.internal", { id: requestId ?? "" });
    return respond(c, render, "internal", message, undefined, {}, text);
  };
}
