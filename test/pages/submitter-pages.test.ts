import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { frSegments } from "../../worker/seed/translations/fr-segments";
import { DEMO_SEGMENT_TITLE } from "../../worker/seed/taxonomy";
import { call, count, createSubmission, latestSignInToken, mailbox, OPEN_SEGMENT, postForm, seed, signIn, submitFormFields, uniqueEmail } from "../helpers";

beforeAll(seed);

const validForm = submitFormFields;

describe("sign-in pages", () => {
  it("shows the sign-in form with a labelled email field", async () => {
    const html = await (await call("/sign-in?next=/submit")).text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<label for="f-email">Email address</label>');
    expect(html).toContain('name="next" value="/submit"');
  });

  it("re-renders an invalid address with the error next to the field and the value kept", async () => {
    const res = await postForm("/sign-in", { email: "not an email", next: "/submit" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="not an email"');
  });

  it("sends the link, then signs in with Continue and lands on the next page", async () => {
    const email = uniqueEmail();
    const sent = await postForm("/sign-in", { email, next: "/submit" });
    expect(sent.status).toBe(200);
    const sentPage = await sent.text();
    expect(sentPage).toContain("Check your email");
    const token = await latestSignInToken(email);
    // Development only: the page links straight to the emailed sign-in link.
    expect(sentPage).toContain(`href="/auth/verify?token=${token}&amp;next=%2Fsubmit"`);
    const verify = await postForm("/auth/verify", { token, next: "/submit" });
    expect(verify.status).toBe(303);
    expect(verify.headers.get("location")).toBe("/submit");
    const cookie = /cdp_session=[^;]+/.exec(verify.headers.get("set-cookie") ?? "")![0];
    expect((await call("/api/v1/auth/me", { cookie })).status).toBe(200);
  });

  it("never redirects off-site after sign-in", async () => {
    const email = uniqueEmail();
    const sent = await postForm("/sign-in", { email, next: "//evil.example/phish" });
    expect(sent.status).toBe(200);
    // Neither the page's development link nor the emailed link carries the off-site target.
    expect(await sent.text()).not.toContain("evil.example");
    const mail = (await mailbox(email))[0]!;
    expect(mail.text).not.toContain("evil.example");
    expect(mail.links.every((l) => new URL(l).origin === "http://localhost")).toBe(true);
    const verify = await postForm("/auth/verify", { token: await latestSignInToken(email), next: "https://evil.example" });
    expect(verify.headers.get("location")).toBe("/my/submissions");
    for (const next of ["//evil.example", "/\\evil.example", "https:evil.example", "/%2F%2Fevil.example"]) {
      await postForm("/sign-in", { email, next });
      const again = await postForm("/auth/verify", { token: await latestSignInToken(email), next });
      expect(again.headers.get("location"), next).toMatch(/^\/(?!\/|\\)/);
      expect(new URL(again.headers.get("location")!, "http://localhost").origin, next).toBe("http://localhost");
    }
  });

  it("explains an invalid link", async () => {
    const res = await postForm("/auth/verify", { token: "A".repeat(43) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("has been used, has expired or is not valid");
  });

  it("refuses a cross-site form post", async () => {
    const res = await call("/sign-in", { method: "POST", body: "email=a%40b.org", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("shows a browser a readable error page, not problem+json", async () => {
    const res = await call("/sign-in?lang=fr", {
      method: "POST",
      body: "email=a%40b.org",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", accept: "text/html,application/xhtml+xml" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr" dir="ltr">/);
    expect(html).toContain("Cette demande a été refusée");
    expect(html).toMatch(/Identifiant de la demande : [\w-]{8,}/);
    // The API answers problem+json whatever the Accept header says.
    const api = await call("/api/v1/auth/me", { headers: { accept: "text/html" } });
    expect(api.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("/submit", () => {
  it("sends a visitor to sign in first", async () => {
    const res = await call("/submit");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in?next=%2Fsubmit");
  });

  it("shows the form with open segments, countries and themes", async () => {
    const html = await (await call("/submit", { cookie: await signIn() })).text();
    expect(html).toContain(`<option value="${OPEN_SEGMENT}" selected="">`);
    expect(html).not.toContain('value="2022-4-trafficking-in-persons"');
    expect(html).toContain('<option value="PK">Pakistan</option>');
    expect(html).toContain('name="proposals.0.text"');
    expect(html).toContain('value="border-management"');
    expect(html).toMatch(/name="idempotencyKey" value="[A-Za-z0-9_-]{43}"/);
  });

  it("re-renders errors next to the fields and keeps every value", async () => {
    const cookie = await signIn();
    const res = await postForm("/submit", validForm({ title: "x", "organization.country": "", "proposals.0.text": "short" }), cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="f-title-error"');
    expect(html).toContain('id="f-organization-country-error"');
    // A select left on "Choose…": the message asks to choose, not to type a code.
    expect(html).toContain("Choose the country");
    expect(html).toContain('id="f-proposals-0-text-error"');
    expect(html).toContain('value="Red Cross Example"');
    expect(html).toContain("Mesdames et Messieurs les délégués");
    expect(html).toMatch(/value="victim-protection" checked=""/);
  });

  it("shows a form error, like for an empty field, when a required field holds only invisible characters", async () => {
    const cookie = await signIn();
    const before = await count("SELECT count(*) AS n FROM submissions");
    const res = await postForm(
      "/submit",
      validForm({ title: "\u200b\u200b\u200b\u200b", "organization.name": "\ufeff\u200d\u200c", "speaker.name": "\u0000\u0000\u0000", "proposals.0.text": "\u2060".repeat(12) }),
      cookie,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    for (const id of ["f-title-error", "f-organization-name-error", "f-speaker-name-error", "f-proposals-0-text-error"]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain("The title needs at least 3 characters.");
    expect(html).toContain("The speaker&#39;s name needs at least 2 characters.");
    expect(await count("SELECT count(*) AS n FROM submissions")).toBe(before);
  });

  it("saves, not adds a proposal, when Enter is pressed in a field: the form's first submit button saves", async () => {
    const html = await (await call("/submit", { cookie: await signIn() })).text();
    const form = html.slice(html.indexOf('<form method="post" action="/submit"'));
    const firstSubmit = /<button type="submit"[^>]*>/.exec(form)![0];
    expect(firstSubmit).not.toContain("add-proposal");
    expect(firstSubmit).toContain("hidden");
  });

  it("adds a proposal box without JavaScript and without saving", async () => {
    const cookie = await signIn();
    const res = await postForm("/submit", validForm({ intent: "add-proposal", "proposals.1.text": "Second proposal text here." }), cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="proposals.2.text"');
    expect(html).toContain("Second proposal text here.");
    expect(await count("SELECT count(*) AS n FROM submissions WHERE title = 'Protéger les victimes de la traite'")).toBe(0);
  });

  it("submits, drops empty proposal boxes, and shows the reference", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const res = await postForm("/submit", validForm({ idempotencyKey: "k".repeat(43) }), cookie);
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    const reference = /CD-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(location)![0];
    const again = await postForm("/submit", validForm({ idempotencyKey: "k".repeat(43) }), cookie);
    expect(again.headers.get("location")).toBe(location);
    const page = await (await call(location, { cookie })).text();
    expect(page).toContain(`Your statement was received with reference ${reference}`);
    const api = (await (await call(`/api/v1/submissions/${reference}`, { cookie })).json()) as { organization: { country: string }; proposals: unknown[] };
    expect(api.organization.country).toBe("FR");
    expect(api.proposals).toHaveLength(1);
  });

  it("keeps the paragraphs of a textarea posted with CRLF line breaks, as browsers send them", async () => {
    const cookie = await signIn(uniqueEmail());
    const text = "Distinguished delegates,\r\n\r\nwe present our proposals on the protection of victims of trafficking.\r\n\r\nThank you.";
    const res = await postForm("/submit", validForm({ text, deliveredOn: "2022-07-01", "proposals.0.text": "Create a national\r\nreferral mechanism." }), cookie);
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    const reference = /CD-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(location)![0];
    const api = (await (await call(`/api/v1/submissions/${reference}`, { cookie })).json()) as { text: string; proposals: { text: string }[] };
    expect(api.text).toBe(text.replace(/\r\n/g, "\n"));
    expect(api.proposals[0]!.text).toBe("Create a national\nreferral mechanism.");
    const page = await (await call(location, { cookie })).text();
    expect(page).toContain("<p>Distinguished delegates,</p>");
    expect(page).toContain("<p>Thank you.</p>");
    // The details list names the date as delivered, not with the form's "(optional)" label.
    expect(page).toContain("<dt>Delivered</dt>");
    expect(page).not.toContain("(optional)</dt>");
  });
});

describe("/my/submissions", () => {
  it("lists my submissions with their status", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie, { title: "Listed on my page" });
    const html = await (await call("/my/submissions", { cookie })).text();
    expect(html).toContain(s.reference);
    expect(html).toContain("Submitted — awaiting review");
  });

  it("edits through the form, with the version, and reports a conflict clearly", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const page = await (await call(`/my/submissions/${s.reference}`, { cookie })).text();
    expect(page).toContain('name="version" value="1"');
    const form = validForm({ version: "1", title: "Edited through the page" });
    const saved = await postForm(`/my/submissions/${s.reference}`, form, cookie);
    expect(saved.status).toBe(303);
    expect((await (await call(`/api/v1/submissions/${s.reference}`, { cookie })).json()) as object).toMatchObject({ title: "Edited through the page", version: 2 });
    const stale = await postForm(`/my/submissions/${s.reference}`, { ...form, title: "From an old tab" }, cookie);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("This statement changed since you opened it");
  });

  const statusOf = async (reference: string) => env.DB.prepare("SELECT status, version FROM submissions WHERE reference = ?1").bind(reference).first<{ status: string; version: number }>();

  it("asks before withdrawing: the page's button only leads to a confirmation page, which changes nothing", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie, { title: "A statement to think twice about" });
    const detail = await (await call(`/my/submissions/${s.reference}`, { cookie })).text();
    // No form on the statement's page posts a withdrawal; its button is a plain GET to the confirmation page.
    expect(detail).not.toMatch(new RegExp(`<form method="post" action="/my/submissions/${s.reference}/withdraw"`));
    expect(detail).toContain(`<form method="get" action="/my/submissions/${s.reference}/withdraw">`);
    const res = await call(`/my/submissions/${s.reference}/withdraw?`, { cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>Withdraw this statement?</h1>");
    expect(html).toContain(s.reference);
    expect(html).toContain("A statement to think twice about");
    expect(html).toContain("Withdrawing cannot be undone. The statement will not be published.");
    expect(html).toContain(`<form method="post" action="/my/submissions/${s.reference}/withdraw"`);
    expect(html).toContain('name="version" value="1"');
    expect(html).toContain('name="confirm" value="yes"');
    expect(html).toContain(">Yes, withdraw it</button>");
    // The way back is a link to the statement's page.
    expect(html).toContain(`<a href="/my/submissions/${s.reference}">No, keep it</a>`);
    expect(await statusOf(s.reference)).toEqual({ status: "submitted", version: 1 });
  });

  it("does not withdraw on a post without the explicit confirmation (an old one-click form): it asks instead", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    for (const fields of [{ version: "1" }, { version: "1", confirm: "" }, { version: "1", confirm: "no" }] as Record<string, string>[]) {
      const res = await postForm(`/my/submissions/${s.reference}/withdraw`, fields, cookie);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('name="confirm" value="yes"');
    }
    expect(await statusOf(s.reference)).toEqual({ status: "submitted", version: 1 });
  });

  it("withdraws once confirmed, after which the edit form and the withdraw button are gone", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const res = await postForm(`/my/submissions/${s.reference}/withdraw`, { version: "1", confirm: "yes" }, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/my/submissions/${s.reference}?notice=withdrawn`);
    const html = await (await call(res.headers.get("location")!, { cookie })).text();
    expect(html).toContain("Your statement was withdrawn.");
    expect(html).not.toContain(`action="/my/submissions/${s.reference}/withdraw"`);
    expect(await statusOf(s.reference)).toEqual({ status: "withdrawn", version: 2 });
    // Nothing left to confirm: the confirmation page sends back to the statement.
    const again = await call(`/my/submissions/${s.reference}/withdraw`, { cookie });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(`/my/submissions/${s.reference}`);
    expect((await postForm(`/my/submissions/${s.reference}/withdraw`, { version: "2", confirm: "yes" }, cookie)).status).toBe(409);
  });

  it("reports a confirmation sent for an older version as a conflict and withdraws nothing", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, title: "Edited in another tab" } });
    const res = await postForm(`/my/submissions/${s.reference}/withdraw`, { version: "1", confirm: "yes" }, cookie);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("This statement changed since you opened it");
    expect(await statusOf(s.reference)).toEqual({ status: "submitted", version: 2 });
  });

  it("asks in the submitter's language, Arabic right to left", async () => {
    const cookie = await signIn();
    const s = await createSubmission(cookie);
    const html = await (await call(`/my/submissions/${s.reference}/withdraw?lang=ar`, { cookie })).text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain("هل تريد سحب هذا البيان؟");
    expect(html).toContain("نعم، اسحبه");
    expect(html).toContain("لا، أبقِه");
  });

  it("shows another person's submission as not found", async () => {
    const s = await createSubmission(await signIn());
    const res = await call(`/my/submissions/${s.reference}`, { cookie: await signIn() });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
    expect((await postForm(`/my/submissions/${s.reference}/withdraw`, { version: "1" }, await signIn())).status).toBe(404);
    expect((await postForm(`/my/submissions/${s.reference}/withdraw`, { version: "1", confirm: "yes" }, await signIn())).status).toBe(404);
    expect((await call(`/my/submissions/${s.reference}/withdraw`, { cookie: await signIn() })).status).toBe(404);
    expect((await env.DB.prepare("SELECT status FROM submissions WHERE reference = ?1").bind(s.reference).first<{ status: string }>())?.status).toBe("submitted");
  });
});

describe("language", () => {
  it("follows ?lang, remembers it, and sets dir=rtl for Arabic", async () => {
    const res = await call("/sign-in?lang=ar");
    expect(await res.text()).toContain('<html lang="ar" dir="rtl">');
    expect(res.headers.get("set-cookie")).toContain("lang=ar");
    expect(await (await call("/sign-in", { headers: { cookie: "lang=fr" } })).text()).toContain('<html lang="fr" dir="ltr">');
    expect(await (await call("/sign-in", { headers: { "accept-language": "es-ES,es;q=0.9" } })).text()).toContain("Iniciar sesión");
  });

  it("isolates an English statement's title, names and proposals on the Arabic 'My submissions' page", async () => {
    const cookie = await signIn();
    const res = await postForm("/submit", validForm({ language: "en", title: "Our proposals: victims (2024)" }), cookie);
    const page = await (await call(`${res.headers.get("location")!.split("?")[0]}?lang=ar`, { cookie })).text();
    expect(page).toContain('<h1 lang="en" dir="auto">Our proposals: victims (2024)</h1>');
    expect(page).toContain("<bdi>Red Cross Example</bdi>");
    expect(page).toContain("<bdi>Jeanne Martin</bdi>");
    expect(page).toContain('<ol class="proposals-view" lang="en" dir="auto">');
  });

  it("translates the public archive for delegates", async () => {
    const fr = await (await call("/statements?q=trafficking&lang=fr")).text();
    expect(fr).toContain("Rechercher des déclarations");
    expect(fr).toContain("1 déclaration");
    const es = await (await call("/statements/CD-CGR2-2022?lang=es")).text();
    expect(es).toContain("Propuestas a los Estados Miembros");
    expect(es).not.toMatch(/\{\w+\}/);
  });
});

describe("emails in the submitter's language", () => {
  it("writes the receipt in the interface language used to submit", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const res = await call("/api/v1/submissions", {
      method: "POST",
      cookie: `${cookie}; lang=fr`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        segment: OPEN_SEGMENT,
        organization: { name: "Association Exemple", country: "SN", type: "ngo" },
        speaker: { name: "Awa Diop" },
        language: "fr",
        title: "Nos propositions",
        text: "Mesdames et Messieurs les délégués, voici nos propositions sur la protection des victimes de la traite.",
      }),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const receipt = (await mailbox(email)).find((m) => m.subject.includes(reference));
    expect(receipt?.subject).toBe(`Déclaration reçue : ${reference}`);
    expect(receipt?.html).toContain('lang="fr"');
    // The seeded demo segment is named in French too, not in the database's English.
    expect(receipt?.text).toContain(frSegments[OPEN_SEGMENT as keyof typeof frSegments]);
    expect(receipt?.text).not.toContain(DEMO_SEGMENT_TITLE);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND locale = 'fr'", reference)).toBe(1);
  });
});

describe("decision emails in the submitter's language", () => {
  it("follow the interface language of the submission, like the receipt", async () => {
    const email = uniqueEmail();
    const cookie = await signIn(email);
    const created = await call("/api/v1/submissions", {
      method: "POST",
      cookie: `${cookie}; lang=es`,
      json: { segment: OPEN_SEGMENT, organization: { name: "Fundación Ejemplo", country: "MX", type: "foundation" }, speaker: { name: "Lucía Pérez" }, language: "en", title: "Our proposals in English", text: "Distinguished delegates, we present our proposals on the protection of migrants in transit." },
    });
    const { reference } = (await created.json()) as { reference: string };
    const moderator = await signIn("moderator@example.org");
    const decided = await call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json: { action: "request_changes", reason: "Please add your proposals.", version: 1 } });
    expect(decided.status).toBe(200);
    const mail = (await mailbox(email)).find((m) => m.subject.includes("Cambios solicitados"));
    expect(mail?.subject).toBe(`Cambios solicitados: ${reference}`);
    expect(mail?.text).toContain("Please add your proposals.");
  });
});
