import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env";
import { ErrorPage } from "../../web/pages/error-page";

/** The closed set of problems the API reports; each has one status and one title. */
export const PROBLEMS = {
  "bad-request": { status: 400, title: "Bad request" },
  unauthenticated: { status: 401, title: "Sign-in required" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "validation-failed": { status: 422, title: "Validation failed" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
} as const;

export type ProblemType = keyof typeof PROBLEMS;
export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly type: ProblemType;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;
  constructor(type: ProblemType, detail: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail);
    this.type = type;
    this.errors = options.errors;
    this.headers = options.headers;
  }
  get status(): number {
    return PROBLEMS[this.type].status;
  }
}

export function problemBody(type: ProblemType, detail: string, errors?: FieldError[]) {
  const { status, title } = PROBLEMS[type];
  return {
    type: `/problems/${type}`,
    title,
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
}

export function problemResponse(type: ProblemType, detail: string, errors?: FieldError[], headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problemBody(type, detail, errors)), {
    status: PROBLEMS[type].status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...headers },
  });
}

function typeForStatus(status: number): ProblemType {
  const found = (Object.keys(PROBLEMS) as ProblemType[]).find((t) => PROBLEMS[t].status === status);
  return found ?? (status >= 500 ? "internal" : "bad-request");
}

/** Browsers asking for a page get an HTML error page; API clients always get problem+json. */
function wantsHtml(c: Context<AppEnv>): boolean {
  return !/^\/(api|dev|feeds)\//.test(c.req.path) && (c.req.header("accept") ?? "").includes("text/html");
}

function respond(c: Context<AppEnv>, type: ProblemType, detail: string, errors?: FieldError[], headers: Record<string, string> = {}): Response {
  if (!wantsHtml(c)) return problemResponse(type, detail, errors, headers);
  const page = ErrorPage({ locale: c.get("locale") ?? "en", status: PROBLEMS[type].status, detail, requestId: c.get("requestId") ?? "" });
  return new Response(`<!DOCTYPE html>${page}`, { status: PROBLEMS[type].status, headers: { "content-type": "text/html; charset=utf-8", ...headers } });
}

/**
 * The one error path: our errors become problem+json (an HTML page for browsers outside the API),
 * Hono's are mapped from their status, anything else is logged in full and answered with a bare 500.
 */
export function onError(err: Error, c: Context<AppEnv>): Response {
  const requestId = c.get("requestId");
  if (err instanceof AppError) {
    return respond(c, err.type, err.message, err.errors, err.headers);
  }
  if (err instanceof HTTPException) {
    const type = typeForStatus(err.status);
    return respond(c, type, type === "internal" ? "Something went wrong." : err.message || PROBLEMS[type].title);
  }
  console.error(JSON.stringify({ level: "error", requestId, message: err.message, stack: err.stack }));
  return respond(c, "internal", `Something went wrong. Quote request id ${requestId} when reporting it.`);
}
