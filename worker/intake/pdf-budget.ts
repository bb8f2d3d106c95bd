import { ascii85, asciiHex, flate, lzw, runLength, type Emit, type Stage } from "./pdf-filters.ts";
import { LIMITS, UnreadableDocument } from "./unreadable.ts";

/**
 * A pre-scan of a PDF's bytes before pdf.js sees them: how much its streams decompress to, and how
 * many streams and objects it declares. pdf.js keeps no such budget, so a small hostile file (a
 * FlateDecode content stream that inflates to gigabytes, filters chained to multiply, millions of
 * objects) would run the request into the Workers CPU or memory limit. Here the same streams are
 * decoded and only counted (nothing is kept, memory stays at a few 64 KiB buffers), each decoder
 * stopping as soon as a bound is passed; the file is then refused with a 422 (`too-complex`).
 *
 * The scan is deliberately generous and over-counts rather than under-counts: it decodes every
 * stream, also those pdf.js would never read for text (images), and it never refuses a file for
 * being malformed: a stream it cannot decode counts for what it produced before the error, and
 * pdf.js then decides whether the file can be read.
 */

/** What the scan found: exported for the tests and for measuring. */
export type PdfBudget = { streams: number; objects: number; inflatedBytes: number; largestStream: number };

const tooLarge = () => new UnreadableDocument("too-complex", "err.document.pdfExpands");
const tooManyParts = () => new UnreadableDocument("too-complex", "err.document.pdfTooManyParts");

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const STREAM = ascii("stream");
const ENDSTREAM = ascii("endstream");
const OBJ = ascii("obj");

const isWhite = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
// PDF delimiters: ( ) < > [ ] { } / %
const isDelimiter = (b: number | undefined) => b === 0x28 || b === 0x29 || b === 0x3c || b === 0x3e || b === 0x5b || b === 0x5d || b === 0x7b || b === 0x7d || b === 0x2f || b === 0x25;
const isBoundary = (b: number | undefined) => b === undefined || isWhite(b) || isDelimiter(b);

function matchesAt(bytes: Uint8Array, needle: Uint8Array, at: number): boolean {
  if (at < 0 || at + needle.length > bytes.length) return false;
  for (let j = 0; j < needle.length; j++) if (bytes[at + j] !== needle[j]) return false;
  return true;
}

/** The next position of `needle` at or after `from`, or -1; the first byte is found natively. */
function find(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) if (matchesAt(bytes, needle, i)) return i;
  return -1;
}

/** The last position of `needle` that starts before `before` and not before `floor`, or -1. */
function findBack(bytes: Uint8Array, needle: Uint8Array, before: number, floor: number): number {
  const first = needle[0]!;
  for (let i = bytes.lastIndexOf(first, before - 1); i >= floor; i = i > 0 ? bytes.lastIndexOf(first, i - 1) : -1) if (matchesAt(bytes, needle, i)) return i;
  return -1;
}

const latin1 = (bytes: Uint8Array) => {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
};

/** A stream dictionary as text, with `#xx` escapes in names undone (`/Fl#61teDecode` is `/FlateDecode` to pdf.js). */
const dictText = (bytes: Uint8Array) => latin1(bytes).replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const NAME = "[^\\s/\\[\\]<>(){}%]+";
const intOf = (dict: string, key: string): number | null => {
  // A whole number, not the first digits of one, and not an indirect reference (`12 0 R`).
  const m = new RegExp(`/${key}\\s+(\\d+)(?![\\d.])(?!\\s+\\d+\\s+R)`).exec(dict);
  return m ? Number(m[1]) : null;
};
const nameOf = (dict: string, key: string): string | null => new RegExp(`/${key}\\s*/(${NAME})`).exec(dict)?.[1] ?? null;

/** The filters in order; an indirect or unreadable /Filter counts as FlateDecode, the common case. */
function filtersOf(dict: string): string[] {
  const m = new RegExp(`/Filter\\s*(\\[[^\\]]*\\]|/${NAME}|\\d+\\s+\\d+\\s+R)`).exec(dict);
  if (!m) return [];
  const value = m[1]!;
  if (/^\d/.test(value)) return ["FlateDecode"];
  return [...value.matchAll(new RegExp(`/(${NAME})`, "g"))].map((n) => n[1]!);
}

const EMPTY = new Uint8Array(0);

/**
 * The decoders for `filters` in order, each one's output counted by `spend` (work done) and the
 * last one's by `sink` (the stream's size). A filter that is not measured (an image codec: DCT,
 * JPX, JBIG2, CCITT; or Crypt) ends the chain: its input goes to `sink` as it is.
 */
function chain(filters: string[], dict: string, spend: (n: number) => void, sink: Emit): Stage {
  let stage: Stage = { push: (chunk) => sink(chunk) };
  for (let k = filters.length - 1; k >= 0; k--) {
    const next = stage;
    const into: Emit = (chunk) => {
      spend(chunk.length);
      next.push(chunk, false);
    };
    const name = filters[k]!;
    let decoder: Stage;
    if (name === "FlateDecode" || name === "Fl") decoder = flate(into);
    else if (name === "ASCIIHexDecode" || name === "AHx") decoder = asciiHex(into);
    else if (name === "ASCII85Decode" || name === "A85") decoder = ascii85(into);
    else if (name === "RunLengthDecode" || name === "RL") decoder = runLength(into);
    else if (name === "LZWDecode" || name === "LZW") decoder = lzw(into, intOf(dict, "EarlyChange") === 0 ? 0 : 1);
    else {
      stage = { push: (chunk) => sink(chunk) };
      continue;
    }
    stage = {
      push(chunk, final) {
        decoder.push(chunk, final);
        if (final) next.push(EMPTY, true);
      },
    };
  }
  return stage;
}

/**
 * Refuses (422, `too-complex`) a PDF whose streams decompress past `LIMITS.maxPdfInflatedBytes`
 * in all or `LIMITS.maxPdfStreamBytes` in one, or that has more than `LIMITS.maxPdfStreams`
 * streams or declares more than `LIMITS.maxPdfObjects` objects. Returns what it counted.
 */
export function checkPdfBudget(bytes: Uint8Array): PdfBudget {
  const budget: PdfBudget = { streams: 0, objects: 0, inflatedBytes: 0, largestStream: 0 };
  let xrefEntries = 0;
  const skipped: [number, number][] = [];
  let at = 0;
  for (;;) {
    const keyword = find(bytes, STREAM, at);
    if (keyword < 0) break;
    at = keyword + STREAM.length;
    // `endstream`, or `stream` inside a longer word, is not a stream's start.
    if (matchesAt(bytes, ENDSTREAM, keyword - 3) || !isBoundary(bytes[keyword - 1]) || !isBoundary(bytes[at])) continue;
    if (++budget.streams > LIMITS.maxPdfStreams) throw tooManyParts();
    // pdf.js starts the data after the end of the keyword's line.
    let start = at;
    while (start < bytes.length && bytes[start] !== 0x0a && bytes[start] !== 0x0d) start++;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    // The dictionary: from the object's `obj` (within 64 KiB) to the keyword.
    const header = findBack(bytes, OBJ, keyword, Math.max(0, keyword - 64 * 1024));
    const dict = dictText(bytes.subarray(header >= 0 ? header + OBJ.length : Math.max(0, keyword - 4096), keyword));
    // The data ends at /Length when `endstream` follows it (as pdf.js checks), else at the next `endstream`.
    const declared = intOf(dict, "Length");
    let end = -1;
    if (declared !== null && start + declared <= bytes.length) {
      let e = start + declared;
      while (isWhite(bytes[e])) e++;
      if (matchesAt(bytes, ENDSTREAM, e)) end = start + declared;
    }
    if (end < 0) {
      const e = find(bytes, ENDSTREAM, start);
      end = e < 0 ? bytes.length : e;
    }
    at = Math.max(at, end);
    skipped.push([start, end]);

    const type = nameOf(dict, "Type");
    if (type === "ObjStm") budget.objects += intOf(dict, "N") ?? 0;
    if (type === "XRef") {
      const index = /\/Index\s*\[([^\]]*)\]/.exec(dict)?.[1];
      const numbers = index ? index.trim().split(/\s+/).map(Number) : [0, intOf(dict, "Size") ?? 0];
      for (let k = 1; k < numbers.length; k += 2) xrefEntries += Number.isFinite(numbers[k]) ? numbers[k]! : 0;
    }
    if (budget.objects > LIMITS.maxPdfObjects || xrefEntries > LIMITS.maxPdfObjects * 4) throw tooManyParts();

    const filters = filtersOf(dict);
    if (filters.length === 0) continue;
    let streamBytes = 0;
    const decoders = chain(
      filters,
      dict,
      (n) => {
        budget.inflatedBytes += n;
        if (budget.inflatedBytes > LIMITS.maxPdfInflatedBytes) throw tooLarge();
      },
      (chunk) => {
        streamBytes += chunk.length;
        if (streamBytes > LIMITS.maxPdfStreamBytes) throw tooLarge();
      },
    );
    try {
      decoders.push(bytes.subarray(start, end), true);
    } catch (err) {
      // A stream the scan cannot decode is pdf.js's to judge; only a passed bound refuses the file.
      if (err instanceof UnreadableDocument) throw err;
    }
    budget.largestStream = Math.max(budget.largestStream, streamBytes);
  }

  // Indirect objects defined at top level (`12 0 obj`), outside stream data.
  let region = 0;
  for (let i = find(bytes, OBJ, 0); i >= 0; i = find(bytes, OBJ, i + OBJ.length)) {
    while (region < skipped.length && skipped[region]![1] <= i) region++;
    if (region < skipped.length && skipped[region]![0] <= i) continue;
    if (!isBoundary(bytes[i + OBJ.length])) continue;
    let k = i - 1;
    while (isWhite(bytes[k])) k--;
    if (!isDigit(bytes[k])) continue;
    if (++budget.objects > LIMITS.maxPdfObjects) throw tooManyParts();
  }
  return budget;
}
