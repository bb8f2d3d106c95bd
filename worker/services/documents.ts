import { randomToken, sha256Hex } from "../auth/crypto";
import type { AttachmentInput } from "../db/attachments";
import { CONTENT_TYPES, EXTENSIONS, type DocumentKind } from "../intake/sniff";

/**
 * The original document between "fill from a document" and the submission. The form cannot
 * carry a file back without JavaScript, so the upload is held in R2 under `pending/<token>`
 * (the token is 256 random bits, made by the server) with its owner and expiry in the object's
 * metadata. Nothing reaches the database until the submission is posted; then the bytes are
 * copied to `documents/<uuid>` and attached in the submission's own batch. Pending objects expire
 * after a day (an R2 lifecycle rule on `pending/` deletes leftovers; docs/intake.md).
 */
export const PENDING_HOURS = 24;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type Held = { token: string; filename: string; kind: DocumentKind; size: number };

/** A file name safe to store and show: ASCII letters, digits, dot, dash and underscore, with the extension of what the bytes are. */
export function safeFilename(name: string, kind: DocumentKind): string {
  const base = name
    .normalize("NFKD")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return `${base || "statement"}.${EXTENSIONS[kind]}`;
}

export async function holdDocument(bucket: R2Bucket, ownerId: number, bytes: Uint8Array, kind: DocumentKind, originalName: string, now: Date): Promise<Held> {
  const token = randomToken();
  const filename = safeFilename(originalName, kind);
  await bucket.put(`pending/${token}`, bytes, {
    httpMetadata: { contentType: CONTENT_TYPES[kind] },
    customMetadata: { owner: String(ownerId), kind, filename, sha256: await sha256Hex(bytes), expiresAt: new Date(now.getTime() + PENDING_HOURS * 3_600_000).toISOString() },
  });
  return { token, filename, kind, size: bytes.byteLength };
}

/** Reads what the token holds if it belongs to `ownerId` and has not expired; null otherwise. */
export async function claimHeld(bucket: R2Bucket, ownerId: number, token: string, now: Date): Promise<{ bytes: Uint8Array; attachment: Omit<AttachmentInput, "r2Key"> } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const object = await bucket.get(`pending/${token}`);
  if (!object) return null;
  const meta = object.customMetadata ?? {};
  const kind = meta.kind as DocumentKind | undefined;
  if (meta.owner !== String(ownerId) || !meta.expiresAt || Date.parse(meta.expiresAt) < now.getTime() || !kind || !(kind in CONTENT_TYPES)) {
    await object.body.cancel();
    return null;
  }
  const bytes = new Uint8Array(await object.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== meta.sha256) return null;
  return { bytes, attachment: { contentType: CONTENT_TYPES[kind], size: bytes.byteLength, sha256, filename: meta.filename || `statement.${EXTENSIONS[kind]}` } };
}

/** Copies held bytes to their permanent key; the caller attaches it in the submission batch. */
export async function storeDocument(bucket: R2Bucket, bytes: Uint8Array, attachment: Omit<AttachmentInput, "r2Key">): Promise<AttachmentInput> {
  const r2Key = `documents/${crypto.randomUUID()}`;
  await bucket.put(r2Key, bytes, { httpMetadata: { contentType: attachment.contentType }, sha256: attachment.sha256 });
  return { ...attachment, r2Key };
}

export const pendingKey = (token: string) => `pending/${token}`;

/** The response that serves a stored document: always a download, never rendered inline. */
export function documentResponse(object: R2ObjectBody, contentType: string, filename: string, cache: string): Response {
  return new Response(object.body, {
    headers: {
      "content-type": contentType,
      "content-length": String(object.size),
      "content-disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "cache-control": cache,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox; frame-ancestors 'none'",
    },
  });
}
