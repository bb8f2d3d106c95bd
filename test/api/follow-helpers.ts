import { call, mailbox, ORIGIN, type Mail } from "../helpers";
import { archived, importStatements } from "./archive-helpers";

/** Builders for the subscription and digest tests: subscribe, confirm through the real email, run the jobs. */

export type Followed = { q?: string; segment?: string | string[]; theme?: string | string[]; topic?: string | string[]; country?: string | string[]; language?: string | string[] };

export async function subscribe(email: string, frequency: "daily" | "weekly", filters: Followed, headers: Record<string, string> = {}): Promise<Response> {
  return call("/api/v1/subscriptions", { method: "POST", json: { email, frequency, filters }, headers });
}

/** The confirmation token of the newest confirmation email to `email`. */
export async function confirmToken(email: string): Promise<string> {
  const mail = (await mailbox(email)).find((m) => m.links.some((l) => l.includes("/subscribe/confirm?token=")));
  if (!mail) throw new Error(`no confirmation email for ${email}`);
  return new URL(mail.links.find((l) => l.includes("/subscribe/confirm?token="))!).searchParams.get("token")!;
}

/** Subscribes and confirms through the emailed token; the subscription is active afterwards. */
export async function follow(email: string, frequency: "daily" | "weekly", filters: Followed, headers: Record<string, string> = {}): Promise<void> {
  const res = await subscribe(email, frequency, filters, headers);
  if (res.status !== 202) throw new Error(`subscribe answered ${res.status}: ${await res.text()}`);
  const confirmed = await call("/api/v1/subscriptions/confirm", { method: "POST", json: { token: await confirmToken(email) } });
  if (confirmed.status !== 200) throw new Error(`confirm answered ${confirmed.status}: ${await confirmed.text()}`);
}

/** POST /dev/run-scheduled, now or as at `at`. */
export async function runScheduled(at?: Date): Promise<{ ran: { name: string; ok: boolean; result?: Record<string, number> }[] }> {
  const res = await call(`/dev/run-scheduled${at ? `?at=${encodeURIComponent(at.toISOString())}` : ""}`, { method: "POST", headers: { origin: ORIGIN } });
  if (res.status !== 200) throw new Error(`run-scheduled answered ${res.status}: ${await res.text()}`);
  return res.json();
}

export const digestsOf = async (email: string): Promise<(Mail & { headers: Record<string, string> })[]> =>
  (await mailbox(email)).filter((m) => m.links.some((l) => l.includes("/unsubscribe?token="))) as (Mail & { headers: Record<string, string> })[];

/** Publishes statements through the staff import (each `title` given), returning their references. */
export async function publish(cookie: string, statements: Record<string, unknown>[]): Promise<string[]> {
  return importStatements(cookie, statements.map((s) => archived(s)));
}

export const days = (n: number, from = Date.now()) => new Date(from + n * 24 * 3600_000);
