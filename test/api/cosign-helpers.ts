import { call, createSubmission, mailbox, signIn, uniqueEmail, type Mail } from "../helpers";

/** Builders for the joint-statement tests: statements with co-signers, their invitation tokens, answers. */

export type CoSigner = { name: string; acronym: string | null; country: string; email: string; state: string; invitation: string; answeredAt: string | null };
export type Sub = Awaited<ReturnType<typeof createSubmission>> & { coSigners: CoSigner[] };

export const coSigner = (name: string, email = uniqueEmail("cosign"), country = "KE") => ({ name, acronym: null as string | null, country, email });

/** A fresh submitter's statement (its author unique to it) with these co-signers. */
export async function jointStatement(list: ReturnType<typeof coSigner>[], overrides: Record<string, unknown> = {}): Promise<Sub & { cookie: string; tag: string }> {
  const cookie = await signIn();
  const tag = crypto.randomUUID().slice(0, 8);
  const sub = (await createSubmission(cookie, {
    title: `Joint statement ${tag}`,
    organization: { name: `Author ${tag}`, acronym: "AUT", country: "KE", type: "ngo", website: null },
    coSigners: list,
    ...overrides,
  })) as Sub;
  return { ...sub, cookie, tag };
}

export function invitationLinks(mails: Mail[]): string[] {
  return mails.flatMap((m) => m.links.filter((l) => /\/cosign\/[A-Za-z0-9_-]{43}$/.test(l)));
}

/** The token of the newest invitation to this address. */
export async function tokenFor(email: string): Promise<string> {
  const link = invitationLinks(await mailbox(email))[0];
  if (!link) throw new Error(`no invitation to ${email}`);
  return new URL(link).pathname.split("/")[2]!;
}

export const answer = (token: string, a: string) => call(`/api/v1/cosign/${token}`, { method: "POST", json: { answer: a } });

export async function own(cookie: string, reference: string): Promise<Sub> {
  return (await (await call(`/api/v1/submissions/${reference}`, { cookie })).json()) as Sub;
}

export async function publish(moderator: string, reference: string): Promise<void> {
  const current = (await (await call(`/api/v1/submissions/${reference}`, { cookie: moderator })).json()) as Sub;
  const res = await call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: current.version } });
  if (res.status !== 200) throw new Error(`publish answered ${res.status}: ${await res.text()}`);
}

/** A public read that skips the browser's cache. */
export async function fresh(path: string): Promise<Response> {
  return call(path, { headers: { "cache-control": "no-cache" } });
}
