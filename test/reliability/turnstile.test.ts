import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import { SITEVERIFY_URL, TURNSTILE_FIELD, turnstileFormError, turnstileMode, verifyTurnstile } from "../../worker/http/turnstile";
import { ORIGIN, OPEN_SEGMENT, call, count, seed, signIn, uniqueEmail } from "../helpers";

beforeAll(seed);

/** Cloudflare's documented Turnstile test keys (developers.cloudflare.com/turnstile/troubleshooting/testing/). */
const SITE_KEY_PASSES = "1x00000000000000000000AA";
const SECRET_PASSES = "1x0000000000000000000000000000000AA";
const SECRET_FAILS = "2x0000000000000000000000000000000AA";
const SECRET_SPENT = "3x0000000000000000000000000000000AA";
const DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";
const STAND_IN_URL = "https://siteverify.stand-in.test/turnstile/v0/siteverify";

/** A stand-in for siteverify that answers as Cloudflare documents for its test secrets. */
function siteverify() {
  const calls: { url: string; secret: string; response: string; remoteip: string | null }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const form = init?.body as FormData;
    const secret = String(form.get("secret"));
    calls.push({ url: String(input), secret, response: String(form.get("response")), remoteip: form.get("remoteip") as string | null });
    const answers: Record<string, object> = {
      [SECRET_PASSES]: { success: true, "error-codes": [], hostname: "example.com" },
      [SECRET_FAILS]: { success: false, "error-codes": ["invalid-input-response"] },
      [SECRET_SPENT]: { success: false, "error-codes": ["timeout-or-duplicate"] },
    };
    return Response.json(answers[secret] ?? { success: false, "error-codes": ["invalid-input-secret"] });
  }) as typeof fetch;
  return { calls, fetcher };
}

const on = (secret: string) => ({ ENVIRONMENT: "production", TURNSTILE_SITE_KEY: SITE_KEY_PASSES, TURNSTILE_SECRET: secret });

describe("Turnstile verification (against a siteverify stand-in)", () => {
  it("is off in development without a secret, and fails closed in production without one", () => {
    expect(turnstileMode({ ENVIRONMENT: "development" })).toBe("off");
    expect(turnstileMode({ ENVIRONMENT: "production", TURNSTILE_SITE_KEY: SITE_KEY_PASSES })).toBe("misconfigured");
    expect(turnstileMode({ ENVIRONMENT: "production", TURNSTILE_SECRET: SECRET_PASSES })).toBe("misconfigured");
    expect(turnstileMode(on(SECRET_PASSES))).toBe("on");
    expect(turnstileMode({ ENVIRONMENT: "development", TURNSTILE_SITE_KEY: SITE_KEY_PASSES, TURNSTILE_SECRET: SECRET_PASSES })).toBe("on");
  });

  it("accepts the dummy token with the always-passes test secret, sending secret, token and address", async () => {
    const stub = siteverify();
    expect(await verifyTurnstile(on(SECRET_PASSES), DUMMY_TOKEN, "203.0.113.9", { fetcher: stub.fetcher, url: STAND_IN_URL })).toEqual({ ok: true });
    expect(stub.calls).toEqual([{ url: STAND_IN_URL, secret: SECRET_PASSES, response: DUMMY_TOKEN, remoteip: "203.0.113.9" }]);
  });

  it("refuses with the always-fails and already-spent test secrets", async () => {
    const stub = siteverify();
    expect(await verifyTurnstile(on(SECRET_FAILS), DUMMY_TOKEN, undefined, { fetcher: stub.fetcher })).toEqual({ ok: false, reason: "rejected", codes: ["invalid-input-response"] });
    expect(await verifyTurnstile(on(SECRET_SPENT), DUMMY_TOKEN, undefined, { fetcher: stub.fetcher })).toEqual({ ok: false, reason: "rejected", codes: ["timeout-or-duplicate"] });
    expect(stub.calls[0]!.url).toBe(SITEVERIFY_URL);
  });

  it("refuses a missing or absurd token without asking siteverify", async () => {
    const stub = siteverify();
    for (const token of [undefined, "", 42, "x".repeat(2049)]) {
      expect(await verifyTurnstile(on(SECRET_PASSES), token, undefined, { fetcher: stub.fetcher })).toMatchObject({ ok: false, reason: "missing-token" });
    }
    expect(stub.calls).toEqual([]);
  });

  it("treats an unreachable or garbled siteverify as unavailable, never as a pass", async () => {
    const down = (async () => {
      throw new Error("network down");
    }) as unknown as typeof fetch;
    expect(await verifyTurnstile(on(SECRET_PASSES), DUMMY_TOKEN, undefined, { fetcher: down })).toMatchObject({ ok: false, reason: "unreachable" });
    const garbled = (async () => new Response("<html>", { status: 502 })) as unknown as typeof fetch;
    expect(await verifyTurnstile(on(SECRET_PASSES), DUMMY_TOKEN, undefined, { fetcher: garbled })).toMatchObject({ ok: false, reason: "unreachable" });
    const odd = (async () => Response.json({ success: "true" })) as unknown as typeof fetch;
    expect(await verifyTurnstile(on(SECRET_PASSES), DUMMY_TOKEN, undefined, { fetcher: odd })).toMatchObject({ ok: false, reason: "rejected" });
  });

  it("maps outcomes to the form's status and message", async () => {
    const stub = siteverify();
    expect(await turnstileFormError(on(SECRET_PASSES), { [TURNSTILE_FIELD]: DUMMY_TOKEN }, undefined, { fetcher: stub.fetcher })).toBeNull();
    expect(await turnstileFormError(on(SECRET_FAILS), { [TURNSTILE_FIELD]: DUMMY_TOKEN }, undefined, { fetcher: stub.fetcher })).toEqual({ status: 422, message: "turnstile.failed" });
    expect(await turnstileFormError({ ENVIRONMENT: "production" }, {}, undefined)).toEqual({ status: 503, message: "turnstile.unavailable" });
    expect(await turnstileFormError({ ENVIRONMENT: "development" }, {}, undefined)).toBeNull();
  });
});

async function page(overrides: Record<string, string>, path: string, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }), { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const form = (fields: Record<string, string>): RequestInit => ({
  method: "POST",
  body: new URLSearchParams(fields).toString(),
  headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
});

describe("Turnstile on the HTML forms", () => {
  it("stays out of the page and the CSP while it is off (development default)", async () => {
    const res = await call("/sign-in");
    const html = await res.text();
    expect(html).not.toContain("cf-turnstile");
    expect(res.headers.get("content-security-policy")).not.toContain("challenges.cloudflare.com");
  });

  it("puts the widget, with this request's nonce, on the sign-in page and allows its origin in the CSP when on", async () => {
    const res = await page({ TURNSTILE_SECRET: SECRET_PASSES }, "/sign-in");
    const html = await res.text();
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(html).toContain(`data-sitekey="${SITE_KEY_PASSES}"`);
    expect(html).toMatch(new RegExp(`<script src="https://challenges.cloudflare.com/turnstile/v0/api.js"[^>]*nonce="${nonce.replace(/[+/=]/g, "\\$&")}"`));
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' https:\/\/challenges\.cloudflare\.com/);
    expect(csp).toContain("frame-src https://challenges.cloudflare.com");
  });

  it("refuses a sign-in form without a Turnstile token with 422 and sends no email", async () => {
    const email = uniqueEmail();
    const res = await page({ TURNSTILE_SECRET: SECRET_PASSES }, "/sign-in", form({ email }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("The check that you are a person did not succeed");
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1", email)).toBe(0);
  });

  it("fails closed in production when the secret is missing", async () => {
    const email = uniqueEmail();
    const res = await page({ ENVIRONMENT: "production" }, "/sign-in", form({ email }));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("This form cannot be used right now");
    expect(await count("SELECT count(*) AS n FROM outbox WHERE to_email = ?1", email)).toBe(0);
  });

  it("guards the submit form: widget shown, a post without a token refused with 422 and nothing stored", async () => {
    const cookie = await signIn();
    const shown = await page({ TURNSTILE_SECRET: SECRET_PASSES }, "/submit", { headers: { cookie } });
    expect(await shown.text()).toContain('class="cf-turnstile"');
    const title = `Turnstile guarded ${crypto.randomUUID()}`;
    const fields = {
      intent: "save", segment: OPEN_SEGMENT, "organization.name": "Turnstile Org", "organization.country": "FR", "organization.type": "ngo",
      "speaker.name": "Jeanne Martin", language: "fr", title,
      text: "Mesdames et Messieurs les délégués, nous présentons nos propositions sur la protection des victimes.",
      "proposals.0.text": "Créer un mécanisme national d'orientation des victimes.",
    };
    const res = await page({ TURNSTILE_SECRET: SECRET_PASSES }, "/submit", { ...form(fields), headers: { ...form(fields).headers, cookie } });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("The check that you are a person did not succeed");
    expect(await count("SELECT count(*) AS n FROM submissions WHERE title = ?1", title)).toBe(0);
    const without = await page({}, "/submit", { ...form(fields), headers: { ...form(fields).headers, cookie } });
    expect(without.status).toBe(303);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE title = ?1", title)).toBe(1);
  });

  it("leaves the JSON API to the rate limits (no widget there)", async () => {
    const res = await page({ TURNSTILE_SECRET: SECRET_PASSES }, "/api/v1/auth/email-link", {
      method: "POST",
      body: JSON.stringify({ email: uniqueEmail() }),
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(202);
  });
});
