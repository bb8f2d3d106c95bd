// A statement emailed as a PDF, end to end through `wrangler dev`'s local Email Routing endpoint
// (POST /cdn-cgi/local/email with the raw message): the Worker's email() handler stores the draft,
// the reply appears in /dev/mailbox, and its link signs in and leads to the draft, which is submitted.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { makePdf } from "../intake/builders.ts";
import { startServer } from "./harness.mjs";

const PORT = Number(process.env.EMAIL_TEST_PORT || 8871);
const INTAKE = "statements@localhost";

/** A multipart message with a text part and one base64 attachment, CRLF line ends. */
function mime({ from, subject, text, attachment }) {
  const boundary = `b-${crypto.randomUUID()}`;
  const b64 = Buffer.from(attachment.bytes).toString("base64").replace(/.{1,76}/g, "$&\r\n");
  return [
    `From: ${from}`,
    `To: ${INTAKE}`,
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${crypto.randomUUID()}@ngo.example>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    `--${boundary}`,
    `Content-Type: application/pdf; name="${attachment.filename}"`,
    `Content-Disposition: attachment; filename="${attachment.filename}"`,
    "Content-Transfer-Encoding: base64",
    "",
    b64,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

const PROPOSALS = [
  "States should establish national referral mechanisms for victims of trafficking in persons.",
  "States should train labour inspectors and border officials to identify victims among migrants.",
];

describe("submitting by email through wrangler dev", () => {
  let server;
  before(async () => {
    server = await startServer(PORT);
  });
  after(async () => {
    await server?.stop();
  });

  async function sendMail(from, raw) {
    const res = await fetch(`${server.origin}/cdn-cgi/local/email?from=${encodeURIComponent(from)}&to=${encodeURIComponent(INTAKE)}`, { method: "POST", body: raw });
    return { status: res.status, body: await res.text() };
  }
  const mailbox = async (to) => (await (await fetch(`${server.origin}/dev/mailbox?to=${encodeURIComponent(to)}`)).json()).messages;

  it("an NGO emails its PDF, signs in from the reply and submits the draft", async () => {
    const sender = `ngo-${Date.now()}@example.net`;
    const pdf = await makePdf(
      [["Statement by the Freedom Network Example to the constructive dialogue on trafficking in persons", "We submit the following proposals:", `1. ${PROPOSALS[0]}`, `2. ${PROPOSALS[1]}`, "Thank you."]],
      ["FREEDOM NETWORK EXAMPLE", "Nairobi, Kenya"],
    );
    const delivered = await sendMail(sender, mime({ from: sender, subject: "[demo-open-segment] Our statement", text: "Please find our statement attached.", attachment: { filename: "statement.pdf", bytes: pdf } }));
    assert.equal(delivered.status, 200, delivered.body);

    const [reply] = await mailbox(sender);
    assert.ok(reply, "a reply in the development mailbox");
    const reference = /^Draft saved: (CD-[0-9A-Z]{4}-[0-9A-Z]{4})$/.exec(reply.subject)?.[1];
    assert.ok(reference, reply.subject);
    assert.equal(reply.headers["Auto-Submitted"], "auto-replied");
    for (const p of PROPOSALS) assert.ok(reply.text.includes(p), p);
    const link = reply.links.find((l) => l.includes("/auth/verify?token="));
    assert.equal(new URL(link).searchParams.get("next"), `/my/submissions/${reference}/submit`);

    // The link's page shows a Continue button (a GET never signs in); posting it signs in and leads to the draft.
    const page = await fetch(link);
    assert.equal(page.status, 200);
    const url = new URL(link);
    const verified = await fetch(`${server.origin}/auth/verify`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.origin },
      body: new URLSearchParams({ token: url.searchParams.get("token"), next: url.searchParams.get("next") }).toString(),
    });
    assert.equal(verified.status, 303);
    assert.equal(verified.headers.get("location"), `/my/submissions/${reference}/submit`);
    const cookie = verified.headers.get("set-cookie").split(";")[0];

    // The link lands on the draft's "Check and submit" page, with what was read.
    const check = await fetch(`${server.origin}${verified.headers.get("location")}`, { headers: { cookie } });
    assert.equal(check.status, 200);
    assert.ok((await check.text()).includes(PROPOSALS[0]));
    // My submissions lists it among the drafts, with "Check and submit".
    const list = await (await fetch(`${server.origin}/my/submissions`, { headers: { cookie } })).text();
    assert.ok(list.includes(reference) && list.includes("Check and submit"));

    const api = (path, init = {}) => fetch(`${server.origin}/api/v1/submissions/${reference}${path}`, { ...init, headers: { cookie, "content-type": "application/json" } });
    const draft = await (await api("")).json();
    assert.equal(draft.status, "draft");
    assert.deepEqual(
      draft.proposals.map((p) => p.text),
      PROPOSALS,
    );
    assert.equal(draft.segment?.slug, "demo-open-segment");
    // The owner completes what the document did not say, and submits.
    const patched = await api("", { method: "PATCH", body: JSON.stringify({ version: draft.version, organization: { ...draft.organization, type: "ngo" }, speaker: { name: "Amina Otieno" }, title: "Our proposals" }) });
    assert.equal(patched.status, 200, await patched.clone().text());
    const submitted = await api("/submit", { method: "POST", body: JSON.stringify({ version: (await patched.json()).version }) });
    assert.equal(submitted.status, 200, await submitted.clone().text());
    assert.equal((await submitted.json()).status, "submitted");
  });

  it("answers a message with too many attachments, and not an auto-reply", async () => {
    const sender = `ngo-${Date.now()}-b@example.net`;
    const base = mime({ from: sender, subject: "x", text: "x", attachment: { filename: "a.pdf", bytes: new Uint8Array([1]) } });
    const boundary = /boundary="([^"]+)"/.exec(base)[1];
    const extra = Array.from({ length: 5 }, (_, i) => `--${boundary}\r\nContent-Type: text/plain; name="n${i}.txt"\r\nContent-Disposition: attachment; filename="n${i}.txt"\r\n\r\nnote ${i}\r\n`).join("");
    const raw = base.replace(`--${boundary}--`, `${extra}--${boundary}--`);
    assert.equal((await sendMail(sender, raw)).status, 200);
    const [reply] = await mailbox(sender);
    assert.match(reply.text, /more than 5 attachments/);

    const robot = `robot-${Date.now()}@example.net`;
    const auto = mime({ from: robot, subject: "Out of office", text: "I am away until Monday and will answer your message when I am back in the office.", attachment: { filename: "a.pdf", bytes: new Uint8Array([1]) } }).replace(
      "MIME-Version: 1.0",
      "MIME-Version: 1.0\r\nAuto-Submitted: auto-replied",
    );
    assert.equal((await sendMail(robot, auto)).status, 200);
    assert.deepEqual(await mailbox(robot), []);
  });
});
