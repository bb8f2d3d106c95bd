import { describe, expect, it } from "vitest";
import { referenceFromQuery } from "../../worker/domain/reference";
import { parseSearchQuery } from "../../worker/domain/search-query";
import { closestWord, correctableWords, editDistance, rewriteQuery } from "../../worker/domain/spelling";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps, and stops past the bound", () => {
    expect(editDistance("firearms", "firearms")).toBe(0);
    expect(editDistance("fiirearms", "firearms")).toBe(1);
    expect(editDistance("trafikcing", "trafficking")).toBe(2);
    expect(editDistance("witnes", "witness")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
  });
});

describe("closestWord", () => {
  const vocab = [
    { term: "firearms", doc: 40 },
    { term: "firearm", doc: 10 },
    { term: "fireworks", doc: 1 },
  ];
  it("picks the closest, then the most frequent, and nothing for a known word or a far one", () => {
    expect(closestWord("fiirearms", vocab)).toBe("firearms");
    expect(closestWord("firearm", vocab)).toBeNull();
    expect(closestWord("Firearms", vocab)).toBeNull();
    expect(closestWord("fjords", vocab)).toBeNull();
  });
  it("compares without accents and keeps the vocabulary's spelling", () => {
    expect(closestWord("securitee", [{ term: "sécurité", doc: 3 }])).toBe("sécurité");
  });
});

describe("correctableWords and rewriteQuery", () => {
  it("corrects words and phrase words, never prefixes, exclusions, short words or CJK", () => {
    const terms = parseSearchQuery('witnes "stable fundng" -firerms prog* of 人口贩运 CD');
    expect(correctableWords(terms)).toEqual(["witnes", "stable", "fundng"]);
    const fixed = rewriteQuery(terms, new Map([["witnes", "witness"], ["fundng", "funding"]]));
    expect(fixed).toBe('witness "stable funding" -firerms prog* of 人口贩运 CD');
  });
  it("keeps a capital the person typed", () => {
    expect(rewriteQuery(parseSearchQuery("Witnes"), new Map([["witnes", "witness"]]))).toBe("Witness");
  });
});

describe("referenceFromQuery", () => {
  it("accepts a reference in any case, with look-alike letters, and nothing else", () => {
    expect(referenceFromQuery("cd-7k3m-q9xa")).toBe("CD-7K3M-Q9XA");
    expect(referenceFromQuery(" CD-CGR2-2022 ")).toBe("CD-CGR2-2022");
    expect(referenceFromQuery("cd-7k3m-q9xo")).toBe("CD-7K3M-Q9X0");
    expect(referenceFromQuery("cd-ilo0-0000")).toBe("CD-1100-0000");
    expect(referenceFromQuery("CD-7K3M-Q9XU")).toBeNull();
    expect(referenceFromQuery("CD-7K3M-Q9XA trafficking")).toBeNull();
    expect(referenceFromQuery("7K3M-Q9XA")).toBeNull();
  });
});
