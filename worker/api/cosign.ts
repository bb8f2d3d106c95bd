import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../env";
import { deliverSoon } from "../email/deliver-soon";
import { jsonBody } from "../http/validate";
import { m } from "../http/messages";
import { answerInvitation, optOut } from "../services/cosign";

export const CoSignAnswerBody = v.strictObject({
  answer: v.picklist(["confirm", "decline"], m("err.cosign.answer")),
});

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
