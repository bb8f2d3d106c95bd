import { beforeAll, describe, expect, it } from "vitest";
import { call, mailbox, OPEN_SEGMENT, postForm, seed, signIn, signInModerator, submissionBody, submitFormFields, uniqueEmail } from "../helpers";
import { member, topicOf } from "./campaign-helpers";
import { coSigner, invitationLinks, type CoSigner } from "./cosign-helpers";
import { makePdf } from "../intake/builders";
import { deliver, mimeMessage } from "../intake/mime";

/**
 * Statements of API.md checked one by one where the product had drifted from them (docs/api.md
 * "Contract review"). Each test names the sentence of the contract it holds the Worker to.
 */

beforeAll(seed);

describe("“Owner and staff always get it from GET /api/v1/submissions/{reference}/document”", () => {
  it("gives the owner of an emailed draft its original, and nobody else (not even staff: drafts are their owner's)", async () => {
    const sender = uniqueEmail("mail");
    const pdf = await makePdf([["Statement by the Example Network to the constructive dialogue on trafficking in persons", "1. States should establish national referral mechanisms for victims.", "Thank you."]]);
    await deliver(mimeMessage({ from: sender, subject: `[${OPEN_SEGMENT}] Our statement`, attachments: [{ filename: "statement.pdf", type: "application/pdf", bytes: pdf }] }), { from: sender });
    const reference = /CD-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await mailbox(sender))[0]!.subject)![0];
    const owner = await signIn(sender);
    expect(((await (await call(`/api/v1/submissions/${reference}`, { cookie: owner })).json()) as { status: string }).status).toBe("draft");

    const res = await call(`/api/v1/submissions/${reference}/document`, { cookie: owner });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);

    expect((await call(`/api/v1/submissions/${reference}/document`, { cookie: await signIn() })).status).toBe(404);
    expect((await call(`/api/v1/submissions/${reference}/document`, { cookie: await signInModerator() })).status).toBe(404);
    expect((await call(`/api/v1/submissions/${reference}/document`)).status).toBe(401);
  }, 60_000);
});

describe("“the OpenAPI document served at /api/openapi.json must describe exactly this”", () => {
  it("documents email addresses with a pattern that accepts the capital letters the API accepts", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: Record<string, { pattern: string }> } }> } }>>;
    };
    const pattern = doc.paths["/api/v1/auth/email-link"]!.post!.requestBody.content["application/json"]!.schema.properties.email!.pattern;
    const address = `Amina.Otieno-${crypto.randomUUID().slice(0, 6)}@Example.ORG`;
    expect((await call("/api/v1/auth/email-link", { method: "POST", json: { email: address } })).status).toBe(202);
    // JSON Schema patterns are ECMA-262 without flags: the document must say what the server does.
    expect(new RegExp(pattern, "u").test(address)).toBe(true);
    expect(new RegExp(pattern, "u").test("someone@Example.XN--P1AI")).toBe(true);
    expect(new RegExp(pattern, "u").test("not an address")).toBe(false);
  });
});

describe("“the submission body accepts coSigners” — a draft too (“every field optional except segment”)", () => {
  type DraftJson = { reference: string; status: string; version: number; coSigners: CoSigner[] };
  const draftOf = async (cookie: string, reference: string) => (await (await call(`/api/v1/submissions/${reference}`, { cookie })).json()) as DraftJson;

  it("keeps a draft's co-signers without inviting anyone, replaces them by PATCH, and invites them when the draft is submitted", async () => {
    const owner = await signIn();
    const first = coSigner("Draft Partner One");
    const second = coSigner("Draft Partner Two");
    const created = await call("/api/v1/submissions", { method: "POST", cookie: owner, json: { draft: true, segment: OPEN_SEGMENT, coSigners: [first] } });
    expect(created.status).toBe(201);
    const draft = (await created.json()) as DraftJson;
    expect(draft.status).toBe("draft");
    expect(draft.coSigners).toEqual([{ ...first, state: "invited", invitation: "pending", answeredAt: null }]);
    expect(await draftOf(owner, draft.reference)).toEqual(draft);

    const patched = await call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie: owner, json: { version: draft.version, coSigners: [second] } });
    expect(patched.status).toBe(200);
    const edited = (await patched.json()) as DraftJson;
    expect(edited.status).toBe("draft");
    expect(edited.coSigners.map((c) => c.email)).toEqual([second.email]);
    // A draft sends nothing, even when the scheduled jobs run.
    const run = await call("/dev/run-scheduled", { method: "POST", headers: { origin: "http://localhost" } });
    expect(run.status).toBe(200);
    expect(invitationLinks(await mailbox(first.email))).toEqual([]);
    expect(invitationLinks(await mailbox(second.email))).toEqual([]);

    const { segment: _s, coSigners: _c, ...rest } = submissionBody();
    const completed = (await (await call(`/api/v1/submissions/${draft.reference}`, { method: "PATCH", cookie: owner, json: { ...rest, version: edited.version } })).json()) as DraftJson;
    const submitted = await call(`/api/v1/submissions/${draft.reference}/submit`, { method: "POST", cookie: owner, json: { version: completed.version } });
    expect(submitted.status).toBe(200);
    const body = (await submitted.json()) as DraftJson;
    expect(body.status).toBe("submitted");
    expect(body.coSigners.map((c) => [c.email, c.state, c.invitation])).toEqual([[second.email, "invited", "sent"]]);
    expect(invitationLinks(await mailbox(second.email))).toHaveLength(1);
    expect(invitationLinks(await mailbox(first.email))).toEqual([]);
  });

  it("keeps them through the pages too: /submit's “Save as draft” stores the typed rows, the draft's form shows them and “Save draft” keeps them", async () => {
    const owner = await signIn();
    const partner = coSigner("Page Draft Partner");
    const draftForm = (overrides: Record<string, string | string[]>) =>
      submitFormFields({ intent: "draft", "organization.name": "", "organization.country": "", "speaker.name": "", title: "", text: "", "proposals.0.text": "", "proposals.0.themes": [], themes: [], "coSigners.shown": "1", ...overrides });
    const saved = await postForm("/submit", draftForm({ "coSigners.0.name": partner.name, "coSigners.0.acronym": "", "coSigners.0.country": "ke", "coSigners.0.email": partner.email }), owner);
    expect(saved.status, await saved.clone().text()).toBe(303);
    const reference = saved.headers.get("location")!.split("/")[3]!.split("?")[0]!;
    expect((await draftOf(owner, reference)).coSigners.map((c) => [c.name, c.country, c.email])).toEqual([[partner.name, "KE", partner.email]]);

    const page = await (await call(`/my/submissions/${reference}`, { cookie: owner })).text();
    expect(page).toContain(`value="${partner.email}"`);
    // The page posts back what it shows: the list stays (and a row emptied would go).
    const again = await postForm(`/my/submissions/${reference}`, draftForm({ title: "Saved again", version: "1", "coSigners.0.name": partner.name, "coSigners.0.acronym": "", "coSigners.0.country": "KE", "coSigners.0.email": partner.email }), owner);
    expect(again.status, await again.clone().text()).toBe(303);
    expect((await draftOf(owner, reference)).coSigners.map((c) => c.email)).toEqual([partner.email]);
    // A half-typed row is refused on its own box, the values kept.
    const bad = await postForm("/submit", draftForm({ "coSigners.0.name": "", "coSigners.0.acronym": "", "coSigners.0.country": "", "coSigners.0.email": "", "coSigners.1.name": "Half Typed", "coSigners.1.acronym": "", "coSigners.1.country": "KE", "coSigners.1.email": "nope" }), owner);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('value="Half Typed"');
    expect(html).toContain('id="f-coSigners-1-email-error"');
  });

  it("refuses a draft's co-signer list that breaks the submission's rules (422 naming the field, nothing stored)", async () => {
    const owner = await signIn();
    const bad = await call("/api/v1/submissions", { method: "POST", cookie: owner, json: { draft: true, segment: OPEN_SEGMENT, coSigners: [{ name: "X", country: "KE", email: "nope" }] } });
    expect(bad.status).toBe(422);
    const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["coSigners.0.name", "coSigners.0.email"]));
    const twice = coSigner("Named Twice");
    const dup = await call("/api/v1/submissions", { method: "POST", cookie: owner, json: { draft: true, segment: OPEN_SEGMENT, coSigners: [twice, { ...twice, email: uniqueEmail() }] } });
    expect(dup.status).toBe(422);
    expect(((await (await call("/api/v1/submissions", { cookie: owner })).json()) as { items: unknown[] }).items).toEqual([]);
  });
});

describe("“headers (ETag, Cache-Control …)”: the OpenAPI document names the headers the public answers carry", () => {
  type Operation = { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { properties: Record<string, { items: { properties: Record<string, unknown> } }> } }> }; responses: Record<string, { headers?: Record<string, unknown> }> };
  const cached: [string, string][] = [
    ["/api/v1/statements", "/api/v1/statements"],
    ["/api/v1/statements.csv", "/api/v1/statements.csv"],
    ["/api/v1/proposals.csv", "/api/v1/proposals.csv"],
    ["/api/v1/statements/{reference}", "/api/v1/statements/CD-CGR2-2022"],
    ["/feeds/statements.atom", "/feeds/statements.atom"],
    ["/api/v1/statistics", "/api/v1/statistics"],
  ];

  it("documents ETag and Cache-Control on each cached public answer, and the If-None-Match that gets a 304", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as { paths: Record<string, Record<string, Operation>> };
    for (const [path, url] of cached) {
      const res = await call(url);
      expect(res.status, url).toBe(200);
      const etag = res.headers.get("etag");
      expect(etag, url).toBeTruthy();
      expect(res.headers.get("cache-control"), url).toContain("public");
      expect((await call(url, { headers: { "if-none-match": etag! } })).status, url).toBe(304);
      const op = doc.paths[path]!.get!;
      expect(Object.keys(op.responses["200"]!.headers ?? {}).sort(), path).toEqual(["Cache-Control", "ETag"]);
      expect(op.parameters?.some((p) => p.in === "header" && p.name === "If-None-Match"), path).toBe(true);
    }
  });

  it("documents the staff import's body as the server reads it (no coSigners: nobody is asked to co-sign a statement delivered long ago)", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as { paths: Record<string, Record<string, Operation>> };
    const item = doc.paths["/api/v1/statements/import"]!.post!.requestBody!.content["application/json"]!.schema.properties.statements!.items;
    expect(Object.keys(item.properties)).not.toContain("coSigners");
    expect(Object.keys(item.properties)).toContain("publishedAt");
  });
});

describe("“POST /api/v1/moderation/campaigns/{id}/decision … decides every member still submitted”", () => {
  it("takes only the decisions a submitted statement can get (publish, reject, request_changes): unpublish or republish → 422 naming `action`, nothing decided, as the OpenAPI document says", async () => {
    const moderator = await signInModerator();
    const topic = topicOf("contract");
    await member(topic, 1);
    const second = await member(topic, 2);
    const queue = (await (await call(`/api/v1/moderation/queue?q=${encodeURIComponent(`Letter ${topic}`)}`, { cookie: moderator })).json()) as { items: { reference: string; campaign: { id: string } | null }[] };
    const id = queue.items.find((i) => i.reference === second.reference)!.campaign!.id;
    for (const action of ["unpublish", "republish"]) {
      const res = await call(`/api/v1/moderation/campaigns/${id}/decision`, { method: "POST", cookie: moderator, json: { action, reason: "Not for submitted statements" } });
      expect(res.status, action).toBe(422);
      expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["action"]);
    }
    expect(((await (await call(`/api/v1/submissions/${second.reference}`, { cookie: moderator })).json()) as { status: string }).status).toBe("submitted");
    const doc = (await (await call("/api/openapi.json")).json()) as { paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: Record<string, { enum: string[] }> } }> } }>> };
    expect(doc.paths["/api/v1/moderation/campaigns/{id}/decision"]!.post!.requestBody.content["application/json"]!.schema.properties.action!.enum.sort()).toEqual(["publish", "reject", "request_changes"]);
  });
});
