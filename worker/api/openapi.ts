import { Hono } from "hono";
import type { AppEnv } from "../env";
import { openApiDocument } from "../openapi/document";

export const openApiRoute = new Hono<AppEnv>().get("/", (c) => c.json(openApiDocument(c.env.APP_ORIGIN)));
