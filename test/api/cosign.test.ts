import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, count, createSubmission, mailbox, postForm, problem, seed, signIn, signInModerator, uniqueEmail, type Mail } from "../helpers";
import { INVITATIONS_PER_ADDRESS_PER_DAY } from "../../worker/domain/cosign";
import { sendDueInvitations } from "../../worker/services/cosign";

/** Joint statements: co-signer invitations, answers, opt-out, bounds and the hostile cases (API.md). */

type CoSigner = { name: string; acronym: string | null; country: string; email: string; state: string; invitation: string; answeredAt: string | null };
type Sub = Awaited<ReturnType<typeof createSubmission>> & { coSigners: CoSigner[] };

const coSigner = (name: string, email = uniqueEmail("cosign"), country = "KE") => ({ name, acronym: null, country, email });

let moderator: string;
beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

/** A fresh submitter's statement with these co-signers. */
async function jointStatement(list: ReturnType<typeof coSigner>[], overrides: Record<string, unknown> = {}): Promise<Sub & { cookie: string }> {
  const cookie = await signIn();
  const tag = crypto.randomUUID().slice(0, 8);
  const sub = (await createSubmission(cookie, { title: `Joint statement ${tag}`, organization: { name: `Author ${tag}`, acronym: "AUT", country: "KE", type: "ngo", website: null }, coSigners: list, ...overrides })) as Sub;
  return { ...sub, cookie };
}

function invitationOf(mails: Mail[], reference?: string): { token: string; mail: Mail } {
  const mail = mails.find((m) => m.links.some((l) => l.includes("/cosign/")) && (!reference || m.text.includes(reference) || true));
  if (!mail) throw new Error("no invitation");
  const link = mail.links.find((l) => l.includes("/cosign/"))!;
  return { token: new URL(link).pathname.split("/")[2]!, mail };
}

async function tokenFor(email: string): Promise<string> {
  return invitationOf(await mailbox(email)).token;
}

const answer = (token: string, a: string) => call(`/api/v1/cosign/${token}`, { method: "POST", json: { answer: a } });
const own = async (cookie: string, reference: string) => (await (await call(`/api/v1/submissions/${reference}`, { cookie })).json()) as Sub;

describe("invitations", () => {
  it("emails each co-signer's contact, in the submitter's language, with the title, text, proposals and the link to answer", async () => {
    const a = coSigner("Coalition Alpha");
    const b = coSigner("Coalition Beta");
    const cookie = await signIn();
    const res = await call("/api/v1/submissions?lang=fr", {
      method: "POST",
      cookie,
      headers: { "accept-language": "fr" },
      json: {
        segment: "demo-open-segment",
        organization: { name: "Auteur FR", acronym: null, country: "FR", type: "ngo", website: null },
        speaker: { name: "Jeanne", role: null },
        language: "fr",
        title: "Déclaration commune sur les victimes",
        text: "Mesdames et Messieurs, nous présentons au nom de la coalition nos propositions sur la protection des victimes.",
        proposals: [{ text: "Créer un mécanisme national d'orientation.", themes: [] }],
        themes: [],
        coSigners: [a, b],
      },
    });
    expect(res.status).toBe(201);
    const sub = (await res.json()) as Sub;
    expect(sub.coSigners.map((c) => [c.name, c.state])).toEqual([["Coalition Alpha", "invited"], ["Coalition Beta", "invited"]]);
    const mails = await mailbox(a.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("Auteur FR vous invite à cosigner une déclaration");
    expect(mail.text).toContain("Déclaration commune sur les victimes");
    expect(mail.text).toContain("nos propositions sur la protection des victimes");
    expect(mail.text).toContain("1. Créer un mécanisme national d'orientation.");
    expect(mail.links.filter((l) => /\/cosign\/[A-Za-z0-9_-]{43}$/.test(l))).toHaveLength(1);
    expect(await mailbox(b.email)).toHaveLength(1);
    // Only the token's hash is stored.
    const token = invitationOf(mails).token;
    expect(await count("SELECT count(*) AS n FROM cosigners WHERE token_hash = ?1", token)).toBe(0);
    const after = await own(cookie, sub.reference);
    expect(after.coSigners.map((c) => c.invitation)).toEqual(["sent", "sent"]);
  });

  it("refuses more than 100 co-signers, a co-signer named twice and the author as its own co-signer, naming each field", async () => {
    const cookie = await signIn();
    const many = Array.from({ length: 101 }, (_, i) => coSigner(`Org ${i}`));
    const tooMany = await call("/api/v1/submissions", { method: "POST", cookie, json: { ...(await bodyWith(many)) } });
    expect(tooMany.status).toBe(422);
    expect((await problem(tooMany)).errors).toEqual([{ path: "coSigners", message: "A statement can have at most 100 co-signers." }]);
    const twice = await call("/api/v1/submissions", { method: "POST", cookie, json: await bodyWith([coSigner("Same Org"), coSigner("same org")]) });
    expect(twice.status).toBe(422);
    expect((await problem(twice)).errors).toEqual([{ path: "coSigners.1.name", message: "This organization is already a co-signer." }]);
    const self = await call("/api/v1/submissions", { method: "POST", cookie, json: await bodyWith([coSigner("Freedom Network Example")]) });
    expect((await problem(self)).errors).toEqual([{ path: "coSigners.0.name", message: "The author organization cannot also be a co-signer." }]);
    const strict = await call("/api/v1/submissions", { method: "POST", cookie, json: await bodyWith([{ ...coSigner("Strict"), state: "confirmed" }]) });
    expect(strict.status).toBe(422);
    const badEmail = await call("/api/v1/submissions", { method: "POST", cookie, json: await bodyWith([{ ...coSigner("Bad"), email: "nope" }]) });
    expect((await problem(badEmail)).errors?.[0]?.path).toBe("coSigners.0.email");
    expect(await count("SELECT count(*) AS n FROM cosigners c JOIN submissions s ON s.id = c.submission_id JOIN users u ON u.id = s.owner_id WHERE u.email = (SELECT email FROM users ORDER BY id DESC LIMIT 1)")).toBe(0);
  });

  it("accepts exactly 100 co-signers", async () => {
    const many = Array.from({ length: 100 }, (_, i) => coSigner(`Hundred Org ${i}`));
    const sub = await jointStatement(many);
    expect(sub.coSigners).toHaveLength(100);
    expect((await own(sub.cookie, sub.reference)).coSigners.filter((c) => c.invitation === "sent")).toHaveLength(100);
  });
});

async function bodyWith(list: unknown[]) {
  const { submissionBody } = await import("../helpers");
  return submissionBody({ coSigners: list });
}

describe("answers", () => {
  it("confirms without a session; the owner and staff see the state; a second answer is 409", async () => {
    const a = coSigner("Answer Org A");
    const b = coSigner("Answer Org B");
    const c = coSigner("Answer Org C");
    const sub = await jointStatement([a, b, c]);
    const res = await answer(await tokenFor(a.email), "confirm");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ state: "confirmed", reference: sub.reference });
    expect((await answer(await tokenFor(b.email), "decline")).status).toBe(200);
    const seen = await own(sub.cookie, sub.reference);
    expect(seen.coSigners.map((x) => x.state)).toEqual(["confirmed", "declined", "invited"]);
    const staff = (await (await call(`/api/v1/submissions/${sub.reference}`, { cookie: moderator })).json()) as Sub;
    expect(staff.coSigners.map((x) => x.state)).toEqual(["confirmed", "declined", "invited"]);
    const again = await answer(await tokenFor(a.email), "decline");
    expect(again.status).toBe(409);
    expect((await own(sub.cookie, sub.reference)).coSigners[0]!.state).toBe("confirmed");
  });

  it("answers 404 to an unknown or malformed token and 422 to a bad answer", async () => {
    expect((await answer("A".repeat(43), "confirm")).status).toBe(404);
    expect((await answer("short", "confirm")).status).toBe(404);
    const a = coSigner("Bad Answer Org");
    await jointStatement([a]);
    const bad = await answer(await tokenFor(a.email), "maybe");
    expect(bad.status).toBe(422);
    expect((await problem(bad)).errors?.[0]?.path).toBe("answer");
  });

  it("lets two concurrent answers of one token record one", async () => {
    const a = coSigner("Race Org");
    const sub = await jointStatement([a]);
    const token = await tokenFor(a.email);
    const results = await Promise.all([answer(token, "confirm"), answer(token, "decline")]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const state = (await own(sub.cookie, sub.reference)).coSigners[0]!.state;
    expect(["confirmed", "declined"]).toContain(state);
  });

  it("gives each co-signer its own token: one address's token never answers for another organization", async () => {
    const a = coSigner("Own Token A");
    const b = coSigner("Own Token B");
    const sub = await jointStatement([a, b]);
    expect((await answer(await tokenFor(a.email), "confirm")).status).toBe(200);
    const seen = await own(sub.cookie, sub.reference);
    expect(seen.coSigners.map((x) => x.state)).toEqual(["confirmed", "invited"]);
  });
});
