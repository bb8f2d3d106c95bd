import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { INVITATIONS_PER_ADDRESS_PER_DAY } from "../../worker/domain/cosign";
import { sendDueInvitations } from "../../worker/services/cosign";
import { call, count, mailbox, postForm, problem, seed, signIn, signInModerator, submissionBody, submitFormFields, uniqueEmail } from "../helpers";
import { answer, coSigner, invitationLinks, jointStatement, own, tokenFor, type Sub } from "./cosign-helpers";

/** Joint statements: co-signer invitations, answers, opt-out, bounds and the hostile cases (API.md). */

let moderator: string;
beforeAll(async () => {
  await seed();
  moderator = await signInModerator();
});

const bodyWith = (list: unknown[]) => submissionBody({ coSigners: list });

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
    expect(invitationLinks(mails)).toHaveLength(1);
    expect(await mailbox(b.email)).toHaveLength(1);
    // Only the token's hash is stored.
    const token = await tokenFor(a.email);
    expect(await count("SELECT count(*) AS n FROM cosigners WHERE token_hash = ?1", token)).toBe(0);
    const after = await own(cookie, sub.reference);
    expect(after.coSigners.map((c) => c.invitation)).toEqual(["sent", "sent"]);
  });

  it("refuses more than 100 co-signers, a co-signer named twice and the author as its own co-signer, naming each field", async () => {
    const cookie = await signIn();
    const many = Array.from({ length: 101 }, (_, i) => coSigner(`Org ${i}`));
    const tooMany = await call("/api/v1/submissions", { method: "POST", cookie, json: bodyWith(many) });
    expect(tooMany.status).toBe(422);
    expect((await problem(tooMany)).errors).toEqual([{ path: "coSigners", message: "A statement can have at most 100 co-signers." }]);
    const twice = await call("/api/v1/submissions", { method: "POST", cookie, json: bodyWith([coSigner("Same Org"), coSigner("same org")]) });
    expect(twice.status).toBe(422);
    expect((await problem(twice)).errors).toEqual([{ path: "coSigners.1.name", message: "This organization is already a co-signer." }]);
    const self = await call("/api/v1/submissions", { method: "POST", cookie, json: bodyWith([coSigner("Freedom Network Example")]) });
    expect((await problem(self)).errors).toEqual([{ path: "coSigners.0.name", message: "The author organization cannot also be a co-signer." }]);
    const strict = await call("/api/v1/submissions", { method: "POST", cookie, json: bodyWith([{ ...coSigner("Strict"), state: "confirmed" }]) });
    expect(strict.status).toBe(422);
    const badEmail = await call("/api/v1/submissions", { method: "POST", cookie, json: bodyWith([{ ...coSigner("Bad"), email: "nope" }]) });
    expect((await problem(badEmail)).errors?.[0]?.path).toBe("coSigners.0.email");
    expect(await count("SELECT count(*) AS n FROM cosigners WHERE name IN ('Org 0', 'Same Org', 'Strict', 'Bad')")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM organizations WHERE name IN ('Org 0', 'Same Org', 'Strict', 'Bad')")).toBe(0);
  });

  it("accepts exactly 100 co-signers", async () => {
    const many = Array.from({ length: 100 }, (_, i) => coSigner(`Hundred Org ${i}`));
    const sub = await jointStatement(many);
    expect(sub.coSigners).toHaveLength(100);
    expect((await own(sub.cookie, sub.reference)).coSigners.filter((c) => c.invitation === "sent")).toHaveLength(100);
  });
});

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

const patch = (cookie: string, reference: string, json: unknown) => call(`/api/v1/submissions/${reference}`, { method: "PATCH", cookie, json });

describe("edits (hostile cases)", () => {
  it("never re-invites a declined co-signer at the same address, even when it is taken off and put back", async () => {
    const a = coSigner("Declined Org");
    const sub = await jointStatement([a]);
    expect((await answer(await tokenFor(a.email), "decline")).status).toBe(200);
    const same = await patch(sub.cookie, sub.reference, { version: 1, coSigners: [a] });
    expect(same.status).toBe(200);
    // The same list again changes nothing, so the version stays (API.md: +1 on each change).
    expect(((await same.json()) as Sub).version).toBe(1);
    const off = await patch(sub.cookie, sub.reference, { version: 1, coSigners: [] });
    expect(((await off.json()) as Sub).coSigners).toEqual([]);
    const back = await patch(sub.cookie, sub.reference, { version: 2, coSigners: [a] });
    expect(((await back.json()) as Sub).coSigners.map((c) => c.state)).toEqual(["declined"]);
    // A new text does not ask a declined organization again either.
    const text = await patch(sub.cookie, sub.reference, { version: 3, text: `${"A new text for the coalition to read again. ".repeat(3)}` });
    expect(((await text.json()) as Sub).coSigners.map((c) => c.state)).toEqual(["declined"]);
    expect(invitationLinks(await mailbox(a.email))).toHaveLength(1);
  });

  it("sends a new invitation when the contact address changes; the old link stops working", async () => {
    const a = coSigner("Moved Org");
    const sub = await jointStatement([a]);
    const oldToken = await tokenFor(a.email);
    const moved = { ...a, email: uniqueEmail("moved") };
    const res = await patch(sub.cookie, sub.reference, { version: 1, coSigners: [moved] });
    expect(((await res.json()) as Sub).coSigners.map((c) => [c.email, c.state, c.invitation])).toEqual([[moved.email, "invited", "sent"]]);
    expect((await answer(oldToken, "confirm")).status).toBe(404);
    expect((await answer(await tokenFor(moved.email), "confirm")).status).toBe(200);
  });

  it("asks a confirmed co-signer again when the text changes: it confirmed the text it read", async () => {
    const a = coSigner("Reader Org");
    const sub = await jointStatement([a]);
    const first = await tokenFor(a.email);
    expect((await answer(first, "confirm")).status).toBe(200);
    const res = await patch(sub.cookie, sub.reference, { version: 1, title: "A different joint statement" });
    expect(((await res.json()) as Sub).coSigners.map((c) => [c.state, c.invitation])).toEqual([["invited", "sent"]]);
    const mails = await mailbox(a.email);
    expect(invitationLinks(mails)).toHaveLength(2);
    expect(mails[0]!.text).toContain("A different joint statement");
    expect((await answer(first, "confirm")).status).toBe(404);
    expect((await answer(await tokenFor(a.email), "confirm")).status).toBe(200);
    // A change of themes only (no text) keeps the confirmation.
    const themes = await patch(sub.cookie, sub.reference, { version: 2, themes: ["human-rights"] });
    expect(((await themes.json()) as Sub).coSigners.map((c) => c.state)).toEqual(["confirmed"]);
  });

  it("makes the link of a co-signer taken off the list unknown (404)", async () => {
    const a = coSigner("Removed Org");
    const sub = await jointStatement([a, coSigner("Staying Org")]);
    const token = await tokenFor(a.email);
    await patch(sub.cookie, sub.reference, { version: 1, coSigners: [sub.coSigners[1]!].map(({ name, acronym, country, email }) => ({ name, acronym, country, email })) });
    expect((await answer(token, "confirm")).status).toBe(404);
    expect((await call(`/cosign/${token}`)).status).toBe(404);
  });

  it("answers 409 once the statement is withdrawn, and keeps someone else's edits away from co-signers", async () => {
    const a = coSigner("Withdrawn Org");
    const sub = await jointStatement([a]);
    const other = await signIn();
    expect((await patch(other, sub.reference, { version: 1, coSigners: [] })).status).toBe(404);
    expect((await call(`/api/v1/submissions/${sub.reference}/withdraw`, { method: "POST", cookie: sub.cookie, json: { version: 1 } })).status).toBe(200);
    const res = await answer(await tokenFor(a.email), "confirm");
    expect(res.status).toBe(409);
    expect((await own(sub.cookie, sub.reference)).coSigners[0]!.state).toBe("invited");
  });

  it("shows the co-signers' states on the owner's page, the review page and the queue", async () => {
    const a = coSigner("Shown Org A");
    const b = coSigner("Shown Org B");
    const sub = await jointStatement([a, b]);
    await answer(await tokenFor(a.email), "confirm");
    const mine = await (await call(`/my/submissions/${sub.reference}`, { cookie: sub.cookie })).text();
    expect(mine).toContain("1 of 2 co-signers confirmed");
    expect(mine).toMatch(/Shown Org A<\/td>.*Confirmed/s);
    expect(mine).toContain(b.email);
    const review = await (await call(`/moderation/${sub.reference}`, { cookie: moderator })).text();
    expect(review).toContain("1 of 2 co-signers confirmed");
    const queue = await (await call(`/moderation?q=${sub.tag}`, { cookie: moderator })).text();
    expect(queue).toContain("1 of 2 co-signers confirmed");
    const fr = await (await call(`/moderation?q=${sub.tag}&lang=fr`, { cookie: moderator })).text();
    expect(fr).toContain("1 cosignataire(s) sur 2 ont confirmé");
    const api = (await (await call(`/api/v1/moderation/queue?q=${sub.tag}`, { cookie: moderator })).json()) as { items: Sub[] };
    expect(api.items[0]!.coSigners.map((c) => c.state)).toEqual(["confirmed", "invited"]);
  });
});

describe("bounds", () => {
  it("holds invitations to one address past its daily limit, and sends them a day later", async () => {
    const email = uniqueEmail("busy");
    const subs: Sub[] = [];
    for (let i = 0; i <= INVITATIONS_PER_ADDRESS_PER_DAY; i++) subs.push(await jointStatement([coSigner(`Busy Org ${i}`, email)]));
    expect(invitationLinks(await mailbox(email))).toHaveLength(INVITATIONS_PER_ADDRESS_PER_DAY);
    const last = subs.at(-1)! as Sub & { cookie: string };
    expect((await own(last.cookie, last.reference)).coSigners[0]!.invitation).toBe("pending");
    // The same pass again changes nothing; a day later the held one goes, once.
    await sendDueInvitations(env, new Date().toISOString().replace(/\.\d{3}Z$/, "Z"));
    expect(invitationLinks(await mailbox(email))).toHaveLength(INVITATIONS_PER_ADDRESS_PER_DAY);
    const tomorrow = new Date(Date.now() + 25 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await Promise.all([sendDueInvitations(env, tomorrow), sendDueInvitations(env, tomorrow)]);
    expect(invitationLinks(await mailbox(email))).toHaveLength(INVITATIONS_PER_ADDRESS_PER_DAY + 1);
    expect((await own(last.cookie, last.reference)).coSigners[0]!.invitation).toBe("sent");
  });

  it("sends a draft-free statement's invitations through the scheduled job as well", async () => {
    const res = await call("/dev/run-scheduled", { method: "POST", headers: { origin: "http://localhost" } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ran: { name: string }[] }).ran.map((r) => r.name)).toContain("cosign-invitations");
  });
});

describe("opt-out", () => {
  it("stops every further invitation to the address in one POST, waiting ones included; the link can still answer", async () => {
    const a = coSigner("Quiet Org");
    const sub = await jointStatement([a]);
    const token = await tokenFor(a.email);
    const res = await call(`/api/v1/cosign/${token}/opt-out`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "stopped" });
    expect((await call(`/api/v1/cosign/${token}/opt-out`, { method: "POST" })).status).toBe(200);
    const later = await jointStatement([{ ...a, name: "Quiet Org Again" }]);
    expect(later.coSigners[0]!.invitation).toBe("pending");
    expect((await own(later.cookie, later.reference)).coSigners[0]!.invitation).toBe("stopped");
    expect(invitationLinks(await mailbox(a.email))).toHaveLength(1);
    // The address is kept only as a hash.
    expect(await count("SELECT count(*) AS n FROM cosign_opt_outs WHERE email_hash = ?1", a.email)).toBe(0);
    expect((await answer(token, "confirm")).status).toBe(200);
    expect((await own(sub.cookie, sub.reference)).coSigners[0]!.state).toBe("confirmed");
  });

  it("answers 404 to an unknown token", async () => {
    expect((await call(`/api/v1/cosign/${"B".repeat(43)}/opt-out`, { method: "POST" })).status).toBe(404);
  });
});

describe("/cosign/{token}", () => {
  it("shows the statement and two buttons that post; a GET never decides", async () => {
    const a = coSigner("Page Org");
    const sub = await jointStatement([a]);
    const token = await tokenFor(a.email);
    const res = await call(`/cosign/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    const html = await res.text();
    expect(html).toContain(sub.title);
    expect(html).toContain("Establish national referral mechanisms");
    expect(html).toContain(`<form method="post" action="/cosign/${token}"`);
    expect(html).toContain('name="answer" value="confirm"');
    expect(html).toContain('name="answer" value="decline"');
    expect(html).toContain(`action="/cosign/${token}/opt-out"`);
    expect((await own(sub.cookie, sub.reference)).coSigners[0]!.state).toBe("invited");
  });

  it("records the answer from the form without JavaScript and shows it; a second post shows the standing answer (409)", async () => {
    const a = coSigner("Form Org");
    const sub = await jointStatement([a]);
    const token = await tokenFor(a.email);
    const res = await postForm(`/cosign/${token}`, { answer: "confirm" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/cosign/${token}`);
    expect(await (await call(`/cosign/${token}`)).text()).toContain("Confirmed on");
    const again = await postForm(`/cosign/${token}`, { answer: "decline" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Confirmed on");
    expect((await own(sub.cookie, sub.reference)).coSigners[0]!.state).toBe("confirmed");
  });

  it("refuses a cross-site form post", async () => {
    const a = coSigner("Csrf Org");
    await jointStatement([a]);
    const token = await tokenFor(a.email);
    const res = await call(`/cosign/${token}`, { method: "POST", body: "answer=confirm", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
    expect(res.status).toBe(403);
  });

  it("stops invitations from the page's button", async () => {
    const a = coSigner("Button Org");
    await jointStatement([a]);
    const token = await tokenFor(a.email);
    const res = await postForm(`/cosign/${token}/opt-out`, {});
    expect(res.status).toBe(303);
    expect(await (await call(res.headers.get("location")!)).text()).toContain("this portal sends no more invitations to this address");
  });

  it("is in the six languages, Arabic right to left", async () => {
    const a = coSigner("Lang Org");
    await jointStatement([a]);
    const token = await tokenFor(a.email);
    const expected = { en: "Co-sign a statement", fr: "Cosigner une déclaration", es: "Firmar conjuntamente una declaración", ar: "التوقيع المشترك على بيان", ru: "Совместное заявление", zh: "联署发言" };
    for (const [lang, heading] of Object.entries(expected)) {
      const html = await (await call(`/cosign/${token}?lang=${lang}`)).text();
      expect(html, lang).toContain(`<h1>${heading}</h1>`);
      expect(html).toContain(`lang="${lang}"`);
    }
    expect(await (await call(`/cosign/${token}?lang=ar`)).text()).toContain('dir="rtl"');
  });

  it("answers 404 to an unknown token", async () => {
    expect((await call(`/cosign/${"C".repeat(43)}`)).status).toBe(404);
    expect((await call("/cosign/x")).status).toBe(404);
  });
});

describe("co-signers on the submit form (no JavaScript)", () => {
  it("adds a row with a button, shows a bad address on its field, and invites the co-signers of the saved statement", async () => {
    const cookie = await signIn();
    const added = await call("/submit", {
      method: "POST",
      cookie,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
      body: new URLSearchParams({ ...flat(submitFormFields()), intent: "add-cosigner", "coSigners.shown": "1", "coSigners.0.name": "Row One Org" }).toString(),
    });
    expect(added.status).toBe(200);
    const html = await added.text();
    expect(html).toContain('name="coSigners.1.name"');
    expect(html).toContain('value="Row One Org"');
    const row = { "coSigners.shown": "1", "coSigners.0.name": "Form Coalition", "coSigners.0.acronym": "FC", "coSigners.0.country": "SN", "coSigners.1.name": "", "coSigners.1.country": "", "coSigners.1.email": "" };
    const bad = await postForm("/submit", { ...submitFormFields(), ...row, "coSigners.0.email": "not-an-address" }, cookie);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toMatch(/id="f-coSigners-0-email-error"[^>]*>[^<]*Give a valid email address/);
    const email = uniqueEmail("formco");
    const ok = await postForm("/submit", { ...submitFormFields(), ...row, "coSigners.0.email": email }, cookie);
    expect(ok.status).toBe(303);
    const reference = /\/my\/submissions\/(CD-[\w-]+)/.exec(ok.headers.get("location")!)![1]!;
    expect((await own(cookie, reference)).coSigners.map((c) => [c.name, c.acronym, c.country, c.state])).toEqual([["Form Coalition", "FC", "SN", "invited"]]);
    expect(invitationLinks(await mailbox(email))).toHaveLength(1);
    const page = await (await call(`/my/submissions/${reference}?lang=fr`, { cookie })).text();
    expect(page).toContain("Cosignataire 1 : organisation");
    expect(page).toContain('value="Form Coalition"');
  });
});

function flat(fields: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v]));
}
