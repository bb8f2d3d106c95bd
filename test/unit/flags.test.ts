import { describe, expect, it } from "vitest";
import cgr from "../fixtures/cgr-2022-tip-statement.txt?raw";
import { bandKeys, DUPLICATE_THRESHOLD, detectPii, jaccard, MINHASH_SIZE, minhash, shingles, similarity } from "../../worker/domain/flags";

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

  it("does not report an email's digits as a phone number", () => {
    expect(detectPii("contact 0123456789@example.org")).toEqual([{ kind: "email", value: "0123456789@example.org" }]);
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
