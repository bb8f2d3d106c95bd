import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

/** Gives every request an id (the client's `X-Request-Id` when sane), echoed on the response and in logs. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const id = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    const started = Date.now();
    await next();
    c.header("X-Request-Id", id);
    console.log(JSON.stringify({ level: "info", requestId: id, method: c.req.method, path: c.req.path, status: c.res.status, ms: Date.now() - started }));
  };
}
