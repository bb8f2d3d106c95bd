import { Hono } from "hono";
import type { AppEnv } from "../env";

export const healthApi = new Hono<AppEnv>().get("/", async (c) => {
  try {
    await c.env.DB.prepare("SELECT 1").first();
    return c.json({ status: "ok" });
  } catch {
    return c.json({ status: "unavailable" }, 503);
  }
});
