import { Inflate } from "fflate";
import { UnreadableDocument } from "./unreadable.ts";

/** A minimal ZIP reader: the central directory, then one entry at a time, inflated with a hard output limit (zip bombs stop there). */
export type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; size: number; localOffset: number };

const damaged = () => new UnreadableDocument("damaged", "err.document.zipDamaged");

function u16(b: Uint8Array, i: number): number {
  if (i + 2 > b.length) throw damaged();
  return b[i]! | (b[i + 1]! << 8);
}
function u32(b: Uint8Array, i: number): number {
  if (i + 4 > b.length) throw damaged();
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

export function listEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count > maxEntries) throw new UnreadableDocument("too-complex", "err.document.tooManyParts");
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== 0x02014b50) throw damaged();
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The entry's bytes; stops (422) as soon as the inflated output would pass `limit`, whatever size the archive declares. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.flags & 1) throw new UnreadableDocument("encrypted", "err.document.encrypted");
  const local = entry.localOffset;
  if (u32(bytes, local) !== 0x04034b50) throw damaged();
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged();
  const data = bytes.subarray(start, end);
  const tooBig = () => new UnreadableDocument("too-complex", "err.document.tooLarge");
  if (entry.method === 0) {
    if (data.length > limit) throw tooBig();
    return data;
  }
  if (entry.method !== 8) throw new UnreadableDocument("damaged", "err.document.compression");
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw tooBig();
    chunks.push(chunk);
  });
  try {
    // Small input steps bound the output of each step (DEFLATE expands at most ~1000×).
    const STEP = 4096;
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof UnreadableDocument) throw err;
    throw damaged();
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
