import { env, exports } from "cloudflare:workers";
import { seedStatements } from "../worker/seed/sql";

/** Test builders and clients. Every test file gets its own fresh D1; these helpers never share state. */

export const ORIGIN = "http://localhost";

export type CallInit = RequestInit & { cookie?: string; json?: unknown };

/** A request to this origin: `cookie` sets the session, `json` the body and its content type. */
export function buildRequest(path: string, init: CallInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  return new Request(`${ORIGIN}${path}`, { ...init, headers, body, redirect: "manual" });
}

export async function call(path: string, init: CallInit = {}): Promise<Response> {
  return exports.default.fetch(buildRequest(path, init));
}

/** Posts an HTML form as a browser on our own origin would. */
export async function postForm(path: string, fields: Record<string, string | string[]>, cookie?: string): Promise<Response> {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
  return call(path, { method: "POST", body: form.toString(), cookie, headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN } });
}

let seeded: Promise<void> | null = null;
/** Loads the development seed (idempotent) into this file's database. */
export function seed(): Promise<void> {
  seeded ??= env.DB.batch(seedStatements(new Date().toISOString().replace(/\.\d{3}Z$/, "Z")).map((sql) => env.DB.prepare(sql))).then(() => undefined);
  return seeded;
}

export const OPEN_SEGMENT = "demo-open-segment";
export const CLOSED_SEGMENT = "2022-4-trafficking-in-persons";

export type Mail = { id: string; to: string; subject: string; text: string; html: string; links: string[]; createdAt: string };

export async function mailbox(to: string): Promise<Mail[]> {
  const res = await call(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: Mail[] }).messages;
}

export async function latestSignInToken(email: string): Promise<string> {
  const mail = (await mailbox(email)).find((m) => m.links.some((l) => l.includes("/auth/verify?token=")));
  if (!mail) throw new Error(`no sign-in email for ${email}`);
  const link = mail.links.find((l) => l.includes("/auth/verify?token="))!;
  return new URL(link).searchParams.get("token")!;
}

let counter = 0;
export function uniqueEmail(prefix = "ngo"): string {
  counter++;
  return `${prefix}-${counter}-${crypto.randomUUID().slice(0, 8)}@example.net`;
}

/** Signs in through the real email-link flow; returns the session cookie for later requests. */
export async function signIn(email: string = uniqueEmail()): Promise<string> {
  const sent = await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
  if (sent.status !== 202) throw new Error(`email-link answered ${sent.status}`);
  const token = await latestSignInToken(email);
  const verified = await call("/api/v1/auth/verify", { method: "POST", json: { token } });
  if (verified.status !== 200) throw new Error(`verify answered ${verified.status}`);
  const setCookie = verified.headers.get("set-cookie") ?? "";
  const match = /((?:__Host-)?cdp_session)=([^;]+)/.exec(setCookie);
  if (!match) throw new Error("no session cookie");
  return `${match[1]}=${match[2]}`;
}

export const signInModerator = () => signIn("moderator@example.org");
export const signInAdmin = () => signIn("admin@example.org");

export const LONG_TEXT =
  "Distinguished delegates, we thank the Member States for this constructive dialogue and present our proposals on trafficking in persons and the protection of victims.";

/** A valid submission body; override any field. */
/** The fields of a valid /submit (or edit) form post, as a browser sends them; `overrides` change or add fields. */
export const submitFormFields = (overrides: Record<string, string | string[]> = {}) => ({
  intent: "save",
  segment: OPEN_SEGMENT,
  "organization.name": "Red Cross Example",
  "organization.acronym": "",
  "organization.country": "fr",
  "organization.type": "ngo",
  "organization.website": "",
  "speaker.name": "Jeanne Martin",
  "speaker.role": "",
  language: "fr",
  title: "Protéger les victimes de la traite",
  text: "Mesdames et Messieurs les délégués, nous présentons nos propositions sur la protection des victimes de la traite des personnes.",
  deliveredOn: "",
  "proposals.0.text": "Créer un mécanisme national d'orientation des victimes.",
  "proposals.0.themes": ["victim-protection", "institutional-coordination"],
  "proposals.1.text": "",
  themes: ["human-rights"],
  ...overrides,
});

export function submissionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    segment: OPEN_SEGMENT,
    organization: { name: "Freedom Network Example", acronym: "FNE", country: "KE", type: "ngo", website: "https://fne.example.org" },
    speaker: { name: "Amina Otieno", role: "Programme director" },
    language: "en",
    title: "Proposals on victim protection",
    text: LONG_TEXT,
    deliveredOn: null,
    proposals: [
      { text: "Establish national referral mechanisms for victims of trafficking.", themes: ["victim-protection", "institutional-coordination"] },
      { text: "Train border officials to identify victims among migrants.", themes: ["border-management"] },
    ],
    themes: ["victim-protection"],
    ...overrides,
  };
}

export type SubmissionJson = {
  reference: string;
  status: string;
  version: number;
  title: string;
  text: string;
  proposals: { number: number; text: string; themes: string[] }[];
  themes: string[];
  segment: { slug: string; title: string };
  moderation: unknown;
  publishedAt: string | null;
};

export async function createSubmission(cookie: string, overrides: Record<string, unknown> = {}): Promise<SubmissionJson> {
  const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody(overrides) });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as SubmissionJson;
}

/**
 * A fresh submission by a fresh submitter. `tag` (`prefix` + random) is in the title, so `?q=` finds
 * just this one; `overrides` change the body.
 */
export async function freshSubmission(prefix = "t", overrides: Record<string, unknown> = {}): Promise<SubmissionJson & { email: string; cookie: string; tag: string }> {
  const email = uniqueEmail();
  const cookie = await signIn(email);
  const tag = `${prefix}${crypto.randomUUID().slice(0, 8)}`;
  return { email, cookie, tag, ...(await createSubmission(cookie, { title: `Statement ${tag}`, ...overrides })) };
}

export async function problem(res: Response): Promise<{ type: string; title: string; status: number; detail: string; errors?: { path: string; message: string }[] }> {
  expectProblemHeaders(res);
  return res.json();
}

function expectProblemHeaders(res: Response): void {
  const type = res.headers.get("content-type") ?? "";
  if (!type.startsWith("application/problem+json")) throw new Error(`expected problem+json, got ${type} (${res.status})`);
}

export async function count(sql: string, ...binds: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql).bind(...binds).first<{ n: number }>();
  return row?.n ?? 0;
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  return rows;
}
