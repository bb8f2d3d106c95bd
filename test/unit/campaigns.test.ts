import { describe, expect, it } from "vitest";
import { assignCampaign, isCampaignId, newCampaignId, rankDuplicates } from "../../worker/domain/campaigns";
import { MINHASH_SIZE } from "../../worker/domain/flags";
import { markedPieces } from "../../web/components/flag-details";

const sig = (same: number) => Array.from({ length: MINHASH_SIZE }, (_, i) => (i < same ? i : 1_000_000 + i));
const base = sig(MINHASH_SIZE);

describe("campaign assignment", () => {
  it("ranks candidates by similarity and drops those under the threshold", () => {
    const ranked = rankDuplicates(base, [
      { id: 1, minhash: sig(70), campaignId: null },
      { id: 2, minhash: sig(120), campaignId: null },
      { id: 3, minhash: sig(20), campaignId: null },
    ]);
    expect(ranked.map((r) => r.id)).toEqual([2, 1]);
    expect(ranked[0]!.similarity).toBeCloseTo(120 / 128);
  });

  it("joins the campaign of the most similar duplicate in one, else starts one with the most similar, else none", () => {
    const ranked = rankDuplicates(base, [
      { id: 1, minhash: sig(120), campaignId: null },
      { id: 2, minhash: sig(100), campaignId: "CC-AAAA-BBBB" },
    ]);
    expect(assignCampaign(ranked)).toEqual({ kind: "join", campaignId: "CC-AAAA-BBBB" });
    expect(assignCampaign(ranked.filter((r) => r.id === 1), () => "CC-NEW0-0000")).toEqual({ kind: "create", campaignId: "CC-NEW0-0000", with: 1 });
    expect(assignCampaign([])).toEqual({ kind: "none" });
  });

  it("makes campaign ids of the documented shape", () => {
    for (let i = 0; i < 20; i++) expect(isCampaignId(newCampaignId())).toBe(true);
    expect(isCampaignId("CD-AAAA-BBBB")).toBe(false);
  });
});

describe("personal data marks", () => {
  it("marks every occurrence, the longer value first, never overlapping", () => {
    const pieces = markedPieces("Call +1 555 0100 or 555 0100. Mail a@b.org.", ["555 0100", "+1 555 0100", "a@b.org"]);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(["+1 555 0100", "555 0100", "a@b.org"]);
    expect(pieces.map((p) => p.text).join("")).toBe("Call +1 555 0100 or 555 0100. Mail a@b.org.");
  });
});
