import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bitmapOfIds, buildPostings, countFacets, filteredIds, hitBitmap, newestPage, type IdListRow } from "../../worker/domain/facet-bitmaps";

/**
 * The bitmap facet counts (worker/domain/facet-bitmaps.ts) against a direct count over sets, on
 * random archives: ids up to a few hundred (so bit 31 of a word and word boundaries occur), values
 * shared by several statements, statements with several values of one facet.
 */

const FACETS = ["theme", "country", "year"] as const;
const VALUES = ["a", "b", "c", "d"];

const archive = fc.record({
  statements: fc.uniqueArray(
    fc.record({ id: fc.integer({ min: 1, max: 300 }), theme: fc.subarray(VALUES), country: fc.constantFrom(...VALUES), year: fc.constantFrom("2021", "2022") }),
    { selector: (s) => s.id, maxLength: 60 },
  ),
  matchRatio: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  filters: fc.record({ theme: fc.subarray([...VALUES, "unknown"]), country: fc.subarray(VALUES), year: fc.subarray(["2021", "2022", "1999"]) }),
  seed: fc.integer(),
});

type Statement = { id: number; theme: string[]; country: string; year: string };
const valuesOf = (s: Statement, f: (typeof FACETS)[number]): string[] => (f === "theme" ? s.theme : [s[f]]);

function rowsOf(statements: Statement[]): IdListRow[] {
  const rows: IdListRow[] = [{ facet: "", value: "", ids: statements.map((s) => s.id).join(",") }];
  for (const f of FACETS) for (const v of VALUES.concat(["2021", "2022"])) {
    const ids = statements.filter((s) => valuesOf(s, f).includes(v)).map((s) => s.id);
    if (ids.length) rows.push({ facet: f, value: v, ids: ids.join(",") });
  }
  return rows;
}

describe("facet bitmaps", () => {
  it("count every facet with its own filter left out, exactly as a direct count", () => {
    fc.assert(
      fc.property(archive, ({ statements, matchRatio, filters, seed }) => {
        const postings = buildPostings(rowsOf(statements), []);
        const matched = matchRatio === null ? null : statements.filter((s) => ((s.id * 2654435761 + seed) >>> 0) % 1000 < matchRatio * 1000);
        const matches = matched ? bitmapOfIds([matched.map((s) => s.id).join(",")], postings.words) : null;
        const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length));
        const got = countFacets(postings, FACETS, matches, active);

        const pool = matched ?? statements;
        const passes = (s: Statement, skip: string | null) => FACETS.every((f) => f === skip || !active[f] || valuesOf(s, f).some((v) => active[f]!.includes(v)));
        const want = [{ facet: "", value: "", n: pool.filter((s) => passes(s, null)).length }];
        for (const f of FACETS) {
          const over = pool.filter((s) => passes(s, f));
          for (const v of VALUES.concat(["2021", "2022"])) {
            const n = over.filter((s) => valuesOf(s, f).includes(v)).length;
            if (n > 0) want.push({ facet: f, value: v, n });
          }
        }
        const key = (r: { facet: string; value: string }) => `${r.facet}|${r.value}`;
        expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(want.sort((a, b) => key(a).localeCompare(key(b))));

        const hit = hitBitmap(postings, FACETS, null, active);
        const ids = filteredIds(postings, FACETS, active, 1000);
        if (Object.keys(active).length === 0) expect(ids).toBeNull();
        else expect(ids).toEqual(statements.filter((s) => passes(s, null)).map((s) => s.id).sort((a, b) => a - b));
        expect(hit.length).toBe(postings.words);
      }),
      { numRuns: 300 },
    );
  });

  it("pages newest first after a cursor's statement, and refuses a cursor that is not published", () => {
    const order = [7, 300, 31, 32, 1, 64, 63];
    const postings = buildPostings([{ facet: "", value: "", ids: order.join(",") }, { facet: "theme", value: "a", ids: "31,32,63,300" }], [order.join(",")]);
    const hit = hitBitmap(postings, FACETS, null, { theme: ["a"] });
    expect(newestPage(postings, hit, 2, null)).toEqual([300, 31]);
    expect(newestPage(postings, hit, 10, 31)).toEqual([32, 63]);
    expect(newestPage(postings, hit, 10, 63)).toEqual([]);
    expect(newestPage(postings, hit, 10, 5)).toBeNull();
    expect(newestPage(postings, hit, 10, 100_000)).toBeNull();
    expect(filteredIds(postings, FACETS, { theme: ["a"] }, 3)).toBeNull();
  });
});
