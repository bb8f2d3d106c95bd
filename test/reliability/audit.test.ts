import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEventsForRequest } from "../../worker/db/audit";
import { call, latestSignInToken, postForm, seed, signIn, signInAdmin, signInModerator, uniqueEmail } from "../helpers";

beforeAll(seed);

function rid(): string {
  return `audit-${crypto.randomUUID()}`;
}

async function eventsFor(requestId: string) {
  return listAuditEventsForRequest(env.DB, requestId);
}

describe("the audit trail (audit_events)", () => {
  it("records a sign-in with the person's email, and a failed one without", async () => {
    const email = uniqueEmail();
    await call("/api/v1/auth/email-link", { method: "POST", json: { email } });
    const token = await latestSignInToken(email);
    const ok = rid();
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token }, headers: { "x-request-id": ok, "cf-connecting-ip": "192.0.2.10" } })).status).toBe(200);
    expect(await eventsFor(ok)).toMatchObject([{ kind: "sign-in", actorEmail: email, ip: "192.0.2.10", method: "POST", path: "/api/v1/auth/verify", status: 200 }]);

    const failed = rid();
    expect((await call("/api/v1/auth/verify", { method: "POST", json: { token }, headers: { "x-request-id": failed } })).status).toBe(400);
    expect(await eventsFor(failed)).toMatchObject([{ kind: "sign-in-failed", actorEmail: null, status: 400 }]);
  });

  it("records a sign-in through the HTML form too", async () => {
    const email = uniqueEmail();
    await postForm("/sign-in", { email });
    const token = await latestSignInToken(email);
    const id = rid();
    const res = await call("/auth/verify", {
      method: "POST",
      body: new URLSearchParams({ token, next: "/" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", "x-request-id": id },
    });
    expect(res.status).toBe(303);
    expect(await eventsFor(id)).toMatchObject([{ kind: "sign-in", actorEmail: email }]);
  });

  it("records refused authorization: 401 without a session, 403 for the wrong role", async () => {
    const anonymous = rid();
    expect((await call("/api/v1/submissions", { headers: { "x-request-id": anonymous } })).status).toBe(401);
    expect(await eventsFor(anonymous)).toMatchObject([{ kind: "denied", actorEmail: null, status: 401, path: "/api/v1/submissions" }]);

    const email = uniqueEmail();
    const cookie = await signIn(email);
    const forbidden = rid();
    const res = await call("/api/v1/admin/themes", { method: "POST", cookie, json: { slug: "sneaky", label: "Sneaky" }, headers: { "x-request-id": forbidden } });
    expect(res.status).toBe(403);
    expect(await eventsFor(forbidden)).toMatchObject([{ kind: "denied", actorEmail: email, actorRole: "submitter", status: 403 }]);
  });

  it("records a cross-site form post refused by the CSRF check", async () => {
    const id = rid();
    const res = await call("/sign-in", {
      method: "POST",
      body: "email=a%40example.org",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", "x-request-id": id },
    });
    expect(res.status).toBe(403);
    expect(await eventsFor(id)).toMatchObject([{ kind: "denied", status: 403 }]);
  });

  it("records every state-changing staff request, whatever its outcome", async () => {
    const admin = await signInAdmin();
    const granted = rid();
    const target = uniqueEmail("staff");
    expect((await call(`/api/v1/admin/staff/${encodeURIComponent(target)}`, { method: "PUT", cookie: admin, json: { roles: ["moderator"] }, headers: { "x-request-id": granted } })).status).toBe(200);
    expect(await eventsFor(granted)).toMatchObject([{ kind: "staff-action", actorEmail: "admin@example.org", actorRole: "admin", method: "PUT", status: 200 }]);

    const refused = rid();
    expect((await call("/api/v1/admin/themes", { method: "POST", cookie: admin, json: { slug: "x" }, headers: { "x-request-id": refused } })).status).toBe(422);
    expect(await eventsFor(refused)).toMatchObject([{ kind: "staff-action", status: 422 }]);

    const moderator = await signInModerator();
    const read = rid();
    await call("/api/v1/moderation/queue", { cookie: moderator, headers: { "x-request-id": read } });
    expect(await eventsFor(read)).toEqual([]);
  });

  it("records sign-out, and nothing for an ordinary submitter's reads", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const read = rid();
    expect((await call("/api/v1/auth/me", { cookie, headers: { "x-request-id": read } })).status).toBe(200);
    expect(await eventsFor(read)).toEqual([]);
    const out = rid();
    expect((await call("/api/v1/auth/sign-out", { method: "POST", cookie, headers: { "x-request-id": out } })).status).toBe(204);
    expect(await eventsFor(out)).toMatchObject([{ kind: "sign-out", actorEmail: email }]);
  });

  it("is append-only: rows cannot be changed", async () => {
    const id = rid();
    await call("/api/v1/auth/me", { headers: { "x-request-id": id } });
    await expect(env.DB.prepare("UPDATE audit_events SET actor_email = 'someone@else' WHERE request_id = ?1").bind(id).run()).rejects.toThrow(/append-only/);
  });

  it("never stores query strings (sign-in tokens travel in them)", async () => {
    const id = rid();
    await call("/api/v1/submissions?token=secret-token-value", { headers: { "x-request-id": id } });
    const [event] = await eventsFor(id);
    expect(event?.path).toBe("/api/v1/submissions");
  });
});
