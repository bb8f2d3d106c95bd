import { describe, expect, it } from "vitest";
import cgr from "../fixtures/cgr-2022-tip-statement.txt?raw";
import { bandKeys, DUPLICATE_THRESHOLD, jaccard, MINHASH_SIZE, minhash, shingles, similarity } from "../../worker/domain/flags";
import { detectPii, findEmails } from "../../worker/domain/pii";

describe("detectPii", () => {
  it("finds the phone numbers and street addresses of the CGR letterhead", () => {
    const found = detectPii(cgr);
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "address", value: "#38-W, Khalid Plaza, 1st Floor, Jinnah Avenue, Blue Area, Islamabad" },
        { kind: "address", value: "22, Tipu Block, New Garden Town, Lahore" },
        { kind: "phone", value: "051-2870852" },
        { kind: "phone", value: "2870853" },
        { kind: "phone", value: "042-35831352" },
      ]),
    );
    // The letterhead repeats at each page break; each value is reported once.
    expect(found.length).toBe(5);
  });

  it("finds nothing in the statement's prose, dates or year ranges", () => {
    const prose = "On 01 July 2022, during the 4th segment (2019-2022), 1,250,000 victims were counted; resolution 55/25 of 2000-11-15 applies.";
    expect(detectPii(prose)).toEqual([]);
  });

  it("finds email addresses and international phone numbers in running text", () => {
    const text = "Write to info@cgr.example.org or call +41 22 917 12 34. Office: 1600 Pennsylvania Avenue, Washington.";
    expect(detectPii(text)).toEqual([
      { kind: "email", value: "info@cgr.example.org" },
      { kind: "address", value: "1600 Pennsylvania Avenue" },
      { kind: "phone", value: "+41 22 917 12 34" },
    ]);
  });

  it("reads a one-line letterhead part by part, and a postal box number is not a phone", () => {
    const found = detectPii("P.O. Box 45120-00100, Nairobi, Kenya | Tel: +254 20 765 4321 | info@sawk.example.org");
    expect(found).toEqual([
      { kind: "email", value: "info@sawk.example.org" },
      { kind: "address", value: "P.O. Box 45120-00100, Nairobi, Kenya" },
      { kind: "phone", value: "+254 20 765 4321" },
    ]);
  });

  it("does not report an email's digits as a phone number", () => {
    expect(detectPii("contact 0123456789@example.org")).toEqual([{ kind: "email", value: "0123456789@example.org" }]);
  });
});

// Each of these lines once took minutes (a pattern retried from every character of a 200,000-character
// run); the scan is now linear, so they finish well inside the test's default timeout. The assertions
// are about the results, which must stay exact on such inputs.
describe("detectPii on pathological 200,000-character lines", () => {
  const tail = " write to info@example.org or call +41 22 917 12 34";
  it.each([
    ["digits", "1".repeat(200_000)],
    ["letters", "a".repeat(200_000)],
    ["dots between letters", "a.".repeat(100_000)],
    ["hyphenated digits", "1-".repeat(100_000)],
    ["at signs", "a@".repeat(100_000)],
  ])("still finds exactly the email and phone after a line of %s", (_name, run) => {
    const found = detectPii(run + tail);
    expect(found.filter((f) => f.kind === "email")).toEqual([{ kind: "email", value: "info@example.org" }]);
    expect(found).toContainEqual({ kind: "phone", value: "+41 22 917 12 34" });
  });

  it("finds every one of 20,000 distinct addresses in one line", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `u${i}@example.org`).join(" ");
    const emails = findEmails(text);
    expect(emails).toHaveLength(20_000);
    expect(emails.at(-1)).toEqual({ index: text.lastIndexOf("u19999@"), value: "u19999@example.org" });
    expect(detectPii(text).filter((f) => f.kind === "phone")).toEqual([]);
  });

  it("reads an address no longer than RFC 5321 allows before the @", () => {
    const [found] = findEmails(`${"x".repeat(100)}@example.org`);
    expect(found!.value).toBe(`${"x".repeat(64)}@example.org`);
  });
});

describe("near-duplicate detection", () => {
  const base =
    "We call on Member States to establish national referral mechanisms for victims of trafficking, to train border officials to identify victims among migrants, and to fund shelters run by civil society organizations in every province.";

  it("gives identical texts similarity 1 and unrelated texts about 0", () => {
    const other = "Firearms marking and record keeping need common standards, and tracing requests should be answered within thirty days by every competent authority.";
    expect(similarity(minhash(base), minhash(base))).toBe(1);
    expect(similarity(minhash(base), minhash(other))).toBeLessThan(0.1);
  });

  it("estimates the Jaccard similarity of lightly edited copies above the threshold", () => {
    const edited = base.replace("every province", "each region").replace("We call on", "We urge");
    const exact = jaccard(shingles(base), shingles(edited));
    const estimate = similarity(minhash(base), minhash(edited));
    expect(exact).toBeGreaterThan(DUPLICATE_THRESHOLD);
    expect(Math.abs(estimate - exact)).toBeLessThan(0.2);
    expect(estimate).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    const shared = bandKeys(minhash(base)).filter((k, i) => bandKeys(minhash(edited))[i] === k);
    expect(shared.length).toBeGreaterThan(0);
  });

  it("ignores case, punctuation and line breaks", () => {
    expect(similarity(minhash(base), minhash(base.toUpperCase().replace(/,/g, " ;\n")))).toBe(1);
  });

  it("has a full-size signature for any non-empty text and none for empty text", () => {
    expect(minhash("two words")).toHaveLength(MINHASH_SIZE);
    expect(minhash("  ... ")).toEqual([]);
    expect(bandKeys([])).toEqual([]);
  });
});
