import { beforeAll, describe, expect, it } from "vitest";
import { call, mailbox, OPEN_SEGMENT, seed, signIn, signInModerator, uniqueEmail } from "../helpers";
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
