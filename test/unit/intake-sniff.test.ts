import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { decodeText, sniff } from "../../worker/intake/sniff";
import { listEntries, readEntry } from "../../worker/intake/zip";
import { UnreadableDocument } from "../../worker/intake/unreadable";

describe("sniff", () => {
  it("decides the type by magic bytes", () => {
    expect(sniff(strToU8("%PDF-1.7\n%âãÏÓ"))).toBe("pdf");
    expect(sniff(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8("junk")]))).toBe("text");
    expect(sniff(zipSync({ "word/document.xml": strToU8("<w:document/>") }))).toBe("docx");
    expect(sniff(zipSync({ "content.xml": strToU8("<office/>") }))).toBeNull();
    expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniff(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0]))).toBeNull();
    expect(sniff(new Uint8Array(0))).toBeNull();
  });

  it("accepts UTF-8 and UTF-16 text, and refuses binary or invalid UTF-8", () => {
    expect(decodeText(strToU8("Déclaration – 1er juillet"))).toBe("Déclaration – 1er juillet");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toBe("AB");
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
    expect(decodeText(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(decodeText(strToU8("page one\fpage two\r\n"))).toBe("page one\fpage two\r\n");
  });
});

describe("zip reader", () => {
  it("reads an entry and stops inflating at the limit, whatever size the archive declares", () => {
    const zip = zipSync({ "a.xml": strToU8("x".repeat(10_000)) });
    const [entry] = listEntries(zip, 10);
    expect(new TextDecoder().decode(readEntry(zip, entry!, 20_000))).toBe("x".repeat(10_000));
    expect(() => readEntry(zip, { ...entry!, size: 10 }, 5_000)).toThrow(UnreadableDocument);
  });

  it("refuses truncated and encrypted archives", () => {
    const zip = zipSync({ "a.xml": strToU8("hello") });
    expect(() => listEntries(zip.slice(0, zip.length - 30), 10)).toThrow(/damaged/);
    const [entry] = listEntries(zip, 10);
    expect(() => readEntry(zip, { ...entry!, flags: 1 }, 100)).toThrow(/password/);
  });
});
