import { base64url } from "../auth/crypto";
import { keyedError } from "./errors";
import { fieldError } from "../i18n/messages";

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return base64url(new TextEncoder().encode(JSON.stringify(key)));
}

export function decodeCursor(cursor: string, shape: readonly ("string" | "number")[]): (string | number)[] {
  try {
    const padded = cursor.replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(padded), (ch) => ch.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
    if (Array.isArray(value) && value.length === shape.length && value.every((v, i) => typeof v === shape[i])) {
      return value as (string | number)[];
    }
  } catch {
    // fall through to the 400 below
  }
  throw keyedError("bad-request", "err.cursor.malformed", {}, { errors: [fieldError("cursor", "err.cursor.invalid")] });
}
