import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { searchFacetsSql, searchItemsSql } from "../../worker/db/archive";
import { compileSearchQuery, ftsString, isEmptyQuery, parseSearchQuery, searchQuery } from "../../worker/domain/search-query";
import { seed } from "../helpers";

beforeAll(seed);

/** Removes every FTS5 string literal ("…" with "" inside); what is left must be operators only. */
function outsideStrings(expr: string): string {
  return expr.replace(/"(?:[^"]|"")*"/g, "S");
}

const hostile = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom('"', "-", "*", "(", ")", "AND", "OR", "NOT", "NEAR", ":", "^", "+", " ", "title:", "{", "}", "a", "é", "贩运", "الاتجار", "\u0000", "\uD800"), { maxLength: 20 }).map((parts) => parts.join("")),
);

describe("parseSearchQuery", () => {
  it("makes every word required", () => {
    expect(parseSearchQuery("victim protection")).toEqual([
      { text: "victim", kind: "word", negated: false },
      { text: "protection", kind: "word", negated: false },
    ]);
    expect(searchQuery("victim protection").match).toBe('("victim" AND "protection")');
  });

  it("keeps quoted phrases, prefixes and exclusions", () => {
    expect(parseSearchQuery('"border management" traffick* -firearms -"small arms"')).toEqual([
      { text: "border management", kind: "phrase", negated: false },
      { text: "traffick", kind: "prefix", negated: false },
      { text: "firearms", kind: "word", negated: true },
      { text: "small arms", kind: "phrase", negated: true },
    ]);
    expect(searchQuery('"border management" traffick* -firearms').match).toBe('("border management" AND "traffick"*) NOT ("firearms")');
  });

  it("searches FTS5 operators and punctuation as plain text", () => {
    expect(searchQuery("NOT OR AND NEAR(a b)").match).toBe('("NOT" AND "OR" AND "AND" AND "NEAR(a" AND "b)")');
    expect(searchQuery('title:"x" {a b}').match).toBe('("title:" AND "x" AND "{a" AND "b}")');
    expect(searchQuery('he said "yes').match).toBe('("he" AND "said" AND "yes")');
  });

  it("treats a lone hyphen or star as nothing, and only exclusions as an exclusion list", () => {
    expect(isEmptyQuery(searchQuery(" - * \"\" ***"))).toBe(true);
    const onlyOut = searchQuery("-firearms");
    expect(onlyOut.match).toBeNull();
    expect(onlyOut.exclude).toBe('"firearms"');
  });

  it("routes Chinese and Arabic terms to the substring index, normalising Arabic", () => {
    const q = searchQuery("人口贩运 贩运 وَالأَطْفَال trafficking");
    expect(q.match).toBe('"trafficking"');
    expect(q.trigram).toBe('("人口贩运" AND "والاطفال")');
    expect(q.contains).toEqual(["贩运"]);
  });
});

describe("search query properties", () => {
  it("never yields FTS5 syntax outside string literals", () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const q = searchQuery(input);
        for (const expr of [q.match, q.exclude, q.trigram, q.trigramExclude]) {
          if (expr === null) continue;
          expect(outsideStrings(expr)).toMatch(/^(?:S\*?|\(|\)| AND | OR | NOT )+$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps any list of plain words as required terms, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/), { minLength: 1, maxLength: 8 }), (words) => {
        const unique = [...new Set(words)];
        expect(parseSearchQuery(words.join("  ")).map((t) => t.text)).toEqual(unique);
      }),
    );
  });

  it("quotes strings so that they read back as the same text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(ftsString(s).slice(1, -1).replace(/""/g, '"')).toBe(s);
      }),
    );
  });

  it("is accepted by FTS5 and by the whole search SQL for any input", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (input, newest) => {
        const query = compileSearchQuery(parseSearchQuery(input));
        const params = { query: isEmptyQuery(query) ? null : query, filters: { theme: ["legislation"] }, sort: newest ? ("newest" as const) : ("relevance" as const), limit: 5, after: null };
        const items = searchItemsSql(params);
        const facets = searchFacetsSql(params);
        await env.DB.batch([env.DB.prepare(items.sql).bind(...items.params), env.DB.prepare(facets.sql).bind(...facets.params)]);
      }),
      { numRuns: 150 },
    );
  });
});
