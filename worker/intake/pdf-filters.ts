import { Unzlib } from "fflate";

/**
 * The PDF stream filters the budget pre-scan (`pdf-budget.ts`) decodes to count their output:
 * FlateDecode, ASCIIHex, ASCII85, RunLength and LZW, each as a streaming stage that emits its
 * output in bounded chunks and keeps nothing, so the scan can stop as soon as a bound is passed.
 */

export type Emit = (chunk: Uint8Array) => void;
export type Stage = { push(chunk: Uint8Array, final: boolean): void };

/** Collects a decoder's output in 64 KiB blocks, so a bound is checked at least every 64 KiB. */
class Out {
  private buf = new Uint8Array(64 * 1024);
  private n = 0;
  private readonly emit: Emit;
  constructor(emit: Emit) {
    this.emit = emit;
  }
  byte(b: number): void {
    this.buf[this.n++] = b;
    if (this.n === this.buf.length) this.flush();
  }
  flush(): void {
    if (this.n === 0) return;
    // The next stage may keep a reference (fflate does): hand it its own copy.
    this.emit(this.buf.slice(0, this.n));
    this.n = 0;
  }
}

/** FlateDecode (zlib, as pdf.js reads it), fed 4 KiB at a time so each step's output stays small (DEFLATE expands ~1000× at most). */
export function flate(emit: Emit): Stage {
  const unzlib = new Unzlib((data) => emit(data));
  return {
    push(chunk, final) {
      const STEP = 4096;
      if (chunk.length === 0) return unzlib.push(chunk, final);
      for (let i = 0; i < chunk.length; i += STEP) unzlib.push(chunk.subarray(i, Math.min(i + STEP, chunk.length)), final && i + STEP >= chunk.length);
    },
  };
}

export function asciiHex(emit: Emit): Stage {
  const out = new Out(emit);
  let high = -1;
  let done = false;
  return {
    push(chunk, final) {
      for (let i = 0; i < chunk.length && !done; i++) {
        const c = chunk[i]!;
        if (c === 0x3e) done = true;
        const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
        if (v < 0) continue;
        if (high < 0) high = v;
        else (out.byte((high << 4) | v), (high = -1));
      }
      if (final || done) {
        if (high >= 0) out.byte(high << 4);
        high = -1;
      }
      out.flush();
    },
  };
}

export function ascii85(emit: Emit): Stage {
  const out = new Out(emit);
  const group: number[] = [];
  let done = false;
  const flushGroup = () => {
    if (group.length < 2) return void (group.length = 0);
    const n = group.length;
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const d of group) v = v * 85 + d;
    for (let k = 0; k < n - 1; k++) out.byte((v >>> (24 - 8 * k)) & 0xff);
    group.length = 0;
  };
  return {
    push(chunk, final) {
      for (let i = 0; i < chunk.length && !done; i++) {
        const c = chunk[i]!;
        if (c === 0x7e) done = true;
        else if (c === 0x7a && group.length === 0) for (let k = 0; k < 4; k++) out.byte(0);
        else if (c >= 0x21 && c <= 0x75) {
          group.push(c - 0x21);
          if (group.length === 5) flushGroup();
        }
      }
      if (final || done) flushGroup();
      out.flush();
    },
  };
}

export function runLength(emit: Emit): Stage {
  const out = new Out(emit);
  let op = -1; // the pending length byte
  let literal = 0; // literal bytes still to copy
  let done = false;
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && !done; i++) {
        const b = chunk[i]!;
        if (literal > 0) {
          out.byte(b);
          literal--;
        } else if (op < 0) {
          if (b === 128) done = true;
          else if (b < 128) literal = b + 1;
          else op = b;
        } else {
          for (let k = 0; k < 257 - op; k++) out.byte(b);
          op = -1;
        }
      }
      out.flush();
    },
  };
}

/**
 * LZWDecode, step for step as pdf.js's LZWStream (so the count matches what it would produce): 9–12-bit
 * codes, most significant bit first, 256 clears, 257 ends; an undefined code repeats the current
 * sequence's first byte and goes on (pdf.js does not stop there).
 */
export function lzw(emit: Emit, earlyChange: number): Stage {
  const out = new Out(emit);
  const values = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const prevCodes = new Uint16Array(4096);
  const sequence = new Uint8Array(4096);
  for (let i = 0; i < 256; i++) (values[i] = i), (lengths[i] = 1);
  let next = 258;
  let codeLength = 9;
  let prevCode = 0;
  let seqLength = 0;
  let bits = 0;
  let bitCount = 0;
  let done = false;
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && !done; i++) {
        bits = ((bits << 8) | chunk[i]!) & 0xffffff;
        bitCount += 8;
        while (bitCount >= codeLength && !done) {
          bitCount -= codeLength;
          const code = (bits >>> bitCount) & ((1 << codeLength) - 1);
          const hasPrev = seqLength > 0;
          if (code < 256) (sequence[0] = code), (seqLength = 1);
          else if (code >= 258) {
            if (code < next) {
              seqLength = lengths[code]!;
              for (let n = seqLength - 1, c = code; n >= 0; n--) (sequence[n] = values[c]!), (c = prevCodes[c]!);
            } else sequence[seqLength++] = sequence[0]!;
          } else if (code === 256) {
            (codeLength = 9), (next = 258), (seqLength = 0);
            continue;
          } else {
            done = true;
            break;
          }
          if (hasPrev) {
            prevCodes[next] = prevCode;
            lengths[next] = lengths[prevCode]! + 1;
            values[next] = sequence[0]!;
            next++;
            const k = next + earlyChange;
            if ((k & (k - 1)) === 0) codeLength = Math.min(Math.log2(k) + 1, 12) | 0;
          }
          prevCode = code;
          for (let n = 0; n < seqLength; n++) out.byte(sequence[n] ?? 0);
        }
      }
      out.flush();
    },
  };
}
