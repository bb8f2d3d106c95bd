import { describe, expect, it } from "vitest";
import { searchQuery } from "../../worker/domain/search-query";
import { bareWordForm, countIds, decodeVarints, ftsAverages, impactPageExact, type ImpactMeta } from "../../worker/domain/term-impacts";

/** The pure parts of the frequent-term ranking (worker/domain/term-impacts.ts); the SQL is tested in test/api/search-term-impacts.test.ts. */

describe("bareWordForm", () => {
  it("folds one bare word the way unicode61 does, and refuses everything else", () => {
    expect(bareWordForm(searchQuery("States"))).toBe("states");
    expect(bareWordForm(searchQuery("SYSTÈME"))).toBe("systeme");
    expect(bareWordForm(searchQuery("víctimas"))).toBe("victimas");
    expect(bareWordForm(searchQuery('"states"'))).toBe("states");
    expect(bareWordForm(searchQuery("covid19"))).toBe("covid19");
    for (const q of ["states victims", "state*", "states -firearms", "-states", '"states of"', "states'", "u.s.", "øre", "straße", "人口贩运", "الاطفال", "ǅemal", "ﬁnance", ""]) {
      expect(bareWordForm(searchQuery(q)), q).toBeNull();
    }
    expect(bareWordForm(null)).toBeNull();
  });
});

describe("FTS5 records", () => {
  it("decodes SQLite varints of one to nine bytes", () => {
    expect(decodeVarints("00")).toEqual([0]);
    expect(decodeVarints("7F")).toEqual([127]);
    expect(decodeVarints("8100")).toEqual([128]);
    expect(decodeVarints("822C")).toEqual([300]);
    expect(decodeVarints("8180807F")).toEqual([2 ** 21 + 127]);
    expect(decodeVarints("03" + "8231" + "1C")).toEqual([3, 305, 28]);
    // Nine bytes: eight of 7 bits and a last one of 8.
    expect(decodeVarints("818080808080808000")).toEqual([2 ** 57]);
  });

  it("reads rows and tokens from the averages record, as FTS5 divides them", () => {
    expect(ftsAverages("822C" + "8704" + "8220")).toEqual({ rows: 300, tokens: 900 + 288, avgdl: 1188 / 300 });
    expect(ftsAverages(null)).toBeNull();
    expect(ftsAverages("00")).toBeNull();
  });

  it("counts ids in comma-separated lists", () => {
    expect(countIds(["1,2,3", "", "70000"])).toBe(4);
    expect(countIds([])).toBe(0);
  });
});

describe("impactPageExact", () => {
  const meta = (m: Partial<ImpactMeta>): ImpactMeta => ({ impactScored: 100, impactCandidates: 50, impactRanked: 50, impactBelow: 40, impactSure: 30, impactCursorRank: null, ...m });
  it("accepts a page only when every match was scored, every candidate matched and enough sure candidates follow the cursor", () => {
    expect(impactPageExact(meta({}), 21, 100, null)).toBe(true);
    expect(impactPageExact(meta({}), 21, 101, null)).toBe(false);
    expect(impactPageExact(meta({ impactScored: 0 }), 21, 0, null)).toBe(false);
    expect(impactPageExact(meta({ impactRanked: 49 }), 21, 100, null)).toBe(false);
    expect(impactPageExact(meta({ impactSure: 20 }), 21, 100, null)).toBe(false);
    expect(impactPageExact(meta({ impactSure: 20, impactBelow: 0 }), 21, 100, null)).toBe(true);
  });

  it("requires the cursor's statement to hold the cursor's rank still", () => {
    expect(impactPageExact(meta({ impactCursorRank: -1.5e-6 }), 21, 100, [-1.5e-6, 7])).toBe(true);
    expect(impactPageExact(meta({ impactCursorRank: -1.5000000000000002e-6 }), 21, 100, [-1.5e-6, 7])).toBe(false);
    expect(impactPageExact(meta({ impactCursorRank: null }), 21, 100, [-1.5e-6, 7])).toBe(false);
  });
});
