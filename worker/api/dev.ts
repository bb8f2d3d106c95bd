import { Hono } from "hono";
import { listMailbox, outboxHeaders } from "../db/outbox";
import { headersFor, renderedRow } from "../email/render";
import { EmailAddress } from "../domain/schemas";
import type { AppEnv } from "../env";
import { isLocalDevelopment } from "../http/development";
import { AppError } from "../http/errors";
import { parseWith } from "../http/validate";
import { isoNow } from "../domain/time";
import { runScheduledJobs } from "../jobs";

function linksOf(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [])];
}

/** The development mailbox: every email the portal wrote, as rendered. 404 outside local development (`isLocalDevelopment`). */
export const devApi = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (!isLocalDevelopment(c.env, c.req.url)) throw new AppError("not-found", "Not found.");
    await next();
  })
  .get("/mailbox", async (c) => {
    const to = c.req.query("to");
    if (!to) throw new AppError("bad-request", "Give ?to=<email>.", { errors: [{ path: "to", message: "Give the recipient's email address." }] });
    let email: string;
    try {
      email = parseWith(EmailAddress, to);
    } catch {
      throw new AppError("bad-request", "?to is not an email address.", { errors: [{ path: "to", message: "Give a valid email address." }] });
    }
    // Emails queued with their template's data are rendered here, as delivery would.
    const rows = await Promise.all((await listMailbox(c.env.DB, email)).map(renderedRow));
    return c.json({
      messages: rows.map((r) => ({ id: String(r.id), to: r.toEmail, subject: r.subject, text: r.text, html: r.html, links: linksOf(r.text), headers: { ...headersFor(r.template), ...outboxHeaders(r) }, createdAt: r.createdAt })),
    });
  })
  /** Runs every scheduled job now, or as at `?at=<ISO 8601 time>` (API.md "Following the archive"). */
  .post("/run-scheduled", async (c) => {
    const atParam = c.req.query("at");
    const atMs = atParam === undefined ? Date.now() : Date.parse(atParam);
    if (!Number.isFinite(atMs)) {
      throw new AppError("bad-request", "?at is not a time.", { errors: [{ path: "at", message: "Give an ISO 8601 time, e.g. 2026-12-09T08:00:00Z." }] });
    }
    const ran = await runScheduledJobs(c.env, isoNow(new Date(atMs)));
    return c.json({ ran });
  });
