import { Hono } from "hono";
import { endSession, setSessionCookie } from "../../worker/auth/session";
import { listMailbox } from "../../worker/db/outbox";
import { EmailLinkBody } from "../../worker/domain/schemas";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { isLocalDevelopment } from "../../worker/http/development";
import { turnstileFormError } from "../../worker/http/turnstile";
import { checkForm } from "../forms/check";
import { requestSignInLink, verifySignInToken } from "../../worker/services/auth";
import { t } from "../../worker/i18n";
import { SignInPage, SignInSentPage, VerifyPage } from "../pages/sign-in";
import { DEFAULT_NEXT, safeNext } from "./guards";
import { isStaff } from "../../worker/domain/roles";

/** Development only: the sign-in link just written to the outbox, so a newcomer can follow it. */
async function latestSignInLink(db: D1Database, email: string): Promise<string | null> {
  const [latest] = await listMailbox(db, email, 1);
  if (latest?.template !== "sign-in") return null;
  // Queued as template + data (rendered on delivery): the link is the data's `url`.
  const text = latest.data === null ? latest.text : String((JSON.parse(latest.data) as { url?: unknown }).url ?? "");
  const link = /https?:\/\/\S+\/auth\/verify\?token=[\w-]+(&next=[^\s"<>]+)?/.exec(text)?.[0];
  return link ? new URL(link).pathname + new URL(link).search : null;
}

/** Sign-in by emailed link, its verification, and sign-out. */
export const authPages = new Hono<AppEnv>();
const pages = authPages;

pages.get("/sign-in", (c) =>
  c.render(<SignInPage email="" next={safeNext(c.req.query("next"))} errors={{}} />, { title: t(c.get("locale"), "signIn.title") }),
);

pages.post("/sign-in", async (c) => {
  const body = await c.req.parseBody();
  const email = typeof body.email === "string" ? body.email : "";
  const next = safeNext(body.next);
  const parsed = checkForm(c.get("locale"), EmailLinkBody, { email }, () => "email");
  if (!parsed.ok) {
    c.status(422);
    return c.render(<SignInPage email={email} next={next} errors={parsed.errors} />, {
      title: t(c.get("locale"), "signIn.title"),
    });
  }
  const human = await turnstileFormError(c.env, body, c.req.header("cf-connecting-ip"));
  if (human) {
    c.status(human.status);
    return c.render(<SignInPage email={email} next={next} errors={{ turnstile: t(c.get("locale"), human.message) }} />, { title: t(c.get("locale"), "signIn.title") });
  }
  await requestSignInLink(c.env, parsed.output.email, c.get("locale"), next);
  deliverSoon(c);
  const development = isLocalDevelopment(c.env, c.req.url);
  const devLink = development ? await latestSignInLink(c.env.DB, parsed.output.email) : null;
  return c.render(<SignInSentPage email={parsed.output.email} development={development} devLink={devLink} />, { title: t(c.get("locale"), "signIn.sentTitle") });
});

pages.get("/auth/verify", (c) =>
  c.render(<VerifyPage token={c.req.query("token") ?? ""} next={safeNext(c.req.query("next"))} invalid={false} />, { title: t(c.get("locale"), "verify.title") }),
);

pages.post("/auth/verify", async (c) => {
  const body = await c.req.parseBody();
  const signedIn = typeof body.token === "string" ? await verifySignInToken(c.env, body.token) : null;
  if (!signedIn) {
    c.status(400);
    return c.render(<VerifyPage token="" next="/" invalid />, { title: t(c.get("locale"), "verify.title") });
  }
  setSessionCookie(c, signedIn.sessionToken);
  // Staff land on the moderation queue unless they were on their way somewhere in particular.
  const next = safeNext(body.next);
  const staffHome = next === DEFAULT_NEXT && isStaff(signedIn.user.roles) ? "/moderation" : next;
  return c.redirect(staffHome, 303);
});

pages.post("/sign-out", async (c) => {
  await endSession(c);
  return c.redirect("/", 303);
});
