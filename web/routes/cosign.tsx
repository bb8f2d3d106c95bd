import { Hono, type Context } from "hono";
import type { AppEnv } from "../../worker/env";
import { isProblem } from "../forms/check";
import { answerInvitation, invitationClosed, loadInvitation, optOut } from "../../worker/services/cosign";
import { t } from "../../worker/i18n";
import { CoSignPage } from "../pages/cosign";

type C = Context<AppEnv>;

/** The invitation link's page and its two forms; the token is the only credential (no session). */
export const cosignPages = new Hono<AppEnv>();

async function render(c: C, token: string, notice?: "stopped") {
  // The token is in the address: never cached, never sent to another site as a referrer
  // (`same-origin`: with `no-referrer` the page's own forms would post `Origin: null`, refused as cross-site).
  c.header("Cache-Control", "private, no-store");
  c.header("Referrer-Policy", "same-origin");
  const invitation = await loadInvitation(c.env.DB, token);
  return c.render(<CoSignPage invitation={invitation} token={token} closed={invitationClosed(invitation)} notice={notice} />, { title: t(c.get("locale"), "cosign.title") });
}

cosignPages.get("/cosign/:token", (c) => render(c, c.req.param("token"), c.req.query("done") === "stopped" ? "stopped" : undefined));

cosignPages.post("/cosign/:token", async (c) => {
  const token = c.req.param("token");
  const body = await c.req.parseBody();
  const answer = body.answer === "confirm" || body.answer === "decline" ? body.answer : null;
  if (answer) {
    try {
      await answerInvitation(c.env, token, answer);
    } catch (err) {
      // Already answered (or a race): the page shows the answer that stands.
      if (!(isProblem(err, "conflict"))) throw err;
      c.status(409);
      return render(c, token);
    }
  }
  return c.redirect(`/cosign/${token}`, 303);
});

cosignPages.post("/cosign/:token/opt-out", async (c) => {
  const token = c.req.param("token");
  await optOut(c.env, token);
  return c.redirect(`/cosign/${token}?done=stopped`, 303);
});
