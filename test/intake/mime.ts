import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../worker/index";

/** Real RFC 5322 messages built in the test, and the Worker's `email()` handler called as Email Routing would. */

export type MimeAttachment = { filename: string; type: string; bytes: Uint8Array; encoding?: "base64" | "8bit"; inline?: boolean };
export type MimeInput = {
  from: string;
  to?: string;
  subject?: string;
  headers?: Record<string, string>;
  text?: string;
  html?: string;
  attachments?: MimeAttachment[];
};

function base64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3 * 1024) {
    let s = "";
    for (const b of bytes.subarray(i, i + 3 * 1024)) s += String.fromCharCode(b);
    out += btoa(s);
  }
  return out.replace(/.{1,76}/g, "$&\r\n");
}

/** An RFC 2047 encoded word for non-ASCII header values. */
const header = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(value)))}?=`);

export function mimeMessage(m: MimeInput): string {
  const boundary = `b-${crypto.randomUUID()}`;
  const lines = [
    `From: ${m.from}`,
    `To: ${m.to ?? env.INTAKE_ADDRESS}`,
    `Subject: ${header(m.subject ?? "Our statement")}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${crypto.randomUUID()}@sender.example>`,
    "MIME-Version: 1.0",
    ...Object.entries(m.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  const body = (type: string, content: string) => [`Content-Type: ${type}; charset=utf-8`, "Content-Transfer-Encoding: base64", "", base64(new TextEncoder().encode(content))].join("\r\n");
  const parts: string[] = [];
  if (m.text !== undefined) parts.push(body("text/plain", m.text));
  if (m.html !== undefined) parts.push(body("text/html", m.html));
  for (const a of m.attachments ?? []) {
    const encoding = a.encoding ?? "base64";
    const content = encoding === "base64" ? base64(a.bytes) : new TextDecoder().decode(a.bytes);
    parts.push(
      [`Content-Type: ${a.type}; name="${a.filename}"`, `Content-Disposition: ${a.inline ? "inline" : "attachment"}; filename="${a.filename}"`, `Content-Transfer-Encoding: ${encoding}`, "", content].join("\r\n"),
    );
  }
  if (parts.length === 1 && !m.attachments?.length) return [...lines, parts[0]].join("\r\n");
  return [...lines, `Content-Type: multipart/mixed; boundary="${boundary}"`, "", ...parts.map((p) => `--${boundary}\r\n${p}`), `--${boundary}--`, ""].join("\r\n");
}

/** Headers of a raw message, as Email Routing hands them to the Worker. */
function headersOf(raw: string): Headers {
  const head = raw.slice(0, raw.search(/\r\n\r\n|$/)).replace(/\r\n[ \t]+/g, " ");
  const headers = new Headers();
  for (const line of head.split("\r\n")) {
    const at = line.indexOf(":");
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

export type Delivered = { rejected: string | null };

/**
 * Calls the Worker's `email()` with a ForwardableEmailMessage built from `raw` (envelope `from` and
 * `to`), as Email Routing would; `overrides` replace bindings (a rate limiter that says no). `rawSize`
 * may be given for a message too large to build in the test: its stream then yields that many bytes.
 */
export async function deliver(raw: string, envelope: { from: string; to?: string; rawSize?: number }, overrides: Partial<Env> = {}): Promise<Delivered> {
  const bytes = new TextEncoder().encode(raw);
  const size = envelope.rawSize ?? bytes.byteLength;
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (envelope.rawSize === undefined) {
        controller.enqueue(bytes);
        return controller.close();
      }
      const chunk = new Uint8Array(Math.min(1024 * 1024, size - sent)).fill(0x61);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
      if (sent >= size) controller.close();
    },
  });
  const result: Delivered = { rejected: null };
  const message: ForwardableEmailMessage = {
    from: envelope.from,
    to: envelope.to ?? env.INTAKE_ADDRESS,
    raw: stream,
    headers: headersOf(raw),
    rawSize: size,
    setReject: (reason: string) => void (result.rejected = reason),
    forward: async () => {
      throw new Error("the intake never forwards");
    },
    reply: async () => {
      throw new Error("the intake replies through the outbox");
    },
  };
  const ctx = createExecutionContext();
  await worker.email(message, { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return result;
}
