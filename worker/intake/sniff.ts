/** What an upload is, decided from its bytes: never from its name or declared type. */
export type DocumentKind = "pdf" | "docx" | "text";

export const CONTENT_TYPES: Record<DocumentKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  text: "text/plain",
};

export const EXTENSIONS: Record<DocumentKind, string> = { pdf: "pdf", docx: "docx", text: "txt" };

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** `%PDF-` may follow a little junk (some producers prepend a few bytes); readers accept it within 1 KiB. */
function pdfHeaderAt(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return i;
  }
  return -1;
}

/** A ZIP whose central directory names `word/document.xml` is a DOCX; other ZIPs (xlsx, odt, jar…) are not. */
function namesWordDocument(bytes: Uint8Array): boolean {
  const needle = new TextEncoder().encode("word/document.xml");
  const from = Math.max(0, bytes.length - 4 * 1024 * 1024);
  outer: for (let i = bytes.length - needle.length; i >= from; i--) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Plain text: UTF-8 (with or without BOM) or UTF-16 with a BOM, without NUL bytes or other
 * control characters than tab, line feed, form feed and carriage return.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    else text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return null;
  return text;
}

/** The kind of document, or null when it is none we read (→ 415). */
export function sniff(bytes: Uint8Array): DocumentKind | null {
  if (bytes.length === 0) return null;
  if (pdfHeaderAt(bytes) >= 0) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return namesWordDocument(bytes) ? "docx" : null;
  return decodeText(bytes) === null ? null : "text";
}
