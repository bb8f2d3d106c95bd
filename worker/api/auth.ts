import { Hono } from "hono";
import { endSession, requireUser, setSessionCookie } from "../auth/session";
import { EmailLinkBody, VerifyBody } from "../domain/schemas";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { jsonBody } from "../http/validate";
import { deliverSoon } from "../email/deliver-soon";
import { requestSignInLink, verifySignInToken } from "../services/auth";

export const authApi = new Hono<AppEnv>()
  .post("/email-link", jsonBody(EmailLinkBody), async (c) => {
    await requestSignInLink(c.env, c.req.valid("json").email, c.get("locale"));
    deliverSoon(c);
    return c.json({ status: "sent" }, 202);
  })
  .post("/verify", jsonBody(VerifyBody), async (c) => {
    const signedIn = await verifySignInToken(c.env, c.req.valid("json").token);
    if (!signedIn) throw new AppError("bad-request", "This sign-in link has been used, has expired or is not valid. Ask for a new one.");
    setSessionCookie(c, signedIn.sessionToken);
    return c.json({ user: signedIn.user });
  })
  .get("/me", (c) => {
    const user = requireUser(c);
    return c.json({ user: { email: user.email, roles: user.roles } });
  })
  .post("/sign-out", async (c) => {
    await endSession(c);
    return c.body(null, 204);
  });
