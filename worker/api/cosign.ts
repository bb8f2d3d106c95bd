import { Hono } from "hono";
import type { AppEnv } from "../env";
import { deliverSoon } from "../email/deliver-soon";
import { jsonBody } from "../http/validate";
import { CoSignAnswerBody } from "../domain/schemas";
import { answerInvitation, optOut } from "../services/cosign";

/**
 * A co-signer's answer and the address's opt-out: no session, the token is the credential (only its
 * hash is stored). Both are POSTs; a GET never decides (mail scanners follow links).
 */
export const cosignApi = new Hono<AppEnv>()
  .post("/:token", jsonBody(CoSignAnswerBody), async (c) => {
    c.header("Cache-Control", "private, no-store");
    return c.json(await answerInvitation(c.env, c.req.param("token"), c.req.valid("json").answer));
  })
  .post("/:token/opt-out", async (c) => {
    // Mail providers' one-click unsubscribe posts with no body: there is nothing to read.
    c.header("Cache-Control", "private, no-store");
    await optOut(c.env, c.req.param("token"));
    deliverSoon(c);
    return c.json({ status: "stopped" as const });
  });
