import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { searchFacetsSql, searchHitIdsSql, searchItemsSql } from "../../worker/db/archive";
import { compileSearchQuery, ftsString, isEmptyQuery, parseSearchQuery, searchQuery } from "../../worker/domain/search-query";
import { makeSnippet, wordOffsets } from "../../worker/domain/snippet";
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

  it("is accepted by FTS5 and by the whole search SQL, fast paths included, for any input", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (input, newest) => {
        const query = compileSearchQuery(parseSearchQuery(input));
        const params = { query: isEmptyQuery(query) ? null : query, filters: { theme: ["legislation"] }, sort: newest ? ("newest" as const) : ("relevance" as const), limit: 5, after: null };
        const items = searchItemsSql(params);
        const facets = searchFacetsSql(params);
        // The fast paths' statements too: candidate ids, the version bound, the match ids.
        const fast = searchItemsSql(params, [1, 2, 3], "x.1");
        const hits = searchHitIdsSql(params, "x.1") ?? { sql: "SELECT 1", params: [] };
        await env.DB.batch([items, facets, fast, hits].map((s) => env.DB.prepare(s.sql).bind(...s.params)));
      }),
      { numRuns: 150 },
    );
  });
});

describe("wordOffsets", () => {
  const byRegex = (text: string) => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    return { starts, ends };
  };

  it("finds exactly the words the Unicode letter-or-number regex finds, on any text", () => {
    const pieces = fc.constantFrom("a", "Z", "9", " ", "-", "é", "e\u0301", "ß", "٣", "العربية", "中文", "𝔸", "😀", "\u200b", "\ud800", "\udc00", "\n", "_", "’");
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join("")));
    fc.assert(
      fc.property(text, (t) => {
        expect(wordOffsets(t)).toEqual(byRegex(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("makeSnippet", () => {
  const mark = (q: string, ...texts: string[]) => makeSnippet(texts, parseSearchQuery(q))?.replace(/\uE000/g, "[").replace(/\uE001/g, "]") ?? null;

  it("marks words as the stemmed, accent-folded index matched them", () => {
    expect(mark("trafficking victims", "Victims of human trafficked persons.")).toBe("[Victims] of human [trafficked] persons.");
    expect(mark("systeme egalite", "Le système judiciaire et l'égalité.")).toBe("Le [système] judiciaire et l'[égalité].");
    expect(mark("traffick*", "Anti-trafficking work")).toBe("Anti-[trafficking] work");
    expect(mark('"border management" -firearms', "Good border management.")).toBe("Good [border] [management].");
  });

  it("marks Chinese and Arabic substrings in the original text", () => {
    expect(mark("贩运", "我们呼吁打击人口贩运。")).toBe("我们呼吁打击人口[贩运]。");
    expect(mark("الاطفال", "حماية وَالأَطْفَال ضحايا")).toBe("حماية وَ[الأَطْفَال] ضحايا");
  });

  it("cuts a window around the densest matches and says so", () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    words[150] = "needle";
    const out = mark("needle", words.join(" "))!;
    expect(out.startsWith("…")).toBe(true);
    expect(out.endsWith("…")).toBe(true);
    expect(out).toContain("[needle]");
  });

  it("falls back to the next text, and to null when nothing matches", () => {
    expect(mark("proposal", "no match here", "One proposal.")).toBe("One [proposal].");
    expect(mark("absent", "nothing")).toBeNull();
    expect(mark("-only", "only this")).toBeNull();
  });
});
